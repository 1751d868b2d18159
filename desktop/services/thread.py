"""The thread across quarters: "the lift of building B since 2023", in the order things happened."""

from __future__ import annotations

import datetime as dt

from desktop.domain.agenda import AgendaPoint
from desktop.domain.complaints import ComplaintQuery, ComplaintStatus
from desktop.domain.dates import long_date
from desktop.domain.errors import InvalidValue
from desktop.domain.meetings import Meeting, meeting_label
from desktop.domain.thread import ThreadEntry, ThreadKind
from desktop.i18n import tr


def thread(store, building_id: int | None = None, entrance_id: int | None = None,
           category_id: int | None = None, text: str | None = None,
           since: dt.date | None = None) -> list[ThreadEntry]:
    """Every complaint, agenda point, answer, decision and commitment about a topic, oldest first.

    The topic is what the criteria given select together: the complaints of that building or
    entrance, in that category, containing those words; the agenda points about them, and the
    points whose texts contain the words or that take up a liaison form from that place (when no
    category narrows the topic). ``since`` leaves out what happened before that day.
    """
    if building_id is None and entrance_id is None and category_id is None and not (text or "").strip():
        raise InvalidValue(tr("Thread", "Choose a building, an entrance, a category or words to follow."))
    query = ComplaintQuery(text=text or "", building_id=building_id, entrance_id=entrance_id,
                           category_ids=frozenset({category_id}) if category_id is not None else None)
    complaint_ids = store.complaints.query_ids(query)
    entries = _complaint_entries(store, complaint_ids)
    point_ids = {p.id for p in store.agenda.points_about_complaints(complaint_ids)}
    if category_id is None or (text or "").strip():
        point_ids.update(store.meeting_queries.point_ids_about(text or "", building_id, entrance_id))
    meetings = {m.id: m for m in store.meetings.list()}
    for point in store.agenda.by_ids(sorted(point_ids)):
        entries += _point_entries(point, meetings[point.meeting_id])
    if since is not None:
        start = dt.datetime.combine(since, dt.time())
        entries = [e for e in entries if e.at >= start]
    return sorted(entries, key=lambda e: e.sort_key)


def _complaint_entries(store, complaint_ids: list[int]) -> list[ThreadEntry]:
    entries = []
    for complaint in store.complaints.by_ids(complaint_ids):
        entries.append(ThreadEntry(
            at=dt.datetime.combine(complaint.opened_on, dt.time()), kind=ThreadKind.COMPLAINT_OPENED,
            title=tr("Thread", "Complaint {id} opened ({place})").format(id=complaint.id, place=complaint.place.label),
            text=complaint.title, complaint_id=complaint.id,
        ))
    for entry in store.meeting_queries.status_history(complaint_ids):
        if not entry.before:  # the creation, already told by "opened"
            continue
        entries.append(ThreadEntry(
            at=dt.datetime.fromisoformat(entry.at), kind=ThreadKind.COMPLAINT_STATUS,
            title=tr("Thread", "Complaint {id}: {before} → {after}").format(
                id=entry.complaint_id, before=tr("Status", ComplaintStatus(entry.before).label),
                after=tr("Status", ComplaintStatus(entry.after).label)),
            text=entry.note, complaint_id=entry.complaint_id,
        ))
    return entries


def _point_entries(point: AgendaPoint, meeting: Meeting) -> list[ThreadEntry]:
    at = meeting.moment
    where = {"meeting_id": meeting.id, "point_id": point.id}
    heading = tr("Thread", "{meeting}, point {position}: {title}").format(
        meeting=meeting_label(meeting.date), position=point.position, title=point.title)
    entries = [ThreadEntry(at=at, kind=ThreadKind.AGENDA_POINT, title=heading, text=point.question, **where)]
    if not meeting.status.has_taken_place:
        return entries
    if point.answer.strip():
        entries.append(ThreadEntry(at=at, kind=ThreadKind.ANSWER, title=heading, text=point.answer, **where))
    elif point.no_answer_reason.strip():
        entries.append(ThreadEntry(at=at, kind=ThreadKind.NO_ANSWER, title=heading, text=point.no_answer_reason,
                                   **where))
    if point.decision.strip():
        entries.append(ThreadEntry(at=at, kind=ThreadKind.DECISION, title=heading, text=point.decision, **where))
    for commitment in point.commitments:
        if commitment.due_on is not None:
            text = tr("Thread", "{owner}: {what} (by {due})").format(
                owner=commitment.owner_name, what=commitment.what, due=long_date(commitment.due_on))
        else:
            text = tr("Thread", "{owner}: {what}").format(owner=commitment.owner_name, what=commitment.what)
        entries.append(ThreadEntry(at=at, kind=ThreadKind.COMMITMENT, title=heading, text=text,
                                   commitment_id=commitment.id, **where))
        if commitment.done_on is not None:
            entries.append(ThreadEntry(
                at=dt.datetime.combine(commitment.done_on, dt.time(23, 59)), kind=ThreadKind.COMMITMENT_DONE,
                title=heading, text=text, commitment_id=commitment.id, **where))
    return entries
