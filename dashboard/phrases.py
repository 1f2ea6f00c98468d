"""Find many fixed phrases (actor aliases, event keywords) in text by looking tokens
up in a dictionary: far faster than one regular expression with hundreds of
alternatives, which Python's `re` tries at every character."""

from __future__ import annotations

import re

# Arabic-script vowel marks ("یومِ سیاہ" is "یوم سیاہ" with a zer), written now and then: part of
# the word they sit on, and left out of the word's text so that phrases match with or without them.
MARKS = "\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed"
MARK = re.compile(f"[{MARKS}]")
# Words (with inner dots, as in "U.S."), and single punctuation marks: "PML(N)" is
# PML ( N ), "PTI-backed" is PTI - backed, "Insaf’s" is Insaf ’ s.  Zero-width (non-)joiners
# separate words like a space.
TOKEN = re.compile(rf"[\w{MARKS}]+(?:\.\w+)*\.?|[^\w\s\u200b-\u200d\ufeff{MARKS}]")
WORD = re.compile(r"\w+")  # a plain run of word characters, for counting and reading words without tokens


Token = tuple  # (start, end, text): plain tuples, as there are many


def tokenize(text: str) -> list[Token]:
    tokens = []
    marked = MARK.search(text) is not None  # (one search per text keeps the common case fast)
    for m in TOKEN.finditer(text):
        word = MARK.sub("", m.group()) if marked else m.group()
        if not word:
            continue
        if word[-1] == "." and len(word) > 1 and word.count(".") == 1:
            tokens.append((m.start(), m.end() - 1, word[:-1]))  # "PTI." at a sentence end is PTI
        else:
            tokens.append((m.start(), m.end(), word))
    return tokens


def _key(words: list[str] | tuple[str, ...], exact: bool) -> tuple[str, ...]:
    return tuple(words) if exact else tuple(w.lower() for w in words)


class PhraseMatcher:
    """Phrases mapped to values.  ALL-CAPS phrases ("JI", "US") match only in capitals;
    the others in any case.  At each place the longest phrase wins; matches never overlap."""

    def __init__(self, phrases: dict[str, object]):
        self.exact: dict[tuple[str, ...], object] = {}
        self.folded: dict[tuple[str, ...], object] = {}
        for phrase, value in phrases.items():
            words = [t[2] for t in tokenize(phrase)]
            if not words:
                continue
            exact = phrase.upper() == phrase and phrase.lower() != phrase
            (self.exact if exact else self.folded)[_key(words, exact)] = value
        self.longest = max((len(k) for k in [*self.exact, *self.folded]), default=0)
        self.first_exact = {k[0] for k in self.exact}
        self.first_folded = {k[0] for k in self.folded}

    def find(self, text: str, tokens: list[Token] | None = None) -> list[tuple[int, int, object]]:
        """(start, end, value) of each phrase in text, left to right."""
        tokens = tokenize(text) if tokens is None else tokens
        words = [t[2] for t in tokens]
        lowered = [w.lower() for w in words]
        found = []
        i, n = 0, len(tokens)
        while i < n:
            matched = 0
            if words[i] in self.first_exact or lowered[i] in self.first_folded:
                for length in range(min(self.longest, n - i), 0, -1):
                    value = self.exact.get(tuple(words[i:i + length]), _MISSING)
                    if value is _MISSING:
                        value = self.folded.get(tuple(lowered[i:i + length]), _MISSING)
                    if value is not _MISSING:
                        found.append((tokens[i][0], tokens[i + length - 1][1], value))
                        matched = length
                        break
            i += matched or 1
        return found


_MISSING = object()
