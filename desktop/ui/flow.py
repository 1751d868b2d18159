"""Layouts that give way on a small screen or with large text, instead of pushing the window wider.

* ``FlowLayout`` puts its items side by side and wraps them onto the next line when the room runs
  out, like words in a paragraph: rows of buttons, rows of filters.
* ``ResponsiveRow`` shows its widgets side by side when they fit, one under the other when not
  (two boxes of a page that a 1024-pixel screen cannot hold together).
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QBoxLayout, QLabel, QLayout, QLayoutItem, QSizePolicy, QStyle, QWidget


class FlowLayout(QLayout):
    """Items left to right, wrapping to a new line when the width runs out."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 8):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 (Qt name)
        self._items.append(item)

    def addStretch(self, _stretch: int = 0) -> None:  # noqa: N802 (a row of buttons may ask for one)
        """Accepted for a drop-in change from QHBoxLayout; a flow has nothing to stretch."""

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt name)
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt name)
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 (Qt name)
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt name)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt name)
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 (Qt name)
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        width = sum(item.sizeHint().width() for item in self._items) + self._spacing * max(0, len(self._items) - 1)
        height = max((item.sizeHint().height() for item in self._items), default=0)
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(), height + margins.top() + margins.bottom())

    def minimumSize(self) -> QSize:  # noqa: N802 (Qt name)
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, line = area.x(), area.y(), 0
        for item in self._items:
            if item.widget() is not None and not item.widget().isVisibleTo(self.parentWidget()):
                continue
            hint = item.sizeHint()
            if x > area.x() and x + hint.width() > area.right() + 1:
                x, y, line = area.x(), y + line + self._spacing, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing
            line = max(line, hint.height())
        return y + line - rect.y() + margins.bottom()


class ResponsiveRow(QWidget):
    """Widgets side by side while they fit, stacked when they do not."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 12):
        super().__init__(parent)
        self._box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._box.setContentsMargins(0, 0, 0, 0)
        self._box.setSpacing(spacing)
        self._widgets: list[QWidget] = []
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def add(self, widget: QWidget, stretch: int = 1) -> None:
        """Add ``widget`` at the end of the row."""
        self._widgets.append(widget)
        self._box.addWidget(widget, stretch)

    def _side_by_side_width(self) -> int:
        shown = [w for w in self._widgets if not w.isHidden()]
        return sum(w.minimumSizeHint().width() for w in shown) + self._box.spacing() * max(0, len(shown) - 1)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt name): stacked, it needs the widest one only
        width = max((w.minimumSizeHint().width() for w in self._widgets if not w.isHidden()), default=0)
        return QSize(width, super().minimumSizeHint().height())

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        wanted = (QBoxLayout.Direction.LeftToRight if event.size().width() >= self._side_by_side_width()
                  else QBoxLayout.Direction.TopToBottom)
        if self._box.direction() != wanted:
            self._box.setDirection(wanted)
            self.updateGeometry()
        super().resizeEvent(event)

    def is_stacked(self) -> bool:
        """True when the widgets are shown one under the other."""
        return self._box.direction() == QBoxLayout.Direction.TopToBottom


def spacing(widget: QWidget) -> int:
    """The style's spacing between controls, for layouts that ask."""
    return widget.style().pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing)


def size_tabs_to_the_current_one(tabs) -> None:
    """A QTabWidget is as wide as its widest tab, shown or not: make it as wide as the tab shown,
    so a wide tab behind never widens the window (it gives way when it comes to the front)."""
    from PySide6.QtWidgets import QSizePolicy as Policy

    def current_changed(index: int) -> None:
        for number in range(tabs.count()):
            page = tabs.widget(number)
            if number == index:
                page.setSizePolicy(Policy.Policy.Preferred, Policy.Policy.Preferred)
            else:
                page.setSizePolicy(Policy.Policy.Ignored, Policy.Policy.Ignored)
            page.updateGeometry()
        tabs.updateGeometry()

    tabs.currentChanged.connect(current_changed)
    current_changed(tabs.currentIndex())


def labelled(label: QWidget, field: QWidget, stretch: int = 1) -> QWidget:
    """A field and its label in one piece, kept together when a flow goes onto the next line."""
    from PySide6.QtWidgets import QHBoxLayout

    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(6)
    row.addWidget(label)
    row.addWidget(field, stretch)
    return holder


class WrappedLabel(QLabel):
    """A label whose words wrap and whose layout gives it every line it needs: a plain wrapped
    label asks for one line's height, and what lies below is then drawn over its other lines."""

    def __init__(self, text: str = "", parent: QWidget | None = None):
        super().__init__(text, parent)
        self.setWordWrap(True)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        needed = self.heightForWidth(self.width())
        if needed > 0 and needed != self.minimumHeight():
            self.setMinimumHeight(needed)
