"""The wizard's second page: how the file reads, which column is which field, what is wrong."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from desktop.services.csv_table import delimiter_label, encoding_label
from desktop.services.importing import ImportPreview
from desktop.ui import dialogs
from desktop.ui.importing.service_values import ServiceValuesBox
from desktop.ui.importing.models import ErrorsModel, FieldDelegate, MappingModel, RowsModel


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportWizard", text)


def _label(text: str = "", role: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    if role:
        label.setProperty("role", role)
    return label


class PreviewPage(QWizardPage):
    """Shows the encoding and delimiter found, the mapping (editable), the first rows, the errors."""

    def __init__(self, wizard, parent=None):
        super().__init__(parent)
        self.import_wizard = wizard
        self._rejects_for: Path | None = None
        self.setTitle(_tr("Check how the file will be read"))
        self.setSubTitle(_tr("Each column of the file is imported as the field chosen next to it. "
                             "Change a choice if it is wrong."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, _tr("&Import"))
        self.file_info = _label()
        self.file_info.setObjectName("fileInfo")
        self.mapping = MappingModel(self)
        self.mapping.mapping_changed.connect(self._mapping_changed)
        self.rows = RowsModel(self)
        self.errors = ErrorsModel(self)
        self.mapping_view = self._mapping_view()
        self.rows_view = self._rows_view()
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(_tr("Columns and first rows"))
        self.tabs.addTab(self.mapping_view, _tr("Columns"))
        self.tabs.addTab(self.rows_view, _tr("First rows"))
        self.problem = _label(role="error")
        self.new_categories = _label(role="hint")
        self.errors_title = _label(role="heading")
        self.errors_view = QListView()
        self.errors_view.setModel(self.errors)
        self.errors_view.setAccessibleName(_tr("Rows that cannot be imported"))
        self.errors_view.setWordWrap(True)
        self.errors_view.setSpacing(3)
        self.errors_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.skip = QCheckBox(_tr("Set &aside the rows with errors and import the others"))
        self.skip.setAccessibleName(_tr("Set aside the rows with errors and import the others"))
        self.skip.toggled.connect(self._skip_toggled)
        self.rejects_edit = QLineEdit()
        self.rejects_edit.setAccessibleName(_tr("File for the rows set aside"))
        self.rejects_edit.textChanged.connect(self.completeChanged)
        self.rejects_label = QLabel(_tr("&Rows set aside go to:"))
        self.rejects_label.setBuddy(self.rejects_edit)
        self.rejects_button = QPushButton(_tr("C&hoose…"))
        self.rejects_button.setAccessibleName(_tr("Choose the file for the rows set aside"))
        self.rejects_button.clicked.connect(self._choose_rejects)
        self.services_box = ServiceValuesBox(self)
        self.services_box.changed.connect(self._mapping_changed)
        self._build_layout()
        self._skip_toggled(False)

    def _mapping_view(self) -> QTableView:
        view = QTableView()
        view.setModel(self.mapping)
        view.setItemDelegateForColumn(MappingModel.FIELD, FieldDelegate(view))
        view.setAccessibleName(_tr("How each column is imported"))
        view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setTabKeyNavigation(False)
        view.verticalHeader().hide()
        header = view.horizontalHeader()
        header.setSectionResizeMode(MappingModel.COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(MappingModel.FIELD, QHeaderView.ResizeMode.Fixed)
        header.setStretchLastSection(True)
        view.setColumnWidth(MappingModel.FIELD, 280)
        return view

    def _rows_view(self) -> QTableView:
        view = QTableView()
        view.setModel(self.rows)
        view.setAccessibleName(_tr("First rows of the file"))
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setWordWrap(False)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        return view

    def _build_layout(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self.file_info)
        layout.addWidget(self.tabs, 3)
        layout.addWidget(self.new_categories)
        layout.addWidget(self.services_box)
        layout.addWidget(self.problem)
        layout.addWidget(self.errors_title)
        layout.addWidget(self.errors_view, 1)
        layout.addWidget(self.skip, 0, Qt.AlignmentFlag.AlignLeft)
        rejects = QHBoxLayout()
        rejects.addWidget(self.rejects_label)
        rejects.addWidget(self.rejects_edit, 1)
        rejects.addWidget(self.rejects_button)
        layout.addLayout(rejects)

    # Showing a preview ---------------------------------------------------------------------
    def initializePage(self) -> None:  # noqa: N802 (Qt name)
        preview = self.import_wizard.preview
        self.mapping.set_preview(preview)
        for row in range(self.mapping.rowCount()):
            self.mapping_view.openPersistentEditor(self.mapping.index(row, MappingModel.FIELD))
        self.mapping_view.resizeRowsToContents()
        if self._rejects_for != preview.path:
            self._rejects_for = source = Path(preview.path)
            self.rejects_edit.setText(str(source.with_name(
                _tr("{name}-rejected.csv").format(name=source.stem))))
        self.show_preview(preview)

    def show_preview(self, preview: ImportPreview) -> None:
        """Show what ``preview`` found (called again after each change of the mapping)."""
        self.file_info.setText(
            _tr("{rows} rows read. Encoding: {encoding}. Separator: {delimiter}.").format(
                rows=preview.total_rows, encoding=encoding_label(preview.encoding),
                delimiter=delimiter_label(preview.delimiter))
        )
        self.rows.set_preview(preview)
        self.rows_view.resizeColumnsToContents()
        self.problem.setText(preview.problem)
        self.problem.setVisible(bool(preview.problem))
        self.errors.set_errors(preview.errors)
        self.services_box.show_values(preview.unknown_services)
        self.errors_title.setText(self._errors_sentence(preview))
        self.errors_view.setVisible(bool(preview.errors))
        self.new_categories.setText(
            _tr("New categories will be created: {names}.").format(names=", ".join(preview.categories_to_create))
            if preview.categories_to_create else "")
        self.new_categories.setVisible(bool(preview.categories_to_create))
        has_errors = bool(preview.errors)
        for widget in (self.skip, self.rejects_label, self.rejects_edit, self.rejects_button):
            widget.setVisible(has_errors)
        self.completeChanged.emit()

    @staticmethod
    def _errors_sentence(preview: ImportPreview) -> str:
        if preview.problem:
            return _tr("Choose the column that holds it in the table above.")
        if not preview.errors:
            return _tr("No errors: every row can be imported.")
        count = len(preview.errors)
        return (_tr("1 row cannot be imported as it is:") if count == 1
                else _tr("{count} rows cannot be imported as they are:").format(count=count))

    def value_maps(self) -> dict:
        """What the person said the landlord's own service names stand for."""
        return {"service": self.services_box.chosen()}

    def _mapping_changed(self) -> None:
        self.import_wizard.load_preview(self.import_wizard.preview.path, self.mapping.mappings())
        self.completeChanged.emit()

    # Rows set aside -----------------------------------------------------------------------
    def _skip_toggled(self, checked: bool) -> None:
        self.rejects_edit.setEnabled(checked)
        self.rejects_button.setEnabled(checked)
        self.completeChanged.emit()

    def _choose_rejects(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, _tr("File for the rows set aside"), self.rejects_edit.text(), _tr("CSV files (*.csv)"))
        if path:
            self.rejects_edit.setText(path)

    def validatePage(self) -> bool:  # noqa: N802 (Qt name)
        """Before importing: a rejects file that already exists is replaced only once the person
        agreed (a database or a backup never: the import refuses it with a sentence)."""
        self.overwrite_rejects = False
        path = self.rejects_path()
        if path and Path(path).is_file():
            if not dialogs.confirm(self, _tr("Replace the file?"),
                                   _tr("{path} already exists. Replace it with the rows set aside?").format(path=path),
                                   _tr("Replace")):
                return False
            self.overwrite_rejects = True
        return True

    def rejects_path(self) -> str | None:
        """Where the rows with errors go, or None when they are not set aside."""
        if self.skip.isChecked() and self.rejects_edit.text().strip():
            return self.rejects_edit.text().strip()
        return None

    def isComplete(self) -> bool:  # noqa: N802 (Qt name)
        preview = self.import_wizard.preview
        if preview is None or self.import_wizard.preview_running() or preview.problem:
            return False
        return not preview.errors or self.rejects_path() is not None
