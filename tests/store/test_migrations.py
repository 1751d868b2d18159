"""Opening files: pragmas, migrations with a copy first, newer files refused and left untouched."""

import sqlite3

import pytest

from desktop import paths
from desktop.domain.errors import NewerDatabase, UserError
from desktop.store import Store
from desktop.store.connection import connect
from desktop.store.migrations import MIGRATIONS, SCHEMA_VERSION


def test_a_new_file_gets_the_whole_schema_and_its_version(tmp_path):
    store = Store.open(tmp_path / "new.db")
    tables = set(store.db.table_names())
    assert {"residences", "buildings", "entrances", "homes", "common_areas", "people", "categories",
            "complaints", "complaint_history", "photos", "complaints_fts"} <= tables
    assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert store.db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert len(store.categories.list()) == 14


def test_pending_migrations_run_after_a_copy_of_the_file_is_taken(tmp_path):
    path = tmp_path / "old.db"
    db = connect(path)
    MIGRATIONS.apply(db, stop_before="m0002_complaints")
    db.execute("INSERT INTO residences (name) VALUES ('Les Tilleuls')")
    db.conn.commit()
    db.close()

    store = Store.open(path)

    assert "complaints" in store.db.table_names()
    copies = list(paths.backup_dir(path).glob("old-before-m0002_complaints-*.db"))
    assert len(copies) == 1
    with sqlite3.connect(copies[0]) as copy:
        assert copy.execute("SELECT name FROM residences").fetchone() == ("Les Tilleuls",)
        assert "complaints" not in {r[0] for r in copy.execute("SELECT name FROM sqlite_master")}


def test_an_up_to_date_file_is_not_copied_again(tmp_path):
    path = tmp_path / "current.db"
    Store.open(path).close()
    Store.open(path).close()
    assert list(paths.backup_dir(path).glob("*.db")) == []


def test_a_file_from_a_newer_version_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "future.db"
    Store.open(path).close()
    db = connect(path)
    db.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('palier', 'm9999_future', 'x')")
    db.conn.commit()
    db.close()
    before = path.read_bytes()

    with pytest.raises(NewerDatabase, match="newer version"):
        Store.open(path)
    assert path.read_bytes() == before


def test_a_file_that_is_not_a_database_gets_a_sentence(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database" * 100)
    with pytest.raises(UserError, match="is not a Palier database"):
        Store.open(path)
    assert path.read_text() == "these are my notes, not a database" * 100


def test_a_failing_migration_leaves_no_trace(tmp_path, monkeypatch):
    path = tmp_path / "half.db"
    db = connect(path)
    MIGRATIONS.apply(db, stop_before="m0002_complaints")
    db.close()
    migration = next(m for m in MIGRATIONS._migrations if m.name == "m0002_complaints")
    original = migration.fn

    def broken(database):
        original(database)
        raise RuntimeError("power cut")

    monkeypatch.setattr(migration, "fn", broken)
    with pytest.raises(RuntimeError):
        Store.open(path)
    db = connect(path)
    assert "complaints" not in db.table_names()
    assert [m.name for m in MIGRATIONS.applied(db)] == ["m0001_places_people"]


def test_an_older_file_learns_which_categories_are_disturbances(tmp_path):
    path = tmp_path / "part4.db"
    db = connect(path)
    MIGRATIONS.apply(db, stop_before="m0009_disturbance_categories_and_public_wording")
    db.execute("INSERT INTO categories (name, position) VALUES ('Troubles de voisinage', 20), "
               "('TAPAGE NOCTURNE', 21), ('Ascenseur', 22)")
    db.conn.commit()
    db.close()

    store = Store.open(path)

    flagged = {c.name for c in store.categories.list() if c.disturbance}
    assert {"Troubles de voisinage", "TAPAGE NOCTURNE", "Neighbourhood disturbance"} <= flagged
    assert "Ascenseur" not in flagged and "Lift" not in flagged
    assert store.posting_wordings.of(1) == {}
    assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_a_part_6_file_gains_the_exchange_tables_and_keeps_numbering_as_before(tmp_path):
    path = tmp_path / "part6.db"
    db = connect(path)
    MIGRATIONS.apply(db, stop_before="m0011_exchange_between_computers")
    db.execute("INSERT INTO residences (name) VALUES ('Les Tilleuls')")
    db.execute("INSERT INTO people (id, name, role) VALUES (41, 'Odette Roux', 'tenant')")
    db.conn.commit()
    db.close()

    store = Store.open(path)

    assert {"sync_self", "sync_id_ranges", "sync_partners", "sync_outbox", "sync_conflicts"} <= set(
        store.db.table_names())
    assert store.db.execute("SELECT count(*) FROM sync_partners").fetchone() == (0,)
    from desktop.domain.people import Person, Role

    made = store.people.save(Person(name="Karim Benali", role=Role.TENANT))
    assert made.id == 42  # unpaired: SQLite's own numbering, as before
    assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
