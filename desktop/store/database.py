"""The connection wrapper every repository talks to: ``execute``, ``atomic``, ``close``.

It behaves as sqlite-utils' ``Database`` does for these calls (a write outside a transaction is
committed at once; nested ``atomic`` blocks become savepoints), without importing sqlite-utils,
whose package pulls in click, pluggy and dateutil: a tenth of the window's start-up for three
methods. The rest of sqlite-utils' API (tables, the ``Migrations`` records) is reached through
``full``, imported the first time it is needed, on the same connection.
"""

from __future__ import annotations

import contextlib
import itertools
import sqlite3
from collections.abc import Generator, Sequence
from typing import Any

_TRANSACTION_WORDS = {"BEGIN", "COMMIT", "END", "ROLLBACK", "SAVEPOINT", "RELEASE"}
# Savepoint names only need to differ from the others open (a counter: ``secrets`` costs the
# window's start its hashing libraries).
_SAVEPOINTS = itertools.count(1)


def _first_word(sql: str) -> str:
    words = sql.lstrip().split(None, 1)
    return words[0].upper().rstrip(";") if words else ""


class Database:
    """An open SQLite connection with sqlite-utils' transaction rules (see the module's text)."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self._full = None
        self.execute("PRAGMA recursive_triggers=on;")

    def execute(self, sql: str, parameters: Sequence | dict[str, Any] | None = None) -> sqlite3.Cursor:
        """Run one statement; a write outside a transaction is committed at once."""
        was_in_transaction = self.conn.in_transaction
        try:
            cursor = self.conn.execute(sql) if parameters is None else self.conn.execute(sql, parameters)
        except Exception:
            if not was_in_transaction and self.conn.in_transaction:
                self.conn.execute("ROLLBACK")  # the implicit transaction the failed write opened
            raise
        if (not was_in_transaction and self.conn.in_transaction and cursor.description is None
                and _first_word(sql) not in _TRANSACTION_WORDS):
            self.conn.execute("COMMIT")
        return cursor

    @contextlib.contextmanager
    def atomic(self) -> Generator["Database", None, None]:
        """One transaction around the block (a savepoint when one is already open)."""
        if self.conn.in_transaction:
            savepoint = f"palier_{next(_SAVEPOINTS)}"
            self.conn.execute(f"SAVEPOINT {savepoint};")
            try:
                yield self
            except BaseException:
                # A RAISE(ROLLBACK) trigger may have ended the whole transaction already.
                if self.conn.in_transaction:
                    self.conn.execute(f"ROLLBACK TO SAVEPOINT {savepoint};")
                    self.conn.execute(f"RELEASE SAVEPOINT {savepoint};")
                raise
            else:
                self.conn.execute(f"RELEASE SAVEPOINT {savepoint};")
            return
        self.conn.execute("BEGIN")
        try:
            yield self
        except BaseException:
            self.rollback()
            raise
        else:
            try:
                self.conn.execute("COMMIT")
            except BaseException:
                self.rollback()
                raise

    def rollback(self) -> None:
        """Roll back the open transaction, if any."""
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    def close(self) -> None:
        """Close the connection."""
        self.conn.close()

    @property
    def full(self):
        """sqlite-utils' own ``Database`` on the same connection (imported on first use)."""
        if self._full is None:
            import sqlite_utils

            self._full = sqlite_utils.Database(self.conn, recursive_triggers=False, execute_plugins=False)
        return self._full

    def __getitem__(self, name: str):
        return self.full[name]

    def __getattr__(self, name: str):
        # Only reached for what this class lacks (table_names, query, ...): sqlite-utils has it.
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.full, name)
