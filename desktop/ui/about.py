"""Help › About Palier: what it is, its version, and the licences of everything it carries."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QFontDatabase, QIcon
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPlainTextEdit,
                               QVBoxLayout, QWidget)

from desktop.paths import RESOURCES_DIR
from desktop.version import version

ICON_FILE = RESOURCES_DIR / "palier.svg"
LICENCES_FILE = RESOURCES_DIR / "licences.txt"


def _tr(text: str) -> str:
    return QCoreApplication.translate("About", text)


def app_icon() -> QIcon:
    """Palier's icon (the stairs up to a landing), for every window and the task bar."""
    return QIcon(str(ICON_FILE))


def licences_text() -> str:
    """The list of bundled software and their licences (written by the build from the installed
    libraries' metadata)."""
    try:
        return LICENCES_FILE.read_text(encoding="utf-8")
    except OSError:
        return _tr("The list of licences ({path}) is missing from this copy of Palier.").format(path=LICENCES_FILE)


class AboutDialog(QDialog):
    """Palier's version, a few words about it, and the licences; Esc or Close closes it."""

    def __init__(self, description: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(_tr("About Palier"))
        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(QSize(96, 96)))
        icon.setAccessibleName(_tr("Palier's icon"))
        self.title = QLabel(_tr("Palier, version {version}").format(version=version()))
        self.title.setObjectName("aboutTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.description = QLabel(description)
        self.description.setWordWrap(True)
        self.description.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        heading = QVBoxLayout()
        heading.addWidget(self.title)
        heading.addWidget(self.description)
        top = QHBoxLayout()
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(heading, 1)
        self.licences_intro = QLabel(_tr("Palier is built with free software. Qt is used under the GNU LGPL "
                                         "version 3; each piece below keeps its own licence."))
        self.licences_intro.setWordWrap(True)
        self.licences = QPlainTextEdit(licences_text())
        self.licences.setReadOnly(True)
        self.licences.setAccessibleName(_tr("Licences of the software Palier is built with"))
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        fixed.setPointSizeF(max(self.font().pointSizeF(), 11))  # never under the program's text size
        self.licences.setFont(fixed)
        self.licences.setMinimumSize(560, 260)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        # Named here: Qt's own "Close" would meet the meetings' "Close" (Clôturer) in the catalogue.
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(_tr("&Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.licences_intro)
        layout.addWidget(self.licences, 1)
        layout.addWidget(buttons)
        self.licences.setFocus()
