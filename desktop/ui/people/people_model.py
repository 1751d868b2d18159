"""The people list as a Qt table model, read from the store a page at a time."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from desktop.domain.people import Person, Role


def _tr(text: str) -> str:
    return QCoreApplication.translate("People", text)


NAME, ROLE, ORGANISATION, PHONE, EMAIL, ENTRANCES = range(6)
PAGE_SIZE = 200


class PeopleTableModel(QAbstractTableModel):
    """People whose name contains the search text, optionally of one role, by name."""

    PERSON_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.text = ""
        self.role: Role | None = None
        self._people: list[Person] = []
        self._exhausted = True
        self._entrance_labels: dict[int, str] = {}
        self.total = 0  # everyone kept, whatever the filter
        self.refresh()

    # Filtering ------------------------------------------------------------------------------
    def set_filter(self, text: str, role: Role | None) -> None:
        """Show only the people whose name contains ``text`` and who have ``role`` (when given)."""
        self.text, self.role = text, role
        self.refresh()

    def refresh(self) -> None:
        """Read the first page again (after a save, a removal or a filter change)."""
        self.beginResetModel()
        self._entrance_labels = {e.id: e.label for e in self.store.places.entrances()}
        self._people = self.store.people.list(self.text, self.role, limit=PAGE_SIZE, offset=0)
        self._exhausted = len(self._people) < PAGE_SIZE
        self.total = self.store.people.count()
        self.endResetModel()

    def retranslate(self) -> None:
        """Tell the views to fetch the headers and texts again (the language changed)."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self._people:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._people) - 1, self.columnCount() - 1))

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802 (Qt name)
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802 (Qt name)
        if parent.isValid() or self._exhausted:
            return
        more = self.store.people.list(self.text, self.role, limit=PAGE_SIZE, offset=len(self._people))
        self._exhausted = len(more) < PAGE_SIZE
        if more:
            start = len(self._people)
            self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
            self._people.extend(more)
            self.endInsertRows()

    # Reading --------------------------------------------------------------------------------
    def person(self, row: int) -> Person:
        """The person shown on ``row``."""
        return self._people[row]

    def row_of(self, person_id: int) -> int:
        """The row of the person with this id among those loaded, or -1."""
        for row, person in enumerate(self._people):
            if person.id == person_id:
                return row
        return -1

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt name)
        return 0 if parent.isValid() else len(self._people)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt name)
        return 0 if parent.isValid() else 6

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        titles = (
            _tr("Name"), _tr("Role"), _tr("Organisation"), _tr("Phone"), _tr("E-mail"),
            _tr("Represents"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._people):
            return None
        person = self._people[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(person, index.column())
        if role == self.PERSON_ROLE:
            return person.id
        return None

    def _text(self, person: Person, column: int) -> str:
        if column == NAME:
            return person.name
        if column == ROLE:
            return _tr(person.role.label)
        if column == ORGANISATION:
            parts = [person.organisation]
            if person.role == Role.LANDLORD_STAFF and person.service:
                parts.append(_tr(person.service.label))
            return " – ".join(part for part in parts if part)
        if column == PHONE:
            return person.phone
        if column == EMAIL:
            return person.email
        if column == ENTRANCES:
            labels = [self._entrance_labels.get(i, "") for i in person.entrance_ids]
            return ", ".join(text for text in labels if text)
        return ""
