"""One register on two computers: pairing, exchanging both ways, deciding, refusing."""

from __future__ import annotations

import datetime as dt
import json
import zipfile

import pytest

from desktop.domain.complaints import ComplaintStatus
from desktop.domain.meetings import LiaisonForm
from desktop.domain.people import Person, Role
from desktop.services import exchange, photos
from desktop.services.exchange_bundle import RefusedFile
from desktop.store import Store, sync_state
from tests.services.exchange_pair import add_complaint, content, jpeg, make_residence, pair


@pytest.fixture
def two(tmp_path):
    computers = pair(tmp_path)
    yield computers
    computers.close()


def test_a_copy_is_the_same_register_with_its_own_numbers(two):
    assert content(two.laptop) == content(two.office)
    made_there = add_complaint(two.laptop, "Fuite cave")
    made_here = add_complaint(two.office, "Porte hall")
    assert made_there.id == 1_000_000 and made_here.id == 4
    history = two.laptop.db.execute("SELECT id FROM complaint_history WHERE complaint_id = ?", [made_there.id])
    assert all(1_000_000 <= row[0] < 2_000_000 for row in history)


def test_both_computers_end_with_every_complaint_under_the_same_number(two):
    there = add_complaint(two.laptop, "Fuite cave")
    here = add_complaint(two.office, "Porte hall")
    # After the laptop's complaints arrived, the office still numbers in its own range.
    two.send(two.laptop, two.office)
    later = add_complaint(two.office, "Interphone")
    two.send(two.office, two.laptop)
    assert later.id == here.id + 1
    for store in (two.office, two.laptop):
        assert store.complaints.get(there.id).title == "Fuite cave"
        assert store.complaints.get(later.id).title == "Interphone"
    assert content(two.office) == content(two.laptop)


def test_different_fields_of_one_complaint_merge_without_a_question(two):
    mine = two.office.complaints.get(1)
    mine.title = "Ascenseur bloqué au 3e"
    two.office.complaints.update(mine)
    two.laptop.complaints.change_status(1, ComplaintStatus.PASSED_TO_LANDLORD)
    two.both_ways()
    for store in (two.office, two.laptop):
        complaint = store.complaints.get(1)
        assert (complaint.title, complaint.status) == ("Ascenseur bloqué au 3e", ComplaintStatus.PASSED_TO_LANDLORD)
        assert sync_state.conflicts(store.db) == []
    assert content(two.office) == content(two.laptop)


def test_the_same_field_changed_differently_is_listed_then_the_decision_travels(two):
    two.office.complaints.change_status(2, ComplaintStatus.IN_PROGRESS)
    two.laptop.complaints.change_status(2, ComplaintStatus.REJECTED, "Pas du ressort du bailleur")
    result = two.send(two.laptop, two.office)
    assert result.conflicts == 1
    [conflict] = sync_state.conflicts(two.office.db)
    assert (conflict.table, conflict.key, conflict.field, conflict.who) == ("complaints", (2,), "status", "the laptop")
    assert json.loads(conflict.mine)["status"] == "in_progress"
    assert json.loads(conflict.theirs)["status"] == "rejected"
    assert two.office.complaints.get(2).status == ComplaintStatus.IN_PROGRESS  # nothing decided yet
    # The laptop learns of the conflict too, then the office's decision settles it there.
    two.send(two.office, two.laptop)
    assert len(sync_state.conflicts(two.laptop.db)) == 1
    exchange.resolve(two.office, conflict.id, "theirs")
    two.send(two.office, two.laptop)
    for store in (two.office, two.laptop):
        assert store.complaints.get(2).status == ComplaintStatus.REJECTED
        assert store.complaints.get(2).status_reason == "Pas du ressort du bailleur"
        assert sync_state.conflicts(store.db) == []
    two.both_ways()
    assert content(two.office) == content(two.laptop)


def test_a_form_deleted_on_one_side_and_changed_on_the_other_is_kept_and_listed(two):
    form = two.office.forms.save(LiaisonForm(question="Peut-on avoir un banc ?", received_on=dt.date(2026, 3, 1)))
    two.send(two.office, two.laptop)
    two.office.forms.delete(form.id)
    changed = two.laptop.forms.get(form.id)
    changed.question = "Peut-on avoir deux bancs ?"
    two.laptop.forms.save(changed)
    two.send(two.laptop, two.office)
    assert two.office.forms.get(form.id).question == "Peut-on avoir deux bancs ?"
    assert [c.kind for c in sync_state.conflicts(two.office.db)] == ["deleted-here"]
    two.send(two.office, two.laptop)
    assert two.laptop.forms.get(form.id).question == "Peut-on avoir deux bancs ?"
    # Deciding for the deletion removes it on both computers.
    exchange.resolve(two.office, sync_state.conflicts(two.office.db)[0].id, "mine")
    two.both_ways()
    assert content(two.office) == content(two.laptop)
    assert two.office.db.execute("SELECT count(*) FROM liaison_forms").fetchone() == (0,)


