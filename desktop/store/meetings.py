"""Meetings: their header (kind, date, times, place, buildings), life cycle, approval, amendments."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence

from desktop.store.database import Database

from desktop.domain.dates import long_date, parse_date, parse_time
from desktop.domain.errors import UserError
from desktop.domain.meetings import (
    Amendment,
    Meeting,
    MeetingKind,
    MeetingStatus,
    check_meeting_transition,
)
from desktop.i18n import tr
from desktop.store import meeting_seals
from desktop.store.audited import Audited
from desktop.store.meeting_lock import meeting_state, refused_as_sentence, writing
from desktop.store.sync_ids import new_id

_COLUMNS = ("id, kind, residence_id, date, start_time, end_time, place, status, chair, secretary, "
            "approved_at, current_point_id")
TAKEN_PLACE = tuple(s.value for s in MeetingStatus if s.has_taken_place)
NOT_YET = (MeetingStatus.PLANNED.value, MeetingStatus.CONVENED.value)


def _time(value: dt.time | None) -> str | None:
    return value.strftime("%H:%M") if value else None


def _meeting(row: Sequence, building_ids: list[int]) -> Meeting:
    return Meeting(
        id=row[0], kind=MeetingKind(row[1]), residence_id=row[2], date=dt.date.fromisoformat(row[3]),
        start_time=parse_time(row[4]), end_time=parse_time(row[5]), place=row[6],
        status=MeetingStatus(row[7]), chair=row[8], secretary=row[9],
        approved_at=dt.datetime.fromisoformat(row[10]) if row[10] else None,
        current_point_id=row[11], building_ids=building_ids,
    )


def _marks(values: Sequence) -> str:
    return ",".join("?" * len(values))


class MeetingStore(Audited):
    """Reads and writes meetings; refuses to change signed ones (see meeting_lock)."""

    def __init__(self, db: Database, now: Callable[[], dt.datetime] = dt.datetime.now):
        self.db = db
        self.now = now

    def _stamp(self) -> str:
        return self.now().isoformat(timespec="seconds")

    # Reading ------------------------------------------------------------------------------
    def _select(self, where: str = "1=1", params: Iterable = (), order: str = "date, id",
                limit: int | None = None) -> list[Meeting]:
        sql = f"SELECT {_COLUMNS} FROM meetings WHERE {where} ORDER BY {order}"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        rows = self.db.execute(sql, list(params)).fetchall()
        buildings: dict[int, list[int]] = {r[0]: [] for r in rows}
        if rows:
            ids = list(buildings)
            for meeting_id, building_id in self.db.execute(
                f"SELECT meeting_id, building_id FROM meeting_buildings WHERE meeting_id IN ({_marks(ids)}) "
                "ORDER BY building_id", ids,
            ):
                buildings[meeting_id].append(building_id)
        return [_meeting(r, buildings[r[0]]) for r in rows]

    def get(self, meeting_id: int) -> Meeting:
        """One meeting; NotFound when there is none with that number."""
        meeting_state(self.db, meeting_id)
        return self._select("id = ?", [meeting_id])[0]

    def list(self, statuses: Iterable[MeetingStatus] | None = None) -> list[Meeting]:
        """Meetings by date (oldest first), optionally only those in ``statuses``."""
        if statuses is None:
            return self._select()
        values = [s.value for s in statuses]
        return self._select(f"status IN ({_marks(values)})", values) if values else []

    def on_date(self, date: dt.date) -> list[Meeting]:
        """The meetings held or planned on ``date``."""
        return self._select("date = ?", [date.isoformat()])

    def previous_held(self, before: dt.date) -> Meeting | None:
        """The last meeting that took place (held, drafted, signed or amended) before ``before``."""
        found = self._select(f"status IN ({_marks(TAKEN_PLACE)}) AND date < ?",
                             [*TAKEN_PLACE, before.isoformat()], order="date DESC, id DESC", limit=1)
        return found[0] if found else None

    def last_held(self) -> Meeting | None:
        """The most recent meeting that took place, or None."""
        found = self._select(f"status IN ({_marks(TAKEN_PLACE)})", TAKEN_PLACE,
                             order="date DESC, id DESC", limit=1)
        return found[0] if found else None

    def next_planned(self, today: dt.date) -> Meeting | None:
        """The next meeting still to be held (planned or convened) from ``today`` on, for the dashboard."""
        found = self._select(f"status IN ({_marks(NOT_YET)}) AND date >= ?", [*NOT_YET, today.isoformat()],
                             limit=1)
        return found[0] if found else None

    # Writing ------------------------------------------------------------------------------
    def _values(self, meeting: Meeting) -> list:
        return [meeting.kind.value, meeting.residence_id, meeting.date.isoformat(),
                _time(meeting.start_time), _time(meeting.end_time), meeting.place.strip()]

    def _set_buildings(self, meeting_id: int, building_ids: Iterable[int]) -> None:
        self.db.execute("DELETE FROM meeting_buildings WHERE meeting_id = ?", [meeting_id])
        for building_id in sorted(set(building_ids)):
            self.db.execute("INSERT INTO meeting_buildings (meeting_id, building_id) VALUES (?, ?)",
                            [meeting_id, building_id])

    def create(self, meeting: Meeting) -> Meeting:
        """Save a new meeting (status "planned") with the buildings it concerns."""
        meeting.validate()
        with self.db.atomic():
            cursor = self.db.execute(
                "INSERT INTO meetings (id, kind, residence_id, date, start_time, end_time, place, status, "
                "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [new_id(self.db, "meetings"), *self._values(meeting), MeetingStatus.PLANNED.value, self._stamp()],
            )
            self._set_buildings(cursor.lastrowid, meeting.building_ids)
            self._audit("created", "meeting", cursor.lastrowid)
        return self.get(cursor.lastrowid)

    def update(self, meeting: Meeting) -> Meeting:
        """Save the header of an existing meeting (kind, date, times, place, buildings).

        The status and the approval are changed by ``set_status`` and ``approve`` only.
        """
        meeting.validate()
        with writing(self.db, meeting.id):
            self.db.execute(
                "UPDATE meetings SET kind=?, residence_id=?, date=?, start_time=?, end_time=?, place=? "
                "WHERE id=?", [*self._values(meeting), meeting.id],
            )
            if set(meeting.building_ids) != set(self.get(meeting.id).building_ids):
                self._set_buildings(meeting.id, meeting.building_ids)
            self._audit("changed", "meeting", meeting.id)
        return self.get(meeting.id)

    def set_times(self, meeting_id: int, start: dt.time | None = None, end: dt.time | None = None) -> None:
        """Record when the meeting started and/or ended (None leaves a time as it is)."""
        with writing(self.db, meeting_id):
            if start is not None:
                self.db.execute("UPDATE meetings SET start_time = ? WHERE id = ?", [_time(start), meeting_id])
            if end is not None:
                self.db.execute("UPDATE meetings SET end_time = ? WHERE id = ?", [_time(end), meeting_id])

    def delete(self, meeting_id: int) -> None:
        """Remove a meeting that has not taken place (planned or convened), with its agenda."""
        status, date = meeting_state(self.db, meeting_id)
        if status.has_taken_place:
            raise UserError(tr("Meeting", "The meeting of {date} has taken place; it cannot be removed.")
                            .format(date=long_date(date)))
        with writing(self.db, meeting_id):
            self.db.execute("DELETE FROM meetings WHERE id = ?", [meeting_id])
            self._audit("deleted", "meeting", meeting_id)

    def set_status(self, meeting_id: int, target: MeetingStatus) -> Meeting:
        """Move a meeting along its life cycle, if allowed (signing goes through ``approve``)."""
        status, _date = meeting_state(self.db, meeting_id)
        check_meeting_transition(status, target)
        if target == MeetingStatus.SIGNED:
            raise UserError(tr("Meeting", "Minutes are signed by approving them (chair and secretary)."))
        with refused_as_sentence(self.db, meeting_id), self.db.atomic():
            self.db.execute("UPDATE meetings SET status = ? WHERE id = ?", [target.value, meeting_id])
            self._audit("changed", "meeting", meeting_id, f"status: {status.value} → {target.value}")
        return self.get(meeting_id)

    def approve(self, meeting_id: int, chair: str, secretary: str, when: dt.datetime | None = None,
                handwritten: dict | None = None) -> Meeting:
        """Record the chair's and the secretary's approval: the meeting becomes signed (locked).

        ``handwritten`` maps "chair"/"secretary" to the Strokes signed on the pad; they are kept
        in the same transaction, so an approval never exists without the signatures given with it.
        """
        status, _date = meeting_state(self.db, meeting_id)
        check_meeting_transition(status, MeetingStatus.SIGNED)
        stamp = (when or self.now()).isoformat(timespec="seconds")
        names = {"chair": chair.strip(), "secretary": secretary.strip()}
        with writing(self.db, meeting_id):
            for role, strokes in (handwritten or {}).items():
                if strokes is not None and not strokes.is_empty:
                    self.db.execute(
                        "INSERT INTO handwritten_signatures (meeting_id, role, name, strokes, signed_at) "
                        "VALUES (?, ?, ?, ?, ?)", [meeting_id, role, names[role], strokes.to_json(), stamp])
            self.db.execute(
                "UPDATE meetings SET chair = ?, secretary = ?, approved_at = ?, status = ? WHERE id = ?",
                [names["chair"], names["secretary"], stamp, MeetingStatus.SIGNED.value, meeting_id],
            )
            meeting_seals.seal(self.db, meeting_id, self.now())
            self._audit("changed", "meeting", meeting_id, "approved and signed")
        return self.get(meeting_id)

    def seal_findings(self, meeting_id: int | None = None) -> list:
        """Signed meetings (or only ``meeting_id``) whose data no longer match what was signed."""
        return meeting_seals.findings(self.db, meeting_id)

    def missing_lock_triggers(self) -> list[str]:
        """The triggers guarding signed meetings that are missing or altered (see meeting_seals)."""
        return meeting_seals.missing_triggers(self.db)

    def handwritten(self, meeting_id: int) -> dict:
        """The handwritten signatures given at the approval: {"chair": Strokes, "secretary": Strokes}."""
        from desktop.domain.signature import Strokes

        rows = self.db.execute("SELECT role, strokes FROM handwritten_signatures WHERE meeting_id = ?", [meeting_id])
        return {role: Strokes.from_json(strokes) for role, strokes in rows}

    def set_current_point(self, meeting_id: int, point_id: int | None) -> None:
        """Remember the point the meeting mode shows, so reopening the meeting returns to it."""
        with writing(self.db, meeting_id):
            self.db.execute("UPDATE meetings SET current_point_id = ? WHERE id = ?", [point_id, meeting_id])

    # Amendments ---------------------------------------------------------------------------
    def amendments(self, meeting_id: int) -> list[Amendment]:
        """The amendments of a meeting's minutes, oldest first."""
        rows = self.db.execute(
            "SELECT id, meeting_id, made_on, text, author FROM amendments WHERE meeting_id = ? "
            "ORDER BY made_on, id", [meeting_id],
        )
        return [Amendment(id=r[0], meeting_id=r[1], made_on=parse_date(r[2]), text=r[3], author=r[4])
                for r in rows]

    def add_amendment(self, amendment: Amendment) -> Amendment:
        """Append a dated correction to signed minutes; the meeting becomes "amended".

        Unsigned minutes are corrected directly, so they take no amendment.
        """
        amendment.validate()
        status, date = meeting_state(self.db, amendment.meeting_id)
        if not status.is_locked:
            raise UserError(tr("Meeting", "The minutes of the meeting of {date} are not signed yet: "
                                          "correct them directly.").format(date=long_date(date)))
        with self.db.atomic():
            cursor = self.db.execute(
                "INSERT INTO amendments (id, meeting_id, made_on, text, author, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                [new_id(self.db, "amendments"), amendment.meeting_id, amendment.made_on.isoformat(), amendment.text.strip(),
                 amendment.author.strip(), self._stamp()],
            )
            if status == MeetingStatus.SIGNED:
                self.db.execute("UPDATE meetings SET status = ? WHERE id = ?",
                                [MeetingStatus.AMENDED.value, amendment.meeting_id])
            meeting_seals.seal(self.db, amendment.meeting_id, self.now())
        amendment.id = cursor.lastrowid
        return amendment

    # Signed minutes (part 3) ---------------------------------------------------------------
    def save_signed_minutes(self, meeting_id: int, pdf: bytes, fingerprint: str, signers: str):
        """Keep the digitally signed minutes of a signed meeting, once; returns the SignedMinutes."""
        import hashlib

        from desktop.domain.signature import SignedMinutes

        if self.signed_minutes(meeting_id) is not None:
            raise UserError(tr("Signing", "The signed minutes of meeting {id} are already kept; they cannot be "
                                          "replaced.").format(id=meeting_id))
        kept = SignedMinutes(meeting_id, pdf, hashlib.sha256(pdf).hexdigest(), fingerprint, signers, self._stamp())
        with self.db.atomic():
            self.db.execute("INSERT INTO signed_minutes (meeting_id, pdf, sha256, fingerprint, signers, signed_at) "
                            "VALUES (?, ?, ?, ?, ?, ?)", [meeting_id, kept.pdf, kept.sha256, kept.fingerprint,
                                                          kept.signers, kept.signed_at])
            meeting_seals.seal(self.db, meeting_id, self.now())
        return kept

    def signed_minutes(self, meeting_id: int):
        """The SignedMinutes kept for a meeting, or None when it was not digitally signed."""
        from desktop.domain.signature import SignedMinutes

        row = self.db.execute("SELECT meeting_id, pdf, sha256, fingerprint, signers, signed_at FROM signed_minutes "
                              "WHERE meeting_id = ?", [meeting_id]).fetchone()
        return SignedMinutes(row[0], bytes(row[1]), *row[2:]) if row else None

    def signed_minutes_index(self) -> list[tuple[int, str, str]]:
        """(meeting id, SHA-256 of the signed PDF, fingerprint) of every digitally signed minutes."""
        rows = self.db.execute("SELECT meeting_id, sha256, fingerprint FROM signed_minutes ORDER BY meeting_id")
        return [tuple(r) for r in rows]
