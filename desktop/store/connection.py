"""Opening a residence database: pragmas, migrations with a copy first, refusal of newer files."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
import unicodedata
from pathlib import Path

import sqlite_utils

from desktop import paths
from desktop.domain.errors import NewerDatabase, UserError
from desktop.i18n import tr
from desktop.store.migrations import MIGRATIONS, SCHEMA_VERSION

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


def connect(path: Path | str) -> sqlite_utils.Database:
    """Open ``path`` (or ":memory:") with the pragmas every connection needs."""
    if str(path) == ":memory:":
        conn = sqlite3.connect(":memory:", check_same_thread=False)
    else:
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    # Used in ORDER BY of small lists (people, places, categories), never in the schema, so the
    # file stays readable by any SQLite tool.
    conn.create_collation("palier_natural", _collate_natural)
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
