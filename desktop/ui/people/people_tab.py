"""The "People" tab: search, role filter, the list, and New / Edit / Remove."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import plural
from desktop.domain.errors import UserError
from desktop.domain.people import Role
from desktop.ui import dialogs
from desktop.ui.flow import WrappedLabel
from desktop.ui.headers import WrappingHeader
from desktop.ui.people.people_model import NAME, PHONE, ROLE, PeopleTableModel
from desktop.ui.people.person_form import PersonDialog
from desktop.ui.people.widgets import RecordTable, label


def _tr(text: str) -> str:
    return QCoreApplication.translate("People", text)


class PeopleTab(QWidget):
    """Everyone the program keeps, with a form to add, change or remove them."""

    def __init__(self, store, events, parent=None):
        super().__init__(parent)
        self.store, self.events = store, events
        self.dialog: PersonDialog | None = None
        self.model = PeopleTableModel(store, self)
        self._build()
        events.people_changed.connect(self._reload)
        events.places_changed.connect(self._reload)

    def _build(self) -> None:
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search_label = QLabel()
        self.search_label.setBuddy(self.search)
        self.role_filter = QComboBox()
        self.role_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.role_filter.setMinimumContentsLength(12)  # long role names never widen the page
        self.role_filter.addItem("", None)
        for role in Role:
            self.role_filter.addItem("", role.value)
        self.role_label = QLabel()
        self.role_label.setBuddy(self.role_filter)
        self.table = RecordTable()
        self.table.setModel(self.model)
        # Every column gets its heading's longest word, then what its text needs as far as the
        # width allows, so nothing hides off to the right behind a horizontal scroll bar (the
        # full text is in the tooltip) and no heading is clipped.
        WrappingHeader.install(self.table, share=True, grow=(NAME,), keep=(NAME, PHONE, ROLE))
        self.count = WrappedLabel()  # wraps rather than widening the page with large text
        self.count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.new_button, self.edit_button, self.remove_button = QPushButton(), QPushButton(), QPushButton()
        top = QHBoxLayout()
        top.addWidget(self.search_label)
        top.addWidget(self.search, 2)
        top.addSpacing(16)
        top.addWidget(self.role_label)
        top.addWidget(self.role_filter, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.count, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.search.textChanged.connect(self._filter)
        self.role_filter.currentIndexChanged.connect(self._filter)
        self.table.open_requested.connect(lambda _index: self.edit_person())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self.new_button.clicked.connect(self.new_person)
        self.edit_button.clicked.connect(self.edit_person)
        self.remove_button.clicked.connect(self.remove_person)
        self.translate_ui()

    def translate_ui(self) -> None:
        """(Re)write every visible string; called again when the language changes."""
        self.search.setPlaceholderText(_tr("Type part of a name"))
        self.search.setAccessibleName(_tr("Search people by name"))
        self.search_label.setText(_tr("Fin&d:"))
        self.role_filter.setAccessibleName(_tr("Show only one role"))
        self.role_filter.setItemText(0, _tr("Everyone"))
        for index, role in enumerate(Role, start=1):
            self.role_filter.setItemText(index, _tr(role.label))
        self.role_label.setText(_tr("R&ole:"))
        self.table.setAccessibleName(_tr("People"))
        self.new_button.setText(_tr("&New person…"))
        self.edit_button.setText(_tr("&Edit…"))
        self.remove_button.setText(_tr("&Remove"))
        self.new_button.setAccessibleName(_tr("Add a new person"))
        self.edit_button.setAccessibleName(_tr("Edit the selected person"))
        self.remove_button.setAccessibleName(_tr("Remove the selected person"))
        self.model.retranslate()
        self._update_buttons()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange:
            self.translate_ui()
        super().changeEvent(event)

    def _filter(self) -> None:
        role = self.role_filter.currentData()
        self.model.set_filter(self.search.text(), Role(role) if role else None)

    def _reload(self) -> None:
        selected = self.selected_id()
        self.model.refresh()
        if selected is not None:
            self.select(selected)

    def _update_buttons(self) -> None:
        has_one = self.selected_id() is not None
        self.edit_button.setEnabled(has_one)
        self.remove_button.setEnabled(has_one)
        shown, total = self.model.rowCount(), self.model.total
        more = "+" if self.model.canFetchMore() else ""
        self.count.setText(plural(shown, _tr("{shown}{more} of {total} shown"),
                                  _tr("{shown}{more} of {total} people shown")).format(
            shown=shown, more=more, total=total))

    # Selection ------------------------------------------------------------------------------
    def selected_id(self) -> int | None:
        """The id of the selected person, or None."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.person(rows[0].row()).id if rows else None

    def select(self, person_id: int) -> None:
        """Select the person with this id when they are in the list."""
        row = self.model.row_of(person_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    # Actions --------------------------------------------------------------------------------
    def new_person(self) -> None:
        """Open an empty person form."""
        self._open_dialog(None)

    def edit_person(self) -> None:
        """Open the form of the selected person."""
        person_id = self.selected_id()
        if person_id is not None:
            self._open_dialog(person_id)

    def _open_dialog(self, person_id: int | None) -> None:
        self.dialog = PersonDialog(self.store, self.events, person_id, self)
        self.dialog.accepted.connect(self._saved)
        self.dialog.open()

    def _saved(self) -> None:
        person = self.dialog.person
        if self.model.row_of(person.id) < 0 and (self.search.text() or self.role_filter.currentIndex()):
            # Clear the filters so the person just saved is in view.
            self.search.clear()
            self.role_filter.setCurrentIndex(0)
        self.select(person.id)
        self.table.setFocus()

    def remove_person(self) -> None:
        """Ask, then remove the selected person (refused when they reported complaints)."""
        person_id = self.selected_id()
        if person_id is None:
            return
        name = self.model.person(self.model.row_of(person_id)).name
        if not dialogs.confirm(
            self, _tr("Remove a person"),
            _tr("Remove “{name}” from the list of people?").format(name=name), _tr("Remove"),
        ):
            return
        try:
            self.store.people.delete(person_id)
        except UserError as error:
            dialogs.show_error(self, error.message)
            return
        self.events.people_changed.emit()
        self.events.message.emit(_tr("“{name}” removed.").format(name=name))
