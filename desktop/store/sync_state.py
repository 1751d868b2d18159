"""This computer's own record of its exchanges: who it is, its partners, what it sent, what is to
decide. Kept in the ``sync_*`` tables (migration m0011), which never travel.

Functions take a connection with ``execute`` (the store's sqlite-utils Database, or the APSW
connection an exchange is applied through, so that the record and the data change together).
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from pathlib import Path

from desktop.store.changeset_merge import Conflict, encode


@dataclass
class Partner:
    """A computer this one exchanges with, and where the exchanges stand."""

    computer: str
    name: str
    block: int
    sent: int
    received: int
    acknowledged: int
    paired_at: str
    last_export_at: str | None
    last_import_at: str | None


@dataclass
class ConflictRow:
    """A conflict as listed for a person: both values, who changed the other one, and when."""

    id: int
    partner: str
    table: str
    key: tuple
    field: str
    kind: str
    mine: str | None
    theirs: str | None
    who: str
    at: str
    decided_at: str | None
    kept: str | None


_PARTNER = ("computer, name, block, sent, received, acknowledged, paired_at, last_export_at, "
            "last_import_at")


def snapshot_path(database: Path, partner: str) -> Path:
    """Where the snapshot of ``partner`` lives: the ``exchange`` folder beside the database."""
    database = Path(database)
    return database.resolve().parent / "exchange" / f"{database.stem}-{partner}.db"


def identity(conn) -> tuple[str, str, int] | None:
    """(computer id, name, block) of this computer, or None before it was ever paired."""
    row = conn.execute("SELECT computer, name, block FROM sync_self WHERE id = 1").fetchone()
    return tuple(row) if row else None


def ensure_identity(conn, name: str) -> tuple[str, str, int]:
    """This computer's identity, created (block 0: the first computer) when missing."""
    found = identity(conn)
    if found is None:
        conn.execute("INSERT INTO sync_self (id, computer, name, block) VALUES (1, ?, ?, 0)",
                     (uuid.uuid4().hex, name))
        found = identity(conn)
    return found


def become_copy(conn, computer: str, name: str, block: int, partner: Partner) -> None:
    """Turn a fresh copy of a register into the partner's paired computer: its identity, its
    range of numbers, the first computer as its partner, nothing sent or to decide yet. Its
    snapshot is taken when it is first opened (``snapshot_pending``)."""
    from desktop.store.sync_ids import BLOCK

    for table in ("sync_self", "sync_id_ranges", "sync_partners", "sync_outbox", "sync_conflicts"):
        conn.execute(f"DELETE FROM {table}")
    conn.execute("INSERT INTO sync_self (id, computer, name, block, snapshot_pending) VALUES (1, ?, ?, ?, ?)",
                 (computer, name, block, partner.computer))
    conn.execute("INSERT INTO sync_id_ranges (lo, hi) VALUES (?, ?)", (block * BLOCK, (block + 1) * BLOCK))
    add_partner(conn, partner)


def add_partner(conn, partner: Partner) -> None:
    """Record a new partner (inside the caller's transaction)."""
    conn.execute(f"INSERT INTO sync_partners ({_PARTNER}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                 (partner.computer, partner.name, partner.block, partner.sent, partner.received,
                  partner.acknowledged, partner.paired_at, partner.last_export_at, partner.last_import_at))


def pending_snapshot(conn) -> str | None:
    """The partner whose snapshot a fresh copy still has to take, or None."""
    try:
        row = conn.execute("SELECT snapshot_pending FROM sync_self WHERE id = 1").fetchone()
    except Exception:  # noqa: BLE001 (a file from before part 7)
        return None
    return row[0] if row else None


def snapshot_taken(conn) -> None:
    """The fresh copy's snapshot exists now."""
    conn.execute("UPDATE sync_self SET snapshot_pending = NULL WHERE id = 1")


def partners(conn) -> list[Partner]:
    """Every partner, in the order they were paired."""
    return [Partner(*row) for row in conn.execute(f"SELECT {_PARTNER} FROM sync_partners ORDER BY paired_at")]


def partner(conn, computer: str) -> Partner | None:
    """The partner ``computer``, or None when it is not one."""
    row = conn.execute(f"SELECT {_PARTNER} FROM sync_partners WHERE computer = ?", (computer,)).fetchone()
    return Partner(*row) if row else None


def record_export(conn, computer: str, seq: int, changeset: bytes, at: str) -> None:
    """File ``seq`` was written for ``computer``: keep its changeset until it is acknowledged, and
    mark the decisions it carries as sent."""
    conn.execute("INSERT OR REPLACE INTO sync_outbox (partner, seq, changeset, made_at) VALUES (?, ?, ?, ?)",
                 (computer, seq, changeset, at))
    conn.execute("UPDATE sync_partners SET sent = ?, last_export_at = ? WHERE computer = ?", (seq, at, computer))
    conn.execute("UPDATE sync_conflicts SET sent = 1 WHERE partner = ? AND decided_at IS NOT NULL "
                 "AND decided_by != ?", (computer, computer))


def outbox(conn, computer: str, after: int, up_to: int) -> list[bytes]:
    """The changesets of the files ``after`` < seq <= ``up_to`` sent to ``computer``, in order.

    A partner that says it applied file 3 may have applied 2 as well, or lost it: what 2 held and 3
    does not is either in the partner's hands or no longer in ours, so the snapshot takes them all
    (a claim too many only makes the next file carry a deletion that finds nothing)."""
    return [row[0] for row in conn.execute("SELECT changeset FROM sync_outbox WHERE partner = ? AND seq > ? AND "
                                           "seq <= ? ORDER BY seq", (computer, after, up_to))]


