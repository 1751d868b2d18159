"""What every printed document shares: embedded fonts, large styles, letterhead, "page X / Y" footer.

The fonts are the DejaVu TrueType files shipped in ``resources/fonts``; reportlab embeds the
glyphs used, so accents, œ, €, « » and ’ print the same on every computer. Documents are built
with ``invariant=1``: the same content always gives the same bytes (a reprint of signed minutes
must be identical to the original).
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Table, TableStyle

from desktop.i18n import tr
from desktop.paths import RESOURCES_DIR

FONT_DIR = RESOURCES_DIR / "fonts"
REGULAR, BOLD, ITALIC = "PalierSans", "PalierSans-Bold", "PalierSans-Oblique"
MARGIN = 1.75 * cm
HEADER_HEIGHT = 2.0 * cm
FOOTER_HEIGHT = 1.4 * cm
WIDTH = A4[0] - 2 * MARGIN
INK = colors.HexColor("#111111")
RULE = colors.HexColor("#555555")
SHADE = colors.HexColor("#E6E6E6")
DRAFT_INK = colors.HexColor("#B00000")


def _t(text: str) -> str:
    return tr("Reports", text)


def register_fonts() -> None:
    """Register the embedded DejaVu fonts once (bold and italic map to their own files)."""
    if REGULAR in pdfmetrics.getRegisteredFontNames():
        return
    pdfmetrics.registerFont(TTFont(REGULAR, str(FONT_DIR / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(FONT_DIR / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFont(TTFont(ITALIC, str(FONT_DIR / "DejaVuSans-Oblique.ttf")))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD)


def make_styles(body_size: float = 11.5) -> dict[str, ParagraphStyle]:
    """Paragraph styles scaled on the body size (11.5 pt to hand out, 14 pt and more to post)."""
    register_fonts()
    lead = 1.35

    def style(name, size, font=REGULAR, space_before=0.0, space_after=0.25, **extra):
        return ParagraphStyle(name, fontName=font, fontSize=size, leading=size * lead, textColor=INK,
                              spaceBefore=space_before * size, spaceAfter=space_after * size, **extra)

    size = body_size
    return {
        "title": style("title", size * 1.6, BOLD, space_after=0.3),
        "subtitle": style("subtitle", size * 1.15, REGULAR, space_after=0.6),
        "h2": style("h2", size * 1.3, BOLD, space_before=0.9, space_after=0.4, keepWithNext=1),
        "h3": style("h3", size * 1.1, BOLD, space_before=0.8, space_after=0.3, keepWithNext=1),
        "body": style("body", size),
        "field": style("field", size, leftIndent=size * 1.2),
        "cell": style("cell", size * 0.95, space_after=0),
        "cell_bold": style("cell_bold", size * 0.95, BOLD, space_after=0),
        "note": style("note", size * 0.95, ITALIC),
        "centre": style("centre", size, alignment=TA_CENTER),
    }


def loose(style: ParagraphStyle) -> ParagraphStyle:
    """``style`` without keep-with-next: for a heading over a long table, which may then split
    across pages instead of leaving a blank page behind it."""
    copied = ParagraphStyle(style.name + "-loose", parent=style)
    copied.keepWithNext = 0
    return copied


def text(value: str) -> str:
    """User text made safe for a Paragraph: markup escaped, line breaks kept."""
    return escape(value.strip()).replace("\n", "<br/>")


def labelled(label: str, value: str, style: ParagraphStyle) -> Paragraph:
    """"Label: value" with the label in bold."""
    return Paragraph(f"<b>{escape(label)}</b> {text(value)}", style)


def header_widths(headings: list[str], widths: list[float], size: float, padding: float = 5,
                  font: str = BOLD) -> list[float]:
    """``widths`` widened where a heading's longest word would not fit its column (a word is
    never broken: "Poin / t"), the room taken from the widest other columns."""
    widths = list(widths)
    for index, heading in enumerate(headings):
        need = max((stringWidth(word, font, size) for word in heading.split()), default=0) + 2 * padding + 2
        missing = need - widths[index]
        if missing <= 0:
            continue
        widths[index] = need
        donor = max((i for i in range(len(widths)) if i != index), key=lambda i: widths[i])
        widths[donor] -= missing
    return widths


def heading_row(headings: list[str], style: ParagraphStyle) -> list[Paragraph]:
    """The bold heading cells of a table."""
    return [Paragraph(text(h), style) for h in headings]


def grid(rows: list[list], widths: list[float], header: bool = True, padding: float = 5,
         row_height: float | None = None) -> Table:
    """A table with ruled cells and a shaded header row that repeats on every page (rows of one
    fixed ``row_height`` when given: much faster for long lists of plain strings)."""
    heights = [row_height] * len(rows) if row_height else None
    table = Table(rows, colWidths=widths, rowHeights=heights, repeatRows=1 if header else 0)
    commands = [
        ("GRID", (0, 0), (-1, -1), 0.75, RULE),
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), padding),
        ("BOTTOMPADDING", (0, 0), (-1, -1), padding),
        ("LEFTPADDING", (0, 0), (-1, -1), padding),
        ("RIGHTPADDING", (0, 0), (-1, -1), padding),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), SHADE))
    table.setStyle(TableStyle(commands))
    return table


@dataclass
class Letterhead:
    """What the top and the bottom of every page say."""

    residence: str
    address: str = ""
    landlord: str = ""
    document: str = ""
    fingerprint: str = ""
    logo: bytes | None = None  # a PNG, drawn at the left of the residence's name
    draft: bool = False  # minutes not approved yet: "DRAFT" across every page and in the header
    warning: str = ""  # lines under the letterhead of every page (the meeting changed after signing)


def _page_canvas(head: Letterhead):
    """A canvas class that knows the page count when it draws the footers ("page X / Y")."""

    class PageCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            # Otherwise the canvas starts every page in Helvetica, a font that is not embedded.
            kwargs["initialFontName"] = REGULAR
            super().__init__(*args, **kwargs)
            self._pages = []

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                _draw_page(self, head, number, total)
                super().showPage()
            super().save()

    return PageCanvas


LOGO_HEIGHT = 1.1 * cm
LOGO_MAX_WIDTH = 3.0 * cm


def _draw_logo(canvas: Canvas, logo: bytes | None, x: float, top: float) -> float:
    """Draw the logo in the letterhead's top-left corner; returns the width it takes (0 without)."""
    if not logo:
        return 0.0
    from reportlab.lib.utils import ImageReader

    picture = ImageReader(io.BytesIO(logo))
    pixels_wide, pixels_high = picture.getSize()
    width = min(LOGO_MAX_WIDTH, LOGO_HEIGHT * pixels_wide / max(1, pixels_high))
    height = width * pixels_high / max(1, pixels_wide)
    canvas.drawImage(picture, x, top - 30 + (LOGO_HEIGHT - height) / 2, width, height, mask="auto")
    return width + 0.3 * cm


