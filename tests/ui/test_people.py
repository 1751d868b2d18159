"""People tab: a representative adds, finds, edits and removes people by typing and clicking."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from desktop.domain.complaints import Complaint
from desktop.domain.people import LandlordService, Person, Role
from desktop.ui import dialogs
from desktop.ui.people.page import PeoplePlacesPage
from desktop.ui.people.people_model import PeopleTableModel
from desktop.ui.people.person_form import EntranceCheckModel
from tests.ui.people_helpers import click, type_into


@pytest.fixture
def page(qtbot, residence_store, events):
    widget = PeoplePlacesPage(residence_store, events)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    return widget


@pytest.fixture
def tab(page):
    return page.people


def shown_names(tab):
    return [tab.model.index(r, 0).data() for r in range(tab.model.rowCount())]


def add(store, name, role=Role.TENANT, **fields):
    return store.people.save(Person(name=name, role=role, **fields))


def test_a_person_typed_in_the_form_appears_in_the_list_and_the_store(tab, qtbot, events):
    with qtbot.waitSignal(events.message) as said:
        click(qtbot, tab.new_button)
        dialog = tab.dialog
        assert dialog.isVisible() and dialog.windowTitle() == "New person"
        type_into(qtbot, dialog.name, "Josiane Morel")
        dialog.role.setFocus()
        qtbot.keyClicks(dialog.role, "B")  # keyboard search: "Building representative"
        type_into(qtbot, dialog.phone, "06 12 34 56 78")
        type_into(qtbot, dialog.email, "josiane@example.fr")
        click(qtbot, dialog.ok_button)
    assert not dialog.isVisible()
    assert said.args == ["“Josiane Morel” saved."]
    assert shown_names(tab) == ["Josiane Morel"]
    row = tab.model.row_of(tab.selected_id())
    assert [tab.model.index(row, c).data() for c in range(5)] == [
        "Josiane Morel", "Building representative", "", "06 12 34 56 78", "josiane@example.fr"]
    saved = tab.store.people.list()[0]
    assert (saved.name, saved.role, saved.phone) == ("Josiane Morel", Role.BUILDING_REPRESENTATIVE, "06 12 34 56 78")


def test_the_entrances_a_person_represents_are_ticked_and_saved(tab, qtbot):
    click(qtbot, tab.new_button)
    dialog = tab.dialog
    type_into(qtbot, dialog.name, "Ahmed Benali")
    entrances = tab.store.places.entrances()
    dialog.entrances.setFocus()
    for row in (0, 2):
        dialog.entrances.setCurrentIndex(dialog.entrance_model.index(row))
        qtbot.keyClick(dialog.entrances, Qt.Key.Key_Space)
    click(qtbot, dialog.ok_button)
    saved = tab.store.people.list("Ahmed")[0]
    assert saved.entrance_ids == [entrances[0].id, entrances[2].id]
    row = tab.model.row_of(saved.id)
    assert tab.model.index(row, 5).data() == f"{entrances[0].label}, {entrances[2].label}"


def test_landlord_staff_have_a_service_and_others_do_not(tab, qtbot):
    click(qtbot, tab.new_button)
    dialog = tab.dialog
    assert not dialog.service.isVisibleTo(dialog)
    type_into(qtbot, dialog.name, "Sophie Garnier")
    dialog.role.setFocus()
    qtbot.keyClicks(dialog.role, "L")
    assert dialog.service.isVisibleTo(dialog)
    dialog.service.setFocus()
    qtbot.keyClicks(dialog.service, "W")  # "Works"
    type_into(qtbot, dialog.organisation, "Habitat Rhône")
    click(qtbot, dialog.ok_button)
    saved = tab.store.people.list()[0]
    assert (saved.role, saved.service, saved.organisation) == (
        Role.LANDLORD_STAFF, LandlordService.WORKS, "Habitat Rhône")
    assert tab.model.index(0, 2).data() == "Habitat Rhône – Works"


def test_a_bad_email_is_explained_and_what_was_typed_stays(tab, qtbot):
    click(qtbot, tab.new_button)
    dialog = tab.dialog
    type_into(qtbot, dialog.name, "Marc Dubois")
    type_into(qtbot, dialog.email, "marc.dubois")
    click(qtbot, dialog.ok_button)
    assert dialog.isVisible()
    assert dialog.error.isVisibleTo(dialog) and "marc.dubois" in dialog.error.text()
    assert dialog.name.text() == "Marc Dubois"
    assert tab.store.people.count() == 0


def test_enter_opens_the_selected_person_and_the_change_is_saved(tab, qtbot, events):
    person = add(tab.store, "Monique Perrin", phone="06 55 44 33 22")
    events.people_changed.emit()
    tab.table.setFocus()
    tab.select(person.id)
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    dialog = tab.dialog
    assert dialog.isVisible() and dialog.name.text() == "Monique Perrin"
    type_into(qtbot, dialog.phone, "07 00 00 00 01")
    click(qtbot, dialog.ok_button)
    assert tab.store.people.get(person.id).phone == "07 00 00 00 01"
    assert tab.model.index(tab.model.row_of(person.id), 3).data() == "07 00 00 00 01"


def test_a_double_click_opens_the_person(tab, qtbot, events):
    add(tab.store, "Hélène Chevalier")
    events.people_changed.emit()
    rect = tab.table.visualRect(tab.model.index(0, 0))
    # A real double-click starts with a press: QTest's mouseDClick alone does not send it.
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert tab.dialog.isVisible() and tab.dialog.name.text() == "Hélène Chevalier"


def test_the_search_box_and_the_role_filter_narrow_the_list_as_one_types(tab, qtbot, events):
    for name, role in (("Bernard Lefèvre", Role.CARETAKER), ("Bernadette Roy", Role.TENANT),
                       ("Fatou Diallo", Role.TENANT_REPRESENTATIVE)):
        add(tab.store, name, role)
    events.people_changed.emit()
    assert len(shown_names(tab)) == 3
    tab.search.setFocus()
    qtbot.keyClicks(tab.search, "bern")
    assert shown_names(tab) == ["Bernadette Roy", "Bernard Lefèvre"]
    tab.role_filter.setFocus()
    qtbot.keyClicks(tab.role_filter, "C")  # "Caretaker"
    assert shown_names(tab) == ["Bernard Lefèvre"]
    assert tab.count.text() == "1 of 3 shown"
    tab.search.clear()
    assert shown_names(tab) == ["Bernard Lefèvre"]


def test_removing_asks_first_and_keeps_the_person_when_refused(tab, qtbot, events, monkeypatch):
    person = add(tab.store, "Jean-Pierre Laurent")
    events.people_changed.emit()
    asked = []
    monkeypatch.setattr(dialogs, "confirm", lambda *args: asked.append(args[2]) or False)
    tab.select(person.id)
    click(qtbot, tab.remove_button)
    assert asked == ["Remove “Jean-Pierre Laurent” from the list of people?"]
    assert tab.store.people.count() == 1
    monkeypatch.setattr(dialogs, "confirm", lambda *args: True)
    click(qtbot, tab.remove_button)
    assert tab.store.people.count() == 0
    assert shown_names(tab) == []


def test_a_person_who_reported_complaints_cannot_be_removed(tab, qtbot, events, monkeypatch):
    person = add(tab.store, "Monique Perrin")
    category = tab.store.categories.list()[0].id
    tab.store.complaints.create(Complaint(title="Fuite", category_id=category, reporter_id=person.id,
                                          opened_on=dt.date(2026, 3, 1)))
    events.people_changed.emit()
    errors = []
    monkeypatch.setattr(dialogs, "confirm", lambda *args: True)
    monkeypatch.setattr(dialogs, "show_error", lambda parent, text: errors.append(text))
    tab.select(person.id)
    click(qtbot, tab.remove_button)
    assert errors == ["This person reported 1 complaint and cannot be removed."]
    assert shown_names(tab) == ["Monique Perrin"]
    assert tab.store.people.count() == 1


def test_edit_and_remove_wait_for_a_selection(tab, events):
    add(tab.store, "Fatou Diallo")
    events.people_changed.emit()
    assert not tab.edit_button.isEnabled() and not tab.remove_button.isEnabled()
    tab.table.selectRow(0)
    assert tab.edit_button.isEnabled() and tab.remove_button.isEnabled()


def test_the_people_list_reads_page_by_page(residence_store, qtmodeltester, monkeypatch):
    monkeypatch.setattr("desktop.ui.people.people_model.PAGE_SIZE", 10)
    with residence_store.atomic():
        for n in range(25):
            add(residence_store, f"Locataire {n:02d}", entrance_ids=[residence_store.places.entrances()[0].id])
    model = PeopleTableModel(residence_store)
    assert model.rowCount() == 10 and model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 25 and not model.canFetchMore()
    qtmodeltester.check(model)


def test_the_entrance_check_model_is_a_sound_qt_model(residence_store, qtmodeltester):
    entrances = residence_store.places.entrances()
    model = EntranceCheckModel(entrances, [entrances[1].id])
    assert model.checked_ids() == [entrances[1].id]
    qtmodeltester.check(model)


def test_the_person_form_is_kind_to_the_keyboard(tab, qtbot):
    click(qtbot, tab.new_button)
    dialog = tab.dialog
    for widget in (dialog.name, dialog.role, dialog.phone, dialog.email, dialog.organisation,
                   dialog.service, dialog.entrances, dialog.ok_button):
        assert widget.accessibleName()
