"""The story's own days, named without a year long after them ("the May 9 events" in a report
of January 2025 are the riots of 2023), and the same words near the day's yearly return (an
anniversary, a plan for the coming May 9), which keep the ordinary reading.  Sentences written
for these tests; the expected dates are worked out by hand from the story's known days
(story.json: 2023-05-09 protest, 2024-02-08 election, 2024-11-26 protest)."""

from datetime import date

import pytest

from dashboard import load_corpus
from dashboard.dates import find_dates
from dashboard.story import default_story

KNOWN = default_story().known_day_map()


def value_of(text: str, cue: str, published: date, known=KNOWN):
    found = [m for m in find_dates(text, published, known_days=known) if m.text == cue]
    assert len(found) == 1, [m.text for m in find_dates(text, published, known_days=known)]
    return found[0]


@pytest.mark.parametrize("text, cue, published, expected", [
    # long after: the story's day, whatever the tense of the sentence
    ("The government plans to launch a judicial probe into the May 9 and November 26 events.", "May 9",
     date(2025, 1, 20), "2023-05-09"),
    ("The government plans to launch a judicial probe into the May 9 and November 26 events.", "November 26",
     date(2025, 1, 20), "2024-11-26"),
    ("Courts are still hearing cases of the violence on May 9.", "May 9", date(2024, 12, 22), "2023-05-09"),
    # near the day's return: the ordinary reading
    ("The party will hold rallies on May 9 to mark the anniversary.", "May 9", date(2024, 4, 25), "2024-05-09"),
    ("The party will observe February 8 as a black day.", "February 8", date(2025, 1, 20), "2025-02-08"),
    # a year written out is never changed; a day the story does not know keeps its reading
    ("The riots of May 9, 2024 were smaller.", "May 9, 2024", date(2025, 1, 20), "2024-05-09"),
    ("The committee met on March 3.", "March 3", date(2024, 12, 22), "2024-03-03"),
])
def test_a_yearless_mention_of_a_known_day(text, cue, published, expected):
    assert value_of(text, cue, published).value == expected


@pytest.mark.parametrize("text, cue, published, expected", [
    # a plan or a postponement target far from the day's return is the day to come, not the story's
    ("The PTI will hold rallies across the country on May 9.", "May 9", date(2026, 1, 15), "2026-05-09"),
    ("The election tribunal on Monday adjourned the hearing till February 8.", "February 8", date(2025, 10, 20),
     "2026-02-08"),
])
def test_a_plan_for_a_known_day_keeps_its_own_year(text, cue, published, expected):
    assert value_of(text, cue, published).value == expected


def test_a_29_february_with_no_leap_year_near_does_not_crash():
    from dashboard.story import KnownDay
    leap = {(2, 29): KnownDay(date(2024, 2, 29), "protest")}
    # 2025, 2026 and 2027 have no 29 February: the latest one before the report is 2024's
    assert value_of("The riots of February 29 were the worst.", "February 29", date(2026, 6, 1)).value == "2024-02-29"
    assert value_of("The riots of February 29 were the worst.", "February 29", date(2026, 6, 1), leap).value \
        == "2024-02-29"


def test_without_the_story_the_engine_reads_the_year_as_before():
    text = "The government plans to launch a judicial probe into the May 9 events."
    # a name looks back: the latest May 9 before the report
    assert value_of(text, "May 9", date(2025, 1, 20), known={}).value == "2024-05-09"


def test_a_known_day_named_long_after_is_typed_by_the_story_and_happened(tmp_path, isolated_cache):
    (tmp_path / "a.txt").write_text(
        " date 2025-01-20\nISLAMABAD: The PTI committee on Monday demanded a judicial inquiry into the May 9 "
        "and November 26 incidents, its spokesman said.\n", encoding="utf-8")
    events = load_corpus(tmp_path).events
    by_date = {str(e.date)[:10]: e for e in events.itertuples()}
    assert by_date["2023-05-09"].type == "protest" and by_date["2023-05-09"].status == "happened"
    assert by_date["2024-11-26"].type == "protest" and by_date["2024-11-26"].status == "happened"
    assert by_date["2025-01-20"].type != "protest"  # the demand itself is no riot


