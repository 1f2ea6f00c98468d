"""Types for kinds of error seen on real articles in the sixth round: a passive speech verb
with its speaker after it, what a court declares or directs, an announcement from someone,
and a participle after an adverb that only describes a noun.  Sentences written for these
tests; the types are worked out by hand."""

import pytest

from dashboard.actors import default_matcher
from dashboard.dates import DateMention
from dashboard.events import sentence_events

PUBLISHED = "2024-05-10"  # a Friday


def only(sentence: str, cue: str, value: str = "2024-05-09") -> dict:
    matcher = default_matcher()
    start = sentence.index(cue)
    m = DateMention(start=start, end=start + len(cue), text=cue, kind="test", value=value, precision="day",
                    date_start=value, date_end=value)
    [event] = sentence_events(sentence, 0, [m], matcher.find(sentence), matcher, PUBLISHED)
    return event


@pytest.mark.parametrize("sentence", [
    # the speaker of a passive speech verb stands between it and the date
    "The party will boycott the by-elections, as stated by its spokesman on Thursday.",
    "A new list of demands will be handed over, as announced by the chairman on Thursday.",
])
def test_a_passive_speech_verb_with_its_speaker_dates_a_statement(sentence):
    event = only(sentence, "on Thursday")
    assert (event["type"], event["status"]) == ("statement", "happened")


@pytest.mark.parametrize("sentence", [
    "In its decision on Thursday, the court declared that the party was entitled to contest the elections.",
    "The high court on Thursday directed the commission to hold the by-elections in the two constituencies.",
    "The tribunal on Thursday ordered the returning officer to hand over the record.",
])
def test_what_a_court_declares_or_directs_is_legal(sentence):
    assert only(sentence, "on Thursday")["type"] == "legal"


def test_a_minister_directing_officials_keeps_the_type_of_what_is_directed():
    event = only("The chief minister on Thursday directed the police to clear the sit-in outside the assembly.",
                 "on Thursday")
    assert event["type"] == "protest"


def test_an_announcement_from_someone_is_a_statement():
    event = only("The talks follow an announcement from the party chairman on Thursday, who said the "
                 "speaker had promised a committee.", "on Thursday")
    assert event["type"] == "statement"


@pytest.mark.parametrize("sentence, kind", [
    # "held" after "in recently" describes the elections; the resignation over rigging is what was announced
    ("On Thursday, the commissioner announced his resignation over rigging in recently held general elections.",
     "rigging_allegation"),
    # without the adverb the participle is still no act of its own
    ("On Thursday, the commissioner announced his resignation over rigging in the held-up count.",
     "rigging_allegation"),
])
def test_a_participle_after_an_adverb_only_describes(sentence, kind):
    assert only(sentence, "On Thursday")["type"] == kind
