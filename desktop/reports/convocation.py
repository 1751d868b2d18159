"""The convocation with the agenda, to hand out and to post (one or two pages).

It is posted, so it is built from the posting version of the minutes: the agenda titles never
carry the name of a tenant or a home number in a disturbance matter.
"""

from __future__ import annotations

from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, Spacer

from desktop.domain.dates import clock_time, long_date
from desktop.domain.meetings import Minutes
from desktop.i18n import tr
from desktop.reports.base import WIDTH, Letterhead, grid, header_widths, heading_row, loose, make_styles, render, text
from desktop.reports.context import ReportContext
from desktop.reports.posting import posting_minutes

BODY_SIZE = 12.5


def _t(text_: str) -> str:
    return tr("Reports", text_)


def invitation_sentence(minutes: Minutes) -> str:
    """"You are invited to the … on Thursday 12 March 2026 at 18:00, in the … room."."""
    m = minutes.meeting
    values = {"kind": tr("Meeting", m.kind.label), "date": long_date(m.date, weekday=True),
              "time": clock_time(m.start_time), "place": m.place}
    if m.start_time and m.place:
        sentence = _t("You are invited to the {kind} on {date} at {time}, at: {place}.")
    elif m.start_time:
        sentence = _t("You are invited to the {kind} on {date} at {time}.")
    elif m.place:
        sentence = _t("You are invited to the {kind} on {date}, at: {place}.")
    else:
        sentence = _t("You are invited to the {kind} on {date}.")
    return sentence.format(**values)


def convocation_pdf(minutes: Minutes, context: ReportContext) -> bytes:
    """The convocation: who convenes, when and where, and the numbered agenda."""
    clean, _hidden = posting_minutes(minutes, context)
    styles = make_styles(BODY_SIZE)
    title = _t("Convocation")
    story = [Paragraph(text(title), styles["title"]),
             Paragraph(text(tr("Meeting", minutes.meeting.kind.label)), styles["subtitle"]),
             Paragraph(text(invitation_sentence(minutes)), styles["body"]),
             Paragraph(text(_t("Agenda")), loose(styles["h2"]))]
    headings = [_t("No."), _t("Point")]
    rows = [heading_row(headings, styles["cell_bold"])]
    for point in clean.points:
        rows.append([Paragraph(str(point.position), styles["cell"]), Paragraph(text(point.title), styles["cell"])])
    story.append(grid(rows, header_widths(headings, [1.4 * cm, WIDTH - 1.4 * cm], styles["cell_bold"].fontSize)))
    story += [Spacer(1, 0.4 * cm), Paragraph(text(_t(
        "Tenants may hand their questions to their building representative before the meeting, on a "
        "liaison form.")), styles["note"])]
    head = Letterhead(context.residence, context.address, context.landlord, title, logo=context.logo,
                      warning=context.warning)
    return render(story, head, f"{title} – {long_date(minutes.meeting.date)}")
