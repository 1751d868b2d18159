"""Backups: written and checked, listed, made only when something changed, and put back."""

from __future__ import annotations

import datetime as dt
import json
import random

import pytest

from desktop import paths
from desktop.domain.complaints import Complaint
from desktop.domain.errors import UserError
from desktop.services import backups
from desktop.store import Store
from desktop.store.connection import connect
from desktop.store.safety import BackupFailed, DatabaseInUse

T0 = dt.datetime(2026, 3, 12, 10, 30, 0)


def add_complaints(store, count, title="Fuite"):
    category = store.categories.list()[0].id
    with store.atomic():
        for number in range(count):
            store.complaints.create(Complaint(title=f"{title} {number}", category_id=category))


def complaints_in(path):
    store = Store.open(path, read_only=True)
    try:
        return store.complaints.count()
    finally:
        store.close()


def damage(path, pages=8, seed=1):
    """Overwrite ``pages`` pages in the middle of the file with random bytes, as a bad disk would."""
    data = bytearray(path.read_bytes())
    page = 4096
    start = (len(data) // page // 2) * page
    rnd = random.Random(seed)
    for offset in range(start, min(start + pages * page, len(data))):
        data[offset] = rnd.randrange(256)
    path.write_bytes(bytes(data))


def test_a_backup_is_a_checked_copy_listed_with_its_date_reason_and_size(residence_store):
    add_complaints(residence_store, 5)

    info = backups.backup(residence_store, reason="manual", now=T0)

    assert info.path.parent == paths.backup_dir(residence_store.path)
    assert info.path.name == "test-manual-20260312-103000.db"
    assert info.verified is True and info.size == info.path.stat().st_size > 0
    assert complaints_in(info.path) == 5
    listed = backups.list_backups(info.path.parent)
    assert [(b.path, b.reason, b.verified, b.created) for b in listed] == [(info.path, "manual", True, T0)]
    note = json.loads(info.path.with_suffix(".json").read_text(encoding="utf-8"))
    assert note["reason"] == "manual" and note["verified"] is True and note["source"] == "test.db"


def test_a_backup_is_a_single_file_and_leaves_nothing_half_written(residence_store):
    info = backups.backup(residence_store, now=T0)
    complaints_in(info.path)  # opening a backup must not grow -wal/-shm beside it
    assert sorted(p.name for p in info.path.parent.iterdir()) == [info.path.name, info.path.with_suffix(".json").name]


def test_the_backup_of_a_damaged_file_is_refused_and_not_kept(store, tmp_path):
    add_complaints(store, 300, title="Une réclamation assez longue pour remplir des pages " * 3)
    store.close()
    damage(store.path)

    with pytest.raises(BackupFailed, match="failed .*damaged.*it was not kept"):
        backups.backup(store.path, folder=tmp_path / "copies", now=T0)
    assert list((tmp_path / "copies").iterdir()) == []


def test_backups_are_listed_newest_first_and_only_those_of_the_database(store, tmp_path):
    folder = tmp_path / "copies"
    first = backups.backup(store, folder, "daily", now=T0)
    second = backups.backup(store, folder, "closing", now=T0 + dt.timedelta(hours=1))
    same_second = backups.backup(store, folder, "manual", now=T0 + dt.timedelta(hours=1))
    (folder / "notes.txt").write_text("not a backup")
    (folder / "other-daily-20260312-103000.db").write_bytes(b"")
    assert [b.path for b in backups.list_backups(folder, "test")] == [same_second.path, second.path, first.path]
    assert same_second.path.name == "test-manual-20260312-113000.db"


def test_a_copy_without_its_note_is_listed_as_not_checked(store, tmp_path):
    info = backups.backup(store, tmp_path, "daily", now=T0)
    info.path.with_suffix(".json").unlink()
    [listed] = backups.list_backups(tmp_path, "test")
    assert (listed.reason, listed.verified, listed.created) == ("daily", None, T0)


def test_reasons_read_as_words():
    assert backups.reason_label("daily") == "Daily"
    assert backups.reason_label("closing") == "When Palier closed"
    assert backups.reason_label("before-m0004_meetings") == "Before an update of Palier"
    assert backups.reason_label("before-restore") == "Before a restore"


def test_the_copy_before_a_migration_is_a_listed_checked_backup(tmp_path):
    from desktop.store.migrations import MIGRATIONS

    path = tmp_path / "old.db"
    db = connect(path)
    MIGRATIONS.apply(db, stop_before="m0002_complaints")
    db.close()
    Store.open(path).close()
    [info] = backups.list_backups(paths.backup_dir(path), "old")
    assert info.reason == "before-m0002_complaints" and info.verified is True


# Only when something changed -------------------------------------------------------------------
def test_a_backup_is_made_only_when_something_changed(residence_store):
    first = backups.backup_if_changed(residence_store, now=T0)
    assert first is not None
    assert backups.backup_if_changed(residence_store, now=T0 + dt.timedelta(minutes=1)) is None
    add_complaints(residence_store, 1)
    assert backups.backup_if_changed(residence_store, now=T0 + dt.timedelta(minutes=2)) is not None


def test_an_edit_in_place_made_in_another_session_is_seen(residence_store):
    from desktop.domain.people import Person

    person = residence_store.people.save(Person(name="Mme Martin"))
    backups.backup(residence_store, now=T0)
    residence_store.close()
    other = Store.open(residence_store.path)
    person.phone = "04 78 00 00 00"
    other.people.save(person)
    other.close()
    assert backups.has_changed(residence_store.path)


def test_an_edit_in_place_within_the_session_is_seen_by_the_watch(residence_store):
    backups.backup(residence_store, now=T0)
    watch = backups.ChangeWatch(residence_store)
    assert not backups.has_changed(residence_store, watch=watch)
    entrance = residence_store.places.entrances()[0]
    residence_store.db.execute("UPDATE entrances SET name = ? WHERE id = ?", ["Entrée Nord", entrance.id])
    residence_store.db.conn.commit()
    assert watch.changed()
    assert backups.backup_if_changed(residence_store, watch=watch, now=T0 + dt.timedelta(hours=1))
    assert not watch.changed()


def test_the_daily_backup_is_due_once_a_day(store):
    assert backups.daily_backup_due(store, now=T0)
    backups.backup(store, reason="closing", now=T0)
    assert not backups.daily_backup_due(store, now=T0 + dt.timedelta(hours=10))
    assert backups.daily_backup_due(store, now=T0 + dt.timedelta(days=1))


def test_an_in_memory_database_has_nothing_to_back_up():
    memory = Store.open(":memory:")
    assert backups.backup_if_changed(memory) is None
    with pytest.raises(UserError, match="in memory"):
        backups.backup(memory)


# The second folder -------------------------------------------------------------------------------
def test_a_backup_is_copied_to_the_second_folder(store, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    info = backups.backup(store, now=T0)
    copy = backups.copy_to_second(info, store.path, usb)
    assert copy.path == usb / info.path.name and copy.verified
    assert complaints_in(copy.path) == 0


def test_a_missing_second_folder_is_reported(store, tmp_path):
    info = backups.backup(store, now=T0)
    with pytest.raises(BackupFailed, match="USB key plugged in"):
        backups.copy_to_second(info, store.path, tmp_path / "unplugged")


# Writing a copy to a chosen file ---------------------------------------------------------------------
def test_a_copy_is_written_to_the_file_asked_and_never_over_another(residence_store, tmp_path):
    add_complaints(residence_store, 2)
    target = tmp_path / "usb" / "palier-copie.db"
    target.parent.mkdir()
    info = backups.write_copy(residence_store.path, target)
    assert info.path == target and complaints_in(target) == 2
    for overwrite in (False, True):  # a database, even a copy, is never written over
        with pytest.raises(UserError, match="never writes over"):
            backups.write_copy(residence_store.path, target, overwrite=overwrite)
    into_folder = backups.write_copy(residence_store.path, tmp_path / "usb", now=T0)
    assert into_folder.path.name == "test-copy-20260312-103000.db"


# Restoring ---------------------------------------------------------------------------------------
def test_restore_puts_the_backup_back_after_backing_up_the_current_data(residence_store, tmp_path):
    add_complaints(residence_store, 2)
    saved = backups.backup(residence_store, now=T0)
    add_complaints(residence_store, 3, title="Après")
    path = residence_store.path
    residence_store.close()

    result = backups.restore(path, saved.path, now=T0 + dt.timedelta(hours=1))

    assert complaints_in(path) == 2
    assert result.safety_backup.reason == "before-restore"
    assert complaints_in(result.safety_backup.path) == 5
    assert not (path.parent / (path.name + "-wal")).exists()
    store = Store.open(path)  # the restored file opens and takes writes again
    add_complaints(store, 1)
    assert store.complaints.count() == 3
    store.close()


def test_restore_refuses_while_the_file_is_open(store):
    saved = backups.backup(store, now=T0)
    with pytest.raises(DatabaseInUse, match="close it before restoring"):
        backups.restore(store.path, saved.path)


def test_restore_refuses_a_damaged_backup_and_replaces_nothing(residence_store, tmp_path):
    add_complaints(residence_store, 300, title="Une réclamation assez longue pour remplir des pages " * 3)
    saved = backups.backup(residence_store, now=T0)
    damage(saved.path)
    path = residence_store.path
    residence_store.close()
    before = path.read_bytes()
    with pytest.raises(UserError, match="cannot be restored: the integrity check failed"):
        backups.restore(path, saved.path)
    assert path.read_bytes() == before


def test_restore_refuses_a_backup_from_a_newer_version(store, tmp_path):
    saved = backups.backup(store, now=T0)
    db = connect(saved.path)
    db.execute("PRAGMA user_version = 999")
    db.close()
    store.close()
    with pytest.raises(UserError, match="newer version"):
        backups.restore(store.path, saved.path)


def test_restore_sets_a_damaged_file_aside_rather_than_backing_it_up(residence_store):
    saved = backups.backup(residence_store, now=T0)
    add_complaints(residence_store, 300, title="Une réclamation assez longue pour remplir des pages " * 3)
    path = residence_store.path
    residence_store.close()
    damage(path)
    result = backups.restore(path, saved.path, now=T0 + dt.timedelta(hours=1))
    assert result.safety_backup is None
    assert result.set_aside.name == "test.damaged-20260312-113000.db" and result.set_aside.exists()
    assert complaints_in(path) == 0


def test_restore_into_a_missing_file_creates_it(store, tmp_path):
    saved = backups.backup(store, now=T0)
    target = tmp_path / "new" / "palier.db"
    result = backups.restore(target, saved.path)
    assert result.safety_backup is None and complaints_in(target) == 0
