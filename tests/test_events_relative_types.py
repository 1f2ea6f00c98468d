"""Relative date cues ("next week", "two days later", an Urdu week phrase) are typed by the
trigger that governs them, like any other cue: a generic act takes the type of what it is for,
a trailing speech tag does not govern the clause it reports, and the story's triggers cover
hearings of complaints, applications to a commission and cabinets being named.  Sentences are
our own; the expected types are read by hand."""

import pytest

from dashboard.actors import default_matcher
from dashboard.dates import DateMention
from dashboard.events import sentence_events

PUBLISHED = "2024-02-14"  # a Wednesday


def typed(sentence: str, cue: str, value: str, precision: str = "day", published: str = PUBLISHED) -> dict:
    start = sentence.index(cue)
    matcher = default_matcher()
    m = DateMention(start=start, end=start + len(cue), text=cue, kind="test", value=value, precision=precision)
    events = sentence_events(sentence, 0, [m], matcher.find(sentence), matcher, published)
    assert len(events) == 1, events
    return events[0]


@pytest.mark.parametrize("sentence, cue, value, precision, kind", [
    ("The Sindh Assembly will meet next week to elect the chief minister.", "next week", "2024-02-19", "week",
     "government_formation"),
    ("The two leaders met two days later to form a coalition government.", "two days later", "2024-02-10", "day",
     "coalition"),
    ("Lawyers gathered on Monday to stage a sit-in outside the high court.", "on Monday", "2024-02-12", "day",
     "protest"),
    ("Party elders will meet on Friday to file an appeal against the verdict.", "on Friday", "2024-02-16", "day",
     "legal"),
])
def test_a_generic_act_takes_the_type_of_what_it_is_for(sentence, cue, value, precision, kind):
    assert typed(sentence, cue, value, precision)["type"] == kind


def test_a_meeting_with_no_purpose_stays_a_meeting():
    assert typed("The provincial committee will meet next week.", "next week", "2024-02-19", "week")["type"] == "other"


@pytest.mark.parametrize("sentence, cue, value, kind, status", [
    ("The recount in the constituency will be held on February 20 at the returning officer's office, the order said.",
     "on February 20", "2024-02-20", None, "planned"),
    ("Party workers will stage a sit-in on Friday outside the commission, a spokesman said.",
     "on Friday", "2024-02-16", "protest", "planned"),
    ("The bench will hear the appeal on Monday, lawyers said.", "on Monday", "2024-02-19", "legal", "planned"),
])
def test_a_trailing_speech_tag_does_not_govern_the_reported_clause(sentence, cue, value, kind, status):
    event = typed(sentence, cue, value)
    assert event["type"] != "statement" and event["status"] == status
    if kind:
        assert event["type"] == kind


def test_a_speaker_before_the_date_still_governs_it():
    event = typed("On Monday, a party spokesman said the results were final.", "On Monday", "2024-02-12")
    assert event["type"] == "results"


@pytest.mark.parametrize("sentence, cue, value, precision, kind", [
    ("The tribunal will hear complaints about the count from March 25 to March 28.", "from March 25 to March 28",
     "2024-03-25", "day", "legal"),
    ("Three days later, the party applied to the Election Commission for its share of the seats.",
     "Three days later", "2024-02-11", "day", "legal"),
    ("The candidates applied to the high court on Monday for a recount.", "on Monday", "2024-02-12", "day", "legal"),
    ("The provincial cabinet is expected to be named later this week, officials said.", "later this week",
     "2024-02-12", "week", "government_formation"),
    ("The federal cabinet will be sworn in next week.", "next week", "2024-02-19", "week", "government_formation"),
    ("وفاقی کابینہ میں توسیع اگلے ہفتے ہوگی۔", "اگلے ہفتے", "2024-02-19", "week", "government_formation"),
])
def test_story_triggers_type_relative_cues(sentence, cue, value, precision, kind):
    assert typed(sentence, cue, value, precision)["type"] == kind


@pytest.mark.parametrize("sentence, cue, value", [
    ("The commission rejected the claim on Monday, and the next day the party moved the high court.",
     "the next day", "2024-02-13"),
    ("The next morning the workers blocked the motorway near Lahore.", "The next morning", "2024-02-13"),
    ("The party met its allies last week and the next week it staged a sit-in.", "the next week", "2024-02-12"),
])
def test_the_words_of_a_date_are_no_tense(sentence, cue, value):
    assert typed(sentence, cue, value)["status"] == "happened"


@pytest.mark.parametrize("sentence, cue", [
    ("The deal will be signed in Lahore, the party chief told reporters earlier today.", "earlier today"),
    ("Talks will resume after the session, he told journalists on Tuesday.", "on Tuesday"),
    ("The strike will go on, the union leader informed parliament on Tuesday.", "on Tuesday"),
])
def test_a_speaker_with_only_the_listener_before_the_date_governs_it(sentence, cue):
    event = typed(sentence, cue, "2024-02-13")
    assert event["status"] == "happened"


@pytest.mark.parametrize("sentence, cue, value, precision, kind", [
    ("The tribunal carried out an inspection of the polling record from March 10 to March 14.",
     "from March 10 to March 14", "2024-03-10", "day", "legal"),
    ("The commission ordered a forensic audit of the ballots on Monday.", "on Monday", "2024-02-12", "day", "legal"),
    ("The high court appointed three judges to the election tribunals in mid-June.", "in mid-June", "2023-06",
     "month", "legal"),
    ("The chief justice named a larger bench on Monday to hear the case.", "on Monday", "2024-02-12", "day", "legal"),
])
def test_inspections_and_appointing_judges_are_legal(sentence, cue, value, precision, kind):
    assert typed(sentence, cue, value, precision)["type"] == kind


@pytest.mark.parametrize("sentence, cue", [
    ("The two parties had agreed in principle on Monday, officials said.", "on Monday"),
    ("Both sides agreed on Monday, a spokesman said.", "on Monday"),
    ("After weeks of talks the coalition partners agreed on Monday.", "on Monday"),
])
def test_several_parties_agreeing_without_their_names_is_coalition(sentence, cue):
    assert typed(sentence, cue, "2024-02-12")["type"] == "coalition"


def test_one_party_agreeing_stays_a_statement():
    assert typed("The party agreed on Monday, officials said.", "on Monday", "2024-02-12")["type"] == "statement"


def two_cues(sentence: str, count: str, inner: str) -> dict:
    matcher = default_matcher()
    mentions = []
    for cue, value in ((count, "2024-02-11"), (inner, "2024-02-08")):
        start = sentence.index(cue)
        mentions.append(DateMention(start=start, end=start + len(cue), text=cue, kind="test", value=value,
                                    precision="day"))
    events = sentence_events(sentence, 0, mentions, matcher.find(sentence), matcher, PUBLISHED)
    return {e["cue"]: e["type"] for e in events}


@pytest.mark.parametrize("sentence, kind", [
    ("Three days after the Feb. 8 vote, PTI workers staged a sit-in outside the commission.", "protest"),
    ("Three days after the February 8 polls, the high court dismissed the petition.", "legal"),
    ("Three days after the Feb. 8 election, the PTI and the MWM formed an alliance.", "coalition"),
])
def test_a_date_inside_a_counts_complement_dates_only_its_noun(sentence, kind):
    inner = "Feb. 8" if "Feb. 8" in sentence else "February 8"
    types = two_cues(sentence, "Three days after", inner)
    assert types == {"Three days after": kind, inner: "election"}
