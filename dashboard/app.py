"""The Dash app: the one module that wires corpus, filters and figures to the page.

`create_app(folder)` builds an app; `app` and `server` (for gunicorn) are built on
first access from $DASHBOARD_ARTICLES or the seeds.  Article text reaches the page
only as component children or escaped plot labels, never as HTML.
"""

from __future__ import annotations

import fcntl
import hashlib
import logging
import os
import re
import sys
import threading
import time
from contextlib import contextmanager
from dataclasses import replace
from datetime import date
from pathlib import Path
from urllib.parse import parse_qs

import numpy as np
import pandas as pd
from dash import Dash, Input, Output, State, ctx, dash_table, dcc, html, no_update
from dash.exceptions import PreventUpdate
from flask import jsonify, request

from . import editing, figures, guards, settings  # editing: corrections (issue 13)
from .cache import cache_dir
from .corpus import LOADER_VERSION, Corpus, CorpusError, date_label, load_corpus
from .filters import EventIndex, Filters, from_query
from .progress import Progress
from .reading import folder_signature, show_invisible, walk
from .story import Story, default_story

ASSETS = settings.REPO_DIR / "assets"
ARTICLE_PATH = re.compile(r"^/article/([a-z0-9-]{1,80})$")
PAGE_PATHS = frozenset({"/", "/problems", "/embed"})  # and /article/ID; any other page path is a 404
TABLE_COLUMNS = [("date", "Date"), ("type", "Type"), ("actors", "Actors"), ("sentence", "Sentence"),
                 ("outlet", "Outlet"), ("sources", "Sources")]
GRAPH_CONFIG = {"displaylogo": False, "responsive": True,
                "toImageButtonOptions": {"format": "png", "filename": "timeline", "scale": 2}}
TABLE_PAGE_SIZE = 12
log = logging.getLogger(__name__)
FILTER_IDS = ["f-from", "f-to", "f-actors", "f-types", "f-outlets", "f-q", "f-dated", "f-lanes"]
# What each input of the page's callbacks holds: any other value is a crafted request (400).
VALUE_CHECKS = {**{(i, "value"): guards.is_text for i in ("f-from", "f-to", "f-q", "f-lanes")},
                **{(i, "value"): guards.is_text_list for i in ("f-actors", "f-types", "f-outlets", "f-dated")},
                ("selected", "data"): guards.is_text}


# --- pure helpers (tested without a browser) ------------------------------------------

def filters_from_values(from_, to, actors, types, outlets, q, dated, lanes, selected=None) -> Filters:
    def as_date(value):
        try:
            return date.fromisoformat(value) if value else None
        except ValueError:
            return None
    return Filters(as_date(from_), as_date(to), tuple(actors or ()), tuple(types or ()), tuple(outlets or ()),
                   (q or "").strip()[:200], bool(dated), lanes or "type", selected)


def values_from_filters(f: Filters) -> list:
    return [f.date_from.isoformat() if f.date_from else None, f.date_to.isoformat() if f.date_to else None,
            list(f.actors), list(f.types), list(f.outlets), f.query, ["text"] if f.text_dated_only else [],
            f.lanes]


def sort_rows(events: pd.DataFrame, sort_by: list | None) -> pd.DataFrame:
    """Rows in the table's order: by date unless a column header says otherwise."""
    if not sort_by:
        return events
    column, ascending = sort_by[0].get("column_id"), sort_by[0].get("direction") != "desc"
    key = {"date": "date", "type": "type", "outlet": "outlet", "sources": "sources", "sentence": "sentence",
           "actors": "actors"}.get(column)
    if key is None:
        return events
    values = events[key].map(", ".join) if key == "actors" else events[key]
    order = values.astype(str).argsort(kind="stable") if key in ("type", "outlet", "actors") \
        else values.argsort(kind="stable")
    order = order.to_numpy() if hasattr(order, "to_numpy") else order
    return events.iloc[order if ascending else order[::-1]]


def table_rows(events: pd.DataFrame, story: Story) -> list[dict]:
    return [{"id": e.event_id, "date": date_label(e.date, e.precision), "type": story.label(e.type),
             "actors": ", ".join(e.actors), "sentence": e.sentence, "outlet": e.outlet or "",
             "sources": int(e.sources)} for e in events.itertuples()]


def zoom_window(relayout: dict | None) -> tuple | None:
    """The x range the user zoomed to, from plotly's relayoutData; None when zoomed out
    (or when the data is not what plotly sends)."""
    if not isinstance(relayout, dict) or not relayout or relayout.get("xaxis.autorange"):
        return None
    pair = relayout.get("xaxis.range")
    pair = pair if isinstance(pair, list) and len(pair) == 2 else [None, None]
    lo = relayout.get("xaxis.range[0]") or pair[0]
    hi = relayout.get("xaxis.range[1]") or pair[1]
    try:
        return (pd.Timestamp(lo).floor("D"), pd.Timestamp(hi).ceil("D")) if lo and hi else None
    except (ValueError, TypeError, OverflowError):
        return None


