"""The "Liaison forms" tab of the meetings page: tenants' written questions collected before a
meeting, whether an agenda takes them up yet, and the complaint they are about."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, Qt
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

from desktop.domain.errors import UserError
from desktop.ui.flow import FlowLayout
from desktop.ui import dialogs
from desktop.ui.headers import WrappingHeader
from desktop.ui.meetings.form_dialog import LiaisonFormDialog, LinkComplaintDialog, ToComplaintDialog
from desktop.ui.meetings.common import words_date
from desktop.ui.meetings.forms_model import LiaisonFormsModel, first_line


def _tr(text: str) -> str:
    return QCoreApplication.translate("LiaisonForms", text)


class LiaisonFormsTab(QWidget):
    """List, record, correct, remove liaison forms; link them to a complaint or turn them into one."""

    def __init__(self, store, events, parent=None):
        super().__init__(parent)
        self.store, self.events = store, events
        self.dialog = None
        self.model = LiaisonFormsModel(store, self)
        self._build()
        self.translate_ui()
        for signal in (events.complaints_changed, events.people_changed, events.places_changed,
                       events.meetings_changed):
            signal.connect(self.refresh)
        self._update_buttons()

    def _build(self) -> None:
        self.filter_label, self.filter = QLabel(), QComboBox()
        self.filter_label.setBuddy(self.filter)
        self.new_button, self.edit_button, self.remove_button = QPushButton(), QPushButton(), QPushButton()
        self.complaint_button, self.link_button = QPushButton(), QPushButton()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = WrappingHeader.install(self.table)  # headings wrap between words
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(LiaisonFormsModel.QUESTION, QHeaderView.ResizeMode.Stretch)
        # The whole question of the selected form, in readable text (the list shows its first line).
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setMinimumHeight(80)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.table.installEventFilter(self)
        self.table.doubleClicked.connect(lambda _index: self.edit_form())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self.filter.currentIndexChanged.connect(lambda _i: self.model.set_only_waiting(bool(self.filter.currentData())))
        self.new_button.clicked.connect(self.new_form)
        self.edit_button.clicked.connect(self.edit_form)
        self.remove_button.clicked.connect(self.remove_form)
        self.complaint_button.clicked.connect(self.turn_into_complaint)
        self.link_button.clicked.connect(self.link_complaint)
        top = QHBoxLayout()
        top.addWidget(self.filter_label)
        top.addWidget(self.filter)
        top.addStretch(1)
        top.addWidget(self.new_button)
        actions = FlowLayout(spacing=8)  # onto a second line when the room runs out
        for button in (self.edit_button, self.complaint_button, self.link_button, self.remove_button):
            actions.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addLayout(actions)

    def translate_ui(self) -> None:
        """Set every visible and accessible text in the current language."""
        self.filter_label.setText(_tr("&Show:"))
        self.filter.setAccessibleName(_tr("Which liaison forms to show"))
        current = self.filter.currentIndex()
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.addItem(_tr("All liaison forms"), False)
        self.filter.addItem(_tr("Not yet on an agenda"), True)
        self.filter.setCurrentIndex(max(0, current))
        self.filter.blockSignals(False)
        for button, text, name in (
            (self.new_button, _tr("&New liaison form"), _tr("Record a new liaison form (Insert key)")),
            (self.edit_button, _tr("&Edit…"), _tr("Edit the selected liaison form (Enter key)")),
            (self.remove_button, _tr("&Remove"), _tr("Remove the selected liaison form")),
            (self.complaint_button, _tr("&Turn into a complaint…"),
             _tr("Turn the selected liaison form into a complaint")),
            (self.link_button, _tr("&Link to a complaint…"), _tr("Link the selected liaison form to a complaint")),
        ):
            button.setText(text)
            button.setAccessibleName(name)
        self.table.setAccessibleName(_tr("Liaison forms"))

    # Selection ----------------------------------------------------------------------------
    def selected_id(self) -> int | None:
        """The id of the selected form, if any."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.form_id(rows[0].row()) if rows else None

    def select_form(self, form_id: int | None) -> None:
        """Select the row of ``form_id`` (when shown)."""
        row = self.model.row_of(form_id) if form_id is not None else -1
        if row < 0:
            return
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)

    def refresh(self) -> None:
        """Read the forms again, keeping the selection."""
        selected = self.selected_id()
        self.model.refresh()
        self.select_form(selected)

    def _update_buttons(self, *_args) -> None:
        form_id = self.selected_id()
        for button in (self.edit_button, self.remove_button, self.link_button):
            button.setEnabled(form_id is not None)
        form = self.model.rows[self.model.row_of(form_id)] if form_id is not None else None
        self.complaint_button.setEnabled(form is not None and not form.complaint_id)
        self.details.setText(self._describe(form))

    def _describe(self, form) -> str:
        if form is None:
            return _tr("Select a liaison form to read its whole question.")
        asker = _tr("confidential") if form.confidential else (form.asker_name or _tr("not given"))
        head = _tr("Liaison form {id}, received on {date}, asked by: {asker}").format(
            id=form.id, date=words_date(form.received_on), asker=asker)
        return f"{head}\n{form.question}"

    def eventFilter(self, watched, event):  # noqa: N802 (Qt API)
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Insert:
                self.new_form()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.edit_form()
                return True
        return super().eventFilter(watched, event)

    # Actions ------------------------------------------------------------------------------
    def new_form(self) -> None:
        """Open the dialog that records a new liaison form."""
        self._open(LiaisonFormDialog(self.store, None, self))

    def edit_form(self) -> None:
        """Open the selected liaison form."""
        form_id = self.selected_id()
        if form_id is not None:
            self._open(LiaisonFormDialog(self.store, form_id, self))

    def _open(self, dialog: LiaisonFormDialog) -> None:
        self.dialog = dialog
        dialog.saved.connect(self._saved)
        dialog.open()

    def _saved(self, form_id: int) -> None:
        self.model.refresh()
        self.select_form(form_id)
        self.events.message.emit(_tr("Liaison form {id} saved").format(id=form_id))

    def remove_form(self) -> None:
        """Remove the selected form after confirmation; the store refuses it once on signed minutes."""
        form_id = self.selected_id()
        if form_id is None:
            return
        form = self.store.forms.get(form_id)
        if not dialogs.confirm(self, _tr("Remove a liaison form"),
                               _tr("Remove liaison form {id} (“{question}”)? This cannot be undone.").format(
                                   id=form_id, question=first_line(form.question)), _tr("Remove")):
            return
        try:
            self.store.forms.delete(form_id)
        except UserError as error:
            dialogs.show_error(self, str(error))
            return
        self.model.refresh()
        self.events.message.emit(_tr("Liaison form {id} removed").format(id=form_id))

    def turn_into_complaint(self) -> None:
        """Choose a category and make a complaint of the selected form."""
        form_id = self.selected_id()
        if form_id is None:
            return
        self.dialog = ToComplaintDialog(self.store, form_id, self)
        self.dialog.created.connect(lambda complaint_id: self._complaint_created(form_id, complaint_id))
        self.dialog.open()

    def _complaint_created(self, form_id: int, complaint_id: int) -> None:
        self.refresh()
        self.events.complaints_changed.emit()
        self.events.message.emit(
            _tr("Complaint {number} created from the liaison form").format(number=complaint_id))

    def link_complaint(self) -> None:
        """Link the selected form to an existing complaint, by its number."""
        form_id = self.selected_id()
        if form_id is None:
            return
        self.dialog = LinkComplaintDialog(self.store, form_id, self)
        self.dialog.linked.connect(lambda _id: self.refresh())
        self.dialog.linked.connect(
            lambda _id: self.events.message.emit(_tr("Liaison form {id} saved").format(id=form_id)))
        self.dialog.open()
