"""The schema, as named migrations applied in order (sqlite-utils ``Migrations``).

Never edit a migration that has been released: add a new one. Each runs in a transaction together
with the record that it was applied. ``SCHEMA_VERSION`` is also written to ``PRAGMA user_version``.
"""

from __future__ import annotations

import sqlite3

from desktop.domain.complaints import DEFAULT_CATEGORIES
from desktop.i18n import tr
from desktop.store.database import Database
from desktop.store.lock_triggers import (
    COMMITMENT_HISTORY_FINAL,
    _meeting_locked,
    _refuse,
    lock_script,
    replace_guards,
)


class _Migrations:
    """The named migrations, registered as sqlite-utils' ``Migrations`` are (``@MIGRATIONS()``).

    sqlite-utils is imported only when its ``Migrations`` is used (to apply pending migrations, or
    by tests): opening an up-to-date file needs just the names, so the window starts without it.
    """

    def __init__(self, name: str):
        self.name = name
        self._steps: list[tuple[str, object, bool]] = []
        self._real = None

    def __call__(self, *, name: str | None = None, transactional: bool = True):
        def inner(function):
            self._steps.append((name or function.__name__, function, transactional))
            return function

        return inner

    @property
    def names(self) -> list[str]:
        """Every migration's name, in the order they apply."""
        return [name for name, _function, _transactional in self._steps]

    def _sqlite_utils(self):
        if self._real is None:
            from sqlite_utils.migrations import Migrations

            real = Migrations(self.name)
            for name, function, transactional in self._steps:
                real(name=name, transactional=transactional)(function)
            self._real = real
        return self._real

    def __getattr__(self, attribute: str):
        # apply, pending, applied, _migrations...: sqlite-utils' own.
        if attribute.startswith("__"):
            raise AttributeError(attribute)
        return getattr(self._sqlite_utils(), attribute)


MIGRATIONS = _Migrations("palier")


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



