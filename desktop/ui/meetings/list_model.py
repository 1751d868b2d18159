"""The meetings as a table model: date in words, kind, status, number of points, unanswered."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from desktop.domain.meetings import Meeting
from desktop.ui.meetings.common import label, words_date


def _tr(text: str) -> str:
    return QCoreApplication.translate("MeetingList", text)


@dataclass
class MeetingRow:
    """One meeting with its agenda figures."""

    meeting: Meeting
    points: int
    unanswered: int


class MeetingListModel(QAbstractTableModel):
    """Every meeting, newest first."""

    DATE, KIND, STATUS, POINTS, UNANSWERED = range(5)
    COLUMN_COUNT = 5
    MeetingIdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.rows: list[MeetingRow] = []
        self.refresh()

    def refresh(self) -> None:
        """Read the meetings again."""
        self.beginResetModel()
        self.rows = []
        for meeting in reversed(self.store.meetings.list()):
            points = self.store.agenda.points(meeting.id, with_commitments=False)
            unanswered = sum(1 for p in points if p.needs_answer and not p.is_answered)
            self.rows.append(MeetingRow(meeting, len(points), unanswered))
        self.endResetModel()

    def meeting_id(self, row: int) -> int:
        """The store id of the meeting on ``row``."""
        return self.rows[row].meeting.id

    def row_of(self, meeting_id: int) -> int:
        """The row of a meeting, or -1."""
        return next((r for r, row in enumerate(self.rows) if row.meeting.id == meeting_id), -1)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < self.COLUMN_COUNT:
            return None
        return (_tr("Date"), _tr("Kind"), _tr("Status"), _tr("Points"), _tr("Without answer"))[section]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == self.MeetingIdRole:
            return row.meeting.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.POINTS, self.UNANSWERED):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(row, column)
        return None

    def _text(self, row: MeetingRow, column: int) -> str:
        meeting = row.meeting
        if column == self.DATE:
            return words_date(meeting.date)
        if column == self.KIND:
            return label("Meeting", meeting.kind.label)
        if column == self.STATUS:
            return label("Meeting", meeting.status.label)
        if column == self.POINTS:
            return str(row.points)
        if not meeting.status.has_taken_place:
            return ""
        return str(row.unanswered)
