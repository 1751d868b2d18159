"""The list of backups as a table: date, reason, size, whether it was checked, and where it is."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QDateTime, QLocale, QModelIndex, Qt

from desktop.services import backups


def _tr(text: str) -> str:
    return QCoreApplication.translate("Backups", text)


def when_text(moment: dt.datetime) -> str:
    """A backup's date and time in the user's language ("Thursday 12 March 2026 at 10:30")."""
    locale = QLocale()
    stamp = QDateTime(moment)
    return _tr("{date} at {time}").format(date=locale.toString(stamp.date(), QLocale.FormatType.LongFormat),
                                         time=locale.toString(stamp.time(), QLocale.FormatType.ShortFormat))


class BackupTableModel(QAbstractTableModel):
    """Backups of one database from its backups folder and the second folder, newest first."""

    DATE, REASON, SIZE, CHECKED, WHERE = range(5)
    # The BackupInfo of a row; and the raw value of a cell for sorting.
    InfoRole = Qt.ItemDataRole.UserRole + 1
    SortRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[tuple[backups.BackupInfo, bool]] = []

    def load(self, database: Path, folder: Path, second: Path | None) -> None:
        """Read the backups of ``database`` from ``folder`` and ``second`` (the USB key), if any."""
        rows = [(info, False) for info in backups.list_backups(folder, database.stem)]
        if second is not None and second.is_dir() and second.resolve() != folder.resolve():
            rows += [(info, True) for info in backups.list_backups(second, database.stem)]
        rows.sort(key=lambda row: (row[0].created, not row[1]), reverse=True)
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def info(self, row: int) -> backups.BackupInfo:
        """The backup shown on ``row``."""
        return self._rows[row][0]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt name)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt name)
        return 0 if parent.isValid() else 5

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 (Qt name)
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if 0 <= section < 5:
            return (_tr("Date"), _tr("Why"), _tr("Size"), _tr("Checked"), _tr("Where"))[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        info, second = self._rows[index.row()]
        column = index.column()
        if role == self.InfoRole:
            return info
        if role == self.SortRole:
            return (info.created.isoformat(), info.reason, info.size, bool(info.verified), second)[column]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(info, second, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(info.path)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, info: backups.BackupInfo, second: bool, column: int) -> str:
        if column == self.DATE:
            return when_text(info.created)
        if column == self.REASON:
            return backups.reason_label(info.reason)
        if column == self.SIZE:
            # "336 KB", "17.8 MB": the units people know, not KiB.
            return QLocale().formattedDataSize(info.size, 0 if info.size < 1024 * 1024 else 1,
                                               QLocale.DataSizeFormat.DataSizeTraditionalFormat)
        if column == self.CHECKED:
            return _tr("Yes, sound") if info.verified else _tr("Not checked")
        return _tr("Second folder") if second else _tr("This computer")
