"""The complaint register as a Qt table model that reads the store a page at a time.

The model keeps only the ordered list of complaint numbers the current query selects (cheap even
for 100,000 complaints) and fetches the complaints themselves in pages of ``PAGE_SIZE`` rows when
the view asks for them, keeping a few pages in a small LRU cache. Scrolling anywhere therefore
costs one page read, and sorting and filtering happen in SQL.

Painting a screen asks for seven roles of each of some 150 cells: the texts a row shows are made
once, when its page is read, and the view gets a cell's roles in one call (``multiData``), so that
a repaint costs no date formatting or translation lookup at all.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import OrderedDict

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from desktop.i18n import plural
from desktop.domain.complaints import Complaint, ComplaintQuery, ComplaintStatus, SortKey, Urgency


def _tr(text: str) -> str:
    return QCoreApplication.translate("ComplaintTable", text)


def to_qdate(value: dt.date) -> QDate:
    """A Python date as a QDate."""
    return QDate(value.year, value.month, value.day)


def short_date(value: dt.date | None) -> str:
    """A date in the user's locale, short form ("12/03/2026" in French)."""
    if value is None:
        return ""
    return QLocale().toString(to_qdate(value), QLocale.FormatType.ShortFormat)


def long_date(value: dt.date) -> str:
    """A date in the user's locale, long form ("jeudi 12 mars 2026" in French)."""
    return QLocale().toString(to_qdate(value), QLocale.FormatType.LongFormat)


OVERDUE_COLOUR = QColor("#a00000")
URGENCY_ORDER = {Urgency.LOW: 0, Urgency.NORMAL: 1, Urgency.HIGH: 2, Urgency.URGENT: 3}

_DISPLAY = Qt.ItemDataRole.DisplayRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_FONT = Qt.ItemDataRole.FontRole
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class _Row:
    """What a row shows, made once when its page is read: its texts, and which cells stand out."""

    __slots__ = ("complaint", "texts", "emphasised")

    def __init__(self, complaint: Complaint, texts: tuple[str, ...], emphasised: frozenset[int]):
        self.complaint = complaint
        self.texts = texts
        self.emphasised = emphasised


