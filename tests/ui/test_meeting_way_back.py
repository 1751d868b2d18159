"""Issue 10, item 5: ending asks, Esc leaves without ending, drafted minutes are corrected with
every change dated, approval locks, another day's meeting asks, convening offers to print."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from desktop.domain.complaints import Complaint
from desktop.domain.meetings import MeetingStatus
from desktop.domain.places import PlaceRef
from desktop.services import meetings as service
from desktop.ui.documents import output
from desktop.ui.meetings.meeting_mode import MeetingModeWindow
from desktop.ui.meetings.page import MeetingsPage
from tests.conftest import FIXED_NOW
from tests.ui.people_helpers import click, type_text
from tests.ui.question_helpers import Questions

TODAY = FIXED_NOW.date()


@pytest.fixture
def meeting(residence_store):
    """Today's meeting: one lift complaint on the agenda, every other question already answered."""
    store = residence_store
    store.complaints.create(Complaint(title="Ascenseur en panne", category_id=store.categories.by_name()["lift"],
                                      place=PlaceRef(entrance_id=store.places.entrances()[2].id),
                                      opened_on=dt.date(2026, 2, 1)))
    return service.plan_meeting(store, TODAY, start_time=dt.time(14, 30), place="Salle commune")


@pytest.fixture
def page(qtbot, residence_store, events):
    widget = MeetingsPage(residence_store, events)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    return widget


def show(page, meeting_id):
    """The page as it is after the meeting was planned or changed elsewhere, the meeting chosen."""
    page.model.refresh()
    page.select_meeting(meeting_id)


def _mode(qtbot, page):
    window = page.mode_window
    assert isinstance(window, MeetingModeWindow) and window.isVisible()
    qtbot.addWidget(window)
    return window


def _answer_every_question(qtbot, window):
    """The secretary goes through the agenda typing an answer in each point that needs one."""
    for index in range(len(window.points_model.points)):
        window.go_to(index)
        if window.point.needs_answer and not window.point.answer:
            window.fields["answer"].setFocus()
            qtbot.keyClicks(window.fields["answer"], "Repondu en seance")
    window.go_to(0)


def test_ending_asks_and_cancel_keeps_the_meeting_going(qtbot, page, meeting, residence_store):
    show(page, meeting.id)
    click(qtbot, page.start_button)  # today's meeting: no question
    window = _mode(qtbot, page)
    _answer_every_question(qtbot, window)
    questions = Questions().will_answer("Cancel")
    click(qtbot, window.end_button)
    assert "End the meeting of 12 March 2026 now?" in questions.asked[0]
    assert window.isVisible() and window.save_state.text() == "The meeting goes on."
    assert residence_store.meetings.get(meeting.id).status == MeetingStatus.HELD
    Questions().will_answer("End the meeting")
    click(qtbot, window.end_button)
    assert not window.isVisible()
    assert residence_store.meetings.get(meeting.id).status == MeetingStatus.MINUTES_DRAFTED
    assert page.start_button.isVisible() and page.start_button.text().replace("&", "") == "Correct the minutes…"
    assert page.approve_button.isVisible()


def test_esc_and_the_leave_button_leave_the_meeting_mode_without_ending_it(qtbot, page, meeting, residence_store,
                                                                           events):
    told = []
    events.message.connect(told.append)
    show(page, meeting.id)
    click(qtbot, page.start_button)
    window = _mode(qtbot, page)
    window.fields["answer"].setFocus()
    qtbot.keyClicks(window.fields["answer"], "Piece commandee")
    qtbot.keyClick(window.fields["answer"], Qt.Key.Key_Escape)
    assert not window.isVisible()
    assert residence_store.meetings.get(meeting.id).status == MeetingStatus.HELD
    assert residence_store.agenda.points(meeting.id)[window.index].answer == "Piece commandee"
    assert "the meeting of 12 March 2026 goes on" in told[-1]
    assert page.start_button.text().replace("&", "") == "Resume the meeting"
    click(qtbot, page.start_button)
    window = _mode(qtbot, page)
    assert window.leave_button.isVisible() and window.end_button.isVisible()
    click(qtbot, window.leave_button)
    assert not window.isVisible()
    assert residence_store.meetings.get(meeting.id).status == MeetingStatus.HELD


def test_an_answer_corrected_after_the_meeting_shows_its_date(qtbot, page, meeting, residence_store):
    service.start_meeting(residence_store, meeting.id)
    for point in residence_store.agenda.points(meeting.id):
        if point.needs_answer:
            residence_store.agenda.update_point_fields(point.id, answer="Ascensoriste le 20 mars")
    service.close_meeting(residence_store, meeting.id)
    page.refresh()
    show(page, meeting.id)
    click(qtbot, page.start_button)  # "Correct the minutes…": no question, even another day
    window = _mode(qtbot, page)
    assert window.windowTitle().startswith("Correcting the minutes")
    assert window.correcting_banner.isVisible() and not window.end_button.isVisible()
    lift = next(i for i, p in enumerate(window.points_model.points) if "Lift" in p.title)
    window.go_to(lift)
    assert not window.corrections_label.isVisible()
    answer = window.fields["answer"]
    answer.setFocus()
    qtbot.keyClick(answer, Qt.Key.Key_End)
    type_text(qtbot, answer, " (2 mars, pas 20 mars)")
    qtbot.keyClick(answer, Qt.Key.Key_PageDown)  # changing point saves at once
    window.go_to(lift)
    assert window.corrections_label.isVisible()
    assert "12/03/2026 10:30 – Answer changed by tester" in window.corrections_label.text()
    [line] = residence_store.corrections.of_meeting(meeting.id)
    assert (line.before, line.after) == ("Ascensoriste le 20 mars", "Ascensoriste le 20 mars (2 mars, pas 20 mars)")
    window.close()


