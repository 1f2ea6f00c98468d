"""What the user asked to see: filters as a value, read from and written to a URL
query string, and applied to the events DataFrame.  No Dash imports."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from urllib.parse import parse_qs, urlencode

import numpy as np
import pandas as pd

from .story import default_story

MAX_VALUES = 50        # per repeated key; more is not a real view
MAX_QUERY_CHARS = 200
MAX_FIELDS = 300
MAX_SEARCH_CHARS = 20_000
LANES = ("type", "actor")


@dataclass(frozen=True)
class Filters:
    date_from: date | None = None
    date_to: date | None = None
    actors: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    outlets: tuple[str, ...] = ()
    query: str = ""
    text_dated_only: bool = False
    lanes: str = "type"
    selected: str | None = None          # event id
    notices: tuple[str, ...] = field(default=(), compare=False)  # what was ignored, in plain words

    def to_query(self) -> str:
        pairs: list[tuple[str, str]] = []
        if self.date_from:
            pairs.append(("from", self.date_from.isoformat()))
        if self.date_to:
            pairs.append(("to", self.date_to.isoformat()))
        pairs += [("actor", a) for a in self.actors]
        pairs += [("type", t) for t in self.types]
        pairs += [("outlet", o) for o in self.outlets]
        if self.query:
            pairs.append(("q", self.query))
        if self.text_dated_only:
            pairs.append(("dated", "text"))
        if self.lanes != "type":
            pairs.append(("lanes", self.lanes))
        if self.selected:
            pairs.append(("ev", self.selected))
        return ("?" + urlencode(pairs)) if pairs else ""


def _date(value: str, key: str, notices: list[str]) -> date | None:
    try:
        return date.fromisoformat(value)
    except ValueError:
        notices.append(f"'{value[:20]}' is not a date (YYYY-MM-DD); the {key} date was ignored")
        return None


def from_query(search: str | None, known_actors=None, known_outlets=None, known_types=None) -> Filters:
    """Filters from a query string such as '?actor=PTI&type=protest'.  Anything
    malformed falls back to the default, with a notice that says what was ignored.
    `known_types` are the story's event types (by default, the default story's)."""
    notices: list[str] = []
    fields = (search or "").lstrip("?")[:MAX_SEARCH_CHARS].split("&")
    if len(fields) > MAX_FIELDS:
        notices.append(f"the link had {len(fields)} parts; only the first {MAX_FIELDS} were read")
        fields = fields[:MAX_FIELDS]
    params = parse_qs("&".join(fields), keep_blank_values=False)

    def values(key: str) -> list[str]:
        found = params.get(key, [])
        if len(found) > MAX_VALUES:
            notices.append(f"only the first {MAX_VALUES} '{key}' values were used")
        return [v[:MAX_QUERY_CHARS] for v in found[:MAX_VALUES]]

    def single(key: str) -> str | None:
        found = values(key)
        return found[-1] if found else None

    date_from = _date(single("from"), "from", notices) if single("from") else None
    date_to = _date(single("to"), "to", notices) if single("to") else None
    if date_from and date_to and date_from > date_to:
        notices.append("the 'from' date was after the 'to' date; both were ignored")
        date_from = date_to = None

    def known(key: str, allowed) -> tuple[str, ...]:
        chosen = []
        for value in dict.fromkeys(values(key)):
            if allowed is not None and value not in allowed:
                notices.append(f"unknown {key} '{value[:40]}' was ignored")
            else:
                chosen.append(value)
        return tuple(chosen)

    lanes = single("lanes") or "type"
    if lanes not in LANES:
        notices.append(f"unknown lane mode '{lanes[:20]}'; lanes by type are shown")
        lanes = "type"
    query = (single("q") or "")
    return Filters(date_from, date_to, known("actor", known_actors), known("type", set(known_types) if known_types is not None else set(default_story().type_names)),
                   known("outlet", known_outlets), query.strip(), single("dated") == "text", lanes,
                   single("ev"), tuple(notices))


class EventIndex:
    """Events with what repeated filtering needs ready: which rows name each actor, and
    sentences in lower case.  Built once per corpus by the app; `apply` builds one on
    the fly for one-off use."""

    def __init__(self, events: pd.DataFrame):
        self.events = events
        positions: dict[str, list[int]] = {}
        for position, names in enumerate(events["actors"]):
            for name in names:
                positions.setdefault(name, []).append(position)
        self.rows_of_actor: dict[str, np.ndarray] = {
            name: np.asarray(rows, dtype=np.int64) for name, rows in positions.items()}
        self.sentences = [sentence.lower() for sentence in events["sentence"]]
        self.date = events["date"].to_numpy()
        self.date_end = events["date_end"].to_numpy()

    def mask(self, f: Filters, members=None, window: tuple | None = None) -> np.ndarray:
        events = self.events
        mask = np.ones(len(events), dtype=bool)
        if f.date_from:
            mask &= self.date_end >= np.datetime64(f.date_from)
        if f.date_to:
            mask &= self.date <= np.datetime64(f.date_to)
        if window:
            mask &= (self.date_end >= np.datetime64(window[0])) & (self.date <= np.datetime64(window[1]))
        if f.types:
            mask &= events["type"].isin(f.types).to_numpy()
        if f.outlets:
            mask &= events["outlet"].isin(f.outlets).to_numpy()
        if f.text_dated_only:
            mask &= (events["date_source"] == "text").to_numpy()
        if f.actors:
            wanted = np.zeros(len(events), dtype=bool)
            for actor in f.actors:
                for name in (members(actor) if members else {actor}):
                    rows = self.rows_of_actor.get(name)
                    if rows is not None:
                        wanted[rows] = True
            mask &= wanted
        if f.query:
            needle = f.query.lower()
            mask &= np.fromiter((needle in s for s in self.sentences), dtype=bool, count=len(self.sentences))
        return mask

    def select(self, f: Filters, members=None, window: tuple | None = None) -> pd.DataFrame:
        return self.events[self.mask(f, members, window)]


def apply(events: pd.DataFrame, filters: Filters, members=None) -> pd.DataFrame:
    """Rows of `events` that match.  `members(actor)` gives the names an actor stands for
    (a party and its people); by default just the actor itself.  A month or year event
    matches a date range it overlaps."""
    return EventIndex(events).select(filters, members)
