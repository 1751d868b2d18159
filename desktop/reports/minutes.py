"""The minutes (compte-rendu) of a meeting, and their fingerprint.

The fingerprint is the SHA-256 of a canonical JSON of what the minutes print, shortened to 16
hexadecimal characters; it is printed in every footer. What may change after the meeting (a
commitment postponed or kept, the point the meeting mode was on) is left out of both, so the
same minutes always print the same bytes.
"""

from __future__ import annotations

import hashlib
import json

from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, Spacer

from desktop.domain.meetings import presence_text
from desktop.domain.people import Civility, civility_from_name
from desktop.domain.agenda import AgendaPoint, AgendaPointKind, next_meeting_date
from desktop.domain.commitments import Commitment
from desktop.domain.dates import clock_time, long_date
from desktop.domain.meetings import Invitation, Minutes, Presence, Side
from desktop.i18n import tr
from desktop.reports.base import (
    WIDTH,
    Letterhead,
    grid,
    header_widths,
    heading_row,
    labelled,
    loose,
    make_styles,
    render,
    text,
)
from desktop.reports.context import ReportContext
from desktop.reports.signature import HandwrittenSignature

PRESENCE_ORDER = (Presence.PRESENT, Presence.REPRESENTED, Presence.EXCUSED, Presence.ABSENT, Presence.INVITED)
BODY_SIZE = 11.5


def _t(text_: str) -> str:
    return tr("Reports", text_)


# The fingerprint --------------------------------------------------------------------------------
def _commitment_content(c: Commitment) -> dict:
    return {"owner": c.owner_name, "what": c.what, "due": _iso(agreed_due(c))}


def _iso(value) -> str | None:
    return value.isoformat() if value is not None else None


def minutes_content(minutes: Minutes) -> dict:
    """What the minutes print, as plain values: the input of the fingerprint."""
    m = minutes.meeting
    return {
        "meeting": {"id": m.id, "kind": m.kind.value, "date": _iso(m.date), "start": _iso(m.start_time),
                    "end": _iso(m.end_time), "place": m.place, "chair": m.chair, "secretary": m.secretary},
        "attendance": [{"name": i.name, "role": i.role.value if i.role else None, "side": i.side.value,
                        "presence": i.presence.value, "by": i.represented_by_name} for i in minutes.attendance],
        "points": [{"position": p.position, "kind": p.kind.value, "title": p.title, "question": p.question,
                    "discussion": p.discussion, "answer": p.answer, "no_answer": p.no_answer_reason,
                    "decision": p.decision, "carried_from": p.carried_from, "complaints": p.complaint_ids,
                    "forms": p.form_ids, "commitments": [_commitment_content(c) for c in p.commitments]}
                   for p in minutes.points],
        "amendments": [{"on": _iso(a.made_on), "text": a.text, "author": a.author} for a in minutes.amendments],
    }


def fingerprint(minutes: Minutes) -> str:
    """The SHA-256 of the minutes' canonical content, shortened to 16 hexadecimal characters."""
    canonical = json.dumps(minutes_content(minutes), sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16]


def agreed_due(commitment: Commitment):
    """The due date agreed at the meeting (a later postponement is not part of the minutes)."""
    return commitment.agreed_due_on or commitment.due_on


# Pieces shared with the posting version ----------------------------------------------------------
def when_text(minutes: Minutes) -> str:
    """"Thursday 12 March 2026, 18:00 – 20:00" in the current language."""
    m = minutes.meeting
    day = long_date(m.date, weekday=True)
    if m.start_time and m.end_time:
        return _t("{date}, from {start} to {end}").format(date=day, start=clock_time(m.start_time),
                                                          end=clock_time(m.end_time))
    if m.start_time:
        return _t("{date} at {start}").format(date=day, start=clock_time(m.start_time))
    return day


def header(minutes: Minutes, context: ReportContext, styles, title: str) -> list:
    """The kind of meeting, the residence, the date and times, the place."""
    m = minutes.meeting
    story = [Paragraph(text(title), styles["title"]),
             Paragraph(text(tr("Meeting", m.kind.label)), styles["subtitle"]),
             labelled(_t("Residence:"), context.residence, styles["body"]),
             labelled(_t("Date:"), when_text(minutes), styles["body"])]
    if m.place:
        story.append(labelled(_t("Place:"), m.place, styles["body"]))
    return story


def role_text(invitation: Invitation, context: ReportContext) -> str:
    """"Caretaker, Habitat Val de Saône": the role and, when known, the organisation."""
    role = tr("Role", invitation.role.label) if invitation.role else ""
    organisation = context.organisations.get(invitation.person_id or 0, "")
    return ", ".join(part for part in (role, organisation) if part)


