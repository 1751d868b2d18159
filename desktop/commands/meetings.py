"""``meeting show|plan|close`` and the ``list meetings|commitments`` listings.

Plain output is for people, in their language; ``--json`` prints codes and ISO dates for
programs. Liaison forms are given by number only: who asked a question is never printed.
"""

from __future__ import annotations

import datetime as dt
import json
import textwrap

from desktop.cli import open_store
from desktop.commands.complaints import format_date, table, whole_number
from desktop.domain.agenda import AgendaPoint
from desktop.domain.commitments import Commitment, CommitmentState
from desktop.domain.dates import clock_time, long_date
from desktop.domain.errors import InvalidValue
from desktop.domain.meetings import Invitation, Meeting, MeetingKind, Minutes
from desktop.i18n import tr
from desktop.services import meetings as service

COMMITMENT_STATES = tuple(state.value for state in CommitmentState)
WIDTH = 100


def _t(text: str) -> str:
    return tr("CommandLine", text)


def register(subparsers) -> None:
    """Add the ``meeting`` command and its actions."""
    parser = subparsers.add_parser(
        "meeting", help=_t("show, plan or close a meeting"),
        description=_t("Show a meeting's minutes, plan the next meeting with its proposed agenda, or close "
                       "a meeting that was held."),
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    show = actions.add_parser("show", help=_t("show a meeting: attendance, agenda, answers, commitments"))
    show.add_argument("id", metavar="ID", help=_t("the meeting's number (see: list meetings)"))
    show.add_argument("--json", action="store_true", help=_t("print JSON for other programs"))
    show.set_defaults(handler=run_show)
    plan = actions.add_parser(
        "plan", help=_t("plan a meeting with the proposed agenda"),
        description=_t("Create a meeting with the standard agenda built from the commitments still open, the "
                       "points left without an answer last time, the new liaison forms and the complaints "
                       "opened or changed since the last meeting; the representatives, caretakers and "
                       "landlord staff are invited."),
    )
    plan.add_argument("--date", metavar="YYYY-MM-DD",
                      help=_t("the day of the meeting (default: one quarter after the last one, same weekday)"))
    plan.add_argument("--kind", choices=[k.value for k in MeetingKind], default=MeetingKind.QUARTERLY.value,
                      help=_t("the kind of meeting (default: quarterly)"))
    plan.add_argument("--json", action="store_true", help=_t("print JSON for other programs"))
    plan.set_defaults(handler=run_plan)
    close = actions.add_parser(
        "close", help=_t("close a meeting that was held"),
        description=_t("Close a held meeting. It is refused, with the list of the points concerned, while a "
                       "question has neither an answer nor a reason for having none; the points without "
                       "an answer are carried to the next meeting."),
    )
    close.add_argument("id", metavar="ID", help=_t("the meeting's number (see: list meetings)"))
    close.set_defaults(handler=run_close)


# Checking what the user typed -------------------------------------------------------------------
def parse_day(value: str, option: str) -> dt.date:
    """``value`` as a date written YYYY-MM-DD, or InvalidValue naming ``option``."""
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise InvalidValue(_t("{option} needs a date written YYYY-MM-DD, not “{value}”.").format(
            option=option, value=value)) from None


def commitment_state(value: str | None) -> CommitmentState | None:
    """The ``--status`` of ``list commitments``: open, done, late, or None for all."""
    if value is None:
        return None
    cleaned = value.strip().lower()
    if cleaned not in COMMITMENT_STATES:
        raise InvalidValue(_t("--status of commitments must be open, done or late, not “{value}”.").format(
            value=value))
    return CommitmentState(cleaned)


# JSON -------------------------------------------------------------------------------------------
def _iso(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    return value.isoformat()


def meeting_summary_json(meeting: Meeting) -> dict:
    """A meeting as ``list meetings --json`` prints it."""
    return {"id": meeting.id, "date": meeting.date.isoformat(), "kind": meeting.kind.value,
            "status": meeting.status.value}


def commitment_json(commitment: Commitment, today: dt.date) -> dict:
    """A commitment for ``--json``: ``status`` is open, done or late as of today."""
    return {
        "id": commitment.id, "owner": commitment.owner_name, "what": commitment.what,
        "due_on": _iso(commitment.due_on), "status": commitment.state(today).value,
        "agreed_due_on": _iso(commitment.agreed_due_on), "done_on": _iso(commitment.done_on),
        "meeting_id": commitment.meeting_id, "meeting_date": _iso(commitment.meeting_date),
        "point_id": commitment.point_id,
    }


def attendance_json(invitation: Invitation) -> dict:
    """One line of the attendance for ``--json``."""
    return {
        "name": invitation.name, "role": invitation.role.value if invitation.role else None,
        "side": invitation.side.value, "presence": invitation.presence.value,
        "represented_by": invitation.represented_by_name or None,
        "arrived_at": _iso(invitation.arrived_at), "left_at": _iso(invitation.left_at),
    }


def point_json(point: AgendaPoint, today: dt.date) -> dict:
    """One agenda point for ``--json``, with its links and commitments."""
    return {
        "id": point.id, "position": point.position, "kind": point.kind.value, "title": point.title,
        "question": point.question, "answer": point.answer, "no_answer_reason": point.no_answer_reason,
        "decision": point.decision, "carried_from": point.carried_from, "complaint_ids": point.complaint_ids,
        "form_ids": point.form_ids, "commitments": [commitment_json(c, today) for c in point.commitments],
    }


def minutes_json(minutes: Minutes, today: dt.date) -> dict:
    """A whole meeting for ``meeting show --json``."""
    meeting = minutes.meeting
    return {
        **meeting_summary_json(meeting),
        "start_time": _iso(meeting.start_time), "end_time": _iso(meeting.end_time), "place": meeting.place,
        "building_ids": meeting.building_ids, "chair": meeting.chair or None,
        "secretary": meeting.secretary or None, "approved_at": _iso(meeting.approved_at),
        "attendance": [attendance_json(i) for i in minutes.attendance],
        "agenda": [point_json(p, today) for p in minutes.points],
        "amendments": [{"made_on": _iso(a.made_on), "text": a.text, "author": a.author}
                       for a in minutes.amendments],
    }


def _print_json(value) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2))


