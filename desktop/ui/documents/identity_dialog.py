"""Creating a signing identity from the window: a name, a role and a passphrase typed twice.

The key and the certificate are made on this computer (a few milliseconds) and issued by the
residence's own root certificate, created with the first identity. The root's key has its own
passphrase, asked here: chosen (twice) with the first identity, or when an older Palier left the
key in clear; typed once afterwards.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QCompleter, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from desktop.domain.errors import UserError
from desktop.services import identities


def _tr(text: str) -> str:
    return QCoreApplication.translate("DigitalSigning", text)


class IdentityDialog(QDialog):
    """Ask for a new signer's name, role and passphrase; emits ``created(name)``."""

    created = Signal(str)

    def __init__(self, residence: str, suggested_names: list[str], parent=None):
        super().__init__(parent)
        self.residence = residence
        self.setWindowTitle(_tr("New signing identity"))
        intro = QLabel(_tr("The identity is kept on this computer. Choose a passphrase you will remember: "
                           "it is asked at every signature and cannot be recovered."))
        intro.setWordWrap(True)
        self.name, self.role = QLineEdit(), QLineEdit()
        names = [n for n in suggested_names if n]
        if names:
            self.name.setText(names[0])
            self.name.setCompleter(QCompleter(names, self))
        self.passphrase, self.again = QLineEdit(), QLineEdit()
        self.root_passphrase, self.root_again = QLineEdit(), QLineEdit()
        for field in (self.passphrase, self.again, self.root_passphrase, self.root_again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.choosing_root = identities.root_state() != "protected"
        form = QFormLayout()
        for label, field, accessible in (
                (_tr("&Name:"), self.name, _tr("Name of the signer")),
                (_tr("&Role:"), self.role, _tr("Role of the signer, for instance chair")),
                (_tr("&Passphrase (8 characters or more):"), self.passphrase, _tr("Passphrase")),
                (_tr("&Again:"), self.again, _tr("Passphrase again"))):
            field.setAccessibleName(accessible)
            form.addRow(label, field)
        self._add_root_rows(form)
        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create_button = self.buttons.addButton(_tr("&Create"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.create_button.setDefault(True)
        self.buttons.accepted.connect(self.create)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self.create_button.setDefault(True)  # once in the dialog, or Enter would press Cancel
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)

    def _add_root_rows(self, form: QFormLayout) -> None:
        """The root certificate's passphrase: chosen twice the first time, typed once afterwards."""
        if self.choosing_root:
            note = QLabel(_tr("The residence's root certificate issues every identity. Choose a passphrase for "
                              "it too (8 characters or more): it will be asked each time an identity is created, "
                              "so that nobody else can create one in someone's name."))
            label = _tr("Ro&ot certificate's passphrase:")
        else:
            note = QLabel(_tr("Type the passphrase of the residence's root certificate, chosen with the first "
                              "identity."))
            label = _tr("Ro&ot certificate's passphrase:")
        note.setWordWrap(True)
        form.addRow(note)
        self.root_passphrase.setAccessibleName(_tr("Passphrase of the root certificate"))
        form.addRow(label, self.root_passphrase)
        self.root_again.setAccessibleName(_tr("Passphrase of the root certificate again"))
        if self.choosing_root:
            form.addRow(_tr("Agai&n:"), self.root_again)
        else:
            self.root_again.hide()

    def create(self) -> None:
        """Create the identity, or say in a sentence what is wrong and keep the typing."""
        try:
            if self.passphrase.text() != self.again.text():
                self.again.setFocus()
                raise UserError(_tr("The two passphrases differ: type the same one twice."))
            if self.choosing_root and self.root_passphrase.text() != self.root_again.text():
                self.root_again.setFocus()
                raise UserError(_tr("The two passphrases of the root certificate differ: type the same one twice."))
            identity = identities.create_identity(self.name.text(), self.role.text(), self.passphrase.text(),
                                                  self.residence, root_passphrase=self.root_passphrase.text())
        except UserError as error:
            self.error.setText(str(error))
            self.error.show()
            return
        self.created.emit(identity.name)
        self.accept()