class ComplaintTableModel(QAbstractTableModel):
    """Complaints selected by a ComplaintQuery, one row each, read from the store on demand."""

    (ID, OPENED_ON, TITLE, CATEGORY, PLACE, STATUS, URGENCY, DUE_ON, REPORTER, EXTERNAL_REF,
     SERVICE) = range(11)
    COLUMN_COUNT = 11

    SortRole = Qt.ItemDataRole.UserRole + 1
    ComplaintIdRole = Qt.ItemDataRole.UserRole + 2
    ComplaintRole = Qt.ItemDataRole.UserRole + 3

    PAGE_SIZE = 100
    MAX_PAGES = 10

    # Columns the store can sort by; the others (reporter, reference, service) are not sortable.
    SORT_KEYS = {
        ID: SortKey.ID, OPENED_ON: SortKey.OPENED_ON, TITLE: SortKey.TITLE,
        CATEGORY: SortKey.CATEGORY, PLACE: SortKey.PLACE, STATUS: SortKey.STATUS,
        URGENCY: SortKey.URGENCY, DUE_ON: SortKey.DUE_ON,
    }

    def __init__(self, store, parent: QObject | None = None, query: ComplaintQuery | None = None):
        super().__init__(parent)
        self.store = store
        # The first query is read at once: giving it here saves reading "everything" first.
        self._query = query or ComplaintQuery()
        self._ids: list[int] = []
        self._rows_by_id: dict[int, int] | None = None
        self._pages: OrderedDict[int, dict[int, _Row]] = OrderedDict()
        self._today = store.complaints.today()
        self._emphasis = (QBrush(OVERDUE_COLOUR), _bold_font())
        # How many pages were read from the store since the last query; tests use it to check
        # that only the rows looked at are fetched.
        self.page_loads = 0
        self.refresh()

    # The query ----------------------------------------------------------------------------
    @property
    def query(self) -> ComplaintQuery:
        """The query whose complaints are shown."""
        return self._query

    def set_query(self, query: ComplaintQuery) -> None:
        """Show the complaints ``query`` selects, in its order."""
        self._query = query
        self.refresh()

    def refresh(self) -> None:
        """Read the selection again from the store (after a change, or a new query)."""
        self._today = self.store.complaints.today()
        ids = self.store.complaints.query_ids(self._query)
        if ids == self._ids:
            # Same rows in the same order: only their contents may have changed.
            self._pages.clear()
            if ids:
                self.dataChanged.emit(self.index(0, 0), self.index(len(ids) - 1, self.COLUMN_COUNT - 1))
            return
        self.beginResetModel()
        self._ids = ids
        self._rows_by_id = None
        self._pages.clear()
        self.page_loads = 0
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in SQL by the column's key; columns without one keep the current order."""
        key = self.SORT_KEYS.get(column)
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if key == self._query.sort and descending == self._query.descending:
            return
        self.layoutAboutToBeChanged.emit()
        # The selection and the current row follow their complaints to their new rows.
        persistent = self.persistentIndexList()
        kept = [(index, self._ids[index.row()]) for index in persistent]
        self._query = dataclasses.replace(self._query, sort=key, descending=descending)
        self._ids = self.store.complaints.query_ids(self._query)
        self._rows_by_id = None
        self._pages.clear()
        moved = [self.index(self.row_of(cid), index.column()) for index, cid in kept]
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    def sort_column(self) -> int:
        """The column the current query is sorted by (-1 when no column matches)."""
        for column, key in self.SORT_KEYS.items():
            if key == self._query.sort:
                return column
        return -1

    def sort_order(self) -> Qt.SortOrder:
        """The direction of the current order."""
        if self._query.descending:
            return Qt.SortOrder.DescendingOrder
        return Qt.SortOrder.AscendingOrder

    # Rows ---------------------------------------------------------------------------------
    def complaint_id(self, row: int) -> int:
        """The number of the complaint shown on ``row``."""
        return self._ids[row]

    def row_of(self, complaint_id: int) -> int:
        """The row showing complaint ``complaint_id``, or -1 when the query does not select it."""
        if self._rows_by_id is None:
            self._rows_by_id = {cid: row for row, cid in enumerate(self._ids)}
        return self._rows_by_id.get(complaint_id, -1)

    def complaint(self, row: int) -> Complaint | None:
        """The complaint on ``row`` (read with its page), None if it vanished meanwhile."""
        shown = self._row(row)
        return None if shown is None else shown.complaint

    def _row(self, row: int) -> _Row | None:
        page = row // self.PAGE_SIZE
        found = self._pages.get(page)
        if found is None:
            found = self._load_page(page)
        else:
            self._pages.move_to_end(page)
        return found.get(self._ids[row])

    def _load_page(self, page: int) -> dict[int, _Row]:
        start = page * self.PAGE_SIZE
        complaints = self.store.complaints.by_ids(self._ids[start:start + self.PAGE_SIZE])
        columns = range(self.COLUMN_COUNT)
        found = {}
        for complaint in complaints:
            emphasised = set()
            if self.is_overdue(complaint):
                emphasised.add(self.DUE_ON)
            if complaint.urgency == Urgency.URGENT:
                emphasised.add(self.URGENCY)
            texts = tuple(self._display(complaint, column) for column in columns)
            found[complaint.id] = _Row(complaint, texts, frozenset(emphasised))
        self._pages[page] = found
        self.page_loads += 1
        while len(self._pages) > self.MAX_PAGES:
            self._pages.popitem(last=False)
        return found

    def loaded_pages(self) -> list[int]:
        """The pages currently held in the cache (for tests and benchmarks)."""
        return list(self._pages)

    # Qt interface -------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 (Qt name)
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 (Qt name)
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 (Qt name)
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            if section in self.SORT_KEYS:
                return _tr("Click to sort by this column, again to reverse the order. "
                           "Right-click to choose the columns shown.")
            return _tr("Right-click to choose the columns shown.")
        return None

    @staticmethod
    def headers() -> list[str]:
        """The column titles, in column order, in the current language."""
        return [
            _tr("No."), _tr("Opened"), _tr("Title"), _tr("Category"), _tr("Place"), _tr("Status"),
            _tr("Urgency"), _tr("Due"), _tr("Reported by"), _tr("Landlord ref."), _tr("Service"),
        ]

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _ROW_FLAGS

    def multiData(self, index: QModelIndex, roles) -> None:  # noqa: N802 (Qt name)
        """The roles a view paints a cell with, in one call; the others go through ``data``.

        Every role asked is answered or cleared: a delegate asks again with the same items."""
        row = index.row()
        shown = self._row(row) if 0 <= row < len(self._ids) else None
        if shown is None:
            for item in roles:
                item.clearData()
            return
        column = index.column()
        for item in roles:
            role = item.role()
            if role == _DISPLAY:
                item.setData(shown.texts[column])
            elif role == _ALIGNMENT and column == self.ID:
                item.setData(_RIGHT)
            elif (role == _FOREGROUND or role == _FONT) and column in shown.emphasised:
                item.setData(self._emphasis[0] if role == _FOREGROUND else self._emphasis[1])
            elif role in _OTHER_ROLES:
                value = self.data(index, role)
                if value is None:
                    item.clearData()
                else:
                    item.setData(value)
            else:
                item.clearData()

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == self.ComplaintIdRole:
            return self._ids[index.row()]
        if role not in _ROLES:
            return None
        shown = self._row(index.row())
        if shown is None:
            return None
        complaint, column = shown.complaint, index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return shown.texts[column]
        if role == self.SortRole:
            return self._sort_value(complaint, column)
        if role == self.ComplaintRole:
            return complaint
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(complaint, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if column == self.DUE_ON and self.is_overdue(complaint):
                return self._tooltip(complaint, column)
            return shown.texts[column]
        return self._appearance(shown, column, role)

    # Cell contents ------------------------------------------------------------------------
    def is_overdue(self, complaint: Complaint) -> bool:
        """True when the complaint is open after its due date (by the store's clock)."""
        return complaint.is_overdue(self._today)

    def _display(self, complaint: Complaint, column: int) -> str:
        if column == self.ID:
            return str(complaint.id)
        if column == self.OPENED_ON:
            return short_date(complaint.opened_on)
        if column == self.TITLE:
            return complaint.title
        if column == self.CATEGORY:
            return complaint.category_name
        if column == self.PLACE:
            return complaint.place.label
        if column == self.STATUS:
            return status_text(complaint)
        if column == self.URGENCY:
            return QCoreApplication.translate("Urgency", complaint.urgency.label)
        if column == self.DUE_ON:
            if self.is_overdue(complaint):
                return overdue_text()
            return short_date(complaint.due_on)
        if column == self.REPORTER:
            return reporter_text(complaint)
        if column == self.EXTERNAL_REF:
            return complaint.external_ref
        if column == self.SERVICE:
            if complaint.service is None:
                return ""
            return QCoreApplication.translate("Service", complaint.service.label)
        return ""

    def _sort_value(self, complaint: Complaint, column: int):
        values = {
            self.ID: complaint.id,
            self.OPENED_ON: complaint.opened_on.isoformat(),
            self.TITLE: complaint.title,
            self.CATEGORY: complaint.category_name,
            self.PLACE: complaint.place.label,
            self.STATUS: complaint.status.value,
            self.URGENCY: URGENCY_ORDER[complaint.urgency],
            self.DUE_ON: complaint.due_on.isoformat() if complaint.due_on else "",
            # Never the name of a confidential reporter, not even through a hidden role.
            self.REPORTER: reporter_text(complaint),
            self.EXTERNAL_REF: complaint.external_ref,
            self.SERVICE: complaint.service.value if complaint.service else "",
        }
        return values.get(column)

    def _tooltip(self, complaint: Complaint, column: int) -> str | None:
        if column == self.DUE_ON and self.is_overdue(complaint):
            days = (self._today - complaint.due_on).days
            return plural(days, _tr("Overdue: it was due on {date}, {days} day ago."),
                          _tr("Overdue: it was due on {date}, {days} days ago.")).format(
                date=long_date(complaint.due_on), days=QLocale().toString(days))
        if column == self.REPORTER and complaint.reporter_confidential:
            return _tr("The reporter asked to stay confidential; the name shows only in the form.")
        if column == self.STATUS and complaint.status_reason:
            return complaint.status_reason
        if column in (self.TITLE, self.CATEGORY, self.PLACE, self.STATUS, self.URGENCY, self.SERVICE):
            # The full text, for cells too narrow to show it.
            return self._display(complaint, column) or None
        return None

    def _appearance(self, shown: _Row, column: int, role: int):
        emphasised = column in shown.emphasised  # overdue, or urgent: in bold red
        if role == Qt.ItemDataRole.ForegroundRole and emphasised:
            return self._emphasis[0]
        if role == Qt.ItemDataRole.FontRole and emphasised:
            return self._emphasis[1]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.ID:
            return _RIGHT
        return None

    def retranslate(self) -> None:
        """Show headers and labels in the language just chosen."""
        self._pages.clear()  # their texts were made in the language before
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMN_COUNT - 1)
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, self.COLUMN_COUNT - 1))


