"""File › Exchange with the other computer…, and File › Copy for another computer….

The exchange works on the file through SQLite's session extension (APSW), which must never have
the file open while this window's own connection has it: the window's store is released for the
length of the work (the window waits, disabled) and opened again after (``Store.released``).
"""

from __future__ import annotations

import datetime as dt
from contextlib import ExitStack
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QThreadPool
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel,
                               QInputDialog, QLineEdit, QProgressBar, QPushButton, QTableView, QVBoxLayout)

from desktop.services import exchange, exchange_words
from desktop.store import sync_state
from desktop.ui.exchange.conflicts_model import ConflictsModel
from desktop.ui.headers import WrappingHeader
from desktop.ui.importing.worker import StoreTask


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExchangeDialog", text)


class _Released:
    """Runs one StoreTask with the window's store released, and gives it back afterwards."""

    def __init__(self, dialog: QDialog, store):
        self.dialog, self.store = dialog, store
        self.task: StoreTask | None = None
        self._stack: ExitStack | None = None

    def run(self, function, done, progress: QProgressBar) -> None:
        QThreadPool.globalInstance().waitForDone(60_000)  # a backup still reading the file
        self._stack = ExitStack()
        self._stack.enter_context(self.store.released())
        self.dialog.setEnabled(False)
        progress.setRange(0, 0)
        progress.show()

        def finish(result=None, error: str | None = None) -> None:
            self._stack.close()
            self.dialog.setEnabled(True)
            progress.hide()
            done(result, error)

        self.task = StoreTask(self.store, lambda store, progress=None, cancelled=None: function(store))
        self.task.succeeded.connect(lambda result: finish(result))
        self.task.failed.connect(lambda sentence: finish(error=sentence))
        self.task.start_task()


def _day(stamp: str) -> str:
    try:
        return dt.date.fromisoformat(stamp[:10]).strftime("%d/%m/%Y")
    except ValueError:
        return stamp


def choose_partner(window) -> str | None | bool:
    """The computer to exchange with: None when there is only one (or none: the exchange says
    so), its id when the person picks one of several, False when they cancel."""
    paired = exchange.partners(window.store)
    if len(paired) < 2:
        return None
    labels = [_tr("{name} (last exchange: {when})").format(
        name=p.name, when=_day(p.last_import_at or p.last_export_at or p.paired_at)) for p in paired]
    chosen, ok = QInputDialog.getItem(window, _tr("Exchange with which computer?"),
                                      _tr("This computer is paired with several others. Exchange with:"),
                                      labels, 0, False)
    return paired[labels.index(chosen)].computer if ok else False


