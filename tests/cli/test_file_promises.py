"""Attacks on "nothing overwrites the register" and "reading never creates or changes a file".

Each test is an attack that once worked from the command line: it now gets exit status 2 and a
sentence, and the files on disk are byte for byte what they were.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.app import main
from desktop.domain.complaints import Complaint
from desktop.store import Store

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "palier.db"
    store = Store.open(path)
    store.complaints.create(Complaint(title="Fuite", category_id=store.categories.list()[0].id))
    store.close()
    return path


def run(db, *args):
    return main(["main.py", "--db", str(db), "--lang", "en", *args])


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def folder_state(folder: Path) -> dict[str, str]:
    """Every file of ``folder`` and its content; SQLite's own -wal/-shm, which any reader may
    leave, aside (the database file itself is compared)."""
    return {p.name: digest(p) for p in sorted(folder.iterdir())
            if p.is_file() and not p.name.endswith(("-wal", "-shm"))}


# 1. Nothing overwrites the register -----------------------------------------------------------
def _protected_targets(db: Path) -> list[Path]:
    Store.open(db).close()  # leaves the -wal/-shm/-lock companions, as an open window would
    store = Store.open(db)  # keep the companions on disk while the attack runs
    store.complaints.create(Complaint(title="Ascenseur", category_id=store.categories.list()[0].id))
    store.close()
    from desktop.services import backups

    made = backups.backup(db)
    return [db, db.with_name(db.name + "-lock"), made.path, made.path.with_suffix(".json")]


@pytest.mark.parametrize("command", [
    ("export", "complaints", "{target}", "--overwrite"),
    ("identity", "export-root", "{target}", "--overwrite"),
    ("report", "register", "--from", "2020-01-01", "--to", "2030-01-01", "--out", "{target}", "--overwrite"),
    ("backup", "{target}", "--overwrite"),
])
def test_no_command_writes_over_the_database_its_companions_or_a_backup(db, command, capsys):
    for target in _protected_targets(db):
        target_arg = str(target)
        before = folder_state(db.parent), folder_state(db.parent / "backups")
        status = run(db, *[part.format(target=target_arg) for part in command])
        err = capsys.readouterr().err
        assert status == 2, (command, target)
        assert "never writes over" in err or "ending in .pdf" in err, err
        assert (folder_state(db.parent), folder_state(db.parent / "backups")) == before


def test_a_report_named_like_the_database_with_pdf_is_refused_for_the_open_database(db, tmp_path, capsys):
    pdf = tmp_path / "copie.pdf"
    link = tmp_path / "lien.pdf"
    link.symlink_to(db)
    before = digest(db)
    assert run(db, "report", "register", "--from", "2020-01-01", "--to", "2030-01-01", "--out", str(link),
               "--overwrite") == 2
    assert "never writes over" in capsys.readouterr().err
    assert digest(db) == before
    assert not pdf.exists()


def test_writing_over_an_existing_file_needs_overwrite(db, tmp_path, capsys):
    target = tmp_path / "registre.csv"
    target.write_text("mes notes\n", encoding="utf-8")
    assert run(db, "export", "complaints", str(target)) == 2
    err = capsys.readouterr().err
    assert "already exists" in err and "--overwrite" in err
    assert target.read_text(encoding="utf-8") == "mes notes\n"
    assert run(db, "export", "complaints", str(target), "--overwrite") == 0
    assert "Fuite" in target.read_text(encoding="utf-8-sig")


@pytest.mark.parametrize("name,make", [
    ("root.pem", lambda db, t: ("identity", "export-root", t)),
    ("rejets.csv", lambda db, t: ("import", "complaints", "{csv}", "--skip-invalid", t)),
    ("registre.pdf", lambda db, t: ("report", "register", "--from", "2020-01-01", "--to", "2030-01-01",
                                    "--out", t)),
    ("copie.db", lambda db, t: ("backup", t)),
])
def test_every_writing_command_keeps_an_existing_file(db, tmp_path, name, make, capsys):
    source = tmp_path / "extrait.csv"
    source.write_text("Objet;Catégorie\nFuite;Plomberie\n;\n", encoding="utf-8")
    target = tmp_path / name
    target.write_bytes(b"precious")
    command = [part.format(csv=source) for part in make(db, str(target))]
    assert run(db, *command) == 2
    assert "already exists" in capsys.readouterr().err
    assert target.read_bytes() == b"precious"


def test_person_export_keeps_existing_files_in_the_folder(db, tmp_path, capsys):
    store = Store.open(db)
    from desktop.domain.people import Person, Role

    person = store.people.save(Person(name="Ahmed Brunet", role=Role.TENANT))
    store.close()
    out = tmp_path / "dossier"
    assert run(db, "person", "export", str(person.id), "--out", str(out)) == 0
    written = folder_state(out)
    for name in written:
        (out / name).write_bytes(b"precious")
    assert run(db, "person", "export", str(person.id), "--out", str(out)) == 2
    assert "already exists" in capsys.readouterr().err
    assert set(folder_state(out).values()) == {digest(out / name) for name in written}
    assert all((out / name).read_bytes() == b"precious" for name in written)
    assert run(db, "person", "export", str(person.id), "--out", str(out), "--overwrite") == 0


def test_backup_onto_the_database_itself_is_refused(db, capsys):
    before = digest(db)
    assert run(db, "backup", str(db)) == 2
    assert "never writes over" in capsys.readouterr().err
    assert digest(db) == before


def test_backup_into_a_folder_that_does_not_exist_is_refused(db, tmp_path, capsys):
    target = tmp_path / "nowhere" / "deeper" / "copie.db"
    assert run(db, "backup", str(target)) == 2
    assert "does not exist" in capsys.readouterr().err
    assert not (tmp_path / "nowhere").exists()


def test_leftovers_of_a_killed_backup_or_restore_are_removed_at_the_next_backup(db, tmp_path):
    from desktop.services import backups

    folder = db.parent / "backups"
    folder.mkdir()
    partial = folder / ".palier-manual-20260101-120000.db.partial"
    partial.write_bytes(db.read_bytes())
    restoring = db.with_name("." + db.name + ".restoring")
    restoring.write_bytes(db.read_bytes())
    copy_partial = tmp_path / ".copie.db.partial"
    copy_partial.write_bytes(db.read_bytes())
    an_hour_and_more_ago = time.time() - 3700  # a backup running now is not a leftover
    for path in (partial, restoring):
        os.utime(path, (an_hour_and_more_ago, an_hour_and_more_ago))
    fresh = folder / ".palier-daily-20260101-130000.db.partial"
    fresh.write_bytes(b"being written by the window's daily backup")
    backups.backup(db)
    assert fresh.exists()
    assert not partial.exists()
    assert not restoring.exists()
    assert run(db, "backup", str(tmp_path / "copie.db")) == 0
    assert not copy_partial.exists()


def test_leftovers_are_removed_when_the_database_is_opened(db):
    folder = db.parent / "backups"
    folder.mkdir()
    partial = folder / ".palier-daily-20260101-120000.db.partial"
    partial.write_bytes(db.read_bytes())
    restoring = db.with_name("." + db.name + ".restoring")
    restoring.write_bytes(b"half")
    Store.open(db).close()
    assert not partial.exists() and not restoring.exists()


# 2. Reading never creates or changes a file --------------------------------------------------
@pytest.mark.parametrize("command", [
    ("search", "ascenseur"), ("list", "complaints"), ("list", "people"), ("meeting", "show", "1"),
    ("check",), ("audit",), ("verify", "{pdf}"), ("list", "meetings"), ("export", "complaints", "{csv}"),
    ("import", "complaints", "{csv_in}"), ("profile", "list"), ("backup", "{copy}"),
])
def test_no_command_but_demo_creates_a_database(tmp_path, command, capsys):
    missing = tmp_path / "absent" / "palier.db"
    (tmp_path / "absent").mkdir()
    pdf = tmp_path / "x.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    csv_in = tmp_path / "in.csv"
    csv_in.write_text("Objet;Catégorie\nFuite;Plomberie\n", encoding="utf-8")
    parts = [p.format(pdf=pdf, csv=tmp_path / "out.csv", csv_in=csv_in, copy=tmp_path / "copy.db")
             for p in command]
    assert run(missing, *parts) == 2
    assert f"no Palier database at {missing}" in capsys.readouterr().err
    assert list((tmp_path / "absent").iterdir()) == []
    assert not (tmp_path / "out.csv").exists() and not (tmp_path / "copy.db").exists()


def test_demo_creates_a_database(tmp_path):
    target = tmp_path / "demo.db"
    assert run(target, "demo", "--complaints", "5") == 0
    assert target.exists()


def _foreign(path: Path) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recettes (nom TEXT, temps INTEGER)")
    conn.execute("INSERT INTO recettes VALUES ('tarte', 40)")
    conn.commit()
    conn.close()
    return path


@pytest.mark.parametrize("command", [("list", "complaints"), ("search", "x"), ("check",), ("demo",),
                                     ("audit",), ("profile", "list")])
def test_a_sqlite_file_that_is_not_palier_s_is_refused_untouched(tmp_path, command, capsys):
    foreign = _foreign(tmp_path / "recettes.db")
    before = folder_state(tmp_path)
    assert run(foreign, *command) == 2
    assert "not a Palier database" in capsys.readouterr().err
    assert folder_state(tmp_path) == before
    conn = sqlite3.connect(foreign)
    assert [row[0] for row in conn.execute("SELECT name FROM sqlite_master")] == ["recettes"]
    conn.close()


@pytest.mark.parametrize("command", [("list", "complaints"), ("check",), ("search", "x")])
def test_an_empty_file_is_refused_as_check_does(tmp_path, command, capsys):
    empty = tmp_path / "vide.db"
    empty.write_bytes(b"")
    assert run(empty, *command) == 2
    assert "not a Palier database" in capsys.readouterr().err
    assert empty.read_bytes() == b""
    assert sorted(p.name for p in tmp_path.iterdir()) == ["vide.db"]


def test_after_a_damaged_file_was_set_aside_the_next_command_says_where(db, capsys):
    from desktop.store import integrity

    moved = integrity.set_aside(db)
    for command in (("check",), ("list", "complaints"), ("search", "fuite")):
        assert run(db, *command) == 2
        err = capsys.readouterr().err
        assert str(moved) in err and "set aside" in err
    assert not db.exists()


def _start(database: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", str(database), "--lang", "en", "--exit-after-start"],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )


def test_exit_after_start_answers_no_to_a_foreign_file(tmp_path):
    foreign = _foreign(tmp_path / "recettes.db")
    before = folder_state(tmp_path)
    result = _start(foreign)
    assert result.returncode == 2
    assert "not a Palier database" in result.stderr
    assert folder_state(tmp_path) == before


def test_exit_after_start_answers_no_to_creating_a_database(tmp_path):
    result = _start(tmp_path / "new.db")
    assert result.returncode == 2
    assert "no Palier database" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_exit_after_start_answers_no_to_a_damaged_file(db):
    from tests.cli.test_backups_cli import damage

    from desktop.services import backups

    backups.backup(db)
    damage(db)
    result = _start(db)
    assert result.returncode == 2
    assert "damaged" in result.stderr


def test_exit_after_start_answers_no_to_a_file_in_use(db):
    store = Store.open(db)
    try:
        result = _start(db)
    finally:
        store.close()
    assert result.returncode == 2
    assert "Another copy of Palier" in result.stderr


def test_exit_after_start_answers_no_to_a_newer_file(db):
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA user_version = 999")
    conn.commit()
    conn.close()
    before = digest(db)
    result = _start(db)
    assert result.returncode == 2
    assert "newer version" in result.stderr
    assert digest(db) == before
