"""Types for kinds of error seen on real articles in the eighth round.  Sentences written for
these tests; the types are worked out by hand."""

import pytest
from fixtures import day_events
from fixtures import only_day_event as only

from dashboard import load_corpus

# (one day mention: Thursday 9 May 2024 in a report of Friday 10 May, unless a test says otherwise)


@pytest.mark.parametrize("sentence", [
    "On Thursday, the ruling PTI government in Khyber Pakhtunkhwa announced a holiday.",
    "On Thursday, the ruling Pakistan Muslim League-Nawaz announced a holiday.",
    "On Thursday, the ruling government in Punjab announced a holiday.",
])
def test_ruling_before_a_name_is_an_adjective_not_a_court_ruling(sentence):
    assert only(sentence, "On Thursday")["type"] == "statement"


@pytest.mark.parametrize("sentence, cue", [
    ("The high court issued its ruling Thursday, rejecting the plea for a recount.", "Thursday"),
    ("The ruling on Thursday upheld the tribunal's order.", "on Thursday"),
    ("Supreme Court Ruling Restores PTI Seats on Thursday", "on Thursday"),  # a headline in title case
])
def test_a_ruling_of_a_court_is_still_legal(sentence, cue):
    assert only(sentence, cue)["type"] == "legal"


@pytest.mark.parametrize("sentence", [
    "The government banned Friday's planned rally.",
    "Police will act against Friday's planned march.",
])
def test_a_weekdays_planned_protest_is_the_protest_not_an_announcement(sentence):
    event = only(sentence, "Friday's", "2024-05-17")
    assert (event["type"], event["status"]) == ("protest", "planned")


@pytest.mark.parametrize("sentence", [
    "In the last meeting on Thursday, representatives of both parties asked for more time.",
    "The two parties held a meeting on Thursday at the Zardari House.",
])
def test_a_meeting_of_both_parties_is_coalition_talk(sentence):
    cue = "on Thursday"
    assert only(sentence, cue)["type"] == "coalition"


@pytest.mark.parametrize("sentence", [
    "Both sides traded accusations in the assembly session on Thursday.",   # no talks: a session
    # the parties are not who held it
    "The election commission held a meeting on Thursday with representatives of both parties on the recount.",
    "In a moot on Thursday, lawyers for both sides argued the petition.",
    "The PTI held a meeting on Thursday; both parties in the ruling coalition were criticised.",
])
def test_both_sides_in_a_session_or_of_others_is_no_coalition(sentence):
    assert only(sentence, "on Thursday")["type"] == "other"


def test_a_meeting_of_the_government_and_opposition_committees_is_their_talks():
    # (the story's convention since round 26: talks with the government are no coalition talks, other)
    sentence = "The government and PTI committees held a meeting on Thursday, and both sides agreed to meet again."
    assert only(sentence, "on Thursday")["type"] == "other"



def test_the_story_days_own_noun_before_on_and_its_date_names_that_day_long_after(tmp_path):
    # A report of March 2025: 8 February 2024 is the story's election day (story.json), and "the
    # general elections on February 8, 2024" names it; the protest against the fraud has no date.
    (tmp_path / "a.txt").write_text(
        " date 2025-03-12\nLAHORE: The party protested against alleged fraud in the general elections on "
        "February 8, 2024. Its leaders addressed the crowd.\n", encoding="utf-8")
    events = load_corpus(tmp_path, use_cache=False).events
    [event] = events[events.date == "2024-02-08"].to_dict("records")
    assert event["type"] == "election"


