"""The "To decide" list of an exchange: one row per conflict, both values side by side."""

from __future__ import annotations

import json

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from desktop.store.sync_state import ConflictRow


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExchangeDialog", text)


RECORDS = {"complaints": "Complaint {id}", "people": "Person {id}", "liaison_forms": "Liaison form {id}",
           "meetings": "Meeting {id}", "agenda_points": "Agenda point {id}", "commitments": "Commitment {id}",
           "photos": "Photo {id}"}
KINDS = {"deleted-there": "deleted on {who}, changed here: kept",
         "deleted-here": "deleted here, changed on {who}: kept",
         "refused": "signed minutes: not changed"}


def record_label(conflict: ConflictRow) -> str:
    """"Complaint 612", "Person 41"… (the table's name for others)."""
    key = "/".join(str(part) for part in conflict.key)
    template = RECORDS.get(conflict.table)
    return _tr(template).format(id=key) if template else f"{conflict.table} {key}"


def shown(values: str | None) -> str:
    """A conflict's stored values as a person reads them."""
    if not values:
        return ""
    decoded = json.loads(values)
    return "; ".join("…" if isinstance(v, dict) else str(v) for v in decoded.values() if v not in (None, ""))


class ConflictsModel(QAbstractTableModel):
    """Conflicts still to decide: record, what, here, on the other computer, who, when."""

    RECORD, FIELD, MINE, THEIRS, WHO, WHEN = range(6)
    ROW_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[ConflictRow] = []

    def set_rows(self, rows: list[ConflictRow]) -> None:
        """Show ``rows``."""
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt name)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 6

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (_tr("Record"), _tr("What"), _tr("Here"), _tr("On the other computer"), _tr("Who"),
                _tr("When"))[section]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == self.ROW_ROLE:
            return row
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if index.column() == self.RECORD:
            return record_label(row)
        if index.column() == self.FIELD:
            return row.field if row.kind == "field" else _tr(KINDS.get(row.kind, row.kind)).format(who=row.who)
        if index.column() == self.MINE:
            return shown(row.mine)
        if index.column() == self.THEIRS:
            return shown(row.theirs)
        if index.column() == self.WHO:
            return row.who
        return row.at.replace("T", " ")
