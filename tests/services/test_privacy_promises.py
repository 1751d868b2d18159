"""Part 5: the posting version names no one, forgetting forgets every form of a name (search index
and profile fields included), and the access request shows a person all of theirs and nobody
else's name or home. Each test reproduces an attack of the issue."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from desktop.domain.agenda import AgendaPoint, AgendaPointKind
from desktop.domain.commitments import Commitment
from desktop.domain.complaints import Category, Complaint, ComplaintQuery
from desktop.domain.people import Person, Role
from desktop.reports.posting import posting_pdf, posting_review
from desktop.services import access_request, meetings, privacy
from desktop.services.meetings import load_minutes
from desktop.services.reports import gather
from tests.reports.conftest import pdf_text

FORMS = ("BRUNET Ahmed", "M Brunet", "A. Brunet", "la famille Brunet", "Ahmed", "Ahmed Brunét",
         "Ahme\u0301d Brunet", "Ahmed\u00a0Brunet", "Mme Lopez")


@pytest.fixture
def brunet(residence_store):
    store = residence_store
    ahmed = store.people.save(Person(name="Ahmed Brunet", role=Role.TENANT))
    odette = store.people.save(Person(name="Odette Roux", role=Role.TENANT))
    store.people.save(Person(name="Paul Martin", role=Role.BUILDING_REPRESENTATIVE))
    return store, ahmed, odette


def _imported_disturbance(store, title, description, reporter_id=None):
    category = store.categories.save(Category(name="Troubles de voisinage"))
    complaint = store.complaints.create(Complaint(title=title, category_id=category.id, description=description,
                                                  reporter_id=reporter_id))
    return category, complaint


def test_an_imported_disturbance_category_is_one_and_the_list_can_say_otherwise(brunet):
    store, _ahmed, _odette = brunet
    category, _complaint = _imported_disturbance(store, "Bruit", "")
    seeded = {c.name: c.disturbance for c in store.categories.list()}
    assert seeded["Troubles de voisinage"] and seeded["Neighbourhood disturbance"] and not seeded["Lift"]
    store.categories.set_disturbance(category.id, False)
    assert category.id not in store.categories.disturbance_ids()


def test_the_entrance_hall_version_names_no_one_and_gives_no_home(brunet):
    store, ahmed, odette = brunet
    _category, complaint = _imported_disturbance(
        store, "Tapage nocturne chez M. Brunet", "Bruit venant de l'appt 203", reporter_id=odette.id)
    meeting = meetings.plan_meeting(store, dt.date(2026, 6, 11), invite=False)
    question = ("BRUNET Ahmed fait du bruit; M Brunet, A. Brunet et la famille Brunet aussi. Ahmed crie. "
                "Ahmed Brunét, Ahme\u0301d Brunet, Ahmed\u00a0Brunet et Mme Lopez, appt 203, "
                "logement n° 45, Appt B12, #204, le 203, voisin du 304.")
    store.agenda.add_point(meeting.id, AgendaPoint(kind=AgendaPointKind.COMPLAINTS, title="Bruit – Bâtiment A",
                                                   question=question, complaint_ids=[complaint.id]))
    minutes = load_minutes(store, meeting.id)
    text = " ".join(pdf_text(posting_pdf(minutes, gather(store, minutes))).split())
    for secret in ("Brunet", "BRUNET", "Ahmed", "Lopez", "Brunét", "A. ", "203", "45", "B12", "204", "304"):
        assert secret not in text, secret
    _clean, _hidden, sentences = posting_review(minutes, gather(store, minutes))
    automatic = [s.automatic for s in sentences]
    assert "[name withheld] crie." in automatic  # "Ahmed" alone, named in another sentence
    assert any("appt 203" in s.removed for s in sentences)


def test_a_confirmed_public_wording_is_what_is_printed_again(brunet):
    store, _ahmed, odette = brunet
    _category, complaint = _imported_disturbance(store, "Bruit", "", reporter_id=odette.id)
    meeting = meetings.plan_meeting(store, dt.date(2026, 6, 11), invite=False)
    store.agenda.add_point(meeting.id, AgendaPoint(kind=AgendaPointKind.COMPLAINTS, title="Bruit",
                                                   question="Le voisin Brunnet du 304 crie.",
                                                   complaint_ids=[complaint.id]))
    minutes = load_minutes(store, meeting.id)
    [sentence] = posting_review(minutes, gather(store, minutes))[2]
    assert sentence.suspected == ["Brunnet"] and not sentence.confirmed
    store.posting_wordings.confirm(meeting.id, {sentence.key: "Un voisin crie la nuit."})
    [again] = posting_review(minutes, gather(store, minutes))[2]
    assert again.confirmed and again.public == "Un voisin crie la nuit."
    text = " ".join(pdf_text(posting_pdf(minutes, gather(store, minutes))).split())
    assert "Un voisin crie la nuit." in text and "Brunnet" not in text


def test_forgetting_forgets_every_form_of_the_name_and_the_search_index(brunet):
    store, ahmed, _odette = brunet
    # "Ahmed" alone names nobody on its own, "Mme Lopez" is someone else.
    named = [form for form in FORMS if form not in ("Ahmed", "Mme Lopez")]
    ids = [store.complaints.create(Complaint(title=f"Tapage nocturne chez {form}", category_id=1,
                                             description=f"Vu avec {form}.")).id for form in named]
    meeting = meetings.plan_meeting(store, dt.date(2026, 6, 11), invite=False)
    point = store.agenda.add_point(meeting.id, AgendaPoint(kind=AgendaPointKind.OTHER, title="BRUNET Ahmed",
                                                           question="M. Brunet demande un rendez-vous."))
    store.profile = "Ahmed Brunet"
    store.commitments.add(Commitment(what="Appeler A. Brunet", owner_id=ahmed.id, point_id=point.id))
    store.profile = "tester"

    privacy.forget_person(store, ahmed.id)

    new = store.people.get(ahmed.id).name
    texts = [f"{c.title} {c.description}" for c in store.complaints.by_ids(ids)]
    for text in texts:
        assert "Brunet" not in text and "BRUNET" not in text and "Brunét" not in text and new in text, text
    point_now = store.agenda.point(point.id)
    assert "Brunet" not in point_now.title + point_now.question
    assert store.complaints.list(ComplaintQuery(text="Brunet")) == []
    for table in ("complaint_history", "commitment_history", "audit"):
        profiles = {r[0] for r in store.db.execute(f"SELECT profile FROM {table}")}
        assert "Ahmed Brunet" not in profiles, table
    store.close()
    raw = store.path.read_bytes().lower() if hasattr(store.path, "read_bytes") else b""
    assert b"brunet" not in raw


def test_the_access_request_shows_the_persons_own_mentions_and_no_one_elses_home(brunet, tmp_path):
    store, ahmed, odette = brunet
    store.complaints.create(Complaint(title="Bruit", category_id=1, reporter_id=odette.id,
                                      description="M. Brunet et BRUNET Ahmed font du bruit, du logement 204; "
                                                  "Odette Roux l'a vu."))
    store.complaints.create(Complaint(title="Fuite", category_id=1, reporter_id=ahmed.id,
                                      description="Odette Roux du logement 204 a appelé M. Brunet."))
    files = access_request.export_person(store, ahmed.id, tmp_path / "out")
    data = json.loads(files.json_path.read_text(encoding="utf-8"))
    assert data["complaints"][0]["description"] == "[another person] du [another home] a appelé M. Brunet."
    assert [c["description"] for c in data["complaints_mentioning"]] == [
        "M. Brunet et BRUNET Ahmed font du bruit, du [another home]; [another person] l'a vu."]
    assert "204" not in files.json_path.read_text(encoding="utf-8")
