"""The lock: after the idle time or on Ctrl+L nothing is shown, and unlocking gives everything
back as it was, typing included (a complaint form, the meeting mode)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.services import meetings as meeting_service
from desktop.services import profiles
from desktop.store import Store
from desktop.ui import dialogs
from desktop.ui.main_window import MainWindow
from desktop.ui.meetings.meeting_mode import MeetingModeWindow
from desktop.ui.profiles.lock import LockScreen
from tests.ui.people_helpers import type_text

PASSWORD = "tilleuls-2026"


class FakeClock:
    """A monotonic clock the test moves by hand (no real minutes are waited)."""

    def __init__(self):
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture(autouse=True)
def no_unexpected_message_boxes(monkeypatch):
    def unexpected(*args):
        raise AssertionError(f"unexpected dialog: {args[1:]}")

    for name in ("confirm", "show_error", "show_info"):
        monkeypatch.setattr(dialogs, name, unexpected)


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def signed_in(qtbot, residence_store, clock):
    """Marie Curie signed in to the main window; the lock's clock is the test's."""
    profiles.create_profile(residence_store, "Marie Curie", PASSWORD)
    profiles.create_profile(residence_store, "Ahmed Benali", "ascenseur-B2")
    profiles.sign_in(residence_store, "Marie Curie", PASSWORD)
    window = MainWindow(residence_store, signed_in=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.profile_lock.clock = clock
    window.profile_lock.refresh()
    return window


def unlock_with(qtbot, window, password, name=None):
    screen = window.findChild(LockScreen)
    if name is not None:
        screen.form.names.setCurrentIndex(screen.form.model.index(screen.form.model.row_of(name)))
    screen.form.password.setFocus()
    qtbot.keyClicks(screen.form.password, password)
    qtbot.keyClick(screen.form.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not screen.form.is_busy(), timeout=10_000)
    return screen


def shown_texts(window) -> str:
    """Every text a person could read in Palier's visible windows."""
    from PySide6.QtWidgets import QLabel, QLineEdit

    texts = []
    for top in QApplication.topLevelWidgets():
        if not top.isVisible():
            continue
        for widget in top.findChildren(QLabel) + top.findChildren(QLineEdit):
            if widget.isVisible():
                texts.append(widget.text())
    return "\n".join(texts)


def test_the_idle_lock_hides_everything_and_an_open_form_keeps_its_typing(qtbot, signed_in, clock,
                                                                            residence_store):
    window, lock = signed_in, signed_in.profile_lock
    assert lock.delay_minutes == 10 and lock.timer.isActive() and lock.timer.interval() == 600_000
    window.new_complaint()
    form = window.pages["complaints"].dialog
    qtbot.waitExposed(form)
    type_text(qtbot, form.fields.title, "Fuite au 3e étage")
    clock.now += 9 * 60
    lock.check_idle()  # the timer fires early: someone typed since it was started
    assert not lock.locked and lock.timer.interval() <= 60_000
    qtbot.keyClicks(form.fields.title, " !")  # a key restarts the idle time
    clock.now += 9 * 60
    lock.check_idle()
    assert not lock.locked
    clock.now += 61
    lock.check_idle()
    assert lock.locked
    assert not form.isVisible() and not window.centralWidget().isVisible() and not window.menuBar().isVisible()
    assert window.findChild(LockScreen).isVisible()
    assert "Fuite" not in shown_texts(window) and "Les Tilleuls" not in shown_texts(window)
    assert not window.new_complaint_action.isEnabled()
    screen = unlock_with(qtbot, window, "wrong password")
    assert lock.locked and screen.form.error.text().startswith("This is not the password of Marie Curie")
    assert screen.form.password.text() == ""
    unlock_with(qtbot, window, PASSWORD)
    assert not lock.locked and not screen.isVisible()
    assert form.isVisible() and window.centralWidget().isVisible() and window.menuBar().isVisible()
    assert form.fields.title.text() == "Fuite au 3e étage !" and form.is_dirty()
    assert residence_store.complaints.list() == []  # nothing was saved behind the person's back
    assert window.new_complaint_action.isEnabled()
    assert window.statusBar().currentMessage() == "Unlocked: Marie Curie is working."
    form.fields.category.setCurrentIndex(0)
    assert form.save()
    assert form.history.lines() == ["12 March 2026 10:30 — Marie Curie: Complaint recorded (New)"]
    form.discard_edits()


def test_lock_now_with_ctrl_l_and_someone_else_unlocks(qtbot, signed_in, residence_store):
    window, lock = signed_in, signed_in.profile_lock
    assert window.file_menu.actions().count(lock.action) == 1 and lock.action.shortcut().toString() == "Ctrl+L"
    window.navigation.setFocus()
    qtbot.keyClick(window.navigation, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert lock.locked and not lock.timer.isActive()
    screen = window.findChild(LockScreen)
    assert screen.form.chosen().name == "Marie Curie"
    unlock_with(qtbot, window, "ascenseur-B2", name="Ahmed Benali")
    assert not lock.locked and residence_store.profile == "Ahmed Benali"
    assert lock.who.text() == "Working as Ahmed Benali" and lock.timer.isActive()


def test_ctrl_l_locks_from_a_form_that_blocks_the_window(qtbot, signed_in):
    window, lock = signed_in, signed_in.profile_lock
    window.new_complaint()  # opened with .open(): the main window's own shortcut cannot fire
    form = window.pages["complaints"].dialog
    qtbot.waitExposed(form)
    qtbot.keyClicks(form.fields.title, "Interphone")
    qtbot.keyClick(form.fields.title, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert lock.locked and not form.isVisible()
    assert form.fields.title.text() == "Interphone"  # Ctrl+L was not typed into the field
    unlock_with(qtbot, window, PASSWORD)
    assert form.isVisible() and form.fields.title.text() == "Interphone"
    form.discard_edits()


def test_locking_during_the_meeting_mode_loses_no_typing(qtbot, signed_in, residence_store):
    window, lock = signed_in, signed_in.profile_lock
    meeting = meeting_service.plan_meeting(residence_store, dt.date(2026, 3, 12), start_time=dt.time(14, 30))
    mode = MeetingModeWindow(residence_store, window.events, meeting.id, parent=window)
    mode.show()
    qtbot.waitExposed(mode)
    discussion = mode.fields["discussion"]
    discussion.setFocus()
    type_text(qtbot, discussion, "Le bailleur annonce les travaux")
    lock.lock()
    assert lock.locked and not mode.isVisible()
    # The meeting mode keeps saving while hidden: its timer still runs, and fires as always.
    assert mode.autosave_timer.isActive()
    mode.autosave_timer.timeout.emit()
    assert mode.save_state.text() == "Saved"
    fresh = Store.open(residence_store.path)
    try:
        assert fresh.agenda.points(meeting.id)[0].discussion == "Le bailleur annonce les travaux"
    finally:
        fresh.close()
    unlock_with(qtbot, window, PASSWORD)
    assert mode.isVisible() and discussion.toPlainText() == "Le bailleur annonce les travaux"
    mode.close()


def test_never_means_never(qtbot, signed_in, clock, residence_store):
    lock = signed_in.profile_lock
    profiles.set_lock_after_minutes(residence_store, 0)
    lock.refresh()
    assert not lock.timer.isActive()
    clock.now += 24 * 3600
    lock.check_idle()
    assert not lock.locked and lock.action.isEnabled()
