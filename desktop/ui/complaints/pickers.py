"""A combo one can type into to find a person or a place (the complaint form, liaison forms,
commitments)."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QCompleter

from desktop.domain.matching import folded, rank

__all__ = ["FilterCombo", "folded"]


class _RankedFilter(QSortFilterProxyModel):
    """Keeps the rows that match the typed words (any word, accents and case aside), best first."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.order: dict[int, int] | None = None  # source row → place in the list; None: all, as is

    def set_text(self, text: str) -> None:
        source = self.sourceModel()
        labels = [source.index(row, 0).data() or "" for row in range(source.rowCount())]
        self.order = {row: place for place, row in enumerate(rank(text, labels))} if text.strip() else None
        self.invalidate()  # both the rows kept and their order change
        self.sort(0)

    def filterAcceptsRow(self, row, parent) -> bool:  # noqa: N802 (Qt name)
        return self.order is None or row in self.order

    def lessThan(self, left, right) -> bool:  # noqa: N802 (Qt name)
        if self.order is None:
            return left.row() < right.row()
        return self.order.get(left.row(), left.row()) < self.order.get(right.row(), right.row())


class FilterCombo(QComboBox):
    """An editable combo: pick from the list, or type a few letters of any word to see the items
    that match, best first (``domain.matching``), and pick one with Down and Enter.

    Down never walks the whole list from a typed text: it opens the matches, or does nothing when
    nothing matches, so a name typed for someone new is never swapped for the first of the list.
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
        self.filter = _RankedFilter(self)
        self.filter.setSourceModel(self.items)
        completer = QCompleter(self.filter, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setMaxVisibleItems(12)
        self.setCompleter(completer)
        self.lineEdit().textEdited.connect(self._filter)
        # A screen reader lands in the text part: it must say what the field is, and be easy to hit.
        self.lineEdit().setMinimumHeight(24)

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 (Qt name)
        """Name the field and its text part alike (a screen reader reads the part that has the focus)."""
        super().setAccessibleName(name)
        self.lineEdit().setAccessibleName(name)

    def _filter(self, text: str) -> None:
        self.filter.set_text(text)
        if text.strip() and self.filter.rowCount():
            self.completer().complete()
        else:
            self.completer().popup().hide()

    def keyPressEvent(self, event):  # noqa: N802 (Qt name)
        """Up/Down open the matching items instead of choosing the next item of the whole list."""
        walking = event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)
        if not walking or event.modifiers() & Qt.KeyboardModifier.AltModifier:
            super().keyPressEvent(event)
            return
        event.accept()
        text = self.lineEdit().text()
        if self.current_data() is not None and folded(self.itemText(self.currentIndex())) == folded(text.strip()):
            text = ""  # an item already chosen: Down offers the whole list again
        self.filter.set_text(text)
        if self.filter.rowCount():
            # Nothing highlighted yet: a second Down goes to the best match, Enter alone picks nobody.
            self.completer().complete()

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
