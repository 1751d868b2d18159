"""The Profiles dialog (from the Settings): create, change the password of, delete a profile, and
choose after how long without use Palier locks itself.

Every change is made at once (each is one transaction) and ``changed`` tells the main window,
which reads the profiles and the lock delay again.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from desktop.domain.errors import UserError
from desktop.services import profiles
from desktop.ui import dialogs
from desktop.ui.profiles.forms import ChangePasswordDialog, NewProfileDialog
from desktop.ui.profiles.model import ProfileListModel
from desktop.ui.profiles.sign_in import caption, names_view


def _tr(text: str) -> str:
    return QCoreApplication.translate("Profiles", text)


def delay_text(minutes: int) -> str:
    """"Never" or "After 10 minutes"."""
    return _tr("Never") if minutes == 0 else _tr("After {minutes} minutes").format(minutes=minutes)


class ProfilesDialog(QDialog):
    """The profiles of this database and the lock delay (open it with ``.open()``)."""

    changed = Signal()

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.form = None
        self.setWindowTitle(_tr("Profiles and lock"))
        self.setMinimumWidth(720)
        self.model = ProfileListModel(store, self)
        self.list = names_view(self.model)
        self.list.setAccessibleName(_tr("Profiles"))
        self.list.setMinimumHeight(170)
        self.empty = caption(_tr("No profile yet: Palier opens without asking who you are."), "hint")
        self.done_label = caption("")  # what was just done, said in words
        self.done_label.setAccessibleName(_tr("What was just done"))
        self.new_button = QPushButton(_tr("&New profile…"))
        self.password_button = QPushButton(_tr("Change the &password…"))
        self.delete_button = QPushButton(_tr("&Delete…"))
        for button, accessible in ((self.new_button, _tr("Create a profile")),
                                   (self.password_button, _tr("Change the password of the chosen profile")),
                                   (self.delete_button, _tr("Delete the chosen profile"))):
            button.setAccessibleName(accessible)
            button.setAutoDefault(False)
        self.delay = QComboBox()
        for minutes in profiles.LOCK_CHOICES:
            self.delay.addItem(delay_text(minutes), minutes)
        self.delay.setAccessibleName(_tr("Lock Palier when nobody has used it for"))
        self._build()
        self._connect()
        self._update()

    def _build(self) -> None:
        list_label = QLabel(_tr("P&rofiles:"))
        list_label.setBuddy(self.list)
        delay_label = QLabel(_tr("&Lock when unused:"))
        delay_label.setBuddy(self.delay)
        buttons = QVBoxLayout()
        for button in (self.new_button, self.password_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        grid = QGridLayout()
        grid.addWidget(list_label, 0, 0)
        grid.addWidget(self.list, 1, 0)
        grid.addLayout(buttons, 1, 1)
        grid.addWidget(self.empty, 2, 0, 1, 2)
        delay_row = QHBoxLayout()
        delay_row.addWidget(delay_label)
        delay_row.addWidget(self.delay)
        delay_row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = close.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(_tr("&Close"))
        self.close_button.setAccessibleName(_tr("Close the profiles"))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(caption(_tr("With profiles, Palier asks who you are and your password when it opens, "
                                     "writes your name in the history of every change, and locks itself when "
                                     "nobody uses it."), "hint"))
        layout.addWidget(caption(_tr("Profiles stop a passer-by at a shared computer; they do not encrypt the "
                                     "database file.")))
        layout.addLayout(grid)
        layout.addLayout(delay_row)
        layout.addWidget(self.done_label)
        layout.addWidget(close)

    def _connect(self) -> None:
        self.new_button.clicked.connect(self.new_profile)
        self.password_button.clicked.connect(self.change_password)
        self.delete_button.clicked.connect(self.delete_profile)
        self.delay.currentIndexChanged.connect(self._delay_chosen)
        self.list.selectionModel().currentChanged.connect(lambda *_args: self._update_buttons())

    def _update(self, select: str = "") -> None:
        self.model.refresh()
        count = self.model.rowCount()
        row = self.model.row_of(select) if select else 0
        if count:
            self.list.setCurrentIndex(self.model.index(max(row, 0)))
        self.empty.setVisible(count == 0)
        self.delay.blockSignals(True)
        minutes = profiles.lock_after_minutes(self.store)
        index = self.delay.findData(minutes)
        if index < 0:  # a delay set by hand in the database
            self.delay.addItem(delay_text(minutes), minutes)
            index = self.delay.count() - 1
        self.delay.setCurrentIndex(index)
        self.delay.blockSignals(False)
        self.delay.setEnabled(count > 0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.chosen() is not None
        self.password_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def chosen(self):
        """The Profile chosen in the list, or None."""
        index = self.list.currentIndex()
        return index.data(ProfileListModel.ProfileRole) if index.isValid() else None

    def new_profile(self) -> None:
        """Open the form for a new profile."""
        self.form = NewProfileDialog(self.store, self)
        self.form.created.connect(lambda name: self._done(_tr("Profile {name} created.").format(name=name), name))
        self.form.open()

    def change_password(self) -> None:
        """Open the form for a new password of the chosen profile."""
        profile = self.chosen()
        if profile is None:
            return
        self.form = ChangePasswordDialog(self.store, profile, self)
        self.form.changed.connect(
            lambda name: self._done(_tr("The password of {name} was changed.").format(name=name), name))
        self.form.open()

    def delete_profile(self) -> None:
        """Delete the chosen profile, after asking."""
        profile = self.chosen()
        if profile is None:
            return
        text = _tr("Delete the profile {name}? The history keeps the name it wrote.").format(name=profile.name)
        if self.model.rowCount() == 1:
            text = _tr("{question} It is the last profile: Palier will then open without asking who you are, "
                       "and will not lock itself.").format(question=text)
        if not dialogs.confirm(self, _tr("Delete the profile?"), text, _tr("Delete")):
            return
        try:
            profiles.delete_profile(self.store, profile)
        except UserError as error:
            dialogs.show_error(self, error.message)
            return
        self._done(_tr("Profile {name} deleted.").format(name=profile.name))

    def _delay_chosen(self, _index: int) -> None:
        try:
            profiles.set_lock_after_minutes(self.store, self.delay.currentData())
        except UserError as error:
            dialogs.show_error(self, error.message)
            return
        self.changed.emit()

    def _done(self, message: str, select: str = "") -> None:
        self._update(select)
        self.done_label.setText(message)
        self.changed.emit()
