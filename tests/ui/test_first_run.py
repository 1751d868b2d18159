"""First run: a newcomer creates their residence by typing, or explores the demo."""

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from desktop.domain.errors import UserError
from desktop.domain.places import Residence, ResidencePlan
from desktop.ui import first_run
from desktop.ui.first_run import FirstRunDialog
from desktop.ui.first_run_parts import BuildingPlanModel, entrance_names
from tests.ui.people_helpers import click, type_into, type_text


@pytest.fixture
def dialog(qtbot, store):
    widget = FirstRunDialog(store)
    qtbot.addWidget(widget)
    widget.open()
    return widget


def test_a_residence_with_two_buildings_and_their_entrances_is_created_by_typing(dialog, qtbot, store):
    assert dialog.stack.currentIndex() == first_run.WELCOME
    click(qtbot, dialog.create_button)
    assert dialog.stack.currentIndex() == first_run.RESIDENCE
    type_text(qtbot, dialog.residence_name, "Les Tilleuls")
    type_into(qtbot, dialog.city, "Villeurbanne")
    type_into(qtbot, dialog.landlord, "Habitat Rhône")
    click(qtbot, dialog.next_button)
    assert dialog.stack.currentIndex() == first_run.BUILDINGS
    type_into(qtbot, dialog.building_name, "Bâtiment A")
    type_into(qtbot, dialog.entrances, "2")
    click(qtbot, dialog.add_building_button)
    assert dialog.building_name.text() == "Bâtiment B"  # the next one is suggested
    type_into(qtbot, dialog.entrances, "Entrée 3, Entrée 4")
    qtbot.keyClick(dialog.entrances, Qt.Key.Key_Return)  # Enter adds the building, it does not finish
    assert dialog.isVisible() and store.is_empty()
    table = [[dialog.plan.index(r, c).data() for c in range(2)] for r in range(dialog.plan.rowCount())]
    assert table == [["Bâtiment A", "Entrance 1, Entrance 2"], ["Bâtiment B", "Entrée 3, Entrée 4"]]
    with qtbot.waitSignal(dialog.accepted):
        click(qtbot, dialog.next_button)
    assert dialog.result() == QDialog.DialogCode.Accepted
    residence = store.places.first_residence()
    assert (residence.name, residence.city, residence.landlord) == ("Les Tilleuls", "Villeurbanne", "Habitat Rhône")
    assert [(e.building_name, e.name) for e in store.places.entrances()] == [
        ("Bâtiment A", "Entrance 1"), ("Bâtiment A", "Entrance 2"),
        ("Bâtiment B", "Entrée 3"), ("Bâtiment B", "Entrée 4")]


def test_cancel_creates_nothing(dialog, qtbot, store):
    click(qtbot, dialog.create_button)
    type_text(qtbot, dialog.residence_name, "Les Tilleuls")
    click(qtbot, dialog.next_button)
    click(qtbot, dialog.add_building_button)
    with qtbot.waitSignal(dialog.rejected):
        click(qtbot, dialog.cancel_button)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert store.is_empty() and store.places.buildings() == []


def test_the_residence_needs_a_name_before_the_next_step(dialog, qtbot):
    click(qtbot, dialog.create_button)
    click(qtbot, dialog.next_button)
    assert dialog.stack.currentIndex() == first_run.RESIDENCE
    assert dialog.error.isVisibleTo(dialog) and dialog.error.text() == "Please type the name of your residence."


def test_a_building_typed_but_not_added_is_created_too_and_back_keeps_the_typing(dialog, qtbot, store):
    click(qtbot, dialog.create_button)
    type_text(qtbot, dialog.residence_name, "Le Clos")
    click(qtbot, dialog.next_button)
    click(qtbot, dialog.back_button)
    assert dialog.residence_name.text() == "Le Clos"
    click(qtbot, dialog.next_button)
    type_into(qtbot, dialog.building_name, "Tour Nord")
    type_into(qtbot, dialog.entrances, "1")
    click(qtbot, dialog.next_button)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert [(e.building_name, e.name) for e in store.places.entrances()] == [("Tour Nord", "Entrance 1")]


def test_a_building_can_be_taken_out_of_the_list(dialog, qtbot):
    click(qtbot, dialog.create_button)
    type_text(qtbot, dialog.residence_name, "Le Clos")
    click(qtbot, dialog.next_button)
    click(qtbot, dialog.add_building_button)
    click(qtbot, dialog.add_building_button)
    assert dialog.plan.buildings == [("Building A", ["Entrance 1"]), ("Building B", ["Entrance 2"])]
    dialog.plan_table.selectRow(0)
    click(qtbot, dialog.remove_building_button)
    assert dialog.plan.names() == ["Building B"]


