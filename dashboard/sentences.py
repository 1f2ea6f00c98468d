"""Sentence spans inside paragraph spans, with offsets into the same text."""

from __future__ import annotations

import re

ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sen", "rep", "st", "no",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "u.s", "u.k", "u.n", "inc", "ltd", "co", "corp", "vs", "e.g", "i.e", "govt", "dept", "sr", "jr",
    "justice", "retd", "approx", "fig", "vol",
}
BOUNDARY = re.compile(r"[.!?۔؟]+[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9\u0600-\u06ff])|[۔؟]\s*|\n\s*\n")


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans = []
    cursor = start
    for m in BOUNDARY.finditer(text, start, end):
        before = text[cursor:m.start()]
        word = re.search(r"([A-Za-z][A-Za-z.]*)$", before)
        if word and text[m.start()] == "." and (
                word.group(1).lower() in ABBREVIATIONS or len(word.group(1)) == 1):
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
