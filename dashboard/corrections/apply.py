"""Corrections on top of a parsed corpus: `apply_corrections(corpus, effective)` returns a
corrected copy (the parsed corpus is never changed), and `correct()` checks and records
one change, for the command line and the web form alike.

Corrections are keyed on the corpus's stable ids, so they survive re-reads and cache
rebuilds; one whose event or happening is gone is kept and reported as orphaned.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

import numpy as np
import pandas as pd

from .. import schema
from ..corpus import Corpus
from ..happenings import MergeRoles, happening_record, report_columns  # a record as the loader builds it
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
    read from `store` or the default database); its `corrections` attribute is the Report.
    Only the corrected rows are touched, so the cost follows the corrections, not the corpus."""
    if effective is None:
        store = store or Store()
        effective = store.effective() if store.exists() else {}
    report = Report()
    if not effective:
        corrected = replace(corpus)
        corrected.corrections = report
        return corrected
    in_order = sorted(effective.items(), key=lambda kv: kv[1].change_id)
    events = corpus.events.reset_index(drop=True)
    position = dict(zip(events["event_id"].tolist(), range(len(events))))
    edits = _Edits(events)
    known = set(corpus.happenings["happening_id"].tolist()) | {
        split_id(t) for (k, t, f) in effective if k == "event" and f == "split" and t in position}
    affected: set[str] = set()
    hidden: dict[int, str] = {}
    event_fields: set[tuple[int, str]] = set()

    def orphan(key, change: Effective, why: str):
        report.orphaned.append({"change_id": change.change_id, "target_kind": key[0], "target_id": key[1],
                                "field": key[2], "why": why})

    # 1. an event's own fields, hiding and splitting
    for key, change in in_order:
        kind, target, name = key
        if kind != "event":
            continue
        if target not in position:
            orphan(key, change, "the event is no longer in the articles")
            continue
        i = position[target]
        affected.add(edits.get(i, "happening"))
        if name == "hide":
            hidden[i] = change.value.get("reason", "")
            continue
        if name == "split":
            edits.set(i, "happening", split_id(target))
            affected.add(split_id(target))
        else:
            _set_field(edits, i, name, change.value)
            event_fields.add((i, name))
        edits.set(i, "corrected", True)
        report.applied += 1

    # 2. merges, followed to the end of a chain (a cycle stops where it closes)
    into: dict[str, str] = {}
    for key, change in in_order:
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
    if into:
        happening = edits.array("happening")
        for i in np.flatnonzero(pd.Series(happening).isin(list(into)).to_numpy()):
            old = happening[i]
            edits.set(int(i), "happening", final(old))
            affected |= {old, happening[i]}
    for i in hidden:
        affected.add(edits.get(i, "happening"))
    events = edits.frame_with_edits()
    report.hidden = events.iloc[sorted(hidden)].copy()
    if hidden:
        report.hidden["hidden_reason"] = [hidden[i] for i in sorted(hidden)]
    kept = events.drop(index=list(hidden)).reset_index(drop=True) if hidden else events
    happenings = _rebuild(corpus.happenings, kept, affected, MergeRoles.of(corpus.story.event_rules["roles"]))

    # 3. a happening's own fields, passed on to its reports that have no correction of their own
    by_happening = dict(zip(happenings["happening_id"].tolist(), range(len(happenings))))
    h_edits, e_edits = _Edits(happenings), _Edits(kept)
    kept_ids = kept["event_id"].tolist()
    kept_happening = kept["happening"].to_numpy()
    for key, change in in_order:
        kind, target, name = key
        if kind != "happening" or name == "merge":
            continue
        if target not in by_happening:
            orphan(key, change, "the happening is no longer in the articles (or was merged into another)")
            continue
        _set_field(h_edits, by_happening[target], name, change.value)
        h_edits.set(by_happening[target], "corrected", True)
        report.applied += 1
        if name in EVENT_FIELDS_FROM_HAPPENING:
            for k in np.flatnonzero(kept_happening == target).tolist():
                if (position[kept_ids[k]], name) not in event_fields:
                    _set_field(e_edits, k, name, change.value)
                    e_edits.set(k, "corrected", True)
    happenings = h_edits.frame_with_edits()
    kept = e_edits.frame_with_edits()
    touched = kept["happening"].isin(affected).to_numpy()
    if touched.any():
        sources = dict(zip(happenings["happening_id"].tolist(), happenings["sources"].tolist()))
        counts = kept["sources"].to_numpy(copy=True)
        counts[touched] = [sources.get(h, 0) for h in kept["happening"].to_numpy()[touched]]
        kept["sources"] = counts
    kept = schema.apply(kept, "events").sort_values(["date", "article", "start"], kind="stable").reset_index(drop=True)
    happenings = schema.apply(happenings, "happenings").sort_values(["date", "happening_id"], kind="stable")
    corrected = replace(corpus, events=kept, happenings=happenings.reset_index(drop=True))
    corrected.corrections = report
    return corrected


class _Edits:
    """Values set in a few rows of a frame: each touched column is copied once, as an
    array, and written back at the end (the rest of the frame is shared, not copied)."""

    def __init__(self, frame: pd.DataFrame):
        self.frame = frame
        self.arrays: dict[str, np.ndarray] = {}

    def array(self, name: str) -> np.ndarray:
        if name not in self.arrays:
            column = self.frame[name]
            dtype = object if str(column.dtype) in ("category", "str", "string") else None
            self.arrays[name] = column.to_numpy(dtype=dtype, copy=True)
        return self.arrays[name]

    def get(self, i: int, name: str):
        return self.arrays[name][i] if name in self.arrays else self.frame[name].iat[i]

    def set(self, i: int, name: str, value) -> None:
        array = self.array(name)
        if np.issubdtype(array.dtype, np.datetime64):
            value = np.datetime64(pd.Timestamp(value).to_datetime64(), "ns").astype(array.dtype)
        array[i] = value

    def frame_with_edits(self) -> pd.DataFrame:
        if not self.arrays:
            return self.frame
        frame = self.frame.copy(deep=False)
        for name, array in self.arrays.items():
            frame[name] = array
        return frame


def _set_field(edits: _Edits, i: int, name: str, value) -> None:
    if name == "date":
        edits.set(i, "date", value["date"])
        edits.set(i, "date_end", value["date_end"])
        edits.set(i, "precision", value["precision"])
    elif name == "actors":
        edits.array("actors")[i] = list(value)  # one list in one cell
    else:  # type, status, label
        edits.set(i, name, value)


def _rebuild(happenings: pd.DataFrame, events: pd.DataFrame, affected: set[str], roles: MergeRoles) -> pd.DataFrame:
    """The happenings table with the `affected` ones built again from their reports,
    keeping their ids (a merged happening keeps the one it was merged into)."""
    if not affected:
        return happenings.copy()
    rest = happenings[~happenings["happening_id"].isin(affected)]
    part = events[events["happening"].isin(affected)]
    if part.empty:
        return rest.reset_index(drop=True)
    cols = report_columns(part)
    records = []
    for happening_id, indexes in part.groupby("happening").indices.items():
        record = happening_record(cols, list(indexes), roles)
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
