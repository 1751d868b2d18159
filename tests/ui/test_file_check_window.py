"""The window opens before the damage check's verdict: the data shows at once, and a damaged
verdict then closes the file, sets it aside and offers the last good backup, as before."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale

from desktop.domain.complaints import Complaint
from desktop.domain.places import Residence, ResidencePlan
from desktop.services import backups
from desktop.store import Store
from desktop.ui import backups_jobs
from desktop.ui.backups_startup import open_store_for_window, watch_file_check
from desktop.ui.main_window import MainWindow
from tests.store.test_background_check import DAMAGE, held_check  # noqa: F401 (fixture)
from tests.ui.test_backups_page import answers  # noqa: F401 (fixture)


def residence(path, complaints):
    store = Store.open(path)
    store.places.create_from_plan(ResidencePlan(Residence(name="Les Tilleuls"), [("Bâtiment A", ["Entrée 1"])]))
    category = store.categories.list()[0].id
    for number in range(complaints):
        store.complaints.create(Complaint(title=f"Fuite {number}", category_id=category))
    return store


def open_window(qtbot, path, replaced=False):
    store = open_store_for_window(path, check_in_background=True)
    window = MainWindow(store)
    if not replaced:  # a replaced window is deleted by Palier itself
        qtbot.addWidget(window)
    backups_jobs.install(window)
    watch_file_check(window)
    window.show()
    return window


def test_a_damaged_verdict_after_the_window_opened_offers_the_last_good_backup(qtbot, tmp_path, answers,
                                                                                held_check):
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    path = tmp_path / "palier.db"
    store = residence(path, 3)
    backups.backup(store, now=dt.datetime(2026, 3, 11, 18, 0))
    store.complaints.create(Complaint(title="Perdue", category_id=1))
    store.close()

    window = open_window(qtbot, path, replaced=True)
    assert window.store.complaints.count() == 4  # shown before the verdict
    held_check.verdict = DAMAGE
    held_check.release.set()
    qtbot.waitUntil(lambda: getattr(window, "replaced_by", None) is not None, timeout=10_000)

    [(title, text)] = answers.asked
    assert title == "Put back the last good backup?"
    assert "is damaged" in text and "set it aside as" in text and "11 March 2026 at 18:00" in text
    new = window.replaced_by
    qtbot.addWidget(new)
    assert new.store.complaints.count() == 3  # the backup's complaints
    assert len(list(tmp_path.glob("palier.damaged-*.db"))) == 1
    new.store.close()


def test_declining_the_backup_closes_the_window_without_writing(qtbot, tmp_path, answers, held_check):
    path = tmp_path / "palier.db"
    residence(path, 3).close()
    window = open_window(qtbot, path)
    answers.confirm = False
    held_check.verdict = DAMAGE
    held_check.release.set()
    qtbot.waitUntil(lambda: getattr(window, "closed_on_damage", False), timeout=10_000)
    assert not window.isVisible() and window.auto_backup is None
    assert "No backup of it can be put back" in answers.errors[0]


def test_a_sound_verdict_changes_nothing(qtbot, tmp_path, answers, held_check):
    path = tmp_path / "palier.db"
    residence(path, 3).close()
    window = open_window(qtbot, path)
    held_check.release.set()
    qtbot.waitUntil(lambda: window.store.file_check.done, timeout=10_000)
    window.store.complaints.create(Complaint(title="Ascenseur", category_id=1))
    assert window.isVisible() and answers.asked == [] and window.store.complaints.count() == 4
    window.store.close()


def test_the_window_starts_the_check_once_it_has_painted(qtbot, tmp_path):
    from desktop.ui.backups_startup import begin_check_after_first_paint

    path = tmp_path / "palier.db"
    residence(path, 3).close()
    store = open_store_for_window(path, check_in_background=True, check_later=True)
    window = MainWindow(store)
    qtbot.addWidget(window)
    watch_file_check(window)
    begin_check_after_first_paint(window)
    assert window.store.complaints.count() == 3  # read, the check not even started
    assert not store.file_check.begun
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: store.file_check.done, timeout=10_000)
    assert store.file_check.problems == [] and not store.file_check.stopped


def test_a_write_before_the_first_paint_starts_the_check_and_waits_for_its_verdict(tmp_path):
    path = tmp_path / "palier.db"
    residence(path, 3).close()
    store = Store.open(path, check_in_background=True, check_later=True)
    try:
        assert not store.file_check.begun
        store.complaints.create(Complaint(title="Ascenseur", category_id=1))
        assert store.file_check.done and not store.file_check.damaged
        assert store.complaints.count() == 4
    finally:
        store.close()


def test_a_file_closed_before_its_check_began_is_left_with_no_verdict(tmp_path):
    path = tmp_path / "palier.db"
    residence(path, 3).close()
    store = Store.open(path, check_in_background=True, check_later=True)
    check = store.file_check
    store.close()
    assert check.done and check.stopped and not check.damaged and not check.begun
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(("-wal", "-shm"))]