HEAD_GAP = 0.8 * cm  # at least this much white between the left and the right of a letterhead line
HEAD_MIN_SIZE = 9.0


def fit_line(left: str, right: str, room: float, left_font: str, left_size: float,
             right_size: float) -> tuple[str, float, float]:
    """One letterhead line: ``left`` and ``right`` (right-aligned) in ``room`` points, with
    ``HEAD_GAP`` between them. Both shrink together down to 9 pt; past that the left text is cut
    with "…" (a long address), so the two never touch or overlap. Returns (left, sizes)."""
    def needed(scale: float, text_: str = left) -> float:
        return (stringWidth(text_, left_font, left_size * scale) + HEAD_GAP
                + stringWidth(right, REGULAR, right_size * scale))

    scale = 1.0
    if needed(scale) > room:
        scale = max(HEAD_MIN_SIZE / min(left_size, right_size), room / needed(1.0))
    while left and needed(scale, left) > room:
        left = left[:-2].rstrip() + "…"
    return left, left_size * scale, right_size * scale


def _head_line(canvas: Canvas, x: float, y: float, right_x: float, left: str, right: str,
               left_font: str, left_size: float) -> None:
    left, left_size, right_size = fit_line(left, right, right_x - x, left_font, left_size, 10.5)
    if left:
        canvas.setFont(left_font, left_size)
        canvas.drawString(x, y, left)
    if right:
        canvas.setFont(REGULAR, right_size)
        canvas.drawRightString(right_x, y, right)


