"""The places tree: buildings › entrances › floors › homes, and the common areas.

A QStandardItemModel is enough here: a residence has a few hundred places at most, and the tree
is rebuilt from the store after every change.
"""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from desktop.domain.places import CommonArea

# What an item stands for: (KIND_ROLE, ID_ROLE) = ("building", 3), ("floor", entrance id)...
KIND_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
FLOOR_ROLE = Qt.ItemDataRole.UserRole + 3

BUILDING, ENTRANCE, FLOOR, HOME, AREA, RESIDENCE_AREAS = (
    "building", "entrance", "floor", "home", "area", "residence_areas",
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Places", text)


def floor_label(floor: int) -> str:
    """"Ground floor", "Floor 3", "Basement 1"."""
    if floor == 0:
        return _tr("Ground floor")
    if floor < 0:
        return _tr("Basement {number}").format(number=-floor)
    return _tr("Floor {number}").format(number=floor)


def area_label(area: CommonArea) -> str:
    """The area's name, with its kind when the name does not already say it."""
    kind = _tr(area.kind.label)
    if area.name.strip().casefold() == kind.casefold():
        return _tr("{name} (common area)").format(name=area.name)
    return _tr("{name} (common area: {kind})").format(name=area.name, kind=kind)


def _item(text: str, kind: str, item_id: int | None, floor: int | None = None) -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    item.setData(kind, KIND_ROLE)
    item.setData(item_id, ID_ROLE)
    if floor is not None:
        item.setData(floor, FLOOR_ROLE)
    item.setToolTip(text)
    return item


def item_key(item: QStandardItem) -> tuple:
    """A key that finds the same place again after the tree is rebuilt."""
    return (item.data(KIND_ROLE), item.data(ID_ROLE), item.data(FLOOR_ROLE))


class PlacesTreeModel(QStandardItemModel):
    """The tree of the residence's places, rebuilt from the store by ``rebuild``."""

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.rebuild()

    def rebuild(self) -> None:
        """Read every place again."""
        self.clear()
        root = self.invisibleRootItem()
        areas = defaultdict(list)
        for area in self.store.places.common_areas():
            if area.entrance_id is not None:
                areas[(ENTRANCE, area.entrance_id)].append(area)
            elif area.building_id is not None:
                areas[(BUILDING, area.building_id)].append(area)
            else:
                areas[(RESIDENCE_AREAS, None)].append(area)
        entrances = defaultdict(list)
        for entrance in self.store.places.entrances():
            entrances[entrance.building_id].append(entrance)
        for building in self.store.places.buildings():
            item = _item(building.name, BUILDING, building.id)
            for entrance in entrances[building.id]:
                item.appendRow(self._entrance_item(entrance, areas[(ENTRANCE, entrance.id)]))
            for area in areas[(BUILDING, building.id)]:
                item.appendRow(_item(area_label(area), AREA, area.id))
            root.appendRow(item)
        if areas[(RESIDENCE_AREAS, None)]:
            item = _item(_tr("Common areas of the whole residence"), RESIDENCE_AREAS, None)
            for area in areas[(RESIDENCE_AREAS, None)]:
                item.appendRow(_item(area_label(area), AREA, area.id))
            root.appendRow(item)

    def _entrance_item(self, entrance, areas: list[CommonArea]) -> QStandardItem:
        homes = self.store.places.homes(entrance.id)
        if len(homes) == 1:
            text = _tr("{name} (1 home)").format(name=entrance.name)
        elif homes:
            text = _tr("{name} ({count} homes)").format(name=entrance.name, count=len(homes))
        else:
            text = _tr("{name} (no homes yet)").format(name=entrance.name)
        item = _item(text, ENTRANCE, entrance.id)
        floors: dict[int, QStandardItem] = {}
        for home in homes:
            if home.floor not in floors:
                floors[home.floor] = _item(floor_label(home.floor), FLOOR, entrance.id, home.floor)
                item.appendRow(floors[home.floor])
            floors[home.floor].appendRow(
                _item(_tr("Home {number}").format(number=home.number), HOME, home.id, home.floor)
            )
        for area in areas:
            item.appendRow(_item(area_label(area), AREA, area.id))
        return item
