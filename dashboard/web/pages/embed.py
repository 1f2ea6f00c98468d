"""/embed: the chart alone, with its title and source caption (the figure the CLI's
export draws), for an iframe in a published story: no site header, no controls."""

from __future__ import annotations

from dash import dcc, html

from ...export import timeline_for_report
from ..components import GRAPH_CONFIG


def report_figure(views, f, width: int = 1200):
    """The timeline as a report shows it: title, chart, caption with filters and sources."""
    events = views.filtered(f)
    return timeline_for_report(views.corpus, f, title=views.title, members=views.matcher.members, events=events,
                               story=views.story, width=width)


def page(views, search: str | None) -> html.Div:
    f = views.parse(search)
    figure, sources = report_figure(views, f)
    config = {**GRAPH_CONFIG, "displayModeBar": False}
    return html.Div([dcc.Graph(id="embed-chart", figure=figure, config=config, responsive=True,
                               style={"height": f"{int(figure.layout.height or 600)}px"})],
                    className="embed", id="embed")
