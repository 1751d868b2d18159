"""Following a topic across quarters, as a person would: choose the building and the category,
press Show, read the complaints, the agenda point and the landlord's answer in order."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from desktop.domain.complaints import Complaint
from desktop.domain.places import PlaceRef
from desktop.domain.thread import ThreadKind
from desktop.services import meetings as service
from desktop.ui.meetings.thread_model import ThreadModel
from desktop.ui.meetings.thread_tab import ThreadTab
from tests.conftest import FIXED_NOW
from tests.ui.people_helpers import click, type_into
from tests.ui.test_accessibility import unnamed_controls

ANSWER = "L'ascensoriste change la carte de commande."


def _complaint(store, title, entrance_index, category, opened_on):
    entrance = store.places.entrances()[entrance_index]
    return store.complaints.create(Complaint(
        title=title, category_id=store.categories.by_name()[category.casefold()],
        place=PlaceRef(entrance_id=entrance.id), opened_on=opened_on))


@pytest.fixture
def lift(residence_store):
    """Two lift complaints in building B, one heating complaint there, one lift complaint in A;
    a meeting held on them, where the landlord answered about the lift."""
    store = residence_store
    complaints = [
        _complaint(store, "Ascenseur en panne", 2, "Lift", dt.date(2025, 11, 20)),
        _complaint(store, "Ascenseur bloqué au 2e", 2, "Lift", dt.date(2026, 1, 8)),
        _complaint(store, "Radiateurs froids", 2, "Heating", dt.date(2026, 1, 9)),
        _complaint(store, "Ascenseur bâtiment A", 0, "Lift", dt.date(2026, 1, 10)),
    ]
    meeting = service.plan_meeting(store, FIXED_NOW.date())
    service.start_meeting(store, meeting.id)
    for point in store.agenda.points(meeting.id):
        if point.needs_answer:
            answer = ANSWER if complaints[0].id in point.complaint_ids else "Vu."
            store.agenda.update_point_fields(point.id, answer=answer)
    service.close_meeting(store, meeting.id)
    return store, complaints, meeting


@pytest.fixture
def tab(qtbot, residence_store, events):
    widget = ThreadTab(residence_store, events)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    return widget


def choose(qtbot, combo, text):
    """Pick ``text`` in a combo box with the keyboard, as a person would."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    while combo.currentText() != text:
        before = combo.currentIndex()
        qtbot.keyClick(combo, Qt.Key.Key_Down)
        assert combo.currentIndex() != before, f"{text!r} is not in the list"


def show(qtbot, tab, trigger=None):
    with qtbot.waitSignal(tab.finished, timeout=10000):
        (trigger or (lambda: click(qtbot, tab.show_button)))()


def kinds(tab):
    return [(e.kind, e.complaint_id) for e in tab.model.entries]


def test_the_lift_of_building_b_in_order(qtbot, tab, lift):
    store, complaints, meeting = lift
    choose(qtbot, tab.building, "Bâtiment B")
    choose(qtbot, tab.category, "Lift")
    with qtbot.waitSignal(tab.finished, timeout=10000):
        click(qtbot, tab.show_button)
        # The search runs in a worker: the window says it is busy until the result arrives.
        assert tab.busy.isVisible() and tab.summary.text() == "Searching…"
    assert not tab.busy.isVisible()

    entries = tab.model.entries
    assert kinds(tab)[:2] == [(ThreadKind.COMPLAINT_OPENED, complaints[0].id),
                              (ThreadKind.COMPLAINT_OPENED, complaints[1].id)]
    point_rows = [i for i, e in enumerate(entries) if e.kind == ThreadKind.AGENDA_POINT]
    answer_rows = [i for i, e in enumerate(entries) if e.kind == ThreadKind.ANSWER]
    assert len(point_rows) == 1 and answer_rows == [point_rows[0] + 1]
    assert entries[answer_rows[0]].text == ANSWER and entries[answer_rows[0]].meeting_id == meeting.id
    shown = [tab.model.index(row).data() for row in range(tab.model.rowCount())]
    assert "Complaint opened" in shown[0] and "Ascenseur en panne" in shown[0]
    assert "Landlord's answer" in shown[answer_rows[0]] and ANSWER in shown[answer_rows[0]]
    everything = "\n".join(shown)
    assert "Radiateurs" not in everything and "bâtiment A" not in everything
    assert tab.summary.text() == f"{len(entries)} events since November 2025"
    assert tab.copy_button.isEnabled()


