"""The demo's meetings: ten quarters of complete minutes and the next meeting, planned by plan_meeting."""

from __future__ import annotations

import pytest

from desktop.domain.agenda import AgendaPointKind, missing_answers
from desktop.domain.commitments import CommitmentState
from desktop.domain.meetings import MeetingStatus, Presence, Side
from desktop.services.demo import build_demo
from desktop.services.meetings import plan_meeting
from desktop.store import Store
from tests.conftest import FIXED_NOW

TODAY = FIXED_NOW.date()
TABLES = ("meetings", "meeting_buildings", "invitations", "liaison_forms", "agenda_points",
          "agenda_point_complaints", "agenda_point_forms", "commitments", "commitment_history", "amendments")


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    """One demo database (300 complaints) for the read-only checks of this module."""
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    store = Store.open(path, profile="tester", now=lambda: FIXED_NOW)
    summary = build_demo(store, seed=3, complaints=300)
    store.close()
    return path, summary


@pytest.fixture
def demo(demo_file):
    store = Store.open(demo_file[0], profile="tester", now=lambda: FIXED_NOW)
    yield store
    store.close()


def _held(store):
    return [m for m in store.meetings.list() if m.status.has_taken_place]


def test_ten_quarterly_meetings_were_held_and_the_next_one_is_planned(demo, demo_file):
    meetings = demo.meetings.list()
    held = _held(demo)
    assert len(held) >= 8 and demo_file[1].meetings == len(meetings) == len(held) + 1
    assert all(m.date < TODAY for m in held) and meetings[-1].date > TODAY
    assert [m.status for m in meetings[-2:]] == [MeetingStatus.MINUTES_DRAFTED, MeetingStatus.PLANNED]
    assert all(m.status.is_locked and m.chair and m.secretary and m.approved_at for m in held[:-1])
    for earlier, later in zip(meetings, meetings[1:]):
        assert later.date.weekday() == earlier.date.weekday() and 88 <= (later.date - earlier.date).days <= 95
    assert demo.meetings.next_planned(TODAY) == meetings[-1]


def test_every_past_meeting_has_complete_minutes(demo):
    for meeting in _held(demo):
        points = demo.agenda.points(meeting.id)
        assert missing_answers(points) == []
        assert any(p.answer for p in points) and all(p.seconds_spent > 0 for p in points)
        assert meeting.start_time and meeting.end_time and meeting.place
        attendance = demo.invitations.list(meeting.id)
        assert {i.side for i in attendance} == set(Side)
        assert sum(i.presence == Presence.PRESENT for i in attendance) >= 8
        assert {i.presence for i in attendance} & {Presence.EXCUSED, Presence.ABSENT, Presence.REPRESENTED}
        kinds = {p.kind for p in points}
        assert {AgendaPointKind.LANDLORD_INFORMATION, AgendaPointKind.GUEST_SLOT, AgendaPointKind.NEXT_MEETING} <= kinds


def test_points_are_carried_from_one_meeting_to_the_next(demo):
    held = _held(demo)
    carried = [(m, p) for m in held for p in demo.agenda.points(m.id) if p.kind == AgendaPointKind.CARRIED]
    assert len(carried) >= 3
    for meeting, point in carried:
        origin = demo.agenda.point(point.origin_point_id)
        previous = held[held.index(meeting) - 1]
        assert point.carried_from == origin.meeting_id == previous.id
        assert origin.carried_forward and origin.no_answer_reason and not origin.answer
        assert (origin.title, origin.complaint_ids, origin.form_ids) == (point.title, point.complaint_ids,
                                                                         point.form_ids)


def test_commitments_are_kept_some_late_with_their_history(demo):
    commitments = demo.commitments.list(today=TODAY)
    states = [c.state(TODAY) for c in commitments]
    assert states.count(CommitmentState.DONE) >= 5 and CommitmentState.LATE in states
    done = [c for c in commitments if c.done_on]
    assert all(c.meeting_date < c.done_on <= TODAY for c in done)
    history = demo.commitments.get(done[0].id).history
    assert [h.field for h in history] in (["created", "status"], ["created", "due_on", "status"])
    follow_ups = [p for m in _held(demo) for p in demo.agenda.points(m.id) if p.follows_commitment_id]
    assert follow_ups and all(p.answer for p in follow_ups)


def test_liaison_forms_reach_the_agenda_without_their_askers_names(demo):
    forms = demo.forms.list()
    assert len(forms) >= 20 and any(f.confidential for f in forms) and any(f.complaint_id for f in forms)
    assert demo.forms.not_on_agenda() == []
    for form in forms:
        points = demo.agenda.by_ids(demo.forms.point_ids(form.id))
        assert points[0].kind == AgendaPointKind.LIAISON_FORM
        assert all(p.kind == AgendaPointKind.CARRIED for p in points[1:])
        assert not form.asker_name or all(form.asker_name not in p.title + p.question for p in points)


def test_complaints_moved_at_meetings_carry_the_meetings_name_and_date(demo):
    notes = demo.db.execute(
        "SELECT complaint_id, at, note FROM complaint_history WHERE note LIKE 'Meeting of %'").fetchall()
    assert notes
    dates = {m.moment.isoformat(): m for m in _held(demo)}
    assert all(at in dates and note == dates[at].label for _complaint, at, note in notes)


def test_one_signed_meeting_carries_an_amendment(demo):
    amended = [m for m in demo.meetings.list() if m.status == MeetingStatus.AMENDED]
    assert len(amended) == 1
    [amendment] = demo.meetings.amendments(amended[0].id)
    assert amendment.made_on > amended[0].date and amendment.text.startswith("Rectificatif adopté")


def test_the_planned_agenda_is_the_one_plan_meeting_builds(tmp_path):
    store = Store.open(tmp_path / "demo.db", profile="tester", now=lambda: FIXED_NOW)
    build_demo(store, seed=2, complaints=200)
    planned = store.meetings.list()[-1]

    def agenda(meeting_id):
        return [(p.kind, p.title, p.question, p.carried_from, p.origin_point_id, p.follows_commitment_id,
                 p.complaint_ids, p.form_ids) for p in store.agenda.points(meeting_id)]

    built = agenda(planned.id)
    kinds = [item[0] for item in built]
    assert kinds[0] == AgendaPointKind.PREVIOUS_MINUTES and AgendaPointKind.COMMITMENT_FOLLOW_UP in kinds
    assert AgendaPointKind.LIAISON_FORM in kinds and AgendaPointKind.COMPLAINTS in kinds
    store.meetings.delete(planned.id)
    again = plan_meeting(store, planned.date, start_time=planned.start_time, end_time=planned.end_time,
                         place=planned.place)
    assert agenda(again.id) == built
    store.close()


def test_the_same_seed_gives_the_same_meetings(tmp_path):
    def dump(seed, name):
        store = Store.open(tmp_path / name, profile="tester", now=lambda: FIXED_NOW)
        build_demo(store, seed=seed, complaints=80)
        rows = {t: store.db.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall() for t in TABLES}
        store.close()
        return rows

    first = dump(4, "a.db")
    assert first == dump(4, "b.db") and first["agenda_points"] != dump(5, "c.db")["agenda_points"]
