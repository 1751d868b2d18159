"""After "Convene": offer to print the convocation and the attendance sheet, in one print job.

The meeting is read here (the store's connection belongs to the window's thread); the two PDFs
are drawn in a worker and joined, then the system's print dialog opens once for both.
"""

from __future__ import annotations

import io

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool
from PySide6.QtPrintSupport import QPrinter
from pypdf import PdfReader, PdfWriter

from desktop.domain.errors import UserError
from desktop.reports.meeting_documents import meeting_document
from desktop.services.meetings import load_minutes
from desktop.services.reports import gather
from desktop.ui import dialogs
from desktop.ui.documents import output
from desktop.ui.documents.worker import DocumentJob

DOCUMENTS = ("agenda", "attendance")


def _tr(text: str) -> str:
    return QCoreApplication.translate("MeetingsPage", text)


def joined_pdf(parts: list[bytes]) -> bytes:
    """The pages of ``parts``, one after the other, in one PDF."""
    writer = PdfWriter()
    for part in parts:
        for page in PdfReader(io.BytesIO(part)).pages:
            writer.add_page(page)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


class ConvocationPrinting(QObject):
    """One offer: the question, the drawing in a worker, then the print dialog."""

    def __init__(self, parent, store, meeting_id: int):
        super().__init__(parent)
        self.parent_widget = parent
        self.store = store
        self.meeting_id = meeting_id
        self.job: DocumentJob | None = None
        self.data: bytes | None = None
        self.printed_pages = 0

    def start(self) -> None:
        """Read the meeting and draw both documents in the thread pool."""
        minutes = load_minutes(self.store, self.meeting_id)
        context = gather(self.store, minutes)
        self.job = DocumentJob(1, lambda progress: joined_pdf([meeting_document(kind, minutes, context)
                                                                for kind in DOCUMENTS]))
        self.job.signals.finished.connect(self._drawn)
        self.job.signals.failed.connect(lambda _number, reason: dialogs.show_error(self.parent_widget, reason))
        QThreadPool.globalInstance().start(self.job)

    def _drawn(self, _number: int, data: bytes) -> None:
        self.data = data
        output.open_print_dialog(QPrinter(QPrinter.PrinterMode.HighResolution), self.parent_widget, self._print)

    def _print(self, printer: QPrinter) -> None:
        try:
            self.printed_pages = output.print_pdf(printer, self.data or b"")
        except UserError as error:
            dialogs.show_error(self.parent_widget, str(error))


def offer_to_print_convocation(parent, store, meeting_id: int) -> ConvocationPrinting | None:
    """Ask whether to print the convocation and the attendance sheet now; when yes, start."""
    if not dialogs.confirm(parent, _tr("Print the convocation"),
                           _tr("The meeting is convened. Print the convocation (with the agenda) and the "
                               "attendance sheet now?\n\nBoth can be printed later from the Documents page."),
                           _tr("Print both…")):
        return None
    printing = ConvocationPrinting(parent, store, meeting_id)
    printing.start()
    return printing
