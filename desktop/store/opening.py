"""The checks made before a database is opened: where it lies, whether it is sound, who else uses it.

In this order, and without writing to the file: a file on a network share or in a sync folder is
refused (``UnsafeLocation``); the writer lock is taken, or the file is opened read-only when another
copy of Palier holds it; ``quick_check`` runs on a read-only connection, and a damaged file is
renamed aside (only when no one else uses it) and reported with the last good backup
(``DamagedDatabase``). SQLite's own damage messages are technical; the sentence around them is not.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import threading
from pathlib import Path

from desktop import paths
from desktop.domain.errors import UserError
from desktop.i18n import tr
from desktop.store import integrity, location, snapshots, writer_lock
from desktop.store.safety import (
    READ_ONLY_ASKED,
    READ_ONLY_IN_USE,
    DamagedDatabase,
    UnsafeLocation,
)


def _t(text: str) -> str:
    return tr("Safety", text)


def local_copy_target(path: Path) -> Path:
    """Where a file from a network share or sync folder is copied: the data folder, a free name."""
    folder = paths.data_dir()
    target = folder / Path(path).name
    counter = 1
    while target.exists():
        counter += 1
        target = folder / f"{Path(path).stem}-{counter}{Path(path).suffix}"
    return target


def refuse_unsafe_location(path: Path) -> None:
    """Raise UnsafeLocation when ``path`` is on a network share or in a synchronised folder."""
    reason = location.unsafe_reason(path)
    if reason is None:
        return
    target = local_copy_target(path)
    message = _t("{reason} Palier does not open a database there. Copy it to this computer's disk and "
                 "use the copy, for example with: {command} --db \"{path}\" backup \"{target}\", "
                 "then {command} --db \"{target}\"").format(reason=reason, path=path, target=target,
                                                           command=paths.command_name())
    raise UnsafeLocation(message, path, reason)


def take_lock(path: Path, read_only: bool) -> tuple[writer_lock.WriterLock | None, str]:
    """The writer lock and the read-only reason ("" when writable) to open ``path`` with.

    Asked read-only, the file must exist: there is nothing to create then."""
    if read_only:
        if not path.exists():
            raise UserError(_t("There is no Palier file at {path}.").format(path=path))
        return None, READ_ONLY_ASKED
    lock = writer_lock.acquire(path)
    if lock is None:
        if not os.access(path.parent, os.W_OK):
            return None, READ_ONLY_ASKED
        return None, READ_ONLY_IN_USE
    return lock, ""


def needs_update_refusal(path: Path, read_only: str) -> UserError:
    """The refusal for a read-only file whose schema this version would have to update."""
    if read_only == READ_ONLY_IN_USE:
        return UserError(_t("Another copy of Palier is using {path}, and this version needs to update "
                            "the file first. Close the other copy, then open it again.").format(path=path))
    return UserError(_t("{path} was made by an older version of Palier and must be updated, which "
                        "cannot be done read-only. Open it normally once.").format(path=path))


def check_sound(path: Path, may_move: bool, now: dt.datetime | None = None) -> None:
    """Run ``quick_check`` on ``path`` (when it exists) without writing to it.

    A damaged file is renamed aside when ``may_move`` (no one else has it open) and DamagedDatabase
    is raised, naming the damage and the last good backup. A file that is not a database at all
    is left to the caller, which refuses it with its own sentence.
    """
    if not path.exists() or path.stat().st_size == 0 or not integrity.looks_like_sqlite(path):
        return
    try:
        found = _checked_ahead(path)
        if found is None:
            found = integrity.file_problems(path)
    except sqlite3.Error:
        return  # unreadable rather than damaged: opening it will say why
    if not found:
        return
    problem = integrity.describe(found)
    moved = integrity.set_aside(path, now) if may_move else None
    backup = snapshots.last_good_backup(paths.backup_dir(path), path.stem)
    sentence = damage_sentence(path, problem, moved, backup, in_use=not may_move)
    raise DamagedDatabase(sentence, path, problem, moved, backup)


# The window starts the check while Qt loads (about 0.2 s for 100,000 complaints, spent in SQLite
# with the GIL released), and ``check_sound`` takes its answer if the file has not changed since.
_ahead: dict[str, tuple[threading.Thread, list]] = {}


def _file_key(path: Path) -> tuple:
    key = []
    for name in (path.name, path.name + "-wal"):
        try:
            stat = path.with_name(name).stat()
            key.append((stat.st_size, stat.st_mtime_ns))
        except OSError:
            key.append(None)
    return tuple(key)


def check_ahead(path: Path) -> None:
    """Start ``quick_check`` of ``path`` in a background thread; ``check_sound`` uses the answer."""
    path = Path(path)
    if not path.is_file() or not integrity.looks_like_sqlite(path):
        return
    answer: list = []

    def run() -> None:
        try:
            answer.append(integrity.file_problems(path))
        except Exception as error:  # noqa: BLE001 (handed over to check_sound)
            answer.append(error)
        # Taken after the check, whose read-only connection may itself create an empty -wal.
        answer.append(_file_key(path))

    thread = threading.Thread(target=run, name="palier-start-up-check", daemon=True)
    _ahead[str(path.resolve())] = (thread, answer)
    thread.start()


def _checked_ahead(path: Path) -> list[str] | None:
    """The answer of ``check_ahead`` for ``path``, or None when there is none still valid."""
    entry = _ahead.pop(str(path.resolve()), None)
    if entry is None:
        return None
    thread, answer = entry
    thread.join()
    if len(answer) != 2 or answer[1] != _file_key(path):
        return None
    if isinstance(answer[0], Exception):
        raise answer[0]
    return answer[0]


def damage_sentence(path: Path, problem: str, moved: Path | None,
                    backup: snapshots.BackupInfo | None, in_use: bool = False) -> str:
    """What the command line says about a damaged file: what, where, and how to get it back."""
    parts = [_t("The file {path} is damaged ({problem}).").format(path=path, problem=problem)]
    if moved is not None:
        parts.append(_t("Palier did not write to it: it was set aside as {moved}.").format(moved=moved))
    elif in_use:
        parts.append(_t("Palier did not write to it; another copy of Palier still has it open."))
    if backup is None:
        parts.append(_t("No backup of it was found."))
    else:
        parts.append(_t("The last good backup is {backup}, made on {date}. To put it back: "
                        "{command} --db \"{path}\" restore \"{backup}\"").format(command=paths.command_name(),
                            backup=backup.path, date=snapshots.when(backup.created), path=path))
    return " ".join(parts)


class NoDatabase(UserError):
    """There is no Palier database at the path given, and the command may not create one."""


class NotPalierDatabase(UserError):
    """The file exists but is not a Palier database (empty, another program's, not SQLite)."""


def set_aside_copies(path: Path) -> list[Path]:
    """The damaged copies of ``path`` that were renamed aside (``integrity.set_aside``), newest first."""
    path = Path(path)
    try:
        found = [entry for entry in path.parent.iterdir()
                 if entry.name.startswith(f"{path.stem}.damaged-") and entry.name.endswith(path.suffix)
                 and not entry.name.endswith(("-wal", "-shm"))]
    except OSError:
        return []
    return sorted(found, key=lambda entry: entry.stat().st_mtime_ns, reverse=True)


def missing_sentence(path: Path) -> str:
    """Why nothing can be read at ``path``: there is no database there (and, when a damaged file
    was set aside from there, where it went and the last good backup)."""
    path = Path(path)
    parts = [_t("There is no Palier database at {path}; nothing was created.").format(path=path)]
    aside = set_aside_copies(path)
    if aside:
        parts.append(_t("The damaged file that was there was set aside as {moved}.").format(moved=aside[0]))
        backup = snapshots.last_good_backup(path.resolve().parent / "backups", path.stem)
        if backup is None:
            parts.append(_t("No backup of it was found."))
        else:
            parts.append(_t("The last good backup is {backup}, made on {date}. To put it back: "
                            "{command} --db \"{path}\" restore \"{backup}\"").format(command=paths.command_name(),
                                backup=backup.path, date=snapshots.when(backup.created), path=path))
    else:
        parts.append(_t("Check the file name, or open Palier's window to create a residence there."))
    return " ".join(parts)


def palier_kind(path: Path) -> str:
    """What the existing file at ``path`` holds, read without writing: "palier", "empty" (no byte,
    or a database with no table at all), "foreign" (another program's tables, or not a database),
    or "unreadable" (SQLite cannot tell: left to the damage check)."""
    path = Path(path)
    if path.stat().st_size == 0:
        return "empty"
    if not integrity.looks_like_sqlite(path):
        return "foreign"
    try:
        conn = integrity.open_read_only(path)
        try:
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            conn.close()
    except sqlite3.Error:
        return "unreadable"
    if "_sqlite_migrations" in tables:
        return "palier"
    return "foreign" if tables else "empty"


def refuse_not_palier(path: Path, create: bool) -> None:
    """Raise NoDatabase or NotPalierDatabase unless ``path`` holds a Palier database (or, with
    ``create``, may become one: it does not exist yet, or is an empty SQLite file). Writes nothing."""
    path = Path(path)
    if not path.exists():
        if create:
            return
        raise NoDatabase(missing_sentence(path))
    kind = palier_kind(path)
    if kind in ("palier", "unreadable") or (kind == "empty" and create and path.stat().st_size > 0):
        return
    if kind == "empty":
        raise NotPalierDatabase(_t("{path} is empty: it is not a Palier database. Palier left it as it "
                                   "is.").format(path=path))
    raise NotPalierDatabase(_t("{path} is not a Palier database (it holds another program's data, or "
                               "is not a database at all). Palier left it untouched.").format(path=path))
