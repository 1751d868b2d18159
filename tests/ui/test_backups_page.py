"""The Backups page, the automatic backups, restoring from the window and the start-up questions."""

from __future__ import annotations

import datetime as dt
import os
import random
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel

from desktop import paths
from desktop.domain.complaints import Complaint
from desktop.services import backups
from desktop.store import Store
from desktop.ui import backups_jobs, backups_page, dialogs
from desktop.ui.backups_jobs import SECOND_FOLDER
from desktop.ui.backups_model import BackupTableModel
from desktop.ui.backups_startup import open_store_for_window

ROOT = Path(__file__).resolve().parents[2]
LONG = "Une réclamation assez longue pour remplir des pages de la base. " * 4


@pytest.fixture(autouse=True)
def british_dates():
    """Dates written as in the assertions, whatever the machine's locale."""
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(previous)


@pytest.fixture(autouse=True)
def answers(monkeypatch):
    """Dialogs answered by the test: ``answers.confirm`` is what the user clicks; all are recorded."""

    class Answers:
        confirm = True
        asked: list[tuple[str, str]] = []
        errors: list[str] = []

    recorded = Answers()
    recorded.asked, recorded.errors = [], []

    def confirm(_parent, title, text, _action):
        recorded.asked.append((title, text))
        return recorded.confirm

    monkeypatch.setattr(dialogs, "confirm", confirm)
    monkeypatch.setattr(dialogs, "show_error", lambda _parent, text: recorded.errors.append(text))
    monkeypatch.setattr(dialogs, "show_info", lambda _parent, text: recorded.errors.append(text))
    return recorded


def add_complaints(store, count, title="Fuite"):
    category = store.categories.list()[0].id
    with store.atomic():
        for number in range(count):
            store.complaints.create(Complaint(title=f"{title} {number}", description=LONG, category_id=category))


def cells(model, row):
    return [model.index(row, column).data() for column in range(model.columnCount())]


def open_backups_page(qtbot, window):
    window.navigation.setFocus()
    qtbot.keyClick(window.navigation, Qt.Key.Key_End)
    qtbot.keyClick(window.navigation, Qt.Key.Key_Up)  # Privacy comes after Backups
    page = window.pages["backups"]
    assert window.current_page() is page
    return page


# The list ----------------------------------------------------------------------------------------
def test_the_model_lists_backups_of_both_folders_newest_first(qtmodeltester, store, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    first = backups.backup(store, reason="daily", now=dt.datetime(2026, 3, 10, 18, 0))
    backups.copy_to_second(first, store.path, usb)
    backups.backup(store, reason="closing", now=dt.datetime(2026, 3, 12, 18, 5))
    model = BackupTableModel()
    model.load(Path(store.path), backups.default_folder(Path(store.path)), usb)
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    assert cells(model, 0)[1:] == ["When Palier closed", cells(model, 0)[2], "Yes, sound", "This computer"]
    assert cells(model, 0)[0] == "Thursday, 12 March 2026 at 18:05"
    assert [cells(model, row)[4] for row in (1, 2)] == ["This computer", "Second folder"]
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Date"


def test_back_up_now_runs_in_the_background_and_lists_the_checked_backup(qtbot, window):
    page = open_backups_page(qtbot, window)
    assert page.model.rowCount() == 0 and not page.restore_button.isEnabled()
    assert page.empty_hint.isVisible() and "No backup yet" in page.empty_hint.text()

    qtbot.mouseClick(page.backup_button, Qt.MouseButton.LeftButton)
    assert page.busy_bar.isVisible() and not page.backup_button.isEnabled()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)

    assert not page.busy_bar.isVisible() and page.backup_button.isEnabled() and not page.empty_hint.isVisible()
    assert cells(page.model, 0)[1] == "On request" and cells(page.model, 0)[3] == "Yes, sound"
    assert window.statusBar().currentMessage().startswith("Backup made and checked: test-manual-")
    assert page.selected_backup() is not None and page.restore_button.isEnabled()
    [made] = backups.list_backups(paths.backup_dir(window.store.path), "test")
    assert made.verified


