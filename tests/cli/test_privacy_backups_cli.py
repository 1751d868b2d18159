"""``person forget ID --rewrite-backups`` and ``purge``: they say until when backups hold what was
removed, and rewrite them on request; ``report posting`` lists the sentences changed before writing."""

from __future__ import annotations

import datetime as dt

from desktop.app import main
from desktop.domain.agenda import AgendaPoint, AgendaPointKind
from desktop.domain.complaints import Category, Complaint
from desktop.domain.people import Person, Role
from desktop.domain.places import Residence, ResidencePlan
from desktop.services import backups, meetings
from desktop.store import Store


def run(db, *args):
    return main(["main.py", "--db", str(db), "--lang", "en", *args])


def test_forgetting_with_rewrite_backups_leaves_no_backup_with_the_name(tmp_path, capsys):
    path = tmp_path / "palier.db"
    store = Store.open(path)
    person = store.people.save(Person(name="Ahmed Brunet", role=Role.TENANT))
    store.complaints.create(Complaint(title="Bruit chez BRUNET Ahmed", category_id=1))
    old = backups.backup(store, now=dt.datetime(2020, 1, 1))
    store.close()

    assert run(path, "person", "forget", str(person.id), "--yes") == 0
    said = capsys.readouterr().out
    assert "1 backup made before" in said and "at the latest" in said
    assert b"Brunet" in old.path.read_bytes()

    assert run(path, "purge", "--rewrite-backups") == 0
    captured = capsys.readouterr()
    assert "1 backup rewritten: it no longer holds" in captured.out and "No backup holds" in captured.out
    assert "[0/1]" in captured.err
    assert b"Brunet" not in old.path.read_bytes() and b"BRUNET" not in old.path.read_bytes()


def test_report_posting_lists_what_it_removed_before_writing(tmp_path, capsys):
    path = tmp_path / "palier.db"
    store = Store.open(path)
    store.places.create_from_plan(ResidencePlan(Residence(name="Les Tilleuls"), [("Bâtiment A", ["Entrée 1"])]))
    store.people.save(Person(name="Ahmed Brunet", role=Role.TENANT))
    category = store.categories.save(Category(name="Troubles de voisinage"))
    complaint = store.complaints.create(Complaint(title="Bruit", category_id=category.id))
    meeting = meetings.plan_meeting(store, dt.date(2026, 6, 11), invite=False)
    store.agenda.add_point(meeting.id, AgendaPoint(kind=AgendaPointKind.COMPLAINTS, title="Bruit",
                                                   complaint_ids=[complaint.id],
                                                   question="Ahmed Brunet du 304 crie. Le voisin Brunnet aussi."))
    store.close()
    out = tmp_path / "posting.pdf"
    assert run(path, "report", "posting", "--meeting", str(meeting.id), "--out", str(out)) == 0
    captured = capsys.readouterr()
    assert "[name withheld] [home withheld] crie." in captured.err
    assert "Suspected, left as written: Brunnet" in captured.err
    assert "not yet confirmed" in captured.err
    assert out.exists()
