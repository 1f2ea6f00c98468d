"""What the user asked to see: one `Filters` value with a codec each for the URL
(`from_query`, `Filters.to_query`), the command line (`from_cli`) and the page's widgets
(dashboard/web/widgets.py), all checked by `checked`, and applied to the events
DataFrame.  No Dash imports."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
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
WHAT = {"type": "event type", "actor": "actor", "outlet": "outlet"}


class FilterError(ValueError):
    """A bad filter given on the command line: one line naming the option."""


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
    selected: str | None = None          # happening (or event) id
    zoom: tuple[date, date] | None = None  # the chart's x range, when the reader zoomed
    notices: tuple[str, ...] = field(default=(), compare=False)  # what was ignored, in plain words

    def to_query(self) -> str:
        """The URL codec, writing: '?from=2024-02-01&type=protest'."""
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
        if self.zoom:
            pairs.append(("zoom", f"{self.zoom[0].isoformat()}..{self.zoom[1].isoformat()}"))
        if self.selected:
            pairs.append(("ev", self.selected))
        return ("?" + urlencode(pairs)) if pairs else ""


# --- shared validation: every codec (URL, widgets, CLI) goes through `checked` ----------

# (the key it concerns, the notice a page shows, what the CLI says after the option's name)
Problem = tuple[str, str, str]


def _date(value, key: str, problems: list[Problem]) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        problems.append((key, f"'{str(value)[:20]}' is not a date (YYYY-MM-DD); the {key} date was ignored",
                         f"must be a date such as 2024-02-08, not {str(value)[:40]!r}"))
        return None


def _zoom(value, problems: list[Problem]) -> tuple[date, date] | None:
    if not value:
        return None
    if isinstance(value, (tuple, list)) and len(value) == 2:
        lo, hi = value
    else:
        lo, _, hi = str(value).partition("..")
    lo_d, hi_d = _date(lo, "zoom", problems), _date(hi, "zoom", problems)
    if lo_d and hi_d and lo_d < hi_d:
        return (lo_d, hi_d)
    if lo_d and hi_d:
        problems.append(("zoom", "the zoom range was empty; the whole extent is shown", "is an empty range"))
    return None


def checked(*, date_from=None, date_to=None, actors=(), types=(), outlets=(), query="", dated=False,
            lanes="type", selected=None, zoom=None, known_actors=None, known_outlets=None,
            known_types=None) -> tuple[Filters, list[Problem]]:
    """Filters from raw values (strings, lists), and what was wrong with them.  `known_*`
    are the allowed values (None: anything); the story's types by default."""
    problems: list[Problem] = []
    d_from, d_to = _date(date_from, "from", problems), _date(date_to, "to", problems)
    if d_from and d_to and d_from > d_to:
        problems.append(("from", "the 'from' date was after the 'to' date; both were ignored",
                         "is after --to"))
        d_from = d_to = None
    if known_types is None:
        known_types = default_story().type_names

    def known(key: str, given, allowed) -> tuple[str, ...]:
        chosen = []
        for value in dict.fromkeys(str(v)[:MAX_QUERY_CHARS] for v in (given or ()) if v is not None):
            if allowed is not None and value not in allowed:
                problems.append((key, f"unknown {key} '{value[:40]}' was ignored", f"unknown {WHAT.get(key, key)} {value[:60]!r}"))
            else:
                chosen.append(value)
        return tuple(chosen)

    lanes = lanes or "type"
    if lanes not in LANES:
        problems.append(("lanes", f"unknown lane mode '{str(lanes)[:20]}'; lanes by type are shown",
                         "must be type or actor"))
        lanes = "type"
    query = str(query or "").strip()
    if len(query) > MAX_QUERY_CHARS:
        problems.append(("q", f"the search text was cut to {MAX_QUERY_CHARS} characters",
                         f"is longer than {MAX_QUERY_CHARS} characters"))
        query = query[:MAX_QUERY_CHARS].strip()
    f = Filters(d_from, d_to, known("actor", actors, known_actors),
                known("type", types, set(known_types)), known("outlet", outlets, known_outlets), query,
                bool(dated), lanes, str(selected)[:MAX_QUERY_CHARS] if selected else None, _zoom(zoom, problems),
                tuple(notice for _, notice, _ in problems))
    return f, problems


def from_query(search: str | None, known_actors=None, known_outlets=None, known_types=None) -> Filters:
    """The URL codec, reading: filters from a query string such as '?actor=PTI&type=protest'.
    Anything malformed falls back to the default, with a notice that says what was ignored."""
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

    f, _ = checked(date_from=single("from"), date_to=single("to"), actors=values("actor"), types=values("type"),
                   outlets=values("outlet"), query=single("q") or "", dated=single("dated") == "text",
                   lanes=single("lanes") or "type", selected=single("ev"), zoom=single("zoom"),
                   known_actors=known_actors, known_outlets=known_outlets, known_types=known_types)
    return replace(f, notices=tuple(notices) + f.notices)


CLI_OPTIONS = {"from": "--from", "to": "--to", "actor": "--actor", "type": "--type", "outlet": "--outlet",
               "q": "--q", "lanes": "--lanes", "zoom": "--zoom"}


def from_cli(*, date_from=None, date_to=None, actors=(), types=(), outlets=(), query=None, known_actors=None,
             known_outlets=None, known_types=None) -> Filters:
    """The CLI codec: the same checks as the page, but a problem is an error (FilterError,
    one line naming the option) rather than a notice, since a report must not silently
    show something other than what was asked."""
    f, problems = checked(date_from=date_from, date_to=date_to, actors=actors, types=types, outlets=outlets,
                          query=query or "", known_actors=known_actors, known_outlets=known_outlets,
                          known_types=known_types)
    if problems:
        key, _, text = problems[0]
        hint = ""
        if key == "type" and known_types is not None:
            hint = f"; choose from {', '.join(known_types)}"
        elif key == "outlet" and known_outlets:
            hint = f"; choose from {', '.join(sorted(known_outlets))}"
        raise FilterError(f"{CLI_OPTIONS.get(key, key)} {text}{hint}")
    return f


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
