"""The audit log as a table, newest first, read from the store a page at a time."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QDateTime, QLocale, QModelIndex, Qt

from desktop.domain.privacy import ACTION_LABELS
from desktop.i18n import tr

PAGE_SIZE = 100


def _tr(text: str) -> str:
    return QCoreApplication.translate("PrivacyPage", text)


def subject_text(subject: str, subject_id: int | None, name: str = "") -> str:
    """What an audit line is about, in words ("Complaint 12", "Person 3 (Odette Roux)", "Retention")."""
    with_id = {"complaint": _tr("Complaint {id}"), "person": _tr("Person {id}"),
               "liaison_form": _tr("Liaison form {id}"), "meeting": _tr("Meeting {id}"),
               "signed_minutes": _tr("Signed minutes of meeting {id}"), "profile": _tr("Profile {id}")}
    alone = {"complaints": _tr("Complaints"), "retention": _tr("Retention"), "person": _tr("A person"),
             "complaint": _tr("A complaint"), "meeting": _tr("A meeting"), "register": _tr("The register"),
             "liaison_forms": _tr("Liaison forms"), "meetings": _tr("Meetings"),
             "residence": _tr("The residence"), "profile": _tr("A profile")}
    if subject == "person" and subject_id is not None and name:
        return _tr("Person {id} ({name})").format(id=subject_id, name=name)
    if subject_id is not None and subject in with_id:
        return with_id[subject].format(id=subject_id)
    text = alone.get(subject, subject)
    return f"{text} {subject_id}" if subject_id is not None and subject not in with_id else text


def when_text(stamp: str) -> str:
    """An audit time in the user's language, short ("12/03/2026 10:30")."""
    try:
        moment = dt.datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    return QLocale().toString(QDateTime(moment), QLocale.FormatType.ShortFormat)


_STATUS_CHANGE = re.compile(r"^status: (?P<before>[a-z_]+) → (?P<after>[a-z_]+)$")


def status_name(subject: str, code: str) -> str:
    """A status code of the audit log ("passed_to_landlord") in words of the current language."""
    from desktop.domain.complaints import ComplaintStatus
    from desktop.domain.meetings import MeetingStatus

    try:
        if subject == "meeting":
            return tr("Meeting", MeetingStatus(code).label)
        return tr("Status", ComplaintStatus(code).label)
    except ValueError:
        return code


def detail_text(subject: str, detail: str) -> str:
    """The detail of an audit line as a person reads it: a status change is written with the
    statuses' names ("Status: Planned → Held", "Statut : Transmise au bailleur → En cours")."""
    found = _STATUS_CHANGE.match(detail.strip())
    if found is None:
        return detail
    return _tr("Status: {before} → {after}").format(before=status_name(subject, found["before"]),
                                                      after=status_name(subject, found["after"]))


class AuditTableModel(QAbstractTableModel):
    """Lines of the audit log: when, who, action, what, detail. The first page is read on
    ``refresh``; the view asks for the next ones as it scrolls (``fetchMore``)."""

    WHEN, WHO, ACTION, WHAT, DETAIL = range(5)
    COLUMNS = 5

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self._rows: list = []
        self._total = 0
        self._names: dict[int, str] = {}

    def refresh(self) -> None:
        """Read the newest page again."""
        self.beginResetModel()
        self._total = self.store.audit.count()
        # People are named as they are now: a forgotten person shows their new name only.
        self._names = {person.id: person.name for person in self.store.people.list()}
        self._rows = self.store.audit.list(limit=PAGE_SIZE, offset=0)
        self.endResetModel()

    def total(self) -> int:
        """How many lines the log holds."""
        return self._total

    def entry(self, row: int):
        """The AuditEntry shown on ``row``."""
        return self._rows[row]

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802 (Qt name)
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802 (Qt name)
        if parent.isValid():
            return
        more = self.store.audit.list(limit=PAGE_SIZE, offset=len(self._rows))
        if not more:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt name)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt name)
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 (Qt name)
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if 0 <= section < self.COLUMNS:
            return (_tr("When"), _tr("Who"), _tr("Action"), _tr("What"), _tr("Detail"))[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(entry, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.DETAIL and entry.detail:
            return entry.detail
        return None

    def _text(self, entry, column: int) -> str:
        if column == self.WHEN:
            return when_text(entry.at)
        if column == self.WHO:
            return entry.profile or _tr("(no name)")
        if column == self.ACTION:
            label = ACTION_LABELS.get(entry.action)
            return tr("Privacy", label) if label else entry.action
        if column == self.WHAT:
            name = self._names.get(entry.subject_id, "") if entry.subject == "person" else ""
            return subject_text(entry.subject, entry.subject_id, name)
        # One line in the table; the whole text is in the tooltip.
        return " ".join(detail_text(entry.subject, entry.detail or "").split())
