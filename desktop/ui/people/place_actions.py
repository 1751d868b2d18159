"""What the buttons of the places tab do: add, rename and remove places."""

from __future__ import annotations

import re
import string

from PySide6.QtCore import QCoreApplication

from desktop.domain.errors import UserError
from desktop.domain.places import Building, Entrance, Home
from desktop.ui import dialogs
from desktop.ui.people import places_model as pm
from desktop.ui.people.place_dialogs import CommonAreaDialog, HomesDialog, NameDialog


def _tr(text: str) -> str:
    return QCoreApplication.translate("Places", text)


def next_name(existing: list[str], fallback: str) -> str:
    """The name that follows the last of ``existing`` ("Bâtiment B" → "Bâtiment C", "Entrée 3" →
    "Entrée 4"), or ``fallback`` when there is no such sequence to follow."""
    taken = {name.casefold() for name in existing}
    match = re.fullmatch(r"(.*[\s\-])([A-Ya-y]|\d+)", existing[-1].strip()) if existing else None
    if match:
        prefix, tail = match.groups()
        following = str(int(tail) + 1) if tail.isdigit() else chr(ord(tail) + 1)
        if (prefix + following).casefold() not in taken:
            return prefix + following
    return fallback if fallback.casefold() not in taken else ""


def next_building_name(existing: list[str]) -> str:
    """The suggested name of a new building: after "Bâtiment B" comes "Bâtiment C"."""
    taken = {name.casefold() for name in existing}
    letter = next((letter for letter in string.ascii_uppercase
                   if _tr("Building {letter}").format(letter=letter).casefold() not in taken), "")
    return next_name(existing, _tr("Building {letter}").format(letter=letter) if letter else "")


