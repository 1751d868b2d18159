"""Choosing a person or a place by typing a few letters of any word of it, as a person does: the
list shows only what matches, best first, and the keyboard never picks something that does not."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from desktop.domain.people import Person, Role
from tests.ui.people_helpers import click


@pytest.fixture
def people(residence_store):
    store = residence_store
    # First in the list: the neighbour complained about, whom a wrong pick would name.
    disturber = store.people.save(Person(name="Alain Perrot", role=Role.TENANT))
    haddad = store.people.save(Person(name="Karim Haddad", role=Role.TENANT))
    store.people.save(Person(name="Mme Da Silva", role=Role.BUILDING_REPRESENTATIVE))
    store.people.save(Person(name="Hadrien Lemoine", role=Role.CARETAKER))
    return disturber, haddad


def _complaint_form(store, events):
    from desktop.ui.complaints.form import ComplaintDialog

    dialog = ComplaintDialog(store, events)
    return dialog, dialog.fields


def _liaison(store, events):
    from desktop.ui.meetings.form_dialog import LiaisonFormDialog

    dialog = LiaisonFormDialog(store)
    return dialog, dialog


def _meeting_mode(store, events):
    from desktop.services import meetings as service
    from desktop.ui.meetings.meeting_mode import MeetingModeWindow

    meeting = service.plan_meeting(store, dt.date(2026, 3, 12))
    window = MeetingModeWindow(store, events, meeting.id)
    window.tabs.setCurrentWidget(window.commitments_panel)
    return window, window.commitments_panel


PEOPLE_PICKERS = {
    "complaint reporter": (_complaint_form, "reporter"),
    "liaison form asker": (_liaison, "asker"),
    "commitment owner": (_meeting_mode, "owner"),
}


@pytest.fixture
def open_picker(qtbot, residence_store, events, people, monkeypatch):
    from desktop.ui import dialogs

    monkeypatch.setattr(dialogs, "confirm", lambda *args: True)  # discard what was typed at teardown

    def opener(make, attribute):
        root, owner = make(residence_store, events)
        qtbot.addWidget(root)
        root.show()
        with qtbot.waitActive(root):
            root.activateWindow()
        combo = getattr(owner, attribute)
        combo.lineEdit().setFocus()
        return root, combo
    return opener


def offered(combo) -> list[str]:
    """The suggestions the person sees under the field, top to bottom."""
    popup = combo.completer().popup()
    if not popup.isVisible():
        return []
    model = popup.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


@pytest.mark.parametrize("name", PEOPLE_PICKERS)
def test_a_few_letters_of_the_surname_offer_that_person_and_down_enter_picks_them(qtbot, open_picker, people,
                                                                                  name):
    _disturber, haddad = people
    _root, combo = open_picker(*PEOPLE_PICKERS[name])
    qtbot.keyClicks(combo.lineEdit(), "hadd")
    assert offered(combo) == ["Karim Haddad"]
    qtbot.keyClick(combo.completer().popup(), Qt.Key.Key_Down)
    qtbot.keyClick(combo.completer().popup(), Qt.Key.Key_Return)
    assert combo.currentText() == "Karim Haddad"
    assert combo.current_data() == haddad.id


@pytest.mark.parametrize("name", PEOPLE_PICKERS)
def test_the_start_of_a_word_is_offered_before_letters_inside_a_word(qtbot, open_picker, name):
    _root, combo = open_picker(*PEOPLE_PICKERS[name])
    qtbot.keyClicks(combo.lineEdit(), "HAD")
    assert offered(combo) == ["Hadrien Lemoine", "Karim Haddad"]  # both start so: the list's order
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Backspace)
    qtbot.keyClicks(combo.lineEdit(), "dd")
    assert offered(combo) == ["Karim Haddad"]


@pytest.mark.parametrize("name", PEOPLE_PICKERS)
def test_down_and_enter_on_a_name_that_matches_nobody_choose_nobody(qtbot, open_picker, people, name):
    disturber, _haddad = people
    _root, combo = open_picker(*PEOPLE_PICKERS[name])
    qtbot.keyClicks(combo.lineEdit(), "Mme Zorn")
    assert offered(combo) == []
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Down)
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Down)
    assert combo.currentText() == "Mme Zorn"
    assert combo.current_data() is None
    assert disturber.name not in combo.lineEdit().text()


def test_the_liaison_form_saved_after_down_enter_names_the_typed_asker_not_the_first_person(
        qtbot, open_picker, residence_store, people):
    _root, dialog = _liaison_dialog(qtbot, open_picker)
    qtbot.keyClicks(dialog.asker.lineEdit(), "hadd")
    qtbot.keyClick(dialog.asker.completer().popup(), Qt.Key.Key_Down)
    qtbot.keyClick(dialog.asker.completer().popup(), Qt.Key.Key_Return)
    click(qtbot, dialog.save_button)
    [form] = residence_store.forms.list()
    assert form.asker_id == people[1].id


def test_the_liaison_form_with_an_unknown_asker_keeps_the_typed_name(qtbot, open_picker, residence_store,
                                                                       people):
    _root, dialog = _liaison_dialog(qtbot, open_picker)
    qtbot.keyClicks(dialog.asker.lineEdit(), "hadd zzz")
    qtbot.keyClick(dialog.asker.lineEdit(), Qt.Key.Key_Down)
    qtbot.keyClick(dialog.asker.lineEdit(), Qt.Key.Key_Return)
    if dialog.isVisible():
        click(qtbot, dialog.save_button)
    assert not dialog.error.isVisible(), dialog.error.text()
    [form] = residence_store.forms.list()
    assert (form.asker_id, form.asker_name) == (None, "hadd zzz")


def _liaison_dialog(qtbot, open_picker):
    root, combo = open_picker(_liaison, "asker")
    root.question.setFocus()
    qtbot.keyClicks(root.question, "Bruit la nuit")
    combo.lineEdit().setFocus()
    return root, root


def test_a_building_letter_offers_that_building_first_then_only_its_entrances_and_homes(qtbot, open_picker):
    _root, combo = open_picker(_complaint_form, "place")
    qtbot.keyClicks(combo.lineEdit(), "batiment b")
    places = offered(combo)
    assert places[0] == "Bâtiment B"
    assert places[1] == "Bâtiment B › Entrée 3"
    assert places and all(place.startswith("Bâtiment B") for place in places)
    qtbot.keyClick(combo.completer().popup(), Qt.Key.Key_Down)
    qtbot.keyClick(combo.completer().popup(), Qt.Key.Key_Return)
    assert combo.currentText() == "Bâtiment B"
    assert combo.current_data().building_id is not None
