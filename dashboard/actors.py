"""Actors named in text, from the editable list in data/actors.json."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .phrases import PhraseMatcher

DEFAULT_ACTORS = Path(__file__).parent / "stories" / "pakistan-2024" / "actors.json"


@dataclass(frozen=True)
class ActorMention:
    start: int
    end: int
    name: str     # canonical
    party: str | None


class ActorMatcher:
    """Finds canonical actors in a sentence.  ALL-CAPS aliases match case-sensitively
    (so 'JI' is not 'ji'), others in any case; longer aliases win."""

    def __init__(self, path: Path = DEFAULT_ACTORS):
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        self.party_of: dict[str, str | None] = {}
        self.type_hint: dict[str, str] = {}
        self.cannot_hold_seats: set[str] = set()  # institutions: never a party in a seat tally
        self.organisations: set[str] = set()      # parties and institutions, as against people
        alias_to_name: dict[str, str] = {}
        for entry in data.get("parties", []):
            self.party_of[entry["name"]] = None
            self.organisations.add(entry["name"])
            if entry.get("type_hint"):
                self.type_hint[entry["name"]] = entry["type_hint"]
            if entry.get("holds_seats") is False:
                self.cannot_hold_seats.add(entry["name"])
            for alias in entry.get("aliases", []) + [entry["name"]]:
                alias_to_name[alias] = entry["name"]
        # a person's surname alone ("Sharif"), read as the person only in an article that names one
        # person of that surname in full before it
        self.short_names: dict[str, list[str]] = {}
        self.aliases_of: dict[str, list[str]] = {}
        for entry in data.get("people", []):
            self.aliases_of[entry["name"]] = entry.get("aliases", [])
            self.party_of[entry["name"]] = entry.get("party")
            for alias in entry.get("aliases", []) + [entry["name"]]:
                alias_to_name[alias] = entry["name"]
            for short in entry.get("short_names", []):
                self.short_names.setdefault(short, []).append(entry["name"])
        self.alias_to_name = alias_to_name
        not_actors = data.get("not_actors", {}).get("phrases", [])
        # Look-alikes map to None: matched (so the alias inside them is not), then dropped.
        self._phrases = PhraseMatcher({**alias_to_name, **{p: None for p in not_actors}})

    @property
    def names(self) -> list[str]:
        return list(self.party_of)

    def members(self, name: str) -> set[str]:
        """A party and the people mapped to it."""
        return {name} | {person for person, party in self.party_of.items() if party == name}

    def find(self, text: str, masked: list[tuple[int, int]] = (), tokens=None) -> list[ActorMention]:
        """Actors named in `text`, outside the `masked` spans (such as a wire dateline)."""
        found = []
        for start, end, name in self._phrases.find(text, tokens):
            if name is None or any(start < e and end > s for s, e in masked):
                continue
            found.append(ActorMention(start, end, name, self.party_of.get(name)))
        return found

    def by_short_name(self, text: str, named: set[str], found: list[ActorMention],
                      masked: list[tuple[int, int]] = ()) -> list[ActorMention]:
        """Surnames in `text` ("Sharif was elected by the National Assembly") that stand for the one
        person of `named` (the people the article has named in full before) who bears them, outside
        the spans of `found` mentions and `masked`; written with its capital, as a word of its own."""
        extra = []
        for short, people in self.short_names.items():
            candidates = [p for p in people if p in named]
            namesakes = [n for n in named if n not in people and any(
                alias.split()[-1] == short for alias in [n, *self.aliases_of.get(n, ())])]
            if len(candidates) != 1 or namesakes:
                continue  # (none named, or both Sharifs, or Gohar Ali Khan too: "Khan" says neither)
            for m in re.finditer(rf"(?<![\w-]){re.escape(short)}(?![\w-])", text):
                if any(m.start() < a.end and m.end() > a.start for a in found) \
                        or any(m.start() < e and m.end() > s for s, e in masked) \
                        or CAPITALISED_BEFORE.search(text, 0, m.start()):
                    continue  # (part of another's name: "Ali Muhammad Khan", "Raheel Sharif")
                extra.append(ActorMention(m.start(), m.end(), candidates[0], self.party_of.get(candidates[0])))
        return extra


CAPITALISED_BEFORE = re.compile(r"[A-Z][\w'-]*\s+$")  # a capitalised word right before a surname: another name


@lru_cache(maxsize=4)
def default_matcher(path: str = str(DEFAULT_ACTORS)) -> ActorMatcher:
    return ActorMatcher(Path(path))