class PlaceActions:
    """The actions of a PlacesTab; each opens a dialog with .open() and saves on OK."""

    def __init__(self, tab):
        self.tab = tab
        self.dialog = None

    @property
    def store(self):
        return self.tab.store

    def _open(self, dialog) -> None:
        self.dialog = dialog
        dialog.open()

    def add_building(self) -> None:
        """Ask for a building's name and add it to the residence."""
        def save(name: str) -> None:
            building = self.store.places.save_building(Building(name=name))
            self.tab.saved(_tr("Building “{name}” added.").format(name=building.name),
                           pm.BUILDING, building.id)

        suggestion = next_building_name([b.name for b in self.store.places.buildings()])
        self._open(NameDialog(_tr("Add a building"), _tr("Building &name:"), suggestion, save, self.tab))

    def add_entrance(self) -> None:
        """Ask for an entrance's name and add it to the selected building."""
        building_id, _entrance_id = self.tab.context()
        if building_id is None:
            buildings = self.store.places.buildings()
            if len(buildings) != 1:
                dialogs.show_info(self.tab, _tr("First select, in the list, the building of the new entrance."))
                return
            building_id = buildings[0].id
        building = self.tab.building(building_id)

        def save(name: str) -> None:
            entrance = self.store.places.save_entrance(Entrance(name=name, building_id=building_id))
            self.tab.saved(_tr("Entrance “{name}” added to {building}.").format(
                name=entrance.name, building=building.name), pm.ENTRANCE, entrance.id)

        # Entrances are often numbered across the whole residence: follow the last one.
        existing = [e.name for e in sorted(self.store.places.entrances(), key=lambda e: e.id)]
        count = len(self.store.places.entrances(building_id))
        suggestion = next_name(existing, _tr("Entrance {number}").format(number=count + 1))
        self._open(NameDialog(_tr("Add an entrance to {building}").format(building=building.name),
                              _tr("Entrance &name:"), suggestion, save, self.tab))

    def add_homes(self) -> None:
        """Add a range of homes to the selected entrance."""
        _building_id, entrance_id = self.tab.context()
        if entrance_id is None:
            dialogs.show_info(self.tab, _tr("First select, in the list, the entrance of the new homes."))
            return
        dialog = HomesDialog(self.store, entrance_id, self.tab)

        def done() -> None:
            if dialog.added == 1:
                sentence = _tr("1 home added to {entrance}.").format(entrance=dialog.entrance.label)
            else:
                sentence = _tr("{count} homes added to {entrance}.").format(
                    count=dialog.added, entrance=dialog.entrance.label)
            self.tab.saved(sentence, pm.ENTRANCE, entrance_id)

        dialog.accepted.connect(done)
        self._open(dialog)

    def add_area(self) -> None:
        """Add a common area where the selection is (the residence, a building, an entrance)."""
        building_id, entrance_id = self.tab.context()
        dialog = CommonAreaDialog(self.store, None, building_id, entrance_id, self.tab)
        dialog.accepted.connect(lambda: self._area_saved(dialog))
        self._open(dialog)

    def _area_saved(self, dialog: CommonAreaDialog) -> None:
        self.tab.saved(_tr("Common area “{name}” saved.").format(name=dialog.area.name),
                       pm.AREA, dialog.area.id)

    def rename(self) -> None:
        """Rename the selected building, entrance or home, or change the selected common area."""
        item = self.tab.current_item()
        if item is None:
            return
        kind, place_id = item.data(pm.KIND_ROLE), item.data(pm.ID_ROLE)
        if kind == pm.BUILDING:
            self._rename_building(self.tab.building(place_id))
        elif kind == pm.ENTRANCE:
            self._rename_entrance(self.tab.entrance(place_id))
        elif kind == pm.HOME:
            self._rename_home(item.parent().data(pm.ID_ROLE), place_id)
        elif kind == pm.AREA:
            area = next(a for a in self.store.places.common_areas() if a.id == place_id)
            dialog = CommonAreaDialog(self.store, area, parent=self.tab)
            dialog.accepted.connect(lambda: self._area_saved(dialog))
            self._open(dialog)

    def _renamed(self, old: str, new: str, kind: str, place_id: int, floor: int | None = None) -> None:
        self.tab.saved(_tr("“{old}” renamed “{new}”.").format(old=old, new=new), kind, place_id, floor)

    def _rename_building(self, building: Building) -> None:
        old = building.name

        def save(name: str) -> None:
            building.name = name
            saved = self.store.places.save_building(building)
            self._renamed(old, saved.name, pm.BUILDING, saved.id)

        self._open(NameDialog(_tr("Rename a building"), _tr("Building &name:"), old, save, self.tab))

    def _rename_entrance(self, entrance: Entrance) -> None:
        old = entrance.name

        def save(name: str) -> None:
            entrance.name = name
            saved = self.store.places.save_entrance(entrance)
            self._renamed(old, saved.name, pm.ENTRANCE, saved.id)

        self._open(NameDialog(_tr("Rename an entrance"), _tr("Entrance &name:"), old, save, self.tab))

    def _rename_home(self, entrance_id: int, home_id: int) -> None:
        home: Home = next(h for h in self.store.places.homes(entrance_id) if h.id == home_id)
        old = home.number

        def save(number: str) -> None:
            clash = [h for h in self.store.places.homes(entrance_id)
                     if h.id != home_id and h.number.casefold() == number.strip().casefold()]
            if clash:
                raise UserError(_tr("This entrance already has a home {number}.").format(number=number.strip()))
            home.number = number
            saved = self.store.places.save_home(home)
            self._renamed(old, saved.number, pm.HOME, saved.id, saved.floor)

        self._open(NameDialog(_tr("Change a home's number"), _tr("Home &number:"), old, save, self.tab))

    def remove(self) -> None:
        """Ask, then remove the selected place when nothing depends on it."""
        item = self.tab.current_item()
        if item is None:
            return
        kind, place_id = item.data(pm.KIND_ROLE), item.data(pm.ID_ROLE)
        if kind not in (pm.BUILDING, pm.ENTRANCE, pm.FLOOR, pm.HOME, pm.AREA):
            return
        name = item.text()
        if not dialogs.confirm(self.tab, _tr("Remove a place"),
                               _tr("Remove “{name}”?").format(name=name), _tr("Remove")):
            return
        try:
            with self.store.atomic():
                if kind == pm.FLOOR:
                    floor = item.data(pm.FLOOR_ROLE)
                    for home in self.store.places.homes(place_id):
                        if home.floor == floor:
                            self.store.places.delete_unused(self.tab.place_ref(pm.HOME, home.id))
                else:
                    self.store.places.delete_unused(self.tab.place_ref(kind, place_id))
        except UserError as error:
            self.tab.refuse(error)
            return
        self.tab.saved(_tr("“{name}” removed.").format(name=name), "", None)
