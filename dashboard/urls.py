"""Every path of the app, built from ids in one place: the data holds ids, never
routes, so a route can change here alone.  No Dash imports."""

from __future__ import annotations


def article(article_id: str) -> str:
    return f"/article/{article_id}"


def sentence(article_id: str, start: int, end: int) -> str:
    """The article page with one sentence (by its offsets) highlighted."""
    return f"{article(article_id)}?hl={int(start)}-{int(end)}"
