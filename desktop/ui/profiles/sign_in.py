"""Who are you? The list of profiles and a password, at start-up and on the lock screen.

``SignInForm`` is the shared part; ``LoginDialog`` asks before the main window shows anything
(Enter opens, Cancel quits). A wrong password gives a sentence, clears the field and puts the
cursor back in it. The check runs in a worker thread (see ``background``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import UserError
from desktop.services import profiles
from desktop.ui.profiles.background import run_in_background
from desktop.ui.profiles.model import ProfileListModel


def _tr(text: str) -> str:
    return QCoreApplication.translate("Profiles", text)


def names_view(model) -> QListView:
    """A list of profile names in larger type, with room between the rows (easy to click)."""
    view = QListView()
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setSpacing(3)
    font = view.font()
    font.setPointSize(QApplication.font().pointSize() + 2)
    view.setFont(font)
    return view


def caption(text: str, role: str = "", wrap: bool = True) -> QLabel:
    """A label with a style role ("heading", "hint", "error")."""
    label = QLabel(text)
    label.setWordWrap(wrap)
    if role:
        label.setProperty("role", role)
    return label


class SignInForm(QWidget):
    """Choose your name, type your password: ``signed_in(name)`` once it is right."""

    signed_in = Signal(str)

    def __init__(self, store, current: str = "", parent=None):
        super().__init__(parent)
        self.store = store
        self._job = None
        self.model = ProfileListModel(store, self)
        self.names = names_view(self.model)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.names_label = QLabel()
        self.names_label.setBuddy(self.names)
        self.password_label = QLabel()
        self.password_label.setBuddy(self.password)
        self.error = caption("", "error")
        self.error.hide()
        self.translate_ui()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.names_label)
        layout.addWidget(self.names)
        layout.addSpacing(6)
        layout.addWidget(self.password_label)
        layout.addWidget(self.password)
        layout.addWidget(self.error)
        self.password.returnPressed.connect(self.submit)
        self.names.activated.connect(lambda _index: self.password.setFocus())
        self.reset(current)

    def translate_ui(self) -> None:
        """(Re)apply the visible strings (the lock screen is kept across language changes)."""
        self.names.setAccessibleName(_tr("Profiles: choose your name"))
        self.password.setAccessibleName(_tr("Your password"))
        self.names_label.setText(_tr("&Your name:"))
        self.password_label.setText(_tr("&Password:"))
        self.error.setAccessibleName(_tr("Why the password was refused"))

    def reset(self, current: str = "") -> None:
        """Read the profiles again, choose ``current`` (else the first) and empty the password."""
        self.model.refresh()
        row = max(self.model.row_of(current), 0)
        if self.model.rowCount():
            self.names.setCurrentIndex(self.model.index(row))
        self._fit_list()
        self.password.clear()
        self.error.hide()
        self._set_busy(False)
        self.password.setFocus()

    def _fit_list(self) -> None:
        # Room for every name up to six, then a scroll bar; never cramped.
        self.names.ensurePolished()
        hint = self.names.sizeHintForRow(0) if self.model.rowCount() else 0
        row = max(hint, self.names.fontMetrics().lineSpacing() + 6) + 2 * self.names.spacing()
        self.names.setFixedHeight(min(max(self.model.rowCount(), 2), 6) * row + 2 * self.names.frameWidth() + 4)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt name)
        """The list's height depends on the font the style sheet gives it."""
        self._fit_list()
        super().showEvent(event)

    def chosen(self):
        """The Profile chosen in the list, or None."""
        index = self.names.currentIndex()
        return index.data(ProfileListModel.ProfileRole) if index.isValid() else None

    def is_busy(self) -> bool:
        """True while a password is being checked."""
        return self._job is not None

    def _set_busy(self, busy: bool) -> None:
        self.names.setEnabled(not busy)
        self.password.setEnabled(not busy)

    def submit(self) -> None:
        """Check the password typed for the chosen profile (in the background)."""
        if self.is_busy():
            return
        profile = self.chosen()
        if profile is None:
            self.say(_tr("Choose your name in the list first."), self.names)
            return
        password = self.password.text()
        if not password:
            self.say(_tr("Type your password, then press Enter."), self.password)
            return
        password_hash = self.store.profiles.password_hash(profile.id)
        self._set_busy(True)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        self._job = run_in_background(self, lambda: profiles.check_password(password_hash, password),
                                      lambda result, error: self._checked(profile, result, error))

    def _checked(self, profile, result, error) -> None:
        QApplication.restoreOverrideCursor()
        self._job = None
        self._set_busy(False)
        if error is not None:
            raise error
        matches, new_hash = result
        if not matches:
            self.password.clear()
            self.say(profiles.wrong_password_sentence(profile.name), self.password)
            return
        try:
            profiles.finish_sign_in(self.store, profile, new_hash)
        except UserError as failure:
            self.say(failure.message, self.password)
            return
        self.password.clear()
        self.error.hide()
        self.signed_in.emit(profile.name)

    def say(self, text: str, focus: QWidget) -> None:
        """Show why it did not work, and put the cursor where to try again."""
        self.error.setText(text)
        self.error.show()
        if isinstance(self.window(), QDialog):  # the login dialog grows to show the sentence whole
            self.window().adjustSize()
        focus.setFocus()


class LoginDialog(QDialog):
    """"Who are you?" before the main window shows any data; Cancel quits Palier."""

    def __init__(self, store, current: str = "", parent=None):
        super().__init__(parent)
        self.setWindowTitle(_tr("Palier – who are you?"))
        self.setMinimumWidth(560)
        self.form = SignInForm(store, current)
        self.open_button = QPushButton(_tr("&Open Palier"))
        self.open_button.setAccessibleName(_tr("Open Palier with this profile"))
        self.quit_button = QPushButton(_tr("&Quit"))
        self.quit_button.setAccessibleName(_tr("Quit Palier"))
        # Enter in the password field checks it (the field's returnPressed): no default button,
        # or the password would be checked twice.
        for button in (self.open_button, self.quit_button):
            button.setAutoDefault(False)
            button.setMinimumWidth(150)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.quit_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(caption(_tr("Who are you?"), "heading"))
        layout.addWidget(caption(_tr("Palier is shared on this computer: choose your name and type your "
                                     "password."), "hint"))
        layout.addWidget(self.form)
        layout.addLayout(buttons)
        self.open_button.clicked.connect(self.form.submit)
        self.quit_button.clicked.connect(self.reject)
        self.form.signed_in.connect(lambda _name: self.accept())
        self.form.password.setFocus()

    def reject(self) -> None:
        """Cancel, Esc or the window's close button: Palier quits (not while a check runs)."""
        if not self.form.is_busy():
            super().reject()


def sign_in_at_start(store, current: str = "") -> bool:
    """At start-up, when profiles exist, ask who is working; False when the person quit.

    With no profile, Palier opens as it always did (True at once).
    """
    if not profiles.profiles_enabled(store):
        return True
    dialog = LoginDialog(store, current)
    return dialog.exec() == QDialog.DialogCode.Accepted
