"""Liaison forms: tenants' written questions, before they reach an agenda.

A form is not part of any minutes: the agenda point made from it copies its question, so a form
may still be corrected after the meeting. It cannot be removed once it is on the agenda of
signed minutes (the link is locked with them).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from desktop.store.database import Database

from desktop.domain.dates import parse_date
from desktop.domain.errors import NotFound
from desktop.domain.meetings import LiaisonForm
from desktop.i18n import tr
from desktop.store.audited import Audited
from desktop.store.meeting_lock import refused_as_sentence
from desktop.store.people import PeopleStore
from desktop.store.places import SEPARATOR
from desktop.store.sync_ids import new_id

SELECT = """
SELECT f.id, f.question, f.asker_id, coalesce(a.name, f.asker_name), f.confidential, f.entrance_id,
       coalesce(b.name || ? || e.name, ''), f.received_on, f.collected_by_id,
       coalesce(r.name, f.collected_by_name), f.complaint_id
FROM liaison_forms f
LEFT JOIN people a ON a.id = f.asker_id
LEFT JOIN people r ON r.id = f.collected_by_id
LEFT JOIN entrances e ON e.id = f.entrance_id
LEFT JOIN buildings b ON b.id = e.building_id
"""


def _form(row: Sequence) -> LiaisonForm:
    return LiaisonForm(
        id=row[0], question=row[1], asker_id=row[2], asker_name=row[3] or "", confidential=bool(row[4]),
        entrance_id=row[5], entrance_label=row[6], received_on=parse_date(row[7]), collected_by_id=row[8],
        collected_by_name=row[9] or "", complaint_id=row[10],
    )


class LiaisonFormStore(Audited):
    """Reads and writes liaison forms."""

    def __init__(self, db: Database, now: Callable[[], dt.datetime] = dt.datetime.now):
        self.db = db
        self.now = now
        self.people = PeopleStore(db)

    def get(self, form_id: int) -> LiaisonForm:
        """One liaison form; NotFound when it does not exist."""
        row = self.db.execute(SELECT + " WHERE f.id = ?", [SEPARATOR, form_id]).fetchone()
        if row is None:
            raise NotFound(tr("Meeting", "There is no liaison form number {id}.").format(id=form_id))
        return _form(row)

    def list(self, received_from: dt.date | None = None, received_to: dt.date | None = None) -> list[LiaisonForm]:
        """Liaison forms by date received, optionally within dates (both included)."""
        parts, params = ["1=1"], [SEPARATOR]
        if received_from is not None:
            parts.append("f.received_on >= ?")
            params.append(received_from.isoformat())
        if received_to is not None:
            parts.append("f.received_on <= ?")
            params.append(received_to.isoformat())
        sql = SELECT + f" WHERE {' AND '.join(parts)} ORDER BY f.received_on, f.id"
        return [_form(r) for r in self.db.execute(sql, params)]

    def not_on_agenda(self, received_until: dt.date | None = None) -> list[LiaisonForm]:
        """The forms no agenda point takes up yet (received by ``received_until`` when given):
        those the next agenda must list."""
        sql = SELECT + " WHERE f.id NOT IN (SELECT form_id FROM agenda_point_forms)"
        params: list = [SEPARATOR]
        if received_until is not None:
            sql += " AND f.received_on <= ?"
            params.append(received_until.isoformat())
        return [_form(r) for r in self.db.execute(sql + " ORDER BY f.received_on, f.id", params)]

    def point_ids(self, form_id: int) -> list[int]:
        """The agenda points (of any meeting) that take up this form."""
        return [r[0] for r in self.db.execute(
            "SELECT point_id FROM agenda_point_forms WHERE form_id = ? ORDER BY point_id", [form_id])]

    def save(self, form: LiaisonForm) -> LiaisonForm:
        """Insert or update a liaison form; names of people of the register are read from it."""
        form.validate()
        asker_name = "" if form.asker_id else form.asker_name.strip()
        collector_name = "" if form.collected_by_id else form.collected_by_name.strip()
        for person_id in (form.asker_id, form.collected_by_id):
            if person_id is not None:
                self.people.get(person_id)
        self._check_complaint(form.complaint_id)
        values = [form.question.strip(), form.asker_id, asker_name, int(form.confidential), form.entrance_id,
                  form.received_on.isoformat(), form.collected_by_id, collector_name, form.complaint_id]
        with self.db.atomic():
            if form.id is None:
                cursor = self.db.execute(
                    "INSERT INTO liaison_forms (id, question, asker_id, asker_name, confidential, entrance_id, "
                    "received_on, collected_by_id, collected_by_name, complaint_id, created_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [new_id(self.db, "liaison_forms"), *values, self.now().isoformat(timespec="seconds")],
                )
                form.id = cursor.lastrowid
                self._audit("created", "liaison_form", form.id)
            else:
                cursor = self.db.execute(
                    "UPDATE liaison_forms SET question=?, asker_id=?, asker_name=?, confidential=?, entrance_id=?, "
                    "received_on=?, collected_by_id=?, collected_by_name=?, complaint_id=? WHERE id=?",
                    [*values, form.id],
                )
                if cursor.rowcount == 0:
                    raise NotFound(tr("Meeting", "There is no liaison form number {id}.").format(id=form.id))
                self._audit("changed", "liaison_form", form.id)
        return self.get(form.id)

    def _check_complaint(self, complaint_id: int | None) -> None:
        if complaint_id is not None and self.db.execute(
            "SELECT 1 FROM complaints WHERE id = ?", [complaint_id]
        ).fetchone() is None:
            raise NotFound(tr("Complaint", "There is no complaint number {id}.").format(id=complaint_id))

    def link_complaint(self, form_id: int, complaint_id: int | None) -> LiaisonForm:
        """Link a form to the complaint it is about (None removes the link)."""
        self._check_complaint(complaint_id)
        with self.db.atomic():
            cursor = self.db.execute("UPDATE liaison_forms SET complaint_id = ? WHERE id = ?", [complaint_id, form_id])
            if cursor.rowcount == 0:
                raise NotFound(tr("Meeting", "There is no liaison form number {id}.").format(id=form_id))
        return self.get(form_id)

    def delete(self, form_id: int) -> None:
        """Remove a liaison form; refused once it is on the agenda of signed minutes."""
        self.get(form_id)
        with refused_as_sentence(self.db, None), self.db.atomic():
            self.db.execute("DELETE FROM liaison_forms WHERE id = ?", [form_id])
            self._audit("deleted", "liaison_form", form_id)
