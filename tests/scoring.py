"""One scorer for the loader against hand-annotated gold (the seeds, the development set, the probes).

Gold is a list of records, one per article, in the form of `tests/data/seed_events.jsonl`: `file`,
`published`, `events` (each with `date` as YYYY-MM-DD / YYYY-MM / YYYY, a week's Monday for week
precision, `precision`, `types`, `cue`, `what`, and optionally `status` and `happening`), `optional`
(dates that may be found without penalty) and `not_events` (dates that must not appear at all).

The bars, as the hidden sets are scored:
  (a) dates_found                share of gold events whose (date, precision) is among the article's text-dated events (every
                                 date_source but "publication")
  (b) text_dated_at_annotated    share of the loader's distinct (date, precision) per article that are annotated
  (c) types_right                among matched gold events, the loader's type is one of the gold types
  (d) statuses_right             among matched gold events, the loader's `status` is the gold status
  (e) published_right            share of articles whose publication date is right
  (f) happenings_same / _apart   over pairs of matched gold events in different articles: the same gold happening
                                 has the same loader happening id, different ones have different ids
  (g) not_events_violated        number of not-event dates that appear among the article's events
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from itertools import combinations
from pathlib import Path

import pandas as pd

HAPPENED = "happened"


def read_gold(path: str | Path) -> list[dict]:
    """The records of a gold JSONL file (blank lines skipped)."""
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def label(value, precision: str) -> str:
    """'2024-02-08', '2023-08' or '2022' by precision; a week is named by its Monday."""
    if isinstance(value, pd.Timestamp):
        day = value.date()
    else:  # '2024-02-08', or a gold date of coarser precision: '2024-02', '2022'
        text = str(value)[:10]
        day = date.fromisoformat(text + {4: "-01-01", 7: "-01"}.get(len(text), ""))
    if precision == "week":
        return (day - timedelta(days=day.weekday())).isoformat()
    iso = day.isoformat()
    return {"day": iso, "month": iso[:7], "year": iso[:4]}.get(precision, iso)


def _cues(text: str) -> list[str]:
    """The alternatives of a gold cue ('on Friday / late on Friday'), lower-cased."""
    return [c.strip().lower() for c in str(text or "").split("/") if c.strip()]


def _cue_overlaps(found_cue: str, gold_cue: str) -> bool:
    found = str(found_cue or "").strip().lower()
    return bool(found) and any(found in alt or alt in found for alt in _cues(gold_cue))


def _ratio(right: int, total: int) -> float | None:
    return right / total if total else None


class _Loaded:
    """The loader's output for one article, in the forms the bars need."""

    def __init__(self, events: pd.DataFrame, happening_column: str | None):
        self.all = [self._row(e, happening_column) for e in events.to_dict("records")]
        self.text = [e for e in self.all if e["source"] != "publication"]

    @staticmethod
    def _row(e: dict, happening_column: str | None) -> dict:
        status = e.get("status")
        return {"label": label(e["date"], e["precision"]), "precision": e["precision"],
                "source": e.get("date_source", "text"), "type": e.get("type"), "cue": e.get("cue", ""),
                "status": status if isinstance(status, str) and status else HAPPENED,
                "happening": e.get(happening_column) if happening_column else None,
                "sentence": str(e.get("sentence", ""))}

    def at(self, when: str, precision: str, cue: str = "") -> tuple[list[dict], str]:
        """Text-dated events at a date, and how they were told apart: those whose cue is the gold cue
        ("cue"), else whose cue overlaps it ("overlap"), else whose sentence holds it ("sentence"), else
        all of them ("date"; an article may report two happenings on one day)."""
        at_date = [e for e in self.text if (e["label"], e["precision"]) == (when, precision)]
        alternatives = _cues(cue)
        tiers = [("cue", lambda e: str(e["cue"]).strip().lower() in alternatives),
                 ("overlap", lambda e: _cue_overlaps(e["cue"], cue)),
                 ("sentence", lambda e: any(alt in e["sentence"].lower() for alt in alternatives))]
        for how, keep in tiers:
            chosen = [e for e in at_date if keep(e)]
            if chosen:
                return chosen, how
        return at_date, "date"