# Plain text -------------------------------------------------------------------------------------
def _when(meeting: Meeting) -> str:
    text = long_date(meeting.date, weekday=True)
    if meeting.start_time and meeting.end_time:
        return f"{text}, {clock_time(meeting.start_time)} – {clock_time(meeting.end_time)}"
    if meeting.start_time:
        return f"{text}, {clock_time(meeting.start_time)}"
    return text


def _field(label: str, text: str) -> list[str]:
    return textwrap.wrap(f"{label} {text}", WIDTH, initial_indent="   ", subsequent_indent="      ") or []


def _commitment_line(commitment: Commitment, today: dt.date) -> str:
    state = tr("Commitment", commitment.state(today).label)
    if commitment.due_on:
        return _t("Commitment: {owner}, {what}, by {due} ({state})").format(
            owner=commitment.owner_name, what=commitment.what, due=format_date(commitment.due_on), state=state)
    return _t("Commitment: {owner}, {what} ({state})").format(owner=commitment.owner_name,
                                                               what=commitment.what, state=state)


def _point_lines(point: AgendaPoint, meetings: dict[int, Meeting], today: dt.date) -> list[str]:
    lines = textwrap.wrap(f"{point.position}. {point.title}", WIDTH, subsequent_indent="   ")
    for label, text in ((_t("Question:"), point.question), (_t("Answer:"), point.answer),
                        (_t("No answer yet, because:"), point.no_answer_reason), (_t("Decision:"), point.decision)):
        if text.strip():
            lines += _field(label, " ".join(text.split()))
    if point.carried_from and point.carried_from in meetings:
        lines.append("   " + _t("Carried from the meeting of {date}.").format(
            date=long_date(meetings[point.carried_from].date)))
    if point.complaint_ids:
        lines += _field(_t("Complaints:"), ", ".join(str(i) for i in point.complaint_ids))
    if point.form_ids:
        lines += _field(_t("Liaison forms:"), ", ".join(str(i) for i in point.form_ids))
    for commitment in point.commitments:
        lines += _field("", _commitment_line(commitment, today))
    return lines


def minutes_text(minutes: Minutes, meetings: dict[int, Meeting], today: dt.date) -> str:
    """A meeting as people read it on a terminal: header, attendance, agenda, amendments."""
    meeting = minutes.meeting
    lines = [_t("Meeting {id}: {kind}").format(id=meeting.id, kind=tr("Meeting", meeting.kind.label)),
             _t("Date: {when}").format(when=_when(meeting))]
    if meeting.place:
        lines.append(_t("Place: {place}").format(place=meeting.place))
    status = tr("Meeting", meeting.status.label)
    if meeting.approved_at:
        status = _t("{status} (approved by {chair}, chair, and {secretary}, secretary, on {date})").format(
            status=status, chair=meeting.chair, secretary=meeting.secretary,
            date=format_date(meeting.approved_at.date()))
    lines += [_t("Status: {status}").format(status=status), "", _t("Attendance")]
    if minutes.attendance:
        rows = [[i.name, tr("Role", i.role.label) if i.role else "", tr("Meeting", i.side.label),
                 _presence(i)] for i in minutes.attendance]
        lines.append(table([_t("Name"), _t("Role"), _t("Side"), _t("Presence")], rows, [30, 28, 14, None]))
    else:
        lines.append(_t("Nobody is invited yet."))
    lines += ["", _t("Agenda")]
    for point in minutes.points:
        lines += _point_lines(point, meetings, today)
    if minutes.amendments:
        lines += ["", _t("Amendments")]
        for amendment in minutes.amendments:
            lines += textwrap.wrap(f"{format_date(amendment.made_on)}  {amendment.text}", WIDTH,
                                   subsequent_indent="   ")
    return "\n".join(lines)


