"""The agenda that builds itself, the closing rule, the next date and the meeting life cycle."""

import datetime as dt

import pytest

from desktop import i18n
from desktop.domain.agenda import (
    AgendaPoint,
    AgendaPointKind,
    missing_answers,
    next_meeting_date,
    points_to_carry,
)
from desktop.domain.agenda_builder import PendingComplaint, build_agenda
from desktop.domain.commitments import Commitment, CommitmentState, CommitmentStatus
from desktop.domain.complaints import Complaint
from desktop.domain.dates import long_date
from desktop.domain.errors import ForbiddenTransition, InvalidValue
from desktop.domain.meetings import (
    Invitation,
    LiaisonForm,
    Meeting,
    MeetingStatus,
    Presence,
    check_meeting_transition,
)
from desktop.domain.places import PlaceRef

K = AgendaPointKind
TODAY = dt.date(2026, 3, 12)
LIFT, HEATING = 1, 2
BUILDINGS = {10: "Bâtiment A", 20: "Bâtiment B"}


def _complaint(number, building=20, category=LIFT, name="Lift", title="Ascenseur en panne"):
    return Complaint(id=number, title=title, category_id=category, category_name=name,
                     place=PlaceRef(building_id=building, label=f"{BUILDINGS[building]} › Entrée 5"))


def _previous():
    return Meeting(id=7, date=dt.date(2025, 12, 11), status=MeetingStatus.SIGNED)


def _unanswered(**fields):
    values = dict(kind=K.LIAISON_FORM, title="Boîtes aux lettres forcées", question="Quand ?", meeting_id=7,
                  id=70, no_answer_reason="Devis attendu", complaint_ids=[3], form_ids=[4])
    values.update(fields)
    return AgendaPoint(**values)


def test_the_standard_agenda_comes_in_the_order_of_the_issue():
    commitment = Commitment(id=5, what="Réparer la porte", owner_name="M. Haddad", due_on=dt.date(2026, 4, 1))
    form = LiaisonForm(id=9, question="Peut-on installer un banc ?", received_on=dt.date(2026, 2, 1))
    points = build_agenda(_previous(), [commitment], [_unanswered()], [form], [_complaint(1)], TODAY,
                          building_names=BUILDINGS, meeting_date=TODAY)
    assert [p.kind for p in points] == [
        K.PREVIOUS_MINUTES, K.COMMITMENT_FOLLOW_UP, K.CARRIED, K.LIAISON_FORM, K.COMPLAINTS,
        K.LANDLORD_INFORMATION, K.GUEST_SLOT, K.NEIGHBOURHOOD_LIFE, K.NEXT_MEETING,
    ]
    assert [p.position for p in points] == list(range(1, 10))
    assert points[0].title == "Approval of the minutes of the meeting of 11 December 2025"
    assert points[-1].title == "Date of the next meeting (proposed: Thursday 11 June 2026)"
    assert all(p.duration_minutes > 0 for p in points)


def test_six_lift_complaints_of_one_building_make_one_point_listing_them():
    lifts = [_complaint(n) for n in (31, 12, 45, 8, 27, 60)]
    others = [_complaint(70, building=10), _complaint(71, category=HEATING, name="Heating", title="Radiateurs froids")]
    points = build_agenda(None, [], [], [], lifts + others, TODAY, building_names=BUILDINGS)
    groups = [p for p in points if p.kind == K.COMPLAINTS]
    assert [p.title for p in groups] == [
        "Lift – Bâtiment A: 1 complaint", "Heating – Bâtiment B: 1 complaint", "Lift – Bâtiment B: 6 complaints",
    ]
    assert groups[2].complaint_ids == [8, 12, 27, 31, 45, 60]
    assert "8, 12, 27, 31, 45, 60" in groups[2].question
    assert "complaint 71 (“Radiateurs froids”)" in groups[1].question


