"""Counts for the dashboard and the register's summary line."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.store.database import Database

from desktop.domain.complaints import OPEN_STATUSES, Complaint
from desktop.store.complaints import SELECT, row_to_complaint

_OPEN = "(" + ",".join(f"'{s.value}'" for s in sorted(OPEN_STATUSES, key=lambda s: s.value)) + ")"


@dataclass
class Summary:
    """The figures a representative checks first."""

    total: int
    open: int
    overdue: int
    urgent_open: int


class StatisticsStore:
    """Read-only aggregate queries over complaints."""

    def __init__(self, db: Database):
        self.db = db

    def summary(self, today: dt.date) -> Summary:
        """Total, open, overdue and urgent open complaints (each count read from an index)."""
        def count(sql: str, params: list | None = None) -> int:
            return self.db.execute(sql, params or []).fetchone()[0]

        return Summary(
            total=count("SELECT count(*) FROM complaints"),
            open=count(f"SELECT count(*) FROM complaints WHERE status IN {_OPEN}"),
            overdue=count(
                f"SELECT count(*) FROM complaints WHERE due_on < ? AND status IN {_OPEN}",
                [today.isoformat()],
            ),
            urgent_open=count(f"SELECT count(*) FROM complaints WHERE urgency = 3 AND status IN {_OPEN}"),
        )

    def open_by_category(self) -> list[tuple[str, int]]:
        """(category, open complaints), most first."""
        return [tuple(r) for r in self.db.execute(
            f"SELECT cat.name, count(*) n FROM complaints c JOIN categories cat ON cat.id = c.category_id "
            f"WHERE c.status IN {_OPEN} GROUP BY cat.id ORDER BY n DESC, cat.name"
        )]

    def open_by_building(self, none_label: str) -> list[tuple[str, int]]:
        """(building, open complaints), most first; ``none_label`` for complaints with no building."""
        return [(r[0] or none_label, r[1]) for r in self.db.execute(
            f"SELECT b.name, counts.n FROM (SELECT building_id, count(*) n FROM complaints "
            f"WHERE status IN {_OPEN} GROUP BY building_id) counts "
            f"LEFT JOIN buildings b ON b.id = counts.building_id ORDER BY counts.n DESC, b.name"
        )]

    def _first_open(self, order: str, condition: str, params: list, limit: int) -> list[Complaint]:
        """The first ``limit`` open complaints in ``order``, read status by status.

        One indexed read per open status, merged, beats one read over "status IN (...)", which
        SQLite sorts as a whole (23 ms against under 1 ms at 100,000 complaints).
        """
        parts = [
            f"SELECT * FROM (SELECT id, {order} FROM complaints WHERE status = '{status.value}' "
            f"AND {condition} ORDER BY {order}, id LIMIT {int(limit)})"
            for status in sorted(OPEN_STATUSES, key=lambda s: s.value)
        ]
        rows = self.db.execute(
            f"SELECT id FROM ({' UNION ALL '.join(parts)}) ORDER BY {order}, id LIMIT ?",
            params * len(parts) + [limit],
        ).fetchall()
        ids = [r[0] for r in rows]
        found = {r[0]: row_to_complaint(r) for r in self.db.execute(
            SELECT + f" WHERE c.id IN ({','.join('?' * len(ids))})", ids
        )} if ids else {}
        return [found[i] for i in ids]

    def oldest_open(self, limit: int = 5) -> list[Complaint]:
        """The open complaints waiting the longest."""
        return self._first_open("opened_on", "1=1", [], limit)

    def overdue(self, today: dt.date, limit: int = 5) -> list[Complaint]:
        """Open complaints past their due date, the most overdue first."""
        return self._first_open("due_on", "due_on IS NOT NULL AND due_on < ?", [today.isoformat()], limit)

    def closed_on(self, opened_from: dt.date, opened_to: dt.date) -> dict[int, dt.date]:
        """For the complaints opened in the period and closed now: the day of their last change
        of status (when they were closed), by complaint number. One read for the whole period."""
        from desktop.domain.complaints import CLOSED_STATUSES

        closed = sorted(s.value for s in CLOSED_STATUSES)
        rows = self.db.execute(
            "SELECT c.id, MAX(h.at) FROM complaints c JOIN complaint_history h ON h.complaint_id = c.id "
            f"AND h.field = 'status' WHERE c.opened_on BETWEEN ? AND ? AND c.status IN ({','.join('?' * len(closed))}) "
            "GROUP BY c.id",
            [opened_from.isoformat(), opened_to.isoformat(), *closed],
        ).fetchall()
        return {row[0]: dt.date.fromisoformat(row[1][:10]) for row in rows if row[1]}
