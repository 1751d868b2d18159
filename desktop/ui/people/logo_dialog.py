"""Choosing the residence's logo, printed at the top of every document.

The picture is read and made small in a worker (a photo from a phone can take a moment to
decode), then kept in the database; the dialog shows it as it will print.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QThreadPool, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from desktop.domain.errors import UserError
from desktop.services import logo
from desktop.services.photos import IMAGE_SUFFIXES
from desktop.ui.documents.worker import DocumentJob


def _tr(text: str) -> str:
    return QCoreApplication.translate("LogoDialog", text)


def ask_picture_path(parent) -> str:
    """Ask which picture to use; "" when the person cancels."""
    patterns = " ".join(f"*{suffix}" for suffix in IMAGE_SUFFIXES)
    path, _filter = QFileDialog.getOpenFileName(parent, _tr("Choose the residence's logo"), "",
                                                _tr("Pictures ({patterns})").format(patterns=patterns))
    return path


class LogoDialog(QDialog):
    """Show the logo, choose another picture or remove it; emits ``changed`` after each change."""

    changed = Signal()

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.job: DocumentJob | None = None
        self.setWindowTitle(_tr("Logo of the residence"))
        intro = QLabel(_tr("The logo is printed at the top left of every document: convocation, attendance "
                           "sheet, minutes, posting version and register."))
        intro.setWordWrap(True)
        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setWordWrap(True)  # "No logo: …" whole at any text size
        self.picture.setMinimumSize(320, 140)
        self.picture.setFrameShape(QLabel.Shape.StyledPanel)
        self.picture.setAccessibleName(_tr("The logo as it will print"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.choose_button = QPushButton(_tr("&Choose a picture…"))
        self.choose_button.setAccessibleName(_tr("Choose a picture for the logo"))
        self.remove_button = QPushButton(_tr("&Remove the logo"))
        self.remove_button.setAccessibleName(_tr("Remove the logo"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.choose_button.clicked.connect(self.choose)
        self.remove_button.clicked.connect(self.remove)
        row = QHBoxLayout()
        row.addWidget(self.choose_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.picture, 1)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self._show_logo()

    def _show_logo(self) -> None:
        data = logo.residence_logo(self.store)
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            self.picture.setPixmap(pixmap.scaled(300, 120, Qt.AspectRatioMode.KeepAspectRatio,
                                                 Qt.TransformationMode.SmoothTransformation))
            self.picture.setText("")
        else:
            self.picture.setPixmap(QPixmap())
            self.picture.setText(_tr("No logo: the documents start with the residence's name."))
        self.remove_button.setEnabled(bool(data))

    def _say(self, text: str, role: str = "info") -> None:
        self.message.setProperty("role", role)
        self.message.setText(text)

    def choose(self) -> None:
        """Ask for a picture; read it in a worker, then keep it."""
        path = ask_picture_path(self)
        if not path:
            return
        self.choose_button.setEnabled(False)
        self._say(_tr("Reading the picture…"))
        self.job = DocumentJob(1, lambda _progress: logo.prepare_logo(path))
        self.job.signals.finished.connect(lambda _n, data: self._prepared(data))
        self.job.signals.failed.connect(lambda _n, reason: self._failed(reason))
        QThreadPool.globalInstance().start(self.job)

    def _prepared(self, data: bytes) -> None:
        self.choose_button.setEnabled(True)
        try:
            logo.set_residence_logo(self.store, data, "logo.png")
        except UserError as error:
            self._failed(str(error))
            return
        self._show_logo()
        self._say(_tr("The logo is saved; it will be on every document printed from now on."))
        self.changed.emit()

    def _failed(self, reason: str) -> None:
        self.choose_button.setEnabled(True)
        self._say(reason, "error")

    def remove(self) -> None:
        """Print the documents without a logo again."""
        logo.set_residence_logo(self.store, None)
        self._show_logo()
        self._say(_tr("The logo is removed."))
        self.changed.emit()
