"""Types for kinds of error seen on real articles in the seventh round.  Sentences written for
these tests; the types are worked out by hand."""

import pytest
from fixtures import day_events
from fixtures import only_day_event as only

PUBLISHED = "2024-05-10"  # a Friday


@pytest.mark.parametrize("sentence, cue", [
    ("The US State Department said on Thursday that the vote was marred by restrictions.", "on Thursday"),
    ("It said on Thursday that the United States was concerned about the arrests.", "on Thursday"),  # "it": who?
    ("On Thursday, the Foreign Office rejected the criticism by the United States.", "On Thursday"),
])
def test_a_foreign_speaker_or_an_answer_to_one_is_international(sentence, cue):
    assert only(sentence, cue)["type"] == "international"


@pytest.mark.parametrize("sentence", [
    "The government on Thursday suspended mobile phone services across the country on election day.",
    "Authorities on Thursday restored mobile internet services in the province.",
])
def test_shutting_or_restoring_phone_services_is_other(sentence):
    assert only(sentence, "on Thursday")["type"] == "other"


def test_a_bare_weekday_after_an_anchored_event_noun_is_that_events():
    # AP style: "a rally Sunday" is the rally's day, whatever was done ahead of it
    sentence = "Authorities sealed off the capital, suspending mobile internet services ahead of a rally Thursday."
    assert only(sentence, "Thursday")["type"] == "protest"


def test_a_dated_act_ahead_of_an_event_keeps_its_own_date():
    sentence = "The party held a large protest outside the court ahead of the verdict on Thursday."
    assert only(sentence, "on Thursday")["type"] == "protest"


def test_what_the_news_came_after_is_the_event_of_its_count():
    event = only("The move came a day after the party staged a sit-in outside the commission.", "a day after")
    assert (event["type"], event["status"]) == ("protest", "happened")


def events_of(sentence: str, cues: list[str], values: list[str]) -> list[dict]:
    return day_events(sentence, list(zip(cues, values)), PUBLISHED)


def test_a_vague_meeting_across_three_provinces_on_three_days_is_a_tour_of_rallies():
    sentence = ("The party will hold a meeting in Quetta on May 20, in Peshawar on May 23, "
                "in Karachi on May 26 and in Lahore on May 29.")
    events = events_of(sentence, ["May 20", "May 23", "May 26", "May 29"],
                       ["2024-05-20", "2024-05-23", "2024-05-26", "2024-05-29"])
    assert [e["type"] for e in events] == ["protest"] * 4


@pytest.mark.parametrize("sentence", [
    "The commission will hold meetings with officials in Lahore on May 20, Karachi on May 23 and Quetta on May 26.",
    "Mobile internet services were suspended in Quetta on May 20, in Peshawar on May 23 and in Karachi on May 26.",
    "The army chief visited Peshawar on May 20, Quetta on May 23 and Karachi on May 26.",
    "The party will hold a meeting in Lahore on May 20 and in Karachi on May 23 and May 26.",  # two provinces
])
def test_talks_other_acts_and_fewer_places_are_no_tour(sentence):
    events = events_of(sentence, ["May 20", "May 23", "May 26"], ["2024-05-20", "2024-05-23", "2024-05-26"])
    assert "protest" not in [e["type"] for e in events]


def test_an_awami_assembly_is_a_rally():
    assert only("The party will hold an Awami Assembly in Karachi on Thursday.", "on Thursday",
                "2024-05-16")["type"] == "protest"


@pytest.mark.parametrize("sentence, cue, expected", [
    # "amid" tells what went on at the same time; the main verb keeps the day
    ("The assembly elected Shehbaz Sharif as prime minister amid opposition protests Thursday.", "Thursday",
     "government_formation"),
    # a blockade is a protest, whatever services are named later in the sentence
    ("Angry voters on Thursday blocked the highway after mobile phone services were suspended.", "on Thursday",
     "protest"),
])
def test_a_rule_for_one_construction_leaves_its_neighbours_alone(sentence, cue, expected):
    assert only(sentence, cue)["type"] == expected


def test_western_capitals_calling_a_vote_into_question_react_internationally():
    assert only("The Western capitals on Thursday called into question the fairness of the elections.",
                "on Thursday")["type"] == "international"


def test_an_anniversary_is_what_marked_it_not_what_it_is_of():
    event = only("PTI marked the first anniversary of the February 8 polls with a public meeting in Swabi.",
                 "first anniversary", "2025-02-08")
    assert event["type"] == "protest"
