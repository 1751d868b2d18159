"""Turning a ComplaintQuery into SQL: filters, full-text search and order."""

from __future__ import annotations

import datetime as dt
import re

from desktop.domain.complaints import ComplaintQuery, SortKey

# Letters with the combining accents that have no one-character form stay one word.
_WORD = re.compile(r"[\w\u0300-\u036f]+", re.UNICODE)

SORT_SQL = {
    SortKey.ID: "c.id",
    SortKey.OPENED_ON: "c.opened_on",
    SortKey.TITLE: "c.title COLLATE NOCASE",
    SortKey.CATEGORY: "cat.name COLLATE NOCASE",
    SortKey.PLACE: "c.place_label",
    SortKey.STATUS: "c.status",
    SortKey.URGENCY: "c.urgency",
    SortKey.DUE_ON: "c.due_on",
    SortKey.UPDATED_AT: "c.updated_at",
}

URGENCY_LEVELS = {"low": 0, "normal": 1, "high": 2, "urgent": 3}
URGENCY_BY_LEVEL = {level: name for name, level in URGENCY_LEVELS.items()}


def fts_match(text: str) -> str | None:
    """An FTS5 query matching every word of ``text`` as a prefix ("ascen bat" → ascenseur, bâtiment).

    Words are quoted, so nothing the user types is read as FTS syntax. None when no word is left.
    """
    words = _WORD.findall(text or "")
    if not words:
        return None
    return " AND ".join('"' + word.replace('"', "") + '"*' for word in words)


def where_clause(query: ComplaintQuery, today: dt.date, in_order: bool = False) -> tuple[str, list]:
    """The WHERE clause (without the keyword) and its parameters for ``query``.

    ``in_order`` (for the first rows of an ordered list): the search's matches are a test on
    each row read in the list's order rather than rows looked up by number, so that reading the
    first 20 of 80,000 matches stops after about 20 rows instead of sorting all of them.
    """
    parts: list[str] = []
    params: list = []
    match = fts_match(query.text)
    if match:
        # The unary plus keeps SQLite from looking the matches up by number (see ``in_order``).
        number_column = "+c.id" if in_order else "c.id"
        fts = f"{number_column} IN (SELECT rowid FROM complaints_fts WHERE complaints_fts MATCH ?)"
        number = query.text.strip().lstrip("#")
        if number.isdigit():
            parts.append(f"({number_column} = ? OR {fts})")
            params += [int(number), match]
        else:
            parts.append(fts)
            params.append(match)
    if query.statuses is not None:
        values = sorted(status.value for status in query.statuses)
        parts.append(f"c.status IN ({','.join('?' * len(values))})")
        params += values
    if query.category_ids:
        values = sorted(query.category_ids)
        parts.append(f"c.category_id IN ({','.join('?' * len(values))})")
        params += values
    if query.building_id is not None:
        parts.append("c.building_id = ?")
        params.append(query.building_id)
    if query.entrance_id is not None:
        parts.append("c.entrance_id = ?")
        params.append(query.entrance_id)
    if query.opened_from is not None:
        parts.append("c.opened_on >= ?")
        params.append(query.opened_from.isoformat())
    if query.opened_to is not None:
        parts.append("c.opened_on <= ?")
        params.append(query.opened_to.isoformat())
    if query.overdue_only:
        parts.append(
            "c.due_on IS NOT NULL AND c.due_on < ? "
            "AND c.status IN ('new', 'passed_to_landlord', 'in_progress', 'reopened')"
        )
        params.append(today.isoformat())
    if query.urgencies:
        values = sorted(URGENCY_LEVELS[u.value] for u in query.urgencies)
        parts.append(f"c.urgency IN ({','.join('?' * len(values))})")
        params += values
    return (" AND ".join(parts) if parts else "1=1"), params


def order_clause(query: ComplaintQuery) -> str:
    """ORDER BY expression (without the keyword); ties broken by number, empty dates last."""
    direction = "DESC" if query.descending else "ASC"
    column = SORT_SQL[query.sort]
    if query.sort == SortKey.ID:
        return f"c.id {direction}"
    nulls = "c.due_on IS NULL, " if query.sort == SortKey.DUE_ON else ""
    return f"{nulls}{column} {direction}, c.id {direction}"
