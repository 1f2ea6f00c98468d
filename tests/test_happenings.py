"""Happenings: reports of one happening merged across sentences and articles, kept
apart when they differ, with disputed dates shown rather than resolved."""

import time

import pandas as pd
import pytest

from dashboard import load_corpus
from dashboard.corpus import _typed_events
from dashboard.happenings import MAX_LABEL, assign_happenings, report_label


def report(article, day, kind, actors=(), *, precision="day", source="text", sentence=None, published=None,
           cue="on Monday", status="happened", outlet=None):
    """One event row as the extraction makes it (a small synthetic fixture)."""
    sentence = sentence or f"{' and '.join(actors) or 'People'} reported a {kind} {cue}."
    return {"event_id": f"{article}-{day}-{kind}-{len(sentence)}-{hash(sentence) & 0xffff}", "article": article,
            "article_id": article.replace(".", "-"), "date": day, "date_end": None, "precision": precision,
            "date_source": source, "cue": "" if source == "publication" else cue, "cue_start": None,
            "cue_end": None, "status": status, "type": kind, "trigger": "", "actors": list(actors),
            "sentence": sentence, "start": 0, "end": len(sentence), "outlet": outlet or article.split(".")[0],
            "published": published or day[:10] if precision == "day" else published or "2024-12-31",
            "corrected": False}


def happenings_of(rows):
    from dashboard.corpus import _period_end

    for row in rows:
        row["date_end"] = row["date_end"] or _period_end(row["date"], row["precision"])
    events, table = assign_happenings(_typed_events(pd.DataFrame(rows)))
    return events, table


def test_two_outlets_a_day_apart_are_one_disputed_happening():
    events, table = happenings_of([
        report("dawn.txt", "2024-05-14", "protest", ["PTI"], published="2024-05-15"),
        report("geo.txt", "2024-05-15", "protest", ["PTI"], published="2024-05-16"),
    ])
    assert len(table) == 1
    h = table.iloc[0]
    assert h["disputed"] and h["sources"] == 2
    assert (h["date"], h["date_end"]) == (pd.Timestamp("2024-05-14"), pd.Timestamp("2024-05-15"))
    assert h["dates_reported"] == [{"date": "2024-05-14", "articles": ["dawn.txt"]},
                                   {"date": "2024-05-15", "articles": ["geo.txt"]}]
    assert h["first_reported"] == pd.Timestamp("2024-05-15")
    assert sorted(h["outlets"]) == ["dawn", "geo"]
    assert set(events["happening"]) == {h["happening_id"]}


def test_one_article_reporting_both_days_keeps_them_apart():
    _, table = happenings_of([
        report("dawn.txt", "2024-05-14", "protest", ["PTI"], sentence="PTI protested on Tuesday."),
        report("dawn.txt", "2024-05-15", "protest", ["PTI"], sentence="PTI protested again on Wednesday."),
        report("geo.txt", "2024-05-15", "protest", ["PTI"]),
    ])
    assert len(table) == 2 and not table["disputed"].any()
    assert sorted(table["sources"]) == [1, 2]


def test_a_day_apart_never_chains_into_a_long_span():
    _, table = happenings_of([report(f"{name}.txt", day, "protest", ["PTI"]) for name, day in
                              (("a", "2024-05-14"), ("b", "2024-05-15"), ("c", "2024-05-16"))])
    assert len(table) == 2
    assert max(table["date_end"] - table["date"]) == pd.Timedelta(days=1)


def test_a_protest_and_a_court_hearing_on_the_same_day_are_two():
    _, table = happenings_of([
        report("a.txt", "2024-02-12", "protest", ["PTI"]),
        report("b.txt", "2024-02-12", "legal", ["PTI", "Supreme Court"]),
    ])
    assert sorted(table["type"].astype(str)) == ["legal", "protest"]


def test_different_actors_on_the_same_day_are_two_but_shared_actors_merge():
    _, table = happenings_of([
        report("a.txt", "2024-02-12", "protest", ["PTI"]),
        report("b.txt", "2024-02-12", "protest", ["JUI-F"]),
        report("c.txt", "2024-02-12", "protest", ["PTI", "JI"]),
    ])
    assert sorted(table["sources"]) == [1, 2]


