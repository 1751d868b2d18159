"""The Backups page: the list of backups, "Back up now", "Restore…" and the second folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services import backups
from desktop.ui import dialogs, settings
from desktop.ui.backups_jobs import SECOND_FOLDER, BackupRunner, outcome_message, second_folder
from desktop.ui.backups_model import BackupTableModel, when_text
from desktop.ui.people.widgets import RecordTable, label


def _tr(text: str) -> str:
    return QCoreApplication.translate("Backups", text)


def ask_folder(parent: QWidget, current: str) -> str:
    """Ask for a folder (the second backup folder); "" when cancelled. Tests replace it."""
    return QFileDialog.getExistingDirectory(parent, _tr("Choose the second backup folder"), current)


class BackupsPage(QWidget):
    """Lists the backups of the open database and makes or restores one."""

    def __init__(self, store, events, parent=None):
        super().__init__(parent)
        self.store, self.events = store, events
        self.has_file = str(store.path) != ":memory:"
        self.database = Path(store.path) if self.has_file else Path("palier.db")
        self.folder = backups.default_folder(self.database) if self.has_file else Path(".")
        self.model = BackupTableModel(self)
        self.runner = BackupRunner(store, self)
        self.runner.busy_changed.connect(self._set_busy)
        self.runner.finished.connect(self._backed_up)
        self.runner.failed.connect(self._failed)
        self._build()
        self.translate_ui()
        self.refresh()

    def _build(self) -> None:
        self.heading = label(role="heading")
        self.explanation = label()
        self.where = label()
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = RecordTable()
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(BackupTableModel.DATE, QHeaderView.ResizeMode.Stretch)
        self.table.open_requested.connect(lambda _index: self.restore_selected())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.backup_button = QPushButton()
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton()
        self.restore_button.clicked.connect(self.restore_selected)
        self.folder_button = QPushButton()
        self.folder_button.clicked.connect(self.choose_second_folder)
        self.forget_button = QPushButton()
        self.forget_button.clicked.connect(self.forget_second_folder)
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)  # busy: a backup reports no steps
        self.busy_bar.setTextVisible(False)
        self.busy_label = label(wrap=False)
        self.empty_hint = label(role="hint")
        buttons = QHBoxLayout()
        for button in (self.backup_button, self.restore_button, self.folder_button, self.forget_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        busy = QHBoxLayout()
        busy.addWidget(self.busy_label)
        busy.addWidget(self.busy_bar, 1)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        for widget in (self.heading, self.explanation, self.where):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        layout.addLayout(busy)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.table, 1)
        self._set_busy(False)

    def translate_ui(self) -> None:
        """(Re)apply every visible string."""
        self.heading.setText(_tr("Backups"))
        self.explanation.setText(_tr(
            "Palier backs up your data when it closes and once a day while it runs, if anything "
            "changed, and before an update or a restore. It keeps the last 7 days, 4 weeks and 12 "
            "months. Each backup is checked as soon as it is written."))
        self.backup_button.setText(_tr("&Back up now"))
        self.backup_button.setAccessibleName(_tr("Back up now"))
        self.restore_button.setText(_tr("&Restore…"))
        self.restore_button.setAccessibleName(_tr("Restore the chosen backup"))
        self.folder_button.setText(_tr("Choose a &second folder…"))
        self.folder_button.setAccessibleName(_tr("Choose a second backup folder, such as a USB key"))
        self.forget_button.setText(_tr("&Stop using the second folder"))
        self.forget_button.setAccessibleName(_tr("Stop copying backups to the second folder"))
        self.table.setAccessibleName(_tr("Backups, newest first"))
        self.busy_bar.setAccessibleName(_tr("Backup in progress"))
        self.busy_label.setText(_tr("Backing up…"))
        self.empty_hint.setText(_tr("No backup yet: the first one is made when Palier closes, or now "
                                    "with “Back up now”."))
        self._show_folders()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange:
            self.translate_ui()
        super().changeEvent(event)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt name)
        # Automatic backups are made behind this page's back: show them when it comes to the front.
        self.refresh()
        super().showEvent(event)

    def _show_folders(self) -> None:
        second = second_folder()
        lines = [_tr("Backups are kept in {folder}.").format(folder=self.folder)]
        if second is None:
            lines.append(_tr("No second folder is chosen: a USB key kept elsewhere protects against "
                             "a lost or broken computer."))
        else:
            lines.append(_tr("Each backup is also copied to {folder}.").format(folder=second))
        self.where.setText("\n".join(lines))
        self.forget_button.setVisible(second is not None)

    def refresh(self) -> None:
        """Read the list of backups again."""
        selected = self.selected_backup()
        if self.has_file:
            self.model.load(self.database, self.folder, second_folder())
        rows = [row for row in range(self.model.rowCount()) if selected and self.model.info(row).path == selected.path]
        if rows:
            self.table.selectRow(rows[0])
        self.empty_hint.setVisible(self.model.rowCount() == 0)
        self._update_buttons()

    def selected_backup(self) -> backups.BackupInfo | None:
        """The backup chosen in the list, or None."""
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.info(rows[0].row()) if rows else None

    def _update_buttons(self, *_args) -> None:
        busy = self.runner.is_busy()
        self.backup_button.setEnabled(self.has_file and not busy)
        self.restore_button.setEnabled(self.has_file and not busy and self.selected_backup() is not None
                                       and not self.store.read_only_reason)

    def _set_busy(self, busy: bool) -> None:
        self.busy_bar.setVisible(busy)
        self.busy_label.setVisible(busy)
        self._update_buttons()

    # Actions ------------------------------------------------------------------------------------
    def back_up_now(self) -> None:
        """Make a backup now, in a worker; the list shows it when done."""
        if self.runner.start("manual"):
            self.events.message.emit(_tr("Backing up…"))

    def _backed_up(self, outcome) -> None:
        self.refresh()
        if outcome.info is not None:
            rows = [r for r in range(self.model.rowCount()) if self.model.info(r).path == outcome.info.path]
            if rows:
                self.table.selectRow(rows[0])
        self.events.message.emit(outcome_message(outcome))

    def _failed(self, sentence: str) -> None:
        self.refresh()
        dialogs.show_error(self, sentence)

    def restore_selected(self) -> None:
        """Ask, then put the chosen backup back: the window reopens on the restored data."""
        info = self.selected_backup()
        if info is None or not self.restore_button.isEnabled():
            return
        if not dialogs.confirm(
            self, _tr("Restore this backup?"),
            _tr("Palier will put back the backup of {date} in place of what it holds now. What it holds "
                "now is backed up first, so this can be undone. The window will close and open again "
                "on the restored data.").format(date=when_text(info.created)),
            _tr("Restore"),
        ):
            return
        from desktop.ui.backups_startup import restore_in_window

        restore_in_window(self.window(), info.path)

    def choose_second_folder(self) -> None:
        """Choose the second folder (a USB key); backups are copied there from now on."""
        current = settings.read(SECOND_FOLDER)
        chosen = ask_folder(self, current)
        if not chosen:
            return
        if Path(chosen).resolve() == self.folder.resolve():
            dialogs.show_error(self, _tr("This is already where backups are kept; choose another folder, "
                                         "preferably on a USB key."))
            return
        settings.write(SECOND_FOLDER, chosen)
        self._show_folders()
        self.refresh()
        self.events.message.emit(_tr("Backups will also be copied to {folder}.").format(folder=chosen))

    def forget_second_folder(self) -> None:
        """Stop copying backups to the second folder (the copies already there stay)."""
        settings.write(SECOND_FOLDER, "")
        self._show_folders()
        self.refresh()
        self.events.message.emit(_tr("Backups are no longer copied to a second folder."))

    def reload_from_store(self) -> None:
        """The data changed somewhere (``events.data_changed``): the list of backups again."""
        self.refresh()