def csv_text(events: pd.DataFrame) -> str:
    import io

    from .corpus import EVENT_OUTPUT_COLUMNS
    from .records import to_records, write_records

    buffer = io.StringIO()
    write_records(to_records(events[EVENT_OUTPUT_COLUMNS], "events"), "csv", buffer, columns=EVENT_OUTPUT_COLUMNS)
    return buffer.getvalue()


def user_text(text: str, className: str | None = None) -> html.Bdi:
    """Text from a file (a name, a title, an outlet, a sentence), isolated from what is
    around it: direction-changing characters inside it cannot reorder the page's words."""
    return html.Bdi(text, dir="auto", className=className)


def highlight(text: str, start: int, end: int, cue: tuple[int, int] | None = None, mark_id=None) -> list:
    """Children for a span of text with [start, end) marked; the cue inside it marked again."""
    if cue and start <= cue[0] < cue[1] <= end:
        inner = [text[start:cue[0]], html.Mark(text[cue[0]:cue[1]], className="cue"), text[cue[1]:end]]
    else:
        inner = [text[start:end]]
    return inner if mark_id is None else [html.Mark(inner, id=mark_id, className="hl")]


class Views:
    """The pages and panels of one corpus."""

    def __init__(self, corpus: Corpus, matcher=None, story: Story | None = None):
        from .actors import default_matcher

        self.corpus = corpus
        self.matcher = matcher or default_matcher()
        self.story = story or default_story()
        events = corpus.events
        self.actor_names = sorted({a for names in events["actors"] for a in names})
        self.outlets = sorted({o for o in events["outlet"] if isinstance(o, str)})
        self.by_id = events.set_index("event_id", drop=False) if len(events) else events
        self.index = EventIndex(events)
        self._tally_figures: dict = {}

    def parse(self, search: str | None) -> Filters:
        f = from_query(search, set(self.actor_names) | set(self.matcher.names), set(self.outlets),
                       self.story.type_names)
        if f.selected and f.selected not in self.by_id.index:
            f = replace(f, selected=None, notices=f.notices + ("the event in the link is not in this corpus",))
        return f

    def filtered(self, f: Filters, window: tuple | None = None) -> pd.DataFrame:
        return self.index.select(f, self.matcher.members, window)

    def tally_figure(self, f: Filters):
        """The tally chart depends only on dates and parties: built once per such view."""
        key = (f.date_from, f.date_to, f.actors)
        if key not in self._tally_figures:
            if len(self._tally_figures) > 256:
                self._tally_figures.clear()
            tallies, note = self.filtered_tallies(f)
            self._tally_figures[key] = figures.tallies(tallies, title=note)
        return self._tally_figures[key]

    def filtered_tallies(self, f: Filters) -> tuple[pd.DataFrame, str | None]:
        """Tallies in the date range, for the chosen actors' parties when they have any
        (seats won by PTI-backed candidates are reported as independents, so choosing PTI
        shows every party, and the chart says so)."""
        t = self.corpus.tallies
        if f.date_from:
            t = t[t["as_of"] >= pd.Timestamp(f.date_from)]
        if f.date_to:
            t = t[t["as_of"] <= pd.Timestamp(f.date_to)]
        parties = {p for a in f.actors for p in [a, self.matcher.party_of.get(a)] if p}
        if not parties:
            return t, None
        chosen = t[t["party"].isin(parties)]
        if len(chosen):
            return chosen, None
        return t, f"No tallies name {', '.join(sorted(parties))}; every party is shown"

    # summary ------------------------------------------------------------------
    def summary(self) -> html.Div:
        a, e = self.corpus.articles, self.corpus.events
        troubled = int((a["status"] != "ok").sum())
        span = ""
        if len(e):
            span = f"{date_label(e['date'].min(), 'day')} – {date_label(e['date_end'].max(), 'day')}"
        parts = [html.Span(f"{len(a)} articles"), html.Span(f"{len(e)} events"),
                 html.Span(f"{len(self.corpus.tallies)} seat tallies")]
        if span:
            parts.append(html.Span(span))
        if troubled:
            parts.append(dcc.Link(f"{troubled} with problems", href="/problems", id="problems-link",
                                  className="warn"))
        return html.Div(parts, className="summary", id="summary")

    # main page ----------------------------------------------------------------
    def main_page(self, search: str | None) -> html.Div:
        if self.corpus.articles.empty:
            return html.Div([html.H2("No articles yet"), html.P([
                "The folder ", html.Code(str(self.corpus.folder)), " holds no articles. Put .txt, .md or "
                ".html files there (subfolders are fine) and reload this page."])], className="empty-state",
                id="empty-corpus")
        f = self.parse(search)
        v = values_from_filters(f)
        type_options = [{"label": html.Span([html.Span(className="swatch",
                                                       style={"background": self.story.colour(t)}),
                                             self.story.label(t)]), "value": t} for t in self.story.type_names]
        controls = html.Form([
            html.H2("Filters", className="visually-hidden"),
            html.Label("From", htmlFor="f-from"), dcc.Input(id="f-from", type="date", value=v[0], debounce=True),
            html.Label("To", htmlFor="f-to"), dcc.Input(id="f-to", type="date", value=v[1], debounce=True),
            html.Label("Actors (a party includes its people)", htmlFor="f-actors"),
            dcc.Dropdown(id="f-actors", options=self.actor_names, value=v[2], multi=True,
                         placeholder="Any actor"),
            html.Label("Event types", id="f-types-label"),
            dcc.Checklist(id="f-types", options=type_options, value=v[3], className="types",
                          inputClassName="check"),
            html.Label("Outlets", htmlFor="f-outlets"),
            dcc.Dropdown(id="f-outlets", options=self.outlets, value=v[4], multi=True, placeholder="Any outlet"),
            html.Label("Search sentences", htmlFor="f-q"),
            dcc.Input(id="f-q", type="search", value=v[5], debounce=True, placeholder="e.g. rigging",
                      maxLength=200),
            dcc.Checklist(id="f-dated", options=[{"label": " Only events dated in the text", "value": "text"}],
                          value=v[6]),
            html.Label("Lanes", id="f-lanes-label"),
            dcc.RadioItems(id="f-lanes", options=[{"label": " by type", "value": "type"},
                                                   {"label": " by actor", "value": "actor"}],
                           value=v[7], inline=True),
            dcc.Link("Clear filters", href="/", id="clear-filters", className="button"),
        ], className="filters panel", id="filters", **{"aria-label": "Filters"})
        return html.Div([
            dcc.Location(id="main-url", refresh=False),  # the view's own handle on the query string
            dcc.Store(id="selected", data=f.selected),
            html.Div(self.notices(f), id="notice", role="status"),
            html.Div([
                controls,
                html.Main([
                    html.Section([
                        html.Div([html.H2("Timeline"), html.Span(id="match-count", className="count"),
                                  html.Span("Download view:", className="count"),
                                  html.Button("PNG", id="dl-png", className="button small", type="button"),
                                  html.Button("SVG", id="dl-svg", className="button small", type="button"),
                                  html.Button("HTML", id="dl-html", className="button small", type="button"),
                                  dcc.Download(id="download-html")],
                                 className="section-head"),
                        html.P("Filled markers: dated by the sentence; open markers: dated only by the article. "
                               "Bars span a month or a year. Bigger markers: more articles report it.",
                               className="hint"),
                        dcc.Graph(id="timeline", config=GRAPH_CONFIG, className="timeline"),
                    ], className="panel"),
                    html.Aside(self.detail(f.selected), id="detail", className="panel detail",
                               **{"aria-live": "polite"}),
                    html.Section([
                        html.Div([html.H2("Events"), html.Button("Download CSV", id="download-csv",
                                                                 className="button", type="button"),
                                  dcc.Download(id="download")], className="section-head"),
                        dash_table.DataTable(
                            id="table", columns=[{"name": n, "id": c} for c, n in TABLE_COLUMNS],
                            sort_action="custom", sort_mode="single", sort_by=[], page_action="custom",
                            page_current=0, page_size=TABLE_PAGE_SIZE, page_count=1, style_as_list_view=True,
                            style_cell={"textAlign": "left", "whiteSpace": "normal", "height": "auto",
                                        "fontFamily": figures.FONT, "fontSize": "14px", "padding": "6px"},
                            style_cell_conditional=[{"if": {"column_id": "sentence"}, "minWidth": "320px"},
                                                    {"if": {"column_id": "date"}, "width": "90px"}],
                            style_header={"fontWeight": "600", "background": "#f4f5f7"},
                            style_table={"overflowX": "auto", "minWidth": "100%"}),
                    ], className="panel"),
                    html.Section([html.H2("Seat tallies as reported"),
                                  html.P("One line per party and basis; click a point to read its article.",
                                         className="hint"),
                                  dcc.Graph(id="tally-chart", config=GRAPH_CONFIG)], className="panel"),
                ], className="content"),
            ], className="layout"),
            html.Div(id="nav-sink", hidden=True),
        ])

    def view(self, f: Filters, *, page: int = 0, sort_by: list | None = None, window: tuple | None = None,
             follow_selection: bool = False) -> dict:
        """Everything a filter change sends to the page.  The table is paged on the server;
        with more events than the chart draws one by one, a zoomed `window` narrows the chart."""
        events = self.filtered(f)
        total = len(self.corpus.events)
        count = f"{len(events)} of {total} events" if len(events) != total else f"{total} events"
        if events.empty and total:
            count = f"No event matches these filters (of {total}). Widen the dates or clear a filter."
        in_chart = events
        if window and len(events) > figures.MAX_POINTS:
            in_chart = self.filtered(f, window)
        if len(in_chart) > figures.MAX_POINTS:
            count += " · counts per day or week: zoom in or click a marker to see single events"
        rows = sort_rows(events, sort_by)
        pages = max(1, -(-len(rows) // TABLE_PAGE_SIZE))
        if follow_selection and f.selected in set(rows["event_id"]):
            page = int(np.flatnonzero(rows["event_id"].to_numpy() == f.selected)[0]) // TABLE_PAGE_SIZE
        page = min(max(int(page or 0), 0), pages - 1)
        shown = rows.iloc[page * TABLE_PAGE_SIZE:(page + 1) * TABLE_PAGE_SIZE]
        style = ([{"if": {"filter_query": f'{{id}} = "{f.selected}"'}, "backgroundColor": "#fff3bf"}]
                 if f.selected else [])
        return {"figure": figures.timeline(in_chart, lanes=f.lanes, selected=f.selected, story=self.story),
                "rows": table_rows(shown, self.story),
                "page": page, "pages": pages, "count": count, "tallies": self.tally_figure(f),
                "style": style}

    def clicked_event(self, source: str | None, click: dict | None, cell: dict | None) -> str | None:
        """The event id a click on the chart or a table cell points at, if it is a real one."""
        event_id = None
        if source == "timeline" and click and click.get("points"):
            event_id = click["points"][0].get("customdata")
        elif source == "table" and cell:
            event_id = cell.get("row_id")
        return event_id if isinstance(event_id, str) and event_id in self.by_id.index else None

    def notices(self, f: Filters) -> list:
        return [html.P(n, className="notice") for n in f.notices]

    def detail(self, event_id: str | None) -> list:
        if not event_id or event_id not in self.by_id.index:
            return [html.H2("Details"), html.P("Click an event on the timeline or a row of the table to see "
                                               "the sentence it comes from and every article that reports it.",
                                               className="hint")]
        e = self.by_id.loc[event_id]
        cue = None
        if e["date_source"] == "text" and not pd.isna(e["cue_start"]):
            cue = (int(e["cue_start"]) - int(e["start"]), int(e["cue_end"]) - int(e["start"]))
        sentence = e["sentence"]
        quote = highlight(sentence, 0, len(sentence), cue)
        cluster = self.corpus.events[self.corpus.events["happening"] == e["happening"]]
        articles = self.corpus.articles.set_index("article")
        sources = []
        for _, row in cluster.drop_duplicates("article").iterrows():
            meta = articles.loc[row["article"]]
            label = meta["title"] if isinstance(meta["title"], str) else row["article"]
            extra = [x for x in [user_text(meta["outlet"]) if isinstance(meta["outlet"], str) and meta["outlet"] else None,
                                 date_label(meta["published"], "day") if not pd.isna(meta["published"]) else None] if x]
            sources.append(html.Li([dcc.Link(user_text(label), href=row["page"], className="source-link"),
                                    html.Span([" ", *joined(extra, " · ")] if extra else "", className="meta")]))
        dated = "dated by the sentence" if e["date_source"] == "text" else "dated by the article's publication date"
        return [
            html.H2("Details"),
            html.Blockquote(quote, className="quote", dir="auto", id="detail-sentence"),
            html.Dl([html.Dt("Date"), html.Dd(f"{figures.date_text(e['date'], e['precision'])} "
                                              f"({e['precision']} precision, {dated})"),
                     html.Dt("Type"), html.Dd(self.story.label(e["type"])),
                     html.Dt("Actors"), html.Dd(", ".join(e["actors"]) or "none named")]),
            html.H3(f"Reported by {len(sources)} article{'s' if len(sources) != 1 else ''}"),
            html.Ul(sources, className="sources", id="detail-sources"),
            *editing.detail_controls(e),  # corrections (issue 13): mark and edit links
        ]

    # article reader -------------------------------------------------------------
    def article_page(self, aid: str, search: str | None) -> html.Div:
        row = self.corpus.article(aid)
        if row is None:
            return not_found()
        text = self.corpus.texts.get(aid, "")
        hl = None
        m = re.fullmatch(r"(\d{1,9})-(\d{1,9})", (parse_qs((search or "").lstrip("?")).get("hl") or [""])[0])
        if m and int(m.group(1)) < int(m.group(2)) <= len(text):
            hl = (int(m.group(1)), int(m.group(2)))
        events = self.corpus.events[self.corpus.events["article_id"] == aid]
        cue = None
        if hl is not None:
            match = events[(events["start"] == hl[0]) & (events["date_source"] == "text")]
            if len(match):
                cue = (int(match.iloc[0]["cue_start"]), int(match.iloc[0]["cue_end"]))
        paragraphs = []
        for s, e in self.corpus.paragraphs.get(aid, []):
            if hl and s <= hl[0] < e:
                children = [text[s:hl[0]], *highlight(text, hl[0], min(hl[1], e), cue, mark_id="hl"),
                            text[min(hl[1], e):e]]
            else:
                children = [text[s:e]]
            paragraphs.append(html.P(children, dir="auto"))
        meta = [x for x in [user_text(row["outlet"]) if isinstance(row["outlet"], str) else None,
                            f"published {date_label(row['published'], 'day')}"
                            if not pd.isna(row["published"]) else "publication date unknown",
                            user_text(row["dateline"]) if isinstance(row["dateline"], str) else None,
                            user_text(show_invisible(row["article"]))] if x]
        title = row["title"] if isinstance(row["title"], str) else row["article"]
        event_links = [html.Li(dcc.Link([f"{date_label(e.date, e.precision)} · {self.story.label(e.type)}: ",
                                         user_text(e.sentence[:90]), "…" if len(e.sentence) > 90 else ""],
                                        href=f"/?ev={e.event_id}")) for e in events.itertuples()]
        problems = [html.P(user_text(show_invisible(p)), className="notice") for p in row["problems"]]
        return html.Div([
            html.Nav(dcc.Link("← Back to the timeline", href="/", id="back-link")),
            html.Article([html.H2(user_text(title), dir="auto", id="article-title"),
                          html.P(joined(meta, " · "), className="meta"), *problems,
                          html.Div(paragraphs or [html.P("No article text could be read from this file.")],
                                   className="article-text", id="article-text")],
                         className="panel reader"),
            html.Aside([html.H2(f"Events in this article ({len(event_links)})"),
                        html.Ul(event_links or [html.Li("No dated events found.")], className="article-events")],
                       className="panel"),
        ], className="reader-layout")

    def problems_page(self) -> html.Div:
        a = self.corpus.articles
        # Names are shown with their invisible characters written out, so that a name
        # such as "report\u202egnp.exe" cannot pass for "reportexe.png" here.
        rows = [html.Tr([html.Td(user_text(show_invisible(r.article)), className="file"),
                         html.Td(r.status, className=f"status-{r.status}"),
                         html.Td(user_text(show_invisible("; ".join(r.problems)) or "–"))])
                for r in a.itertuples() if r.status != "ok"]
        return html.Div([html.Nav(dcc.Link("← Back to the timeline", href="/")), html.Section([
            html.H2("Files with problems"),
            html.P(f"{len(rows)} of {len(a)} files could not be read fully. Every file of the folder is listed "
                   "in the articles table; these are the ones with something to say."),
            html.Table([html.Thead(html.Tr([html.Th("File"), html.Th("Status"), html.Th("Problems")])),
                        html.Tbody(rows)], className="problems", id="problems-table")], className="panel")])

    def embed_page(self, search: str | None) -> html.Div:
        f = self.parse(search)
        figure = figures.timeline(self.filtered(f), lanes=f.lanes, selected=f.selected, story=self.story)
        return html.Div(dcc.Graph(id="embed-chart", figure=figure, config=GRAPH_CONFIG), className="embed")


def joined(parts: list, separator: str) -> list:
    """Components and strings with `separator` between them."""
    out = []
    for part in parts:
        out += [separator, part] if out else [part]
    return out


def not_found() -> html.Div:
    return html.Div([html.H2("Not found"), html.P("There is no such page or article here."),
                     dcc.Link("Go to the timeline", href="/")], className="panel empty-state", id="not-found")


class LoadProgress(Progress):
    """Counts for the "Loading n of N articles" state: N files in the folder, n read so
    far (files the cache already holds count as read as soon as parsing starts)."""

    def __init__(self, files: int):
        super().__init__()
        self.files, self.done, self.parsed = files, 0, 0

    def start(self, total: int) -> None:
        self.done = max(self.files - total, 0)
        super().start(total)

    def advance(self, n: int = 1) -> None:
        self.done += n
        self.parsed += n
        super().advance(n)

    def summary(self, articles: int) -> str:
        return f"read {articles} files: {self.parsed} parsed, {max(articles - self.parsed, 0)} from cache"


class LiveCorpus:
    """The corpus the app serves.  Read in a background thread, so the server answers at
    once whatever the corpus size (pages say "Loading n of N articles" meanwhile), then
    read again when the folder changes: checked on page loads, at most every `interval`
    seconds (None: never), also in the background.  Requests never wait for a read: they
    keep the corpus they had until the new one is ready."""

    def __init__(self, folder, *, use_cache: bool = True, interval: float | None = None,
                 corpus: Corpus | None = None):
        self.folder = Path(folder)
        self.use_cache = use_cache
        self.interval = interval
        self.views: Views | None = Views(corpus) if corpus is not None else None
        self.progress: LoadProgress | None = None
        self.failure: str | None = None
        self._lock = threading.Lock()
        self._reader: tuple[int, threading.Thread] | None = None  # (process id, thread)
        self._checked = time.monotonic()
        self._signature = self._sign() if corpus is not None else None

    @property
    def ready(self) -> bool:
        return self.views is not None

    def status(self) -> dict:
        """What /healthz says: loading (with counts) until the first read is done."""
        if self.views is not None:
            corpus = self.views.corpus
            return {"status": "ok", "articles": int(len(corpus.articles)), "events": int(len(corpus.events))}
        if self.failure:
            return {"status": "error", "error": self.failure}
        progress = self.progress
        return {"status": "loading", "articles_read": progress.done if progress else 0,
                "articles_total": progress.files if progress else None}

    def loading_text(self) -> str:
        progress = self.progress
        if self.failure:
            return f"The articles could not be read: {self.failure}"
        if progress is None:
            return "Looking at the articles folder (or waiting for another worker that reads it)…"
        return f"Loading {progress.done} of {progress.files} articles…"

    def start_in_worker(self, wait_seconds: float = 15) -> None:
        """After gunicorn forks a worker: start reading, and when the cache holds this very
        corpus (loading takes seconds), wait for it before the worker takes requests, so a
        respawned or restarted worker serves the timeline, not the loading page."""
        self.start()
        if self.views is None and self.use_cache and settings.prebuilt_is_fresh(self.folder):
            self.wait(wait_seconds)

    def start(self) -> None:
        """Begin the first read in this process, unless it is done or under way.  Called
        after gunicorn forks a worker and on every request, so a respawned worker reads too."""
        if self.views is None and self.failure is None:
            self._in_background(self._first_read)

    def refresh(self) -> Views | None:
        """The corpus to serve now; starts a re-read in the background when due."""
        if self.views is None:
            self.start()
            return None
        if self.interval is not None and time.monotonic() - self._checked >= self.interval:
            self._checked = time.monotonic()
            self._in_background(self._read_if_changed)
        return self.views

    def wait(self, timeout: float | None = None) -> None:
        """Until the read under way (if any) is over: for tests and scripts."""
        reader = self._reader
        if reader is not None and reader[0] == os.getpid():
            reader[1].join(timeout)

    def _in_background(self, target) -> None:
        with self._lock:
            reader = self._reader  # a thread of the parent process does not run in a forked child
            if reader is not None and reader[0] == os.getpid() and reader[1].is_alive():
                return
            thread = threading.Thread(target=target, name="corpus-reader", daemon=True)
            self._reader = (os.getpid(), thread)
            thread.start()

    def _sign(self):
        try:
            return folder_signature(self.folder) if self.folder.is_dir() else None
        except OSError:
            return None

    def _first_read(self) -> None:
        try:
            # One process of the machine reads at a time (gunicorn workers start together):
            # the others wait, then find the articles in the cache and load them in seconds.
            with one_reader_at_a_time(self.folder if self.use_cache else None):
                self.progress = LoadProgress(sum(1 for _ in walk(self.folder)))
                signature = self._sign()
                corpus = load_corpus(self.folder, use_cache=self.use_cache, progress=self.progress)
                self.progress.finish()
            views = Views(corpus)
        except Exception as exc:  # noqa: BLE001 - a failed read is shown on the page and /healthz, not lost
            self.failure = str(exc) or type(exc).__name__
            log.error("could not read the articles: %s", self.failure)
            return
        self._signature, self.views = signature, views
        if self.use_cache:  # the next worker or start loads this corpus in seconds
            settings.mark_prebuilt(self.folder, signature, len(corpus.articles))
        print(self.progress.summary(len(corpus.articles)), file=sys.stderr, flush=True)

    def _read_if_changed(self) -> None:
        signature = self._sign()
        if signature is None or signature == self._signature:
            return
        try:
            corpus = load_corpus(self.folder, use_cache=self.use_cache)
            views = Views(corpus)
        except (CorpusError, OSError) as exc:
            log.warning("could not reload the articles (%s); still serving the previous ones", exc)
            return
        self.views, self._signature = views, signature
        if self.use_cache:  # a worker started from now on loads this corpus in seconds
            settings.mark_prebuilt(self.folder, signature, len(corpus.articles))
        log.info("articles changed; now serving %d articles, %d events", len(corpus.articles), len(corpus.events))


@contextmanager
def one_reader_at_a_time(folder: Path | None):
    """An exclusive lock on the cache folder for reading `folder` (None: no lock)."""
    handle = None
    if folder is not None:
        try:
            cache = cache_dir()
            cache.mkdir(parents=True, exist_ok=True)
            handle = open(cache / f"reading-{hashlib.sha1(str(folder.resolve()).encode()).hexdigest()[:12]}.lock", "w")
            fcntl.flock(handle, fcntl.LOCK_EX)
        except OSError:
            handle = None  # an unwritable cache folder: read without waiting for anyone
    try:
        yield
    finally:
        if handle is not None:
            handle.close()  # releases the lock


def create_app(folder=None, *, use_cache: bool = True, corpus: Corpus | None = None,
               reload_seconds: float | None = None, background: bool = False) -> Dash:
    """Build the Dash app for a folder of articles (or an already loaded corpus).
    `reload_seconds` is how often page loads look for added, changed or deleted files;
    by default $DASHBOARD_RELOAD_SECONDS (10, or 'off' for never).  With `background`,
    the folder is read in a background thread started by `app.live.start()` (or the
    first request) and the app answers at once; a prebuilt corpus (`python -m dashboard
    build`) is loaded here instead, since that takes seconds."""
    folder = Path(folder or settings.articles_folder())
    if corpus is None:
        if not folder.exists():
            raise SystemExit(f"error: folder not found: {folder}")
        if not folder.is_dir():
            raise SystemExit(f"error: not a folder: {folder}")
        if not background or settings.prebuilt_is_fresh(folder):
            progress = LoadProgress(0)
            try:
                corpus = load_corpus(folder, use_cache=use_cache, progress=progress)
            except CorpusError as exc:
                raise SystemExit(f"error: {exc}") from None
            if background:  # the web process: say what it read, as the reading commands do
                print(progress.summary(len(corpus.articles)), file=sys.stderr, flush=True)
    if reload_seconds is None:
        reload_seconds = settings.reload_seconds()
    live = LiveCorpus(corpus.folder if corpus is not None else folder, use_cache=use_cache,
                      interval=reload_seconds, corpus=corpus)
    app = Dash(__name__, assets_folder=str(ASSETS), title=settings.site_title(), update_title=None,
               suppress_callback_exceptions=True, serve_locally=True)
    app.live = live
    # A function, so every page load shows the corpus as it is now.
    app.layout = lambda: page_layout(live)
    _register_callbacks(app, live)
    _register_routes(app, live)
    editing.register(app, app.server, live)  # corrections (issue 13): sign-in, edit forms, /audit
    guards.install(app, PAGE_PATHS, ARTICLE_PATH, VALUE_CHECKS)
    setup_dash_now(app)
    return app


def page_layout(live: LiveCorpus) -> html.Div:
    views = live.views
    header = [html.H1(dcc.Link(settings.site_title(), href="/"))]
    if views is None:
        return html.Div([html.Header(header, className="app-header"), html.Div([
            html.H2("Loading the articles"),
            html.P(live.loading_text(), id="loading-status", role="status"),
            html.P("This page opens the timeline by itself when they are read.", className="hint"),
            dcc.Interval(id="loading-tick", interval=1000), dcc.Store(id="loading-done", data=False),
        ], className="panel empty-state", id="loading")], className="app")
    return html.Div([
        dcc.Location(id="url", refresh=False),
        html.Header([*header, views.summary()], className="app-header"),
        html.Div(id="page"),
    ], className="app")


def setup_dash_now(app: Dash) -> None:
    """Dash finishes its set-up (the list of scripts it may serve) on the first request
    of each process, and marks it done before it is: a second first request arriving
    meanwhile gets a 500 for react or the renderer, and the visitor a blank page.  Done
    here, once, before any request; with gunicorn's preload_app, before the workers fork,
    so every worker (a respawned one too) starts with it done."""
    app._setup_server()
    if not app.registered_paths.get("dash"):
        raise RuntimeError("Dash set-up did not register its scripts; the Dash version may have changed")


def content_security_policy(app: Dash, frame_ancestors: str) -> str:
    """A policy the app works under: scripts only from this server plus Dash's own inline
    scripts by hash; plotly needs inline styles and data:/blob: images for downloads."""
    scripts = " ".join(["'self'", *app.csp_hashes()])
    return (f"default-src 'self'; script-src {scripts}; style-src 'self' 'unsafe-inline'; "
            "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
            f"base-uri 'self'; form-action 'self'; frame-ancestors {frame_ancestors}")


def _register_routes(app: Dash, live: LiveCorpus) -> None:
    server = app.server
    policy = content_security_policy(app, "'self'")
    embed_policy = content_security_policy(app, settings.embed_frame_ancestors())

    @server.route("/healthz")
    def healthz():
        status = live.status()
        code = {"ok": 200, "loading": 200, "error": 503}[status["status"]]
        return jsonify(**status, loader_version=LOADER_VERSION), code

    @server.after_request
    def security_headers(response):
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        # Only /embed may be framed, and only where the operator allows.
        embed = request.path == "/embed"
        response.headers["Content-Security-Policy"] = embed_policy if embed else policy
        if not embed:
            response.headers["X-Frame-Options"] = "SAMEORIGIN"
        return response

    @server.before_request
    def unknown_article_is_404():
        path = request.path
        if request.method == "GET" and not path.startswith(("/_dash-component-suites", "/assets", "/_favicon")):
            live.refresh()  # cheap: a due re-read (or the first read) runs in the background
        if path.startswith("/article/") or path.startswith("/article%2F"):
            m = ARTICLE_PATH.match(path)
            views = live.views
            if not m or (views is not None and views.corpus.article(m.group(1)) is None):
                return guards.not_found_response()
        return None


def _register_callbacks(app: Dash, live: LiveCorpus) -> None:
    """Callbacks read `live.views` when they run, so a reloaded corpus takes effect at once."""
    def current() -> Views:
        views = live.views
        if views is None:
            raise PreventUpdate  # still loading: the loading page has no timeline to update
        return views

    @app.callback(Output("page", "children"), Input("url", "pathname"), Input("url", "search"))
    def route(pathname, search):
        triggered = {t["prop_id"] for t in ctx.triggered} if ctx.triggered else set()
        if triggered == {"url.search"} and pathname in ("/", "", None):
            raise PreventUpdate  # filters already follow the query string (see sync_url)
        pathname = pathname or "/"
        if pathname == "/":
            return current().main_page(search)
        if pathname == "/embed":
            return current().embed_page(search)
        if pathname == "/problems":
            return current().problems_page()
        m = ARTICLE_PATH.match(pathname)
        if m:
            return current().article_page(m.group(1), search)
        return not_found()

    @app.callback(Output("loading-status", "children"), Output("loading-done", "data"),
                  Input("loading-tick", "n_intervals"), prevent_initial_call=True)
    def loading_status(_):
        return live.loading_text(), live.ready

    # When the corpus is ready the loading page reloads itself into the timeline.
    app.clientside_callback(
        """function(done) {
            if (done === true) { window.location.reload(); }
            return window.dash_clientside.no_update;
        }""", Output("loading", "className"), Input("loading-done", "data"), prevent_initial_call=True)

    filter_inputs = [Input(i, "value") for i in FILTER_IDS]

    @app.callback(Output("main-url", "search"), *[Output(i, "value") for i in FILTER_IDS],
                  Output("selected", "data"), Output("notice", "children"),
                  Input("main-url", "search"), *filter_inputs, Input("selected", "data"),
                  State("main-url", "pathname"), prevent_initial_call=True)
    def sync_url(search, *values):
        """Filters and selection live in the query string: a change of either updates
        the other, so a shared link or back/forward restores the same view."""
        *filter_values, selected, pathname = values
        if pathname not in ("/", "", None):
            raise PreventUpdate
        if ctx.triggered_id == "main-url":
            f = current().parse(search)
            return (no_update, *values_from_filters(f), f.selected, current().notices(f))
        f = filters_from_values(*filter_values, selected=selected)
        query = f.to_query()
        if query == (search or ""):
            raise PreventUpdate
        return (query, *[no_update] * len(FILTER_IDS), no_update, no_update)

    @app.callback(Output("timeline", "figure"), Output("table", "data"), Output("table", "page_current"),
                  Output("table", "page_count"), Output("match-count", "children"), Output("tally-chart", "figure"),
                  Output("table", "style_data_conditional"),
                  *filter_inputs, Input("selected", "data"), Input("table", "page_current"),
                  Input("table", "sort_by"), Input("timeline", "relayoutData"))
    def update_view(*values):
        *filter_values, selected, page, sort_by, relayout = values
        f = filters_from_values(*filter_values, selected=selected)
        triggered = ctx.triggered_id
        if triggered in FILTER_IDS:
            page = 0  # a new filter starts the table from its first page
        v = current().view(f, page=page, sort_by=sort_by, window=zoom_window(relayout),
                       follow_selection=triggered == "selected")
        return v["figure"], v["rows"], v["page"], v["pages"], v["count"], v["tallies"], v["style"]

    @app.callback(Output("selected", "data", allow_duplicate=True), Output("f-from", "value", allow_duplicate=True),
                  Output("f-to", "value", allow_duplicate=True), Input("timeline", "clickData"),
                  Input("table", "active_cell"), prevent_initial_call=True)
    def select_event(click, cell):
        """A click on an event selects it; a click on a count marker zooms the dates to it."""
        if ctx.triggered_id == "timeline" and click and click.get("points"):
            target = str(click["points"][0].get("customdata") or "")
            m = re.fullmatch(r"range:(\d{4}-\d{2}-\d{2}):(\d{4}-\d{2}-\d{2})", target)
            if m:
                return no_update, m.group(1), m.group(2)
        event_id = current().clicked_event(ctx.triggered_id, click, cell)
        if event_id is None:
            raise PreventUpdate
        return event_id, no_update, no_update

    @app.callback(Output("detail", "children"), Input("selected", "data"), prevent_initial_call=True)
    def show_detail(event_id):
        return current().detail(event_id)

    @app.callback(Output("download", "data"), Input("download-csv", "n_clicks"), *[State(i, "value") for i in FILTER_IDS],
                  prevent_initial_call=True)
    def download_csv(_, *filter_values):
        events = current().filtered(filters_from_values(*filter_values))
        return dict(content=csv_text(events), filename="events.csv", type="text/csv")

    @app.callback(Output("download-html", "data"), Input("dl-html", "n_clicks"),
                  *[State(i, "value") for i in FILTER_IDS], prevent_initial_call=True)
    def download_html(_, *filter_values):
        from .export import html_document, timeline_for_report

        f = filters_from_values(*filter_values)
        views = current()
        fig, sources = timeline_for_report(views.corpus, f, title=settings.site_title(), events=views.filtered(f))
        return dict(content=html_document(fig, sources, "inline"), filename="timeline.html", type="text/html")

    # PNG and SVG are drawn by plotly.js in the browser: no server-side browser needed.
    app.clientside_callback(
        """function(png, svg) {
            const trigger = (dash_clientside.callback_context.triggered[0] || {}).prop_id || '';
            const graph = document.querySelector('#timeline .js-plotly-plot');
            if (graph && window.Plotly) {
                Plotly.downloadImage(graph, {format: trigger.startsWith('dl-svg') ? 'svg' : 'png',
                    filename: 'timeline', width: graph.offsetWidth, height: graph.offsetHeight});
            }
            return window.dash_clientside.no_update;
        }""", Output("nav-sink", "title"), Input("dl-png", "n_clicks"), Input("dl-svg", "n_clicks"),
        prevent_initial_call=True)

    # A tally point opens the article that reported it; the reader scrolls to the sentence.
    app.clientside_callback(
        """function(click) {
            if (click && click.points && click.points.length) {
                const page = click.points[0].customdata;
                if (typeof page === 'string' && page.startsWith('/article/')) { window.location.assign(page); }
            }
            return window.dash_clientside.no_update;
        }""", Output("nav-sink", "children"), Input("tally-chart", "clickData"), prevent_initial_call=True)
    app.clientside_callback(
        """function(children) {
            setTimeout(function() {
                const mark = document.getElementById('hl');
                if (mark) { mark.scrollIntoView({block: 'center'}); }
            }, 50);
            return window.dash_clientside.no_update;
        }""", Output("page", "className"), Input("page", "children"))


_app: Dash | None = None


def get_app() -> Dash:
    """The process's app, built once from the environment's settings."""
    global _app
    if _app is None:
        _app = create_app(background=True)
    return _app


def __getattr__(name: str):
    # `from dashboard.app import server` (gunicorn) builds the app on first use.
    if name == "app":
        return get_app()
    if name == "server":
        return get_app().server
    raise AttributeError(name)


__all__ = ["create_app", "get_app", "Views", "LiveCorpus"]
