"""Planning, holding, closing and signing meetings, and the thread across quarters."""

import datetime as dt

import pytest

from desktop.domain.agenda import AgendaPointKind
from desktop.domain.commitments import Commitment, CommitmentStatus
from desktop.domain.complaints import Complaint, ComplaintStatus
from desktop.domain.errors import ForbiddenTransition, InvalidValue, UserError
from desktop.domain.meetings import LiaisonForm, MeetingLocked, MeetingStatus, Side, UnansweredPoints
from desktop.domain.people import Person, Role
from desktop.domain.places import PlaceRef
from desktop.domain.thread import ThreadKind
from desktop.services import meetings as service
from tests.conftest import FIXED_NOW

K = AgendaPointKind
LAST = dt.date(2025, 12, 11)
TODAY = FIXED_NOW.date()
NEXT = dt.date(2026, 6, 11)


@pytest.fixture
def residence(residence_store):
    """The small residence with its people: who plans and who is invited."""
    store = residence_store
    entrances = store.places.entrances()
    people = {
        "rep_a": Person(name="Marie Martin", role=Role.BUILDING_REPRESENTATIVE, entrance_ids=[entrances[0].id]),
        "rep_b": Person(name="Karim Benali", role=Role.BUILDING_REPRESENTATIVE, entrance_ids=[entrances[2].id]),
        "caretaker": Person(name="Hélène Guérin", role=Role.CARETAKER),
        "staff": Person(name="Paul Haddad", role=Role.LANDLORD_STAFF),
        "guest": Person(name="Police municipale", role=Role.GUEST),
        "tenant": Person(name="Odette Roux", role=Role.TENANT),
    }
    return store, {key: store.people.save(person) for key, person in people.items()}


def _complaint(store, title, entrance_index=2, category="Lift", opened_on=dt.date(2026, 2, 1)):
    entrance = store.places.entrances()[entrance_index]
    return store.complaints.create(Complaint(
        title=title, category_id=store.categories.by_name()[category.casefold()],
        place=PlaceRef(entrance_id=entrance.id), opened_on=opened_on))


def _hold_and_close(store, meeting_id, answers):
    """Hold a meeting: each question point gets the answer (or reason) ``answers`` gives for it."""
    service.start_meeting(store, meeting_id)
    for point in store.agenda.points(meeting_id):
        if point.needs_answer:
            store.agenda.update_point_fields(point.id, **answers(point))
    return service.close_meeting(store, meeting_id)


def test_planning_builds_the_agenda_and_invites_the_usual_people(residence):
    store, people = residence
    for number in range(6):
        _complaint(store, f"Ascenseur en panne ({number + 1})")
    form = store.forms.save(LiaisonForm(question="Peut-on avoir un banc ?", received_on=dt.date(2026, 3, 1),
                                        asker_id=people["tenant"].id, confidential=True,
                                        collected_by_id=people["rep_a"].id))
    meeting = service.plan_meeting(store, dt.date(2026, 3, 26), place="Salle commune")
    points = store.agenda.points(meeting.id)
    assert [p.kind for p in points] == [K.LIAISON_FORM, K.COMPLAINTS, K.LANDLORD_INFORMATION, K.GUEST_SLOT,
                                        K.NEIGHBOURHOOD_LIFE, K.NEXT_MEETING]
    assert points[0].form_ids == [form.id] and points[0].proposed_by == "Marie Martin"
    assert points[1].title == "Lift – Bâtiment B: 6 complaints" and len(points[1].complaint_ids) == 6
    invited = {(i.name, i.side) for i in store.invitations.list(meeting.id)}
    assert invited == {("Marie Martin", Side.TENANTS), ("Karim Benali", Side.TENANTS),
                       ("Hélène Guérin", Side.LANDLORD), ("Paul Haddad", Side.LANDLORD)}
    assert (meeting.status, meeting.place) == (MeetingStatus.PLANNED, "Salle commune")
    with pytest.raises(InvalidValue, match="already a meeting of this kind on 26 March 2026"):
        service.plan_meeting(store, dt.date(2026, 3, 26))


