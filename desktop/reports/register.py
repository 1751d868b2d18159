"""The complaint register and its statistics for a period, for the landlord and the annual review.

Counts by category, building and status, the median and the longest time to resolve, the oldest
complaints still open, a bar chart, then the register itself. Reporters are not named: the
document leaves the residence. The register's rows are plain strings (no Paragraph), so that
10,000 complaints print in a few seconds.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections import Counter
from dataclasses import dataclass, field

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Paragraph, Spacer

from desktop.domain.complaints import Complaint
from desktop.domain.dates import long_date
from desktop.i18n import current_language, tr
from desktop.reports.base import (
    REGULAR,
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

LIST_SIZE = 9.5  # the register's rows; the figures and tables above it are 11 pt and more
OLDEST = 10
CHUNK = 40  # rows per table of the register
BAR = colors.HexColor("#4A6FA5")
DECIMAL_SEPARATORS = {"fr": ","}


def _t(text_: str) -> str:
    return tr("Reports", text_)


@dataclass
class RegisterData:
    """The complaints opened in a period, with what the statistics need."""

    residence: str
    start: dt.date
    end: dt.date
    today: dt.date
    complaints: list[Complaint] = field(default_factory=list)
    closed_on: dict[int, dt.date] = field(default_factory=dict)
    buildings: dict[int, str] = field(default_factory=dict)
    address: str = ""
    landlord: str = ""
    logo: bytes | None = None


def _building(data: RegisterData, complaint: Complaint) -> str:
    return data.buildings.get(complaint.place.building_id or 0, "") or _t("Whole residence")


def _count_table(title: str, heading: str, counts: Counter, open_counts: Counter, styles) -> list:
    rows = [[heading, _t("Complaints"), _t("Still open")]]
    for name, count in counts.most_common():
        rows.append([name, str(count), str(open_counts.get(name, 0))])
    table = grid(rows, header_widths(rows[0], [WIDTH * 0.6, WIDTH * 0.2, WIDTH * 0.2], 11, font=REGULAR))
    table.setStyle([("FONTSIZE", (0, 0), (-1, -1), 11), ("LEADING", (0, 0), (-1, -1), 14),
                    ("ALIGN", (1, 0), (-1, -1), "RIGHT")])
    return [CondPageBreak(4 * cm), Paragraph(text(title), loose(styles["h2"])), table]


def whole_step(top: int, ticks: int = 6) -> int:
    """A whole step giving at most about ``ticks`` ticks up to ``top``: 1, 2, 5, 10, 20, 50…"""
    step = 1
    while top / step > ticks:
        for factor in (2, 2.5, 2):
            step = int(step * factor)
            if top / step <= ticks:
                break
    return step


def number_text(value: float) -> str:
    """A number as the reader writes it: "3", and "1,5" in French ("1.5" in English)."""
    if float(value).is_integer():
        return str(int(value))
    return f"{value:.1f}".replace(".", DECIMAL_SEPARATORS.get(current_language(), "."))


def _chart(counts: Counter) -> Drawing:
    """Horizontal bars: complaints by category, the largest on top."""
    items = counts.most_common()[::-1]
    height = 0.75 * cm * len(items) + 1.2 * cm
    drawing = Drawing(WIDTH, height)
    drawing.initialFontName, drawing.initialFontSize = REGULAR, 11  # not Helvetica, which is not embedded
    chart = HorizontalBarChart()
    chart.x, chart.y, chart.width, chart.height = 6.5 * cm, 0.8 * cm, WIDTH - 7.5 * cm, height - 1.2 * cm
    chart.data = [[count for _name, count in items]]
    chart.categoryAxis.categoryNames = [name for name, _count in items]
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName, axis.labels.fontSize = REGULAR, 11
    # Complaints are counted in whole numbers: ticks 0, 1, 2… (or 0, 5, 10…), never "0.5".
    top = max(chart.data[0]) if chart.data[0] else 1
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueStep = whole_step(top)
    chart.valueAxis.valueMax = max(chart.valueAxis.valueStep, -(-top // chart.valueAxis.valueStep)
                                   * chart.valueAxis.valueStep)
    chart.valueAxis.labelTextFormat = number_text
    chart.bars[0].fillColor = BAR
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName, chart.barLabels.fontSize = REGULAR, 11
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 4
    drawing.add(chart)
    return drawing


def _figures(data: RegisterData, styles) -> list:
    still_open = [c for c in data.complaints if c.status.is_open]
    days = {c.id: (data.closed_on[c.id] - c.opened_on).days for c in data.complaints if c.id in data.closed_on}
    story = [labelled(_t("Complaints opened in the period:"), str(len(data.complaints)), styles["body"]),
             labelled(_t("Still open today:"), str(len(still_open)), styles["body"])]
    if days:
        longest = max(days, key=lambda i: (days[i], -i))
        median = round(statistics.median(days.values()))
        story += [labelled(_t("Median time to resolve:"), _t("{days} days").format(days=median), styles["body"]),
                  labelled(_t("Longest time to resolve:"), _t("{days} days (complaint {id})").format(
                      days=days[longest], id=longest), styles["body"])]
    return story


def _oldest_open(data: RegisterData, styles) -> list:
    waiting = sorted((c for c in data.complaints if c.status.is_open), key=lambda c: (c.opened_on, c.id))[:OLDEST]
    if not waiting:
        return []
    cell = styles["cell"]
    headings = [_t("No."), _t("Opened on"), _t("Waiting"), _t("Category"), _t("Title")]
    rows = [heading_row(headings, styles["cell_bold"])]
    for c in waiting:
        values = (str(c.id), c.opened_on.strftime("%d/%m/%Y"),
                  _t("{days} days").format(days=(data.today - c.opened_on).days), c.category_name, c.title)
        rows.append([Paragraph(text(v), cell) for v in values])
    table = grid(rows, header_widths(headings, [WIDTH * 0.09, WIDTH * 0.16, WIDTH * 0.14, WIDTH * 0.21, WIDTH * 0.40],
                                     styles["cell_bold"].fontSize))
    return [CondPageBreak(4 * cm), Paragraph(text(_t("The oldest complaints still open")), loose(styles["h2"])), table]


def _fit(value: str, width: float, size: float = LIST_SIZE) -> str:
    """``value`` cut with "…" so that it fits ``width`` points (plain cells do not wrap)."""
    value = " ".join(value.split())
    room = width - 6
    if stringWidth(value, REGULAR, size) <= room:
        return value
    while value and stringWidth(value + "…", REGULAR, size) > room:
        value = value[:-1]
    return value.rstrip() + "…"


def _register_table(data: RegisterData, styles) -> list:
    widths = [WIDTH * w for w in (0.07, 0.13, 0.17, 0.15, 0.29, 0.19)]
    headings = (_t("No."), _t("Opened on"), _t("Category"), _t("Building"), _t("Title"), _t("Status"))
    widths = header_widths(list(headings), widths, LIST_SIZE, padding=3, font=REGULAR)
    rows = [list(headings)]
    for c in data.complaints:
        values = (str(c.id), c.opened_on.strftime("%d/%m/%Y"), c.category_name, _building(data, c), c.title,
                  tr("Status", c.status.label))
        rows.append([_fit(v, w) for v, w in zip(values, widths)])
    story = [CondPageBreak(4 * cm), Paragraph(text(_t("The register")), loose(styles["h2"]))]
    # Many short tables rather than one long one: reportlab splits a table page by page, each time
    # measuring all the rows left, which is quadratic (17 s against 6 s for 10,000 rows).
    for first in range(1, len(rows), CHUNK):
        table = grid([rows[0], *rows[first:first + CHUNK]], widths, padding=3, row_height=LIST_SIZE + 7)
        table.setStyle([("FONTSIZE", (0, 0), (-1, -1), LIST_SIZE), ("LEADING", (0, 0), (-1, -1), LIST_SIZE + 2.5),
                        ("VALIGN", (0, 0), (-1, -1), "MIDDLE")])
        story.append(table)
    return story


def register_pdf(data: RegisterData) -> bytes:
    """The register and statistics of the period as PDF bytes."""
    styles = make_styles(11.5)
    title = _t("Complaint register and statistics")
    period = _t("Complaints opened from {start} to {end}").format(start=long_date(data.start), end=long_date(data.end))
    story = [Paragraph(text(title), styles["title"]), Paragraph(text(period), styles["subtitle"])]
    story += _figures(data, styles)
    if data.complaints:
        by_category = Counter(c.category_name for c in data.complaints)
        open_category = Counter(c.category_name for c in data.complaints if c.status.is_open)
        story += [Spacer(1, 0.3 * cm), _chart(by_category)]
        story += _count_table(_t("By category"), _t("Category"), by_category, open_category, styles)
        by_building = Counter(_building(data, c) for c in data.complaints)
        open_building = Counter(_building(data, c) for c in data.complaints if c.status.is_open)
        story += _count_table(_t("By building"), _t("Building"), by_building, open_building, styles)
        by_status = Counter(tr("Status", c.status.label) for c in data.complaints)
        open_status = Counter(tr("Status", c.status.label) for c in data.complaints if c.status.is_open)
        story += _count_table(_t("By status"), _t("Status"), by_status, open_status, styles)
        story += _oldest_open(data, styles)
        story += _register_table(data, styles)
    else:
        story.append(Paragraph(text(_t("No complaint was opened in this period.")), styles["body"]))
    head = Letterhead(data.residence, data.address, data.landlord, title, logo=data.logo)
    return render(story, head, f"{title} – {period}")
