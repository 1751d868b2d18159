"""People and the entrances they represent."""

from __future__ import annotations

from desktop.store.database import Database

from desktop.domain.errors import NotFound, UserError
from desktop.domain.people import Civility, LandlordService, Person, Role
from desktop.i18n import counted, tr
from desktop.store.audited import Audited
from desktop.store.sync_ids import new_id

_COLUMNS = "id, name, role, phone, email, organisation, service, civility"


def _person(row, entrance_ids: list[int]) -> Person:
    return Person(
        id=row[0], name=row[1], role=Role(row[2]), phone=row[3], email=row[4],
        organisation=row[5], service=LandlordService(row[6]) if row[6] else None,
        entrance_ids=entrance_ids, civility=Civility(row[7] or ""),
    )


class PeopleStore(Audited):
    """Reads and writes people."""

    def __init__(self, db: Database):
        self.db = db

    def _entrances_of(self, person_ids: list[int]) -> dict[int, list[int]]:
        found: dict[int, list[int]] = {pid: [] for pid in person_ids}
        if not person_ids:
            return found
        marks = ",".join("?" * len(person_ids))
        for person_id, entrance_id in self.db.execute(
            f"SELECT person_id, entrance_id FROM person_entrances WHERE person_id IN ({marks}) "
            "ORDER BY entrance_id",
            person_ids,
        ):
            found[person_id].append(entrance_id)
        return found

    def list(
        self, text: str = "", role: Role | None = None, limit: int | None = None, offset: int = 0
    ) -> list[Person]:
        """People by name, optionally whose name contains ``text`` or who have ``role``."""
        sql = f"SELECT {_COLUMNS} FROM people WHERE 1=1"
        params: list = []
        if text.strip():
            sql += " AND name LIKE ?"
            params.append(f"%{text.strip()}%")
        if role is not None:
            sql += " AND role = ?"
            params.append(role.value)
        sql += " ORDER BY name COLLATE palier_natural, id"
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params += [limit, offset]
        rows = self.db.execute(sql, params).fetchall()
        entrances = self._entrances_of([r[0] for r in rows])
        return [_person(r, entrances[r[0]]) for r in rows]

    def count(self) -> int:
        """How many people are kept."""
        return self.db.execute("SELECT count(*) FROM people").fetchone()[0]

    def get(self, person_id: int) -> Person:
        """One person; NotFound when there is none with that id."""
        row = self.db.execute(f"SELECT {_COLUMNS} FROM people WHERE id = ?", [person_id]).fetchone()
        if row is None:
            raise NotFound(tr("Person", "There is no person number {id}.").format(id=person_id))
        return _person(row, self._entrances_of([person_id])[person_id])

    def save(self, person: Person) -> Person:
        """Insert or update ``person`` and the entrances they represent, in one transaction."""
        person.validate()
        person.name = person.name.strip()
        values = [
            person.name, person.role.value, person.phone.strip(), person.email.strip(),
            person.organisation.strip(), person.service.value if person.service else None,
            Civility(person.civility).value,
        ]
        with self.db.atomic():
            if person.id is None:
                cursor = self.db.execute(
                    "INSERT INTO people (id, name, role, phone, email, organisation, service, civility) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    [new_id(self.db, "people"), *values],
                )
                person.id = cursor.lastrowid
                self._audit("created", "person", person.id)
            else:
                cursor = self.db.execute(
                    "UPDATE people SET name=?, role=?, phone=?, email=?, organisation=?, service=?, "
                    "civility=? WHERE id=?",
                    [*values, person.id],
                )
                if cursor.rowcount == 0:
                    raise NotFound(tr("Person", "There is no person number {id}.").format(id=person.id))
                self._audit("changed", "person", person.id)
            self.db.execute("DELETE FROM person_entrances WHERE person_id = ?", [person.id])
            for entrance_id in sorted(set(person.entrance_ids)):
                self.db.execute(
                    "INSERT INTO person_entrances (person_id, entrance_id) VALUES (?, ?)",
                    [person.id, entrance_id],
                )
        return person

    def delete(self, person_id: int) -> None:
        """Remove a person who is not named as the reporter of any complaint."""
        with self.db.atomic():
            used = self.db.execute(
                "SELECT count(*) FROM complaints WHERE reporter_id = ?", [person_id]
            ).fetchone()[0]
            if used:
                raise UserError(
                    counted(used, tr("Person", "This person reported 1 complaint and cannot be removed."),
                            tr("Person", "This person reported {count} complaints and cannot be removed."))
                )
            self.db.execute("DELETE FROM people WHERE id = ?", [person_id])
            self._audit("deleted", "person", person_id)
