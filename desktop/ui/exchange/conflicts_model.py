"""The "To decide" list of an exchange: one row per conflict, both values side by side."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from desktop.services.exchange_words import field_text, record_text, values_text
from desktop.store.sync_state import ConflictRow


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExchangeDialog", text)


KINDS = {"deleted-there": "deleted on {who}, changed here: kept",
         "deleted-here": "deleted here, changed on {who}: kept",
         "refused": "signed minutes: not changed"}


def moment_text(stamp: str) -> str:
    """"2026-12-03T10:05:00" → "03/12/2026 10:05"."""
    try:
        return dt.datetime.fromisoformat(stamp).strftime("%d/%m/%Y %H:%M")
    except ValueError:
        return stamp.replace("T", " ")


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
            return record_text(row.table, row.key)
        if index.column() == self.FIELD:
            return field_text(row.field) if row.kind == "field" else _tr(KINDS.get(row.kind, row.kind)).format(who=row.who)
        if index.column() == self.MINE:
            return values_text(row.table, row.mine)
        if index.column() == self.THEIRS:
            return values_text(row.table, row.theirs)
        if index.column() == self.WHO:
            return row.who
        return moment_text(row.at)
