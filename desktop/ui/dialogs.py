"""Small dialogs every view uses: confirm before destroying, report a user error.

They go through these functions (never a bare ``QMessageBox.exec``) so that tests can answer them
by monkeypatching ``desktop.ui.dialogs.confirm`` and friends.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("Dialogs", text)


def confirm(parent: QWidget | None, title: str, text: str, action: str) -> bool:
    """Ask before a destructive or irreversible action; ``action`` names the button ("Delete")."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    yes = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(_tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is yes


def show_error(parent: QWidget | None, text: str) -> None:
    """Show a user error (a sentence naming what and where)."""
    QMessageBox.warning(parent, _tr("Palier"), text)


def show_info(parent: QWidget | None, text: str) -> None:
    """Tell the user something worth a dialog (most messages go to the status bar instead)."""
    QMessageBox.information(parent, _tr("Palier"), text)
