"""What agendas and threads read from the rest of the register: complaints to put on an agenda,
complaint histories in bulk, agenda points about a place or a word."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from desktop.store.database import Database

from desktop.domain.complaints import OPEN_STATUSES, Complaint, HistoryEntry
from desktop.store.complaints import SELECT, row_to_complaint

_OPEN = tuple(sorted(s.value for s in OPEN_STATUSES))
_IN_OPEN = "(" + ",".join("?" * len(_OPEN)) + ")"
CHUNK = 500


def _marks(values: Sequence) -> str:
    return ",".join("?" * len(values))


class MeetingQueries:
    """Read-only queries across complaints and meetings."""

    def __init__(self, db: Database):
        self.db = db

    def open_complaints_changed_since(self, since: dt.datetime | None) -> list[Complaint]:
        """Open complaints opened or changed after ``since`` (every open one when None), by number."""
        sql = SELECT + f" WHERE c.status IN {_IN_OPEN}"
        params: list = list(_OPEN)
        if since is not None:
            sql += " AND (c.updated_at > ? OR c.opened_on > ?)"
            params += [since.isoformat(timespec="seconds"), since.date().isoformat()]
        return [row_to_complaint(r) for r in self.db.execute(sql + " ORDER BY c.id", params)]

    def complaints_on_agendas_before(self, date: dt.date) -> set[int]:
        """The complaints taken up on the agenda of a meeting that took place before ``date``."""
        rows = self.db.execute(
            "SELECT DISTINCT pc.complaint_id FROM agenda_point_complaints pc "
            "JOIN agenda_points p ON p.id = pc.point_id JOIN meetings m ON m.id = p.meeting_id "
            "WHERE m.date < ? AND m.status NOT IN ('planned', 'convened')", [date.isoformat()])
        return {r[0] for r in rows}

    def open_complaints_not_on_agenda(self, meeting_id: int) -> list[Complaint]:
        """The open complaints no point of this meeting's agenda takes up, by number."""
        sql = SELECT + (
            f" WHERE c.status IN {_IN_OPEN} AND c.id NOT IN (SELECT pc.complaint_id FROM agenda_point_complaints pc "
            "JOIN agenda_points p ON p.id = pc.point_id WHERE p.meeting_id = ?) ORDER BY c.id")
        return [row_to_complaint(r) for r in self.db.execute(sql, [*_OPEN, meeting_id])]

    def complaints_open_at(self, moment: dt.datetime, opened_after: dt.date | None = None) -> list[Complaint]:
        """The complaints opened after ``opened_after`` (if given) that were open at ``moment``,
        read from their histories: what an agenda prepared at that moment would have listed.

        The complaints are returned as they are now (their current status); only who they are
        (number, title, place, category) is meant to be used.
        """
        sql = SELECT + (
            " WHERE c.opened_on <= ? AND (SELECT h.after FROM complaint_history h WHERE h.complaint_id = c.id "
            "AND h.field = 'status' AND h.at <= ? ORDER BY h.at DESC, h.id DESC LIMIT 1) IN " + _IN_OPEN
        )
        params: list = [moment.date().isoformat(), moment.isoformat(timespec="seconds"), *_OPEN]
        if opened_after is not None:
            sql += " AND c.opened_on > ?"
            params.append(opened_after.isoformat())
        return [row_to_complaint(r) for r in self.db.execute(sql + " ORDER BY c.id", params)]

    def status_history(self, complaint_ids: Sequence[int]) -> list[HistoryEntry]:
        """The status changes of these complaints, oldest first."""
        entries: list[HistoryEntry] = []
        for start in range(0, len(complaint_ids), CHUNK):
            chunk = list(complaint_ids[start:start + CHUNK])
            rows = self.db.execute(
                "SELECT id, complaint_id, at, profile, field, before, after, note FROM complaint_history "
                f"WHERE complaint_id IN ({_marks(chunk)}) AND field = 'status'", chunk,
            )
            entries += [HistoryEntry(id=r[0], complaint_id=r[1], at=r[2], profile=r[3], field=r[4],
                                     before=r[5], after=r[6], note=r[7]) for r in rows]
        return sorted(entries, key=lambda e: (e.at, e.id))

    def point_ids_about(self, text: str = "", building_id: int | None = None,
                        entrance_id: int | None = None) -> list[int]:
        """Agenda points meeting every criterion given: their texts contain ``text`` (case
        ignored), they take up a liaison form from the entrance or building. Nothing when no
        criterion is given (points about complaints are found through the complaints)."""
        found: set[int] | None = None
        words = text.strip()
        if words:
            pattern = f"%{words}%"
            found = {r[0] for r in self.db.execute(
                "SELECT id FROM agenda_points WHERE title LIKE ? OR question LIKE ? OR answer LIKE ? "
                "OR no_answer_reason LIKE ? OR decision LIKE ? OR discussion LIKE ?", [pattern] * 6)}
        if entrance_id is not None or building_id is not None:
            column, value = ("e.id", entrance_id) if entrance_id is not None else ("e.building_id", building_id)
            placed = {r[0] for r in self.db.execute(
                "SELECT pf.point_id FROM agenda_point_forms pf JOIN liaison_forms f ON f.id = pf.form_id "
                f"JOIN entrances e ON e.id = f.entrance_id WHERE {column} = ?", [value])}
            found = placed if found is None else found & placed
        return sorted(found or ())
