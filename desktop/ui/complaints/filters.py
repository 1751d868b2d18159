"""The register's filter bar: a search box that filters as one types, and the usual filters."""

from __future__ import annotations

import datetime as dt
from enum import Enum

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.complaints import (
    CLOSED_STATUSES,
    OPEN_STATUSES,
    ComplaintQuery,
    ComplaintStatus,
    Urgency,
)
from desktop.ui.date_field import DateField
from desktop.ui.flow import FlowLayout, labelled

SEARCH_DELAY_MS = 200


def _tr(text: str) -> str:
    return QCoreApplication.translate("ComplaintFilters", text)


class Period(str, Enum):
    """The periods offered for the opening date of complaints."""

    ALL = "all"
    THIS_QUARTER = "this_quarter"
    LAST_QUARTER = "last_quarter"
    THIS_YEAR = "this_year"
    LAST_12_MONTHS = "last_12_months"
    CUSTOM = "custom"


def _quarter_start(day: dt.date) -> dt.date:
    return dt.date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


def period_range(period: Period, today: dt.date) -> tuple[dt.date | None, dt.date | None]:
    """The first and last opening dates of ``period`` (None for an open end)."""
    if period == Period.THIS_QUARTER:
        return _quarter_start(today), None
    if period == Period.LAST_QUARTER:
        end = _quarter_start(today) - dt.timedelta(days=1)
        return _quarter_start(end), end
    if period == Period.THIS_YEAR:
        return dt.date(today.year, 1, 1), None
    if period == Period.LAST_12_MONTHS:
        # The day after the same date a year ago (29 February falls back to the 28th).
        day = min(today.day, 28) if today.month == 2 else today.day
        return dt.date(today.year - 1, today.month, day) + dt.timedelta(days=1), None
    return None, None


# The status choices: a group of statuses (and whether only overdue ones), or a single status.
STATUS_GROUPS = {
    "open": (OPEN_STATUSES, False),
    "overdue": (OPEN_STATUSES, True),
    "closed": (CLOSED_STATUSES, False),
    "all": (None, False),
}


def _combo(accessible: str, minimum_length: int = 11) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(accessible)
    # As wide as its longest choice ("Toutes les catégories", never "Toutes les catégoi"): the
    # filters flow onto more lines instead of cutting their words.
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    combo.setMinimumContentsLength(minimum_length)
    return combo


def _select_data(combo: QComboBox, value) -> None:
    """Select the item carrying ``value``, or the first item when none does."""
    index = combo.findData(value)
    combo.setCurrentIndex(index if index >= 0 else 0)


