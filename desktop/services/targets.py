"""The one rule for writing a file: is this target safe to write?

Every command and dialog that writes a file (an export, a report, a backup copy, a certificate, an
access request, a rejects file…) asks ``check_target`` first. Some files are never written over,
whatever the user says: the open database, its working files (``-wal``, ``-shm``, ``-journal``,
``-lock``), anything in its backups folder, and any SQLite database (another residence's register,
a backup copied elsewhere). Any other existing file is written over only when the user said so
(``--overwrite`` on the command line; the window asks). Nothing here writes: it only answers, with
a sentence naming the file, so the caller stops before anything is changed.
"""

from __future__ import annotations

import os
from pathlib import Path

from desktop.domain.errors import UserError
from desktop.i18n import tr
from desktop.store import integrity

COMPANION_SUFFIXES = ("-wal", "-shm", "-journal", "-lock")


def _t(text: str) -> str:
    return tr("Targets", text)


class UnsafeTarget(UserError):
    """The file asked for must never be written over (the database, a backup…)."""


class TargetExists(UserError):
    """The file exists and the user did not say it may be replaced."""


def _same(a: Path, b: Path) -> bool:
    """True when ``a`` and ``b`` are the same file (through links too), or the same path."""
    try:
        if a.exists() and b.exists():
            return os.path.samefile(a, b)
    except OSError:
        pass
    return os.path.normcase(os.path.abspath(a)) == os.path.normcase(os.path.abspath(b))


def _resolved(path: Path) -> Path:
    try:
        return path.resolve()
    except OSError:
        return Path(os.path.abspath(path))


def protected_reason(target: Path, database: Path | str | None) -> str | None:
    """Why ``target`` must never be written over, in words, or None when nothing forbids it."""
    target = Path(target)
    if database is not None and str(database) != ":memory:":
        database = Path(database)
        if _same(target, database):
            return _t("it is the Palier database")
        for suffix in COMPANION_SUFFIXES:
            if _same(target, database.with_name(database.name + suffix)):
                return _t("it is a working file of the Palier database")
        backups = _resolved(database).parent / "backups"
        if _resolved(target).parent == backups or _resolved(target.parent) == backups:
            return _t("it is in the folder of the database's backups")
    if target.is_file() and integrity.looks_like_sqlite(target):
        return _t("it is a database (a register or a backup)")
    return None


def check_target(target: Path | str, database: Path | str | None = None, overwrite: bool = False,
                 folder_allowed: bool = False) -> Path:
    """Refuse (with a UserError sentence) to write ``target`` when it is not safe; return it.

    ``database`` is the open database, whose files and backups are never written over; an existing
    file is accepted only with ``overwrite`` (the user said so); the folder the file goes in must
    exist. ``folder_allowed``: ``target`` may be an existing folder to write into (the caller
    chooses the name inside, and checks it again).
    """
    target = Path(target)
    if target.is_dir():
        if folder_allowed:
            return target
        raise UnsafeTarget(_t("{path} is a folder; give the name of a file to write. Nothing was "
                              "written.").format(path=target))
    reason = protected_reason(target, database)
    if reason is not None:
        raise UnsafeTarget(_t("Palier never writes over {path}: {reason}. Choose another file name; "
                              "nothing was written.").format(path=target, reason=reason))
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise UserError(_t("The folder {folder} does not exist; nothing was written. Choose a folder "
                           "that exists (is the USB key plugged in?).").format(folder=folder))
    if (target.exists() or target.is_symlink()) and not overwrite:
        raise TargetExists(_t("{path} already exists; Palier did not write over it. Choose another name, "
                              "or add --overwrite to replace it.").format(path=target))
    return target
