"""Running a long store task (an import, an export, a preview) off the UI thread.

The task gets its own connection to the database file, so the window keeps reading its own while
the task writes (WAL lets readers and one writer work side by side) and no connection is shared
between threads. An in-memory database has no second connection: the task then borrows the
window's, and the window must leave the store alone until the task reports.
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QThread, Signal

from desktop import logs
from desktop.domain.errors import UserError
from desktop.store import Store

log = logging.getLogger("palier.worker")


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportWizard", text)


# Tasks still running, so that Python keeps their thread objects alive until the thread has ended.
_running: set["StoreTask"] = set()


class StoreTask(QThread):
    """Runs ``function(store, progress=..., cancelled=...)`` in its own thread.

    Reports ``succeeded(result)``, or ``failed(sentence)`` for a user error or a bug (whose
    traceback goes to the log); ``progress(done, total)`` on the way. The signals are delivered in
    the thread that created the task (the UI thread). ``cancel()`` asks the function to stop
    through ``cancelled()``.
    """

    progress = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)

    def __init__(self, store: Store, function: Callable, parent=None):
        super().__init__(parent)
        self.store = store
        self.function = function
        self._cancel = threading.Event()
        self.finished.connect(self._forget)

    def start_task(self) -> "StoreTask":
        """Start the thread; returns the task."""
        _running.add(self)
        self.start()
        return self

    def _forget(self) -> None:
        self.wait()
        _running.discard(self)

    def cancel(self) -> None:
        """Ask the task to stop; it reports ``failed`` with the function's sentence."""
        self._cancel.set()

    def stop(self, seconds: float = 30.0) -> bool:
        """Cancel and block until the thread is over (a window closing under it)."""
        self._cancel.set()
        return self.wait(int(seconds * 1000))

    def _connection(self) -> tuple[Store, bool]:
        if str(self.store.path) == ":memory:":
            return self.store, False
        own = Store.open(self.store.path, profile=self.store.profile, now=self.store.complaints.now)
        return own, True

    def run(self) -> None:
        try:
            store, owned = self._connection()
            try:
                result = self.function(store, progress=self.progress.emit, cancelled=self._cancel.is_set)
            finally:
                if owned:
                    store.close()
        except UserError as error:
            self.failed.emit(error.message)
        except Exception:  # a bug: log it, say so in a sentence, never show a traceback
            logs.setup()
            log.error("Unexpected error in a background task\n%s", traceback.format_exc())
            self.failed.emit(
                _tr("Something went wrong; nothing was changed. The details are in {path}.")
                .format(path=logs.log_file())
            )
        else:
            self.succeeded.emit(result)
