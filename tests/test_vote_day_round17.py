""""On polling day", "election day", "پولنگ کے روز": the day of the vote a report is about.  Reports name
the vote's day this way when they tell what else happened on it (a phone shutdown, a killing), so it is a
date: the first day the report names as a vote's ("Sunday's by-elections"), else the story's own day of the
general election (8 February 2024).  Sentences our own; expected days worked out by hand."""

from datetime import date

import pytest
from test_pubdates_round9 import articles_of

from dashboard.dates import find_dates
from dashboard.story import default_story

KNOWN = default_story().known_day_map()


def dated(text: str, published: date, language: str = "en") -> list[tuple[str, str | None]]:
    return [(m.text, m.value) for m in find_dates(text, published, language=language, known_days=KNOWN) if m.value]


@pytest.mark.parametrize("text, expected", [
    ("The caretaker government cut mobile phone services nationwide on polling day.", ("on polling day", "2024-02-08")),
    ("Turnout on election day was lower than in 2018.", ("on election day", "2024-02-08")),
    # the eve of a day is the day before it
    ("Police arrested dozens of workers on the eve of polling day.", ("polling day", "2024-02-07")),
])
def test_polling_day_in_a_report_of_the_general_election_is_8_february(text, expected):
    assert expected in dated(text, date(2024, 2, 12))


def test_polling_day_in_urdu():
    found = dated("دفتر خارجہ کے مطابق پولنگ کے روز موبائل فون سروس سکیورٹی خدشات کے باعث معطل کی گئی۔", date(2024, 2, 12), "ur")
    assert ("پولنگ کے روز", "2024-02-08") in found


@pytest.mark.parametrize("text", [
    "Police detained dozens of workers ahead of polling day.",
    "Campaigning must end before polling day.",
    "Mobile services stayed off until polling day.",
])
def test_a_bound_before_polling_day_dates_nothing_on_it(text):
    assert [v for t, v in dated(text, date(2024, 2, 12)) if "polling day" in t] == []


def test_a_count_from_polling_day_counts_from_8_february():
    # nine days after Thursday 8 February 2024 is Saturday the 17th
    assert ("Nine days after", "2024-02-17") in dated(
        "Nine days after polling day, a senior official said he had helped rig the count.", date(2024, 3, 8))


def test_an_op_ed_long_after_the_vote_that_names_its_day_counts_from_it(tmp_path):
    # six months on, the page names 8 February 2024 itself: its "polling day" is that day
    text = ("Six months on\n\nLAHORE, August 8, 2024 - Pakistanis voted on February 8, 2024, and few trusted the count.\n\n"
            "Nine days after polling day, a senior official said he had helped rig the results.\n")
    events = articles_of(tmp_path, {"a.txt": text}).events
    nine = events[events["sentence"].str.contains("Nine days after")]
    assert [str(d)[:10] for d in nine["date"]] == ["2024-02-17"]


def test_another_vote_in_the_sentence_before_leaves_polling_day_undated():
    # the report is about by-elections whose day it never gives: polling day is not 8 February
    found = dated("The ruling party swept the by-elections in Punjab. Mobile service was suspended on polling day.",
                  date(2024, 4, 23))
    assert [v for t, v in found if "polling day" in t] == []


@pytest.mark.parametrize("text", [
    "The ruling party won most seats in Sunday's by-elections. Mobile internet was suspended on polling day in Narowal.",
    "The by-elections held on Sunday went the ruling party's way. Mobile internet was suspended on polling day in Narowal.",
])
def test_polling_day_is_the_day_the_report_names_as_its_vote(text):
    # 23 April 2024 a Tuesday: the Sunday before is the 21st, the by-elections' day
    assert ("on polling day", "2024-04-21") in dated(text, date(2024, 4, 23))


def test_a_weekday_before_an_election_commission_names_no_vote():
    # "on Sunday the election commission ..." names the commission, not a vote held on Sunday
    found = dated("The results were announced on Sunday election commission officials said. "
                  "Turnout on polling day was low.", date(2024, 2, 12))
    assert ("on polling day", "2024-02-08") in found


def test_the_report_s_vote_carries_across_paragraphs(tmp_path):
    text = ("By-election results\n\nLAHORE, April 22, 2024 - The ruling party won most of the seats in Sunday's "
            "by-elections, the commission said on Monday.\n\nA man was shot dead in Narowal on polling day, police said.\n")
    events = articles_of(tmp_path, {"a.txt": text}).events
    shot = events[events["sentence"].str.contains("shot dead")]
    # the by-elections of Sunday 21 April 2024, and a killing is no vote
    assert [(str(d)[:10], t) for d, t in zip(shot["date"], shot["type"])] == [("2024-04-21", "other")]


def test_what_was_done_on_polling_day_is_its_own_act_not_the_vote(tmp_path):
    text = ("Count drags on\n\nISLAMABAD, Feb 10, 2024 - Results from the election were still trickling in on "
            "Saturday.\n\nThe interior ministry suspended mobile phone services across the country on polling day, "
            "citing security threats.\n")
    events = articles_of(tmp_path, {"a.txt": text}).events
    cut = events[events["sentence"].str.contains("suspended mobile")]
    assert [(str(d)[:10], t) for d, t in zip(cut["date"], cut["type"])] == [("2024-02-08", "other")]
