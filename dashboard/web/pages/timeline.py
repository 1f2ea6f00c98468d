"""The timeline page (/): filters, the chart of happenings, the detail panel, the table
of happenings, the seat tallies.  Layout only; the numbers come from Views.view."""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd
from dash import dash_table, dcc, html

from ... import figures, urls
from ...chronology import when
from ..components import GRAPH_CONFIG, find_word, highlight, joined, user_text
from ..views import TABLE_COLUMNS, TABLE_PAGE_SIZE
from ..widgets import values_from_filters

DOWNLOADS = (("png", "PNG"), ("svg", "SVG"), ("html", "HTML"))


def summary(views) -> html.Div:
    a, e, h = views.corpus.articles, views.corpus.events, views.corpus.happenings
    troubled = int((a["status"] != "ok").sum())
    parts = [html.Span(figures.plural(len(a), "article")), html.Span(figures.plural(len(h), "happening")),
             html.Span(figures.plural(len(views.corpus.tallies), "seat tally", "seat tallies"))]
    if len(e):
        parts.append(html.Span(f"{figures.date_text(e['date'].min(), 'day')} – "
                               f"{figures.date_text(e['date_end'].max(), 'day')}"))
    if troubled:
        parts.append(dcc.Link(f"{troubled} with problems", href=urls.PROBLEMS, id="problems-link", className="warn"))
    return html.Div(parts, className="summary", id="summary")


def filter_controls(views, f) -> html.Details:
    v = values_from_filters(f)
    story = views.story
    type_options = [{"label": html.Span([html.Span(className="swatch", style={"background": story.colour(t)}),
                                         story.label(t)]), "value": t} for t in story.type_names]
    form = html.Div([
        html.Label("From", htmlFor="f-from"), dcc.Input(id="f-from", type="date", value=v[0], debounce=True),
        html.Label("To", htmlFor="f-to"), dcc.Input(id="f-to", type="date", value=v[1], debounce=True),
        html.Label("Actors (a party includes its people)", htmlFor="f-actors"),
        dcc.Dropdown(id="f-actors", options=views.actor_names, value=v[2], multi=True, placeholder="Any actor",
                     searchable=True),
        html.Div("Event types", id="f-types-label", className="label"),
        html.Div(dcc.Checklist(id="f-types", options=type_options, value=v[3], className="types",
                               inputClassName="check"), role="group", **{"aria-labelledby": "f-types-label"}),
        html.Label("Outlets", htmlFor="f-outlets"),
        dcc.Dropdown(id="f-outlets", options=views.outlets, value=v[4], multi=True, placeholder="Any outlet"),
        html.Label("Search sentences", htmlFor="f-q"),
        dcc.Input(id="f-q", type="search", value=v[5], debounce=True, placeholder="e.g. rigging", maxLength=200),
        dcc.Checklist(id="f-dated", options=[{"label": " Only events dated in the text", "value": "text"}],
                      value=v[6]),
        html.Div("Lanes", id="f-lanes-label", className="label"),
        html.Div(dcc.RadioItems(id="f-lanes", options=[{"label": " by type", "value": "type"},
                                                        {"label": " by actor", "value": "actor"}],
                                value=v[7], inline=True), role="radiogroup", **{"aria-labelledby": "f-lanes-label"}),
        dcc.Link("Clear filters", href=urls.TIMELINE, id="clear-filters", className="button"),
    ], className="filters-body")
    # A <details>: one "Filters" button at phone width; opened at once on wider screens.
    return html.Details([html.Summary("Filters", id="filters-button", className="button"), form],
                        id="filters", className="filters panel")


def page(views, search: str | None, extra_controls: Callable | None = None) -> html.Div:
    if views.corpus.articles.empty:
        return html.Div([html.H2("No articles yet"), html.P([
            "The folder ", html.Code(str(views.corpus.folder)), " holds no articles. Put .txt, .md or "
            ".html files there (subfolders are fine) and reload this page."])], className="empty-state",
            id="empty-corpus")
    f = views.parse(search)
    query = f.to_query()
    downloads = [html.Button(label, id=f"dl-{kind}", className="button small", type="button",
                             **{"aria-label": f"Download the chart as {label}"}) for kind, label in DOWNLOADS]
    return html.Div([
        dcc.Location(id="main-url", refresh=False),  # the view's own handle on the query string
        dcc.Store(id="selected", data=f.selected),
        dcc.Store(id="zoom", data=[d.isoformat() for d in f.zoom] if f.zoom else None),
        dcc.Store(id="report-figure"),
        dcc.Store(id="viewport"),        # the window's width (set in the browser)   # the chart as the CLI exports it, for the PNG/SVG buttons
        html.Div(views.notices(f), id="notice", role="status"),
        html.Div([
            filter_controls(views, f),
            html.Div([
                html.Section([
                    html.Div([html.H2("Timeline"), html.Span(id="match-count", className="count"),
                              html.Span("Download:", className="count"), *downloads,
                              dcc.Link("Chronology", href=urls.chronology(query), id="chronology-link",
                                       className="button small"),
                              dcc.Download(id="download-html")], className="section-head"),
                    html.P("One mark per happening, bigger when more articles report it. Hollow, dotted: "
                           "announced or planned. Bars: a week, a month, or dates the sources disagree on.",
                           className="hint"),
                    dcc.Graph(id="timeline", config=GRAPH_CONFIG, className="timeline"),
                ], className="panel", id="timeline-panel"),
                html.Aside(detail(views, f.selected, query, extra_controls=extra_controls), id="detail", className="panel detail",
                           **{"aria-live": "polite"}),
                html.Section([
                    html.Div([html.H2("Happenings"), html.Button("Download reports (CSV)", id="download-csv",
                                                                 className="button", type="button"),
                              dcc.Download(id="download")], className="section-head"),
                    dash_table.DataTable(
                        id="table", columns=[{"name": n, "id": c} for c, n in TABLE_COLUMNS],
                        sort_action="custom", sort_mode="single", sort_by=[], page_action="custom",
                        page_current=0, page_size=TABLE_PAGE_SIZE, page_count=1, style_as_list_view=True,
                        style_cell={"textAlign": "left", "whiteSpace": "normal", "height": "auto",
                                    "fontFamily": figures.FONT, "fontSize": "14px", "padding": "6px"},
                        style_cell_conditional=[{"if": {"column_id": "label"}, "minWidth": "220px"},
                                                {"if": {"column_id": "date"}, "width": "110px"}],
                        style_header={"fontWeight": "600", "background": "#f4f5f7"},
                        style_table={"overflowX": "auto", "minWidth": "100%"}),
                ], className="panel"),
                html.Section([html.H2("Seat tallies as reported"),
                              html.P("One line per party, named at its end; the line style is the basis of the "
                                     "count. Click a point to read its article.", className="hint"),
                              dcc.Graph(id="tally-chart", config=GRAPH_CONFIG, className="tallies")],
                             className="panel"),
            ], className="content"),
        ], className="layout"),
        html.Div(id="nav-sink", hidden=True),
    ])