class ComplaintFilterBar(QWidget):
    """Search box and filters; emits the ComplaintQuery they describe whenever one changes."""

    query_changed = Signal(object)

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self._quiet = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._emit)
        self._build()
        self.translate_ui()
        self.reload_choices()
        self._connect()

    # Building -----------------------------------------------------------------------------
    def _build(self) -> None:
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.status = _combo(_tr("Status"))
        self.category = _combo(_tr("Category"))
        self.building = _combo(_tr("Building"))
        self.entrance = _combo(_tr("Entrance"))
        self.period = _combo(_tr("Period"))
        self.urgency = _combo(_tr("Urgency"))
        self.date_from = self._date_edit()
        self.date_to = self._date_edit()
        self.overdue = QCheckBox()
        self.clear_button = QPushButton()
        self.labels = {name: QLabel() for name in (
            "search", "status", "category", "building", "entrance", "period", "urgency", "from", "to")}
        for name, widget in (
            ("search", self.search), ("status", self.status), ("category", self.category),
            ("building", self.building), ("entrance", self.entrance), ("period", self.period),
            ("urgency", self.urgency), ("from", self.date_from), ("to", self.date_to),
        ):
            self.labels[name].setBuddy(widget)
        self._lay_out()

    def _date_edit(self) -> DateField:
        edit = DateField()  # empty: that end of the period is open
        edit.setVisible(False)
        return edit

    def _lay_out(self) -> None:
        # The search on its own line; the filters, each with its label, flow from line to line as
        # the room allows (a 1024-pixel screen, or 16-point text, gets more lines, never a wider window).
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        search_row = QHBoxLayout()
        search_row.addWidget(self.labels["search"])
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.clear_button)
        column.addLayout(search_row)
        flow = FlowLayout(spacing=10)
        for name in ("status", "category", "urgency", "building", "entrance", "period"):
            flow.addWidget(labelled(self.labels[name], getattr(self, name)))
        self.custom_dates = []  # shown with the "Custom dates…" period only
        for name, edit in (("from", self.date_from), ("to", self.date_to)):
            pair = labelled(self.labels[name], edit)
            self.labels[name].setVisible(True)
            edit.setVisible(True)
            pair.setVisible(False)
            self.custom_dates.append(pair)
            flow.addWidget(pair)
        flow.addWidget(self.overdue)
        column.addLayout(flow)

    def _connect(self) -> None:
        self.search.textChanged.connect(self._timer.start)
        self.search.returnPressed.connect(self.flush)
        for combo in (self.status, self.category, self.entrance, self.urgency):
            combo.currentIndexChanged.connect(self._emit)
        self.building.currentIndexChanged.connect(self._building_changed)
        self.period.currentIndexChanged.connect(self._period_changed)
        self.date_from.dateChanged.connect(self._emit)
        self.date_to.dateChanged.connect(self._emit)
        self.overdue.toggled.connect(self._emit)
        self.clear_button.clicked.connect(self.clear)

    def translate_ui(self) -> None:
        """(Re)apply every visible string; called again when the language changes."""
        texts = {
            "search": _tr("&Search:"), "status": _tr("S&tatus:"), "category": _tr("&Category:"),
            "building": _tr("&Building:"), "entrance": _tr("&Entrance:"), "period": _tr("&Period:"),
            "urgency": _tr("&Urgency:"), "from": _tr("F&rom:"), "to": _tr("&To:"),
        }
        for name, text in texts.items():
            self.labels[name].setText(text)
        self.search.setPlaceholderText(_tr("Search: title, place, landlord reference…"))
        self.search.setAccessibleName(_tr("Search complaints"))
        self.search.setToolTip(_tr("Type a few letters of a word or a complaint number; "
                                   "accents and capitals do not matter."))
        self.overdue.setText(_tr("O&verdue only"))
        self.overdue.setAccessibleName(_tr("Show only overdue complaints"))
        self.clear_button.setText(_tr("C&lear filters"))
        self.clear_button.setAccessibleName(_tr("Clear the search and every filter"))
        for name in ("status", "category", "building", "entrance", "period", "urgency"):
            getattr(self, name).setAccessibleName(self.labels[name].text().replace("&", "").rstrip(": "))
        self.date_from.setAccessibleName(_tr("Opened from"))
        self.date_to.setAccessibleName(_tr("Opened until"))
        self._fill_fixed_choices()
        self._translate_first_items()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange:
            self.translate_ui()
        super().changeEvent(event)

    def _translate_first_items(self) -> None:
        """The "All ..." entries of the lists read from the store (no need to read them again)."""
        for combo, text in ((self.category, _tr("All categories")), (self.building, _tr("All buildings")),
                            (self.entrance, _tr("All entrances"))):
            if combo.count():
                combo.setItemText(0, text)

    # Choices ------------------------------------------------------------------------------
    def _fill_fixed_choices(self) -> None:
        """Status, period and urgency lists (their labels depend on the language)."""
        quiet, self._quiet = self._quiet, True
        status, period, urgency = (self.status.currentData(), self.period.currentData(),
                                   self.urgency.currentData())
        self.status.clear()
        for key, text in (("open", _tr("All open")), ("overdue", _tr("Overdue")),
                          ("closed", _tr("Closed (all kinds)")), ("all", _tr("All complaints"))):
            self.status.addItem(text, key)
        self.status.insertSeparator(self.status.count())
        for member in ComplaintStatus:
            self.status.addItem(QCoreApplication.translate("Status", member.label), member.value)
        _select_data(self.status, status or "open")
        self.period.clear()
        for member, text in (
            (Period.ALL, _tr("Any date")), (Period.THIS_QUARTER, _tr("This quarter")),
            (Period.LAST_QUARTER, _tr("Last quarter")), (Period.THIS_YEAR, _tr("This year")),
            (Period.LAST_12_MONTHS, _tr("Last 12 months")), (Period.CUSTOM, _tr("Between two dates…")),
        ):
            self.period.addItem(text, member.value)
        _select_data(self.period, period or Period.ALL.value)
        self.urgency.clear()
        self.urgency.addItem(_tr("Any urgency"), None)
        for member in Urgency:
            self.urgency.addItem(QCoreApplication.translate("Urgency", member.label), member.value)
        _select_data(self.urgency, urgency)
        self._quiet = quiet

    def reload_choices(self) -> None:
        """Read categories, buildings and entrances again, keeping what was chosen if it still exists."""
        quiet, self._quiet = self._quiet, True
        category, building = self.category.currentData(), self.building.currentData()
        self.category.clear()
        self.category.addItem(_tr("All categories"), None)
        for item in self.store.categories.list():
            self.category.addItem(item.name, item.id)
        _select_data(self.category, category)
        self.building.clear()
        self.building.addItem(_tr("All buildings"), None)
        for item in self.store.places.buildings():
            self.building.addItem(item.name, item.id)
        _select_data(self.building, building)
        self._fill_entrances()
        self._quiet = quiet

    def _fill_entrances(self) -> None:
        quiet, self._quiet = self._quiet, True
        entrance = self.entrance.currentData()
        building = self.building.currentData()
        self.entrance.clear()
        self.entrance.addItem(_tr("All entrances"), None)
        for item in self.store.places.entrances(building):
            # Without a building chosen, entrances are told apart by their building.
            self.entrance.addItem(item.name if building is not None else item.label, item.id)
        _select_data(self.entrance, entrance)
        self._quiet = quiet

    def _building_changed(self) -> None:
        self._fill_entrances()
        self._emit()

    def _period_changed(self) -> None:
        custom = self.period.currentData() == Period.CUSTOM.value
        if custom:
            # Start from a useful range rather than an empty one: this quarter so far.
            quiet, self._quiet = self._quiet, True
            today = self.store.complaints.today()
            start = period_range(Period.THIS_QUARTER, today)[0]
            self.date_from.setDate(start)
            self.date_to.setDate(today)
            self._quiet = quiet
        for pair in self.custom_dates:
            pair.setVisible(custom)
        self._emit()

    # The query ----------------------------------------------------------------------------
    def query(self) -> ComplaintQuery:
        """The ComplaintQuery the controls describe (in the default order)."""
        key = self.status.currentData() or "open"
        if key in STATUS_GROUPS:
            statuses, overdue = STATUS_GROUPS[key]
        else:
            statuses, overdue = frozenset({ComplaintStatus(key)}), False
        category = self.category.currentData()
        urgency = self.urgency.currentData()
        opened_from, opened_to = self._dates()
        return ComplaintQuery(
            text=self.search.text().strip(),
            statuses=statuses,
            category_ids=frozenset({category}) if category is not None else None,
            building_id=self.building.currentData(),
            entrance_id=self.entrance.currentData(),
            opened_from=opened_from,
            opened_to=opened_to,
            overdue_only=overdue or self.overdue.isChecked(),
            urgencies=frozenset({Urgency(urgency)}) if urgency else None,
        )

    def _dates(self) -> tuple[dt.date | None, dt.date | None]:
        period = Period(self.period.currentData() or Period.ALL.value)
        if period != Period.CUSTOM:
            return period_range(period, self.store.complaints.today())
        # A bound that is not (yet) a date leaves that end open rather than hiding everything.
        start, end = self.date_from.date(), self.date_to.date()
        start, end = (start.toPython() if start.isValid() else None), (end.toPython() if end.isValid() else None)
        return (start, end) if start is None or end is None or start <= end else (end, start)

    def is_default(self) -> bool:
        """True when no search text and no filter narrows the list beyond "All open"."""
        return self.query() == ComplaintQuery(statuses=OPEN_STATUSES)

    def flush(self) -> None:
        """Apply pending search text now (Enter in the search box)."""
        if self._timer.isActive():
            self._timer.stop()
            self._emit()

    def clear(self) -> None:
        """Empty the search box and set every filter back to its default, then emit once."""
        quiet, self._quiet = self._quiet, True
        self._timer.stop()
        self.search.clear()
        self._timer.stop()
        for combo in (self.category, self.building, self.urgency):
            combo.setCurrentIndex(0)
        self._fill_entrances()
        self.entrance.setCurrentIndex(0)
        _select_data(self.status, "open")
        _select_data(self.period, Period.ALL.value)
        self.overdue.setChecked(False)
        self._quiet = quiet
        self._emit()

    def focus_search(self) -> None:
        """Put the cursor in the search box with its text selected, ready to type over."""
        self.search.setFocus()
        self.search.selectAll()

    def _emit(self) -> None:
        if not self._quiet:
            self.query_changed.emit(self.query())