_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def _bold_font() -> QFont:
    # Only the weight is set: the view's own font (the size the person chose) gives the rest.
    font = QFont()
    font.setBold(True)
    return font


_ROLES = frozenset({
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.FontRole, Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.AccessibleTextRole,
    ComplaintTableModel.SortRole, ComplaintTableModel.ComplaintRole,
})


# Roles multiData leaves to ``data`` (tooltips, the row's complaint...).
_OTHER_ROLES = (_ROLES - {_DISPLAY, _ALIGNMENT, _FOREGROUND, _FONT}) | {ComplaintTableModel.ComplaintIdRole}


def overdue_text() -> str:
    """The due-date cell of an overdue complaint: said in words, not only by its colour.

    The date itself is in the tooltip; the word keeps the column narrow enough for a laptop.
    """
    return _tr("⚠ overdue")


def status_text(complaint: Complaint) -> str:
    """The complaint's status in the user's language ("Duplicate of #12" for duplicates)."""
    if complaint.status == ComplaintStatus.DUPLICATE and complaint.duplicate_of:
        return _tr("Duplicate of #{number}").format(number=complaint.duplicate_of)
    return QCoreApplication.translate("Status", complaint.status.label)


def reporter_text(complaint: Complaint) -> str:
    """Who reported it, as the register may show it: never a confidential reporter's name."""
    if complaint.reporter_confidential:
        return _tr("Confidential")
    return complaint.reporter_name