def test_restore_asks_then_reopens_the_window_on_the_restored_data(qtbot, window, answers):
    add_complaints(window.store, 2)
    backups.backup(window.store, reason="daily", now=dt.datetime(2026, 3, 11, 18, 0))
    add_complaints(window.store, 3, title="Après")
    page = open_backups_page(qtbot, window)
    page.table.selectRow(0)

    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)

    [(title, text)] = answers.asked
    assert title == "Restore this backup?" and "11 March 2026" in text and "backed up first" in text
    new = window.replaced_by
    qtbot.addWidget(new)
    try:
        assert new.store.complaints.count() == 2
        assert new.current_page() is new.pages["backups"]
        assert new.statusBar().currentMessage().startswith("The backup test-daily-20260311-180000.db was put back.")
        reasons = [cells(new.pages["backups"].model, row)[1] for row in range(new.pages["backups"].model.rowCount())]
        assert "Before a restore" in reasons
        assert not window.isVisible() and new.isVisible()
    finally:
        new.store.close()


def test_restore_declined_changes_nothing(qtbot, window, answers):
    backups.backup(window.store, now=dt.datetime(2026, 3, 11, 18, 0))
    add_complaints(window.store, 1)
    page = open_backups_page(qtbot, window)
    page.table.selectRow(0)
    answers.confirm = False
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert len(answers.asked) == 1
    assert getattr(window, "replaced_by", None) is None and window.store.complaints.count() == 1


def test_a_second_folder_is_chosen_and_each_backup_copied_there(qtbot, window, tmp_path, monkeypatch):
    usb = tmp_path / "CLE_USB"
    usb.mkdir()
    monkeypatch.setattr(backups_page, "ask_folder", lambda _parent, _current: str(usb))
    page = open_backups_page(qtbot, window)
    assert "No second folder is chosen" in page.where.text() and not page.forget_button.isVisible()

    qtbot.mouseClick(page.folder_button, Qt.MouseButton.LeftButton)
    assert f"Each backup is also copied to {usb}." in page.where.text()
    qtbot.mouseClick(page.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10_000)

    assert sorted(cells(page.model, row)[4] for row in range(2)) == ["Second folder", "This computer"]
    assert len(backups.list_backups(usb, "test")) == 1
    qtbot.mouseClick(page.forget_button, Qt.MouseButton.LeftButton)
    assert backups_jobs.second_folder() is None and page.model.rowCount() == 1