def test_a_meeting_concerning_some_buildings_lists_only_their_complaints_and_representatives(residence):
    store, _people = residence
    _complaint(store, "Ascenseur en panne")                       # Bâtiment B
    _complaint(store, "Chauffage froid", entrance_index=0, category="Heating")   # Bâtiment A
    building_a = store.places.buildings()[0]
    meeting = service.plan_meeting(store, dt.date(2026, 3, 26), building_ids=[building_a.id])
    titles = [p.title for p in store.agenda.points(meeting.id) if p.kind == K.COMPLAINTS]
    assert titles == ["Heating – Bâtiment A: 1 complaint"]
    names = {i.name for i in store.invitations.list(meeting.id)}
    assert "Marie Martin" in names and "Karim Benali" not in names
    assert store.meetings.get(meeting.id).building_ids == [building_a.id]


def test_planning_needs_a_residence(store):
    with pytest.raises(UserError, match="Create the residence"):
        service.plan_meeting(store, dt.date(2026, 3, 26))


def test_closing_is_refused_while_a_question_has_no_answer_and_lists_them(residence):
    store, _people = residence
    _complaint(store, "Ascenseur en panne")
    meeting = service.plan_meeting(store, dt.date(2026, 3, 12))
    with pytest.raises(ForbiddenTransition):
        service.close_meeting(store, meeting.id)
    service.start_meeting(store, meeting.id)
    with pytest.raises(UnansweredPoints) as refused:
        service.close_meeting(store, meeting.id)
    assert refused.value.message == (
        "The meeting of 12 March 2026 cannot be closed: 1 point has neither an answer nor a reason for "
        "having none yet:\n  point 1: Lift – Bâtiment B: 1 complaint")
    assert [p.position for p in refused.value.points] == [1]
    assert store.meetings.get(meeting.id).status == MeetingStatus.HELD


def test_points_closed_without_an_answer_are_carried_to_the_next_meeting(residence):
    store, _people = residence
    lift = _complaint(store, "Ascenseur en panne")
    heating = _complaint(store, "Chauffage froid", entrance_index=0, category="Heating")
    first = service.plan_meeting(store, TODAY)
    closed = _hold_and_close(store, first.id, lambda p: {"no_answer_reason": "Devis attendu"}
                             if "Lift" in p.title else {"answer": "Réparé."})
    assert closed.status == MeetingStatus.MINUTES_DRAFTED
    assert [p.title for p in store.agenda.carried_points(first.id)] == ["Lift – Bâtiment B: 1 complaint"]
    assert service.suggest_next_date(store) == NEXT
    following = service.plan_meeting(store, service.suggest_next_date(store))
    points = store.agenda.points(following.id)
    assert points[0].title == "Approval of the minutes of the meeting of 12 March 2026"
    carried = [p for p in points if p.kind == K.CARRIED]
    assert len(carried) == 1 and carried[0].carried_from == first.id and carried[0].complaint_ids == [lift.id]
    # The heating was answered but is still open: it stays followed, under "still pending".
    followed = [p for p in points if p.kind == K.COMPLAINTS]
    assert [(p.title, p.complaint_ids) for p in followed] == [("Still pending – Bâtiment A: 1 complaint", [heating.id])]
    assert "not passed to the landlord yet" in followed[0].question