def test_the_demo_is_built_in_the_background_with_its_progress_shown(dialog, qtbot, store, monkeypatch):
    calls = []

    def fake_build_demo(target, seed=1, complaints=600, progress=None):
        calls.append((seed, complaints))
        for done in range(0, complaints + 1, 200):
            progress(done, complaints)
        target.places.create_from_plan(ResidencePlan(Residence(name="Résidence démo"), [("A", ["1"])]))
        return "summary"

    monkeypatch.setattr("desktop.services.demo.build_demo", fake_build_demo)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        click(qtbot, dialog.demo_button)
        assert dialog.stack.currentIndex() == first_run.DEMO
        assert not dialog.cancel_button.isEnabled()
    assert calls == [(1, 600)]
    assert dialog.progress.maximum() == 600 and dialog.progress.value() == 600
    assert dialog.summary == "summary"
    assert store.places.first_residence().name == "Résidence démo"


def test_the_real_demo_fills_the_database(dialog, qtbot, store, monkeypatch):
    monkeypatch.setattr(first_run, "DEMO_COMPLAINTS", 30)
    with qtbot.waitSignal(dialog.accepted, timeout=60_000):
        click(qtbot, dialog.demo_button)
    assert not store.is_empty()
    assert store.complaints.count() == 30
    assert store.people.count() > 0


def test_a_demo_that_fails_says_why_and_lets_the_user_choose_again(dialog, qtbot, store, monkeypatch):
    def refusing(target, seed=1, complaints=600, progress=None):
        raise UserError("This database already holds a residence.")

    monkeypatch.setattr("desktop.services.demo.build_demo", refusing)
    click(qtbot, dialog.demo_button)
    qtbot.waitUntil(lambda: dialog.error.text() == "This database already holds a residence.")
    assert dialog.stack.currentIndex() == first_run.WELCOME and dialog.cancel_button.isEnabled()
    assert dialog.isVisible() and store.is_empty()


def test_entrances_are_typed_as_a_count_or_as_names():
    assert entrance_names("3") == ["Entrance 1", "Entrance 2", "Entrance 3"]
    assert entrance_names("2", first=4) == ["Entrance 4", "Entrance 5"]
    assert entrance_names(" Entrée 5 ; Entrée 6,") == ["Entrée 5", "Entrée 6"]
    assert entrance_names("") == ["Entrance 1"]


def test_the_building_plan_is_a_sound_qt_model(qtmodeltester):
    model = BuildingPlanModel()
    model.add("Bâtiment A", ["Entrée 1", "Entrée 2"])
    model.add("Bâtiment B", ["Entrée 3"])
    qtmodeltester.check(model)
    model.remove(0)
    assert model.names() == ["Bâtiment B"]


def test_escape_does_not_close_the_dialog_while_the_demo_is_written(dialog, qtbot, store, monkeypatch):
    release = threading.Event()

    def slow_build_demo(target, seed=1, complaints=600, progress=None):
        release.wait(10)
        target.places.create_from_plan(ResidencePlan(Residence(name="Démo"), [("A", ["1"])]))

    monkeypatch.setattr("desktop.services.demo.build_demo", slow_build_demo)
    click(qtbot, dialog.demo_button)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.busy
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        release.set()
    assert store.places.first_residence().name == "Démo"


def test_the_first_run_asks_the_person_s_name_and_histories_use_it(qtbot, store, monkeypatch):
    """Histories said "root" (the computer's account): the welcome page asks who is working."""
    from desktop.domain.complaints import Complaint
    from desktop.ui import settings

    monkeypatch.setattr(settings, "_login_name", lambda: "root")
    store.profile = "root"
    widget = FirstRunDialog(store)
    qtbot.addWidget(widget)
    widget.open()
    assert widget.user_name.text() == ""  # "root" says nothing about who typed
    type_text(qtbot, widget.user_name, "Marie Martin")
    click(qtbot, widget.create_button)
    type_text(qtbot, widget.residence_name, "Les Tilleuls")
    click(qtbot, widget.next_button)
    type_into(qtbot, widget.building_name, "Bâtiment A")
    click(qtbot, widget.add_building_button)
    with qtbot.waitSignal(widget.accepted):
        click(qtbot, widget.next_button)
    assert settings.read(settings.PROFILE) == "Marie Martin"
    complaint = store.complaints.create(Complaint(title="Fuite", category_id=store.categories.list()[0].id))
    assert [entry.profile for entry in store.complaints.history(complaint.id)] == ["Marie Martin"]
