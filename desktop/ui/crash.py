"""The one crash path: log the traceback, tell the user nothing was lost and where the log is."""

from __future__ import annotations

import logging
import sys
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import logs

log = logging.getLogger("palier.crash")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Crash", text)


def show_unexpected_error(parent=None) -> None:
    """A short dialog for an unexpected error (its traceback is already in the log)."""
    QMessageBox.critical(
        parent,
        _tr("Something went wrong"),
        _tr("Something went wrong. Nothing you saved was lost.\n\nThe details are in the log file:\n{path}")
        .format(path=logs.log_file()),
    )


def excepthook(kind, value, tb) -> None:
    """Write the traceback to the log and show the short dialog."""
    log.error("Unexpected error\n%s", "".join(traceback.format_exception(kind, value, tb)))
    if QApplication.instance() is not None:
        show_unexpected_error(QApplication.activeWindow())


def install() -> None:
    """Route uncaught exceptions (including those in Qt slots) to ``excepthook``."""
    logs.setup()
    sys.excepthook = excepthook
