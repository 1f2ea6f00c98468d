"""Second round of date fixes: the direction of a weekday (a call *for* a day looks ahead; a
reporting verb governs the date right after it), a bracketed weekday explaining a date, weekday
and month ranges, a range as no narrative day, a participle after "have <object>" under a plan, a
year relative qualifying the day before it, and Urdu past verbs at the clause's end.
Sentences are our own; expected dates worked out with a calendar (2024-02-17 was a Saturday,
2024-02-14 a Wednesday, 2024-02-19 a Monday)."""

from datetime import date

import pytest

from dashboard.dates import find_dates


def found(text, published):
    return [(m.text, m.value, m.date_end, m.precision, m.status)
            for m in find_dates(text, date.fromisoformat(published)) if m.value]


def one(text, published, cue):
    hits = {m.text: m for m in find_dates(text, date.fromisoformat(published))}
    assert cue in hits, list(hits)
    return hits[cue]


@pytest.mark.parametrize("text, cue, value, status", [
    # A call for a day looks ahead, in a Saturday paper.
    ("A rally was called for Sunday in Lahore.", "Sunday", "2024-02-18", "planned"),
    ("The hearing has been fixed for Monday.", "Monday", "2024-02-19", "planned"),
    # The reporting verb governs the date right after its addressee and place.
    ("The chairman told reporters in Lahore on Monday the party would challenge the results.",
     "on Monday", "2024-02-12", "happened"),
    ("Party leaders told a news conference Tuesday they would boycott the session.",
     "Tuesday", "2024-02-13", "happened"),
    ("The spokesman said in Karachi on Thursday the party would appeal.", "on Thursday", "2024-02-15", "happened"),
    # The date inside the reported clause stays the reported clause's.
    ("The chairman told reporters the party would march on Monday.", "on Monday", "2024-02-19", "planned"),
    ("The spokesman said the rally on Friday would be peaceful.", "on Friday", "2024-02-23", "planned"),
])
def test_the_clause_that_governs_a_weekday_sets_its_direction(text, cue, value, status):
    m = one(text, "2024-02-17", cue)
    assert (m.value, m.status) == (value, status)


def test_a_weekday_in_brackets_explains_the_date_before_it():
    assert found("The assembly will meet on November 24 (Sunday) to elect the speaker.", "2024-02-17") == [
        ("November 24 (Sunday)", "2024-11-24", "2024-11-24", "day", "planned")]


@pytest.mark.parametrize("published, first, last", [
    ("2024-02-14", "2024-02-17", "2024-02-19"),   # from Wednesday: the coming Saturday to Monday
    ("2024-02-19", "2024-02-24", "2024-02-26"),   # on a Monday: the next weekend's, not today
])
def test_a_weekday_range_in_a_future_clause_is_one_period_ahead(published, first, last):
    for text in ("The party will hold sit-ins from Saturday till Monday across the province.",
                 "The PTI has announced protests from Saturday till Monday."):
        assert found(text, published) == [("from Saturday till Monday", first, last, "day", "planned")]


def test_a_month_range_is_one_period_of_month_precision():
    assert found("He served as prime minister from October 2018 to April 2022.", "2024-02-17") == [
        ("from October 2018 to April 2022", "2018-10", "2022-04-30", "month", "happened")]


def test_a_weekend_is_no_day_for_earlier_in_the_day():
    text = "Protesters gathered in several cities over the weekend. Earlier in the day, police arrested ten workers."
    m = one(text, "2024-02-19", "Earlier in the day")
    assert m.value == "2024-02-19"  # the report's own day, not the weekend's Sunday
    text = "Protesters gathered over the weekend. On the same day, police arrested ten workers."
    assert one(text, "2024-02-19", "the same day").value is None


@pytest.mark.parametrize("text, value", [
    ("The tribunal now plans to have all remaining petitions decided in December.", "2024-12"),
    ("The commission is set to get the appeals settled in March.", "2024-03"),
])
def test_a_participle_after_have_its_object_under_a_plan_is_no_past(text, value):
    m = [m for m in find_dates(text, date(2024, 2, 17)) if m.value][0]
    assert (m.value, m.status) == (value, "planned")


