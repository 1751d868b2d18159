"""The demo's meetings: ten quarters of complete minutes, then the next meeting, planned.

Each past meeting goes the way a real one does, through the same services the window uses: the
liaison forms arrive, the agenda is built by ``plan_meeting`` (with the complaints that were open
when it was prepared, read from their histories), the convocation goes out, attendance is taken,
the previous minutes are approved (signed), every point gets the landlord's answer or the reason
why there is none (carried to the next meeting), commitments are made and followed, complaints
move on, and the meeting is closed. The last meeting's minutes wait for approval at the next
meeting, which is planned by ``plan_meeting`` from what the store holds, like any user's.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from desktop.domain.agenda import AgendaPoint, AgendaPointKind, next_meeting_date, previous_meeting_date
from desktop.domain.commitments import Commitment, CommitmentStatus
from desktop.domain.complaints import OPEN_STATUSES, ComplaintQuery, ComplaintStatus
from desktop.domain.dates import nearest_weekday
from desktop.domain.meetings import LiaisonForm, Meeting, Presence, Side
from desktop.domain.people import Person, Role
from desktop.domain.places import CommonAreaKind
from desktop.services import demo_meeting_texts as say
from desktop.services import demo_texts
from desktop.services.meetings import (
    add_amendment,
    approve_minutes,
    change_complaint_status,
    close_meeting,
    convene_meeting,
    plan_meeting,
    start_meeting,
)

PAST_MEETINGS = 10
THURSDAY = 3
START = dt.time(14, 30)
END = dt.time(17, 0)
AMENDED_AT = 4          # the meeting that amends the minutes of the one before
PREPARED_DAYS = 10      # the agenda is prepared this many days before the meeting
STATUS_CHANGES_PER_POINT = 3
STATUS_CHANGES_PER_MEETING = 8
FRENCH_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
                 "octobre", "novembre", "décembre")
FRENCH_DAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
# Who comes to the meetings, by role or staff title: the share of meetings each one attends.
ATTENDANCE = {"sector": 1.0, "technician": 0.8, "operations": 0.5, "rental": 0.6, "social": 0.4, "desk": 0.3,
              Role.CARETAKER: 0.85, Role.TENANT_REPRESENTATIVE: 0.75, Role.BUILDING_REPRESENTATIVE: 0.85}


def _entrance_words(name: str) -> str:
    """An entrance inside a sentence: "Entrée 8" becomes "l'entrée 8"."""
    return "l'" + name[:1].lower() + name[1:] if name[:1] in "EeÉé" else name


def french_date(day: dt.date, weekday: bool = False) -> str:
    """A date inside the demo's French sentences ("jeudi 1er mars 2026")."""
    text = f"{'1er' if day.day == 1 else day.day} {FRENCH_MONTHS[day.month - 1]} {day.year}"
    return f"{FRENCH_DAYS[day.weekday()]} {text}" if weekday else text


@dataclass
class MeetingsSummary:
    """What the demo's meetings did to the register, for the demo's summary."""

    meetings: int
    status_changes: int
    resolved: int
    planned_on: dt.date


@dataclass
class _Cast:
    """The people of the residence the meetings need, found by role."""

    staff: dict[str, Person]
    by_role: dict[Role, list[Person]]
    guests: dict[str, Person]
    reps_by_entrance: dict[int, Person] = field(default_factory=dict)

    def owner(self, key: str, rng: random.Random) -> Person:
        if key in self.staff:
            return self.staff[key]
        role = Role.CARETAKER if key == "caretaker" else Role.TENANT_REPRESENTATIVE
        return rng.choice(self.by_role[role])


def _cast(store) -> _Cast:
    by_role = {role: sorted(store.people.list(role=role), key=lambda p: p.id) for role in Role}
    staff = dict(zip(say.STAFF_KEYS, by_role[Role.LANDLORD_STAFF]))
    guests = {p.organisation: p for p in by_role[Role.GUEST]}
    cast = _Cast(staff, by_role, guests)
    for person in by_role[Role.BUILDING_REPRESENTATIVE]:
        for entrance_id in person.entrance_ids:
            cast.reps_by_entrance[entrance_id] = person
    return cast


