"""Building the standard agenda of a meeting from what the register holds.

The order, the grouping of complaints by building and category, and the complaints "still
pending" (open, already followed at an earlier meeting) with how long each has waited since it
was passed to the landlord. The titles are kept whole; screens shorten them, documents do not.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from desktop.domain.agenda import (
    DEFAULT_MINUTES,
    PLACE_SEPARATOR,
    AgendaPoint,
    AgendaPointKind,
    next_meeting_date,
)
from desktop.domain.commitments import Commitment
from desktop.domain.complaints import Complaint
from desktop.domain.dates import long_date
from desktop.domain.meetings import LiaisonForm, Meeting
from desktop.i18n import tr


# The standard points that end every agenda; complaints added later go before them.
CLOSING_KINDS = (AgendaPointKind.LANDLORD_INFORMATION, AgendaPointKind.GUEST_SLOT,
                 AgendaPointKind.NEIGHBOURHOOD_LIFE, AgendaPointKind.NEXT_MEETING)


def build_agenda(
    previous_meeting: Meeting | None,
    open_commitments: Sequence[Commitment],
    unanswered_points: Sequence[AgendaPoint],
    forms_since: Sequence[LiaisonForm],
    new_complaints: Sequence[Complaint],
    today: dt.date,
    *,
    building_names: Mapping[int, str] | None = None,
    meeting_date: dt.date | None = None,
    still_pending: Sequence["PendingComplaint"] = (),
) -> list[AgendaPoint]:
    """The standard agenda, numbered from 1, in this order:

    approval of the previous minutes (when there was a previous meeting); the follow-up of each
    open commitment (due date, and "late" as of ``today``); each point left without an answer
    last time (``carried_from`` set; a carried follow-up of a commitment still open is left out,
    its new follow-up replaces it); each liaison form, oldest first; the complaints, grouped by
    building and category into one point each (complaints already on a carried or liaison-form
    point are not repeated); the complaints ``still_pending`` (open, already followed at an
    earlier meeting), under "Still pending", one point per building, each with how long it has
    waited since it was passed to the landlord (as of ``meeting_date``, else ``today``);
    landlord information; guest slot; neighbourhood life; date of the next meeting (one quarter
    after ``meeting_date`` when given).
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
    remaining = [c for c in new_complaints if c.id not in covered_complaints]
    points.extend(complaint_group_points(remaining, building_names or {}))
    listed = covered_complaints | {c.id for c in remaining}
    waiting = [p for p in still_pending if p.complaint.id not in listed]
    points.extend(still_pending_points(waiting, building_names or {}, meeting_date or today))
    points.extend(_closing_points(meeting_date))
    for position, point in enumerate(points, start=1):
        point.position = position
    return points


def _standard(kind: AgendaPointKind, title: str, question: str = "") -> AgendaPoint:
    return AgendaPoint(kind=kind, title=title, question=question, duration_minutes=DEFAULT_MINUTES[kind])


def follow_up_point(commitment: Commitment, today: dt.date) -> AgendaPoint:
    """The point reviewing an open commitment: what, who, the due date, and LATE when it is."""
    values = {"what": " ".join(commitment.what.split()), "owner": commitment.owner_name,
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
    """The point for one liaison form; its asker is never named (the agenda is posted). The title
    holds the whole question on one line: screens shorten it, the documents print it whole."""
    summary = " ".join(form.question.split())
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


@dataclass
class PendingComplaint:
    """An open complaint already followed at an earlier meeting, and the day it was passed to
    the landlord (None when it has not been yet)."""

    complaint: Complaint
    passed_on: dt.date | None = None

    def waiting_line(self, on: dt.date) -> str:
        """"Complaint 12, Lift (“Lift stuck”): waiting for the landlord for 45 days, since 12 October 2026"."""
        c = self.complaint
        values = {"id": c.id, "category": c.category_name, "title": " ".join(c.title.split())}
        if self.passed_on is None:
            return tr("Agenda", "Complaint {id}, {category} (“{title}”): not passed to the landlord yet, "
                                "opened {waited}").format(waited=days_ago(c.opened_on, on), **values)
        return tr("Agenda", "Complaint {id}, {category} (“{title}”): waiting for the landlord for {waited}, "
                            "since {date}").format(waited=days_text((on - self.passed_on).days),
                                                   date=long_date(self.passed_on), **values)


def days_text(days: int) -> str:
    """"1 day", "45 days" (never negative)."""
    days = max(0, days)
    return tr("Agenda", "1 day") if days == 1 else tr("Agenda", "{count} days").format(count=days)


def days_ago(since: dt.date, on: dt.date) -> str:
    """"today", "1 day ago", "45 days ago"."""
    days = (on - since).days
    if days <= 0:
        return tr("Agenda", "today")
    return tr("Agenda", "1 day ago") if days == 1 else tr("Agenda", "{count} days ago").format(count=days)


def still_pending_points(pending: Sequence[PendingComplaint], building_names: Mapping[int, str],
                         on: dt.date) -> list[AgendaPoint]:
    """One "Still pending" point per building (residence-wide ones last), each listing its
    complaints, the longest waiting first, with how long each has waited as of ``on``."""
    groups: dict[str, list[PendingComplaint]] = {}
    for item in pending:
        groups.setdefault(_building_name(item.complaint, building_names), []).append(item)
    points = []
    for building in sorted(groups, key=lambda b: (b == "", _fold(b))):
        group = sorted(groups[building], key=lambda p: (p.passed_on or p.complaint.opened_on, p.complaint.id or 0))
        count = len(group)
        if building:
            title = (tr("Agenda", "Still pending – {building}: 1 complaint") if count == 1 else
                     tr("Agenda", "Still pending – {building}: {count} complaints")).format(building=building,
                                                                                          count=count)
        else:
            title = (tr("Agenda", "Still pending: 1 complaint") if count == 1 else
                     tr("Agenda", "Still pending: {count} complaints")).format(count=count)
        lines = [tr("Agenda", "Where do these complaints stand, and what will be done, by when?")]
        lines += ["– " + item.waiting_line(on) + "." for item in group]
        point = _standard(AgendaPointKind.COMPLAINTS, title, "\n".join(lines))
        point.complaint_ids = sorted(item.complaint.id for item in group if item.complaint.id is not None)
        points.append(point)
    return points


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
