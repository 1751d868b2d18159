"""The meetings page, used as a person would: plan, reorder, merge, close, approve, attendance."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt

from desktop.domain.agenda import AgendaPoint, AgendaPointKind
from desktop.domain.commitments import Commitment, CommitmentStatus
from desktop.domain.meetings import MeetingStatus, Presence
from desktop.domain.people import Person, Role
from desktop.services import meetings as service
from desktop.ui import dialogs
from desktop.ui.meetings import page as page_module
from desktop.ui.meetings.page import MeetingsPage
from tests.ui.people_helpers import click, type_into
from tests.ui.question_helpers import Questions
from tests.ui.test_accessibility import unnamed_controls
from tests.ui.test_signature_pad import draw


@pytest.fixture
def page(qtbot, residence_store, events):
    widget = MeetingsPage(residence_store, events)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    return widget


@pytest.fixture
def planned(residence_store):
    """A planned meeting whose agenda has a question point at the top."""
    meeting = service.plan_meeting(residence_store, dt.date(2026, 4, 16))
    residence_store.agenda.add_point(meeting.id, AgendaPoint(
        kind=AgendaPointKind.COMPLAINTS, title="Ascenseur du bâtiment B"), position=1)
    return meeting


def order(store, meeting_id):
    return [p.title for p in store.agenda.points(meeting_id, with_commitments=False)]


def shown_titles(page):
    model = page.agenda.model
    return [model.index(r, model.TITLE).data() for r in range(model.rowCount())]


def show(page, meeting_id):
    page.model.refresh()
    page.select_meeting(meeting_id)


def test_plan_a_meeting_from_the_page(qtbot, page, residence_store):
    click(qtbot, page.plan_button)
    dialog = page.dialog
    assert dialog.isVisible()
    dialog.date.setFocus()
    dialog.date.edit.selectAll()  # the proposed date, typed over without separators
    qtbot.keyClicks(dialog.date.edit, "16042026")
    type_into(qtbot, dialog.place, "Salle des fêtes")
    click(qtbot, dialog.plan_button)

    meetings = residence_store.meetings.list()
    assert [(m.date, m.place, m.start_time) for m in meetings] == [
        (dt.date(2026, 4, 16), "Salle des fêtes", dt.time(18, 0))]
    kinds = [p.kind for p in residence_store.agenda.points(meetings[0].id)]
    expected = [p.kind for p in service.propose_agenda(residence_store, dt.date(2026, 4, 16))]
    assert kinds == expected and AgendaPointKind.NEXT_MEETING in kinds
    assert page.meeting_id == meetings[0].id
    assert "16" in page.title.text() and "2026" in page.title.text()
    assert page.agenda.model.rowCount() == len(kinds)


def test_planning_a_taken_date_says_why_and_keeps_the_dialog(qtbot, page, planned, residence_store):
    page.model.refresh()
    click(qtbot, page.plan_button)
    dialog = page.dialog
    dialog.date.setDate(dialog.date.date().fromString("16/04/2026", "dd/MM/yyyy"))
    click(qtbot, dialog.plan_button)
    assert dialog.isVisible() and "already a meeting" in dialog.error.text()
    assert len(residence_store.meetings.list()) == 1


def test_reorder_the_agenda_by_keyboard(qtbot, page, planned, residence_store):
    show(page, planned.id)
    before = order(residence_store, planned.id)
    page.agenda.select_row(0)
    page.agenda.table.setFocus()
    qtbot.keyClick(page.agenda.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.agenda.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    after = order(residence_store, planned.id)
    assert after == [before[1], before[2], before[0], *before[3:]]
    assert shown_titles(page) == after
    assert page.agenda.selected_rows() == [2]
    click(qtbot, page.agenda.up_button)
    assert order(residence_store, planned.id)[1] == before[0]


def test_reorder_the_agenda_by_drag_and_drop(qtbot, page, planned, residence_store, qtmodeltester):
    show(page, planned.id)
    model = page.agenda.model
    before = order(residence_store, planned.id)
    data = model.mimeData([model.index(0, 0), model.index(0, 2)])
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 4, 0, QModelIndex())
    assert order(residence_store, planned.id) == [*before[1:4], before[0], *before[4:]]
    # Dropped onto a row: goes before it.
    data = model.mimeData([model.index(model.rowCount() - 1, 0)])
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, model.index(0, 0))
    assert order(residence_store, planned.id)[0] == before[-1]
    assert model.moveRows(QModelIndex(), 0, 1, QModelIndex(), 3)
    assert order(residence_store, planned.id)[2] == before[-1]
    assert shown_titles(page) == order(residence_store, planned.id)
    qtmodeltester.check(model)


def test_merge_two_points(qtbot, page, planned, residence_store, monkeypatch):
    monkeypatch.setattr(dialogs, "confirm", lambda *args: True)
    show(page, planned.id)
    points = residence_store.agenda.points(planned.id)
    selection = page.agenda.table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    page.agenda.select_row(0)
    selection.select(page.agenda.model.index(1, 0), flags)
    assert page.agenda.merge_button.isEnabled()
    click(qtbot, page.agenda.merge_button)
    after = residence_store.agenda.points(planned.id)
    assert len(after) == len(points) - 1
    assert after[0].id == points[0].id
    assert after[0].duration_minutes == points[0].duration_minutes + points[1].duration_minutes
    assert page.agenda.model.rowCount() == len(after)


def test_add_and_remove_a_point(qtbot, page, planned, residence_store, monkeypatch):
    show(page, planned.id)
    count = len(order(residence_store, planned.id))
    type_into(qtbot, page.agenda.new_title, "Local à vélos")
    click(qtbot, page.agenda.add_button)
    assert order(residence_store, planned.id)[-1] == "Local à vélos"
    assert page.agenda.selected_rows() == [count]
    monkeypatch.setattr(dialogs, "confirm", lambda *args: False)
    click(qtbot, page.agenda.remove_button)
    assert len(order(residence_store, planned.id)) == count + 1
    monkeypatch.setattr(dialogs, "confirm", lambda *args: True)
    click(qtbot, page.agenda.remove_button)
    assert "Local à vélos" not in order(residence_store, planned.id)


def test_set_proposed_by_and_duration_inline(page, planned, residence_store):
    show(page, planned.id)
    model = page.agenda.model
    assert model.setData(model.index(0, model.PROPOSED_BY), "Mme Durand")
    assert model.setData(model.index(0, model.DURATION), 25)
    point = residence_store.agenda.points(planned.id)[0]
    assert (point.proposed_by, point.duration_minutes) == ("Mme Durand", 25)
    assert model.index(0, model.DURATION).data() == "25"


def test_close_a_held_meeting_with_an_unanswered_point(qtbot, page, planned, residence_store, monkeypatch):
    opened = []
    monkeypatch.setattr(page_module, "open_meeting_mode", lambda store, events, mid, parent: opened.append(mid))
    show(page, planned.id)
    Questions().will_answer("Open it anyway")
    click(qtbot, page.start_button)
    assert opened == [planned.id]
    assert residence_store.meetings.get(planned.id).status == MeetingStatus.HELD
    assert page.close_button.isVisible()
    click(qtbot, page.close_button)
    assert residence_store.meetings.get(planned.id).status == MeetingStatus.HELD
    assert page.missing.isVisible()
    assert "Point 1: Ascenseur du bâtiment B" in page.missing.text()
    assert "No answer yet" in page.agenda.model.index(0, page.agenda.model.MARKERS).data()


def test_close_approve_then_the_meeting_is_read_only(qtbot, page, planned, residence_store, monkeypatch):
    monkeypatch.setattr(page_module, "open_meeting_mode", lambda *args: None)
    point_id = residence_store.agenda.points(planned.id)[0].id
    show(page, planned.id)
    Questions().will_answer("Cancel")  # not printing the convocation now
    click(qtbot, page.convene_button)
    assert residence_store.meetings.get(planned.id).status == MeetingStatus.CONVENED
    Questions().will_answer("Open it anyway")
    click(qtbot, page.start_button)
    residence_store.agenda.update_point_fields(point_id, answer="Réparé le 2 avril.")
    Questions().will_answer("End the meeting")
    click(qtbot, page.close_button)
    assert residence_store.meetings.get(planned.id).status == MeetingStatus.MINUTES_DRAFTED
    assert not page.missing.isVisible()
    click(qtbot, page.approve_button)
    dialog = page.dialog
    type_into(qtbot, dialog.chair, "Michel Muller")
    type_into(qtbot, dialog.secretary, "Nathalie Aubert")
    click(qtbot, dialog.ok_button)
    meeting = residence_store.meetings.get(planned.id)
    assert (meeting.status, meeting.chair) == (MeetingStatus.SIGNED, "Michel Muller")
    assert page.agenda.banner.isVisible() and "Michel Muller" in page.agenda.banner.text()
    model = page.agenda.model
    assert not model.flags(model.index(0, model.TITLE)) & Qt.ItemFlag.ItemIsEditable
    assert not page.agenda.add_row.isVisible() and not page.agenda.buttons_row.isVisible()
    click(qtbot, page.agenda.amend_button)
    type_into(qtbot, page.dialog.text, "Lire 3 avril au lieu de 2 avril.")
    click(qtbot, page.dialog.ok_button)
    assert [a.text for a in residence_store.meetings.amendments(planned.id)] == ["Lire 3 avril au lieu de 2 avril."]
    assert residence_store.meetings.get(planned.id).status == MeetingStatus.AMENDED
    assert "Lire 3 avril au lieu de 2 avril." in page.agenda.banner.text()


def test_attendance_and_invitations(qtbot, page, planned, residence_store, qtmodeltester):
    person = residence_store.people.save(Person(name="Hélène Guérin", role=Role.CARETAKER))
    show(page, planned.id)
    attendance = page.attendance
    attendance.set_meeting(planned.id)
    index = attendance.person.findData(person.id)
    attendance.person.setCurrentIndex(index)
    click(qtbot, attendance.invite_button)
    invitations = residence_store.invitations.list(planned.id)
    assert [i.name for i in invitations] == ["Hélène Guérin"]
    model = attendance.model
    combo = attendance.table.indexWidget(model.index(0, model.PRESENCE))
    combo.setCurrentIndex(combo.findData(Presence.EXCUSED.value))
    combo.activated.emit(combo.currentIndex())
    assert residence_store.invitations.list(planned.id)[0].presence == Presence.EXCUSED
    assert model.setData(model.index(0, model.REPRESENTED_BY), "Jacques Faure")
    saved = residence_store.invitations.list(planned.id)[0]
    assert (saved.presence, saved.represented_by_name) == (Presence.REPRESENTED, "Jacques Faure")
    qtmodeltester.check(model)


def test_arrival_and_departure_times_are_typed_in_the_table(qtbot, page, planned, residence_store, monkeypatch):
    from PySide6.QtWidgets import QLineEdit

    errors = []
    monkeypatch.setattr("desktop.ui.dialogs.show_error", lambda _parent, text: errors.append(text))
    person = residence_store.people.save(Person(name="Paul Henry", role=Role.CARETAKER))
    show(page, planned.id)
    attendance = page.attendance
    attendance.set_meeting(planned.id)
    attendance.person.setCurrentIndex(attendance.person.findData(person.id))
    click(qtbot, attendance.invite_button)
    model, table = attendance.model, attendance.table
    table.setCurrentIndex(model.index(0, model.ARRIVED))
    table.edit(model.index(0, model.ARRIVED))
    [editor] = [e for e in table.viewport().findChildren(QLineEdit) if not e.isHidden()]
    editor.selectAll()
    qtbot.keyClicks(editor, "14h35")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)  # moving on commits the edit, as in any table
    assert not model.setData(model.index(0, model.LEFT), "soon")
    saved = residence_store.invitations.list(planned.id)[0]
    assert saved.arrived_at == dt.time(14, 35) and saved.left_at is None
    assert model.index(0, model.ARRIVED).data() == "14:35"
    assert errors == ["“soon” is not a time; type it as 14:35."]


def test_commitments_list_filters_and_marks_done(qtbot, page, planned, residence_store, qtmodeltester):
    point_id = residence_store.agenda.points(planned.id)[0].id
    late = residence_store.commitments.add(Commitment(
        what="Réparer la porte", owner_name="Bailleur", due_on=dt.date(2026, 1, 5),
        meeting_id=planned.id, point_id=point_id))
    residence_store.commitments.add(Commitment(
        what="Changer l'ampoule", owner_name="Gardien", due_on=dt.date(2026, 6, 1),
        meeting_id=planned.id, point_id=point_id))
    view = page.commitments
    view.model.refresh()
    page.tabs.setCurrentIndex(1)
    assert view.model.rowCount() == 2
    view.filter.setCurrentIndex(view.filter.findText("Late only"))
    assert view.model.rowCount() == 1
    assert view.model.index(0, view.model.STATE).data() == "LATE"
    view.table.selectRow(0)
    click(qtbot, view.done_button)
    assert residence_store.commitments.get(late.id).status == CommitmentStatus.DONE
    assert view.model.rowCount() == 0
    view.filter.setCurrentIndex(view.filter.findText("Done"))
    view.table.selectRow(0)
    assert "commitment taken" in view.history.text()
    assert "status Open → Done" in view.history.text()
    qtmodeltester.check(view.model)


def test_models_and_names(qtbot, page, planned, qtmodeltester):
    show(page, planned.id)
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.agenda.model)
    click(qtbot, page.plan_button)
    assert unnamed_controls(page) == []
    assert unnamed_controls(page.dialog) == []


def test_start_opens_the_meeting_mode_window(qtbot, page, planned, residence_store):
    from desktop.ui.meetings.meeting_mode import MeetingModeWindow

    show(page, planned.id)
    Questions().will_answer("Open it anyway")
    click(qtbot, page.start_button)
    assert isinstance(page.mode_window, MeetingModeWindow)
    qtbot.addWidget(page.mode_window)
    assert residence_store.meetings.get(planned.id).status == MeetingStatus.HELD
    assert page.start_button.text().replace("&", "") == "Resume the meeting"
    point_id = residence_store.agenda.points(planned.id)[0].id
    residence_store.agenda.update_point_fields(point_id, answer="Pièce commandée.")
    page.mode_window.close()
    assert page.model.index(page.model.row_of(planned.id), page.model.UNANSWERED).data() == "0"


def test_the_dashboard_shows_the_next_planned_meeting(qtbot, planned, residence_store, events):
    from desktop.ui.dashboard import DashboardPage

    widget = DashboardPage(residence_store, events)
    qtbot.addWidget(widget)
    assert "April 16, 2026" in widget.meeting.text() or "16 April 2026" in widget.meeting.text()
    assert "Planned" in widget.meeting.text()


def test_the_meetings_page_leads_to_liaison_forms_and_topics(window, residence_store):
    from desktop.domain.complaints import Complaint
    from desktop.ui.complaints.form import ComplaintDialog

    window.show_page("meetings")
    page = window.pages["meetings"]
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == [
        "Meetings", "Commitments (all meetings)", "Liaison forms", "Follow a topic"]
    saved = residence_store.complaints.create(Complaint(title="Ascenseur en panne", category_id=1))
    page.thread.open_complaint.emit(saved.id)
    dialogs = [d for d in page.findChildren(ComplaintDialog) if d.isVisible()]
    assert dialogs and dialogs[0].windowTitle().endswith(str(saved.id))


def test_the_chair_and_the_secretary_sign_on_the_pads_when_approving(qtbot, page, planned, residence_store,
                                                                     monkeypatch, tmp_path):
    from desktop.services.meetings import load_minutes
    from desktop.services.reports import gather

    monkeypatch.setattr(page_module, "open_meeting_mode", lambda *args: None)
    point_id = residence_store.agenda.points(planned.id)[0].id
    show(page, planned.id)
    Questions().will_answer("Cancel")
    click(qtbot, page.convene_button)
    Questions().will_answer("Open it anyway")
    click(qtbot, page.start_button)
    residence_store.agenda.update_point_fields(point_id, answer="Réparé le 2 avril.")
    Questions().will_answer("End the meeting")
    click(qtbot, page.close_button)
    click(qtbot, page.approve_button)
    dialog = page.dialog
    qtbot.waitExposed(dialog)
    type_into(qtbot, dialog.chair, "Michel Muller")
    assert dialog.chair_pad.hint.text() == "Signature of Michel Muller:"
    type_into(qtbot, dialog.secretary, "Nathalie Aubert")
    draw(qtbot, dialog.chair_pad.canvas, [(20, 80), (120, 30), (220, 110), (320, 60)])
    draw(qtbot, dialog.secretary_pad.canvas, [(40, 40), (300, 120)])
    dialog.grab().save(str(tmp_path / "approve.png"))
    click(qtbot, dialog.ok_button)
    kept = residence_store.meetings.handwritten(planned.id)
    assert sorted(kept) == ["chair", "secretary"]
    assert len(kept["chair"].strokes[0]) == 4 and len(kept["secretary"].strokes) == 1
    minutes = load_minutes(residence_store, planned.id)
    assert gather(residence_store, minutes).handwritten == kept  # what the printed minutes draw


def test_a_woman_is_presente_in_the_french_attendance_and_minutes(qtbot, qapp, residence_store):
    """"Présent" for everyone: a woman of the register (Madame) is "Présente", on screen and on paper."""
    import datetime as dt

    from pypdf import PdfReader
    import io

    from desktop.domain.meetings import Presence
    from desktop.domain.people import Civility, Person, Role
    from desktop.reports.meeting_documents import meeting_document
    from desktop.services import meetings as service
    from desktop.services.reports import gather
    from desktop import i18n
    from desktop.ui.meetings.attendance import AttendanceModel

    marie = residence_store.people.save(Person(name="Marie Martin", role=Role.BUILDING_REPRESENTATIVE,
                                               civility=Civility.MADAM))
    karim = residence_store.people.save(Person(name="Karim Benali", role=Role.BUILDING_REPRESENTATIVE))
    meeting = service.plan_meeting(residence_store, dt.date(2026, 3, 10))
    for person in (marie, karim):
        if not any(i.person_id == person.id for i in residence_store.invitations.list(meeting.id)):
            residence_store.invitations.invite(meeting.id, person_id=person.id)
    for invitation in residence_store.invitations.list(meeting.id):
        residence_store.invitations.set_presence(invitation.id, Presence.PRESENT)
    i18n.set_language("fr")  # the words of the model and the report, without a window-wide change
    try:
        model = AttendanceModel(residence_store)
        model.set_meeting(meeting.id)
        shown = {model.index(row, AttendanceModel.NAME).data(): model.index(row, AttendanceModel.PRESENCE).data()
                 for row in range(model.rowCount())}
        assert shown["Marie Martin"] == "Présente" and shown["Karim Benali"] == "Présent"
        minutes = service.load_minutes(residence_store, meeting.id)
        pdf = meeting_document("minutes", minutes, gather(residence_store, minutes))
        text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
        assert "Présente" in text
    finally:
        i18n.set_language("en")


def test_a_complaint_logged_after_planning_is_shown_missing_and_added_with_one_click(
        window, qtbot, residence_store):
    """Issue 10: a complaint logged once the next meeting was planned was on no agenda, and
    nothing said so."""
    from desktop.domain.complaints import Complaint
    from desktop.domain.places import PlaceRef

    meeting = service.plan_meeting(residence_store, dt.date(2026, 4, 16))
    service.convene_meeting(residence_store, meeting.id)
    window.show_page("meetings")
    page = window.pages["meetings"]
    qtbot.waitUntil(page.isVisible)
    page.select_meeting(meeting.id)
    assert page.late.isHidden()
    entrance = residence_store.places.entrances()[0]
    lift = residence_store.categories.by_name()["lift"]
    late = residence_store.complaints.create(Complaint(
        title="Ascenseur bloqué au 4e", category_id=lift, place=PlaceRef(entrance_id=entrance.id)))
    window.events.complaints_changed.emit()   # as the complaint window does once it saved
    qtbot.waitUntil(page.late.isVisible, timeout=5000)
    text = page.late.text.text()
    assert "1 open complaint is not on this agenda" in text and f"No. {late.id}: Ascenseur bloqué au 4e" in text
    assert "convocation already sent does not list them" in text
    assert page.late.add_button.text().replace("&", "") == "Add it to the agenda"
    click(qtbot, page.late.add_button)

    titles = order(residence_store, meeting.id)
    added = next(t for t in titles if t.startswith("Lift"))
    assert titles.index(added) == titles.index("Landlord information: works, service charges, rehousing") - 1
    assert added in shown_titles(page)
    assert page.late.isHidden()
    assert service.complaints_not_on_agenda(residence_store, meeting.id) == []


def test_the_approval_offers_the_participants_names(qtbot, residence_store):
    """The walk: the chair and secretary fields suggested nobody."""
    from desktop.ui.meetings.minutes_dialogs import ApproveDialog

    residence_store.people.save(Person(name="Marie Martin", role=Role.BUILDING_REPRESENTATIVE))
    residence_store.people.save(Person(name="Paul Haddad", role=Role.LANDLORD_STAFF))
    residence_store.people.save(Person(name="Céline Chevalier", role=Role.CARETAKER))
    meeting = service.plan_meeting(residence_store, dt.date(2026, 3, 12))
    service.start_meeting(residence_store, meeting.id)
    for point in residence_store.agenda.points(meeting.id):
        residence_store.agenda.update_point_fields(point.id, answer="Fait")
    service.close_meeting(residence_store, meeting.id)
    dialog = ApproveDialog(residence_store, meeting.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.chair, "mart")
    popup = dialog.chair.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    assert [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())] == ["Marie Martin"]
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert dialog.chair.text() == "Marie Martin"
    qtbot.keyClicks(dialog.secretary, "ADD")   # "Haddad", case and accents ignored
    popup = dialog.secretary.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert dialog.secretary.text() == "Paul Haddad"
    dialog.chair.clear()
    qtbot.keyClicks(dialog.chair, "celi")  # no accent typed: Céline is found
    popup = dialog.chair.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    assert [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())] == ["Céline Chevalier"]
    dialog.reject()
