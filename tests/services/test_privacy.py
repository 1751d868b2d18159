"""Retention purge, forgetting a person and the access request (part 4: never expose a person)."""

import datetime as dt
import json

import pytest

from desktop.domain.agenda import AgendaPoint, AgendaPointKind
from desktop.domain.commitments import Commitment
from desktop.domain.complaints import Complaint, ComplaintStatus, Photo
from desktop.domain.errors import NotFound
from desktop.domain.meetings import LiaisonForm, MeetingStatus
from desktop.domain.people import Person, Role
from desktop.services import access_request, meetings, privacy
from desktop.services.exporting import export_complaints
from tests.conftest import FIXED_NOW

OLD = dt.datetime(2019, 6, 1, 9, 0)


@pytest.fixture
def people(residence_store):
    store = residence_store
    saved = {key: store.people.save(Person(name=name, role=role, phone="06 12 34 56 78", email="x@example.org"))
             for key, name, role in (("odette", "Odette Roux", Role.TENANT), ("karim", "Karim Benali", Role.TENANT),
                                     ("staff", "Paul Haddad", Role.LANDLORD_STAFF))}
    return store, saved


def _complaint(store, title, description="", reporter_id=None, reporter_name="", closed_at=None):
    category = store.categories.list()[0].id
    complaint = store.complaints.create(Complaint(title=title, category_id=category, description=description,
                                                  reporter_id=reporter_id, reporter_name=reporter_name))
    if closed_at is not None:
        store.complaints.change_status(complaint.id, ComplaintStatus.RESOLVED, when=closed_at)
        store.complaints.change_status(complaint.id, ComplaintStatus.CLOSED, reason="Fait", when=closed_at)
    return complaint.id


def _old_closed_and_open(store, people):
    ids = {
        "old_named": _complaint(store, "Bruit chez M. Dupont", "Odette Roux se plaint de Karim Benali.",
                                reporter_id=people["odette"].id, closed_at=OLD),
        "old_plain": _complaint(store, "Fuite au sous-sol", "Tuyau percé au niveau -1.",
                                reporter_name="Jeanne Petit", closed_at=OLD),
        "recent": _complaint(store, "Porte du hall", "Ferme mal.", reporter_id=people["odette"].id,
                             closed_at=dt.datetime(2025, 6, 1)),
        "open": _complaint(store, "Ascenseur", "En panne.", reporter_id=people["odette"].id),
    }
    store.photos.add(Photo(complaint_id=ids["old_named"], filename="a.jpg", data=b"x", thumbnail=b"x"))
    return ids


def _snapshot(store):
    return [list(r) for r in store.db.execute("SELECT * FROM complaints ORDER BY id")] + \
        [list(r) for r in store.db.execute("SELECT * FROM complaint_history ORDER BY id")] + \
        [list(r) for r in store.db.execute("SELECT id FROM photos")]


def test_a_dry_run_says_what_would_be_done_and_changes_nothing(people):
    store, saved = people
    ids = _old_closed_and_open(store, saved)
    before, lines = _snapshot(store), store.audit.count()
    report = privacy.purge(store, dry_run=True)
    assert report.complaint_ids == [ids["old_named"], ids["old_plain"]] and report.photos_removed == 1
    assert _snapshot(store) == before and store.audit.count() == lines
    assert "Dry run, nothing changed: 2 complaints" in privacy.purge_summary(report)


def test_the_purge_anonymises_exactly_the_old_finished_complaints(people):
    store, saved = people
    ids = _old_closed_and_open(store, saved)
    report = privacy.purge(store)
    assert report.cutoff == dt.date(2021, 3, 12)
    assert report.complaint_ids == [ids["old_named"], ids["old_plain"]]
    named, plain = store.complaints.get(ids["old_named"]), store.complaints.get(ids["old_plain"])
    assert (named.reporter_id, named.reporter_name, plain.reporter_name) == (None, "", "")
    assert named.description == "" and named.title == "(text removed: it named a person)"
    assert plain.description == "Tuyau percé au niveau -1." and plain.title == "Fuite au sous-sol"
    assert store.photos.thumbnails(ids["old_named"]) == []
    for key in ("recent", "open"):
        assert store.complaints.get(ids[key]).reporter_id == saved["odette"].id
    history = " ".join(f"{h.before} {h.after} {h.note}" for h in store.complaints.history(ids["old_plain"]))
    assert "Jeanne" not in history
    [entry] = store.audit.list(subject="retention")
    assert (entry.action, entry.profile) == ("purged", "tester") and str(ids["old_named"]) in entry.detail
    assert privacy.purge(store).is_empty  # what is done is not counted again


def test_the_purge_follows_the_retention_setting_and_spares_forms_of_signed_minutes(people):
    store, saved = people
    store.audit.set_retention_years(10)
    _complaint(store, "Fuite", closed_at=OLD)
    assert privacy.purge(store, dry_run=True).is_empty
    store.audit.set_retention_years(2)
    signed_form = store.forms.save(LiaisonForm(question="Local vélos ?", asker_name="Jeanne Petit",
                                               received_on=dt.date(2023, 1, 6)))
    meeting = meetings.plan_meeting(store, dt.date(2023, 2, 1), invite=False, today=dt.date(2023, 1, 10))
    assert signed_form.id in [f for p in store.agenda.points(meeting.id) for f in p.form_ids]
    _sign(store, meeting.id)
    old_form = store.forms.save(LiaisonForm(question="Banc pour Mme Roux ?", asker_id=saved["odette"].id,
                                            received_on=dt.date(2023, 1, 5)))
    report = privacy.purge(store)
    assert report.form_ids == [old_form.id]
    form = store.forms.get(old_form.id)
    assert (form.asker_id, form.asker_name, form.question) == (None, "", "(text removed: it named a person)")
    assert store.forms.get(signed_form.id).asker_name == "Jeanne Petit"