def test_a_form_deleted_there_but_changed_here_stays_here(two):
    form = two.office.forms.save(LiaisonForm(question="Horaires du gardien ?", received_on=dt.date(2026, 3, 1)))
    two.send(two.office, two.laptop)
    two.laptop.forms.delete(form.id)
    changed = two.office.forms.get(form.id)
    changed.question = "Horaires du gardien le samedi ?"
    two.office.forms.save(changed)
    two.send(two.laptop, two.office)
    assert two.office.forms.get(form.id).question == "Horaires du gardien le samedi ?"
    assert [c.kind for c in sync_state.conflicts(two.office.db)] == ["deleted-there"]


def test_the_same_file_twice_or_an_older_one_late_changes_nothing(two):
    add_complaint(two.laptop, "Première")
    first = two.write(two.laptop)
    add_complaint(two.laptop, "Seconde")
    second = two.write(two.laptop)
    assert exchange.import_file(two.office, second).already_applied is False
    before = content(two.office)
    assert exchange.import_file(two.office, second).already_applied is True
    assert exchange.import_file(two.office, first).already_applied is True
    assert content(two.office) == before
    assert {"Première", "Seconde"} <= {title for (title,) in two.office.db.execute("SELECT title FROM complaints")}


def test_a_lost_file_is_made_good_by_the_next_one(two):
    add_complaint(two.laptop, "Perdue")
    two.write(two.laptop)  # never reaches the office
    add_complaint(two.laptop, "Arrivée")
    two.send(two.laptop, two.office)
    titles = {title for (title,) in two.office.db.execute("SELECT title FROM complaints")}
    assert {"Perdue", "Arrivée"} <= titles


def test_photos_and_people_travel(two):
    complaint = add_complaint(two.laptop, "Tag dans le hall")
    photos.store_prepared(two.laptop, complaint.id, [photos.prepare_photo(jpeg(), "tag.jpg")])
    person = two.laptop.people.save(Person(name="Odette Roux", role=Role.TENANT))
    result = two.send(two.laptop, two.office)
    assert result.counts[("photos", "INSERT")] == 1
    assert [p.filename for p in two.office.photos.thumbnails(complaint.id)] == ["tag.jpg"]
    assert two.office.people.get(person.id).name == "Odette Roux"


def test_a_backup_is_taken_before_applying(two):
    add_complaint(two.laptop, "Fuite")
    result = two.send(two.laptop, two.office)
    assert result.backup is not None and result.backup.is_file()
    import sqlite3

    with sqlite3.connect(result.backup) as copy:
        assert copy.execute("SELECT count(*) FROM complaints WHERE title = 'Fuite'").fetchone() == (0,)


def test_a_file_from_a_stranger_a_damaged_file_or_a_newer_version_is_refused(two, tmp_path):
    add_complaint(two.laptop, "Fuite")
    good = two.write(two.laptop)
    before = content(two.office)
    stranger = Store.open(tmp_path / "stranger.db", now=two.office.complaints.now)
    make_residence(stranger)
    exchange.copy_for_partner(stranger, tmp_path / "stranger-laptop.db")
    with pytest.raises(RefusedFile, match="not paired"):
        exchange.import_file(stranger, good)
    stranger.close()
    damaged = tmp_path / "damaged.palier"
    damaged.write_bytes(good.read_bytes()[:-40])
    with pytest.raises(RefusedFile, match="damaged"):
        exchange.import_file(two.office, damaged)
    newer = tmp_path / "newer.palier"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(newer, "w") as target:
        manifest = json.loads(source.read("manifest.json"))
        manifest["schema"].append("m0099_future")
        target.writestr("manifest.json", json.dumps(manifest))
        target.writestr("changes.sqlite-changeset", source.read("changes.sqlite-changeset"))
    with pytest.raises(RefusedFile, match="newer version"):
        exchange.import_file(two.office, newer)
    assert content(two.office) == before
    assert exchange.import_file(two.office, good).already_applied is False


def test_a_copy_cannot_make_copies_and_an_unpaired_register_cannot_exchange(two, store, tmp_path):
    with pytest.raises(Exception, match="copy made for another computer"):
        exchange.copy_for_partner(two.laptop, tmp_path / "third.db")
    with pytest.raises(Exception, match="not paired"):
        exchange.export(store, tmp_path / "x.palier")


def test_a_person_forgotten_on_one_computer_is_forgotten_on_the_other(two):
    from desktop.services import privacy

    person = two.office.people.save(Person(name="Odette Roux", role=Role.TENANT))
    complaint = add_complaint(two.office, "Bruit chez Odette Roux")
    two.send(two.office, two.laptop)
    assert two.laptop.people.get(person.id).name == "Odette Roux"
    privacy.forget_person(two.office, person.id)
    two.send(two.office, two.laptop)
    names = {name for (name,) in two.laptop.db.execute("SELECT name FROM people")}
    assert "Odette Roux" not in names
    assert "Odette Roux" not in two.laptop.complaints.get(complaint.id).title
    found = two.laptop.db.execute("SELECT count(*) FROM complaints_fts WHERE complaints_fts MATCH 'odette'")
    assert found.fetchone() == (0,)
