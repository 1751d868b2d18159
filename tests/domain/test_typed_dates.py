"""Dates as people type them in a date field: day first, with or without separators."""

import datetime as dt

import pytest

from desktop.domain.dates import read_typed_date, typed_date
from desktop.domain.errors import InvalidValue

TODAY = dt.date(2026, 12, 3)


@pytest.mark.parametrize("text", ["31/01/2027", "31012027", "31/1/27", "31.01.2027", "31-1-2027",
                                  " 31 / 01 / 2027 ", "2027-01-31", "310127", "31,1,2027"])
def test_every_usual_way_of_typing_31_january_2027_reads_the_same_date(text):
    assert read_typed_date(text, TODAY) == dt.date(2027, 1, 31)


def test_day_and_month_alone_are_in_this_year():
    assert read_typed_date("5/3", TODAY) == dt.date(2026, 3, 5)


def test_empty_text_is_no_date():
    assert read_typed_date("", TODAY) is None
    assert read_typed_date("   ", TODAY) is None


@pytest.mark.parametrize("text", ["sans date31012027", "31/02/2027", "32/01/2027", "31/13/2027", "demain",
                                  "3101", "31/01/2027/4", "1/1/999", "31/01/20277", "0/0/0"])
def test_text_that_is_not_a_date_is_refused_with_a_sentence_naming_it(text):
    with pytest.raises(InvalidValue) as refused:
        read_typed_date(text, TODAY)
    assert text.strip() in refused.value.message
    assert "31/01/2027" in refused.value.message  # the sentence shows how to type one


def test_a_date_is_shown_the_way_it_is_typed_and_reads_back():
    assert typed_date(dt.date(2027, 1, 31)) == "31/01/2027"
    assert typed_date(None) == ""
    for day in (dt.date(2026, 2, 28), dt.date(1999, 12, 31), dt.date(2100, 1, 1)):
        assert read_typed_date(typed_date(day)) == day