# Meetings (part 2): the lock on signed minutes is in desktop/store/lock_triggers.py.
@MIGRATIONS()
def m0004_meetings(db: Database) -> None:
    _run_script(db, """
        CREATE TABLE meetings (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL DEFAULT 'quarterly',
            residence_id INTEGER REFERENCES residences(id),
            date TEXT NOT NULL,
            start_time TEXT,
            end_time TEXT,
            place TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'planned',
            chair TEXT NOT NULL DEFAULT '',
            secretary TEXT NOT NULL DEFAULT '',
            approved_at TEXT,
            current_point_id INTEGER,
            created_at TEXT NOT NULL
        );
        CREATE INDEX meetings_date ON meetings(date);
        CREATE INDEX meetings_status ON meetings(status, date);
        CREATE TABLE meeting_buildings (
            meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            building_id INTEGER NOT NULL REFERENCES buildings(id) ON DELETE CASCADE,
            PRIMARY KEY (meeting_id, building_id)
        );
        CREATE INDEX meeting_buildings_building ON meeting_buildings(building_id);
        CREATE TABLE invitations (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            person_id INTEGER REFERENCES people(id) ON DELETE SET NULL,
            name TEXT NOT NULL,
            role TEXT,
            side TEXT NOT NULL,
            presence TEXT NOT NULL DEFAULT 'invited',
            represented_by_id INTEGER REFERENCES people(id) ON DELETE SET NULL,
            represented_by_name TEXT NOT NULL DEFAULT '',
            arrived_at TEXT,
            left_at TEXT,
            position INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX invitations_meeting ON invitations(meeting_id, position);
        CREATE INDEX invitations_person ON invitations(person_id);
        CREATE INDEX invitations_represented_by ON invitations(represented_by_id);
        CREATE TABLE liaison_forms (
            id INTEGER PRIMARY KEY,
            question TEXT NOT NULL,
            asker_id INTEGER REFERENCES people(id) ON DELETE SET NULL,
            asker_name TEXT NOT NULL DEFAULT '',
            confidential INTEGER NOT NULL DEFAULT 0,
            entrance_id INTEGER REFERENCES entrances(id),
            received_on TEXT NOT NULL,
            collected_by_id INTEGER REFERENCES people(id) ON DELETE SET NULL,
            collected_by_name TEXT NOT NULL DEFAULT '',
            complaint_id INTEGER REFERENCES complaints(id) ON DELETE SET NULL,
            created_at TEXT NOT NULL
        );
        CREATE INDEX liaison_forms_received ON liaison_forms(received_on);
        CREATE INDEX liaison_forms_entrance ON liaison_forms(entrance_id);
        CREATE INDEX liaison_forms_complaint ON liaison_forms(complaint_id);
        CREATE INDEX liaison_forms_asker ON liaison_forms(asker_id);
        CREATE INDEX liaison_forms_collected_by ON liaison_forms(collected_by_id);
        CREATE TABLE agenda_points (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            kind TEXT NOT NULL,
            title TEXT NOT NULL,
            question TEXT NOT NULL DEFAULT '',
            discussion TEXT NOT NULL DEFAULT '',
            answer TEXT NOT NULL DEFAULT '',
            no_answer_reason TEXT NOT NULL DEFAULT '',
            decision TEXT NOT NULL DEFAULT '',
            proposed_by TEXT NOT NULL DEFAULT '',
            duration_minutes INTEGER NOT NULL DEFAULT 0,
            seconds_spent INTEGER NOT NULL DEFAULT 0,
            carried_from INTEGER REFERENCES meetings(id) ON DELETE SET NULL,
            origin_point_id INTEGER REFERENCES agenda_points(id) ON DELETE SET NULL,
            follows_commitment_id INTEGER REFERENCES commitments(id) ON DELETE SET NULL,
            carried_forward INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX agenda_points_meeting ON agenda_points(meeting_id, position);
        CREATE INDEX agenda_points_carried_from ON agenda_points(carried_from);
        CREATE INDEX agenda_points_origin ON agenda_points(origin_point_id);
        CREATE INDEX agenda_points_commitment ON agenda_points(follows_commitment_id);
        CREATE TABLE agenda_point_complaints (
            point_id INTEGER NOT NULL REFERENCES agenda_points(id) ON DELETE CASCADE,
            complaint_id INTEGER NOT NULL REFERENCES complaints(id) ON DELETE CASCADE,
            PRIMARY KEY (point_id, complaint_id)
        );
        CREATE INDEX agenda_point_complaints_complaint ON agenda_point_complaints(complaint_id);
        CREATE TABLE agenda_point_forms (
            point_id INTEGER NOT NULL REFERENCES agenda_points(id) ON DELETE CASCADE,
            form_id INTEGER NOT NULL REFERENCES liaison_forms(id) ON DELETE CASCADE,
            PRIMARY KEY (point_id, form_id)
        );
        CREATE INDEX agenda_point_forms_form ON agenda_point_forms(form_id);
        CREATE TABLE commitments (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            point_id INTEGER REFERENCES agenda_points(id) ON DELETE CASCADE,
            owner_id INTEGER REFERENCES people(id) ON DELETE SET NULL,
            owner_name TEXT NOT NULL,
            what TEXT NOT NULL,
            agreed_due_on TEXT,
            due_on TEXT,
            status TEXT NOT NULL DEFAULT 'open',
            done_on TEXT,
            created_at TEXT NOT NULL
        );
        CREATE INDEX commitments_status ON commitments(status, due_on);
        CREATE INDEX commitments_meeting ON commitments(meeting_id);
        CREATE INDEX commitments_point ON commitments(point_id);
        CREATE INDEX commitments_owner ON commitments(owner_id);
        CREATE TABLE commitment_history (
            id INTEGER PRIMARY KEY,
            commitment_id INTEGER NOT NULL REFERENCES commitments(id) ON DELETE CASCADE,
            at TEXT NOT NULL,
            profile TEXT NOT NULL DEFAULT '',
            field TEXT NOT NULL,
            before TEXT NOT NULL DEFAULT '',
            after TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            meeting_id INTEGER REFERENCES meetings(id) ON DELETE SET NULL
        );
        CREATE INDEX commitment_history_commitment ON commitment_history(commitment_id, at);
        CREATE INDEX commitment_history_meeting ON commitment_history(meeting_id);
        CREATE TABLE amendments (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meetings(id),
            made_on TEXT NOT NULL,
            text TEXT NOT NULL,
            author TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL
        );
        CREATE INDEX amendments_meeting ON amendments(meeting_id, made_on);
    """ + lock_script())

# Part 4: who did what (the audit log) and small settings kept with the data (the retention).
@MIGRATIONS()
def m0005_audit_and_retention(db: Database) -> None:
    _run_script(db, """
        CREATE TABLE audit (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            profile TEXT NOT NULL DEFAULT '',
            action TEXT NOT NULL,
            subject TEXT NOT NULL,
            subject_id INTEGER,
            detail TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX audit_at ON audit(at);
        CREATE INDEX audit_subject ON audit(subject, subject_id);
        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        -- Records already anonymised by a retention purge, so that a purge does not count them again.
        CREATE TABLE anonymised (
            subject TEXT NOT NULL,
            subject_id INTEGER NOT NULL,
            at TEXT NOT NULL,
            PRIMARY KEY (subject, subject_id)
        );
    """)


