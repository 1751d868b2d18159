"""The Privacy page's word on backups: which backups still hold purged or forgotten data, when the
rotation drops the last of them, and a button that rewrites them now (in a worker, with progress)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QProgressBar, QPushButton, QVBoxLayout

from desktop.i18n import counted
from desktop.domain.errors import UserError
from desktop.services import backup_privacy
from desktop.ui import dialogs
from desktop.ui.people.widgets import label


def _tr(text: str) -> str:
    return QCoreApplication.translate("PrivacyPage", text)


class _Signals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(int)
    failed = Signal(str)


class RewriteJob(QRunnable):
    """Rewrites the backups of a plan away from the window's thread (only files are touched)."""

    def __init__(self, plan: backup_privacy.RewritePlan):
        super().__init__()
        self.plan = plan
        self.signals = _Signals()
        self.setAutoDelete(True)

    def run(self) -> None:  # noqa: D102 - QRunnable
        try:
            count = backup_privacy.run_rewrite(self.plan, self.signals.progress.emit)
        except UserError as error:
            self.signals.failed.emit(str(error))
        except Exception as error:  # a worker must never take the program down
            self.signals.failed.emit(f"{type(error).__name__}: {error}")
        else:
            self.signals.finished.emit(count)


class BackupCopiesBox(QGroupBox):
    """Says until when backups hold removed data; "Rewrite the backups…" applies the removals."""

    def __init__(self, store, events, parent=None):
        super().__init__(parent)
        self.store, self.events = store, events
        self.pool = QThreadPool(self)
        self.job: RewriteJob | None = None
        self.sentence = label()
        self.rewrite_button = QPushButton()
        self.rewrite_button.clicked.connect(self.rewrite)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        row = QHBoxLayout()
        row.addWidget(self.rewrite_button)
        row.addWidget(self.progress, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.sentence)
        layout.addLayout(row)
        self.translate_ui()
        self.refresh()

    def translate_ui(self) -> None:
        """(Re)apply every visible string."""
        self.setTitle(_tr("Backups"))
        self.rewrite_button.setText(_tr("&Rewrite the backups…"))
        self.rewrite_button.setAccessibleName(_tr("Remove purged and forgotten data from the backups too"))
        self.progress.setAccessibleName(_tr("Rewriting the backups"))

    def refresh(self) -> None:
        """Say again which backups hold removed data."""
        try:
            found = backup_privacy.exposure(self.store)
        except (UserError, OSError):
            found = None
        self.sentence.setText(backup_privacy.exposure_sentence(found) if found else
                              _tr("This database has no backup folder."))
        self.rewrite_button.setEnabled(bool(found and not found.is_clear) and self.job is None)

    def rewrite(self) -> None:
        """Ask, then rewrite every backup made before the latest purge or forgetting."""
        plan = backup_privacy.plan_rewrite(self.store)
        if not plan.backups:
            self.refresh()
            return
        if not dialogs.confirm(self, _tr("Rewrite the backups?"),
                               counted(len(plan.backups),
                                       _tr("Palier will remove the purged and forgotten data from 1 backup too. "
                                           "It is checked again afterwards."),
                                       _tr("Palier will remove the purged and forgotten data from {count} backups "
                                           "too. Each one is checked again afterwards.")),
                               _tr("Rewrite")):
            return
        self.job = RewriteJob(plan)
        self.job.signals.progress.connect(self._progress)
        self.job.signals.finished.connect(self._finished)
        self.job.signals.failed.connect(self._failed)
        self.progress.setRange(0, len(plan.backups))
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.rewrite_button.setEnabled(False)
        self.pool.start(self.job)

    def _progress(self, step: int, total: int, text: str) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(step)
        self.progress.setFormat(text)

    def _finished(self, count: int) -> None:
        self.job = None
        self.progress.setVisible(False)
        self.events.message.emit(counted(
            count, _tr("{count} backup rewritten: it no longer holds purged or forgotten data."),
            _tr("{count} backups rewritten: they no longer hold purged or forgotten data.")))
        self.refresh()

    def _failed(self, reason: str) -> None:
        self.job = None
        self.progress.setVisible(False)
        self.refresh()
        dialogs.show_error(self, reason)

    def shutdown(self) -> None:
        """Let a running rewrite finish before the page goes."""
        self.pool.waitForDone()
