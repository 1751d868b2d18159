"""Every commitment, across meetings: filter open / done / late, and mark one done."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.commitments import Commitment, CommitmentState, CommitmentStatus
from desktop.domain.errors import UserError
from desktop.ui import dialogs
from desktop.ui.meetings.common import label, short_date


def _tr(text: str) -> str:
    return QCoreApplication.translate("CommitmentsView", text)


def _state(value: str | None) -> CommitmentState | None:
    return CommitmentState(value) if value else None


def _status_label(value: str) -> str:
    try:
        return QCoreApplication.translate("Commitment", CommitmentState(value).label)
    except ValueError:
        return value


class CommitmentsModel(QAbstractTableModel):
    """Commitments in one state (or all), by due date."""

    STATE, OWNER, WHAT, DUE_ON, MEETING = range(5)
    COLUMN_COUNT = 5

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.state: CommitmentState | None = CommitmentState.OPEN
        self.rows: list[Commitment] = []
        self.refresh()

    def set_state(self, state: CommitmentState | None) -> None:
        """Show only the commitments in ``state`` (all when None)."""
        self.state = state
        self.refresh()

    def refresh(self) -> None:
        """Read the commitments again."""
        self.beginResetModel()
        self.today = self.store.complaints.today()
        self.rows = self.store.commitments.list(self.state, self.today)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < self.COLUMN_COUNT:
            return None
        return (_tr("State"), _tr("Who"), _tr("What"), _tr("Due"), _tr("Meeting"))[section]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        commitment = self.rows[index.row()]
        column = index.column()
        if column == self.STATE:
            state = commitment.state(self.today)
            text = label("Commitment", state.label)
            return text.upper() if state == CommitmentState.LATE else text
        if column == self.OWNER:
            return commitment.owner_name
        if column == self.WHAT:
            return commitment.what
        if column == self.DUE_ON:
            return short_date(commitment.due_on)
        return short_date(commitment.meeting_date)


class CommitmentsView(QWidget):
    """The commitments list with its filter and the "Mark done" action."""

    changed = Signal()

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.model = CommitmentsModel(store, self)
        self.filter_label, self.filter = QLabel(), QComboBox()
        self.filter_label.setBuddy(self.filter)
        self.done_button = QPushButton()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CommitmentsModel.WHAT, QHeaderView.ResizeMode.Stretch)
        self.filter.currentIndexChanged.connect(lambda _i: self.model.set_state(_state(self.filter.currentData())))
        self.done_button.clicked.connect(self.mark_done)
        self.table.selectionModel().selectionChanged.connect(self._update_button)
        self.model.modelReset.connect(self._update_button)
        top = QHBoxLayout()
        top.addWidget(self.filter_label)
        top.addWidget(self.filter)
        top.addStretch(1)
        top.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.history = QLabel()
        self.history.setWordWrap(True)
        self.history.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.history)
        self.translate_ui()
        self._update_button()

    def translate_ui(self) -> None:
        """Set every visible and accessible text in the current language."""
        self.filter_label.setText(_tr("&Show:"))
        self.filter.setAccessibleName(_tr("Which commitments to show"))
        self.done_button.setText(_tr("&Mark done"))
        self.done_button.setAccessibleName(_tr("Mark the selected commitment done"))
        self.table.setAccessibleName(_tr("Commitments"))
        current = self.filter.currentIndex()
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.addItem(_tr("Open (late included)"), CommitmentState.OPEN.value)
        self.filter.addItem(_tr("Late only"), CommitmentState.LATE.value)
        self.filter.addItem(_tr("Done"), CommitmentState.DONE.value)
        self.filter.addItem(_tr("All"), "")
        self.filter.setCurrentIndex(max(0, current))
        self.filter.blockSignals(False)

    def selected(self) -> Commitment | None:
        """The selected commitment, if any."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _update_button(self, *_args) -> None:
        commitment = self.selected()
        self.done_button.setEnabled(commitment is not None and commitment.status == CommitmentStatus.OPEN)
        self._show_history(commitment)

    def _show_history(self, commitment: Commitment | None) -> None:
        """The selected commitment's dated changes, under the list."""
        if commitment is None:
            self.history.setText(_tr("Select a commitment to see its history."))
            return
        fields = {"status": _tr("status"), "due_on": _tr("due date"), "what": _tr("what"),
                  "owner": _tr("who")}
        lines = []
        for change in self.store.commitments.history(commitment.id):
            moment = change.at[:16].replace("T", " ")
            if not change.before:
                lines.append(_tr("{at}: commitment taken").format(at=moment))
                continue
            before, after = change.before, change.after
            if change.field == "status":
                before, after = (_status_label(value) for value in (before, after))
            lines.append(_tr("{at}: {field} {before} → {after} {note}").format(
                at=moment, field=fields.get(change.field, change.field), before=before,
                after=after, note=change.note).strip())
        self.history.setText(_tr("History:") + "\n" + "\n".join(lines))

    def mark_done(self) -> None:
        """Mark the selected commitment kept today."""
        commitment = self.selected()
        if commitment is None:
            return
        try:
            self.store.commitments.set_status(commitment.id, CommitmentStatus.DONE)
        except UserError as error:
            dialogs.show_error(self, str(error))
            return
        self.model.refresh()
        self.changed.emit()
