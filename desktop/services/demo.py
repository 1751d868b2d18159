"""The demo: a realistic fictional French residence with its people and years of complaints.

Used by the first-run dialog ("load the demo"), the ``demo`` command and the benchmarks. One seed
always gives the same database (given the store's clock), and the whole demo is one transaction:
if anything fails, the database is left as it was.
"""

from __future__ import annotations

import datetime as dt
import random
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from desktop import i18n
from desktop.domain.errors import InvalidValue, UserError
from desktop.domain.people import Person, Role
from desktop.domain.places import Building, CommonArea, CommonAreaKind, Entrance, Home, PlaceRef, Residence
from desktop.i18n import tr
from desktop.services import demo_texts as texts
from desktop.services.demo_cases import CATEGORY_PLANS
from desktop.services.demo_complaints import ComplaintFactory, PlacePick, Setting
from desktop.services.demo_meetings import build_demo_meetings

MAX_COMPLAINTS = 1_000_000
CHUNK = 2000

# Lifts that break down again and again, as every residence has one (entrance number: weight).
PROBLEM_LIFTS = {5: 8, 11: 3}

# Common areas of every entrance: (kind, name).
ENTRANCE_AREAS = (
    (CommonAreaKind.HALL, "Hall"),
    (CommonAreaKind.STAIRWELL, "Cage d'escalier"),
    (CommonAreaKind.CELLAR, "Caves"),
)


@dataclass
class DemoSummary:
    """What the demo created, for a one-sentence report."""

    residence: str
    buildings: int
    entrances: int
    homes: int
    common_areas: int
    people: int
    complaints: int
    open_complaints: int
    history_entries: int
    first_opened: dt.date | None
    last_opened: dt.date | None
    meetings: int = 0


def build_demo(store, seed: int = 1, complaints: int = 600,
               progress: Callable[[int, int], None] | None = None) -> DemoSummary:
    """Fill an empty database with the demo residence, 40 people, ``complaints`` complaints and
    ten quarters of meetings, the next one planned (see demo_meetings).

    Complaints are spread over the three years before the store's clock date, with histories that
    follow the life-cycle rules. Raises UserError when the database already has a residence or
    complaints, InvalidValue for a count out of range. ``progress(done, total)`` is called as
    complaints are written.
    """
    if not isinstance(complaints, int) or not 0 <= complaints <= MAX_COMPLAINTS:
        raise InvalidValue(
            tr("Demo", "The number of complaints must be between 0 and {limit}.").format(limit=MAX_COMPLAINTS)
        )
    existing = store.places.first_residence()
    if existing is not None:
        raise UserError(
            tr("Demo", "This database already holds the residence “{name}”; the demo can only be "
                       "loaded into an empty database.").format(name=existing.name)
        )
    if store.complaints.count() > 0:
        raise UserError(tr("Demo", "This database already holds complaints; the demo can only be "
                                   "loaded into an empty database."))
    rng = random.Random(seed)
    with store.atomic():
        residence, places, counts = _build_places(store)
        reporter_ids, profiles, people = _build_people(store, rng, places["entrance"])
        setting = Setting(places, _category_ids(store), reporter_ids, profiles, store.complaints.now())
        open_count, history_count, first, last = _write_complaints(
            store, ComplaintFactory(rng, setting, complaints), complaints, progress)
        meetings = build_demo_meetings(store, seed, setting.category_ids)
    return DemoSummary(residence.name, counts["buildings"], len(places["entrance"]), len(places["home"]),
                       counts["common_areas"], people, complaints, open_count - meetings.resolved,
                       history_count + meetings.status_changes, first, last, meetings.meetings)


# Places ----------------------------------------------------------------------------------------
def _build_places(store) -> tuple[Residence, dict[str, list[PlacePick]], dict[str, int]]:
    """The residence, its buildings, entrances, homes and common areas, as places to pick from."""
    residence = store.places.save_residence(Residence(**texts.RESIDENCE))
    picks: dict[str, list[PlacePick]] = {"home": [], "entrance": [], "building": []}
    picks.update({kind.value: [] for kind in CommonAreaKind})
    counts = {"buildings": 0, "common_areas": 0}

    def add_area(kind: CommonAreaKind, name: str, top: int, weight: int = 1, **where) -> None:
        area = store.places.save_common_area(CommonArea(kind=kind, name=name, residence_id=residence.id, **where))
        ref = store.places.resolve(PlaceRef(common_area_id=area.id))
        picks[kind.value].append(PlacePick(ref, kind.value, area.entrance_id, top, weight=weight))
        counts["common_areas"] += 1

    for index, (name, numbers, top, per_floor) in enumerate(texts.BUILDINGS):
        address = f"{2 + 6 * index} à {6 + 6 * index} allée des Tilleuls"
        building = store.places.save_building(Building(name=name, residence_id=residence.id, address=address))
        counts["buildings"] += 1
        picks["building"].append(PlacePick(store.places.resolve(PlaceRef(building_id=building.id)),
                                           "building", None, top))
        for number in numbers:
            entrance = store.places.save_entrance(Entrance(name=f"Entrée {number}", building_id=building.id))
            picks["entrance"].append(PlacePick(store.places.resolve(PlaceRef(entrance_id=entrance.id)),
                                               "entrance", entrance.id, top))
            _build_homes(store, entrance.id, top, per_floor, picks["home"])
            for kind, area_name in ENTRANCE_AREAS:
                add_area(kind, area_name, top, entrance_id=entrance.id)
            if top >= texts.LIFT_FROM_FLOOR:
                add_area(CommonAreaKind.LIFT, "Ascenseur", top, PROBLEM_LIFTS.get(number, 1),
                         entrance_id=entrance.id)
        add_area(CommonAreaKind.BIN_ROOM, "Local poubelles", top, building_id=building.id)
        if name in texts.CAR_PARK_BUILDINGS:
            add_area(CommonAreaKind.CAR_PARK, "Parking souterrain", top, building_id=building.id)
    for kind, area_name in texts.RESIDENCE_AREAS:
        add_area(CommonAreaKind(kind), area_name, 0)
    return residence, picks, counts


