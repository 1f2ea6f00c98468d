"""Every path of the app, built from ids in one place: the data holds ids, never
routes, so a route can change here alone.  No Dash imports.

`back` is the query string of the filtered view a link was followed from (as written by
`Filters.to_query`); the article reader's "back" link returns to it."""

from __future__ import annotations

from urllib.parse import quote, urlencode

TIMELINE = "/"
CHRONOLOGY = "/chronology"
EMBED = "/embed"
PROBLEMS = "/problems"
ARTICLE_PREFIX = "/article/"


def _with_back(path: str, pairs: list[tuple[str, str]], back: str | None) -> str:
    if back:
        pairs = [*pairs, ("back", back.lstrip("?"))]
    return f"{path}?{urlencode(pairs, quote_via=quote, safe='')}" if pairs else path


def article(article_id: str, back: str | None = None) -> str:
    return _with_back(f"{ARTICLE_PREFIX}{article_id}", [], back)


def sentence(article_id: str, start: int, end: int, back: str | None = None) -> str:
    """The article page with one sentence (by its offsets) highlighted."""
    return _with_back(f"{ARTICLE_PREFIX}{article_id}", [("hl", f"{int(start)}-{int(end)}")], back)


def sentences(article_ids, starts, ends) -> list[str]:
    """`sentence` for many rows at once (a corpus has a hundred thousand)."""
    prefix = ARTICLE_PREFIX
    return [f"{prefix}{a}?hl={s}-{e}" for a, s, e in zip(article_ids, starts, ends)]


def timeline(query: str = "") -> str:
    """The timeline page with a filtered view's query string ('?type=protest')."""
    return TIMELINE + _query(query)


def chronology(query: str = "", download: str | None = None) -> str:
    path = CHRONOLOGY + (f".{download}" if download else "")
    return path + _query(query)


def embed(query: str = "") -> str:
    return EMBED + _query(query)


def _query(query: str | None) -> str:
    query = (query or "").lstrip("?")
    return f"?{query}" if query else ""
