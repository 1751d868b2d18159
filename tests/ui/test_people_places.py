"""Places and categories tabs: buildings, entrances, homes, common areas, the residence, categories."""

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt

from desktop.domain.complaints import Complaint
from desktop.domain.places import PlaceRef
from desktop.ui import dialogs
from desktop.ui.people import places_model as pm
from desktop.ui.people.categories_tab import CategoryTableModel
from desktop.ui.people.numbering import Numbering, home_numbers
from desktop.ui.people.page import PeoplePlacesPage
from tests.ui.people_helpers import click, type_into


def open_tab(qtbot, page, index):
    bar = page.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())


@pytest.fixture
def page(qtbot, residence_store, events):
    widget = PeoplePlacesPage(residence_store, events)
    qtbot.addWidget(widget)
    widget.resize(1100, 750)
    widget.show()
    open_tab(qtbot, widget, 1)
    return widget


@pytest.fixture
def tab(page):
    assert page.tabs.currentWidget() is page.places
    return page.places


def tree_texts(tab, parent=None):
    model = tab.model
    parent = parent or model.invisibleRootItem()
    return [parent.child(r).text() for r in range(parent.rowCount())]


def item_named(tab, text):
    return next(item for item in tab._items() if item.text() == text)


def select(tab, text):
    tab.tree.setFocus()
    tab.tree.setCurrentIndex(item_named(tab, text).index())


def save(qtbot, dialog, name=None):
    if name is not None:
        type_into(qtbot, dialog.name, name)
    click(qtbot, dialog.ok_button)


def test_the_tree_shows_buildings_entrances_floors_and_homes(tab, qtmodeltester):
    assert tree_texts(tab) == ["Bâtiment A", "Bâtiment B"]
    building_a = item_named(tab, "Bâtiment A")
    assert tree_texts(tab, building_a) == ["Entrée 1 (3 homes)", "Entrée 2 (3 homes)"]
    entrance = building_a.child(0)
    assert tree_texts(tab, entrance) == ["Ground floor", "Floor 1", "Floor 2"]
    assert entrance.child(1).child(0).text() == f"Home {entrance.data(pm.ID_ROLE)}11"
    qtmodeltester.check(tab.model)


def test_a_building_is_added_by_typing_its_name(tab, qtbot, events):
    with qtbot.waitSignal(events.places_changed):
        click(qtbot, tab.buttons["building"])
        dialog = tab.actions.dialog
        assert dialog.name.text() == "Bâtiment C"  # the name after the last one is suggested
        save(qtbot, dialog)
    assert "Bâtiment C" in [b.name for b in tab.store.places.buildings()]
    assert tree_texts(tab) == ["Bâtiment A", "Bâtiment B", "Bâtiment C"]
    assert tab.current_item().text() == "Bâtiment C"


def test_an_entrance_is_added_to_the_selected_building(tab, qtbot):
    select(tab, "Bâtiment B")
    click(qtbot, tab.buttons["entrance"])
    assert tab.actions.dialog.name.text() == "Entrée 4"
    save(qtbot, tab.actions.dialog, "Entrée 4")
    building_b = next(b for b in tab.store.places.buildings() if b.name == "Bâtiment B")
    assert [e.name for e in tab.store.places.entrances(building_b.id)] == ["Entrée 3", "Entrée 4"]
    assert tree_texts(tab, item_named(tab, "Bâtiment B"))[-1] == "Entrée 4 (no homes yet)"


def test_an_empty_name_is_refused_and_the_dialog_stays_open(tab, qtbot):
    click(qtbot, tab.buttons["building"])
    dialog = tab.actions.dialog
    dialog.name.setFocus()
    dialog.name.selectAll()
    qtbot.keyClick(dialog.name, Qt.Key.Key_Delete)
    click(qtbot, dialog.ok_button)
    assert dialog.isVisible() and dialog.error.text() == "The building needs a name."
    assert len(tab.store.places.buildings()) == 2


def test_a_range_of_homes_is_added_floor_by_floor(tab, qtbot, events):
    select(tab, "Bâtiment B")
    click(qtbot, tab.buttons["entrance"])
    save(qtbot, tab.actions.dialog, "Entrée 4")
    entrance = next(e for e in tab.store.places.entrances() if e.name == "Entrée 4")
    assert tab.current_item().data(pm.ID_ROLE) == entrance.id
    click(qtbot, tab.buttons["homes"])
    dialog = tab.actions.dialog
    type_into(qtbot, dialog.floor_from, "1")
    type_into(qtbot, dialog.floor_to, "3")
    type_into(qtbot, dialog.per_floor, "2")
    assert dialog.preview.text() == "6 homes will be added: 101 (Floor 1) to 302 (Floor 3)."
    with qtbot.waitSignal(events.message) as said:
        click(qtbot, dialog.ok_button)
    assert said.args == ["6 homes added to Bâtiment B – Entrée 4."]
    homes = [(h.floor, h.number) for h in tab.store.places.homes(entrance.id)]
    assert homes == [(1, "101"), (1, "102"), (2, "201"), (2, "202"), (3, "301"), (3, "302")]
    entrance_item = item_named(tab, "Entrée 4 (6 homes)")
    assert tree_texts(tab, entrance_item) == ["Floor 1", "Floor 2", "Floor 3"]
    assert tree_texts(tab, entrance_item.child(2)) == ["Home 301", "Home 302"]


