"""Opening the database for the window, with its answers to trouble; reopening after a restore.

On opening: a file on a network share or in a sync folder is refused and a copy on this computer
offered; a damaged file (already set aside by the store) is explained and the last good backup
offered; a file another copy of Palier is using is offered read-only. Every question goes through
``desktop.ui.dialogs`` so that tests can answer it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QApplication

from desktop.domain.errors import UserError
from desktop.services import backups
from desktop.store import Store
from desktop.store.safety import READ_ONLY_IN_USE, DamagedDatabase, UnsafeLocation
from desktop.ui import dialogs
from desktop.ui.backups_model import when_text


def _tr(text: str) -> str:
    return QCoreApplication.translate("Backups", text)


def open_store_for_window(path: Path, profile: str = "", parent=None, first_run: bool = False,
                          check_in_background: bool = False, check_later: bool = False) -> Store | None:
    """Open ``path`` for the window, asking the user what to do when it cannot be used as is.

    A missing file is created only once the user agreed (``first_run``: the default database on
    the very first start, where the first-run wizard is the question). Returns the open store, or
    None when the user declined or it could not be opened (they were told why).
    ``check_in_background`` opens the file before the damage check's verdict: the window shows
    the data at once, and ``watch_file_check`` acts on the verdict when it comes;
    ``check_later``: the check waits for ``begin_check_after_first_paint`` (or a write).
    """
    if not Path(path).exists() and not (first_run and not dialogs.unattended()) and not dialogs.confirm(
        parent, _tr("Create a new residence?"),
        _tr("There is no Palier database at {path}. Create a new one there, for a residence of your "
            "own?").format(path=path),
        _tr("Create"),
    ):
        return None
    try:
        store = Store.open(path, profile=profile, check_in_background=check_in_background,
                           check_later=check_later)
    except UnsafeLocation as error:
        return _offer_local_copy(error, profile, parent)
    except DamagedDatabase as error:
        return _offer_last_backup(error, profile, parent)
    except UserError as error:
        dialogs.show_error(parent, error.message)
        return None
    if store.read_only_reason == READ_ONLY_IN_USE and not dialogs.confirm(
        parent, _tr("Palier is already open"),
        _tr("Another copy of Palier is using {path}. Only one can make changes at a time. You can "
            "open it read-only here, to look without changing anything.").format(path=path),
        _tr("Open read-only"),
    ):
        store.close()
        return None
    return store


def _offer_local_copy(error: UnsafeLocation, profile: str, parent) -> Store | None:
    if not dialogs.confirm(
        parent, _tr("Copy the file to this computer?"),
        _tr("{reason} Palier does not open a database there. It can copy it to this computer's disk "
            "and open the copy.").format(reason=error.reason),
        _tr("Copy and open"),
    ):
        return None
    try:
        copy = backups.copy_to_local(Path(error.path))
    except UserError as failure:
        dialogs.show_error(parent, failure.message)
        return None
    return open_store_for_window(copy, profile, parent)


def _offer_last_backup(error: DamagedDatabase, profile: str, parent) -> Store | None:
    found = _tr("The file {path} is damaged ({problem}).").format(path=error.path, problem=error.problem)
    if error.moved_to is not None:
        found = _tr("{found} Palier did not write to it and set it aside as {moved}.").format(
            found=found, moved=error.moved_to)
    if error.backup is None or error.moved_to is None:
        dialogs.show_error(parent, _tr("{found} No backup of it can be put back.").format(found=found)
                           if error.backup is None else error.message)
        return None
    if not dialogs.confirm(
        parent, _tr("Put back the last good backup?"),
        _tr("{found} The last good backup is from {date}. Put it back and open it?").format(
            found=found, date=when_text(error.backup.created)),
        _tr("Restore"),
    ):
        return None
    try:
        backups.restore(Path(error.path), error.backup.path)
    except UserError as failure:
        dialogs.show_error(parent, failure.message)
        return None
    return open_store_for_window(Path(error.path), profile, parent)


class _AfterFirstPaint(QObject):
    """Calls ``action`` once the window has painted (or after two seconds, if it never does)."""

    def __init__(self, window, action):
        super().__init__(window)
        self._window, self._action = window, action
        window.installEventFilter(self)
        QTimer.singleShot(2000, self._act)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.Paint and self._action is not None:
            QTimer.singleShot(0, self._act)  # once this paint is on the screen
        return False

    def _act(self) -> None:
        if self._action is None:
            return
        action, self._action = self._action, None
        self._window.removeEventFilter(self)
        action()


def after_first_paint(window, action) -> QObject:
    """Call ``action`` once ``window`` has painted (or after two seconds); keep what it returns."""
    return _AfterFirstPaint(window, action)


def begin_check_after_first_paint(window) -> None:
    """Start the window file's damage check (opened with ``check_later``) once the window has
    painted: reading the whole file takes a processor for 0.2 s at 100,000 complaints, which on
    a two-core computer would otherwise slow the window's first paint. Writes made before then
    start it themselves and wait for the verdict."""
    check = window.store.file_check
    if check is not None and not check.begun:
        window.file_check_starter = _AfterFirstPaint(window, check.begin)


class _CheckRelay(QObject):
    """Carries the verdict of the start-up check from its thread to the window's."""

    verdict = Signal()


