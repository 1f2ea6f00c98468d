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
    ("The ministry will have to withdraw the letter within one week.", "within one week", "2024-03-12", "day"),
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
    # a span, not a date
    "The party will form the government in the province for the fourth time in 15 years.",
    "Sunday's gathering will be the biggest rally in two years.",
    "The committee will meet twice in a week.",
    # counted from something else
    "The tribunals will decide the petitions within 180 days from the date of filing.",
    # a plan reported from a time the text does not give
    "The commission had said it would announce the results within three days.",
    # an obligation is no future: a rule, or what already happened ("must be respected")
    "Under the constitution, the president has to summon the session within 21 days.",
])
def test_a_stretch_of_time_is_no_date(text):
    counts = [m for m in find_dates(text, TUE) if m.text.split()[0].lower() in {"in", "within"}]
    assert all(m.value is None for m in counts), [m.as_dict() for m in counts]


def test_a_count_ahead_never_lands_before_publication():
    # 31 January + 14 days is past on 20 February: counted from publication instead (5 March, a Tuesday)
    found = {m.text: m for m in find_dates("Khan, who was convicted on January 31, will be released in two weeks.",
                                           date(2024, 2, 20))}
    assert (found["in two weeks"].value, found["in two weeks"].precision) == ("2024-03-04", "week")


@pytest.mark.parametrize("text, cue, value", [
    # an obligation about what already happened stays past
    ("The mandate given by the people on February 8 must be respected.", "February 8", "2024-02-08"),
    ("The votes cast on Thursday must be recounted.", "on Thursday", "2024-02-29"),
])
def test_must_does_not_move_a_past_date_ahead(text, cue, value):
    assert mentions(text)[cue].value == value
