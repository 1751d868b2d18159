"""The seal of a signed meeting: a fingerprint of what its minutes are printed from, kept at signing.

The triggers refuse any change to a signed meeting, but whoever holds the file can drop them. The
seal makes such a change visible: at approval (and when an amendment or the digitally signed copy
is added) the store keeps, per part of the meeting, the SHA-256 of its rows; ``findings`` compares
them with the rows as they are now, and says which lock triggers are missing or altered.

What may legitimately change after signing is left out: the follow-up of commitments (status, due
date, done on), and the links to people (set to NULL when a person is removed or forgotten).
Everything here reads through ``conn.execute`` only, so it works on the program's connection and
on the read-only one ``check`` uses.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field

LOCKED = ("signed", "amended")
SEAL_VERSION = 1

# Each part of a signed meeting and the query reading it (one parameter: the meeting's id).
PARTS: dict[str, str] = {
    "meeting": "SELECT id, kind, residence_id, date, start_time, end_time, place, status, chair, secretary, "
               "approved_at, current_point_id, created_at FROM meetings WHERE id = ?",
    "buildings": "SELECT building_id FROM meeting_buildings WHERE meeting_id = ? ORDER BY building_id",
    "attendance": "SELECT id, name, role, side, presence, represented_by_name, arrived_at, left_at, position "
                  "FROM invitations WHERE meeting_id = ? ORDER BY id",
    "points": "SELECT id, position, kind, title, question, discussion, answer, no_answer_reason, decision, "
              "proposed_by, duration_minutes, seconds_spent, carried_from, origin_point_id, follows_commitment_id, "
              "carried_forward FROM agenda_points WHERE meeting_id = ? ORDER BY id",
    "links": "SELECT 'complaint', l.point_id, l.complaint_id FROM agenda_point_complaints l "
             "JOIN agenda_points p ON p.id = l.point_id WHERE p.meeting_id = ?1 UNION ALL "
             "SELECT 'form', l.point_id, l.form_id FROM agenda_point_forms l "
             "JOIN agenda_points p ON p.id = l.point_id WHERE p.meeting_id = ?1 ORDER BY 1, 2, 3",
    "commitments": "SELECT id, point_id, owner_name, what, agreed_due_on, created_at FROM commitments "
                   "WHERE meeting_id = ? ORDER BY id",
    "handwritten": "SELECT role, name, strokes, signed_at FROM handwritten_signatures WHERE meeting_id = ? "
                   "ORDER BY role",
    "signed_pdf": "SELECT pdf, sha256, fingerprint, signers, signed_at FROM signed_minutes WHERE meeting_id = ?",
    "amendments": "SELECT id, made_on, text, author, created_at FROM amendments WHERE meeting_id = ? ORDER BY id",
}


def _plain(value):
    if isinstance(value, (bytes, memoryview)):
        return "sha256:" + hashlib.sha256(bytes(value)).hexdigest()
    return value


def parts_of(conn, meeting_id: int) -> dict[str, str]:
    """Per part of the meeting, the SHA-256 of its rows as they are now."""
    found = {"version": str(SEAL_VERSION)}
    for name, sql in PARTS.items():
        rows = [[_plain(v) for v in row] for row in conn.execute(sql, [meeting_id]).fetchall()]
        text = json.dumps(rows, ensure_ascii=False, separators=(",", ":"))
        found[name] = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return found


def seal(db, meeting_id: int, when: dt.datetime | None = None) -> None:
    """Keep (or renew, after an amendment or a signed copy) the seal of a signed meeting, in the
    caller's transaction."""
    parts = json.dumps(parts_of(db, meeting_id), sort_keys=True)
    stamp = (when or dt.datetime.now()).isoformat(timespec="seconds")
    if db.execute("SELECT 1 FROM meeting_seals WHERE meeting_id = ?", [meeting_id]).fetchone():
        db.execute("UPDATE meeting_seals SET parts = ?, sealed_at = ? WHERE meeting_id = ?", [parts, stamp, meeting_id])
    else:
        db.execute("INSERT INTO meeting_seals (meeting_id, parts, sealed_at) VALUES (?, ?, ?)",
                   [meeting_id, parts, stamp])


def seal_all(db) -> None:
    """Seal every signed meeting not sealed yet (the upgrade of an older file)."""
    rows = db.execute(f"SELECT id FROM meetings WHERE status IN {LOCKED} AND id NOT IN "
                      "(SELECT meeting_id FROM meeting_seals) ORDER BY id").fetchall()
    for (meeting_id,) in rows:
        seal(db, meeting_id)


@dataclass
class Finding:
    """A signed meeting whose data differ from its seal: which parts, or that it is no longer signed."""

    meeting_id: int
    date: str  # ISO date, "" when the meeting row is gone
    parts: list[str] = field(default_factory=list)  # names from PARTS
    unsealed: bool = False  # signed, but its seal is missing
    unsigned: bool = False  # sealed, but no longer signed (or no longer there)


def findings(conn, meeting_id: int | None = None) -> list[Finding]:
    """Every signed meeting (or only ``meeting_id``) whose data no longer match its seal."""
    where = "" if meeting_id is None else f" AND id = {int(meeting_id)}"
    signed = {row[0]: row[1] for row in conn.execute(
        f"SELECT id, date FROM meetings WHERE status IN {LOCKED}{where}").fetchall()}
    where = "" if meeting_id is None else f" WHERE meeting_id = {int(meeting_id)}"
    seals = {row[0]: json.loads(row[1]) for row in conn.execute(
        f"SELECT meeting_id, parts FROM meeting_seals{where}").fetchall()}
    found = []
    for mid in sorted(set(signed) | set(seals)):
        if mid not in seals:
            found.append(Finding(mid, signed[mid], unsealed=True))
            continue
        if mid not in signed:
            row = conn.execute("SELECT date FROM meetings WHERE id = ?", [mid]).fetchone()
            found.append(Finding(mid, row[0] if row else "", unsigned=True))
            continue
        now = parts_of(conn, mid)
        differ = [name for name in PARTS if now.get(name) != seals[mid].get(name)]
        if differ:
            found.append(Finding(mid, signed[mid], parts=differ))
    return found


def missing_triggers(conn) -> list[str]:
    """The names of the triggers guarding signed meetings that are missing or were altered."""
    from desktop.store.lock_triggers import lock_triggers

    if not conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meeting_seals'").fetchone():
        return []  # a file not yet upgraded: its triggers are those of its version
    present = {name: " ".join((sql or "").rstrip(";").split()) for name, sql in conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall()}
    return [name for name, sql in lock_triggers().items() if present.get(name) != sql]


def sealed_file(conn) -> bool:
    """True when the database of ``conn`` keeps seals (an older file is sealed when opened)."""
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meeting_seals'").fetchone() \
        is not None
