"""Small dialogs every view uses: confirm before destroying, report a user error.

They go through these functions (never a bare ``QMessageBox.exec``) so that tests can answer them
by monkeypatching ``desktop.ui.dialogs.confirm`` and friends.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("Dialogs", text)


# With nobody at the screen (``--exit-after-start``), every question is answered "no" and every
# message goes to the standard error instead of a dialog that would wait forever.
_unattended = False


def set_unattended(value: bool) -> None:
    """Answer every question "no" and print messages instead of showing dialogs (or stop doing so)."""
    global _unattended
    _unattended = value


def unattended() -> bool:
    """True when nobody is at the screen to answer (see ``set_unattended``)."""
    return _unattended


def _print(text: str) -> None:
    print(text, file=sys.stderr)


def confirm(parent: QWidget | None, title: str, text: str, action: str) -> bool:
    """Ask before a destructive or irreversible action; ``action`` names the button ("Delete")."""
    if _unattended:
        _print(text)
        return False
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    yes = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(_tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is yes


def show_error(parent: QWidget | None, text: str) -> None:
    """Show a user error (a sentence naming what and where)."""
    if _unattended:
        _print(text)
        return
    QMessageBox.warning(parent, _tr("Palier"), text)


def show_info(parent: QWidget | None, text: str) -> None:
    """Tell the user something worth a dialog (most messages go to the status bar instead)."""
    if _unattended:
        _print(text)
        return
    QMessageBox.information(parent, _tr("Palier"), text)
