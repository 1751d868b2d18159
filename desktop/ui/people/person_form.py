"""The person form: name, role, how to reach them and the entrances they represent."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QListView

from desktop.domain.people import Civility, LandlordService, Person, Role
from desktop.domain.places import Entrance
from desktop.ui.people.form_dialog import FormDialog


def _tr(text: str) -> str:
    return QCoreApplication.translate("People", text)


class EntranceCheckModel(QAbstractListModel):
    """Every entrance with a check box: ticked when the person represents it."""

    ENTRANCE_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, entrances: list[Entrance], checked: list[int], parent=None):
        super().__init__(parent)
        self._entrances = entrances
        self._checked = {i for i in checked if any(e.id == i for e in entrances)}

    def checked_ids(self) -> list[int]:
        """The ids of the ticked entrances, in the list's order."""
        return [e.id for e in self._entrances if e.id in self._checked]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt name)
        return 0 if parent.isValid() else len(self._entrances)

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._entrances):
            return None
        entrance = self._entrances[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return entrance.label
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if entrance.id in self._checked else Qt.CheckState.Unchecked
        if role == self.ENTRANCE_ROLE:
            return entrance.id
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802 (Qt name)
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        entrance_id = self._entrances[index.row()].id
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self._checked.add(entrance_id)
        else:
            self._checked.discard(entrance_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True


class PersonDialog(FormDialog):
    """New or edit a person; saves on OK, keeps the typing and says why when the save fails."""

    def __init__(self, store, events, person_id: int | None = None, parent=None):
        title = _tr("Edit a person") if person_id is not None else _tr("New person")
        super().__init__(title, parent)
        self.store, self.events = store, events
        self.person = store.people.get(person_id) if person_id is not None else Person(name="")
        self._build()
        self._load()
        self._role_changed()

    def _build(self) -> None:
        self.name, self.phone, self.email, self.organisation = (QLineEdit() for _ in range(4))
        self.civility = QComboBox()
        for civility in Civility:
            self.civility.addItem(_tr(civility.label), civility.value)
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(_tr(role.label), role.value)
        self.organisation.setPlaceholderText(_tr("For example: the landlord, the city, an association"))
        self.service = QComboBox()
        self.service.addItem(_tr("(not given)"), None)
        for service in LandlordService:
            self.service.addItem(_tr(service.label), service.value)
        self.entrance_model = EntranceCheckModel(self.store.places.entrances(), self.person.entrance_ids, self)
        self.entrances = QListView()
        self.entrances.setModel(self.entrance_model)
        self.entrances.setMinimumHeight(180)
        self.entrances.setSpacing(3)
        self.add_row(_tr("&Name:"), self.name, _tr("Name"))
        self.add_row(_tr("&Addressed as:"), self.civility, _tr("Addressed as (Madam, Sir)"))
        self.add_row(_tr("&Role:"), self.role, _tr("Role"))
        self.add_row(_tr("&Phone:"), self.phone, _tr("Phone"))
        self.add_row(_tr("&E-mail:"), self.email, _tr("E-mail"))
        self.add_row(_tr("&Organisation:"), self.organisation, _tr("Organisation"))
        self.add_row(_tr("Landlord ser&vice:"), self.service, _tr("Landlord service"))
        self.service_label = self.form.labelForField(self.service)
        entrances_label = QLabel(_tr("En&trances this person represents:"))
        entrances_label.setBuddy(self.entrances)
        self.entrances.setAccessibleName(_tr("Entrances this person represents"))
        self.form.addRow(entrances_label)
        self.form.addRow(self.entrances)
        self.ok_button.setAccessibleName(_tr("Save the person"))
        self.role.currentIndexChanged.connect(self._role_changed)

    def _load(self) -> None:
        person = self.person
        self.name.setText(person.name)
        self.role.setCurrentIndex(self.role.findData(person.role.value))
        self.civility.setCurrentIndex(max(0, self.civility.findData(Civility(person.civility).value)))
        self.phone.setText(person.phone)
        self.email.setText(person.email)
        self.organisation.setText(person.organisation)
        self.service.setCurrentIndex(max(0, self.service.findData(person.service.value if person.service else None)))

    def _role_changed(self) -> None:
        staff = self.role.currentData() == Role.LANDLORD_STAFF.value
        self.service_label.setVisible(staff)
        self.service.setVisible(staff)

    def _collected(self) -> Person:
        role = Role(self.role.currentData())
        service = self.service.currentData()
        return Person(
            id=self.person.id, name=self.name.text(), role=role, phone=self.phone.text(),
            email=self.email.text().strip(), organisation=self.organisation.text(),
            service=LandlordService(service) if service and role == Role.LANDLORD_STAFF else None,
            entrance_ids=self.entrance_model.checked_ids(), civility=Civility(self.civility.currentData() or ""),
        )

    def save(self) -> None:
        """Save the person (a UserError keeps the dialog open as typed), then tell every view."""
        self.person = self.store.people.save(self._collected())
        self.events.people_changed.emit()
        self.events.message.emit(_tr("“{name}” saved.").format(name=self.person.name))