def build_demo_meetings(store, seed: int, category_ids: dict[str, int]) -> MeetingsSummary:
    """Hold the demo's ten past quarterly meetings and plan the next one (see the module's text).

    The last meeting held falls about six weeks before the store's clock date, so the next one
    is ahead of it. Runs in the caller's transaction.
    """
    rng = random.Random(seed * 7919 + 101)
    writer = _MinutesWriter(store, rng, _cast(store), {i: name for name, i in category_ids.items()})
    today = store.complaints.today()
    dates = [nearest_weekday(today - dt.timedelta(days=45), THURSDAY)]
    while len(dates) < PAST_MEETINGS:
        dates.insert(0, previous_meeting_date(dates[0]))
    profile = store.profile
    previous: Meeting | None = None
    try:
        for index, date in enumerate(dates):
            previous = writer.hold(index, date, previous)
        writer.receive_forms(dates[-1], today - dt.timedelta(days=2), say.FORMS_AFTER_LAST_MEETING)
        store.profile = profile
        planned = plan_meeting(store, next_meeting_date(dates[-1]), start_time=START, end_time=END,
                               place=say.PLACES[0])
    finally:
        store.profile = profile
    return MeetingsSummary(len(dates) + 1, writer.status_changes, writer.resolved, planned.date)


