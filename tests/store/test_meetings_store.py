"""Meetings in the store: signed minutes are locked in the database itself, points save cheaply,
every write is one transaction."""

import datetime as dt
import sqlite3

import pytest

from desktop.domain.agenda import AgendaPoint, AgendaPointKind
from desktop.domain.commitments import Commitment, CommitmentStatus
from desktop.domain.complaints import Complaint
from desktop.domain.errors import InvalidValue, UserError
from desktop.domain.meetings import Amendment, Invitation, Meeting, MeetingStatus, Presence, Side
from desktop.domain.people import Person, Role
from desktop.domain.places import PlaceRef

DATE = dt.date(2026, 3, 12)
K = AgendaPointKind
LOCKED = "The meeting of 12 March 2026 is signed; its minutes can no longer change. Add a dated amendment instead."


@pytest.fixture
def cast(residence_store):
    """A representative, a landlord staff member and a lift complaint."""
    store = residence_store
    entrance = store.places.entrances()[2]
    rep = store.people.save(Person(name="Marie Martin", role=Role.BUILDING_REPRESENTATIVE,
                                   entrance_ids=[entrance.id]))
    staff = store.people.save(Person(name="Paul Haddad", role=Role.LANDLORD_STAFF))
    lift = store.categories.by_name()["lift"]
    complaint = store.complaints.create(Complaint(title="Ascenseur en panne", category_id=lift,
                                                  place=PlaceRef(entrance_id=entrance.id)))
    return rep, staff, complaint


def _meeting(store, complaint_ids=()):
    meeting = store.meetings.create(Meeting(date=DATE, start_time=dt.time(14, 30), place="Salle commune"))
    store.agenda.add_points(meeting.id, [
        AgendaPoint(kind=K.COMPLAINTS, title="Lift – Bâtiment B: 1 complaint", question="Où en est-on ?",
                    complaint_ids=list(complaint_ids)),
        AgendaPoint(kind=K.GUEST_SLOT, title="Guest slot"),
        AgendaPoint(kind=K.OTHER, title="Questions diverses"),
    ])
    return meeting


@pytest.fixture
def signed(residence_store, cast):
    """A meeting held, answered, with attendance and a commitment, then signed."""
    store = residence_store
    rep, staff, complaint = cast
    meeting = _meeting(store, [complaint.id])
    invitation = store.invitations.invite(meeting.id, rep.id)
    store.invitations.invite(meeting.id, staff.id)
    first = store.agenda.points(meeting.id)[0]
    store.agenda.update_point_fields(first.id, answer="L'ascensoriste passe lundi.")
    commitment = store.commitments.add(Commitment(what="Faire réparer l'ascenseur", owner_id=staff.id,
                                                  due_on=dt.date(2026, 4, 1), point_id=first.id))
    store.meetings.set_status(meeting.id, MeetingStatus.HELD)
    store.meetings.set_status(meeting.id, MeetingStatus.MINUTES_DRAFTED)
    store.meetings.approve(meeting.id, "Paul Haddad", "Marie Martin", dt.datetime(2026, 3, 20, 9))
    return meeting, first, invitation, commitment


def _snapshot(store):
    tables = ("meetings", "meeting_buildings", "invitations", "agenda_points", "agenda_point_complaints",
              "agenda_point_forms", "commitments")
    return {t: store.db.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in tables}


def test_a_signed_meeting_refuses_every_change_through_the_store(residence_store, cast, signed):
    store = residence_store
    meeting, point, invitation, commitment = signed
    before = _snapshot(store)
    attempts = [
        lambda: store.meetings.update(Meeting(id=meeting.id, date=dt.date(2026, 3, 13))),
        lambda: store.meetings.set_times(meeting.id, end=dt.time(18)),
        lambda: store.meetings.set_current_point(meeting.id, point.id),
        lambda: store.meetings.delete(meeting.id),
        lambda: store.agenda.update_point_fields(point.id, answer="Autre réponse"),
        lambda: store.agenda.add_point(meeting.id, AgendaPoint(kind=K.OTHER, title="Ajout")),
        lambda: store.agenda.remove_point(point.id),
        lambda: store.agenda.move_point(point.id, 3),
        lambda: store.agenda.merge_points([point.id, point.id + 1]),
        lambda: store.agenda.add_seconds(point.id, 30),
        lambda: store.agenda.unlink(point.id, complaint_ids=[cast[2].id]),
        lambda: store.invitations.set_presence(invitation.id, Presence.ABSENT),
        lambda: store.invitations.invite(meeting.id, name="Un invité"),
        lambda: store.invitations.remove(invitation.id),
        lambda: store.commitments.add(Commitment(what="Encore", owner_name="X", point_id=point.id)),
        lambda: store.commitments.update(Commitment(id=commitment.id, what="Autre chose", owner_name="X")),
        lambda: store.commitments.remove(commitment.id),
    ]
    for attempt in attempts:
        with pytest.raises(UserError) as refused:
            attempt()
        assert refused.value.message in (LOCKED, "The meeting of 12 March 2026 has taken place; it cannot be removed.")
    assert _snapshot(store) == before