def _presence(invitation: Invitation) -> str:
    text = tr("Meeting", invitation.presence.label)
    if invitation.represented_by_name:
        text = _t("{presence} by {name}").format(presence=text, name=invitation.represented_by_name)
    return text


# The commands -----------------------------------------------------------------------------------
def run_show(args) -> int:
    """Print one meeting with its attendance, agenda, answers, commitments and amendments."""
    meeting_id = whole_number(args.id, "ID", minimum=1)
    store = open_store(args)
    try:
        minutes = service.load_minutes(store, meeting_id)
        meetings = {m.id: m for m in store.meetings.list()}
        today = store.complaints.today()
    finally:
        store.close()
    if args.json:
        _print_json(minutes_json(minutes, today))
    else:
        print(minutes_text(minutes, meetings, today))
    return 0


def run_plan(args) -> int:
    """Create a meeting with the proposed agenda and print it."""
    date = parse_day(args.date, "--date") if args.date is not None else None
    store = open_store(args)
    try:
        if date is None:
            date = service.suggest_next_date(store)
            if date is None:
                raise InvalidValue(_t("No meeting has been held yet: give the date with --date YYYY-MM-DD."))
        meeting = service.plan_meeting(store, date, kind=MeetingKind(args.kind))
        minutes = service.load_minutes(store, meeting.id)
        today = store.complaints.today()
    finally:
        store.close()
    if args.json:
        _print_json(minutes_json(minutes, today))
        return 0
    print(_t("Meeting {id} planned on {date}: {points} agenda points, {people} people invited.").format(
        id=meeting.id, date=long_date(meeting.date, weekday=True), points=len(minutes.points),
        people=len(minutes.attendance)))
    for point in minutes.points:
        print(textwrap.fill(f"{point.position:>3}. {point.title}", WIDTH, subsequent_indent="     "))
    return 0


def run_close(args) -> int:
    """Close a held meeting; exit status 2 with the unanswered points when it cannot be."""
    meeting_id = whole_number(args.id, "ID", minimum=1)
    store = open_store(args)
    try:
        meeting = service.close_meeting(store, meeting_id)
        carried = len(store.agenda.carried_points(meeting_id))
    finally:
        store.close()
    print(_t("The meeting of {date} is closed; its minutes are drafted. Points carried to the next meeting: "
             "{count}.").format(date=long_date(meeting.date), count=carried))
    return 0


def run_list_meetings(args, limit: int | None) -> int:
    """Print the meetings, oldest first, as a table or JSON."""
    if args.status is not None:
        raise InvalidValue(_t("--status applies to complaints and commitments, not to meetings."))
    store = open_store(args)
    try:
        meetings = store.meetings.list()
    finally:
        store.close()
    meetings = meetings if limit is None else meetings[:limit]
    if args.json:
        _print_json([meeting_summary_json(m) for m in meetings])
    elif not meetings:
        print(_t("No meeting is recorded yet."))
    else:
        rows = [[str(m.id), format_date(m.date), tr("Meeting", m.kind.label), tr("Meeting", m.status.label)]
                for m in meetings]
        print(table([_t("No."), _t("Date"), _t("Kind"), _t("Status")], rows, [None, None, 44, None]))
    return 0


def run_list_commitments(args, limit: int | None) -> int:
    """Print the commitments (all, or open, done or late), by due date, as a table or JSON."""
    state = commitment_state(args.status)
    store = open_store(args)
    try:
        today = store.complaints.today()
        commitments = store.commitments.list(state, today)
    finally:
        store.close()
    commitments = commitments if limit is None else commitments[:limit]
    if args.json:
        _print_json([commitment_json(c, today) for c in commitments])
    elif not commitments:
        print(_t("No commitment to show."))
    else:
        rows = [[str(c.id), format_date(c.due_on), tr("Commitment", c.state(today).label),
                 format_date(c.meeting_date), c.owner_name, c.what] for c in commitments]
        print(table([_t("No."), _t("Due"), _t("Status"), _t("Meeting"), _t("Owner"), _t("Commitment")],
                    rows, [None, None, 10, None, 28, None]))
    return 0
