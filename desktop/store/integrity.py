"""Is a database file sound? Checks, a change fingerprint, verified copies, setting damage aside.

Everything here reads through read-only connections (``mode=ro``), so checking a file never writes
to it, and a copy is made with SQLite's online backup API from one read transaction: it is a
consistent snapshot even while the window keeps writing.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
from pathlib import Path
from urllib.parse import quote

from desktop.domain.errors import UserError
from desktop.i18n import tr
from desktop.store.safety import SQLITE_CORRUPT, SQLITE_NOTADB

SQLITE_HEADER = b"SQLite format 3\x00"
# Tables small enough to fingerprint by content; larger ones by count, last row id and last update.
CONTENT_ROWS = 2000


def _t(text: str) -> str:
    return tr("Safety", text)


def read_only_uri(path: Path) -> str:
    """The URI opening ``path`` read-only (the path is quoted, so any name works).

    On Windows "C:/x" becomes "file:/C:/x", which SQLite reads as the drive path."""
    text = Path(path).resolve().as_posix()
    if not text.startswith("/"):
        text = "/" + text
    return "file:" + quote(text, safe="/:") + "?mode=ro"


def open_read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection to ``path`` that never writes to the database file."""
    conn = sqlite3.connect(read_only_uri(path), uri=True, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA busy_timeout = 5000")
    return conn


def looks_like_sqlite(path: Path) -> bool:
    """True when ``path`` starts with SQLite's header (a damaged database still does)."""
    try:
        with open(path, "rb") as stream:
            return stream.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def is_damage(error: sqlite3.Error) -> bool:
    """True when SQLite's error says the file is damaged (not merely unreadable or locked)."""
    code = (getattr(error, "sqlite_errorcode", 0) or 0) & 0xFF
    return code in (SQLITE_CORRUPT, SQLITE_NOTADB)


def problems(conn: sqlite3.Connection, full: bool = False, limit: int = 5) -> list[str]:
    """What ``quick_check`` (or ``integrity_check`` when ``full``) finds wrong; [] when sound."""
    pragma = "integrity_check" if full else "quick_check"
    try:
        rows = [row[0] for row in conn.execute(f"PRAGMA {pragma}({int(limit)})")]
    except sqlite3.DatabaseError as error:
        if not is_damage(error):
            raise
        return [str(error)]
    return [] if rows == ["ok"] else rows


def file_problems(path: Path, full: bool = False) -> list[str]:
    """Check the file at ``path`` without writing to it; [] when sound."""
    try:
        conn = open_read_only(path)
    except sqlite3.DatabaseError as error:
        if is_damage(error):
            return [str(error)]
        raise
    try:
        return problems(conn, full)
    finally:
        conn.close()


def describe(found: list[str]) -> str:
    """The damage found, in a few words for a sentence (the first problem and how many)."""
    lines = [line.replace("*** in database main ***", "").strip() for item in found for line in item.splitlines()]
    lines = [line for line in lines if line]
    first = lines[0] if lines else _t("unknown damage")
    if len(lines) <= 1:
        return first
    return _t("{first}, and other problems").format(first=first)


# Change fingerprint ------------------------------------------------------------------------------
def _user_tables(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    rows = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
    ).fetchall()
    virtual = [name for name, sql in rows if (sql or "").upper().startswith("CREATE VIRTUAL")]
    # Full-text indexes and their shadow tables only mirror other tables.
    return [(name, sql or "") for name, sql in rows
            if not any(name == v or name.startswith(v + "_") for v in virtual)]


def _table_mark(conn: sqlite3.Connection, table: str) -> list:
    columns = conn.execute(f'PRAGMA table_info("{table}")').fetchall()
    count = conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
    plain = [c[1] for c in columns if (c[2] or "").upper() != "BLOB"]
    if count <= CONTENT_ROWS and plain:
        import hashlib  # here: the window's start does not need the hashing libraries

        digest = hashlib.sha256()
        names = ", ".join(f'"{name}"' for name in plain)
        for row in conn.execute(f'SELECT {names} FROM "{table}" ORDER BY 1'):
            digest.update(repr(row).encode("utf-8", "replace"))
        return [count, digest.hexdigest()[:16]]
    mark = [count]
    try:
        mark.append(conn.execute(f'SELECT max(rowid) FROM "{table}"').fetchone()[0])
    except sqlite3.OperationalError:  # a WITHOUT ROWID table
        pass
    if "updated_at" in plain:
        mark.append(conn.execute(f'SELECT max(updated_at) FROM "{table}"').fetchone()[0])
    return mark


def table_marks(conn: sqlite3.Connection) -> dict[str, list]:
    """Per table, what the fingerprint is made of (row count, then content hash or last ids)."""
    return {name: _table_mark(conn, name) for name, _sql in _user_tables(conn)}


def fingerprint(conn: sqlite3.Connection) -> str:
    """A short digest that changes when the data changes (see the module ``backups`` for limits)."""
    import hashlib

    schema = [sql for _name, sql in _user_tables(conn)]
    text = json.dumps([schema, table_marks(conn)], sort_keys=True, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def file_fingerprint(path: Path) -> str:
    """``fingerprint`` of the file at ``path``, read through a read-only connection."""
    conn = open_read_only(path)
    try:
        return fingerprint(conn)
    finally:
        conn.close()


# Verified copies ---------------------------------------------------------------------------------
def _fsync(path: Path) -> None:
    with open(path, "rb+") as stream:
        os.fsync(stream.fileno())


def fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; Windows has no directory handles for this)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def copy_problem(path: Path, expected: str | None = None) -> str | None:
    """Why the copy at ``path`` is not a good backup, or None: it must open, pass
    ``integrity_check``, hold Palier's schema and data, and match ``expected`` (a fingerprint)."""
    try:
        if path.stat().st_size == 0:
            return _t("the file is empty")
        conn = open_read_only(path)
        try:
            found = problems(conn, full=True)
            if found:
                return _t("the integrity check failed: {problem}").format(problem=describe(found))
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if "_sqlite_migrations" not in tables or not conn.execute(
                    "SELECT count(*) FROM _sqlite_migrations").fetchone()[0]:
                return _t("it holds no Palier data")
            if expected is not None and fingerprint(conn) != expected:
                return _t("it does not hold the same data as the original")
        finally:
            conn.close()
    except (OSError, sqlite3.Error) as error:
        return _t("it cannot be read ({reason})").format(reason=error)
    return None


def snapshot_to(source: sqlite3.Connection | Path, target: Path) -> str:
    """Copy ``source`` (an open connection, or a file read read-only) to ``target`` atomically.

    The copy is written beside ``target`` under a temporary name, switched to a single-file
    journal, flushed to disk and checked (``copy_problem``, and the same fingerprint as the
    original); only a sound copy is renamed to ``target``. Returns the copy's fingerprint. Raises
    UserError with the reason when the copy is bad or cannot be written; nothing is left behind.
    """
    partial = target.with_name("." + target.name + ".partial")
    owned = not isinstance(source, sqlite3.Connection)
    try:
        conn = open_read_only(Path(source)) if owned else source
        try:
            expected = _write_partial(conn, partial)
        finally:
            if owned:
                conn.close()
        problem = copy_problem(partial, expected)
    except sqlite3.Error as error:
        if is_damage(error):
            problem = _t("the original is damaged: {reason}").format(reason=error)
        else:
            problem = _t("it could not be written ({reason})").format(reason=error)
    except OSError as error:
        problem = _t("it could not be written ({reason})").format(reason=error)
    if problem is not None:
        _remove(partial)
        raise UserError(problem)
    os.replace(partial, target)
    fsync_folder(target.parent)
    return expected


def _write_partial(conn: sqlite3.Connection, partial: Path) -> str:
    """Write the copy; returns the original's fingerprint, taken in the same read transaction."""
    _remove(partial)
    # One read transaction for the whole copy: a consistent snapshot even while others write.
    started = not conn.in_transaction
    if started:
        conn.execute("BEGIN")
    try:
        expected = fingerprint(conn)
        dest = sqlite3.connect(partial)
        try:
            conn.backup(dest)
            # A backup is one plain file: no -wal or -shm beside it when it is opened later.
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
    finally:
        if started:
            conn.execute("COMMIT")
    _fsync(partial)
    return expected


def _remove(path: Path) -> None:
    try:
        path.unlink()
    except FileNotFoundError:
        pass


def newer_than_program(path: Path) -> bool:
    """True when the file at ``path`` was made by a newer Palier (its ``user_version`` says so)."""
    from desktop.store.migrations import SCHEMA_VERSION

    conn = open_read_only(path)
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0] > SCHEMA_VERSION
    finally:
        conn.close()


def checkpoint(path: Path) -> None:
    """Fold the WAL of ``path`` into the file and empty it (no one else may have it open)."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


# Damaged files -----------------------------------------------------------------------------------
def set_aside(path: Path, now: dt.datetime | None = None) -> Path:
    """Rename a damaged ``path`` (and its -wal and -shm) to ``<name>.damaged-<time>.db``."""
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.damaged-{stamp}{path.suffix}")
    counter = 1
    while target.exists():
        counter += 1
        target = path.with_name(f"{path.stem}.damaged-{stamp}-{counter}{path.suffix}")
    os.replace(path, target)
    for suffix in ("-wal", "-shm"):
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            os.replace(companion, target.with_name(target.name + suffix))
    fsync_folder(path.parent)
    return target
