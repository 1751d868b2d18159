"""Hashing and checking passwords off the window's thread.

An argon2id check takes tens of milliseconds by design (more on an old office PC): the window
stays responsive meanwhile. Only the hashing runs in the worker; reading and writing the store
stay on the window's thread, where the connection lives.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class _Relay(QObject):
    """Lives on the window's thread, so the worker's answer is delivered there (queued)."""

    done = Signal(object, object)

    def __init__(self, owner: QObject, on_done: Callable):
        super().__init__()
        self.owner = owner
        self.on_done = on_done
        self.done.connect(self._deliver)

    @Slot(object, object)
    def _deliver(self, result, error) -> None:
        if shiboken6.isValid(self.owner):  # the dialog may have been closed meanwhile
            self.on_done(result, error)


class _Job(QRunnable):
    def __init__(self, work: Callable, relay: _Relay):
        super().__init__()
        self.work = work
        self.relay = relay

    def run(self) -> None:
        try:
            result, error = self.work(), None
        except Exception as failure:  # handed to the window's thread: a UserError is shown there
            result, error = None, failure
        self.relay.done.emit(result, error)


def run_in_background(owner: QObject, work: Callable, on_done: Callable) -> QObject:
    """Run ``work()`` in the thread pool, then ``on_done(result, error)`` on the window's thread
    (unless ``owner`` is gone). Keep the returned object until then."""
    relay = _Relay(owner, on_done)
    QThreadPool.globalInstance().start(_Job(work, relay))
    return relay
