"""Every page shows the store as it is now, whoever changed it (``events.data_changed``).

Each test opens the window on a page, changes the data behind the page's back (through a service
on the window's own store, or through another connection as a worker or the command line would),
then checks what the person sees on that page — without clicking anything to refresh it.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from desktop.domain.complaints import Complaint
from desktop.domain.people import Person, Role
from desktop.services import meetings as service
from desktop.store import Store


def _another_connection(store) -> Store:
    """The same file through another connection (a worker thread, the command line)."""
    return Store.open(store.path, profile="ailleurs")


def _page(window, qtbot, key):
    window.show_page(key)
    page = window.pages[key]
    qtbot.waitUntil(page.isVisible)
    return page


def _held_meeting(store):
    meeting = service.plan_meeting(store, dt.date(2026, 3, 10))
    service.start_meeting(store, meeting.id)
    for point in store.agenda.points(meeting.id):
        store.agenda.update_point_fields(point.id, answer="Réponse du bailleur")
    service.close_meeting(store, meeting.id)
    return meeting


def test_the_dashboard_counts_a_complaint_added_elsewhere(window, qtbot, residence_store):
    page = _page(window, qtbot, "dashboard")
    assert page.summary.open == 0
    other = _another_connection(residence_store)
    try:
        other.complaints.create(Complaint(title="Ascenseur bloqué", category_id=other.categories.list()[0].id))
    finally:
        other.close()
    qtbot.waitUntil(lambda: page.summary.open == 1, timeout=5000)


def _texts(widget) -> str:
    from PySide6.QtWidgets import QLabel

    return " ".join(label.text() for label in widget.findChildren(QLabel))


def test_the_register_shows_a_complaint_created_by_another_connection(window, qtbot, residence_store):
    page = _page(window, qtbot, "complaints")
    other = _another_connection(residence_store)
    try:
        other.complaints.create(Complaint(title="Fuite au 3e", category_id=other.categories.list()[0].id))
    finally:
        other.close()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    assert page.model.index(0, 0).data(Qt.ItemDataRole.DisplayRole) is not None


def test_the_meetings_page_shows_the_status_changed_elsewhere(window, qtbot, residence_store):
    meeting = service.plan_meeting(residence_store, dt.date(2026, 3, 10))
    page = _page(window, qtbot, "meetings")
    page.select_meeting(meeting.id)
    assert page.model.meeting_id(0) == meeting.id
    service.start_meeting(residence_store, meeting.id)  # as the meeting mode would, on its own
    qtbot.waitUntil(lambda: residence_store.meetings.get(meeting.id).status.value in _row_text(page), timeout=5000)


def _row_text(page) -> str:
    model = page.model
    return " ".join(str(model.index(0, column).data(Qt.ItemDataRole.DisplayRole) or "").lower()
                    for column in range(model.columnCount())) + " " + " ".join(
        str(model.index(0, column).data(Qt.ItemDataRole.UserRole) or "").lower() for column in range(model.columnCount()))


def test_the_people_page_lists_a_person_added_elsewhere(window, qtbot, residence_store):
    page = _page(window, qtbot, "people")
    other = _another_connection(residence_store)
    try:
        other.people.save(Person(name="Ahmed Brunet", role=Role.TENANT))
    finally:
        other.close()
    model = page.people.model
    qtbot.waitUntil(lambda: any("Ahmed Brunet" in str(model.index(row, 0).data()) for row in range(model.rowCount())),
                    timeout=5000)


def test_the_documents_page_offers_signing_as_soon_as_the_minutes_are_approved(window, qtbot, residence_store):
    """The stale page of the walk: approving (and signing on the pads) on the Meetings page left
    the Documents page saying "drafted" with no "Sign digitally…" until a restart."""
    meeting = _held_meeting(residence_store)
    page = _page(window, qtbot, "reports")
    page.select("minutes", meeting.id)
    assert not page.signing.sign_button.isVisibleTo(page)
    page.pdf, page.pdf_key = b"%PDF-old", page.choice_key()  # a preview made before the approval
    service.approve_minutes(residence_store, meeting.id, "Marie Martin", "Karim Benali")
    qtbot.waitUntil(lambda: page.signing.sign_button.isVisibleTo(page), timeout=5000)
    assert "Approved minutes" in page.signing.status.text()
    assert page.pdf is None  # the next preview, print or save builds the approved minutes


def test_a_hidden_page_reads_the_data_when_it_is_shown_again(window, qtbot, residence_store):
    page = _page(window, qtbot, "complaints")
    _page(window, qtbot, "dashboard")
    residence_store.complaints.create(Complaint(title="Porte du hall", category_id=residence_store.categories.list()[0].id))
    assert window.data_watch.check()  # the watch notices at once (it also looks a few times a second)
    assert page.model.rowCount() == 0 or not page.isVisible()
    _page(window, qtbot, "complaints")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)


def test_the_privacy_page_lists_a_person_added_elsewhere(window, qtbot, residence_store):
    page = _page(window, qtbot, "privacy")
    residence_store.people.save(Person(name="Léa Roux", role=Role.TENANT))
    qtbot.waitUntil(lambda: any(page.person.itemText(i) == "Léa Roux" for i in range(page.person.count())),
                    timeout=5000)


def test_the_backups_page_follows_too(window, qtbot, residence_store):
    page = _page(window, qtbot, "backups")
    from desktop.services import backups

    backups.backup(residence_store)
    residence_store.people.save(Person(name="Léa Roux", role=Role.TENANT))  # data changed: list read again
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)


def test_text_being_typed_in_a_page_is_never_taken_away(window, qtbot, residence_store):
    """A reload waits while the person types in a multi-line text of the page."""
    from desktop.ui import events as events_module

    page = _page(window, qtbot, "meetings")
    calls = []
    events_module.follow_data(page, window.events, lambda: calls.append(1))
    from PySide6.QtWidgets import QPlainTextEdit

    editor = QPlainTextEdit(page)
    editor.show()
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    window.events.data_changed.emit()
    assert calls == []
    editor.clearFocus()
    window.navigation.setFocus()
    qtbot.waitUntil(lambda: calls == [1])


@pytest.mark.parametrize("key", ["dashboard", "complaints", "meetings", "people", "reports", "backups", "privacy"])
def test_every_page_follows_the_one_data_changed_signal(window, qtbot, key):
    page = _page(window, qtbot, key)
    assert callable(getattr(page, "reload_from_store", None)), key
    window.events.data_changed.emit()  # reading again never fails, whatever the page shows
