"""The print preview: a document's pages drawn as images, one at a time, large and zoomable.

Pages are rendered with pypdfium2 when shown (a register can have hundreds of pages), always on
the window's thread: pdfium is not safe to use from several threads at once.
"""

from __future__ import annotations

import pypdfium2
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from desktop.ui.flow import FlowLayout

ZOOMS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 2.5, 3.0)
DEFAULT_ZOOM = 1.25


def _tr(text: str) -> str:
    return QCoreApplication.translate("DocumentPreview", text)


def page_image(document: pypdfium2.PdfDocument, index: int, scale: float) -> QImage:
    """Page ``index`` of ``document`` as a QImage drawn at ``scale`` (1.0 = 72 dots per inch)."""
    bitmap = document[index].render(scale=scale, rev_byteorder=True)
    width, height = bitmap.width, bitmap.height
    # rev_byteorder gives RGB(A) bytes in the order QImage expects; copy() detaches from pdfium's buffer.
    mode = bitmap.mode
    fmt = QImage.Format.Format_RGBA8888 if mode in ("RGBA", "RGBX") else QImage.Format.Format_RGB888
    return QImage(bytes(bitmap.buffer), width, height, bitmap.stride, fmt).copy()


class PreviewView(QWidget):
    """Shows one page at a time with Previous / Next, "Page 2 / 5", zoom out / in."""

    page_changed = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.document: pypdfium2.PdfDocument | None = None
        self.index = 0
        self.zoom = DEFAULT_ZOOM
        self._zoom_chosen = False
        self.page_label = QLabel()
        self.page_label.setObjectName("previewPageLabel")
        self.previous_button = QPushButton()
        self.next_button = QPushButton()
        self.zoom_out_button = QPushButton()
        self.zoom_in_button = QPushButton()
        self.zoom_label = QLabel()
        self.image = QLabel()
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setWordWrap(True)  # the "choose a document" sentence wraps in a narrow preview
        self.image.setObjectName("previewImage")
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.image)
        self.scroll.setWidgetResizable(True)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll.setStyleSheet("QScrollArea { background: #6b6b6b; } QLabel#previewImage { background: #6b6b6b; }")
        # Pages, then zoom: on as many lines as the room beside the choices needs.
        pages, zoom = FlowLayout(spacing=6), FlowLayout(spacing=6)
        for widget in (self.previous_button, self.page_label, self.next_button):
            pages.addWidget(widget)
        for widget in (self.zoom_out_button, self.zoom_label, self.zoom_in_button):
            zoom.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(pages)
        layout.addLayout(zoom)
        layout.addWidget(self.scroll, 1)
        self.previous_button.clicked.connect(lambda: self.show_page(self.index - 1))
        self.next_button.clicked.connect(lambda: self.show_page(self.index + 1))
        self.zoom_in_button.clicked.connect(self.zoom_in)
        self.zoom_out_button.clicked.connect(self.zoom_out)
        self._shortcuts()
        self.translate_ui()
        self.clear()

    def _shortcuts(self) -> None:
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in ((QKeySequence.StandardKey.ZoomIn, self.zoom_in), ("Ctrl+=", self.zoom_in),
                           (QKeySequence.StandardKey.ZoomOut, self.zoom_out),
                           ("PgDown", lambda: self.show_page(self.index + 1)),
                           ("PgUp", lambda: self.show_page(self.index - 1))):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(context)
            shortcut.activated.connect(slot)

    def translate_ui(self) -> None:
        """Set every visible text in the current language."""
        self.previous_button.setText(_tr("◀ Previous page"))
        self.previous_button.setAccessibleName(_tr("Previous page"))
        self.next_button.setText(_tr("Next page ▶"))
        self.next_button.setAccessibleName(_tr("Next page"))
        self.zoom_out_button.setText(_tr("Smaller −"))
        self.zoom_out_button.setAccessibleName(_tr("Zoom out (Ctrl+−)"))
        self.zoom_in_button.setText(_tr("Larger +"))
        self.zoom_in_button.setAccessibleName(_tr("Zoom in (Ctrl++)"))
        self.scroll.setAccessibleName(_tr("Preview of the document"))
        self._update_labels()

    @property
    def page_count(self) -> int:
        """How many pages the shown document has (0 when none)."""
        return len(self.document) if self.document is not None else 0

    def set_pdf(self, data: bytes) -> None:
        """Show the PDF ``data`` from its first page."""
        self.close_document()
        self.document = pypdfium2.PdfDocument(data)
        if not self._zoom_chosen and self.page_count:
            self.zoom = self._fitting_zoom()
        self.show_page(0)

    def _fitting_zoom(self) -> float:
        # The page's whole width on screen, but never smaller than life size nor blown up past 150 %.
        room = self.scroll.viewport().width() - self.scroll.verticalScrollBar().sizeHint().width() - 16
        return max(1.0, min(1.5, room / self.document[0].get_width()))

    def close_document(self) -> None:
        """Forget the shown document (and free pdfium's memory)."""
        if self.document is not None:
            self.document.close()
        self.document = None

    def clear(self) -> None:
        """Show nothing but a short explanation."""
        self.close_document()
        self.index = 0
        self.image.setPixmap(QPixmap())
        self.image.setText(_tr("Choose a document, then press “Preview”."))
        self.image.setStyleSheet("color: white; font-size: 14pt;")
        self._update_labels()

    def show_page(self, index: int) -> None:
        """Show page ``index`` (0-based) if it exists."""
        if self.document is None or not 0 <= index < self.page_count:
            return
        self.index = index
        image = page_image(self.document, index, self.zoom * self.devicePixelRatioF())
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(self.devicePixelRatioF())
        self.image.setText("")
        self.image.setPixmap(pixmap)
        self.scroll.verticalScrollBar().setValue(0)
        self._update_labels()
        self.page_changed.emit(index)

    def zoom_in(self) -> None:
        """Show the page larger."""
        self._set_zoom(next((z for z in ZOOMS if z > self.zoom + 1e-6), self.zoom))

    def zoom_out(self) -> None:
        """Show the page smaller."""
        self._set_zoom(next((z for z in reversed(ZOOMS) if z < self.zoom - 1e-6), self.zoom))

    def _set_zoom(self, zoom: float) -> None:
        self._zoom_chosen = True  # the person's choice is kept for the next documents
        self.zoom = zoom
        self.show_page(self.index)
        self._update_labels()

    def page_text(self) -> str:
        """"Page 2 / 5", or "" when no document is shown."""
        if self.document is None:
            return ""
        return _tr("Page {number} / {count}").format(number=self.index + 1, count=self.page_count)

    def _update_labels(self) -> None:
        shown = self.document is not None
        self.page_label.setText(self.page_text() or _tr("No document"))
        self.zoom_label.setText(_tr("Zoom {percent} %").format(percent=round(self.zoom * 100)))
        self.previous_button.setEnabled(shown and self.index > 0)
        self.next_button.setEnabled(shown and self.index < self.page_count - 1)
        self.zoom_in_button.setEnabled(shown and self.zoom < ZOOMS[-1])
        self.zoom_out_button.setEnabled(shown and self.zoom > ZOOMS[0])