def record_import(conn, computer: str, seq: int, acknowledged: int, at: str) -> None:
    """File ``seq`` from ``computer`` was applied; it had applied our files up to ``acknowledged``,
    whose changesets are no longer needed."""
    conn.execute("UPDATE sync_partners SET received = ?, acknowledged = max(acknowledged, ?), last_import_at = ? "
                 "WHERE computer = ?", (seq, acknowledged, at, computer))
    conn.execute("DELETE FROM sync_outbox WHERE partner = ? AND seq <= ?", (computer, acknowledged))


def add_conflicts(conn, computer: str, who: str, at: str, conflicts: list[Conflict]) -> None:
    """List ``conflicts`` for a person; an open conflict on the same field is brought up to date
    rather than listed twice."""
    for conflict in conflicts:
        key = json.dumps(list(conflict.key))
        mine, theirs = encode(conflict.mine), encode(conflict.theirs)
        row = conn.execute("SELECT id FROM sync_conflicts WHERE decided_at IS NULL AND table_name = ? AND "
                           "row_key = ? AND field = ? AND kind = ?",
                           (conflict.table, key, conflict.field, conflict.kind)).fetchone()
        if row:
            conn.execute("UPDATE sync_conflicts SET mine = coalesce(?, mine), theirs = ?, who = ?, at = ? "
                         "WHERE id = ?", (mine, theirs, who, at, row[0]))
        else:
            conn.execute("INSERT INTO sync_conflicts (partner, table_name, row_key, field, kind, mine, theirs, "
                         "who, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                         (computer, conflict.table, key, conflict.field, conflict.kind, mine, theirs, who, at))


_CONFLICT = "id, partner, table_name, row_key, field, kind, mine, theirs, who, at, decided_at, kept"


def _conflict(row) -> ConflictRow:
    values = list(row)
    values[3] = tuple(json.loads(values[3]))
    return ConflictRow(*values)


def conflicts(conn, open_only: bool = True) -> list[ConflictRow]:
    """The conflicts (still to decide only, unless ``open_only`` is False), oldest first."""
    where = " WHERE decided_at IS NULL" if open_only else ""
    return [_conflict(row) for row in conn.execute(f"SELECT {_CONFLICT} FROM sync_conflicts{where} ORDER BY id")]


def conflict(conn, conflict_id: int) -> ConflictRow | None:
    """One conflict, or None."""
    row = conn.execute(f"SELECT {_CONFLICT} FROM sync_conflicts WHERE id = ?", (conflict_id,)).fetchone()
    return _conflict(row) if row else None


def decide(conn, conflict_id: int, kept: str, by: str, at: str) -> None:
    """Mark a conflict decided (``kept`` is "mine" or "theirs"; ``by`` who decided: a profile, or
    the partner's id when the decision came from there)."""
    conn.execute("UPDATE sync_conflicts SET decided_at = ?, kept = ?, decided_by = ? WHERE id = ?",
                 (at, kept, by, conflict_id))


def decisions_to_send(conn, computer: str) -> list[dict]:
    """Decisions made here on conflicts with ``computer`` not yet sent: the values kept, so that
    the partner settles its own copy of the conflict the same way."""
    rows = conn.execute("SELECT table_name, row_key, field, kind, kept, mine, theirs, decided_at FROM sync_conflicts "
                        "WHERE partner = ? AND decided_at IS NOT NULL AND sent = 0 AND decided_by != ?",
                        (computer, computer)).fetchall()
    return [{"table": table, "key": json.loads(key), "field": field_name, "kind": kind, "kept": kept,
             "values": mine if kept == "mine" else theirs, "at": at}
            for table, key, field_name, kind, kept, mine, theirs, at in rows]


def open_conflict_on(conn, table: str, key: list, field_name: str) -> int | None:
    """The open "field" conflict on that field of that row, if any."""
    row = conn.execute("SELECT id FROM sync_conflicts WHERE decided_at IS NULL AND kind = 'field' AND "
                       "table_name = ? AND row_key = ? AND field = ?",
                       (table, json.dumps(key), field_name)).fetchone()
    return row[0] if row else None


def _where(conn, table: str) -> str:
    from desktop.store.changeset_merge import _Tables

    return _Tables(conn).where(table)


def set_values(conn, table: str, key: tuple, values: dict) -> None:
    """Give the row ``key`` of ``table`` the kept ``values`` (a conflict decided)."""
    if not values:
        return
    assignments = ", ".join(f"[{name}] = ?" for name in values)
    conn.execute(f"UPDATE [{table}] SET {assignments} WHERE {_where(conn, table)}", (*values.values(), *key))


def delete_row(conn, table: str, key: tuple) -> None:
    """Delete the row ``key`` of ``table`` (a deletion kept when a conflict is decided)."""
    conn.execute(f"DELETE FROM [{table}] WHERE {_where(conn, table)}", tuple(key))


def take_pending_snapshot(store, database: Path) -> None:
    """On a fresh copy's first opening, keep the snapshot of its first computer: the register as
    copied (nothing can have changed it before it was opened here)."""
    from desktop.store import changesets

    partner = pending_snapshot(store.db)
    if partner is None:
        return
    with store.released():
        changesets.take_snapshot(Path(database), snapshot_path(database, partner))
    with store.db.atomic():
        snapshot_taken(store.db)


def contested(conn, computer: str) -> list[list]:
    """The fields still to decide here about ``computer``'s changes: [table, key, field] each."""
    return [[table, json.loads(key), field_name] for table, key, field_name in conn.execute(
        "SELECT table_name, row_key, field FROM sync_conflicts WHERE partner = ? AND decided_at IS NULL "
        "AND kind = 'field'", (computer,))]
