"""Small pieces every page uses.  Text from articles is only ever a component's
children (escaped by React), never HTML."""

from __future__ import annotations

import re

from dash import dcc, html

GRAPH_CONFIG = {"displaylogo": False, "responsive": True,
                "toImageButtonOptions": {"format": "png", "filename": "timeline", "scale": 2}}


def user_text(text: str, className: str | None = None) -> html.Bdi:
    """Text from a file (a name, a title, an outlet, a sentence), isolated from what is
    around it: direction-changing characters inside it cannot reorder the page's words."""
    return html.Bdi(text, dir="auto", className=className)


def highlight(text: str, start: int, end: int, cue: tuple[int, int] | None = None, mark_id=None,
              trigger: tuple[int, int] | None = None) -> list:
    """Children for a span of text with [start, end) marked; the cue (the date words) and
    the trigger (the word that says what happened) inside it marked again."""
    inner_marks = sorted((m for m in ((cue, "cue"), (trigger, "trigger"))
                          if m[0] and start <= m[0][0] < m[0][1] <= end), key=lambda m: m[0][0])
    inner, at = [], start
    for (lo, hi), kind in inner_marks:
        if lo < at:  # overlapping marks: keep the first
            continue
        inner += [text[at:lo], html.Mark(text[lo:hi], className=kind)]
        at = hi
    inner.append(text[at:end])
    inner = [part for part in inner if part != ""]
    return inner if mark_id is None else [html.Mark(inner, id=mark_id, className="hl")]


def find_word(sentence: str, word: str | None) -> tuple[int, int] | None:
    """Where `word` (an event's trigger) first stands in `sentence`, case-insensitively,
    as a whole word; None when it is not there."""
    if not isinstance(word, str) or not word.strip():
        return None
    m = re.search(r"(?<!\w)" + re.escape(word.strip()) + r"(?!\w)", sentence, flags=re.IGNORECASE)
    return (m.start(), m.end()) if m else None


def joined(parts: list, separator: str) -> list:
    """Components and strings with `separator` between them."""
    out = []
    for part in parts:
        out += [separator, part] if out else [part]
    return out


def not_found() -> html.Div:
    return html.Div([html.H2("Not found"), html.P("There is no such page or article here."),
                     dcc.Link("Go to the timeline", href="/")], className="panel empty-state", id="not-found")
