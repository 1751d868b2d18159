"""A pad to sign by hand with the mouse, a pen tablet or a finger; strokes are kept as vectors."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy,
                               QVBoxLayout, QWidget)

from desktop.domain.signature import Strokes

INK = QColor(20, 40, 110)


def _tr(text: str) -> str:
    return QCoreApplication.translate("SignaturePad", text)


class SignatureCanvas(QWidget):
    """The white surface one signs on. Points are stored normalised to 0..1 (top-left origin)."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._strokes: list[list[tuple[float, float]]] = []
        self._drawing = False
        self.setMinimumSize(QSize(420, 160))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setAccessibleName(_tr("Signature area"))
        self.setAccessibleDescription(_tr("Sign here with the mouse, a pen or a finger."))

    def strokes(self) -> Strokes:
        """What was drawn so far."""
        return Strokes.of(self._strokes)

    def set_strokes(self, strokes: Strokes) -> None:
        """Show a signature drawn earlier."""
        self._strokes = [list(stroke) for stroke in strokes.strokes]
        self.update()
        self.changed.emit()

    def clear(self) -> None:
        """Forget every stroke."""
        self._strokes = []
        self._drawing = False
        self.update()
        self.changed.emit()

    # Input --------------------------------------------------------------------------------
    def _normalised(self, position: QPointF) -> tuple[float, float]:
        width, height = max(1, self.width() - 1), max(1, self.height() - 1)
        return (min(1.0, max(0.0, position.x() / width)), min(1.0, max(0.0, position.y() / height)))

    def _begin(self, position: QPointF) -> None:
        self._drawing = True
        self._strokes.append([self._normalised(position)])
        self.update()

    def _extend(self, position: QPointF) -> None:
        point = self._normalised(position)
        if self._drawing and point != self._strokes[-1][-1]:
            self._strokes[-1].append(point)
            self.update()

    def _end(self) -> None:
        if self._drawing:
            self._drawing = False
            self.changed.emit()

    def mousePressEvent(self, event):  # noqa: N802 - Qt's name
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position())

    def mouseMoveEvent(self, event):  # noqa: N802
        self._extend(event.position())

    def mouseReleaseEvent(self, event):  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self._extend(event.position())
            self._end()

    def tabletEvent(self, event):  # noqa: N802 - a pen tablet gives finer points than the mouse
        kind = event.type()
        if kind == QEvent.Type.TabletPress:
            self._begin(event.position())
        elif kind == QEvent.Type.TabletMove:
            self._extend(event.position())
        elif kind == QEvent.Type.TabletRelease:
            self._end()
        event.accept()

    def event(self, event):
        kind = event.type()
        if kind in (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd):
            points = event.points()
            if points:
                position = points[0].position()
                if kind == QEvent.Type.TouchBegin:
                    self._begin(position)
                elif kind == QEvent.Type.TouchUpdate:
                    self._extend(position)
                else:
                    self._end()
            event.accept()
            return True
        return super().event(event)

    # Drawing ------------------------------------------------------------------------------
    def paintEvent(self, _event):  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        painter.setPen(QPen(QColor(120, 120, 120), 1, Qt.PenStyle.DashLine))
        baseline = int(self.height() * 0.78)
        painter.drawLine(16, baseline, self.width() - 16, baseline)
        painter.setPen(QPen(QColor(90, 90, 90), 2))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        painter.setPen(QPen(INK, 3, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
        width, height = self.width() - 1, self.height() - 1
        for stroke in self._strokes:
            path = QPainterPath(QPointF(stroke[0][0] * width, stroke[0][1] * height))
            for x, y in stroke[1:]:
                path.lineTo(x * width, y * height)
            if len(stroke) == 1:
                painter.drawPoint(path.currentPosition())
            painter.drawPath(path)


class SignaturePad(QWidget):
    """The canvas, a line saying what to do, and a Clear button; emits ``strokes_changed(Strokes)``."""

    strokes_changed = Signal(object)

    def __init__(self, signer: str = "", parent=None):
        super().__init__(parent)
        self.canvas = SignatureCanvas(self)
        self.hint = QLabel(_tr("Signature of {name}:").format(name=signer) if signer else _tr("Signature:"), self)
        self.hint.setBuddy(self.canvas)
        self.clear_button = QPushButton(_tr("&Clear"), self)
        self.clear_button.setAccessibleName(_tr("Clear the signature"))
        self.clear_button.setEnabled(False)
        self.clear_button.clicked.connect(self.canvas.clear)
        self.canvas.changed.connect(self._on_changed)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.canvas, 1)
        layout.addLayout(buttons)

    def strokes(self) -> Strokes:
        """The signature as drawn."""
        return self.canvas.strokes()

    def set_signer(self, name: str) -> None:
        """Say whose signature this is (the line above the pad)."""
        name = name.strip()
        self.hint.setText(_tr("Signature of {name}:").format(name=name) if name else _tr("Signature:"))

    def _on_changed(self) -> None:
        strokes = self.canvas.strokes()
        self.clear_button.setEnabled(not strokes.is_empty)
        self.strokes_changed.emit(strokes)


class SignatureDialog(QDialog):
    """Ask one person to sign by hand; emits ``signed(Strokes)`` when they confirm.

    Open it with ``.open()``; "Sign" stays disabled until something is drawn.
    """

    signed = Signal(object)

    def __init__(self, signer: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(_tr("Signature of {name}").format(name=signer))
        self.pad = SignaturePad(signer, self)
        self.buttons = QDialogButtonBox(self)
        self.sign_button = self.buttons.addButton(_tr("&Sign"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.sign_button.setAccessibleName(_tr("Confirm the signature"))
        self.sign_button.setEnabled(False)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(_tr("Cancel"))
        self.buttons.accepted.connect(self._confirm)
        self.buttons.rejected.connect(self.reject)
        self.pad.strokes_changed.connect(lambda strokes: self.sign_button.setEnabled(not strokes.is_empty))
        layout = QVBoxLayout(self)
        layout.addWidget(self.pad, 1)
        layout.addWidget(self.buttons)
        self.resize(640, 380)

    def _confirm(self) -> None:
        strokes = self.pad.strokes()
        if strokes.is_empty:
            return
        self.signed.emit(strokes)
        self.accept()