def participants(attendance: list[Invitation], context: ReportContext, styles) -> list:
    """One table per side: name, role and organisation, presence (with who represented whom)."""
    # Headings here are not kept with their table (a long table would leave a blank page behind
    # it); a heading starts a new page when less than a few rows' room is left.
    loose_h2, loose_h3 = loose(styles["h2"]), loose(styles["h3"])
    story = [CondPageBreak(5 * cm), Paragraph(text(_t("Participants")), loose_h2)]
    if not attendance:
        return story + [Paragraph(text(_t("Nobody was invited.")), styles["body"])]
    for side in Side:
        people = [i for i in attendance if i.side == side]
        if not people:
            continue
        people.sort(key=lambda i: (PRESENCE_ORDER.index(i.presence), i.position, i.name))
        headings = [_t("Name"), _t("Role"), _t("Presence")]
        rows = [heading_row(headings, styles["cell_bold"])]
        for i in people:
            woman = (i.person_id in context.women) or civility_from_name(i.name) == Civility.MADAM
            presence = presence_text(i.presence, woman)
            if i.presence == Presence.REPRESENTED and i.represented_by_name:
                presence = _t("Represented by {name}").format(name=i.represented_by_name)
            rows.append([Paragraph(text(i.name), styles["cell"]), Paragraph(text(role_text(i, context)), styles["cell"]),
                         Paragraph(text(presence), styles["cell"])])
        story += [CondPageBreak(4 * cm), Paragraph(text(tr("Meeting", side.label)), loose_h3)]
        story.append(grid(rows, header_widths(headings, [WIDTH * 0.36, WIDTH * 0.38, WIDTH * 0.26],
                                              styles["cell_bold"].fontSize)))
    return story


def commitment_line(commitment: Commitment) -> str:
    """"Who: what, by 12 March 2026"."""
    due = agreed_due(commitment)
    if due:
        return _t("{owner}: {what}, by {date}").format(owner=commitment.owner_name, what=commitment.what,
                                                       date=long_date(due))
    return _t("{owner}: {what}").format(owner=commitment.owner_name, what=commitment.what)


def point_block(point: AgendaPoint, context: ReportContext, styles) -> list:
    """One point: its title, then question, discussion, answer or why none, decision, commitments."""
    story = [Paragraph(text(f"{point.position}. {point.title}"), styles["h3"])]
    if point.carried_from and point.carried_from in context.meeting_dates:
        story.append(Paragraph(text(_t("Carried from the meeting of {date}.").format(
            date=long_date(context.meeting_dates[point.carried_from]))), styles["note"]))
    fields = ((_t("Question:"), point.question), (_t("Discussion:"), point.discussion),
              (_t("Answer:"), point.answer), (_t("No answer yet, because:"), point.no_answer_reason),
              (_t("Decision:"), point.decision))
    for label, value in fields:
        if value.strip():
            story.append(labelled(label, value, styles["field"]))
    if point.kind.is_question and not point.answer.strip() and not point.no_answer_reason.strip():
        story.append(labelled(_t("Answer:"), _t("none recorded."), styles["field"]))
    for commitment in point.commitments:
        story.append(labelled(_t("Commitment:"), commitment_line(commitment), styles["field"]))
    return story


def commitments_table(minutes: Minutes, styles) -> list:
    """Every commitment made at the meeting: point, who, what, by when."""
    headings = [_t("Point"), _t("Who"), _t("What"), _t("By")]
    rows = [heading_row(headings, styles["cell_bold"])]
    for point in minutes.points:
        for c in point.commitments:
            due = agreed_due(c)
            rows.append([Paragraph(str(point.position), styles["cell"]), Paragraph(text(c.owner_name), styles["cell"]),
                         Paragraph(text(c.what), styles["cell"]),
                         Paragraph(text(long_date(due) if due else _t("no date")), styles["cell"])])
    story = [CondPageBreak(4 * cm), Paragraph(text(_t("Commitments made at this meeting")), loose(styles["h2"]))]
    if len(rows) == 1:
        return story + [Paragraph(text(_t("No commitment was made.")), styles["body"])]
    widths = header_widths(headings, [WIDTH * 0.1, WIDTH * 0.25, WIDTH * 0.43, WIDTH * 0.22],
                           styles["cell_bold"].fontSize)
    return story + [grid(rows, widths)]