def test_homes_that_already_exist_are_refused_and_nothing_is_added(tab, qtbot):
    entrance = tab.store.places.entrances()[0]
    select(tab, "Entrée 1 (3 homes)")
    click(qtbot, tab.buttons["homes"])
    dialog = tab.actions.dialog
    type_into(qtbot, dialog.floor_from, "0")
    type_into(qtbot, dialog.floor_to, "1")
    type_into(qtbot, dialog.per_floor, "1")
    dialog.pattern.setFocus()
    qtbot.keyClicks(dialog.pattern, "O")  # "One after the other"
    type_into(qtbot, dialog.first, f"{entrance.id}11")
    click(qtbot, dialog.ok_button)
    assert dialog.isVisible()
    assert dialog.error.text() == f"Bâtiment A – Entrée 1 already has a home {entrance.id}11; choose other numbers."
    assert len(tab.store.places.homes(entrance.id)) == 3


def test_home_numbering_patterns():
    assert home_numbers(0, 1, 2, Numbering.FLOOR_AND_NUMBER) == [(0, "001"), (0, "002"), (1, "101"), (1, "102")]
    assert home_numbers(1, 2, 2, Numbering.CONTINUOUS, first=5) == [(1, "5"), (1, "6"), (2, "7"), (2, "8")]
    assert home_numbers(2, 2, 3, Numbering.FLOOR_AND_LETTER, prefix="A-") == [
        (2, "A-2A"), (2, "A-2B"), (2, "A-2C")]
    assert home_numbers(3, 2, 4, Numbering.CONTINUOUS) == []


def test_renaming_a_building_with_enter_updates_the_tree_and_the_complaints(tab, qtbot):
    store = tab.store
    category = store.categories.list()[0].id
    entrance = store.places.entrances()[0]
    complaint = store.complaints.create(Complaint(
        title="Porte cassée", category_id=category, place=PlaceRef(entrance_id=entrance.id),
        opened_on=dt.date(2026, 3, 1)))
    select(tab, "Bâtiment A")
    qtbot.keyClick(tab.tree, Qt.Key.Key_Return)
    dialog = tab.actions.dialog
    assert dialog.windowTitle() == "Rename a building" and dialog.name.text() == "Bâtiment A"
    save(qtbot, dialog, "Bâtiment Azur")
    assert tree_texts(tab)[0] == "Bâtiment Azur"
    assert store.complaints.get(complaint.id).place.label == "Bâtiment Azur › Entrée 1"


def test_renaming_a_home_keeps_numbers_unique_in_its_entrance(tab, qtbot):
    entrance = tab.store.places.entrances()[0]
    home = tab.store.places.homes(entrance.id)[0]
    tab.tree.expandAll()
    select(tab, f"Home {home.number}")
    click(qtbot, tab.buttons["rename"])
    dialog = tab.actions.dialog
    save(qtbot, dialog, f"{entrance.id}11")
    assert dialog.isVisible() and "already has a home" in dialog.error.text()
    save(qtbot, dialog, "RDC-1")
    assert [h.number for h in tab.store.places.homes(entrance.id)][0] == "RDC-1"
    assert tab.current_item().text() == "Home RDC-1"


def test_a_common_area_is_added_where_the_selection_is(tab, qtbot):
    select(tab, "Entrée 2 (3 homes)")
    click(qtbot, tab.buttons["area"])
    dialog = tab.actions.dialog
    assert dialog.where.currentText() == "Bâtiment A – Entrée 2"
    dialog.kind.setFocus()
    qtbot.keyClicks(dialog.kind, "Li")  # "Lift"
    assert dialog.name.text() == "Lift"  # the name follows the kind until typed
    save(qtbot, dialog, "Ascenseur")
    area = tab.store.places.common_areas()[0]
    assert (area.name, area.kind.value, area.entrance_id) == ("Ascenseur", "lift", tab.store.places.entrances()[1].id)
    assert tab.current_item().text() == "Ascenseur (common area: Lift)"


