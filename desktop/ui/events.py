"""One object that tells every view when the data it shows has changed.

``StoreEvents.data_changed`` is the one notification pages listen to (through ``follow_data``):
it fires whenever the store's data changed, whoever changed it — a page, a dialog, a worker
thread's own connection, the meeting mode, the command line on the same file. ``DataWatch`` finds
out by comparing the store's ``data_stamp`` (changed rows and other connections' commits) a few
times a second and at once after any of the topic signals below; no page refreshes another page.
"""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QApplication, QPlainTextEdit, QTextEdit

from desktop.domain.errors import UserError

WATCH_INTERVAL_MS = 300


class StoreEvents(QObject):
    """Signals emitted after a successful write, so lists and the dashboard refresh."""

    complaints_changed = Signal()
    people_changed = Signal()
    places_changed = Signal()
    categories_changed = Signal()
    meetings_changed = Signal()
    # Anything in the store changed (the one signal every page follows).
    data_changed = Signal()
    # A sentence for the status bar ("Complaint 124 saved").
    message = Signal(str)


class DataWatch(QObject):
    """Emits ``events.data_changed`` once each time the store's data is found changed."""

    def __init__(self, store, events: StoreEvents, parent=None):
        super().__init__(parent)
        self.store, self.events = store, events
        self._stamp = self._read()
        self.timer = QTimer(self)
        self.timer.setInterval(WATCH_INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        for signal in (events.complaints_changed, events.people_changed, events.places_changed,
                       events.categories_changed, events.meetings_changed):
            signal.connect(self.check_soon)

    def _read(self):
        try:
            return self.store.data_stamp()
        except (sqlite3.Error, UserError):  # closed (a restore replaces the file) or unreadable
            return None

    def check_soon(self) -> None:
        """Look right after the current event (a page just wrote)."""
        QTimer.singleShot(0, self.check)

    def check(self) -> bool:
        """Compare the stamp; emit ``data_changed`` when it moved. True when it did."""
        stamp = self._read()
        if stamp is None:
            self.timer.stop()
            return False
        if stamp == self._stamp:
            return False
        self._stamp = stamp
        self.events.data_changed.emit()
        return True

    def stop(self) -> None:
        """No more watching (the store is about to close)."""
        self.timer.stop()


class _ShownAgain(QObject):
    def __init__(self, widget, shown):
        super().__init__(widget)
        self._shown = shown
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.Show:
            self._shown()
        return False


def _editing_inside(widget) -> bool:
    """True while the person types in a cell editor or a multi-line text of ``widget``: reading
    the data again then would take the text from under their fingers."""
    focus = QApplication.focusWidget()
    if focus is None or not widget.isAncestorOf(focus):
        return False
    if isinstance(focus, (QTextEdit, QPlainTextEdit)):
        return True
    parent = focus.parentWidget()
    while parent is not None and parent is not widget:
        if isinstance(parent, QAbstractItemView):
            return True
        parent = parent.parentWidget()
    return False


def follow_data(widget, events: StoreEvents, reload) -> None:
    """Call ``reload()`` when the data changed: at once when ``widget`` is visible, else the next
    time it is shown (a hidden page costs nothing and is never shown stale); while the person
    types in it, once they leave the field."""
    state = {"stale": False}

    def changed() -> None:
        if widget.isVisible() and not _editing_inside(widget):
            state["stale"] = False
            reload()
        else:
            state["stale"] = True

    def shown() -> None:
        if state["stale"] and not _editing_inside(widget):
            state["stale"] = False
            reload()

    def focus_moved(_old, _new) -> None:
        if state["stale"] and widget.isVisible():
            shown()

    events.data_changed.connect(changed)
    app = QApplication.instance()
    if app is not None:
        app.focusChanged.connect(focus_moved)
        widget.destroyed.connect(lambda *_: _disconnect(app.focusChanged, focus_moved))
    _ShownAgain(widget, shown)


def _disconnect(signal, slot) -> None:
    try:
        signal.disconnect(slot)
    except (RuntimeError, TypeError):
        pass
