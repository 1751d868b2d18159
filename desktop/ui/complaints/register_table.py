"""The register's table view: readable rows, columns sized for their contents, columns to choose."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView

from desktop.domain.complaints import Urgency
from desktop.ui.complaints.model import ComplaintTableModel as M
from desktop.ui.complaints.model import overdue_text, short_date

# Widths in average characters of the table's font: (narrowest, widest when there is room).
ELASTIC_CHARACTERS = {M.PLACE: (17, 30), M.CATEGORY: (14, 24), M.STATUS: (14, 24)}
FIXED_CHARACTERS = {M.REPORTER: 16, M.EXTERNAL_REF: 12, M.SERVICE: 18}
TITLE_CHARACTERS = (24, 44)
# How narrow they may become on a small screen, so that the status and the due date are seen
# without scrolling sideways (their text wraps onto the row's second line, then is cut "…").
TIGHT_CHARACTERS = {M.TITLE: 11, M.PLACE: 10, M.CATEGORY: 9, M.STATUS: 10}
TIGHT_PADDING = 14
# Shown on request (the Columns button, or a right-click on the column titles), so that the
# others stay readable on a laptop screen with large text.
HIDDEN_AT_FIRST = (M.URGENCY, M.REPORTER, M.EXTERNAL_REF, M.SERVICE)
PADDING = 22
SAMPLE_DATE = dt.date(2026, 12, 28)


def _bold(font: QFont) -> QFont:
    font = QFont(font)
    font.setBold(True)
    return font


class RegisterTable(QTableView):
    """A table of complaints; the title column takes the room the other columns leave."""

    # A column the store cannot sort by was clicked.
    unsortable_clicked = Signal(int)

    def __init__(self, model: M, parent=None):
        super().__init__(parent)
        self._fitting = False
        self._user_sized: set[int] = set()
        self.setObjectName("complaintTable")
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        # Rows are two lines high: a long status or place wraps rather than being cut at once.
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setTabKeyNavigation(False)
        self.setCornerButtonEnabled(False)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSortIndicator(model.sort_column(), model.sort_order())
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        self._configure_sizes()
        self.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(self._sort_indicator_changed)
        header.sectionResized.connect(self._section_resized)

    # Sizes --------------------------------------------------------------------------------
    def _chars(self, count: int) -> int:
        return self.fontMetrics().averageCharWidth() * count + PADDING

    def _configure_sizes(self) -> None:
        """Row height and column widths fitted to the font; fixed, so 100,000 rows cost nothing."""
        rows = self.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(int(self.fontMetrics().height() * 2.1))
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(self.fontMetrics().averageCharWidth() * 4)
        self._fitting = True
        for column, characters in FIXED_CHARACTERS.items():
            self.setColumnWidth(column, self._chars(characters))
        for column, (narrowest, _widest) in ELASTIC_CHARACTERS.items():
            self.setColumnWidth(column, self._chars(narrowest))
        for column, width in self._sample_widths().items():
            self.setColumnWidth(column, width)
        self.setColumnWidth(M.TITLE, self._chars(TITLE_CHARACTERS[0]))
        for column in HIDDEN_AT_FIRST:
            header.setSectionHidden(column, True)
        self._fitting = False

    def _sample_widths(self) -> dict[int, int]:
        """Widths that fit the longest value of the columns whose values are known in advance."""
        plain, bold = self.fontMetrics(), QFontMetrics(_bold(self.font()))
        header = QFontMetrics(_bold(self.horizontalHeader().font()))
        titles = M.headers()

        def fit(column: int, *texts: str, metrics=plain) -> int:
            # Room for the column title and its sort arrow too.
            widest = max([metrics.horizontalAdvance(text) for text in texts]
                         + [header.horizontalAdvance(titles[column]) + 16])
            return widest + PADDING

        urgencies = [QCoreApplication.translate("Urgency", u.label) for u in Urgency]
        return {
            M.ID: fit(M.ID, "00000"),
            M.OPENED_ON: fit(M.OPENED_ON, short_date(SAMPLE_DATE)),
            M.URGENCY: fit(M.URGENCY, *urgencies, metrics=bold),
            M.DUE_ON: fit(M.DUE_ON, short_date(SAMPLE_DATE), overdue_text(), metrics=bold),
        }

    def retranslate(self) -> None:
        """After a change of language: the dates, labels and column titles have new widths."""
        self._fitting = True
        for column, width in self._sample_widths().items():
            if column not in self._user_sized:
                self.setColumnWidth(column, width)
        self._fitting = False
        self.fit_columns()

    def fit_columns(self) -> None:
        """Share the width: the title first, then place, category and status, the title the rest."""
        if self._fitting:
            return
        self._fitting = True
        try:
            header = self.horizontalHeader()
            shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
            elastic = [c for c in ELASTIC_CHARACTERS if c in shown and c not in self._user_sized]
            for column in elastic:
                header.resizeSection(column, self._chars(ELASTIC_CHARACTERS[column][0]))
            others = sum(header.sectionSize(c) for c in shown if c != M.TITLE)
            spare = self.viewport().width() - others - self._chars(TITLE_CHARACTERS[1])
            for column in elastic:
                if spare <= 0:
                    break
                grow = min(spare, self._chars(ELASTIC_CHARACTERS[column][1]) - header.sectionSize(column))
                header.resizeSection(column, header.sectionSize(column) + grow)
                spare -= grow
            others = sum(header.sectionSize(c) for c in shown if c != M.TITLE)
            title = max(self._chars(TITLE_CHARACTERS[0]), self.viewport().width() - others)
            missing = others + title - self.viewport().width()
            if missing > 0:  # a small screen: every elastic column down towards its tightest
                fixed = [c for c in (M.ID, M.OPENED_ON, M.DUE_ON) if c in shown and c not in self._user_sized]
                title = self._tighten(fixed + [c for c in elastic + [M.TITLE]], missing)
            header.resizeSection(M.TITLE, title)
        finally:
            self._fitting = False

    def _tightest(self, column: int) -> int:
        """The narrowest a column may be on a small screen: its tight width or, for the number and
        the dates, its longest value, with little padding; never less than its heading."""
        metrics = QFontMetrics(_bold(self.horizontalHeader().font()))
        heading = metrics.horizontalAdvance(M.headers()[column]) + TIGHT_PADDING
        if self.horizontalHeader().sortIndicatorSection() == column:
            heading += 16
        if column in TIGHT_CHARACTERS:
            return max(self.fontMetrics().averageCharWidth() * TIGHT_CHARACTERS[column] + TIGHT_PADDING, heading)
        plain, bold = self.fontMetrics(), QFontMetrics(_bold(self.font()))
        values = {M.ID: plain.horizontalAdvance("00000"),
                  M.OPENED_ON: plain.horizontalAdvance(short_date(SAMPLE_DATE)),
                  M.DUE_ON: max(bold.horizontalAdvance(short_date(SAMPLE_DATE)), bold.horizontalAdvance(overdue_text()))}
        return max(values.get(column, 0) + TIGHT_PADDING, heading)

    def _tighten(self, columns: list[int], missing: int) -> int:
        """Take ``missing`` pixels from ``columns`` (the title last in the list), each in
        proportion to what it can give down to its tightest width; returns the title's width."""
        header = self.horizontalHeader()
        widths = {c: header.sectionSize(c) if c != M.TITLE else self._chars(TITLE_CHARACTERS[0]) for c in columns}
        room = {c: max(0, widths[c] - self._tightest(c)) for c in columns}
        total = sum(room.values())
        share = min(1.0, missing / total) if total else 0.0
        for column in columns:
            widths[column] -= int(room[column] * share + 0.999)
            if column != M.TITLE:
                header.resizeSection(column, widths[column])
        return widths[M.TITLE]

    def _section_resized(self, column: int, _old: int, _new: int) -> None:
        if self._fitting:
            return
        if column != M.TITLE:
            # The person dragged this column's edge: leave its width to them from now on.
            self._user_sized.add(column)
        self.fit_columns()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        """A larger or smaller text (Ctrl++ / Ctrl+-): rows and the known widths follow it."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.verticalHeader().setDefaultSectionSize(int(self.fontMetrics().height() * 2.1))
            self.horizontalHeader().setMinimumSectionSize(self.fontMetrics().averageCharWidth() * 4)
            self.retranslate()

    def viewportEvent(self, event) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.Resize:
            self.fit_columns()
        return super().viewportEvent(event)

    # Columns ------------------------------------------------------------------------------
    def show_column(self, column: int, shown: bool = True) -> None:
        """Show or hide a column (the title always shows)."""
        if column == M.TITLE:
            return
        self.horizontalHeader().setSectionHidden(column, not shown)
        self.fit_columns()

    def fill_columns_menu(self, menu: QMenu) -> None:
        """Put one check box per column in ``menu``."""
        menu.clear()
        header = self.horizontalHeader()
        for column, title in enumerate(M.headers()):
            action = menu.addAction(title)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.setEnabled(column != M.TITLE)
            action.toggled.connect(lambda shown, c=column: self.show_column(c, shown))

    def _header_menu(self, position) -> None:
        menu = QMenu(self)
        self.fill_columns_menu(menu)
        menu.popup(self.horizontalHeader().mapToGlobal(position))

    def _sort_indicator_changed(self, column: int, _order: Qt.SortOrder) -> None:
        # Columns the store cannot sort by (reporter, reference, service) leave the arrow where
        # the order really comes from.
        if column in M.SORT_KEYS:
            return
        model = self.model()
        header = self.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(model.sort_column(), model.sort_order())
        header.blockSignals(False)
        self.unsortable_clicked.emit(column)
