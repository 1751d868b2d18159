"""Commitments and their dated history, followed across meetings.

A commitment belongs to the minutes of the meeting where it was made: once that meeting is
signed, who promised what and the date agreed (``agreed_due_on``) no longer change, nor can the
commitment be removed. What happens afterwards is follow-up and stays writable: marking it done
(or open again) and postponing its due date, each written to its history with the meeting where
it was decided, if any.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from desktop.store.database import Database

from desktop.domain.commitments import Commitment, CommitmentChange, CommitmentState, CommitmentStatus
from desktop.domain.dates import parse_date
from desktop.domain.errors import InvalidValue, NotFound
from desktop.domain.meetings import MeetingLocked, locked_message
from desktop.i18n import tr
from desktop.store.meeting_lock import meeting_of_point, meeting_state, refused_as_sentence, writing
from desktop.store.people import PeopleStore
from desktop.store.sync_ids import new_id

SELECT = """
SELECT c.id, c.meeting_id, c.point_id, c.owner_id, c.owner_name, c.what, c.agreed_due_on, c.due_on,
       c.status, c.done_on, m.date
FROM commitments c JOIN meetings m ON m.id = c.meeting_id
"""


def _commitment(row: Sequence) -> Commitment:
    return Commitment(
        id=row[0], meeting_id=row[1], point_id=row[2], owner_id=row[3], owner_name=row[4], what=row[5],
        agreed_due_on=parse_date(row[6]), due_on=parse_date(row[7]), status=CommitmentStatus(row[8]),
        done_on=parse_date(row[9]), meeting_date=parse_date(row[10]),
    )


def _iso(value: dt.date | None) -> str:
    return value.isoformat() if value else ""


def _marks(values: Sequence) -> str:
    return ",".join("?" * len(values))


class CommitmentStore:
    """Reads and writes commitments, keeping a history of every change."""

    def __init__(self, db: Database, now: Callable[[], dt.datetime] = dt.datetime.now,
                 profile: Callable[[], str] = lambda: ""):
        self.db = db
        self.now = now
        self.profile = profile
        self.people = PeopleStore(db)

    def _stamp(self, when: dt.datetime | None = None) -> str:
        return (when or self.now()).isoformat(timespec="seconds")

    # Reading ------------------------------------------------------------------------------
    def get(self, commitment_id: int) -> Commitment:
        """One commitment with its history; NotFound when it does not exist."""
        row = self.db.execute(SELECT + " WHERE c.id = ?", [commitment_id]).fetchone()
        if row is None:
            raise NotFound(tr("Commitment", "There is no commitment number {id}.").format(id=commitment_id))
        commitment = _commitment(row)
        commitment.history = self.history(commitment_id)
        return commitment

    def list(self, state: CommitmentState | None = None, today: dt.date | None = None,
             meeting_id: int | None = None) -> list[Commitment]:
        """Commitments by due date (those without one last), optionally only in ``state`` as of
        ``today`` (open includes the late ones) or made at one meeting."""
        today = today or self.now().date()
        parts, params = ["1=1"], []
        if state == CommitmentState.DONE:
            parts.append("c.status = 'done'")
        elif state in (CommitmentState.OPEN, CommitmentState.LATE):
            parts.append("c.status = 'open'")
            if state == CommitmentState.LATE:
                parts.append("c.due_on IS NOT NULL AND c.due_on < ?")
                params.append(today.isoformat())
        if meeting_id is not None:
            parts.append("c.meeting_id = ?")
            params.append(meeting_id)
        sql = SELECT + f" WHERE {' AND '.join(parts)} ORDER BY c.due_on IS NULL, c.due_on, m.date, c.id"
        return [_commitment(r) for r in self.db.execute(sql, params)]

    def open(self, made_before: dt.date | None = None) -> list[Commitment]:
        """The commitments still open, optionally only those made at meetings before a date."""
        commitments = self.list(CommitmentState.OPEN)
        if made_before is None:
            return commitments
        return [c for c in commitments if c.meeting_date < made_before]

    def of_points(self, point_ids: Sequence[int]) -> list[Commitment]:
        """The commitments made on these agenda points, in the order they were made."""
        if not point_ids:
            return []
        ids = list(point_ids)
        return [_commitment(r) for r in self.db.execute(
            SELECT + f" WHERE c.point_id IN ({_marks(ids)}) ORDER BY c.id", ids)]

    def history(self, commitment_id: int) -> list[CommitmentChange]:
        """The dated changes of a commitment, oldest first."""
        rows = self.db.execute(
            "SELECT id, commitment_id, at, profile, field, before, after, note, meeting_id "
            "FROM commitment_history WHERE commitment_id = ? ORDER BY at, id", [commitment_id],
        )
        return [CommitmentChange(id=r[0], commitment_id=r[1], at=r[2], profile=r[3], field=r[4], before=r[5],
                                 after=r[6], note=r[7], meeting_id=r[8]) for r in rows]

    # Writing ------------------------------------------------------------------------------
    def _log(self, commitment_id: int, field: str, before: str, after: str, note: str = "",
             meeting_id: int | None = None, at: str | None = None) -> None:
        self.db.execute(
            "INSERT INTO commitment_history (id, commitment_id, at, profile, field, before, after, note, meeting_id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [new_id(self.db, "commitment_history"), commitment_id, at or self._stamp(), self.profile(), field, before, after, note, meeting_id],
        )

    def _owner(self, commitment: Commitment) -> str:
        if commitment.owner_id is not None:
            return self.people.get(commitment.owner_id).name
        return commitment.owner_name.strip()

    def add(self, commitment: Commitment, when: dt.datetime | None = None) -> Commitment:
        """Record a commitment made on an agenda point (``point_id``) of a meeting not yet signed.

        The due date given is also the date agreed, kept as it was in the minutes.
        """
        if commitment.point_id is None:
            raise InvalidValue(tr("Commitment", "Say on which agenda point the commitment was made."))
        commitment.meeting_id = meeting_of_point(self.db, commitment.point_id)
        commitment.validate()
        owner = self._owner(commitment)
        stamp = self._stamp(when)
        with writing(self.db, commitment.meeting_id):
            cursor = self.db.execute(
                "INSERT INTO commitments (id, meeting_id, point_id, owner_id, owner_name, what, agreed_due_on, due_on, "
                "status, done_on, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [new_id(self.db, "commitments"), commitment.meeting_id, commitment.point_id, commitment.owner_id, owner, commitment.what.strip(),
                 _iso(commitment.due_on) or None, _iso(commitment.due_on) or None, commitment.status.value,
                 _iso(commitment.done_on) or None, stamp],
            )
            self._log(cursor.lastrowid, "created", "", commitment.what.strip(), meeting_id=commitment.meeting_id,
                      at=stamp)
        return self.get(cursor.lastrowid)

    def update(self, commitment: Commitment) -> Commitment:
        """Correct who, what and by when, while the meeting it was made at is not signed."""
        commitment.validate()
        before = self.get(commitment.id)
        owner = self._owner(commitment)
        changes = [(name, old, new) for name, old, new in (
            ("owner", before.owner_name, owner), ("what", before.what, commitment.what.strip()),
            ("due_on", _iso(before.due_on), _iso(commitment.due_on)),
        ) if old != new]
        if not changes:
            return before
        with writing(self.db, before.meeting_id):
            self.db.execute(
                "UPDATE commitments SET owner_id=?, owner_name=?, what=?, due_on=?, agreed_due_on=? WHERE id=?",
                [commitment.owner_id, owner, commitment.what.strip(), _iso(commitment.due_on) or None,
                 _iso(commitment.due_on) or None, commitment.id],
            )
            for name, old, new in changes:
                self._log(commitment.id, name, old, new, meeting_id=before.meeting_id)
        return self.get(commitment.id)

    def set_status(self, commitment_id: int, status: CommitmentStatus, done_on: dt.date | None = None,
                   meeting_id: int | None = None, note: str = "", when: dt.datetime | None = None) -> Commitment:
        """Mark a commitment done (on ``done_on``, today by default) or open again; allowed after
        its meeting is signed. ``meeting_id`` names the meeting where it was noted, if any."""
        before = self.get(commitment_id)
        if status == before.status:
            return before
        done = (done_on or (when or self.now()).date()) if status == CommitmentStatus.DONE else None
        with refused_as_sentence(self.db, before.meeting_id), self.db.atomic():
            self.db.execute("UPDATE commitments SET status = ?, done_on = ? WHERE id = ?",
                            [status.value, _iso(done) or None, commitment_id])
            self._log(commitment_id, "status", before.status.value, status.value, note.strip(), meeting_id,
                      self._stamp(when))
        return self.get(commitment_id)

    def postpone(self, commitment_id: int, due_on: dt.date | None, meeting_id: int | None = None,
                 note: str = "", when: dt.datetime | None = None) -> Commitment:
        """Give an open commitment a new due date (the date agreed stays in the minutes)."""
        before = self.get(commitment_id)
        if before.status == CommitmentStatus.DONE:
            raise InvalidValue(tr("Commitment", "This commitment has been kept; it has no due date to change."))
        if before.due_on == due_on:
            return before
        with refused_as_sentence(self.db, before.meeting_id), self.db.atomic():
            self.db.execute("UPDATE commitments SET due_on = ? WHERE id = ?", [_iso(due_on) or None, commitment_id])
            self._log(commitment_id, "due_on", _iso(before.due_on), _iso(due_on), note.strip(), meeting_id,
                      self._stamp(when))
        return self.get(commitment_id)

    def remove(self, commitment_id: int) -> None:
        """Remove a commitment recorded by mistake, while its meeting is not signed."""
        before = self.get(commitment_id)
        with writing(self.db, before.meeting_id):
            self.db.execute("DELETE FROM commitments WHERE id = ?", [commitment_id])

    def ensure_editable(self, commitment_id: int) -> None:
        """Raise MeetingLocked when the commitment's meeting is signed (for a window greying fields)."""
        before = self.get(commitment_id)
        status, date = meeting_state(self.db, before.meeting_id)
        if status.is_locked:
            raise MeetingLocked(locked_message(date))
