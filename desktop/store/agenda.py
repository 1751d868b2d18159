"""Agenda points: adding, arranging, merging, the minutes typed into them, their links.

The meeting mode saves a point as it is typed (every second or two): ``update_point_fields``
reads the point's row, writes only the columns whose value changed, and writes nothing at all
when nothing did.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from desktop.store.database import Database

from desktop.domain.agenda import (
    DEFAULT_MINUTES,
    TEXT_FIELDS,
    AgendaPoint,
    AgendaPointKind,
)
from desktop.domain.errors import InvalidValue
from desktop.domain.text import composed
from desktop.i18n import tr
from desktop.store.commitments import CommitmentStore
from desktop.store.corrections import CorrectionStore
from desktop.store.meeting_lock import meeting_of_point, writing
from desktop.store.sync_ids import new_id

_COLUMNS = ("id, meeting_id, position, kind, title, question, discussion, answer, no_answer_reason, "
            "decision, proposed_by, duration_minutes, seconds_spent, carried_from, origin_point_id, "
            "follows_commitment_id, carried_forward")
EDITABLE = (*TEXT_FIELDS, "kind", "duration_minutes")
# A title may hold a whole liaison-form question (5,000 characters at most) after its entrance.
TITLE_MAX = 6000


def _point(row: Sequence) -> AgendaPoint:
    return AgendaPoint(
        id=row[0], meeting_id=row[1], position=row[2], kind=AgendaPointKind(row[3]), title=row[4],
        question=row[5], discussion=row[6], answer=row[7], no_answer_reason=row[8], decision=row[9],
        proposed_by=row[10], duration_minutes=row[11], seconds_spent=row[12], carried_from=row[13],
        origin_point_id=row[14], follows_commitment_id=row[15], carried_forward=bool(row[16]),
    )


def _marks(values: Sequence) -> str:
    return ",".join("?" * len(values))


def _column_value(name: str, value):
    """A field as stored, checked: a title cannot be empty, a duration is a whole number ≥ 0."""
    if name == "kind":
        return AgendaPointKind(value).value
    if name == "duration_minutes":
        if not isinstance(value, int) or value < 0:
            raise InvalidValue(tr("Agenda", "A duration is a whole number of minutes."))
        return value
    text = "" if value is None else composed(str(value))  # accents saved composed (domain/text.py)
    if name == "title":
        if not text.strip():
            raise InvalidValue(tr("Agenda", "An agenda point needs a title."))
        if len(text) > TITLE_MAX:
            raise InvalidValue(tr("Agenda", "The title is too long ({count} characters, at most {limit}).")
                               .format(count=len(text), limit=TITLE_MAX))
    return text


class AgendaStore:
    """Reads and writes the agenda points of meetings; signed meetings refuse changes."""

    def __init__(self, db: Database, commitments: CommitmentStore, corrections: CorrectionStore | None = None):
        self.db = db
        self.commitments = commitments
        self.corrections = corrections or CorrectionStore(db)

    # Reading ------------------------------------------------------------------------------
    def points(self, meeting_id: int, with_commitments: bool = True) -> list[AgendaPoint]:
        """The agenda of a meeting in order, each point with its complaints, forms and commitments."""
        rows = self.db.execute(
            f"SELECT {_COLUMNS} FROM agenda_points WHERE meeting_id = ? ORDER BY position, id", [meeting_id]
        ).fetchall()
        return self._complete([_point(r) for r in rows], with_commitments)

    def point(self, point_id: int) -> AgendaPoint:
        """One agenda point with its links; NotFound when it does not exist."""
        meeting_of_point(self.db, point_id)
        row = self.db.execute(f"SELECT {_COLUMNS} FROM agenda_points WHERE id = ?", [point_id]).fetchone()
        return self._complete([_point(row)], True)[0]

    def by_ids(self, point_ids: Sequence[int]) -> list[AgendaPoint]:
        """The points with these ids (any meetings), with their links, in the order given."""
        if not point_ids:
            return []
        ids = list(point_ids)
        rows = self.db.execute(f"SELECT {_COLUMNS} FROM agenda_points WHERE id IN ({_marks(ids)})", ids)
        found = {p.id: p for p in self._complete([_point(r) for r in rows], True)}
        return [found[i] for i in ids if i in found]

    def carried_points(self, meeting_id: int) -> list[AgendaPoint]:
        """The points a closed meeting left without an answer, to carry to the next one."""
        return [p for p in self.points(meeting_id, with_commitments=False) if p.carried_forward]

    def _complete(self, points: list[AgendaPoint], with_commitments: bool) -> list[AgendaPoint]:
        by_id = {p.id: p for p in points}
        if not by_id:
            return points
        ids = list(by_id)
        for point_id, complaint_id in self.db.execute(
            f"SELECT point_id, complaint_id FROM agenda_point_complaints WHERE point_id IN ({_marks(ids)}) "
            "ORDER BY complaint_id", ids,
        ):
            by_id[point_id].complaint_ids.append(complaint_id)
        for point_id, form_id in self.db.execute(
            f"SELECT point_id, form_id FROM agenda_point_forms WHERE point_id IN ({_marks(ids)}) "
            "ORDER BY form_id", ids,
        ):
            by_id[point_id].form_ids.append(form_id)
        if with_commitments:
            for commitment in self.commitments.of_points(ids):
                by_id[commitment.point_id].commitments.append(commitment)
        return points

    # Adding and arranging -----------------------------------------------------------------
    def add_points(self, meeting_id: int, points: Iterable[AgendaPoint]) -> list[AgendaPoint]:
        """Append points (with their complaint and form links) to the end of a meeting's agenda."""
        made: list[int] = []
        with writing(self.db, meeting_id):
            position = self._last_position(meeting_id)
            for point in points:
                position += 1
                made.append(self._insert(meeting_id, point, position))
        return self.by_ids(made)

    def add_point(self, meeting_id: int, point: AgendaPoint, position: int | None = None) -> AgendaPoint:
        """Add one point, at ``position`` (1 = first) or at the end."""
        with writing(self.db, meeting_id):
            point_id = self._insert(meeting_id, point, self._last_position(meeting_id) + 1)
            if position is not None:
                self._move(meeting_id, point_id, position)
            self.corrections.record(meeting_id, point_id, point.title, {"added": ("", point.title)})
        return self.point(point_id)

    def _last_position(self, meeting_id: int) -> int:
        return self.db.execute("SELECT coalesce(max(position), 0) FROM agenda_points WHERE meeting_id = ?",
                               [meeting_id]).fetchone()[0]

    def _insert(self, meeting_id: int, point: AgendaPoint, position: int) -> int:
        values = {name: _column_value(name, getattr(point, name)) for name in EDITABLE}
        if not point.duration_minutes:
            values["duration_minutes"] = DEFAULT_MINUTES[point.kind]
        values.update(meeting_id=meeting_id, position=position, carried_from=point.carried_from,
                      origin_point_id=point.origin_point_id, follows_commitment_id=point.follows_commitment_id,
                      seconds_spent=point.seconds_spent, carried_forward=int(point.carried_forward),
                      id=new_id(self.db, "agenda_points"))
        cursor = self.db.execute(
            f"INSERT INTO agenda_points ({', '.join(values)}) VALUES ({_marks(values)})", list(values.values())
        )
        self._link(cursor.lastrowid, point.complaint_ids, point.form_ids)
        return cursor.lastrowid

    def _link(self, point_id: int, complaint_ids: Iterable[int], form_ids: Iterable[int]) -> None:
        self.db.conn.executemany(
            "INSERT OR IGNORE INTO agenda_point_complaints (point_id, complaint_id) VALUES (?, ?)",
            [(point_id, c) for c in sorted(set(complaint_ids))],
        )
        self.db.conn.executemany(
            "INSERT OR IGNORE INTO agenda_point_forms (point_id, form_id) VALUES (?, ?)",
            [(point_id, f) for f in sorted(set(form_ids))],
        )

    def remove_point(self, point_id: int) -> None:
        """Take a point off the agenda (its commitments with it); the others close up."""
        meeting_id = meeting_of_point(self.db, point_id)
        with writing(self.db, meeting_id):
            title = self.db.execute("SELECT title FROM agenda_points WHERE id = ?", [point_id]).fetchone()[0]
            self.corrections.record(meeting_id, point_id, title, {"removed": (title, "")})
            self._forget_current(meeting_id, [point_id])
            self.db.execute("DELETE FROM agenda_points WHERE id = ?", [point_id])
            self._renumber(meeting_id, self._order(meeting_id))

    def move_point(self, point_id: int, position: int) -> None:
        """Move a point to ``position`` (1 = first; beyond the end means last)."""
        meeting_id = meeting_of_point(self.db, point_id)
        with writing(self.db, meeting_id):
            self._move(meeting_id, point_id, position)

    def reorder(self, meeting_id: int, point_ids: Sequence[int]) -> None:
        """Put the agenda in the order of ``point_ids``, which must be exactly its points."""
        with writing(self.db, meeting_id):
            if sorted(point_ids) != sorted(self._order(meeting_id)):
                raise InvalidValue(tr("Agenda", "The new order must list every point of the agenda once."))
            self._renumber(meeting_id, point_ids)

    def _forget_current(self, meeting_id: int, point_ids: list[int], replacement: int | None = None) -> None:
        """The meeting mode must not reopen on a point that is gone."""
        self.db.execute(
            f"UPDATE meetings SET current_point_id = ? WHERE id = ? AND current_point_id IN ({_marks(point_ids)})",
            [replacement, meeting_id, *point_ids])

    def _order(self, meeting_id: int) -> list[int]:
        return [r[0] for r in self.db.execute(
            "SELECT id FROM agenda_points WHERE meeting_id = ? ORDER BY position, id", [meeting_id])]

    def _move(self, meeting_id: int, point_id: int, position: int) -> None:
        order = [i for i in self._order(meeting_id) if i != point_id]
        order.insert(max(0, min(position - 1, len(order))), point_id)
        self._renumber(meeting_id, order)

    def _renumber(self, meeting_id: int, order: Sequence[int]) -> None:
        self.db.conn.executemany(
            "UPDATE agenda_points SET position = ? WHERE id = ? AND meeting_id = ? AND position IS NOT ?",
            [(index, point_id, meeting_id, index) for index, point_id in enumerate(order, start=1)],
        )

    def merge_points(self, point_ids: Sequence[int]) -> AgendaPoint:
        """Merge points of one agenda into the first given: texts joined, links, commitments and
        durations gathered; the others are removed."""
        if len(point_ids) < 2:
            raise InvalidValue(tr("Agenda", "Choose at least two points to merge."))
        points = self.by_ids(point_ids)
        meeting_id = points[0].meeting_id
        if len(points) != len(set(point_ids)) or any(p.meeting_id != meeting_id for p in points):
            raise InvalidValue(tr("Agenda", "Only points of the same agenda can be merged."))
        first, others = points[0], points[1:]
        joined = {name: "\n\n".join(t for t in [getattr(p, name).strip() for p in points] if t)
                  for name in ("question", "discussion", "answer", "no_answer_reason", "decision")}
        with writing(self.db, meeting_id):
            self.corrections.record(meeting_id, first.id, first.title, {"merged": (
                "\n".join(p.title for p in others), first.title)})
            self._write_fields(first.id, {**joined, "duration_minutes": sum(p.duration_minutes for p in points)})
            self.db.execute("UPDATE agenda_points SET seconds_spent = ? WHERE id = ?",
                            [sum(p.seconds_spent for p in points), first.id])
            self._link(first.id, [c for p in others for c in p.complaint_ids], [f for p in others for f in p.form_ids])
            other_ids = [p.id for p in others]
            self.db.execute(f"UPDATE commitments SET point_id = ? WHERE point_id IN ({_marks(other_ids)})",
                            [first.id, *other_ids])
            self._forget_current(meeting_id, other_ids, replacement=first.id)
            self.db.execute(f"DELETE FROM agenda_points WHERE id IN ({_marks(other_ids)})", other_ids)
            self._renumber(meeting_id, self._order(meeting_id))
        return self.point(first.id)

    # The minutes typed into a point -------------------------------------------------------
    def update_point_fields(self, point_id: int, **fields) -> list[str]:
        """Save the given fields of a point (text fields, ``kind``, ``duration_minutes``), writing
        only those that changed; returns their names (empty when nothing changed)."""
        unknown = set(fields) - set(EDITABLE)
        if unknown:
            raise TypeError(f"not an editable field of an agenda point: {', '.join(sorted(unknown))}")
        values = {name: _column_value(name, value) for name, value in fields.items()}
        names = list(values)
        row = self.db.execute(f"SELECT meeting_id, title, {', '.join(names)} FROM agenda_points WHERE id = ?",
                              [point_id]).fetchone() if names else None
        if row is None:
            meeting_of_point(self.db, point_id)  # NotFound when it does not exist
            return []
        before = dict(zip(names, row[2:]))
        changed = {name: values[name] for name in names if before[name] != values[name]}
        if changed:
            with writing(self.db, row[0]):
                self._write_fields(point_id, changed)
                self.corrections.record(row[0], point_id, row[1],
                                        {name: (before[name], value) for name, value in changed.items()})
        return list(changed)

    def _write_fields(self, point_id: int, values: dict) -> None:
        assignments = ", ".join(f"{name} = ?" for name in values)
        self.db.execute(f"UPDATE agenda_points SET {assignments} WHERE id = ?", [*values.values(), point_id])

    def add_seconds(self, point_id: int, seconds: int) -> None:
        """Add to the time spent on a point (the meeting mode's clock)."""
        meeting_id = meeting_of_point(self.db, point_id)
        with writing(self.db, meeting_id):
            self.db.execute("UPDATE agenda_points SET seconds_spent = seconds_spent + ? WHERE id = ?",
                            [max(0, int(seconds)), point_id])

    def set_carried_forward(self, meeting_id: int, point_ids: Iterable[int]) -> None:
        """Mark exactly ``point_ids`` as carried to the next meeting (the others as not)."""
        carried = set(point_ids)
        with writing(self.db, meeting_id):
            self.db.conn.executemany(
                "UPDATE agenda_points SET carried_forward = ? WHERE id = ? AND carried_forward IS NOT ?",
                [(int(i in carried), i, int(i in carried)) for i in self._order(meeting_id)],
            )

    # Links --------------------------------------------------------------------------------
    def link(self, point_id: int, complaint_ids: Iterable[int] = (), form_ids: Iterable[int] = ()) -> None:
        """Attach complaints and liaison forms to a point."""
        with writing(self.db, meeting_of_point(self.db, point_id)):
            self._link(point_id, complaint_ids, form_ids)

    def unlink(self, point_id: int, complaint_ids: Iterable[int] = (), form_ids: Iterable[int] = ()) -> None:
        """Detach complaints and liaison forms from a point."""
        with writing(self.db, meeting_of_point(self.db, point_id)):
            self.db.conn.executemany("DELETE FROM agenda_point_complaints WHERE point_id = ? AND complaint_id = ?",
                                     [(point_id, c) for c in complaint_ids])
            self.db.conn.executemany("DELETE FROM agenda_point_forms WHERE point_id = ? AND form_id = ?",
                                     [(point_id, f) for f in form_ids])

    def points_about_complaints(self, complaint_ids: Sequence[int]) -> list[AgendaPoint]:
        """Every point (of any meeting) linked to one of these complaints."""
        ids: list[int] = []
        for start in range(0, len(complaint_ids), 500):
            chunk = list(complaint_ids[start:start + 500])
            ids += [r[0] for r in self.db.execute(
                f"SELECT DISTINCT point_id FROM agenda_point_complaints WHERE complaint_id IN ({_marks(chunk)})",
                chunk)]
        return self.by_ids(sorted(set(ids)))
