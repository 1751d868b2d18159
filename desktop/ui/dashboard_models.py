"""The models and small widgets of the dashboard: counts with bars, short lists, big figures."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QDate, QLocale, QModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QFrame, QLabel, QStyledItemDelegate, QVBoxLayout

from desktop.i18n import plural
from desktop.domain.complaints import Complaint
from desktop.ui.people.widgets import label


def _tr(text: str) -> str:
    return QCoreApplication.translate("Dashboard", text)


def format_date(day: dt.date | None) -> str:
    """A date in the user's locale (short form)."""
    if day is None:
        return ""
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class _TableModel(QAbstractTableModel):
    """A table model that can ask its views to re-read every text after a language change.

    Views sizing columns to their contents ask for every text many times while the window is
    laid out: texts are made once (``_made``) and made again only after a change of language."""

    def _forget_texts(self) -> None:
        self._made: dict = {}

    def _text_of(self, key, make):
        texts = self._made
        found = texts.get(key)
        if found is None:
            found = texts[key] = make()
        return found

    def retranslate(self) -> None:
        """Tell the views to fetch the headers and texts again (the language changed)."""
        self._forget_texts()
        columns = self.columnCount()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, columns - 1)
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, columns - 1))


class CountTableModel(_TableModel):
    """(label, count) rows; the third column is drawn as a bar proportional to the count."""

    SHARE_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, heading: str, parent=None):
        super().__init__(parent)
        self.heading = heading
        self._rows: list[tuple[str, int]] = []
        self._top = 0
        self._forget_texts()

    def set_rows(self, rows: list[tuple[str, int]]) -> None:
        """Show these (label, count) rows."""
        self.beginResetModel()
        self._rows = list(rows)
        self._top = max((count for _name, count in self._rows), default=0)
        self._forget_texts()  # the heading may have changed with the language
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt name)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt name)
        return 0 if parent.isValid() else 3

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            titles = self._text_of("headers", lambda: (self.heading, _tr("Open"), ""))
            return titles[section] if 0 <= section < 3 else None
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        name, count = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (name, str(count), "")[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return _RIGHT
        if role == self.SHARE_ROLE:
            return count / self._top if self._top else 0.0
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return _tr("{name}: {count} open").format(name=name, count=count)
        return None


class BarDelegate(QStyledItemDelegate):
    """Paints the share of a row as a horizontal bar (the number itself is in its own column)."""

    def paint(self, painter, option, index) -> None:
        super().paint(painter, option, index)
        share = index.data(CountTableModel.SHARE_ROLE) or 0.0
        rect = option.rect.adjusted(6, 7, -6, -7)
        rect.setWidth(max(2, int(rect.width() * share)))
        painter.save()
        painter.fillRect(rect, QColor("#1f4e8c"))
        painter.restore()


class ComplaintListModel(_TableModel):
    """A short list of complaints: number, title, place, and a date with how long ago."""

    OVERDUE, OLDEST = "overdue", "oldest"

    def __init__(self, kind: str, parent=None):
        super().__init__(parent)
        self.kind = kind
        self.today = dt.date.today()
        self._rows: list[Complaint] = []
        self._forget_texts()

    def set_rows(self, rows: list[Complaint], today: dt.date) -> None:
        """Show these complaints, counting days up to ``today``."""
        self.beginResetModel()
        self._rows, self.today = list(rows), today
        self._forget_texts()
        self.endResetModel()

    def complaint_id(self, row: int) -> int:
        """The number of the complaint on ``row``."""
        return self._rows[row].id

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt name)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt name)
        return 0 if parent.isValid() else 5

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        titles = self._text_of("headers", self._headers)
        return titles[section] if 0 <= section < len(titles) else None

    def _headers(self) -> tuple[str, ...]:
        if self.kind == self.OVERDUE:
            return (_tr("No."), _tr("Complaint"), _tr("Place"), _tr("Due on"), _tr("Late by"))
        return (_tr("No."), _tr("Complaint"), _tr("Place"), _tr("Opened on"), _tr("Waiting for"))

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = index.row()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            texts = self._text_of(row, lambda: tuple(self._text(self._rows[row], column) for column in range(5)))
            return texts[index.column()] if 0 <= index.column() < 5 else None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (0, 4):
            return _RIGHT
        return None

    def _text(self, complaint: Complaint, column: int) -> str:
        day = complaint.due_on if self.kind == self.OVERDUE else complaint.opened_on
        texts = (str(complaint.id), complaint.title, complaint.place.label, format_date(day))
        if column < len(texts):
            return texts[column]
        days = (self.today - day).days
        return plural(days, _tr("{days} day"), _tr("{days} days")).format(days=days)


class Figure(QFrame):
    """A big number with what it counts written under it."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.number = QLabel("0")
        font = QFont(self.number.font())
        font.setPointSize(max(font.pointSize(), 12) * 2 + 4)
        font.setBold(True)
        self.number.setFont(font)
        self.caption = label(wrap=False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.number, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.caption, 0, Qt.AlignmentFlag.AlignHCenter)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignHCenter)

    def set_value(self, value: int, caption: str) -> None:
        """Show ``value`` above ``caption``."""
        self.number.setText(QLocale().toString(value))
        self.caption.setText(caption)
        self.setAccessibleName(f"{caption}: {value}")
        self.number.setAccessibleName(f"{caption}: {value}")
