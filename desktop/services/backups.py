"""Backups: made automatically and on request, checked, kept in rotation, and put back (restore).

When Palier makes them: when it closes and at most once a day while it runs, each time only if
the data changed since the last backup; always before a migration (``store.connection``) and before
a restore. Each one is checked after writing (``store.snapshots``); a bad one is deleted and
reported with a sentence. Rotation keeps 7 daily, 4 weekly and 12 monthly backups (``select_kept``).

"Did anything change?" has two answers, because SQLite keeps no change counter we can rely on in
WAL mode (the header's change counter only moves in rollback-journal mode, ``PRAGMA data_version``
only sees other connections' commits) and a migration may not be added for a marker:

* within a session, the window's connection counts every row it changed (``total_changes``), which
  is exact: ``ChangeWatch``;
* across sessions, a fingerprint of the data (``integrity.fingerprint``: the whole content of the
  small tables, and the count, last row id and last update of the large ones, which only grow or
  are stamped) is compared with the one noted beside the newest backup. An edit in place of a large
  table that neither stamps ``updated_at`` nor adds a history row would be missed across sessions;
  every edit of a complaint stamps and logs, so none is missed in practice.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from desktop import paths
from desktop.domain.errors import UserError
from desktop.i18n import N_, tr
from desktop.services.targets import check_target
from desktop.store import integrity, opening, snapshots, writer_lock
from desktop.store.safety import BackupFailed, DatabaseInUse
from desktop.store.snapshots import BackupInfo, list_backups, when

__all__ = ["BackupInfo", "ChangeWatch", "RestoreResult", "backup", "backup_if_changed", "check",
           "copy_to_local", "copy_to_second", "daily_backup_due", "list_backups", "prune", "restore",
           "select_kept", "when", "write_copy"]

DAILY, WEEKLY, MONTHLY = 7, 4, 12
# Copies taken before a restore or a migration are kept on top of the rotation (the newest few):
# they are the way back when the wrong backup was restored. So are the very latest backups.
SAFETY_KEPT = 3
# A half-written copy this old was left by a backup or restore that was killed: no running one
# takes that long. (At opening, when no other copy of Palier has the file, any age goes.)
LEFTOVER_AGE = dt.timedelta(hours=1)
RECENT_KEPT = 5
REASON_LABELS = {
    "daily": N_("Daily"),
    "closing": N_("When Palier closed"),
    "manual": N_("On request"),
    "before-restore": N_("Before a restore"),
    "copy": N_("Copy"),
}


def _t(text: str) -> str:
    return tr("Backups", text)


def reason_label(reason: str) -> str:
    """Why a backup was made, in words ("before-m0004_meetings" is "Before an update of Palier")."""
    if reason in REASON_LABELS:
        return _t(REASON_LABELS[reason])
    if reason.startswith("before-"):
        return _t("Before an update of Palier")
    return reason


def database_of(source) -> Path:
    """The database file of ``source`` (a Store or a path); UserError when there is no file."""
    path = getattr(source, "path", source)
    if str(path) == ":memory:":
        raise UserError(_t("This database lives in memory only; there is no file to back up."))
    path = Path(path)
    if not path.exists():
        raise UserError(opening.missing_sentence(path))
    if not path.is_file():
        raise UserError(_t("There is no Palier file at {path} to back up.").format(path=path))
    return path


def default_folder(database: Path) -> Path:
    """Where the backups of ``database`` go (a ``backups`` folder beside it)."""
    return paths.backup_dir(database)


# Making backups ----------------------------------------------------------------------------------
def backup(source, folder: Path | None = None, reason: str = "manual",
           now: dt.datetime | None = None, rotate: bool = True) -> BackupInfo:
    """Write a checked backup of ``source`` (a Store or a database path) into ``folder``.

    The file is read through its own read-only connection, so the window may keep working. Then
    the folder's backups of this database are pruned (``prune``) unless ``rotate`` is False.
    Raises BackupFailed (a UserError) when the copy cannot be written or is not sound.
    """
    database = database_of(source)
    folder = Path(folder) if folder else default_folder(database)
    snapshots.remove_leftovers(folder, database, older_than=LEFTOVER_AGE)
    info = snapshots.write_backup(database, database, folder, reason, now)
    if rotate:
        prune(folder, database.stem)
    return info


def copy_to_second(info: BackupInfo, database: Path, second_folder: Path,
                   now: dt.datetime | None = None) -> BackupInfo:
    """Copy a fresh backup into the second folder (a USB key), checked and pruned there too."""
    second_folder = Path(second_folder)
    if not second_folder.is_dir():
        raise BackupFailed(_t("The second backup folder {folder} cannot be reached (is the USB key "
                              "plugged in?). The backup was kept on this computer only.").format(folder=second_folder))
    copy = snapshots.write_backup(info.path, Path(database), second_folder, info.reason, now or info.created)
    prune(second_folder, Path(database).stem)
    return copy


class ChangeWatch:
    """Whether the window's connection changed any row since the last backup (see module text)."""

    def __init__(self, store):
        self.store = store
        self._seen = self._total()

    def _total(self) -> int:
        return self.store.db.conn.total_changes

    def changed(self) -> bool:
        """True when rows were changed through this store since the last ``mark``."""
        return self._total() != self._seen

    def mark(self) -> None:
        """Remember that everything changed so far is being backed up."""
        self._seen = self._total()

    def forget(self) -> None:
        """Count the session as changed again (a backup failed)."""
        self._seen = -1


