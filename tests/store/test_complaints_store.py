"""Saving complaints, their history, status changes, search and pages."""

import datetime as dt

import pytest

from desktop.domain.complaints import (
    Complaint,
    ComplaintQuery,
    ComplaintStatus,
    SortKey,
    StatusGroup,
    Urgency,
)
from desktop.domain.errors import ForbiddenTransition, InvalidValue, NotFound
from desktop.domain.people import Person, Role
from desktop.domain.places import CommonArea, CommonAreaKind, Entrance, PlaceRef


def _cat(store, name):
    return store.categories.by_name()[name.casefold()]


def _new(store, title, category="Lift", **fields):
    return store.complaints.create(Complaint(title=title, category_id=_cat(store, category), **fields))


def test_a_new_complaint_is_stored_with_its_place_and_first_history_entry(residence_store):
    entrance = residence_store.places.entrances()[1]
    saved = _new(residence_store, "Ascenseur en panne", place=PlaceRef(entrance_id=entrance.id),
                 external_ref="REC-2026-0042", urgency=Urgency.HIGH)
    again = residence_store.complaints.get(saved.id)
    assert again.title == "Ascenseur en panne"
    assert again.place.label == "Bâtiment A › Entrée 2"
    assert again.place.building_id == entrance.building_id
    assert again.urgency == Urgency.HIGH and again.status == ComplaintStatus.NEW
    [entry] = residence_store.complaints.history(saved.id)
    assert (entry.field, entry.after, entry.profile, entry.at) == ("status", "new", "tester", "2026-03-12T10:30:00")


def test_editing_writes_one_dated_history_entry_per_changed_field(residence_store):
    saved = _new(residence_store, "Fuite cave")
    saved.title = "Fuite d'eau en cave"
    saved.category_id = _cat(residence_store, "Plumbing")
    residence_store.complaints.update(saved)
    changes = {(e.field, e.before, e.after) for e in residence_store.complaints.history(saved.id)[1:]}
    assert changes == {("title", "Fuite cave", "Fuite d'eau en cave"), ("category_name", "Lift", "Plumbing")}


def test_saving_without_change_writes_no_history(residence_store):
    saved = _new(residence_store, "Fuite cave")
    residence_store.complaints.update(saved)
    assert len(residence_store.complaints.history(saved.id)) == 1


def test_status_changes_follow_the_life_cycle_and_are_dated(residence_store):
    saved = _new(residence_store, "Interphone muet", category="Intercom")
    store = residence_store.complaints
    store.change_status(saved.id, ComplaintStatus.PASSED_TO_LANDLORD)
    store.change_status(saved.id, ComplaintStatus.RESOLVED)
    store.change_status(saved.id, ComplaintStatus.REOPENED, reason="Panne revenue le lendemain")
    with pytest.raises(ForbiddenTransition):
        store.change_status(saved.id, ComplaintStatus.CLOSED)
    history = [(e.before, e.after, e.note) for e in store.history(saved.id)]
    assert history[-1] == ("resolved", "reopened", "Panne revenue le lendemain")
    assert store.get(saved.id).status == ComplaintStatus.REOPENED


def test_a_duplicate_must_point_at_an_existing_complaint(residence_store):
    first = _new(residence_store, "Lumière hall")
    second = _new(residence_store, "Lumière hall éteinte")
    with pytest.raises(NotFound):
        residence_store.complaints.change_status(second.id, ComplaintStatus.DUPLICATE, duplicate_of=999)
    assert residence_store.complaints.get(second.id).status == ComplaintStatus.NEW
    marked = residence_store.complaints.change_status(second.id, ComplaintStatus.DUPLICATE, duplicate_of=first.id)
    assert marked.duplicate_of == first.id


def test_invalid_complaints_change_nothing(residence_store):
    with pytest.raises(InvalidValue):
        residence_store.complaints.create(Complaint(title="", category_id=1))
    assert residence_store.complaints.count() == 0


def test_a_failure_inside_a_transaction_leaves_the_database_as_it_was(residence_store):
    with pytest.raises(RuntimeError):
        with residence_store.atomic():
            _new(residence_store, "Première")
            raise RuntimeError("disk unplugged")
    assert residence_store.complaints.count() == 0


@pytest.mark.parametrize("typed,expected", [
    ("ascen", {"Ascenseur bloqué au 3e"}),
    ("ASCENSEUR", {"Ascenseur bloqué au 3e"}),
    ("bloque", {"Ascenseur bloqué au 3e"}),
    ("electri", {"Électricité coupée dans le hall"}),
    ("élec", {"Électricité coupée dans le hall"}),
    ("REC-2026", {"Chauffage froid"}),
    ("entree 2", {"Chauffage froid"}),
    ("hall", {"Électricité coupée dans le hall"}),
])
def test_search_is_accent_and_case_insensitive_with_prefixes(residence_store, typed, expected):
    second = residence_store.places.entrances()[1]
    _new(residence_store, "Ascenseur bloqué au 3e")
    _new(residence_store, "Électricité coupée dans le hall", category="Electricity")
    _new(residence_store, "Chauffage froid", category="Heating", external_ref="REC-2026-0007",
         place=PlaceRef(entrance_id=second.id))
    found = residence_store.complaints.list(ComplaintQuery(text=typed))
    assert {c.title for c in found} == expected


def test_search_by_number_finds_the_complaint(residence_store):
    _new(residence_store, "Une")
    second = _new(residence_store, "Deux")
    assert residence_store.complaints.query_ids(ComplaintQuery(text=f"#{second.id}")) == [second.id]