def test_several_sentences_of_one_article_are_one_report():
    events, table = happenings_of([
        report("a.txt", "2024-02-13", "coalition", ["PPP"], sentence="The PPP said on Tuesday it would not join."),
        report("a.txt", "2024-02-13", "coalition", ["PPP", "PML-N"], sentence="Talks with the PML-N ended on Tuesday."),
    ])
    assert len(table) == 1 and table.iloc[0]["sources"] == 1 and len(table.iloc[0]["event_ids"]) == 2
    assert set(events["sources"]) == {1}


def test_every_mention_of_the_election_joins_it():
    _, table = happenings_of([
        report("a.txt", "2024-02-08", "election", [], cue="February 8",
               sentence="Both parties rejected the results of the February 8 elections."),
        report("b.txt", "2024-02-08", "election", ["PTI"], cue="Thursday's"),
        report("c.txt", "2024-02-08", "election", ["US State Department"], cue="on Thursday"),
    ])
    assert len(table) == 1 and table.iloc[0]["sources"] == 3
    assert table.iloc[0]["label"] == "February 8 elections"


def test_a_month_report_joins_a_day_inside_it_and_a_vague_report_joins_the_specific_one():
    _, table = happenings_of([
        report("a.txt", "2024-08-05", "legal", ["Imran Khan"]),
        report("b.txt", "2024-08", "legal", ["Imran Khan"], precision="month", cue="in August"),
        report("c.txt", "2024-08-05", "statement", ["Imran Khan"]),
    ])
    assert len(table) == 1
    h = table.iloc[0]
    assert (h["precision"], h["type"], h["sources"], h["disputed"]) == ("day", "legal", 3, False)


def test_a_report_dated_by_publication_joins_the_day_before():
    _, table = happenings_of([
        report("a.txt", "2024-02-16", "rigging_allegation", ["PTI", "JI"]),
        report("b.txt", "2024-02-17", "rigging_allegation", ["JI"], source="publication"),
    ])
    assert len(table) == 1
    h = table.iloc[0]
    assert h["sources"] == 2 and not h["disputed"] and h["date"] == pd.Timestamp("2024-02-16")


def test_planned_only_when_no_source_says_it_happened():
    _, table = happenings_of([
        report("a.txt", "2024-03-01", "protest", ["PTI"], status="planned"),
        report("b.txt", "2024-03-01", "protest", ["PTI"], status="happened"),
        report("c.txt", "2024-03-02", "coalition", ["PPP"], status="planned"),
    ])
    assert dict(zip(table["type"].astype(str), table["status"].astype(str))) == {"protest": "happened",
                                                                                  "coalition": "planned"}


@pytest.mark.parametrize(("sentence", "cue", "actors", "expected"), [
    ("ISLAMABAD: The Jamat-e-Islami (JI) on Wednesday declined Pakistan Tehreek-e-Insaf’s (PTI) offer to form "
     "a coalition government in Khyber Pakhtunkhwa (KP).", "on Wednesday", ["JI", "PTI"],
     "JI declined PTI’s offer to form a coalition government in Khyber Pakhtunkhwa"),
    ("He said that PTI has called for a countrywide protest on Saturday, the party said.", "on Saturday", ["PTI"],
     "PTI has called for a countrywide protest"),
    ("Imran Khan, the former prime minister, on Friday vowed a protest against the verdict.", "on Friday",
     ["Imran Khan"], "Imran Khan vowed a protest against the verdict"),
])
def test_labels_say_who_did_what(sentence, cue, actors, expected):
    assert report_label(sentence, cue, actors) == expected


def test_labels_are_short_never_empty_and_never_the_whole_sentence():
    long = ("PTI and JI on Monday announced a long march from Karachi to Islamabad that would pass through every "
            "provincial capital and end at the parliament building.")
    label = report_label(long, "on Monday", ["PTI", "JI"])
    assert 0 < len(label) <= MAX_LABEL and label.startswith("PTI and JI announced a long march")
    short = "PTI protested on Monday."
    assert report_label(short, "on Monday", ["PTI"]) != short
    _, table = happenings_of([report("a.txt", "2024-02-12", "protest", [], sentence="On Monday.", cue="On Monday")])
    assert table.iloc[0]["label"] == "Protest"  # nothing to extract: the type names it


