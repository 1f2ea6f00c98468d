"""Dates inside the loader's body reading: the wire dateline, the narrative anchor across
paragraphs, the events' `date_end`/`status`, the per-file ceiling and linear hand-out."""

from pathlib import Path

from dashboard import corpus
from dashboard.actors import default_matcher
from dashboard.corpus import parse_article
from dashboard.reading import SourceFile


def parse(text):
    return parse_article(SourceFile(Path("a.txt"), "a.txt", "text", text, len(text)), default_matcher())


def by_cue(parsed):
    return {e["cue"]: e for e in parsed.events}


def test_dateline_is_no_event_when_the_lead_names_its_own_date():
    parsed = parse("date 2024-03-05\n\nSit-in at the commission\n\n"
                   "LAHORE, Mar 3: PTI workers on Sunday staged a sit-in outside the election commission office.\n\n"
                   "The party will hold a rally in Lahore on Friday.\n")
    events = by_cue(parsed)
    assert parsed.article["dateline"] == "LAHORE"
    assert "Mar 3" not in events
    assert (events["on Sunday"]["date"], events["on Sunday"]["status"]) == ("2024-03-03", "happened")
    assert events["on Friday"]["date"] == "2024-03-08"
    assert (events["on Friday"]["date_end"], events["on Friday"]["status"]) == ("2024-03-08", "planned")


def test_narrative_anchor_carries_into_the_next_paragraph():
    parsed = parse("date 2024-03-20\n\nTribunal\n\nThe election tribunal in Lahore heard PTI's petition on March 1.\n\n"
                   "The next day, PTI workers protested outside the tribunal.\n")
    events = by_cue(parsed)
    assert events["March 1"]["date"] == "2024-03-01"
    assert events["The next day"]["date"] == "2024-03-02"


def test_week_event_has_its_monday_and_sunday():
    parsed = parse("date 2024-02-14\n\nTalks\n\nPTI and JI held talks on a coalition last week.\n")
    event = by_cue(parsed)["last week"]
    assert (event["date"], event["date_end"], event["precision"]) == ("2024-02-05", "2024-02-11", "week")


def test_events_per_file_are_capped_with_a_plain_problem(monkeypatch):
    monkeypatch.setattr(corpus, "MAX_EVENTS_PER_FILE", 5)
    body = " ".join(f"PTI workers protested in Lahore on March {day}, 2024." for day in range(1, 13))
    parsed = parse(f"date 2024-03-30\n\nProtests\n\n{body}\n\nPTI protested again on March 20, 2024.\n")
    assert len(parsed.events) == 5
    assert [e["date"] for e in parsed.events] == [f"2024-03-0{d}" for d in range(1, 6)]
    assert "more than 5 dated sentences; only the first 5 events were kept" in parsed.article["problems"]
    assert parsed.article["status"] == "warning"


def test_every_sentence_of_a_long_paragraph_gets_its_own_date():
    days = [1 + i % 28 for i in range(300)]
    body = " ".join(f"PTI workers protested in Lahore on March {d}, 2024." for d in days)
    parsed = parse(f"date 2024-03-30\n\nProtests\n\n{body}\n")
    assert [e["date"] for e in parsed.events] == [f"2024-03-{d:02d}" for d in days]
    for event in parsed.events:
        assert event["start"] <= event["cue_start"] < event["cue_end"] <= event["end"]


def test_dates_command_prints_the_new_fields(tmp_path):
    import json
    import subprocess
    import sys

    article = tmp_path / "a.txt"
    article.write_text("The court met on February 10. The next day PTI protested. کل اجلاس ہوگا۔", encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "dashboard", "dates", "--published", "2024-02-19", str(article)],
                         capture_output=True, text=True, check=True, cwd=Path(__file__).parent.parent).stdout
    rows = [json.loads(line) for line in out.splitlines()]
    assert [(r["text"], r["value"], r["date_end"], r["precision"], r["status"], r["anchor"], r["anchor_from"])
            for r in rows] == [
        ("February 10", "2024-02-10", "2024-02-10", "day", "happened", "2024-02-19", "publication"),
        ("The next day", "2024-02-11", "2024-02-11", "day", "happened", "2024-02-10", "narrative"),
        ("کل", "2024-02-20", "2024-02-20", "day", "planned", "2024-02-19", "publication")]
    assert all({"start", "end"} <= set(r) for r in rows)
