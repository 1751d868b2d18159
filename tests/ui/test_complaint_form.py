"""A person fills in the complaint form, saves it, edits it, and is warned before losing edits."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget

from desktop.domain.complaints import Complaint, Urgency
from desktop.domain.people import Person, Role
from desktop.ui.flow import ResponsiveRow
from desktop.ui import dialogs
from desktop.ui.complaints.form import ComplaintDialog
from tests.ui.people_helpers import type_text
from tests.conftest import FIXED_NOW


@pytest.fixture(autouse=True)
def british_dates():
    """Month names and date order as in the assertions, whatever the machine's locale."""
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(previous)


@pytest.fixture(autouse=True)
def no_real_message_boxes(monkeypatch):
    """A message box nobody expected fails the test instead of waiting for a click forever."""

    def unexpected(*args):
        raise AssertionError(f"unexpected dialog: {args[1:]}")

    for name in ("confirm", "show_error", "show_info"):
        monkeypatch.setattr(dialogs, name, unexpected)


@pytest.fixture
def open_form(qtbot, residence_store, events):
    """Open the form as the register would (non-modal), for a new or an existing complaint."""
    opened: list[ComplaintDialog] = []

    def opener(complaint_id: int | None = None) -> ComplaintDialog:
        dialog = ComplaintDialog(residence_store, events, complaint_id)
        dialog.show()
        dialog.resize(1280, 900)  # a wide screen: fields and status side by side, all in view
        qtbot.waitExposed(dialog)
        qtbot.waitUntil(lambda: not dialog.findChild(ResponsiveRow).is_stacked())
        opened.append(dialog)
        return dialog

    yield opener
    for dialog in opened:
        dialog.discard_edits()  # closing must not ask "Discard?" at teardown
        dialog.close()
        dialog.deleteLater()


def category_id(store, name: str) -> int:
    return next(c.id for c in store.categories.list() if c.name == name)


def make_complaint(store, title: str = "Hall light broken", **fields) -> Complaint:
    return store.complaints.create(
        Complaint(title=title, category_id=category_id(store, "Lighting"), **fields)
    )


def pick_from_completer(qtbot, combo, typed: str) -> None:
    """Type in an editable combo, then take the first suggestion with Down and Enter."""
    qtbot.keyClicks(combo.lineEdit(), typed)
    popup = combo.completer().popup()
    assert popup.isVisible()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)


def test_a_person_creates_a_complaint_by_typing_and_clicking(qtbot, open_form, residence_store, events):
    form = open_form()
    assert form.windowTitle() == "New complaint"
    fields = form.fields
    qtbot.keyClicks(fields.title, "Heating off in the whole entrance")
    fields.category.setFocus()
    qtbot.keyClicks(fields.category, "Heat")
    assert fields.category.currentText() == "Heating"
    pick_from_completer(qtbot, fields.place, "entree 2")  # no accent, as people type
    assert fields.place.currentText() == "Bâtiment A › Entrée 2"
    qtbot.keyClicks(fields.description, "Radiators cold since Monday.")
    qtbot.mouseClick(fields.has_due, Qt.MouseButton.LeftButton)
    assert fields.due_on.isEnabled()
    with qtbot.waitSignal(events.message) as message, qtbot.waitSignal(events.complaints_changed):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    [stored] = residence_store.complaints.list()
    assert message.args == [f"Complaint {stored.id} saved"]
    assert stored.title == "Heating off in the whole entrance"
    assert stored.category_name == "Heating"
    assert stored.place.label == "Bâtiment A › Entrée 2" and stored.place.entrance_id is not None
    assert stored.description == "Radiators cold since Monday."
    assert stored.opened_on == FIXED_NOW.date()
    assert stored.due_on == FIXED_NOW.date() + dt.timedelta(days=30)
    # The form stays open on the saved complaint, now with its status actions and history.
    assert form.isVisible() and form.windowTitle() == f"Complaint {stored.id}"
    assert "Pass to the landlord" in form.status.action_labels()
    assert form.history.lines() == ["12 March 2026 10:30 — tester: Complaint recorded (New)"]
    assert form.close_button.text() == "&Close" and not form.is_dirty()


def test_no_break_spaces_typed_in_french_are_kept(qtbot, open_form, residence_store):
    form = open_form()
    qtbot.keyClicks(form.fields.title, "Chauffage")
    form.fields.category.setCurrentIndex(form.fields.category.findText("Heating"))
    text = "Le gardien a dit\u00a0: «\u00a0demain\u00a0». Et le bailleur\u202f? Rien."
    form.fields.description.setFocus()
    type_text(qtbot, form.fields.description, text)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    [stored] = residence_store.complaints.list()
    assert residence_store.complaints.get(stored.id).description == text