def test_seed_election_is_one_happening_with_four_sources(seeds_corpus):
    """By hand: 000 ("the February 8, elections"), 001 ("the February 8 elections"),
    002 ("Thursday's election") and 003 ("elections on February 8") all report it."""
    table = seeds_corpus.happenings
    election = table[(table["type"] == "election") & (table["date"] == pd.Timestamp("2024-02-08"))]
    assert len(election) == 1
    h = election.iloc[0]
    assert h["sources"] >= 4 and {"000_051e9cf969fe149c.txt", "001_50c01fac60ecce8f.txt", "002_1b141ca8dc9f4861.txt",
                                  "003_caa18f420dc33469.txt"} <= set(h["articles"])
    assert not h["disputed"]
    events = seeds_corpus.events
    assert set(events.loc[events["happening"] == h["happening_id"], "event_id"]) == set(h["event_ids"])
    assert all(0 < len(label) <= MAX_LABEL for label in table["label"])
    assert set(events["happening"]) == set(table["happening_id"])


def test_two_files_reporting_one_protest_end_to_end(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(" date 2024-05-15\n\nPTI supporters held a protest in Lahore on May 14.\n",
                                  encoding="utf-8")
    (folder / "b.txt").write_text(" date 2024-05-16\n\nPTI supporters staged a protest in Lahore on May 15.\n",
                                  encoding="utf-8")
    (folder / "c.txt").write_text(" date 2024-05-16\n\nThe Supreme Court heard a petition by the PPP on May 15.\n",
                                  encoding="utf-8")
    corpus = load_corpus(folder, use_cache=False)
    table = corpus.happenings
    protest = table[table["type"] == "protest"]
    assert len(protest) == 1 and protest.iloc[0]["disputed"] and protest.iloc[0]["sources"] == 2
    assert len(table) == 2


def test_assembly_is_near_linear():
    kinds = ["protest", "legal", "coalition", "election", "statement"]
    actors = ["PTI", "PPP", "PML-N", "JI", "MQM-P", "ANP"]
    rows = []
    for i in range(100_000):
        day = pd.Timestamp("2024-01-01") + pd.Timedelta(days=i % 365)
        rows.append(report(f"a{i // 10}.txt", day.date().isoformat(), kinds[i % 5], [actors[i % 6]],
                           sentence=f"Sentence {i} on Monday."))
    started = time.perf_counter()
    events, table = happenings_of(rows)
    assert time.perf_counter() - started < 30  # seconds, on a shared 2-core machine
    assert len(events) == 100_000 and events["happening"].notna().all()


def test_a_vague_month_report_naming_no_one_is_not_guessed_into_one_of_several():
    _, table = happenings_of([
        report("a.txt", "2024-08-05", "legal", ["Imran Khan"]),
        report("b.txt", "2024-08-20", "legal", ["PPP"]),
        report("c.txt", "2024-08", "legal", [], precision="month", cue="in August"),
    ])
    assert len(table) == 3
    _, table = happenings_of([
        report("a.txt", "2024-08-05", "legal", ["Imran Khan"]),
        report("c.txt", "2024-08", "legal", [], precision="month", cue="in August"),
    ])
    assert len(table) == 1 and table.iloc[0]["precision"] == "day"


def test_compatible_types_from_two_outlets_are_one_happening():
    _, table = happenings_of([
        report("a.txt", "2024-02-16", "protest", ["PTI", "JI"], sentence="PTI and JI vowed a joint protest on Friday."),
        report("b.txt", "2024-02-16", "rigging_allegation", ["JI"], sentence="JI alleged rigging on Friday."),
        report("c.txt", "2024-02-16", "legal", ["JI"], sentence="A court heard JI's petition on Friday."),
    ])
    assert sorted(table["sources"]) == [1, 2]
    merged = table[table["sources"] == 2].iloc[0]
    assert merged["type"] in ("protest", "rigging_allegation") and set(merged["actors"]) == {"PTI", "JI"}