def test_every_complaint_still_open_comes_back_on_the_agenda_changed_or_not(residence):
    """Issue 10: the lift, heating, charges and cleanliness complaints that had not changed since
    the last meeting were dropped from the next agenda."""
    store, _people = residence
    quiet = _complaint(store, "Ascenseur en panne")
    store.complaints.change_status(quiet.id, ComplaintStatus.PASSED_TO_LANDLORD, when=dt.datetime(2026, 2, 3, 9))
    moved = _complaint(store, "Porte du hall cassée", category="Doors and locks")
    first = service.plan_meeting(store, TODAY)
    _hold_and_close(store, first.id, lambda p: {"answer": "Commandé."})
    store.complaints.change_status(moved.id, ComplaintStatus.PASSED_TO_LANDLORD, when=dt.datetime(2026, 4, 2, 9))
    fresh = _complaint(store, "Tags dans le hall", category="Cleanliness of common areas",
                       opened_on=dt.date(2026, 4, 20))
    agenda = service.propose_agenda(store, NEXT)
    complaint_points = {p.title: p for p in agenda if p.kind == K.COMPLAINTS}
    assert list(complaint_points) == ["Cleanliness of common areas – Bâtiment B: 1 complaint",
                                      "Still pending – Bâtiment B: 2 complaints"]
    pending = complaint_points["Still pending – Bâtiment B: 2 complaints"]
    assert complaint_points["Cleanliness of common areas – Bâtiment B: 1 complaint"].complaint_ids == [fresh.id]
    assert pending.complaint_ids == sorted([quiet.id, moved.id])
    assert (f"Complaint {quiet.id}, Lift (“Ascenseur en panne”): waiting for the landlord for 128 days, "
            "since 3 February 2026") in pending.question
    assert f"Complaint {moved.id}, Doors and locks (“Porte du hall cassée”): waiting for the landlord for 70 days" \
        in pending.question


def test_a_complaint_logged_after_planning_is_noticed_and_added_before_the_landlord_information(residence):
    """Issue 10: a complaint logged once the next meeting was planned was on no agenda, and nothing
    said so."""
    store, _people = residence
    quiet = _complaint(store, "Ascenseur en panne")
    first = service.plan_meeting(store, TODAY)
    _hold_and_close(store, first.id, lambda p: {"answer": "Commandé."})
    coming = service.plan_meeting(store, NEXT)
    assert service.complaints_not_on_agenda(store, coming.id) == []
    late = _complaint(store, "Fuite au 3e", category="Plumbing", opened_on=dt.date(2026, 4, 20))
    other = _complaint(store, "Chauffage froid", entrance_index=0, category="Heating", opened_on=dt.date(2026, 4, 21))
    store.complaints.change_status(other.id, ComplaintStatus.REJECTED, "Doublon du syndic")
    assert [c.id for c in service.complaints_not_on_agenda(store, coming.id)] == [late.id]
    before = [p.title for p in store.agenda.points(coming.id)]
    added = service.add_missing_complaints(store, coming.id)
    assert [(p.title, p.complaint_ids) for p in added] == [("Plumbing – Bâtiment B: 1 complaint", [late.id])]
    after = store.agenda.points(coming.id)
    titles = [p.title for p in after]
    assert titles.index("Plumbing – Bâtiment B: 1 complaint") == titles.index(
        "Landlord information: works, service charges, rehousing") - 1
    assert [p.position for p in after] == list(range(1, len(after) + 1)) and len(after) == len(before) + 1
    assert service.complaints_not_on_agenda(store, coming.id) == []
    assert service.add_missing_complaints(store, coming.id) == []
    # Another leak in the same building joins the leak's point instead of making a second one.
    again = _complaint(store, "Fuite au 2e", category="Plumbing", opened_on=dt.date(2026, 4, 22))
    [joined] = service.add_missing_complaints(store, coming.id)
    assert (joined.title, joined.complaint_ids) == ("Plumbing – Bâtiment B: 2 complaints", [late.id, again.id])
    assert len(store.agenda.points(coming.id)) == len(after)
    after = store.agenda.points(coming.id)
    # A followed complaint whose point was removed comes back under "Still pending".
    pending = next(p for p in after if quiet.id in p.complaint_ids)
    store.agenda.remove_point(pending.id)
    assert [p.title for p in service.add_missing_complaints(store, coming.id)] == [
        "Still pending – Bâtiment B: 1 complaint"]
    # Once the meeting has begun, the agenda is the meeting's business.
    service.start_meeting(store, coming.id)
    _complaint(store, "Porte cassée", category="Doors and locks", opened_on=dt.date(2026, 5, 2))
    assert service.complaints_not_on_agenda(store, coming.id) == []


