"""Properties of resolved dates that hold for any publication date."""

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from dashboard.dates import find_dates, period_bounds

days = st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31))
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
URDU_WEEKDAYS = ["پیر", "منگل", "بدھ", "جمعرات", "جمعہ", "ہفتے", "اتوار"]


@settings(max_examples=200, deadline=None)
@given(published=days, phrase=st.sampled_from(["last week", "گزشتہ ہفتے"]))
def test_last_week_is_the_week_before_publications(published, phrase):
    [m] = find_dates(f"Talks collapsed {phrase}.", published)
    monday = date.fromisoformat(m.value)
    assert m.precision == "week" and monday.weekday() == 0
    assert monday <= published - timedelta(days=7) < monday + timedelta(days=7)
    assert m.date_end == (monday + timedelta(days=6)).isoformat()
    assert period_bounds(m.value, "week") == (monday, monday + timedelta(days=6))


FUTURE_SENTENCES = [
    "The alliance will meet on {wd}.", "The party plans to rally next week.", "The court will rule tomorrow.",
    "The cabinet is scheduled to meet this {wd}.", "Workers will gather over the weekend.",
    "The committee will report next month.", "پارٹی {uwd} کو احتجاج کرے گی۔", "کل اجلاس ہوگا۔",
    "آئندہ ہفتے اتحاد کا اعلان ہوگا۔",
]


@settings(max_examples=300, deadline=None)
@given(published=days, template=st.sampled_from(FUTURE_SENTENCES), weekday=st.integers(0, 6))
def test_planned_relative_mention_is_not_before_publication(published, template, weekday):
    text = template.format(wd=WEEKDAYS[weekday], uwd=URDU_WEEKDAYS[weekday])
    [m] = find_dates(text, published)
    assert m.status == "planned", (text, m)
    assert m.anchor_from == "publication"
    assert date.fromisoformat(m.date_end) >= published


@settings(max_examples=300, deadline=None)
@given(published=days, month=st.integers(1, 12), a=st.integers(1, 28), b=st.integers(1, 28),
       form=st.sampled_from(["from {m} {a} to {m} {b}", "{m} {a}-{b}", "{a}-{b} {m}", "between {a} and {b} {m}",
                             "on {m} {a} and {b}"]))
def test_a_range_ends_on_or_after_it_begins(published, month, a, b, form):
    text = "Hearings were held " + form.format(m=MONTHS[month - 1], a=a, b=b) + " in the capital."
    for m in find_dates(text, published):
        if m.value:
            assert m.date_end >= m.date_start
            assert m.date_start == (m.value if m.precision == "day" else m.date_start)
    if a < b:
        [m] = find_dates(text, published)
        assert (int(m.date_start[8:]), int(m.date_end[8:])) == (a, b)


@settings(max_examples=200, deadline=None)
@given(published=days, weekday=st.integers(0, 6))
def test_this_weekday_falls_in_publications_week_or_the_next(published, weekday):
    [m] = find_dates(f"The caucus will vote this {WEEKDAYS[weekday]}.", published)
    resolved = date.fromisoformat(m.value)
    assert resolved.weekday() == weekday and 0 <= (resolved - published).days < 7


@settings(max_examples=200, deadline=None)
@given(published=days, n=st.integers(1, 20), unit=st.sampled_from(["days", "weeks"]))
def test_later_counts_from_the_narrative_date(published, n, unit):
    first = published - timedelta(days=40)
    text = f"Polling took place on {first.day} {MONTHS[first.month - 1]} {first.year}. {n} {unit} later, it ended."
    mentions = find_dates(text, published)
    step = n * (7 if unit == "weeks" else 1)
    assert mentions[-1].value == (first + timedelta(days=step)).isoformat()
    assert mentions[-1].anchor == first.isoformat()


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(list("abc MayJune 0123456789-:.,")
                                + ["منگل", " کو", " کل", " گا", "ہفتے", "۱۲", " فروری", "ء", " the ", "next", "day"]),
                max_size=60).map("".join))
def test_any_text_is_safe(text):
    for m in find_dates(text, date(2024, 2, 14)):
        assert 0 <= m.start < m.end <= len(text)
        if m.value is not None:
            assert m.precision in {"day", "week", "month", "year"}
            assert m.date_start <= m.date_end and m.status in {"happened", "planned"}
