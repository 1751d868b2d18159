"""The status buttons of the complaint form offer only allowed moves and ask for reasons."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.domain.complaints import ComplaintStatus as S
from desktop.domain.complaints import allowed_transitions
from desktop.i18n import tr
from tests.ui.test_complaint_form import (  # noqa: F401 (fixtures)
    british_dates,
    make_complaint,
    no_real_message_boxes,
    open_form,
)

# How to bring a new complaint to each status, through the life cycle.
PATHS = {
    S.NEW: [],
    S.PASSED_TO_LANDLORD: [(S.PASSED_TO_LANDLORD, "")],
    S.IN_PROGRESS: [(S.IN_PROGRESS, "")],
    S.RESOLVED: [(S.RESOLVED, "")],
    S.REOPENED: [(S.RESOLVED, ""), (S.REOPENED, "Leak is back")],
    S.CLOSED: [(S.RESOLVED, ""), (S.CLOSED, "")],
    S.REJECTED: [(S.REJECTED, "Private matter")],
}


def click(qtbot, button) -> None:
    assert button.isVisible() and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.mark.parametrize("status", list(PATHS), ids=lambda s: s.value)
def test_only_the_allowed_moves_are_offered(qtbot, open_form, residence_store, status):
    complaint = make_complaint(residence_store)
    for target, reason in PATHS[status]:
        residence_store.complaints.change_status(complaint.id, target, reason)
    form = open_form(complaint.id)
    expected = [tr("Status", t.action_label) for t in allowed_transitions(status)]
    assert form.status.action_labels() == expected
    assert all(b.isVisible() for b in form.status.action_buttons.values())
    assert form.status.banner.text() == f"Status: {tr('Status', status.label)}"
    # A finished complaint says so in words, not only by having no buttons.
    assert form.status.hint.isVisible() == (not expected)


def test_a_new_unsaved_complaint_has_no_status_actions(open_form):
    form = open_form()
    assert form.status.action_labels() == []
    assert "Save the complaint" in form.status.hint.text() and form.status.hint.isVisible()


def test_rejecting_needs_a_reason_then_shows_it_in_the_history(qtbot, open_form, residence_store, events):
    complaint = make_complaint(residence_store)
    form = open_form(complaint.id)
    click(qtbot, form.status.action_buttons[S.REJECTED])
    assert form.status.reason_panel.isVisible() and "required" in form.status.reason_label.text()
    with qtbot.assertNotEmitted(events.complaints_changed):
        click(qtbot, form.status.confirm_button)
    assert form.status.reason_error.isVisible()
    assert form.status.reason_error.text() == "Give a reason to mark the complaint “Rejected”."
    assert residence_store.complaints.get(complaint.id).status == S.NEW

    qtbot.keyClicks(form.status.reason, "The landlord is not concerned: private parking")
    with qtbot.waitSignal(events.message) as message:
        click(qtbot, form.status.confirm_button)
    assert message.args == [f"Complaint {complaint.id} is now “Rejected”"]
    stored = residence_store.complaints.get(complaint.id)
    assert (stored.status, stored.status_reason) == (S.REJECTED, "The landlord is not concerned: private parking")
    assert form.status.banner.text() == "Status: Rejected"
    assert "private parking" in form.status.reason_shown.text()
    assert form.status.action_labels() == [] and not form.status.reason_panel.isVisible()
    assert form.history.lines()[0] == (
        "12 March 2026 10:30 — tester: Status: New → Rejected — The landlord is not concerned: private parking"
    )


def test_enter_in_the_reason_confirms_without_saving_the_fields(qtbot, open_form, residence_store):
    complaint = make_complaint(residence_store)
    form = open_form(complaint.id)
    click(qtbot, form.status.action_buttons[S.PASSED_TO_LANDLORD])
    assert "optional" in form.status.reason_label.text()
    assert form.status.confirm_button.isDefault() and not form.save_button.isDefault()
    qtbot.keyClicks(form.status.reason, "Phoned the agency")
    qtbot.keyClick(form.status.reason, Qt.Key.Key_Return)
    assert residence_store.complaints.get(complaint.id).status == S.PASSED_TO_LANDLORD
    assert form.save_button.isDefault()
    assert form.status.action_labels() == [
        tr("Status", t.action_label) for t in allowed_transitions(S.PASSED_TO_LANDLORD)
    ]


def test_marking_a_duplicate_needs_the_other_complaints_number(qtbot, open_form, residence_store):
    original = make_complaint(residence_store, "Lift stuck")
    copy = make_complaint(residence_store, "Lift stuck again")
    form = open_form(copy.id)
    click(qtbot, form.status.action_buttons[S.DUPLICATE])
    assert form.status.duplicate_of.isVisible()
    click(qtbot, form.status.confirm_button)
    assert "Say which complaint" in form.status.reason_error.text()
    assert residence_store.complaints.get(copy.id).status == S.NEW

    form.status.duplicate_of.lineEdit().selectAll()
    qtbot.keyClicks(form.status.duplicate_of, str(original.id))
    click(qtbot, form.status.confirm_button)
    stored = residence_store.complaints.get(copy.id)
    assert (stored.status, stored.duplicate_of) == (S.DUPLICATE, original.id)
    assert f"Duplicate of complaint {original.id}" in form.status.reason_shown.text()
    assert f"#{original.id}" in form.history.lines()[0]


def test_cancel_or_esc_leaves_the_status_alone_and_the_form_open(qtbot, open_form, residence_store):
    complaint = make_complaint(residence_store)
    form = open_form(complaint.id)
    click(qtbot, form.status.action_buttons[S.RESOLVED])
    click(qtbot, form.status.cancel_button)
    assert not form.status.reason_panel.isVisible() and form.status.buttons_box.isVisible()
    click(qtbot, form.status.action_buttons[S.RESOLVED])
    qtbot.keyClick(form.status.reason, Qt.Key.Key_Escape)
    assert form.isVisible() and not form.status.reason_panel.isVisible()
    assert residence_store.complaints.get(complaint.id).status == S.NEW


def test_a_status_change_keeps_unsaved_field_edits(qtbot, open_form, residence_store):
    complaint = make_complaint(residence_store)
    form = open_form(complaint.id)
    qtbot.keyClicks(form.fields.external_ref, "HR-1")
    click(qtbot, form.status.action_buttons[S.IN_PROGRESS])
    click(qtbot, form.status.confirm_button)
    assert form.fields.external_ref.text() == "HR-1" and form.is_dirty()
    assert form.save()
    stored = residence_store.complaints.get(complaint.id)
    assert (stored.status, stored.external_ref) == (S.IN_PROGRESS, "HR-1")


def test_a_transmission_note_is_a_note_not_a_reason(qapp, residence_store, events):
    """"Motif" labelled the note typed when passing a complaint on; a rejection keeps "Reason"."""
    from desktop.domain.complaints import Complaint, ComplaintStatus
    from desktop.ui.complaints.status import StatusPanel

    category = residence_store.categories.list()[0].id
    complaint = residence_store.complaints.create(Complaint(title="Fuite", category_id=category))
    residence_store.complaints.change_status(complaint.id, ComplaintStatus.PASSED_TO_LANDLORD, "Envoyée par courriel")
    panel = StatusPanel(residence_store)
    panel.set_complaint(residence_store.complaints.get(complaint.id))
    assert panel.reason_shown.text() == "Note: Envoyée par courriel"
