"""The small forms of the Profiles dialog: a new profile, and a new password for one.

Both are opened with ``.open()``. A refusal is said inside the form, what was typed stays (except
a wrong current password, which is cleared), and the cursor goes where to fix it. Hashing runs
in a worker thread; the store is written on the window's thread.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.domain.errors import InvalidValue, UserError
from desktop.services import profiles
from desktop.ui.profiles.background import run_in_background
from desktop.ui.profiles.sign_in import caption


def _tr(text: str) -> str:
    return QCoreApplication.translate("Profiles", text)


def password_field(accessible: str) -> QLineEdit:
    """A line edit that shows dots instead of what is typed."""
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(accessible)
    return field


class _PasswordForm(QDialog):
    """Rows of fields, a hint, an error line and OK / Cancel; ``done_text`` names the OK button."""

    def __init__(self, title: str, hint: str, done_text: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(560)
        self._job = None
        self.rows = QFormLayout()
        self.error = caption("", "error")
        self.error.setAccessibleName(_tr("Why it was not done"))
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(done_text)
        self.ok_button.setAccessibleName(done_text.replace("&", ""))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(_tr("Cancel"))
        cancel.setAccessibleName(_tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(caption(hint, "hint"))
        layout.addLayout(self.rows)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def add_row(self, text: str, widget: QWidget) -> None:
        """A field with its label (``&`` marks the key that reaches it)."""
        label = QLabel(text)
        label.setBuddy(widget)
        self.rows.addRow(label, widget)

    def say(self, text: str, field: QWidget | None = None) -> None:
        """Say why it was not done and put the cursor where to fix it."""
        self.error.setText(text)
        self.error.show()
        if field is not None:
            field.setFocus()

    def _start(self, work, on_result) -> None:
        self.setEnabled(False)
        self._job = run_in_background(self, work, lambda result, error: self._finished(result, error, on_result))

    def _finished(self, result, error, on_result) -> None:
        self._job = None
        self.setEnabled(True)
        if error is not None and not isinstance(error, UserError):
            raise error
        on_result(result, error)

    def reject(self) -> None:
        """Cancel or Esc (not while a password is being hashed)."""
        if self._job is None:
            super().reject()

    def done(self, result: int) -> None:
        """Close, forgetting the passwords typed (the dialog object may outlive the form)."""
        for field in self.findChildren(QLineEdit):
            if field.echoMode() == QLineEdit.EchoMode.Password:
                field.clear()
        super().done(result)


class NewProfileDialog(_PasswordForm):
    """Name and password twice: ``created(name)`` once the profile exists."""

    created = Signal(str)

    def __init__(self, store, parent=None):
        super().__init__(_tr("New profile"),
                         _tr("The name is written in the history of every change made with this profile. "
                             "The password needs at least 8 characters; a short sentence is easier to "
                             "remember."), _tr("&Create the profile"), parent)
        self.store = store
        self.name = QLineEdit()
        self.name.setAccessibleName(_tr("Name of the new profile"))
        self.name.setMaxLength(profiles.MAX_NAME_LENGTH)
        self.password = password_field(_tr("Password of the new profile"))
        self.repeat = password_field(_tr("The same password again"))
        self.add_row(_tr("&Name:"), self.name)
        self.add_row(_tr("&Password:"), self.password)
        self.add_row(_tr("&Again:"), self.repeat)
        self.name.setFocus()

    def accept(self) -> None:
        """Check what can be checked at once, then hash in the background and create."""
        try:
            name = profiles.clean_name(self.store, self.name.text())
        except InvalidValue as error:
            self.say(error.message, self.name)
            return
        password, repeat = self.password.text(), self.repeat.text()
        try:
            profiles.check_new_password(password, repeat)
        except InvalidValue as error:
            self.say(error.message, self.password if len(password) < profiles.MIN_PASSWORD_LENGTH else self.repeat)
            return
        self._start(lambda: profiles.prepare_new_password(password, repeat),
                    lambda hashed, error: self._save(name, hashed, error))

    def _save(self, name: str, hashed: str | None, error) -> None:
        if error is None:
            try:
                profiles.save_new_profile(self.store, name, hashed)
            except UserError as failure:
                error = failure
        if error is not None:
            self.say(error.message, self.name)
            return
        self.created.emit(name)
        super().accept()


class ChangePasswordDialog(_PasswordForm):
    """The current password, then the new one twice: ``changed(name)`` once it is kept."""

    changed = Signal(str)

    def __init__(self, store, profile, parent=None):
        super().__init__(_tr("Password of {name}").format(name=profile.name),
                         _tr("Type the current password of {name}, then the new one twice (at least 8 "
                             "characters).").format(name=profile.name), _tr("&Change the password"), parent)
        self.store, self.profile = store, profile
        self.current = password_field(_tr("Current password"))
        self.password = password_field(_tr("New password"))
        self.repeat = password_field(_tr("The new password again"))
        self.add_row(_tr("C&urrent password:"), self.current)
        self.add_row(_tr("&New password:"), self.password)
        self.add_row(_tr("&Again:"), self.repeat)
        self.current.setFocus()

    def accept(self) -> None:
        """Check the new password, then (in the background) the current one, and keep the new."""
        current, password, repeat = self.current.text(), self.password.text(), self.repeat.text()
        try:
            profiles.check_new_password(password, repeat)
        except InvalidValue as error:
            self.say(error.message, self.password if len(password) < profiles.MIN_PASSWORD_LENGTH else self.repeat)
            return
        current_hash = self.store.profiles.password_hash(self.profile.id)
        self._start(lambda: profiles.prepare_password_change(current_hash, current, password, repeat), self._save)

    def _save(self, hashed: str | None, error) -> None:
        if isinstance(error, profiles.WrongPassword):
            self.current.clear()
            self.say(error.message, self.current)
            return
        if error is None:
            try:
                profiles.save_password(self.store, self.profile, hashed)
            except UserError as failure:
                error = failure
        if error is not None:
            self.say(error.message)
            return
        self.changed.emit(self.profile.name)
        super().accept()
