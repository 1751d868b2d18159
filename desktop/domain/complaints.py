"""Complaints (réclamations): their fields, their life cycle and its rules."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import Enum

from desktop.domain.errors import ForbiddenTransition, InvalidValue
from desktop.domain.people import LandlordService
from desktop.domain.places import PlaceRef
from desktop.domain.text import compose_fields, composed
from desktop.i18n import N_, tr

TITLE_MAX = 200
EXTERNAL_REF_MAX = 100
DESCRIPTION_MAX = 20_000


class ComplaintStatus(str, Enum):
    """Where a complaint stands in its life cycle."""

    NEW = "new"
    PASSED_TO_LANDLORD = "passed_to_landlord"
    IN_PROGRESS = "in_progress"
    RESOLVED = "resolved"
    CLOSED = "closed"
    REOPENED = "reopened"
    REJECTED = "rejected"
    DUPLICATE = "duplicate"
    NOT_LANDLORD_RESPONSIBILITY = "not_landlord_responsibility"

    @property
    def label(self) -> str:
        """English label, to be translated where shown (context "Status")."""
        return STATUS_LABELS[self]

    @property
    def action_label(self) -> str:
        """The verb on the button that moves a complaint into this status."""
        return STATUS_ACTIONS[self]

    @property
    def is_open(self) -> bool:
        """True while something remains to be done by the landlord."""
        return self in OPEN_STATUSES

    @property
    def needs_reason(self) -> bool:
        """True for the statuses that must say why (rejected, duplicate, reopened...)."""
        return self in REASON_REQUIRED


STATUS_LABELS = {
    ComplaintStatus.NEW: N_("New"),
    ComplaintStatus.PASSED_TO_LANDLORD: N_("Passed to the landlord"),
    ComplaintStatus.IN_PROGRESS: N_("In progress"),
    ComplaintStatus.RESOLVED: N_("Resolved"),
    ComplaintStatus.CLOSED: N_("Closed"),
    ComplaintStatus.REOPENED: N_("Reopened"),
    ComplaintStatus.REJECTED: N_("Rejected"),
    ComplaintStatus.DUPLICATE: N_("Duplicate"),
    ComplaintStatus.NOT_LANDLORD_RESPONSIBILITY: N_("Not the landlord's responsibility"),
}

STATUS_ACTIONS = {
    ComplaintStatus.NEW: N_("Mark as new"),
    ComplaintStatus.PASSED_TO_LANDLORD: N_("Pass to the landlord"),
    ComplaintStatus.IN_PROGRESS: N_("Mark in progress"),
    ComplaintStatus.RESOLVED: N_("Mark resolved"),
    ComplaintStatus.CLOSED: N_("Close"),
    ComplaintStatus.REOPENED: N_("Reopen"),
    ComplaintStatus.REJECTED: N_("Reject"),
    ComplaintStatus.DUPLICATE: N_("Mark as duplicate"),
    ComplaintStatus.NOT_LANDLORD_RESPONSIBILITY: N_("Not the landlord's responsibility"),
}

OPEN_STATUSES = frozenset(
    {
        ComplaintStatus.NEW,
        ComplaintStatus.PASSED_TO_LANDLORD,
        ComplaintStatus.IN_PROGRESS,
        ComplaintStatus.REOPENED,
    }
)
CLOSED_STATUSES = frozenset(set(ComplaintStatus) - OPEN_STATUSES)

REASON_REQUIRED = frozenset(
    {
        ComplaintStatus.REJECTED,
        ComplaintStatus.DUPLICATE,
        ComplaintStatus.NOT_LANDLORD_RESPONSIBILITY,
        ComplaintStatus.REOPENED,
    }
)

_DISMISSALS = (
    ComplaintStatus.REJECTED,
    ComplaintStatus.DUPLICATE,
    ComplaintStatus.NOT_LANDLORD_RESPONSIBILITY,
)

# The life cycle. Closed, rejected, duplicate and not-the-landlord's are final; a resolved
# complaint can be reopened when the fix did not hold.
TRANSITIONS: dict[ComplaintStatus, tuple[ComplaintStatus, ...]] = {
    ComplaintStatus.NEW: (
        ComplaintStatus.PASSED_TO_LANDLORD,
        ComplaintStatus.IN_PROGRESS,
        ComplaintStatus.RESOLVED,
        *_DISMISSALS,
    ),
    ComplaintStatus.PASSED_TO_LANDLORD: (
        ComplaintStatus.IN_PROGRESS,
        ComplaintStatus.RESOLVED,
        *_DISMISSALS,
    ),
    ComplaintStatus.IN_PROGRESS: (ComplaintStatus.RESOLVED, *_DISMISSALS),
    ComplaintStatus.RESOLVED: (ComplaintStatus.CLOSED, ComplaintStatus.REOPENED),
    ComplaintStatus.REOPENED: (
        ComplaintStatus.PASSED_TO_LANDLORD,
        ComplaintStatus.IN_PROGRESS,
        ComplaintStatus.RESOLVED,
        *_DISMISSALS,
    ),
    ComplaintStatus.CLOSED: (),
    ComplaintStatus.REJECTED: (),
    ComplaintStatus.DUPLICATE: (),
    ComplaintStatus.NOT_LANDLORD_RESPONSIBILITY: (),
}


def allowed_transitions(status: ComplaintStatus) -> tuple[ComplaintStatus, ...]:
    """The statuses a complaint in ``status`` may move to, in the order buttons show them."""
    return TRANSITIONS[status]


def check_transition(
    current: ComplaintStatus,
    target: ComplaintStatus,
    reason: str = "",
    duplicate_of: int | None = None,
    complaint_id: int | None = None,
) -> None:
    """Raise ForbiddenTransition or InvalidValue unless ``current`` may move to ``target``."""
    if target not in TRANSITIONS[current]:
        raise ForbiddenTransition(
            tr("Complaint", "A complaint that is “{current}” cannot become “{target}”.").format(
                current=tr("Status", current.label), target=tr("Status", target.label)
            )
        )
    if target == ComplaintStatus.DUPLICATE:
        if not duplicate_of:
            raise InvalidValue(
                tr("Complaint", "Say which complaint this one duplicates (its number).")
            )
        if complaint_id is not None and duplicate_of == complaint_id:
            raise InvalidValue(tr("Complaint", "A complaint cannot duplicate itself."))
    elif target in REASON_REQUIRED and not reason.strip():
        raise InvalidValue(
            tr("Complaint", "Give a reason to mark the complaint “{target}”.").format(
                target=tr("Status", target.label)
            )
        )


class Urgency(str, Enum):
    """How soon the landlord should act."""

    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"
    URGENT = "urgent"

    @property
    def label(self) -> str:
        """English label, to be translated where shown (context "Urgency")."""
        return URGENCY_LABELS[self]


URGENCY_LABELS = {
    Urgency.LOW: N_("Low"),
    Urgency.NORMAL: N_("Normal"),
    Urgency.HIGH: N_("High"),
    Urgency.URGENT: N_("Urgent (safety)"),
}

# The categories of DOMAIN.md, seeded in every new database; the user may add and rename.
DEFAULT_CATEGORIES = (
    N_("Lift"),
    N_("Heating"),
    N_("Plumbing"),
    N_("Electricity"),
    N_("Intercom"),
    N_("Doors and locks"),
    N_("Lighting"),
    N_("Cleanliness of common areas"),
    N_("Green spaces"),
    N_("Pests"),
    N_("Safety"),
    N_("Neighbourhood disturbance"),
    N_("Service charges"),
    N_("Other"),
)
DISTURBANCE_CATEGORY = "Neighbourhood disturbance"
# Words that make a category name a neighbourhood disturbance when nobody said otherwise
# (imported "Troubles de voisinage", "Tapage nocturne", "Nuisances sonores"...), folded.
DISTURBANCE_WORDS = ("voisinage", "tapage", "bruit", "nuisance", "disturbance", "noise", "neighbour",
                     "neighbor", "incivilite", "trouble de jouissance", "troubles de jouissance")


def looks_like_disturbance(name: str) -> bool:
    """Whether a category called ``name`` is, by its name, about neighbourhood disturbances."""
    from desktop.domain.mentions import fold

    folded = " ".join(fold(name).split())
    return any(word in folded for word in DISTURBANCE_WORDS)


@dataclass
class Category:
    """A complaint category, from an editable list. ``disturbance``: a neighbourhood matter,
    whose names and home numbers are never posted."""

    name: str
    id: int | None = None
    position: int = 0
    disturbance: bool = False


@dataclass
class Complaint:
    """A complaint as the register and the form see it."""

    title: str
    category_id: int | None = None
    description: str = ""
    place: PlaceRef = field(default_factory=PlaceRef)
    reporter_id: int | None = None
    reporter_name: str = ""
    reporter_confidential: bool = False
    opened_on: dt.date = field(default_factory=dt.date.today)
    external_ref: str = ""
    service: LandlordService | None = None
    urgency: Urgency = Urgency.NORMAL
    due_on: dt.date | None = None
    status: ComplaintStatus = ComplaintStatus.NEW
    status_reason: str = ""
    duplicate_of: int | None = None
    id: int | None = None
    category_name: str = ""
    updated_at: str = ""

    def validate(self) -> None:
        """Raise InvalidValue naming the first field that cannot be saved as is.

        Its texts are first put in composed form (see ``desktop.domain.text``), as they are saved.
        """
        compose_fields(self, "title", "description", "reporter_name", "external_ref", "status_reason")
        compose_fields(self.place, "label")
        if not self.title.strip():
            raise InvalidValue(tr("Complaint", "A complaint needs a title."))
        if len(self.title) > TITLE_MAX:
            raise InvalidValue(
                tr("Complaint", "The title is too long ({count} characters, at most {limit}).")
                .format(count=len(self.title), limit=TITLE_MAX)
            )
        if len(self.external_ref.strip()) > EXTERNAL_REF_MAX:
            raise InvalidValue(
                tr("Complaint", "The landlord's reference is too long ({count} characters, at most {limit}).")
                .format(count=len(self.external_ref.strip()), limit=EXTERNAL_REF_MAX)
            )
        if len(self.description) > DESCRIPTION_MAX:
            raise InvalidValue(
                tr("Complaint", "The description is too long ({count} characters, at most {limit}).")
                .format(count=len(self.description), limit=DESCRIPTION_MAX)
            )
        if self.category_id is None:
            raise InvalidValue(tr("Complaint", "Choose a category for the complaint."))
        if self.due_on is not None and self.due_on < self.opened_on:
            raise InvalidValue(
                tr("Complaint", "The due date cannot come before the date the complaint was opened.")
            )

    def is_overdue(self, today: dt.date | None = None) -> bool:
        """True when the complaint is still open after its due date."""
        today = today or dt.date.today()
        return self.status.is_open and self.due_on is not None and self.due_on < today

    @property
    def reporter_display(self) -> str:
        """The reporter's name, or nothing when no reporter was recorded."""
        return self.reporter_name


