"""Signed minutes are locked: a check before writing, and the database's refusal as a sentence.

The triggers of migration m0004 are the real lock (they refuse any write, whatever code or SQL
attempts it, with the message "meeting signed"); the check before writing only gives the same
sentence earlier, without opening a transaction.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from desktop.store.database import Database

from desktop.domain.errors import NotFound
from desktop.domain.meetings import MeetingLocked, MeetingStatus, locked_message
from desktop.i18n import tr

TRIGGER_MESSAGE = "meeting signed"


def meeting_state(db: Database, meeting_id: int) -> tuple[MeetingStatus, dt.date]:
    """The status and date of a meeting; NotFound when there is none with that number."""
    row = db.execute("SELECT status, date FROM meetings WHERE id = ?", [meeting_id]).fetchone()
    if row is None:
        raise NotFound(tr("Meeting", "There is no meeting number {id}.").format(id=meeting_id))
    return MeetingStatus(row[0]), dt.date.fromisoformat(row[1])


def meeting_of_point(db: Database, point_id: int) -> int:
    """The meeting an agenda point belongs to; NotFound when the point does not exist."""
    row = db.execute("SELECT meeting_id FROM agenda_points WHERE id = ?", [point_id]).fetchone()
    if row is None:
        raise NotFound(tr("Agenda", "There is no agenda point number {id}.").format(id=point_id))
    return row[0]


def ensure_unlocked(db: Database, meeting_id: int) -> None:
    """Raise MeetingLocked when the meeting's minutes are signed."""
    status, date = meeting_state(db, meeting_id)
    if status.is_locked:
        raise MeetingLocked(locked_message(date))


@contextmanager
def refused_as_sentence(db: Database, meeting_id: int | None) -> Iterator[None]:
    """Turn the triggers' refusal into MeetingLocked, naming ``meeting_id`` when it is the one
    signed (a write may also touch another meeting, through a link)."""
    try:
        yield
    except sqlite3.IntegrityError as error:
        if TRIGGER_MESSAGE not in str(error):
            raise
        if meeting_id is not None:
            status, date = meeting_state(db, meeting_id)
            if status.is_locked:
                raise MeetingLocked(locked_message(date)) from None
        raise MeetingLocked(
            tr("Meeting", "This change would alter signed minutes; it was refused. "
                          "Add a dated amendment to them instead.")
        ) from None


@contextmanager
def writing(db: Database, meeting_id: int) -> Iterator[None]:
    """One transaction changing a meeting that must not be signed: refused before it starts when
    the meeting is signed, and rolled back with the same sentence if a trigger refuses a write."""
    ensure_unlocked(db, meeting_id)
    with refused_as_sentence(db, meeting_id), db.atomic():
        yield
