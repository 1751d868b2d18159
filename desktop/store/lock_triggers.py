"""The triggers that lock signed meetings, and the list of them that ``check`` expects to find.

Part 2 (migration m0004): signed minutes are locked by triggers, so that no code path, and no one
writing SQL by hand through the program's connection, can change them: every refused write raises
"meeting signed", which the store turns into a sentence. Part 5 (m0009) closes the REPLACE path.
Never change the SQL a released migration ran: add triggers in a new migration instead.
"""

from __future__ import annotations

import sqlite3

# What stays writable once a
# meeting is signed: its status may go from signed to amended, amendments may be added (never
# changed or removed), and the follow-up columns of its commitments (status, done_on, due_on)
# with their history, since commitments are kept after the meeting. A person who is removed
# leaves their name in the minutes: the link to them becomes NULL and nothing else changes.
_LOCKED = "('signed', 'amended')"


def _meeting_locked(meeting_id: str) -> str:
    return f"(SELECT status FROM meetings WHERE id = {meeting_id}) IN {_LOCKED}"


def _point_locked(point_id: str) -> str:
    return (f"(SELECT m.status FROM agenda_points p JOIN meetings m ON m.id = p.meeting_id "
            f"WHERE p.id = {point_id}) IN {_LOCKED}")


def _unchanged(columns: str) -> str:
    return " AND ".join(f"NEW.{c} IS OLD.{c}" for c in columns.split())


def _refuse(name: str, event: str, table: str, condition: str, message: str = "meeting signed") -> str:
    return (f"CREATE TRIGGER {name} BEFORE {event} ON {table} WHEN {condition} "
            f"BEGIN SELECT RAISE(ABORT, '{message}'); END;\n")


def lock_script() -> str:
    """The triggers of m0004, as one script."""
    unlinked = "(NEW.{0} IS OLD.{0} OR NEW.{0} IS NULL)"
    sql = _refuse("meetings_locked_update", "UPDATE", "meetings", f"OLD.status IN {_LOCKED} AND NOT ("
                  "NEW.status = 'amended' AND " + _unchanged(
                      "id kind residence_id date start_time end_time place chair secretary "
                      "approved_at current_point_id created_at") + ")")
    sql += _refuse("meetings_locked_delete", "DELETE", "meetings", f"OLD.status IN {_LOCKED}")
    for table, key in (("meeting_buildings", "meeting_id"), ("invitations", "meeting_id"),
                       ("agenda_points", "meeting_id"), ("commitments", "meeting_id"),
                       ("agenda_point_complaints", "point_id"), ("agenda_point_forms", "point_id")):
        locked = _meeting_locked if key == "meeting_id" else _point_locked
        sql += _refuse(f"{table}_locked_insert", "INSERT", table, locked(f"NEW.{key}"))
        sql += _refuse(f"{table}_locked_delete", "DELETE", table, locked(f"OLD.{key}"))
        if table == "invitations":
            allowed = _unchanged("id meeting_id name role side presence represented_by_name arrived_at "
                                 "left_at position") + " AND " + unlinked.format("person_id") + \
                " AND " + unlinked.format("represented_by_id")
        elif table == "commitments":
            allowed = _unchanged("id meeting_id point_id owner_name what agreed_due_on created_at") + \
                " AND " + unlinked.format("owner_id")
        else:
            allowed = "0"
        sql += _refuse(f"{table}_locked_update", "UPDATE", table,
                       f"({locked(f'OLD.{key}')} OR {locked(f'NEW.{key}')}) AND NOT ({allowed})")
    sql += _refuse("amendments_need_signature", "INSERT", "amendments",
                   f"NOT {_meeting_locked('NEW.meeting_id')}", "meeting not signed")
    sql += _refuse("amendments_final_update", "UPDATE", "amendments", "1", "amendment final")
    sql += _refuse("amendments_final_delete", "DELETE", "amendments", "1", "amendment final")
    sql += _refuse("commitment_history_final", "UPDATE", "commitment_history", "1", "history final")
    return sql


# Part 5: closing the ways around the lock on signed meetings. An INSERT OR REPLACE (or an UPDATE OR
# REPLACE moving a row onto another's key) deletes the row it collides with without firing delete
# triggers (unless recursive_triggers is on, which the sqlite3 tool does not turn on): these
# triggers refuse such a write before it happens. Each signed meeting also gets a seal, the
# fingerprint of what its minutes are printed from (desktop/store/meeting_seals.py), compared at
# opening and by ``check``, so a change made by someone who dropped the triggers is seen.
def _key_taken(table: str, key: str = "id") -> str:
    return (f"EXISTS (SELECT 1 FROM {table} AS taken WHERE taken.{key} = NEW.{key} AND "
            f"{_meeting_locked('taken.meeting_id')})")


