"""Building a document's PDF away from the window's thread, so the window stays responsive.

A job is a plain function ``work(progress) -> bytes``; ``progress(step, total, text)`` reports how
far it has gone. The page gives each job a number and ignores results of jobs it no longer waits
for (cancelled or replaced): the builders cannot be interrupted half-way, so cancelling means
discarding.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject, QRunnable, Signal

from desktop.domain.errors import UserError


class JobSignals(QObject):
    """What a job tells the window; emitted from the worker thread, delivered queued."""

    progress = Signal(int, int, int, str)  # job number, step, total, what is being done
    finished = Signal(int, bytes)
    failed = Signal(int, str)


class DocumentJob(QRunnable):
    """Runs ``work`` in the thread pool and reports through ``signals``."""

    def __init__(self, number: int, work: Callable[[Callable[[int, int, str], None]], bytes]):
        super().__init__()
        self.number = number
        self.work = work
        # No parent: the signals object lives as long as the page keeps a reference to it.
        self.signals = JobSignals()
        self.setAutoDelete(True)

    def run(self) -> None:  # noqa: D102 - QRunnable
        def progress(step: int, total: int, text: str) -> None:
            self.signals.progress.emit(self.number, step, total, text)

        try:
            data = self.work(progress)
        except UserError as error:
            self.signals.failed.emit(self.number, str(error))
        except Exception as error:  # a worker must never take the program down
            self.signals.failed.emit(self.number, f"{type(error).__name__}: {error}")
        else:
            self.signals.finished.emit(self.number, bytes(data))
