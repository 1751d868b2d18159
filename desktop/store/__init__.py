"""The only place that speaks SQL. ``Store.open`` gives one object with a repository per topic."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from desktop.store.database import Database

from desktop.store.agenda import AgendaStore
from desktop.store.audit import AuditStore
from desktop.store.categories import CategoryStore
from desktop.store.commitments import CommitmentStore
from desktop.store.complaints import ComplaintStore
from desktop.store.connection import open_database
from desktop.store.corrections import CorrectionStore
from desktop.store.invitations import InvitationStore
from desktop.store.liaison_forms import LiaisonFormStore
from desktop.store.meeting_queries import MeetingQueries
from desktop.store.meetings import MeetingStore
from desktop.store.people import PeopleStore
from desktop.store.photos import PhotoStore
from desktop.store.places import PlaceStore
from desktop.store.posting_wordings import PostingWordingStore
from desktop.store.profiles import ProfileStore
from desktop.store.statistics import StatisticsStore


class Store:
    """An open residence database and its repositories."""

    def __init__(self, db: Database, path: Path | str, profile: str = "",
                 now: Callable[[], dt.datetime] = dt.datetime.now):
        self.db = db
        self.path = path
        self.places = PlaceStore(db)
        self.people = PeopleStore(db)
        self.categories = CategoryStore(db)
        self.complaints = ComplaintStore(db, profile, now)
        self.photos = PhotoStore(db)
        self.statistics = StatisticsStore(db)
        # Meetings (part 2): see desktop/services/meetings.py for the use cases over them.
        self.meetings = MeetingStore(db, now)
        self.invitations = InvitationStore(db)
        self.commitments = CommitmentStore(db, now, lambda: self.complaints.profile)
        # Changes to drafted minutes are dated in their own history (part 6).
        self.corrections = CorrectionStore(db, now, lambda: self.complaints.profile)
        self.agenda = AgendaStore(db, self.commitments, self.corrections)
        self.forms = LiaisonFormStore(db, now)
        self.meeting_queries = MeetingQueries(db)
        self.audit = AuditStore(db, lambda: self.complaints.profile, now)
        for audited in (self.complaints, self.people, self.meetings, self.forms):
            audited.audit_hook = self.audit.record  # who created, changed or deleted what (part 4)
        # Optional profiles (part 4): see desktop/services/profiles.py.
        self.profiles = ProfileStore(db, now)
        # The public wording of the posting version, confirmed sentence by sentence (part 5).
        self.posting_wordings = PostingWordingStore(db, now)

    @classmethod
    def open(cls, path: Path | str, profile: str = "",
             now: Callable[[], dt.datetime] = dt.datetime.now, read_only: bool = False,
             create: bool = True, check_in_background: bool = False) -> "Store":
        """Open (migrating as needed) the database at ``path``, creating it when missing only if
        ``create`` (else ``NoDatabase``); ``read_only`` opens an existing file for reading only
        (also what happens when another copy of Palier uses it: see ``read_only_reason``). A file
        that is not a Palier database is refused untouched. ``check_in_background`` does not wait
        for the damage check before opening: writes wait for it instead (see ``file_check``)."""
        store = cls(open_database(path, read_only=read_only, create=create,
                                  check_in_background=check_in_background), path, profile, now)
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
