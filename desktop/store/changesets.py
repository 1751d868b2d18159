"""SQLite's session extension (through APSW) for exchanges between two computers.

Each computer keeps, for each partner, a *snapshot*: a database with the register as the partner
is known to have it (see ``desktop/services/exchange.py`` for when it moves). What to send is
``Session.diff`` between that snapshot and the live database: SQLite's own changeset, in its own
format. Applying one is ``Changeset.apply`` with a conflict handler (``changeset_merge``). The
store's own connection is Python's sqlite3; these functions open APSW connections on the same
file, and never keep them.

Only the tables in ``exchanged_tables`` travel: this computer's own tables (who it is, its
partners, profiles with their passwords) and what derives from the data (the search index, kept
by its triggers) do not.
"""

from __future__ import annotations

import os
import shutil
from collections import Counter
from pathlib import Path

import apsw

# The order tables appear in a changeset, which is the order they are applied in. The parts of a
# meeting come before the meeting itself: a meeting that arrives already signed must not lock
# itself before its agenda, attendance and signatures are in (the lock's triggers look at the
# meeting's status). Amendments need the meeting signed, so they come after it.
ORDER = ("settings", "residences", "buildings", "entrances", "homes", "common_areas", "people",
         "person_entrances", "categories", "complaints", "complaint_history", "photos", "liaison_forms",
         "anonymised", "meeting_buildings", "invitations", "agenda_points", "agenda_point_complaints",
         "agenda_point_forms", "commitments", "commitment_history", "handwritten_signatures",
         "signed_minutes", "posting_wordings", "meetings", "amendments", "meeting_seals", "minutes_corrections",
         "audit")
LOCAL_TABLES = ("_sqlite_migrations", "profiles", "forgetting")
LOCAL_PREFIXES = ("sync_", "sqlite_", "complaints_fts")


def connect(path: Path | str, foreign_keys: bool = True) -> apsw.Connection:
    """An APSW connection on ``path`` with the pragmas the store's own connections use."""
    conn = apsw.Connection(str(path))
    conn.set_busy_timeout(5000)
    conn.execute("PRAGMA foreign_keys = " + ("ON" if foreign_keys else "OFF"))
    conn.execute("PRAGMA synchronous = FULL")
    return conn


