"""A second cross-outlet set, written after the first round of tuning and measured before the
second (`tests/data/happen-outlets2/`, gold `tests/data/happen_outlets2_events.jsonl`): the
election named in many forms (day, "last week's", "February 2024", "the 2024 general elections",
Urdu) with other things of 8 February (a phone shutdown, a killing, a rally); Khan's
imprisonment as "in jail", "imprisoned", "behind bars", "arrested"; same-day assembly sessions
in two provinces, protests of two parties, and two deals of the PML-N.  Blind: same 74.4%,
apart 94.4%; after this round 92.3% and 98.5% (left: two events of one article with one cue the
scorer cannot tell apart, and a sentence the date module dates a week late).  Floors leave room for other
modules' changes.

`tests/data/happen-outlets3/` was written after this round and measured before any change for it
(the president's election by three outlets, two chief ministers elected the same day in two
provinces, Khan's ousting at month and year precision): same 40.0%, apart 100%; after adding
"lost power" to the ousting's names and letting a year's mention join a month's happening,
70.0% and 100% (left: a sentence telling two happenings whose reports took all its actors)."""

from pathlib import Path

import pytest
from scoring import score_folder

HERE = Path(__file__).parent


@pytest.fixture(scope="module")
def result(isolated_cache):
    return score_folder(HERE / "data" / "happen-outlets2", HERE / "data" / "happen_outlets2_events.jsonl")


def test_reports_of_one_happening_by_several_outlets_share_it(result):
    assert result["same_pairs"] >= 30
    assert result["happenings_same"] >= 0.85, result["misses"]["happenings_split"]


def test_different_happenings_stay_apart(result):
    assert result["happenings_apart"] >= 0.95, result["misses"]["happenings_merged"][:20]


@pytest.fixture(scope="module")
def result3(isolated_cache):
    return score_folder(HERE / "data" / "happen-outlets3", HERE / "data" / "happen_outlets3_events.jsonl")


def test_third_set_one_happening_shared_and_different_ones_apart(result3):
    assert result3["happenings_same"] >= 0.6, result3["misses"]["happenings_split"]
    assert result3["happenings_apart"] >= 0.95, result3["misses"]["happenings_merged"]


def test_results_counted_on_election_day_are_part_of_the_election(tmp_path, isolated_cache):
    """What outlets report of the count on polling day is the election day's story, not a
    happening of its own (the story's roles.compatible: results -> election)."""
    from dashboard import load_corpus

    (tmp_path / "a.txt").write_text(
        " date 2024-02-20\nLAHORE: Turnout in the February 8 polls was lower than in 2018, the commission said on "
        "Monday.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        " date 2024-02-21\nISLAMABAD: The petitioner says he was leading when the counting of votes was halted on "
        "the night of February 8.\n", encoding="utf-8")
    corpus = load_corpus(tmp_path)
    feb8 = corpus.happenings[corpus.happenings["date"].astype(str).str.startswith("2024-02-08")]
    assert len(feb8) == 1 and sorted(feb8.iloc[0]["articles"]) == ["a.txt", "b.txt"]