@pytest.mark.parametrize("sql", [
    "UPDATE meetings SET place = 'Ailleurs'",
    "UPDATE meetings SET status = 'held'",
    "DELETE FROM meetings",
    "UPDATE agenda_points SET answer = 'réécrit'",
    "DELETE FROM agenda_points",
    "INSERT INTO agenda_points (meeting_id, position, kind, title) SELECT id, 9, 'other', 'x' FROM meetings",
    "DELETE FROM agenda_point_complaints",
    "INSERT INTO agenda_point_complaints (point_id, complaint_id) SELECT max(id), 1 FROM agenda_points",
    "UPDATE invitations SET presence = 'absent'",
    "DELETE FROM invitations",
    "INSERT INTO invitations (meeting_id, name, side) SELECT id, 'x', 'guest' FROM meetings",
    "INSERT INTO meeting_buildings (meeting_id, building_id) SELECT 1, id FROM buildings",
    "UPDATE commitments SET what = 'autre chose'",
    "UPDATE commitments SET agreed_due_on = '2030-01-01'",
    "DELETE FROM commitments",
    "UPDATE amendments SET text = 'x'",
    "DELETE FROM amendments",
    "UPDATE commitment_history SET note = 'x'",
])
def test_the_database_itself_refuses_direct_sql_on_signed_minutes(residence_store, signed, sql):
    store = residence_store
    store.meetings.add_amendment(Amendment(meeting_id=signed[0].id, text="Rectificatif", made_on=DATE))
    before = _snapshot(store)
    with pytest.raises(sqlite3.IntegrityError, match="meeting signed|amendment final|history final"):
        store.db.execute(sql)
    assert _snapshot(store) == before


def test_amendments_and_the_follow_up_of_commitments_remain_possible(residence_store, signed):
    store = residence_store
    meeting, point, _invitation, commitment = signed
    amendment = store.meetings.add_amendment(Amendment(meeting_id=meeting.id, text="Lire « lundi 16 mars ».",
                                                       made_on=dt.date(2026, 4, 2), author="Marie Martin"))
    store.meetings.add_amendment(Amendment(meeting_id=meeting.id, text="Second rectificatif.",
                                           made_on=dt.date(2026, 5, 2)))
    assert store.meetings.get(meeting.id).status == MeetingStatus.AMENDED
    assert [a.text for a in store.meetings.amendments(meeting.id)] == ["Lire « lundi 16 mars ».",
                                                                     "Second rectificatif."]
    assert amendment.id is not None
    store.commitments.postpone(commitment.id, dt.date(2026, 5, 1), note="Pièce en commande")
    done = store.commitments.set_status(commitment.id, CommitmentStatus.DONE, done_on=dt.date(2026, 4, 20))
    assert (done.status, done.done_on, done.due_on, done.agreed_due_on) == (
        CommitmentStatus.DONE, dt.date(2026, 4, 20), dt.date(2026, 5, 1), dt.date(2026, 4, 1))
    assert [(h.field, h.before, h.after) for h in done.history] == [
        ("created", "", "Faire réparer l'ascenseur"), ("due_on", "2026-04-01", "2026-05-01"),
        ("status", "open", "done")]
    assert store.agenda.point(point.id).answer == "L'ascensoriste passe lundi."


def test_removing_a_person_keeps_their_name_in_signed_minutes(residence_store, cast, signed):
    store = residence_store
    rep, staff, _complaint = cast
    store.people.delete(rep.id)
    store.people.delete(staff.id)
    attendance = store.invitations.list(signed[0].id)
    assert [(i.name, i.person_id) for i in attendance] == [("Marie Martin", None), ("Paul Haddad", None)]
    assert store.commitments.get(signed[3].id).owner_name == "Paul Haddad"


def test_unsigned_minutes_take_no_amendment_and_taken_place_meetings_stay(residence_store, cast):
    store = residence_store
    meeting = _meeting(store)
    with pytest.raises(UserError, match="not signed yet: correct them directly"):
        store.meetings.add_amendment(Amendment(meeting_id=meeting.id, text="x", made_on=DATE))
    store.meetings.set_status(meeting.id, MeetingStatus.HELD)
    with pytest.raises(UserError, match="has taken place"):
        store.meetings.delete(meeting.id)
    store.meetings.set_status(meeting.id, MeetingStatus.MINUTES_DRAFTED)
    with pytest.raises(UserError, match="by approving them"):
        store.meetings.set_status(meeting.id, MeetingStatus.SIGNED)
    assert store.meetings.get(meeting.id).status == MeetingStatus.MINUTES_DRAFTED


