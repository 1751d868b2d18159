"""The dated history of the minutes between the end of a meeting and their approval.

Once a meeting has ended (its minutes are "drafted"), the secretary still corrects them; each
change to an agenda point is written here in the same transaction as the change itself, so the
draft handed out and the minutes approved can be told apart, line by line. The table's triggers
(migration m0012) keep every line as written.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from desktop.store.database import Database
from desktop.store.sync_ids import new_id

from desktop.domain.meetings import Correction, MeetingStatus

_COLUMNS = "id, meeting_id, point_id, point_title, at, profile, field, before, after"
# The statuses in which a change is a correction of minutes already drafted.
CORRECTED_STATUSES = (MeetingStatus.MINUTES_DRAFTED.value,)
# The meeting mode saves a field every second or so while it is typed: the same person going on
# typing in the same field within this time extends the last line (the trigger allows no more).
CONTINUED_MINUTES = 10


def _correction(row: Sequence) -> Correction:
    return Correction(id=row[0], meeting_id=row[1], point_id=row[2], point_title=row[3],
                      at=dt.datetime.fromisoformat(row[4]), profile=row[5], field=row[6], before=row[7],
                      after=row[8])


class CorrectionStore:
    """Writes (inside the caller's transaction) and reads the corrections of drafted minutes."""

    def __init__(self, db: Database, now: Callable[[], dt.datetime] = dt.datetime.now,
                 profile: Callable[[], str] = lambda: ""):
        self.db = db
        self.now = now
        self.profile = profile

    def is_correcting(self, meeting_id: int) -> bool:
        """True when a change to this meeting's points is a correction (its minutes are drafted)."""
        row = self.db.execute("SELECT status FROM meetings WHERE id = ?", [meeting_id]).fetchone()
        return row is not None and row[0] in CORRECTED_STATUSES

    def record(self, meeting_id: int, point_id: int | None, point_title: str,
               changes: dict[str, tuple[object, object]]) -> None:
        """Note each ``field: (before, after)`` of one point, when the minutes are drafted
        (nothing otherwise). Call it inside the transaction that makes the change."""
        if not changes or not self.is_correcting(meeting_id):
            return
        now = self.now()
        stamp, profile = now.isoformat(timespec="seconds"), self.profile() or ""
        for name, (before, after) in changes.items():
            before = "" if before is None else str(before)
            after = "" if after is None else str(after)
            if self._continue(point_id, name, profile, before, after, now):
                continue
            self.db.execute(  # numbered in this computer's range: the line travels to the other (part 7)
                "INSERT INTO minutes_corrections (id, meeting_id, point_id, point_title, at, profile, field, "
                "before, after) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [new_id(self.db, "minutes_corrections"), meeting_id, point_id, point_title, stamp, profile, name,
                 before, after])

    def _continue(self, point_id: int | None, name: str, profile: str, before: str, after: str,
                  now: dt.datetime) -> bool:
        """Extend the last line of this field when it is the same person still typing."""
        row = self.db.execute(
            "SELECT id, at, profile, after FROM minutes_corrections WHERE point_id IS ? AND field = ? "
            "ORDER BY at DESC, id DESC LIMIT 1", [point_id, name]).fetchone()
        if row is None or row[2] != profile or row[3] != before or name in ("added", "removed", "merged"):
            return False
        if not dt.timedelta(0) <= now - dt.datetime.fromisoformat(row[1]) < dt.timedelta(minutes=CONTINUED_MINUTES):
            return False
        self.db.execute("UPDATE minutes_corrections SET after = ?, at = ? WHERE id = ?",
                        [after, now.isoformat(timespec="seconds"), row[0]])
        return True

    def of_meeting(self, meeting_id: int) -> list[Correction]:
        """Every correction of a meeting's minutes, oldest first."""
        rows = self.db.execute(f"SELECT {_COLUMNS} FROM minutes_corrections WHERE meeting_id = ? ORDER BY at, id",
                               [meeting_id])
        return [_correction(r) for r in rows]

    def of_point(self, point_id: int) -> list[Correction]:
        """The corrections of one agenda point, oldest first."""
        rows = self.db.execute(f"SELECT {_COLUMNS} FROM minutes_corrections WHERE point_id = ? ORDER BY at, id",
                               [point_id])
        return [_correction(r) for r in rows]
