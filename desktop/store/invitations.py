"""Who is invited to a meeting, on which side, and the attendance taken on the day."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from desktop.store.database import Database

from desktop.domain.dates import parse_time
from desktop.domain.errors import InvalidValue, NotFound
from desktop.domain.meetings import SIDE_OF_ROLE, Invitation, Presence, Side
from desktop.domain.people import Person, Role
from desktop.i18n import tr
from desktop.store.meeting_lock import writing
from desktop.store.people import PeopleStore
from desktop.store.sync_ids import new_id

_COLUMNS = ("id, meeting_id, person_id, name, role, side, presence, represented_by_id, "
            "represented_by_name, arrived_at, left_at, position")
# The attendance sheet lists the tenants' side first, then the landlord, guests and listeners.
SIDE_ORDER = "CASE side WHEN 'tenants' THEN 0 WHEN 'landlord' THEN 1 WHEN 'guest' THEN 2 ELSE 3 END"


def _invitation(row: Sequence) -> Invitation:
    return Invitation(
        id=row[0], meeting_id=row[1], person_id=row[2], name=row[3], role=Role(row[4]) if row[4] else None,
        side=Side(row[5]), presence=Presence(row[6]), represented_by_id=row[7],
        represented_by_name=row[8], arrived_at=parse_time(row[9]), left_at=parse_time(row[10]),
        position=row[11],
    )


def _clock(value) -> str | None:
    return value.strftime("%H:%M") if value else None


class InvitationStore:
    """Reads and writes invitations and attendance; signed meetings refuse changes."""

    def __init__(self, db: Database):
        self.db = db
        self.people = PeopleStore(db)

    def list(self, meeting_id: int) -> list[Invitation]:
        """The invitations of a meeting: tenants' side first, then landlord, guests, listeners."""
        rows = self.db.execute(
            f"SELECT {_COLUMNS} FROM invitations WHERE meeting_id = ? ORDER BY {SIDE_ORDER}, position, id",
            [meeting_id],
        )
        return [_invitation(r) for r in rows]

    def get(self, invitation_id: int) -> Invitation:
        """One invitation; NotFound when it does not exist."""
        row = self.db.execute(f"SELECT {_COLUMNS} FROM invitations WHERE id = ?", [invitation_id]).fetchone()
        if row is None:
            raise NotFound(tr("Meeting", "There is no invitation number {id}.").format(id=invitation_id))
        return _invitation(row)

    def invite(self, meeting_id: int, person_id: int | None = None, name: str = "",
               side: Side | None = None) -> Invitation:
        """Invite a person of the register (or someone named only), on their role's side by default."""
        return self.invite_many(meeting_id, [(person_id, name, side)])[0]

    def invite_people(self, meeting_id: int, people: Iterable[Person]) -> list[Invitation]:
        """Invite several people of the register at once, each on their role's side."""
        return self.invite_many(meeting_id, [(p.id, "", None) for p in people])

    def invite_many(self, meeting_id: int,
                    guests: Iterable[tuple[int | None, str, Side | None]]) -> list[Invitation]:
        """Invite ``(person_id, name, side)`` triples in one transaction; refuses doubles."""
        made: list[int] = []
        with writing(self.db, meeting_id):
            invited = {r[0] for r in self.db.execute(
                "SELECT person_id FROM invitations WHERE meeting_id = ? AND person_id IS NOT NULL", [meeting_id])}
            position = self.db.execute(
                "SELECT coalesce(max(position), 0) FROM invitations WHERE meeting_id = ?", [meeting_id]
            ).fetchone()[0]
            for person_id, name, side in guests:
                role = None
                if person_id is not None:
                    person = self.people.get(person_id)
                    if person_id in invited:
                        raise InvalidValue(tr("Meeting", "{name} is already invited.").format(name=person.name))
                    invited.add(person_id)
                    name, role = person.name, person.role
                invitation = Invitation(meeting_id=meeting_id, person_id=person_id, name=name.strip(),
                                        role=role, side=side or SIDE_OF_ROLE.get(role, Side.GUEST))
                invitation.validate()
                position += 1
                cursor = self.db.execute(
                    "INSERT INTO invitations (id, meeting_id, person_id, name, role, side, position) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?)",
                    [new_id(self.db, "invitations"), meeting_id, person_id, invitation.name, role.value if role else None,
                     invitation.side.value, position],
                )
                made.append(cursor.lastrowid)
        return [self.get(i) for i in made]

    def save(self, invitation: Invitation) -> Invitation:
        """Save the side and attendance of an invitation (presence, representative, times)."""
        invitation.validate()
        current = self.get(invitation.id)
        represented_name = invitation.represented_by_name.strip()
        if invitation.presence != Presence.REPRESENTED:
            invitation.represented_by_id, represented_name = None, ""
        elif invitation.represented_by_id is not None:
            represented_name = self.people.get(invitation.represented_by_id).name
        with writing(self.db, current.meeting_id):
            self.db.execute(
                "UPDATE invitations SET side=?, presence=?, represented_by_id=?, represented_by_name=?, "
                "arrived_at=?, left_at=? WHERE id=?",
                [invitation.side.value, invitation.presence.value, invitation.represented_by_id,
                 represented_name, _clock(invitation.arrived_at), _clock(invitation.left_at), invitation.id],
            )
        return self.get(invitation.id)

    def set_presence(self, invitation_id: int, presence: Presence, represented_by_id: int | None = None,
                     represented_by_name: str = "") -> Invitation:
        """Record whether someone came (and who represents them when they sent someone)."""
        invitation = self.get(invitation_id)
        invitation.presence = presence
        invitation.represented_by_id = represented_by_id
        invitation.represented_by_name = represented_by_name
        return self.save(invitation)

    def remove(self, invitation_id: int) -> None:
        """Withdraw an invitation."""
        invitation = self.get(invitation_id)
        with writing(self.db, invitation.meeting_id):
            self.db.execute("DELETE FROM invitations WHERE id = ?", [invitation_id])