def test_a_planned_meeting_can_be_removed_with_its_agenda(residence_store, cast):
    store = residence_store
    meeting = _meeting(store, [cast[2].id])
    store.invitations.invite(meeting.id, cast[0].id)
    store.meetings.delete(meeting.id)
    assert store.meetings.list() == []
    assert store.db.execute("SELECT count(*) FROM agenda_points").fetchone()[0] == 0
    assert store.db.execute("SELECT count(*) FROM agenda_point_complaints").fetchone()[0] == 0


def test_saving_a_point_writes_only_the_fields_that_changed(residence_store, cast):
    store = residence_store
    point = store.agenda.points(_meeting(store).id)[0]
    statements = []
    store.db.conn.set_trace_callback(statements.append)
    try:
        assert store.agenda.update_point_fields(point.id, answer="Réponse", decision="", question="Où en est-on ?") \
            == ["answer"]
        # (SQLite reports a statement twice when a trigger watches its table.)
        writes = {s for s in statements if s.lstrip().upper().startswith("UPDATE")}
        assert len(writes) == 1
        assert "SET answer = 'Réponse' WHERE" in writes.pop()
        statements.clear()
        assert store.agenda.update_point_fields(point.id, answer="Réponse") == []
        assert not [s for s in statements if s.lstrip().upper().startswith(("UPDATE", "INSERT", "BEGIN"))]
    finally:
        store.db.conn.set_trace_callback(None)
    saved = store.agenda.point(point.id)
    assert (saved.answer, saved.question) == ("Réponse", "Où en est-on ?")


def test_point_fields_are_checked(residence_store, cast):
    store = residence_store
    point = store.agenda.points(_meeting(store).id)[0]
    with pytest.raises(InvalidValue, match="needs a title"):
        store.agenda.update_point_fields(point.id, title="  ", answer="perdu")
    with pytest.raises(TypeError):
        store.agenda.update_point_fields(point.id, meeting_id=4)
    assert store.agenda.point(point.id).answer == ""


def test_the_agenda_is_arranged_and_merged_with_positions_kept_contiguous(residence_store, cast):
    store = residence_store
    meeting = _meeting(store, [cast[2].id])
    first, guest, other = store.agenda.points(meeting.id)
    store.agenda.move_point(other.id, 1)
    assert [p.id for p in store.agenda.points(meeting.id)] == [other.id, first.id, guest.id]
    store.agenda.reorder(meeting.id, [guest.id, first.id, other.id])
    with pytest.raises(InvalidValue, match="every point"):
        store.agenda.reorder(meeting.id, [guest.id, first.id])
    store.agenda.update_point_fields(other.id, question="Et les boîtes aux lettres ?")
    store.commitments.add(Commitment(what="Changer les boîtes", owner_name="Le gardien", point_id=other.id))
    merged = store.agenda.merge_points([first.id, other.id])
    assert merged.question == "Où en est-on ?\n\nEt les boîtes aux lettres ?"
    assert merged.complaint_ids == [cast[2].id] and [c.what for c in merged.commitments] == ["Changer les boîtes"]
    assert [(p.id, p.position) for p in store.agenda.points(meeting.id)] == [(guest.id, 1), (first.id, 2)]
    store.agenda.remove_point(guest.id)
    assert [(p.id, p.position) for p in store.agenda.points(meeting.id)] == [(first.id, 1)]


def test_a_failed_write_changes_nothing(residence_store, cast):
    store = residence_store
    meeting = _meeting(store)
    with pytest.raises(sqlite3.IntegrityError):  # complaint 999 does not exist: the whole batch is undone
        store.agenda.add_points(meeting.id, [AgendaPoint(kind=K.OTHER, title="Bon point"),
                                             AgendaPoint(kind=K.COMPLAINTS, title="x", complaint_ids=[999])])
    assert len(store.agenda.points(meeting.id)) == 3
    rep, staff, _ = cast
    with pytest.raises(InvalidValue, match="Marie Martin is already invited"):
        store.invitations.invite_many(meeting.id, [(staff.id, "", None), (rep.id, "", None), (rep.id, "", None)])
    assert store.invitations.list(meeting.id) == []


def test_attendance_is_recorded_with_representatives_and_times(residence_store, cast):
    store = residence_store
    rep, staff, _ = cast
    meeting = _meeting(store)
    invited = store.invitations.invite_people(meeting.id, [staff, rep])
    assert [(i.name, i.side) for i in store.invitations.list(meeting.id)] == [
        ("Marie Martin", Side.TENANTS), ("Paul Haddad", Side.LANDLORD)]
    staff_invitation = next(i for i in invited if i.person_id == staff.id)
    saved = store.invitations.set_presence(staff_invitation.id, Presence.REPRESENTED, represented_by_id=rep.id)
    assert saved.represented_by_name == "Marie Martin"
    rep_invitation = next(i for i in invited if i.person_id == rep.id)
    store.invitations.save(Invitation(id=rep_invitation.id, name="Marie Martin", presence=Presence.PRESENT,
                                      side=Side.TENANTS, arrived_at=dt.time(14, 50)))
    assert store.invitations.get(rep_invitation.id).arrived_at == dt.time(14, 50)