def replace_guards() -> str:
    """The triggers of m0009, as one script."""
    sql = _refuse("meetings_locked_replace", "INSERT", "meetings", _meeting_locked("NEW.id"))
    for table in ("invitations", "agenda_points", "commitments"):
        sql += _refuse(f"{table}_locked_replace", "INSERT", table, _key_taken(table))
        sql += _refuse(f"{table}_locked_move_onto", "UPDATE", table, f"NEW.id IS NOT OLD.id AND {_key_taken(table)}")
    sql += _refuse("meetings_locked_move_onto", "UPDATE", "meetings",
                   f"NEW.id IS NOT OLD.id AND {_meeting_locked('NEW.id')}")
    sql += _refuse("amendments_no_replace", "INSERT", "amendments",
                   "EXISTS (SELECT 1 FROM amendments AS taken WHERE taken.id = NEW.id)", "amendment final")
    sql += _refuse("commitment_history_no_replace", "INSERT", "commitment_history",
                   "EXISTS (SELECT 1 FROM commitment_history AS taken WHERE taken.id = NEW.id)", "history final")
    sql += _refuse("handwritten_signatures_locked_insert", "INSERT", "handwritten_signatures",
                   _meeting_locked("NEW.meeting_id"), "a handwritten signature is kept as given")
    sql += _refuse("signed_minutes_no_replace", "INSERT", "signed_minutes",
                   "EXISTS (SELECT 1 FROM signed_minutes AS taken WHERE taken.meeting_id = NEW.meeting_id) OR NOT "
                   + _meeting_locked("NEW.meeting_id"), "signed minutes are kept as signed")
    sql += _refuse("meeting_seals_only_signed", "INSERT", "meeting_seals",
                   "EXISTS (SELECT 1 FROM meeting_seals AS taken WHERE taken.meeting_id = NEW.meeting_id) OR NOT "
                   + _meeting_locked("NEW.meeting_id"), "meeting signed")
    sql += _refuse("meeting_seals_kept", "DELETE", "meeting_seals", "1", "meeting signed")
    sql += _refuse("meeting_seals_same_meeting", "UPDATE", "meeting_seals",
                   "NEW.meeting_id IS NOT OLD.meeting_id", "meeting signed")
    return sql


def _statements(script: str) -> list[str]:
    found, statement = [], ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            found.append(statement.strip())
            statement = ""
    return found


# The triggers of m0006 and m0007, written out once more for the check that they are still there.
_KEPT_TRIGGERS = """
CREATE TRIGGER signed_minutes_no_update BEFORE UPDATE ON signed_minutes
BEGIN SELECT RAISE(ABORT, 'signed minutes are kept as signed'); END;
CREATE TRIGGER signed_minutes_no_delete BEFORE DELETE ON signed_minutes
BEGIN SELECT RAISE(ABORT, 'signed minutes are kept as signed'); END;
CREATE TRIGGER handwritten_signatures_no_update BEFORE UPDATE ON handwritten_signatures
BEGIN SELECT RAISE(ABORT, 'a handwritten signature is kept as given'); END;
CREATE TRIGGER handwritten_signatures_no_delete BEFORE DELETE ON handwritten_signatures
BEGIN SELECT RAISE(ABORT, 'a handwritten signature is kept as given'); END;
"""


# The commitment history stays final except inside a forgetting (part 5, m0009): the version of
# the trigger in force since then, which replaced the one of lock_script.
COMMITMENT_HISTORY_FINAL = """
CREATE TRIGGER commitment_history_final BEFORE UPDATE ON commitment_history
WHEN NOT (EXISTS (SELECT 1 FROM forgetting) AND NEW.id IS OLD.id
          AND NEW.commitment_id IS OLD.commitment_id AND NEW.at IS OLD.at
          AND NEW.field IS OLD.field AND NEW.meeting_id IS OLD.meeting_id)
BEGIN SELECT RAISE(ABORT, 'history final'); END;
"""


def lock_triggers() -> dict[str, str]:
    """Every trigger guarding signed meetings: name → its SQL with whitespace collapsed (a later
    definition of the same name, as a later migration made it, wins)."""
    found = {}
    for statement in _statements(lock_script() + _KEPT_TRIGGERS + replace_guards() + COMMITMENT_HISTORY_FINAL):
        words = statement.rstrip(";").split()
        found[words[2]] = " ".join(words)
    return found
