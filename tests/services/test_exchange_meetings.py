"""A meeting run on the laptop arrives whole at the office; signed minutes never change by exchange."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.domain.commitments import Commitment
from desktop.domain.meetings import MeetingStatus
from desktop.domain.signature import Strokes
from desktop.services import meetings as service
from desktop.store import sync_state
from tests.services.exchange_pair import add_complaint, content, pair

MEETING_DAY = dt.date(2026, 3, 5)
STROKES = Strokes.of([[(0.1, 0.6), (0.25, 0.2), (0.4, 0.7)], [(0.2, 0.9), (0.8, 0.85)]])


@pytest.fixture
def two(tmp_path):
    computers = pair(tmp_path)
    yield computers
    computers.close()


def _run_meeting(store, answer: str):
    meeting = service.plan_meeting(store, MEETING_DAY)
    service.start_meeting(store, meeting.id)
    points = store.agenda.points(meeting.id)
    for point in points:
        if point.needs_answer:
            store.agenda.update_point_fields(point.id, answer=answer)
    store.commitments.add(Commitment(meeting_id=meeting.id, point_id=points[0].id, owner_name="Habitat Rhône",
                                     what="Réparer l'ascenseur", due_on=dt.date(2026, 4, 1)))
    service.close_meeting(store, meeting.id)
    return meeting.id


def test_a_meeting_signed_on_the_laptop_arrives_whole_and_signed(two):
    add_complaint(two.laptop, "Ascenseur B en panne")
    meeting_id = _run_meeting(two.laptop, "Le bailleur a commandé la pièce.")
    service.approve_minutes(two.laptop, meeting_id, "Paul Haddad", "Marie Martin",
                            handwritten={"chair": STROKES, "secretary": STROKES})
    result = two.send(two.laptop, two.office)
    assert result.counts[("meetings", "signed")] == 1
    arrived = two.office.meetings.get(meeting_id)
    assert arrived.status == MeetingStatus.SIGNED and arrived.chair == "Paul Haddad"
    answers = [p.answer for p in two.office.agenda.points(meeting_id) if p.needs_answer]
    assert answers and set(answers) == {"Le bailleur a commandé la pièce."}
    points = [p.id for p in two.office.agenda.points(meeting_id)]
    assert len(two.office.commitments.of_points(points)) == 1
    assert two.office.db.execute("SELECT count(*) FROM handwritten_signatures WHERE meeting_id = ?",
                                 [meeting_id]).fetchone() == (2,)
    assert sync_state.conflicts(two.office.db) == []
    assert content(two.office) == content(two.laptop)


def test_an_exchange_never_changes_signed_minutes(two):
    meeting_id = _run_meeting(two.laptop, "Réponse du bailleur.")
    two.send(two.laptop, two.office)  # the office has the meeting, held, not yet signed
    point = next(p for p in two.office.agenda.points(meeting_id) if p.needs_answer)
    two.office.agenda.update_point_fields(point.id, answer="Réponse corrigée au bureau.")
    service.approve_minutes(two.laptop, meeting_id, "Paul Haddad", "Marie Martin")
    signed_before = [p.answer for p in two.laptop.agenda.points(meeting_id)]
    two.send(two.office, two.laptop)
    assert two.laptop.meetings.get(meeting_id).status == MeetingStatus.SIGNED
    assert [p.answer for p in two.laptop.agenda.points(meeting_id)] == signed_before
    kinds = {c.kind for c in sync_state.conflicts(two.laptop.db)}
    assert kinds == {"refused"}
