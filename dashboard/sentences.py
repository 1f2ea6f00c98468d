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
# A stop glued to the next sentence ("on Wednesday.The shutdown", scraped pages lose the space)
# ends one only after a lower-case word or a number and before a capitalised word that is no
# abbreviation or address itself ("U.S.", "Mr.Khan", "12.Feb.2024", "Pvt.Ltd.", "www.Dawn.com" stay
# whole; abbreviations before the stop are checked as for any stop).
BOUNDARY = re.compile(r"(?<![.!?۔؟])[.!?۔؟]++[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9\u0600-\u06ff])|[۔؟]\s*|\n\s*\n"
                      r"|(?<=[a-z]{2}|\d{2})[.!?][”’)]*(?=[\"“]?[A-Z][a-z])(?![A-Z][a-z]*\.[A-Za-z\d])")


STOPS = ".!?۔؟"


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans of text[start:end], offsets into `text`.  A paragraph is split once: the
    date finder splits its paragraph's own string, the article reader the same span of the whole
    text, and these give the same sentences unless a stop stands right before the span (the only
    thing a split sees outside it), so both are answered from one memo of the paragraph's text."""
    if start > 0 and text[start - 1] in STOPS:
        return _split(text, start, end)
    piece = text if start == 0 and end == len(text) else text[start:end]
    return [(a + start, b + start) for a, b in _split_piece(piece)]


@lru_cache(maxsize=64)
def _split_piece(piece: str) -> tuple[tuple[int, int], ...]:
    return tuple(_split(piece, 0, len(piece)))


def _split(text: str, start: int, end: int) -> list[tuple[int, int]]:
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
