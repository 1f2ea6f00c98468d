"""A date that is part of an event noun's name types the event by that noun, whatever verb the
sentence hangs it on; an inverted attribution (", said the party's chief on Monday.") dates the
saying. Sentences written for these tests; types and dates worked out by hand (2024-02-19 was a Monday)."""

from pathlib import Path

import pytest

from dashboard.actors import default_matcher
from dashboard.corpus import parse_article
from dashboard.reading import SourceFile


def events(body: str, published: str = "2024-02-19") -> dict:
    text = f" date {published}\n{body}\n"
    parsed = parse_article(SourceFile(Path("a.txt"), "a.txt", "text", text, len(text)), default_matcher())
    return {e["cue"]: e for e in parsed.events}


@pytest.mark.parametrize("body, cue, kind, status", [
    # a relative clause's verb ("who had won seats") does not type the elections the date names
    ("Candidates who had won seats in the general elections held on February 8 will join the council, "
     "the party said.", "February 8", "election", "happened"),
    ("Observers questioned the count in the elections held across the country on February 8.",
     "February 8", "election", "happened"),
    # the noun after the date, not the one before "of the"
    ("The alliance will protest against the results of the February 8 elections next week.",
     "February 8", "election", "happened"),
])
def test_a_date_in_a_name_is_typed_by_its_noun(body, cue, kind, status):
    event = events(body)[cue]
    assert (event["type"], event["status"]) == (kind, status)


@pytest.mark.parametrize("body", [
    "The party will stage rallies across the country, said PTI spokesman Raoof Hasan on Monday.",
    "Independent candidates will be joining the council, said the party's interim chief on Monday.",
])
def test_an_inverted_attribution_dates_the_saying(body):
    event = events(body)["on Monday"]
    assert (event["date"], event["type"], event["trigger"]) == ("2024-02-19", "statement", "said")


def test_a_foreign_reaction_stays_apart_from_the_happening_it_reacts_to(tmp_path_factory, isolated_cache):
    from dashboard import load_corpus

    folder = tmp_path_factory.mktemp("reaction")
    (folder / "a.txt").write_text(" date 2024-02-13\nKARACHI: Jamaat-e-Islami alleged rigging in Karachi's "
                                  "constituencies on Monday and demanded a recount.\n")
    (folder / "b.txt").write_text(" date 2024-02-13\nWASHINGTON: The US State Department on Monday urged "
                                  "restraint after Jamaat-e-Islami alleged rigging in Karachi.\n")
    events = load_corpus(folder, use_cache=False).events.set_index("article")
    monday = events[events["date"].astype(str).str.startswith("2024-02-12")]
    assert set(monday.index) == {"a.txt", "b.txt"}
    assert monday.loc["b.txt", "type"] == "international"
    assert monday.loc["a.txt", "happening"] != monday.loc["b.txt", "happening"]


@pytest.mark.parametrize("body, kind", [
    ("The Supreme Court on Wednesday held a meeting on the reserved seats case.", "legal"),
    ("The US State Department on Wednesday held a meeting with the ambassador.", "international"),
    ("The PTI on Wednesday held a meeting of its core committee.", "other"),
])
def test_a_vague_act_takes_the_kind_of_its_doer(body, kind):
    assert events(body, "2024-02-15")["on Wednesday"]["type"] == kind
