"""The complaint life cycle and field rules, as DOMAIN.md states them."""

import datetime as dt
import itertools

import pytest

from desktop.domain.complaints import (
    OPEN_STATUSES,
    TRANSITIONS,
    Complaint,
    ComplaintStatus as S,
    allowed_transitions,
    check_transition,
)
from desktop.domain.errors import ForbiddenTransition, InvalidValue

EXPECTED_ALLOWED = {
    (S.NEW, S.PASSED_TO_LANDLORD), (S.NEW, S.IN_PROGRESS), (S.NEW, S.RESOLVED),
    (S.NEW, S.REJECTED), (S.NEW, S.DUPLICATE), (S.NEW, S.NOT_LANDLORD_RESPONSIBILITY),
    (S.PASSED_TO_LANDLORD, S.IN_PROGRESS), (S.PASSED_TO_LANDLORD, S.RESOLVED),
    (S.PASSED_TO_LANDLORD, S.REJECTED), (S.PASSED_TO_LANDLORD, S.DUPLICATE),
    (S.PASSED_TO_LANDLORD, S.NOT_LANDLORD_RESPONSIBILITY),
    (S.IN_PROGRESS, S.RESOLVED), (S.IN_PROGRESS, S.REJECTED), (S.IN_PROGRESS, S.DUPLICATE),
    (S.IN_PROGRESS, S.NOT_LANDLORD_RESPONSIBILITY),
    (S.RESOLVED, S.CLOSED), (S.RESOLVED, S.REOPENED),
    (S.REOPENED, S.PASSED_TO_LANDLORD), (S.REOPENED, S.IN_PROGRESS), (S.REOPENED, S.RESOLVED),
    (S.REOPENED, S.REJECTED), (S.REOPENED, S.DUPLICATE), (S.REOPENED, S.NOT_LANDLORD_RESPONSIBILITY),
}


def _args(target):
    return {"reason": "because", "duplicate_of": 7 if target == S.DUPLICATE else None, "complaint_id": 1}


@pytest.mark.parametrize("current,target", sorted(EXPECTED_ALLOWED, key=str))
def test_every_allowed_transition_passes(current, target):
    check_transition(current, target, **_args(target))
    assert target in allowed_transitions(current)


FORBIDDEN = sorted(set(itertools.product(S, S)) - EXPECTED_ALLOWED, key=str)


@pytest.mark.parametrize("current,target", FORBIDDEN)
def test_every_other_transition_is_refused_with_a_sentence(current, target):
    with pytest.raises(ForbiddenTransition) as raised:
        check_transition(current, target, **_args(target))
    assert "cannot become" in raised.value.message


def test_the_table_has_no_transition_the_domain_does_not_describe():
    declared = {(a, b) for a, targets in TRANSITIONS.items() for b in targets}
    assert declared == EXPECTED_ALLOWED


def test_final_statuses_offer_no_action():
    for status in (S.CLOSED, S.REJECTED, S.DUPLICATE, S.NOT_LANDLORD_RESPONSIBILITY):
        assert allowed_transitions(status) == ()


@pytest.mark.parametrize("target", [S.REJECTED, S.NOT_LANDLORD_RESPONSIBILITY, S.REOPENED])
def test_dismissing_or_reopening_needs_a_reason(target):
    current = S.RESOLVED if target == S.REOPENED else S.NEW
    with pytest.raises(InvalidValue):
        check_transition(current, target, reason="   ")


def test_a_duplicate_names_another_complaint():
    with pytest.raises(InvalidValue):
        check_transition(S.NEW, S.DUPLICATE, duplicate_of=None)
    with pytest.raises(InvalidValue):
        check_transition(S.NEW, S.DUPLICATE, duplicate_of=5, complaint_id=5)
    check_transition(S.NEW, S.DUPLICATE, duplicate_of=4, complaint_id=5)


def test_open_statuses_are_the_ones_awaiting_the_landlord():
    assert OPEN_STATUSES == {S.NEW, S.PASSED_TO_LANDLORD, S.IN_PROGRESS, S.REOPENED}
    assert not S.RESOLVED.is_open and S.REOPENED.is_open


def test_a_complaint_needs_a_title_and_a_category():
    with pytest.raises(InvalidValue, match="title"):
        Complaint(title="  ", category_id=1).validate()
    with pytest.raises(InvalidValue, match="category"):
        Complaint(title="Fuite", category_id=None).validate()
    with pytest.raises(InvalidValue, match="too long"):
        Complaint(title="x" * 201, category_id=1).validate()


def test_due_date_cannot_precede_opening():
    complaint = Complaint(title="Fuite", category_id=1, opened_on=dt.date(2026, 3, 1), due_on=dt.date(2026, 2, 1))
    with pytest.raises(InvalidValue, match="due date"):
        complaint.validate()


def test_overdue_means_open_and_past_due():
    today = dt.date(2026, 3, 12)
    late = Complaint(title="Fuite", category_id=1, opened_on=dt.date(2026, 1, 1), due_on=dt.date(2026, 3, 1))
    assert late.is_overdue(today)
    late.status = S.RESOLVED
    assert not late.is_overdue(today)
    assert not Complaint(title="x", category_id=1).is_overdue(today)
