"""/problems: the files that could not be read fully, and why."""

from __future__ import annotations

from dash import dcc, html

from ... import urls
from ...reading import show_invisible
from ..components import user_text


def page(views) -> html.Div:
    a = views.corpus.articles
    # Names are shown with their invisible characters written out, so that a name
    # such as "report\u202egnp.exe" cannot pass for "reportexe.png" here.
    rows = [html.Tr([html.Td(user_text(show_invisible(r.article)), className="file"),
                     html.Td(r.status, className=f"status-{r.status}"),
                     html.Td(user_text(show_invisible("; ".join(r.problems)) or "–"))])
            for r in a.itertuples() if r.status != "ok"]
    return html.Div([html.Nav(dcc.Link("← Back to the timeline", href=urls.TIMELINE)), html.Section([
        html.H2("Files with problems"),
        html.P(f"{len(rows)} of {len(a)} files could not be read fully. Every file of the folder is listed "
               "in the articles table; these are the ones with something to say."),
        html.Table([html.Thead(html.Tr([html.Th("File"), html.Th("Status"), html.Th("Problems")])),
                    html.Tbody(rows)], className="problems", id="problems-table")], className="panel")])
