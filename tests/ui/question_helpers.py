"""Answering the program's questions (modal message boxes) as a person would: read, then click."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton


class Questions:
    """Clicks, in each question box that opens, the button given in turn; keeps what each said."""

    def __init__(self):
        self.answers: list[str] = []
        self.asked: list[str] = []

    def will_answer(self, *buttons: str) -> "Questions":
        """The buttons to click in the next questions, in order (the "&" of a shortcut ignored)."""
        self.answers.extend(buttons)
        for _ in buttons:
            QTimer.singleShot(0, self._answer)
        return self

    def _answer(self) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):  # not open yet: look again once events have run
            QTimer.singleShot(10, self._answer)
            return
        wanted = self.answers.pop(0)
        self.asked.append(box.text())
        for button in box.findChildren(QPushButton):
            if button.text().replace("&", "") == wanted:
                button.click()
                return
        box.reject()
        raise AssertionError(f"no button {wanted!r} in the question {box.text()!r}")
