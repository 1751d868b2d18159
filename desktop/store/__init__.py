"""The only place that speaks SQL. ``Store.open`` gives one object with a repository per topic."""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from desktop.store.complaints import ComplaintStore
from desktop.store.connection import open_database
from desktop.store.database import Database

# The repositories made on first use, with the module that holds each: opening the window reads
# only a few of them, and importing the others (with their domain modules) took a sixth of its
# start. name: (module, class, what the constructor takes after the connection).
_REPOSITORIES = {
    "places": ("places", "PlaceStore", ()),
    "people": ("people", "PeopleStore", ()),
    "categories": ("categories", "CategoryStore", ()),
    "photos": ("photos", "PhotoStore", ()),
    "statistics": ("statistics", "StatisticsStore", ()),
    # Meetings (part 2): see desktop/services/meetings.py for the use cases over them.
    "meetings": ("meetings", "MeetingStore", ("now",)),
    "invitations": ("invitations", "InvitationStore", ()),
    "commitments": ("commitments", "CommitmentStore", ("now", "profile_of")),
    # Changes to drafted minutes are dated in their own history (part 6).
    "corrections": ("corrections", "CorrectionStore", ("now", "profile_of")),
    "agenda": ("agenda", "AgendaStore", ("commitments", "corrections")),
    "forms": ("liaison_forms", "LiaisonFormStore", ("now",)),
    "meeting_queries": ("meeting_queries", "MeetingQueries", ()),
    "audit": ("audit", "AuditStore", ("profile_of", "now")),
    # Optional profiles (part 4): see desktop/services/profiles.py.
    "profiles": ("profiles", "ProfileStore", ("now",)),
    # The public wording of the posting version, confirmed sentence by sentence (part 5).
    "posting_wordings": ("posting_wordings", "PostingWordingStore", ("now",)),
}
# Repositories whose writes go to the audit log (who created, changed or deleted what, part 4).
_AUDITED = ("people", "meetings", "forms")


class Store:
    """An open residence database and its repositories (each made the first time it is used)."""

    def __init__(self, db: Database, path: Path | str, profile: str = "",
                 now: Callable[[], dt.datetime] = dt.datetime.now):
        self.db = db
        self.path = path
        self.now = now
        self.complaints = ComplaintStore(db, profile, now)
        self.complaints.audit_hook = self._audit

    def _audit(self, *record) -> None:
        self.audit.record(*record)

    def __getattr__(self, name: str):
        # Only reached while the repository ``name`` has not been made yet.
        found = _REPOSITORIES.get(name)
        if found is None or "db" not in self.__dict__:
            raise AttributeError(name)
        module, cls, needs = found
        given = {"now": self.now, "profile_of": lambda: self.complaints.profile}
        arguments = [getattr(self, need) if need in ("commitments", "corrections") else given[need] for need in needs]
        repository = getattr(importlib.import_module(f"desktop.store.{module}"), cls)(self.db, *arguments)
        if name in _AUDITED:
            repository.audit_hook = self._audit
        setattr(self, name, repository)
        return repository

    @classmethod
    def open(cls, path: Path | str, profile: str = "",
             now: Callable[[], dt.datetime] = dt.datetime.now, read_only: bool = False,
             create: bool = True, check_in_background: bool = False, check_later: bool = False) -> "Store":
        """Open (migrating as needed) the database at ``path``, creating it when missing only if
        ``create`` (else ``NoDatabase``); ``read_only`` opens an existing file for reading only
        (also what happens when another copy of Palier uses it: see ``read_only_reason``). A file
        that is not a Palier database is refused untouched. ``check_in_background`` does not wait
        for the damage check before opening: writes wait for it instead (see ``file_check``);
        ``check_later``: the check starts at ``file_check.begin()`` or at the first write."""
        store = cls(open_database(path, read_only=read_only, create=create,
                                  check_in_background=check_in_background, check_later=check_later),
                    path, profile, now)
        if str(path) != ":memory:" and not store.read_only_reason:
            from desktop.store.sync_state import take_pending_snapshot

            take_pending_snapshot(store, Path(path))  # a fresh copy for another computer (part 7)
        return store

    @property
    def file_check(self):
        """The start-up damage check still running or done (``background_check``), or None when
        the file was checked before opening."""
        return getattr(self.db.conn, "palier_check", None)

    @property
    def profile(self) -> str:
        """The user profile written in the history of every change."""
        return self.complaints.profile

    @profile.setter
    def profile(self, value: str) -> None:
        self.complaints.profile = value

    def is_empty(self) -> bool:
        """True before a residence has been created (the first-run wizard is due)."""
        return self.places.first_residence() is None

    def data_stamp(self) -> tuple[int, int]:
        """A value that changes whenever the data changes: rows this connection changed
        (``total_changes``) and commits made by any other connection or program
        (``PRAGMA data_version``). The window compares it to know when to show the data again."""
        return self.db.conn.total_changes, self.db.execute("PRAGMA data_version").fetchone()[0]

    def atomic(self):
        """One transaction spanning several repositories (nested calls become savepoints)."""
        return self.db.atomic()

    def close(self) -> None:
        """Close the connection (checkpointing the WAL)."""
        self.db.close()

    @contextmanager
    def released(self) -> Iterator[None]:
        """Close this store's connection (keeping the writer lock) while an exchange works on the
        file through APSW, then open it again. Two SQLite libraries must never have the same file
        open at once in one process: closing one would drop the other's locks (see changesets)."""
        from desktop.store.connection import connect

        old = self.db.conn
        lock, old.palier_lock = old.palier_lock, None
        reason = getattr(old, "read_only_reason", "")
        old.close()
        try:
            yield
        finally:
            fresh = connect(self.path, reason).conn
            fresh.palier_lock = lock
            self.db.conn = fresh

    @property
    def read_only_reason(self) -> str:
        """Why the file is open read-only ("in-use": another copy of Palier has it; "asked"), or ""."""
        return getattr(self.db.conn, "read_only_reason", "")