# Part 3: the digitally signed minutes, kept as signed (bytes and hash), written once, never changed.
@MIGRATIONS()
def m0006_signed_minutes(db: Database) -> None:
    _run_script(db, """
        CREATE TABLE signed_minutes (
            meeting_id INTEGER PRIMARY KEY REFERENCES meetings(id),
            pdf BLOB NOT NULL,
            sha256 TEXT NOT NULL,
            fingerprint TEXT NOT NULL,
            signers TEXT NOT NULL,
            signed_at TEXT NOT NULL
        );
        CREATE INDEX signed_minutes_sha256 ON signed_minutes(sha256);
        CREATE TRIGGER signed_minutes_no_update BEFORE UPDATE ON signed_minutes
        BEGIN SELECT RAISE(ABORT, 'signed minutes are kept as signed'); END;
        CREATE TRIGGER signed_minutes_no_delete BEFORE DELETE ON signed_minutes
        BEGIN SELECT RAISE(ABORT, 'signed minutes are kept as signed'); END;
    """)


# Part 3: the handwritten signatures given on the pad when the minutes are approved, kept as
# vectors with the meeting, written once with the approval and never changed.
@MIGRATIONS()
def m0007_handwritten_signatures(db: Database) -> None:
    _run_script(db, """
        CREATE TABLE handwritten_signatures (
            meeting_id INTEGER NOT NULL REFERENCES meetings(id),
            role TEXT NOT NULL CHECK (role IN ('chair', 'secretary')),
            name TEXT NOT NULL,
            strokes TEXT NOT NULL,
            signed_at TEXT NOT NULL,
            PRIMARY KEY (meeting_id, role)
        );
        CREATE TRIGGER handwritten_signatures_no_update BEFORE UPDATE ON handwritten_signatures
        BEGIN SELECT RAISE(ABORT, 'a handwritten signature is kept as given'); END;
        CREATE TRIGGER handwritten_signatures_no_delete BEFORE DELETE ON handwritten_signatures
        BEGIN SELECT RAISE(ABORT, 'a handwritten signature is kept as given'); END;
    """)


# Part 4: optional profiles for a shared office PC. Only an argon2id hash of each password is kept
# (see desktop/services/profiles.py); the names are what histories and the audit log say.
@MIGRATIONS()
def m0008_profiles(db: Database) -> None:
    _run_script(db, """
        CREATE TABLE profiles (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            password_hash TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
    """)



# Part 5: whether a category is a neighbourhood disturbance is a property of the category (its
# home numbers are never posted), guessed here for the names already in use; the public wording
# of the posting version as the secretary confirmed it, kept with the meeting so that a reprint
# says the same; and the commitment history may lose a forgotten person's name (only while a
# forgetting is under way: the ``forgetting`` table holds a row inside that one transaction).
@MIGRATIONS()
def m0009_disturbance_categories_and_public_wording(db: Database) -> None:
    from desktop.domain.complaints import looks_like_disturbance

    _run_script(db, """
        ALTER TABLE categories ADD COLUMN disturbance INTEGER NOT NULL DEFAULT 0;
        CREATE TABLE posting_wordings (
            meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            sentence TEXT NOT NULL,
            text TEXT NOT NULL,
            confirmed_at TEXT NOT NULL,
            PRIMARY KEY (meeting_id, sentence)
        );
        CREATE TABLE forgetting (
            person_id INTEGER PRIMARY KEY
        );
        DROP TRIGGER commitment_history_final;
    """ + COMMITMENT_HISTORY_FINAL)
    for category_id, name in db.execute("SELECT id, name FROM categories").fetchall():
        if looks_like_disturbance(name):
            db.execute("UPDATE categories SET disturbance = 1 WHERE id = ?", [category_id])


