"""One writer per file: an OS lock on a small file beside the database.

Why a lock file rather than SQLite's own locks: SQLite locks only for the length of a transaction,
so two copies of Palier could both keep the file open and both write, each showing stale screens.
The lock here is held for as long as a copy has the file open. It is an OS lock (``flock`` on
POSIX, ``msvcrt.locking`` on Windows) on ``<database>-lock``, named like SQLite's own -wal and -shm
companions, so the system releases it when the program ends, even when it is killed or crashes:
there is no stale lock to clean up.

Within one process the lock is shared and counted: the window and its worker threads open their own
connections to the same file and must not lock each other out. ``acquire(path, alone=True)`` asks
for the file with no other holder at all, even in this process (a restore replaces the file).
"""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path

_registry: dict[str, "WriterLock"] = {}
_guard = threading.Lock()


def lock_path(database: Path) -> Path:
    """The lock file of ``database``."""
    database = Path(database)
    return database.with_name(database.name + "-lock")


def _os_lock(fd: int) -> bool:
    if sys.platform.startswith("win"):
        import msvcrt

        os.lseek(fd, 0, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _os_unlock(fd: int) -> None:
    if sys.platform.startswith("win"):
        import msvcrt

        os.lseek(fd, 0, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        except OSError:
            pass
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_UN)


class WriterLock:
    """This process's hold on one database file; ``release()`` once per ``acquire``."""

    def __init__(self, key: str, fd: int):
        self.key = key
        self.fd = fd
        self.count = 1

    def release(self) -> None:
        """Give back one hold; the OS lock goes with the last one."""
        with _guard:
            if self.count <= 0:
                return
            self.count -= 1
            if self.count:
                return
            _registry.pop(self.key, None)
            try:
                _os_unlock(self.fd)
            finally:
                os.close(self.fd)


def acquire(database: Path, alone: bool = False) -> WriterLock | None:
    """Take the writer lock of ``database``; None when another program holds it (or, with
    ``alone``, when anything holds it, this process included) or the folder cannot hold a lock."""
    target = lock_path(database)
    key = os.path.normcase(str(target.resolve()))
    with _guard:
        held = _registry.get(key)
        if held is not None:
            if alone:
                return None
            held.count += 1
            return held
        try:
            fd = os.open(target, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError:
            return None
        if not _os_lock(fd):
            os.close(fd)
            return None
        lock = WriterLock(key, fd)
        _registry[key] = lock
        return lock


def is_held_elsewhere(database: Path) -> bool:
    """True when another program holds the writer lock of ``database`` (not this process)."""
    lock = acquire(database)
    if lock is None:
        return True
    lock.release()
    return False