def next_meeting(minutes: Minutes, context: ReportContext, styles) -> list:
    """The next meeting: planned in the register, else what the last point decided."""
    story = [Paragraph(text(_t("Next meeting")), styles["h2"])]
    if context.next_meeting is not None:
        nxt = context.next_meeting
        value = long_date(nxt.date, weekday=True)
        if nxt.start_time:
            value = _t("{date} at {start}").format(date=value, start=clock_time(nxt.start_time))
        if nxt.place:
            value = f"{value}, {nxt.place}"
        return story + [Paragraph(text(value), styles["body"])]
    for point in minutes.points:
        if point.kind == AgendaPointKind.NEXT_MEETING and (point.decision or point.answer).strip():
            return story + [Paragraph(text(point.decision or point.answer), styles["body"])]
    # Nothing decided: the date the agenda proposed, said to be a proposal.
    for point in minutes.points:
        if point.kind == AgendaPointKind.NEXT_MEETING:
            proposed = long_date(next_meeting_date(minutes.meeting.date), weekday=True)
            return story + [Paragraph(text(_t("Proposed: {date}, to be confirmed.").format(date=proposed)),
                                      styles["body"])]
    return story + [Paragraph(text(_t("To be set.")), styles["body"])]


def amendments(minutes: Minutes, styles) -> list:
    """The dated corrections made after signing."""
    if not minutes.amendments:
        return []
    story = [Paragraph(text(_t("Amendments")), styles["h2"])]
    for a in minutes.amendments:
        label = _t("{date}:").format(date=long_date(a.made_on))
        story.append(labelled(label, a.text, styles["body"]))
    return story


def signatures(minutes: Minutes, styles, handwritten: dict | None = None) -> KeepTogether:
    """The chair's and the secretary's blocks, side by side, with room to sign, and the strokes
    each signed on the pad at the approval drawn there (``handwritten``: role -> Strokes)."""
    m = minutes.meeting
    head = [Paragraph(text(_t("The chair")), styles["cell_bold"]), Paragraph(text(_t("The secretary")), styles["cell_bold"])]
    blank = _t("Name:") + " " + "_" * 22
    names = [Paragraph(text(m.chair or blank), styles["cell"]), Paragraph(text(m.secretary or blank), styles["cell"])]
    box_width, box_height = WIDTH / 2 - 12, 3 * cm - 12
    ink = [HandwrittenSignature(strokes, box_width, box_height) if strokes is not None and not strokes.is_empty
           else "" for strokes in ((handwritten or {}).get(role) for role in ("chair", "secretary"))]
    table = grid([head, names, ink], [WIDTH / 2, WIDTH / 2])
    table._argH[2] = 3 * cm
    return KeepTogether([Spacer(1, 0.5 * cm), table])


# The document -----------------------------------------------------------------------------------
def distribution(minutes: Minutes, context: ReportContext, styles) -> list:
    """Who receives the minutes: every correspondent invited and the landlord's services."""
    names = [i.name for i in minutes.attendance if i.side in (Side.TENANTS, Side.LANDLORD, Side.GUEST)]
    story = [Paragraph(text(_t("Distribution")), styles["h2"])]
    if names:
        story.append(labelled(_t("Participants invited:"), ", ".join(names), styles["body"]))
    if context.landlord:
        story.append(labelled(_t("Landlord:"), _t("{landlord}, services concerned").format(landlord=context.landlord),
                              styles["body"]))
    return story


def minutes_story(minutes: Minutes, context: ReportContext, styles, title: str) -> list:
    """The flowables of the minutes (used as is by the posting version, on sanitised minutes)."""
    story = header(minutes, context, styles, title)
    story += participants(minutes.attendance, context, styles)
    story += [Paragraph(text(_t("Agenda and answers")), styles["h2"])]
    for point in minutes.points:
        story += point_block(point, context, styles)
    story += commitments_table(minutes, styles)
    story += next_meeting(minutes, context, styles)
    story += amendments(minutes, styles)
    story += distribution(minutes, context, styles)
    story.append(signatures(minutes, styles, context.handwritten))
    return story


def minutes_pdf(minutes: Minutes, context: ReportContext) -> bytes:
    """The minutes as PDF bytes, with their fingerprint in every footer."""
    title = _t("Minutes")
    head = Letterhead(context.residence, context.address, context.landlord, title, fingerprint(minutes),
                      logo=context.logo, draft=not minutes.meeting.is_locked, warning=context.warning)
    story = minutes_story(minutes, context, make_styles(BODY_SIZE), title)
    return render(story, head, f"{title} – {long_date(minutes.meeting.date)}")