def test_the_entrance_list_follows_the_building_and_words_work_with_enter(qtbot, tab, lift):
    store, complaints, _meeting = lift
    assert not tab.entrance.isEnabled()
    choose(qtbot, tab.building, "Bâtiment A")
    assert [tab.entrance.itemText(i) for i in range(tab.entrance.count())] == ["Any entrance", "Entrée 1", "Entrée 2"]
    choose(qtbot, tab.building, "Any building")
    type_into(qtbot, tab.words, "radiateurs")
    show(qtbot, tab, lambda: qtbot.keyClick(tab.words, Qt.Key.Key_Return))
    assert kinds(tab)[0] == (ThreadKind.COMPLAINT_OPENED, complaints[2].id)
    assert all(e.complaint_id in (complaints[2].id, None) for e in tab.model.entries)


def test_since_leaves_out_the_older_events(qtbot, tab, lift):
    store, complaints, _meeting = lift
    choose(qtbot, tab.building, "Bâtiment B")
    choose(qtbot, tab.category, "Lift")
    click(qtbot, tab.since_check)
    assert tab.since.isEnabled()
    tab.since.setFocus()
    tab.since.edit.selectAll()  # the whole date is typed over, without separators
    qtbot.keyClicks(tab.since.edit, "01012026")
    show(qtbot, tab)
    assert complaints[0].id not in {e.complaint_id for e in tab.model.entries if e.kind == ThreadKind.COMPLAINT_OPENED}
    assert kinds(tab)[0] == (ThreadKind.COMPLAINT_OPENED, complaints[1].id)
    assert tab.summary.text().endswith("since January 2026")


def test_empty_criteria_say_what_to_choose(qtbot, tab, lift):
    show(qtbot, tab)
    assert tab.summary.text() == "Choose a building, an entrance, a category or words to follow."
    assert tab.model.rowCount() == 0 and not tab.copy_button.isEnabled()


def test_activating_a_complaint_opens_it(qtbot, tab, lift):
    store, complaints, _meeting = lift
    choose(qtbot, tab.building, "Bâtiment B")
    choose(qtbot, tab.category, "Lift")
    show(qtbot, tab)
    tab.list.setFocus()
    tab.list.setCurrentIndex(tab.model.index(1))
    with qtbot.waitSignal(tab.open_complaint) as opened:
        qtbot.keyClick(tab.list, Qt.Key.Key_Return)
    assert opened.args == [complaints[1].id]
    first = tab.list.visualRect(tab.model.index(0)).center()
    with qtbot.waitSignal(tab.open_complaint) as opened:
        # A double click is a click followed by the double-click event (QTest sends only the latter).
        qtbot.mouseClick(tab.list.viewport(), Qt.MouseButton.LeftButton, pos=first)
        qtbot.mouseDClick(tab.list.viewport(), Qt.MouseButton.LeftButton, pos=first)
    assert opened.args == [complaints[0].id]
    point_row = next(i for i, e in enumerate(tab.model.entries) if e.kind == ThreadKind.AGENDA_POINT)
    tab.list.setCurrentIndex(tab.model.index(point_row))
    with qtbot.assertNotEmitted(tab.open_complaint):
        qtbot.keyClick(tab.list, Qt.Key.Key_Return)


def test_copy_as_text_and_refresh_after_a_change(qtbot, tab, lift, events):
    store, complaints, _meeting = lift
    choose(qtbot, tab.building, "Bâtiment B")
    choose(qtbot, tab.category, "Lift")
    show(qtbot, tab)
    click(qtbot, tab.copy_button)
    text = QGuiApplication.clipboard().text()
    assert text.startswith("Bâtiment B · Lift\n\n")
    assert text.index("Ascenseur en panne") < text.index(ANSWER)
    count = tab.model.rowCount()
    _complaint(store, "Ascenseur encore en panne", 2, "Lift", dt.date(2026, 3, 12))
    show(qtbot, tab, events.complaints_changed.emit)
    assert tab.model.rowCount() == count + 1
    assert any("Ascenseur encore en panne" in tab.model.index(row).data() for row in range(count + 1))


def test_the_model_and_the_names(qtbot, qtmodeltester, tab, lift):
    choose(qtbot, tab.building, "Bâtiment B")
    show(qtbot, tab)
    assert tab.model.rowCount() > 3
    qtmodeltester.check(tab.model)
    qtmodeltester.check(ThreadModel())
    assert unnamed_controls(tab) == []
