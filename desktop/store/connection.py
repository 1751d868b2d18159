"""Opening a residence database: pragmas, migrations with a copy first, refusal of newer files."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import sqlite_utils

from desktop import paths
from desktop.domain.errors import NewerDatabase, UserError
from desktop.i18n import tr
from desktop.store.migrations import MIGRATIONS, SCHEMA_VERSION

BUSY_TIMEOUT_MS = 5000


def connect(path: Path | str) -> sqlite_utils.Database:
    """Open ``path`` (or ":memory:") with the pragmas every connection needs."""
    if str(path) == ":memory:":
        conn = sqlite3.connect(":memory:", check_same_thread=False)
    else:
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    db = sqlite_utils.Database(conn, execute_plugins=False)
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    if str(path) != ":memory:":
        db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = FULL")
    db.execute("PRAGMA foreign_keys = ON")
    return db


def applied_migration_names(db: sqlite_utils.Database) -> list[str]:
    """Names of the migrations already applied to ``db``."""
    return [migration.name for migration in MIGRATIONS.applied(db)]


def check_not_newer(db: sqlite_utils.Database, path: Path | str) -> None:
    """Raise NewerDatabase when ``db`` holds migrations this version does not know."""
    known = {migration.name for migration in MIGRATIONS._migrations}
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


def backup_copy(db: sqlite_utils.Database, path: Path, reason: str) -> Path:
    """Copy the open database next to it (in its backups folder) with SQLite's backup API."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = paths.backup_dir(path) / f"{path.stem}-{reason}-{stamp}.db"
    counter = 1
    while target.exists():
        counter += 1
        target = target.with_name(f"{path.stem}-{reason}-{stamp}-{counter}.db")
    with sqlite3.connect(str(target)) as copy:
        db.conn.backup(copy)
    copy.close()
    return target


def open_database(path: Path | str) -> sqlite_utils.Database:
    """Open (creating if needed) the database at ``path`` and bring its schema up to date.

    A copy of an existing file is taken before any pending migration runs. A file made by a newer
    version is refused with NewerDatabase and not written to.
    """
    is_memory = str(path) == ":memory:"
    if not is_memory:
        path = Path(path)
        if path.exists() and path.is_dir():
            raise UserError(tr("Store", "{path} is a folder, not a Palier file.").format(path=path))
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        db = connect(path)
        check_not_newer(db, path)
    except sqlite3.DatabaseError as error:
        raise UserError(
            tr("Store", "The file {path} cannot be opened as a Palier database ({reason}).").format(
                path=path, reason=error
            )
        ) from error
    pending = MIGRATIONS.pending(db)
    if pending:
        if not is_memory and applied_migration_names(db):
            backup_copy(db, path, "before-" + pending[0].name)
        MIGRATIONS.apply(db)
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    return db
