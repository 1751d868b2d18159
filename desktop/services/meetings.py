"""Meetings, from planning to signed minutes: the use cases the window and the command line share.

    meeting = plan_meeting(store, date)            # agenda built by domain.agenda.build_agenda
    start_meeting(store, meeting.id)               # "held": the meeting mode takes the minutes
    store.agenda.update_point_fields(point_id, answer="...")   # as it is typed
    change_complaint_status(store, meeting.id, complaint_id, ComplaintStatus.IN_PROGRESS)
    close_meeting(store, meeting.id)               # UnansweredPoints lists what is missing
    approve_minutes(store, meeting.id, chair, secretary)       # signed: locked in the database
    add_amendment(store, meeting.id, "...")        # the only change signed minutes accept

Every function is one transaction: on any error nothing is changed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from desktop.domain.agenda import (
    AgendaPoint,
    missing_answers,
    next_meeting_date,
    points_to_carry,
    summary_line,
)
from desktop.domain.agenda_builder import (
    CLOSING_KINDS,
    PendingComplaint,
    build_agenda,
    complaint_group_points,
    still_pending_points,
)
from desktop.domain.complaints import Complaint, ComplaintStatus, check_transition
from desktop.domain.dates import long_date
from desktop.domain.errors import InvalidValue, UserError
from desktop.domain.meetings import (
    Amendment,
    Meeting,
    MeetingKind,
    MeetingLocked,
    MeetingStatus,
    Minutes,
    UnansweredPoints,
    check_meeting_transition,
    locked_message,
    meeting_label,
)
from desktop.domain.people import Person, Role
from desktop.domain.places import PlaceRef
from desktop.i18n import plural, tr
from desktop.services.thread import thread  # noqa: F401  (part of this module's interface)

# Who is invited by default: the tenants' representatives and the landlord's people.
INVITED_ROLES = (Role.BUILDING_REPRESENTATIVE, Role.TENANT_REPRESENTATIVE, Role.CARETAKER, Role.LANDLORD_STAFF)


# Planning ---------------------------------------------------------------------------------------
def propose_agenda(store, date: dt.date, today: dt.date | None = None,
                   complaints: Sequence[Complaint] | None = None,
                   building_ids: Iterable[int] | None = None) -> list[AgendaPoint]:
    """The standard agenda for a meeting on ``date``, from what the store holds (nothing written).

    Previous meeting: the last one that took place before ``date``. Its points carried forward
    (or, if it is not closed yet, its questions without an answer); every open commitment made
    before ``date``; the liaison forms received by ``date`` that no agenda takes up yet; every
    complaint still open: those no earlier meeting's agenda took up as new ones, by building and
    category, the others as "still pending" with how long each has waited since it was passed
    to the landlord. When ``complaints`` is given (to record a past meeting) they are all taken
    as new. Only those of ``building_ids`` when given. "Late" is judged as of ``today``.
    """
    previous = store.meetings.previous_held(date)
    today = today or store.complaints.today()
    unanswered: list[AgendaPoint] = []
    if previous is not None:
        if previous.status == MeetingStatus.HELD:
            unanswered = points_to_carry(store.agenda.points(previous.id, with_commitments=False))
        else:
            unanswered = store.agenda.carried_points(previous.id)
    pending: list[PendingComplaint] = []
    if complaints is None:
        complaints, pending = _open_complaints(store, date)
    if building_ids:
        wanted = set(building_ids)

        def concerned(complaint: Complaint) -> bool:
            return complaint.place.building_id is None or complaint.place.building_id in wanted

        complaints = [c for c in complaints if concerned(c)]
        pending = [p for p in pending if concerned(p.complaint)]
    return build_agenda(
        previous, store.commitments.open(made_before=date), unanswered,
        store.forms.not_on_agenda(received_until=date), complaints, today,
        building_names={b.id: b.name for b in store.places.buildings()}, meeting_date=date,
        still_pending=pending,
    )


def _open_complaints(store, date: dt.date, open_now: Sequence[Complaint] | None = None
                     ) -> tuple[list[Complaint], list[PendingComplaint]]:
    """Every open complaint (or those of ``open_now``): the new ones (on no agenda of a meeting
    held before ``date``) and the ones still pending, with the day each was last passed to the
    landlord."""
    if open_now is None:
        open_now = store.meeting_queries.open_complaints_changed_since(None)
    followed = store.meeting_queries.complaints_on_agendas_before(date)
    new = [c for c in open_now if c.id not in followed]
    old = [c for c in open_now if c.id in followed]
    passed: dict[int, dt.date] = {}
    for entry in store.meeting_queries.status_history([c.id for c in old]):
        if entry.after == ComplaintStatus.PASSED_TO_LANDLORD.value:
            passed[entry.complaint_id] = dt.datetime.fromisoformat(entry.at).date()
    return new, [PendingComplaint(c, passed.get(c.id)) for c in old]


def complaints_not_on_agenda(store, meeting_id: int) -> list[Complaint]:
    """The open complaints that the agenda of a meeting still to come does not take up: those
    logged (or reopened) after it was planned, or whose point was removed. Only those of its
    buildings when it concerns some; nothing once the meeting has begun."""
    meeting = store.meetings.get(meeting_id)
    if meeting.status not in (MeetingStatus.PLANNED, MeetingStatus.CONVENED):
        return []
    wanted = set(meeting.building_ids)
    return [c for c in store.meeting_queries.open_complaints_not_on_agenda(meeting_id)
            if not wanted or c.place.building_id is None or c.place.building_id in wanted]


def coming_meeting_missing(store, complaint_id: int) -> Meeting | None:
    """The next planned or convened meeting when its agenda does not take up this complaint
    (just logged after it was planned), else None."""
    coming = store.meetings.next_planned(store.complaints.today())
    if coming is None or coming.status not in (MeetingStatus.PLANNED, MeetingStatus.CONVENED):
        return None
    missing = {c.id for c in complaints_not_on_agenda(store, coming.id)}
    return coming if complaint_id in missing else None


def add_missing_complaints(store, meeting_id: int) -> list[AgendaPoint]:
    """Put on a coming meeting's agenda the complaints it does not take up yet (see
    ``complaints_not_on_agenda``), grouped as when it was planned (new ones by building and
    category, the others under "Still pending"): a complaint joins the point of its group when
    the agenda has one ("Lift – Bâtiment B: 3 complaints"), else a new point goes before the
    landlord's information. One transaction; each change is dated in the agenda's history.
    Returns the points added or completed."""
    missing = complaints_not_on_agenda(store, meeting_id)
    if not missing:
        return []
    meeting = store.meetings.get(meeting_id)
    new, pending = _open_complaints(store, meeting.date, missing)
    names = {b.id: b.name for b in store.places.buildings()}
    points = complaint_group_points(new, names) + still_pending_points(pending, names, meeting.date)
    existing = store.agenda.points(meeting_id, with_commitments=False)
    position = next((p.position for p in existing if p.kind in CLOSING_KINDS), len(existing) + 1)
    done = []
    with store.atomic():
        for point in points:
            twin = _group_twin(existing, point)
            joined = _joined_point(store, meeting, twin, point, names) if twin is not None else None
            if joined is None:
                done.append(store.agenda.add_point(meeting_id, point, position))
                position += 1
                continue
            store.agenda.link(twin.id, complaint_ids=point.complaint_ids)
            store.agenda.update_point_fields(twin.id, title=joined.title, question=joined.question)
            done.append(store.agenda.point(twin.id))
    return done


def _group_title(title: str) -> str:
    """"Lift – Bâtiment B" of "Lift – Bâtiment B: 3 complaints"."""
    return title.rsplit(": ", 1)[0].rstrip()


def _group_twin(existing: Sequence[AgendaPoint], point: AgendaPoint) -> AgendaPoint | None:
    """The complaints point of the agenda for the same group as ``point``, if any."""
    return next((p for p in existing if p.kind == point.kind and p.carried_from is None and p.complaint_ids
                 and _group_title(p.title) == _group_title(point.title)), None)


def _joined_point(store, meeting: Meeting, twin: AgendaPoint, point: AgendaPoint, names) -> AgendaPoint | None:
    """``twin`` with the complaints of ``point`` too, titled and worded as the planning would."""
    union = [store.complaints.get(i) for i in sorted(set(twin.complaint_ids) | set(point.complaint_ids))]
    new, pending = _open_complaints(store, meeting.date, union)
    made = complaint_group_points(new, names) + still_pending_points(pending, names, meeting.date)
    return made[0] if len(made) == 1 else None


def default_invitees(store, building_ids: Iterable[int] | None = None) -> list[Person]:
    """The people invited by default: representatives (of the buildings concerned, when given),
    tenant representatives, caretakers and landlord staff."""
    entrances = None
    if building_ids:
        wanted = set(building_ids)
        entrances = {e.id for e in store.places.entrances() if e.building_id in wanted}
    people = []
    for role in INVITED_ROLES:
        for person in store.people.list(role=role):
            if role == Role.BUILDING_REPRESENTATIVE and entrances is not None and person.entrance_ids \
                    and not entrances & set(person.entrance_ids):
                continue
            people.append(person)
    return people


def plan_meeting(store, date: dt.date, kind: MeetingKind = MeetingKind.QUARTERLY,
                 start_time: dt.time | None = None, end_time: dt.time | None = None, place: str = "",
                 building_ids: Iterable[int] | None = None, invite: bool = True, today: dt.date | None = None,
                 complaints: Sequence[Complaint] | None = None) -> Meeting:
    """Create a meeting on ``date`` with the proposed agenda (see ``propose_agenda``) and, unless
    ``invite`` is False, the default invitations. Refuses a second meeting of the same kind on
    the same day."""
    residence = store.places.first_residence()
    if residence is None:
        raise UserError(tr("Meeting", "Create the residence before planning its meetings."))
    for other in store.meetings.on_date(date):
        if other.kind == kind:
            raise InvalidValue(tr("Meeting", "There is already a meeting of this kind on {date} (number {id}).")
                               .format(date=long_date(date), id=other.id))
    buildings = sorted(set(building_ids)) if building_ids else []
    with store.atomic():
        meeting = store.meetings.create(Meeting(
            date=date, kind=kind, start_time=start_time, end_time=end_time, place=place,
            residence_id=residence.id, building_ids=buildings,
        ))
        store.agenda.add_points(meeting.id, propose_agenda(store, date, today, complaints, buildings))
        if invite:
            store.invitations.invite_people(meeting.id, default_invitees(store, buildings))
    return store.meetings.get(meeting.id)


def suggest_next_date(store) -> dt.date | None:
    """The date to propose for the next meeting: one quarter after the last one held, same weekday."""
    last = store.meetings.last_held()
    return next_meeting_date(last.date) if last else None


# The life cycle ---------------------------------------------------------------------------------
def convene_meeting(store, meeting_id: int) -> Meeting:
    """Record that the convocation was sent."""
    return store.meetings.set_status(meeting_id, MeetingStatus.CONVENED)


def start_meeting(store, meeting_id: int, when: dt.datetime | None = None) -> Meeting:
    """The meeting begins: it becomes "held", its start time is noted when it had none and it
    starts on its day, and the meeting mode opens on the first point."""
    meeting = store.meetings.get(meeting_id)
    check_meeting_transition(meeting.status, MeetingStatus.HELD)
    when = when or store.complaints.now()
    with store.atomic():
        if meeting.start_time is None and when.date() == meeting.date:
            store.meetings.set_times(meeting_id, start=when.time().replace(second=0, microsecond=0))
        points = store.agenda.points(meeting_id, with_commitments=False)
        if meeting.current_point_id is None and points:
            store.meetings.set_current_point(meeting_id, points[0].id)
        store.meetings.set_status(meeting_id, MeetingStatus.HELD)
    return store.meetings.get(meeting_id)


def unanswered_message(meeting: Meeting, missing: Sequence[AgendaPoint]) -> str:
    """The sentence listing the points that stop a meeting from closing, one per line."""
    head = plural(len(missing),
                  tr("Meeting", "The meeting of {date} cannot be closed: 1 point has neither an answer nor a "
                                "reason for having none yet:"),
                  tr("Meeting", "The meeting of {date} cannot be closed: {count} points have neither an answer "
                                "nor a reason for having none yet:")).format(date=long_date(meeting.date),
                                                                             count=len(missing))
    lines = [tr("Meeting", "point {position}: {title}").format(position=p.position, title=p.title) for p in missing]
    return "\n".join([head, *("  " + line for line in lines)])


def _check_answers(store, meeting: Meeting) -> list[AgendaPoint]:
    points = store.agenda.points(meeting.id, with_commitments=False)
    missing = missing_answers(points)
    if missing:
        raise UnansweredPoints(unanswered_message(meeting, missing), missing)
    return points


def close_meeting(store, meeting_id: int, when: dt.datetime | None = None) -> Meeting:
    """Close a held meeting: every question must have an answer or a reason for having none
    (UnansweredPoints lists those that do not); the points without an answer are marked to be
    carried to the next agenda; the minutes are then "drafted". The end time is noted when the
    meeting had none and closes on its day."""
    meeting = store.meetings.get(meeting_id)
    check_meeting_transition(meeting.status, MeetingStatus.MINUTES_DRAFTED)
    points = _check_answers(store, meeting)
    when = when or store.complaints.now()
    with store.atomic():
        store.agenda.set_carried_forward(meeting_id, [p.id for p in points_to_carry(points)])
        if meeting.end_time is None and when.date() == meeting.date:
            end = when.time().replace(second=0, microsecond=0)
            if meeting.start_time is None or end > meeting.start_time:
                store.meetings.set_times(meeting_id, end=end)
        store.meetings.set_status(meeting_id, MeetingStatus.MINUTES_DRAFTED)
    return store.meetings.get(meeting_id)


def reopen_minutes(store, meeting_id: int) -> Meeting:
    """Take drafted minutes back to "held" (the meeting mode), before they are signed."""
    return store.meetings.set_status(meeting_id, MeetingStatus.HELD)


def approve_minutes(store, meeting_id: int, chair: str, secretary: str,
                    when: dt.datetime | None = None, handwritten: dict | None = None) -> Meeting:
    """The chair and the secretary approve the drafted minutes: the meeting is signed and, from
    then on, the store refuses any change to it. The closing rule is checked again, since the
    minutes may have been edited after closing. ``handwritten`` holds the strokes each signed on
    the pad ({"chair": Strokes, "secretary": Strokes}), drawn on the printed minutes."""
    if not chair.strip() or not secretary.strip():
        raise InvalidValue(tr("Meeting", "Give the names of the chair and of the secretary who approve the minutes."))
    meeting = store.meetings.get(meeting_id)
    check_meeting_transition(meeting.status, MeetingStatus.SIGNED)
    points = _check_answers(store, meeting)
    with store.atomic():
        store.agenda.set_carried_forward(meeting_id, [p.id for p in points_to_carry(points)])
        return store.meetings.approve(meeting_id, chair, secretary, when, handwritten)


def add_amendment(store, meeting_id: int, text: str, made_on: dt.date | None = None, author: str = "") -> Amendment:
    """Append a dated correction to signed minutes (dated today by default)."""
    return store.meetings.add_amendment(Amendment(
        meeting_id=meeting_id, text=text, made_on=made_on or store.complaints.today(), author=author))


def load_minutes(store, meeting_id: int) -> Minutes:
    """A meeting with its attendance, agenda (links and commitments) and amendments."""
    return Minutes(store.meetings.get(meeting_id), store.invitations.list(meeting_id),
                   store.agenda.points(meeting_id), store.meetings.amendments(meeting_id))


# From the meeting to the register ---------------------------------------------------------------
def change_complaint_status(store, meeting_id: int, complaint_id: int, target: ComplaintStatus,
                            reason: str = "", duplicate_of: int | None = None) -> Complaint:
    """Change a complaint's status from a meeting that took place and is not signed.

    The change lands in the complaint's history dated at the meeting (its start), with a note
    naming it ("Meeting of 12 March 2026: reason"); when the complaint changed after that moment
    (minutes drafted days later), it is dated now, so that its history stays in order.
    """
    meeting = store.meetings.get(meeting_id)
    if meeting.is_locked:
        raise MeetingLocked(locked_message(meeting.date))
    if not meeting.status.has_taken_place:
        raise UserError(tr("Meeting", "The meeting of {date} has not begun; complaints are updated from it once "
                                      "it is held.").format(date=long_date(meeting.date)))
    complaint = store.complaints.get(complaint_id)
    check_transition(complaint.status, target, reason, duplicate_of, complaint_id)
    note = meeting_label(meeting.date)
    if reason.strip():
        note = tr("Meeting", "{meeting}: {reason}").format(meeting=note, reason=reason.strip())
    when = meeting.moment
    if complaint.updated_at:
        when = max(when, dt.datetime.fromisoformat(complaint.updated_at))
    return store.complaints.change_status(complaint_id, target, note, duplicate_of, when=when)


def form_to_complaint(store, form_id: int, category_id: int, title: str = "") -> Complaint:
    """Turn a liaison form into a complaint (asker, confidentiality, entrance and date kept) and
    link the form to it."""
    form = store.forms.get(form_id)
    if form.complaint_id:
        raise UserError(tr("Meeting", "Liaison form {id} is already linked to complaint {complaint}.").format(
            id=form.id, complaint=form.complaint_id))
    complaint = Complaint(
        title=title.strip() or summary_line(form.question), category_id=category_id, description=form.question,
        place=PlaceRef(entrance_id=form.entrance_id), reporter_id=form.asker_id,
        reporter_name="" if form.asker_id else form.asker_name, reporter_confidential=form.confidential,
        opened_on=form.received_on,
    )
    with store.atomic():
        saved = store.complaints.create(complaint)
        store.forms.link_complaint(form.id, saved.id)
    return saved
