"""Big, readable defaults: an 11pt+ font and a high-contrast style sheet."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

MINIMUM_POINT_SIZE = 11
MAXIMUM_POINT_SIZE = 24

STYLE = """
QListWidget#navigation { font-size: %(nav)dpt; padding: 6px; }
QListWidget#navigation::item { padding: 10px 8px; }
QListWidget#navigation::item:selected { background: #1f4e8c; color: white; }
QPushButton { padding: 6px 14px; }
QLineEdit, QComboBox, QDateEdit, QSpinBox, QPlainTextEdit, QTextEdit { padding: 4px; }
QHeaderView::section { padding: 6px; font-weight: bold; }
QLabel[role="heading"] { font-size: %(heading)dpt; font-weight: bold; }
QLabel[role="hint"] { color: #333333; font-style: italic; }
QLabel[role="error"] { color: #a00000; font-weight: bold; }
"""


def apply_style(app: QApplication, point_size: int = 12) -> None:
    """Set the application font (never below 11pt) and the style sheet."""
    point_size = max(MINIMUM_POINT_SIZE, int(point_size))
    font = QFont(app.font())
    font.setPointSize(point_size)
    app.setFont(font)
    app.setStyleSheet(STYLE % {"nav": point_size + 2, "heading": point_size + 4})
