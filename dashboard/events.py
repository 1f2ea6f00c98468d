"""Dated happenings in article sentences: one event per distinct date a sentence
names, typed by keywords near its date cue, with the actors the sentence names."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .actors import ActorMatcher, blank
from .dates import DateMention

EVENT_TYPES = ["election", "results", "coalition", "protest", "rigging_allegation", "legal",
               "international", "government_formation", "statement", "other"]
DEFAULT_TYPES = Path(__file__).parent / "data" / "event_types.json"
# Words that do not separate a keyword from its date cue: "elections on Thursday".
FILLER = {"on", "in", "of", "the", "a", "an", "since", "held", "at", "by"}
WORD = re.compile(r"[\w'’-]+")
COMMA_CLAUSE = re.compile(r"[,;:\"“”]|\s(?:and|but|while|whereas|which|who)\s")
# Types strong enough for a sentence with no date to become a publication-dated event.
UNDATED_TYPES = {"results", "coalition", "protest", "rigging_allegation", "legal",
                 "government_formation", "international"}


@dataclass(frozen=True)
class TypeRules:
    pattern: re.Pattern            # every keyword of every type, longest first
    type_of: dict[str, str]        # keyword (lower case unless ALL CAPS) -> type
    priority: list[str]
    weights: dict[str, float]


@lru_cache(maxsize=4)
def load_type_rules(path: str = str(DEFAULT_TYPES)) -> TypeRules:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    type_of: dict[str, str] = {}
    for kind, words in data["keywords"].items():
        for word in words:
            type_of.setdefault(word if word.upper() == word else word.lower(), kind)
    upper = sorted((w for w in type_of if w.upper() == w and w.lower() != w), key=len, reverse=True)
    other = sorted((w for w in type_of if w not in upper), key=len, reverse=True)
    parts = ["(?i:" + "|".join(re.escape(w) for w in other) + ")"] if other else []
    parts += [re.escape(w) for w in upper]
    # One pass over the sentence finds every keyword; longer phrases win at the same place.
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])")
    return TypeRules(pattern, type_of, data["priority"], data["weights"])


def _words_between(text: str) -> int:
    return sum(1 for w in WORD.findall(text) if w.lower() not in FILLER)


def classify(sentence: str, cue: tuple[int, int] | None, actor_hints: list[str],
             rules: TypeRules | None = None) -> tuple[str, dict[str, float]]:
    """The event type of a sentence, read around the date cue at `cue` (offsets in the
    sentence).  Returns the type and the score of every type that had a keyword."""
    rules = rules or load_type_rules()
    w = rules.weights
    scores: dict[str, float] = {}
    taken: list[tuple[int, int]] = []
    # Longer phrases first so "vote of no confidence" is not also an election "vote".
    hits = []
    for m in rules.pattern.finditer(sentence):
        word = m.group()
        kind = rules.type_of.get(word) or rules.type_of.get(word.lower())
        if kind:
            hits.append((m.end() - m.start(), m.start(), m.end(), kind))
    hits.sort(reverse=True)
    clause = _clause_of(sentence, cue) if cue else None
    for _, start, end, kind in hits:
        if any(start < te and end > ts for ts, te in taken):
            continue
        taken.append((start, end))
        weight = w["sentence"]
        if cue:
            after = start >= cue[1]
            gap = _words_between(sentence[cue[1]:start] if after else sentence[end:cue[0]])
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
                    matcher: ActorMatcher, published_value: str | None, lead: bool = False) -> list[dict]:
    """Events of one sentence.  `mentions` have offsets in the article text,
    `actor_mentions` offsets in the sentence.  A sentence of the lead paragraph that
    names no date but reports something is dated by publication."""
    actors: list[str] = []
    for a in actor_mentions:
        for name in (a.name, a.party):
            if name and name not in actors:
                actors.append(name)
    hints = sorted({matcher.type_hint[a] for a in actors if a in matcher.type_hint})
    # Actor names are not event keywords: "Chief Election Commissioner" is no election.
    plain = blank(sentence, [(a.start, a.end) for a in actor_mentions])
    events = []
    seen: set[tuple[str, str]] = set()
    for mention in mentions:
        if not mention.value or (mention.value, mention.precision) in seen:
            continue
        seen.add((mention.value, mention.precision))
        cue = (mention.start - sent_start, mention.end - sent_start)
        kind, _ = classify(plain, cue, hints)
        events.append({"date": mention.value, "precision": mention.precision, "date_source": "text",
                       "cue": mention.text, "cue_start": mention.start, "cue_end": mention.end,
                       "type": kind, "actors": actors})
    if not events and lead and published_value and actors:
        kind, _ = classify(plain, None, hints)
        if kind in UNDATED_TYPES:
            events.append({"date": published_value, "precision": "day", "date_source": "publication",
                           "cue": "", "cue_start": None, "cue_end": None, "type": kind, "actors": actors})
    return events
