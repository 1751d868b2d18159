"""The history of a complaint as a timeline: who changed what, when, from what to what."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QDate, QLocale, QModelIndex, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QAbstractItemView, QListView

from desktop.domain.complaints import ComplaintStatus, HistoryEntry, Urgency
from desktop.domain.people import LandlordService
from desktop.i18n import tr

VALUE_LIMIT = 120


def _tr(text: str) -> str:
    return QCoreApplication.translate("ComplaintHistory", text)


def field_label(name: str) -> str:
    """The translated name of a field as the history records it."""
    labels = {
        "status": _tr("Status"),
        "title": _tr("Title"),
        "category_name": _tr("Category"),
        "description": _tr("Description"),
        "place_label": _tr("Place"),
        "reporter_name": _tr("Reporter"),
        "reporter_confidential": _tr("Reporter's name confidential"),
        "opened_on": _tr("Opened on"),
        "external_ref": _tr("Landlord reference"),
        "service": _tr("Landlord service"),
        "urgency": _tr("Urgency"),
        "due_on": _tr("Due date"),
    }
    return labels.get(name, name)


def format_date(value: dt.date) -> str:
    """A date as people write it in the current language ("12 March 2026", "12 mars 2026")."""
    return QLocale().toString(QDate(value.year, value.month, value.day), "d MMMM yyyy")


def format_stamp(stamp: str) -> str:
    """A history time stamp (ISO) as a date and time in the current language."""
    try:
        moment = dt.datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    return f"{format_date(moment.date())} {moment:%H:%M}"


def _enum_label(enum, context: str, code: str) -> str:
    try:
        return tr(context, enum(code).label)
    except ValueError:
        return code


def format_value(name: str, value: str) -> str:
    """A recorded value (a code, an ISO date, "1"/"0") as the user reads it."""
    if value == "":
        return _tr("(empty)")
    if name == "status":
        return _enum_label(ComplaintStatus, "Status", value)
    if name == "service":
        return _enum_label(LandlordService, "Service", value)
    if name == "urgency":
        return _enum_label(Urgency, "Urgency", value)
    if name == "reporter_confidential":
        return _tr("yes") if value == "1" else _tr("no")
    if name in ("opened_on", "due_on"):
        try:
            return format_date(dt.date.fromisoformat(value))
        except ValueError:
            return value
    flat = " ".join(value.split())
    return flat if len(flat) <= VALUE_LIMIT else flat[: VALUE_LIMIT - 1] + "…"


def describe(entry: HistoryEntry) -> str:
    """One line of the timeline: "12 March 2026 10:30 — Claire: Status: New → Resolved — note"."""
    when = format_stamp(entry.at)
    who = entry.profile or _tr("unknown user")
    if entry.field == "status" and not entry.before:
        what = _tr("Complaint recorded ({status})").format(
            status=format_value("status", entry.after)
        )
    else:
        what = _tr("{field}: {before} → {after}").format(
            field=field_label(entry.field),
            before=format_value(entry.field, entry.before),
            after=format_value(entry.field, entry.after),
        )
    text = _tr("{when} — {who}: {what}").format(when=when, who=who, what=what)
    if entry.note:
        text = _tr("{text} — {note}").format(text=text, note=entry.note)
    return text


class HistoryModel(QAbstractListModel):
    """The history entries of one complaint, newest first, as sentences."""

    EntryRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.complaint_id: int | None = None
        self._entries: list[HistoryEntry] = []
        self._lines: list[str] = []

    def set_complaint(self, complaint_id: int | None) -> None:
        """Show the history of ``complaint_id`` (nothing for an unsaved complaint)."""
        self.complaint_id = complaint_id
        self.refresh()

    def refresh(self) -> None:
        """Read the history again from the store."""
        self.beginResetModel()
        entries = self.store.complaints.history(self.complaint_id) if self.complaint_id else []
        self._entries = list(reversed(entries))
        self._lines = [describe(e) for e in self._entries]
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt name)
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                    Qt.ItemDataRole.AccessibleTextRole):
            return self._lines[index.row()]
        if role == self.EntryRole:
            return self._entries[index.row()]
        return None


class HistoryView(QListView):
    """A read-only timeline with wrapped lines, one entry per change."""

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.history_model = HistoryModel(store, self)
        self.setModel(self.history_model)
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.setSpacing(2)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setAccessibleName(_tr("History of the complaint, newest first"))

    def set_complaint(self, complaint_id: int | None) -> None:
        """Show the history of ``complaint_id``."""
        self.history_model.set_complaint(complaint_id)

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().paintEvent(event)
        if self.history_model.rowCount():
            return
        # An empty white box says nothing; tell the reader what will appear here.
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(
            self.viewport().rect().adjusted(12, 12, -12, -12),
            int(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap),
            self.placeholder(),
        )
        painter.end()

    def placeholder(self) -> str:
        """What the empty timeline says."""
        if self.history_model.complaint_id is None:
            return _tr("Every change will be listed here, with its date and who made it, "
                       "once the complaint is saved.")
        return _tr("No change recorded yet.")

    def refresh(self) -> None:
        """Re-read the history after a change."""
        self.history_model.refresh()

    def lines(self) -> list[str]:
        """The sentences shown, newest first (for tests and accessibility checks)."""
        model = self.history_model
        return [model.data(model.index(row)) for row in range(model.rowCount())]
