"""The lock on signed meetings, attacked with the plain sqlite3 module on the file (as someone would
with the sqlite3 tool), then ``check``, ``report`` and ``verify`` run as from a terminal.

REPLACE (which deletes the row it collides with without firing delete triggers) is refused; a
change made after dropping the triggers is seen: ``check`` names the meeting and what differs,
the documents say they no longer match, the kept signed copy is not handed out as if nothing changed.
"""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from pypdf import PdfReader

from desktop.domain.commitments import CommitmentStatus
from desktop.services.meetings import add_amendment
from desktop.store import Store
from tests.cli.test_signing_cli import demo_db, demo_template, run  # noqa: F401 - shared fixtures

SIGNED, DRAFTED = 9, 10


def attacker(db) -> sqlite3.Connection:
    """What the sqlite3 tool gives: autocommit, foreign keys and recursive triggers off."""
    return sqlite3.connect(db, isolation_level=None)


def first(db, sql: str, *params):
    with attacker(db) as conn:
        return conn.execute(sql, params).fetchone()[0]


def keep_a_signed_copy(db) -> bytes:
    store = Store.open(db)
    try:
        store.meetings.save_signed_minutes(SIGNED, b"%PDF-1.7 the signed minutes", "0123456789abcdef",
                                           "Michel Muller, Nathalie Aubert")
    finally:
        store.close()
    return b"%PDF-1.7 the signed minutes"


REPLACE_ATTACKS = {
    "an agenda point moved to another meeting": "INSERT OR REPLACE INTO agenda_points (id, meeting_id, position, "
    "kind, title) VALUES ({point}, {drafted}, 99, 'other', 'Moved away')",
    "an invitation moved to another meeting": "INSERT OR REPLACE INTO invitations (id, meeting_id, name, side) "
    "VALUES ({invitation}, {drafted}, 'Someone else', 'tenants')",
    "a commitment moved to another meeting": "INSERT OR REPLACE INTO commitments (id, meeting_id, owner_name, what, "
    "created_at) VALUES ({commitment}, {drafted}, 'Nobody', 'Nothing', '2026-01-01')",
    "the meeting row itself replaced": "INSERT OR REPLACE INTO meetings (id, date, status, created_at) "
    "VALUES ({signed}, '2025-10-30', 'drafted', '2026-01-01')",
    "a point of another meeting moved onto a signed one's number": "UPDATE OR REPLACE agenda_points SET id = {point} "
    "WHERE id = {other_point}",
    "an agenda point's meeting changed": "UPDATE agenda_points SET meeting_id = {drafted} WHERE id = {point}",
    "a commitment's meeting changed": "UPDATE commitments SET meeting_id = {drafted} WHERE id = {commitment}",
    "an attendance line changed": "UPDATE invitations SET presence = 'absent' WHERE id = {invitation}",
    "a handwritten signature added": "INSERT OR REPLACE INTO handwritten_signatures VALUES ({signed}, 'chair', "
    "'Someone', '[[[0.1, 0.1], [0.9, 0.9]]]', '2026-01-01')",
    "the kept signed copy replaced": "INSERT OR REPLACE INTO signed_minutes (meeting_id, pdf, sha256, fingerprint, "
    "signers, signed_at) VALUES ({signed}, x'00', 'x', 'x', 'x', 'x')",
    "the kept signed copy removed": "DELETE FROM signed_minutes WHERE meeting_id = {signed}",
    "an amendment replaced": "INSERT OR REPLACE INTO amendments (id, meeting_id, made_on, text, created_at) "
    "VALUES ({amendment}, {signed}, '2026-01-01', 'Nothing was said.', 'x')",
    "the seal removed": "DELETE FROM meeting_seals WHERE meeting_id = {signed}",
    "a seal replaced": "INSERT OR REPLACE INTO meeting_seals VALUES ({signed}, '{{}}', 'x')",
}


@pytest.mark.parametrize("attack", list(REPLACE_ATTACKS))
def test_every_way_to_replace_or_move_a_signed_meeting_row_is_refused(capsys, demo_db, attack):  # noqa: F811
    keep_a_signed_copy(demo_db)
    store = Store.open(demo_db)
    try:
        add_amendment(store, SIGNED, "Point 3: the answer was given in writing.", dt.date(2026, 1, 5))
    finally:
        store.close()
    keys = {"signed": SIGNED, "drafted": DRAFTED,
            "point": first(demo_db, "SELECT min(id) FROM agenda_points WHERE meeting_id = ?", SIGNED),
            "other_point": first(demo_db, "SELECT min(id) FROM agenda_points WHERE meeting_id = ?", DRAFTED),
            "invitation": first(demo_db, "SELECT min(id) FROM invitations WHERE meeting_id = ?", SIGNED),
            "commitment": first(demo_db, "SELECT min(id) FROM commitments WHERE meeting_id = ?", SIGNED),
            "amendment": first(demo_db, "SELECT min(id) FROM amendments WHERE meeting_id = ?", SIGNED)}
    assert None not in keys.values()
    with attacker(demo_db) as conn, pytest.raises(sqlite3.IntegrityError):
        conn.execute(REPLACE_ATTACKS[attack].format(**keys))
    status, said, err = run(capsys, demo_db, "check")
    assert status == 0, err
    assert "is sound" in said


def _drop_every_trigger(conn) -> None:
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
        conn.execute(f'DROP TRIGGER "{name}"')


