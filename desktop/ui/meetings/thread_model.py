"""The thread of one topic as a list model, and the delegate that draws each event on a few
wrapped lines (date and kind, then where, then what was said), a rule between meetings."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate

from desktop.domain.thread import ThreadEntry
from desktop.ui.meetings.common import label, short_date

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
HEADING_ROLE = Qt.ItemDataRole.UserRole + 2
NEW_MEETING_ROLE = Qt.ItemDataRole.UserRole + 3


def _tr(text: str) -> str:
    return QCoreApplication.translate("ThreadView", text)


def kind_label(entry: ThreadEntry) -> str:
    """What the event is, in words ("Landlord's answer")."""
    return label("Thread", entry.kind.label)


def heading(entry: ThreadEntry) -> str:
    """The first line of an event: its date and what it is."""
    return _tr("{date} — {kind}").format(date=short_date(entry.at.date()), kind=kind_label(entry))


def entry_text(entry: ThreadEntry) -> str:
    """An event as plain text, on one line per part (for the clipboard and screen readers)."""
    lines = [heading(entry)]
    lines += [part for part in (entry.title, entry.text) if part.strip()]
    return "\n".join(lines)


class ThreadModel(QAbstractListModel):
    """The events of a thread, oldest first, as the service returned them."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.entries: list[ThreadEntry] = []

    def set_entries(self, entries: list[ThreadEntry]) -> None:
        """Show these events instead of the current ones."""
        self.beginResetModel()
        self.entries = list(entries)
        self.endResetModel()

    def entry(self, row: int) -> ThreadEntry | None:
        """The event on ``row``, if any."""
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self.entries)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return None
        entry = self.entries[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return entry_text(entry)
        if role == HEADING_ROLE:
            return heading(entry)
        if role == ENTRY_ROLE:
            return entry
        if role == NEW_MEETING_ROLE:
            return self._starts_meeting(index.row())
        return None

    def _starts_meeting(self, row: int) -> bool:
        """True when this event opens the events of another meeting (a rule is drawn above)."""
        if row == 0:
            return False
        current, previous = self.entries[row].meeting_id, self.entries[row - 1].meeting_id
        return current is not None and current != previous

    def as_text(self, topic: str) -> str:
        """The whole thread as plain text, under a line naming the topic (for a letter)."""
        blocks = [topic] if topic else []
        blocks += [entry_text(entry) for entry in self.entries]
        return "\n\n".join(blocks) + "\n"


class ThreadDelegate(QStyledItemDelegate):
    """Draws an event as a bold heading, the place or meeting, then the text, all wrapped."""

    MARGIN = 8
    RULE = 3
    INDENT = 14  # the events of a meeting are set in, after a bar: they read as one group

    def __init__(self, view):
        super().__init__(view)
        self.view = view
        self._font_key = None
        self._metrics = {}
        # Heights by (row, width): measuring is the slow part of showing 80,000 events.
        self._sizes: dict[tuple[int, int], QSize] = {}
        view.model().modelReset.connect(self._sizes.clear)
        view.model().layoutChanged.connect(self._sizes.clear)

    def _fonts(self, option):
        """The bold and normal fonts with their metrics, made once per base font (sizes of
        tens of thousands of rows are measured)."""
        key = option.font.key()
        if self._font_key != key:
            normal, bold = QFont(option.font), QFont(option.font)  # copies: the option's font is short-lived
            bold.setBold(True)
            self._metrics = {True: (bold, QFontMetrics(bold)), False: (normal, QFontMetrics(normal))}
            self._font_key = key
        return self._metrics

    def _parts(self, index, option):
        """(text, font, metrics) for each line block of an event."""
        entry = index.data(ENTRY_ROLE)
        fonts = self._fonts(option)
        parts = [(index.data(HEADING_ROLE), *fonts[True])]
        parts += [(text, *fonts[False]) for text in (entry.title, entry.text) if text.strip()]
        return parts

    def _width(self, index) -> int:
        indent = self.INDENT if index.data(ENTRY_ROLE).meeting_id is not None else 0
        return max(200, self.view.viewport().width() - 2 * self.MARGIN - 4 - indent)

    @staticmethod
    def _height(text: str, metrics: QFontMetrics, width: int) -> int:
        if "\n" not in text and metrics.horizontalAdvance(text) <= width:
            return metrics.lineSpacing()  # one line: no need to lay out the wrapping
        return metrics.boundingRect(QRect(0, 0, width, 100000), Qt.TextFlag.TextWordWrap, text).height()

    def sizeHint(self, option, index):  # noqa: N802 (Qt API)
        key = (index.row(), self.view.viewport().width())
        if key not in self._sizes:
            self._sizes[key] = self._measure(option, index)
        return self._sizes[key]

    def _measure(self, option, index) -> QSize:
        width, height = self._width(index), 2 * self.MARGIN
        for text, _font, metrics in self._parts(index, option):
            height += self._height(text, metrics, width)
        if index.data(NEW_MEETING_ROLE):
            height += self.RULE + self.MARGIN
        return QSize(width, height)

    def paint(self, painter, option, index):
        painter.save()
        rect = QRect(option.rect)
        if index.data(NEW_MEETING_ROLE):
            painter.setPen(QPen(option.palette.color(QPalette.ColorRole.Mid), self.RULE))
            painter.drawLine(rect.left(), rect.top() + 1, rect.right(), rect.top() + 1)
            rect.setTop(rect.top() + self.RULE + self.MARGIN)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(rect, option.palette.highlight())
        color = option.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        painter.setPen(color)
        y, left, width = rect.top() + self.MARGIN, rect.left() + self.MARGIN, self._width(index)
        if index.data(ENTRY_ROLE).meeting_id is not None:
            painter.fillRect(QRect(rect.left() + self.MARGIN, rect.top(), 4, rect.height()),
                             option.palette.color(QPalette.ColorRole.Mid))
            left += self.INDENT
        for text, font, metrics in self._parts(index, option):
            painter.setFont(font)
            height = self._height(text, metrics, width)
            painter.drawText(QRect(left, y, width, height), int(Qt.TextFlag.TextWordWrap), text)
            y += height
        if option.state & QStyle.StateFlag.State_HasFocus:
            painter.setPen(QPen(color, 2, Qt.PenStyle.DotLine))
            painter.drawRect(rect.adjusted(1, 1, -2, -2))
        painter.restore()
