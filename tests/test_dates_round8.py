"""Date rules of the eighth loader round.  Sentences written for these tests; the expected
values are read off the text by hand (publication: Monday 30 June 2025, so the Friday before
is 27 June and the Friday after is 4 July)."""

from datetime import date

import pytest

from dashboard.dates import find_dates

MON = date(2025, 6, 30)


def friday(text: str):
    [m] = [m for m in find_dates(text, MON) if m.text.endswith("Friday's")]
    return m


@pytest.mark.parametrize("text", [
    "The party will file a review petition against Friday's verdict.",
    "Lawyers will challenge Friday's ruling in the Supreme Court.",
    "The government will implement Friday's order on the reserved seats.",
])
def test_what_is_answered_on_a_weekday_has_happened(text):
    assert (friday(text).value, friday(text).status) == ("2025-06-27", "happened")


@pytest.mark.parametrize("text", [
    "The government banned Friday's planned rally.",
    "Police blocked the roads into the city ahead of Friday's scheduled march.",
    "Police will act against Friday's planned march.",  # answered, but still to come
])
def test_a_weekdays_planned_happening_lies_ahead_whatever_the_verb(text):
    assert (friday(text).value, friday(text).status) == ("2025-07-04", "planned")


def test_a_weekdays_happening_without_either_keeps_the_clauses_tense():
    assert friday("Friday's rally will be held in Lahore.").value == "2025-07-04"
    assert friday("Friday's rally was held in Lahore.").value == "2025-06-27"
    assert friday("Police will act against Friday's protest.").value == "2025-07-04"  # a bare "against": either
    assert friday("The party said Friday's planned rally had been a success.").value == "2025-06-27"


@pytest.mark.parametrize("text, cue, value", [
    ("The march began on November 24, a Sunday, with convoys leaving Peshawar.", "November 24, a Sunday", "2024-11-24"),
    ("The vote was held on 3 March, which was a Sunday.", "3 March, which was a Sunday", "2024-03-03"),
])
def test_a_weekday_in_apposition_to_a_date_is_the_same_mention(text, cue, value):
    found = find_dates(text, date(2024, 12, 9) if "November" in text else date(2024, 3, 10))
    assert [(m.text, m.value) for m in found] == [(cue, value)]


def test_an_urdu_date_with_its_weekday_after_buruz_is_one_mention():
    found = find_dates("انہوں نے 3 مارچ بروز اتوار قومی اسمبلی میں ووٹ حاصل کئے۔", date(2024, 3, 4))
    assert [m.value for m in found] == ["2024-03-03"]


def test_a_weekday_in_apposition_says_the_year_of_a_yearless_date():
    # written on 20 February 2025: 8 February 2025 was a Saturday, 8 February 2024 a Thursday
    [m] = find_dates("The vote was held on February 8, a Thursday.", date(2025, 2, 20))
    assert m.value == "2024-02-08"


def test_a_participle_joined_by_a_hyphen_is_no_past_verb():
    # "strike-delayed" describes the by-elections; "will hold" makes Thursday the coming one (Mon 6 May 2024)
    [m] = find_dates("The commission will hold the strike-delayed by-elections on Thursday.", date(2024, 5, 6))
    assert (m.value, m.status) == ("2024-05-09", "planned")
