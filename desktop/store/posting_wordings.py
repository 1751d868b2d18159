"""The public wording of sentences of a meeting's posting version, as a person confirmed it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from desktop.store.database import Database


class PostingWordingStore:
    """Reads and writes the confirmed public wordings, ``{sentence key: text}`` per meeting."""

    def __init__(self, db: Database, now: Callable[[], dt.datetime] = dt.datetime.now):
        self.db = db
        self.now = now

    def of(self, meeting_id: int | None) -> dict[str, str]:
        """The confirmed wordings of a meeting's posting version."""
        if meeting_id is None:
            return {}
        return dict(self.db.execute("SELECT sentence, text FROM posting_wordings WHERE meeting_id = ?",
                                    [meeting_id]).fetchall())

    def confirm(self, meeting_id: int, wordings: dict[str, str]) -> None:
        """Keep these public wordings (one transaction); a sentence confirmed again is replaced."""
        stamp = self.now().isoformat(timespec="seconds")
        with self.db.atomic():
            for key, text in wordings.items():
                self.db.execute(
                    "INSERT INTO posting_wordings (meeting_id, sentence, text, confirmed_at) VALUES (?, ?, ?, ?) "
                    "ON CONFLICT(meeting_id, sentence) DO UPDATE SET text = excluded.text, "
                    "confirmed_at = excluded.confirmed_at", [meeting_id, key, text, stamp])
