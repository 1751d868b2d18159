"""The SQL of privacy: finding what a retention purge anonymises, anonymising it, replacing a
forgotten person's name, and reading everything held about one person.

Signed minutes are never written to: their rows (meetings, invitations, agenda points,
commitments of a signed or amended meeting) are left out of every statement on purpose, so
they keep the names they were signed with. Commitment history is final (a trigger refuses any
change) and is not rewritten either.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from desktop.store.database import Database

from desktop.domain.mentions import MentionFinder
from desktop.domain.privacy import FINISHED_STATUSES

_LOCKED = "('signed', 'amended')"
_UNSIGNED = f"meeting_id IN (SELECT id FROM meetings WHERE status NOT IN {_LOCKED})"


def _marks(values) -> str:
    return ",".join("?" * len(values))


class PrivacyStore:
    """Reads and rewrites personal data for the retention purge, forgetting and access requests."""

    def __init__(self, db: Database, now: Callable[[], dt.datetime] = dt.datetime.now):
        self.db = db
        self.now = now

    # Names ---------------------------------------------------------------------------------
    def known_names(self) -> list[str]:
        """Every name the database knows: people of the register and names typed by hand."""
        rows = self.db.execute(
            "SELECT name FROM people UNION SELECT reporter_name FROM complaints WHERE reporter_name != '' "
            "UNION SELECT asker_name FROM liaison_forms WHERE asker_name != '' "
            "UNION SELECT name FROM invitations"
        )
        return [r[0] for r in rows]

    # Retention -----------------------------------------------------------------------------
    def purge_candidates(self, cutoff: dt.date) -> tuple[list[int], list[int]]:
        """Finished complaints last changed before ``cutoff`` and liaison forms received before
        it that are not on the agenda of signed minutes, not yet anonymised."""
        complaints = [r[0] for r in self.db.execute(
            f"SELECT id FROM complaints WHERE status IN ({_marks(FINISHED_STATUSES)}) AND updated_at < ? "
            "AND id NOT IN (SELECT subject_id FROM anonymised WHERE subject = 'complaint') ORDER BY id",
            [*FINISHED_STATUSES, cutoff.isoformat()])]
        forms = [r[0] for r in self.db.execute(
            "SELECT id FROM liaison_forms WHERE received_on < ? "
            "AND id NOT IN (SELECT subject_id FROM anonymised WHERE subject = 'liaison_form') "
            "AND id NOT IN (SELECT f.form_id FROM agenda_point_forms f JOIN agenda_points p ON p.id = f.point_id "
            f"JOIN meetings m ON m.id = p.meeting_id WHERE m.status IN {_LOCKED}) ORDER BY id",
            [cutoff.isoformat()])]
        return complaints, forms

    def photo_count(self, complaint_ids: list[int]) -> int:
        """How many photos these complaints hold."""
        if not complaint_ids:
            return 0
        return self.db.execute(f"SELECT count(*) FROM photos WHERE complaint_id IN ({_marks(complaint_ids)})",
                               complaint_ids).fetchone()[0]

    def anonymise_complaint(self, complaint_id: int, matcher: MentionFinder, removed: str, other: str) -> int:
        """Remove the reporter, photos and names of one complaint and its history; the title and
        description are replaced by ``removed`` (title) or emptied (description) when they name
        someone. Returns how many texts were removed. Run inside the caller's transaction."""
        title, description = self.db.execute(
            "SELECT title, description FROM complaints WHERE id = ?", [complaint_id]).fetchone()
        texts = 0
        if matcher.names_someone(title):
            title, texts = removed, texts + 1
        if matcher.names_someone(description):
            description, texts = "", texts + 1
        self.db.execute(
            "UPDATE complaints SET reporter_id = NULL, reporter_name = '', reporter_confidential = 0, "
            "title = ?, description = ? WHERE id = ?", [title, description, complaint_id])
        self.db.execute("DELETE FROM photos WHERE complaint_id = ?", [complaint_id])
        for row_id, name, before, after, note in self.db.execute(
                "SELECT id, field, before, after, note FROM complaint_history WHERE complaint_id = ?",
                [complaint_id]).fetchall():
            if name in ("reporter_name", "reporter_confidential"):
                before = after = ""
            self.db.execute("UPDATE complaint_history SET before = ?, after = ?, note = ? WHERE id = ?",
                            [matcher.redact(before, other), matcher.redact(after, other),
                             matcher.redact(note, other), row_id])
        self._mark("complaint", complaint_id)
        return texts

    def anonymise_form(self, form_id: int, matcher: MentionFinder, removed: str) -> int:
        """Remove the asker of a liaison form, and its question when it names someone."""
        question = self.db.execute("SELECT question FROM liaison_forms WHERE id = ?", [form_id]).fetchone()[0]
        texts = 0
        if matcher.names_someone(question):
            question, texts = removed, 1
        self.db.execute("UPDATE liaison_forms SET asker_id = NULL, asker_name = '', confidential = 0, question = ? "
                        "WHERE id = ?", [question, form_id])
        self._mark("liaison_form", form_id)
        return texts

    def _mark(self, subject: str, subject_id: int) -> None:
        self.db.execute("INSERT OR REPLACE INTO anonymised (subject, subject_id, at) VALUES (?, ?, ?)",
                        [subject, subject_id, self.now().isoformat(timespec="seconds")])

    # Forgetting ----------------------------------------------------------------------------
    def forget_person(self, person_id: int, old: str, new: str) -> dict[str, int]:
        """Replace ``old`` (a person's name) in every form the matcher knows by ``new``
        everywhere but in signed minutes, clear their phone and e-mail, and drop the name from
        the profile fields of the histories and the audit log and from the search index.
        Returns how many rows changed per table. Run in a transaction."""
        matcher = MentionFinder([old], civility=False)
        counts = {"people": self.db.execute(
            "UPDATE people SET name = ?, phone = '', email = '' WHERE id = ?", [new, person_id]).rowcount}
        targets = [
            ("complaints", ("reporter_name", "title", "description", "status_reason"), "1=1"),
            ("complaint_history", ("before", "after", "note", "profile"), "1=1"),
            ("commitment_history", ("before", "after", "note", "profile"), "1=1"),
            ("minutes_corrections", ("before", "after", "point_title", "profile"), "1=1"),
            ("audit", ("profile", "detail"), "1=1"),
            ("liaison_forms", ("asker_name", "collected_by_name", "question"), "1=1"),
            ("invitations", ("name", "represented_by_name"), _UNSIGNED),
            ("commitments", ("owner_name", "what"), _UNSIGNED),
            ("agenda_points", ("title", "question", "discussion", "answer", "no_answer_reason", "decision",
                               "proposed_by"), _UNSIGNED),
            ("posting_wordings", ("text",), _UNSIGNED),
            ("meetings", ("chair", "secretary"), f"status NOT IN {_LOCKED}"),
        ]
        # The commitment history and the corrections of the minutes are final except while this
        # row says a forgetting is under way.
        self.db.execute("INSERT OR REPLACE INTO forgetting (person_id) VALUES (?)", [person_id])
        for table, columns, where in targets:
            counts[table] = self._replace_in(table, columns, where, matcher, new)
        self.db.execute("DELETE FROM forgetting")
        self.forget_in_search_index()
        return counts

    def _replace_in(self, table: str, columns: tuple[str, ...], where: str, matcher: MentionFinder,
                    new: str) -> int:
        # Every row is read: a name may be written without its accents, decomposed or with a
        # no-break space, which no LIKE narrows reliably. Forgetting is rare; this is a scan.
        changed = 0
        rows = self.db.execute(f"SELECT rowid, {', '.join(columns)} FROM {table} WHERE {where}").fetchall()
        for row in rows:
            values = [matcher.redact(v, new) if isinstance(v, str) and v else v for v in row[1:]]
            if values != list(row[1:]):
                assignments = ", ".join(f"{c} = ?" for c in columns)
                self.db.execute(f"UPDATE {table} SET {assignments} WHERE rowid = ?", [*values, row[0]])
                changed += 1
        return changed

    def secure(self) -> None:
        """Have SQLite overwrite what it frees with zeros from now on in this connection, so that
        removed names do not linger in free pages of the file. Call before a transaction."""
        self.db.execute("PRAGMA secure_delete = ON")

    def forget_in_search_index(self) -> None:
        """Rewrite the search index whole, so that no old segment still holds a removed word."""
        self.db.execute("INSERT INTO complaints_fts(complaints_fts) VALUES ('rebuild')")
        self.db.execute("INSERT INTO complaints_fts(complaints_fts) VALUES ('optimize')")

    # Access requests -----------------------------------------------------------------------
    def complaint_ids_of(self, person_id: int, name: str) -> list[int]:
        """The complaints a person reported (linked, or typed under their exact name)."""
        return [r[0] for r in self.db.execute(
            "SELECT id FROM complaints WHERE reporter_id = ? OR (reporter_id IS NULL AND reporter_name = ?) "
            "ORDER BY id", [person_id, name])]

    def form_ids_of(self, person_id: int, name: str) -> list[int]:
        """The liaison forms a person asked."""
        return [r[0] for r in self.db.execute(
            "SELECT id FROM liaison_forms WHERE asker_id = ? OR (asker_id IS NULL AND asker_name = ?) "
            "ORDER BY id", [person_id, name])]

    def invitations_of(self, person_id: int) -> list[dict]:
        """The meetings a person was invited to, with their side and attendance."""
        rows = self.db.execute(
            "SELECT m.date, m.kind, i.role, i.side, i.presence FROM invitations i JOIN meetings m ON m.id = i.meeting_id "
            "WHERE i.person_id = ? ORDER BY m.date, m.id", [person_id])
        return [dict(zip(("meeting_date", "meeting_kind", "role", "side", "presence"), r)) for r in rows]

    def commitment_ids_of(self, person_id: int) -> list[int]:
        """The commitments a person owns."""
        return [r[0] for r in self.db.execute(
            "SELECT id FROM commitments WHERE owner_id = ? ORDER BY id", [person_id])]

    def complaint_ids_mentioning(self, name: str, reported: list[int]) -> list[int]:
        """The complaints whose title or description names ``name`` in any form the matcher
        knows (other than those in ``reported``): data about the person, though someone else
        reported it."""
        matcher = MentionFinder([name], civility=False)
        rows = self.db.execute("SELECT id, title, description FROM complaints ORDER BY id")
        return [r[0] for r in rows if r[0] not in reported and matcher.names_someone(f"{r[1]}\n{r[2]}")]


