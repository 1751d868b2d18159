"""The agenda: its points, the standard agenda that builds itself, and the closing rule.

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
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import Enum

from desktop.domain.commitments import Commitment
from desktop.domain.complaints import Complaint
from desktop.domain.dates import add_months, long_date, nearest_weekday
from desktop.domain.meetings import LiaisonForm, Meeting
from desktop.i18n import N_, tr

SUMMARY_LENGTH = 70
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


# Building the standard agenda ----------------------------------------------------------------
def build_agenda(
    previous_meeting: Meeting | None,
    open_commitments: Sequence[Commitment],
    unanswered_points: Sequence[AgendaPoint],
    forms_since: Sequence[LiaisonForm],
    complaints_changed_since: Sequence[Complaint],
    today: dt.date,
    *,
    building_names: Mapping[int, str] | None = None,
    meeting_date: dt.date | None = None,
) -> list[AgendaPoint]:
    """The standard agenda, numbered from 1, in this order:

    approval of the previous minutes (when there was a previous meeting); the follow-up of each
    open commitment (due date, and "late" as of ``today``); each point left without an answer
    last time (``carried_from`` set; a carried follow-up of a commitment still open is left out,
    its new follow-up replaces it); each liaison form, oldest first; the complaints, grouped by
    building and category into one point each (complaints already on a carried or liaison-form
    point are not repeated); landlord information; guest slot; neighbourhood life; date of the
    next meeting (one quarter after ``meeting_date`` when given).
    """
    points: list[AgendaPoint] = []
    if previous_meeting is not None:
        points.append(_standard(
            AgendaPointKind.PREVIOUS_MINUTES,
            tr("Agenda", "Approval of the minutes of the meeting of {date}").format(
                date=long_date(previous_meeting.date)),
        ))
    followed = {c.id for c in open_commitments}
    for commitment in sorted(open_commitments, key=lambda c: (c.due_on or dt.date.max, c.id or 0)):
        points.append(follow_up_point(commitment, today))
    covered_complaints: set[int] = set()
    covered_forms: set[int] = set()
    for point in unanswered_points:
        if point.follows_commitment_id is not None and point.follows_commitment_id in followed:
            continue
        points.append(carried_point(point))
        covered_complaints.update(point.complaint_ids)
        covered_forms.update(point.form_ids)
    for form in sorted(forms_since, key=lambda f: (f.received_on, f.id or 0)):
        if form.id is not None and form.id in covered_forms:
            continue
        points.append(form_point(form))
        if form.complaint_id:
            covered_complaints.add(form.complaint_id)
    remaining = [c for c in complaints_changed_since if c.id not in covered_complaints]
    points.extend(complaint_group_points(remaining, building_names or {}))
    points.extend(_closing_points(meeting_date))
    for position, point in enumerate(points, start=1):
        point.position = position
    return points


def _standard(kind: AgendaPointKind, title: str, question: str = "") -> AgendaPoint:
    return AgendaPoint(kind=kind, title=title, question=question, duration_minutes=DEFAULT_MINUTES[kind])


def follow_up_point(commitment: Commitment, today: dt.date) -> AgendaPoint:
    """The point reviewing an open commitment: what, who, the due date, and LATE when it is."""
    values = {"what": summary_line(commitment.what), "owner": commitment.owner_name,
              "date": long_date(commitment.due_on) if commitment.due_on else ""}
    if commitment.due_on is None:
        title = tr("Agenda", "Follow-up: {what} ({owner})").format(**values)
    elif commitment.is_late(today):
        title = tr("Agenda", "Follow-up: {what} ({owner}, due {date}, LATE)").format(**values)
    else:
        title = tr("Agenda", "Follow-up: {what} ({owner}, due {date})").format(**values)
    point = _standard(AgendaPointKind.COMMITMENT_FOLLOW_UP, title,
                      tr("Agenda", "Has this commitment been kept?"))
    point.follows_commitment_id = commitment.id
    return point


def carried_point(point: AgendaPoint) -> AgendaPoint:
    """``point`` as it comes back on the next agenda, marked as carried from its meeting."""
    return AgendaPoint(
        kind=AgendaPointKind.CARRIED, title=point.title, question=point.question,
        proposed_by=point.proposed_by,
        duration_minutes=point.duration_minutes or DEFAULT_MINUTES[AgendaPointKind.CARRIED],
        carried_from=point.meeting_id, origin_point_id=point.id,
        follows_commitment_id=point.follows_commitment_id,
        complaint_ids=list(point.complaint_ids), form_ids=list(point.form_ids),
    )


def form_point(form: LiaisonForm) -> AgendaPoint:
    """The point for one liaison form; its asker is never named (the agenda is posted)."""
    summary = summary_line(form.question)
    if form.entrance_label:
        title = tr("Agenda", "Liaison form, {entrance}: {summary}").format(
            entrance=form.entrance_label, summary=summary)
    else:
        title = tr("Agenda", "Liaison form: {summary}").format(summary=summary)
    point = _standard(AgendaPointKind.LIAISON_FORM, title, form.question.strip())
    point.proposed_by = form.collected_by_name
    point.form_ids = [form.id] if form.id is not None else []
    point.complaint_ids = [form.complaint_id] if form.complaint_id else []
    return point


def complaint_group_points(complaints: Sequence[Complaint], building_names: Mapping[int, str]) -> list[AgendaPoint]:
    """One point per (building, category): "Lift – Bâtiment B: 6 complaints", by building then category."""
    groups: dict[tuple[int | None, int | None], list[Complaint]] = {}
    for complaint in complaints:
        groups.setdefault((complaint.place.building_id, complaint.category_id), []).append(complaint)
    named = []
    for group in groups.values():
        building = _building_name(group[0], building_names)
        named.append((_fold(building) if building else (), _fold(group[0].category_name), building, group))
    named.sort(key=lambda item: (item[0] == (), item[0], item[1]))
    return [_group_point(building, group) for _b, _c, building, group in named]


def _group_point(building: str, group: list[Complaint]) -> AgendaPoint:
    ids = sorted(c.id for c in group if c.id is not None)
    values = {"category": group[0].category_name, "building": building, "count": len(ids)}
    if len(ids) == 1:
        title = (tr("Agenda", "{category} – {building}: 1 complaint") if building
                 else tr("Agenda", "{category}: 1 complaint")).format(**values)
        question = tr("Agenda", "Where does complaint {id} (“{title}”) stand, and what will be done, "
                                "by when?").format(id=ids[0], title=group[0].title)
    else:
        title = (tr("Agenda", "{category} – {building}: {count} complaints") if building
                 else tr("Agenda", "{category}: {count} complaints")).format(**values)
        question = tr("Agenda", "Where do complaints {ids} stand, and what will be done, by when?").format(
            ids=", ".join(str(i) for i in ids))
    point = _standard(AgendaPointKind.COMPLAINTS, title, question)
    point.complaint_ids = ids
    return point


def _closing_points(meeting_date: dt.date | None) -> list[AgendaPoint]:
    if meeting_date is None:
        next_title = tr("Agenda", "Date of the next meeting")
    else:
        next_title = tr("Agenda", "Date of the next meeting (proposed: {date})").format(
            date=long_date(next_meeting_date(meeting_date), weekday=True))
    return [
        _standard(AgendaPointKind.LANDLORD_INFORMATION,
                  tr("Agenda", "Landlord information: works, service charges, rehousing")),
        _standard(AgendaPointKind.GUEST_SLOT, tr("Agenda", "Guest slot")),
        _standard(AgendaPointKind.NEIGHBOURHOOD_LIFE, tr("Agenda", "Neighbourhood life and events")),
        _standard(AgendaPointKind.NEXT_MEETING, next_title),
    ]


def _building_name(complaint: Complaint, building_names: Mapping[int, str]) -> str:
    """The building of a complaint: from ``building_names``, else the head of its place label."""
    building_id = complaint.place.building_id
    if building_id is None:
        return ""
    if building_id in building_names:
        return building_names[building_id]
    return complaint.place.label.split(PLACE_SEPARATOR)[0]


def summary_line(text: str) -> str:
    """The first words of ``text``, on one line, cut at a word with "…"."""
    line = " ".join(text.split())
    if len(line) <= SUMMARY_LENGTH:
        return line
    cut = line[:SUMMARY_LENGTH].rsplit(" ", 1)[0]
    return cut.rstrip(",;:.") + "…"


def _fold(text: str) -> tuple:
    """A sort key ignoring accents and case, numbers by value ("Bâtiment 2" before "Bâtiment 10")."""
    folded = unicodedata.normalize("NFKD", text or "")
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch)).casefold()
    key, digits = [], ""
    for char in folded + " ":
        if char.isdigit():
            digits += char
            continue
        if digits:
            key.append((0, int(digits), ""))
            digits = ""
        key.append((1, 0, char))
    return tuple(key)
