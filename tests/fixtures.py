"""Small synthetic frames for tests that should not depend on the loader."""

import pandas as pd


def happenings_frame(rows: list[dict]) -> pd.DataFrame:
    """Happenings in the contract's shape; each row needs happening_id, label, type, date and
    may set date_end, precision, status, sources, outlets, disputed, dates_reported."""
    records = []
    for r in rows:
        records.append({
            "happening_id": r["happening_id"], "label": r["label"], "type": r["type"],
            "status": r.get("status", "happened"), "date": pd.Timestamp(r["date"]),
            "date_end": pd.Timestamp(r.get("date_end", r["date"])), "precision": r.get("precision", "day"),
            "actors": r.get("actors", []), "sources": r.get("sources", 1), "outlets": r.get("outlets", []),
            "articles": r.get("articles", []), "event_ids": r.get("event_ids", []),
            "first_reported": pd.Timestamp(r.get("first_reported", r["date"])),
            "disputed": r.get("disputed", False), "dates_reported": r.get("dates_reported", []),
            "corrected": False})
    return pd.DataFrame(records)


def day_events(sentence: str, cues: list[tuple[str, str]], published: str) -> list[dict]:
    """The events of one sentence whose dates are the given day mentions, (cue text, value) each,
    read by the event typer alone (no date engine)."""
    from dashboard.actors import default_matcher
    from dashboard.dates import DateMention
    from dashboard.events import sentence_events

    matcher = default_matcher()
    mentions = []
    for cue, value in cues:
        start = sentence.index(cue)
        mentions.append(DateMention(start=start, end=start + len(cue), text=cue, kind="test", value=value,
                                    precision="day", date_start=value, date_end=value))
    return sentence_events(sentence, 0, mentions, matcher.find(sentence), matcher, published)


def only_day_event(sentence: str, cue: str, value: str = "2024-05-09", published: str = "2024-05-10") -> dict:
    """The one event of a sentence with one day mention (by default Thursday 9 May 2024, in a report
    of Friday 10 May), read by the event typer alone."""
    [event] = day_events(sentence, [(cue, value)], published)
    return event


def loaded_events(folder, name: str, text: str) -> list[tuple[str, str, str, str]]:
    """(day, precision, type, status) of each event the whole loader reads from one article, written as `name` in
    `folder` (one article per folder: sentences of one page interact)."""
    from dashboard import load_corpus

    (folder / name).write_text(text, encoding="utf-8")
    events = load_corpus(folder, use_cache=False).events
    return list(zip(events["date"].astype(str).str[:10], events["precision"], events["type"], events["status"]))
