"""One object that tells every view when the data it shows has changed."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class StoreEvents(QObject):
    """Signals emitted after a successful write, so lists and the dashboard refresh."""

    complaints_changed = Signal()
    people_changed = Signal()
    places_changed = Signal()
    categories_changed = Signal()
    meetings_changed = Signal()
    # A sentence for the status bar ("Complaint 124 saved").
    message = Signal(str)