class _MinutesWriter:
    """Holds the meetings one after the other, writing their minutes as a secretary would."""

    def __init__(self, store, rng: random.Random, cast: _Cast, categories: dict[int, str]):
        self.store = store
        self.rng = rng
        self.cast = cast
        self.categories = categories
        self.entrances = store.places.entrances()
        with_lift = {a.entrance_id for a in store.places.common_areas() if a.kind == CommonAreaKind.LIFT}
        self.lift_entrances = [e for e in self.entrances if e.id in with_lift] or self.entrances
        self.forms: dict[int, tuple[say.FormCase, str]] = {}
        self.secretaries: dict[int, str] = {}
        self.status_changes = 0
        self.resolved = 0
        self.left_late = False
        self.moved_at_meeting = 0

    # Before the meeting ---------------------------------------------------------------------
    def receive_forms(self, after: dt.date, before: dt.date, count: int) -> None:
        """Liaison forms collected by the representatives between two dates."""
        rng = self.rng
        span = max(1, (before - after).days - 1)
        for case in rng.sample(say.FORMS, count):
            entrance = rng.choice(self.lift_entrances if case.category == "Lift" else self.entrances)
            received = after + dt.timedelta(days=1 + rng.randrange(span))
            words = {"year": received.year - 1, "entrance": _entrance_words(entrance.name)}
            asker = rng.choice(self.cast.by_role[Role.TENANT]) if rng.random() < 0.6 else None
            form = LiaisonForm(
                question=case.question.format(**words), received_on=received, entrance_id=entrance.id,
                asker_id=asker.id if asker else None,
                asker_name="" if asker else f"{rng.choice(demo_texts.FIRST_NAMES)} {rng.choice(demo_texts.LAST_NAMES)}",
                confidential=rng.random() < 0.25, collected_by_id=self.cast.reps_by_entrance[entrance.id].id,
                complaint_id=self._complaint_about(case, entrance.id, after, received),
            )
            self.forms[self.store.forms.save(form).id] = (case, words["entrance"])

    def _complaint_about(self, case: say.FormCase, entrance_id: int, after: dt.date, received: dt.date) -> int | None:
        category_id = next((i for i, name in self.categories.items() if name == case.category), None)
        if category_id is None:
            return None
        found = self.store.complaints.list(ComplaintQuery(
            entrance_id=entrance_id, category_ids=frozenset({category_id}), opened_from=after, opened_to=received,
        ), limit=1)
        return found[0].id if found else None

    # The meeting ----------------------------------------------------------------------------
    def hold(self, index: int, date: dt.date, previous: Meeting | None) -> Meeting:
        """Plan, convene, hold and close the ``index``-th meeting, on ``date``."""
        store, rng = self.store, self.rng
        since = previous.date if previous else date - dt.timedelta(days=91)
        self.receive_forms(since, date - dt.timedelta(days=PREPARED_DAYS), rng.randint(2, 4))
        prepared = dt.datetime.combine(date - dt.timedelta(days=PREPARED_DAYS), dt.time(9))
        end = dt.time(16, 30 + rng.randrange(0, 30, 5))
        meeting = plan_meeting(
            store, date, start_time=START, end_time=end, place=say.PLACES[index % 2],
            today=prepared.date(), complaints=store.meeting_queries.complaints_open_at(prepared, since),
        )
        convene_meeting(store, meeting.id)
        self.moved_at_meeting = 0
        secretary = self.cast.by_role[Role.BUILDING_REPRESENTATIVE][index % 6]
        self.secretaries[meeting.id] = secretary.name
        store.profile = secretary.name
        self._attendance(meeting, index)
        meeting = start_meeting(store, meeting.id, when=meeting.moment)
        points = store.agenda.points(meeting.id)
        for point in points:
            self._fill(point, meeting, previous, index)
            store.agenda.add_seconds(point.id, int(point.duration_minutes * 60 * rng.uniform(0.6, 1.4)))
        store.meetings.set_current_point(meeting.id, points[-1].id)
        return close_meeting(store, meeting.id, when=dt.datetime.combine(date, end))

    def _attendance(self, meeting: Meeting, index: int) -> None:
        store, rng = self.store, self.rng
        staff_keys = {p.id: key for key, p in self.cast.staff.items()}
        present_reps = []
        for invitation in store.invitations.list(meeting.id):
            share = ATTENDANCE.get(staff_keys.get(invitation.person_id), ATTENDANCE.get(invitation.role, 1.0))
            invitation.presence = Presence.PRESENT if rng.random() < share else Presence.EXCUSED
            if invitation.role == Role.BUILDING_REPRESENTATIVE and invitation.presence == Presence.EXCUSED:
                roll = rng.random()
                if roll < 0.3 and present_reps:
                    invitation.presence = Presence.REPRESENTED
                    invitation.represented_by_id = rng.choice(present_reps)
                elif roll < 0.5:
                    invitation.presence = Presence.ABSENT
            if invitation.presence == Presence.PRESENT:
                if invitation.role == Role.BUILDING_REPRESENTATIVE:
                    present_reps.append(invitation.person_id)
                if rng.random() < 0.1:
                    invitation.arrived_at = dt.time(14, 45 + rng.randrange(0, 15, 5))
                elif rng.random() < 0.05:
                    invitation.left_at = dt.time(16, rng.randrange(0, 30, 5))
            store.invitations.save(invitation)
        guest = self._guest(index)
        visit = store.invitations.invite(meeting.id, guest.id, side=Side.GUEST)
        visit.presence, visit.arrived_at, visit.left_at = Presence.PRESENT, dt.time(15, 30), dt.time(16, 15)
        store.invitations.save(visit)
        for tenant in rng.sample(self.cast.by_role[Role.TENANT], rng.randint(1, 3)):
            listener = store.invitations.invite(meeting.id, tenant.id, side=Side.LISTENER)
            store.invitations.set_presence(listener.id, Presence.PRESENT)

    def _guest(self, index: int) -> Person:
        return self.cast.guests[demo_texts.GUESTS[index % len(demo_texts.GUESTS)]]

    # Points ---------------------------------------------------------------------------------
    def _fill(self, point: AgendaPoint, meeting: Meeting, previous: Meeting | None, index: int) -> None:
        kind = point.kind
        if kind == AgendaPointKind.PREVIOUS_MINUTES:
            fields = self._approve_previous(meeting, previous, index)
        elif kind == AgendaPointKind.COMMITMENT_FOLLOW_UP:
            fields = self._follow_up(point, meeting, previous, index)
        elif kind == AgendaPointKind.CARRIED:
            fields = self._answer_or_not(0.7, self._late_answer(point))
        elif kind == AgendaPointKind.LIAISON_FORM:
            fields = self._form_answer(point, meeting)
        elif kind == AgendaPointKind.COMPLAINTS:
            fields = self._complaints_answer(point, meeting)
        elif kind == AgendaPointKind.LANDLORD_INFORMATION:
            text = say.LANDLORD_INFORMATION[index % len(say.LANDLORD_INFORMATION)]
            fields = {"answer": text.format(year=meeting.date.year + 1)}
        elif kind == AgendaPointKind.GUEST_SLOT:
            discussion, question, answer = say.GUEST_SLOTS[self._guest(index).organisation]
            fields = {"discussion": discussion, "question": question, "answer": answer}
        elif kind == AgendaPointKind.NEIGHBOURHOOD_LIFE:
            discussion, decision = say.NEIGHBOURHOOD[index % len(say.NEIGHBOURHOOD)]
            fields = {"discussion": discussion, "decision": decision}
        else:
            fields = {"decision": say.NEXT_MEETING.format(next=french_date(next_meeting_date(meeting.date), True))}
        self.store.agenda.update_point_fields(point.id, **fields)

    def _late_answer(self, point: AgendaPoint) -> str:
        """The answer that finally comes to a carried point: the one its topic calls for."""
        if point.form_ids and point.form_ids[0] in self.forms:
            return self.forms[point.form_ids[0]][0].answer
        if point.complaint_ids:
            category = self.categories.get(self.store.complaints.get(point.complaint_ids[0]).category_id, "")
            return self.rng.choice(say.COMPLAINT_ANSWERS.get(category, say.DEFAULT_COMPLAINT_ANSWERS))[0]
        return self.rng.choice(say.CARRIED_ANSWERS)

    def _answer_or_not(self, share: float, answer: str) -> dict[str, str]:
        if self.rng.random() < share:
            return {"answer": answer}
        return {"no_answer_reason": self.rng.choice(say.NO_ANSWER_REASONS)}

    def _promise(self, promise: say.Promise | None, point: AgendaPoint, meeting: Meeting, **words) -> None:
        if promise is None:
            return
        owner = self.cast.owner(promise.owner, self.rng)
        self.store.commitments.add(Commitment(
            what=promise.what.format(**words), owner_id=owner.id, point_id=point.id,
            due_on=meeting.date + dt.timedelta(days=self.rng.randint(30, 75)),
        ), when=meeting.moment)

    def _approve_previous(self, meeting: Meeting, previous: Meeting, index: int) -> dict[str, str]:
        chair = self.cast.staff["sector"].name
        approve_minutes(self.store, previous.id, chair, self.secretaries[previous.id], when=meeting.moment)
        if index != AMENDED_AT:
            return {"decision": say.MINUTES_APPROVED.format(date=french_date(previous.date))}
        points = self.store.agenda.points(previous.id)
        target = next((p for p in points if p.commitments), None)
        if target is not None:
            due = target.commitments[0].due_on + dt.timedelta(days=7)
            text = say.AMENDMENT
        else:  # a quiet quarter: no commitment was taken
            target = next(p for p in points if p.kind == AgendaPointKind.LANDLORD_INFORMATION)
            due, text = previous.date + dt.timedelta(days=14), say.AMENDMENT_WITHOUT_COMMITMENT
        add_amendment(self.store, previous.id, text.format(
            date=french_date(meeting.date), position=target.position, title=target.title, due=french_date(due)),
            made_on=meeting.date, author=self.secretaries[meeting.id])
        return {"decision": say.MINUTES_APPROVED_WITH_CORRECTION.format(
            date=french_date(previous.date), position=target.position)}

    def _follow_up(self, point: AgendaPoint, meeting: Meeting, previous: Meeting | None,
                   index: int) -> dict[str, str]:
        rng, commitments = self.rng, self.store.commitments
        commitment = commitments.get(point.follows_commitment_id)
        # At the last meeting, one promise at least is still not kept: the register shows it late.
        keep_late = index == PAST_MEETINGS - 1 and not self.left_late
        if rng.random() < 0.75 and not keep_late:
            first = commitment.meeting_date + dt.timedelta(days=7)
            if previous is not None and commitment.meeting_date < previous.date:
                first = max(first, previous.date + dt.timedelta(days=1))  # it was still pending then
            span = max(1, (meeting.date - first).days)
            done_on = min(first + dt.timedelta(days=rng.randrange(span)), meeting.date)
            commitments.set_status(commitment.id, CommitmentStatus.DONE, done_on=done_on, meeting_id=meeting.id,
                                   when=meeting.moment)
            return {"answer": rng.choice(say.FOLLOW_UP_DONE).format(date=french_date(done_on))}
        due = meeting.date + dt.timedelta(days=rng.randint(30, 60))
        answer = rng.choice(say.FOLLOW_UP_PENDING).format(due=french_date(due))
        if rng.random() < 0.5 and not keep_late:  # the others keep their date: they will show as late
            commitments.postpone(commitment.id, due, meeting_id=meeting.id, note=answer, when=meeting.moment)
        self.left_late = self.left_late or keep_late
        return {"answer": answer}

    def _form_answer(self, point: AgendaPoint, meeting: Meeting) -> dict[str, str]:
        case, entrance = self.forms[point.form_ids[0]]
        fields = self._answer_or_not(0.85, case.answer)
        if "answer" in fields and self.rng.random() < 0.6:
            self._promise(case.promise, point, meeting, entrance=entrance)
        return fields

    def _complaints_answer(self, point: AgendaPoint, meeting: Meeting) -> dict[str, str]:
        rng = self.rng
        first = self.store.complaints.get(point.complaint_ids[0])
        category = self.categories.get(first.category_id, "")
        answer, promise = rng.choice(say.COMPLAINT_ANSWERS.get(category, say.DEFAULT_COMPLAINT_ANSWERS))
        fields = self._answer_or_not(0.88, answer)
        if "answer" in fields:
            if promise is not None and rng.random() < 0.5:
                building = first.place.label.split(" › ")[0]
                self._promise(say.Promise(promise.owner, f"{promise.what} ({building})"), point, meeting)
            self._move_complaints(point, meeting)
        return fields

    def _move_complaints(self, point: AgendaPoint, meeting: Meeting) -> None:
        """Pass on, start or resolve a few of the point's complaints that had not moved since."""
        if self.moved_at_meeting == STATUS_CHANGES_PER_MEETING:
            return
        stamp = meeting.moment.isoformat(timespec="seconds")
        moved = 0
        for complaint in self.store.complaints.by_ids(point.complaint_ids[:20]):
            if moved == STATUS_CHANGES_PER_POINT or self.moved_at_meeting == STATUS_CHANGES_PER_MEETING:
                break
            if complaint.updated_at >= stamp or complaint.status not in OPEN_STATUSES:
                continue
            target = {ComplaintStatus.NEW: ComplaintStatus.PASSED_TO_LANDLORD,
                      ComplaintStatus.PASSED_TO_LANDLORD: ComplaintStatus.IN_PROGRESS,
                      ComplaintStatus.IN_PROGRESS: ComplaintStatus.RESOLVED,
                      ComplaintStatus.REOPENED: ComplaintStatus.IN_PROGRESS}[complaint.status]
            change_complaint_status(self.store, meeting.id, complaint.id, target)
            moved += 1
            self.moved_at_meeting += 1
            self.status_changes += 1
            self.resolved += target == ComplaintStatus.RESOLVED
