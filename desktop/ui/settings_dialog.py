"""The settings dialog: language, the user's name for the history, and the size of the text."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from desktop.ui import settings, translator
from desktop.ui.people.widgets import label
from desktop.ui.style import MINIMUM_POINT_SIZE, apply_style


def _tr(text: str) -> str:
    return QCoreApplication.translate("Settings", text)


MAXIMUM_POINT_SIZE = 24


class SettingsDialog(QDialog):
    """Change the settings; OK writes them and applies the language and text size at once."""

    # The new profile name, for the open store's history (the main window connects it).
    profile_changed = Signal(str)
    # Profiles were created, deleted or changed, or the lock delay (the main window's lock reads them).
    profiles_changed = Signal()

    def __init__(self, parent=None, store=None):
        super().__init__(parent)
        self.store = store  # the open database, for its profiles (None: no Profiles button)
        self.setWindowTitle(_tr("Settings"))
        self.setMinimumWidth(620)
        self.language = QComboBox()
        # Language names are written in their own language, so anyone can find theirs.
        self.language.addItem(_tr("Automatic (the language of this computer)"), "auto")
        self.language.addItem("English", "en")
        self.language.addItem("Français", "fr")
        self.profile = QLineEdit()
        self.font_size = QSpinBox()
        self.font_size.setRange(MINIMUM_POINT_SIZE, MAXIMUM_POINT_SIZE)
        self.font_size.setSuffix(_tr(" points"))
        form = QFormLayout()
        rows = (
            (_tr("&Language:"), self.language, _tr("Language")),
            (_tr("&Your name:"), self.profile, _tr("Your name, written in the history of changes")),
            (_tr("&Text size:"), self.font_size, _tr("Text size in points")),
        )
        for text, widget, accessible in rows:
            caption = QLabel(text)
            caption.setBuddy(widget)
            widget.setAccessibleName(accessible)
            form.addRow(caption, widget)
        hint = label(_tr("Your name is written in the history of every change you make, so that "
                         "the other representatives know who did what."), role="hint")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(_tr("OK"))
        self.ok_button.setAccessibleName(_tr("Save the settings"))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(_tr("Cancel"))
        cancel.setAccessibleName(_tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        self._add_profiles_button(form)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self._load()

    def _add_profiles_button(self, form: QFormLayout) -> None:
        if self.store is None:
            return
        self.profiles_button = QPushButton(_tr("&Profiles and lock…"))
        self.profiles_button.setAccessibleName(_tr("Profiles with a password, and the automatic lock"))
        self.profiles_button.setAutoDefault(False)
        self.profiles_button.clicked.connect(self.open_profiles)
        form.addRow(_tr("Shared computer:"), self.profiles_button)

    def _profiles_in_use(self) -> bool:
        return self.store is not None and self.store.profiles.count() > 0

    def open_profiles(self) -> None:
        """The Profiles dialog: create, change, delete profiles; the lock delay."""
        from desktop.ui.profiles.dialog import ProfilesDialog

        self.profiles_dialog = ProfilesDialog(self.store, self)
        self.profiles_dialog.changed.connect(self.profiles_changed)
        self.profiles_dialog.changed.connect(self._show_name)
        self.profiles_dialog.open()

    def _show_name(self) -> None:
        # With profiles, the name in histories is the profile signed in, not a free name.
        in_use = self._profiles_in_use()
        self.profile.setReadOnly(in_use)  # read-only keeps full contrast; disabled text is faint
        self.profile.setToolTip(_tr("The name of the profile you signed in with") if in_use else "")
        self.profile.setText(self.store.profile if in_use else settings.read(settings.PROFILE))

    def _load(self) -> None:
        index = self.language.findData(settings.read(settings.LANGUAGE))
        self.language.setCurrentIndex(max(index, 0))
        self.profile.setText(settings.read(settings.PROFILE))
        self.font_size.setValue(settings.read(settings.FONT_SIZE))
        if self.store is not None:
            self._show_name()

    def accept(self) -> None:
        """Write the settings, then switch language and text size without restarting."""
        language = self.language.currentData()
        profile = self.profile.text().strip()
        if self._profiles_in_use():  # the profile signed in is the name: keep the free one as it was
            profile = settings.read(settings.PROFILE)
        changed_profile = profile != settings.read(settings.PROFILE)
        settings.write(settings.LANGUAGE, language)
        settings.write(settings.PROFILE, profile)
        settings.write(settings.FONT_SIZE, self.font_size.value())
        app = QApplication.instance()
        translator.install(app, translator.choose_language(language))
        apply_style(app, self.font_size.value())
        if changed_profile:
            self.profile_changed.emit(settings.read(settings.PROFILE))
        super().accept()
