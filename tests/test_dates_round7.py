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


def test_an_urdu_year_before_its_genitive_and_election_noun_is_the_year():
    [m] = [m for m in find_dates("پی ٹی آئی نے کہا کہ 2024 کے انتخابات میں دھاندلی ہوئی۔", TUE) if m.precision == "year"]
    assert (m.text, m.value) == ("2024", "2024")


@pytest.mark.parametrize("text, cue, value", [
    # what the report's news "came" after is counted back from publication's day (Tuesday 5 March)
    ("The ruling came a day after the court declared the party eligible for the seats.", "a day after", "2024-03-04"),
    ("The move comes two days after the party announced a boycott.", "two days after", "2024-03-03"),
    ("The decision came just a week after the commission issued its notification.", "a week after", "2024-02-27"),
])
def test_what_the_news_came_after_is_counted_back(text, cue, value):
    assert mentions(text)[cue].value == value


def test_a_count_back_from_the_news_day_does_not_move_the_narrative():
    text = ("Zardari was elected president on Monday. The vote came six days after Shehbaz Sharif was elected "
            "prime minister. A day earlier, the UN said it hoped for calm.")
    found = {m.text: m.value for m in find_dates(text, TUE, news_day=date(2024, 3, 4))}
    # the lead's day is Monday 4 March: six days before is 27 February; "a day earlier" is not the 26th
    # (Monday is two sentences back, beyond an anchor's reach: it counts from publication, Tuesday)
    assert (found["on Monday"], found["six days after"], found["A day earlier"]) == \
        ("2024-03-04", "2024-02-27", "2024-03-04")


def test_a_count_after_came_that_reaches_a_date_counts_from_it():
    text = "The verdict came three days after the February 8 elections."
    assert mentions(text)["three days after"].value == "2024-02-11"


def test_an_urdu_when_clause_does_not_lend_its_plan_to_the_date_before_it():
    # "the talks had ended on 23 January, when Imran Khan announced ending the talks": past, 2025
    text = "حکومت اور تحریک انصاف کے درمیان مذاکرات 23 جنوری کو اس وقت ختم ہو گئے تھے جب عمران خان نے بات چیت ختم کرنے کا اعلان کیا۔"
    [m] = find_dates(text, date(2025, 2, 8))
    assert (m.value, m.status) == ("2025-01-23", "happened")


def test_a_weekday_that_names_its_happening_moves_no_narrative():
    # Saturday 10 February: "Thursday's polls" name the vote; "a day earlier" is the day before the report's
    text = ("Independent candidates won the most seats in Thursday's polls, but no party has a majority. "
            "A day earlier, Nawaz Sharif had claimed victory.")
    found = {m.text: m.value for m in find_dates(text, date(2024, 2, 10))}
    assert (found["Thursday's"], found["A day earlier"]) == ("2024-02-08", "2024-02-09")


def test_what_people_have_been_told_to_do_is_planned():
    text = "Supporters have been told to hold peaceful protests on Sunday if the results are not corrected."
    m = mentions(text)["on Sunday"]
    assert (m.value, m.status) == ("2024-03-10", "planned")  # the Sunday after Tuesday 5 March


@pytest.mark.parametrize("text, value, status", [
    # "alleging rigging, PTI has announced a protest outside the press club on Saturday" (Thursday 25 April)
    ("تحریک انصاف نے دھاندلی کا الزام لگاتے ہوئے ہفتے کو لاہور پریس کلب کے باہر احتجاجی مظاہرے کا اعلان کیا ہے۔",
     "2024-04-27", "planned"),
    # "-تے ہوئے" is "while ...-ing": the past verb that governs comes after the date
    ("انہوں نے پیر کو پریس کانفرنس سے خطاب کرتے ہوئے کہا کہ انتخابات میں دھاندلی ہوئی۔", "2024-04-22", "happened"),
    ("پولیس نے ہفتے کو لاہور میں کارکنوں کو گرفتار کر لیا۔", "2024-04-20", "happened"),
])
def test_urdu_announced_protests_and_while_clauses(text, value, status):
    [m] = find_dates(text, date(2024, 4, 25))
    assert (m.value, m.status) == (value, status)


