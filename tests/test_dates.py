"""One test per date rule, and properties that hold for any publication date."""

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dashboard.dates import find_dates, resolve_month, resolve_weekday

SAT = date(2024, 2, 17)   # a Saturday
WED = date(2024, 2, 14)   # a Wednesday


def only(text, published=WED):
    found = [m for m in find_dates(text, published)]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("text, published, value, precision", [
    ("PTI and JI, Friday, vowed to protest", SAT, "2024-02-16", "day"),
    ("a countrywide protest on Saturday (today)", SAT, "2024-02-17", "day"),
    ("JI on Wednesday declined the offer", WED, "2024-02-14", "day"),            # same weekday: that day
    ("has called a party meeting on Monday to draft a plan", SAT, "2024-02-19", "day"),  # future
    ("the party will meet on Monday", WED, "2024-02-19", "day"),
    ("the party met on Monday", WED, "2024-02-12", "day"),
    ("secured seats in Thursday's election", date(2024, 2, 13), "2024-02-08", "day"),
    ("since the election five days ago", date(2024, 2, 13), "2024-02-08", "day"),
    ("he told reporters earlier today", WED, "2024-02-14", "day"),
    ("the party said a short while ago", WED, "2024-02-14", "day"),
    ("کمشنر نے کچھ دیر پہلے استعفیٰ دیا", WED, "2024-02-14", "day"),               # "a short while ago"
    ("clashes last night", WED, "2024-02-13", "day"),
    ("the hearing tomorrow (Thursday)", WED, "2024-02-15", "day"),
    ("سماعت کل (جمعرات) کو مقرر کی ہے", WED, "2024-02-15", "day"),   # the weekday says which "کل"
    ("عدالت نے کل (منگل) سماعت کی", WED, "2024-02-13", "day"),
    ("last Friday (February 23) the court met", date(2024, 2, 27), "2024-02-23", "day"),
    ("arrested in August", WED, "2023-08", "month"),
    ("elections will be held in August", WED, "2024-08", "month"),
    ("since August last year", WED, "2023-08", "month"),
    ("ousted in 2022", WED, "2022", "year"),
    ("rejected the February 8 elections", WED, "2024-02-08", "day"),
    ("voting on 8 February", WED, "2024-02-08", "day"),
    ("on Feb 8 the polls", WED, "2024-02-08", "day"),
    ("ISLAMABAD, Feb 12,2024: text", WED, "2024-02-12", "day"),
    ("(Pakistan Point News - 14th Mar, 2024)", WED, "2024-03-14", "day"),
    ("تحریک انصاف 8 فروری 2024ء کے انتخابات", WED, "2024-02-08", "day"),
    ("۸ فروری ۲۰۲۴ء", WED, "2024-02-08", "day"),
    ("on December 28 the court ruled", date(2025, 1, 5), "2024-12-28", "day"),
    ("a vote next month", WED, "2024-03", "month"),
    ("the budget last year", WED, "2023", "year"),
    ("published 2024-02-14", None, "2024-02-14", "day"),
    ("Thursday, Nov. 13, 2025 (AP)", WED, "2025-11-13", "day"),
])
def test_rule(text, published, value, precision):
    mention = only(text, published)
    assert (mention.value, mention.precision) == (value, precision)
    assert text[mention.start:mention.end] == mention.text


@pytest.mark.parametrize("text", [
    "We will not sit with them",          # "We" is no Wednesday
    "he may resign",                       # modal "may" is no month
    "the Su-57 stays off the table",       # no year 1957
    "a long march to the capital",         # lower-case march is a walk
    "5 Min Read",
    "a 12-day war",
    "at 64 and 50, respectively",
    "the 336-member lower house",
    "Pakistan Today reported",             # a newspaper, not a day
])
def test_not_a_date(text):
    assert find_dates(text, WED) == []


def test_impossible_date_is_a_problem_not_a_crash():
    mention = only("on February 31, 2024 nothing happened")
    assert mention.value is None and "impossible" in mention.problem


def test_relative_dates_stay_unresolved_without_publication_date():
    mentions = find_dates("on Friday, five days ago, in August; on February 8, 2024", None)
    by_text = {m.text: m for m in mentions}
    assert by_text["on Friday"].value is None and by_text["on Friday"].problem
    assert by_text["in August"].value is None
    assert by_text["February 8, 2024"].value == "2024-02-08"


def test_leap_day_without_year():
    assert only("on February 29 the count ended", date(2024, 3, 2)).value == "2024-02-29"


days = st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31))
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


@settings(max_examples=300, deadline=None)
@given(published=days, weekday=st.integers(0, 6), future=st.booleans())
def test_weekday_has_that_weekday_within_a_week(published, weekday, future):
    verb = "will meet" if future else "met"
    text = f"The leaders {verb} on {WEEKDAYS[weekday]} in the capital."
    mention = only(text, published)
    resolved = date.fromisoformat(mention.value)
    assert resolved.weekday() == weekday
    assert abs((resolved - published).days) < 7
    assert (resolved >= published) if future else (resolved <= published)


@settings(max_examples=200, deadline=None)
@given(published=days, weekday=st.integers(0, 6), modifier=st.sampled_from(["last", "next", None]))
def test_resolve_weekday_bounds(published, weekday, modifier):
    resolved = resolve_weekday(weekday, published, modifier, future=False)
    assert resolved.weekday() == weekday
    delta = (resolved - published).days
    if modifier == "next":
        assert 1 <= delta <= 7
    elif modifier == "last":
        assert -7 <= delta <= -1
    else:
        assert -6 <= delta <= 0


@settings(max_examples=200, deadline=None)
@given(published=days, month=st.integers(1, 12))
def test_bare_month_is_the_last_one_not_after_publication(published, month):
    year, m = resolve_month(month, published, "in", future=False)
    assert m == month
    assert (year, m) <= (published.year, published.month)
    assert (published.year * 12 + published.month) - (year * 12 + m) < 12


@settings(max_examples=200, deadline=None)
@given(published=days, n=st.integers(1, 60))
def test_days_ago(published, n):
    mention = only(f"it happened {n} days ago", published)
    assert date.fromisoformat(mention.value) == published - timedelta(days=n)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_any_text_is_safe(text):
    for mention in find_dates(text, WED):
        assert 0 <= mention.start < mention.end <= len(text)
        assert mention.value is None or mention.precision in {"day", "week", "month", "year"}