def test_removing_a_place_asks_and_refuses_when_something_depends_on_it(tab, qtbot, monkeypatch):
    asked, errors = [], []
    monkeypatch.setattr(dialogs, "confirm", lambda *args: asked.append(args[2]) or True)
    monkeypatch.setattr(dialogs, "show_error", lambda parent, text: errors.append(text))
    select(tab, "Entrée 3 (3 homes)")
    click(qtbot, tab.buttons["remove"])
    assert errors == ["This entrance still has 3 homes; remove them first."]
    for _floor in range(3):
        entrance = item_named(tab, "Bâtiment B").child(0)
        tab.tree.setCurrentIndex(entrance.child(0).index())  # a floor: its homes go with it
        click(qtbot, tab.buttons["remove"])
    assert tree_texts(tab, item_named(tab, "Bâtiment B")) == ["Entrée 3 (no homes yet)"]
    select(tab, "Entrée 3 (no homes yet)")
    click(qtbot, tab.buttons["remove"])
    assert asked[-1] == "Remove “Entrée 3 (no homes yet)”?"
    assert [e.name for e in tab.store.places.entrances()] == ["Entrée 1", "Entrée 2"]


def test_the_residence_details_are_saved(tab, qtbot, events):
    assert tab.residence_name.text() == "Les Tilleuls"
    type_into(qtbot, tab.address, "12 rue des Tilleuls")
    type_into(qtbot, tab.landlord, "Est Métropole Habitat")
    with qtbot.waitSignal(events.message) as said:
        click(qtbot, tab.save_residence_button)
    assert said.args == ["The residence details are saved."]
    residence = tab.store.places.first_residence()
    assert (residence.address, residence.landlord) == ("12 rue des Tilleuls", "Est Métropole Habitat")


# Categories ------------------------------------------------------------------------------------
@pytest.fixture
def categories(page, qtbot):
    open_tab(qtbot, page, 2)
    assert page.tabs.currentWidget() is page.categories
    return page.categories


def category_names(tab):
    return [tab.model.index(r, 0).data() for r in range(tab.model.rowCount())]


def test_a_category_is_added_renamed_and_removed(categories, qtbot, monkeypatch, events):
    with qtbot.waitSignal(events.categories_changed):
        click(qtbot, categories.add_button)
        save(qtbot, categories.dialog, "Ascenseur de secours")
    assert category_names(categories)[-1] == "Ascenseur de secours"
    assert categories.selected_row() == categories.model.rowCount() - 1
    qtbot.keyClick(categories.table, Qt.Key.Key_Return)
    save(qtbot, categories.dialog, "Monte-charge")
    assert "Monte-charge" in [c.name for c in categories.store.categories.list()]
    monkeypatch.setattr(dialogs, "confirm", lambda *args: True)
    click(qtbot, categories.remove_button)
    assert "Monte-charge" not in category_names(categories)


def test_a_category_in_use_cannot_be_removed(categories, qtbot, monkeypatch, events):
    store = categories.store
    lift = store.categories.list()[0]
    store.complaints.create(Complaint(title="Panne", category_id=lift.id, opened_on=dt.date(2026, 3, 1)))
    events.complaints_changed.emit()
    assert categories.model.index(0, 1).data() == "1"
    errors = []
    monkeypatch.setattr(dialogs, "confirm", lambda *args: True)
    monkeypatch.setattr(dialogs, "show_error", lambda parent, text: errors.append(text))
    categories.table.selectRow(0)
    click(qtbot, categories.remove_button)
    assert errors == ["1 complaint uses this category; it cannot be removed."]
    assert category_names(categories)[0] == lift.name


def test_a_duplicate_category_name_is_explained(categories, qtbot):
    click(qtbot, categories.add_button)
    dialog = categories.dialog
    save(qtbot, dialog, categories.model.index(0, 0).data().upper())
    assert dialog.isVisible() and dialog.error.text().startswith("There is already a category")


def test_the_category_model_is_a_sound_qt_model(residence_store, qtmodeltester):
    qtmodeltester.check(CategoryTableModel(residence_store))


def test_unsaved_residence_details_survive_other_changes(tab, qtbot):
    type_into(qtbot, tab.city, "Vaulx-en-Velin")
    click(qtbot, tab.buttons["building"])
    save(qtbot, tab.actions.dialog, "Tour Est")
    assert tab.city.text() == "Vaulx-en-Velin"
    assert tab.store.places.first_residence().city == "Villeurbanne"


def test_a_category_is_marked_as_a_neighbourhood_disturbance(categories, qtbot, events):
    store = categories.store
    click(qtbot, categories.add_button)
    save(qtbot, categories.dialog, "Troubles de voisinage")  # imported-style name: inferred
    row = categories.selected_row()
    assert categories.model.index(row, 2).data() == "Yes" and categories.disturbance_box.isChecked()
    lift_row = category_names(categories).index("Lift")
    categories.table.selectRow(lift_row)
    assert not categories.disturbance_box.isChecked()
    box = categories.disturbance_box
    with qtbot.waitSignal(events.categories_changed):  # a click on its square
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    lift = next(c for c in store.categories.list() if c.name == "Lift")
    assert lift.disturbance and categories.model.index(lift_row, 2).data() == "Yes"
    categories.table.selectRow(row)
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert "Troubles de voisinage" not in {c.name for c in store.categories.list() if c.disturbance}
