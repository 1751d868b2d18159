"""The meetings a document can be printed for, newest first, with their date in words and status;
the period of the register; the page's large buttons."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QDate, QModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QPushButton

from desktop.domain.dates import long_date
from desktop.domain.meetings import Meeting

MEETING_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _tr(text: str) -> str:
    return QCoreApplication.translate("Documents", text)


def meeting_label(meeting: Meeting) -> str:
    """"Thursday 12 March 2026 — Minutes drafted": what a person recognises a meeting by."""
    return _tr("{date} — {status}").format(
        date=long_date(meeting.date, weekday=True),
        status=QCoreApplication.translate("Meeting", meeting.status.label))


class MeetingChoiceModel(QAbstractListModel):
    """The store's meetings, newest first, for the meeting combo box."""

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.meetings: list[Meeting] = []
        self.refresh()

    def refresh(self) -> None:
        """Read the meetings again."""
        self.beginResetModel()
        self.meetings = sorted(self.store.meetings.list(), key=lambda m: (m.date, m.id or 0), reverse=True)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt
        return 0 if parent.isValid() else len(self.meetings)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.meetings):
            return None
        meeting = self.meetings[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return meeting_label(meeting)
        if role == MEETING_ID_ROLE:
            return meeting.id
        return None

    def row_of(self, meeting_id: int | None) -> int:
        """The row of the meeting ``meeting_id``, or -1."""
        return next((row for row, m in enumerate(self.meetings) if m.id == meeting_id), -1)


def last_quarter(day: dt.date) -> tuple[dt.date, dt.date]:
    """The last full quarter before ``day``: the three whole months before its month (for a
    meeting on 10 December, 1 September to 30 November; on 22 January, October to December)."""
    end = day.replace(day=1) - dt.timedelta(days=1)
    first_month = end.month - 2
    year = end.year
    if first_month < 1:
        first_month += 12
        year -= 1
    return dt.date(year, first_month, 1), end


def period_day(today: dt.date, meeting: Meeting | None) -> dt.date:
    """The day the register's period is counted back from: the chosen meeting's, when it has
    taken place by ``today``, else today."""
    return meeting.date if meeting is not None and meeting.date <= today else today


def qdate(day: dt.date) -> QDate:
    """``day`` as a QDate."""
    return QDate(day.year, day.month, day.day)


def big(button: QPushButton) -> QPushButton:
    """``button`` in large bold type, tall enough to hit easily."""
    font = QFont(button.font())
    font.setPointSizeF(max(font.pointSizeF(), 12) + 2)
    font.setBold(True)
    button.setFont(font)
    button.setMinimumHeight(52)
    return button
