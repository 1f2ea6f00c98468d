"""Types of the fourteenth loader round: a date that stands after whom a speaker addressed ("told a
jubilant crowd in Lahore on Friday that ...") is the saying's, and what was said does not type it; the
new assemblies' first sessions in Urdu are government formation.  Sentences written for these tests;
the types are read off the text by hand."""

from datetime import date

import pytest

from dashboard.actors import default_matcher
from dashboard.dates import find_dates
from dashboard.events import sentence_events
from dashboard.story import default_story


def typed(sentence: str, published: date, language: str = "en") -> list[tuple[str, str]]:
    mentions = find_dates(sentence, published, language=language, known_days=default_story().known_day_map())
    matcher = default_matcher()
    events = sentence_events(sentence, 0, mentions, matcher.find(sentence), matcher, published.isoformat())
    return [(e["cue"], e["type"]) for e in events]


@pytest.mark.parametrize("sentence, expected", [
    ("Nawaz Sharif told a jubilant crowd in Lahore on Friday that his party had won the most seats in the "
     "election.", ("on Friday", "statement")),
    ("The chief election commissioner told reporters at the commission's headquarters on Sunday that the "
     "elections had been held in a transparent manner.", ("on Sunday", "statement")),
])
def test_a_date_after_the_listener_is_the_sayings(sentence, expected):
    assert expected in typed(sentence, date(2024, 2, 12))


@pytest.mark.parametrize("sentence, expected", [
    # what was done, not to whom it was said: the arrests keep their day
    ("PTI said police arrested twenty workers in Lahore on Sunday.", ("on Sunday", "legal")),
    # a passive verb's doer after it is no listener: the results are announced this evening
    ("Results are expected to be announced by the returning officers this evening.", ("this evening", "results")),
])
def test_a_date_after_a_clause_of_its_own_is_not_the_sayings(sentence, expected):
    assert expected in typed(sentence, date(2024, 2, 12))


@pytest.mark.parametrize("sentence, expected", [
    # "the first session of the Punjab Assembly will be held on Friday"
    ("پنجاب اسمبلی کا پہلا اجلاس جمعہ کو ہوگا۔", ("جمعہ کو", "government_formation")),
    # "the president on Thursday summoned the session of the National Assembly"
    ("صدر نے جمعرات کو قومی اسمبلی کا اجلاس طلب کر لیا۔", ("جمعرات کو", "government_formation")),
])
def test_an_urdu_first_session_is_government_formation(sentence, expected):
    assert expected in typed(sentence, date(2024, 2, 20), "ur")


def test_a_commissions_meeting_in_urdu_stays_other():
    # "the Election Commission has summoned a meeting on Monday": no assembly's session
    found = typed("الیکشن کمیشن نے پیر کو اجلاس طلب کر لیا ہے۔", date(2024, 7, 13), "ur")
    assert found and all(kind != "government_formation" for _, kind in found)


@pytest.mark.parametrize("sentence, expected", [
    ("The anti-graft bureau initiated an inquiry into the land deal in March 2023.", ("in March 2023", "legal")),
    ("The Federal Investigation Agency on Monday launched a probe into the leaked audio.", ("on Monday", "legal")),
])
def test_opening_an_inquiry_is_legal(sentence, expected):
    assert expected in typed(sentence, date(2025, 1, 15))


@pytest.mark.parametrize("sentence, expected", [
    # a participle of speaking opens the sentence with the saying's day
    ("Speaking on Monday, the information minister said the rally had broken the terms of its permit.",
     ("on Monday", "statement")),
    # no "that": what follows the saying's day is what was said, and the court named in it does no act
    ("PTI chairman Gohar Ali Khan said on Monday night the party would challenge the verdict in the "
     "Peshawar High Court.", ("on Monday night", "statement")),
    ("\u201cWe are proud of our people,\u201d said a message from the party posted on its social media account "
     "on Saturday afternoon.",
     ("on Saturday afternoon", "statement")),
])
def test_the_day_of_a_saying(sentence, expected):
    assert expected in typed(sentence, date(2024, 3, 5))


def test_what_a_speech_verb_takes_as_object_is_no_listener():
    # "rejected the claim on March 4": no listener or place between the verb and the date, so the
    # saying rule does not apply; the commission's rejection with its court action stays legal
    found = typed("The ECP rejected the claim on March 4, and the next day the SIC moved the Peshawar High Court.",
                  date(2024, 3, 10))
    assert ("March 4", "legal") in found


def test_an_urdu_courts_meeting_is_legal():
    # "the full court's meeting was held today": a court's act; a party committee's meeting stays other
    assert ("آج", "legal") in typed("آج فل کورٹ کا اجلاس ہوا جس میں تمام ججز نے شرکت کی۔", date(2024, 7, 12), "ur")
    assert ("آج", "other") in typed("تحریک انصاف کی کور کمیٹی کا اجلاس آج ہوا۔", date(2024, 7, 12), "ur")


@pytest.mark.parametrize("sentence, expected", [
    ("The new parliament must convene by February 29 under the constitution.", ("February 29", "government_formation")),
    # a prison term is no office's
    ("The former minister completed his jail term in May.", ("in May", "legal")),
])
def test_a_new_parliament_that_must_convene(sentence, expected):
    assert expected in typed(sentence, date(2024, 3, 11))


def test_an_assembly_that_has_to_meet_for_its_budget_forms_no_government():
    found = typed("The provincial assembly has to convene by June 10 to pass the provincial budget.", date(2024, 5, 20))
    assert ("by June 10", "government_formation") not in found
    assert ("June 10", "government_formation") not in found


def test_a_verb_after_the_date_opens_what_was_said():
    # no "that": the protesters are the said clause's subject, and their act keeps its type
    found = typed("The DIG told Dawn protesters in Quetta on Friday blocked the highway for six hours.",
                  date(2024, 2, 14))
    assert ("on Friday", "protest") in found


@pytest.mark.parametrize("sentence, expected", [
    # an assembly that met to pass an amendment forms no government
    ("The National Assembly convened on Sunday night to take up the constitutional amendment, which was passed "
     "in the early hours of Monday.", ("on Sunday night", "legal")),
    # a candidate who stands down withdraws from a race
    ("The party's candidate for the provincial seat stood down on Saturday in favour of an allied nominee "
     "ahead of the by-election.", ("on Saturday", "election")),
    # leaders who spoke with another party held talks
    ("Leaders of the two parties spoke on Monday with the MQM-P about joining the federal cabinet.",
     ("on Monday", "government_formation")),
])
def test_sessions_candidates_and_talks_keep_their_types(sentence, expected):
    assert expected in typed(sentence, date(2024, 10, 22))
