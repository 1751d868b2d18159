"""The audit log (who did what, when) and the settings kept inside the database (the retention)."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass

from desktop.store.audited import Audited  # noqa: F401 (repositories import it from here too)
from desktop.store.database import Database

from desktop.domain.errors import InvalidValue
from desktop.domain.privacy import ACTION_LABELS, DEFAULT_RETENTION_YEARS
from desktop.i18n import tr
from desktop.store.sync_ids import new_id

log = logging.getLogger("palier.audit")
RETENTION_KEY = "retention_years"


@dataclass
class AuditEntry:
    """One line of the audit log."""

    id: int
    at: str
    profile: str
    action: str
    subject: str
    subject_id: int | None
    detail: str


class AuditStore:
    """Writes and reads the audit log and the database's own settings."""

    def __init__(self, db: Database, profile: Callable[[], str] = lambda: "",
                 now: Callable[[], dt.datetime] = dt.datetime.now):
        self.db = db
        self.profile = profile
        self.now = now

    def _read_only(self) -> bool:
        return bool(getattr(self.db.conn, "read_only_reason", ""))

    def record(self, action: str, subject: str, subject_id: int | None = None, detail: str = "") -> None:
        """Add a line to the log (inside the caller's transaction when there is one).

        A file opened read-only cannot take it: the line is then only written to the program's log.
        """
        if action not in ACTION_LABELS:
            raise ValueError(f"unknown audit action {action!r}")
        stamp = self.now().isoformat(timespec="seconds")
        if self._read_only():
            log.info("audit (read-only file) %s %s %s %s %s", stamp, self.profile(), action, subject, subject_id)
            return
        self.db.execute(
            "INSERT INTO audit (id, at, profile, action, subject, subject_id, detail) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [new_id(self.db, "audit"), stamp, self.profile() or "", action, subject, subject_id, detail],
        )

    def list(self, limit: int = 100, offset: int = 0, subject: str | None = None) -> list[AuditEntry]:
        """The latest lines first, optionally only those about ``subject`` ("complaint", "person"...)."""
        sql = "SELECT id, at, profile, action, subject, subject_id, detail FROM audit"
        params: list = []
        if subject is not None:
            sql += " WHERE subject = ?"
            params.append(subject)
        sql += " ORDER BY at DESC, id DESC LIMIT ? OFFSET ?"
        return [AuditEntry(*row) for row in self.db.execute(sql, [*params, limit, offset])]

    def count(self, subject: str | None = None) -> int:
        """How many lines the log holds (about ``subject`` when given)."""
        if subject is None:
            return self.db.execute("SELECT count(*) FROM audit").fetchone()[0]
        return self.db.execute("SELECT count(*) FROM audit WHERE subject = ?", [subject]).fetchone()[0]

    # Settings kept with the data --------------------------------------------------------------
    def setting(self, key: str, default: str = "") -> str:
        """A setting stored in the database, or ``default``."""
        row = self.db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return row[0] if row else default

    def set_setting(self, key: str, value: str) -> None:
        """Store a setting in the database."""
        with self.db.atomic():
            self.db.execute("INSERT INTO settings (key, value) VALUES (?, ?) "
                            "ON CONFLICT(key) DO UPDATE SET value = excluded.value", [key, value])

    def retention_years(self) -> int:
        """Years after closing before complaints and liaison forms are anonymised (default 5)."""
        try:
            return max(1, int(self.setting(RETENTION_KEY, str(DEFAULT_RETENTION_YEARS))))
        except ValueError:
            return DEFAULT_RETENTION_YEARS

    def set_retention_years(self, years: int) -> None:
        """Change the retention; between 1 and 30 years."""
        if not 1 <= int(years) <= 30:
            raise InvalidValue(tr("Privacy", "The retention must be between 1 and 30 years, not {years}.")
                               .format(years=years))
        self.set_setting(RETENTION_KEY, str(int(years)))