def test_commitments_are_followed_until_done(residence):
    store, people = residence
    _complaint(store, "Ascenseur en panne")
    first = service.plan_meeting(store, LAST)
    service.start_meeting(store, first.id)
    point = store.agenda.points(first.id)[0]
    store.agenda.update_point_fields(point.id, answer="Diagnostic commandé.")
    commitment = store.commitments.add(Commitment(what="Faire diagnostiquer l'ascenseur", owner_id=people["staff"].id,
                                                  due_on=dt.date(2026, 2, 1), point_id=point.id))
    service.close_meeting(store, first.id)
    service.approve_minutes(store, first.id, "Paul Haddad", "Marie Martin")
    follow_up = service.propose_agenda(store, dt.date(2026, 3, 12))[1]
    assert follow_up.follows_commitment_id == commitment.id
    assert follow_up.title == "Follow-up: Faire diagnostiquer l'ascenseur (Paul Haddad, due 1 February 2026, LATE)"
    assert [c.id for c in store.commitments.list(today=FIXED_NOW.date()) if c.is_late(FIXED_NOW.date())] \
        == [commitment.id]
    store.commitments.set_status(commitment.id, CommitmentStatus.DONE, done_on=dt.date(2026, 3, 1))
    assert not [p for p in service.propose_agenda(store, dt.date(2026, 3, 12)) if p.follows_commitment_id]


def test_minutes_are_approved_then_locked_and_amended(residence):
    store, _people = residence
    meeting = service.plan_meeting(store, LAST)
    with pytest.raises(ForbiddenTransition):
        service.approve_minutes(store, meeting.id, "Paul Haddad", "Marie Martin")
    _hold_and_close(store, meeting.id, lambda p: {"answer": "Oui."})
    with pytest.raises(InvalidValue, match="chair and of the secretary"):
        service.approve_minutes(store, meeting.id, "Paul Haddad", " ")
    signed = service.approve_minutes(store, meeting.id, "Paul Haddad", "Marie Martin")
    assert (signed.status, signed.chair, signed.secretary, signed.approved_at) == (
        MeetingStatus.SIGNED, "Paul Haddad", "Marie Martin", FIXED_NOW)
    first_point = store.agenda.points(meeting.id)[0]
    with pytest.raises(MeetingLocked, match="11 December 2025 is signed"):
        store.agenda.update_point_fields(first_point.id, answer="Changé")
    amendment = service.add_amendment(store, meeting.id, "Lire « Bâtiment B ».", author="Marie Martin")
    assert amendment.made_on == FIXED_NOW.date()
    assert store.meetings.get(meeting.id).status == MeetingStatus.AMENDED


def test_approval_checks_the_closing_rule_again(residence):
    store, _people = residence
    _complaint(store, "Ascenseur en panne")
    meeting = service.plan_meeting(store, LAST)
    _hold_and_close(store, meeting.id, lambda p: {"answer": "Oui."})
    point = store.agenda.points(meeting.id)[0]
    store.agenda.update_point_fields(point.id, answer="")
    with pytest.raises(UnansweredPoints):
        service.approve_minutes(store, meeting.id, "Paul Haddad", "Marie Martin")
    assert store.meetings.get(meeting.id).status == MeetingStatus.MINUTES_DRAFTED


def test_a_complaint_status_changed_at_a_meeting_is_dated_and_named_after_it(residence):
    store, _people = residence
    complaint = _complaint(store, "Ascenseur en panne", opened_on=dt.date(2026, 1, 5))
    meeting = service.plan_meeting(store, dt.date(2026, 3, 12), start_time=dt.time(14, 30))
    with pytest.raises(UserError, match="has not begun"):
        service.change_complaint_status(store, meeting.id, complaint.id, ComplaintStatus.IN_PROGRESS)
    service.start_meeting(store, meeting.id)
    with pytest.raises(InvalidValue, match="Give a reason"):
        service.change_complaint_status(store, meeting.id, complaint.id, ComplaintStatus.REJECTED)
    changed = service.change_complaint_status(store, meeting.id, complaint.id, ComplaintStatus.IN_PROGRESS,
                                              reason="Ascensoriste commandé")
    entry = store.complaints.history(complaint.id)[-1]
    assert changed.status == ComplaintStatus.IN_PROGRESS
    assert (entry.after, entry.at, entry.note) == (
        "in_progress", "2026-03-12T14:30:00", "Meeting of 12 March 2026: Ascensoriste commandé")


