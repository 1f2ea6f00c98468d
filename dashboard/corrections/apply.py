"""Corrections on top of a parsed corpus: `apply_corrections(corpus, effective)` returns a
corrected copy (the parsed corpus is never changed), and `correct()` checks and records
one change, for the command line and the web form alike.

Corrections are keyed on the corpus's stable ids, so they survive re-reads and cache
rebuilds; one whose event or happening is gone is kept and reported as orphaned.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

import pandas as pd

from .. import schema
from ..corpus import Corpus
from ..happenings import COLUMNS_USED, _days, _happening  # one happening's record, as the loader builds it
from .service import _UNSEEN, CorrectionError, Effective, Store, check_note, check_value, split_id

EVENT_FIELDS_FROM_HAPPENING = ("date", "type", "status", "actors")


@dataclass
class Report:
    """What applying the corrections found: orphaned changes and the hidden events."""
    orphaned: list[dict] = field(default_factory=list)
    hidden: pd.DataFrame = field(default_factory=lambda: schema.empty("events"))
    applied: int = 0


def apply_corrections(corpus: Corpus, effective: dict[tuple[str, str, str], Effective] | None = None,
                      store: Store | None = None) -> Corpus:
    """A copy of `corpus` with every correction in force applied (`effective`, by default
    read from `store` or the default database); its `corrections` attribute is the Report."""
    if effective is None:
        store = store or Store()
        effective = store.effective() if store.exists() else {}
    report = Report()
    if not effective:
        corrected = replace(corpus)
        corrected.corrections = report
        return corrected
    events = corpus.events.reset_index(drop=True)
    position = {e: i for i, e in enumerate(events["event_id"])}
    cols = {c: events[c].tolist() for c in ("date", "date_end", "precision", "type", "status", "actors",
                                            "happening", "corrected")}
    cols["type"] = [str(t) for t in cols["type"]]
    cols["status"] = [str(s) for s in cols["status"]]
    cols["precision"] = [str(p) for p in cols["precision"]]
    original_ids = set(corpus.happenings["happening_id"])
    known = original_ids | {split_id(t) for (k, t, f) in effective if k == "event" and f == "split" and t in position}
    affected: set[str] = set()
    hidden: dict[int, str] = {}
    event_fields: set[tuple[int, str]] = set()

    def orphan(key, change: Effective, why: str):
        report.orphaned.append({"change_id": change.change_id, "target_kind": key[0], "target_id": key[1],
                                "field": key[2], "why": why})

    # 1. an event's own fields, hiding and splitting
    for key, change in sorted(effective.items(), key=lambda kv: kv[1].change_id):
        kind, target, name = key
        if kind != "event":
            continue
        if target not in position:
            orphan(key, change, "the event is no longer in the articles")
            continue
        i = position[target]
        affected.add(cols["happening"][i])
        if name == "hide":
            hidden[i] = change.value.get("reason", "")
            continue
        if name == "split":
            cols["happening"][i] = split_id(target)
            affected.add(cols["happening"][i])
        else:
            _set_event_field(cols, i, name, change.value)
            event_fields.add((i, name))
        cols["corrected"][i] = True
        report.applied += 1

    # 2. merges, followed to the end of a chain (a cycle stops where it closes)
    into: dict[str, str] = {}
    for key, change in sorted(effective.items(), key=lambda kv: kv[1].change_id):
        if key[0] == "happening" and key[2] == "merge":
            target, other = key[1], change.value["into"]
            if target not in known or other not in known:
                orphan(key, change, "a happening of the merge is no longer in the articles")
            elif target != other:
                into[target] = other
                report.applied += 1

    def final(h: str) -> str:
        seen = {h}
        while h in into and into[h] not in seen:
            h = into[h]
            seen.add(h)
        return h
    for i, h in enumerate(cols["happening"]):
        end = final(h)
        if end != h:
            cols["happening"][i] = end
            affected |= {h, end}
    for i in hidden:
        affected.add(cols["happening"][i])

    for name, values in cols.items():
        events[name] = values
    report.hidden = events.iloc[sorted(hidden)].copy()
    if hidden:
        report.hidden["hidden_reason"] = [hidden[i] for i in sorted(hidden)]
    kept = events.drop(index=list(hidden)) if hidden else events
    happenings = _rebuild(corpus.happenings, kept, affected)

    # 3. a happening's own fields, passed on to its reports that have no correction of their own
    by_happening = {h: i for i, h in enumerate(happenings["happening_id"])}
    members = kept.groupby("happening").indices if len(kept) else {}
    h_cols = {c: happenings[c].tolist() for c in ("date", "date_end", "precision", "type", "status", "actors",
                                                  "label", "corrected")}
    for c in ("type", "status", "precision"):
        h_cols[c] = [str(v) for v in h_cols[c]]
    e_cols = {c: kept[c].tolist() for c in ("date", "date_end", "precision", "type", "status", "actors", "corrected")}
    for c in ("type", "status", "precision"):
        e_cols[c] = [str(v) for v in e_cols[c]]
    kept_index = kept.index.tolist()
    for key, change in sorted(effective.items(), key=lambda kv: kv[1].change_id):
        kind, target, name = key
        if kind != "happening" or name == "merge":
            continue
        if target not in by_happening:
            orphan(key, change, "the happening is no longer in the articles (or was merged into another)")
            continue
        j = by_happening[target]
        _set_event_field(h_cols, j, name, change.value)
        h_cols["corrected"][j] = True
        report.applied += 1
        if name in EVENT_FIELDS_FROM_HAPPENING:
            for k in members.get(target, []):
                if (kept_index[k], name) not in event_fields:
                    _set_event_field(e_cols, k, name, change.value)
                    e_cols["corrected"][k] = True
    for name, values in h_cols.items():
        happenings[name] = values
    kept = kept.copy()
    for name, values in e_cols.items():
        kept[name] = values
    sources = dict(zip(happenings["happening_id"], happenings["sources"]))
    kept["sources"] = kept["happening"].map(sources).fillna(0).astype("int64")
    kept = schema.apply(kept, "events").sort_values(["date", "article", "start"], kind="stable").reset_index(drop=True)
    happenings = schema.apply(happenings, "happenings").sort_values(["date", "happening_id"], kind="stable")
    corrected = replace(corpus, events=kept, happenings=happenings.reset_index(drop=True))
    corrected.corrections = report
    return corrected


def _set_event_field(cols: dict[str, list], i: int, name: str, value) -> None:
    if name == "date":
        cols["date"][i] = pd.Timestamp(value["date"])
        cols["date_end"][i] = pd.Timestamp(value["date_end"])
        cols["precision"][i] = value["precision"]
    elif name == "actors":
        cols["actors"][i] = list(value)
    else:  # type, status, label
        cols[name][i] = value


def _rebuild(happenings: pd.DataFrame, events: pd.DataFrame, affected: set[str]) -> pd.DataFrame:
    """The happenings table with the `affected` ones built again from their reports,
    keeping their ids (a merged happening keeps the one it was merged into)."""
    if not affected:
        return happenings.copy()
    rest = happenings[~happenings["happening_id"].isin(affected)]
    part = events[events["happening"].isin(affected)]
    if part.empty:
        return rest.reset_index(drop=True)
    cols = {name: part[name].tolist() for name in COLUMNS_USED}
    cols["type"] = [str(t) for t in cols["type"]]
    cols["precision"] = [str(p) for p in cols["precision"]]
    published = part["published"]
    cols["published"] = [d if ok else None for d, ok in zip(_days(published.fillna(pd.Timestamp(0))),
                                                             published.notna().tolist())]
    cols["from_text"] = (part["date_source"].astype(str) != "publication").tolist()
    cols["start"], cols["end"] = _days(part["date"]), _days(part["date_end"])
    records = []
    for happening_id, indexes in part.groupby("happening").indices.items():
        record = _happening(cols, list(indexes))
        record["happening_id"] = happening_id
        record["corrected"] = True
        records.append(record)
    rebuilt = schema.apply(pd.DataFrame(records), "happenings")
    return pd.concat([schema.apply(rest, "happenings"), rebuilt], ignore_index=True)


# --- one change, checked and recorded -----------------------------------------------------

def current_value(corpus: Corpus, kind: str, target_id: str, name: str):
    """What the (corrected) corpus shows for a field now, in the stored form."""
    if kind == "event":
        rows = corpus.events[corpus.events["event_id"] == target_id]
    else:
        rows = corpus.happenings[corpus.happenings["happening_id"] == target_id]
    if rows.empty or name in ("hide", "split", "merge"):
        return None
    row = rows.iloc[0]
    if name == "date":
        return {"date": _iso(row["date"]), "date_end": _iso(row["date_end"]), "precision": str(row["precision"])}
    if name == "actors":
        return list(row["actors"])
    return str(row[name])


def _iso(value) -> str:
    return value.date().isoformat() if isinstance(value, pd.Timestamp) else date.fromisoformat(str(value)[:10]).isoformat()


def exists(corpus: Corpus, kind: str, target_id: str) -> bool:
    if kind == "event":
        hidden = getattr(getattr(corpus, "corrections", None), "hidden", None)
        return bool((corpus.events["event_id"] == target_id).any()) or (
            hidden is not None and bool((hidden["event_id"] == target_id).any()))
    return bool((corpus.happenings["happening_id"] == target_id).any())


def correct(store: Store, corpus: Corpus, kind: str, target_id: str, name: str, value, by: str,
            note: str | None = None, *, seen=_UNSEEN, types: set[str] | None = None):
    """Check one correction against the corpus it is made on and record it."""
    by = (by or "").strip()
    if not by:
        raise CorrectionError("say who makes the correction")
    if kind not in ("event", "happening"):
        raise CorrectionError(f"a correction is of an event or a happening, not {kind!r}")
    if not exists(corpus, kind, target_id):
        raise CorrectionError(f"unknown {kind} id {target_id!r}")
    value = check_value(kind, name, value, types)
    if name == "merge":
        if value["into"] == target_id:
            raise CorrectionError("a happening cannot be merged into itself")
        if not exists(corpus, "happening", value["into"]):
            raise CorrectionError(f"unknown happening id {value['into']!r}")
    return store.record(kind, target_id, name, value, by, check_note(note),
                        current=current_value(corpus, kind, target_id, name), seen=seen)
