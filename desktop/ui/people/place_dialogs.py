"""Dialogs of the places tab: a name, a range of homes, a common area."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QSpinBox,
)

from desktop.domain.errors import UserError
from desktop.domain.places import CommonArea, CommonAreaKind, Home
from desktop.domain.text import composed
from desktop.ui.people.form_dialog import FormDialog
from desktop.ui.people.numbering import Numbering, home_numbers
from desktop.ui.people.places_model import floor_label
from desktop.ui.people.widgets import label


def _tr(text: str) -> str:
    return QCoreApplication.translate("Places", text)


class NameDialog(FormDialog):
    """Type a name; ``on_save(name)`` writes it (and may raise UserError)."""

    def __init__(self, title: str, caption: str, value: str, on_save: Callable[[str], None], parent=None):
        super().__init__(title, parent)
        self.on_save = on_save
        self.name = QLineEdit(value)
        self.name.selectAll()
        self.add_row(caption, self.name, caption.replace("&", "").rstrip(" :\u00a0"))

    def save(self) -> None:
        # Composed accents, as every saved text (desktop.domain.text): a name typed with decomposed
        # accents must clash with the same name typed otherwise, not sit beside it looking alike.
        self.on_save(composed(self.name.text()))


class HomesDialog(FormDialog):
    """Add a range of homes to an entrance: floors from–to, homes per floor, a numbering."""

    def __init__(self, store, entrance_id: int, parent=None):
        entrance = store.places.entrance(entrance_id)
        super().__init__(_tr("Add homes to {entrance}").format(entrance=entrance.label), parent)
        self.store, self.entrance = store, entrance
        self.added = 0
        self.floor_from, self.floor_to = QSpinBox(), QSpinBox()
        for spin in (self.floor_from, self.floor_to):
            spin.setRange(-5, 60)
        self.floor_to.setValue(4)
        self.per_floor = QSpinBox()
        self.per_floor.setRange(1, 40)
        self.per_floor.setValue(4)
        self.pattern = QComboBox()
        self.pattern.addItem(_tr("Floor then number: 101, 102, 201…"), Numbering.FLOOR_AND_NUMBER.value)
        self.pattern.addItem(_tr("One after the other: 1, 2, 3…"), Numbering.CONTINUOUS.value)
        self.pattern.addItem(_tr("Floor then letter: 1A, 1B, 2A…"), Numbering.FLOOR_AND_LETTER.value)
        self.first = QSpinBox()
        self.first.setRange(1, 9999)
        self.prefix = QLineEdit()
        self.prefix.setPlaceholderText(_tr("Optional, for example “A-”"))
        self.add_row(_tr("From &floor:"), self.floor_from, _tr("From floor (0 is the ground floor)"))
        self.add_row(_tr("&To floor:"), self.floor_to, _tr("To floor"))
        self.add_row(_tr("&Homes per floor:"), self.per_floor, _tr("Homes per floor"))
        self.add_row(_tr("&Numbering:"), self.pattern, _tr("Numbering"))
        self.add_row(_tr("F&irst number:"), self.first, _tr("First number"))
        self.add_row(_tr("&Before each number:"), self.prefix, _tr("Text before each number"))
        self.form.addRow(label(_tr("Floor 0 is the ground floor."), role="hint"))
        self.preview = label()
        self.preview.setAccessibleName(_tr("What will be added"))
        self.form.addRow(self.preview)
        for spin in (self.floor_from, self.floor_to, self.per_floor, self.first):
            spin.valueChanged.connect(self._update_preview)
        self.pattern.currentIndexChanged.connect(self._update_preview)
        self.prefix.textChanged.connect(self._update_preview)
        self._update_preview()

    def planned(self) -> list[tuple[int, str]]:
        """(floor, number) of the homes the dialog would add."""
        return home_numbers(
            self.floor_from.value(), self.floor_to.value(), self.per_floor.value(),
            Numbering(self.pattern.currentData()), self.prefix.text().strip(), self.first.value(),
        )

    def _update_preview(self) -> None:
        self.first.setEnabled(self.pattern.currentData() == Numbering.CONTINUOUS.value)
        homes = self.planned()
        if not homes:
            self.preview.setText(_tr("The first floor must not be above the last one."))
            return
        first, last = homes[0], homes[-1]
        if len(homes) == 1:
            self.preview.setText(_tr("1 home will be added: {number} ({floor}).").format(
                number=first[1], floor=floor_label(first[0])))
            return
        self.preview.setText(_tr("{count} homes will be added: {first} ({first_floor}) to "
                                 "{last} ({last_floor}).").format(
            count=len(homes), first=first[1], first_floor=floor_label(first[0]),
            last=last[1], last_floor=floor_label(last[0])))

    def save(self) -> None:
        homes = self.planned()
        if not homes:
            raise UserError(_tr("The first floor must not be above the last one."))
        existing = {h.number.casefold() for h in self.store.places.homes(self.entrance.id)}
        clashes = [number for _floor, number in homes if number.casefold() in existing]
        if clashes:
            raise UserError(_tr("{entrance} already has a home {number}; choose other numbers.")
                            .format(entrance=self.entrance.label, number=clashes[0]))
        with self.store.atomic():
            for floor, number in homes:
                self.store.places.save_home(Home(number=number, entrance_id=self.entrance.id, floor=floor))
        self.added = len(homes)


class CommonAreaDialog(FormDialog):
    """Add or change a common area, attached to the residence, a building or an entrance."""

    def __init__(self, store, area: CommonArea | None = None, building_id: int | None = None,
                 entrance_id: int | None = None, parent=None):
        title = _tr("Change a common area") if area else _tr("Add a common area")
        super().__init__(title, parent)
        self.store = store
        self.area = area or CommonArea(kind=CommonAreaKind.HALL, name="", building_id=building_id,
                                       entrance_id=entrance_id)
        self.kind = QComboBox()
        for kind in CommonAreaKind:
            self.kind.addItem(_tr(kind.label), kind.value)
        self.kind.setCurrentIndex(self.kind.findData(self.area.kind.value))
        self.name = QLineEdit(self.area.name or _tr(self.area.kind.label))
        self.where = QComboBox()
        self.where.addItem(_tr("The whole residence"), (None, None))
        for building in store.places.buildings():
            self.where.addItem(building.name, (building.id, None))
        for entrance in store.places.entrances():
            self.where.addItem(entrance.label, (entrance.building_id, entrance.id))
        self._select_where()
        self.add_row(_tr("&Kind:"), self.kind, _tr("Kind of common area"))
        self.add_row(_tr("&Name:"), self.name, _tr("Name"))
        self.add_row(_tr("&Where:"), self.where, _tr("Where the common area is"))
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._previous_kind_label = self.kind.currentText()

    def _select_where(self) -> None:
        for index in range(self.where.count()):
            building_id, entrance_id = self.where.itemData(index)
            if self.area.entrance_id is not None:
                found = entrance_id == self.area.entrance_id
            else:
                found = entrance_id is None and building_id == self.area.building_id
            if found:
                self.where.setCurrentIndex(index)
                return

    def _kind_changed(self) -> None:
        # Follow the kind while the name is still the previous kind's label (not typed by hand).
        if self.name.text().strip() in ("", self._previous_kind_label):
            self.name.setText(self.kind.currentText())
        self._previous_kind_label = self.kind.currentText()

    def save(self) -> None:
        building_id, entrance_id = self.where.currentData()
        area = CommonArea(
            id=self.area.id, kind=CommonAreaKind(self.kind.currentData()), name=self.name.text(),
            residence_id=self.area.residence_id, building_id=building_id, entrance_id=entrance_id,
        )
        self.area = self.store.places.save_common_area(area)
