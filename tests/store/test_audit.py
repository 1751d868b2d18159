"""The audit log and the settings kept in the database."""

import pytest

from desktop.domain.errors import InvalidValue
from desktop.store import Store
from tests.conftest import FIXED_NOW


def test_lines_are_recorded_with_who_and_when_and_listed_newest_first(store):
    store.audit.record("exported", "complaints", None, "12 → a.csv")
    store.audit.record("forgotten", "person", 3)
    store.profile = "Marie"
    store.audit.record("access_request", "person", 4)
    entries = store.audit.list()
    assert [(e.action, e.subject_id, e.profile) for e in entries] == [
        ("access_request", 4, "Marie"), ("forgotten", 3, "tester"), ("exported", None, "tester")]
    assert entries[0].at == FIXED_NOW.isoformat()
    assert [e.subject_id for e in store.audit.list(subject="person", limit=1, offset=1)] == [3]
    assert store.audit.count() == 3 and store.audit.count("person") == 2
    with pytest.raises(ValueError):
        store.audit.record("looked", "person", 1)


def test_creating_changing_and_deleting_records_leave_lines_saying_who(store):
    from desktop.domain.people import Person, Role

    person = store.people.save(Person(name="Odette Roux", role=Role.TENANT))
    store.profile = "Marie"
    person.phone = "06 00 00 00 00"
    store.people.save(person)
    store.people.delete(person.id)
    assert [(e.action, e.subject, e.subject_id, e.profile) for e in reversed(store.audit.list())] == [
        ("created", "person", person.id, "tester"), ("changed", "person", person.id, "Marie"),
        ("deleted", "person", person.id, "Marie")]


def test_a_refused_write_leaves_no_line(store):
    from desktop.domain.people import Person, Role

    with pytest.raises(Exception):
        store.people.save(Person(name="", role=Role.TENANT))
    assert store.audit.count() == 0


def test_the_retention_setting_is_kept_in_the_file(tmp_path):
    first = Store.open(tmp_path / "a.db")
    assert first.audit.retention_years() == 5
    first.audit.set_retention_years(7)
    with pytest.raises(InvalidValue, match="between 1 and 30 years"):
        first.audit.set_retention_years(0)
    first.close()
    again = Store.open(tmp_path / "a.db")
    assert again.audit.retention_years() == 7
    again.close()


def test_a_read_only_file_is_not_written_to(tmp_path):
    Store.open(tmp_path / "a.db").close()
    reader = Store.open(tmp_path / "a.db", read_only=True)
    reader.audit.record("exported", "complaints")
    assert reader.audit.count() == 0
    reader.close()
