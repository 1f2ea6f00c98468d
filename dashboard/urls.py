"""Every path of the app, built from ids in one place: the data holds ids, never
routes, so a route can change here alone.  No Dash imports."""

from __future__ import annotations


def article(article_id: str) -> str:
    return f"/article/{article_id}"


def sentence(article_id: str, start: int, end: int) -> str:
    """The article page with one sentence (by its offsets) highlighted."""
    return f"{article(article_id)}?hl={int(start)}-{int(end)}"


def sentences(article_ids, starts, ends) -> list[str]:
    """`sentence` for many rows at once (a corpus has a hundred thousand)."""
    prefix = article("")
    return [f"{prefix}{a}?hl={s}-{e}" for a, s, e in zip(article_ids, starts, ends)]
