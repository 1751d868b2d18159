"""Storage failures as sentences: a full disk, a read-only file, a damaged file, another copy.

Every connection Palier opens is a ``GuardedConnection``: the few SQLite failures that come from the
disk or the file rather than from a bug (SQLITE_FULL, SQLITE_READONLY, SQLITE_IOERR, SQLITE_CORRUPT)
are turned here, in one place, into ``UserError`` sentences. SQLite has already rolled the statement
(and, for a full disk, the transaction) back, so the sentence can promise that nothing was changed;
the window shows it where the user typed, and the command line prints it with exit status 2.
"""

from __future__ import annotations

import sqlite3

from desktop.domain.errors import UserError
from desktop.i18n import tr

# Primary result codes (the low byte of SQLite's extended codes).
SQLITE_CORRUPT, SQLITE_FULL, SQLITE_IOERR, SQLITE_READONLY, SQLITE_NOTADB = 11, 13, 10, 8, 26
SQLITE_AUTH = 23


def _t(text: str) -> str:
    return tr("Safety", text)


class StorageFull(UserError):
    """The disk holding the file is full: the change was not saved."""


class ReadOnlyDatabase(UserError):
    """The file was opened read-only (another copy of Palier uses it, or the user chose so)."""


class StorageFailure(UserError):
    """The disk could not be read or written, or the file turned out damaged while in use."""


class DatabaseInUse(UserError):
    """Another copy of Palier is using the file, and the action needs it alone."""


class UnsafeLocation(UserError):
    """The file is on a network share or in a synchronised folder, where SQLite is not safe."""

    def __init__(self, message: str, path, reason: str):
        super().__init__(message)
        self.path = path
        self.reason = reason


class DamagedDatabase(UserError):
    """``quick_check`` found damage; the file was set aside (``moved_to``) and not written to."""

    def __init__(self, message: str, path, problem: str, moved_to=None, backup=None):
        super().__init__(message)
        self.path = path
        self.problem = problem
        self.moved_to = moved_to
        self.backup = backup


class BackupFailed(UserError):
    """A backup could not be written or did not pass its check; it was not kept."""


# Why a connection is read-only; the sentence a refused write gives.
READ_ONLY_IN_USE = "in-use"
READ_ONLY_ASKED = "asked"


def read_only_sentence(reason: str, path) -> str:
    """Why nothing can be changed in ``path``, for a write refused on a read-only connection."""
    if reason == READ_ONLY_IN_USE:
        return _t("Another copy of Palier is using {path}, so this one opened it read-only: nothing "
                  "was changed. Close the other copy, then open Palier again to make changes.").format(path=path)
    return _t("{path} is open read-only, so nothing was changed.").format(path=path)


def converted(error: sqlite3.Error, path, read_only_reason: str = "") -> UserError | None:
    """The sentence for a storage failure of SQLite, or None for anything else (a bug)."""
    code = getattr(error, "sqlite_errorcode", None)
    if code is None:
        return None
    primary = code & 0xFF
    if primary == SQLITE_FULL:
        return StorageFull(_t("The disk is full, so this change was not saved and nothing was changed. "
                              "Free some space on the disk holding {path}, then try again.").format(path=path))
    if primary == SQLITE_READONLY:
        return ReadOnlyDatabase(read_only_sentence(read_only_reason, path))
    if primary == SQLITE_IOERR:
        return StorageFailure(_t("The disk holding {path} could not be read or written ({reason}); this "
                                 "change was not saved. Check the disk, then try again.").format(
                                     path=path, reason=error))
    if primary in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return StorageFailure(_t("The file {path} turned out to be damaged ({reason}); this change was "
                                 "not saved. Close Palier: when it opens again it checks the file and "
                                 "offers your last good backup.").format(path=path, reason=error))
    return None


class GuardedConnection(sqlite3.Connection):
    """A connection whose storage failures are ``UserError`` sentences (see the module's text).

    ``palier_path`` names the file in sentences; ``read_only_reason`` is set when it was opened
    read-only; ``palier_lock`` (a writer lock, or None) is released when the connection closes;
    ``palier_check`` is the start-up check still running when the file was opened before it.
    """

    palier_path = ""
    read_only_reason = ""
    palier_lock = None
    palier_check = None  # a background_check.BackgroundCheck holding writes until its verdict

    def _raise(self, error: sqlite3.Error):
        check = self.palier_check
        if check is not None and check.damaged and (getattr(error, "sqlite_errorcode", 0) or 0) & 0xFF == SQLITE_AUTH:
            raise check.refusal() from error
        sentence = converted(error, self.palier_path, self.read_only_reason)
        if sentence is None:
            raise error
        raise sentence from error

    def execute(self, sql, parameters=(), /):  # noqa: D102 (sqlite3's)
        try:
            return super().execute(sql, parameters)
        except sqlite3.Error as error:
            self._raise(error)

    def executemany(self, sql, parameters, /):  # noqa: D102
        try:
            return super().executemany(sql, parameters)
        except sqlite3.Error as error:
            self._raise(error)

    def executescript(self, script, /):  # noqa: D102
        try:
            return super().executescript(script)
        except sqlite3.Error as error:
            self._raise(error)

    def commit(self):  # noqa: D102
        try:
            return super().commit()
        except sqlite3.Error as error:
            self._raise(error)

    def close(self):
        """Close the connection, then let go of the writer lock it held (a damage check still
        running on the file is stopped first: the file's last connection tidies its WAL away)."""
        if self.palier_check is not None:
            self.palier_check.stop()
        try:
            super().close()
        finally:
            lock, self.palier_lock = self.palier_lock, None
            if lock is not None:
                lock.release()