def _sign(store, meeting_id, during=lambda: None):
    meetings.start_meeting(store, meeting_id)
    during()
    for point in store.agenda.points(meeting_id):
        if point.needs_answer:
            store.agenda.update_point_fields(point.id, answer="Oui.")
    meetings.close_meeting(store, meeting_id)
    meetings.approve_minutes(store, meeting_id, "Paul Haddad", "Marie Martin")


def test_forgetting_replaces_the_name_everywhere_except_in_signed_minutes(people):
    store, saved = people
    odette = saved["odette"]
    signed = meetings.plan_meeting(store, dt.date(2025, 12, 11), invite=False)
    store.invitations.invite(signed.id, person_id=odette.id)
    point = store.agenda.add_point(signed.id, AgendaPoint(kind=AgendaPointKind.OTHER, title="Fête des voisins"))
    _sign(store, signed.id, lambda: store.commitments.add(
        Commitment(what="Odette Roux apporte les chaises", owner_id=odette.id, point_id=point.id)))
    planned = meetings.plan_meeting(store, dt.date(2026, 6, 11), invite=False)
    store.invitations.invite(planned.id, person_id=odette.id)
    planned_point = store.agenda.add_point(planned.id, AgendaPoint(
        kind=AgendaPointKind.OTHER, title="Demande d'Odette Roux", proposed_by="Odette Roux"))
    typed = _complaint(store, "Odette Roux signale une fuite", "Chez odette roux, 3e étage.",
                       reporter_name="Odette Roux")
    linked = _complaint(store, "Hall sale", reporter_id=odette.id)
    form = store.forms.save(LiaisonForm(question="Question", asker_name="Odette Roux", received_on=dt.date(2026, 3, 1)))

    privacy.forget_person(store, odette.id)

    person = store.people.get(odette.id)
    assert (person.name, person.phone, person.email) == ("Former tenant #{}".format(odette.id), "", "")
    new = person.name
    assert store.complaints.get(linked).reporter_name == new
    typed_now = store.complaints.get(typed)
    assert (typed_now.reporter_name, typed_now.title) == (new, f"{new} signale une fuite")
    assert typed_now.description == f"Chez {new}, 3e étage."
    assert store.forms.get(form.id).asker_name == new
    assert [i.name for i in store.invitations.list(planned.id)] == [new]
    assert [i.name for i in store.invitations.list(signed.id)] == ["Odette Roux"]
    assert store.meetings.get(signed.id).status == MeetingStatus.SIGNED
    assert (store.agenda.point(planned_point.id).title, store.agenda.point(planned_point.id).proposed_by) == (
        f"Demande d'{new}", new)
    [promise] = store.commitments.list(meeting_id=signed.id)
    assert (promise.owner_name, promise.what) == ("Odette Roux", "Odette Roux apporte les chaises")
    everything = " ".join(str(v) for t in ("complaints", "complaint_history", "liaison_forms", "people")
                          for r in store.db.execute(f"SELECT * FROM {t}") for v in r)
    assert "Odette" not in everything
    entry = store.audit.list(1, subject="person")[0]
    assert (entry.action, entry.subject_id) == ("forgotten", odette.id)


def test_forgetting_someone_unknown_is_a_sentence(store):
    with pytest.raises(NotFound, match="no person number 42"):
        privacy.forget_person(store, 42)


def test_an_access_request_holds_the_persons_data_and_no_one_elses_name(people, tmp_path):
    store, saved = people
    odette = saved["odette"]
    own = _complaint(store, "Bruit", "Karim Benali fait du bruit, Mme Lefort aussi.", reporter_id=odette.id)
    other = _complaint(store, "Fuite", "Rien", reporter_id=saved["karim"].id)
    store.forms.save(LiaisonForm(question="Pourquoi Paul Haddad ne répond pas ?", asker_id=odette.id,
                                 collected_by_name="Marie Martin", received_on=dt.date(2026, 3, 1)))
    about = _complaint(store, "Bruit", "Odette Roux crie la nuit.", reporter_name="Jeanne Petit")
    files = access_request.export_person(store, odette.id, tmp_path / "out")
    data = json.loads(files.json_path.read_text(encoding="utf-8"))
    assert data["person"]["name"] == "Odette Roux" and data["person"]["phone"] == "06 12 34 56 78"
    assert [c["id"] for c in data["complaints"]] == [own] and other != own
    assert data["complaints"][0]["description"] == "[another person] fait du bruit, [another person] aussi."
    assert data["liaison_forms"][0]["question"] == "Pourquoi [another person] ne répond pas ?"
    assert [(c["id"], c["description"]) for c in data["complaints_mentioning"]] == [
        (about, "Odette Roux crie la nuit.")]
    text = files.json_path.read_text(encoding="utf-8")
    for name in ("Jeanne", "Petit", "Karim", "Benali", "Lefort", "Haddad", "Marie Martin", "tester"):
        assert name not in text
    assert files.pdf_path.read_bytes().startswith(b"%PDF")
    entry = store.audit.list(1)[0]
    assert (entry.action, entry.subject, entry.subject_id) == ("access_request", "person", odette.id)


def test_an_export_is_written_to_the_audit_log(people, tmp_path):
    store, saved = people
    _complaint(store, "Fuite")
    assert export_complaints(store, tmp_path / "export.csv") == 1
    entry = store.audit.list(1)[0]
    assert (entry.action, entry.subject, entry.at) == ("exported", "complaints", FIXED_NOW.isoformat())
    assert "export.csv" in entry.detail
