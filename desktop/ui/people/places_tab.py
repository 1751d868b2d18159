"""The "Places" tab: the residence's details and the tree of its buildings, entrances and homes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import UserError
from desktop.domain.places import Building, Entrance, PlaceRef, Residence
from desktop.ui import dialogs
from desktop.ui.people import places_model as pm
from desktop.ui.people.place_actions import PlaceActions
from desktop.ui.people.widgets import PlaceTree, label


def _tr(text: str) -> str:
    return QCoreApplication.translate("Places", text)


class PlacesTab(QWidget):
    """Residence details (editable) above the places tree and its buttons."""

    def __init__(self, store, events, parent=None):
        super().__init__(parent)
        self.store, self.events = store, events
        self.model = pm.PlacesTreeModel(store, self)
        self.actions = PlaceActions(self)
        self._stale = False
        layout = QVBoxLayout(self)
        layout.addWidget(self._residence_box())
        layout.addWidget(self._tree_box(), 1)
        self._load_residence()
        self.tree.expandToDepth(0)
        events.places_changed.connect(self.reload)
        self.translate_ui()
        self._update_buttons()

    def translate_ui(self) -> None:
        """(Re)write every visible string; called again when the language changes."""
        self.residence_box.setTitle(_tr("The residence"))
        for key, text, accessible in (
            ("residence_name", _tr("Residence &name:"), _tr("Residence name")),
            ("city", _tr("&City:"), _tr("City")),
            ("address", _tr("&Address:"), _tr("Address")),
            ("landlord", _tr("&Landlord:"), _tr("Landlord")),
        ):
            self.captions[key].setText(text)
            getattr(self, key).setAccessibleName(accessible)
        self.save_residence_button.setText(_tr("Save the residence &details"))
        self.save_residence_button.setAccessibleName(_tr("Save the residence details"))
        self.logo_button.setText(_tr("&Logo for the documents…"))
        self.logo_button.setAccessibleName(_tr("Logo printed on the documents"))
        self.tree_box.setTitle(_tr("Buildings, entrances, homes and common areas"))
        self.tree.setAccessibleName(_tr("Places of the residence"))
        for key, text, accessible in (
            ("building", _tr("Add a &building…"), _tr("Add a building")),
            ("entrance", _tr("Add an en&trance…"), _tr("Add an entrance")),
            ("homes", _tr("Add &homes…"), _tr("Add homes to the selected entrance")),
            ("area", _tr("Add a co&mmon area…"), _tr("Add a common area")),
            ("rename", _tr("&Rename…"), _tr("Rename the selected place")),
            ("remove", _tr("Remo&ve"), _tr("Remove the selected place")),
        ):
            self.buttons[key].setText(text)
            self.buttons[key].setAccessibleName(accessible)
        self.hint.setText(_tr("Select a place in the list, then choose what to do. "
                              "Enter renames the selected place."))

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange:
            self.translate_ui()
            # The tree's labels ("Floor 2", "Home 201") are built from the store: rebuild them
            # now if they are in view, else when the tab is next shown.
            if self.isVisible():
                self.reload()
            else:
                self._stale = True
        super().changeEvent(event)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt name)
        if self._stale:
            self.reload()
        super().showEvent(event)

    # Residence ------------------------------------------------------------------------------
    def _residence_box(self) -> QGroupBox:
        self.residence_box = box = QGroupBox()
        self.residence_name, self.address = QLineEdit(), QLineEdit()
        self.city, self.landlord = QLineEdit(), QLineEdit()
        # Two columns of fields keep the tree below as tall as possible.
        grid = QGridLayout()
        self.captions: dict[str, QLabel] = {}
        for key, row, column in (("residence_name", 0, 0), ("city", 0, 2), ("address", 1, 0), ("landlord", 1, 2)):
            caption = self.captions[key] = QLabel()
            caption.setBuddy(getattr(self, key))
            grid.addWidget(caption, row, column)
            grid.addWidget(getattr(self, key), row, column + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        grid.setColumnMinimumWidth(2, 110)
        self.save_residence_button = QPushButton()
        self.save_residence_button.clicked.connect(self.save_residence)
        self.residence_error = label(role="error")
        self.residence_error.hide()
        row = QHBoxLayout()
        row.addWidget(self.residence_error, 1)
        row.addStretch(0)
        self.logo_button = QPushButton()
        self.logo_button.clicked.connect(self.open_logo)
        row.addWidget(self.logo_button)
        row.addWidget(self.save_residence_button)
        layout = QVBoxLayout(box)
        layout.addLayout(grid)
        layout.addLayout(row)
        return box

    def _load_residence(self) -> None:
        residence = self.store.places.first_residence() or Residence(name="")
        self.residence = residence
        fields = (self.residence_name, self.address, self.city, self.landlord)
        if any(field.isModified() for field in fields):
            return  # the user is typing: never overwrite what they have not saved yet
        for field, value in zip(fields, (residence.name, residence.address, residence.city,
                                         residence.landlord)):
            field.setText(value)
            field.setCursorPosition(0)  # a long value shows its beginning ("Habitat…", not "labitat…")

    def save_residence(self) -> None:
        """Save the residence's name, address, city and landlord."""
        residence = Residence(
            id=self.residence.id, name=self.residence_name.text(), address=self.address.text().strip(),
            city=self.city.text().strip(), landlord=self.landlord.text().strip(),
        )
        try:
            self.residence = self.store.places.save_residence(residence)
        except UserError as error:
            self.residence_error.setText(error.message)
            self.residence_error.show()
            return
        self.residence_error.hide()
        for field in (self.residence_name, self.address, self.city, self.landlord):
            field.setModified(False)
        self.events.places_changed.emit()
        self.events.message.emit(_tr("The residence details are saved."))

    def open_logo(self) -> None:
        """Choose or remove the logo printed on the documents."""
        from desktop.ui.people.logo_dialog import LogoDialog

        self.logo_dialog = LogoDialog(self.store, self)
        self.logo_dialog.changed.connect(self.events.places_changed.emit)
        self.logo_dialog.open()

    # Tree -----------------------------------------------------------------------------------
    def _tree_box(self) -> QGroupBox:
        self.tree_box = box = QGroupBox()
        self.tree = PlaceTree()
        self.tree.setModel(self.model)
        self.tree.setStyleSheet("QTreeView::item { padding: 3px 2px; }")
        self.tree.open_requested.connect(lambda _index: self.actions.rename())
        self.tree.selectionModel().currentChanged.connect(self._update_buttons)
        buttons = QVBoxLayout()
        self.buttons = {}
        actions = self.actions
        for key, slot in (("building", actions.add_building), ("entrance", actions.add_entrance),
                          ("homes", actions.add_homes), ("area", actions.add_area),
                          ("rename", actions.rename), ("remove", actions.remove)):
            button = self.buttons[key] = QPushButton()
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.hint = label(role="hint")
        tree_column = QVBoxLayout()
        tree_column.addWidget(self.tree, 1)
        tree_column.addWidget(self.hint)
        layout = QHBoxLayout(box)
        layout.addLayout(tree_column, 1)
        layout.addLayout(buttons)
        return box

    def current_item(self):
        """The selected tree item, or None."""
        index = self.tree.currentIndex()
        return self.model.itemFromIndex(index) if index.isValid() else None

    def context(self) -> tuple[int | None, int | None]:
        """(building id, entrance id) of the selected item or of its ancestors."""
        building_id = entrance_id = None
        item = self.current_item()
        while item is not None:
            kind = item.data(pm.KIND_ROLE)
            if kind == pm.ENTRANCE and entrance_id is None:
                entrance_id = item.data(pm.ID_ROLE)
            if kind == pm.BUILDING:
                building_id = item.data(pm.ID_ROLE)
            item = item.parent()
        return building_id, entrance_id

    def _update_buttons(self, *_args) -> None:
        item = self.current_item()
        kind = item.data(pm.KIND_ROLE) if item else None
        self.buttons["rename"].setEnabled(kind in (pm.BUILDING, pm.ENTRANCE, pm.HOME, pm.AREA))
        self.buttons["remove"].setEnabled(kind in (pm.BUILDING, pm.ENTRANCE, pm.FLOOR, pm.HOME, pm.AREA))

    def reload(self, select: tuple | None = None) -> None:
        """Rebuild the tree, keeping what was expanded and selected (or selecting ``select``)."""
        expanded, current = set(), None
        for item in self._items():
            if self.tree.isExpanded(item.index()):
                expanded.add(pm.item_key(item))
        if self.current_item() is not None:
            current = pm.item_key(self.current_item())
        self._stale = False
        self.model.rebuild()
        target = select or current
        for item in self._items():
            key = pm.item_key(item)
            if key in expanded:
                self.tree.expand(item.index())
            if key == target:
                self._select(item.index())
        self._load_residence()
        self._update_buttons()

    def select_place(self, kind: str, place_id: int | None, floor: int | None = None) -> None:
        """Select (and reveal) the tree item of this place."""
        for item in self._items():
            if pm.item_key(item) == (kind, place_id, floor):
                self._select(item.index())
                return

    def _select(self, index: QModelIndex) -> None:
        parent = index.parent()
        while parent.isValid():
            self.tree.expand(parent)
            parent = parent.parent()
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)

    def _items(self):
        stack = [self.model.invisibleRootItem()]
        while stack:
            item = stack.pop()
            for row in range(item.rowCount()):
                child = item.child(row)
                yield child
                stack.append(child)

    # Used by PlaceActions ---------------------------------------------------------------------
    def building(self, building_id: int) -> Building:
        """The building with this id."""
        return next(b for b in self.store.places.buildings() if b.id == building_id)

    def entrance(self, entrance_id: int) -> Entrance:
        """The entrance with this id."""
        return self.store.places.entrance(entrance_id)

    def saved(self, sentence: str, kind: str, place_id: int | None, floor: int | None = None) -> None:
        """After a write: tell every view, rebuild the tree on the place, say what happened."""
        self.events.places_changed.emit()
        self.select_place(kind, place_id, floor)
        self.tree.setFocus()
        self.events.message.emit(sentence)

    def refuse(self, error: UserError) -> None:
        """Show why an action was refused."""
        dialogs.show_error(self, error.message)

    @staticmethod
    def place_ref(kind: str, place_id: int) -> PlaceRef:
        """The reference of a tree item's place, for removal."""
        field = {pm.BUILDING: "building_id", pm.ENTRANCE: "entrance_id", pm.HOME: "home_id",
                 pm.AREA: "common_area_id"}[kind]
        return PlaceRef(**{field: place_id})
