"""Table headings that are read whole: they wrap between words on a narrow column ("Représenté /
par") instead of being clipped at both ends ("eprésenté pa"), and the header grows to the lines
they need.

    header = WrappingHeader.install(table)                 # keeps Qt's resize modes
    header = WrappingHeader.install(table, share=True)     # and shares the width fairly

With ``share``, the columns are sized here whenever the table's width changes: the ``keep``
columns (a name, a telephone number), in their order, get what their text needs first, as far as
the others' headings leave room; every other column gets at
least its longest heading word, then what its text needs as far as the room left allows; room
left over goes to the ``grow`` columns (the last one when none is named). ``parts`` gives some
columns a set share of the width instead (wrapped text that would otherwise claim a long line). Nothing is pushed off to the right
behind a horizontal scroll bar unless the headings' words alone do not fit.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QRect, QSize, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionHeader, QTableView

# The heading's padding (the style sheet's ``QHeaderView::section { padding: 6px }``) and border.
PAD = 7
MAX_LINES = 3
# A column's text is given at most this many average characters when the room is shared.
MAX_CHARS = 40


class WrappingHeader(QHeaderView):
    """A horizontal header whose headings wrap between words, never inside one."""

    def __init__(self, table: QTableView, share: bool = False, grow: Iterable[int] = (), keep: Iterable[int] = (),
                 parts: dict[int, float] | None = None):
        super().__init__(Qt.Orientation.Horizontal, table)
        self.table, self.share, self.grow, self.keep = table, share, tuple(grow), tuple(keep)
        self.parts = dict(parts or {})
        self._width = -1
        self.setSectionsClickable(True)
        self.setHighlightSections(False)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.sectionResized.connect(self._heights_may_change)

    @classmethod
    def install(cls, table: QTableView, share: bool = False, grow: Iterable[int] = (),
                keep: Iterable[int] = (), parts: dict[int, float] | None = None) -> "WrappingHeader":
        """Put a wrapping header on ``table`` (before its resize modes are set)."""
        header = cls(table, share, grow, keep, parts)
        table.setHorizontalHeader(header)
        if share:
            header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            header.setStretchLastSection(False)
        return header

    # Words and lines ----------------------------------------------------------------------
    def _font(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    def _text(self, logical: int) -> str:
        return str(self.model().headerData(logical, Qt.Orientation.Horizontal) or "") if self.model() else ""

    def _indicator(self, logical: int) -> int:
        shown = self.isSortIndicatorShown() and self.sortIndicatorSection() == logical
        return self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, self) + 4 if shown else 0

    def word_width(self, logical: int) -> int:
        """The narrowest the column can be with its heading whole: its longest word."""
        metrics = QFontMetrics(self._font())
        words = self._text(logical).split() or [""]
        return max(metrics.horizontalAdvance(word) for word in words) + 2 * PAD + 2 + self._indicator(logical)

    def text_width(self, logical: int) -> int:
        """The width of the heading on one line."""
        metrics = QFontMetrics(self._font())
        return metrics.horizontalAdvance(self._text(logical)) + 2 * PAD + 2 + self._indicator(logical)

    def _text_height(self, logical: int, width: int) -> int:
        metrics = QFontMetrics(self._font())
        room = max(1, width - 2 * PAD - self._indicator(logical))
        height = metrics.boundingRect(QRect(0, 0, room, 10_000), Qt.TextFlag.TextWordWrap, self._text(logical)).height()
        return min(height, metrics.lineSpacing() * MAX_LINES)

    def sectionSizeFromContents(self, logical: int) -> QSize:  # noqa: N802 (Qt API)
        """Only the longest word counts for the width: the rest wraps."""
        size = super().sectionSizeFromContents(logical)
        return QSize(self.word_width(logical), size.height())

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        """Tall enough for the heading that wraps onto the most lines at the current widths."""
        size = super().sizeHint()
        if self.model() is None:
            return size
        tallest = max((self._text_height(c, self.sectionSize(c)) for c in range(self.count())
                       if not self.isSectionHidden(c)), default=0)
        return QSize(size.width(), max(size.height(), tallest + 2 * PAD))

    def _heights_may_change(self, *_args) -> None:
        self.updateGeometry()
        self.geometriesChanged.emit()  # the table makes room for the new height

    # Painting -----------------------------------------------------------------------------
    def paintSection(self, painter, rect: QRect, logical: int) -> None:  # noqa: N802 (Qt API)
        """The section as the style draws it, then the heading wrapped between words."""
        if not rect.isValid():
            return
        option = QStyleOptionHeader()
        self.initStyleOptionForIndex(option, logical)
        option.rect = rect
        text, option.text = option.text, ""
        painter.save()
        self.style().drawControl(QStyle.ControlElement.CE_Header, option, painter, self)
        painter.restore()
        painter.save()
        painter.setFont(self._font())
        painter.setPen(option.palette.color(QPalette.ColorRole.ButtonText))
        inner = rect.adjusted(PAD, 2, -PAD - self._indicator(logical), -2)
        painter.drawText(inner, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, text)
        painter.restore()

    # Sharing the width --------------------------------------------------------------------
    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        """The header is as wide as the table's viewport: share the new width."""
        super().resizeEvent(event)
        if self.share and event.size().width() != self._width:
            self.share_width()

    def share_width(self) -> None:
        """Size the columns for the table's current width (see the module's docstring)."""
        if self.model() is None:
            return
        # The header is exactly as wide as the viewport once laid out; it knows first.
        room = self.width() if self.width() > 0 else self.table.viewport().width()
        self._width = room
        columns = [c for c in range(self.count()) if not self.isSectionHidden(c)]
        if not columns or room <= 0:
            return
        cap = self.table.fontMetrics().averageCharWidth() * MAX_CHARS
        least = {c: max(self.word_width(c), self.minimumSectionSize()) for c in columns}
        wanted = {c: max(least[c], min(self.table.sizeHintForColumn(c), cap)) for c in columns}
        for column, part in self.parts.items():  # a set part of the width, whatever the text
            if column in least:
                least[column] = wanted[column] = max(least[column], int(room * part))
        for column in (c for c in self.keep if c in least):  # a kept column's heading stays on one line
            wanted[column] = max(wanted[column], self.text_width(column))
        for column in (c for c in self.keep if c in least):  # first come, first served
            others = sum(least.values()) - least[column]
            least[column] = max(least[column], min(wanted[column], room - others))
        widths = _shared(columns, least, wanted, room, [c for c in self.grow if c in wanted] or columns[-1:])
        for column, width in widths.items():
            self.resizeSection(column, width)

    def setModel(self, model) -> None:  # noqa: N802 (Qt API)
        """Share the width again when the rows change (their text may need more or less)."""
        super().setModel(model)
        if self.share and model is not None:
            for signal in (model.modelReset, model.layoutChanged, model.rowsInserted, model.rowsRemoved):
                signal.connect(self._rows_changed)

    def _rows_changed(self, *_args) -> None:
        QTimer.singleShot(0, self, self.share_width)


def _shared(columns: list[int], least: dict, wanted: dict, room: int, growing: list[int]) -> dict:
    """Widths for ``columns`` within ``room``: ``wanted`` when it fits (the spare to ``growing``),
    else ``least`` plus a fair part of what is missing, else ``least``."""
    widths = dict(wanted)
    spare = room - sum(wanted.values())
    if spare >= 0:
        for index, column in enumerate(growing):
            widths[column] += spare // len(growing) + (1 if index < spare % len(growing) else 0)
        return widths
    if sum(least.values()) >= room:
        return dict(least)
    ratio = (room - sum(least.values())) / (sum(wanted.values()) - sum(least.values()))
    widths = {c: least[c] + int((wanted[c] - least[c]) * ratio) for c in columns}
    widths[columns[-1]] += room - sum(widths.values())
    return widths