def _draw_draft_mark(canvas: Canvas, width: float, height: float) -> None:
    """"DRAFT" in large outlined letters across the page: visible, yet the text stays readable."""
    canvas.saveState()
    canvas.translate(width / 2, height / 2)
    canvas.rotate(45)
    canvas.setStrokeColor(DRAFT_INK)
    canvas.setFillColor(DRAFT_INK)
    canvas.setFillAlpha(0.12)
    canvas.setStrokeAlpha(0.45)
    canvas.setLineWidth(1.5)
    canvas.setFont(BOLD, 110)
    text_object = canvas.beginText()
    text_object.setTextRenderMode(2)  # filled faintly and outlined
    word = _t("DRAFT")
    text_object.setTextOrigin(-stringWidth(word, BOLD, 110) / 2, -40)
    text_object.textOut(word)
    canvas.drawText(text_object)
    canvas.restoreState()


def _draw_page(canvas: Canvas, head: Letterhead, number: int, total: int) -> None:
    width, height = A4
    top = height - MARGIN
    left = MARGIN + _draw_logo(canvas, head.logo, MARGIN, top)
    if head.draft:
        _draw_draft_mark(canvas, width, height)
    canvas.setFillColor(INK)
    document = head.document
    if head.draft:
        document = _t("{document} – DRAFT, not approved").format(document=document) if document else _t("DRAFT")
    _head_line(canvas, left, top - 12, width - MARGIN, head.residence, head.landlord, BOLD, 14)
    _head_line(canvas, left, top - 27, width - MARGIN, head.address, document, REGULAR, 10.5)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(1)
    canvas.line(MARGIN, top - 35, width - MARGIN, top - 35)
    bottom = MARGIN - 0.6 * cm
    canvas.line(MARGIN, bottom + 16, width - MARGIN, bottom + 16)
    canvas.setFont(REGULAR, 10.5)
    canvas.drawRightString(width - MARGIN, bottom, _t("Page {page} / {pages}").format(page=number, pages=total))
    if head.fingerprint:
        canvas.drawString(MARGIN, bottom, _t("Fingerprint: {fingerprint}").format(fingerprint=head.fingerprint))
    if head.warning:
        canvas.setFont(BOLD, WARNING_SIZE)
        for number, line in enumerate(_warning_lines(head.warning)):
            canvas.drawString(MARGIN, top - 35 - WARNING_LEADING * (number + 1), line)


WARNING_SIZE, WARNING_LEADING = 10, 12.5


def _warning_lines(warning: str) -> list[str]:
    """The warning cut to the page's width, drawn under the letterhead's rule of every page."""
    from reportlab.lib.utils import simpleSplit

    return simpleSplit(warning, BOLD, WARNING_SIZE, A4[0] - 2 * MARGIN) if warning else []


def render(flowables: list, head: Letterhead, title: str) -> bytes:
    """Lay ``flowables`` out on A4 pages under ``head`` and return the PDF's bytes."""
    register_fonts()
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
        topMargin=MARGIN + HEADER_HEIGHT + WARNING_LEADING * len(_warning_lines(head.warning)),
        bottomMargin=MARGIN + FOOTER_HEIGHT - 0.6 * cm, title=title, author=head.residence,
        creator="Palier", invariant=1,
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body",
                  leftPadding=0, rightPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.build(flowables, canvasmaker=_page_canvas(head))
    return buffer.getvalue()
