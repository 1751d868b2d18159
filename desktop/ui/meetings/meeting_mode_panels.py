"""The meeting mode's side panels: the point's complaints (with their status) and forms, and
the commitments made on it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.agenda import AgendaPoint
from desktop.domain.commitments import Commitment
from desktop.domain.complaints import ComplaintStatus, allowed_transitions
from desktop.domain.dates import long_date
from desktop.domain.errors import UserError
from desktop.i18n import tr
from desktop.services import meetings as service
from desktop.ui import dialogs
from desktop.ui.flow import FlowLayout
from desktop.ui.headers import WrappingHeader
from desktop.ui.complaints.pickers import FilterCombo
from desktop.ui.date_field import DateField
from desktop.ui.meetings.meeting_mode_models import CommitmentsModel, ComplaintsModel

def _tr(text: str) -> str:
    return QCoreApplication.translate("MeetingMode", text)


def _table(model, name: str, stretch=(1,)) -> QTableView:
    view = QTableView()
    # Headings whole (they wrap between words), the width shared: the panel is narrow.
    WrappingHeader.install(view, share=True, grow=stretch)
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.verticalHeader().hide()
    view.setWordWrap(True)
    view.setTabKeyNavigation(False)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setTextElideMode(Qt.TextElideMode.ElideNone)
    # Rows grow to show wrapped titles and places whole, whatever the width the columns get.
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return view


class ComplaintsPanel(QWidget):
    """The complaints linked to the point, and a way to change the status of the one selected."""

    changed = Signal(str)  # a sentence saying what changed

    def __init__(self, store, meeting_id: int, parent=None):
        super().__init__(parent)
        self.store = store
        self.meeting_id = meeting_id
        self.model = ComplaintsModel(self)
        layout = QVBoxLayout(self)
        self.view = _table(self.model, _tr("Complaints linked to this point"), stretch=(1, 2))
        self.view.selectionModel().currentRowChanged.connect(self._selected)
        layout.addWidget(self.view, 1)
        self.empty = QLabel(_tr("No complaint is linked to this point."))
        self.empty.setProperty("role", "hint")
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        self.status_box_area = QWidget()
        grid = QGridLayout(self.status_box_area)
        grid.setContentsMargins(0, 0, 0, 0)
        self.status_label = QLabel(_tr("New &status:"))
        self.status_box = QComboBox()
        self.status_box.setAccessibleName(_tr("New status of the selected complaint"))
        self.status_label.setBuddy(self.status_box)
        self.reason_label = QLabel(_tr("&Reason:"))
        self.reason = QLineEdit()
        self.reason.setAccessibleName(_tr("Reason for the status change"))
        self.reason.setPlaceholderText(_tr("Needed for some statuses"))
        self.reason_label.setBuddy(self.reason)
        self.apply_button = QPushButton(_tr("Change the s&tatus"))
        self.apply_button.setAccessibleName(_tr("Change the status of the selected complaint"))
        self.apply_button.clicked.connect(self.apply)
        self.reason.returnPressed.connect(self.apply)
        grid.addWidget(self.status_label, 0, 0)
        grid.addWidget(self.status_box, 0, 1)
        grid.addWidget(self.reason_label, 1, 0)
        grid.addWidget(self.reason, 1, 1)
        grid.addWidget(self.apply_button, 2, 1, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.status_box_area)
        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        self.forms_title = QLabel(_tr("Liaison forms"))
        self.forms_title.setStyleSheet("font-weight: bold;")
        self.forms = QLabel()
        self.forms.setWordWrap(True)
        self.forms.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.forms_title)
        layout.addWidget(self.forms)
        layout.addStretch(0)

    def show_point(self, point: AgendaPoint) -> None:
        """Show the complaints and liaison forms of ``point``."""
        self.complaint_ids = list(point.complaint_ids)
        self.model.set_complaints(self.store.complaints.by_ids(self.complaint_ids))
        self.error.hide()
        self.reason.clear()
        has_complaints = bool(self.model.complaints)
        self.view.setVisible(has_complaints)
        self.status_box_area.setVisible(has_complaints)
        self.empty.setVisible(not has_complaints)
        if has_complaints:
            self.view.selectRow(0)
        self._selected()
        self._show_forms(point.form_ids)

    def _show_forms(self, form_ids: list[int]) -> None:
        lines = []
        for form_id in form_ids:
            form = self.store.forms.get(form_id)
            asker = form.asker_display or (_tr("kept confidential") if form.confidential else _tr("not given"))
            lines.append(_tr("Form {id}, received on {date}, {place}; asked by: {asker}\n“{question}”").format(
                id=form.id, date=long_date(form.received_on), place=form.entrance_label or _tr("no entrance"),
                asker=asker, question=form.question.strip()))
        self.forms.setText("\n\n".join(lines))
        self.forms_title.setVisible(bool(lines))
        self.forms.setVisible(bool(lines))

    def selected(self):
        """The complaint selected in the list, or None."""
        row = self.view.currentIndex().row()
        return self.model.complaints[row] if 0 <= row < len(self.model.complaints) else None

    def _selected(self, *_args) -> None:
        complaint = self.selected()
        self.status_box.clear()
        targets = [s for s in allowed_transitions(complaint.status) if s != ComplaintStatus.DUPLICATE] \
            if complaint else []
        for status in targets:
            self.status_box.addItem(tr("Status", status.label), status.value)
        for widget in (self.status_box, self.reason, self.apply_button):
            widget.setEnabled(bool(targets))

    def choose(self, status: ComplaintStatus) -> None:
        """Pick ``status`` in the list of allowed statuses (for the keyboard and tests)."""
        self.status_box.setCurrentIndex(self.status_box.findData(status.value))

    def apply(self) -> None:
        """Change the selected complaint's status, dated at the meeting."""
        complaint = self.selected()
        data = self.status_box.currentData()
        if complaint is None or data is None:
            return
        target = ComplaintStatus(data)
        try:
            saved = service.change_complaint_status(self.store, self.meeting_id, complaint.id, target,
                                                    self.reason.text())
        except UserError as error:
            self.error.setText(str(error))
            self.error.show()
            return
        row = self.view.currentIndex().row()
        self.model.set_complaints(self.store.complaints.by_ids(self.complaint_ids))
        self.view.selectRow(row)
        self._selected()
        self.reason.clear()
        self.error.hide()
        self.changed.emit(_tr("Complaint {id} is now “{status}”.").format(
            id=saved.id, status=tr("Status", saved.status.label)))


