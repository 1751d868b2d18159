"""Opening before the damage check's verdict (the window's way): reads go on at once, a write
waits for the verdict, and a damaged file is never written to."""

from __future__ import annotations

import datetime as dt
import threading

import pytest

from desktop.domain.complaints import Complaint, ComplaintQuery
from desktop.services import backups
from desktop.store import Store, background_check, integrity
from desktop.store.safety import DamagedDatabase

DAMAGE = ["*** in database main ***\nPage 12: btree page has wrong number of cells"]


@pytest.fixture
def held_check(monkeypatch):
    """The check of the file is held until the test releases it with the verdict it chooses."""

    class Held:
        verdict: list[str] = []
        release = threading.Event()

    held = Held()
    held.release = threading.Event()

    def problems(_check):
        held.release.wait(30)
        return list(held.verdict)

    monkeypatch.setattr(background_check.BackgroundCheck, "_problems", problems)
    return held


def residence_file(tmp_path, complaints=3):
    path = tmp_path / "palier.db"
    store = Store.open(path)
    category = store.categories.list()[0].id
    for number in range(complaints):
        store.complaints.create(Complaint(title=f"Fuite {number}", category_id=category))
    store.close()
    return path


def release_when_a_write_waits(check, held, verdict):
    def release():
        check.writer_waiting.wait(30)
        held.verdict = verdict
        held.release.set()

    threading.Thread(target=release, daemon=True).start()


def test_reads_do_not_wait_and_a_write_on_a_damaged_file_waits_then_is_refused(tmp_path, held_check):
    path = residence_file(tmp_path)
    store = Store.open(path, check_in_background=True)
    check = store.file_check
    try:
        assert store.complaints.count() == 3  # read while the check is still held
        assert not check.done
        release_when_a_write_waits(check, held_check, DAMAGE)
        with pytest.raises(DamagedDatabase) as refused:
            store.complaints.create(Complaint(title="Ascenseur", category_id=1))
        assert check.damaged
        assert "is damaged" in refused.value.message and "was not saved" in refused.value.message
        assert store.complaints.count() == 3
    finally:
        store.close()
    assert Store.open(path, read_only=True).complaints.count() == 3  # nothing was written

    found = check.damage(now=dt.datetime(2026, 3, 12, 9, 0))
    assert not path.exists() and found.moved_to.name == "palier.damaged-20260312-090000.db"
    assert "No backup of it was found" in found.message


def test_a_write_before_the_verdict_waits_and_goes_through_on_a_sound_file(tmp_path, held_check):
    path = residence_file(tmp_path)
    store = Store.open(path, check_in_background=True)
    try:
        release_when_a_write_waits(store.file_check, held_check, [])
        store.complaints.create(Complaint(title="Ascenseur", category_id=1))
        assert store.file_check.done and not store.file_check.damaged
        assert store.complaints.count() == 4
    finally:
        store.close()


def test_the_damage_names_the_last_good_backup(tmp_path, held_check):
    path = residence_file(tmp_path)
    good = backups.backup(Store.open(path), now=dt.datetime(2026, 3, 11, 18, 0))
    store = Store.open(path, check_in_background=True)
    check = store.file_check
    held_check.verdict = DAMAGE
    held_check.release.set()
    assert check.wait() == DAMAGE
    store.close()
    found = check.damage()
    assert found.backup.path == good.path and f'restore "{good.path}"' in found.message


def test_a_really_damaged_file_is_never_opened_for_writing(tmp_path):
    from tests.store.test_integrity import damage, fill

    path = tmp_path / "palier.db"
    store = Store.open(path)
    fill(store)
    store.close()
    damage(path)
    damaged_bytes = path.read_bytes()
    try:
        store = Store.open(path, check_in_background=True)
    except DamagedDatabase as error:  # the opening itself read a damaged page
        refused = error
        assert refused.moved_to.read_bytes() == damaged_bytes  # set aside, never written to
        assert "is damaged" in refused.message
        return
    try:
        with pytest.raises(DamagedDatabase):
            store.complaints.create(Complaint(title="Ascenseur", category_id=1))
    finally:
        store.close()
    assert path.read_bytes() == damaged_bytes


def test_the_check_before_opening_is_unchanged_for_commands(tmp_path):
    path = residence_file(tmp_path)
    store = Store.open(path)
    try:
        assert store.file_check is None  # checked before opening: nothing left to wait for
        assert integrity.file_problems(path) == []
    finally:
        store.close()


def test_a_search_reads_at_once_before_the_verdict(tmp_path, held_check):
    path = residence_file(tmp_path)
    store = Store.open(path, check_in_background=True)
    try:
        # The full-text index, read for the first time on this connection, does not wait either.
        found = store.complaints.list(ComplaintQuery(text="fuite"), limit=2)
        assert [c.title for c in found] == ["Fuite 2", "Fuite 1"]
        assert store.complaints.query_ids(ComplaintQuery(text="fuite 0")) == [1]
        assert not store.file_check.done
    finally:
        held_check.release.set()
        store.close()
