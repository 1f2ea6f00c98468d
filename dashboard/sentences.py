"""Sentence spans inside paragraph spans, with offsets into the same text."""

from __future__ import annotations

import re
from functools import lru_cache

from . import languages


@lru_cache(maxsize=1)
def abbreviations() -> frozenset[str]:
    """Words after which a full stop ends no sentence ("Mr.", "Nov."): the union of every
    language folder's list, since one article may quote another language."""
    return frozenset(word.lower() for code in languages.available() for word in languages.load(code)["abbreviations"])


LAST_WORD_CHARS = 24
LAST_WORD = re.compile(r"([A-Za-z][A-Za-z.]*)$")
# A run of stops is matched once, from its first stop and possessively: a text of 100,000 full
# stops would otherwise be retried from every one of them (quadratic).
BOUNDARY = re.compile(r"(?<![.!?۔؟])[.!?۔؟]++[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9\u0600-\u06ff])|[۔؟]\s*|\n\s*\n")


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans = []
    cursor = start
    for m in BOUNDARY.finditer(text, start, end):
        # Only the last few characters: a long run of "Mr." must not be rescanned each time.
        before = text[max(cursor, m.start() - LAST_WORD_CHARS):m.start()]
        word = LAST_WORD.search(before)
        if word and text[m.start()] == "." and (
                word.group(1).lower() in abbreviations() or len(word.group(1)) == 1):
            continue  # "Mr. Khan", "Nov. 13", initials
        stop = m.end()
        _append(text, spans, cursor, stop)
        cursor = stop
    _append(text, spans, cursor, end)
    return spans


def _append(text: str, spans: list, start: int, end: int) -> None:
    piece = text[start:end]
    lead = len(piece) - len(piece.lstrip())
    trail = len(piece) - len(piece.rstrip())
    if piece.strip():
        spans.append((start + lead, end - trail))
