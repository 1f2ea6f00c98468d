"""Date rules of the twelfth loader round: spans of years and Urdu years before a postposition.
Sentences written for these tests; the expected values are read off the text by hand
(publication: Saturday 2 March 2024)."""

from datetime import date

import pytest

from dashboard.dates import find_dates

SAT = date(2024, 3, 2)


def years(text):
    return [(m.text, m.value, m.date_end) for m in find_dates(text, SAT) if m.precision == "year"]


@pytest.mark.parametrize("text, cue, first, last", [
    ("He served as president between 2008 and 2013.", "between 2008 and 2013", "2008", "2013-12-31"),
    ("He was president of the country from 2008-13.", "from 2008-13", "2008", "2013-12-31"),
    ("He was chief minister from 2013 to 2018.", "from 2013 to 2018", "2013", "2018-12-31"),
    # Urdu: "Shehbaz was prime minister from 2022 to 2023 too"
    ("شہباز شریف 2022 سے 2023 تک بھی وزیر اعظم رہ چکے ہیں۔", "2022 سے 2023", "2022", "2023-12-31"),
])
def test_a_span_of_years_is_one_mention_from_the_first_to_the_last(text, cue, first, last):
    assert years(text) == [(cue, first, last)]


@pytest.mark.parametrize("text", [
    "Between 1900-2000 votes were cast at the station.",   # a count, not years
    "The budget 2024-25 was passed on Friday.",             # no preposition: a fiscal year's name
    "The IMF projects growth of 2 per cent in 2024-25.",    # two years running, the second in two figures:
    "مالی سال 2024-25 میں ٹیکس بڑھا دیے گئے۔",              # a fiscal year (July to June), no calendar span
])
def test_numbers_that_look_like_a_span_of_years_are_not(text):
    assert years(text) == []


def test_a_list_of_two_years_is_two_years_not_a_span():
    found = years("The census was held in 1998 and again in 2017.")
    assert [(cue, value) for cue, value, _ in found] == [("in 1998", "1998"), ("in 2017", "2017")]


@pytest.mark.parametrize("text, cue, value", [
    # "Bugti was first elected to the Balochistan Assembly in 2013"
    ("سرفراز بگٹی 2013ء میں پہلی مرتبہ بلوچستان اسمبلی کے رکن منتخب ہوئے۔", "2013ء", "2013"),
    ("علی امین گنڈا پور 2018 میں دوبارہ رکن صوبائی اسمبلی منتخب ہوئے۔", "2018", "2018"),
    # "during 2019 the party ..."
    ("2019 کے دوران پارٹی نے کئی جلسے کیے۔", "2019", "2019"),
])
def test_an_urdu_year_before_its_postposition_is_the_year(text, cue, value):
    assert [(c, v) for c, v, _ in years(text)] == [(cue, value)]


@pytest.mark.parametrize("text", [
    "پولیس نے 2000 سے زائد کارکنوں کو گرفتار کر لیا۔",   # "more than 2000 workers": a count
    "پولیس نے 2024 سے زائد کارکنوں کو گرفتار کر لیا۔",   # ... even one that could be a year
    "ٹماٹر 2000 میں فروخت ہوئے۔",                        # "sold at 2000": a price
    "2050 میں سے 1800 ووٹ مسترد ہوئے۔",                  # "1800 out of 2050 votes"
    "2000 تک پولنگ اسٹیشن حساس قرار دیے گئے۔",           # "up to 2000 polling stations"
])
def test_an_urdu_number_that_is_no_year_stays_unread(text):
    assert years(text) == []


@pytest.mark.parametrize("text, published", [
    # "polling day" in a sentence of another vote names no day of the general election: a president's
    # (elected by electoral votes) or another country's, whose day follows it (in a report of the general
    # election it is 8 February: see test_vote_day_round17)
    ("On polling day, Zardari secured 411 electoral votes.", date(2024, 3, 10)),
    ("In the US, election day is November 5.", date(2024, 3, 1)),
])
def test_polling_day_alone_is_no_date(text, published):
    from dashboard.story import default_story
    found = find_dates(text, published, known_days=default_story().known_day_map())
    assert all(m.value is None or m.text == "November 5" for m in found)


def test_the_next_evening_follows_the_day_before_it():
    # "suspended on February 8 ... restored only the next evening. Two days later, ..." (Feb 9, then Feb 11)
    found = {m.text: m.value for m in find_dates(
        "Mobile service, suspended on February 8, was restored only the next evening. Two days later, the "
        "commission finished counting.", SAT)}
    assert found["the next evening"] == "2024-02-09" and found["Two days later"] == "2024-02-11"


FEB9_2025 = date(2025, 2, 9)


@pytest.mark.parametrize("text, cue, expected, status", [
    # a date that opens its clause, then a subject and a past verb: told as done, so no day ahead
    ("On March 3, parliament elected Shehbaz Sharif prime minister.", "March 3", "2024-03-03", "happened"),
    # ... not a subject with a future marker, nor one with a relative clause
    ("February 15, repolling will be held at 26 polling stations.", "February 15", "2025-02-15", "planned"),
    ("On March 3, lawmakers who voted for him will gather again.", "March 3", "2025-03-03", "planned"),
    # a past verb before the date may announce it: the day ahead stays
    ("The party announced a meeting in Quetta on February 25.", "February 25", "2025-02-25", "planned"),
])
def test_a_clause_opened_by_its_date_and_told_as_done_looks_back(text, cue, expected, status):
    [m] = [m for m in find_dates(text, FEB9_2025) if m.text == cue]
    assert (m.value, m.status) == (expected, status)


@pytest.mark.parametrize("text, cue, expected", [
    # "last year on 8 February": the year relative before the day (برس as well as سال)
    ("گزشتہ برس 8 فروری کو ہونے والے انتخابات میں دھاندلی ہوئی۔", "8 فروری", "2024-02-08"),
    # "the 21st of this month", "on the 25th", "the 3rd of next month"
    ("ضمنی انتخابات رواں ماہ کی 21 تاریخ کو ہوں گے۔", "رواں ماہ کی 21 تاریخ", "2025-02-21"),
    ("اجلاس 25 تاریخ کو ہوگا۔", "25 تاریخ", "2025-02-25"),
    ("اگلے ماہ کی 3 تاریخ کو فیصلہ سنایا جائے گا۔", "اگلے ماہ کی 3 تاریخ", "2025-03-03"),
    # that very day a year or a month back
    ("The vote took place a year ago today.", "a year ago today", "2024-02-09"),
    ("The elections were held a month ago today.", "a month ago today", "2025-01-09"),
])
def test_more_ways_to_name_a_day(text, cue, expected):
    [m] = [m for m in find_dates(text, FEB9_2025) if m.text == cue]
    assert (m.value, m.precision) == (expected, "day")
