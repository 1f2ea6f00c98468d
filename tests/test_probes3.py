"""A third probe set, written blind (2026-12-03): 40 short articles by a writer who saw neither the loader's
code nor its output, each with two to four dated happenings of DIFFERENT types in one text, phrased as
reporters phrase them, so that a bag of keywords goes wrong: a press conference alleging rigging next to
a protest announced for a later day, a court adjourning a hearing, independents "joining" a party's
parliamentary group, oath-takings and elections of a chief minister, speaker or prime minister, foreign
ministry / State Department / UN comments, by-elections and their results, an IMF letter and a
resignation, reported speech, background clauses ("since the February 8 polls"), passives, noun-phrase
events ("Thursday's sit-in", "the March 3 vote for prime minister") and called-off rallies. Outlets:
wire copy (APP, Reuters, AP), Pakistani dailies, Indian agencies (PTI, ANI, IANS), scraped pages with
header chrome, an ECP press release and Urdu paragraphs. Gold: tests/data/probes3_events.jsonl.

First scored once, after the data was committed: 96.7% of dates found, 95.5% of text-dated events at an
annotated date, 83.7% of types, 97.3% of statuses, 40/40 publication dates, 65.2% same-happening pairs
kept together, 99.9% apart, 3 not-events found. The floors were set 2 points under those numbers. The
kinds of its misses were then fixed by general rules (types 91.2%, same-happening pairs 89.2% at the
end of that round), and the floors raised to just under the new numbers: they guard against
regressions; they are not a target.
"""

from pathlib import Path

import pytest
from scoring import assert_bar, assert_gold_well_formed, score_folder

HERE = Path(__file__).parent
PROBES3 = HERE / "data" / "probes3"
PROBES3_GOLD = HERE / "data" / "probes3_events.jsonl"

PROBES3_DATES_FOUND = 0.96
PROBES3_TEXT_DATED_AT_ANNOTATED = 0.95
PROBES3_TYPES_RIGHT = 0.89
PROBES3_STATUSES_RIGHT = 0.97
PROBES3_PUBLISHED_RIGHT = 0.98
PROBES3_HAPPENINGS_SAME = 0.87
PROBES3_HAPPENINGS_APART = 0.99
PROBES3_NOT_EVENTS_FOUND_AT_MOST = 3


@pytest.fixture(scope="module")
def probes3_result(isolated_cache):
    return score_folder(PROBES3, PROBES3_GOLD)


@pytest.mark.parametrize("bar, floor", [
    ("dates_found", PROBES3_DATES_FOUND),
    ("text_dated_at_annotated", PROBES3_TEXT_DATED_AT_ANNOTATED),
    ("types_right", PROBES3_TYPES_RIGHT),
    ("statuses_right", PROBES3_STATUSES_RIGHT),
    ("published_right", PROBES3_PUBLISHED_RIGHT),
    ("happenings_same", PROBES3_HAPPENINGS_SAME),
    ("happenings_apart", PROBES3_HAPPENINGS_APART),
])
def test_probes3_bar_holds(probes3_result, bar, floor):
    assert_bar(probes3_result, bar, floor)


def test_probes3_not_events(probes3_result):
    assert probes3_result["not_events_violated"] <= PROBES3_NOT_EVENTS_FOUND_AT_MOST, \
        probes3_result["misses"]["not_events"]


def test_probes3_gold_is_well_formed():
    assert_gold_well_formed(PROBES3, PROBES3_GOLD, (2, 4), cue_separator="/")
