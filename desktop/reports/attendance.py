"""The attendance sheet: a row per invited person with room to sign, blank rows for people who
come unannounced, and the number present certified by the chair."""

from __future__ import annotations

from reportlab.lib.units import cm
from reportlab.platypus import KeepTogether, Paragraph, Spacer

from desktop.domain.dates import long_date
from desktop.domain.meetings import Minutes, Side
from desktop.i18n import tr
from desktop.reports.base import WIDTH, Letterhead, grid, header_widths, heading_row, make_styles, render, text
from desktop.reports.context import ReportContext
from desktop.reports.minutes import when_text

BODY_SIZE = 11.5
BLANK_ROWS = 6
ROW_HEIGHT = 1.6 * cm  # tall enough to sign in, even with a shaky hand


def _t(text_: str) -> str:
    return tr("Reports", text_)


def _room() -> Spacer:
    """An empty cell at least ROW_HEIGHT tall (a row still grows when a name needs more lines)."""
    return Spacer(1, ROW_HEIGHT - 10)


def attendance_pdf(minutes: Minutes, context: ReportContext) -> bytes:
    """The sheet passed round at the meeting. Blank rows for people who come unannounced: six,
    or fewer (three at least) when that saves a sheet (six would start a page holding nothing but
    empty rows and the chair's certificate)."""
    best = _render(minutes, context, BLANK_ROWS)
    fewest = page_count(best)
    for blank in range(BLANK_ROWS - 1, 2, -1):
        data = _render(minutes, context, blank)
        if page_count(data) < fewest:
            return data
    return best


def page_count(data: bytes) -> int:
    """How many pages a PDF has."""
    import io

    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(data)).pages)


def _render(minutes: Minutes, context: ReportContext, blank: int) -> bytes:
    styles = make_styles(BODY_SIZE)
    title = _t("Attendance sheet")
    story = [Paragraph(text(title), styles["title"]),
             Paragraph(text(tr("Meeting", minutes.meeting.kind.label)), styles["subtitle"]),
             Paragraph(text(when_text(minutes)), styles["body"])]
    if minutes.meeting.place:
        story.append(Paragraph(text(minutes.meeting.place), styles["body"]))
    story.append(Spacer(1, 0.4 * cm))
    headings = (_t("Name"), _t("Role"), _t("Organisation"), _t("Signature"))
    rows = [heading_row(list(headings), styles["cell_bold"])]
    order = list(Side)
    for invitation in sorted(minutes.attendance, key=lambda i: (order.index(i.side), i.position, i.name)):
        side_role = tr("Role", invitation.role.label) if invitation.role else tr("Meeting", invitation.side.label)
        organisation = context.organisations.get(invitation.person_id or 0, "")
        rows.append([Paragraph(text(invitation.name), styles["cell"]), Paragraph(text(side_role), styles["cell"]),
                     Paragraph(text(organisation), styles["cell"]), _room()])
    rows += [["", "", "", _room()] for _ in range(blank)]
    story.append(grid(rows, header_widths(list(headings), [WIDTH * 0.25, WIDTH * 0.24, WIDTH * 0.21, WIDTH * 0.30],
                                          styles["cell_bold"].fontSize)))
    story.append(KeepTogether([
        Spacer(1, 0.6 * cm),
        Paragraph(text(_t("Number of people present certified by the chair:") + " ______"), styles["body"]),
        Spacer(1, 0.3 * cm),
        Paragraph(text(_t("Signature of the chair:")), styles["body"]),
        Spacer(1, 2 * cm),
    ]))
    head = Letterhead(context.residence, context.address, context.landlord, title, logo=context.logo,
                      warning=context.warning)
    return render(story, head, f"{title} – {long_date(minutes.meeting.date)}")
