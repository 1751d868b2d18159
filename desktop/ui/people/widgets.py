"""Small widgets shared by the people, places, dashboard and first-run screens."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QTreeView


class RecordTable(QTableView):
    """A read-only table of records: Enter or a double-click asks to open the current row.

    ``activated`` is not used because some styles fire it on a single click.
    """

    open_requested = Signal(QModelIndex)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setTabKeyNavigation(False)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        # Rows hold one line of text: a fixed height from the font is cheap and comfortable.
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self._fit_rows()
        self.horizontalHeader().setHighlightSections(False)
        self.doubleClicked.connect(self.open_requested)

    def _fit_rows(self) -> None:
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 14)

    def row_height(self) -> int:
        """The height of every row."""
        return self.verticalHeader().defaultSectionSize()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.FontChange:
            self._fit_rows()
        super().changeEvent(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt name)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)


class PlaceTree(QTreeView):
    """The places tree: Enter or a double-click asks to rename the current item."""

    open_requested = Signal(QModelIndex)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setUniformRowHeights(True)
        self.setHeaderHidden(True)
        self.doubleClicked.connect(self.open_requested)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt name)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)


def label(text: str = "", role: str = "", wrap: bool = True) -> QLabel:
    """A label with a style role ("heading", "hint", "error") from desktop.ui.style."""
    widget = QLabel(text)
    widget.setWordWrap(wrap)
    if role:
        widget.setProperty("role", role)
    return widget