def test_the_building_name_falls_back_on_the_place_label_and_residence_wide_complaints_come_last():
    residence_wide = Complaint(id=5, title="Tags", category_id=3, category_name="Cleanliness", place=PlaceRef())
    points = build_agenda(None, [], [], [], [residence_wide, _complaint(1)], TODAY)
    titles = [p.title for p in points if p.kind == K.COMPLAINTS]
    assert titles == ["Lift – Bâtiment B: 1 complaint", "Cleanliness: 1 complaint"]


def test_no_previous_meeting_means_no_approval_point_and_no_proposed_date_without_meeting_date():
    points = build_agenda(None, [], [], [], [], TODAY)
    assert [p.kind for p in points] == [K.LANDLORD_INFORMATION, K.GUEST_SLOT, K.NEIGHBOURHOOD_LIFE, K.NEXT_MEETING]
    assert points[-1].title == "Date of the next meeting"


def test_an_unanswered_point_is_carried_with_its_meeting_its_links_and_its_question():
    carried = build_agenda(_previous(), [], [_unanswered()], [], [], TODAY)[1]
    assert carried.kind == K.CARRIED and carried.title == "Boîtes aux lettres forcées"
    assert (carried.carried_from, carried.origin_point_id) == (7, 70)
    assert carried.question == "Quand ?" and carried.complaint_ids == [3] and carried.form_ids == [4]
    assert carried.answer == carried.no_answer_reason == "" and not carried.carried_forward


def test_what_is_already_on_a_carried_or_form_point_is_not_repeated():
    form = LiaisonForm(id=9, question="Ascenseur ?", received_on=dt.date(2026, 2, 1), complaint_id=12)
    again = LiaisonForm(id=4, question="Boîtes aux lettres ?", received_on=dt.date(2026, 1, 1))
    points = build_agenda(_previous(), [], [_unanswered()], [form, again], [_complaint(3), _complaint(12),
                                                                            _complaint(13)], TODAY)
    assert [p.kind for p in points].count(K.LIAISON_FORM) == 1
    form_point = next(p for p in points if p.kind == K.LIAISON_FORM)
    assert form_point.form_ids == [9] and form_point.complaint_ids == [12]
    assert [p.complaint_ids for p in points if p.kind == K.COMPLAINTS] == [[13]]


def test_a_carried_follow_up_of_a_commitment_still_open_gives_way_to_its_new_follow_up():
    commitment = Commitment(id=5, what="Réparer la porte", owner_name="M. Haddad", due_on=dt.date(2026, 4, 1))
    old_follow_up = _unanswered(kind=K.COMMITMENT_FOLLOW_UP, follows_commitment_id=5, complaint_ids=[], form_ids=[])
    points = build_agenda(_previous(), [commitment], [old_follow_up], [], [], TODAY)
    follow_ups = [p for p in points if p.follows_commitment_id == 5]
    assert [p.kind for p in follow_ups] == [K.COMMITMENT_FOLLOW_UP]


def test_commitments_are_followed_by_due_date_with_a_late_marker_in_words():
    late = Commitment(id=1, what="Poser des pics anti-pigeons", owner_name="Mme Benali", due_on=dt.date(2026, 2, 1))
    due = Commitment(id=2, what="Changer la platine", owner_name="M. Haddad", due_on=dt.date(2026, 3, 30))
    undated = Commitment(id=3, what="Afficher les horaires", owner_name="Le gardien")
    points = build_agenda(None, [undated, due, late], [], [], [], TODAY)[:3]
    assert [p.follows_commitment_id for p in points] == [1, 2, 3]
    assert points[0].title == "Follow-up: Poser des pics anti-pigeons (Mme Benali, due 1 February 2026, LATE)"
    assert points[1].title == "Follow-up: Changer la platine (M. Haddad, due 30 March 2026)"
    assert points[2].title == "Follow-up: Afficher les horaires (Le gardien)"
    assert all(p.question == "Has this commitment been kept?" for p in points)


def test_a_commitment_is_late_only_while_open_after_its_due_date():
    commitment = Commitment(what="x", owner_name="y", due_on=dt.date(2026, 3, 1))
    assert commitment.state(dt.date(2026, 3, 1)) == CommitmentState.OPEN
    assert commitment.state(dt.date(2026, 3, 2)) == CommitmentState.LATE
    commitment.status, commitment.done_on = CommitmentStatus.DONE, dt.date(2026, 3, 5)
    assert commitment.state(dt.date(2026, 3, 10)) == CommitmentState.DONE


