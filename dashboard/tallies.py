"""Seat tallies as reported: "independents 101, PML-N 75, PPP 54", with the basis the
article gives (provisional, unofficial, announced so far...) and what they are out of."""

from __future__ import annotations

import re
from functools import lru_cache

from .actors import ActorMatcher, ActorMention
from .layout import outlet_names
from .story import TallyWords, default_story

NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
                "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
                "nineteen": 19, "twenty": 20}
NUM = r"(?:\d{1,3}|" + "|".join(NUMBER_WORDS) + r")"
HEDGE = r"(?:approximately|about|around|nearly|over|some|almost|at least)\s+"


@lru_cache(maxsize=8)
def seat_number_pattern(house_names: tuple[str, ...]) -> re.Pattern:
    """"62 seats", "won in 17 constituencies", "leading with 62", "90 of the 266 seats";
    the story names its houses ("75 National Assembly seats")."""
    houses = "|".join(re.escape(h) for h in sorted(house_names, key=len, reverse=True))
    seats = rf"(?:(?:{houses + '|' if houses else ''}parliamentary|general|assembly|more)\s+)?(?:seats?|constituencies)\b"
    return re.compile(
        rf"(?:\b(?:with|at|won|win|wins|bagged|secured|secure|clinched|grabbed|got|captured|has|have|had|"
        rf"in|takes?|took)\s+(?:{HEDGE})?)?(?<![\w-])(?P<n>{NUM})(?![\w-])"
        rf"(?P<tail>\s+{seats}|\s+of\s+the\s+\d{{2,3}}\s+{seats})?", re.IGNORECASE)
NOT_HELD = re.compile(r"(?:deprived of|short of|needs?|needed|require[sd]?|requiring|to secure|target of|"
                      r"lost|losing|out of|of the|for|reserved|than)\s+(?:" + HEDGE + r")?$", re.IGNORECASE)
RESPECTIVELY = re.compile(
    r"(?P<parties>(?:[\w()-]+(?:\s+[\w()-]+){0,5}?)(?:,\s*|\s+and\s+)[\w()-]+(?:\s+[\w()-]+){0,5}?)\s+"
    r"(?:at|with|won|bagged|secured|got)\s+(?P<numbers>\d{1,3}(?:\s*(?:,|and)\s*\d{1,3})+)\s*(?:seats)?,?\s+respectively",
    re.IGNORECASE)
OUT_OF = re.compile(r"(?P<counted>\d{1,3})\s+(?:out\s+)?of\s+(?:the\s+)?(?:total\s+)?(?P<total>\d{2,3})\b|(?P<house>\d{2,3})-member", re.IGNORECASE)
BASIS = [("provisional", re.compile(r"\bprovisional\b", re.IGNORECASE)),
         ("unofficial", re.compile(r"\bunofficial\b", re.IGNORECASE)),
         ("official", re.compile(r"\b(?:official|final)\s+results?\b", re.IGNORECASE)),
         ("announced so far", re.compile(r"\b(?:so far|thus far|till now|until now)\b", re.IGNORECASE))]
# Sentences without these words neither state a basis nor hold a tally.
BASIS_GATE = re.compile(r"result|provisional|official|so far|thus far|till now|until now|\bseats?\b|constituenc|"
                        r"-member|\brespectively\b", re.IGNORECASE)
SEAT_GATE = re.compile(r"\bseats?\b|\bconstituenc|\brespectively\b", re.IGNORECASE)
BACKED_AFTER = re.compile(r"^\s*-?\s*backed\b", re.IGNORECASE)
BACKED_BEFORE = re.compile(r"\b(?:backed|supported|endorsed)\s+by\s+(?:the\s+)?$|\b(?:affiliated|aligned)\s+with\s+(?:the\s+)?$",
                           re.IGNORECASE)


def _value(token: str) -> int:
    return int(token) if token.isdigit() else NUMBER_WORDS[token.lower()]


def _contenders(sentence: str, matcher: ActorMatcher, mentions: list[ActorMention]) -> list[ActorMention]:
    """Parties and independents that can hold seats, without the ones that only say who
    backs someone ('independents backed by PTI' holds seats as IND)."""
    result = []
    backer_end = -1
    for m in mentions:
        if m.party is not None or m.name in matcher.cannot_hold_seats:
            continue
        # "backed by Pakistan Tehreek-e-Insaf (PTI)": the bracketed short name is the backer too.
        restated = backer_end >= 0 and re.fullmatch(r"\s*\(\s*", sentence[backer_end:m.start])
        if BACKED_AFTER.match(sentence[m.end:]) or BACKED_BEFORE.search(sentence[:m.start]) or restated:
            backer_end = m.end
            continue
        backer_end = -1
        result.append(m)
    return result


