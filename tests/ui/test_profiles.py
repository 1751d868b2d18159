"""Profiles in the window: created in the Settings, asked at start-up, named in the history,
changed and deleted; with none, Palier opens as it always did."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.services import profiles
from desktop.store import Store
from desktop.ui import dialogs
from desktop.ui.main_window import MainWindow
from desktop.ui.profiles.dialog import ProfilesDialog
from desktop.ui.profiles.forms import ChangePasswordDialog, NewProfileDialog
from desktop.ui.profiles.lock import LockScreen
from desktop.ui.profiles.model import ProfileListModel
from desktop.ui.profiles.sign_in import LoginDialog, sign_in_at_start
from desktop.ui.settings_dialog import SettingsDialog
from tests.ui.people_helpers import click, type_into, type_text
from tests.ui.test_accessibility import unnamed_controls

PASSWORD = "tilleuls-2026"
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def no_unexpected_message_boxes(monkeypatch):
    """A message box nobody expected fails the test instead of waiting for a click forever."""

    def unexpected(*args):
        raise AssertionError(f"unexpected dialog: {args[1:]}")

    for name in ("confirm", "show_error", "show_info"):
        monkeypatch.setattr(dialogs, name, unexpected)


@pytest.fixture
def profiled_store(residence_store):
    """The small residence with one profile, Marie Curie."""
    profiles.create_profile(residence_store, "Marie Curie", PASSWORD)
    return residence_store


def _open_profiles_from_settings(qtbot, window) -> ProfilesDialog:
    window.open_settings()
    settings_dialog = window.findChild(SettingsDialog)
    qtbot.waitExposed(settings_dialog)
    click(qtbot, settings_dialog.profiles_button)
    return settings_dialog.profiles_dialog


def test_creating_a_profile_in_the_settings(qtbot, window, residence_store):
    assert not window.profile_lock.action.isVisible() and not window.profile_lock.who.isVisible()
    dialog = _open_profiles_from_settings(qtbot, window)
    assert "do not encrypt" in " ".join(label.text() for label in dialog.findChildren(type(dialog.empty)))
    assert dialog.empty.isVisible() and not dialog.delete_button.isEnabled() and not dialog.delay.isEnabled()
    click(qtbot, dialog.new_button)
    form = dialog.findChild(NewProfileDialog)
    qtbot.waitExposed(form)
    qtbot.keyClicks(form.name, "  Ahmed Benali ")
    qtbot.keyClicks(form.password, "court")
    qtbot.keyClicks(form.repeat, "court")
    click(qtbot, form.ok_button)
    assert form.error.text() == "A password needs at least 8 characters."
    assert form.focusWidget() is form.password and residence_store.profiles.count() == 0
    type_into(qtbot, form.password, PASSWORD)
    type_into(qtbot, form.repeat, PASSWORD)
    with qtbot.waitSignal(form.created, timeout=10_000):
        click(qtbot, form.ok_button)
    [profile] = residence_store.profiles.list()
    assert profile.name == "Ahmed Benali"
    assert residence_store.profiles.password_hash(profile.id).startswith("$argon2id$")
    assert [(e.action, e.subject, e.detail) for e in residence_store.audit.list()] == [
        ("created", "profile", "Ahmed Benali")]
    assert dialog.model.profiles[0].name == "Ahmed Benali" and not dialog.empty.isVisible()
    assert dialog.done_label.text() == "Profile Ahmed Benali created."
    # The window now says who is working and offers to lock; the delay is chosen here.
    assert window.profile_lock.action.isVisible() and window.profile_lock.who.text() == "Working as tester"
    dialog.delay.setFocus()
    dialog.delay.setCurrentIndex(dialog.delay.findData(5))
    assert dialog.delay.currentText() == "After 5 minutes"
    assert profiles.lock_after_minutes(residence_store) == 5 and window.profile_lock.delay_minutes == 5
    # The free name of the settings no longer decides what the history says.
    assert window.findChild(SettingsDialog).profile.isReadOnly()


def test_start_up_asks_who_you_are_wrong_password_then_right(qtbot, profiled_store):
    profiles.create_profile(profiled_store, "Ahmed Benali", PASSWORD + "!")
    login = LoginDialog(profiled_store, current="Marie Curie")
    qtbot.addWidget(login)
    login.open()
    qtbot.waitExposed(login)
    assert [login.form.model.data(login.form.model.index(r)) for r in range(2)] == ["Ahmed Benali", "Marie Curie"]
    assert login.form.chosen().name == "Marie Curie" and login.focusWidget() is login.form.password
    qtbot.keyClicks(login.form.password, "tilleuls-2025")
    qtbot.keyClick(login.form.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: login.form.error.isVisible(), timeout=10_000)
    assert login.form.error.text() == ("This is not the password of Marie Curie. "
                                       "Type it again (capital letters count).")
    assert login.form.password.text() == "" and login.focusWidget() is login.form.password
    assert login.isVisible() and profiled_store.profile == "tester"
    qtbot.keyClicks(login.form.password, PASSWORD)
    with qtbot.waitSignal(login.accepted, timeout=10_000):
        qtbot.keyClick(login.form.password, Qt.Key.Key_Return)
    assert profiled_store.profile == "Marie Curie"
    window = MainWindow(profiled_store, signed_in=True)
    qtbot.addWidget(window)
    window.show()
    assert not window.profile_lock.locked and window.centralWidget().isVisible()
    assert window.profile_lock.who.text() == "Working as Marie Curie"
    # What she saves is hers in the history.
    window.new_complaint()
    form = window.pages["complaints"].dialog
    type_text(qtbot, form.fields.title, "Porte du hall bloquée")
    form.fields.category.setCurrentIndex(0)
    click(qtbot, form.save_button)
    [saved] = profiled_store.complaints.list()
    assert form.history.lines() == ["12 March 2026 10:30 — Marie Curie: Complaint recorded (New)"]
    assert [h.profile for h in profiled_store.complaints.history(saved.id)] == ["Marie Curie"]


def test_cancel_at_start_up_quits_and_no_profile_asks_nothing(qtbot, profiled_store, monkeypatch):
    login = LoginDialog(profiled_store)
    qtbot.addWidget(login)
    login.open()
    with qtbot.waitSignal(login.rejected):
        qtbot.keyClick(login.form.password, Qt.Key.Key_Escape)
    assert profiled_store.profile == "tester"
    profiles.delete_profile(profiled_store, profiled_store.profiles.find("Marie Curie"))
    monkeypatch.setattr(LoginDialog, "exec", lambda self: pytest.fail("no profile: nothing is asked"))
    assert sign_in_at_start(profiled_store) is True


def test_a_window_nobody_signed_in_to_opens_locked(qtbot, profiled_store):
    window = MainWindow(profiled_store)  # after a restore, or --exit-after-start
    qtbot.addWidget(window)
    window.show()
    assert window.profile_lock.locked
    assert not window.centralWidget().isVisible() and not window.menuBar().isVisible()
    assert window.findChild(LockScreen).isVisible()


def test_the_program_with_profiles_starts_locked_when_asked_to_paint_and_exit(tmp_path):
    database = tmp_path / "shared.db"
    store = Store.open(database)
    profiles.create_profile(store, "Marie Curie", PASSWORD)
    store.close()
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", str(database), "--exit-after-start"],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr


def test_changing_a_password_needs_the_current_one(qtbot, profiled_store):
    dialog = ProfilesDialog(profiled_store)
    qtbot.addWidget(dialog)
    dialog.open()
    click(qtbot, dialog.password_button)
    form = dialog.findChild(ChangePasswordDialog)
    qtbot.waitExposed(form)
    assert form.focusWidget() is form.current
    qtbot.keyClicks(form.current, "not the password")
    qtbot.keyClicks(form.password, "un nouveau mot")
    qtbot.keyClicks(form.repeat, "un nouveau mot")
    click(qtbot, form.ok_button)
    qtbot.waitUntil(lambda: form.error.isVisible(), timeout=10_000)
    assert form.error.text() == "The current password is not right, so it was not changed."
    assert form.current.text() == "" and form.focusWidget() is form.current and form.password.text() == "un nouveau mot"
    qtbot.keyClicks(form.current, PASSWORD)
    with qtbot.waitSignal(form.changed, timeout=10_000):
        click(qtbot, form.ok_button)
    stored = profiled_store.profiles.password_hash(profiled_store.profiles.find("Marie Curie").id)
    assert profiles.check_password(stored, "un nouveau mot")[0]
    assert profiled_store.audit.list()[0].detail == "password of Marie Curie changed"


def test_deleting_the_last_profile_returns_to_opening_without_a_password(qtbot, profiled_store, monkeypatch):
    window = MainWindow(profiled_store, signed_in=True)
    qtbot.addWidget(window)
    window.show()
    assert window.profile_lock.action.isVisible()
    asked = []
    monkeypatch.setattr(dialogs, "confirm", lambda parent, title, text, action: asked.append(text) or True)
    dialog = _open_profiles_from_settings(qtbot, window)
    click(qtbot, dialog.delete_button)
    assert "It is the last profile" in asked[0]
    assert profiled_store.profiles.count() == 0 and dialog.empty.isVisible()
    assert [(e.action, e.detail) for e in profiled_store.audit.list()][0] == ("deleted", "Marie Curie")
    lock = window.profile_lock
    assert not lock.action.isVisible() and not lock.who.isVisible() and not lock.timer.isActive()
    lock.clock = lambda: 10_000_000.0  # ages later
    lock.check_idle()
    qtbot.keyClick(window.navigation, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not lock.locked and window.centralWidget().isVisible()
    assert not window.findChild(SettingsDialog).profile.isReadOnly()


def test_every_control_is_named_and_the_model_is_sound(qtbot, profiled_store, qtmodeltester):
    qtmodeltester.check(ProfileListModel(profiled_store))
    profile = profiled_store.profiles.list()[0]
    for widget in (LoginDialog(profiled_store), ProfilesDialog(profiled_store), NewProfileDialog(profiled_store),
                   ChangePasswordDialog(profiled_store, profile), LockScreen(profiled_store),
                   SettingsDialog(store=profiled_store)):
        qtbot.addWidget(widget)
        widget.show()
        assert unnamed_controls(widget) == [], type(widget).__name__
