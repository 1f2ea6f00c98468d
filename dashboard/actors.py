"""Actors named in text, from the editable list in data/actors.json."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DEFAULT_ACTORS = Path(__file__).parent / "data" / "actors.json"
# "PTI-backed independents", "independent candidates backed by PTI" name both.
BACKED = re.compile(r"-backed\b|\b(?:backed|supported|endorsed)\s+by\b", re.IGNORECASE)


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
        self.kind: dict[str, str] = {}
        alias_to_name: dict[str, str] = {}
        for entry in data.get("parties", []):
            self.party_of[entry["name"]] = None
            self.kind[entry["name"]] = "organisation"
            if entry.get("type_hint"):
                self.type_hint[entry["name"]] = entry["type_hint"]
            for alias in entry.get("aliases", []) + [entry["name"]]:
                alias_to_name[alias] = entry["name"]
        for entry in data.get("people", []):
            self.party_of[entry["name"]] = entry.get("party")
            self.kind[entry["name"]] = "person"
            for alias in entry.get("aliases", []) + [entry["name"]]:
                alias_to_name[alias] = entry["name"]
        self.alias_to_name = alias_to_name
        self._sensitive = {a: n for a, n in alias_to_name.items() if a.upper() == a}
        self._insensitive = {a.lower(): n for a, n in alias_to_name.items() if a.upper() != a}
        self._pattern_sensitive = _alternation(self._sensitive, 0)
        self._pattern_insensitive = _alternation(self._insensitive, re.IGNORECASE)
        not_actors = data.get("not_actors", {}).get("phrases", [])
        self._not_actor = re.compile("|".join(re.escape(p) for p in not_actors)) if not_actors else None

    @property
    def names(self) -> list[str]:
        return list(self.party_of)

    def members(self, name: str) -> set[str]:
        """A party and the people mapped to it."""
        return {name} | {person for person, party in self.party_of.items() if party == name}

    def find(self, text: str, masked: list[tuple[int, int]] = ()) -> list[ActorMention]:
        blanked = blank(text, masked)
        if self._not_actor:
            blanked = self._not_actor.sub(lambda m: " " * len(m.group()), blanked)
        found = []
        for pattern, table, fold in ((self._pattern_insensitive, self._insensitive, True),
                                     (self._pattern_sensitive, self._sensitive, False)):
            if pattern is None:
                continue
            for m in pattern.finditer(blanked):
                key = m.group().lower() if fold else m.group()
                name = table.get(key)
                if name:
                    found.append(ActorMention(m.start(), m.end(), name, self.party_of.get(name)))
        found.sort(key=lambda a: (a.start, -(a.end - a.start)))
        result, last_end = [], -1
        for mention in found:
            if mention.start >= last_end:
                result.append(mention)
                last_end = mention.end
        return result

    def names_in(self, text: str, masked: list[tuple[int, int]] = ()) -> list[str]:
        """Canonical names in order of first mention, each person followed by their party."""
        names: list[str] = []
        for mention in self.find(text, masked):
            for name in (mention.name, mention.party):
                if name and name not in names:
                    names.append(name)
        return names


def _alternation(table: dict, flags: int) -> re.Pattern | None:
    if not table:
        return None
    aliases = sorted(table, key=len, reverse=True)
    body = "|".join(re.escape(a) for a in aliases)
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w])", flags)


def blank(text: str, spans) -> str:
    if not spans:
        return text
    chars = list(text)
    for s, e in spans:
        for i in range(max(0, s), min(len(chars), e)):
            chars[i] = " "
    return "".join(chars)


@lru_cache(maxsize=4)
def default_matcher(path: str = str(DEFAULT_ACTORS)) -> ActorMatcher:
    return ActorMatcher(Path(path))
