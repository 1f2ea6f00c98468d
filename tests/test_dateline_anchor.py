"""A wire dateline says when the report was filed: it never anchors "a day after" / "a day later";
a count opening its clause counts from the date of what it is after, and that clause's triggers
are the anchor's, not the counted event's.  Articles are our own, written to a temporary folder."""

import pytest

from dashboard import load_corpus
from dashboard.dates import find_dates


def events_of(tmp_path, text: str) -> list[tuple[str, str, str]]:
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    events = load_corpus(tmp_path).events
    return sorted((str(d)[:10], c, t) for d, c, t in zip(events["date"], events["cue"], events["type"]))


@pytest.mark.parametrize("text, expected", [
    ("LAHORE, Feb 24,2024: A day after the PTI staged a sit-in on Thursday, police arrested 30 workers.\n",
     [("2024-02-22", "on Thursday", "protest"), ("2024-02-23", "A day after", "legal")]),
    ("KARACHI, Feb 24,2024: Two days after the party held a rally on Monday, the high court granted bail to its "
     "leaders.\n",
     [("2024-02-19", "on Monday", "protest"), ("2024-02-21", "Two days after", "legal")]),
])
def test_a_count_after_a_dateline_counts_from_the_date_of_what_it_is_after(tmp_path, text, expected):
    assert events_of(tmp_path, text) == expected


@pytest.mark.parametrize("text", [
    "LAHORE, Feb 24,2024: A day after the arrests, the court granted bail to 30 PTI workers.\n",
    "QUETTA, Feb 24,2024: A day later, the court granted bail to 30 PTI workers.\n",
])
def test_a_dateline_is_no_anchor(tmp_path, text):
    # Nothing in the text says what day the arrests were: no event on the 25th (the day after
    # the dateline); the lead sentence is dated by its publication at most.
    dates = [d for d, _, _ in events_of(tmp_path, text)]
    assert "2024-02-25" not in dates


def test_a_date_set_in_the_text_still_anchors_after_a_dateline(tmp_path):
    text = "ISLAMABAD, Feb 24,2024: Police arrested 30 workers on Thursday. A day later, the court granted them bail.\n"
    assert ("2024-02-23", "A day later", "legal") in events_of(tmp_path, text)


def test_find_dates_leaves_the_narrative_where_it_was_for_spans_it_is_told_are_no_anchors():
    from datetime import date

    text = "LAHORE, Feb 24,2024: A day later, the court granted bail."
    found = {m.text: m for m in find_dates(text, date(2024, 2, 24), not_anchors=[(8, 19)])}
    assert found["A day later"].value is None
