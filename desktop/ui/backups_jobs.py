"""Backups seen from the window: the second-folder setting, the worker, the daily and closing backups.

A backup reads the database through its own read-only connection (see services/backups.py), so it
runs in a pool thread while the window keeps working; the window's connection is only asked, in
the UI thread, whether it changed anything (``ChangeWatch``).
"""

from __future__ import annotations

import logging
import threading
import traceback
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from desktop import logs
from desktop.domain.errors import UserError
from desktop.i18n import N_
from desktop.services import backups
from desktop.ui import settings

log = logging.getLogger("palier.backups")

# The chosen second folder (a USB key, say): declared here, stored with the other settings.
SECOND_FOLDER = settings.Setting("backups/second_folder", str, "", N_("Second backup folder"))
CHECK_EVERY_MS = 60 * 60 * 1000  # hourly: the daily backup is taken within the hour it falls due
CLOSING_NOTE_AFTER_S = 0.3  # a closing backup quicker than this shows nothing


def _tr(text: str) -> str:
    return QCoreApplication.translate("Backups", text)


def second_folder() -> Path | None:
    """The chosen second backup folder, or None."""
    value = settings.read(SECOND_FOLDER)
    return Path(value) if value else None


@dataclass(frozen=True)
class BackupOutcome:
    """What one backup job did: the backup (None when nothing had changed) and the second copy."""

    info: backups.BackupInfo | None
    second_problem: str = ""


def backup_job(store_path, reason: str, only_if_changed: bool, changed_here: bool,
               second: Path | None) -> BackupOutcome:
    """Back up (if needed) and copy to the second folder; runs in a worker thread."""
    if only_if_changed and not changed_here and not backups.has_changed(store_path):
        return BackupOutcome(None)
    info = backups.backup(store_path, reason=reason)
    problem = ""
    if second is not None:
        try:
            backups.copy_to_second(info, Path(store_path), second)
        except UserError as error:
            problem = error.message
    return BackupOutcome(info, problem)


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(str)


class BackupWorker(QRunnable):
    """Runs ``function()`` in a pool thread; reports ``finished(result)`` or ``failed(sentence)``."""

    def __init__(self, function):
        super().__init__()
        self.function = function
        self.signals = _Signals()
        self.setAutoDelete(False)

    def run(self) -> None:
        try:
            result = self.function()
        except UserError as error:
            self.signals.failed.emit(error.message)
        except Exception:  # noqa: BLE001 (a worker must report, not die silently)
            logs.setup()
            log.error("A backup failed\n%s", traceback.format_exc())
            self.signals.failed.emit(_tr("The backup failed; your data itself is unchanged. The details "
                                         "are in {path}.").format(path=logs.log_file()))
        else:
            self.signals.finished.emit(result)


class BackupRunner(QObject):
    """Starts backup jobs one at a time for a store and says when they begin and end."""

    busy_changed = Signal(bool)
    finished = Signal(object)  # BackupOutcome
    failed = Signal(str)

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        # Nothing to back up in memory; and a copy opened read-only leaves it to the copy that writes.
        writable = str(store.path) != ":memory:" and not store.read_only_reason
        self.watch = backups.ChangeWatch(store) if writable else None
        self.has_file = str(store.path) != ":memory:"
        # The last worker stays referenced: the pool thread may still be leaving its run() when the
        # result arrives here, and Python must not delete it under that thread.
        self._worker: BackupWorker | None = None
        self._busy = False

    def is_busy(self) -> bool:
        """True while a job runs."""
        return self._busy

    def start(self, reason: str, only_if_changed: bool = False) -> bool:
        """Start a backup job; False when one is already running or there is no file."""
        if self._busy or not self.has_file:
            return False
        changed_here = self.watch is not None and self.watch.changed()
        if self.watch is not None:
            self.watch.mark()
        path, second = Path(self.store.path), second_folder()
        worker = BackupWorker(lambda: backup_job(path, reason, only_if_changed, changed_here, second))
        worker.signals.finished.connect(self._finished)
        worker.signals.failed.connect(self._failed)
        self._worker, self._busy = worker, True
        self.busy_changed.emit(True)
        QThreadPool.globalInstance().start(worker)
        return True

    def _finished(self, outcome: BackupOutcome) -> None:
        self._busy = False
        self.busy_changed.emit(False)
        self.finished.emit(outcome)

    def _failed(self, sentence: str) -> None:
        self._busy = False
        if self.watch is not None:
            self.watch.forget()  # nothing was saved: the next check must try again
        self.busy_changed.emit(False)
        self.failed.emit(sentence)


