"""A dialog with a form, an error line and Save / Cancel, which saves on OK or says why not."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from desktop.domain.errors import UserError
from desktop.ui.people.widgets import label


def _tr(text: str) -> str:
    return QCoreApplication.translate("Forms", text)


class FormDialog(QDialog):
    """A dialog with a form, an error line and Save / Cancel; ``save()`` does the work."""

    def __init__(self, title: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(640)
        self.form = QFormLayout()
        self.error = label(role="error")
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(_tr("&Save"))
        self.ok_button.setAccessibleName(_tr("Save"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(_tr("Cancel"))
        cancel.setAccessibleName(_tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def add_row(self, text: str, widget: QWidget, accessible: str) -> None:
        """A labelled row whose label is the widget's buddy (for the Alt+letter mnemonic)."""
        caption = QLabel(text)
        caption.setBuddy(widget)
        widget.setAccessibleName(accessible)
        self.form.addRow(caption, widget)
        if self.form.rowCount() == 1:
            widget.setFocus()  # the dialog opens in its first field, not on Save that Space would press

    def save(self) -> None:
        """Write to the store; raise UserError to keep the dialog open with the sentence shown."""

    def accept(self) -> None:
        """Save, then close; on a user error, show its sentence and keep everything as typed."""
        try:
            self.save()
        except UserError as error:
            self.error.setText(error.message)
            self.error.show()
            return
        super().accept()
