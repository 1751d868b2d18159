"""Placeholder dashboard; replaced by the dashboard work."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget


class DashboardPage(QWidget):
    open_complaint = Signal(int)

    def __init__(self, store, events, parent=None):
        super().__init__(parent)
        self.store, self.events = store, events
