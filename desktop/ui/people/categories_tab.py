"""The "Categories" tab: the editable list of complaint categories."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QEvent, QModelIndex, Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QHeaderView, QPushButton, QVBoxLayout, QWidget

from desktop.domain.complaints import Category
from desktop.domain.errors import UserError
from desktop.ui import dialogs
from desktop.ui.people.place_dialogs import NameDialog
from desktop.ui.people.widgets import RecordTable, label


DISTURBANCE_COLUMN = 2


def _tr(text: str) -> str:
    return QCoreApplication.translate("Categories", text)


class CategoryTableModel(QAbstractTableModel):
    """Categories in their order, with how many complaints each holds."""

    ID_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self._rows: list[Category] = []
        self._counts: dict[int, int] = {}
        self.refresh()

    def refresh(self) -> None:
        """Read the categories again."""
        self.beginResetModel()
        self._rows = self.store.categories.list()
        self._counts = self.store.categories.usage_counts()
        self.endResetModel()

    def category(self, row: int) -> Category:
        """The category on ``row``."""
        return self._rows[row]

    def used(self, row: int) -> int:
        """How many complaints use the category on ``row``."""
        return self._counts.get(self._rows[row].id, 0)

    def row_of(self, category_id: int) -> int:
        """The row of a category, or -1."""
        return next((r for r, c in enumerate(self._rows) if c.id == category_id), -1)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt name)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt name)
        return 0 if parent.isValid() else 3

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return (_tr("Category"), _tr("Complaints"), _tr("Neighbourhood disturbance"))[section] \
                if section in (0, 1, 2) else None
        return None

    def flags(self, index):
        flags = super().flags(index)
        if index.isValid() and index.column() == DISTURBANCE_COLUMN:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):  # noqa: N802 (Qt name)
        if not index.isValid() or index.column() != DISTURBANCE_COLUMN or role != Qt.ItemDataRole.CheckStateRole:
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        return self.set_disturbance(index.row(), checked)

    def set_disturbance(self, row: int, disturbance: bool) -> bool:
        """Say whether the category on ``row`` is a neighbourhood disturbance, in the store."""
        category = self._rows[row]
        self.store.categories.set_disturbance(category.id, disturbance)
        category.disturbance = disturbance
        cell = self.index(row, DISTURBANCE_COLUMN)
        self.dataChanged.emit(cell, cell)
        return True

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        category = self._rows[index.row()]
        if index.column() == DISTURBANCE_COLUMN:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if category.disturbance else Qt.CheckState.Unchecked
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return _tr("Yes") if category.disturbance else _tr("No")
            return category.id if role == self.ID_ROLE else None
        if role == Qt.ItemDataRole.DisplayRole:
            return category.name if index.column() == 0 else str(self.used(index.row()))
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == self.ID_ROLE:
            return category.id
        return None


class CategoriesTab(QWidget):
    """Add, rename and remove (when unused) the categories complaints are filed under."""

    def __init__(self, store, events, parent=None):
        super().__init__(parent)
        self.store, self.events = store, events
        self.dialog = None
        self.model = CategoryTableModel(store, self)
        self.table = RecordTable()
        self.table.setModel(self.model)
        # A narrow table keeps each count close to its category's name.
        self.table.setMaximumWidth(760)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        # The same property for the selected row, reachable by keyboard with one key.
        self.disturbance_box = QCheckBox()
        self.disturbance_box.toggled.connect(self._disturbance_toggled)
        self.table.open_requested.connect(lambda _index: self.rename_category())
        self.add_button, self.rename_button, self.remove_button = QPushButton(), QPushButton(), QPushButton()
        self.add_button.clicked.connect(self.add_category)
        self.rename_button.clicked.connect(self.rename_category)
        self.remove_button.clicked.connect(self.remove_category)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.rename_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.hint = label(role="hint")
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.disturbance_box)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self.model.dataChanged.connect(lambda *_args: self._update_buttons())
        events.categories_changed.connect(self._reload)
        events.complaints_changed.connect(self._reload)
        self.translate_ui()
        self._update_buttons()

    def translate_ui(self) -> None:
        """(Re)write every visible string; called again when the language changes."""
        self.table.setAccessibleName(_tr("Complaint categories"))
        self.add_button.setText(_tr("&Add a category…"))
        self.rename_button.setText(_tr("Re&name…"))
        self.remove_button.setText(_tr("Remo&ve"))
        self.add_button.setAccessibleName(_tr("Add a category"))
        self.rename_button.setAccessibleName(_tr("Rename the selected category"))
        self.remove_button.setAccessibleName(_tr("Remove the selected category"))
        self.hint.setText(_tr("Complaints are filed under these categories. A category "
                              "that no complaint uses can be removed. In a neighbourhood disturbance, "
                              "the version of the minutes for posting gives no home number nor floor."))
        self.disturbance_box.setText(_tr("The selected category is a neighbourhood &disturbance "
                                         "(no home number is posted)"))
        self.disturbance_box.setAccessibleName(_tr("The selected category is a neighbourhood disturbance"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 2)

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange:
            self.translate_ui()
        super().changeEvent(event)

    def selected_row(self) -> int:
        """The selected row, or -1."""
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _update_buttons(self) -> None:
        row = self.selected_row()
        self.rename_button.setEnabled(row >= 0)
        self.remove_button.setEnabled(row >= 0)
        self.disturbance_box.setEnabled(row >= 0)
        self.disturbance_box.blockSignals(True)
        self.disturbance_box.setChecked(row >= 0 and self.model.category(row).disturbance)
        self.disturbance_box.blockSignals(False)

    def _disturbance_toggled(self, checked: bool) -> None:
        row = self.selected_row()
        if row < 0:
            return
        category = self.model.category(row)
        self.model.set_disturbance(row, checked)
        self.events.categories_changed.emit()
        sentence = (_tr("“{name}” is a neighbourhood disturbance: its home numbers are not posted.") if checked
                    else _tr("“{name}” is no longer a neighbourhood disturbance.")).format(name=category.name)
        self.events.message.emit(sentence)

    def _reload(self, select: int | None = None) -> None:
        row = self.selected_row()
        keep = select if select is not None else (self.model.category(row).id if row >= 0 else None)
        self.model.refresh()
        if keep is not None and self.model.row_of(keep) >= 0:
            self.table.selectRow(self.model.row_of(keep))

    def _saved(self, category: Category, sentence: str) -> None:
        self.events.categories_changed.emit()
        self._reload(category.id)
        self.table.setFocus()
        self.events.message.emit(sentence)

    def add_category(self) -> None:
        """Ask for a name and add the category at the end of the list."""
        def save(name: str) -> None:
            category = self.store.categories.save(Category(name=name))
            self._saved(category, _tr("Category “{name}” added.").format(name=category.name))

        self.dialog = NameDialog(_tr("Add a category"), _tr("Category &name:"), "", save, self)
        self.dialog.open()

    def rename_category(self) -> None:
        """Rename the selected category (its complaints follow)."""
        row = self.selected_row()
        if row < 0:
            return
        category = self.model.category(row)
        old = category.name

        def save(name: str) -> None:
            saved = self.store.categories.save(Category(id=category.id, name=name, position=category.position))
            self._saved(saved, _tr("Category “{old}” renamed “{new}”.").format(old=old, new=saved.name))

        self.dialog = NameDialog(_tr("Rename a category"), _tr("Category &name:"), old, save, self)
        self.dialog.open()

    def remove_category(self) -> None:
        """Ask, then remove the selected category (refused while complaints use it)."""
        row = self.selected_row()
        if row < 0:
            return
        category = self.model.category(row)
        if not dialogs.confirm(self, _tr("Remove a category"),
                               _tr("Remove the category “{name}”?").format(name=category.name),
                               _tr("Remove")):
            return
        try:
            self.store.categories.delete(category.id)
        except UserError as error:
            dialogs.show_error(self, error.message)
            return
        self.events.categories_changed.emit()
        self.events.message.emit(_tr("Category “{name}” removed.").format(name=category.name))
