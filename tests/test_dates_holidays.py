"""Holidays as dates: fixed Pakistani days (calendar data) and the Islamic ones from the language
folders' table of dates observed in Pakistan, resolved to the nearest occurrence by tense."""

from datetime import date

import pytest

from dashboard import languages
from dashboard.dates import find_dates


def one(text, published, language=None):
    found = [m for m in find_dates(text, date.fromisoformat(published), language=language)]
    assert len(found) == 1, [m.text for m in found]
    return found[0]


@pytest.mark.parametrize("text, published, value, status", [
    # Eid-ul-Fitr was observed in Pakistan on 10 April 2024, Eid-ul-Adha on 17 June 2024.
    ("PTI workers staged a sit-in outside Adiala jail on Eid-ul-Fitr.", "2024-04-15", "2024-04-10", "happened"),
    ("The party will hold rallies on Eidul Azha.", "2024-05-20", "2024-06-17", "planned"),
    ("Party leaders will visit the jail on Eid al-Adha.", "2024-05-20", "2024-06-17", "planned"),
    ("Khan's sisters were not allowed to meet him on Eid.", "2024-06-20", "2024-06-17", "happened"),
    ("PTI leaders will spend Eid in Peshawar.", "2025-03-20", "2025-03-31", "planned"),
    # A holiday the report announces, a few days ahead, is the coming one, whatever the verb's tense.
    ("The government announced a three-day holiday for Eid.", "2025-03-27", "2025-03-31", "planned"),
    ("On Pakistan Day, the PTI held rallies in Lahore.", "2024-03-25", "2024-03-23", "happened"),
    ("The PML-N celebrated Youm-e-Takbeer with rallies across Punjab.", "2024-05-29", "2024-05-28", "happened"),
    ("Supporters will march in Islamabad on Independence Day.", "2024-07-30", "2024-08-14", "planned"),
    ("Eid-ul-Fitr 2023 passed quietly in the province.", "2024-05-01", "2023-04-22", "happened"),
])
def test_holiday_is_its_day(text, published, value, status):
    m = one(text, published)
    assert (m.value, m.precision, m.status) == (value, "day", status)


@pytest.mark.parametrize("text", [
    "We will march towards Islamabad after Eidul Fitr.",
    "The sit-in will go on until Eid.",
    "The party will decide its line of action ahead of Eid ul Adha.",
])
def test_a_holiday_that_bounds_a_time_dates_nothing(text):
    m = one(text, "2025-03-26")
    assert m.value is None and "bounds a time" in m.problem


def test_a_count_from_a_holiday_counts_from_its_day():
    found = {m.text: m for m in find_dates("PTI workers protested two days after Eid-ul-Fitr.", date(2024, 4, 20))}
    assert found["two days after"].value == "2024-04-12"


def test_no_date_outside_the_table_and_no_holiday_inside_a_word():
    assert one("The rally on Eid was cancelled.", "2027-06-01").value is None
    assert find_dates("PTI workers gathered at the Eidgah ground in Peshawar.", date(2024, 4, 20)) == []


@pytest.mark.parametrize("text, published, value, status", [
    ("تحریک انصاف نے یوم آزادی پر جلسہ کیا۔", "2024-08-20", "2024-08-14", "happened"),
    ("عید الفطر پر کارکن جیل کے باہر احتجاج کریں گے۔", "2025-03-20", "2025-03-31", "planned"),
    ("عیدالاضحیٰ کے روز کارکنوں نے مظاہرہ کیا۔", "2024-06-20", "2024-06-17", "happened"),
])
def test_urdu_holidays(text, published, value, status):
    m = one(text, published, "ur")
    assert (m.value, m.precision, m.status) == (value, "day", status)


def test_urdu_holiday_after_which_something_happens_dates_nothing():
    assert one("عید الاضحیٰ کے بعد احتجاج ہوگا۔", "2024-06-01", "ur").value is None


def test_holiday_table_is_checked(tmp_path):
    import json
    import shutil
    folder = tmp_path / "xx"
    shutil.copytree(languages.HERE / "en", folder)
    data = json.loads((folder / "holidays.json").read_text(encoding="utf-8"))
    data["movable_holidays"]["Diwali"] = "diwali"
    (folder / "holidays.json").write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(languages.LanguageError, match=r"holidays\.json: key 'movable_holidays'"):
        languages.validate(folder)
    data["movable_holidays"].pop("Diwali")
    data["fixed_holidays"]["Leap Day"] = "02-30"
    (folder / "holidays.json").write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(languages.LanguageError, match=r"holidays\.json: key 'fixed_holidays'"):
        languages.validate(folder)


@pytest.mark.parametrize("text, published, language, value", [
    ("On the second day of Eid, PTI leaders met Imran Khan in Adiala jail.", "2024-04-13", None, "2024-04-11"),
    ("عید کے دوسرے روز پی ٹی آئی رہنماؤں نے عمران خان سے ملاقات کی۔", "2025-04-02", "ur", "2025-04-01"),
    ("On the eve of Independence Day, the party held rallies in Lahore.", "2024-08-20", None, "2024-08-13"),
])
def test_a_day_counted_within_a_holiday(text, published, language, value):
    assert one(text, published, language).value == value


@pytest.mark.parametrize("text, language", [
    ("عید گاہ میں نماز ادا کی گئی۔", "ur"),            # the Eid prayer ground
    ("پارٹی نے عید ملن پارٹی کا اہتمام کیا۔", "ur"),     # a get-together in the weeks after Eid
    ("PTI held an Eid Milan party in Lahore.", None),
])
def test_words_named_after_eid_are_no_dates(text, language):
    assert find_dates(text, date(2024, 4, 20), language=language) == []