@pytest.mark.parametrize("sentence, expected", [
    # the "*" of "hold * elections" may not pass over the object of "hold * protests"
    ("The council said it would hold protests outside district election commissioners' offices on Thursday.",
     "protest"),
    ("The commission will hold the by-elections on Thursday.", "election"),
    ("The party held talks with the PML-N on Thursday.", "coalition"),  # fixed words past the object
    ("Sarfraz Bugti was on Thursday elected unopposed as the chief minister of Balochistan.", "government_formation"),
    ("The commission will hold the strike-delayed by-elections on Thursday.", "election"),  # no object: a compound
])
def test_a_wildcard_does_not_skip_the_object_of_a_shorter_reading(sentence, expected):
    cue = "on Thursday"
    assert only(sentence, cue)["type"] == expected


@pytest.mark.parametrize("sentence, cue, expected", [
    ('The party founder on Thursday gave a "final call" for protests across the country.', "on Thursday", "statement"),
    ("The commission on Thursday turned down the plea for the reserved seats.", "on Thursday", "legal"),
    ("Traders observed a partial shutdown on Thursday across the province.", "on Thursday", "protest"),
    ("Workers observed a lockdown and wheel jam strike on Thursday in Peshawar.", "on Thursday", "protest"),
    ("The party said its civil disobedience movement began on Thursday.", "on Thursday", "protest"),
    ("دفتر خارجہ کی ترجمان جمعرات کو ہفتہ وار بریفنگ میں اس پر ردعمل دیں گی۔", "جمعرات کو", "statement"),
    ("یہ عرضداشت جمعرات کو الیکشن ٹریبونل میں دائر کی گئی تھی۔", "جمعرات کو", "legal"),
    ("سینیٹ نے جمعرات کو دو تہائی اکثریت سے ترمیم منظور کی۔", "جمعرات کو", "legal"),
    ("صدر مملکت نے جمعرات کو آئینی ترمیم کے بل پر دستخط کر دیے۔", "جمعرات کو", "legal"),
])
def test_calls_pleas_shutdowns_and_urdu_bills_briefings_and_petitions(sentence, cue, expected):
    assert only(sentence, cue)["type"] == expected


@pytest.mark.parametrize("sentence, cue", [
    ("The tribunal adjourned the hearing of the NA-46 appeal till June 11, while the NA-48 plea against rigging "
     "until June 6.", "June 6"),
])
def test_a_target_date_without_a_verb_shares_the_earlier_postponement(sentence, cue):
    [_, event] = day_events(sentence, [("June 11", "2024-06-11"), (cue, "2024-06-06")], "2024-06-01")
    assert (event["type"], event["status"]) == ("legal", "planned")


def test_a_target_date_with_a_verb_of_its_own_keeps_it():
    sentence = "The court adjourned the hearing till June 11 and asked the party to hold its rally until June 15."
    [_, event] = day_events(sentence, [("June 11", "2024-06-11"), ("June 15", "2024-06-15")], "2024-06-01")
    assert event["type"] == "protest"


@pytest.mark.parametrize("sentence", [
    "The Jamaat chief on Thursday forfeited his seat in the Sindh Assembly.",
    "The city's commissioner on Thursday resigned.",
    # (resigning while alleging rigging is the allegation: test_round19)
])
def test_giving_up_a_seat_or_resigning_is_a_statement(sentence):
    assert only(sentence, "on Thursday")["type"] == "statement"


def test_a_seat_given_up_in_protest_against_rigging_is_typed_by_what_it_protests():
    sentence = "The Jamaat chief on Thursday gave up his seat in protest against rigging in the polls."
    assert only(sentence, "on Thursday")["type"] == "rigging_allegation"


@pytest.mark.parametrize("sentence, cue, not_expected", [
    ("The president gave the prime minister a phone call on Thursday.", "on Thursday", "statement"),
    ("The PPP on Thursday turned down the PML-N's request on the matter of ministries.", "on Thursday", "legal"),
    ("عمران خان نے جمعرات کو قوم سے اپیل کی کہ وہ پرامن رہیں۔", "جمعرات کو", "legal"),  # an appeal to people
])
def test_calls_requests_and_appeals_that_are_not_those_kinds(sentence, cue, not_expected):
    assert only(sentence, cue)["type"] != not_expected
