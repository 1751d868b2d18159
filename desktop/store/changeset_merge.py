"""Applying a partner's changeset: SQLite applies it, a conflict handler decides field by field.

The partner computed its changeset against what it believed this computer had; this computer
knows better what the partner had (its own snapshot of the partner, ``base``). So before applying,
the *before* values of each update and delete are replaced by the snapshot's (one pass through
``ChangesetBuilder``): SQLite then reports a conflict exactly when this computer changed a row
since it last agreed with the partner. The handler decides, for each field the partner changed:

- this computer did not change it → the partner's value;
- the partner's value is what this computer already knew (no real change there) → this one's;
- both changed it to the same value → nothing to do;
- both changed it differently → this computer's value stays and a conflict row lists both.

A row deleted by the partner but changed here is kept and listed; a row deleted here but changed
by the partner (or given a new photo, history line…) comes back from the snapshot and is listed.
A change SQLite refuses (a signed meeting's lock) is left out and listed. Everything happens in
one transaction on the register: all or nothing.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import apsw

from desktop.store.changesets import columns, connect, primary_key

# Columns that say when a row last changed: the later value is kept, never a question.
STAMPS = ("updated_at",)
# Columns decided together: a status with its reason and the complaint it duplicates.
GROUPS = {("complaints", "status_reason"): "status", ("complaints", "duplicate_of"): "status"}


@dataclass
class Conflict:
    """A decision for a person: ``kind`` is "field" (both changed), "deleted-there" (the partner
    deleted a row changed here: kept), "deleted-here" (deleted here, changed there: brought back)
    or "refused" (the change would alter signed minutes: left out)."""

    table: str
    key: tuple
    field: str
    kind: str
    mine: dict | None = None
    theirs: dict | None = None


@dataclass
class MergeResult:
    """What applying did: the changes left to SQLite, the field values taken, the conflicts."""

    applied: int = 0
    taken: list = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)


def encode(values: dict | None) -> str | None:
    """A row's values as JSON text (binary values in base64), for the conflict list."""
    if values is None:
        return None
    return json.dumps({name: {"bytes": base64.b64encode(value).decode()} if isinstance(value, bytes) else value
                       for name, value in values.items()}, ensure_ascii=False, sort_keys=True)


def decode(text: str | None) -> dict | None:
    """The values ``encode`` wrote."""
    if text is None:
        return None
    return {name: base64.b64decode(value["bytes"]) if isinstance(value, dict) else value
            for name, value in json.loads(text).items()}


class _Tables:
    """Column names and keys of the register's tables, looked up once."""

    def __init__(self, conn: apsw.Connection):
        self.conn = conn
        self._columns: dict[str, list[str]] = {}
        self._keys: dict[str, list[int]] = {}

    def columns(self, table: str) -> list[str]:
        if table not in self._columns:
            self._columns[table] = columns(self.conn, table)
            names = primary_key(self.conn, table)
            self._keys[table] = [self._columns[table].index(name) for name in names]
        return self._columns[table]

    def key_indexes(self, table: str) -> list[int]:
        self.columns(table)
        return self._keys[table]

    def where(self, table: str) -> str:
        names = self.columns(table)
        return " AND ".join(f"[{names[i]}] = ?" for i in self.key_indexes(table))


def _row(conn: apsw.Connection, schema: str, tables: _Tables, table: str, key: tuple) -> tuple | None:
    return conn.execute(f"SELECT * FROM {schema}.[{table}] WHERE {tables.where(table)}", key).fetchone()


