"""Dates of the fifteenth round: a bare month a few months ahead, in a clause told neither as done nor
as to come, is the coming one ("once its programme expires in April", said in February); "expected in"
looks ahead.  Sentences our own; the expected months are worked out by hand."""

from datetime import date

import pytest

from dashboard.dates import find_dates


def months(text: str, published: date) -> list[tuple[str, str]]:
    return [(m.text, m.value) for m in find_dates(text, published)]


@pytest.mark.parametrize("text, published, expected", [
    ("Pakistan must negotiate a new bailout once its current programme expires in April.", date(2024, 2, 12),
     ("in April", "2024-04")),
    ("Talks with a lenders' mission expected in Islamabad in April are the first test of the new minister.",
     date(2024, 2, 14), ("in April", "2024-04")),
    # across the year's end: said in November, "in January" is the next one
    ("The commission's term ends in January, and the parties disagree on a successor.", date(2024, 11, 20),
     ("in January", "2025-01")),
])
def test_a_near_month_in_a_clause_of_no_tense_is_the_coming_one(text, published, expected):
    assert expected in months(text, published)


@pytest.mark.parametrize("text, published, expected", [
    ("He was elected in April.", date(2024, 2, 12), ("in April", "2023-04")),  # told as done
    ("Turnout was higher than expected in April.", date(2024, 2, 12), ("in April", "2023-04")),
    # far ahead: ten months on is no near plan, the month gone stays
    ("Inflation peaked in December, the bureau says.", date(2024, 2, 12), ("in December", "2023-12")),
])
def test_a_month_told_as_done_or_far_ahead_stays_behind(text, published, expected):
    assert expected in months(text, published)