@pytest.mark.parametrize("text, cue, expected", [
    # A page that prints no date: a name of one of the story's days is that day ...
    ("The commissioner said the results of the February 8 elections were changed.", "February 8", "2024-02-08"),
    ("Hundreds were tried for the May 9 riots.", "May 9", "2023-05-09"),
    # ... and so is its day in a sentence, told as done, that holds one of the day's nouns ...
    ("Pakistanis voted in national and provincial elections on Feb. 8 amid a mobile shutdown.", "Feb. 8",
     "2024-02-08"),
    ("Observers noted the completion of the polling on 8 February across the country.", "8 February", "2024-02-08"),
    ("ملک میں 8 فروری کو عام انتخابات ہوئے تھے۔", "8 فروری", "2024-02-08"),
    # ... up to four words after the noun, or after ", which" ...
    ("The elections were held on February 8 amid a mobile phone blackout.", "February 8", "2024-02-08"),
    ("The UK voiced concern about the elections held in Pakistan on February 8.", "February 8", "2024-02-08"),
    ("The bloc noted the general elections, which took place on 8 February, with concern.", "8 February",
     "2024-02-08"),
    # ... but a bare day-month, or a day the story does not know, has no year to take; nor has the
    # day of a plan, or of an anniversary, though the sentence names the elections.
    ("The commissioner resigned on February 8 and left.", "February 8", None),
    ("The March 5 session was stormy.", "March 5", None),
    # (3 March 2024, the house's vote for prime minister, is one of the story's days: its name has the year)
    ("The March 3 session was stormy.", "March 3", "2024-03-03"),
    ("The party will hold protests against the rigged elections on February 8.", "February 8", None),
    ("The rally on Feb 8 marked the first anniversary of the disputed elections.", "Feb 8", None),
    # (a comma that no "which" follows ends the noun's reach: the day is another act's)
    ("PTI, which rejected the elections, protested on February 8 across the country.", "February 8", None),
    ("Supporters who disputed the elections took to the streets across the country on February 8.", "February 8",
     None),
    # (nor a noun that an act is against, three or four words back: a black day a year on, maybe)
    ("PTI observed a black day against the elections in all cities on February 8.", "February 8", None),
    ("PTI workers rallied against the rigged elections across Punjab on February 8.", "February 8", None),
])
def test_an_undated_page_names_the_story_s_days(text, cue, expected):
    found = [m for m in find_dates(text, None, known_days=KNOWN) if m.text == cue]
    assert len(found) == 1 and found[0].value == expected



def test_a_whole_date_of_a_known_day_long_after_takes_its_type_when_no_act_does(tmp_path, isolated_cache):
    (tmp_path / "a.txt").write_text(
        " date 2025-01-22\nISLAMABAD: The party wants two commissions to probe the incidents of May 9, 2023. "
        "Imran Khan was arrested on May 9, 2023 in Islamabad.\n", encoding="utf-8")
    events = load_corpus(tmp_path).events
    types = sorted(events[events.date == "2023-05-09"].type)
    # the incidents are the story's riots (protest); the arrest keeps its own act's type (legal)
    assert types == ["legal", "protest"]


def test_an_act_on_a_known_day_keeps_its_own_type(tmp_path, isolated_cache):
    (tmp_path / "a.txt").write_text(
        " date 2025-01-22\nLAHORE: The party's core committee met on May 9, 2023 in Lahore. "
        "Police registered cases on May 9 against the rioters.\n", encoding="utf-8")
    events = load_corpus(tmp_path).events
    # a meeting held that day is no riot; a legal step taken that day stays legal
    assert sorted(events[events.date == "2023-05-09"].type) == ["legal", "other"]


def test_a_whole_date_of_a_known_day_near_it_keeps_the_ordinary_type():
    # written on the day itself: no story type is carried
    [m] = [m for m in find_dates("The incidents of May 9, 2023 shocked the country.", date(2023, 5, 10),
                                 known_days=KNOWN) if m.text == "May 9, 2023"]
    assert m.day_type is None


@pytest.mark.parametrize("text", [
    "The party wants a probe into the incidents of May 9. A day later, the leaders met.",
    "The party wants a probe into the events of May 9. A day later, the leaders met.",
])
def test_a_date_named_by_incidents_or_events_of_sets_no_narrative_time(text):
    # "A day later" cannot count from a date that only names the riots: it stays unresolved
    found = {m.text: m for m in find_dates(text, date(2025, 1, 22), known_days=KNOWN)}
    assert found["May 9"].names_happening
    assert found["A day later"].value is None


@pytest.mark.parametrize("text, cue, published, expected", [
    # the day's own nouns name the vote, even in the weeks of its first anniversary
    ("The party will protest against the rigging in the February 8 elections.", "February 8",
     date(2025, 2, 5), "2024-02-08"),
    ("The opposition still rejects the elections held on February 8.", "February 8", date(2025, 1, 30), "2024-02-08"),
    ("انہوں نے کہا کہ 8 فروری کا الیکشن قوم کے لیے ناقابل قبول ہے۔", "8 فروری", date(2026, 2, 4), "2024-02-08"),
    # its return, and what is not named by those nouns, stay the coming day
    ("The party will observe a black day on February 8 against the elections.", "February 8",
     date(2025, 2, 5), "2025-02-08"),
    ("The party will mark the February 8 anniversary of the elections.", "February 8", date(2025, 2, 5), "2025-02-08"),
    # 'the matter of May 9' names the riots
    ("He said the matter of May 9 would be buried if the polls were called fair.", "May 9",
     date(2024, 2, 14), "2023-05-09"),
])
def test_the_days_own_nouns_name_it_near_its_return(text, cue, published, expected):
    assert value_of(text, cue, published).value == expected

