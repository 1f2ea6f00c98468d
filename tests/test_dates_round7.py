"""Date rules of the seventh loader round.  Sentences written for these tests; the expected
values are read off the text by hand (publication: Tuesday 5 March 2024)."""

from datetime import date

import pytest

from dashboard.dates import find_dates

TUE = date(2024, 3, 5)


def mentions(text):
    return {m.text: m for m in find_dates(text, TUE)}


@pytest.mark.parametrize("text", [
    "Independents won the most seats in the General Elections 2024.",
    "Observers published a report on Elections-2024 and its results.",
    "The opposition says the polls 2024 were rigged.",
    "ذرائع کے مطابق عام انتخابات 2024 میں دھاندلی کی گئی۔",
])
def test_a_year_after_its_election_noun_is_the_year(text):
    years = [m for m in find_dates(text, TUE) if m.precision == "year"]
    assert [(m.text, m.value) for m in years] == [("2024", "2024")]


@pytest.mark.parametrize("text", [
    "The party took the lead in the by-election 2024 in Lahore.",   # one of that year's many
    "The assembly passed the budget 2024-25 on Friday.",            # a fiscal year, not a year
    "Turnout in the elections 2,024 polling stations reported was low.",
])
def test_a_number_after_an_election_noun_that_is_no_year_of_it(text):
    assert [m.text for m in find_dates(text, TUE) if m.precision == "year"] == []