def test_a_liaison_form_point_never_names_who_asked():
    form = LiaisonForm(id=2, question="Le digicode ne marche plus depuis un mois, quand sera-t-il réparé ? " * 2,
                       received_on=dt.date(2026, 2, 1), asker_name="Mme Secret", confidential=False,
                       entrance_label="Bâtiment A › Entrée 1", collected_by_name="M. Girard")
    point = build_agenda(None, [], [], [form], [], TODAY)[0]
    assert point.title.startswith("Liaison form, Bâtiment A › Entrée 1: Le digicode") and point.title.endswith("réparé ?")
    assert "Secret" not in point.title + point.question
    assert point.proposed_by == "M. Girard"


@pytest.mark.parametrize(("last", "expected"), [
    (dt.date(2026, 3, 12), dt.date(2026, 6, 11)),    # Thursday: 12 June is a Friday, one day back
    (dt.date(2025, 11, 30), dt.date(2026, 3, 1)),    # Sunday, 30 February does not exist
    (dt.date(2025, 10, 31), dt.date(2026, 1, 30)),   # Friday: 31 January is a Saturday
    (dt.date(2026, 1, 5), dt.date(2026, 4, 6)),      # Monday
])
def test_the_next_meeting_is_one_quarter_later_on_the_same_weekday(last, expected):
    found = next_meeting_date(last)
    assert found == expected and found.weekday() == last.weekday()
    assert 88 <= (found - last).days <= 95


def _point(kind, **fields):
    return AgendaPoint(kind=kind, title=str(kind.value), **fields)


def test_a_question_needs_an_answer_or_a_reason_while_other_points_are_exempt():
    points = [
        _point(K.LIAISON_FORM, question="Quand ?"),
        _point(K.COMPLAINTS, question="Où en est-on ?", answer="  "),
        _point(K.CARRIED, no_answer_reason="Devis attendu"),
        _point(K.COMMITMENT_FOLLOW_UP, answer="Fait le 3 mars."),
        _point(K.GUEST_SLOT),
        _point(K.LANDLORD_INFORMATION, discussion="Travaux"),
        _point(K.NEIGHBOURHOOD_LIFE, question="Fête des voisins, qui s'en charge ?"),
        _point(K.PREVIOUS_MINUTES),
    ]
    missing = missing_answers(points)
    assert [p.kind for p in missing] == [K.LIAISON_FORM, K.COMPLAINTS, K.NEIGHBOURHOOD_LIFE]
    assert [p.kind for p in points_to_carry(points)] == [K.LIAISON_FORM, K.COMPLAINTS, K.CARRIED, K.NEIGHBOURHOOD_LIFE]


def test_meeting_statuses_follow_their_life_cycle():
    S = MeetingStatus
    path = [S.PLANNED, S.CONVENED, S.HELD, S.MINUTES_DRAFTED, S.HELD, S.MINUTES_DRAFTED, S.SIGNED, S.AMENDED]
    for current, target in zip(path, path[1:]):
        check_meeting_transition(current, target)
    check_meeting_transition(S.PLANNED, S.HELD)
    for current, target in [(S.PLANNED, S.SIGNED), (S.HELD, S.SIGNED), (S.SIGNED, S.HELD),
                            (S.AMENDED, S.SIGNED), (S.CONVENED, S.PLANNED), (S.MINUTES_DRAFTED, S.PLANNED)]:
        with pytest.raises(ForbiddenTransition, match=f"“{current.label}” cannot become “{target.label}”"):
            check_meeting_transition(current, target)
    assert {s for s in S if s.is_locked} == {S.SIGNED, S.AMENDED}