def test_search_ignores_fts_syntax_typed_by_a_person(residence_store):
    _new(residence_store, "Porte du hall")
    for typed in ['"', "porte AND", "hall*", "(", "NOT", "col:hall", "^"]:
        residence_store.complaints.list(ComplaintQuery(text=typed))


def test_search_follows_edits_of_the_title(residence_store):
    saved = _new(residence_store, "Fuite")
    saved.title = "Infiltration"
    residence_store.complaints.update(saved)
    assert residence_store.complaints.query_ids(ComplaintQuery(text="fuite")) == []
    assert residence_store.complaints.query_ids(ComplaintQuery(text="infil")) == [saved.id]


def test_pages_come_in_the_requested_order_without_overlap(residence_store):
    cat = _cat(residence_store, "Lift")
    residence_store.complaints.insert_many(
        Complaint(title=f"Panne {i:03}", category_id=cat, opened_on=dt.date(2025, 1, 1) + dt.timedelta(days=i))
        for i in range(250)
    )
    query = ComplaintQuery(sort=SortKey.OPENED_ON, descending=False)
    first = residence_store.complaints.list(query, limit=100, offset=0)
    third = residence_store.complaints.list(query, limit=100, offset=200)
    assert [c.title for c in first[:2]] == ["Panne 000", "Panne 001"]
    assert len(third) == 50 and third[-1].title == "Panne 249"
    ids = residence_store.complaints.query_ids(query)
    assert [c.id for c in residence_store.complaints.by_ids(ids[120:130])] == ids[120:130]


def test_filters_by_status_group_building_overdue_and_urgency(residence_store):
    building_b = residence_store.places.buildings()[1]
    entrance_b = residence_store.places.entrances(building_b.id)[0]
    late = _new(residence_store, "En retard", opened_on=dt.date(2026, 1, 1), due_on=dt.date(2026, 2, 1),
                place=PlaceRef(entrance_id=entrance_b.id), urgency=Urgency.URGENT)
    done = _new(residence_store, "Réglée", opened_on=dt.date(2026, 1, 1), due_on=dt.date(2026, 2, 1))
    residence_store.complaints.change_status(done.id, ComplaintStatus.RESOLVED)
    store = residence_store.complaints
    assert store.query_ids(ComplaintQuery(overdue_only=True)) == [late.id]
    assert store.query_ids(ComplaintQuery(building_id=building_b.id)) == [late.id]
    assert store.query_ids(ComplaintQuery(statuses=ComplaintQuery.for_group(StatusGroup.CLOSED))) == [done.id]
    assert store.query_ids(ComplaintQuery(urgencies=frozenset({Urgency.URGENT}))) == [late.id]
    summary = residence_store.statistics.summary(dt.date(2026, 3, 12))
    assert (summary.total, summary.open, summary.overdue, summary.urgent_open) == (2, 1, 1, 1)


def test_renaming_a_place_updates_the_labels_and_the_search(residence_store):
    entrance = residence_store.places.entrances()[0]
    saved = _new(residence_store, "Porte", place=PlaceRef(entrance_id=entrance.id))
    residence_store.places.save_entrance(Entrance(id=entrance.id, name="Escalier Nord", building_id=entrance.building_id))
    assert residence_store.complaints.get(saved.id).place.label == "Bâtiment A › Escalier Nord"
    assert residence_store.complaints.query_ids(ComplaintQuery(text="nord")) == [saved.id]


def test_common_areas_and_homes_resolve_to_their_building(residence_store):
    entrance = residence_store.places.entrances()[2]
    lift = residence_store.places.save_common_area(CommonArea(CommonAreaKind.LIFT, "Ascenseur", entrance_id=entrance.id))
    home = residence_store.places.homes(entrance.id)[0]
    by_area = residence_store.places.resolve(PlaceRef(common_area_id=lift.id))
    by_home = residence_store.places.resolve(PlaceRef(home_id=home.id))
    assert by_area.label == "Bâtiment B › Entrée 3 › Ascenseur"
    assert by_home.building_id == entrance.building_id and by_home.label.endswith(home.number)


def test_a_reporter_can_be_a_person_and_kept_confidential(residence_store):
    person = residence_store.people.save(Person(name="Mme Durand", role=Role.TENANT))
    saved = _new(residence_store, "Bruit", category="Neighbourhood disturbance", reporter_id=person.id,
                 reporter_confidential=True)
    assert saved.reporter_name == "Mme Durand" and saved.reporter_confidential
    with pytest.raises(Exception, match="cannot be removed"):
        residence_store.people.delete(person.id)


def test_the_ordered_list_follows_every_write_even_from_another_connection(residence_store, tmp_path):
    from desktop.store import Store

    first = _new(residence_store, "Première fuite")
    assert residence_store.complaints.query_ids(ComplaintQuery(text="fuite")) == [first.id]
    second = _new(residence_store, "Deuxième fuite")
    assert residence_store.complaints.query_ids(ComplaintQuery(text="fuite", descending=False)) == [first.id, second.id]
    other = Store.open(residence_store.path)
    try:
        other.complaints.change_status(first.id, ComplaintStatus.RESOLVED)
    finally:
        other.close()
    open_only = ComplaintQuery(text="fuite", statuses=ComplaintQuery.for_group(StatusGroup.OPEN))
    assert residence_store.complaints.query_ids(open_only) == [second.id]