class ExchangeDialog(QDialog):
    """Write the changes for the partner, read the partner's file, decide what both changed."""

    def __init__(self, store, parent=None, partner: str | None = None):
        super().__init__(parent)
        self.store = store
        self.partner = exchange.choose_partner(store, partner)
        self.runner = _Released(self, store)
        self.setWindowTitle(_tr("Exchange with {name}").format(name=self.partner.name))
        self.warning = QLabel(exchange_words.privacy_note())
        self.warning.setWordWrap(True)
        self.path = QLineEdit()
        self.path.setAccessibleName(_tr("Exchange file"))
        browse = QPushButton(_tr("&Choose…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.write_button = QPushButton(_tr("&Write the changes for {name}").format(name=self.partner.name))
        self.read_button = QPushButton(_tr("&Read the file from {name}").format(name=self.partner.name))
        self.write_button.clicked.connect(self.write_file)
        self.read_button.clicked.connect(self.read_file)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(_tr("Exchange under way"))
        self.progress.hide()
        self.result = QLabel(_tr("Nothing exchanged yet."))
        self.result.setWordWrap(True)
        self.result.setAccessibleName(_tr("What the exchange did"))
        self.conflicts = ConflictsModel(self)
        self.table = QTableView()
        WrappingHeader.install(self.table, share=True)  # headings whole, the width shared
        self.table.setModel(self.conflicts)
        self.table.setAccessibleName(_tr("To decide"))
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.keep_mine = QPushButton(_tr("Keep &mine"))
        self.keep_theirs = QPushButton(_tr("Keep &theirs"))
        self.keep_mine.clicked.connect(lambda: self.decide("mine"))
        self.keep_theirs.clicked.connect(lambda: self.decide("theirs"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.warning)
        form = QFormLayout()
        form.addRow(_tr("File on the USB key:"), row)
        layout.addLayout(form)
        actions = QHBoxLayout()
        actions.addWidget(self.write_button)
        actions.addWidget(self.read_button)
        layout.addLayout(actions)
        layout.addWidget(self.progress)
        layout.addWidget(self.result)
        layout.addWidget(QLabel(_tr("To decide:")))
        layout.addWidget(self.table, 1)
        decide = QHBoxLayout()
        decide.addWidget(self.keep_mine)
        decide.addWidget(self.keep_theirs)
        decide.addStretch(1)
        layout.addLayout(decide)
        layout.addWidget(buttons)
        self.resize(820, 560)
        self.refresh_conflicts()
        self.path.setFocus()

    def _browse(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(self, _tr("Exchange file"), self.path.text(),
                                                      _tr("Palier exchange files (*.palier)"),
                                                      options=QFileDialog.Option.DontConfirmOverwrite)
        if chosen:
            self.path.setText(chosen)

    def _target(self) -> Path | None:
        text = self.path.text().strip()
        if not text:
            self.result.setText(_tr("Choose the file on the USB key first."))
            return None
        return Path(text)

    def write_file(self) -> None:
        """Write the changes the partner lacks to the chosen file."""
        target = self._target()
        if target is not None:
            self.runner.run(lambda store: exchange.export(store, target, self.partner.computer),
                            self._written, self.progress)

    def _written(self, result, error) -> None:
        if error:
            self.result.setText(error)
            return
        self.result.setText(_tr("Written for {name}: {what}. Take the file to the other computer.").format(
            name=result.partner.name, what=exchange_words.summary(result.counts)))

    def read_file(self) -> None:
        """Apply the partner's file: say what came in, list what is to decide."""
        source = self._target()
        if source is not None:
            self.runner.run(lambda store: exchange.import_file(store, source), self._read, self.progress)

    def _read(self, result, error) -> None:
        if error:
            self.result.setText(error)
        elif result.already_applied:
            self.result.setText(_tr("This file from {name} was already read; nothing changed.").format(
                name=result.partner.name))
        else:
            text = _tr("From {name}: {what}.").format(name=result.partner.name,
                                                       what=exchange_words.summary(result.counts))
            if result.conflicts:
                text += " " + _tr("{count} to decide below.").format(count=result.conflicts)
            self.result.setText(text)
            events = getattr(self.parent(), "events", None)
            if events is not None:  # every page shows what came in
                for signal in (events.complaints_changed, events.people_changed, events.places_changed,
                               events.categories_changed, events.meetings_changed):
                    signal.emit()
        self.refresh_conflicts()

    def refresh_conflicts(self) -> None:
        """Show the conflicts still to decide."""
        self.conflicts.set_rows(sync_state.conflicts(self.store.db))
        if self.conflicts.rowCount():
            self.table.selectRow(0)
        for button in (self.keep_mine, self.keep_theirs):
            button.setEnabled(self.conflicts.rowCount() > 0)

    def decide(self, keep: str) -> None:
        """Keep this computer's value, or the other one's, for the chosen conflict."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        conflict = self.conflicts.rows[rows[0].row()]
        try:
            exchange.resolve(self.store, conflict.id, keep)
        except Exception as error:  # noqa: BLE001 (a UserError's sentence, shown as is)
            self.result.setText(getattr(error, "message", str(error)))
            return
        self.result.setText(_tr("Decided; the decision goes to {name} with the next file.").format(
            name=self.partner.name))
        self.refresh_conflicts()


class CopyDialog(QDialog):
    """Write a database for another computer, paired with this one."""

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.runner = _Released(self, store)
        self.copied = None
        self.setWindowTitle(_tr("Copy for another computer"))
        explain = QLabel(_tr("Palier writes a copy of this register for another computer (a laptop), paired "
                             "with this one. Open it there with Palier; afterwards, exchange files carry only "
                             "what changed. {privacy}").format(privacy=exchange_words.privacy_note()))
        explain.setWordWrap(True)
        self.path = QLineEdit()
        self.path.setAccessibleName(_tr("The copy's file"))
        self.name = QLineEdit(_tr("the laptop"))
        self.name.setAccessibleName(_tr("Name of the other computer"))
        self.copy_button = QPushButton(_tr("&Write the copy"))
        self.copy_button.clicked.connect(self.write_copy)
        self.progress = QProgressBar()
        self.progress.hide()
        self.result = QLabel()
        self.result.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(_tr("File:"), self.path)
        form.addRow(_tr("Other computer:"), self.name)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(self.copy_button)
        layout.addWidget(self.progress)
        layout.addWidget(self.result)
        layout.addWidget(buttons)
        self.path.setFocus()

    def write_copy(self) -> None:
        """Write the paired copy at the chosen path."""
        text = self.path.text().strip()
        if not text:
            chosen, _filter = QFileDialog.getSaveFileName(self, _tr("The copy's file"), "",
                                                          _tr("Palier databases (*.db)"))
            if not chosen:
                return
            self.path.setText(chosen)
            text = chosen
        name = self.name.text()
        self.runner.run(lambda store: exchange.copy_for_partner(store, Path(text), name), self._done, self.progress)

    def _done(self, partner, error) -> None:
        if error:
            self.result.setText(error)
            return
        self.copied = partner
        self.result.setText(_tr("The copy for {name} is written. Its new records are numbered from {first}.").format(
            name=partner.name, first=f"{partner.block * 1_000_000:,}".replace(",", " ")))