def test_meetings_and_attendance_refuse_impossible_values():
    with pytest.raises(InvalidValue, match="cannot end"):
        Meeting(date=TODAY, start_time=dt.time(18), end_time=dt.time(17)).validate()
    with pytest.raises(InvalidValue, match="who represents Mme Roux"):
        Invitation(name="Mme Roux", presence=Presence.REPRESENTED).validate()
    with pytest.raises(InvalidValue, match="cannot leave"):
        Invitation(name="M. Blanc", arrived_at=dt.time(15), left_at=dt.time(14)).validate()
    with pytest.raises(InvalidValue, match="who made the commitment"):
        Commitment(what="Réparer").validate()


def test_dates_are_written_in_the_users_language():
    assert long_date(dt.date(2026, 3, 1), weekday=True) == "Sunday 1 March 2026"
    i18n.set_language("fr")
    assert long_date(dt.date(2026, 3, 1), weekday=True) == "dimanche 1er mars 2026"
    assert long_date(dt.date(2026, 6, 11)) == "11 juin 2026"


# Every complaint still open is followed (issue 10, item 9) ----------------------------------------
def _pending(number, passed_on, **fields):
    return PendingComplaint(_complaint(number, **fields), passed_on)


def test_complaints_still_open_but_unchanged_come_back_under_still_pending_with_their_waiting_time():
    lift = _pending(4, dt.date(2025, 11, 2))
    heating = _pending(6, dt.date(2026, 2, 10), category=HEATING, name="Heating", title="Radiateurs froids")
    charges = _pending(9, None, building=10, category=3, name="Charges", title="Régularisation 2025")
    points = build_agenda(_previous(), [], [], [], [_complaint(30)], TODAY, building_names=BUILDINGS,
                          meeting_date=TODAY, still_pending=[heating, lift, charges])
    complaint_points = [p for p in points if p.kind == K.COMPLAINTS]
    assert [p.title for p in complaint_points] == [
        "Lift – Bâtiment B: 1 complaint",
        "Still pending – Bâtiment A: 1 complaint",
        "Still pending – Bâtiment B: 2 complaints",
    ]
    in_b = complaint_points[2]
    assert in_b.complaint_ids == [4, 6] and in_b.needs_answer
    lines = in_b.question.splitlines()
    # The longest waiting first, each with its waiting time counted to the meeting's day.
    assert lines[1] == ("– Complaint 4, Lift (“Ascenseur en panne”): waiting for the landlord for 130 days, "
                        "since 2 November 2025.")
    assert lines[2].startswith("– Complaint 6, Heating (“Radiateurs froids”): waiting for the landlord for 30 days")
    assert "not passed to the landlord yet" in complaint_points[1].question
    # Every open complaint is on the agenda, once.
    listed = [i for p in points for i in p.complaint_ids]
    assert sorted(listed) == [4, 6, 9, 30]


def test_a_still_pending_complaint_already_on_a_carried_point_is_not_repeated():
    points = build_agenda(_previous(), [], [_unanswered()], [], [], TODAY,
                          still_pending=[_pending(3, dt.date(2026, 1, 5))])
    assert [i for p in points for i in p.complaint_ids] == [3]
    assert not [p for p in points if p.title.startswith("Still pending")]


def test_waiting_times_are_said_in_french():
    i18n.set_language("fr")
    try:
        points = build_agenda(None, [], [], [], [], TODAY, building_names=BUILDINGS,
                              still_pending=[_pending(4, dt.date(2026, 3, 11))])
    finally:
        i18n.set_language("en")
    pending = next(p for p in points if p.kind == K.COMPLAINTS)
    assert pending.title == "Toujours en attente – Bâtiment B : 1 réclamation"
    assert "en attente du bailleur depuis 1 jour (transmise le 11 mars 2026)" in pending.question


def test_titles_are_stored_whole():
    question = ("Les boîtes aux lettres de l'entrée 5 ont été forcées trois fois depuis janvier ; peut-on "
                "changer la serrure et poser un éclairage devant ?")
    form = LiaisonForm(id=9, question=question, received_on=dt.date(2026, 2, 1))
    commitment = Commitment(id=5, what=question, owner_name="M. Haddad")
    points = build_agenda(None, [commitment], [], [form], [], TODAY)
    assert question in points[0].title and question in points[1].title
    assert "…" not in points[0].title + points[1].title
