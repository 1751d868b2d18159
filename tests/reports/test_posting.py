"""The posting version: nobody who complained, asked or was complained about is named, and no
home number is given in a disturbance matter."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.domain.agenda import AgendaPoint, AgendaPointKind
from desktop.domain.commitments import Commitment
from desktop.domain.complaints import DISTURBANCE_CATEGORY
from desktop.domain.meetings import Invitation, Meeting, Minutes, Presence, Side
from desktop.domain.people import Role
from desktop.reports.context import ComplaintFacts, ReportContext
from desktop.services.reports import gather
from desktop.reports.posting import is_public, posting_minutes, posting_pdf
from desktop.services.meetings import load_minutes
from tests.reports.conftest import pdf_text, squeezed


def _protected(store, minutes, context):
    """Reporters, askers and listeners, except people who also sit at the table in a public role."""
    public = {i.name for i in minutes.attendance if is_public(i)}
    names = {f.reporter for f in context.complaints.values()} | set(context.form_askers.values())
    names |= {i.name for i in minutes.attendance if not is_public(i)}
    return {n for n in names if n} - public


@pytest.mark.parametrize("which", [-1, -2, 3])
def test_no_reporter_asker_or_listener_of_a_demo_meeting_is_posted(demo_store, which):
    held = [m for m in demo_store.meetings.list() if m.status.has_taken_place]
    minutes = load_minutes(demo_store, held[which].id)
    context = gather(demo_store, minutes)
    protected = _protected(demo_store, minutes, context)
    assert len(protected) >= 3
    text = squeezed(pdf_text(posting_pdf(minutes, context)))
    for name in protected:
        assert squeezed(name) not in text, name
    for invitation in minutes.attendance:
        if is_public(invitation):
            assert squeezed(invitation.name) in text
    present = sum(1 for i in minutes.attendance if not is_public(i) and i.presence == Presence.PRESENT)
    if present:
        assert squeezed(f"Tenants present as listeners: {present}.") in text


def _disturbance_minutes():
    meeting = Meeting(date=dt.date(2026, 3, 12), start_time=dt.time(18), place="Salle commune", id=1)
    attendance = [
        Invitation(name="Paul Martin", role=Role.BUILDING_REPRESENTATIVE, side=Side.TENANTS,
                   presence=Presence.PRESENT),
        Invitation(name="Jeanne Dupont", role=Role.TENANT, side=Side.LISTENER, presence=Presence.PRESENT),
    ]
    point = AgendaPoint(
        kind=AgendaPointKind.COMPLAINTS, position=1, complaint_ids=[7],
        title="Neighbourhood disturbance – Bâtiment A: 1 complaint",
        question="Jeanne Dupont, Appt 304, se plaint du bruit du logement 12 la nuit.",
        answer="Un courrier a été envoyé à M. Lefort (appartement 305).",
        commitments=[Commitment(what="Rencontrer Karim Lefort au logement 12", owner_name="Sophie Roux",
                                due_on=dt.date(2026, 4, 1))],
    )
    other = AgendaPoint(kind=AgendaPointKind.COMPLAINTS, position=2, complaint_ids=[8],
                        title="Plumbing – Bâtiment B: 1 complaint", question="Fuite au logement 21.")
    context = ReportContext(
        residence="Les Tilleuls",
        complaints={7: ComplaintFacts(DISTURBANCE_CATEGORY, "Bâtiment A – Entrée 2", "Jeanne Dupont"),
                    8: ComplaintFacts("Plumbing", "Bâtiment B – Entrée 3", "Odette Faure")},
        tenant_names=["Karim Lefort"],
    )
    return Minutes(meeting, attendance, [point, other], []), context


def test_disturbance_points_lose_names_and_home_numbers_but_keep_the_entrance():
    minutes, context = _disturbance_minutes()
    clean, hidden = posting_minutes(minutes, context)
    point = clean.points[0]
    assert hidden == 1
    assert [i.name for i in clean.attendance] == ["Paul Martin"]
    assert "Dupont" not in point.question and "304" not in point.question and "12" not in point.question
    assert "Bâtiment A – Entrée 2" in point.question
    assert "Lefort" not in point.answer and "305" not in point.answer
    assert "Lefort" not in point.commitments[0].what and "12" not in point.commitments[0].what
    assert point.commitments[0].owner_name == "Sophie Roux"
    # Outside disturbance matters a home number is not a secret: a leak needs its flat.
    assert clean.points[1].question == "Fuite au logement 21."
    # The original minutes are untouched.
    assert "Jeanne Dupont" in minutes.points[0].question


def test_the_posting_pdf_of_a_disturbance_holds_no_name_nor_home_number():
    minutes, context = _disturbance_minutes()
    text = pdf_text(posting_pdf(minutes, context))
    for secret in ("Dupont", "Lefort", "304", "305", "logement 12"):
        assert secret not in text
    assert "Paul Martin" in text
    assert "Tenants present as listeners: 1." in " ".join(text.split())


def test_a_public_person_sharing_a_tenant_s_surname_keeps_the_whole_name():
    """The walk: "Mamadou Haddad" (the landlord's staff) became "Mamadou [name withheld]" because a
    tenant is called Haddad too; the tenant's own mentions are still removed."""
    from desktop.domain.mentions import MentionFinder
    from desktop.reports.posting_review import Scrubber

    scrubber = Scrubber(MentionFinder({"Karim Haddad"}), spared=MentionFinder({"Mamadou Haddad"}, civility=False))
    assert scrubber.scrub("Relevé des températures (Mamadou Haddad, échéance le 12 septembre).") == \
        "Relevé des températures (Mamadou Haddad, échéance le 12 septembre)."
    cleaned = scrubber.scrub("Karim Haddad se plaint du bruit ; M. Haddad a écrit deux fois.")
    assert "Karim" not in cleaned and "Haddad" not in cleaned