def latest_removal_stamp(db: Database) -> str | None:
    """When data was last purged or a person forgotten (the audit log's ISO time), or None."""
    row = db.execute("SELECT max(at) FROM audit WHERE action IN ('purged', 'forgotten')").fetchone()
    return row[0] if row and row[0] else None


def removed_ids(db: Database) -> tuple[list[int], list[int], list[int]]:
    """The complaints and liaison forms anonymised, and the people forgotten, in this database."""
    complaints = [r[0] for r in db.execute("SELECT subject_id FROM anonymised WHERE subject = 'complaint'")]
    forms = [r[0] for r in db.execute("SELECT subject_id FROM anonymised WHERE subject = 'liaison_form'")]
    people = [r[0] for r in db.execute(
        "SELECT DISTINCT subject_id FROM audit WHERE action = 'forgotten' AND subject = 'person'")]
    return complaints, forms, people


def existing_ids(db: Database) -> tuple[set[int], set[int]]:
    """The numbers of the complaints and of the liaison forms this database holds."""
    return ({r[0] for r in db.execute("SELECT id FROM complaints")},
            {r[0] for r in db.execute("SELECT id FROM liaison_forms")})


def person_name(db: Database, person_id: int) -> str | None:
    """The name of person ``person_id``, or None when there is no such person."""
    row = db.execute("SELECT name FROM people WHERE id = ?", [person_id]).fetchone()
    return row[0] if row else None
