"""Happened or planned, from the tense of the clause that governs the date; an
announcement is a statement at its own date and the announced event planned at its date."""

from dataclasses import dataclass

import pytest

from dashboard.actors import default_matcher
from dashboard.dates import DateMention
from dashboard.events import sentence_events

PUBLISHED = "2024-02-14"  # a Wednesday


def mention(sentence: str, cue: str, value: str, precision: str = "day") -> DateMention:
    start = sentence.index(cue)
    return DateMention(start=start, end=start + len(cue), text=cue, kind="test", value=value, precision=precision)


def events_of(sentence: str, *cues, published: str = PUBLISHED) -> list[dict]:
    matcher = default_matcher()
    mentions = [c if not isinstance(c, tuple) else mention(sentence, *c) for c in cues]
    return sentence_events(sentence, 0, mentions, matcher.find(sentence), matcher, published)


def test_an_announcement_is_a_statement_and_the_announced_event_is_planned():
    sentence = "The party said on Wednesday it would hold a rally on Sunday."
    said, rally = events_of(sentence, ("on Wednesday", "2024-02-14"), ("on Sunday", "2024-02-18"))
    assert (said["date"], said["type"], said["status"], said["trigger"]) == ("2024-02-14", "statement", "happened",
                                                                            "said")
    assert (rally["date"], rally["type"], rally["status"], rally["trigger"]) == ("2024-02-18", "protest", "planned",
                                                                                "hold a rally")
    assert rally["date"] >= said["date"]  # a planned event is not before its statement


def test_the_speaker_after_the_announced_event():
    sentence = "The alliance will stage a sit-in on Sunday, its spokesman said on Tuesday."
    sit_in, said = events_of(sentence, ("on Sunday", "2024-02-18"), ("on Tuesday", "2024-02-13"))
    assert (sit_in["type"], sit_in["status"]) == ("protest", "planned")
    assert (said["type"], said["status"]) == ("statement", "happened")


@pytest.mark.parametrize("sentence, cue, value, status", [
    ("The party will launch a protest movement on Friday.", "on Friday", "2024-02-16", "planned"),
    ("The provincial assembly is to hold its first session on Friday.", "on Friday", "2024-02-16", "planned"),
    ("The traders plan to stage a strike on Friday.", "on Friday", "2024-02-16", "planned"),
    ("The inaugural session is scheduled for February 29.", "February 29", "2024-02-29", "planned"),
    ("The party announced a rally for Sunday in the provincial capital.", "Sunday", "2024-02-18", "planned"),
    ("The party staged a rally on Sunday in the provincial capital.", "on Sunday", "2024-02-11", "happened"),
    ("The court adjourned the hearing on Monday.", "on Monday", "2024-02-12", "happened"),
    ("The court adjourned the hearing till Monday.", "Monday", "2024-02-19", "planned"),
    ("The commission will announce the results on Friday.", "on Friday", "2024-02-16", "planned"),
    ("The commission announced the results on Friday.", "on Friday", "2024-02-09", "happened"),
    # The date governs: a date after publication is to come whatever the verb.
    ("A rally in the capital on Sunday.", "on Sunday", "2024-02-18", "planned"),
])
def test_status_from_the_governing_clause(sentence, cue, value, status):
    (event,) = events_of(sentence, (cue, value))
    assert event["status"] == status


def test_future_words_elsewhere_in_the_sentence_do_not_make_a_past_event_planned():
    sentence = "The party chief on Monday declared that the party will boycott the session."
    (event,) = events_of(sentence, ("on Monday", "2024-02-12"))
    assert event["status"] == "happened"


def test_a_planned_event_whose_date_has_passed_stays_planned():
    sentence = "The party had planned a rally on February 11 but called it off after the venue was sealed."
    (event,) = events_of(sentence, ("February 11", "2024-02-11"), published="2024-02-20")
    assert (event["type"], event["status"]) == ("protest", "planned")


def test_calling_off_is_no_announcement():
    sentence = "The party called off its sit-in on Monday after talks with the administration."
    (event,) = events_of(sentence, ("on Monday", "2024-02-12"))
    assert event["status"] == "happened"


@dataclass(frozen=True)
class MentionWithStatus:
    """A date mention as the date engine gives it once it reads tense and periods itself."""
    start: int
    end: int
    text: str
    kind: str
    value: str
    precision: str
    status: str
    date_end: str | None = None
    problem: str | None = None


def test_the_date_engines_status_and_period_end_are_used_when_no_trigger_decides():
    sentence = "Across the constituencies of Lahore the mood next week is hard to read."
    start = sentence.index("next week")
    week = MentionWithStatus(start, start + 9, "next week", "test", "2024-02-19", "week", "planned", "2024-02-25")
    (event,) = events_of(sentence, week)
    assert (event["status"], event["precision"], event["date_end"]) == ("planned", "week", "2024-02-25")


def test_a_trigger_in_the_past_overrides_a_future_reading_of_the_date():
    sentence = "Police arrested dozens of workers on Monday outside the assembly."
    start = sentence.index("on Monday")
    monday = MentionWithStatus(start, start + 9, "on Monday", "test", "2024-02-12", "day", "planned")
    (event,) = events_of(sentence, monday)
    assert event["status"] == "happened"


@pytest.mark.parametrize("sentence, cue, value, kind, status", [
    # Urdu: the future endings گا / گی / گے after the verb, joined or apart.
    ("جماعت اسلامی اتوار کو کراچی میں ریلی نکالے گی۔", "اتوار کو", "2024-02-18", "protest", "planned"),
    ("تحریک انصاف نے منگل کو الیکشن کمیشن کے باہر احتجاج کیا۔", "منگل کو", "2024-02-13", "protest", "happened"),
    ("پیپلز پارٹی جمعہ کو ملک بھر میں احتجاج کریگی۔", "جمعہ کو", "2024-02-16", "protest", "planned"),
])
def test_urdu_tense(sentence, cue, value, kind, status):
    (event,) = events_of(sentence, (cue, value))
    assert (event["type"], event["status"]) == (kind, status)


def test_every_event_has_a_status_including_the_publication_dated_lead():
    matcher = default_matcher()
    sentence = "PTI workers staged a sit-in outside the assembly against the count."
    (event,) = sentence_events(sentence, 0, [], matcher.find(sentence), matcher, PUBLISHED, lead=True)
    assert (event["date_source"], event["type"], event["status"], event["trigger"]) == (
        "publication", "protest", "happened", "staged a sit-in")