def _outlet_of(views, article: str) -> str:
    rows = views.corpus.articles[views.corpus.articles["article"] == article]
    outlet = rows["outlet"].iloc[0] if len(rows) else None
    return outlet if isinstance(outlet, str) and outlet.strip() else article


def disputed_text(views, h) -> str:
    """'Dawn: 14 May 2024 · Geo News: 15 May 2024': who gives which date."""
    parts = []
    for item in h["dates_reported"] if isinstance(h["dates_reported"], (list, tuple)) else []:
        if not isinstance(item, dict) or not item.get("date"):
            continue
        try:
            day = figures.date_text(pd.Timestamp(str(item["date"])[:10]), "day")
        except (ValueError, TypeError):
            day = str(item["date"])
        who = ", ".join(dict.fromkeys(_outlet_of(views, a) for a in item.get("articles") or [])) or "a source"
        parts.append(f"{who}: {day}")
    return " · ".join(parts)


def report_item(views, e, back: str | None) -> html.Li:
    """One report of a happening: outlet, headline, date, the sentence with its cue and
    trigger marked, linking to that sentence in its article."""
    article = views.corpus.article(e["article_id"]) or {}
    title = article.get("title") if isinstance(article.get("title"), str) and article.get("title") else e["article"]
    sentence = e["sentence"]
    cue = None
    if e["date_source"] == "text" and not pd.isna(e["cue_start"]):
        cue = (int(e["cue_start"]) - int(e["start"]), int(e["cue_end"]) - int(e["start"]))
    trigger = find_word(sentence, e.get("trigger"))
    meta = [x for x in [user_text(e["outlet"]) if isinstance(e["outlet"], str) and e["outlet"] else None,
                        figures.date_text(pd.Timestamp(e["published"]), "day") if not pd.isna(e["published"])
                        else None] if x]
    href = urls.sentence(e["article_id"], e["start"], e["end"], back=back)
    return html.Li([
        html.Div([html.Span(joined(meta, " · "), className="meta"), " ",
                  dcc.Link(user_text(title), href=href, className="source-link")], className="report-head"),
        html.Blockquote(highlight(sentence, 0, len(sentence), cue, trigger=trigger), className="quote", dir="auto"),
    ], className="report")


def detail(views, some_id: str | None, search: str | None = None,
           extra_controls: Callable | None = None) -> list:
    """The detail panel of one happening.  `extra_controls(views, happening_row)` may add
    components at its end (the editors' controls hook in here)."""
    happening_id = views.happening_id(some_id)
    if happening_id is None:
        return [html.H2("Details"), html.P("Click a mark on the timeline or a row of the table to see every "
                                           "report of that happening and the sentence it comes from.",
                                           className="hint")]
    h = views.happenings.loc[happening_id]
    back = (search or "").lstrip("?") or None
    reports = views.corpus.events[views.corpus.events["happening"] == happening_id]
    reports = reports.sort_values(["published", "article", "start"], na_position="last", kind="stable")
    items = [report_item(views, e, back) for _, e in reports.iterrows()]
    facts = [html.Dt("Date"), html.Dd(when(h)),
             html.Dt("Type"), html.Dd(views.story.label(h["type"])),
             html.Dt("Status"), html.Dd("planned or announced" if h["status"] == "planned" else "happened"),
             html.Dt("Actors"), html.Dd(", ".join(h["actors"]) if len(h["actors"]) else "none named")]
    if bool(h["disputed"]):
        facts += [html.Dt("Sources disagree"), html.Dd(disputed_text(views, h), id="detail-disputed")]
    children = [
        html.H2(user_text(str(h["label"])), id="detail-label"),
        html.Dl(facts),
        html.H3(f"{figures.plural(len(items), 'report')} in {figures.plural(int(h['sources']), 'article')}"),
        html.Ul(items, className="sources", id="detail-sources"),
    ]
    if extra_controls is not None:
        children += list(extra_controls(views, h) or [])
    return children
