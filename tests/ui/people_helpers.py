"""Helpers for the people, places, first-run, dashboard and settings window tests."""

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication


def type_text(qtbot, widget, text):
    """Type ``text`` as a person would, accents included (QTest.keyClicks only knows ASCII)."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
                QApplication.sendEvent(widget, event)


def type_into(qtbot, widget, text):
    """Focus a line edit, select what it holds and type ``text`` over it."""
    widget.setFocus()
    widget.selectAll()
    type_text(qtbot, widget, text)


def click(qtbot, button):
    """A left click on ``button``."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