def _build_homes(store, entrance_id: int, top: int, per_floor: int, picks: list[PlacePick]) -> None:
    for floor in range(top + 1):
        for position in range(1, per_floor + 1):
            home = store.places.save_home(Home(number=f"Appt {floor}{position:02d}", entrance_id=entrance_id,
                                               floor=floor))
            ref = store.places.resolve(PlaceRef(home_id=home.id))
            picks.append(PlacePick(ref, "home", entrance_id, top, floor))


# People ----------------------------------------------------------------------------------------
def _ascii(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return folded.lower().replace(" ", "-").replace("'", "")


def _fiction_phone(rng: random.Random, mobile: bool) -> str:
    prefix = "06 39 98" if mobile else "04 65 71"
    return f"{prefix} {rng.randint(0, 99):02d} {rng.randint(0, 99):02d}"


def _build_people(store, rng: random.Random, entrances: list[PlacePick]):
    """The 40 people; returns the ids of possible reporters, the profile per entrance, the count."""
    total = sum(count for _role, count in texts.PEOPLE_PLAN)
    names = list(zip(rng.sample(texts.FIRST_NAMES, total), rng.sample(texts.LAST_NAMES, total)))
    landlord = texts.RESIDENCE["landlord"]
    entrance_ids = [pick.entrance_id for pick in entrances]
    reporters: list[int] = []
    profiles: dict[int | None, str] = {}
    made = 0
    for role, count in texts.PEOPLE_PLAN:
        for index in range(count):
            first, last = names[made]
            person = Person(name=f"{first} {last}", role=role)
            if role == Role.BUILDING_REPRESENTATIVE:
                per_person = -(-len(entrance_ids) // count)
                person.entrance_ids = entrance_ids[index * per_person:(index + 1) * per_person]
                person.phone = _fiction_phone(rng, mobile=True)
            elif role == Role.CARETAKER:
                person.organisation = landlord
                person.phone = _fiction_phone(rng, mobile=False)
            elif role == Role.TENANT_REPRESENTATIVE:
                person.organisation = texts.TENANT_ASSOCIATION
                person.email = f"{_ascii(first)}.{_ascii(last)}@amicale-tilleuls.example"
            elif role == Role.LANDLORD_STAFF:
                title, person.service = texts.STAFF[index]
                person.organisation = f"{landlord} – {title}"
                person.email = f"{_ascii(first)}.{_ascii(last)}@{texts.LANDLORD_DOMAIN}"
                person.phone = _fiction_phone(rng, mobile=False)
            elif role == Role.GUEST:
                person.organisation = texts.GUESTS[index]
            elif rng.random() < 0.5:
                person.phone = _fiction_phone(rng, mobile=True)
            person = store.people.save(person)
            made += 1
            if role in (Role.BUILDING_REPRESENTATIVE, Role.TENANT_REPRESENTATIVE, Role.TENANT):
                reporters.append(person.id)
            if role == Role.BUILDING_REPRESENTATIVE:
                profiles.setdefault(None, person.name)
                for entrance_id in person.entrance_ids:
                    profiles[entrance_id] = person.name
    return reporters, profiles, made


# Complaints ------------------------------------------------------------------------------------
def _category_ids(store) -> dict[str, int]:
    """The id of each demo category, found under its English or French name, created if missing."""
    by_name = store.categories.by_name()
    found: dict[str, int] = {}
    for plan in CATEGORY_PLANS:
        names = (plan.category, i18n.lookup("Category", plan.category, "fr") or "",
                 tr("Category", plan.category))
        matches = [by_name[n.casefold()] for n in names if n and n.casefold() in by_name]
        found[plan.category] = matches[0] if matches else store.categories.ensure(tr("Category", plan.category))
    return found


def _write_complaints(store, factory: ComplaintFactory, total: int, progress):
    """Generate and insert the complaints a chunk at a time; returns the figures of the summary."""
    open_count = history_count = 0
    first = last = None
    if progress:
        progress(0, total)
    for start in range(0, total, CHUNK):
        rows, history = [], []
        for index in range(start, min(start + CHUNK, total)):
            complaint, entries = factory.make(index)
            rows.append(complaint)
            history.extend(entries)
            open_count += complaint.status.is_open
            first = first or complaint.opened_on
            last = complaint.opened_on
        store.complaints.insert_demo_rows(rows, history)
        history_count += len(history)
        if progress:
            progress(start + len(rows), total)
    return open_count, history_count, first, last
