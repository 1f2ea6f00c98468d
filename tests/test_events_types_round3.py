"""Types and statuses for kinds of error seen on real articles in the third round: an
attribution with a long source name after the date, a future verb next to a date long past,
a date right before an announcing verb, a hyphenated participle ("PTI-backed"), a vague act
by a court, and an agreement with a foreign lender.  Sentences written for these tests; the
date cues and their values are worked out by hand."""

import pytest

from dashboard.actors import default_matcher
from dashboard.dates import DateMention
from dashboard.events import sentence_events

PUBLISHED = "2024-05-10"  # a Friday


def events_of(sentence: str, *cues, published: str = PUBLISHED) -> list[dict]:
    """cues: (text, value) day dates."""
    matcher = default_matcher()
    mentions = []
    for cue, value in cues:
        start = sentence.index(cue)
        mentions.append(DateMention(start=start, end=start + len(cue), text=cue, kind="test", value=value,
                                    precision="day", date_start=value, date_end=value))
    return sentence_events(sentence, 0, mentions, matcher.find(sentence), matcher, published)


def only(sentence: str, cue: str, value: str) -> dict:
    events = events_of(sentence, (cue, value))
    assert len(events) == 1
    return events[0]


def test_a_source_with_a_long_name_after_the_date_holds_no_date():
    sentence = ("The party will stage a sit-in outside the commission's office on May 14, "
                "the Karachi-based daily Qaumi Awaz reported.")
    event = only(sentence, "on May 14", "2024-05-14")
    assert (event["type"], event["status"]) == ("protest", "planned")


def test_a_date_long_past_is_not_governed_by_a_verb_in_the_future():
    sentence = "The alliance will hold a rally in Lahore against the rigging in the by-elections on April 21."
    event = only(sentence, "on April 21", "2024-04-21")
    assert (event["type"], event["status"]) == ("election", "happened")
    # the same verb still governs a date to come
    event = only("The alliance will hold a rally in Lahore against the rigging on May 19.", "on May 19", "2024-05-19")
    assert (event["type"], event["status"]) == ("protest", "planned")


@pytest.mark.parametrize("sentence", [
    "The traders' union on Tuesday called a shutter-down strike against the new taxes.",
    "The opposition alliance on Tuesday announced a countrywide protest movement.",
])
def test_a_date_right_before_an_announcing_verb_is_the_announcement(sentence):
    event = only(sentence, "on Tuesday", "2024-05-07")
    assert (event["type"], event["status"]) == ("statement", "happened")


def test_an_announcing_verb_before_the_date_still_sets_up_the_protest():
    event = only("The traders' union has called a shutter-down strike on Tuesday.", "on Tuesday", "2024-05-14")
    assert (event["type"], event["status"]) == ("protest", "planned")


@pytest.mark.parametrize("sentence", [
    "The PML-N-backed candidate was elected as chief minister of Punjab on Monday.",
    "A PPP-backed nominee was elected speaker of the provincial assembly on Monday.",
])
def test_a_hyphenated_participle_is_an_adjective_not_the_verb(sentence):
    assert only(sentence, "on Monday", "2024-05-06")["type"] == "government_formation"


def test_a_vague_act_by_a_court_is_legal_and_by_a_party_is_not():
    assert only("The larger bench on Tuesday held a meeting in chambers.", "on Tuesday", "2024-05-07")["type"] \
        == "legal"
    assert only("The party's core committee on Tuesday held a meeting.", "on Tuesday", "2024-05-07")["type"] \
        == "other"


def test_an_agreement_with_a_foreign_lender_is_international_and_between_parties_coalition():
    sentence = "On Monday the government and the global lender signed a staff-level agreement."
    assert only(sentence, "On Monday", "2024-05-06")["type"] == "international"
    sentence = "On Monday the PPP and the PML-N signed a power-sharing agreement."
    assert only(sentence, "On Monday", "2024-05-06")["type"] == "coalition"