def test_a_participle_without_a_plan_is_still_past():
    m = find_dates("The parties have decided in December to merge.", date(2024, 2, 17))[0]
    assert m.value == "2023-12"


@pytest.mark.parametrize("text, cue", [
    ("The trials over the May 9 violence last year are still pending.", "May 9"),
    ("Last year, on May 9, protesters stormed a military building.", "May 9"),
    ("گزشتہ سال نو مئی کو ہنگامے ہوئے تھے۔", "نو مئی"),
])
def test_a_year_relative_qualifies_its_day_and_is_no_year_of_its_own(text, cue):
    # In a June 2025 report May 9 alone would be this year's; "last year" makes it 2024.
    mentions = [m for m in find_dates(text, date(2025, 6, 1)) if m.value]
    assert [(m.text, m.value) for m in mentions] == [(cue, "2024-05-09")]


def test_a_year_relative_after_a_verb_is_its_own_date():
    text = "On May 9 protesters stormed buildings last year."
    assert [m.precision for m in find_dates(text, date(2025, 6, 1)) if m.value] == ["day", "year"]


@pytest.mark.parametrize("text, value", [
    ("دھرنے 3 جنوری کو ختم ہو گئے تھے۔", "2024-01-03"),  # past: this January, never next year's
    ("The sit-ins ended on January 3.", "2024-01-03"),
    ("دھرنے 3 جنوری کو ختم ہوں گے۔", "2025-01-03"),  # future: the coming one
])
def test_a_past_clause_never_takes_next_years_day(text, value):
    m = [m for m in find_dates(text, date(2024, 12, 20)) if m.value][0]
    assert m.value == value


@pytest.mark.parametrize("text, cue, value", [
    ("پی ٹی آئی نے گزشتہ روز لاہور میں احتجاج کیا۔", "گزشتہ روز", "2025-02-11"),
    ("وزیر اعظم آج اسلام آباد میں خطاب کریں گے۔", "آج", "2025-02-12"),
    ("کمیشن کل فیصلہ سنائے گا۔", "کل", "2025-02-13"),
    ("پولیس نے کل دس کارکنوں کو گرفتار کیا۔", "کل", "2025-02-11"),
    ("پیر کے روز قومی اسمبلی کا اجلاس ہوا۔", "پیر کے روز", "2025-02-10"),
    ("رواں ہفتے کابینہ کا اجلاس ہوگا۔", "رواں ہفتے", "2025-02-10"),
    ("آئندہ ماہ ضمنی انتخابات ہوں گے۔", "آئندہ ماہ", "2025-03"),
    ("دھرنے 23 جنوری کو ختم ہو گئے تھے۔", "23 جنوری", "2025-01-23"),
])
def test_urdu_relative_days_and_periods(text, cue, value):
    assert one(text, "2025-02-12", cue).value == value


def test_urdu_the_next_day_follows_the_narrative():
    text = "پولیس نے کل دس کارکنوں کو گرفتار کیا۔ اگلے روز عدالت نے سماعت ملتوی کر دی۔"
    assert one(text, "2025-02-12", "اگلے روز").value == "2025-02-12"  # the day after yesterday


@pytest.mark.parametrize("text, cue, value", [
    ("The notice issued on 17-Feb-24 was withdrawn.", "17-Feb-24", "2024-02-17"),
    ("The record dated 3-Mar-2023 was produced.", "3-Mar-2023", "2023-03-03"),
    ("A copy dated Feb-17-2024 was filed.", "Feb-17-2024", "2024-02-17"),
])
def test_hyphenated_day_month_year_forms(text, cue, value):
    assert one(text, "2024-02-20", cue).value == value


def test_a_relative_day_in_brackets_explains_the_date_before_it():
    # Printed the next morning: the date written out wins over "today" read from publication.
    assert found("Khan completed two years in prison on August 5 (today).", "2025-08-06") == [
        ("August 5 (today)", "2025-08-05", "2025-08-05", "day", "happened")]