def watch_file_check(window) -> None:
    """When the check of the window's file (still running when it opened) finds damage: close the
    file, set it aside and offer the last good backup, as at an opening checked beforehand. Writes
    made meanwhile waited for the verdict, so nothing was written to the damaged file."""
    check = window.store.file_check
    if check is None:
        return
    relay = _CheckRelay(window)
    relay.verdict.connect(lambda: _verdict_in(window, check), Qt.ConnectionType.QueuedConnection)
    window.file_check_relay = relay
    check.when_done(lambda _check: relay.verdict.emit())


def _verdict_in(window, check) -> None:
    if not check.damaged or window.store.file_check is not check or getattr(window, "replaced_by", None):
        return
    store, profile = window.store, window.store.profile
    auto = getattr(window, "auto_backup", None)
    if auto is not None:
        auto.timer.stop()
        window.auto_backup = None  # no backup of a damaged file on closing
    QThreadPool.globalInstance().waitForDone(60_000)
    store.close()
    new_store = _offer_last_backup(check.damage(), profile, window)
    if new_store is None:
        window.closed_on_damage = True
        window.close()
        return
    _replace_window(window, new_store)


def _replace_window(window, new_store: Store):
    """A new main window on ``new_store`` where ``window`` was; the old one closes."""
    from desktop.ui import backups_jobs
    from desktop.ui.main_window import MainWindow

    new = MainWindow(new_store)
    backups_jobs.install(new)
    new.setGeometry(window.geometry())
    window.replaced_by = new
    new.show()
    window.close()
    window.deleteLater()
    return new


def restore_in_window(window, backup_file: Path):
    """Put ``backup_file`` back in place of the window's database, then open a new window on it.

    The window's store is closed first (a restore replaces the file); whatever happens, the file
    is opened again, restored or not. Returns the new window (``window.replaced_by``), or None.
    """
    store = window.store
    path, profile = Path(store.path), store.profile
    auto = getattr(window, "auto_backup", None)
    if auto is not None:
        auto.timer.stop()
        window.auto_backup = None  # this window's store is about to close: no backup on closing
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        QThreadPool.globalInstance().waitForDone(60_000)  # a backup still reading the file
        store.close()
        try:
            result, problem = backups.restore(path, backup_file), ""
        except UserError as error:
            result, problem = None, error.message
        new_store = open_store_for_window(path, profile, window)
    finally:
        QApplication.restoreOverrideCursor()
    if new_store is None:
        window.close()
        return None
    new = _replace_window(window, new_store)
    new.show_page("backups")
    if problem:
        dialogs.show_error(new, problem)
    else:
        new.show_message(_restored_message(result))
    return new


def _restored_message(result: backups.RestoreResult) -> str:
    text = _tr("The backup {name} was put back.").format(name=result.restored_from.name)
    if result.safety_backup is not None:
        text = _tr("{done} What Palier held before is in the backup {safety}.").format(
            done=text, safety=result.safety_backup.path.name)
    return text