def test_a_pasted_title_too_long_is_kept_whole_and_refused_with_a_sentence(qtbot, open_form, residence_store):
    form = open_form()
    pasted = "Ascenseur en panne depuis lundi, les personnes âgées ne peuvent plus sortir. " * 4
    form.fields.title.setFocus()
    form.fields.title.insert(pasted)  # as a paste does
    form.fields.category.setCurrentIndex(form.fields.category.findText("Lift"))
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.fields.title.text() == pasted  # nothing cut without a word
    assert form.error.text().startswith("The title is too long (") and "at most 200" in form.error.text()
    assert form.focusWidget() is form.fields.title and residence_store.complaints.count() == 0


def test_ctrl_s_saves(qtbot, open_form, residence_store):
    form = open_form()
    qtbot.keyClicks(form.fields.title, "Intercom dead")
    form.fields.category.setCurrentIndex(form.fields.category.findText("Intercom"))
    with qtbot.waitActive(form):
        form.activateWindow()
    qtbot.keyClick(form.fields.title, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert [c.title for c in residence_store.complaints.list()] == ["Intercom dead"]


def test_reporter_from_the_list_or_typed_and_kept_confidential(qtbot, open_form, residence_store):
    person = residence_store.people.save(Person(name="Jeanne Durand", role=Role.TENANT))
    form = open_form()
    qtbot.keyClicks(form.fields.title, "Noise at night")
    form.fields.category.setCurrentIndex(form.fields.category.findText("Neighbourhood disturbance"))
    pick_from_completer(qtbot, form.fields.reporter, "durand")
    box = form.fields.confidential  # a person clicks the box itself, at the left of its words
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(12, box.height() // 2))
    form.fields.urgency.setCurrentIndex(form.fields.urgency.findText("High"))
    assert form.save()
    stored = residence_store.complaints.get(form.complaint.id)
    assert (stored.reporter_id, stored.reporter_confidential, stored.urgency) == (person.id, True, Urgency.HIGH)

    other = open_form()
    qtbot.keyClicks(other.fields.title, "Bins overflowing")
    other.fields.category.setCurrentIndex(0)
    qtbot.keyClicks(other.fields.reporter.lineEdit(), "M. Petit (not in the list)")
    assert other.save()
    stored = residence_store.complaints.get(other.complaint.id)
    assert (stored.reporter_id, stored.reporter_name) == (None, "M. Petit (not in the list)")


def test_editing_a_field_writes_the_history_shown_in_the_timeline(qtbot, open_form, residence_store, events):
    complaint = make_complaint(residence_store, external_ref="")
    form = open_form(complaint.id)
    assert form.fields.title.text() == "Hall light broken" and not form.is_dirty()
    qtbot.keyClicks(form.fields.external_ref, "HR-2026-77")
    assert form.is_dirty()
    with qtbot.waitSignal(events.message) as message:
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert message.args == [f"Complaint {complaint.id} saved"]
    assert residence_store.complaints.get(complaint.id).external_ref == "HR-2026-77"
    last = residence_store.complaints.history(complaint.id)[-1]
    assert (last.field, last.before, last.after) == ("external_ref", "", "HR-2026-77")
    assert form.history.lines()[0] == (
        "12 March 2026 10:30 — tester: Landlord reference: (empty) → HR-2026-77"
    )


def test_empty_title_is_refused_inline_and_the_typing_stays(qtbot, open_form, residence_store, events):
    form = open_form()
    form.fields.category.setCurrentIndex(0)
    qtbot.keyClicks(form.fields.description, "Water leak under the sink")
    with qtbot.assertNotEmitted(events.complaints_changed):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.error.isVisible() and form.error.text() == "A complaint needs a title."
    assert form.focusWidget() is form.fields.title
    assert residence_store.complaints.count() == 0
    assert form.fields.description.toPlainText() == "Water leak under the sink"
    assert form.windowTitle() == "New complaint"
    qtbot.keyClicks(form.fields.title, "Leak")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert not form.error.isVisible() and residence_store.complaints.count() == 1


def test_a_due_date_before_the_opening_date_is_refused_on_the_due_date(qtbot, open_form, residence_store):
    form = open_form()
    qtbot.keyClicks(form.fields.title, "Door lock")
    form.fields.category.setCurrentIndex(0)
    qtbot.mouseClick(form.fields.has_due, Qt.MouseButton.LeftButton)
    form.fields.due_on.setDate(form.fields.opened_on.date().addDays(-3))
    assert not form.save()
    assert "due date cannot come before" in form.error.text()
    assert form.focusWidget() is form.fields.due_on.edit
    assert residence_store.complaints.count() == 0


def test_esc_with_unsaved_changes_asks_before_closing(qtbot, open_form, monkeypatch):
    asked = []
    answer = [False]

    def fake_confirm(parent, title, text, action):
        asked.append(title)
        return answer[0]

    monkeypatch.setattr(dialogs, "confirm", fake_confirm)
    form = open_form()
    qtbot.keyClicks(form.fields.title, "Something")
    qtbot.keyClick(form.fields.title, Qt.Key.Key_Escape)
    assert asked == ["Discard your changes?"] and form.isVisible()
    assert form.fields.title.text() == "Something"
    answer[0] = True
    qtbot.keyClick(form.fields.title, Qt.Key.Key_Escape)
    assert not form.isVisible()


def test_esc_without_changes_just_closes(qtbot, open_form, residence_store, monkeypatch):
    monkeypatch.setattr(dialogs, "confirm", lambda *args: pytest.fail("nothing to discard, no question"))
    complaint = make_complaint(residence_store)
    form = open_form(complaint.id)
    qtbot.keyClick(form.fields.title, Qt.Key.Key_Escape)
    assert not form.isVisible()


def test_opening_an_existing_complaint_does_not_select_its_title(qtbot, open_form, residence_store):
    complaint = make_complaint(residence_store)
    form = open_form(complaint.id)
    # Typing right away must not wipe the title.
    assert not form.fields.title.hasSelectedText()


def test_the_form_is_translated_into_french(qtbot, residence_store, events, monkeypatch):
    from desktop import i18n
    from desktop.ui.translator import CatalogueTranslator

    app = QApplication.instance()
    translator = CatalogueTranslator("fr")
    app.installTranslator(translator)
    i18n.set_language("fr")
    try:
        form = ComplaintDialog(residence_store, events)
        qtbot.addWidget(form)
        assert form.windowTitle() == "Nouvelle réclamation"
        assert form.save_button.text() == "&Enregistrer"
        assert "santé" in form.fields.reminder.text()
    finally:
        app.removeTranslator(translator)
        i18n.set_language("en")


def test_tab_goes_through_the_fields_in_reading_order(qtbot, open_form):
    form = open_form()
    with qtbot.waitActive(form):
        form.activateWindow()
    f = form.fields
    expected = [f.category, f.urgency, f.place, f.reporter, f.confidential, f.opened_on, f.has_due,
                f.service, f.external_ref, f.description]  # the due date is skipped while disabled
    f.title.setFocus()
    seen = []
    for _ in range(20):  # a date field takes one Tab per part (day, month, year) before leaving
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        # An editable combo or a date field gives the focus to its inner line edit.
        owner = next((w for w in expected if w is widget or w.isAncestorOf(widget)), widget)
        if not seen or seen[-1] is not owner:
            seen.append(owner)
        if owner is f.description:
            break
    assert seen == expected


def test_people_added_elsewhere_appear_while_the_form_is_open(qtbot, open_form, residence_store, events):
    form = open_form()
    qtbot.keyClicks(form.fields.title, "Broken window")
    form.fields.category.setCurrentIndex(2)
    chosen = form.fields.category.currentText()
    residence_store.people.save(Person(name="Nadia Haddad", role=Role.CARETAKER))
    events.people_changed.emit()
    assert form.fields.reporter.row_of_text("nadia haddad") is not None
    assert form.fields.title.text() == "Broken window" and form.fields.category.currentText() == chosen


def test_every_control_has_an_accessible_name(open_form, residence_store):
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QLineEdit,
        QPlainTextEdit,
    )

    form = open_form(make_complaint(residence_store).id)
    kinds = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QAbstractItemView)
    unnamed = [
        f"{type(w).__name__} {getattr(w, 'text', str)()}"
        for w in form.findChildren(QWidget)
        if isinstance(w, kinds) and not w.accessibleName()
        # Popups (combo lists, completers) are windows of their own, spoken for by their combo;
        # the line edit inside a combo or a spin box is named by its owner.
        and w.window() is form
        and not isinstance(w.parentWidget(), (QComboBox, QAbstractSpinBox))
    ]
    assert unnamed == []


