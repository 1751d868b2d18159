"""Opening a residence database: pragmas, migrations with a copy first, refusal of newer files,
and the start-up checks of ``opening`` (location, damage, one writer)."""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from pathlib import Path

from desktop import paths
from desktop.domain.errors import NewerDatabase, UserError
from desktop.i18n import tr
from desktop.store import background_check, integrity, opening, snapshots
from desktop.store.database import Database
from desktop.store.migrations import MIGRATIONS, SCHEMA_VERSION
from desktop.store.safety import GuardedConnection, StorageFailure

BUSY_TIMEOUT_MS = 5000
_DIGITS = re.compile(r"(\d+)")


def sort_key(text: str) -> tuple:
    """How people expect names ordered: accents and case ignored, numbers by value
    ("Céline" between "Catherine" and "Christine", "Entrée 2" before "Entrée 10")."""
    folded = unicodedata.normalize("NFKD", text or "")
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch)).casefold()
    return tuple(
        (0, int(part), "") if part.isdigit() else (1, 0, part)
        for part in _DIGITS.split(folded) if part
    )


def _collate_natural(left: str, right: str) -> int:
    a, b = sort_key(left), sort_key(right)
    return (a > b) - (a < b)


def connect(path: Path | str, read_only: str = "") -> Database:
    """Open ``path`` (or ":memory:") with the pragmas every connection needs.

    ``read_only`` (a reason from ``desktop.store.safety``) opens it read-only: writes are then
    refused with a sentence saying why. Storage failures are sentences too (see ``safety``).
    """
    if str(path) == ":memory:":
        conn = sqlite3.connect(":memory:", check_same_thread=False, factory=GuardedConnection)
    elif read_only:
        conn = sqlite3.connect(integrity.read_only_uri(Path(path)), uri=True, timeout=BUSY_TIMEOUT_MS / 1000,
                               check_same_thread=False, factory=GuardedConnection)
        conn.read_only_reason = read_only
    else:
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False,
                               factory=GuardedConnection)
    conn.palier_path = str(path)
    # Used in ORDER BY of small lists (people, places, categories), never in the schema, so the
    # file stays readable by any SQLite tool.
    conn.create_collation("palier_natural", _collate_natural)
    db = Database(conn)
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    if str(path) != ":memory:" and not read_only:
        db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = FULL")
    db.execute("PRAGMA foreign_keys = ON")
    return db


def applied_migration_names(db: Database) -> list[str]:
    """Names of the migrations already applied to ``db``, in the order they were applied.

    Read here with one query (the table sqlite-utils' ``Migrations`` keeps), so that opening an
    up-to-date file does not import sqlite-utils."""
    if db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_sqlite_migrations'").fetchone() is None:
        return []
    rows = db.execute("SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid", [MIGRATIONS.name])
    return [row[0] for row in rows]


def pending_migration_names(db: Database) -> list[str]:
    """Names of the migrations this version would still apply to ``db``, in order."""
    applied = set(applied_migration_names(db))
    return [name for name in MIGRATIONS.names if name not in applied]


def check_not_newer(db: Database, path: Path | str) -> None:
    """Raise NewerDatabase when ``db`` holds migrations this version does not know."""
    known = set(MIGRATIONS.names)
    unknown = [name for name in applied_migration_names(db) if name not in known]
    user_version = db.execute("PRAGMA user_version").fetchone()[0]
    if unknown or user_version > SCHEMA_VERSION:
        raise NewerDatabase(
            tr(
                "Store",
                "The file {path} was made by a newer version of Palier. It has been left untouched;"
                " please install the newer version to open it.",
            ).format(path=path)
        )


def backup_copy(db: Database, path: Path, reason: str) -> Path:
    """Write a checked copy of the open database in its backups folder (see ``snapshots``)."""
    return snapshots.write_backup(db.conn, path, paths.backup_dir(path), reason).path


def open_database(path: Path | str, read_only: bool = False, create: bool = True,
                  check_in_background: bool = False, check_later: bool = False) -> Database:
    """Open the database at ``path`` (creating it when missing, if ``create``) and bring its schema
    up to date.

    A file that is not a Palier database (empty, another program's tables, not SQLite) is refused
    untouched; without ``create`` a missing file is refused too (``opening.NoDatabase``), saying
    where a damaged file that was there was set aside.

    A checked copy of an existing file is taken before any pending migration runs. A file made by
    a newer version is refused with NewerDatabase and not written to. Before anything else the file
    is checked where it lies (refused on a network share or in a sync folder), for damage (set aside
    and reported with the last good backup, see ``opening``) and for another copy of Palier using it
    (then it is opened read-only). ``read_only`` opens it read-only on purpose.

    ``check_in_background`` opens the file before the damage check's verdict (the window shows
    its data at once): the check runs in a thread, writes wait for its verdict and are refused on
    a damaged file (see ``background_check``); pending migrations wait for it too.
    ``check_later`` with it: the check starts when ``file_check.begin()`` is called (the window
    does after its first paint) or when a write needs its verdict.
    """
    if str(path) == ":memory:":
        db = connect(path)
        MIGRATIONS.apply(db)
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        return db
    path = Path(path)
    if path.exists() and path.is_dir():
        raise UserError(tr("Store", "{path} is a folder, not a Palier file.").format(path=path))
    opening.refuse_unsafe_location(path)
    opening.refuse_not_palier(path, create and not read_only)
    if not path.parent.is_dir():
        raise UserError(tr("Store", "The folder {folder} does not exist; no database was created there.")
                        .format(folder=path.parent))
    lock, reason = opening.take_lock(path, read_only)
    try:
        alone = lock is not None and lock.count == 1
        check = None
        if check_in_background:
            check = background_check.start(path, may_move=alone, begin=not check_later)
        else:
            opening.check_sound(path, may_move=alone)
        if alone:  # half-written copies of a killed backup or restore: personal data out of rotation
            snapshots.remove_leftovers(path.resolve().parent / "backups", path)
        db = _open_and_migrate(path, reason, check)
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    db.conn.palier_lock = lock
    return db


def _open_and_migrate(path: Path, read_only: str, check: background_check.BackgroundCheck | None = None) -> Database:
    db = None
    try:
        db = connect(path, read_only)
        if check is not None:
            db.conn.palier_check = check
            db.conn.set_authorizer(check.authorize)
        check_not_newer(db, path)
    except BaseException as error:
        if db is not None:
            db.close()
        if check is not None and isinstance(error, (sqlite3.DatabaseError, StorageFailure)) and check.wait():
            raise check.damage() from error  # the damage the check had still to report
        if isinstance(error, (sqlite3.DatabaseError, StorageFailure)):
            reason = error.__cause__ if isinstance(error, StorageFailure) else error
            raise UserError(
                tr("Store", "The file {path} cannot be opened as a Palier database ({reason}).").format(
                    path=path, reason=reason
                )
            ) from error
        raise
    try:
        pending = pending_migration_names(db)
        if pending and check is not None and check.wait():
            db.close()  # before setting the file aside
            raise check.damage()
        if pending:
            if read_only:
                raise opening.needs_update_refusal(path, read_only)
            if applied_migration_names(db):
                backup_copy(db, path, "before-" + pending[0])
            MIGRATIONS.apply(db)
            db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    except BaseException:
        db.close()
        raise
    return db
