"""The dashboard: what a representative checks first when opening Palier."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.dashboard_models import BarDelegate, ComplaintListModel, CountTableModel, Figure
from desktop.domain.meetings import MeetingStatus
from desktop.ui.headers import WrappingHeader
from desktop.ui.people.widgets import RecordTable, label


def _tr(text: str) -> str:
    return QCoreApplication.translate("Dashboard", text)


# Short lists: the register is the place to see them all.
LIST_LIMIT = 5
COUNT_ROWS = 8


def _table(model, accessible: str, stretch: tuple[int, ...], keep: tuple[int, ...] = ()) -> RecordTable:
    """A table whose columns share its width: the ``keep`` ones whole first (a count, a number),
    the ``stretch`` ones taking what is left; headings whole, nothing behind a sideways bar."""
    table = RecordTable()
    WrappingHeader.install(table, share=True, grow=stretch, keep=keep)
    table.setModel(model)
    table.setAccessibleName(accessible)
    return table


def fit_height(table: RecordTable, max_rows: int) -> None:
    """Make the table exactly as tall as its rows (up to ``max_rows``), so nothing hides inside it;
    again whenever its headings wrap onto more lines or fewer."""
    if not table.property("fitting"):
        table.setProperty("fitting", True)
        table.horizontalHeader().geometriesChanged.connect(lambda: fit_height(table, max_rows))
    rows = min(max(table.model().rowCount(), 1), max_rows)
    height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
    table.setFixedHeight(height + rows * table.row_height() + 2)


class DashboardPage(QWidget):
    """Big figures, open complaints by category and building, the overdue and the oldest."""

    open_complaint = Signal(int)

    def __init__(self, store, events, parent=None):
        super().__init__(parent)
        self.store, self.events = store, events
        self.by_category = CountTableModel(_tr("Category"), self)
        self.by_building = CountTableModel(_tr("Building"), self)
        self.overdue = ComplaintListModel(ComplaintListModel.OVERDUE, self)
        self.oldest = ComplaintListModel(ComplaintListModel.OLDEST, self)
        self._build()
        for signal in (events.complaints_changed, events.categories_changed, events.places_changed):
            signal.connect(self.refresh)
        self.refresh()

    def _build(self) -> None:
        self.title = label(role="heading")
        self.figures = {key: Figure() for key in ("open", "overdue", "urgent")}
        figures = QHBoxLayout()
        for figure in self.figures.values():
            figures.addWidget(figure)
        self.category_table = _table(self.by_category, _tr("Open complaints by category"), (2,), keep=(1, 0))
        self.building_table = _table(self.by_building, _tr("Open complaints by building"), (2,), keep=(1, 0))
        for table in (self.category_table, self.building_table):
            table.setItemDelegateForColumn(2, BarDelegate(table))
            table.setShowGrid(False)
        self.overdue_table = _table(self.overdue, _tr("Overdue complaints"), (1, 2), keep=(0, 3, 4))
        self.oldest_table = _table(self.oldest, _tr("Open complaints waiting the longest"), (1, 2), keep=(0, 3, 4))
        self.overdue_table.open_requested.connect(
            lambda index: self.open_complaint.emit(self.overdue.complaint_id(index.row())))
        self.oldest_table.open_requested.connect(
            lambda index: self.open_complaint.emit(self.oldest.complaint_id(index.row())))
        self.boxes = {
            "category": self._box(self.category_table),
            "building": self._box(self.building_table),
            "overdue": self._box(self.overdue_table),
            "oldest": self._box(self.oldest_table),
        }
        self.overdue_note, self.oldest_note = label(role="hint"), label(role="hint")
        self.boxes["overdue"].layout().addWidget(self.overdue_note)
        self.boxes["oldest"].layout().addWidget(self.oldest_note)
        grid = QGridLayout()
        grid.addWidget(self.boxes["category"], 0, 0)
        grid.addWidget(self.boxes["building"], 0, 1)
        grid.addWidget(self.boxes["overdue"], 1, 0, 1, 2)
        grid.addWidget(self.boxes["oldest"], 2, 0, 1, 2)
        self.meeting_box = QGroupBox()
        self.meeting = label()
        QVBoxLayout(self.meeting_box).addWidget(self.meeting)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(self.title)
        layout.addLayout(figures)
        layout.addWidget(self.meeting_box)  # the next step first: the coming meeting, minutes to approve
        layout.addLayout(grid)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    @staticmethod
    def _box(table: RecordTable) -> QGroupBox:
        box = QGroupBox()
        layout = QVBoxLayout(box)
        layout.addWidget(table)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        return box

    def refresh(self) -> None:
        """Read every figure and list again from the store."""
        statistics = self.store.statistics
        self.today = today = self.store.complaints.today()
        self.summary = statistics.summary(today)
        residence = self.store.places.first_residence()
        self.residence_name = residence.name if residence else "Palier"
        # "" stands for complaints with no building; it is named in translate_ui.
        self.building_rows = statistics.open_by_building("")
        self.by_category.set_rows(statistics.open_by_category())
        self.overdue.set_rows(statistics.overdue(today, LIST_LIMIT), today)
        self.oldest.set_rows(statistics.oldest_open(LIST_LIMIT), today)
        self.next_meeting = self.store.meetings.next_planned(today)
        self.to_approve = self.store.meetings.list(statuses=[MeetingStatus.MINUTES_DRAFTED])
        self.translate_ui()
        for table, rows in ((self.category_table, COUNT_ROWS), (self.building_table, COUNT_ROWS),
                            (self.overdue_table, LIST_LIMIT), (self.oldest_table, LIST_LIMIT)):
            fit_height(table, rows)

    def translate_ui(self) -> None:
        """(Re)write every visible sentence from the figures already read (no store access)."""
        summary, today = self.summary, self.today
        day = QLocale().toString(QDate(today.year, today.month, today.day), QLocale.FormatType.LongFormat)
        self.title.setText(_tr("{residence}: the situation on {date}").format(
            residence=self.residence_name, date=day))
        self.figures["open"].set_value(summary.open, _tr("open complaints"))
        self.figures["overdue"].set_value(summary.overdue, _tr("overdue"))
        self.figures["urgent"].set_value(summary.urgent_open, _tr("urgent, still open"))
        self.boxes["category"].setTitle(_tr("Open complaints by category"))
        self.boxes["building"].setTitle(_tr("Open complaints by building"))
        self.boxes["overdue"].setTitle(_tr("Overdue complaints"))
        self.boxes["oldest"].setTitle(_tr("Open complaints waiting the longest"))
        self.by_category.heading, self.by_building.heading = _tr("Category"), _tr("Building")
        self.by_building.set_rows([(name or _tr("No building given"), count)
                                   for name, count in self.building_rows])
        for model in (self.by_category, self.overdue, self.oldest):
            model.retranslate()
        self.overdue_note.setText(self._note(self.overdue.rowCount(), summary.overdue,
                                             _tr("No complaint is overdue.")))
        self.oldest_note.setText(self._note(self.oldest.rowCount(), summary.open,
                                            _tr("No complaint is open.")))
        self.meeting_box.setTitle(_tr("Next meeting"))
        upcoming = self.next_meeting
        if upcoming is None:
            self.meeting.setText(_tr("None planned yet. Plan it on the Meetings page."))
        else:
            day = QLocale().toString(QDate(upcoming.date.year, upcoming.date.month, upcoming.date.day),
                                     QLocale.FormatType.LongFormat)
            start = upcoming.start_time.strftime("%H:%M") if upcoming.start_time else "—"
            self.meeting.setText(_tr("{date} at {start}, {place}. Status: {status}. Prepare it on the Meetings "
                                     "page.").format(date=day, start=start, place=upcoming.place or "—",
                status=QCoreApplication.translate("Meeting", upcoming.status.label)))
        for drafted in self.to_approve:
            day = QLocale().toString(QDate(drafted.date.year, drafted.date.month, drafted.date.day),
                                     QLocale.FormatType.LongFormat)
            self.meeting.setText(self.meeting.text() + "\n" + _tr(
                "The minutes of the meeting of {date} are not approved yet: the chair and the secretary sign "
                "them on the Meetings page (often as the first point of the next meeting).").format(date=day))

    @staticmethod
    def _note(shown: int, total: int, empty: str) -> str:
        if total == 0:
            return empty
        if shown < total:
            return _tr("The first {shown} of {total} are shown; the register lists them all. "
                       "Press Enter to open one.").format(shown=shown, total=total)
        return _tr("Press Enter or double-click to open a complaint.")

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "summary"):
            self.translate_ui()
        super().changeEvent(event)

    def reload_from_store(self) -> None:
        """The data changed somewhere (``events.data_changed``): read the figures again."""
        self.refresh()
