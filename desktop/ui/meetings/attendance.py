"""Who is invited to a meeting, on which side, and whether they came: a table whose side and
presence are combo boxes always shown, and a picker to invite someone from the people list."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.meetings import presence_text
from desktop.domain.people import Civility, civility_from_name
from desktop.domain.errors import UserError
from desktop.domain.meetings import Invitation, Presence, Side
from desktop.ui import dialogs
from desktop.ui.flow import WrappedLabel
from desktop.ui.headers import WrappingHeader
from desktop.ui.meetings.common import label


def _tr(text: str) -> str:
    return QCoreApplication.translate("Attendance", text)


class AttendanceModel(QAbstractTableModel):
    """The invitations of one meeting."""

    NAME, SIDE, PRESENCE, REPRESENTED_BY, ARRIVED, LEFT = range(6)
    COLUMN_COUNT = 6
    TIMES = {ARRIVED: "arrived_at", LEFT: "left_at"}
    ENUMS = {SIDE: Side, PRESENCE: Presence}
    error = Signal(str)

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.meeting = None
        self.invitations: list[Invitation] = []

    def set_meeting(self, meeting_id: int | None) -> None:
        """Show the invitations of ``meeting_id``."""
        self.beginResetModel()
        self.meeting = self.store.meetings.get(meeting_id) if meeting_id else None
        self.invitations = self.store.invitations.list(meeting_id) if meeting_id else []
        # Who is known to be a woman ("Présente"): from the register, or a name written "Mme …".
        self.women = {p.id for p in self.store.people.list() if p.is_woman}
        self.endResetModel()

    def is_woman(self, invitation) -> bool:
        """True when the invited person is known to be a woman."""
        return invitation.person_id in self.women or civility_from_name(invitation.name) == Civility.MADAM

    @property
    def locked(self) -> bool:
        """True when the meeting is signed."""
        return self.meeting is None or self.meeting.is_locked

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self.invitations)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < self.COLUMN_COUNT:
            return None
        return (_tr("Name"), _tr("Side"), _tr("Presence"), _tr("Represented by"), _tr("Arrived at"),
                _tr("Left at"))[section]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.invitations):
            return None
        invitation = self.invitations[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.EditRole:
            if column == self.SIDE:
                return invitation.side.value
            if column == self.PRESENCE:
                return invitation.presence.value
            if column == self.REPRESENTED_BY:
                return invitation.represented_by_name
            if column in self.TIMES:
                return _time_text(getattr(invitation, self.TIMES[column]))
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.NAME:
                return invitation.name
            if column == self.SIDE:
                return label("Meeting", invitation.side.label)
            if column == self.PRESENCE:
                return presence_text(invitation.presence, self.is_woman(invitation))
            if column in self.TIMES:
                return _time_text(getattr(invitation, self.TIMES[column]))
            return invitation.represented_by_name
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.locked and index.column() != self.NAME:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        """Save a side, a presence or who represents the person (typing a name means "represented")."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.locked:
            return False
        invitation = self.store.invitations.get(self.invitations[index.row()].id)
        column = index.column()
        if column == self.SIDE:
            invitation.side = Side(value)
        elif column == self.PRESENCE:
            invitation.presence = Presence(value)
        elif column == self.REPRESENTED_BY:
            invitation.represented_by_name = str(value).strip()
            invitation.represented_by_id = None
            if invitation.represented_by_name:
                invitation.presence = Presence.REPRESENTED
        elif column in self.TIMES:
            moment = _parse_time(str(value))
            if moment is False:
                self.error.emit(_tr("“{value}” is not a time; type it as 14:35.").format(value=value))
                return False
            setattr(invitation, self.TIMES[column], moment)
        else:
            return False
        try:
            self.invitations[index.row()] = self.store.invitations.save(invitation)
        except UserError as error:
            self.error.emit(str(error))
            return False
        self.dataChanged.emit(index.siblingAtColumn(0), index.siblingAtColumn(self.COLUMN_COUNT - 1))
        return True


def _time_text(moment: dt.time | None) -> str:
    return moment.strftime("%H:%M") if moment else ""


def _parse_time(text: str) -> dt.time | None | bool:
    """``14:35``, ``14h35`` or ``14`` as a time; None for an empty text; False when unreadable."""
    text = text.strip().lower().replace("h", ":")
    if not text:
        return None
    hours, _, minutes = text.partition(":")
    try:
        return dt.time(int(hours), int(minutes or 0))
    except ValueError:
        return False


