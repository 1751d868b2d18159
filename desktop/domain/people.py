"""People: representatives, caretakers, landlord staff, guests and tenants."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from desktop.domain.errors import InvalidValue
from desktop.domain.text import compose_fields
from desktop.i18n import N_, tr


class Civility(str, Enum):
    """How a person is addressed; only said when known. It makes "Présente" of "Présent" in the
    French attendance and minutes."""

    NOT_SAID = ""
    MADAM = "mme"
    SIR = "m"

    @property
    def label(self) -> str:
        """English label, to be translated where shown (context "Person")."""
        return CIVILITY_LABELS[self]


CIVILITY_LABELS = {Civility.NOT_SAID: N_("(not said)"), Civility.MADAM: N_("Madam"), Civility.SIR: N_("Sir")}


def civility_from_name(name: str) -> Civility:
    """The civility a name is written with ("Mme Da Silva", "Monsieur Benali"), else NOT_SAID."""
    first = (name or "").strip().split(" ", 1)[0].rstrip(".").casefold()
    if first in ("mme", "madame", "mlle", "mademoiselle", "mrs", "ms", "miss"):
        return Civility.MADAM
    if first in ("m", "monsieur", "mr"):
        return Civility.SIR
    return Civility.NOT_SAID


class Role(str, Enum):
    """The part a person plays around the building."""

    BUILDING_REPRESENTATIVE = "building_representative"
    CARETAKER = "caretaker"
    TENANT_REPRESENTATIVE = "tenant_representative"
    LANDLORD_STAFF = "landlord_staff"
    GUEST = "guest"
    TENANT = "tenant"

    @property
    def label(self) -> str:
        """English label, to be translated where shown (context "Role")."""
        return ROLE_LABELS[self]


ROLE_LABELS = {
    Role.BUILDING_REPRESENTATIVE: N_("Building representative"),
    Role.CARETAKER: N_("Caretaker"),
    Role.TENANT_REPRESENTATIVE: N_("Tenant representative"),
    Role.LANDLORD_STAFF: N_("Landlord staff"),
    Role.GUEST: N_("Guest"),
    Role.TENANT: N_("Tenant"),
}


class LandlordService(str, Enum):
    """The landlord's service that handles a complaint or employs a staff member."""

    PROXIMITY = "proximity"
    RENTAL_MANAGEMENT = "rental_management"
    WORKS = "works"
    COMPLAINTS_DESK = "complaints_desk"

    @property
    def label(self) -> str:
        """English label, to be translated where shown (context "Service")."""
        return SERVICE_LABELS[self]


SERVICE_LABELS = {
    LandlordService.PROXIMITY: N_("Maintenance (local management)"),
    LandlordService.RENTAL_MANAGEMENT: N_("Rental management"),
    LandlordService.WORKS: N_("Works"),
    LandlordService.COMPLAINTS_DESK: N_("Complaints desk"),
}


@dataclass
class Person:
    """Someone the program keeps: only what the work needs (name, how to reach them, role)."""

    name: str
    role: Role = Role.TENANT
    phone: str = ""
    email: str = ""
    organisation: str = ""
    service: LandlordService | None = None
    entrance_ids: list[int] = field(default_factory=list)
    id: int | None = None
    civility: Civility = Civility.NOT_SAID

    @property
    def is_woman(self) -> bool:
        """True when the person is known to be a woman (addressed as Madam)."""
        return self.civility == Civility.MADAM

    def validate(self) -> None:
        """Raise InvalidValue when the person cannot be saved as is (texts composed first, as saved)."""
        compose_fields(self, "name", "phone", "email", "organisation")
        if not self.name.strip():
            raise InvalidValue(tr("Person", "A person needs a name."))
        if self.email and "@" not in self.email:
            raise InvalidValue(
                tr("Person", "The e-mail address “{email}” is not valid.").format(email=self.email)
            )