def score(corpus, gold: list[dict]) -> dict:
    """The bars for a loaded corpus (`dashboard.load_corpus(...)`) against gold records, with the misses."""
    events, articles = corpus.events, corpus.articles
    happening_column = next((c for c in ("happening", "cluster") if c in events.columns), None)
    misses: dict[str, list] = {k: [] for k in ("dates", "extra", "types", "statuses", "published",
                                               "happenings_split", "happenings_merged", "not_events")}
    counts = dict.fromkeys(("gold_events", "found", "text_dated", "at_annotated", "typed", "types_right",
                            "statused", "statuses_right", "articles", "published_right", "same_pairs",
                            "same_right", "apart_pairs", "apart_right", "not_events", "not_events_violated"), 0)
    matched = []  # (file, gold event, happening ids the loader gave it)
    published = dict(zip(articles["article"], articles["published"])) if len(articles) else {}
    published_from = dict(zip(articles["article"], articles.get("published_from", [None] * len(articles))))

    for record in gold:
        file = record["file"]
        loaded = _Loaded(events[events["article"] == file], happening_column)
        _score_publication(record, published, published_from, counts, misses)
        for gold_event in record["events"]:
            counts["gold_events"] += 1
            found, how = loaded.at(gold_event["date"], gold_event["precision"], gold_event.get("cue", ""))
            if not found:
                instead = [(e["label"], e["precision"], e["cue"]) for e in loaded.text
                           if _cue_overlaps(e["cue"], gold_event.get("cue", ""))]
                misses["dates"].append({"file": file, "date": gold_event["date"], "precision": gold_event["precision"],
                                        "cue": gold_event.get("cue"), "what": gold_event.get("what"),
                                        "status": gold_event.get("status", HAPPENED), "instead": instead})
                continue
            counts["found"] += 1
            _score_type_and_status(file, gold_event, found, counts, misses)
            same_day = sum((g["date"], g["precision"]) == (gold_event["date"], gold_event["precision"])
                           for g in record["events"])
            if how == "date" and same_day > 1:
                continue  # which of the day's happenings the loader's events report is unknown
            ids = {e["happening"] for e in found if e["happening"] is not None and not pd.isna(e["happening"])}
            matched.append((file, gold_event, ids))
        _score_extra_dates(record, loaded, counts, misses)
        _score_not_events(record, loaded, counts, misses)

    _score_happenings(matched, counts, misses)
    return {
        "articles": counts["articles"],
        "gold_events": counts["gold_events"],
        "found": counts["found"],
        "dates_found": _ratio(counts["found"], counts["gold_events"]),
        "text_dated": counts["text_dated"],
        "at_annotated": counts["at_annotated"],
        "text_dated_at_annotated": _ratio(counts["at_annotated"], counts["text_dated"]),
        "typed": counts["typed"],
        "types_right": _ratio(counts["types_right"], counts["typed"]),
        "statused": counts["statused"],
        "statuses_right": _ratio(counts["statuses_right"], counts["statused"]),
        "published_right": _ratio(counts["published_right"], counts["articles"]),
        "published_right_count": counts["published_right"],
        "same_pairs": counts["same_pairs"],
        "happenings_same": _ratio(counts["same_right"], counts["same_pairs"]),
        "apart_pairs": counts["apart_pairs"],
        "happenings_apart": _ratio(counts["apart_right"], counts["apart_pairs"]),
        "not_events": counts["not_events"],
        "not_events_violated": counts["not_events_violated"],
        "misses": misses,
    }


def _score_publication(record, published, published_from, counts, misses):
    counts["articles"] += 1
    value = published.get(record["file"])
    got = None if value is None or pd.isna(value) else label(value, "day")
    if got == record["published"]:
        counts["published_right"] += 1
    else:
        misses["published"].append({"file": record["file"], "gold": record["published"], "got": got,
                                    "from": published_from.get(record["file"])})


