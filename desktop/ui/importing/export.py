"""Exporting the register to a CSV file from the window: ask where, write in the background.

For the register page's "Export…" button::

    from desktop.ui.importing import export
    export.export_complaints(parent, store, events, query)

``query`` is the register's current ComplaintQuery (what the filters show), or None for every
complaint. The file is UTF-8 with BOM and ``;`` (French Excel opens it as is).
"""

from __future__ import annotations

import datetime as dt
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDir, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QWidget

from desktop.domain.complaints import ComplaintQuery
from desktop.services import exporting
from desktop.ui import dialogs
from desktop.ui.events import StoreEvents
from desktop.ui.importing.worker import StoreTask


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExportDialog", text)


def default_path() -> str:
    """A sensible first proposal: the Documents folder, "complaints-2026-03-12.csv"."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    name = _tr("complaints-{date}.csv").format(date=dt.date.today().isoformat())
    return str(Path(folder or QDir.homePath()) / name)


def ask_path(parent: QWidget | None) -> str:
    """Ask where to save the export (the system's file dialog); "" when the user cancels."""
    path, _filter = QFileDialog.getSaveFileName(
        parent, _tr("Export the complaints"), default_path(), _tr("CSV files (*.csv)"))
    if path and not path.lower().endswith(".csv"):
        path += ".csv"
        if Path(path).exists() and not dialogs.confirm(
                parent, _tr("Replace the file?"), _tr("{path} already exists. Replace it?").format(path=path),
                _tr("Replace")):
            return ""
    return path


def export_complaints(parent: QWidget | None, store, events: StoreEvents | None,
                      query: ComplaintQuery | None = None, path: str | None = None) -> StoreTask | None:
    """Ask for a file (unless ``path`` is given) and export the complaints ``query`` selects.

    Runs in the background with a progress dialog that can cancel. When done, says so on
    ``events.message`` ("312 complaints exported to …"); a failure is shown with
    ``dialogs.show_error``. Returns the running task, or None when the user cancelled the dialog.
    """
    path = path or ask_path(parent)
    if not path:
        return None
    progress = QProgressDialog(_tr("Exporting the complaints…"), _tr("Stop"), 0, 0, parent)
    progress.setWindowTitle(_tr("Export"))
    progress.setAccessibleName(_tr("Export progress"))
    progress.setMinimumDuration(400)
    progress.setAutoClose(False)
    progress.setAutoReset(False)
    task = StoreTask(store, partial(_export, path=path, query=query or ComplaintQuery()))

    def moved(done: int, total: int) -> None:
        progress.setMaximum(max(1, total))
        progress.setValue(done)

    def finished(count: int) -> None:
        progress.close()
        progress.deleteLater()
        message = (_tr("1 complaint exported to “{path}”.") if count == 1
                   else _tr("{count} complaints exported to “{path}”.")).format(count=count, path=path)
        if events is not None:
            events.message.emit(message)
        else:
            dialogs.show_info(parent, message)

    def failed(message: str) -> None:
        progress.close()
        progress.deleteLater()
        dialogs.show_error(parent, message)

    task.progress.connect(moved)
    task.succeeded.connect(finished)
    task.failed.connect(failed)
    progress.canceled.connect(task.cancel)
    return task.start_task()


def _export(store, path, query, progress=None, cancelled=None) -> int:
    # The file dialog asked before replacing the file it gave; the export still refuses the
    # database, its backups and any database (targets.check_target).
    return exporting.export_complaints(store, path, query, progress=progress, cancelled=cancelled, overwrite=True)