class _Merger:
    def __init__(self, conn: apsw.Connection, base: apsw.Connection, contested: set):
        self.conn, self.base, self.contested = conn, base, contested
        self.tables = _Tables(conn)
        self.base_rows: dict[tuple, tuple | None] = {}
        self.result = MergeResult()
        self.pending: list[tuple[str, tuple, dict]] = []
        self.broken_links = False

    def key_of(self, change) -> tuple:
        values = change.new if change.op == "INSERT" else change.old
        return tuple(values[i] for i in self.tables.key_indexes(change.name))

    def base_row(self, table: str, key: tuple) -> tuple | None:
        if (table, key) not in self.base_rows:
            try:
                self.base_rows[(table, key)] = _row(self.base, "main", self.tables, table, key)
            except apsw.SQLError:  # a table the snapshot does not have yet
                self.base_rows[(table, key)] = None
        return self.base_rows[(table, key)]

    # Before applying --------------------------------------------------------------------------
    def rebase(self, changeset: bytes) -> bytes:
        """``changeset`` with its before values taken from the snapshot (see the module's note);
        rows deleted here that the partner changed are put back first."""
        builder = apsw.ChangesetBuilder()
        builder.schema(self.conn, "main")
        restore: list[tuple[str, tuple, tuple]] = []
        for change in apsw.Changeset.iter(changeset):
            table, key = change.name, self.key_of(change)
            base = self.base_row(table, key) if change.op != "INSERT" else None
            if base is None:
                builder.add_change(change)
                continue
            if change.op == "DELETE":
                builder.add_delete(table, change.indirect, base)
                continue
            names = self.tables.columns(table)
            old = tuple(value if value is apsw.no_change or i in self.tables.key_indexes(table)
                        # An undecided field there: a "before" value nothing holds, so that SQLite
                        # hands the change to the handler, which lists it.
                        else CONTESTED if (table, key, GROUPS.get((table, names[i]), names[i])) in self.contested
                        else base[i]
                        for i, value in enumerate(change.old))
            builder.add_update(table, change.indirect, old, change.new)
            if _row(self.conn, "main", self.tables, table, key) is None:
                restore.append((table, key, base))
        rebased = builder.output()
        builder.close()
        for table, key, base in restore:
            self.insert(table, base)
            self.result.conflicts.append(Conflict(table, key, "", "deleted-here"))
        return rebased

    def insert(self, table: str, row: tuple) -> None:
        names = self.tables.columns(table)
        self.conn.execute(f"INSERT OR IGNORE INTO [{table}] ({', '.join(f'[{n}]' for n in names)}) "
                          f"VALUES ({', '.join('?' * len(names))})", row)

    # While applying ----------------------------------------------------------------------------
    def handler(self, reason: int, change) -> int:
        if reason == apsw.SQLITE_CHANGESET_FOREIGN_KEY:
            self.broken_links = True
            return apsw.SQLITE_CHANGESET_OMIT
        table, key = change.name, self.key_of(change)
        if reason == apsw.SQLITE_CHANGESET_CONSTRAINT:
            names = self.tables.columns(table)
            values = change.new if change.op != "DELETE" else change.old
            theirs = {names[i]: v for i, v in enumerate(values) if v is not apsw.no_change}
            self.result.conflicts.append(Conflict(table, key, "", "refused", theirs=theirs))
        elif reason == apsw.SQLITE_CHANGESET_DATA and change.op == "DELETE":
            self.result.conflicts.append(Conflict(table, key, "", "deleted-there"))
        elif reason == apsw.SQLITE_CHANGESET_DATA:
            self.fields(table, key, change.conflict, change.old, change.new)
        elif reason == apsw.SQLITE_CHANGESET_CONFLICT:
            self.fields(table, key, change.conflict, self.base_row(table, key), change.new)
        return apsw.SQLITE_CHANGESET_OMIT

    def fields(self, table: str, key: tuple, mine: tuple, base: tuple | None, theirs: tuple) -> None:
        """Field by field (see the module's note): values to take, and conflicts."""
        names = self.tables.columns(table)
        take: dict = {}
        clash: dict[str, list[int]] = {}
        for i, value in enumerate(theirs):
            if value is apsw.no_change or i in self.tables.key_indexes(table) or mine[i] == value:
                continue
            known = base[i] if base is not None and base[i] is not apsw.no_change else _UNKNOWN
            leader = GROUPS.get((table, names[i]), names[i])
            if (table, key, leader) in self.contested:
                clash.setdefault(leader, []).append(i)  # undecided there: a question here too
            elif names[i] in STAMPS:
                if mine[i] is None or (value is not None and value > mine[i]):
                    take[names[i]] = value
            elif mine[i] == known:
                take[names[i]] = value
            elif value != known:
                clash.setdefault(GROUPS.get((table, names[i]), names[i]), []).append(i)
        for leader, indexes in clash.items():
            group = [i for i, name in enumerate(names) if name == leader or GROUPS.get((table, name)) == leader]
            indexes = sorted(set(indexes) | {i for i in group if theirs[i] is not apsw.no_change})
            for i in indexes:
                take.pop(names[i], None)
            self.result.conflicts.append(Conflict(
                table, key, leader, "field", mine={names[i]: mine[i] for i in indexes},
                theirs={names[i]: theirs[i] for i in indexes}))
        if take:
            self.pending.append((table, key, take))

    # After applying ----------------------------------------------------------------------------
    def finish_fields(self) -> None:
        for table, key, values in self.pending:
            assignments = ", ".join(f"[{name}] = ?" for name in values)
            try:
                self.conn.execute(f"UPDATE [{table}] SET {assignments} WHERE {self.tables.where(table)}",
                                  (*values.values(), *key))
                self.result.taken.append((table, key, values))
            except apsw.ConstraintError:
                self.result.conflicts.append(Conflict(table, key, "", "refused", theirs=values))

    def mend_links(self) -> None:
        """Rows whose parent is gone here (deleted here, added to there): the parent comes back
        from the snapshot when it is there; otherwise the orphan is left out."""
        for _round in range(8):
            orphans = self.conn.execute("PRAGMA foreign_key_check").fetchall()
            if not orphans:
                return
            for table, rowid, parent, fk_id in orphans:
                link = [row for row in self.conn.execute(f"PRAGMA foreign_key_list([{table}])") if row[0] == fk_id]
                value = self.conn.execute(f"SELECT [{link[0][3]}] FROM [{table}] WHERE rowid = ?", (rowid,)).fetchone()
                row = self.base_row(parent, (value[0],)) if link and value and len(link) == 1 else None
                if row is not None:
                    self.insert(parent, row)
                    self.result.conflicts.append(Conflict(parent, (value[0],), "", "deleted-here"))
                else:
                    self.conn.execute(f"DELETE FROM [{table}] WHERE rowid = ?", (rowid,))