def test_a_yearless_datelines_year_is_not_a_background_year_far_from_the_folder():
    from collections import Counter

    from dashboard.layout import analyse

    # 12 February 2024 was a Monday; 2026's was a Thursday ("Thursday's election" fits it as the dateline's day).
    lead = "LAHORE, Feb 12 (APP): Voters who stayed home in Thursday's election were urged to join the protest."
    named = "LAHORE, Feb 12 (APP): The turnout in Thursday's election was lower than in the 2018 polls, officials said."
    for text in (lead, named):
        alone = analyse(text)
        assert alone.partial_published == (2, 12)  # a guess, left for the folder to settle
        folder = analyse(text, folder_years=Counter({2024: 10, 2025: 3}))
        assert folder.published == date(2024, 2, 12)


@pytest.mark.parametrize("text, cue, value, status", [
    # 2023-03-22 was a Wednesday.
    ("The district administration granted the party permission to hold a rally in the park on Saturday.",
     "on Saturday", "2023-03-25", "planned"),
    ("The party has been allowed to stage a sit-in outside the commission on Friday.",
     "on Friday", "2023-03-24", "planned"),
    ("The chairman has announced holding a power show in the city on Sunday.", "on Sunday", "2023-03-26", "planned"),
    ("The chairman announced to hold a public gathering in the city on Sunday.", "on Sunday", "2023-03-26", "planned"),
    # A past happening still looks back.
    ("The chairman addressed a power show in the city on Sunday.", "on Sunday", "2023-03-19", "happened"),
])
def test_a_permission_or_an_announcement_for_a_day_looks_ahead(text, cue, value, status):
    m = one(text, "2023-03-22", cue)
    assert (m.value, m.status) == (value, status)


def test_a_date_after_an_indefinite_article_names_a_happening():
    # "a September 8 rally" in a future clause is still the rally that was held, not next year's.
    text = "The minister will have to apologise for his remarks at a September 8 rally in the capital."
    assert one(text, "2024-09-21", "September 8").value == "2024-09-08"


def test_a_day_still_ahead_is_no_day_for_earlier_in_the_day():
    # 2023-03-12 was a Sunday: the rally is tomorrow; "earlier in the day" is the report's own Sunday.
    text = ("The administration allowed the party to hold a rally on Monday (tomorrow). Earlier in the day, "
            "the government imposed restrictions on gatherings in the city.")
    assert one(text, "2023-03-12", "Earlier in the day").value == "2023-03-12"


@pytest.mark.parametrize("text, cue, value, status", [
    # 2024-09-12 was a Thursday: a call for Friday looks ahead, a postposition may be written onto the month.
    ("جماعت نے جمعہ کے روز ملک گیر احتجاج کی کال دے رکھی تھی۔", "جمعہ کے روز", "2024-09-13", "planned"),
    ("کارکنوں نے 8 ستمبرکو جلسے میں شرکت کی۔", "8 ستمبر", "2024-09-08", "happened"),
])
def test_urdu_a_call_for_a_day_and_a_glued_postposition(text, cue, value, status):
    m = one(text, "2024-09-12", cue)
    assert (m.value, m.status) == (value, status)


def test_a_dateline_with_day_and_month_in_figures():
    from collections import Counter

    from dashboard.layout import analyse

    # 24 February 2024 was a Saturday; day first, as the region's papers write it.
    text = "LAHORE, 24/2: The provincial assembly elected its speaker on Saturday after a stormy session."
    layout = analyse(text, folder_years=Counter({2024: 5}))
    assert (layout.dateline, layout.published) == ("LAHORE", date(2024, 2, 24))
    text = "Islamabad, 11/2: The commission released the final results of all constituencies after a delay."
    assert analyse(text).partial_published == (2, 11)  # no year yet: the folder completes it
    assert analyse(text, folder_years=Counter({2024: 5})).published == date(2024, 2, 11)


@pytest.mark.parametrize("text, cue, value", [
    # 2024-09-12 was a Thursday: what is put off still lay ahead.
    ("جماعت نے کل کا احتجاج موخر کر دیا۔", "کل", "2024-09-13"),
    ("The commission postponed Saturday's meeting of the parliamentary leaders.", "Saturday's", "2024-09-14"),
    # Without a postponement the same day looks back.
    ("جماعت نے کل احتجاج کیا۔", "کل", "2024-09-11"),
    ("The parliamentary leaders attended Saturday's meeting.", "Saturday's", "2024-09-07"),
])
def test_a_date_that_owns_what_is_put_off_lies_ahead(text, cue, value):
    assert one(text, "2024-09-12", cue).value == value
