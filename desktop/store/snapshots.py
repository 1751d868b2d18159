"""Backup files: their names, the note kept beside each, writing one and finding them again.

A backup of ``palier.db`` is ``palier-<reason>-<YYYYMMDD-HHMMSS>.db`` in a backups folder, with a
note ``palier-<reason>-<stamp>.json`` beside it saying when and why it was made, its size, that it
passed its check, and the fingerprint of its data (to tell later whether anything changed since).
The note is a convenience: a backup without one (copied by hand, or made by an older Palier) is
still listed, from its name, as not checked.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from desktop.domain.errors import UserError
from desktop.i18n import tr
from desktop.store import integrity
from desktop.store.safety import BackupFailed

STAMP_FORMAT = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"^(?P<reason>.+)-(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?\.db$")


def _t(text: str) -> str:
    return tr("Safety", text)


@dataclass(frozen=True)
class BackupInfo:
    """One backup file, as listed."""

    path: Path
    created: dt.datetime
    reason: str
    size: int
    verified: bool | None  # True: checked when written; None: no note says so
    fingerprint: str = ""
    source: str = ""


def when(moment: dt.datetime) -> str:
    """A date and time as written in sentences ("2026-03-12 at 10:30"; in French "12/03/2026 à 10:30")."""
    return moment.strftime(_t("%Y-%m-%d at %H:%M"))


def backup_name(database: Path, reason: str, created: dt.datetime) -> str:
    """The file name of a backup of ``database`` made for ``reason`` at ``created``."""
    return f"{Path(database).stem}-{reason}-{created.strftime(STAMP_FORMAT)}.db"


def note_path(backup: Path) -> Path:
    """The note kept beside ``backup``."""
    return backup.with_suffix(".json")


def free_target(folder: Path, database: Path, reason: str, created: dt.datetime) -> Path:
    """A name in ``folder`` for a new backup that no file uses yet."""
    target = folder / backup_name(database, reason, created)
    counter = 1
    while target.exists():
        counter += 1
        target = target.with_name(f"{Path(database).stem}-{reason}-{created.strftime(STAMP_FORMAT)}-{counter}.db")
    return target


def write_backup(source: sqlite3.Connection | Path, database: Path, folder: Path, reason: str,
                 now: dt.datetime | None = None) -> BackupInfo:
    """Write a checked backup of ``database`` (read through ``source``) into ``folder``.

    ``source`` is an open connection to it or the file itself (then read read-only). Raises
    BackupFailed with a sentence when the copy cannot be written or does not pass its check;
    nothing is kept then.
    """
    created = (now or dt.datetime.now()).replace(microsecond=0)
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        target = free_target(folder, database, reason, created)
        digest = integrity.snapshot_to(source, target)
    except (UserError, OSError) as error:
        raise BackupFailed(_t("The backup of {path} in {folder} failed ({reason}); it was not kept. "
                              "Your data itself is unchanged.").format(
                                  path=database, folder=folder, reason=error)) from error
    info = BackupInfo(path=target, created=created, reason=reason, size=target.stat().st_size,
                      verified=True, fingerprint=digest, source=Path(database).name)
    _write_note(info)
    return info


def _write_note(info: BackupInfo, extra: dict | None = None) -> None:
    note = {"created": info.created.isoformat(), "reason": info.reason, "size": info.size,
            "verified": info.verified, "fingerprint": info.fingerprint, "source": info.source, **(extra or {})}
    target = note_path(info.path)
    partial = target.with_name("." + target.name + ".partial")
    try:
        partial.write_text(json.dumps(note, indent=1), encoding="utf-8")
        os.replace(partial, target)
    except OSError:  # the backup itself is what matters; a missing note only loses details
        pass


def read_backup(path: Path, stem: str | None = None) -> BackupInfo | None:
    """The backup at ``path`` (a backup of a database named ``stem``), or None if it is not one."""
    name = path.name
    if name.startswith(".") or not name.endswith(".db"):
        return None
    if stem is not None:
        if not name.startswith(stem + "-"):
            return None
        name = name[len(stem) + 1:]
    match = _NAME.match(name)
    if match is None:
        return None
    try:
        created = dt.datetime.strptime(match["stamp"], STAMP_FORMAT)
        size = path.stat().st_size
    except (ValueError, OSError):
        return None
    note = _read_note(path)
    if stem is not None and note.get("source") and Path(note["source"]).stem != stem:
        return None  # "palier-test-daily-….db" belongs to palier-test.db, not to palier.db
    return BackupInfo(path=path, created=created, reason=str(note.get("reason") or match["reason"]),
                      size=size, verified=True if note.get("verified") is True else None,
                      fingerprint=str(note.get("fingerprint") or ""), source=str(note.get("source") or ""))


def _read_note(path: Path) -> dict:
    try:
        note = json.loads(note_path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return note if isinstance(note, dict) else {}


def list_backups(folder: Path, stem: str | None = None) -> list[BackupInfo]:
    """The backups in ``folder`` (of the database named ``stem`` when given), newest first."""
    try:
        entries = list(Path(folder).iterdir())
    except OSError:
        return []
    found = [info for info in (read_backup(entry, stem) for entry in entries) if info is not None]
    return sorted(found, key=lambda info: (info.created, _order(info.path)), reverse=True)


def _order(path: Path) -> tuple[int, int]:
    # Two backups in the same second: "…-103000.db" then "…-103000-2.db", else the later written.
    match = re.search(r"-\d{8}-\d{6}-(\d+)\.db$", path.name)
    try:
        written = path.stat().st_mtime_ns
    except OSError:
        written = 0
    return (int(match[1]) if match else 1, written)


def remove_backup(info: BackupInfo) -> None:
    """Delete a backup and its note."""
    for path in (info.path, note_path(info.path)):
        try:
            path.unlink()
        except FileNotFoundError:
            pass


def last_good_backup(folder: Path, stem: str) -> BackupInfo | None:
    """The newest backup in ``folder`` that passes ``integrity_check`` now, or None."""
    for info in list_backups(folder, stem):
        if integrity.copy_problem(info.path) is None:
            return info
    return None


def leftovers(folder: Path, database: Path) -> list[Path]:
    """Half-written copies of ``database`` that a killed backup or restore left behind: the hidden
    ``.….db.partial`` files in its backups ``folder`` (with their notes' ``.partial``) and the
    ``.<name>.restoring`` file beside it. Each is a full copy of personal data outside rotation."""
    database = Path(database)
    found = [database.with_name("." + database.name + ".restoring"),
             database.with_name("." + database.name + ".partial")]
    try:
        found += [entry for entry in Path(folder).iterdir()
                  if entry.name.startswith(".") and entry.name.endswith(".partial")]
    except OSError:
        pass
    return [path for path in found if path.is_file()]


def remove_leftovers(folder: Path, database: Path, older_than: dt.timedelta | None = None) -> list[Path]:
    """Delete ``leftovers``; with ``older_than``, only those last written longer ago than that
    (a backup running in another thread writes its own ``.partial`` right now). Returns them."""
    removed = []
    limit = dt.datetime.now().timestamp() - older_than.total_seconds() if older_than else None
    for path in leftovers(folder, database):
        try:
            if limit is not None and path.stat().st_mtime > limit:
                continue
            path.unlink()
            removed.append(path)
        except OSError:
            pass
    return removed


def replace_backup(info: BackupInfo, new_file: Path, fingerprint: str, rewritten: dt.datetime) -> BackupInfo:
    """Put the checked file ``new_file`` in place of the backup ``info`` (same name, date and
    reason, so the rotation sees the same backup), written beside it first, then its note, which
    also says when it was rewritten (``rewritten_at``)."""
    partial = info.path.with_name("." + info.path.name + ".partial")
    try:
        shutil.copyfile(new_file, partial)
        with open(partial, "rb+") as stream:
            os.fsync(stream.fileno())
        os.replace(partial, info.path)
    finally:
        if partial.exists():
            partial.unlink()
    replaced = BackupInfo(path=info.path, created=info.created, reason=info.reason,
                          size=info.path.stat().st_size, verified=True, fingerprint=fingerprint,
                          source=info.source)
    _write_note(replaced, {"rewritten": rewritten.isoformat(timespec="seconds")})
    return replaced


def rewritten_at(info: BackupInfo) -> dt.datetime | None:
    """When the backup ``info`` was last rewritten to remove purged or forgotten data, or None."""
    try:
        return dt.datetime.fromisoformat(str(_read_note(info.path)["rewritten"]))
    except (KeyError, ValueError):
        return None
