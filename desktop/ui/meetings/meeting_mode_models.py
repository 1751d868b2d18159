"""The lists of the meeting mode: the agenda on the side, a point's complaints and commitments."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from desktop.domain.agenda import SCREEN_TITLE_LENGTH, AgendaPoint, summary_line
from desktop.domain.commitments import Commitment
from desktop.domain.complaints import Complaint
from desktop.domain.dates import long_date
from desktop.i18n import N_, tr

_DISPLAY = Qt.ItemDataRole.DisplayRole


def _tr(text: str) -> str:
    return QCoreApplication.translate("MeetingMode", text)


def answer_state(point: AgendaPoint) -> str:
    """Where a point stands, in words (never by colour alone)."""
    if point.is_answered:
        return _tr("✔ Answered")
    if point.no_answer_reason.strip():
        return _tr("✔ No answer yet, reason given")
    if point.needs_answer:
        return _tr("… Awaiting an answer")
    return _tr("Nothing to answer")


class PointListModel(QAbstractListModel):
    """The agenda, one row per point: "3. Title" and whether it has its answer."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.points: list[AgendaPoint] = []

    def set_points(self, points: list[AgendaPoint]) -> None:
        """Show ``points``; same number of rows: a refresh that keeps the selection."""
        if len(points) == len(self.points) and [p.id for p in points] == [p.id for p in self.points]:
            self.points = points
            if points:
                self.dataChanged.emit(self.index(0), self.index(len(points) - 1))
            return
        self.beginResetModel()
        self.points = points
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt's name)
        return 0 if parent.isValid() else len(self.points)

    def data(self, index, role=_DISPLAY):
        if not index.isValid() or not 0 <= index.row() < len(self.points):
            return None
        point = self.points[index.row()]
        if role == _DISPLAY:
            return f"{point.position}. {summary_line(point.title, SCREEN_TITLE_LENGTH)}\n{answer_state(point)}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{point.position}. {point.title}. {answer_state(point)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return point.title
        return None


class _RowsModel(QAbstractTableModel):
    """A small read-only table over a list of records; subclasses name the columns and cells."""

    HEADERS: tuple[str, ...] = ()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list = []

    def set_rows(self, rows) -> None:
        """Show ``rows``."""
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def cells(self, record) -> tuple[str, ...]:
        """The texts of ``record``'s columns."""
        raise NotImplementedError

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=_DISPLAY):  # noqa: N802
        if role == _DISPLAY and orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.HEADERS):
            return _tr(self.HEADERS[section])
        return None

    def data(self, index, role=_DISPLAY):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        if role not in (_DISPLAY, Qt.ItemDataRole.ToolTipRole):
            return None
        return self.cells(self.rows[index.row()])[index.column()]


class ComplaintsModel(_RowsModel):
    """The complaints linked to the current point: number, title, place, status."""

    HEADERS = (N_("No."), N_("Complaint"), N_("Place"), N_("Status"))

    @property
    def complaints(self) -> list[Complaint]:
        """The complaints shown."""
        return self.rows

    def set_complaints(self, complaints: list[Complaint]) -> None:
        """Show ``complaints``."""
        self.set_rows(complaints)

    def cells(self, complaint: Complaint) -> tuple[str, ...]:
        return (str(complaint.id), complaint.title, complaint.place.label,
                tr("Status", complaint.status.label))


class CommitmentsModel(_RowsModel):
    """The commitments made on the current point: who, what, by when."""

    HEADERS = (N_("Who"), N_("What"), N_("By when"))

    @property
    def commitments(self) -> list[Commitment]:
        """The commitments shown."""
        return self.rows

    def set_commitments(self, commitments: list[Commitment]) -> None:
        """Show ``commitments``."""
        self.set_rows(commitments)

    def cells(self, commitment: Commitment) -> tuple[str, ...]:
        due = long_date(commitment.due_on) if commitment.due_on else _tr("no date")
        return (commitment.owner_name, commitment.what, due)