_UNKNOWN = object()
CONTESTED = "\x00palier: undecided on the other computer"


def merge(database: Path, snapshot: Path, changeset: bytes,
          finish: Callable[[apsw.Connection, MergeResult], None], contested: set = frozenset()) -> MergeResult:
    """Apply ``changeset`` to ``database`` as the module's note says, then ``finish(conn, result)``
    (which records the conflicts and the exchange), all in one transaction: an error anywhere, or
    the process being killed, leaves the register as it was. ``contested``: (table, key, field)
    the partner has not decided yet; its value there is a question here too, not a change."""
    conn = connect(database)
    base = connect(snapshot, foreign_keys=False)
    merger = _Merger(conn, base, contested)
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            rebased = merger.rebase(changeset)
            count = [0]

            def counted(reason: int, change) -> int:
                count[0] += 1
                return merger.handler(reason, change)

            apsw.Changeset.apply(rebased, conn, conflict=counted)
            merger.finish_fields()
            if merger.broken_links or merger.result.conflicts:
                merger.mend_links()
            finish(conn, merger.result)
            conn.execute("COMMIT")
        except BaseException:
            if not conn.in_transaction:
                raise
            conn.execute("ROLLBACK")
            raise
        return merger.result
    finally:
        base.close()
        conn.close()
