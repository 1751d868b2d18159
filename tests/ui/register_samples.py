"""Realistic complaints for the register tests and screenshots (French, as users write them)."""

from __future__ import annotations

import datetime as dt
import random

from desktop.domain.complaints import Complaint, ComplaintStatus, Urgency
from desktop.domain.people import LandlordService, Person, Role
from desktop.domain.places import PlaceRef

# (title, category position in DEFAULT_CATEGORIES, urgency)
TITLES = (
    ("Ascenseur en panne depuis lundi", 0, Urgency.HIGH),
    ("Ascenseur bloqué entre deux étages", 0, Urgency.URGENT),
    ("Radiateurs froids dans tout le logement", 1, Urgency.HIGH),
    ("Fuite d'eau au plafond de la salle de bains", 2, Urgency.HIGH),
    ("Panne électrique sur le palier du 3e", 3, Urgency.NORMAL),
    ("Électricité coupée dans la cave", 3, Urgency.NORMAL),
    ("Interphone muet, impossible d'ouvrir aux visiteurs", 4, Urgency.NORMAL),
    ("Porte du hall qui ne ferme plus", 5, Urgency.HIGH),
    ("Éclairage de l'escalier en panne", 6, Urgency.NORMAL),
    ("Hall d'entrée sale depuis deux semaines", 7, Urgency.LOW),
    ("Pelouse non tondue devant le bâtiment", 8, Urgency.LOW),
    ("Présence de cafards dans le local poubelles", 9, Urgency.NORMAL),
    ("Bouche d'incendie endommagée", 10, Urgency.URGENT),
    ("Bruits répétés la nuit au 2e étage", 11, Urgency.NORMAL),
    ("Régularisation de charges incompréhensible", 12, Urgency.LOW),
    ("Boîtes aux lettres forcées", 5, Urgency.NORMAL),
)
STATUSES = (
    ComplaintStatus.NEW, ComplaintStatus.PASSED_TO_LANDLORD, ComplaintStatus.IN_PROGRESS,
    ComplaintStatus.IN_PROGRESS, ComplaintStatus.RESOLVED, ComplaintStatus.CLOSED,
    ComplaintStatus.REOPENED, ComplaintStatus.REJECTED,
)
SERVICES = (None, LandlordService.PROXIMITY, LandlordService.WORKS, LandlordService.RENTAL_MANAGEMENT)


def add_people(store) -> list[int]:
    """A few tenants who report complaints."""
    names = ("Mme Leroy", "M. Benali", "Mme Nguyen", "M. Da Silva")
    return [store.people.save(Person(name=name, role=Role.TENANT)).id for name in names]


def realistic_complaints(store, count: int = 50, seed: int = 3) -> list[Complaint]:
    """``count`` varied complaints over the places of ``store`` (not saved)."""
    rnd = random.Random(seed)
    categories = [c.id for c in store.categories.list()]
    places = [store.places.resolve(PlaceRef(entrance_id=e.id)) for e in store.places.entrances()]
    for entrance in store.places.entrances():
        places += [store.places.resolve(PlaceRef(home_id=h.id)) for h in store.places.homes(entrance.id)]
    people = [p.id for p in store.people.list()]
    today = store.complaints.today()
    result = []
    for number in range(count):
        title, category, urgency = TITLES[number % len(TITLES)]
        opened = today - dt.timedelta(days=rnd.randrange(2, 400))
        reporter = rnd.choice(people) if people and rnd.random() < 0.6 else None
        result.append(Complaint(
            title=title, category_id=categories[category], place=rnd.choice(places),
            opened_on=opened, urgency=urgency, status=rnd.choice(STATUSES),
            due_on=opened + dt.timedelta(days=rnd.choice((15, 30, 60))) if rnd.random() < 0.7 else None,
            reporter_id=reporter, reporter_confidential=bool(reporter) and rnd.random() < 0.3,
            external_ref=f"RC-{24000 + number * 7}" if rnd.random() < 0.6 else "",
            service=rnd.choice(SERVICES),
        ))
    return result


def fill(store, count: int = 50, seed: int = 3) -> int:
    """Insert ``count`` realistic complaints (and their reporters) into ``store``."""
    add_people(store)
    return store.complaints.insert_many(realistic_complaints(store, count, seed))