def has_changed(source, folder: Path | None = None, watch: ChangeWatch | None = None) -> bool:
    """True when the data differs from the newest backup in ``folder`` (or there is none)."""
    if watch is not None and watch.changed():
        return True
    database = database_of(source)
    newest = next(iter(list_backups(folder or default_folder(database), database.stem)), None)
    if newest is None or not newest.fingerprint:
        return True
    return integrity.file_fingerprint(database) != newest.fingerprint


def backup_if_changed(source, folder: Path | None = None, reason: str = "closing",
                      watch: ChangeWatch | None = None, now: dt.datetime | None = None) -> BackupInfo | None:
    """``backup`` when something changed since the last one; None when nothing did."""
    if str(getattr(source, "path", source)) == ":memory:":
        return None
    if not has_changed(source, folder, watch):
        return None
    if watch is not None:
        watch.mark()
    return backup(source, folder, reason, now)


def daily_backup_due(source, folder: Path | None = None, now: dt.datetime | None = None) -> bool:
    """True when no backup of ``source`` was made today (the daily one is due, if data changed)."""
    if str(getattr(source, "path", source)) == ":memory:":
        return False
    database = database_of(source)
    newest = next(iter(list_backups(folder or default_folder(database), database.stem)), None)
    today = (now or dt.datetime.now()).date()
    return newest is None or newest.created.date() < today


def write_copy(database: Path, target: Path, now: dt.datetime | None = None,
               overwrite: bool = False) -> BackupInfo:
    """Write a checked copy of ``database`` to the file ``target`` (or into it, if a folder).

    The folder must exist. The database, its working files, its backups and any other database
    are never written over; another existing file only with ``overwrite`` (``targets``). The
    database is only read, so this works while Palier has it open, and for a file on a network
    share (that is how it is copied to the local disk).
    """
    database, target = database_of(database), Path(target)
    created = (now or dt.datetime.now()).replace(microsecond=0)
    check_target(target, database, overwrite, folder_allowed=True)
    if target.is_dir():
        target = snapshots.free_target(target, database, "copy", created)
    try:
        digest = integrity.snapshot_to(database, target)
    except (UserError, OSError) as error:
        raise BackupFailed(_t("The copy of {path} to {target} failed ({reason}); nothing was written.")
                           .format(path=database, target=target, reason=error)) from error
    return BackupInfo(path=target, created=created, reason="copy", size=target.stat().st_size,
                      verified=True, fingerprint=digest, source=database.name)


def copy_to_local(database: Path) -> Path:
    """Copy a database from a network share or a sync folder into the data folder; the copy's path."""
    target = opening.local_copy_target(database)
    return write_copy(database, target).path


def describe_backup(backup_file: Path) -> str:
    """When ``backup_file`` was made, in words (from its name, else from the file's date)."""
    info = snapshots.read_backup(Path(backup_file))
    if info is not None:
        return when(info.created)
    try:
        return when(dt.datetime.fromtimestamp(Path(backup_file).stat().st_mtime))
    except OSError:
        return str(backup_file)


def check(database: Path) -> str | None:
    """``quick_check`` the file without changing it: None when sound, else a sentence naming the
    damage and the last good backup."""
    database = Path(database)
    if not database.exists():
        raise UserError(opening.missing_sentence(database))
    if not database.is_file() or not integrity.looks_like_sqlite(database):
        return _t("{path} is not a Palier database.").format(path=database)
    opening.refuse_not_palier(database, create=False)  # another program's database: said, untouched
    found = integrity.file_problems(database)
    if not found:
        return None
    backup = snapshots.last_good_backup(default_folder(database), database.stem)
    return opening.damage_sentence(database, integrity.describe(found), None, backup)


