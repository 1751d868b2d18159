"""Drawing handwritten strokes: on a reportlab canvas, or as a PNG for a signature's appearance."""

from __future__ import annotations

import io

from PIL import Image, ImageDraw, ImageFont
from reportlab.platypus import Flowable

from desktop.domain.signature import Strokes
from desktop.reports.base import FONT_DIR

INK = (20, 40, 110)
CAPTION = (30, 30, 30)


def draw_strokes(canvas, strokes: Strokes, x: float, y: float, width: float, height: float,
                 line_width: float = 1.6) -> None:
    """Draw ``strokes`` in the box whose bottom-left corner is (x, y), on a reportlab canvas."""
    canvas.saveState()
    canvas.setStrokeColorRGB(*(c / 255 for c in INK))
    canvas.setLineWidth(line_width)
    canvas.setLineCap(1)
    canvas.setLineJoin(1)
    for stroke in strokes.strokes:
        path = canvas.beginPath()
        (x0, y0), rest = stroke[0], stroke[1:] or stroke[:1]
        path.moveTo(x + x0 * width, y + (1 - y0) * height)
        for px, py in rest:
            path.lineTo(x + px * width, y + (1 - py) * height)
        canvas.drawPath(path, stroke=1, fill=0)
    canvas.restoreState()


class HandwrittenSignature(Flowable):
    """A flowable drawing the strokes signed on the pad, to sit in a signature block's blank cell.

    The strokes keep their shape (the pad's proportions, about 3 : 1) and are centred in the box.
    """

    def __init__(self, strokes: Strokes, width: float, height: float, ratio: float = 3.0):
        super().__init__()
        self.strokes, self.width, self.height, self.ratio = strokes, width, height, ratio

    def wrap(self, _available_width, _available_height):
        return self.width, self.height

    def draw(self):
        width = min(self.width, self.height * self.ratio)
        height = width / self.ratio
        draw_strokes(self.canv, self.strokes, (self.width - width) / 2, (self.height - height) / 2, width, height)


def _draw_ink(pen: ImageDraw.ImageDraw, strokes: Strokes, box: tuple[int, int, int, int], line_width: int) -> None:
    left, top, right, bottom = box
    for stroke in strokes.strokes:
        points = [(left + x * (right - left), top + y * (bottom - top)) for x, y in stroke]
        if len(points) == 1:
            (px, py), r = points[0], line_width / 2
            pen.ellipse((px - r, py - r, px + r, py + r), fill=INK)
        else:
            pen.line(points, fill=INK, width=line_width, joint="curve")


def strokes_png(strokes: Strokes | None, width: int = 920, height: int = 320, line_width: int = 7,
                caption: list[str] | None = None) -> bytes:
    """The strokes in ink on white, with optional caption lines underneath, as PNG bytes.

    The caption (signer's name, role, date) is drawn into the picture with the documents' own
    font, so the signature's appearance needs no font of its own in the PDF.
    """
    image = Image.new("RGB", (width, height), "white")
    pen = ImageDraw.Draw(image)
    lines = caption or []
    size = height // 9
    font = ImageFont.truetype(str(FONT_DIR / "DejaVuSans.ttf"), size) if lines else None
    ink_bottom = height - (len(lines) * int(size * 1.25) + line_width if lines else line_width)
    if strokes is not None:
        _draw_ink(pen, strokes, (line_width * 2, line_width, width - line_width * 2, ink_bottom), line_width)
    for index, line in enumerate(lines):
        pen.text((line_width * 2, ink_bottom + index * int(size * 1.25)), line, fill=CAPTION, font=font)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()
