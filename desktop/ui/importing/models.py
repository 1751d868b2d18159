"""Item models of the import wizard: the column mapping, the first rows, the errors."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate

from desktop.services.import_fields import FIELDS, field_label
from desktop.services.importing import ImportPreview, RowError

_Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportWizard", text)


def field_choices() -> list[tuple[str, str | None]]:
    """(label, field) for the combo boxes: "Do not import" first, then every field."""
    return [(_tr("Do not import"), None)] + [(field_label(name), name) for name in FIELDS]



PREVIEW_CHARS = 200


def preview_text(value: str) -> str:
    """A cell as the preview shows it: on one line, at most PREVIEW_CHARS characters. A cell of
    100,000 characters laid out whole took over a second to paint and outgrew the view."""
    head = " ".join(value[:10 * PREVIEW_CHARS].split())
    return head if len(head) <= PREVIEW_CHARS else head[:PREVIEW_CHARS - 1] + "…"

class MappingModel(QAbstractTableModel):
    """One row per column of the file: its name, the field it is read as, an example value.

    The field column is editable (a combo box); a field can go to one column only, so choosing it
    for a column takes it from any other. ``mapping_changed`` says the user changed something.
    """

    COLUMN, FIELD, EXAMPLE = range(3)
    FieldRole = Qt.ItemDataRole.UserRole + 1
    mapping_changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.headers: list[str] = []
        self.fields: list[str | None] = []
        self.examples: list[str] = []

    def set_preview(self, preview: ImportPreview) -> None:
        """Show the mapping and first values of ``preview``."""
        self.beginResetModel()
        self.headers = list(preview.headers)
        self.fields = list(preview.mapping)
        first = preview.rows[0].values if preview.rows else []
        self.examples = [first[i] if i < len(first) else "" for i in range(len(self.headers))]
        self.endResetModel()

    def mappings(self) -> dict[str, str]:
        """``{column: field or "ignore"}`` for every column, as the import service takes it."""
        return {header: field or "ignore" for header, field in zip(self.headers, self.fields)}

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802 (Qt name)
        return 0 if parent.isValid() else len(self.headers)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802 (Qt name)
        return 0 if parent.isValid() else 3

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return (_tr("Column in the file"), _tr("Imported as"), _tr("First value"))[section]
        return str(section + 1)

    def data(self, index: _Index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == self.COLUMN:
                return self.headers[row] or _tr("(no name)")
            if column == self.FIELD:
                field = self.fields[row]
                return field_label(field) if field else _tr("Do not import")
            return preview_text(self.examples[row])
        if role == self.FieldRole and column == self.FIELD:
            return self.fields[row] or ""
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.FIELD:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: _Index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or index.column() != self.FIELD or role != Qt.ItemDataRole.EditRole:
            return False
        field = value or None
        if field is not None and field not in FIELDS:
            return False
        if field == self.fields[index.row()]:
            return True
        for other, taken in enumerate(self.fields):
            if field is not None and taken == field and other != index.row():
                self.fields[other] = None
                changed = self.index(other, self.FIELD)
                self.dataChanged.emit(changed, changed)
        self.fields[index.row()] = field
        self.dataChanged.emit(index, index)
        self.mapping_changed.emit()
        return True


class FieldDelegate(QStyledItemDelegate):
    """A combo box of the importable fields for the "Imported as" column."""

    def createEditor(self, parent, option, index):  # noqa: N802 (Qt name)
        combo = QComboBox(parent)
        for label, field in field_choices():
            combo.addItem(label, field or "")
        column = index.siblingAtColumn(MappingModel.COLUMN).data()
        combo.setAccessibleName(_tr("Imported as, for the column “{column}”").format(column=column))
        combo.activated.connect(lambda _i, c=combo: self.commitData.emit(c))
        return combo

    def setEditorData(self, editor: QComboBox, index) -> None:  # noqa: N802 (Qt name)
        position = editor.findData(index.data(MappingModel.FieldRole) or "")
        editor.setCurrentIndex(max(0, position))

    def setModelData(self, editor: QComboBox, model, index) -> None:  # noqa: N802 (Qt name)
        model.setData(index, editor.currentData())


class RowsModel(QAbstractTableModel):
    """The first rows of the file as read, with their line numbers as row headers."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.headers: list[str] = []
        self.rows: list = []

    def set_preview(self, preview: ImportPreview) -> None:
        """Show the first rows of ``preview``."""
        self.beginResetModel()
        self.headers, self.rows = list(preview.headers), list(preview.rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802 (Qt name)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802 (Qt name)
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.headers[section] if 0 <= section < len(self.headers) else None
        if 0 <= section < len(self.rows):
            return _tr("Line {line}").format(line=self.rows[section].line)
        return None

    def data(self, index: _Index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        values = self.rows[index.row()].values
        return preview_text(values[index.column()]) if index.column() < len(values) else ""


class ErrorsModel(QAbstractListModel):
    """The rows that cannot be imported, one sentence each ("Line 12: ...")."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.errors: list[RowError] = []

    def set_errors(self, errors: list[RowError]) -> None:
        """Show ``errors``."""
        self.beginResetModel()
        self.errors = list(errors)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802 (Qt name)
        return 0 if parent.isValid() else len(self.errors)

    def data(self, index: _Index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                    Qt.ItemDataRole.AccessibleTextRole):
            return self.errors[index.row()].sentence()
        return None
