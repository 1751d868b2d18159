"""Placeholder people-and-places page; replaced by the people and places work."""

from PySide6.QtWidgets import QWidget


class PeoplePlacesPage(QWidget):
    def __init__(self, store, events, parent=None):
        super().__init__(parent)
        self.store, self.events = store, events