def test_approval_locks_what_could_be_corrected(qtbot, page, meeting, residence_store):
    service.start_meeting(residence_store, meeting.id)
    for point in residence_store.agenda.points(meeting.id):
        if point.needs_answer:
            residence_store.agenda.update_point_fields(point.id, answer="Fait")
    service.close_meeting(residence_store, meeting.id)
    service.approve_minutes(residence_store, meeting.id, "Marie Martin", "Paul Haddad")
    page.refresh()
    show(page, meeting.id)
    assert not page.start_button.isVisible() and page.agenda.banner.isVisible()
    window = MeetingModeWindow(residence_store, page.events, meeting.id)
    qtbot.addWidget(window)
    window.show()
    assert window.fields["answer"].isReadOnly() and not window.end_button.isVisible()
    qtbot.keyClicks(window.fields["answer"], "x")
    window.close()
    assert residence_store.corrections.of_meeting(meeting.id) == []


def test_a_meeting_dated_another_day_asks_before_opening(qtbot, page, residence_store, monkeypatch):
    later = service.plan_meeting(residence_store, dt.date(2026, 3, 19))
    show(page, later.id)
    questions = Questions().will_answer("Cancel")
    click(qtbot, page.start_button)
    from desktop.ui.meetings.common import words_date

    assert f"This meeting is dated {words_date(later.date)}, but today is {words_date(TODAY)}." \
        in questions.asked[0]
    assert residence_store.meetings.get(later.id).status == MeetingStatus.PLANNED and page.mode_window is None
    Questions().will_answer("Open it anyway")
    click(qtbot, page.start_button)
    _mode(qtbot, page).close()
    assert residence_store.meetings.get(later.id).status == MeetingStatus.HELD
    # Coming back to the meeting under way is no mistake: it is not asked again.
    from desktop.ui import dialogs

    asked = []
    monkeypatch.setattr(dialogs, "confirm", lambda *question: asked.append(question) or False)
    click(qtbot, page.start_button)
    _mode(qtbot, page).close()
    assert asked == []


def test_convening_offers_to_print_the_convocation_and_the_attendance_sheet(qtbot, page, meeting, residence_store,
                                                                             monkeypatch, tmp_path):
    dialogs_opened = []
    monkeypatch.setattr(output, "open_print_dialog",
                        lambda printer, parent, accepted: dialogs_opened.append((printer, accepted)))
    show(page, meeting.id)
    questions = Questions().will_answer("Print both…")
    click(qtbot, page.convene_button)
    assert "Print the convocation (with the agenda) and the attendance sheet now?" in questions.asked[0]
    assert residence_store.meetings.get(meeting.id).status == MeetingStatus.CONVENED
    qtbot.waitUntil(lambda: bool(dialogs_opened))
    printer, accepted = dialogs_opened[0]
    printer.setOutputFormat(printer.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    accepted(printer)
    from tests.reports.conftest import pdf_text

    text = pdf_text(page.convocation_printing.data)
    assert "Convocation" in text and "Attendance sheet" in text
    assert page.convocation_printing.printed_pages >= 2 and (tmp_path / "printed.pdf").stat().st_size > 0


def test_approving_says_who_has_no_presence_noted(qtbot, residence_store):
    """The walk: minutes were approved with fifteen people still "Convoqué", without a word."""
    from desktop.domain.meetings import Presence
    from desktop.domain.people import Person, Role
    from desktop.ui.meetings.minutes_dialogs import ApproveDialog

    meeting = service.plan_meeting(residence_store, dt.date(2026, 3, 10))
    for name in ("Marie Martin", "Karim Benali"):
        person = residence_store.people.save(Person(name=name, role=Role.BUILDING_REPRESENTATIVE))
        if not any(i.person_id == person.id for i in residence_store.invitations.list(meeting.id)):
            residence_store.invitations.invite(meeting.id, person_id=person.id)
    invitations = residence_store.invitations.list(meeting.id)
    for invitation in invitations[1:]:
        residence_store.invitations.set_presence(invitation.id, Presence.PRESENT)
    dialog = ApproveDialog(residence_store, meeting.id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.attendance_warning.isVisibleTo(dialog)
    assert f"{invitations[0].name} has no presence noted" in dialog.attendance_warning.text()
    residence_store.invitations.set_presence(invitations[0].id, Presence.EXCUSED)
    noted = ApproveDialog(residence_store, meeting.id)
    qtbot.addWidget(noted)
    assert not noted.attendance_warning.isVisibleTo(noted)
