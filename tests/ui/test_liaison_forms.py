"""The liaison forms tab, used as a person would: record, keep the asker confidential, turn a form
into a complaint, link and remove it, and find it on the next meeting's agenda."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from desktop.domain.meetings import LiaisonForm, MeetingStatus
from desktop.domain.people import Person, Role
from desktop.services import meetings as service
from desktop.ui import dialogs
from desktop.ui.meetings.common import short_date
from desktop.ui.meetings.forms_model import LiaisonFormsModel
from desktop.ui.meetings.forms_tab import LiaisonFormsTab
from tests.ui.people_helpers import click, type_into, type_text
from tests.ui.test_accessibility import unnamed_controls

QUESTION = "Quand la porte du hall sera-t-elle réparée ?\nElle ne ferme plus depuis deux semaines."


@pytest.fixture
def people(residence_store):
    representative = residence_store.people.save(Person(name="Mme Da Silva", role=Role.BUILDING_REPRESENTATIVE))
    tenant = residence_store.people.save(Person(name="M. Benali", role=Role.TENANT))
    return representative, tenant


@pytest.fixture
def tab(qtbot, residence_store, events, people):
    widget = LiaisonFormsTab(residence_store, events)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    return widget


def shown(tab, column):
    model = tab.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def add_form(store, people, **fields):
    representative, tenant = people
    values = dict(question=QUESTION, received_on=dt.date(2026, 3, 2), asker_id=tenant.id,
                  collected_by_id=representative.id, entrance_id=store.places.entrances()[0].id)
    values.update(fields)
    return store.forms.save(LiaisonForm(**values))


def test_record_a_form_by_typing_and_clicking(qtbot, tab, residence_store, people):
    representative, tenant = people
    click(qtbot, tab.new_button)
    dialog = tab.dialog
    assert dialog.isVisible()
    dialog.question.setFocus()
    type_text(qtbot, dialog.question, "Qui nettoie le local vélos ?")
    type_into(qtbot, dialog.asker.lineEdit(), "M. Benali")
    dialog.entrance.setCurrentIndex(2)
    dialog.collector.setCurrentIndex(dialog.collector.findText("Mme Da Silva"))
    click(qtbot, dialog.save_button)
    assert not dialog.isVisible()
    [form] = residence_store.forms.list()
    assert form.question == "Qui nettoie le local vélos ?"
    assert (form.asker_id, form.collected_by_id) == (tenant.id, representative.id)
    assert form.entrance_id == residence_store.places.entrances()[1].id
    assert form.received_on == residence_store.complaints.today()
    assert shown(tab, LiaisonFormsModel.QUESTION) == ["Qui nettoie le local vélos ?"]
    assert shown(tab, LiaisonFormsModel.AGENDA) == ["Not yet"]


def test_an_empty_question_is_refused_inline_and_the_typing_kept(qtbot, tab, residence_store):
    qtbot.keyClick(tab.table, Qt.Key.Key_Insert)
    dialog = tab.dialog
    type_into(qtbot, dialog.asker.lineEdit(), "Mme Petit")
    dialog.complaint.setFocus()
    qtbot.keyClicks(dialog.complaint, "999")
    click(qtbot, dialog.save_button)
    assert dialog.isVisible() and not dialog.error.isHidden()
    assert "question" in dialog.error.text()
    dialog.question.setFocus()
    qtbot.keyClicks(dialog.question, "Le chauffage ?")
    click(qtbot, dialog.save_button)
    assert "999" in dialog.error.text()  # no such complaint: the store's sentence
    assert dialog.asker.currentText() == "Mme Petit"
    assert residence_store.forms.list() == []
    dialog.complaint.clear()
    click(qtbot, dialog.save_button)
    [form] = residence_store.forms.list()
    assert (form.asker_id, form.asker_name) == (None, "Mme Petit")


def test_a_confidential_asker_is_never_named_in_the_list(qtbot, tab, residence_store, people):
    form = add_form(residence_store, people)
    tab.refresh()
    tab.select_form(form.id)
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    dialog = tab.dialog
    assert dialog.asker.currentText() == "M. Benali"
    dialog.confidential.setFocus()
    qtbot.keyClick(dialog.confidential, Qt.Key.Key_Space)
    click(qtbot, dialog.save_button)
    assert residence_store.forms.get(form.id).confidential
    assert shown(tab, LiaisonFormsModel.ASKER) == ["Confidential"]
    texts = [tab.model.index(0, c).data(role) for c in range(tab.model.columnCount())
             for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)]
    assert not any("Benali" in (text or "") for text in texts)
    assert "Benali" not in tab.details.text() and QUESTION in tab.details.text()


def test_turn_a_form_into_a_complaint(qtbot, tab, residence_store, people, events):
    form = add_form(residence_store, people, confidential=True)
    tab.refresh()
    tab.select_form(form.id)
    with qtbot.waitSignal(events.complaints_changed), qtbot.waitSignal(events.message) as message:
        click(qtbot, tab.complaint_button)
        dialog = tab.dialog
        dialog.field.setCurrentIndex(1)
        click(qtbot, dialog.ok_button)
    linked = residence_store.forms.get(form.id).complaint_id
    complaint = residence_store.complaints.get(linked)
    assert complaint.description == QUESTION
    assert complaint.reporter_confidential
    assert message.args == [f"Complaint {linked} created from the liaison form"]
    assert shown(tab, LiaisonFormsModel.COMPLAINT) == [str(linked)]
    assert not tab.complaint_button.isEnabled()


def test_link_to_a_complaint_by_its_number(qtbot, tab, residence_store, people):
    form = add_form(residence_store, people)
    other = service.form_to_complaint(residence_store, add_form(residence_store, people).id, 1)
    tab.refresh()
    tab.select_form(form.id)
    click(qtbot, tab.link_button)
    dialog = tab.dialog
    type_into(qtbot, dialog.field, "4242")
    click(qtbot, dialog.ok_button)
    assert dialog.isVisible() and "4242" in dialog.error.text()
    type_into(qtbot, dialog.field, str(other.id))
    click(qtbot, dialog.ok_button)
    assert residence_store.forms.get(form.id).complaint_id == other.id


def test_remove_asks_first_and_is_refused_on_signed_minutes(qtbot, tab, residence_store, people, monkeypatch):
    errors = []
    monkeypatch.setattr(dialogs, "show_error", lambda _parent, text: errors.append(text))
    answers = iter([False, True, True])
    monkeypatch.setattr(dialogs, "confirm", lambda *_args: next(answers))
    kept = add_form(residence_store, people)
    gone = add_form(residence_store, people, question="Les boîtes aux lettres")
    tab.refresh()
    tab.select_form(gone.id)
    click(qtbot, tab.remove_button)
    assert len(residence_store.forms.list()) == 2  # not confirmed
    click(qtbot, tab.remove_button)
    assert [f.id for f in residence_store.forms.list()] == [kept.id]
    meeting = service.plan_meeting(residence_store, dt.date(2026, 3, 10))
    service.start_meeting(residence_store, meeting.id)
    for point in residence_store.agenda.points(meeting.id):
        residence_store.agenda.update_point_fields(point.id, answer="Réponse du bailleur")
    service.close_meeting(residence_store, meeting.id)
    service.approve_minutes(residence_store, meeting.id, "Mme Da Silva", "M. Benali")
    assert residence_store.meetings.get(meeting.id).status == MeetingStatus.SIGNED
    tab.refresh()
    tab.select_form(kept.id)
    click(qtbot, tab.remove_button)
    assert errors and residence_store.forms.get(kept.id)


def test_the_next_agenda_takes_up_a_form_received_since_the_last_meeting(qtbot, tab, residence_store, people):
    older = add_form(residence_store, people, received_on=dt.date(2026, 1, 20), question="Les caves ?")
    last = service.plan_meeting(residence_store, dt.date(2026, 2, 10))
    form = add_form(residence_store, people)
    tab.filter.setCurrentIndex(1)
    assert shown(tab, LiaisonFormsModel.QUESTION) == [QUESTION.splitlines()[0]]
    meeting = service.plan_meeting(residence_store, dt.date(2026, 4, 16))
    taken_up = {i for point in residence_store.agenda.points(meeting.id) for i in point.form_ids}
    assert form.id in taken_up and older.id not in taken_up
    tab.events.meetings_changed.emit()
    assert tab.model.rowCount() == 0  # "not yet on an agenda" no longer lists it
    tab.filter.setCurrentIndex(0)
    assert shown(tab, LiaisonFormsModel.AGENDA) == [
        short_date(meeting.date), short_date(last.date)]


def test_the_model_passes_qt_checks(qtmodeltester, residence_store, people):
    add_form(residence_store, people)
    add_form(residence_store, people, confidential=True, asker_id=None, asker_name="Mme X")
    qtmodeltester.check(LiaisonFormsModel(residence_store))


def test_every_control_has_an_accessible_name(qtbot, tab, residence_store, people):
    form = add_form(residence_store, people)
    tab.refresh()
    tab.select_form(form.id)
    assert unnamed_controls(tab) == []
    for button in (tab.new_button, tab.edit_button, tab.complaint_button, tab.link_button):
        click(qtbot, button)
        assert unnamed_controls(tab.dialog) == []
        tab.dialog.reject()


def test_the_list_follows_changes_made_elsewhere(tab, residence_store, people, events):
    representative, _tenant = people
    add_form(residence_store, people)
    events.complaints_changed.emit()
    assert shown(tab, LiaisonFormsModel.COLLECTED_BY) == ["Mme Da Silva"]
    representative.name = "Mme Da Silva-Morel"
    residence_store.people.save(representative)
    events.people_changed.emit()
    assert shown(tab, LiaisonFormsModel.COLLECTED_BY) == ["Mme Da Silva-Morel"]