def test_an_unplugged_usb_key_is_said_but_the_backup_is_made(qtbot, window, tmp_path):
    from desktop.ui import settings

    settings.write(SECOND_FOLDER, str(tmp_path / "unplugged"))
    page = open_backups_page(qtbot, window)
    qtbot.mouseClick(page.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    assert "is the USB key plugged in?" in window.statusBar().currentMessage()


# Automatic backups -------------------------------------------------------------------------------
def test_the_daily_backup_runs_once_a_day_and_only_after_changes(qtbot, residence_store, events):
    auto = backups_jobs.AutoBackup(residence_store, events)
    assert auto.timer.isActive() and auto.timer.interval() == 60 * 60 * 1000
    with qtbot.waitSignal(auto.runner.finished, timeout=10_000):
        assert auto.check_daily()
    assert len(backups.list_backups(paths.backup_dir(residence_store.path), "test")) == 1
    add_complaints(residence_store, 1)
    assert not auto.check_daily()  # one was made today already
    auto.timer.stop()


def test_closing_backs_up_only_when_something_changed(qtbot, residence_store, events):
    folder = paths.backup_dir(residence_store.path)
    backups.backup(residence_store, reason="daily")
    auto = backups_jobs.AutoBackup(residence_store, events)
    assert auto.at_close() is None
    auto = backups_jobs.AutoBackup(residence_store, events)
    add_complaints(residence_store, 1)
    made = auto.at_close()
    assert made.reason == "closing" and len(backups.list_backups(folder, "test")) == 2


def test_a_slow_closing_backup_says_to_wait_until_it_is_written(qtbot, residence_store, events, monkeypatch):
    release = threading.Event()
    real = backups_jobs.backup_job

    def slow(*args):
        release.wait(5)
        return real(*args)

    monkeypatch.setattr(backups_jobs, "backup_job", slow)
    monkeypatch.setattr(backups_jobs, "CLOSING_NOTE_AFTER_S", 0.0)
    auto = backups_jobs.AutoBackup(residence_store, events)
    add_complaints(residence_store, 1)
    shown = []
    QTimer.singleShot(0, lambda: (shown.extend(w for w in QApplication.topLevelWidgets()
                                               if w.objectName() == "closing_note" and w.isVisible()),
                                  release.set()))
    made = auto.at_close()
    assert made is not None and made.reason == "closing"
    assert len(shown) == 1 and "before closing" in shown[0].findChild(QLabel).text()
    assert not shown[0].isVisible()  # gone once the backup is written


def test_the_program_backs_up_when_it_closes(tmp_path):
    database = tmp_path / "start.db"
    Store.open(database).close()
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", str(database), "--exit-after-start"],
        cwd=ROOT, capture_output=True, text=True, timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    [made] = backups.list_backups(paths.backup_dir(database), "start")
    assert made.reason == "closing" and made.verified


# Start-up questions ------------------------------------------------------------------------------
def damage(path, pages=8):
    data = bytearray(path.read_bytes())
    start = (len(data) // 4096 // 2) * 4096
    rnd = random.Random(1)
    for offset in range(start, min(start + pages * 4096, len(data))):
        data[offset] = rnd.randrange(256)
    path.write_bytes(bytes(data))


def test_a_damaged_file_at_start_up_offers_the_last_good_backup(tmp_path, answers):
    path = tmp_path / "palier.db"
    store = Store.open(path)
    add_complaints(store, 300)
    backups.backup(store, now=dt.datetime(2026, 3, 11, 18, 0))
    add_complaints(store, 1, title="Perdue")
    store.close()
    damage(path)

    reopened = open_store_for_window(path)

    [(title, text)] = answers.asked
    assert title == "Put back the last good backup?"
    assert "is damaged" in text and "set it aside as" in text and "11 March 2026 at 18:00" in text
    try:
        assert reopened.complaints.count() == 300
    finally:
        reopened.close()
    assert len(list(tmp_path.glob("palier.damaged-*.db"))) == 1


def test_a_damaged_file_without_a_backup_is_explained(tmp_path, answers):
    path = tmp_path / "palier.db"
    store = Store.open(path)
    add_complaints(store, 300)
    store.close()
    damage(path)
    assert open_store_for_window(path) is None
    assert answers.asked == [] and "No backup of it can be put back" in answers.errors[0]


HOLDER = ("import sys\nfrom desktop.store import Store\nstore = Store.open(sys.argv[1])\n"
          "print('ready', flush=True)\nsys.stdin.readline()\nstore.close()\n")


def test_a_second_copy_is_offered_read_only(qtbot, tmp_path, answers):
    from desktop.ui.main_window import MainWindow

    path = tmp_path / "palier.db"
    Store.open(path).close()
    other = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], cwd=ROOT, text=True,
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=os.environ.copy())
    try:
        assert other.stdout.readline().strip() == "ready"
        answers.confirm = False
        assert open_store_for_window(path) is None
        answers.confirm = True
        store = open_store_for_window(path)
        assert [title for title, _text in answers.asked] == ["Palier is already open"] * 2
        window = MainWindow(store)
        qtbot.addWidget(window)
        backups_jobs.install(window)
        notice = window.statusBar().findChild(QLabel, "read_only_notice")
        assert notice is not None and notice.text() == "Read-only: nothing can be changed"
        assert window.auto_backup.runner.watch is None  # the copy that writes makes the backups
        store.close()
    finally:
        other.stdin.write("\n")
        other.stdin.flush()
        other.wait(timeout=30)


def test_a_file_in_a_sync_folder_is_copied_to_this_computer_when_asked(tmp_path, answers):
    synced = tmp_path / "OneDrive" / "palier.db"
    synced.parent.mkdir()
    store = Store.open(tmp_path / "made-here.db")
    add_complaints(store, 2)
    store.close()
    (tmp_path / "made-here.db").rename(synced)

    answers.confirm = False
    assert open_store_for_window(synced) is None
    answers.confirm = True
    opened = open_store_for_window(synced)
    try:
        assert Path(opened.path) == paths.data_dir() / "palier.db"
        assert opened.complaints.count() == 2
    finally:
        opened.close()
    assert "synchronised folder “OneDrive”" in answers.asked[0][1]
