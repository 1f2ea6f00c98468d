"""A fourth probe set, written blind (2026-12-03, eighth loader round): 40 short articles (12 in Urdu)
by a writer who saw neither the loader's code nor its output, in the styles of wire copy (Reuters, APP,
PTI, ANI, IANS, Xinhua), Pakistani print pages, scraped pages with date lines, live blogs and opinion
pieces that chain dates ("seventeen days later, on Sunday", "the following week, on a Saturday
evening"), with two to six dated happenings each: protests announced, held, called off or postponed;
adjourned hearings, reserved verdicts and petitions; coalition deals and meetings; oaths and elections
of a prime minister, president and chief ministers; foreign reactions; shutdowns; the 26th amendment;
the November 2024 march; anniversaries. Gold: tests/data/probes4_events.jsonl.

First scored once, before any miss was read: 89.1% of dates found, 90.5% of text-dated events at an
annotated date, 72.4% of types, 99.4% of statuses, 38/40 publication dates, 89.8% same-happening pairs,
99.7% apart. The kinds of its misses were then fixed by general rules (types 78.8%, at an annotated
date 91.8%, same-happening pairs 90.4% at the end of that round); the floors sit just under those
numbers and guard against regressions; they are not a target. (Its `not_events` mark each page's date
line and dateline by date alone, so every real event of the publication day counts against them: they
are not scored here.)
"""

from pathlib import Path

import pytest
from scoring import assert_bar, assert_gold_well_formed, score_folder

HERE = Path(__file__).parent
PROBES4 = HERE / "data" / "probes4"
PROBES4_GOLD = HERE / "data" / "probes4_events.jsonl"

PROBES4_FLOORS = {
    "dates_found": 0.88,
    "text_dated_at_annotated": 0.90,
    "types_right": 0.77,
    "statuses_right": 0.98,
    "published_right": 0.94,
    "happenings_same": 0.89,
    "happenings_apart": 0.99,
}


@pytest.fixture(scope="module")
def probes4_result(isolated_cache):
    return score_folder(PROBES4, PROBES4_GOLD)


@pytest.mark.parametrize("bar", sorted(PROBES4_FLOORS))
def test_probes4_bar_holds(probes4_result, bar):
    assert_bar(probes4_result, bar, PROBES4_FLOORS[bar])


def test_probes4_gold_is_well_formed():
    assert_gold_well_formed(PROBES4, PROBES4_GOLD, (2, 6))
