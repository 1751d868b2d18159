"""Putting hostile text into widgets as a person would: typed key by key when a keyboard could
type it, pasted (set whole) otherwise; and what the widget then shows."""

from __future__ import annotations

import re

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit

from desktop.ui.text import plain_text
from tests.ui.people_helpers import type_text

TYPED_MAX = 25  # longer texts are pasted: typing 100,000 keys is not what a person does either


def typeable(text: str) -> bool:
    """Whether a keyboard could type ``text`` (short, printable characters only)."""
    return len(text) <= TYPED_MAX and text.isprintable()


def enter(qtbot, widget, text: str) -> str:
    """Type or paste ``text`` over what ``widget`` holds; returns what the widget then shows."""
    line = widget.lineEdit() if isinstance(widget, QComboBox) else widget
    if isinstance(line, QPlainTextEdit):
        line.setFocus()
        if typeable(text):
            line.clear()
            type_text(qtbot, line, text)
        else:
            line.setPlainText(text)
        return plain_text(line)
    assert isinstance(line, QLineEdit)
    line.setFocus()
    if typeable(text):
        line.selectAll()
        line.del_()
        type_text(qtbot, line, text)
    else:
        line.setText(text)
    return line.text()


def utf16_length(text: str) -> int:
    """The length Qt counts (an emoji outside the basic plane is two)."""
    return len(text.encode("utf-16-le")) // 2


def as_plain_text_edit_shows(text: str) -> str:
    """``text`` as a multi-line field gives it back (desktop.ui.text.plain_text): every kind of
    line break (and Qt's own U+FDD0, U+FDD1) becomes "\\n"; no-break spaces are kept (French
    typography puts them inside « » and before : ; ! ?)."""
    return re.sub(r"\r\n|[\r\u2028\u2029\ufdd0\ufdd1]", "\n", text)


def as_line_edit_shows(text: str, max_length: int = 32767) -> str:
    """``text`` as a QLineEdit of ``max_length`` keeps it: cut at that many UTF-16 units, without
    the half of an emoji the cut would leave."""
    data = text.encode("utf-16-le")[:2 * max_length]
    return data.decode("utf-16-le", "ignore")


def tick(qtbot, box: QCheckBox) -> None:
    """Click a check box on its box (its middle may be empty space when the layout stretches it)."""
    before = box.isChecked()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(10, box.height() // 2))
    assert box.isChecked() != before