@dataclass
class HistoryEntry:
    """One dated change of a complaint: what changed, from what, to what, by whom."""

    complaint_id: int
    at: str
    profile: str
    field: str
    before: str
    after: str
    note: str = ""
    id: int | None = None


@dataclass
class Photo:
    """A photo attached to a complaint, stored in the database without location metadata."""

    complaint_id: int
    filename: str
    data: bytes = b""
    thumbnail: bytes = b""
    added_at: str = ""
    id: int | None = None


class SortKey(str, Enum):
    """Columns the register can be sorted by."""

    ID = "id"
    OPENED_ON = "opened_on"
    TITLE = "title"
    CATEGORY = "category"
    PLACE = "place"
    STATUS = "status"
    URGENCY = "urgency"
    DUE_ON = "due_on"
    UPDATED_AT = "updated_at"


class StatusGroup(str, Enum):
    """Coarse status filters for lists and the command line."""

    OPEN = "open"
    CLOSED = "closed"
    ALL = "all"


@dataclass
class ComplaintQuery:
    """What the register shows: filters, search text and order. Empty means everything."""

    text: str = ""
    statuses: frozenset[ComplaintStatus] | None = None
    category_ids: frozenset[int] | None = None
    building_id: int | None = None
    entrance_id: int | None = None
    opened_from: dt.date | None = None
    opened_to: dt.date | None = None
    overdue_only: bool = False
    urgencies: frozenset[Urgency] | None = None
    sort: SortKey = SortKey.OPENED_ON
    descending: bool = True

    def __post_init__(self) -> None:
        # Texts are saved composed (see desktop.domain.text): a search typed or pasted with
        # decomposed accents must find them.
        self.text = composed(self.text)

    @staticmethod
    def for_group(group: StatusGroup) -> frozenset[ComplaintStatus] | None:
        """The statuses behind "open", "closed" or "all"."""
        if group == StatusGroup.OPEN:
            return OPEN_STATUSES
        if group == StatusGroup.CLOSED:
            return CLOSED_STATUSES
        return None
