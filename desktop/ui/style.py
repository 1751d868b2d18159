"""Big, readable defaults: an 11pt+ font and a high-contrast style sheet.

For weak eyes (DESIGN.md): placeholder text as readable as text must be (4.5:1 against the field,
WCAG 2), boxes to tick that grow with the text and are never under 24 px, and a thick focus ring
on buttons, so the person sees where Space or Enter will act.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPalette, QWheelEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox

MINIMUM_POINT_SIZE = 11
MAXIMUM_POINT_SIZE = 24
# The sizes Ctrl++ and Ctrl+- step through: a press makes a difference one can see.
TEXT_SIZES = (11, 12, 14, 16, 18, 20, 24)


def next_text_size(current: int, step: int) -> int:
    """The size one ``step`` (+1 larger, -1 smaller) from ``current`` along ``TEXT_SIZES``."""
    if step > 0:
        return next((size for size in TEXT_SIZES if size > current), TEXT_SIZES[-1])
    return next((size for size in reversed(TEXT_SIZES) if size < current), TEXT_SIZES[0])
MINIMUM_TARGET_PX = 24
TEXT_CONTRAST = 4.5
# A dark blue: 8.6:1 on white and on the light greys of windows and buttons.
FOCUS_RING = "#0b3d91"

STYLE = """
QListWidget#navigation { font-size: %(nav)dpt; padding: 6px; }
QListWidget#navigation::item { padding: 10px 0px; }
QListWidget#navigation::item:selected { background: #1f4e8c; color: white; }
QPushButton { padding: 6px 14px; border: 1px solid #5c5c5c; border-radius: 4px; background: #f3f3f3;
              color: #111111; min-height: %(target)dpx; }
QPushButton:hover { background: #e3ebf6; }
QPushButton:pressed, QPushButton:checked { background: #c8d6ea; }
QPushButton:default { border: 2px solid #5c5c5c; padding: 5px 13px; }
QPushButton:disabled { color: #5e5e5e; background: #e6e6e6; border: 1px dashed #8a8a8a; }
QPushButton:focus { border: 3px solid %(ring)s; padding: 4px 12px; }
QToolButton:focus { border: 3px solid %(ring)s; border-radius: 4px; }
QCheckBox::indicator, QRadioButton::indicator, QGroupBox::indicator, QAbstractItemView::indicator {
    width: %(box)dpx; height: %(box)dpx; }
QCheckBox, QRadioButton { spacing: %(gap)dpx; min-height: %(target)dpx; }
QLineEdit, QComboBox, QSpinBox, QTimeEdit, QPlainTextEdit, QTextEdit { padding: 4px; }
QHeaderView::section { padding: 6px; font-weight: bold; }
QLabel[role="heading"] { font-size: %(heading)dpt; font-weight: bold; }
QLabel[role="hint"] { color: #333333; font-style: italic; }
QLabel[role="error"] { color: #a00000; font-weight: bold; }
"""


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast_ratio(first: QColor, second: QColor) -> float:
    """The WCAG 2 contrast ratio of two colours, from 1 (none) to 21 (black on white)."""
    light, dark = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def readable_placeholder(palette: QPalette) -> QColor:
    """The palest mix of the text colour and the field's background that still reads at 4.5:1,
    so a placeholder looks lighter than typed text without being hard to read."""
    text, base = palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base)
    for share in (0.45, 0.4, 0.35, 0.3, 0.25, 0.2, 0.15, 0.1, 0.05, 0.0):
        mixed = QColor.fromRgbF(*(t + (b - t) * share for t, b in zip(text.getRgbF()[:3], base.getRgbF()[:3])))
        if contrast_ratio(mixed, base) >= TEXT_CONTRAST + 0.1:
            return mixed
    return text


def indicator_size(font: QFont) -> int:
    """The side of a box to tick, in pixels: as tall as a line of text, never under 24 px."""
    return max(MINIMUM_TARGET_PX, round(QFontMetrics(font).height() * 1.2))


class WheelGuard(QObject):
    """The mouse wheel never changes a drop-down list or a number, date or time box: over one, it
    scrolls what holds it (the page, the table) — the retention's years changed under the wheel too. Scrolling the attendance turned "Convoqué" into "Présent", saved at once.
    Installed on the application once the window has painted (``install_wheel_guard``): an
    application-wide filter sees every event, which would slow the start-up by tens of ms."""

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt API)
        if event.type() != QEvent.Type.Wheel or not isinstance(watched, (QComboBox, QAbstractSpinBox)):
            return False
        parent = watched.parentWidget()
        if parent is not None:
            position = watched.mapTo(parent, event.position().toPoint())
            forwarded = QWheelEvent(QPointF(position), event.globalPosition(), event.pixelDelta(),
                                    event.angleDelta(), event.buttons(), event.modifiers(), event.phase(),
                                    event.inverted())
            QApplication.sendEvent(parent, forwarded)
        return True


_WHEEL_GUARD: WheelGuard | None = None


def install_wheel_guard(app: QApplication) -> None:
    """Keep the mouse wheel from changing drop-down lists, from now on (once per application)."""
    global _WHEEL_GUARD
    if _WHEEL_GUARD is None:
        _WHEEL_GUARD = WheelGuard(app)
        app.installEventFilter(_WHEEL_GUARD)


def wheel_guard_installed() -> bool:
    """Whether ``install_wheel_guard`` has run."""
    return _WHEEL_GUARD is not None


def apply_style(app: QApplication, point_size: int = 12) -> None:
    """Set the application font (never below 11pt), the readable placeholder colour and the style
    sheet."""
    point_size = max(MINIMUM_POINT_SIZE, int(point_size))
    font = QFont(app.font())
    font.setPointSize(point_size)
    app.setFont(font)
    palette = QPalette(app.palette())
    placeholder = readable_placeholder(palette)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.PlaceholderText, placeholder)
    app.setPalette(palette)
    box = indicator_size(font)
    app.setStyleSheet(STYLE % {"nav": point_size + 2, "heading": point_size + 4, "ring": FOCUS_RING,
                               "box": box, "gap": max(8, box // 3), "target": MINIMUM_TARGET_PX})
