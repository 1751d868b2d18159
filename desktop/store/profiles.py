"""The optional user profiles of a shared office PC: a name and the hash of a password.

Only SQL lives here. Checking names and passwords, hashing and the audit lines are in
``desktop/services/profiles.py``; the password itself never reaches this module.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desktop.store.database import Database

from desktop.domain.errors import InvalidValue, NotFound
from desktop.i18n import tr
from desktop.store import integrity


@dataclass
class Profile:
    """A person who signs in to Palier on a shared computer (the hash is read apart)."""

    id: int
    name: str
    created_at: str


class ProfileStore:
    """Reads and writes the profiles table."""

    def __init__(self, db: Database, now: Callable[[], dt.datetime] = dt.datetime.now):
        self.db = db
        self.now = now

    def list(self) -> list[Profile]:
        """Every profile, by name."""
        rows = self.db.execute("SELECT id, name, created_at FROM profiles ORDER BY name COLLATE NOCASE, id")
        return [Profile(*row) for row in rows]

    def count(self) -> int:
        """How many profiles there are (none: Palier opens without asking who you are)."""
        return self.db.execute("SELECT count(*) FROM profiles").fetchone()[0]

    def find(self, name: str) -> Profile | None:
        """The profile called ``name`` (capitals aside), or None."""
        row = self.db.execute("SELECT id, name, created_at FROM profiles WHERE name = ? COLLATE NOCASE",
                              [name.strip()]).fetchone()
        return Profile(*row) if row else None

    def get(self, profile_id: int) -> Profile:
        """The profile numbered ``profile_id``; NotFound when it was deleted."""
        row = self.db.execute("SELECT id, name, created_at FROM profiles WHERE id = ?", [profile_id]).fetchone()
        if row is None:
            raise NotFound(tr("Profiles", "There is no profile number {id}.").format(id=profile_id))
        return Profile(*row)

    def password_hash(self, profile_id: int) -> str:
        """The stored hash of the profile's password ("" when the profile is gone)."""
        row = self.db.execute("SELECT password_hash FROM profiles WHERE id = ?", [profile_id]).fetchone()
        return row[0] if row else ""

    def add(self, name: str, password_hash: str) -> Profile:
        """Insert a profile (inside the caller's transaction when there is one)."""
        if self.find(name) is not None:
            raise InvalidValue(tr("Profiles", "There is already a profile called “{name}”.").format(name=name))
        stamp = self.now().isoformat(timespec="seconds")
        cursor = self.db.execute("INSERT INTO profiles (name, password_hash, created_at) VALUES (?, ?, ?)",
                                 [name, password_hash, stamp])
        return Profile(cursor.lastrowid, name, stamp)

    def set_password_hash(self, profile_id: int, password_hash: str) -> None:
        """Replace the hash of the profile's password."""
        self.db.execute("UPDATE profiles SET password_hash = ? WHERE id = ?", [password_hash, profile_id])

    def delete(self, profile_id: int) -> None:
        """Remove a profile (histories keep the name it wrote)."""
        self.db.execute("DELETE FROM profiles WHERE id = ?", [profile_id])


def password_hashes_in_file(path: Path) -> dict[str, str]:
    """``{profile name: password hash}`` of the database file at ``path``, read without writing;
    {} when there is no such file, it is not a Palier database, or it has no profile."""
    path = Path(path)
    if not path.is_file() or not integrity.looks_like_sqlite(path):
        return {}
    try:
        conn = integrity.open_read_only(path)
        try:
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if "profiles" not in tables:
                return {}
            return dict(conn.execute("SELECT name, password_hash FROM profiles"))
        finally:
            conn.close()
    except sqlite3.Error:
        return {}  # damaged or unreadable: opening it will say so