def exchanged_tables(conn: apsw.Connection, schema: str = "main") -> list[str]:
    """The tables that travel, in the order of ``ORDER`` (any other table of the data after them)."""
    found = [name for (name,) in conn.execute(
        f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'")]
    found = [name for name in found if name not in LOCAL_TABLES and not name.startswith(LOCAL_PREFIXES)]
    known = [name for name in ORDER if name in found]
    return known + sorted(name for name in found if name not in ORDER)


def primary_key(conn: apsw.Connection, table: str, schema: str = "main") -> list[str]:
    """The primary key columns of ``table``, in key order (the rowid alias for INTEGER keys)."""
    rows = sorted((pk, name) for _cid, name, _type, _notnull, _default, pk in
                  conn.execute(f"PRAGMA {schema}.table_info([{table}])") if pk)
    return [name for _pk, name in rows]


def columns(conn: apsw.Connection, table: str, schema: str = "main") -> list[str]:
    """The columns of ``table`` in order."""
    return [row[1] for row in conn.execute(f"PRAGMA {schema}.table_info([{table}])")]


def take_snapshot(database: Path, target: Path) -> None:
    """Write the snapshot ``target``: the exchanged tables of ``database`` as they are now.

    A snapshot is data only: no trigger (it is not the register; the lock on signed minutes and
    the search index live in the register), no local table content. Written beside and renamed,
    so a half-written snapshot never replaces a good one.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    source = connect(database)
    try:
        source.execute("VACUUM INTO ?", (str(partial),))
    finally:
        source.close()
    strip_to_data(partial)
    os.replace(partial, target)


def strip_to_data(path: Path) -> None:
    """Remove from the database at ``path`` what a snapshot does not need (see ``take_snapshot``)."""
    conn = connect(path, foreign_keys=False)
    try:
        conn.execute("PRAGMA journal_mode = DELETE")
        with conn:
            for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
                conn.execute(f"DROP TRIGGER [{name}]")
            conn.execute("DROP TABLE IF EXISTS complaints_fts")
            for table in ("sync_outbox", "sync_conflicts", "profiles"):
                conn.execute(f"DELETE FROM [{table}]")
        conn.execute("VACUUM")
    finally:
        conn.close()


def copy_file(source: Path, target: Path) -> None:
    """Copy a snapshot (already closed) to ``target``, beside and renamed."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    shutil.copyfile(source, partial)
    os.replace(partial, target)


def align_snapshot(conn: apsw.Connection, schema: str = "base") -> None:
    """Give the attached snapshot the tables and columns a later version of Palier added to the
    register (a snapshot taken before an upgrade), so that SQLite can compare them."""
    theirs = {name for (name,) in conn.execute(f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table'")}
    for table in exchanged_tables(conn):
        if table not in theirs:
            sql = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?",
                               (table,)).fetchone()[0]
            conn.execute(sql.replace("CREATE TABLE ", f"CREATE TABLE {schema}.", 1))
            continue
        present = set(columns(conn, table, schema))
        for _cid, name, kind, notnull, default, _pk in conn.execute(f"PRAGMA main.table_info([{table}])").fetchall():
            if name not in present:
                extra = f" NOT NULL DEFAULT {default}" if notnull and default is not None else (
                    f" DEFAULT {default}" if default is not None else "")
                conn.execute(f"ALTER TABLE {schema}.[{table}] ADD COLUMN [{name}] {kind}{extra}")


def diff(database: Path, snapshot: Path) -> bytes:
    """The changeset that turns ``snapshot`` into ``database`` (what the partner lacks)."""
    conn = connect(database)
    try:
        conn.execute("ATTACH ? AS base", (str(snapshot),))
        align_snapshot(conn)
        session = apsw.Session(conn, "main")
        tables = exchanged_tables(conn)
        for table in tables:
            session.attach(table)
        for table in tables:
            session.diff("base", table)
        changes = session.changeset()
        session.close()
        return changes
    finally:
        conn.close()


def status_columns(conn) -> dict[str, int]:
    """Where the status is in a complaint's and a meeting's row (for ``describe``); ``conn`` is
    any connection with ``execute``."""
    return {table: [row[1] for row in conn.execute(f"PRAGMA table_info({table})")].index("status")
            for table in ("complaints", "meetings")}


def describe(changeset: bytes, status: dict[str, int]) -> Counter:
    """Counts of what a changeset holds: ("complaints", "INSERT") → 12, ("complaints", "status") → 3
    (updates that change a status), ("meetings", "signed") → meetings arriving signed…"""
    counts: Counter = Counter()
    for change in apsw.Changeset.iter(changeset):
        counts[(change.name, change.op)] += 1
        if change.name in status and change.op != "DELETE":
            value = change.new[status[change.name]]
            if change.op == "UPDATE" and value is not apsw.no_change:
                counts[(change.name, "status")] += 1
            if change.name == "meetings" and value in ("signed", "amended"):
                counts[("meetings", "signed")] += 1
    return counts


def force_apply(snapshot: Path, changesets: list[bytes]) -> None:
    """Apply ``changesets`` to a snapshot, the incoming values always winning: a snapshot records
    what the partner has, whatever this computer holds."""
    if not changesets:
        return
    conn = connect(snapshot, foreign_keys=False)
    try:
        conn.execute("ATTACH ':memory:' AS scratch")

        def conflict(reason: int, _change) -> int:
            if reason in (apsw.SQLITE_CHANGESET_DATA, apsw.SQLITE_CHANGESET_CONFLICT):
                return apsw.SQLITE_CHANGESET_REPLACE
            return apsw.SQLITE_CHANGESET_OMIT

        with conn:
            for changes in changesets:
                apsw.Changeset.apply(changes, conn, conflict=conflict)
    finally:
        conn.close()


def full_copy(database: Path, target: Path) -> None:
    """A whole copy of ``database`` at ``target`` (VACUUM INTO: schema, triggers, search index)."""
    target.unlink(missing_ok=True)
    conn = connect(database)
    try:
        conn.execute("VACUUM INTO ?", (str(target),))
    finally:
        conn.close()


def pair_copy(path: Path, change) -> None:
    """Run ``change(conn)`` in one transaction on the copy at ``path``, then set it to WAL."""
    conn = connect(path)
    try:
        with conn:
            change(conn)
        conn.execute("PRAGMA journal_mode = WAL")
    finally:
        conn.close()
