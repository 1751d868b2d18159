"""Placeholder first-run dialog; replaced by the first-run work."""

from PySide6.QtWidgets import QDialog


class FirstRunDialog(QDialog):
    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
