"""Dated happenings in article sentences: one event per distinct date a sentence
names, typed by keywords near its date cue, with the actors the sentence names."""

from __future__ import annotations

import json
import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .actors import ActorMatcher
from .dates import DateMention
from .phrases import PhraseMatcher, Token, tokenize

EVENT_TYPES = ["election", "results", "coalition", "protest", "rigging_allegation", "legal",
               "international", "government_formation", "statement", "other"]
DEFAULT_TYPES = Path(__file__).parent / "stories" / "pakistan-2024" / "event_types.json"
# Words that do not separate a keyword from its date cue: "elections on Thursday",
# and Urdu postpositions: "8 فروری کے انتخابات" is "the 8 February elections".
FILLER = {"on", "in", "of", "the", "a", "an", "since", "held", "at", "by",
          "کے", "کی", "کا", "میں", "کو", "پر", "سے", "نے", "کہ"}
COMMA_CLAUSE = re.compile(r"[,;:\"“”]|\s(?:and|but|while|whereas|which|who)\s")
# Types strong enough for a sentence with no date to become a publication-dated event.
UNDATED_TYPES = {"results", "coalition", "protest", "rigging_allegation", "legal",
                 "government_formation", "international"}


@dataclass(frozen=True)
class TypeRules:
    keywords: PhraseMatcher        # keyword -> type
    priority: list[str]
    weights: dict[str, float]


@lru_cache(maxsize=4)
def load_type_rules(path: str = str(DEFAULT_TYPES)) -> TypeRules:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    type_of: dict[str, str] = {}
    for kind, words in data["keywords"].items():
        for word in words:
            type_of.setdefault(word, kind)
    return TypeRules(PhraseMatcher(type_of), data["priority"], data["weights"])


class _Words:
    """Word positions of a sentence, to count the words between two offsets quickly."""

    def __init__(self, tokens: list[Token]):
        self.starts: list[int] = []
        self.counted: list[int] = [0]  # words that are not filler, before index i
        for start, _, text in tokens:
            if text[0].isalnum():
                self.starts.append(start)
                self.counted.append(self.counted[-1] + (text.lower() not in FILLER))

    def between(self, start: int, end: int) -> int:
        if end <= start:
            return 0
        return self.counted[bisect_left(self.starts, end)] - self.counted[bisect_left(self.starts, start)]


def classify(sentence: str, cue: tuple[int, int] | None, actor_hints: list[str],
             rules: TypeRules | None = None, *, skip: list[tuple[int, int]] = (),
             tokens: list[Token] | None = None) -> tuple[str, dict[str, float]]:
    """The event type of a sentence, read around the date cue at `cue` (offsets in the
    sentence).  Keywords inside `skip` spans (actor names: "Chief Election Commissioner"
    is no election) do not count.  Returns the type and the score of every type."""
    rules = rules or load_type_rules()
    w = rules.weights
    scores: dict[str, float] = {}
    tokens = tokenize(sentence) if tokens is None else tokens
    words = _Words(tokens) if cue else None
    clause = _clause_of(sentence, cue) if cue else None
    # Longer phrases win and matches never overlap: "vote of no confidence" is not also a "vote".
    for start, end, kind in rules.keywords.find(sentence, tokens):
        if any(start < e and end > s for s, e in skip):
            continue
        weight = w["sentence"]
        if cue:
            after = start >= cue[1]
            gap = words.between(cue[1], start) if after else words.between(end, cue[0])
            if gap == 0:
                # A noun right after the cue names the event; a speech verb there does not.
                weight = w["head"] if after and kind != "statement" else w["adjacent"]
            elif gap <= 3:
                weight = w["near"]
            elif clause and clause[0] <= start and end <= clause[1]:
                weight = w["clause"]
        if kind == "statement":
            weight *= w["statement_factor"]
        scores[kind] = scores.get(kind, 0.0) + weight
    for hint in actor_hints:
        scores[hint] = scores.get(hint, 0.0) + w["actor_hint"]
    if not scores:
        return "other", scores
    best = max(scores.values())
    winners = [k for k, v in scores.items() if v == best]
    winners.sort(key=lambda k: rules.priority.index(k) if k in rules.priority else len(rules.priority))
    return winners[0], scores


def _clause_of(sentence: str, cue: tuple[int, int]) -> tuple[int, int]:
    start = 0
    for m in COMMA_CLAUSE.finditer(sentence, 0, cue[0]):
        start = m.end()
    m = COMMA_CLAUSE.search(sentence, cue[1])
    end = m.start() if m else len(sentence)
    if end - start <= (cue[1] - cue[0]) + 8:  # ", Friday," is no clause of its own
        return 0, len(sentence)
    return start, end


def sentence_events(sentence: str, sent_start: int, mentions: list[DateMention], actor_mentions: list,
                    matcher: ActorMatcher, published_value: str | None, lead: bool = False,
                    tokens: list[Token] | None = None) -> list[dict]:
    """Events of one sentence.  `mentions` have offsets in the article text,
    `actor_mentions` offsets in the sentence.  A sentence of the lead paragraph that
    names no date but reports something is dated by publication."""
    actors: list[str] = []
    for a in actor_mentions:
        for name in (a.name, a.party):
            if name and name not in actors:
                actors.append(name)
    hints = sorted({matcher.type_hint[a] for a in actors if a in matcher.type_hint})
    names = [(a.start, a.end) for a in actor_mentions]
    tokens = tokenize(sentence) if tokens is None else tokens
    events = []
    seen: set[tuple[str, str]] = set()
    for mention in mentions:
        if not mention.value or (mention.value, mention.precision) in seen:
            continue
        seen.add((mention.value, mention.precision))
        cue = (mention.start - sent_start, mention.end - sent_start)
        kind, _ = classify(sentence, cue, hints, skip=names, tokens=tokens)
        events.append({"date": mention.value, "precision": mention.precision, "date_source": "text",
                       "cue": mention.text, "cue_start": mention.start, "cue_end": mention.end,
                       "type": kind, "actors": actors})
    if not events and lead and published_value and actors:
        kind, _ = classify(sentence, None, hints, skip=names, tokens=tokens)
        if kind in UNDATED_TYPES:
            events.append({"date": published_value, "precision": "day", "date_source": "publication",
                           "cue": "", "cue_start": None, "cue_end": None, "type": kind, "actors": actors})
    return events
