"""``backup``, ``restore`` and ``check`` on the command line, and the start-up checks' exit statuses."""

from __future__ import annotations

import io
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import paths
from desktop.app import main
from desktop.domain.complaints import Complaint
from desktop.services import backups
from desktop.store import Store

ROOT = Path(__file__).resolve().parents[2]
LONG = "Une réclamation assez longue pour remplir des pages de la base. " * 4


@pytest.fixture
def db(tmp_path):
    """A database holding two complaints, closed."""
    path = tmp_path / "palier.db"
    store = Store.open(path)
    category = store.categories.list()[0].id
    for title in ("Fuite", "Tags"):
        store.complaints.create(Complaint(title=title, category_id=category))
    store.close()
    return path


def run(db, *args, lang="en"):
    return main(["main.py", "--db", str(db), "--lang", lang, *args])


def count(path):
    store = Store.open(path, read_only=True)
    try:
        return store.complaints.count()
    finally:
        store.close()


def add_complaint(path, title="Ascenseur"):
    store = Store.open(path)
    store.complaints.create(Complaint(title=title, description=LONG, category_id=store.categories.list()[0].id))
    store.close()


def damage(path, pages=8):
    data = bytearray(path.read_bytes())
    start = (len(data) // 4096 // 2) * 4096
    rnd = random.Random(1)
    for offset in range(start, min(start + pages * 4096, len(data))):
        data[offset] = rnd.randrange(256)
    path.write_bytes(bytes(data))


class Terminal(io.StringIO):
    """Keyboard input typed at a terminal."""

    def isatty(self):
        return True


# backup ------------------------------------------------------------------------------------------
def test_backup_writes_a_checked_copy_to_the_file_named(db, tmp_path, capsys):
    target = tmp_path / "usb" / "copie.db"
    target.parent.mkdir()
    assert run(db, "backup", str(target)) == 0
    assert f"Backup written to {target}" in capsys.readouterr().out
    assert count(target) == 2


def test_backup_never_writes_over_an_existing_file(db, tmp_path, capsys):
    target = tmp_path / "copie.db"
    target.write_text("précieux")
    assert run(db, "backup", str(target)) == 2
    assert "already exists" in capsys.readouterr().err
    assert target.read_text() == "précieux"


def test_backup_of_a_missing_database_says_so(tmp_path, capsys):
    assert run(tmp_path / "none.db", "backup", str(tmp_path / "copie.db")) == 2
    assert "There is no Palier database" in capsys.readouterr().err
    assert not (tmp_path / "none.db").exists()


def test_backup_speaks_french(db, tmp_path, capsys):
    assert run(db, "backup", str(tmp_path / "copie.db"), lang="fr") == 0
    assert "Sauvegarde écrite" in capsys.readouterr().out


# restore -----------------------------------------------------------------------------------------
def test_restore_asks_first_and_replaces_on_yes(db, tmp_path, capsys, monkeypatch):
    saved = tmp_path / "copie.db"
    run(db, "backup", str(saved))
    add_complaint(db)
    monkeypatch.setattr(sys, "stdin", Terminal("o\n"))

    assert run(db, "restore", str(saved)) == 0

    out = capsys.readouterr().out
    assert f"Replace {db} with the backup of" in out and "[y/N]" in out
    assert count(db) == 2
    [safety] = backups.list_backups(paths.backup_dir(db), "palier")
    assert safety.reason == "before-restore" and count(safety.path) == 3
    assert str(safety.path) in out


def test_restore_answered_no_replaces_nothing(db, tmp_path, capsys, monkeypatch):
    saved = tmp_path / "copie.db"
    run(db, "backup", str(saved))
    add_complaint(db)
    monkeypatch.setattr(sys, "stdin", Terminal("\n"))
    assert run(db, "restore", str(saved)) == 2
    assert "Nothing was replaced" in capsys.readouterr().err
    assert count(db) == 3


def test_restore_without_a_terminal_refuses_unless_yes(db, tmp_path, capsys, monkeypatch):
    saved = tmp_path / "copie.db"
    run(db, "backup", str(saved))
    add_complaint(db)
    monkeypatch.setattr(sys, "stdin", io.StringIO("y\n"))  # piped input is not a person answering
    assert run(db, "restore", str(saved)) == 2
    assert "Add --yes" in capsys.readouterr().err
    assert count(db) == 3
    assert run(db, "restore", str(saved), "--yes") == 0
    assert count(db) == 2


def test_restore_refuses_a_file_that_is_not_a_backup(db, tmp_path, capsys):
    notes = tmp_path / "notes.db"
    notes.write_text("pas une base")
    assert run(db, "restore", str(notes), "--yes") == 2
    assert "cannot be restored" in capsys.readouterr().err
    assert count(db) == 2


# check -------------------------------------------------------------------------------------------
def test_check_says_a_sound_file_is_sound(db, capsys):
    assert run(db, "check") == 0
    assert "is sound" in capsys.readouterr().out


def test_check_names_the_damage_and_the_last_good_backup_without_moving_the_file(db, capsys):
    store = Store.open(db)
    with store.atomic():
        for number in range(300):
            store.complaints.create(Complaint(title=f"Fuite {number}", description=LONG, category_id=1))
    good = backups.backup(store)
    store.close()
    damage(db)

    assert run(db, "check") == 2

    err = capsys.readouterr().err
    assert f"The file {db} is damaged (" in err
    assert f"The last good backup is {good.path}" in err and "restore" in err
    assert db.exists()  # check only looks


def test_a_command_on_a_damaged_file_sets_it_aside_and_exits_2(db, capsys):
    store = Store.open(db)
    with store.atomic():
        for number in range(300):
            store.complaints.create(Complaint(title=f"Fuite {number}", description=LONG, category_id=1))
    store.close()
    damage(db)
    assert run(db, "list", "complaints") == 2
    err = capsys.readouterr().err
    assert "is damaged" in err and "set aside as" in err and "No backup of it was found" in err
    assert not db.exists()
    assert len(list(db.parent.glob("palier.damaged-*.db"))) == 1


# Where the file lives, and who else uses it --------------------------------------------------------
def test_a_file_in_a_sync_folder_is_refused_with_a_command_to_copy_it(tmp_path, capsys):
    path = tmp_path / "OneDrive" / "palier.db"
    assert run(path, "list", "complaints") == 2
    err = capsys.readouterr().err
    assert "synchronised folder “OneDrive”" in err and f'main.py --db "{path}" backup' in err


def test_the_suggested_copy_command_works_on_a_sync_folder(db, tmp_path, capsys):
    synced = tmp_path / "Dropbox" / "palier.db"
    synced.parent.mkdir()
    db.rename(synced)
    local = tmp_path / "local.db"
    assert run(synced, "backup", str(local)) == 0
    assert run(local, "list", "complaints") == 0
    assert "Fuite" in capsys.readouterr().out


HOLDER = ("import sys\nfrom desktop.store import Store\nstore = Store.open(sys.argv[1])\n"
          "print('ready', flush=True)\nsys.stdin.readline()\nstore.close()\n")


def test_while_another_palier_has_the_file_reads_work_and_writes_are_refused(db, tmp_path, capsys):
    other = subprocess.Popen([sys.executable, "-c", HOLDER, str(db)], cwd=ROOT, text=True,
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=os.environ.copy())
    try:
        assert other.stdout.readline().strip() == "ready"
        assert run(db, "list", "complaints") == 0
        assert run(db, "check") == 0
        capsys.readouterr()
        source = tmp_path / "in.csv"
        source.write_text("Objet;Catégorie\nFuite au 3e;Plomberie\n", encoding="utf-8")
        assert run(db, "import", "complaints", str(source)) == 2
        assert "Another copy of Palier is using" in capsys.readouterr().err
        assert run(db, "restore", str(db), "--yes") == 2
        assert "is in use" in capsys.readouterr().err
    finally:
        other.stdin.write("\n")
        other.stdin.flush()
        other.wait(timeout=30)
    assert count(db) == 2
