"""Every page fits an old office PC's screen with the default text, and a laptop's with 16-point
text: nothing to scroll sideways, nothing outside the window (tools/screenshots.py shows them)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent

from desktop.services.demo import build_demo
from desktop.ui.screen_fit import available_for, clipped_headings, clipped_texts, overflow
from desktop.ui.style import apply_style

PAGES = ("dashboard", "complaints", "meetings", "people", "reports", "backups", "privacy")


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory):
    from desktop.store import Store

    path = tmp_path_factory.mktemp("fit") / "demo.db"
    store = Store.open(path)
    build_demo(store, complaints=300)  # some still open: the register shows its table
    store.close()
    return path


@pytest.mark.parametrize("width,height,points", [(1024, 768, 12), (1366, 768, 16)])
def test_every_page_fits_the_screen(qtbot, qapp, demo_path, width, height, points):
    from desktop.store import Store
    from desktop.ui import translator
    from desktop.ui.main_window import MainWindow

    translator.install(qapp, "fr")  # French words are the longer ones
    apply_style(qapp, points)
    store = Store.open(demo_path)
    try:
        window = MainWindow(store, signed_in=True)
        window.show()
        problems = {}
        for key in PAGES:
            window.show_page(key)
            if key == "complaints":  # the register shows once its rows are read (a worker)
                qtbot.waitUntil(window.pages[key].table.isVisible, timeout=10_000)
            found = overflow(window, window.pages[key], *available_for(width, height))
            found += clipped_headings(window.pages[key]) + clipped_texts(window.pages[key])
            if key == "meetings":  # the attendance, behind the agenda's tab
                window.pages[key].detail_tabs.setCurrentIndex(1)
                qapp.processEvents()
                found += clipped_headings(window.pages[key]) + clipped_texts(window.pages[key])
            if found:
                problems[key] = found
    finally:
        apply_style(qapp, 12)
        translator.install(qapp, "en")
        qapp.processEvents()  # the language change reaches the pages while their store is open
        window.close()
        window.deleteLater()  # gone before its store closes: no later language change reaches it
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        store.close()
    assert problems == {}


@pytest.mark.parametrize("points,room", [(12, available_for(1024, 768)), (16, available_for(1366, 768))])
def test_the_complaint_window_and_the_meeting_mode_fit_too(qtbot, qapp, demo_path, points, room):
    """The walk at 1024x768: the meeting mode needed 1504 px and the complaint window 1108."""
    from desktop.store import Store
    from desktop.ui.complaints.form import ComplaintDialog
    from desktop.ui.events import StoreEvents
    from desktop.ui.meetings.meeting_mode import MeetingModeWindow

    apply_style(qapp, points)
    store = Store.open(demo_path)
    windows = []
    try:
        events = StoreEvents()
        meeting = max(store.meetings.list(), key=lambda m: m.date)
        windows = [ComplaintDialog(store, events, store.complaints.list()[0].id),
                   MeetingModeWindow(store, events, meeting.id)]
        for window in windows:
            window.show()
            qapp.processEvents()
            hint = window.minimumSizeHint().expandedTo(window.minimumSize())
            assert hint.width() <= room[0], (type(window).__name__, hint.width(), room)
    finally:
        apply_style(qapp, 12)
        for window in windows:
            window.close()
            window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        store.close()


def test_the_meeting_mode_stays_within_the_screen_whatever_the_titles(qtbot, qapp, residence_store, events):
    """The walk: the meeting mode opened 1280 px wide on a 1024 px screen and grew taller with
    each long title (788, 866, 976 px) until "Next point" could not be reached; a long title lay
    under the question."""
    import datetime as dt

    from desktop.domain.agenda import AgendaPoint, AgendaPointKind
    from desktop.services import meetings as service
    from desktop.ui.meetings.page import open_meeting_mode

    meeting = service.plan_meeting(residence_store, dt.date(2026, 3, 12))
    for number in range(3):
        residence_store.agenda.add_point(meeting.id, AgendaPoint(
            kind=AgendaPointKind.COMPLAINTS, title=" ".join(["Très long titre de point"] * (8 + 6 * number)),
            question="Cet engagement a-t-il été tenu ? " * 3), position=1)
    service.start_meeting(residence_store, meeting.id)
    window = open_meeting_mode(residence_store, events, meeting.id)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    area = window.screen().availableGeometry()
    for _point in range(4):
        qapp.processEvents()
        assert area.contains(window.frameGeometry()) or window.isMaximized(), (window.frameGeometry(), area)
        assert window.height() <= area.height() and window.width() <= area.width()
        title, question = window.title_label, window.question_area
        if question.isVisible():
            assert title.mapTo(window, title.rect().bottomLeft()).y() < question.mapTo(window, question.rect().topLeft()).y()
        window.next_point()
    window.close()
