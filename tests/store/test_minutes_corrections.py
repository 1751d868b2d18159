"""Minutes stay editable after the meeting until approved; every change then is dated (issue 10, item 5)."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from desktop.domain.meetings import MeetingLocked, MeetingStatus
from desktop.services import meetings as service
from desktop.store import Store
from desktop.store.connection import connect
from desktop.store.migrations import MIGRATIONS, SCHEMA_VERSION

MEETING_DAY = dt.date(2026, 3, 12)


class Clock:
    """The store's clock, moved by the test."""

    def __init__(self):
        self.now = dt.datetime(2026, 3, 12, 16, 0)

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def drafted(residence_store, clock):
    """A meeting held and ended: its minutes are drafted, the store's clock is the test's."""
    store = residence_store
    store.corrections.now = clock
    meeting = service.plan_meeting(store, MEETING_DAY, invite=False)
    service.start_meeting(store, meeting.id)
    for point in store.agenda.points(meeting.id):
        if point.needs_answer:
            store.agenda.update_point_fields(point.id, answer="Réparé le 2 mars.")
    store.agenda.update_point_fields(store.agenda.points(meeting.id)[0].id, decision="Approuvé")
    assert store.corrections.of_meeting(meeting.id) == [], "typing during the meeting is not a correction"
    service.close_meeting(store, meeting.id)
    return store, meeting


def test_an_answer_corrected_after_the_meeting_is_dated_with_before_and_after(drafted, clock):
    store, meeting = drafted
    point = store.agenda.points(meeting.id)[0]
    clock.now = dt.datetime(2026, 3, 14, 9, 15)
    store.agenda.update_point_fields(point.id, decision="Approuvé à l’unanimité")
    [line] = store.corrections.of_point(point.id)
    assert (line.at, line.field, line.before, line.after, line.profile) == (
        dt.datetime(2026, 3, 14, 9, 15), "decision", "Approuvé", "Approuvé à l’unanimité", "tester")
    assert line.point_title == point.title and line.meeting_id == meeting.id
    assert store.agenda.point(point.id).decision == "Approuvé à l’unanimité"


def test_typing_on_in_the_same_field_extends_one_line_and_a_later_change_adds_another(drafted, clock):
    store, meeting = drafted
    point = store.agenda.points(meeting.id)[0]
    clock.now = dt.datetime(2026, 3, 14, 9, 15)
    for text in ("Approuvé à", "Approuvé à l’un", "Approuvé à l’unanimité"):  # autosaves while typing
        store.agenda.update_point_fields(point.id, decision=text)
        clock.now += dt.timedelta(seconds=2)
    assert [(c.before, c.after) for c in store.corrections.of_point(point.id)] == [
        ("Approuvé", "Approuvé à l’unanimité")]
    clock.now = dt.datetime(2026, 3, 20, 18, 0)
    store.agenda.update_point_fields(point.id, decision="Approuvé à l’unanimité moins une voix")
    lines = store.corrections.of_point(point.id)
    assert [c.at.date() for c in lines] == [dt.date(2026, 3, 14), dt.date(2026, 3, 20)]


def test_points_added_and_removed_after_the_meeting_are_in_the_history(drafted):
    store, meeting = drafted
    from desktop.domain.agenda import AgendaPoint, AgendaPointKind

    added = store.agenda.add_point(meeting.id, AgendaPoint(kind=AgendaPointKind.OTHER, title="Fête des voisins"))
    store.agenda.remove_point(added.id)
    assert [(c.field, c.before, c.after) for c in store.corrections.of_meeting(meeting.id)] == [
        ("added", "", "Fête des voisins"), ("removed", "Fête des voisins", "")]


def test_approval_locks_the_minutes_and_their_history(drafted):
    store, meeting = drafted
    point = store.agenda.points(meeting.id)[0]
    store.agenda.update_point_fields(point.id, decision="Approuvé, corrigé")
    service.approve_minutes(store, meeting.id, "Marie Martin", "Paul Haddad")
    assert store.meetings.get(meeting.id).status == MeetingStatus.SIGNED
    with pytest.raises(MeetingLocked):
        store.agenda.update_point_fields(point.id, decision="Trop tard")
    for sql in ("UPDATE minutes_corrections SET after = 'x'", "DELETE FROM minutes_corrections",
                f"INSERT INTO minutes_corrections (meeting_id, at, field) VALUES ({meeting.id}, '2026-04-01', 'answer')"):
        with pytest.raises(sqlite3.IntegrityError):
            store.db.execute(sql)
    assert [c.after for c in store.corrections.of_meeting(meeting.id)] == ["Approuvé, corrigé"]


def test_a_file_of_part_5_gains_the_history_of_corrections(tmp_path):
    path = tmp_path / "part5.db"
    db = connect(path)
    MIGRATIONS.apply(db, stop_before="m0012_minutes_corrections")
    assert "minutes_corrections" not in db.table_names()
    db.conn.commit()
    db.close()
    store = Store.open(path)
    try:
        assert "minutes_corrections" in store.db.table_names()
        assert store.corrections.of_meeting(1) == []
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    finally:
        store.close()