class TallyReader:
    """Reads tallies sentence by sentence; the basis stated in one sentence carries over
    to the next ones until another is stated."""

    def __init__(self, matcher: ActorMatcher, words: TallyWords | None = None, outlets_file: str | None = None):
        self.matcher = matcher
        self.outlets_file = outlets_file
        self.words = words or default_story().tallies
        self.seat_number = seat_number_pattern(self.words.house_names)
        self.basis = "reported"
        self.reported_by: str | None = None
        self.out_of: int | None = None
        self.counted: int | None = None

    @staticmethod
    def concerns(sentence: str) -> bool:
        """Whether a sentence could state a basis or hold a tally (SEAT_GATE is within this)."""
        return bool(BASIS_GATE.search(sentence))

    def _update_basis(self, sentence: str, mentions: list[ActorMention]) -> None:
        if not BASIS_GATE.search(sentence):
            return
        for name, pattern in BASIS:
            if pattern.search(sentence):
                self.basis = name
                self.reported_by = None
                self.out_of = self.counted = None
                break
        known, _ = outlet_names(self.outlets_file)
        by = re.search(r"\b(?:by|from|according to|as per)\s+(?:the\s+)?([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})", sentence)
        authority = self.words.results_authority
        if by and by.group(1).lower() in known:
            self.reported_by = known[by.group(1).lower()]
        elif authority and any(m.name == authority for m in mentions) and re.search(r"result", sentence, re.IGNORECASE):
            self.reported_by = authority
        m = OUT_OF.search(sentence)
        if m and m.group("total"):
            self.counted, self.out_of = int(m.group("counted")), int(m.group("total"))
        elif m and m.group("house") and self.out_of is None:
            self.out_of = int(m.group("house"))

    def read(self, sentence: str, mentions: list[ActorMention] | None = None) -> list[dict]:
        """Tallies in one sentence; `mentions` are its actors if already found."""
        if mentions is None:
            mentions = self.matcher.find(sentence)
        self._update_basis(sentence, mentions)
        if not SEAT_GATE.search(sentence):
            return []
        contenders = _contenders(sentence, self.matcher, mentions)
        if not contenders:
            return []
        found: list[tuple[str, int, int]] = []  # party, seats, position
        used: list[tuple[int, int]] = []
        for m in RESPECTIVELY.finditer(sentence):
            parties = [c for c in contenders if m.start("parties") <= c.start < m.end("parties")]
            numbers = [int(n) for n in re.findall(r"\d{1,3}", m.group("numbers"))]
            if len(parties) == len(numbers):
                found += [(p.name, n, m.start("numbers") + i) for i, (p, n) in enumerate(zip(parties, numbers))]
                used.append((m.start("numbers"), m.end("numbers")))
        for m in self.seat_number.finditer(sentence):
            if any(s <= m.start("n") < e for s, e in used):
                continue
            n_start = m.start("n")
            prefix = sentence[:m.start()] if m.start() < n_start else sentence[:n_start]
            if NOT_HELD.search(sentence[:n_start]) or NOT_HELD.search(prefix):
                continue
            if OUT_OF.match(sentence, n_start) and not m.group("tail"):
                continue
            lead = sentence[m.start():n_start].strip()
            seat_like = bool(m.group("tail")) or bool(re.match(r"(?i)(?:leading|trailing|with|at)\b", lead)) \
                or self._after_tally(found, sentence, m)
            if not seat_like or not lead and not m.group("tail"):
                continue
            before = [c for c in contenders if c.end <= n_start]
            if not before:
                continue
            party = before[-1]
            count = _value(m.group("n"))
            if count > 400:
                continue
            found.append((party.name, count, n_start))
            # "IPP and BNP won two seats each"
            if re.match(r"\s*each\b", sentence[m.end():]) and len(before) >= 2 \
                    and re.search(r"\band\s*$", sentence[before[-2].end:party.start]):
                found.append((before[-2].name, count, n_start))
        found.sort(key=lambda f: f[2])
        rows, seen = [], set()
        for party, seats, _ in found:
            if party in seen:
                continue
            seen.add(party)
            rows.append({"party": party, "seats": seats, "basis": self.basis, "out_of": self.out_of,
                         "counted": self.counted, "reported_by": self.reported_by})
        return rows

    @staticmethod
    def _after_tally(found, sentence: str, m: re.Match) -> bool:
        """'MQM-P won in 17 constituencies, JUI-F in four': an elliptical item of a list."""
        return bool(found) and bool(re.match(r"(?i)in\b", sentence[m.start():m.start("n")].strip()))
