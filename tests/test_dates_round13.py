"""Date rules of the thirteenth loader round: counts from the story's vote named bare ("three days
after the polls").  Sentences written for these tests; the expected days are counted by hand from
8 February 2024, the general election."""

from datetime import date

import pytest

from dashboard.dates import find_dates
from dashboard.story import default_story

AUGUST = date(2024, 8, 8)  # an op-ed six months on


def counted(text: str, published: date | None = AUGUST, language: str = "en") -> list[tuple[str, str | None]]:
    return [(m.text, m.value) for m in find_dates(text, published, language=language,
                                                   known_days=default_story().known_day_map())
            if m.kind in {"shift", "anchorday"}]


@pytest.mark.parametrize("text, language, cue, expected", [
    ("Three days after the polls, the commission finally completed its count.", "en", "Three days after",
     "2024-02-11"),
    ("Nine days after the general elections, a senior official said he had changed results.", "en",
     "Nine days after", "2024-02-17"),
    ("The party filed its first petitions two days after the elections.", "en", "two days after", "2024-02-10"),
    ("The United States urged a probe a day after the vote.", "en", "a day after", "2024-02-09"),
    # "two blasts in Balochistan a day before the general elections"
    ("بلوچستان میں عام انتخابات سے ایک روز قبل دو دھماکے ہوئے۔", "ur", "ایک روز قبل", "2024-02-07"),
    # "ten days after the general elections the commissioner confessed"
    ("عام انتخابات کے دس روز بعد کمشنر نے اعتراف کیا۔", "ur", "دس روز بعد", "2024-02-18"),
])
def test_a_count_from_the_vote_named_bare_counts_from_the_storys_day(text, language, cue, expected):
    assert counted(text, language=language) == [(cue, expected)]


def test_the_storys_vote_outweighs_the_narratives_last_date():
    # the narrative set February 11 (the last results); "nine days after the polls" still counts from the vote
    found = [(m.text, m.value) for m in find_dates("Nine days after the polls, the Rawalpindi commissioner resigned.",
                                                    date(2024, 3, 1), anchor=date(2024, 2, 11),
                                                    known_days=default_story().known_day_map())]
    assert found == [("Nine days after", "2024-02-17")]


def test_a_narrative_weeks_after_the_vote_is_at_another_vote():
    # "Senate elections were held on April 2. ... A day after the polls": the narrative's own vote
    found = [(m.text, m.value) for m in find_dates("A day after the polls, Gilani was elected unopposed.",
                                                    date(2024, 4, 28), anchor=date(2024, 4, 2),
                                                    known_days=default_story().known_day_map())]
    assert found == [("A day after", "2024-04-03")]


@pytest.mark.parametrize("text, published", [
    # another vote: a qualifier before the noun, or a word of another vote in the sentence
    ("Two days after the Senate polls, the party protested.", AUGUST),
    ("A day after the elections, the Senate chairman took the oath of office.", date(2024, 4, 12)),
    ("The results came three days after the by-elections.", date(2024, 4, 30)),
    # long after the vote, "the polls" are others
    ("Three days after the polls, the commission completed its count.", date(2026, 3, 1)),
    # before the vote, they have not happened
    ("Three days after the polls, the commission will announce results.", date(2024, 1, 20)),
    # Urdu by-elections: "ضمنی" before the noun
    ("ضمنی انتخابات کے دو روز بعد نتائج جاری ہوئے۔", date(2024, 4, 30)),
    # another country's, or another year's
    ("Three days after the polls in India, the results were announced.", date(2024, 6, 8)),
    ("Three weeks after the elections in Bangladesh, the opposition protested.", date(2024, 2, 20)),
    ("In 2018, three days after the polls, the party formed a government.", date(2024, 7, 25)),
    ("Three days after the polls of July 25, 2018, the party claimed victory.", date(2024, 7, 25)),
    ("2018 کے عام انتخابات کے تین روز بعد حکومت بنی۔", date(2024, 7, 25)),
    ("Two days after the elections, President-elect Donald Trump named his cabinet.", date(2024, 11, 10)),
    ("Candidates contested in the bye-elections. Two days after the polls, results came.", date(2024, 4, 30)),
    # a period of a month is a vague now, not a day
    ("In the month after the polls, the dust settled.", date(2024, 4, 30)),
    # another vote told in the sentence or the one before
    ("PML-N swept the by-elections held on Sunday. Two days after the polls, the PTI rejected the results.",
     date(2024, 4, 25)),
    ("A day after the vote, Asif Ali Zardari took oath as the 14th president.", date(2024, 3, 12)),
    ("Two days after the vote on the 26th amendment, the party went to court.", date(2024, 10, 25)),
    ("A day after the election, Donald Trump declared victory.", date(2024, 11, 10)),
    ("In 2018, PTI won the polls. Three days after the polls, Imran Khan addressed the nation.", date(2024, 7, 25)),
])
def test_a_count_from_another_vote_is_not_counted_from_the_storys_day(text, published):
    language = "ur" if any("\u0600" <= ch <= "\u06ff" for ch in text) else "en"
    assert all(value != date(2024, 2, 8).isoformat() and (value is None or value[:7] != "2024-02")
               for _, value in counted(text, published, language))


