"""A count of time still to come: "in a fortnight", "within 15 days".  Sentences written for
these tests; the days are counted by hand on a calendar (Tuesday 5 March 2024 is the day of
publication; Friday 1 March the day before it that the text names)."""

from datetime import date

import pytest

from dashboard.dates import find_dates

TUE = date(2024, 3, 5)


def mentions(text):
    return {m.text: m for m in find_dates(text, TUE)}


@pytest.mark.parametrize("text, cue, value, precision", [
    # a deadline is its last day
    ("The court directed the commission to decide the petitions within 15 days.", "within 15 days",
     "2024-03-20", "day"),
    ("The committee will submit its report within three days.", "within three days", "2024-03-08", "day"),
    ("The ministry must withdraw the letter within one week.", "within one week", "2024-03-12", "day"),
    # "in" counts days to the day, and weeks about: the week of the day they reach (19 March, a Tuesday)
    ("The party will name its candidate in three days.", "in three days", "2024-03-08", "day"),
    ("The new cabinet is expected to take oath in a fortnight.", "in a fortnight", "2024-03-18", "week"),
    ("The report will be made public in two months.", "in two months", "2024-05", "month"),
])
def test_a_count_still_to_come_is_a_date_ahead(text, cue, value, precision):
    found = mentions(text)[cue]
    assert (found.value, found.precision, found.status) == (value, precision, "planned")


def test_a_deadline_counts_from_a_day_the_same_sentence_names():
    text = "On Friday, the tribunal ordered that the recount will be completed within seven days."
    assert mentions(text)["within seven days"].value == "2024-03-08"


@pytest.mark.parametrize("text", [
    "Police arrested forty workers in two days.",              # a stretch of the past
    "The verdict will come within a week of the hearing.",     # counted from what the text does not date
    "The party will hold rallies in two days of protests.",    # a stretch of something
])
def test_a_stretch_of_time_is_no_date(text):
    assert all(m.value is None for m in find_dates(text, TUE)), [m.as_dict() for m in find_dates(text, TUE)]
