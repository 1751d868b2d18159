"""People, categories and places as the forms save them."""

import pytest

from desktop.domain.complaints import Category
from desktop.domain.errors import InvalidValue, UserError
from desktop.domain.people import LandlordService, Person, Role


def test_a_person_keeps_the_entrances_they_represent(residence_store):
    first, second, _ = residence_store.places.entrances()
    saved = residence_store.people.save(Person(name="Jeanne Martin", role=Role.BUILDING_REPRESENTATIVE,
                                               phone="06 12 34 56 78", entrance_ids=[second.id, first.id]))
    again = residence_store.people.get(saved.id)
    assert again.entrance_ids == sorted([first.id, second.id])
    again.entrance_ids = [second.id]
    residence_store.people.save(again)
    assert residence_store.people.get(saved.id).entrance_ids == [second.id]


def test_landlord_staff_keep_their_service_and_lists_filter_by_name(residence_store):
    residence_store.people.save(Person(name="Karim Benali", role=Role.LANDLORD_STAFF, service=LandlordService.WORKS))
    residence_store.people.save(Person(name="Anne Petit", role=Role.CARETAKER))
    [karim] = residence_store.people.list(text="beNAL")
    assert karim.service == LandlordService.WORKS
    assert [p.name for p in residence_store.people.list(limit=1, offset=1)] == ["Karim Benali"]


def test_a_person_without_name_or_with_a_bad_email_is_refused(residence_store):
    with pytest.raises(InvalidValue):
        residence_store.people.save(Person(name=" "))
    with pytest.raises(InvalidValue, match="e-mail"):
        residence_store.people.save(Person(name="X", email="pas-une-adresse"))
    assert residence_store.people.count() == 0


def test_categories_are_unique_whatever_their_case_and_removable_only_when_unused(residence_store):
    with pytest.raises(InvalidValue, match="already"):
        residence_store.categories.save(Category(name="lift"))
    new_id = residence_store.categories.ensure("Antennes")
    assert residence_store.categories.ensure("ANTENNES") == new_id
    residence_store.categories.delete(new_id)
    assert "antennes" not in residence_store.categories.by_name()


def test_a_residence_plan_is_created_whole(store):
    from desktop.domain.places import Residence, ResidencePlan

    with pytest.raises(UserError):
        store.places.create_from_plan(ResidencePlan(Residence("Les Lilas"), [("Bât. 1", ["Entrée A", " "])]))
    assert store.places.residences() == [] and store.places.buildings() == []


def test_names_are_ordered_as_people_expect(residence_store):
    for name in ("Christine Roux", "Céline Faure", "alain Morel", "Aïcha Diallo", "Catherine Blanc"):
        residence_store.people.save(Person(name=name, role=Role.TENANT))
    assert [p.name for p in residence_store.people.list()] == [
        "Aïcha Diallo", "alain Morel", "Catherine Blanc", "Céline Faure", "Christine Roux"]


def test_entrances_are_ordered_by_number_value(residence_store):
    from desktop.domain.places import Entrance

    building = residence_store.places.buildings()[1]
    for name in ("Entrée 10", "Entrée 4"):
        residence_store.places.save_entrance(Entrance(name=name, building_id=building.id))
    names = [e.name for e in residence_store.places.entrances(building.id)]
    assert names == ["Entrée 3", "Entrée 4", "Entrée 10"]


def test_a_building_named_in_a_meeting_cannot_be_removed(residence_store):
    import datetime as dt

    from desktop.domain.places import Building, PlaceRef
    from desktop.services.meetings import plan_meeting

    empty = residence_store.places.save_building(Building(name="Bâtiment Z"))
    meeting = plan_meeting(residence_store, dt.date(2026, 4, 2))
    residence_store.db.execute(
        "INSERT INTO meeting_buildings (meeting_id, building_id) VALUES (?, ?)", [meeting.id, empty.id])
    with pytest.raises(UserError, match="meeting"):
        residence_store.places.delete_unused(PlaceRef(building_id=empty.id))
    assert empty.id in [b.id for b in residence_store.places.buildings()]


def test_category_names_differing_only_by_an_accented_capital_are_one_name(store):
    from desktop.domain.complaints import Category
    from desktop.domain.errors import InvalidValue

    store.categories.save(Category(name="Électricité"))
    with pytest.raises(InvalidValue, match="already a category"):
        store.categories.save(Category(name="électricité"))
    with pytest.raises(InvalidValue, match="already a category"):
        store.categories.save(Category(name="E\u0301LECTRICITE\u0301"))
