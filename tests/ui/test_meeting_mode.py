"""The meeting mode, used as the secretary would: typing the minutes live, point by point."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from desktop.domain.complaints import Complaint, ComplaintStatus
from desktop.domain.meetings import MeetingStatus
from desktop.domain.people import Person, Role
from desktop.domain.places import PlaceRef
from desktop.services import meetings as service
from desktop.store import Store
from desktop.ui.meetings import meeting_mode_panels
from desktop.ui.meetings.meeting_mode import MeetingModeWindow
from tests.ui.people_helpers import click, type_text
from tests.ui.question_helpers import Questions
from tests.ui.test_accessibility import unnamed_controls

MEETING_DAY = dt.date(2026, 3, 12)


class FakeClock:
    """A monotonic clock the test moves by hand."""

    def __init__(self):
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def meeting(residence_store):
    """A planned meeting on the small residence: two complaint points, then the standard ones."""
    store = residence_store
    entrances = store.places.entrances()
    categories = store.categories.by_name()
    for title, entrance, category in (("Ascenseur en panne", 2, "lift"), ("Ascenseur bloqué", 2, "lift"),
                                      ("Radiateurs froids", 0, "heating")):
        store.complaints.create(Complaint(title=title, category_id=categories[category],
                                          place=PlaceRef(entrance_id=entrances[entrance].id),
                                          opened_on=dt.date(2026, 2, 1)))
    store.people.save(Person(name="Paul Haddad", role=Role.LANDLORD_STAFF))
    return service.plan_meeting(store, MEETING_DAY, start_time=dt.time(14, 30), place="Salle commune")


@pytest.fixture
def open_window(qtbot, residence_store, events):
    """Open the meeting mode the way the meetings page does; returns a function. The windows
    are closed (and so save) while the store is still open."""
    opened = []

    def opener(meeting_id, clock=None):
        window = MeetingModeWindow(residence_store, events, meeting_id, clock=clock)
        qtbot.addWidget(window)
        window.show()
        opened.append(window)
        return window
    yield opener
    for window in opened:
        window.close()


def _points(store, meeting_id):
    return store.agenda.points(meeting_id)


def shown_title(window) -> str:
    """The point's title as the window shows it: whole in its tooltip, and on screen either whole
    or its beginning cut with "…" to stay within three lines (an 800-pixel screen here)."""
    text, whole = window.title_label.text(), window.title_label.toolTip()
    assert text == whole or (text.endswith("…") and whole.startswith(text[:-1].rstrip())), (text, whole)
    return whole


def test_the_meeting_runs_through_three_points_by_keyboard(qtbot, residence_store, meeting, open_window):
    window = open_window(meeting.id)
    assert residence_store.meetings.get(meeting.id).status == MeetingStatus.HELD
    points = _points(residence_store, meeting.id)
    assert shown_title(window) == points[0].title
    answer = window.fields["answer"]
    answer.setFocus()
    qtbot.keyClicks(answer, "Ascensoriste le 20 mars")
    qtbot.keyClick(answer, Qt.Key.Key_PageDown)
    assert shown_title(window) == points[1].title
    answer.setFocus()
    qtbot.keyClicks(answer, "Purge des radiateurs")
    qtbot.keyClick(answer, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert shown_title(window) == points[2].title
    answer.setFocus()
    type_text(qtbot, answer, "Travaux d'été : façade rénovée")
    qtbot.keyClick(answer, Qt.Key.Key_PageDown)
    saved = _points(residence_store, meeting.id)
    assert [p.answer for p in saved[:3]] == ["Ascensoriste le 20 mars", "Purge des radiateurs",
                                             "Travaux d'été : façade rénovée"]
    assert residence_store.meetings.get(meeting.id).current_point_id == saved[3].id
    qtbot.keyClick(answer, Qt.Key.Key_PageUp)
    assert answer.toPlainText() == "Travaux d'été : façade rénovée"
    listed = window.points_model.data(window.points_model.index(0))
    assert listed.startswith("1. ") and "Answered" in listed
    assert window.save_state.text() == "Saved"


def test_typing_is_saved_within_a_second_even_if_the_battery_dies(qtbot, residence_store, meeting, open_window):
    window = open_window(meeting.id)
    discussion = window.fields["discussion"]
    discussion.setFocus()
    type_text(qtbot, discussion, "Le gardien signale trois pannes en février")
    assert window.save_state.text() == "Saving…"
    assert window.autosave_timer.isActive() and window.autosave_timer.interval() <= 2000
    window.autosave_timer.timeout.emit()  # the timer fires; nothing else is saved after this
    assert window.save_state.text() == "Saved"
    # The battery dies: no close, no save; a fresh program reads the file.
    fresh = Store.open(residence_store.path)
    try:
        first = fresh.agenda.points(meeting.id)[0]
        assert first.discussion == "Le gardien signale trois pannes en février"
        assert fresh.meetings.get(meeting.id).current_point_id == first.id
    finally:
        fresh.close()


def test_reopening_the_meeting_returns_to_the_same_point(qtbot, residence_store, meeting, open_window):
    window = open_window(meeting.id)
    click(qtbot, window.next_button)
    click(qtbot, window.next_button)
    reason = window.fields["no_answer_reason"]
    reason.setFocus()
    qtbot.keyClicks(reason, "Le bailleur attend un devis")
    window.close()
    third = _points(residence_store, meeting.id)[2]
    assert third.no_answer_reason == "Le bailleur attend un devis"
    again = open_window(meeting.id)
    assert again.index == 2 and shown_title(again) == third.title
    assert again.fields["no_answer_reason"].toPlainText() == "Le bailleur attend un devis"
    assert again.points_view.currentIndex().row() == 2


def test_the_time_spent_on_each_point_is_counted(qtbot, residence_store, meeting, open_window):
    clock = FakeClock()
    window = open_window(meeting.id, clock=clock)
    clock.now += 65
    window.tick()
    assert window.spent.text() == "On this point: 1 min 05 s"
    qtbot.keyClick(window.fields["answer"], Qt.Key.Key_PageDown)
    clock.now += 30
    window.fields["answer"].setFocus()
    qtbot.keyClicks(window.fields["answer"], "ok")
    window.autosave_timer.timeout.emit()
    spent = [p.seconds_spent for p in _points(residence_store, meeting.id)[:2]]
    assert spent == [65, 30]


def test_a_complaint_status_changed_at_the_meeting_lands_in_its_history(qtbot, residence_store, meeting,
                                                                        open_window, events):
    window = open_window(meeting.id)
    panel = window.complaints_panel
    first_id = _points(residence_store, meeting.id)[0].complaint_ids[0]
    assert panel.selected().id == first_id
    offered = [ComplaintStatus(panel.status_box.itemData(i)) for i in range(panel.status_box.count())]
    assert ComplaintStatus.IN_PROGRESS in offered and ComplaintStatus.CLOSED not in offered
    panel.choose(ComplaintStatus.REJECTED)
    click(qtbot, panel.apply_button)
    assert panel.error.isVisible() and "Give a reason" in panel.error.text()
    panel.choose(ComplaintStatus.IN_PROGRESS)
    panel.reason.setFocus()
    qtbot.keyClicks(panel.reason, "Ascensoriste commande")
    with qtbot.waitSignal(events.complaints_changed, timeout=1000):
        qtbot.keyClick(panel.reason, Qt.Key.Key_Return)
    entry = residence_store.complaints.history(first_id)[-1]
    assert (entry.after, entry.at, entry.note) == (
        "in_progress", "2026-03-12T14:30:00", "Meeting of 12 March 2026: Ascensoriste commande")
    assert panel.model.data(panel.model.index(0, 3)) == "In progress"
    assert "is now" in window.notice.text()


def test_commitments_are_added_and_removed_on_the_point(qtbot, residence_store, meeting, open_window, monkeypatch):
    window = open_window(meeting.id)
    panel = window.commitments_panel
    window.tabs.setCurrentWidget(panel)
    panel.owner.setFocus()
    qtbot.keyClicks(panel.owner, "Paul Haddad")
    qtbot.keyClicks(panel.what, "Faire venir l'ascensoriste")
    panel.due.setDate(panel.due.date().fromString("2026-04-15", "yyyy-MM-dd"))
    qtbot.keyClick(panel.what, Qt.Key.Key_Return)
    point = _points(residence_store, meeting.id)[0]
    [made] = point.commitments
    assert (made.owner_name, made.what, made.due_on) == ("Paul Haddad", "Faire venir l'ascensoriste",
                                                         dt.date(2026, 4, 15))
    assert made.owner_id is not None
    qtbot.keyClicks(panel.owner, "Le gardien")
    qtbot.keyClicks(panel.what, "Afficher un mot")
    click(qtbot, panel.add_button)
    assert [c.owner_name for c in residence_store.commitments.of_points([point.id])] == ["Paul Haddad", "Le gardien"]
    assert window.tabs.tabText(1) == "Commitments (2)"
    monkeypatch.setattr(meeting_mode_panels.dialogs, "confirm", lambda *args: True)
    panel.view.selectRow(1)
    click(qtbot, panel.remove_button)
    assert [c.what for c in residence_store.commitments.of_points([point.id])] == ["Faire venir l'ascensoriste"]


def test_ending_the_meeting_lists_the_points_without_an_answer(qtbot, residence_store, meeting, open_window,
                                                                events):
    told = []
    events.message.connect(told.append)
    window = open_window(meeting.id)
    qtbot.keyClicks(window.fields["answer"], "Ascensoriste le 20 mars")
    click(qtbot, window.end_button)
    points = _points(residence_store, meeting.id)
    assert window.unanswered.isVisible()
    assert f"point 2: {points[1].title}" in window.unanswered_text.text()
    assert "point 1:" not in window.unanswered_text.text()
    assert residence_store.meetings.get(meeting.id).status == MeetingStatus.HELD
    click(qtbot, window.first_missing_button)
    assert window.index == 1
    qtbot.keyClicks(window.fields["no_answer_reason"], "Devis attendu")
    questions = Questions().will_answer("End the meeting")
    click(qtbot, window.end_button)
    assert "End the meeting of 12 March 2026 now?" in questions.asked[0]
    assert residence_store.meetings.get(meeting.id).status == MeetingStatus.MINUTES_DRAFTED
    assert any("ended" in text for text in told)
    assert not window.isVisible()


def test_signed_minutes_are_shown_read_only(qtbot, residence_store, meeting, open_window):
    service.start_meeting(residence_store, meeting.id)
    for point in _points(residence_store, meeting.id):
        residence_store.agenda.update_point_fields(point.id, answer="Fait")
    service.close_meeting(residence_store, meeting.id)
    service.approve_minutes(residence_store, meeting.id, "Marie Martin", "Karim Benali")
    window = open_window(meeting.id)
    assert window.fields["answer"].isReadOnly() and not window.end_button.isVisible()
    assert "signed" in window.save_state.text()
    qtbot.keyClick(window.fields["answer"], Qt.Key.Key_PageDown)
    assert window.index == 1


def test_every_control_is_named_and_the_models_are_sound(qtbot, meeting, open_window, qtmodeltester):
    window = open_window(meeting.id)
    assert unnamed_controls(window) == []
    qtmodeltester.check(window.points_model)
    qtmodeltester.check(window.complaints_panel.model)
    qtmodeltester.check(window.commitments_panel.model)


def test_a_commitment_due_date_is_typed_as_written_and_its_calendar_opens_on_the_meeting(
        qtbot, residence_store, meeting, open_window):
    window = open_window(meeting.id)
    panel = window.commitments_panel
    window.tabs.setCurrentWidget(panel)
    assert panel.due.edit.text() == ""  # no "no date" text to type after
    click(qtbot, panel.due.calendar_button)
    assert panel.due.popup.calendar.selectedDate().toPython() == MEETING_DAY  # not January 2000
    panel.due.popup.close()
    panel.owner.setFocus()
    qtbot.keyClicks(panel.owner, "Le gardien")
    qtbot.keyClicks(panel.what, "Devis ascenseur")
    panel.due.setFocus()
    qtbot.keyClicks(panel.due.edit, "31012027")
    qtbot.keyClick(panel.what, Qt.Key.Key_Return)
    point = _points(residence_store, meeting.id)[0]
    [made] = residence_store.commitments.of_points([point.id])
    assert (made.what, made.due_on) == ("Devis ascenseur", dt.date(2027, 1, 31))
    assert panel.due.edit.text() == ""  # ready for the next one


def test_a_commitment_due_date_that_is_not_a_date_is_refused_with_a_sentence(
        qtbot, residence_store, meeting, open_window):
    window = open_window(meeting.id)
    panel = window.commitments_panel
    window.tabs.setCurrentWidget(panel)
    panel.owner.setFocus()
    qtbot.keyClicks(panel.owner, "Le gardien")
    qtbot.keyClicks(panel.what, "Devis ascenseur")
    qtbot.keyClicks(panel.due.edit, "31/02/2027")
    click(qtbot, panel.add_button)
    assert panel.error.isVisible() and "“31/02/2027” is not a date" in panel.error.text()
    point = _points(residence_store, meeting.id)[0]
    assert residence_store.commitments.of_points([point.id]) == []
    click(qtbot, panel.due.clear_button)  # no date after all
    click(qtbot, panel.add_button)
    [made] = residence_store.commitments.of_points([point.id])
    assert made.due_on is None and not panel.error.isVisible()


def test_a_long_reason_for_no_answer_stays_in_sight_on_a_small_screen(qtbot, residence_store, meeting, open_window):
    window = open_window(meeting.id)
    window.resize(1024, 740)
    reason = window.fields["no_answer_reason"]
    reason.setFocus()
    text = "Le bailleur attend le devis de l'ascensoriste ; reponse par courrier avant la fin du mois."
    qtbot.keyClicks(reason, text)
    qtbot.wait(1)  # let the layout settle, as the eye would
    lines = reason.fontMetrics().lineSpacing()
    assert reason.height() >= 4 * lines  # a few lines, not one that scrolls sideways
    assert reason.verticalScrollBar().maximum() == 0  # the whole reason is in sight
    window.close()
    third = _points(residence_store, meeting.id)[0]
    assert third.no_answer_reason.startswith("Le bailleur attend le devis")


def test_the_list_of_points_without_an_answer_follows_what_is_written(qtbot, residence_store, meeting, open_window):
    """The walk: once a point had its reason, "Go to the first one" kept going back to it and the
    count never went down."""
    window = open_window(meeting.id)
    click(qtbot, window.end_button)
    points = _points(residence_store, meeting.id)
    waiting = [p for p in points if p.needs_answer]
    assert len(waiting) >= 2 and window.unanswered.isVisible()
    for number, point in enumerate(waiting):
        click(qtbot, window.first_missing_button)
        assert window.point.id == point.id
        assert f"{len(waiting) - number} point" in window.unanswered_text.text()
        qtbot.keyClicks(window.fields["no_answer_reason"], "Devis attendu")
    click(qtbot, window.first_missing_button)   # saves the last reason: nothing is left
    assert window.unanswered.isHidden()
    assert "Every point now has an answer or a reason" in window.notice.text()
