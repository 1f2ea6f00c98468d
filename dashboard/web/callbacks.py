"""Server and browser callbacks.  They read `live.views` when they run, so a reloaded
corpus takes effect at once; a value outside what the page sends was refused earlier
(security.VALUE_CHECKS)."""

from __future__ import annotations

import re
from dataclasses import replace

from dash import Dash, Input, Output, State, ctx, no_update
from dash.exceptions import PreventUpdate

from .. import urls
from .components import not_found
from .pages import embed
from .security import ARTICLE_PATH
from .views import Views, csv_text, zoom_window
from .widgets import FILTER_IDS, filters_from_values, values_from_filters

RANGE_MARK = re.compile(r"range:(\d{4}-\d{2}-\d{2}):(\d{4}-\d{2}-\d{2})")
REPORT_WIDTH = 1200   # the in-app downloads are drawn as the CLI's export draws them


def register(app: Dash, live) -> None:
    def current() -> Views:
        views = live.views
        if views is None:
            raise PreventUpdate  # still loading: the loading page has no timeline to update
        return views

    def filters_of(values, selected=None, zoom=None):
        return filters_from_values(*values, selected=selected, zoom=zoom, **current().known)

    @app.callback(Output("page", "children"), Input("url", "pathname"), Input("url", "search"))
    def route(pathname, search):
        triggered = {t["prop_id"] for t in ctx.triggered} if ctx.triggered else set()
        if triggered == {"url.search"} and pathname in (urls.TIMELINE, "", None):
            raise PreventUpdate  # filters already follow the query string (see sync_url)
        pathname = pathname or urls.TIMELINE
        views = current()
        if pathname == urls.TIMELINE:
            return views.main_page(search, extra_controls=getattr(app, "detail_controls", None))
        if pathname == urls.EMBED:
            return views.embed_page(search)
        if pathname == urls.PROBLEMS:
            return views.problems_page()
        if pathname == urls.CHRONOLOGY:
            return views.chronology_page(search)
        m = ARTICLE_PATH.match(pathname)
        if m:
            return views.article_page(m.group(1), search)
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

    @app.callback(Output("zoom", "data"), Input("timeline", "relayoutData"), prevent_initial_call=True)
    def keep_zoom(relayout):
        """The range the reader zoomed or slid to, in whole days (None: the whole extent)."""
        if not isinstance(relayout, dict) or not any(k.startswith("xaxis.") for k in relayout):
            raise PreventUpdate  # a resize or a hover: not a change of range
        window = zoom_window(relayout)
        return [window[0].date().isoformat(), window[1].date().isoformat()] if window else None

    @app.callback(Output("main-url", "search"), *[Output(i, "value") for i in FILTER_IDS],
                  Output("selected", "data"), Output("zoom", "data", allow_duplicate=True),
                  Output("notice", "children"),
                  Input("main-url", "search"), *filter_inputs, Input("selected", "data"), Input("zoom", "data"),
                  State("main-url", "pathname"), prevent_initial_call=True)
    def sync_url(search, *values):
        """Filters, selection and zoom live in the query string: a change of either updates
        the other, so a shared link or back/forward restores the same view."""
        *filter_values, selected, zoom, pathname = values
        if pathname not in (urls.TIMELINE, "", None):
            raise PreventUpdate
        views = current()
        if ctx.triggered_id == "main-url":
            f = views.parse(search)
            zoom_value = [d.isoformat() for d in f.zoom] if f.zoom else None
            return (no_update, *values_from_filters(f), f.selected, zoom_value, views.notices(f))
        f = filters_of(filter_values, selected, zoom)
        query = f.to_query()
        if query == (search or ""):
            raise PreventUpdate
        # the widgets' own notices (a date typed wrong); else the link's notices stay
        return (query, *[no_update] * len(FILTER_IDS), no_update, no_update,
                views.notices(f) if f.notices else no_update)

    @app.callback(Output("timeline", "figure"), Output("table", "data"), Output("table", "page_current"),
                  Output("table", "page_count"), Output("match-count", "children"), Output("tally-chart", "figure"),
                  Output("table", "style_data_conditional"), Output("chronology-link", "href"),
                  *filter_inputs, Input("selected", "data"), Input("zoom", "data"), Input("table", "page_current"),
                  Input("table", "sort_by"), Input("viewport", "data"))
    def update_view(*values):
        *filter_values, selected, zoom, page, sort_by, viewport = values
        f = filters_of(filter_values, selected, zoom)
        if ctx.triggered_id in FILTER_IDS:
            page = 0  # a new filter starts the table from its first page
        v = current().view(f, page=page, sort_by=sort_by, follow_selection=ctx.triggered_id == "selected",
                           viewport=viewport)
        unselected = replace(f, selected=None, zoom=None)
        return (v["figure"], v["rows"], v["page"], v["pages"], v["count"], v["tallies"], v["style"],
                urls.chronology(unselected.to_query()))

    @app.callback(Output("selected", "data", allow_duplicate=True), Output("f-from", "value", allow_duplicate=True),
                  Output("f-to", "value", allow_duplicate=True), Input("timeline", "clickData"),
                  Input("table", "active_cell"), prevent_initial_call=True)
    def select(click, cell):
        """A click on a mark selects its happening; a click on a count marker zooms the dates to it."""
        if ctx.triggered_id == "timeline" and click and click.get("points"):
            m = RANGE_MARK.fullmatch(str(click["points"][0].get("customdata") or ""))
            if m:
                return no_update, m.group(1), m.group(2)
        happening_id = current().clicked(ctx.triggered_id, click, cell)
        if happening_id is None:
            raise PreventUpdate
        return happening_id, no_update, no_update

    @app.callback(Output("detail", "children"), Input("selected", "data"), State("main-url", "search"),
                  prevent_initial_call=True)
    def show_detail(happening_id, search):
        views = current()
        f = views.parse(search)
        back = replace(f, selected=happening_id).to_query()
        return views.detail(happening_id, back, extra_controls=getattr(app, "detail_controls", None))

    @app.callback(Output("download", "data"), Input("download-csv", "n_clicks"),
                  *[State(i, "value") for i in FILTER_IDS], prevent_initial_call=True)
    def download_csv(_, *filter_values):
        events = current().filtered(filters_of(filter_values))
        return dict(content=csv_text(events), filename="reports.csv", type="text/csv")

    @app.callback(Output("download-html", "data"), Input("dl-html", "n_clicks"),
                  *[State(i, "value") for i in FILTER_IDS], prevent_initial_call=True)
    def download_html(_, *filter_values):
        from ..export import html_document

        fig, sources = embed.report_figure(current(), filters_of(filter_values), width=REPORT_WIDTH)
        return dict(content=html_document(fig, sources, "inline"), filename="timeline.html", type="text/html")

    @app.callback(Output("report-figure", "data"), Input("dl-png", "n_clicks"), Input("dl-svg", "n_clicks"),
                  *[State(i, "value") for i in FILTER_IDS], prevent_initial_call=True)
    def report_figure(_png, _svg, *filter_values):
        """The chart with the export's title and caption; the browser draws the file (below)."""
        fig, _ = embed.report_figure(current(), filters_of(filter_values), width=REPORT_WIDTH)
        kind = "svg" if ctx.triggered_id == "dl-svg" else "png"
        return {"format": kind, "width": REPORT_WIDTH, "height": int(fig.layout.height or 700),
                "figure": fig.to_plotly_json()}

    # PNG and SVG are drawn by plotly.js in the browser: no server-side browser needed.
    app.clientside_callback(
        """function(report) {
            if (report && report.figure && window.Plotly) {
                Plotly.downloadImage({data: report.figure.data, layout: report.figure.layout},
                    {format: report.format, filename: 'timeline', width: report.width, height: report.height});
            }
            return window.dash_clientside.no_update;
        }""", Output("nav-sink", "title"), Input("report-figure", "data"), prevent_initial_call=True)

    # The window's width, so that the labels written on the chart fit it (a phone has room for few).
    app.clientside_callback(
        """function(_) { return Math.round(window.innerWidth || 1200); }""",
        Output("viewport", "data"), Input("main-url", "pathname"))

    # A tally point opens the article that reported it; the reader scrolls to the sentence.
    app.clientside_callback(
        """function(click) {
            if (click && click.points && click.points.length) {
                const page = click.points[0].customdata;
                if (typeof page === 'string' && page.startsWith('/article/')) { window.location.assign(page); }
            }
            return window.dash_clientside.no_update;
        }""", Output("nav-sink", "children"), Input("tally-chart", "clickData"), prevent_initial_call=True)
    # After a page is drawn: scroll to the highlighted sentence; open the filters on wide screens
    # (at phone width they stay behind the "Filters" button, so the chart is on the first screen).
    app.clientside_callback(
        """function(children) {
            setTimeout(function() {
                const mark = document.getElementById('hl');
                if (mark) { mark.scrollIntoView({block: 'center'}); }
                const filters = document.getElementById('filters');
                if (filters && !filters.dataset.sized) {
                    filters.dataset.sized = '1';
                    filters.open = window.innerWidth > 760;
                }
            }, 50);
            return window.dash_clientside.no_update;
        }""", Output("page", "className"), Input("page", "children"))
