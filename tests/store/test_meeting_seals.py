"""The seal of a signed meeting and the list of lock triggers ``check`` expects."""

from __future__ import annotations

from desktop.store.lock_triggers import lock_triggers


def test_a_new_file_holds_every_lock_trigger_exactly_as_expected(store):
    present = {name for (name,) in store.db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert set(lock_triggers()) <= present
    assert store.meetings.missing_lock_triggers() == []
    store.db.execute("DROP TRIGGER agenda_points_locked_replace")
    assert store.meetings.missing_lock_triggers() == ["agenda_points_locked_replace"]


def test_a_trigger_made_harmless_under_the_same_name_is_reported(store):
    store.db.execute("DROP TRIGGER meetings_locked_delete")
    store.db.execute("CREATE TRIGGER meetings_locked_delete BEFORE DELETE ON meetings WHEN 0 "
                     "BEGIN SELECT RAISE(ABORT, 'meeting signed'); END")
    assert store.meetings.missing_lock_triggers() == ["meetings_locked_delete"]
