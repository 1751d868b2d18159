"""The agenda: its points and the closing rule (the standard agenda is built in agenda_builder).

The rule that makes meetings worth holding: a point that carries a question needs an answer, or
an explicit "no answer yet, because…" (``no_answer_reason``); a meeting cannot be closed until
every such point has one, and the points closed without an answer are carried to the next
meeting. A point carries a question when its kind is a question by nature (commitment
follow-up, carried point, liaison form, complaints) or when its question field is filled in;
the other kinds (approval of the minutes, landlord information, guest slot, neighbourhood life,
next meeting date, other) are exempt until somebody writes a question in them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import Enum

from desktop.domain.commitments import Commitment
from desktop.domain.dates import add_months, nearest_weekday
from desktop.i18n import N_

SUMMARY_LENGTH = 70
# Titles are stored whole (a liaison form's whole question); screens show this much of them.
SCREEN_TITLE_LENGTH = 160
PLACE_SEPARATOR = " › "


class AgendaPointKind(str, Enum):
    """What an agenda point is about."""

    PREVIOUS_MINUTES = "previous_minutes"
    COMMITMENT_FOLLOW_UP = "commitment_follow_up"
    CARRIED = "carried"
    LIAISON_FORM = "liaison_form"
    COMPLAINTS = "complaints"
    LANDLORD_INFORMATION = "landlord_information"
    GUEST_SLOT = "guest_slot"
    NEIGHBOURHOOD_LIFE = "neighbourhood_life"
    NEXT_MEETING = "next_meeting"
    OTHER = "other"

    @property
    def label(self) -> str:
        """English label, to be translated where shown (context "Agenda")."""
        return POINT_KIND_LABELS[self]

    @property
    def is_question(self) -> bool:
        """True for the kinds that always ask something of the landlord."""
        return self in QUESTION_KINDS


POINT_KIND_LABELS = {
    AgendaPointKind.PREVIOUS_MINUTES: N_("Approval of the previous minutes"),
    AgendaPointKind.COMMITMENT_FOLLOW_UP: N_("Commitment follow-up"),
    AgendaPointKind.CARRIED: N_("Carried point"),
    AgendaPointKind.LIAISON_FORM: N_("Liaison form"),
    AgendaPointKind.COMPLAINTS: N_("Complaints"),
    AgendaPointKind.LANDLORD_INFORMATION: N_("Landlord information"),
    AgendaPointKind.GUEST_SLOT: N_("Guest slot"),
    AgendaPointKind.NEIGHBOURHOOD_LIFE: N_("Neighbourhood life"),
    AgendaPointKind.NEXT_MEETING: N_("Date of the next meeting"),
    AgendaPointKind.OTHER: N_("Other point"),
}

QUESTION_KINDS = frozenset({
    AgendaPointKind.COMMITMENT_FOLLOW_UP,
    AgendaPointKind.CARRIED,
    AgendaPointKind.LIAISON_FORM,
    AgendaPointKind.COMPLAINTS,
})

# Minutes proposed for each kind of point, so the agenda can be timed before the meeting.
DEFAULT_MINUTES = {
    AgendaPointKind.PREVIOUS_MINUTES: 5,
    AgendaPointKind.COMMITMENT_FOLLOW_UP: 5,
    AgendaPointKind.CARRIED: 10,
    AgendaPointKind.LIAISON_FORM: 10,
    AgendaPointKind.COMPLAINTS: 10,
    AgendaPointKind.LANDLORD_INFORMATION: 15,
    AgendaPointKind.GUEST_SLOT: 15,
    AgendaPointKind.NEIGHBOURHOOD_LIFE: 10,
    AgendaPointKind.NEXT_MEETING: 5,
    AgendaPointKind.OTHER: 10,
}

# The text fields of a point, which the meeting mode saves as they are typed.
TEXT_FIELDS = ("title", "question", "discussion", "answer", "no_answer_reason", "decision", "proposed_by")


@dataclass
class AgendaPoint:
    """One point of a meeting's agenda, with what was said and decided about it.

    ``carried_from`` is the meeting the point was carried from (its ``origin_point_id`` the
    point there); ``carried_forward`` is set when the meeting closes without an answer to it.
    """

    kind: AgendaPointKind
    title: str
    question: str = ""
    discussion: str = ""
    answer: str = ""
    no_answer_reason: str = ""
    decision: str = ""
    proposed_by: str = ""
    duration_minutes: int = 0
    seconds_spent: int = 0
    position: int = 0
    meeting_id: int | None = None
    carried_from: int | None = None
    origin_point_id: int | None = None
    follows_commitment_id: int | None = None
    carried_forward: bool = False
    complaint_ids: list[int] = field(default_factory=list)
    form_ids: list[int] = field(default_factory=list)
    commitments: list[Commitment] = field(default_factory=list)
    id: int | None = None

    @property
    def needs_answer(self) -> bool:
        """True when the point carries a question (see the module's rule)."""
        return self.kind.is_question or bool(self.question.strip())

    @property
    def is_answered(self) -> bool:
        """True when the landlord answered."""
        return bool(self.answer.strip())

    @property
    def is_settled(self) -> bool:
        """True when the point may be closed: no question, an answer, or a reason for none."""
        return not self.needs_answer or self.is_answered or bool(self.no_answer_reason.strip())


def missing_answers(points: Iterable[AgendaPoint]) -> list[AgendaPoint]:
    """The points that stop a meeting from closing: a question with neither answer nor reason."""
    return [point for point in points if not point.is_settled]


def points_to_carry(points: Iterable[AgendaPoint]) -> list[AgendaPoint]:
    """The points to put on the next agenda: a question still without an answer."""
    return [point for point in points if point.needs_answer and not point.is_answered]


def next_meeting_date(last_date: dt.date) -> dt.date:
    """One quarter after ``last_date``, on the same weekday (the nearest one, at most 3 days off)."""
    return nearest_weekday(add_months(last_date, 3), last_date.weekday())


def previous_meeting_date(date: dt.date) -> dt.date:
    """One quarter before ``date``, on the same weekday: ``next_meeting_date`` backwards."""
    return nearest_weekday(add_months(date, -3), date.weekday())


def summary_line(text: str, length: int = SUMMARY_LENGTH) -> str:
    """The first words of ``text``, on one line, cut at a word with "…" past ``length`` characters."""
    line = " ".join(text.split())
    if len(line) <= length:
        return line
    cut = line[:length].rsplit(" ", 1)[0]
    return cut.rstrip(",;:.") + "…"
