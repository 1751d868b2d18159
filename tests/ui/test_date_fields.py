"""Every date field of the program, used as a person would: typed the way they write dates,
picked on a calendar that opens near today (or the field's own date), and emptied in one click."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDateEdit, QWidget

from desktop.ui.date_field import DateField
from tests.ui.people_helpers import click


def _complaint_form(store, events):
    from desktop.ui.complaints.form import ComplaintDialog

    dialog = ComplaintDialog(store, events)
    dialog.fields.has_due.setChecked(True)
    return dialog, dialog.fields


def _filters(store, events):
    from desktop.ui.complaints.filters import ComplaintFilterBar, Period

    bar = ComplaintFilterBar(store)
    bar.period.setCurrentIndex(bar.period.findData(Period.CUSTOM.value))
    return bar, bar


def _thread(store, events):
    from desktop.ui.meetings.thread_tab import ThreadTab

    tab = ThreadTab(store, events)
    tab.since_check.setChecked(True)
    return tab, tab


def _documents(store, events):
    from desktop.ui.documents.page import DocumentsPage

    page = DocumentsPage(store, events)
    page.select("register")
    return page, page


def _liaison(store, events):
    from desktop.ui.meetings.form_dialog import LiaisonFormDialog

    dialog = LiaisonFormDialog(store)
    return dialog, dialog


def _planning(store, events):
    from desktop.ui.meetings.planning import PlanMeetingDialog

    dialog = PlanMeetingDialog(store)
    return dialog, dialog


def _meeting_mode(store, events):
    from desktop.services import meetings as service
    from desktop.ui.meetings.meeting_mode import MeetingModeWindow

    meeting = service.plan_meeting(store, dt.date.today() + dt.timedelta(days=30))
    window = MeetingModeWindow(store, events, meeting.id)
    window.tabs.setCurrentWidget(window.commitments_panel)
    return window, window.commitments_panel


FIELDS = {
    "complaint opened on": (_complaint_form, "opened_on"),
    "complaint due date": (_complaint_form, "due_on"),
    "register filter from": (_filters, "date_from"),
    "register filter to": (_filters, "date_to"),
    "topic since": (_thread, "since"),
    "register report from": (_documents, "from_edit"),
    "register report to": (_documents, "to_edit"),
    "liaison form received on": (_liaison, "received"),
    "meeting date": (_planning, "date"),
    "commitment due date": (_meeting_mode, "due"),
}


@pytest.fixture
def open_field(qtbot, residence_store, events, monkeypatch):
    from desktop.ui import dialogs

    # Closing a form with a typed date asks whether to discard it: yes, at teardown.
    monkeypatch.setattr(dialogs, "confirm", lambda *args: True)
    def opener(name) -> tuple[QWidget, DateField]:
        make, attribute = FIELDS[name]
        root, owner = make(residence_store, events)
        qtbot.addWidget(root)
        root.show()
        with qtbot.waitActive(root):
            root.activateWindow()
        field = getattr(owner, attribute)
        assert isinstance(field, DateField), f"{name} is a {type(field).__name__}"
        assert root.findChildren(QDateEdit) == []
        return root, field
    return opener


def _retype(qtbot, field: DateField, text: str) -> None:
    click(qtbot, field.edit)
    field.edit.selectAll()
    qtbot.keyClick(field.edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(field.edit, text)
    qtbot.keyClick(field.edit, Qt.Key.Key_Tab)


def _typing_into(popup) -> QWidget:
    """Where the keys go once the calendar is open: its grid of days."""
    focused = popup.calendar.focusWidget()
    assert focused is not None and popup.isAncestorOf(focused)
    return focused


@pytest.mark.parametrize("name", FIELDS)
@pytest.mark.parametrize("typed", ["31/01/2027", "31012027", "31/1/27"])
def test_every_date_field_reads_the_date_as_people_type_it(qtbot, open_field, name, typed):
    _root, field = open_field(name)
    _retype(qtbot, field, typed)
    assert field.edit.text() == "31/01/2027"
    assert field.value() == dt.date(2027, 1, 31)
    assert not field.message.isVisible()


@pytest.mark.parametrize("name", FIELDS)
def test_every_date_field_says_when_the_text_is_not_a_date(qtbot, open_field, name):
    _root, field = open_field(name)
    _retype(qtbot, field, "31/02/2027")
    assert field.message.isVisible()
    assert "31/02/2027" in field.message.text() and "not a date" in field.message.text()
    assert field.edit.text() == "31/02/2027"  # what was typed stays, to be corrected


@pytest.mark.parametrize("name", FIELDS)
def test_every_date_field_can_be_emptied_and_its_calendar_opens_near_today(qtbot, open_field, name):
    _root, field = open_field(name)
    click(qtbot, field.clear_button)
    assert field.edit.text() == ""
    click(qtbot, field.calendar_button)
    shown = field.popup.calendar.selectedDate().toPython()
    near = field.near or dt.date.today()
    assert shown == near and abs((shown - dt.date.today()).days) < 400
    keys = _typing_into(field.popup)
    qtbot.keyClick(keys, Qt.Key.Key_Right)
    qtbot.keyClick(keys, Qt.Key.Key_Return)
    assert not field.popup.isVisible()
    assert field.value() == near + dt.timedelta(days=1)


@pytest.mark.parametrize("name", FIELDS)
def test_every_date_field_calendar_opens_on_its_date_and_is_big_enough(qtbot, open_field, name):
    _root, field = open_field(name)
    _retype(qtbot, field, "15/08/2031")
    qtbot.keyClick(field.edit, Qt.Key.Key_F4)
    assert field.popup.isVisible()
    assert field.popup.calendar.selectedDate() == QDate(2031, 8, 15)
    assert (field.popup.calendar.yearShown(), field.popup.calendar.monthShown()) == (2031, 8)
    qtbot.keyClick(_typing_into(field.popup), Qt.Key.Key_Escape)
    assert not field.popup.isVisible() and field.value() == dt.date(2031, 8, 15)
    for button in (field.calendar_button, field.clear_button):
        assert button.width() >= 24 and button.height() >= 24 and button.accessibleName()
    assert field.edit.accessibleName()
