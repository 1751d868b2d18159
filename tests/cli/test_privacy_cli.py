"""``purge``, ``person export``, ``person forget`` and ``audit`` on the command line."""

import datetime as dt
import json

import pytest

from desktop.app import main
from desktop.domain.complaints import Complaint, ComplaintStatus
from desktop.domain.people import Person, Role
from desktop.store import Store


@pytest.fixture
def db(tmp_path):
    """A database with a person, one complaint of theirs closed in 2019 and one open."""
    path = tmp_path / "palier.db"
    store = Store.open(path)
    person = store.people.save(Person(name="Odette Roux", role=Role.TENANT))
    category = store.categories.list()[0].id
    for title in ("Fuite", "Bruit"):
        complaint = store.complaints.create(Complaint(title=title, category_id=category, reporter_id=person.id))
    store.complaints.change_status(complaint.id, ComplaintStatus.RESOLVED, when=dt.datetime(2019, 1, 1))
    store.complaints.change_status(complaint.id, ComplaintStatus.CLOSED, when=dt.datetime(2019, 1, 2))
    store.close()
    return path


def run(db, *args):
    return main(["main.py", "--db", str(db), "--lang", "en", *args])


def _reporters(path):
    store = Store.open(path)
    try:
        return [c.reporter_id for c in store.complaints.list()]
    finally:
        store.close()


def test_purge_dry_run_then_purge(db, capsys):
    assert run(db, "purge", "--dry-run") == 0
    assert "Dry run, nothing changed: 1 complaint and" in capsys.readouterr().out
    assert _reporters(db) == [1, 1]
    assert run(db, "purge") == 0
    assert "1 complaint and 0 liaison forms older than" in capsys.readouterr().out
    assert sorted(_reporters(db), key=str) == [1, None]
    assert run(db, "purge", "--older-than", "0") == 2
    assert "above 0" in capsys.readouterr().err


def test_person_export_writes_both_files(db, tmp_path, capsys):
    assert run(db, "person", "export", "1", "--out", str(tmp_path / "out")) == 0
    assert "person-1.json" in capsys.readouterr().out
    data = json.loads((tmp_path / "out" / "person-1.json").read_text(encoding="utf-8"))
    assert len(data["complaints"]) == 2
    assert (tmp_path / "out" / "person-1.pdf").exists()
    assert run(db, "person", "export", "9", "--out", str(tmp_path / "out")) == 2
    assert "no person number 9" in capsys.readouterr().err


def test_person_forget_asks_first_unless_yes(db, capsys):
    assert run(db, "person", "forget", "1") == 2
    assert "Add --yes" in capsys.readouterr().err
    assert run(db, "person", "forget", "1", "--yes") == 0
    assert "Former tenant #1" in capsys.readouterr().out
    assert run(db, "audit") == 0
    out = capsys.readouterr().out
    assert "forgotten" in out and "person 1" in out


def test_retention_is_shown_and_changed(db, capsys):
    assert run(db, "retention") == 0
    assert "anonymised 5 years" in capsys.readouterr().out
    assert run(db, "retention", "8") == 0
    assert run(db, "purge", "--dry-run") == 0
    assert "Nothing to anonymise" in capsys.readouterr().out
    assert run(db, "retention", "0") == 2
    assert "between 1 and 30 years" in capsys.readouterr().err
