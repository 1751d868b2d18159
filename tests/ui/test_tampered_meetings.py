"""Signed minutes changed outside Palier (triggers dropped with the sqlite3 tool): the window says so
when it opens, names the meeting, and the Documents page neither hands out the kept signed copy
nor offers to sign the changed minutes."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt

from desktop.services.demo import build_demo
from desktop.store import Store
from desktop.ui.documents.page import DocumentsPage
from desktop.ui.main_window import MainWindow
from tests.ui.test_documents_page import choose_kind
from tests.conftest import FIXED_NOW

SIGNED = 9


@pytest.fixture
def demo_path(tmp_path):
    path = tmp_path / "demo.db"
    store = Store.open(path, profile="tester", now=lambda: FIXED_NOW)
    build_demo(store, complaints=60)
    store.meetings.save_signed_minutes(SIGNED, b"%PDF-1.7 signed", "0123456789abcdef", "Michel Muller")
    store.close()
    return path


def tamper(path) -> None:
    with sqlite3.connect(path, isolation_level=None) as conn:
        conn.execute("DROP TRIGGER invitations_locked_update")
        conn.execute("UPDATE invitations SET presence = 'absent' WHERE meeting_id = ?", [SIGNED])


def open_window(qtbot, path):
    store = Store.open(path, profile="tester")
    window = MainWindow(store, signed_in=True)
    qtbot.addWidget(window)
    window.show()
    return window, store


def test_an_untouched_file_shows_no_warning(qtbot, demo_path):
    window, store = open_window(qtbot, demo_path)
    try:
        assert not window.trust_banner.isVisible()
    finally:
        store.close()


def test_the_window_names_the_changed_meeting_when_it_opens(qtbot, demo_path):
    tamper(demo_path)
    window, store = open_window(qtbot, demo_path)
    try:
        banner = window.trust_banner
        assert banner.isVisible()
        assert "meeting 9 of 30 October 2025 were changed after it was signed: its attendance" in banner.text()
        assert "invitations_locked_update" in banner.text()
        assert banner.accessibleName()
    finally:
        store.close()


def test_the_documents_page_refuses_the_kept_copy_and_the_signing(qtbot, demo_path, events, monkeypatch):
    tamper(demo_path)
    store = Store.open(demo_path, profile="tester")
    errors = []
    monkeypatch.setattr("desktop.ui.dialogs.show_error", lambda parent, text: errors.append(text))
    page = DocumentsPage(store, events)
    qtbot.addWidget(page)
    page.show()
    try:
        choose_kind(qtbot, page, "minutes")
        page.meeting_combo.setCurrentIndex(page.model.row_of(SIGNED))
        assert "no longer matches what was signed" in page.signing.status.text()
        assert not page.signing.sign_button.isVisible()
        qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
        assert len(errors) == 1 and "signed copy kept is not handed out" in errors[0]
        assert page.pdf is None
    finally:
        page.shutdown()
        store.close()
