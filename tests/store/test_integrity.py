"""Opening safely: damage found and set aside, one writer, read-only, no network share, full disk."""

from __future__ import annotations

import datetime as dt
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import paths
from desktop.domain.complaints import Complaint
from desktop.services import backups
from desktop.store import Store, integrity, location, writer_lock
from desktop.store.safety import (
    READ_ONLY_ASKED,
    READ_ONLY_IN_USE,
    DamagedDatabase,
    ReadOnlyDatabase,
    StorageFull,
    UnsafeLocation,
)

ROOT = Path(__file__).resolve().parents[2]
LONG = "Une réclamation assez longue pour remplir des pages de la base. " * 4


def fill(store, count=300):
    category = store.categories.list()[0].id
    with store.atomic():
        for number in range(count):
            store.complaints.create(Complaint(title=f"Fuite {number}", description=LONG, category_id=category))


def damage(path, pages=8, seed=1):
    """Overwrite ``pages`` pages in the middle of the file with random bytes, as a bad disk would."""
    data = bytearray(path.read_bytes())
    start = (len(data) // 4096 // 2) * 4096
    rnd = random.Random(seed)
    for offset in range(start, min(start + pages * 4096, len(data))):
        data[offset] = rnd.randrange(256)
    path.write_bytes(bytes(data))


# Damage ------------------------------------------------------------------------------------------
def test_a_sound_file_passes_the_start_up_check(residence_store):
    fill(residence_store, 50)
    residence_store.close()
    assert integrity.file_problems(residence_store.path) == []


def test_a_damaged_file_is_set_aside_untouched_and_the_last_good_backup_named(store):
    fill(store)
    good = backups.backup(store, now=dt.datetime(2026, 3, 11, 18, 0))
    store.close()
    damage(store.path)
    damaged_bytes = store.path.read_bytes()

    with pytest.raises(DamagedDatabase) as refused:
        Store.open(store.path)

    error = refused.value
    assert not store.path.exists()
    assert error.moved_to.name.startswith("test.damaged-") and error.moved_to.suffix == ".db"
    assert error.moved_to.read_bytes() == damaged_bytes  # never written to
    assert error.backup.path == good.path
    assert "is damaged (" in error.message and "set aside as" in error.message
    assert f'restore "{good.path}"' in error.message and "2026-03-11 at 18:00" in error.message


def test_a_damaged_file_without_backup_says_so(store):
    fill(store)
    store.close()
    damage(store.path)
    with pytest.raises(DamagedDatabase, match="No backup of it was found"):
        Store.open(store.path)


def test_a_damaged_backup_is_not_offered_as_the_last_good_one(store):
    fill(store)
    older = backups.backup(store, now=dt.datetime(2026, 3, 10, 18, 0))
    newer = backups.backup(store, now=dt.datetime(2026, 3, 11, 18, 0))
    store.close()
    damage(newer.path)
    damage(store.path)
    with pytest.raises(DamagedDatabase) as refused:
        Store.open(store.path)
    assert refused.value.backup.path == older.path


def test_the_check_started_ahead_finds_the_damage(store):
    from desktop.store import opening

    fill(store)
    store.close()
    damage(store.path)
    opening.check_ahead(store.path)
    with pytest.raises(DamagedDatabase):
        Store.open(store.path)


def test_a_check_started_ahead_is_not_trusted_once_the_file_changed(store):
    from desktop.store import opening

    fill(store)
    store.close()
    opening.check_ahead(store.path)
    opening._ahead[str(store.path.resolve())][0].join()
    damage(store.path)  # written to since the check began
    with pytest.raises(DamagedDatabase):
        Store.open(store.path)


# One writer --------------------------------------------------------------------------------------
HOLDER = ("import sys\nfrom desktop.store import Store\nstore = Store.open(sys.argv[1])\n"
          "print('ready', flush=True)\nsys.stdin.readline()\nstore.close()\n")


class OtherCopy:
    """Another Palier process holding a database open until ``leave()``."""

    def __init__(self, path):
        self.path = path
        self.process = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], cwd=ROOT, text=True,
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=os.environ.copy())
        assert self.process.stdout.readline().strip() == "ready"

    def leave(self):
        if self.process.poll() is None:
            self.process.stdin.write("\n")
            self.process.stdin.flush()
            self.process.wait(timeout=30)


@pytest.fixture
def other_copy(tmp_path):
    """Another Palier process holding ``tmp_path / 'shared.db'`` open."""
    path = tmp_path / "shared.db"
    Store.open(path).close()
    other = OtherCopy(path)
    yield other
    other.leave()


def test_a_second_copy_of_palier_gets_the_file_read_only(other_copy):
    store = Store.open(other_copy.path)
    try:
        assert store.read_only_reason == READ_ONLY_IN_USE
        assert store.complaints.count() == 0  # reading works
        with pytest.raises(ReadOnlyDatabase, match="Another copy of Palier is using .* nothing was changed"):
            store.categories.ensure("Nuisibles")
    finally:
        store.close()


def test_the_file_is_writable_again_once_the_other_copy_has_gone(other_copy):
    assert writer_lock.is_held_elsewhere(other_copy.path)
    other_copy.leave()
    assert not writer_lock.is_held_elsewhere(other_copy.path)
    store = Store.open(other_copy.path)
    try:
        assert store.read_only_reason == ""
        store.categories.ensure("Nuisibles")
    finally:
        store.close()


def test_a_killed_copy_leaves_no_stale_lock(other_copy):
    other_copy.process.kill()
    other_copy.process.wait(timeout=30)
    assert not writer_lock.is_held_elsewhere(other_copy.path)


