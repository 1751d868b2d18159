"""Placeholder register page; replaced by the register work."""

from PySide6.QtWidgets import QWidget


class ComplaintsPage(QWidget):
    def __init__(self, store, events, parent=None):
        super().__init__(parent)
        self.store, self.events = store, events

    def new_complaint(self) -> None:
        pass

    def focus_search(self) -> None:
        pass

    def open_complaint(self, complaint_id: int) -> None:
        pass
