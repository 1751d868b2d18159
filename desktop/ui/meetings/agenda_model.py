"""The agenda of one meeting as a table model: reordered by drag and drop or keyboard, edited inline.

Every change goes to the store at once (``store.agenda``); the model then re-reads the agenda so
the positions shown are always the stored ones. A signed meeting's agenda is read-only here too
(the store refuses changes anyway).
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QByteArray, QCoreApplication, QMimeData, QModelIndex, Qt, Signal

from desktop.domain.agenda import SCREEN_TITLE_LENGTH, AgendaPoint, summary_line
from desktop.domain.commitments import CommitmentState
from desktop.domain.errors import UserError
from desktop.ui.meetings.common import label, short_date

MIME_TYPE = "application/x-palier-agenda-points"


def _tr(text: str) -> str:
    return QCoreApplication.translate("AgendaModel", text)


class AgendaModel(QAbstractTableModel):
    """The points of one meeting's agenda, in order."""

    POSITION, KIND, TITLE, PROPOSED_BY, DURATION, MARKERS = range(6)
    COLUMN_COUNT = 6
    EDITABLE = {TITLE: "title", PROPOSED_BY: "proposed_by", DURATION: "duration_minutes"}
    PointIdRole = Qt.ItemDataRole.UserRole + 1
    # A sentence for the user when the store refused an inline edit (the view shows it).
    error = Signal(str)

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.meeting = None
        self.points: list[AgendaPoint] = []
        self._late: set[int] = set()
        self._dates: dict[int, str] = {}

    # Loading ------------------------------------------------------------------------------
    def set_meeting(self, meeting_id: int | None) -> None:
        """Show the agenda of ``meeting_id`` (nothing when None)."""
        self.beginResetModel()
        self.meeting = self.store.meetings.get(meeting_id) if meeting_id else None
        self._read()
        self.endResetModel()

    def refresh(self) -> None:
        """Read the agenda again from the store."""
        self.set_meeting(self.meeting.id if self.meeting else None)

    def _read(self) -> None:
        if self.meeting is None:
            self.points = []
            return
        self.points = self.store.agenda.points(self.meeting.id, with_commitments=False)
        today = self.store.complaints.today()
        self._late = {c.id for c in self.store.commitments.list(CommitmentState.LATE, today)}

    @property
    def locked(self) -> bool:
        """True when the meeting is signed: nothing may change."""
        return self.meeting is None or self.meeting.is_locked

    def point_id(self, row: int) -> int:
        """The store id of the point shown on ``row``."""
        return self.points[row].id

    def row_of(self, point_id: int) -> int:
        """The row of a point, or -1."""
        return next((row for row, p in enumerate(self.points) if p.id == point_id), -1)

    # Reading ------------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self.points)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < self.COLUMN_COUNT:
            return None
        return (_tr("No."), _tr("Kind"), _tr("Title"), _tr("Proposed by"), _tr("Duration (min)"),
                _tr("Notes"))[section]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.points):
            return None
        point = self.points[index.row()]
        column = index.column()
        if role == self.PointIdRole:
            return point.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.POSITION, self.DURATION):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.EditRole and column in self.EDITABLE:
            return getattr(point, self.EDITABLE[column])
        if role == Qt.ItemDataRole.ToolTipRole and column == self.TITLE:
            return point.title  # the whole title; the cell shows its beginning
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(point, column)
        return None

    def _text(self, point: AgendaPoint, column: int) -> str:
        if column == self.POSITION:
            return str(point.position)
        if column == self.KIND:
            return label("Agenda", point.kind.label)
        if column == self.TITLE:
            return summary_line(point.title, SCREEN_TITLE_LENGTH)
        if column == self.PROPOSED_BY:
            return point.proposed_by
        if column == self.DURATION:
            return str(point.duration_minutes) if point.duration_minutes else ""
        return self.markers(point)

    def markers(self, point: AgendaPoint) -> str:
        """Words, not colours: "Carried from 12/03/2026", "LATE", "No answer yet"."""
        words = []
        if point.carried_from:
            words.append(_tr("Carried from {date}").format(date=self._date_of(point.carried_from)))
        if point.follows_commitment_id in self._late:
            words.append(_tr("LATE"))
        if self.meeting and self.meeting.status.has_taken_place and not point.is_settled:
            words.append(_tr("No answer yet"))
        return ", ".join(words)

    def _date_of(self, meeting_id: int) -> str:
        if meeting_id not in self._dates:
            self._dates[meeting_id] = short_date(self.store.meetings.get(meeting_id).date)
        return self._dates[meeting_id]

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled if not self.locked else Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.locked:
            flags |= Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled
            if index.column() in self.EDITABLE:
                flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    # Editing ------------------------------------------------------------------------------
    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        """Save a title, who proposed the point, or its duration (UserError propagates)."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.locked:
            return False
        name = self.EDITABLE.get(index.column())
        if name is None:
            return False
        if name == "duration_minutes":
            value = max(0, int(value or 0))
        else:
            value = str(value)
        try:
            self.store.agenda.update_point_fields(self.point_id(index.row()), **{name: value})
        except (UserError, ValueError) as error:
            self.error.emit(str(error))
            return False
        self.points[index.row()] = self.store.agenda.point(self.point_id(index.row()))
        self.dataChanged.emit(index.siblingAtColumn(0), index.siblingAtColumn(self.COLUMN_COUNT - 1))
        return True

    # Moving -------------------------------------------------------------------------------
    def moveRows(self, source_parent, source_row, count, destination_parent, destination_child) -> bool:  # noqa: N802
        """Move ``count`` points to before ``destination_child``; saved with store.agenda.reorder."""
        if (self.locked or source_parent.isValid() or destination_parent.isValid() or count < 1
                or source_row < 0 or source_row + count > len(self.points)
                or not 0 <= destination_child <= len(self.points)
                or source_row <= destination_child <= source_row + count):
            return False
        ids = [p.id for p in self.points]
        moved = ids[source_row:source_row + count]
        rest = ids[:source_row] + ids[source_row + count:]
        insert_at = destination_child if destination_child < source_row else destination_child - count
        order = rest[:insert_at] + moved + rest[insert_at:]
        self.store.agenda.reorder(self.meeting.id, order)
        self.beginMoveRows(QModelIndex(), source_row, source_row + count - 1, QModelIndex(), destination_child)
        self.points = self.store.agenda.points(self.meeting.id, with_commitments=False)
        self.endMoveRows()
        self.dataChanged.emit(self.index(0, 0), self.index(len(self.points) - 1, self.COLUMN_COUNT - 1))
        return True

    def move_point(self, row: int, step: int) -> int:
        """Move the point on ``row`` up (-1) or down (+1); returns its new row."""
        target = row + step
        if not 0 <= row < len(self.points) or not 0 <= target < len(self.points):
            return row
        destination = target if step < 0 else target + 1
        return target if self.moveRows(QModelIndex(), row, 1, QModelIndex(), destination) else row

    # Drag and drop ------------------------------------------------------------------------
    def supportedDropActions(self):  # noqa: N802
        return Qt.DropAction.MoveAction

    def supportedDragActions(self):  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [MIME_TYPE]

    def mimeData(self, indexes) -> QMimeData:  # noqa: N802
        rows = sorted({i.row() for i in indexes if i.isValid()})
        data = QMimeData()
        data.setData(MIME_TYPE, QByteArray(",".join(str(self.points[r].id) for r in rows).encode()))
        return data

    def canDropMimeData(self, data, action, row, column, parent) -> bool:  # noqa: N802
        return not self.locked and data.hasFormat(MIME_TYPE) and action == Qt.DropAction.MoveAction

    def dropMimeData(self, data, action, row, column, parent) -> bool:  # noqa: N802
        """Dropping points moves them before the row dropped on (or to the end)."""
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        ids = [int(x) for x in bytes(data.data(MIME_TYPE).data()).decode().split(",") if x]
        if row < 0:
            row = parent.row() if parent.isValid() else len(self.points)
        rows = sorted(self.row_of(i) for i in ids if self.row_of(i) >= 0)
        if not rows:
            return False
        if rows == list(range(rows[0], rows[-1] + 1)):
            return self.moveRows(QModelIndex(), rows[0], len(rows), QModelIndex(), row)
        return self._move_scattered([self.points[r].id for r in rows], row)

    def _move_scattered(self, ids: list[int], row: int) -> bool:
        before = [p.id for p in self.points[:row] if p.id not in ids]
        after = [p.id for p in self.points[row:] if p.id not in ids]
        self.store.agenda.reorder(self.meeting.id, before + ids + after)
        self.refresh()
        return True
