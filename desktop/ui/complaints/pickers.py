"""A combo one can type into to find a person or a place (the complaint form, liaison forms,
commitments)."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QCompleter


def folded(text: str) -> str:
    """``text`` without accents or case, so "entree 2" finds "Entrée 2"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


class _FoldedFilter(QSortFilterProxyModel):
    """Keeps the rows whose text contains every typed word, accents and case aside."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.words: list[str] = []

    def set_text(self, text: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+; invalidateFilter is deprecated there
            self.beginFilterChange()
            self.words = folded(text).split()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.words = folded(text).split()
            self.invalidateFilter()

    def filterAcceptsRow(self, row, parent) -> bool:  # noqa: N802 (Qt name)
        text = self.sourceModel().index(row, 0, parent).data(FilterCombo.FoldedRole) or ""
        return all(word in text for word in self.words)


class FilterCombo(QComboBox):
    """An editable combo: pick from the list, or type words to filter it (accents ignored).

    Text that matches no item is kept as typed; ``current_data`` is then None.
    """

    FoldedRole = Qt.ItemDataRole.UserRole + 10

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        self.items = QStandardItemModel(self)
        self.setModel(self.items)
        self.filter = _FoldedFilter(self)
        self.filter.setSourceModel(self.items)
        completer = QCompleter(self.filter, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setMaxVisibleItems(12)
        self.setCompleter(completer)
        self.lineEdit().textEdited.connect(self._filter)

    def _filter(self, text: str) -> None:
        self.filter.set_text(text)
        if text.strip() and self.filter.rowCount():
            self.completer().complete()
        else:
            self.completer().popup().hide()

    def set_items(self, items: list[tuple[str, object]]) -> None:
        """Replace the list with ``(text, data)`` pairs, keeping the typed text."""
        text = self.currentText()
        self.items.clear()
        for label, data in items:
            item = QStandardItem(label)
            item.setData(data, Qt.ItemDataRole.UserRole)
            item.setData(folded(label), self.FoldedRole)
            item.setToolTip(label)
            self.items.appendRow(item)
        self.setEditText(text)

    def current_data(self):
        """The data of the item whose text is typed exactly (accents and case aside), or None."""
        row = self.row_of_text(self.currentText())
        return None if row is None else self.itemData(row, Qt.ItemDataRole.UserRole)

    def row_of_text(self, text: str) -> int | None:
        """The row of the first item whose text is ``text`` (accents and case aside)."""
        wanted = folded(text.strip())
        if not wanted:
            return None
        for row in range(self.count()):
            if self.itemData(row, self.FoldedRole) == wanted:
                return row
        return None

    def select_data(self, data) -> bool:
        """Show the item holding ``data``; False when there is none."""
        for row in range(self.count()):
            if self.itemData(row, Qt.ItemDataRole.UserRole) == data:
                self.setCurrentIndex(row)
                return True
        return False

    def set_text(self, text: str) -> None:
        """Show ``text`` (selecting its item when there is one)."""
        row = self.row_of_text(text)
        if row is not None:
            self.setCurrentIndex(row)
        else:
            self.setCurrentIndex(-1)
            self.setEditText(text)