# Part 6: minutes stay editable between the end of the meeting and their approval; every change
# made to an agenda point in that time is kept here, dated, with who made it (the profile) and the
# text before and after. The lines are final, like the commitment history: a forgetting may only
# rewrite their texts, and the same person still typing in the same field (the meeting mode saves
# every second or so) extends the line's "after" for ten minutes, while the minutes are drafted,
# instead of adding lines. None is added to, changed in or removed from signed minutes.
@MIGRATIONS()
def m0012_minutes_corrections(db: Database) -> None:
    _run_script(db, """
        CREATE TABLE minutes_corrections (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meetings(id),
            point_id INTEGER,
            point_title TEXT NOT NULL DEFAULT '',
            at TEXT NOT NULL,
            profile TEXT NOT NULL DEFAULT '',
            field TEXT NOT NULL,
            before TEXT NOT NULL DEFAULT '',
            after TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX minutes_corrections_meeting ON minutes_corrections(meeting_id, at);
        CREATE INDEX minutes_corrections_point ON minutes_corrections(point_id);
        CREATE TRIGGER minutes_corrections_final BEFORE UPDATE ON minutes_corrections
        WHEN NOT (NEW.id IS OLD.id AND NEW.meeting_id IS OLD.meeting_id AND NEW.point_id IS OLD.point_id
                  AND NEW.field IS OLD.field AND (
                    (EXISTS (SELECT 1 FROM forgetting) AND NEW.at IS OLD.at)
                    OR ((SELECT status FROM meetings WHERE id = OLD.meeting_id) = 'minutes_drafted'
                        AND NEW.before IS OLD.before AND NEW.profile IS OLD.profile AND NEW.at >= OLD.at
                        AND (julianday(NEW.at) - julianday(OLD.at)) * 1440 < 10)))
        BEGIN SELECT RAISE(ABORT, 'history final'); END;
        CREATE TRIGGER minutes_corrections_no_delete BEFORE DELETE ON minutes_corrections
        BEGIN SELECT RAISE(ABORT, 'history final'); END;
    """ + _refuse("minutes_corrections_locked_insert", "INSERT", "minutes_corrections",
                  _meeting_locked("NEW.meeting_id")))


# Part 6: how a person is addressed, when known ("Présente" rather than "Présent"); guessed from
# a name written with its civility ("Mme Da Silva").
@MIGRATIONS()
def m0014_person_civility(db: Database) -> None:
    db.execute("ALTER TABLE people ADD COLUMN civility TEXT NOT NULL DEFAULT ''")
    from desktop.domain.people import civility_from_name

    for person_id, name in db.execute("SELECT id, name FROM people").fetchall():
        guessed = civility_from_name(name).value
        if guessed:
            db.execute("UPDATE people SET civility = ? WHERE id = ?", [guessed, person_id])


# Part 5: the REPLACE path closed (desktop/store/lock_triggers.py) and each signed meeting sealed
# (desktop/store/meeting_seals.py), so that a change made without the triggers is seen.
@MIGRATIONS()
def m0009_meeting_seals(db: Database) -> None:
    from desktop.store.meeting_seals import seal_all

    _run_script(db, """
        CREATE TABLE meeting_seals (
            meeting_id INTEGER PRIMARY KEY REFERENCES meetings(id),
            parts TEXT NOT NULL,
            sealed_at TEXT NOT NULL
        );
    """ + replace_guards())
    # Meetings signed before this version were protected by the triggers until now: sealed as they are.
    seal_all(db)


# Part 7: one register on two computers (see desktop/services/exchange.py). These tables are this
# computer's own and never travel in an exchange: who this computer is, the numbers it may hand
# out (``sync_id_ranges``; none until it is paired, then SQLite's own numbering is replaced by
# ``desktop.store.sync_ids``), its partners with the sequence numbers of the files exchanged,
# the changesets sent and not yet acknowledged, and the conflicts a person has to decide.
@MIGRATIONS()
def m0011_exchange_between_computers(db: Database) -> None:
    _run_script(db, """
        CREATE TABLE sync_self (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            computer TEXT NOT NULL,
            name TEXT NOT NULL DEFAULT '',
            block INTEGER NOT NULL DEFAULT 0,
            snapshot_pending TEXT
        );
        CREATE TABLE sync_id_ranges (
            lo INTEGER PRIMARY KEY,
            hi INTEGER NOT NULL
        );
        CREATE TABLE sync_partners (
            computer TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            block INTEGER NOT NULL,
            sent INTEGER NOT NULL DEFAULT 0,
            received INTEGER NOT NULL DEFAULT 0,
            acknowledged INTEGER NOT NULL DEFAULT 0,
            paired_at TEXT NOT NULL,
            last_export_at TEXT,
            last_import_at TEXT
        );
        CREATE TABLE sync_outbox (
            partner TEXT NOT NULL REFERENCES sync_partners(computer) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            changeset BLOB NOT NULL,
            made_at TEXT NOT NULL,
            PRIMARY KEY (partner, seq)
        );
        CREATE TABLE sync_conflicts (
            id INTEGER PRIMARY KEY,
            partner TEXT NOT NULL,
            table_name TEXT NOT NULL,
            row_key TEXT NOT NULL,
            field TEXT NOT NULL,
            kind TEXT NOT NULL,
            mine TEXT,
            theirs TEXT,
            who TEXT NOT NULL DEFAULT '',
            at TEXT NOT NULL,
            decided_at TEXT,
            kept TEXT,
            decided_by TEXT NOT NULL DEFAULT '',
            sent INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX sync_conflicts_open ON sync_conflicts(decided_at, table_name, row_key, field);
    """)


SCHEMA_VERSION = len(MIGRATIONS.names)