class EnumComboDelegate(QStyledItemDelegate):
    """A combo box for the side and presence columns, saving as soon as a choice is made."""

    def createEditor(self, parent, option, index):  # noqa: N802 (Qt API)
        enum = AttendanceModel.ENUMS.get(index.column())
        if enum is None:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        model = index.model()
        woman = enum is Presence and model.is_woman(model.invitations[index.row()])
        for member in enum:
            text = presence_text(member, woman) if enum is Presence else label("Meeting", member.label)
            combo.addItem(text, member.value)
        combo.setAccessibleName(_tr("Side") if enum is Side else _tr("Presence"))
        combo.activated.connect(lambda _i, c=combo: self.commitData.emit(c))
        return combo

    def setEditorData(self, editor, index):  # noqa: N802
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor, model, index):  # noqa: N802
        if isinstance(editor, QComboBox):
            if editor.currentData() != index.data(Qt.ItemDataRole.EditRole):
                model.setData(index, editor.currentData())
        else:
            super().setModelData(editor, model, index)


class AttendancePanel(QWidget):
    """The invitations of a meeting and a way to invite someone else."""

    changed = Signal()

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.model = AttendanceModel(store, self)
        self.model.error.connect(lambda text: dialogs.show_error(self, text))
        self.model.dataChanged.connect(lambda *_: self.changed.emit())
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegate(EnumComboDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(44)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        # Headings whole ("Représenté / par" on two lines), the width shared by what each needs.
        WrappingHeader.install(self.table, share=True, grow=(AttendanceModel.NAME, AttendanceModel.REPRESENTED_BY),
                              keep=(AttendanceModel.NAME,))
        self.person_label, self.person, self.invite_button = QLabel(), QComboBox(), QPushButton()
        self.person_label.setBuddy(self.person)
        self.invite_button.clicked.connect(self.invite)
        self.hint = WrappedLabel()  # every line it needs: the table is never drawn under it
        self.hint.setProperty("role", "hint")
        row = QHBoxLayout()
        row.addWidget(self.person_label)
        row.addWidget(self.person, 1)
        row.addWidget(self.invite_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        layout.addLayout(row)
        self.translate_ui()

    def translate_ui(self) -> None:
        """Set every visible and accessible text in the current language."""
        self.table.setAccessibleName(_tr("Invited people and their attendance"))
        self.person_label.setText(_tr("&Person to invite:"))
        self.person.setAccessibleName(_tr("Person to invite"))
        self.invite_button.setText(_tr("&Invite"))  # invites at once: no dialog follows
        self.invite_button.setAccessibleName(_tr("Invite the chosen person"))
        self.hint.setText(_tr("Choose each person's presence in the list. To note who represents someone, "
                              "type the name in the “Represented by” column; arrival and departure "
                              "times (such as 14:35) are optional."))

    def set_meeting(self, meeting_id: int | None) -> None:
        """Show a meeting's invitations (read-only when it is signed)."""
        self.model.set_meeting(meeting_id)
        editable = not self.model.locked
        for row in range(self.model.rowCount()):
            for column in (AttendanceModel.SIDE, AttendanceModel.PRESENCE):
                index = self.model.index(row, column)
                if editable:
                    self.table.openPersistentEditor(index)
                else:
                    self.table.closePersistentEditor(index)
        self._fill_people()
        for widget in (self.person, self.invite_button, self.person_label):
            widget.setVisible(editable)
        self.hint.setVisible(editable)

    def _fill_people(self) -> None:
        invited = {i.person_id for i in self.model.invitations}
        self.person.clear()
        for person in self.store.people.list():
            if person.id not in invited:
                self.person.addItem(person.name, person.id)
        self.invite_button.setEnabled(self.person.count() > 0)

    def invite(self) -> None:
        """Invite the chosen person, on their role's side."""
        person_id = self.person.currentData()
        if person_id is None or self.model.meeting is None:
            return
        try:
            self.store.invitations.invite(self.model.meeting.id, person_id=person_id)
        except UserError as error:
            dialogs.show_error(self, str(error))
            return
        self.set_meeting(self.model.meeting.id)
        self.changed.emit()