@pytest.mark.parametrize("text, cue, monday", [
    # 1 April 2024 was a Monday, 7 April a Sunday; 30 June 2024 a Sunday (its last week: 25 to 30)
    ("The Senate polls were held in the first week of April.", "in the first week of April", "2024-04-01"),
    ("The budget is likely in the last week of June.", "in the last week of June", "2024-06-24"),
])
def test_a_week_of_a_month_within_one_calendar_week_is_that_week(text, cue, monday):
    found = [(m.text, m.value, m.precision) for m in find_dates(text, date(2024, 5, 1))]
    assert found == [(cue, monday, "week")]


@pytest.mark.parametrize("text, cue, first, last", [
    # 8 March 2024 was a Friday: its second week runs into the next calendar week
    ("Talks resumed in the second week of March 2024.", "in the second week of March 2024", "2024-03-08",
     "2024-03-14"),
    # 25 February 2024 was a Sunday
    ("Last week of February 2024 saw the first sessions.", "Last week of February 2024", "2024-02-25",
     "2024-02-29"),
    ("Protests were held in early March.", "in early March", "2024-03-01", "2024-03-10"),
])
def test_a_part_of_a_month_across_two_calendar_weeks_stays_a_month(text, cue, first, last):
    found = [(m.text, m.value, m.precision, m.date_start, m.date_end) for m in find_dates(text, date(2024, 5, 1))]
    assert found == [(cue, first[:7], "month", first, last)]


def test_the_last_week_of_a_month_is_no_last_week_from_publication():
    # 31 March 2024 was a Sunday: its last week is Monday the 25th to the 31st (not the week before 2 May)
    found = [(m.text, m.value, m.precision) for m in find_dates("Sugar prices rose in the last week of March.",
                                                                date(2024, 5, 2))]
    assert found == [("in the last week of March", "2024-03-25", "week")]


@pytest.mark.parametrize("text, cue", [
    ("Khan's allies won the most seats in Thursday's general election, results showed.", "Thursday's"),
    ("The count dragged on for days after Thursday’s vote.", "after Thursday’s"),
])
def test_on_a_page_with_no_date_thursdays_vote_is_the_storys_vote(text, cue):
    # 8 February 2024 was a Thursday; the page prints no date, so only the vote's own weekday names it
    found = [(m.text, m.value) for m in find_dates(text, None, known_days=default_story().known_day_map())]
    assert found == [(cue, "2024-02-08")]


@pytest.mark.parametrize("text", [
    "Friday's vote for the speaker was delayed.",            # the vote fell on a Thursday, not a Friday
    "Last Thursday's polls were rigged, the party said.",    # counted from a day the page does not give
    "Thursday's hearing was adjourned.",                     # no noun of the vote
    "On Thursday election officials said turnout was low.",  # no genitive: a day, not a name
    "PTI workers were arrested during Sunday's protests.",   # a protest noun names any protest
    "Thursday's Senate polls were postponed.",               # another vote
    "Labour won a landslide in Thursday's election in Britain.",  # another country's
    "Thursday's budget vote was put off.",                   # a word between: another vote
    "Thursday's repolls in NA-88 were peaceful.",            # not the word "polls"
])
def test_other_weekdays_on_a_page_with_no_date_stay_unresolved(text):
    found = find_dates(text, None, known_days=default_story().known_day_map())
    assert all(m.value is None for m in found)
