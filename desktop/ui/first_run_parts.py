"""Pieces of the first-run dialog: the list of planned buildings and the demo worker."""

from __future__ import annotations

import logging
import re
import traceback

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QRunnable, Qt, Signal

from desktop.domain.errors import UserError

log = logging.getLogger("palier.first_run")


def _tr(text: str) -> str:
    return QCoreApplication.translate("FirstRun", text)


def entrance_names(text: str, first: int = 1) -> list[str]:
    """What the user typed in the entrances field: a count ("3") or names ("Entrée 1, Entrée 2").

    A count gives numbered entrances starting at ``first`` ("Entrance 3", "Entrance 4"...):
    residences usually number their entrances across all buildings. Nothing typed gives one
    entrance, since every building has at least one.
    """
    text = text.strip()
    count = max(1, int(text)) if re.fullmatch(r"\d{1,2}", text) else 0
    names = [] if count else [part.strip() for part in re.split(r"[,;\n]", text) if part.strip()]
    if names:
        return names
    return [_tr("Entrance {number}").format(number=n) for n in range(first, first + max(count, 1))]


class BuildingPlanModel(QAbstractTableModel):
    """The buildings the user has added so far, with their entrances."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.buildings: list[tuple[str, list[str]]] = []

    def add(self, name: str, entrances: list[str]) -> None:
        """Add a building at the end of the list."""
        row = len(self.buildings)
        self.beginInsertRows(QModelIndex(), row, row)
        self.buildings.append((name, entrances))
        self.endInsertRows()

    def remove(self, row: int) -> None:
        """Take the building on ``row`` out of the list."""
        if 0 <= row < len(self.buildings):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.buildings[row]
            self.endRemoveRows()

    def entrance_count(self) -> int:
        """How many entrances the planned buildings have together."""
        return sum(len(entrances) for _name, entrances in self.buildings)

    def names(self) -> list[str]:
        """The names of the planned buildings."""
        return [name for name, _entrances in self.buildings]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt name)
        return 0 if parent.isValid() else len(self.buildings)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt name)
        return 0 if parent.isValid() else 2

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return (_tr("Building"), _tr("Its entrances"))[section] if section in (0, 1) else None
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.buildings):
            return None
        name, entrances = self.buildings[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return name if index.column() == 0 else ", ".join(entrances)
        return None


class DemoSignals(QObject):
    """Signals of the demo worker (a QRunnable cannot carry signals itself)."""

    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)


class DemoWorker(QRunnable):
    """Builds the demo residence in a pool thread; reports progress, then the summary or an error.

    While it runs, the dialog must not touch the store: the connection is shared with this thread.
    """

    def __init__(self, store, seed: int = 1, complaints: int = 600):
        super().__init__()
        self.store, self.seed, self.complaints = store, seed, complaints
        self.signals = DemoSignals()
        self.setAutoDelete(False)

    def run(self) -> None:
        from desktop.services import demo

        try:
            summary = demo.build_demo(
                self.store, seed=self.seed, complaints=self.complaints,
                progress=lambda done, total: self.signals.progress.emit(done, total),
            )
        except UserError as error:
            self.signals.failed.emit(error.message)
        except Exception:  # noqa: BLE001 (a worker must report, not die silently)
            log.error("Building the demo failed\n%s", traceback.format_exc())
            self.signals.failed.emit(_tr("Something went wrong while building the demo. Nothing was "
                                         "created. The details are in the log file."))
        else:
            self.signals.finished.emit(summary)
