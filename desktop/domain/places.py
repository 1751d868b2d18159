"""Where things happen: residence › building › entrance › floor › home, and common areas."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from desktop.i18n import N_


class CommonAreaKind(str, Enum):
    """The kinds of common areas (parties communes) a complaint can be about."""

    HALL = "hall"
    STAIRWELL = "stairwell"
    LIFT = "lift"
    CELLAR = "cellar"
    CAR_PARK = "car_park"
    BIN_ROOM = "bin_room"
    OUTSIDE = "outside"
    GREEN_SPACE = "green_space"
    OTHER = "other"

    @property
    def label(self) -> str:
        """English label, to be translated where shown (context "Place")."""
        return COMMON_AREA_LABELS[self]


COMMON_AREA_LABELS = {
    CommonAreaKind.HALL: N_("Entrance hall"),
    CommonAreaKind.STAIRWELL: N_("Stairwell"),
    CommonAreaKind.LIFT: N_("Lift"),
    CommonAreaKind.CELLAR: N_("Cellar"),
    CommonAreaKind.CAR_PARK: N_("Car park"),
    CommonAreaKind.BIN_ROOM: N_("Bin room"),
    CommonAreaKind.OUTSIDE: N_("Outside"),
    CommonAreaKind.GREEN_SPACE: N_("Green space"),
    CommonAreaKind.OTHER: N_("Other common area"),
}


@dataclass
class Residence:
    """A group of buildings managed together by one landlord."""

    name: str
    address: str = ""
    city: str = ""
    landlord: str = ""
    id: int | None = None


@dataclass
class Building:
    """A building of the residence (bâtiment A, B...)."""

    name: str
    residence_id: int | None = None
    address: str = ""
    id: int | None = None


@dataclass
class Entrance:
    """An entrance / stairwell of a building; it serves 16 to 60 homes."""

    name: str
    building_id: int | None = None
    id: int | None = None
    building_name: str = ""

    @property
    def label(self) -> str:
        """Building and entrance together, as people say it ("Bât. A – Entrée 2")."""
        return f"{self.building_name} – {self.name}" if self.building_name else self.name


@dataclass
class Home:
    """A home (logement), on a floor of an entrance."""

    number: str
    entrance_id: int | None = None
    floor: int = 0
    id: int | None = None


@dataclass
class CommonArea:
    """A common area; attached to the residence, a building or an entrance."""

    kind: CommonAreaKind
    name: str
    residence_id: int | None = None
    building_id: int | None = None
    entrance_id: int | None = None
    id: int | None = None


@dataclass
class PlaceRef:
    """Where a complaint is: a home, an entrance, a building or a common area.

    The most precise id is set; the coarser ids are filled in by the store so that filters by
    building or entrance work whatever the precision. ``label`` is the human-readable path.
    """

    building_id: int | None = None
    entrance_id: int | None = None
    home_id: int | None = None
    common_area_id: int | None = None
    label: str = ""

    @property
    def is_empty(self) -> bool:
        """True when no place at all was given."""
        return not any((self.building_id, self.entrance_id, self.home_id, self.common_area_id))


@dataclass
class ResidencePlan:
    """What the first-run wizard collects: a residence, its buildings and their entrances."""

    residence: Residence
    buildings: list[tuple[str, list[str]]] = field(default_factory=list)