def test_an_agenda_point_changed_after_dropping_the_triggers_is_named_by_check_and_the_documents(
        capsys, demo_db, tmp_path):  # noqa: F811
    kept = keep_a_signed_copy(demo_db)
    with attacker(demo_db) as conn:
        conn.execute("DROP TRIGGER agenda_points_locked_update")
        conn.execute("UPDATE agenda_points SET answer = 'The landlord will repaint every stairwell.' "
                     "WHERE id = (SELECT min(id) FROM agenda_points WHERE meeting_id = ?)", [SIGNED])
    status, said, err = run(capsys, demo_db, "check")
    assert status == 2 and "is sound" not in said
    assert "meeting 9 of 30 October 2025 were changed after it was signed: its agenda points" in err
    assert "agenda_points_locked_update" in err
    # The kept signed copy is not handed out as if nothing changed.
    out = tmp_path / "minutes.pdf"
    status, said, err = run(capsys, demo_db, "report", "minutes", "--meeting", str(SIGNED), "--out", str(out))
    assert status == 2 and not out.exists()
    assert "its agenda points" in err and "signed copy kept is not handed out" in err
    assert kept not in said.encode()
    # The other documents are printed, each page saying they no longer match what was signed.
    out = tmp_path / "agenda.pdf"
    status, _said, err = run(capsys, demo_db, "report", "attendance", "--meeting", str(SIGNED), "--out", str(out))
    assert status == 0, err
    text = " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(str(out)).pages)
    assert "This document no longer matches what was signed" in text


@pytest.mark.parametrize(("attack", "named"), [
    ("DELETE FROM signed_minutes WHERE meeting_id = 9", "the digitally signed copy kept"),
    ("UPDATE signed_minutes SET pdf = x'25504446' WHERE meeting_id = 9", "the digitally signed copy kept"),
    ("UPDATE invitations SET presence = 'absent' WHERE meeting_id = 9", "its attendance"),
    ("UPDATE commitments SET what = 'Nothing.' WHERE meeting_id = 9", "its commitments"),
    ("DELETE FROM agenda_point_complaints WHERE point_id IN (SELECT id FROM agenda_points WHERE meeting_id = 9)",
     "the complaints and liaison forms of its points"),
    ("UPDATE meetings SET place = 'Elsewhere' WHERE id = 9", "its header"),
    ("UPDATE meetings SET status = 'drafted' WHERE id = 9", "no longer marked as signed"),
    ("DELETE FROM meeting_seals WHERE meeting_id = 9", "fingerprint kept when meeting 9"),
])
def test_each_change_without_the_triggers_is_named(capsys, demo_db, attack, named):  # noqa: F811
    keep_a_signed_copy(demo_db)
    with attacker(demo_db) as conn:
        _drop_every_trigger(conn)
        conn.execute(attack)
    status, _said, err = run(capsys, demo_db, "check")
    assert status == 2
    assert named in err and "meeting 9" in err


def test_a_dropped_trigger_alone_is_reported(capsys, demo_db):  # noqa: F811
    with attacker(demo_db) as conn:
        conn.execute("DROP TRIGGER invitations_locked_replace")
    status, _said, err = run(capsys, demo_db, "check")
    assert status == 2 and "invitations_locked_replace" in err


def test_what_may_change_after_signing_leaves_the_seal_intact(capsys, demo_db):  # noqa: F811
    store = Store.open(demo_db)
    try:
        add_amendment(store, SIGNED, "Point 3: the date was 4 March, not 3 March.", dt.date(2026, 1, 5))
        commitment = store.db.execute("SELECT min(id) FROM commitments WHERE meeting_id = ?", [SIGNED]).fetchone()[0]
        store.commitments.set_status(commitment, CommitmentStatus.DONE, dt.date(2026, 1, 6))
        keep_a_signed_copy_in(store)
        assert store.meetings.seal_findings() == []
    finally:
        store.close()
    status, said, err = run(capsys, demo_db, "check")
    assert status == 0, err and "is sound" in said


def keep_a_signed_copy_in(store) -> None:
    store.meetings.save_signed_minutes(SIGNED, b"%PDF-1.7 signed", "0123456789abcdef", "Michel Muller")


def test_signed_meetings_of_an_older_file_are_sealed_at_the_upgrade(capsys, demo_db):  # noqa: F811
    with attacker(demo_db) as conn:  # the file as the previous version of Palier left it
        for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND (name LIKE "
                                    "'%replace' OR name LIKE '%move_onto' OR name LIKE 'meeting_seals%' OR name = "
                                    "'handwritten_signatures_locked_insert')").fetchall():
            conn.execute(f'DROP TRIGGER "{name}"')
        conn.execute("DROP TABLE meeting_seals")
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm0009_meeting_seals'")
        conn.execute("PRAGMA user_version = 8")
        signed = sorted(row[0] for row in conn.execute("SELECT id FROM meetings WHERE status IN ('signed', 'amended')"))
    status, said, err = run(capsys, demo_db, "check")  # check reads an older file as it is
    assert status == 0, err
    status, _said, err = run(capsys, demo_db, "list", "meetings")  # opening upgrades it
    assert status == 0, err
    with attacker(demo_db) as conn:
        sealed = [row[0] for row in conn.execute("SELECT meeting_id FROM meeting_seals ORDER BY meeting_id")]
        assert sealed == signed and SIGNED in sealed
        conn.execute("DROP TRIGGER agenda_points_locked_update")
        conn.execute("UPDATE agenda_points SET title = 'Something else' WHERE meeting_id = ?", [SIGNED])
    status, _said, err = run(capsys, demo_db, "check")
    assert status == 2 and "meeting 9" in err and "its agenda points" in err
