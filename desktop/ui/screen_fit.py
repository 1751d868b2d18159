"""Does the window fit a screen? What a person could not reach, in words.

Used by ``tools/screenshots.py`` (every page at 1024×768 with the default text and at 1366×768
with 16-point text) and by the tests. A page fits when the window's minimum size is within the
screen's available area, the page needs no sideways scrolling (a long form may scroll down, as a
page of text does; nobody reads a form sideways), and every visible control of the page lies
inside the window, apart from what sits in a list or table of its own (the person scrolls it).
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget

# A window frame and a taskbar take about this much of a screen; the rest is "available".
TASKBAR_AND_FRAME = (16, 72)


def available_for(width: int, height: int) -> tuple[int, int]:
    """The window size left on a ``width`` × ``height`` screen once the taskbar and frame are
    taken (used where no real screen tells it, offscreen)."""
    return width - TASKBAR_AND_FRAME[0], height - TASKBAR_AND_FRAME[1]


def _scrolled(widget: QWidget, top: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def overflow(window: QWidget, page: QWidget, width: int, height: int) -> list[str]:
    """What does not fit when ``window`` (showing ``page``) is given ``width`` × ``height``: the
    window's own minimum size, and each visible control of ``page`` outside the window. Empty
    when everything can be seen or scrolled to."""
    problems = []
    QApplication.processEvents()
    hint = window.minimumSizeHint().expandedTo(window.minimumSize())
    if hint.width() > width or hint.height() > height:
        problems.append(f"the window needs at least {hint.width()}×{hint.height()} px, the screen leaves "
                        f"{width}×{height}")
    window.resize(width, height)
    QApplication.processEvents()
    holder = page.parentWidget().parentWidget() if page.parentWidget() is not None else None
    if isinstance(holder, QAbstractScrollArea):
        needed = page.minimumSizeHint().width()
        room = holder.viewport().width()
        if needed > room:
            problems.append(f"the page needs {needed} px of width, the window gives it {room}: it would "
                            f"have to be scrolled sideways")
    bounds = QRect(0, 0, window.width(), window.height())
    for child in page.findChildren(QWidget):
        if not child.isVisibleTo(window) or child.width() <= 0 or _scrolled(child, page):
            continue
        if not (child.focusPolicy().value or child.accessibleName()):
            continue  # a layout container; its controls are checked themselves
        place = QRect(child.mapTo(page, child.rect().topLeft()), child.size())
        bounds = QRect(0, 0, max(page.width(), 1), max(page.height(), 1))
        if not bounds.contains(place):
            name = child.accessibleName() or child.objectName() or type(child).__name__
            problems.append(f"“{name}” ({type(child).__name__}) lies outside the window at "
                            f"{place.x()},{place.y()} {place.width()}×{place.height()}")
    status = getattr(window, "statusBar", None)
    if status is not None:
        bar = window.statusBar()
        if bar.isVisible() and bar.geometry().bottom() > window.height():
            problems.append("the status bar is below the window")
    return problems


def clipped_headings(page: QWidget) -> list[str]:
    """The column headings of ``page``'s visible tables that cannot be read whole: a word wider
    than its column under a wrapping header (``desktop.ui.headers``), the whole heading under
    another one; and tables whose columns lie off to the side (a sideways scroll bar)."""
    from PySide6.QtGui import QFont, QFontMetrics
    from PySide6.QtWidgets import QTableView

    from desktop.ui.headers import PAD, WrappingHeader

    found = []
    for table in page.findChildren(QTableView):
        header, model = table.horizontalHeader(), table.model()
        if not table.isVisible() or header.isHidden() or model is None:
            continue
        if table.horizontalScrollBar().maximum() > 0:
            found.append(f"{table.accessibleName() or type(table).__name__}: columns lie off to the side "
                         f"({header.length()} px of columns in {table.viewport().width()} px)")
        font = QFont(header.font())
        font.setBold(True)
        metrics = QFontMetrics(font)
        for column in range(model.columnCount()):
            if header.isSectionHidden(column):
                continue
            text = str(model.headerData(column, header.orientation()) or "")
            if isinstance(header, WrappingHeader):
                needed = header.word_width(column)
            else:
                needed = metrics.horizontalAdvance(text) + 2 * PAD
            if needed > header.sectionSize(column) + 1:
                found.append(f"“{text}” in {table.accessibleName() or type(table).__name__}: "
                             f"{header.sectionSize(column)} px for {needed}")
    return found


def clipped_texts(page: QWidget) -> list[str]:
    """The visible buttons, radio buttons, check boxes and one-line labels of ``page`` given less
    width than their words need: their text is cut."""
    from PySide6.QtWidgets import QAbstractButton, QLabel

    found = []
    for widget in page.findChildren(QAbstractButton) + page.findChildren(QLabel):
        if not widget.isVisible() or not widget.text() or (isinstance(widget, QLabel) and widget.wordWrap()):
            continue
        if isinstance(widget, QLabel) and (widget.pixmap() is not None and not widget.pixmap().isNull()):
            continue
        if widget.width() < widget.sizeHint().width() - 2:
            found.append(f"“{widget.text().replace('&', '')[:50]}” ({type(widget).__name__}): "
                         f"{widget.width()} px for {widget.sizeHint().width()}")
    return found


def place_on_screen(window: QWidget, preferred: tuple[int, int]) -> bool:
    """Size ``window`` to ``preferred`` or less, so that it lies within its screen's available
    area, centred there. Returns True when the screen is smaller than ``preferred``: the window
    is then best shown maximised (``show_placed``)."""
    from PySide6.QtGui import QGuiApplication

    screen = window.screen() or QGuiApplication.primaryScreen()
    width, height = preferred
    if screen is None:
        window.resize(width, height)
        return False
    area = screen.availableGeometry()
    small = area.width() < width + 40 or area.height() < height + 40
    window.resize(min(width, area.width() - 20), min(height, area.height() - 40))
    frame = window.frameGeometry()
    frame.moveCenter(area.center())
    window.move(frame.topLeft())
    return small


def show_placed(window: QWidget, maximised: bool) -> None:
    """Show a window placed by ``place_on_screen``: maximised on a small screen."""
    if maximised:
        window.showMaximized()
    else:
        window.show()
