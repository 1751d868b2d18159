"""What a person with weak eyesight needs from the look: placeholders readable (4.5:1), boxes to
tick as big as the text, and a focus ring one can see on buttons."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QCheckBox, QLineEdit, QPushButton, QRadioButton, QStyle, QVBoxLayout, QWidget

from desktop.ui import style


@pytest.fixture
def styled(qapp):
    """Apply the program's style the way app.py does; put the test application back afterwards."""
    font, sheet, palette = QFont(qapp.font()), qapp.styleSheet(), QPalette(qapp.palette())
    style_name = qapp.style().name()

    def apply(points=12):
        style.apply_style(qapp, points)
        return qapp
    yield apply
    qapp.setStyle(style_name)
    qapp.setStyleSheet(sheet)
    qapp.setFont(font)
    qapp.setPalette(palette)


def wcag_ratio(first: QColor, second: QColor) -> float:
    """The WCAG 2 contrast ratio of two colours, written out here so the test does not trust the code."""
    def luminance(colour: QColor) -> float:
        def channel(value: int) -> float:
            value /= 255
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4
        return 0.2126 * channel(colour.red()) + 0.7152 * channel(colour.green()) + 0.0722 * channel(colour.blue())
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_placeholder_text_has_the_contrast_text_needs(qtbot, styled):
    app = styled()
    field = QLineEdit()
    field.setPlaceholderText("Type to search: building, entrance, home…")
    qtbot.addWidget(field)
    palette = field.palette()
    placeholder = palette.color(QPalette.ColorRole.PlaceholderText)
    background = palette.color(QPalette.ColorRole.Base)
    assert wcag_ratio(placeholder, background) >= 4.5
    assert wcag_ratio(QColor("#7f7f7f"), QColor("white")) < 4.5  # the grey it replaced was not enough
    assert app.palette().color(QPalette.ColorRole.PlaceholderText) == placeholder


def test_the_placeholder_stays_readable_on_a_dark_system_palette(qtbot, styled, qapp):
    dark = QPalette(qapp.palette())
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#f0f0f0"))
    dark.setColor(QPalette.ColorRole.PlaceholderText, QColor("#5a5a5a"))
    qapp.setPalette(dark)
    styled()
    palette = qapp.palette()
    assert wcag_ratio(palette.color(QPalette.ColorRole.PlaceholderText), palette.color(QPalette.ColorRole.Base)) >= 4.5


@pytest.mark.parametrize("kind, metric", [(QCheckBox, QStyle.PixelMetric.PM_IndicatorWidth),
                                          (QRadioButton, QStyle.PixelMetric.PM_ExclusiveIndicatorWidth)])
def test_boxes_to_tick_are_24_px_or_more_and_grow_with_the_text(qtbot, styled, kind, metric):
    sizes = []
    for points in (12, 18):
        styled(points)
        box = kind("Keep the reporter's name confidential")
        qtbot.addWidget(box)
        box.ensurePolished()
        sizes.append(box.style().pixelMetric(metric, None, box))
    assert sizes[0] >= 24
    assert sizes[1] > sizes[0]


def test_the_focused_button_has_a_ring_one_can_see(qtbot, styled):
    styled()
    holder = QWidget()
    layout = QVBoxLayout(holder)
    focused, other = QPushButton("Save"), QPushButton("Save")
    layout.addWidget(focused)
    layout.addWidget(other)
    qtbot.addWidget(holder)
    holder.show()
    with qtbot.waitActive(holder):
        holder.activateWindow()
    focused.setFocus()
    qtbot.waitUntil(focused.hasFocus)
    ring = QColor(style.FOCUS_RING)
    assert wcag_ratio(ring, holder.palette().color(QPalette.ColorRole.Window)) >= 3  # non-text contrast
    image_focused, image_other = focused.grab().toImage(), other.grab().toImage()
    ring_pixels = sum(1 for x in range(image_focused.width())
                      if QColor(image_focused.pixel(x, image_focused.height() // 2)) == ring)
    assert ring_pixels >= 4  # 2 px or more on the left and on the right edge
    assert all(QColor(image_other.pixel(x, image_other.height() // 2)) != ring for x in range(image_other.width()))


def _wheel(widget, notches: int = -1) -> None:
    """One turn of the mouse wheel over ``widget`` (negative: towards the person)."""
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtGui import QWheelEvent

    centre = QPointF(widget.rect().center())
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(0, 0),
                        QPoint(0, 120 * notches), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def test_the_mouse_wheel_never_changes_an_attendance(qtbot, window, residence_store):
    """The walk: one notch of the wheel over the attendance list turned "Convoqué" into "Présent",
    saved at once, while the person was only scrolling."""
    import datetime as dt

    from desktop.domain.meetings import Presence
    from desktop.domain.people import Person, Role
    from desktop.services import meetings as service

    qtbot.waitUntil(style.wheel_guard_installed)  # the window starts it once it has painted
    residence_store.people.save(Person(name="Jacques Faure", role=Role.BUILDING_REPRESENTATIVE))
    meeting = service.plan_meeting(residence_store, dt.date(2026, 4, 16))
    window.show_page("meetings")
    page = window.pages["meetings"]
    page.select_meeting(meeting.id)
    page.detail_tabs.setCurrentIndex(1)
    model = page.attendance.model
    combo = page.attendance.table.indexWidget(model.index(0, model.PRESENCE))
    before = combo.currentIndex()
    for notches in (-1, -1, 1, -3):
        _wheel(combo, notches)
    assert combo.currentIndex() == before
    assert residence_store.invitations.list(meeting.id)[0].presence == Presence.INVITED


def test_the_mouse_wheel_never_changes_a_complaint_s_category(qtbot, window, residence_store, events):
    from desktop.ui.complaints.form import ComplaintDialog

    qtbot.waitUntil(style.wheel_guard_installed)
    dialog = ComplaintDialog(residence_store, events)
    qtbot.addWidget(dialog)
    dialog.show()
    category = dialog.fields.category
    category.setCurrentIndex(2)
    dialog.fields.title.setFocus()
    _wheel(category, -1)
    assert category.currentIndex() == 2
    dialog.discard_edits()


def test_the_mouse_wheel_never_changes_the_retention_years(qtbot, window, residence_store):
    """The second walk: scrolling over "Anonymiser après" turned 5 years into 7, then 3."""
    qtbot.waitUntil(style.wheel_guard_installed)
    window.show_page("privacy")
    years = window.pages["privacy"].retention
    before = years.value()
    for notches in (1, 1, -3):
        _wheel(years, notches)
        _wheel(years.lineEdit(), notches)
    assert years.value() == before