def test_from_the_main_window_a_saved_complaint_is_told_in_the_status_bar(qtbot, window, residence_store):
    window.new_complaint()
    form = window.pages["complaints"].dialog
    assert isinstance(form, ComplaintDialog) and form.isVisible()
    qtbot.keyClicks(form.fields.title, "Car park gate stuck open")
    form.fields.category.setCurrentIndex(form.fields.category.findText("Doors and locks"))
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    [stored] = residence_store.complaints.list()
    assert window.statusBar().currentMessage() == f"Complaint {stored.id} saved"
    form.close()


def test_a_complaint_logged_after_the_next_meeting_was_planned_says_it_is_not_on_its_agenda(
        qtbot, window, residence_store):
    import datetime as dt

    from desktop.services import meetings as meetings_service

    meetings_service.plan_meeting(residence_store, dt.date(2026, 4, 16))
    window.new_complaint()
    form = window.pages["complaints"].dialog
    qtbot.keyClicks(form.fields.title, "Car park gate stuck open")
    form.fields.category.setCurrentIndex(form.fields.category.findText("Doors and locks"))
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    [stored] = residence_store.complaints.list()
    assert window.statusBar().currentMessage() == (
        f"Complaint {stored.id} saved; not yet on the agenda of 16 April 2026: see Meetings.")
    # Saved again, it is no news: the plain sentence.
    qtbot.keyClicks(form.fields.title, "!")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert window.statusBar().currentMessage() == f"Complaint {stored.id} saved"
    form.close()