def _score_type_and_status(file, gold_event, found, counts, misses):
    counts["typed"] += 1
    if any(e["type"] in gold_event.get("types", []) for e in found):
        counts["types_right"] += 1
    else:
        misses["types"].append({"file": file, "date": gold_event["date"], "cue": gold_event.get("cue"),
                                "gold": gold_event.get("types"), "got": sorted({str(e["type"]) for e in found}),
                                "sentence": found[0]["sentence"][:100]})
    if "status" not in gold_event:
        return
    counts["statused"] += 1
    if any(e["status"] == gold_event["status"] for e in found):
        counts["statuses_right"] += 1
    else:
        misses["statuses"].append({"file": file, "date": gold_event["date"], "cue": gold_event.get("cue"),
                                   "gold": gold_event["status"], "got": sorted({e["status"] for e in found})})


def _score_extra_dates(record, loaded, counts, misses):
    allowed = {(e["date"], e["precision"]) for e in record["events"] + record.get("optional", [])}
    seen = {}
    for e in loaded.text:
        seen.setdefault((e["label"], e["precision"]), e)
    counts["text_dated"] += len(seen)
    for key, e in sorted(seen.items()):
        if key in allowed:
            counts["at_annotated"] += 1
        else:
            misses["extra"].append({"file": record["file"], "date": key[0], "precision": key[1], "cue": e["cue"],
                                    "sentence": e["sentence"][:100]})


def _score_not_events(record, loaded, counts, misses):
    labels = {e["label"]: e for e in loaded.all}
    for not_event in record.get("not_events", []):
        counts["not_events"] += 1
        hit = labels.get(not_event["date"])
        if hit is not None:
            counts["not_events_violated"] += 1
            misses["not_events"].append({"file": record["file"], "date": not_event["date"], "why": not_event.get("why"),
                                         "cue": hit["cue"], "sentence": hit["sentence"][:100]})


def _score_happenings(matched, counts, misses):
    with_key = [m for m in matched if m[1].get("happening")]
    for (file_a, gold_a, ids_a), (file_b, gold_b, ids_b) in combinations(with_key, 2):
        if file_a == file_b:
            continue
        together = bool(ids_a & ids_b)
        pair = {"a": (file_a, gold_a["date"], gold_a.get("cue")), "b": (file_b, gold_b["date"], gold_b.get("cue"))}
        if gold_a["happening"] == gold_b["happening"]:
            counts["same_pairs"] += 1
            counts["same_right"] += together
            if not together:
                misses["happenings_split"].append({**pair, "happening": gold_a["happening"]})
        else:
            counts["apart_pairs"] += 1
            counts["apart_right"] += not together
            if together:
                misses["happenings_merged"].append({**pair, "happenings": (gold_a["happening"], gold_b["happening"])})


def score_folder(folder: str | Path, gold_path: str | Path) -> dict:
    """The scores of the loader on a folder of articles (read afresh, no cache) against its gold file."""
    from dashboard import load_corpus  # here: the scorer's own tests need no loader

    return score(load_corpus(folder, use_cache=False), read_gold(gold_path))


def assert_gold_well_formed(folder: str | Path, gold_path: str | Path, events_per_article: tuple[int, int],
                            cue_separator: str = " / ") -> None:
    """A probe set's gold: one record per file of `folder`, each with a number of events within
    `events_per_article`; every cue (alternatives split by `cue_separator`) in the text; dates
    written at their precision, a range's end not before its start, one to three types."""
    folder = Path(folder)
    records = read_gold(gold_path)
    assert sorted(r["file"] for r in records) == sorted(p.name for p in folder.iterdir())
    low, high = events_per_article
    for record in records:
        text = (folder / record["file"]).read_text(encoding="utf-8")
        assert low <= len(record["events"]) <= high, record["file"]
        for event in record["events"] + record.get("optional", []):
            where = (record["file"], event["cue"])
            assert label(event["date"], event["precision"]) == event["date"], where
            assert event["status"] in {"happened", "planned"}, where
            assert all(alt.strip() in text for alt in event["cue"].split(cue_separator)), where
            assert event.get("date_end", event["date"]) >= event["date"], where
        for event in record["events"]:
            assert 1 <= len(event["types"]) <= 3, (record["file"], event["cue"])


def assert_bar(result: dict, bar: str, floor: float) -> None:
    """A bar holds its floor; on failure, the first misses of every kind say why."""
    misses = {k: v[:15] for k, v in result["misses"].items()}
    assert result[bar] is not None and result[bar] >= floor, misses
