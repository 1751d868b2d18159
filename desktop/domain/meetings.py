"""Meetings: their kinds, their life cycle, who is invited and who came, liaison forms, amendments.

The life cycle is planned › convened › held › minutes drafted › signed › amended. Once signed the
minutes are locked: the store refuses any change to the meeting, its attendance and its agenda
(a database trigger enforces it), and a correction is a dated ``Amendment`` appended to them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING

from desktop.domain.dates import clock_time, long_date
from desktop.domain.errors import ForbiddenTransition, InvalidValue, UserError
from desktop.domain.people import Role
from desktop.domain.text import compose_fields
from desktop.i18n import N_, tr

if TYPE_CHECKING:  # pragma: no cover
    from desktop.domain.agenda import AgendaPoint

PLACE_MAX = 200
QUESTION_MAX = 5000
# When a meeting has no start time, things dated "at the meeting" are put at midday.
DEFAULT_MOMENT = dt.time(12, 0)


class MeetingKind(str, Enum):
    """What sort of meeting it is."""

    QUARTERLY = "quarterly"
    CONSULTATION_COMMITTEE = "consultation_committee"
    SITE_VISIT = "site_visit"
    OTHER = "other"

    @property
    def label(self) -> str:
        """English label, to be translated where shown (context "Meeting")."""
        return KIND_LABELS[self]


KIND_LABELS = {
    MeetingKind.QUARTERLY: N_("Quarterly correspondents' meeting"),
    MeetingKind.CONSULTATION_COMMITTEE: N_("Local consultation committee"),
    MeetingKind.SITE_VISIT: N_("Site visit"),
    MeetingKind.OTHER: N_("Other meeting"),
}


class MeetingStatus(str, Enum):
    """Where a meeting stands in its life cycle."""

    PLANNED = "planned"
    CONVENED = "convened"
    HELD = "held"
    MINUTES_DRAFTED = "minutes_drafted"
    SIGNED = "signed"
    AMENDED = "amended"

    @property
    def label(self) -> str:
        """English label, to be translated where shown (context "Meeting")."""
        return MEETING_STATUS_LABELS[self]

    @property
    def is_locked(self) -> bool:
        """True once the minutes are signed: nothing of the meeting may change any more."""
        return self in LOCKED_STATUSES

    @property
    def has_taken_place(self) -> bool:
        """True from the day it was held on (its agenda has answers, its points may be carried)."""
        return self not in (MeetingStatus.PLANNED, MeetingStatus.CONVENED)


MEETING_STATUS_LABELS = {
    MeetingStatus.PLANNED: N_("Planned"),
    MeetingStatus.CONVENED: N_("Convened"),
    MeetingStatus.HELD: N_("Held"),
    MeetingStatus.MINUTES_DRAFTED: N_("Minutes drafted"),
    MeetingStatus.SIGNED: N_("Signed"),
    MeetingStatus.AMENDED: N_("Amended"),
}

LOCKED_STATUSES = frozenset({MeetingStatus.SIGNED, MeetingStatus.AMENDED})

# The life cycle. A planned meeting may be held without a recorded convocation; closed minutes
# may be reopened (back to "held") until they are signed; signed minutes only gain amendments
# (adding a second amendment keeps the status "amended", it is not a transition).
MEETING_TRANSITIONS: dict[MeetingStatus, tuple[MeetingStatus, ...]] = {
    MeetingStatus.PLANNED: (MeetingStatus.CONVENED, MeetingStatus.HELD),
    MeetingStatus.CONVENED: (MeetingStatus.HELD,),
    MeetingStatus.HELD: (MeetingStatus.MINUTES_DRAFTED,),
    MeetingStatus.MINUTES_DRAFTED: (MeetingStatus.HELD, MeetingStatus.SIGNED),
    MeetingStatus.SIGNED: (MeetingStatus.AMENDED,),
    MeetingStatus.AMENDED: (),
}


def allowed_meeting_transitions(status: MeetingStatus) -> tuple[MeetingStatus, ...]:
    """The statuses a meeting in ``status`` may move to."""
    return MEETING_TRANSITIONS[status]


def check_meeting_transition(current: MeetingStatus, target: MeetingStatus) -> None:
    """Raise ForbiddenTransition unless a meeting may go from ``current`` to ``target``."""
    if target not in MEETING_TRANSITIONS[current]:
        raise ForbiddenTransition(
            tr("Meeting", "A meeting that is “{current}” cannot become “{target}”.").format(
                current=tr("Meeting", current.label), target=tr("Meeting", target.label)
            )
        )


class Side(str, Enum):
    """Which side of the table someone sits on."""

    TENANTS = "tenants"
    LANDLORD = "landlord"
    GUEST = "guest"
    LISTENER = "listener"

    @property
    def label(self) -> str:
        """English label, to be translated where shown (context "Meeting")."""
        return SIDE_LABELS[self]


SIDE_LABELS = {
    Side.TENANTS: N_("Tenants"),
    Side.LANDLORD: N_("Landlord"),
    Side.GUEST: N_("Guest"),
    Side.LISTENER: N_("Listener"),
}

# The side a person's role puts them on by default.
SIDE_OF_ROLE = {
    Role.BUILDING_REPRESENTATIVE: Side.TENANTS,
    Role.TENANT_REPRESENTATIVE: Side.TENANTS,
    Role.CARETAKER: Side.LANDLORD,
    Role.LANDLORD_STAFF: Side.LANDLORD,
    Role.GUEST: Side.GUEST,
    Role.TENANT: Side.LISTENER,
}


class Presence(str, Enum):
    """Whether an invited person came. "Invited" until attendance is taken."""

    INVITED = "invited"
    PRESENT = "present"
    EXCUSED = "excused"
    ABSENT = "absent"
    REPRESENTED = "represented"

    @property
    def label(self) -> str:
        """English label, to be translated where shown (context "Meeting")."""
        return PRESENCE_LABELS[self]


PRESENCE_LABELS = {
    Presence.INVITED: N_("Invited"),
    Presence.PRESENT: N_("Present"),
    Presence.EXCUSED: N_("Excused"),
    Presence.ABSENT: N_("Absent"),
    Presence.REPRESENTED: N_("Represented"),
}
# Said of a woman: the French words agree ("Présente", "Excusée"); English has no such form, so
# these keys are only ever shown through their translation (``presence_text``).
FEMININE_PRESENCE_LABELS = {
    Presence.INVITED: N_("Invited (said of a woman)"),
    Presence.PRESENT: N_("Present (said of a woman)"),
    Presence.EXCUSED: N_("Excused (said of a woman)"),
    Presence.ABSENT: N_("Absent (said of a woman)"),
    Presence.REPRESENTED: N_("Represented (said of a woman)"),
}


def presence_text(presence: "Presence", woman: bool = False) -> str:
    """The presence in words of the current language, agreeing with a woman where it can."""
    from desktop.i18n import lookup, tr

    if woman:
        found = lookup("Meeting", FEMININE_PRESENCE_LABELS[presence])
        if found:
            return found
    return tr("Meeting", PRESENCE_LABELS[presence])


class MeetingLocked(UserError):
    """A change was asked of a meeting whose minutes are signed."""


class UnansweredPoints(UserError):
    """A meeting cannot be closed: some questions have neither an answer nor a reason."""

    def __init__(self, message: str, points: list["AgendaPoint"]):
        super().__init__(message)
        self.points = points


@dataclass
class Meeting:
    """A meeting: what, where, when, and how far it has gone."""

    date: dt.date
    kind: MeetingKind = MeetingKind.QUARTERLY
    start_time: dt.time | None = None
    end_time: dt.time | None = None
    place: str = ""
    residence_id: int | None = None
    building_ids: list[int] = field(default_factory=list)
    status: MeetingStatus = MeetingStatus.PLANNED
    chair: str = ""
    secretary: str = ""
    approved_at: dt.datetime | None = None
    current_point_id: int | None = None
    id: int | None = None

    @property
    def is_locked(self) -> bool:
        """True once the minutes are signed."""
        return self.status.is_locked

    @property
    def moment(self) -> dt.datetime:
        """When things decided at the meeting are dated: its start (midday when unknown)."""
        return dt.datetime.combine(self.date, self.start_time or DEFAULT_MOMENT)

    @property
    def label(self) -> str:
        """"Meeting of 12 March 2026", in the current language."""
        return meeting_label(self.date)

    def validate(self) -> None:
        """Raise InvalidValue naming the first field that cannot be saved as is."""
        if not isinstance(self.date, dt.date):
            raise InvalidValue(tr("Meeting", "A meeting needs a date."))
        if self.start_time and self.end_time and self.end_time <= self.start_time:
            raise InvalidValue(
                tr("Meeting", "The meeting cannot end ({end}) before it starts ({start}).").format(
                    end=clock_time(self.end_time), start=clock_time(self.start_time))
            )
        if len(self.place) > PLACE_MAX:
            raise InvalidValue(
                tr("Meeting", "The place is too long ({count} characters, at most {limit}).").format(
                    count=len(self.place), limit=PLACE_MAX)
            )


def meeting_label(date: dt.date) -> str:
    """How a meeting is named in sentences: "Meeting of 12 March 2026"."""
    return tr("Meeting", "Meeting of {date}").format(date=long_date(date))


def locked_message(date: dt.date) -> str:
    """The sentence shown when someone tries to change signed minutes."""
    return tr(
        "Meeting",
        "The meeting of {date} is signed; its minutes can no longer change. Add a dated amendment instead.",
    ).format(date=long_date(date))


@dataclass
class Invitation:
    """Someone invited to a meeting, on a side, and whether they came.

    ``person_id`` points at a person of the register; ``name`` and ``role`` are copied when the
    invitation is made, so the minutes keep reading the same if the person is later removed.
    """

    meeting_id: int | None = None
    person_id: int | None = None
    name: str = ""
    role: Role | None = None
    side: Side = Side.TENANTS
    presence: Presence = Presence.INVITED
    represented_by_id: int | None = None
    represented_by_name: str = ""
    arrived_at: dt.time | None = None
    left_at: dt.time | None = None
    position: int = 0
    id: int | None = None

    def validate(self) -> None:
        """Raise InvalidValue when the attendance recorded cannot be right."""
        if not self.person_id and not self.name.strip():
            raise InvalidValue(tr("Meeting", "Say who is invited (a person or a name)."))
        if self.presence == Presence.REPRESENTED and not (
            self.represented_by_id or self.represented_by_name.strip()
        ):
            raise InvalidValue(
                tr("Meeting", "Say who represents {name}.").format(name=self.name or "?")
            )
        if self.arrived_at and self.left_at and self.left_at < self.arrived_at:
            raise InvalidValue(
                tr("Meeting", "{name} cannot leave ({left}) before arriving ({arrived}).").format(
                    name=self.name or "?", left=clock_time(self.left_at),
                    arrived=clock_time(self.arrived_at))
            )


@dataclass
class LiaisonForm:
    """A tenant's written question (fiche de liaison), collected by a representative."""

    question: str
    received_on: dt.date
    asker_id: int | None = None
    asker_name: str = ""
    confidential: bool = False
    entrance_id: int | None = None
    entrance_label: str = ""
    collected_by_id: int | None = None
    collected_by_name: str = ""
    complaint_id: int | None = None
    id: int | None = None

    def validate(self) -> None:
        """Raise InvalidValue naming what is missing or wrong (texts composed first, as saved)."""
        compose_fields(self, "question", "asker_name", "collected_by_name")
        if not self.question.strip():
            raise InvalidValue(tr("Meeting", "A liaison form needs the tenant's question."))
        if len(self.question) > QUESTION_MAX:
            raise InvalidValue(
                tr("Meeting", "The question is too long ({count} characters, at most {limit}).")
                .format(count=len(self.question), limit=QUESTION_MAX)
            )
        if not isinstance(self.received_on, dt.date):
            raise InvalidValue(tr("Meeting", "Give the date the liaison form was received."))

    @property
    def asker_display(self) -> str:
        """Who asked, as it may be shown: nothing when the tenant asked to stay anonymous."""
        return "" if self.confidential else self.asker_name


@dataclass
class Amendment:
    """A dated correction appended to signed minutes; the original stays readable."""

    meeting_id: int
    text: str
    made_on: dt.date
    author: str = ""
    id: int | None = None

    def validate(self) -> None:
        """Raise InvalidValue when the amendment says nothing."""
        if not self.text.strip():
            raise InvalidValue(tr("Meeting", "An amendment needs a text."))


@dataclass
class Correction:
    """A change made to the minutes after the meeting ended and before their approval: which
    point (its title then), which field, the text before and after, when and by whom."""

    meeting_id: int
    point_id: int | None
    point_title: str
    at: dt.datetime
    field: str
    before: str
    after: str
    profile: str = ""
    id: int | None = None


@dataclass
class Minutes:
    """A meeting with everything its minutes show: attendance, agenda, amendments."""

    meeting: Meeting
    attendance: list[Invitation]
    points: list["AgendaPoint"]
    amendments: list[Amendment]