def test_copies_within_one_program_share_the_file(tmp_path):
    first = Store.open(tmp_path / "a.db")
    second = Store.open(tmp_path / "a.db")
    try:
        assert first.read_only_reason == second.read_only_reason == ""
        second.categories.ensure("Nuisibles")
        assert "Nuisibles" in [c.name for c in first.categories.list()]
    finally:
        first.close()
        second.close()
    assert not writer_lock.is_held_elsewhere(tmp_path / "a.db")


def test_the_lock_is_let_go_when_the_store_closes(tmp_path):
    store = Store.open(tmp_path / "a.db")
    assert writer_lock.acquire(tmp_path / "a.db", alone=True) is None
    store.close()
    lock = writer_lock.acquire(tmp_path / "a.db", alone=True)
    assert lock is not None
    lock.release()


# Read-only on purpose ----------------------------------------------------------------------------
def test_a_store_opened_read_only_reads_and_refuses_writes_with_a_sentence(residence_store):
    fill(residence_store, 3)
    path = residence_store.path
    residence_store.close()
    before = path.read_bytes()
    store = Store.open(path, read_only=True)
    try:
        assert store.read_only_reason == READ_ONLY_ASKED
        assert store.complaints.count() == 3
        assert store.places.first_residence().name == "Les Tilleuls"
        with pytest.raises(ReadOnlyDatabase, match="open read-only, so nothing was changed"):
            store.complaints.create(Complaint(title="Tags", category_id=1))
    finally:
        store.close()
    assert path.read_bytes() == before


def test_a_missing_file_cannot_be_opened_read_only(tmp_path):
    from desktop.domain.errors import UserError

    with pytest.raises(UserError, match="There is no Palier database"):
        Store.open(tmp_path / "none.db", read_only=True)
    assert not (tmp_path / "none.db").exists()


# Where the file lives ----------------------------------------------------------------------------
@pytest.mark.parametrize("folder", ["Dropbox", "OneDrive - Mairie", "Google Drive", "iCloud Drive", "Nextcloud"])
def test_a_file_in_a_sync_folder_is_refused_with_the_reason_and_a_copy_command(tmp_path, folder):
    path = tmp_path / folder / "Palier" / "palier.db"
    with pytest.raises(UnsafeLocation) as refused:
        Store.open(path)
    message = refused.value.message
    assert f"synchronised folder “{folder}”" in message
    assert f'main.py --db "{path}" backup "{paths.data_dir() / "palier.db"}"' in message
    assert not path.exists()


def test_a_file_on_a_network_share_is_refused(tmp_path, monkeypatch):
    share = tmp_path / "share"
    monkeypatch.setattr(location, "_mounts", lambda: [("/", "ext4"), (str(share), "cifs")])
    with pytest.raises(UnsafeLocation, match=r"network share \(cifs\)"):
        Store.open(share / "palier.db")
    Store.open(tmp_path / "local.db").close()  # the rest of the disk is fine


def test_network_file_systems_are_recognised_from_the_mount_table(monkeypatch):
    mounts = [("/", "ext4"), ("/home", "ext4"), ("/mnt/nas", "nfs4"), ("/mnt/nas/local", "ext4"),
              ("/media/ssh", "fuse.sshfs")]
    monkeypatch.setattr(location, "_mounts", lambda: mounts)
    assert location.network_file_system(Path("/mnt/nas/palier.db")) == "nfs4"
    assert location.network_file_system(Path("/mnt/nas/local/palier.db")) is None
    assert location.network_file_system(Path("/media/ssh/p.db")) == "fuse.sshfs"
    assert location.network_file_system(Path("/mnt/nasty/p.db")) is None


def test_macos_shares_are_recognised_from_the_mount_command(monkeypatch):
    listed = ("/dev/disk3s1s1 on / (apfs, sealed, local, read-only, journaled)\n"
              "/dev/disk3s5 on /System/Volumes/Data (apfs, local, journaled, nobrowse)\n"
              "//marie@nas._smb._tcp.local/Partage Commun on /Volumes/Partage Commun (smbfs, nodev, nosuid, "
              "mounted by marie)\n"
              "afp_0TQ7vW on /Volumes/Archives (afpfs, nodev, nosuid, mounted by marie)\n")
    mounts = location.parse_bsd_mount(listed)
    assert ("/Volumes/Partage Commun", "smbfs") in mounts and ("/", "apfs") in mounts
    monkeypatch.setattr(location, "_mounts", lambda: mounts)
    assert location.network_file_system(Path("/Volumes/Partage Commun/palier.db")) == "smbfs"
    assert location.network_file_system(Path("/Volumes/Archives/p.db")) == "afpfs"
    assert location.network_file_system(Path("/Users/marie/Documents/palier.db")) is None


def test_windows_network_paths_are_recognised():
    assert location._windows_network(Path("\\\\serveur\\partage\\palier.db")) == "UNC"


def test_ordinary_folders_are_fine(tmp_path):
    assert location.unsafe_reason(tmp_path / "Documents" / "palier.db") is None
    assert location.sync_folder(Path("/home/anne/Boxes/palier.db")) is None


# A full disk -------------------------------------------------------------------------------------
def test_a_full_disk_gives_a_sentence_changes_nothing_and_leaves_the_file_sound(residence_store):
    fill(residence_store, 20)
    db = residence_store.db
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages}")
    category = residence_store.categories.list()[0].id

    with pytest.raises(StorageFull, match="The disk is full, so this change was not saved"):
        residence_store.complaints.create(Complaint(title="Fuite", description=LONG * 40, category_id=category))

    assert residence_store.complaints.count() == 20
    assert integrity.problems(db.conn, full=True) == []
    db.execute("PRAGMA max_page_count = 1073741823")
    residence_store.complaints.create(Complaint(title="Fuite", description=LONG * 40, category_id=category))
    assert residence_store.complaints.count() == 21