def test_a_status_changed_while_drafting_late_minutes_keeps_the_history_in_order(residence):
    store, _people = residence
    complaint = _complaint(store, "Ascenseur en panne", opened_on=dt.date(2026, 1, 5))
    meeting = service.plan_meeting(store, dt.date(2026, 3, 2))
    service.start_meeting(store, meeting.id, when=dt.datetime(2026, 3, 2, 14, 30))
    service.change_complaint_status(store, meeting.id, complaint.id, ComplaintStatus.IN_PROGRESS)
    stamps = [e.at for e in store.complaints.history(complaint.id)]
    assert stamps == sorted(stamps) and stamps[-1] == "2026-03-12T10:30:00"


def test_a_liaison_form_becomes_a_complaint_keeping_its_asker_secret(residence):
    store, people = residence
    entrance = store.places.entrances()[1]
    form = store.forms.save(LiaisonForm(question="Le digicode ne marche plus.", received_on=dt.date(2026, 2, 20),
                                        asker_id=people["tenant"].id, confidential=True, entrance_id=entrance.id))
    complaint = service.form_to_complaint(store, form.id, store.categories.by_name()["intercom"])
    assert (complaint.title, complaint.reporter_id, complaint.reporter_confidential, complaint.opened_on) == (
        "Le digicode ne marche plus.", people["tenant"].id, True, dt.date(2026, 2, 20))
    assert complaint.place.label == "Bâtiment A › Entrée 2"
    assert store.forms.get(form.id).complaint_id == complaint.id
    with pytest.raises(UserError, match="already linked to complaint"):
        service.form_to_complaint(store, form.id, store.categories.by_name()["intercom"])


def test_the_thread_follows_the_lift_of_building_b_across_meetings(residence):
    store, people = residence
    lift = _complaint(store, "Ascenseur en panne", opened_on=dt.date(2025, 11, 20))
    _complaint(store, "Chauffage froid", category="Heating")     # same building, other topic
    first = service.plan_meeting(store, TODAY, start_time=dt.time(14, 30))
    service.start_meeting(store, first.id)
    point = next(p for p in store.agenda.points(first.id) if p.complaint_ids == [lift.id])
    store.agenda.update_point_fields(point.id, no_answer_reason="Rapport attendu")
    store.commitments.add(Commitment(what="Envoyer le rapport", owner_id=people["staff"].id,
                                     due_on=dt.date(2026, 1, 15), point_id=point.id))
    service.change_complaint_status(store, first.id, lift.id, ComplaintStatus.PASSED_TO_LANDLORD)
    for other in store.agenda.points(first.id):
        if other.needs_answer and other.id != point.id:
            store.agenda.update_point_fields(other.id, answer="Réparé.")
    service.close_meeting(store, first.id)
    second = service.plan_meeting(store, NEXT)
    building_b = store.places.buildings()[1]
    entries = service.thread(store, building_id=building_b.id, category_id=store.categories.by_name()["lift"])
    assert [(e.kind, e.meeting_id) for e in entries] == [
        (ThreadKind.COMPLAINT_OPENED, None), (ThreadKind.COMPLAINT_STATUS, None),
        (ThreadKind.AGENDA_POINT, first.id), (ThreadKind.NO_ANSWER, first.id), (ThreadKind.COMMITMENT, first.id),
        (ThreadKind.AGENDA_POINT, second.id),
    ]
    assert entries[1].text == "Meeting of 12 March 2026" and entries[3].text == "Rapport attendu"
    assert "Chauffage" not in " ".join(e.text for e in entries)
    assert [e.at for e in entries] == sorted(e.at for e in entries)
    by_word = service.thread(store, text="rapport")    # the point, and the follow-up of its commitment
    assert [(e.kind, e.meeting_id) for e in by_word] == [
        (ThreadKind.AGENDA_POINT, first.id), (ThreadKind.NO_ANSWER, first.id), (ThreadKind.COMMITMENT, first.id),
        (ThreadKind.AGENDA_POINT, second.id)]
    assert by_word[-1].title.startswith("Meeting of 11 June 2026, point 2: Follow-up: Envoyer le rapport")
    with pytest.raises(InvalidValue, match="Choose a building"):
        service.thread(store)
