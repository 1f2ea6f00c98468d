"""The article reader (/article/ID): the text as read, one sentence highlighted (?hl=),
its events, and a "back" link to the filtered view it was opened from (?back=)."""

from __future__ import annotations

import re
from urllib.parse import parse_qs

import pandas as pd
from dash import dcc, html

from ... import figures, urls
from ...reading import show_invisible
from ..components import find_word, highlight, joined, not_found, user_text


def page(views, aid: str, search: str | None) -> html.Div:
    row = views.corpus.article(aid)
    if row is None:
        return not_found()
    params = parse_qs((search or "").lstrip("?")[:4000])
    text = views.corpus.texts.get(aid, "")
    hl = None
    m = re.fullmatch(r"(\d{1,9})-(\d{1,9})", (params.get("hl") or [""])[0])
    if m and int(m.group(1)) < int(m.group(2)) <= len(text):
        hl = (int(m.group(1)), int(m.group(2)))
    # the view to go back to, re-written by the URL codec: only a valid query survives
    back = views.parse((params.get("back") or [""])[0])
    back_query = back.to_query()
    events = views.corpus.events[views.corpus.events["article_id"] == aid]
    cue = trigger = None
    if hl is not None:
        match = events[events["start"] == hl[0]]
        if len(match):
            first = match.iloc[0]
            if first["date_source"] == "text" and not pd.isna(first["cue_start"]):
                cue = (int(first["cue_start"]), int(first["cue_end"]))
            found = find_word(text[hl[0]:hl[1]], first.get("trigger"))
            trigger = (hl[0] + found[0], hl[0] + found[1]) if found else None
    paragraphs = []
    for s, e in views.corpus.paragraphs.get(aid, []):
        if hl and s <= hl[0] < e:
            children = [text[s:hl[0]], *highlight(text, hl[0], min(hl[1], e), cue, mark_id="hl", trigger=trigger),
                        text[min(hl[1], e):e]]
        else:
            children = [text[s:e]]
        paragraphs.append(html.P(children, dir="auto"))
    meta = [x for x in [user_text(row["outlet"]) if isinstance(row["outlet"], str) else None,
                        f"published {figures.date_text(pd.Timestamp(row['published']), 'day')}"
                        if not pd.isna(row["published"]) else "publication date unknown",
                        user_text(row["dateline"]) if isinstance(row["dateline"], str) else None,
                        user_text(show_invisible(row["article"]))] if x]
    title = row["title"] if isinstance(row["title"], str) else row["article"]
    event_links = [html.Li(dcc.Link([f"{figures.date_text(e.date, e.precision)} · {views.story.label(e.type)}: ",
                                     user_text(e.sentence[:90]), "…" if len(e.sentence) > 90 else ""],
                                    href=urls.timeline(f"?ev={e.happening}" if isinstance(e.happening, str)
                                                       else ""))) for e in events.itertuples()]
    problems = [html.P(user_text(show_invisible(p)), className="notice") for p in row["problems"]]
    back_text = "← Back to the filtered timeline" if back_query else "← Back to the timeline"
    return html.Div([
        html.Nav(dcc.Link(back_text, href=urls.timeline(back_query), id="back-link"), className="back"),
        html.Article([html.H2(user_text(title), dir="auto", id="article-title"),
                      html.P(joined(meta, " · "), className="meta"), *problems,
                      html.Div(paragraphs or [html.P("No article text could be read from this file.")],
                               className="article-text", id="article-text")],
                     className="panel reader"),
        html.Aside([html.H2(f"Events in this article ({len(event_links)})"),
                    html.Ul(event_links or [html.Li("No dated events found.")], className="article-events")],
                   className="panel"),
    ], className="reader-layout")