class CommitmentsPanel(QWidget):
    """The commitments made on the point: who (a person or a name), what, by when; add, remove."""

    changed = Signal(str)

    def __init__(self, store, near: dt.date | None = None, parent=None):
        super().__init__(parent)
        self.store = store
        self.point_id: int | None = None
        self.model = CommitmentsModel(self)
        layout = QVBoxLayout(self)
        self.view = _table(self.model, _tr("Commitments made on this point"))
        layout.addWidget(self.view, 1)
        grid = QGridLayout()
        self.owner_label = QLabel(_tr("&Who:"))
        self.owner = FilterCombo()
        self.owner.setAccessibleName(_tr("Who made the commitment: a person or a name"))
        self.owner_label.setBuddy(self.owner)
        self.what_label = QLabel(_tr("W&hat:"))
        self.what = QLineEdit()
        self.what.setAccessibleName(_tr("What was promised"))
        self.what_label.setBuddy(self.what)
        self.due_label = QLabel(_tr("&By when:"))
        # Empty is "no date"; its calendar opens on the meeting's month.
        self.due = DateField(_tr("By when the commitment is due"), near=near)
        self.due_label.setBuddy(self.due)
        for row, (label, field) in enumerate(((self.owner_label, self.owner), (self.what_label, self.what),
                                              (self.due_label, self.due))):
            grid.addWidget(label, row, 0)
            grid.addWidget(field, row, 1)
        layout.addLayout(grid)
        buttons = FlowLayout()  # one under the other when the panel is narrow
        self.add_button = QPushButton(_tr("Add the &commitment"))
        self.add_button.setAccessibleName(_tr("Add the commitment"))
        self.remove_button = QPushButton(_tr("Re&move the selected one"))
        self.remove_button.setAccessibleName(_tr("Remove the selected commitment"))
        self.add_button.clicked.connect(self.add)
        self.what.returnPressed.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        layout.addLayout(buttons)
        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        self._people = []
        self.reload_people()

    def reload_people(self) -> None:
        """Offer the people of the register as owners (a free name may be typed too)."""
        self._people = self.store.people.list()
        self.owner.set_items([(person.name, person.id) for person in self._people])
        self.owner.set_text("")

    def show_point(self, point: AgendaPoint) -> None:
        """Show the commitments of ``point``."""
        self.point_id = point.id
        self._reload()
        self.error.hide()

    def _reload(self) -> None:
        self.model.set_commitments(self.store.commitments.of_points([self.point_id]))

    def _owner(self) -> tuple[int | None, str]:
        person_id = self.owner.current_data()
        return (person_id, "") if person_id is not None else (None, self.owner.currentText().strip())

    def add(self) -> None:
        """Record the commitment typed in the fields on the current point."""
        owner_id, owner_name = self._owner()
        try:
            commitment = Commitment(what=self.what.text(), owner_id=owner_id, owner_name=owner_name,
                                    point_id=self.point_id, due_on=self.due.value())
            saved = self.store.commitments.add(commitment)
        except UserError as error:
            self.error.setText(str(error))
            self.error.show()
            return
        self.error.hide()
        self.what.clear()
        self.owner.set_text("")
        self.due.setDate(None)
        self._reload()
        self.changed.emit(_tr("Commitment recorded: {owner}, {what}.").format(owner=saved.owner_name,
                                                                               what=saved.what))

    def remove(self) -> None:
        """Remove the selected commitment, after asking."""
        row = self.view.currentIndex().row()
        if not 0 <= row < len(self.model.commitments):
            return
        commitment = self.model.commitments[row]
        if not dialogs.confirm(self, _tr("Remove the commitment"),
                               _tr("Remove the commitment “{what}” ({owner})?").format(
                                   what=commitment.what, owner=commitment.owner_name), _tr("Remove")):
            return
        try:
            self.store.commitments.remove(commitment.id)
        except UserError as error:
            self.error.setText(str(error))
            self.error.show()
            return
        self._reload()
        self.changed.emit(_tr("Commitment removed."))