# Rotation ----------------------------------------------------------------------------------------
def select_kept(stamps: Iterable[dt.datetime], daily: int = DAILY, weekly: int = WEEKLY,
                monthly: int = MONTHLY) -> set[dt.datetime]:
    """Which backups to keep, from their times: the newest of each of the ``daily`` most recent
    days that have backups, of the ``weekly`` most recent ISO weeks, and of the ``monthly`` most
    recent months. Days, weeks and months without backups do not count; a backup kept by one rule
    also counts for the others. The newest backup is always kept."""
    ordered = sorted(set(stamps), reverse=True)
    kept: set[dt.datetime] = set()
    rules = ((daily, lambda t: t.date()), (weekly, lambda t: t.isocalendar()[:2]),
             (monthly, lambda t: (t.year, t.month)))
    for count, period in rules:
        seen: list = []
        for stamp in ordered:
            key = period(stamp)
            if key in seen:
                continue
            if len(seen) == count:
                break
            seen.append(key)
            kept.add(stamp)
    if ordered:
        kept.add(ordered[0])
    return kept


def prune(folder: Path, stem: str) -> list[Path]:
    """Delete the backups of ``stem`` in ``folder`` that the rotation does not keep; returns them.

    Kept: the rotation's choice (``select_kept``), the ``RECENT_KEPT`` newest whatever their day
    (a backup asked for by hand is not lost to the closing backup an hour later), and the
    ``SAFETY_KEPT`` newest copies made before a restore or an update.
    """
    found = list_backups(folder, stem)
    keep_times = select_kept(info.created for info in found)
    keep, seen = set(), set()
    for info in found:  # newest first: of two backups made in the same second, the later one
        if info.created in keep_times and info.created not in seen:
            keep.add(info.path)
            seen.add(info.created)
    keep |= {info.path for info in found[:RECENT_KEPT]}
    safety = [info for info in found if info.reason.startswith("before-")]
    keep |= {info.path for info in safety[:SAFETY_KEPT]}
    removed = []
    for info in found:
        if info.path not in keep:
            snapshots.remove_backup(info)
            removed.append(info.path)
    return removed


# Restoring ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class RestoreResult:
    """What a restore did: where from, and where the data it replaced went."""

    restored_from: Path
    safety_backup: BackupInfo | None
    set_aside: Path | None


def restore(target: Path, backup_file: Path, folder: Path | None = None,
            now: dt.datetime | None = None) -> RestoreResult:
    """Replace the database ``target`` with ``backup_file``, after backing ``target`` up.

    The backup is checked first; a damaged ``target`` is set aside instead of backed up. The new
    file is written beside ``target`` and renamed over it, so an interruption leaves one or the
    other, never a mix. Every connection to ``target`` must be closed: DatabaseInUse otherwise.
    """
    target, backup_file = Path(target), Path(backup_file)
    problem = integrity.copy_problem(backup_file) if backup_file.is_file() else _t("there is no such file")
    if problem is not None:
        raise UserError(_t("{backup} cannot be restored: {problem}. Nothing was replaced.").format(
            backup=backup_file, problem=problem))
    if integrity.newer_than_program(backup_file):
        raise UserError(_t("{backup} was made by a newer version of Palier; install that version to "
                           "restore it. Nothing was replaced.").format(backup=backup_file))
    opening.refuse_unsafe_location(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    lock = writer_lock.acquire(target, alone=True)
    if lock is None:
        raise DatabaseInUse(_t("{path} is in use (by another copy of Palier, or by this one); close it "
                               "before restoring a backup. Nothing was replaced.").format(path=target))
    try:
        safety, aside = _keep_current(target, folder, now)
        partial = target.with_name("." + target.name + ".restoring")
        integrity.snapshot_to(backup_file, partial)
        for suffix in ("-wal", "-shm"):
            _remove(target.with_name(target.name + suffix))
        os.replace(partial, target)
        integrity.fsync_folder(target.parent)
    except (UserError, OSError) as error:
        raise UserError(_t("{backup} could not be restored ({reason}). Nothing was replaced.").format(
            backup=backup_file, reason=error)) from error
    finally:
        lock.release()
    if safety is not None:
        prune(safety.path.parent, target.stem)
    return RestoreResult(restored_from=backup_file, safety_backup=safety, set_aside=aside)


def _keep_current(target: Path, folder: Path | None, now: dt.datetime | None):
    """Back the current file up before it is replaced (set it aside when it is damaged)."""
    if not target.exists() or target.stat().st_size == 0:
        return None, None
    if integrity.looks_like_sqlite(target) and not integrity.file_problems(target):
        # Pruned only once restored: rotation must not take the backup being restored.
        info = backup(target, folder, "before-restore", now, rotate=False)
        integrity.checkpoint(target)
        return info, None
    return None, integrity.set_aside(target, now)


def _remove(path: Path) -> None:
    try:
        path.unlink()
    except FileNotFoundError:
        pass

