"""The import wizard: choose a file, check how it reads, import it in the background, see the result.

Open it with ``ImportWizard(store, events, parent).open()``. After a successful import it emits
``events.complaints_changed`` (and ``categories_changed`` when categories were created) and a
sentence on ``events.message``.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from desktop.services.importing import ImportPreview, ImportResult, import_complaints, preview
from desktop.ui.events import StoreEvents
from desktop.ui.importing.models import ErrorsModel
from desktop.ui.importing.preview_page import PreviewPage, _label
from desktop.ui.importing.worker import StoreTask


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportWizard", text)


class FilePage(QWizardPage):
    """Where the file is: typed, pasted or chosen with the file dialog."""

    def __init__(self, wizard: "ImportWizard", parent=None):
        super().__init__(parent)
        self.import_wizard = wizard
        self.setTitle(_tr("Import complaints"))
        self.setSubTitle(_tr("Choose the CSV file sent by the landlord or saved from a spreadsheet."))
        self.path_edit = QLineEdit()
        self.path_edit.setAccessibleName(_tr("File to import"))
        self.path_edit.setPlaceholderText(_tr("For example C:\\Documents\\reclamations.csv"))
        self.path_edit.textChanged.connect(self._path_changed)
        label = QLabel(_tr("&File:"))
        label.setBuddy(self.path_edit)
        self.choose_button = QPushButton(_tr("C&hoose…"))
        self.choose_button.setAccessibleName(_tr("Choose the file to import"))
        self.choose_button.clicked.connect(self._choose)
        self.status = _label(role="hint")
        self.error = _label(role="error")
        self.error.setObjectName("fileError")
        hint = _label(_tr("The file needs a column for the title and one for the category. Dates may "
                          "be written 31/12/2024 or 2024-12-31. Nothing is imported if a row is "
                          "wrong, unless you choose to set such rows aside."), role="hint")
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.choose_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addWidget(hint)
        layout.addStretch(1)

    def _path_changed(self) -> None:
        self.error.clear()
        self.completeChanged.emit()

    def _choose(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, _tr("Choose the file to import"), self.path_edit.text(),
            _tr("CSV files (*.csv *.txt);;All files (*)"))
        if path:
            self.path_edit.setText(path)

    def path(self) -> str:
        """The path as typed, without surrounding spaces or quotes."""
        return self.path_edit.text().strip().strip('"')

    def isComplete(self) -> bool:  # noqa: N802 (Qt name)
        return bool(self.path()) and not self.import_wizard.preview_running()

    def validatePage(self) -> bool:  # noqa: N802 (Qt name)
        """Go on once the file has been read; reading happens in the background the first time."""
        loaded = self.import_wizard.preview
        if loaded is not None and Path(loaded.path) == Path(self.path()):
            return True
        self.error.clear()
        self.status.setText(_tr("Reading the file…"))
        self.import_wizard.load_preview(Path(self.path()), None, advance=True)
        return False

    def show_error(self, message: str) -> None:
        """Say why the file cannot be imported."""
        self.status.clear()
        self.error.setText(message)
        self.path_edit.setFocus()


class ProgressPage(QWizardPage):
    """The import running in the background, with a way to stop it."""

    def __init__(self, wizard: "ImportWizard", parent=None):
        super().__init__(parent)
        self.import_wizard = wizard
        self.setTitle(_tr("Importing"))
        self.setSubTitle(_tr("The complaints are being checked and saved. You can stop at any time: "
                             "nothing is changed until the end."))
        self.bar = QProgressBar()
        self.bar.setAccessibleName(_tr("Import progress"))
        self.bar.setTextVisible(True)
        self.stop_button = QPushButton(_tr("&Stop the import"))
        self.stop_button.setAccessibleName(_tr("Stop the import"))
        self.stop_button.clicked.connect(self._stop)
        self.status = _label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)
        layout.addWidget(self.stop_button)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802 (Qt name)
        self.bar.setRange(0, 0)
        self.status.setText(_tr("Starting…"))
        self.stop_button.setEnabled(True)
        self.import_wizard.start_import()

    def show_progress(self, done: int, total: int) -> None:
        """Move the bar."""
        self.bar.setRange(0, max(1, total))
        self.bar.setValue(done)
        self.status.setText(_tr("Checking and saving the rows…"))

    def _stop(self) -> None:
        self.stop_button.setEnabled(False)
        self.status.setText(_tr("Stopping…"))
        self.import_wizard.stop_import()

    def isComplete(self) -> bool:  # noqa: N802 (Qt name)
        return self.import_wizard.import_task is None


class SummaryPage(QWizardPage):
    """What the import did, or why nothing was imported."""

    def __init__(self, wizard: "ImportWizard", parent=None):
        super().__init__(parent)
        self.import_wizard = wizard
        self.setTitle(_tr("Import finished"))
        self.setFinalPage(True)
        self.summary = _label(role="heading")
        self.summary.setObjectName("summary")
        self.details = _label()
        self.rejected = ErrorsModel(self)
        self.rejected_view = QListView()
        self.rejected_view.setModel(self.rejected)
        self.rejected_view.setWordWrap(True)
        self.rejected_view.setAccessibleName(_tr("Rows set aside"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.details)
        layout.addWidget(self.rejected_view, 1)

    def initializePage(self) -> None:  # noqa: N802 (Qt name)
        result = self.import_wizard.result
        if result is None:
            self.setTitle(_tr("Nothing was imported"))
            self.summary.setText(_tr("Nothing was imported; the register is as it was."))
            self.details.setText(self.import_wizard.failure)
            self.rejected.set_errors([])
        else:
            self.setTitle(_tr("Import finished"))
            self.summary.setText(result.summary())
            self.details.setText(_tr("These rows were set aside:") if result.rejected else "")
            self.rejected.set_errors(result.rejected)
        self.details.setVisible(bool(self.details.text()))
        self.rejected_view.setVisible(self.rejected.rowCount() > 0)


class ImportWizard(QWizard):
    """Import a CSV file of complaints, with a preview of the mapping and of the errors."""

    FILE, PREVIEW, PROGRESS, SUMMARY = range(4)
    preview_loaded = Signal()
    import_finished = Signal()

    def __init__(self, store, events: StoreEvents, parent=None):
        super().__init__(parent)
        self.store, self.events = store, events
        self.preview: ImportPreview | None = None
        self.result: ImportResult | None = None
        self.failure = ""
        self.preview_task: StoreTask | None = None
        self.import_task: StoreTask | None = None
        self._pending: tuple | None = None
        self._advance = False
        self.setWindowTitle(_tr("Import complaints"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        for button, text in ((QWizard.WizardButton.BackButton, _tr("< &Back")),
                             (QWizard.WizardButton.NextButton, _tr("&Next >")),
                             (QWizard.WizardButton.CancelButton, _tr("Cancel")),
                             (QWizard.WizardButton.FinishButton, _tr("&Finish"))):
            self.setButtonText(button, text)
        self.file_page = FilePage(self)
        self.preview_page = PreviewPage(self)
        self.progress_page = ProgressPage(self)
        self.summary_page = SummaryPage(self)
        for page_id, page in enumerate((self.file_page, self.preview_page, self.progress_page,
                                        self.summary_page)):
            self.setPage(page_id, page)
        self.resize(980, 720)

    # Preview ------------------------------------------------------------------------------
    def preview_running(self) -> bool:
        """True while the file is being read for the preview."""
        return self.preview_task is not None

    def load_preview(self, path: Path, mappings: dict[str, str] | None, advance: bool = False) -> None:
        """Read ``path`` in the background; the latest request wins when several are made."""
        if self.preview_task is not None:
            self._pending = (path, mappings, advance)
            return
        value_maps = self.preview_page.value_maps() if hasattr(self, "preview_page") else None
        task = StoreTask(self.store, partial(_preview, path=path, mappings=mappings, value_maps=value_maps))
        self._advance = advance
        task.succeeded.connect(self._preview_done)
        task.failed.connect(self._preview_failed)
        self.preview_task = task.start_task()
        self._complete_changed()

    def _next_request(self) -> bool:
        self.preview_task = None
        if self._pending is None:
            return False
        request, self._pending = self._pending, None
        self.load_preview(*request)
        return True

    def _preview_done(self, loaded: ImportPreview) -> None:
        advance = self._advance
        if self._next_request():
            return
        self.preview = loaded
        self.file_page.status.clear()
        if advance and self.currentId() == self.FILE:
            self.next()
        elif self.currentId() == self.PREVIEW:
            self.preview_page.show_preview(loaded)
        self._complete_changed()
        self.preview_loaded.emit()

    def _preview_failed(self, message: str) -> None:
        if self._next_request():
            return
        self.preview = None
        if self.currentId() != self.FILE:
            self.restart()
        self.file_page.show_error(message)
        self._complete_changed()
        self.preview_loaded.emit()

    def _complete_changed(self) -> None:
        for page in (self.file_page, self.preview_page):
            page.completeChanged.emit()

    # Import -------------------------------------------------------------------------------
    def start_import(self) -> None:
        """Import the file with the chosen mapping, in the background."""
        self.result, self.failure = None, ""
        work = partial(_import, path=self.preview.path, mappings=self.preview_page.mapping.mappings(),
                       skip_invalid=self.preview_page.rejects_path(), value_maps=self.preview_page.value_maps(),
                       overwrite=getattr(self.preview_page, "overwrite_rejects", False))
        task = StoreTask(self.store, work)
        task.progress.connect(self.progress_page.show_progress)
        task.succeeded.connect(self._import_done)
        task.failed.connect(self._import_failed)
        self.import_task = task.start_task()

    def stop_import(self) -> None:
        """Ask the running import to stop; it rolls back and the summary says nothing changed."""
        if self.import_task is not None:
            self.import_task.cancel()

    def _import_done(self, result: ImportResult) -> None:
        self.import_task = None
        self.result = result
        self.events.complaints_changed.emit()
        if result.categories_created:
            self.events.categories_changed.emit()
        self.events.message.emit(result.summary())
        self._show_summary()

    def _import_failed(self, message: str) -> None:
        self.import_task = None
        self.failure = message
        self._show_summary()

    def _show_summary(self) -> None:
        self.progress_page.completeChanged.emit()
        self.next()
        self.import_finished.emit()

    def reject(self) -> None:
        """Closing while a task runs stops it first (an import is rolled back)."""
        for task in (self.import_task, self.preview_task):
            if task is not None:
                task.stop()
        super().reject()


def _preview(store, path, mappings, value_maps=None, progress=None, cancelled=None) -> ImportPreview:
    return preview(store, path, mappings, value_maps=value_maps)


def _import(store, path, mappings, skip_invalid, overwrite=False, value_maps=None, progress=None,
            cancelled=None) -> ImportResult:
    return import_complaints(store, path, mappings, skip_invalid=skip_invalid, progress=progress,
                             cancelled=cancelled, overwrite=overwrite, value_maps=value_maps)
