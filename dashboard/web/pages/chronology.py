"""/chronology?<the timeline's query>: the happenings the filters select as a dated
list (the "timeline of events" box a newspaper prints), with Markdown and CSV downloads
and a print stylesheet (assets/style.css, @media print)."""

from __future__ import annotations

from dash import dcc, html

from ... import chronology, figures, urls
from ...export import describe
from ..components import user_text
from .timeline import disputed_text


def selected(views, search: str | None):
    """The filters of the query and the happenings they select."""
    f = views.parse(search)
    return f, views.happenings_of(views.filtered(f))


def page(views, search: str | None) -> html.Div:
    f, happenings = selected(views, search)
    query = f.to_query()
    rows = chronology.rows(happenings, views.story)
    items = []
    for r in rows:
        sources = ", ".join(r["outlets"]) or figures.plural(r["sources"], "article")
        extra = [html.Span(r["type"], className="chron-type")]
        if r["status"] == "planned":
            extra.append(html.Span("planned", className="chron-planned"))
        if r["disputed_dates"]:  # who says which day, by outlet name
            who = disputed_text(views, views.happenings.loc[r["id"]]) or r["disputed_dates"]
            extra.append(html.Span(f"sources disagree: {who}", className="chron-disputed"))
        items.append(html.Li([
            html.Div(r["date"], className="chron-date"),
            html.Div([dcc.Link(user_text(r["label"]), href=urls.timeline(_with_selected(query, r["id"])),
                               className="chron-label"),
                      html.Div([*extra, html.Span(["Sources: ", user_text(sources)], className="chron-sources")],
                               className="chron-meta")], className="chron-body"),
        ], className="chron-item"))
    return html.Div([
        html.Nav([dcc.Link("← Back to the timeline", href=urls.timeline(query), id="back-link"),
                  html.A("Download Markdown", href=urls.chronology(query, "md"), className="button small",
                         id="chron-md", download="chronology.md"),
                  html.A("Download CSV", href=urls.chronology(query, "csv"), className="button small",
                         id="chron-csv", download="chronology.csv")], className="back controls"),
        html.Section([
            html.H2(f"Chronology: {views.title}"),
            html.P(f"Filters: {describe(f, views.story)}. {figures.plural(len(rows), 'happening')}, oldest first.",
                   className="hint", id="chron-count"),
            html.Ol(items, className="chronology", id="chronology") if items
            else html.P("Nothing matches these filters.", className="empty-state"),
        ], className="panel chron-panel"),
    ])


def _with_selected(query: str, happening_id: str) -> str:
    return (query + "&" if query else "?") + f"ev={happening_id}"


def download(views, search: str | None, kind: str) -> tuple[str, str]:
    """The chronology as Markdown or CSV: (text, media type)."""
    f, happenings = selected(views, search)
    outlet_of = chronology.outlets_by_article(views.corpus.articles)
    if kind == "md":
        return chronology.markdown(happenings, title=views.title, filters=describe(f, views.story),
                                   story=views.story, outlet_of=outlet_of), "text/markdown; charset=utf-8"
    return chronology.csv_text(happenings, views.story, outlet_of), "text/csv; charset=utf-8"
