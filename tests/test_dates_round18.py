"""Dates of the eighteenth round.  Every sentence is our own.

- A weekday in apposition, past one describing word and a preposition ("A year ago today, on a cold
  Thursday morning", "on February 8, a cold Thursday"), names the same day as the date before it.
"""

from datetime import date

from dashboard.dates import find_dates


def _found(sentence: str, published: date) -> list[tuple[str, str]]:
    return [(m.text, m.value) for m in find_dates(sentence, published, language="en")]


def test_a_year_ago_today_and_its_weekday_are_one_day():
    # published Saturday 8 February 2025: a year back is Thursday 8 February 2024, not the Thursday just gone
    assert _found("A year ago today, on a cold Thursday morning, millions queued to vote.", date(2025, 2, 8)) == [
        ("A year ago today, on a cold Thursday morning", "2024-02-08")]


def test_a_date_and_its_described_weekday_are_one_day():
    # 8 February was a Thursday in 2024: the weekday picks that year on a page of 2025
    assert _found("Voting was held on February 8, a cold Thursday, across the country.", date(2025, 1, 10)) == [
        ("February 8, a cold Thursday", "2024-02-08")]


def test_a_weekday_two_words_on_stays_its_own_day():
    # "a day before Friday": more than one word between, so Friday is a day of its own
    found = _found("Results were due on February 8, a day before Friday prayers.", date(2024, 2, 10))
    assert ("February 8", "2024-02-08") in found and len(found) == 2


def test_an_ordinal_day_with_its_month_is_that_month_s():
    # "the 9th of May" is May 9 (of the year before, a report of March 2024), not the 9th of this month
    assert _found("He promised an inquiry into cases filed after the 9th of May riots.", date(2024, 3, 2)) == [
        ("9th of May", "2023-05-09")]
    assert _found("On the 12th of March the court ruled.", date(2024, 3, 20)) == [("12th of March", "2024-03-12")]