def outcome_message(outcome: BackupOutcome) -> str:
    """The status-bar sentence for a finished backup."""
    if outcome.info is None:
        return _tr("Nothing changed since the last backup.")
    text = _tr("Backup made and checked: {name}.").format(name=outcome.info.path.name)
    if outcome.second_problem:
        text = _tr("{done} {problem}").format(done=text, problem=outcome.second_problem)
    return text


class AutoBackup(QObject):
    """The daily backup while the window runs (checked hourly) and the backup on closing."""

    def __init__(self, store, events=None, parent=None):
        super().__init__(parent)
        self.store, self.events = store, events
        self.runner = BackupRunner(store, self)
        self.runner.finished.connect(self._finished)
        self.runner.failed.connect(self._failed)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check_daily)
        self.timer.start()

    def check_daily(self) -> bool:
        """Start the day's backup if none was made today and something changed; True if started."""
        if self.runner.watch is None or self.runner.is_busy():
            return False
        if not backups.daily_backup_due(self.store):
            return False
        return self.runner.start("daily", only_if_changed=True)

    def _finished(self, outcome: BackupOutcome) -> None:
        if outcome.info is not None and self.events is not None:
            self.events.message.emit(outcome_message(outcome))

    def _failed(self, sentence: str) -> None:
        from desktop.ui import dialogs

        dialogs.show_error(None, sentence)

    def at_close(self) -> backups.BackupInfo | None:
        """Back up now if anything changed: the program is closing. The copy is written in a
        thread; when it takes more than a moment, a small window says so with a moving bar, so
        nobody switches the computer off thinking Palier has already finished."""
        self.timer.stop()
        if self.runner.watch is None:
            return None
        changed, second = self.runner.watch.changed(), second_folder()
        result: dict = {}

        def work() -> None:
            try:
                result["outcome"] = backup_job(Path(self.store.path), "closing", True, changed, second)
            except UserError as error:
                result["error"] = error
            except Exception as error:  # noqa: BLE001 - reported below as a sentence, never a crash
                result["error"] = UserError(str(error))

        thread = threading.Thread(target=work, name="closing-backup")
        thread.start()
        thread.join(CLOSING_NOTE_AFTER_S)
        note = None
        if thread.is_alive():
            note = closing_note()
            while thread.is_alive():
                QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
                thread.join(0.05)
            note.close()
        if "error" in result:
            from desktop.ui import dialogs

            dialogs.show_error(None, result["error"].message)
            return None
        return result["outcome"].info


def closing_note() -> QWidget:
    """"Saving a backup before closing…" with a moving bar, shown while the last backup is written."""
    note = QWidget(None, Qt.WindowType.Dialog | Qt.WindowType.WindowStaysOnTopHint)
    note.setObjectName("closing_note")
    note.setWindowTitle("Palier")
    text = QLabel(_tr("Palier is saving a backup of your data before closing. Please wait a few seconds."))
    text.setWordWrap(True)
    bar = QProgressBar()
    bar.setRange(0, 0)
    bar.setAccessibleName(_tr("Backup in progress"))
    layout = QVBoxLayout(note)
    layout.addWidget(text)
    layout.addWidget(bar)
    note.setMinimumWidth(440)
    note.show()
    note.raise_()
    return note


def install(window) -> AutoBackup:
    """Give ``window`` (a MainWindow) its automatic backups, kept as ``window.auto_backup``, and
    say in its status bar when the file is open read-only."""
    window.auto_backup = AutoBackup(window.store, window.events, window)
    if window.store.read_only_reason:
        notice = QLabel(_tr("Read-only: nothing can be changed"))
        notice.setObjectName("read_only_notice")
        notice.setProperty("role", "error")
        window.statusBar().addPermanentWidget(notice)
    return window.auto_backup


def close_session(window) -> None:
    """After the event loop: back up the current window's store if it changed, then close it."""
    while getattr(window, "replaced_by", None) is not None:
        window = window.replaced_by
    store = window.store
    auto = getattr(window, "auto_backup", None)
    window.hide()  # gone from the screen while the last backup is written
    # A backup asked for just before quitting finishes first.
    QThreadPool.globalInstance().waitForDone(60_000)
    try:
        if auto is not None:
            auto.at_close()
    finally:
        store.close()
