"""Where a finished document goes: the printer (through the system's print dialog) or a PDF file.

``ask_save_path`` and ``open_print_dialog`` are module functions so that tests can replace them.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Callable

import pypdfium2
from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from desktop.domain.errors import UserError
from desktop.services.targets import check_target
from desktop.ui.documents.preview import page_image

# Printers rarely resolve more finely than this; more only makes the job slower and bigger.
MAX_PRINT_DPI = 300


def _tr(text: str) -> str:
    return QCoreApplication.translate("DocumentOutput", text)


def ask_save_path(parent: QWidget, suggested: str) -> str:
    """Ask where to save the PDF; "" when the person cancels."""
    path, _filter = QFileDialog.getSaveFileName(
        parent, _tr("Save the document as PDF"), suggested, _tr("PDF documents (*.pdf)"))
    return path


def open_print_dialog(printer: QPrinter, parent: QWidget, accepted: Callable[[QPrinter], None]) -> None:
    """Show the system's print dialog (not blocking); call ``accepted(printer)`` when confirmed."""
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(_tr("Print the document"))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: accepted(printer))
    QDialog.open(dialog)  # QPrintDialog hides the plain open() behind open(receiver, member)


def documents_folder() -> Path:
    """Where the save dialog opens: the folder of the last document saved, else the person's
    Documents folder (their home when there is none)."""
    from PySide6.QtCore import QStandardPaths

    from desktop.ui import settings

    last = Path(settings.read(settings.DOCUMENTS_FOLDER) or "")
    if str(last) not in ("", ".") and last.is_dir():
        return last
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def remember_folder(folder: Path) -> None:
    """The save dialog opens here next time."""
    from desktop.ui import settings

    settings.write(settings.DOCUMENTS_FOLDER, str(folder))


def write_pdf(path: Path, data: bytes, database=None) -> Path:
    """Write ``data`` to ``path`` whole (next to it first, then moved into place), or raise UserError."""
    return write_file(path, data, ".pdf", database)


def write_file(path: Path, data: bytes, suffix: str, database=None) -> Path:
    """Write ``data`` to ``path`` (given ``suffix`` when it lacks it) whole, or raise UserError.

    The file dialog asked before replacing the file it was given; a name that gets its suffix
    added here is a file it did not ask about, so that one is never replaced. Never the database
    (``database``), its working files, a backup or any database (``targets.check_target``)."""
    asked = path.suffix.lower() == suffix
    if not asked:
        path = path.with_name(path.name + suffix)
    check_target(path, database, overwrite=asked)
    folder = path.parent
    if not folder.is_dir():
        raise UserError(_tr("The folder {folder} does not exist; the PDF was not saved.").format(folder=folder))
    temporary = None
    try:
        handle, temporary = tempfile.mkstemp(prefix=".palier-", suffix=suffix, dir=folder)
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temporary, path)
    except OSError as error:
        if temporary and os.path.exists(temporary):
            os.unlink(temporary)
        raise UserError(_tr("Cannot save {path}: {reason}.").format(
            path=path, reason=error.strerror or error)) from None
    return path


def print_pdf(printer: QPrinter, data: bytes) -> int:
    """Paint every page of the PDF ``data`` on ``printer``, each scaled to fit the page; returns
    the number of pages printed. Raises UserError when the printer cannot be used."""
    document = pypdfium2.PdfDocument(data)
    painter = QPainter()
    try:
        if not painter.begin(printer):
            raise UserError(_tr("The printer could not be used. Check that it is switched on and try again."))
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        for index in range(len(document)):
            if index:
                printer.newPage()
            image = page_image(document, index, dpi / 72)
            target = painter.viewport()
            size = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            x = (target.width() - size.width()) / 2
            y = (target.height() - size.height()) / 2
            painter.drawImage(QRectF(x, y, size.width(), size.height()), image)
        return len(document)
    finally:
        if painter.isActive():
            painter.end()
        document.close()