@pytest.mark.parametrize("text, published, news_day, cue, value", [
    # a date the sentence gives what came: counted back from it
    ("The ECP's notification, issued on February 20, came three days after the high court ordered it to decide.",
     TUE, None, "three days after", "2024-02-17"),
    ("Khan's conviction in the Toshakhana case on January 31 came a day after a special court sentenced him.",
     TUE, None, "a day after", "2024-01-30"),
    # "That verdict": the date the sentence before gave it
    ("Khan was convicted on January 31 in the Toshakhana case. That verdict came a day after a special court "
     "sentenced him.", date(2024, 2, 6), date(2024, 2, 5), "a day after", "2024-01-30"),
    # the lead's own day in its paragraph (Wednesday 31 January, published Thursday)
    ("An accountability court on Wednesday sentenced Khan to 14 years. The verdict came a day after a special "
     "court sentenced him in another case.", date(2024, 2, 1), None, "a day after", "2024-01-30"),
    # a narrative gone back to a background date is no day of the news
    ("The couple were sentenced on Feb. 3, five days before the general election. The ruling came a day after "
     "the Supreme Court declared the party eligible.", date(2024, 7, 13), None, "a day after", "2024-07-12"),
])
def test_what_came_a_count_after_is_counted_back_from_the_right_day(text, published, news_day, cue, value):
    found = {m.text: m.value for m in find_dates(text, published, news_day=news_day)}
    assert found[cue] == value


@pytest.mark.parametrize("text", [
    "The final verdict is expected to come a week after the court concludes the hearing.",
    "The presidential election will come 10 days after the assemblies elect their chief ministers.",
])
def test_what_is_still_to_come_after_something_undated_has_no_date(text):
    assert all(m.value is None for m in find_dates(text, TUE))


def test_a_matter_taken_up_on_a_day_still_moves_the_narrative():
    text = "The Supreme Court took up the matter on Monday. The next day, the party filed a review petition."
    found = {m.text: m.value for m in find_dates(text, TUE)}
    assert found["The next day"] == "2024-03-05"  # the day after Monday 4 March


@pytest.mark.parametrize("text", [
    "The party won the by elections 2024 in Lahore.",
    "ضمنی انتخابات 2024 میں ن لیگ جیت گئی۔",          # by-elections
    "انتخابات 2000 پولنگ اسٹیشنوں پر ہوئے۔",           # a count of polling stations
])
def test_no_year_of_a_kind_the_year_holds_many_of_nor_a_count(text):
    assert [m.text for m in find_dates(text, TUE) if m.precision == "year"] == []


@pytest.mark.parametrize("text, published, cue, value", [
    # that day a year (or two) on; the day it is of stays its own date (the story's known day here)
    ("PTI marked the first anniversary of the February 8 polls with a public meeting in Swabi.",
     date(2025, 2, 9), "first anniversary", "2025-02-08"),
    ("Supporters gathered on the second anniversary of the February 8 elections.", date(2026, 2, 9),
     "second anniversary", "2026-02-08"),
    # no ordinal: the return of the day nearest publication
    ("PTI marked the anniversary of the February 8 polls with rallies.", date(2025, 2, 9), "anniversary", "2025-02-08"),
    # a day the story does not know: the anniversary is its return nearest publication, the day a year before
    ("They marked the first anniversary of the March 3 vote with a seminar.", date(2025, 3, 5),
     "first anniversary", "2025-03-03"),
])
def test_an_anniversary_of_a_day_is_that_day_years_on(text, published, cue, value):
    from dashboard.story import default_story
    found = {m.text: m for m in find_dates(text, published, known_days=default_story().known_day_map())}
    assert found[cue].value == value
    [day_of] = [m for m in found.values() if m.text != cue and m.precision == "day"]
    assert day_of.value[4:] == value[4:] and day_of.value < value  # the same day, years before


def test_an_anniversary_of_a_year_or_of_nothing_dated_is_no_date():
    for text in ["The party marked the first anniversary of the 2024 elections.",
                 "The anniversary of his arrest passed quietly."]:
        assert [m.text for m in find_dates(text, date(2025, 2, 9)) if "anniversary" in m.text] == []


def test_earlier_today_is_past_and_later_today_to_come():
    found = {m.text: m for m in find_dates("The alliance convened its first rally earlier today. Another "
                                           "will be held later today.", TUE)}
    assert (found["earlier today"].status, found["later today"].status) == ("happened", "planned")


def test_four_figures_before_a_time_zone_are_a_time():
    assert [m.text for m in find_dates("Independents had won 98 of the 245 seats counted by 1830 GMT.", TUE)] == []
    assert [m.value for m in find_dates("11:18 AM Apr 13, 2024 IST", TUE)] == ["2024-04-13"]
