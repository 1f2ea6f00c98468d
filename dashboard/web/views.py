"""One corpus as the pages see it: the actors and outlets to choose from, filtering
(with an index built once), the happenings a filter selects, and everything a filter
change sends to the timeline page.  No page layout here: see pages/."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pandas as pd

from .. import figures
from ..corpus import Corpus
from ..export import happenings_of
from ..figures import plural
from ..filters import EventIndex, Filters, from_query
from ..story import Story

TABLE_PAGE_SIZE = 12
# The table: one row per happening, its date and label first (what a reader scans for).
TABLE_COLUMNS = [("date", "Date"), ("label", "What happened"), ("type", "Type"), ("status", "Status"),
                 ("outlets", "Sources")]


def count_text(happenings: int, reports: int, total_happenings: int) -> str:
    """'11 happenings from 23 reports': what the chart draws, from how many sentences."""
    if happenings == 0 and total_happenings:
        return (f"Nothing matches these filters (of {plural(total_happenings, 'happening')}). "
                "Widen the dates or clear a filter.")
    text = f"{plural(happenings, 'happening')} from {plural(reports, 'report')}"
    return text if happenings == total_happenings else f"{text} (of {total_happenings})"


def zoom_window(relayout: dict | None) -> tuple | None:
    """The x range the user zoomed to, from plotly's relayoutData, as whole days; None when
    zoomed out (or when the data is not what plotly sends)."""
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


def plot_width(viewport: int | None) -> float:
    """About how wide the chart's plotting area is in a browser window `viewport` pixels
    wide (the page's grid: filters and detail beside the chart on a desktop, nothing
    beside it on a phone), less the lane names: labels are placed to fit it."""
    if not viewport:
        return 600
    if viewport > 1100:
        chart = viewport - 280 - 340 - 90
    elif viewport > 760:
        chart = viewport - 280 - 60
    else:
        chart = viewport - 50
    return float(max(120, min(1200, chart - 150)))


def ring_selected(figure, selected: str | None) -> None:
    """A dark ring around the selected happening's mark (rather than a text label, which
    would cover the labels around it)."""
    if not selected:
        return
    for trace in figure.data:
        ids = list(trace.customdata) if getattr(trace, "customdata", None) is not None else []
        if trace.mode == "markers" and selected in ids:
            i = ids.index(selected)
            size = trace.marker.size[i] if hasattr(trace.marker.size, "__len__") else trace.marker.size
            r = float(size or 10) / 2 + 4
            # a shape, not a trace: not a mark of its own (nor in the range slider's miniature)
            figure.add_shape(type="circle", xref="x", yref="y", xsizemode="pixel", ysizemode="pixel",
                             xanchor=trace.x[i], yanchor=trace.y[i], x0=-r, x1=r, y0=-r, y1=r,
                             line=dict(color="#111", width=2), name="selected")
            for note in figure.layout.annotations:  # its label moves up, clear of the ring
                if note.name == "label" and note.x == trace.x[i] and note.y == trace.y[i]:
                    note.yshift = float(size or 10) / 2 + 14
            return


class Views:
    """The pages and panels of one corpus."""

    def __init__(self, corpus: Corpus, matcher=None, story: Story | None = None, title: str | None = None):
        from ..corpus import knowledge_for

        self.corpus = corpus
        self.story = story or getattr(corpus, "story", None)
        if self.story is None:
            from ..story import default_story
            self.story = default_story()
        self.matcher = matcher or knowledge_for(self.story).matcher  # built once per story
        self.title = title or self.story.title
        events = corpus.events
        self.actor_names = sorted({a for names in events["actors"] for a in names})
        self.outlets = sorted({o for o in events["outlet"] if isinstance(o, str)})
        self.by_id = events.set_index("event_id", drop=False) if len(events) else events
        happenings = corpus.happenings
        self.happenings = happenings.set_index("happening_id", drop=False) if len(happenings) else happenings
        self.index = EventIndex(events)
        self._tally_figures: dict = {}

    # filters ----------------------------------------------------------------------
    @property
    def known(self) -> dict:
        return {"known_actors": set(self.actor_names) | set(self.matcher.names), "known_outlets": set(self.outlets),
                "known_types": self.story.type_names}

    def parse(self, search: str | None) -> Filters:
        f = from_query(search, **self.known)
        if f.selected and self.happening_id(f.selected) is None:
            f = replace(f, selected=None, notices=f.notices + ("the happening in the link is not in this corpus",))
        elif f.selected:
            f = replace(f, selected=self.happening_id(f.selected))
        return f

    def filtered(self, f: Filters, window: tuple | None = None) -> pd.DataFrame:
        """The reports (event rows) that pass the filters."""
        return self.index.select(f, self.matcher.members, window)

    def happenings_of(self, events: pd.DataFrame) -> pd.DataFrame:
        """A happening is shown when any of its reports passes the filters."""
        return happenings_of(self.corpus, events)

    def happening_id(self, some_id) -> str | None:
        """A happening id from a happening id or from the id of one of its reports."""
        if not isinstance(some_id, str):
            return None
        if len(self.happenings) and some_id in self.happenings.index:
            return some_id
        if len(self.by_id) and some_id in self.by_id.index:
            found = self.by_id.at[some_id, "happening"]
            return found if isinstance(found, str) and found in self.happenings.index else None
        return None

    # the timeline page's view-model ----------------------------------------------------
    def view(self, f: Filters, *, page: int = 0, sort_by: list | None = None, follow_selection: bool = False,
             viewport: int | None = None) -> dict:
        """Everything a filter change sends to the page: the chart (one mark per happening,
        over the whole extent of what is selected unless the reader zoomed), the table
        (one row per happening), the count of what is drawn, the tallies."""
        events = self.filtered(f)
        happenings = self.happenings_of(events)
        count = count_text(len(happenings), len(events), len(self.corpus.happenings))
        x_range = [pd.Timestamp(f.zoom[0]), pd.Timestamp(f.zoom[1])] if f.zoom else None
        figure = figures.happenings_timeline(happenings, lanes=f.lanes, story=self.story, x_range=x_range,
                                             width_px=plot_width(viewport))
        if f.lanes == "type":  # the lanes name the types already: the legend only takes room
            figure.update_layout(showlegend=False)
        ring_selected(figure, f.selected)
        rows = sort_rows(happenings, sort_by)
        pages = max(1, -(-len(rows) // TABLE_PAGE_SIZE))
        if follow_selection and f.selected in set(rows["happening_id"]):
            page = int(np.flatnonzero(rows["happening_id"].to_numpy() == f.selected)[0]) // TABLE_PAGE_SIZE
        page = min(max(int(page or 0), 0), pages - 1)
        shown = rows.iloc[page * TABLE_PAGE_SIZE:(page + 1) * TABLE_PAGE_SIZE]
        style = ([{"if": {"filter_query": f'{{id}} = "{f.selected}"'}, "backgroundColor": "#fff3bf"}]
                 if f.selected else [])
        return {"figure": figure, "rows": table_rows(shown, self.story), "page": page, "pages": pages,
                "count": count, "tallies": self.tally_figure(f), "style": style, "happenings": happenings,
                "events": events}

    def clicked(self, source: str | None, click: dict | None, cell: dict | None) -> str | None:
        """The happening a click on the chart or a table cell points at, if it is a real one."""
        some_id = None
        if source == "timeline" and click and click.get("points"):
            some_id = click["points"][0].get("customdata")
        elif source == "table" and cell:
            some_id = cell.get("row_id")
        return self.happening_id(some_id)

    clicked_event = clicked  # the earlier name

    def tally_figure(self, f: Filters):
        """The tally chart depends only on dates and parties: built once per such view."""
        key = (f.date_from, f.date_to, f.actors)
        if key not in self._tally_figures:
            if len(self._tally_figures) > 256:
                self._tally_figures.clear()
            tallies, note = self.filtered_tallies(f)
            figure = figures.tallies(tallies, title=note)
            # few, flat date ticks: readable at phone width too
            figure.update_xaxes(nticks=5, tickformat="%-d %b", tickangle=0)
            self._tally_figures[key] = figure
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

    # pages (each built by its module in pages/) ------------------------------------------
    def main_page(self, search: str | None, **kw):
        from .pages import timeline
        return timeline.page(self, search, **kw)

    def detail(self, some_id: str | None, search: str | None = None, extra_controls=None) -> list:
        from .pages import timeline
        return timeline.detail(self, some_id, search, extra_controls=extra_controls)

    def article_page(self, aid: str, search: str | None):
        from .pages import article
        return article.page(self, aid, search)

    def problems_page(self):
        from .pages import problems
        return problems.page(self)

    def embed_page(self, search: str | None):
        from .pages import embed
        return embed.page(self, search)

    def chronology_page(self, search: str | None):
        from .pages import chronology
        return chronology.page(self, search)

    def summary(self):
        from .pages import timeline
        return timeline.summary(self)

    def notices(self, f: Filters) -> list:
        from dash import html
        return [html.P(n, className="notice") for n in f.notices]


def sort_rows(happenings: pd.DataFrame, sort_by: list | None) -> pd.DataFrame:
    """Rows in the table's order: by date unless a column header says otherwise."""
    rows = happenings.sort_values(["date", "date_end", "label"], kind="stable")
    if not sort_by or not isinstance(sort_by[0], dict):
        return rows
    column, ascending = sort_by[0].get("column_id"), sort_by[0].get("direction") != "desc"
    if column not in {"date", "label", "type", "status", "outlets"}:
        return rows
    key = "sources" if column == "outlets" else column
    values = rows[key] if key in ("date", "sources") else rows[key].astype(str)
    order = values.to_numpy().argsort(kind="stable")
    return rows.iloc[order if ascending else order[::-1]]


def table_rows(happenings: pd.DataFrame, story: Story) -> list[dict]:
    from ..chronology import when

    out = []
    for _, h in happenings.iterrows():
        outlets = [str(o) for o in (h["outlets"] if isinstance(h["outlets"], (list, tuple)) else [])]
        date = when(h) + (" (disputed)" if h.get("disputed") else "")
        out.append({"id": h["happening_id"], "date": date, "label": str(h["label"]), "type": story.label(h["type"]),
                    "status": str(h["status"]),
                    "outlets": f"{plural(int(h['sources']), 'source')}: {', '.join(outlets)}" if outlets
                    else plural(int(h["sources"]), "source")})
    return out


def csv_text(events: pd.DataFrame) -> str:
    """The filtered reports as CSV (the columns of `python -m dashboard events`)."""
    import io

    from ..corpus import EVENT_OUTPUT_COLUMNS
    from ..records import to_records, write_records

    buffer = io.StringIO()
    write_records(to_records(events[EVENT_OUTPUT_COLUMNS], "events"), "csv", buffer, columns=EVENT_OUTPUT_COLUMNS)
    return buffer.getvalue()
