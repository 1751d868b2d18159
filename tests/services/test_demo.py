"""The demo residence: deterministic, complete, with histories that follow the life-cycle rules."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

import pytest

from desktop import i18n
from desktop.domain.complaints import ComplaintStatus, check_transition
from desktop.domain.errors import InvalidValue, UserError
from desktop.domain.people import Role
from desktop.services import demo
from desktop.services.demo import build_demo
from desktop.store import Store
from tests.conftest import FIXED_NOW

TABLES = ("residences", "buildings", "entrances", "homes", "common_areas", "people",
          "person_entrances", "complaints", "complaint_history")


def _dump(store) -> dict[str, list[tuple]]:
    return {table: store.db.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall() for table in TABLES}


def _open(path) -> Store:
    return Store.open(path, profile="tester", now=lambda: FIXED_NOW)


def test_the_same_seed_gives_the_same_database(tmp_path):
    first, second = _open(tmp_path / "one.db"), _open(tmp_path / "two.db")
    build_demo(first, seed=7, complaints=150)
    build_demo(second, seed=7, complaints=150)
    assert _dump(first) == _dump(second)
    first.close(), second.close()


def test_another_seed_gives_other_complaints(tmp_path):
    first, second = _open(tmp_path / "one.db"), _open(tmp_path / "two.db")
    build_demo(first, seed=1, complaints=100)
    build_demo(second, seed=2, complaints=100)
    titles = "SELECT title, opened_on FROM complaints ORDER BY id"
    assert first.db.execute(titles).fetchall() != second.db.execute(titles).fetchall()
    first.close(), second.close()


def test_the_residence_has_its_buildings_entrances_homes_and_people(store):
    summary = build_demo(store, seed=1, complaints=50)
    assert store.places.first_residence().name == summary.residence == "Résidence Les Tilleuls"
    assert len(store.places.buildings()) == summary.buildings == 4
    assert len(store.places.entrances()) == summary.entrances == 12
    assert store.places.home_count() == summary.homes and 280 <= summary.homes <= 320
    kinds = Counter(area.kind.value for area in store.places.common_areas())
    assert {"hall", "lift", "cellar", "car_park", "bin_room", "outside"} <= set(kinds)
    people = store.people.list()
    assert len(people) == summary.people == 40
    assert {person.role for person in people} == set(Role)
    represented = [e for p in people if p.role == Role.BUILDING_REPRESENTATIVE for e in p.entrance_ids]
    assert sorted(represented) == sorted(e.id for e in store.places.entrances())
    assert all(p.service for p in people if p.role == Role.LANDLORD_STAFF)


def test_complaints_are_spread_over_three_years_before_the_store_date(store):
    summary = build_demo(store, seed=3, complaints=400)
    complaints = store.complaints.list()
    assert len(complaints) == summary.complaints == 400
    today = FIXED_NOW.date()
    assert all(today - dt.timedelta(days=3 * 366) <= c.opened_on <= today for c in complaints)
    assert (today - summary.first_opened).days > 2 * 365
    assert summary.open_complaints == sum(c.status.is_open for c in complaints)
    history_rows = store.db.execute("SELECT count(*) FROM complaint_history").fetchone()[0]
    assert summary.history_entries == history_rows


def test_every_history_follows_the_life_cycle_rules(store):
    build_demo(store, seed=1, complaints=600)
    seen_statuses = set()
    for complaint in store.complaints.list():
        entries = [e for e in store.complaints.history(complaint.id) if e.field == "status"]
        assert (entries[0].before, entries[0].after) == ("", "new")
        assert entries[0].at[:10] == complaint.opened_on.isoformat()
        status = ComplaintStatus.NEW
        for entry in entries[1:]:
            assert entry.before == status.value
            target = ComplaintStatus(entry.after)
            reason = entry.note.split(" ", 1)[1] if target == ComplaintStatus.DUPLICATE else entry.note
            check_transition(status, target, reason, complaint.duplicate_of, complaint.id)
            status = target
            seen_statuses.add(target)
        assert status == complaint.status
        stamps = [e.at for e in store.complaints.history(complaint.id)]
        assert stamps == sorted(stamps) and stamps[-1] <= FIXED_NOW.isoformat()
        if complaint.duplicate_of:
            assert complaint.duplicate_of < complaint.id
    assert seen_statuses == set(ComplaintStatus) - {ComplaintStatus.NEW}


def test_complaints_carry_references_services_reasons_and_confidential_reporters(store):
    build_demo(store, seed=1, complaints=600)
    complaints = store.complaints.list()
    passed = [c for c in complaints if c.external_ref]
    assert len(passed) > 300
    assert all(re.fullmatch(r"REC-20\d\d-\d{5}", c.external_ref) for c in passed)
    assert len({c.external_ref for c in passed}) == len(passed)
    assert all(c.service is not None for c in passed)
    assert any(c.reporter_confidential for c in complaints)
    assert all(c.status_reason for c in complaints if c.status.needs_reason)
    assert any(c.due_on for c in complaints) and all(c.due_on >= c.opened_on for c in complaints if c.due_on)


def test_lift_breakdowns_come_back_on_the_same_lift(store):
    build_demo(store, seed=1, complaints=600)
    lifts = Counter(c.place.label for c in store.complaints.list() if c.place.label.endswith("Ascenseur"))
    place, count = lifts.most_common(1)[0]
    assert count >= 15 and count > 2 * sorted(lifts.values())[len(lifts) // 2]


def test_a_database_with_a_residence_is_refused_and_left_alone(residence_store):
    before = _dump(residence_store)
    with pytest.raises(UserError, match="already holds the residence “Les Tilleuls”"):
        build_demo(residence_store, complaints=10)
    assert _dump(residence_store) == before


def test_a_failure_half_way_leaves_nothing(store, monkeypatch):
    monkeypatch.setattr(demo, "CHUNK", 20)
    real_insert = store.complaints.insert_demo_rows
    calls = []

    def failing_insert(complaints, history):
        calls.append(len(complaints))
        if len(calls) == 3:
            raise RuntimeError("disk full")
        real_insert(complaints, history)

    monkeypatch.setattr(store.complaints, "insert_demo_rows", failing_insert)
    with pytest.raises(RuntimeError):
        build_demo(store, complaints=100)
    assert store.is_empty() and store.people.count() == 0 and store.complaints.count() == 0
    assert store.db.execute("SELECT count(*) FROM complaints_fts").fetchone()[0] == 0
    trigger = "SELECT count(*) FROM sqlite_master WHERE name = 'complaints_fts_insert'"
    assert store.db.execute(trigger).fetchone()[0] == 1


def test_progress_is_reported_up_to_the_total(store, monkeypatch):
    monkeypatch.setattr(demo, "CHUNK", 40)
    reports = []
    build_demo(store, complaints=100, progress=lambda done, total: reports.append((done, total)))
    assert reports[0] == (0, 100) and reports[-1] == (100, 100)
    assert [done for done, _ in reports] == sorted(done for done, _ in reports)


@pytest.mark.parametrize("count", [-1, demo.MAX_COMPLAINTS + 1])
def test_a_count_out_of_range_is_refused(store, count):
    with pytest.raises(InvalidValue, match="between 0 and"):
        build_demo(store, complaints=count)
    assert store.is_empty()


def test_the_demo_uses_the_french_categories_of_a_french_database(tmp_path):
    i18n.set_language("fr")
    french = _open(tmp_path / "fr.db")
    names_before = {c.name for c in french.categories.list()}
    build_demo(french, complaints=200)
    assert {c.name for c in french.categories.list()} == names_before
    used = {c.category_name for c in french.complaints.list()}
    assert "Ascenseur" in used and "Lift" not in used
    french.close()


def test_search_finds_demo_complaints_by_prefix_without_accents(store):
    from desktop.domain.complaints import ComplaintQuery

    build_demo(store, complaints=300)
    found = store.complaints.by_ids(store.complaints.query_ids(ComplaintQuery(text="electri")))
    assert found and all("lectri" in (c.title + c.description).lower() for c in found)
    assert any("électri" in (c.title + c.description) for c in found)
