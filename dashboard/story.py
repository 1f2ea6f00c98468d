"""A story is data: the folder that says what one news story is about.

    stories/pakistan-2024/
        story.json        title, event types (name, label, colour, order, undated), seat-tally words
        actors.json       canonical actors, aliases in any script, people and their affiliation
        event_types.json  triggers and keywords per type, tie-break priority, weights
        outlets.json      outlet names and wire-agency tags

`load_story(folder)` reads and validates the folder once; a bad file is one
`StoryError` line naming the file, the key and what is wrong.  No other module
knows which story it serves: they ask the `Story` for types, labels and colours.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cached_property, lru_cache
from pathlib import Path

from .phrases import MARK, MARKS, WORD

STORIES_DIR = Path(__file__).parent / "stories"
DEFAULT_STORY_DIR = STORIES_DIR / "pakistan-2024"
STORY_FILES = ("story.json", "actors.json", "event_types.json", "outlets.json")
TYPE_NAME = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")
NOUN_OPENS = 1  # words a headline may have before the noun that names a happening alone ("Senate by-elections: ...")
CALENDAR_KEYS = {"date", "about", "words", "needs_a_day", "type", "spoken", "signs", "needs_signs", "not_words", "noun_names"}
WEIGHT_KEYS = ("head", "adjacent", "near", "clause", "sentence", "statement_factor", "actor_hint")
# Types that a file names but the story does not list are drawn, never dropped: grey.
FALLBACK_COLOUR = "#9E9E9E"
# Types that turn into others in a sentence that names one of a list of phrases: the keys
# "<name>_turns", "<name>_phrases" (and "<name>_patterns") and "<name>_lead_words" of event_types.json (and the optional
# "<name>_sides", "<name>_not_words", "<name>_kept_days", "<name>_act_words"; see events.TypeRules.context_turns),
# for each name its "context_turns" lists in order (these by default).
CONTEXT_TURNS = ("office", "government_side", "constitution")


def context_turn_names(data: dict) -> tuple[str, ...]:
    """The names of an event_types.json's context turns, in the order they are tried."""
    return tuple(data.get("context_turns", CONTEXT_TURNS))


class StoryError(Exception):
    """A story folder that cannot be used, in one line: file, key, what is wrong."""


@dataclass(frozen=True)
class EventType:
    name: str
    label: str
    colour: str
    undated: bool = False  # a sentence with no date may report it (dated by publication)


@dataclass(frozen=True)
class TallyWords:
    results_authority: str | None          # the actor whose results are "official" (ECP)
    house_names: tuple[str, ...] = ()      # "National Assembly": words before "seats"


@dataclass(frozen=True)
class KnownDay:
    """A day the story's reports name without its year ("the May 9 riots", "the events of
    November 26"): long after it, a yearless mention of that day means it."""
    day: date
    type: str | None = None  # the happening's type, for a mention that names no act ("the May 9 events")
    about: str = ""
    # Nouns that name this day's happening and no return of it ("the February 8 elections" are the
    # 2024 vote even in a report of the 2025 anniversary's "black day on February 8").
    nouns: tuple[str, ...] = ()
    # Nouns that name this day's happening bare, with no date: what a count is from ("three days after
    # the polls", "عام انتخابات کے دس روز بعد"; not "the Senate polls") in a report of its year, and what
    # its weekday's genitive names on a page with no date ("Thursday's general election").
    bare_nouns: tuple[str, ...] = ()
    bare_not_words: tuple[str, ...] = ()  # a sentence with one speaks of another vote ("the Senate")
    # Other types outlets give the day's happening ("the PM election" typed election on the day the house
    # elected the prime minister): that day, reports of these types are its happening too.
    kin_types: tuple[str, ...] = ()
    # Words one of which a report's sentence holds to be the day's happening whoever it names, on a day of a
    # type much else is done in ("reserved seats" on the day of that verdict: not another court's order).
    act_words: tuple[str, ...] = ()
    # On a page that prints no date: the calendar happenings of this day, one of which a sentence tells in full ("فوجی
    # عدالتوں نے 21 دسمبر کو ... سزا سنائی"): the yearless day in it is theirs (see dates._Context.told_bare).
    happenings: tuple = field(default=(), compare=False, repr=False)


@dataclass(frozen=True)
class CalendarDay:
    """One of the story's main happenings, on its day, with the words that name it: each of
    `words` is a list of alternatives, one of which every sentence that reports it holds (the
    last list names the act, whose clause says whether it is done or to come)."""
    day: date
    about: str
    words: tuple[tuple[str, ...], ...]
    # Only a day named relative to publication ("on Thursday") ties a report to it: its words
    # also name other times ("the general elections" long after the vote).
    needs_a_day: bool = False
    patterns: tuple[re.Pattern, ...] = field(default=(), compare=False, repr=False)
    # The happening's event type, when every report of it has the same: a report of the day that holds
    # its words is that happening whatever other words the sentence has ("told a press conference").
    kind: str | None = None
    # The act is what someone said (a reaction, a confession): "said on Friday that the claims should be
    # investigated" dates it by the saying.
    spoken: bool = False
    # What a page says of this happening only, among those of the same words ("21 seats" of one round of
    # by-elections): regular expressions, which tell them apart when no day does.
    signs: tuple[re.Pattern, ...] = field(default=(), compare=False, repr=False)
    # Words that make a sentence tell of another happening with the same words ("سینیٹ کی 11 نشستوں پر پولنگ" is
    # no polling of the general election).
    not_words: re.Pattern | None = field(default=None, compare=False, repr=False)
    # Its last words are a noun that names it alone ("by-elections"): a day counted from publication that owns them
    # ("What yesterday's by-elections tell us") ties a page to it without the act's words.
    noun_names: bool = False
    # Told apart from a happening of the same words only by its signs: a page that holds none of them is not of it
    # (the Khyber Pakhtunkhwa Assembly's Senate polls of July 2025, against the Senate elections of April 2024).
    needs_signs: bool = False

    def find(self, sentence: str) -> tuple[int, int] | None:
        """The span of the act's words when `sentence` holds a word of every list and none of `not_words`, else None."""
        if self.not_words is not None and self.not_words.search(sentence):
            return None
        span = None
        for pattern in self.patterns:
            found = pattern.search(sentence)
            if found is None:
                return None
            span = found.span()
        return span

    def find_across(self, sentence: str, named_in: str) -> tuple[int, int] | None:
        """The span of the act's words in `sentence` when it holds a word of the last list (the act) and
        `named_in` (the headline, the next sentence) a word of each other list: "A senior bureaucrat ...
        resigned on Saturday, saying ... . Liaquat Ali Chattha, the commissioner of Rawalpindi, told ..."."""
        if len(self.patterns) < 2 or (self.not_words is not None and self.not_words.search(sentence)):
            return None
        noun = self.patterns[-1].search(named_in) if self.noun_names else None
        if noun is not None and len(WORD.findall(named_in, 0, noun.start())) <= NOUN_OPENS \
                and not self.patterns[-1].search(sentence):
            # (the noun that names it alone opening the headline, the act in the sentence: "By-elections on 21 seats:
            # key points" over "Polling for five National Assembly and 16 provincial assembly seats to be held
            # tomorrow"; not a headline of another act that names it, "NA-129 by-election winner to take oath")
            spans = [pattern.search(sentence) for pattern in self.patterns[:-1]]
            return None if None in spans else spans[-1].span()
        if any(pattern.search(named_in) is None for pattern in self.patterns[:-1]):
            return None
        found = self.patterns[-1].search(sentence)
        return found.span() if found else None


def words_pattern(alternatives) -> re.Pattern:
    """Any of `alternatives` as whole words, in any case, spaces matching any run of blanks
    (a hyphen is part of a word: "elections" is not found in "by-elections"), Arabic-script vowel
    marks written or not ("تحریکِ انصاف" is "تحریک انصاف", "نظرِثانی" is "نظرثانی")."""
    ordered = sorted({MARK.sub("", a).strip() for a in alternatives}, key=len, reverse=True)
    # (an acronym keeps its case: "US" is not "us", "PM" not "4 pm")
    body = "|".join((r"(?-i:{})" if ACRONYM.fullmatch(a) else "{}").format(r"\s+".join(
        _any_marks(_any_digits(re.escape(part))) for part in a.split())) for a in ordered)
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)


def _any_marks(pattern: str) -> str:
    """A pattern whose Arabic-script letters may each carry vowel marks ("یومِ" is "یوم")."""
    return ARABIC_LETTER.sub(lambda m: m.group() + f"[{MARKS}]*", pattern)


ARABIC_LETTER = re.compile(r"[\u0621-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff]")


ACRONYM = re.compile(r"[A-Z][A-Z.]{1,5}")


def _any_digits(pattern: str) -> str:
    """A pattern whose digits match in Western and Urdu (Extended Arabic-Indic) figures alike: "26ویں" is
    also "۲۶ویں"."""
    return re.sub(r"[0-9]", lambda m: f"[{m.group()}{chr(0x06F0 + int(m.group()))}]", pattern)  # "US", "U.S.", "PM", "EU", "PTI"


@dataclass(frozen=True, eq=False)
class Story:
    folder: Path
    title: str
    types: tuple[EventType, ...]
    tallies: TallyWords
    actors: dict = field(repr=False)
    event_rules: dict = field(repr=False)
    outlets: dict = field(repr=False)
    fingerprint: str = ""  # of every file of the folder: the cache's key includes it
    known_days: tuple[KnownDay, ...] = ()  # the story's own days ("May 9": the 2023 riots)
    calendar: tuple[CalendarDay, ...] = ()  # its main happenings: the day of a page that prints none
    calendar_not_words: tuple[str, ...] = ()  # a sentence with one tells of another act ("congratulated")
    calendar_return_words: tuple[str, ...] = ()  # "anniversary", "برسی": a page of a yearly return, not the day itself
    # Happenings that last days, on their first ("X remained unreachable for a fourth day"): only a count of their
    # days dates a page by them, so a report of one long after its start ("X is still blocked") dates nothing.
    ongoing: tuple[CalendarDay, ...] = ()
    ongoing_not_words: tuple[str, ...] = ()  # other lasting acts, whose days a sentence may count instead ("hearing")

    def known_day_map(self) -> dict[tuple[int, int], KnownDay]:
        """(month, day) -> the story's day of that month and day."""
        return {(k.day.month, k.day.day): k for k in self.known_days}

    def undated_day_map(self) -> dict[tuple[int, int], KnownDay]:
        """The known days, and the calendar's happenings as days named by their act's words: on a
        page that prints no date, "the Supreme Court's July 12 verdict" is the calendar's July 12.
        A month and day two calendar years share (yearly returns) names neither."""
        days = self.known_day_map()
        by_key: dict[tuple[int, int], list[CalendarDay]] = {}
        for happening in self.calendar:
            by_key.setdefault((happening.day.month, happening.day.day), []).append(happening)
        for key, happenings in by_key.items():
            if len({h.day for h in happenings}) > 1:
                continue
            nouns = tuple(dict.fromkeys(w for h in happenings for w in h.words[-1]))
            known = days.get(key)
            if known is None:
                days[key] = KnownDay(happenings[0].day, None, "; ".join(h.about for h in happenings), nouns,
                                     happenings=tuple(happenings))
            elif not known.nouns and known.day == happenings[0].day:
                # (a known day with no nouns of its own is named by its calendar happening's act words)
                days[key] = replace(known, nouns=nouns)
        return days

    def calendar_type(self, day: str, sentence: str) -> tuple[str, str] | None:
        """The type of the calendar happening a sentence reports on its day, and the words of its act
        ("Chattha resigned on Saturday ...": the confession of rigging), if it has one."""
        for happening in self._typed_calendar.get(day, ()):
            span = happening.find(sentence)
            if span is not None:
                return happening.kind, sentence[span[0]:span[1]]
        return None

    @cached_property
    def return_words_pattern(self) -> re.Pattern | None:
        """`calendar_return_words` as one pattern, built once (asked of every page that prints no date)."""
        return words_pattern(self.calendar_return_words) if self.calendar_return_words else None

    @cached_property
    def _typed_calendar(self) -> dict[str, tuple[CalendarDay, ...]]:
        by_day: dict[str, tuple[CalendarDay, ...]] = {}
        for happening in self.calendar:
            if happening.kind:
                by_day[happening.day.isoformat()] = (*by_day.get(happening.day.isoformat(), ()), happening)
        return by_day

    @property
    def years(self) -> tuple[int, ...]:
        """The years from the story's first own day or calendar happening to its last: where a
        weekday gives a yearless day of a page that prints no date its year, only these are tried
        (February 21 was a Wednesday in 2018 as in 2024)."""
        found = [d.day.year for d in (*self.known_days, *self.calendar)]
        return tuple(range(min(found), max(found) + 1)) if found else ()

    @property
    def type_names(self) -> list[str]:
        return [t.name for t in self.types]

    @property
    def undated_types(self) -> set[str]:
        return {t.name for t in self.types if t.undated}

    def _type(self, name: str) -> EventType | None:
        return next((t for t in self.types if t.name == name), None)

    def label(self, name) -> str:
        found = self._type(str(name))
        return found.label if found else str(name).replace("_", " ")

    def colour(self, name) -> str:
        found = self._type(str(name))
        return found.colour if found else FALLBACK_COLOUR

    def ordered(self, names) -> list[str]:
        """`names` in the story's order; types the story does not list come last, sorted."""
        names = {str(n) for n in names}
        known = [t for t in self.type_names if t in names]
        return known + sorted(names - set(known))

    @property
    def actor_names(self) -> list[str]:
        return [e["name"] for e in self.actors.get("parties", []) + self.actors.get("people", [])]

    @property
    def outlet_names(self) -> list[str]:
        return list(self.outlets.get("outlets", {}))


def _read_json(path: Path) -> dict:
    if not path.is_file():
        raise StoryError(f"{path}: file missing")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise StoryError(f"{path}: not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise StoryError(f"{path}: line {exc.lineno}: not valid JSON ({exc.msg})") from None
    if not isinstance(data, dict):
        raise StoryError(f"{path}: the file must hold a JSON object")
    return data


class _Checker:
    """Small helpers that raise StoryError with the file and key."""

    def __init__(self, path: Path):
        self.path = path

    def fail(self, key: str, problem: str):
        raise StoryError(f"{self.path}: {key}: {problem}")

    def string(self, value, key: str) -> str:
        if not isinstance(value, str) or not value.strip():
            self.fail(key, "must be a non-empty string")
        return value

    def strings(self, value, key: str) -> list[str]:
        if not isinstance(value, list):
            self.fail(key, "must be a list of strings")
        for i, item in enumerate(value):
            self.string(item, f"{key}[{i}]")
        return value

    def day(self, value, key: str) -> date:
        text = self.string(value, key)
        try:
            return date.fromisoformat(text)
        except ValueError:
            self.fail(key, f"'{text}' must be a date such as 2024-03-03")

    def flag(self, value, key: str) -> bool:
        if not isinstance(value, bool):
            self.fail(key, "must be true or false")
        return value

    def entries(self, value, key: str, problem: str, non_empty: bool = False):
        """(key[i], object) for each object of a list, which `problem` describes when it is none."""
        if not isinstance(value, list) or (non_empty and not value):
            self.fail(key, problem)
        for i, entry in enumerate(value):
            yield f"{key}[{i}]", self.obj(entry, f"{key}[{i}]")

    def obj(self, value, key: str) -> dict:
        if not isinstance(value, dict):
            self.fail(key, "must be an object")
        return value


def _check_known_days(data: dict, c, type_names: set[str]) -> tuple[KnownDay, ...]:
    days, seen = [], set()
    for key, entry in c.entries(data.get("known_days", []), "known_days",
                                "must be a list of days, each with a date, a type and what it was (about)"):
        day = c.day(entry.get("date"), f"{key}.date")
        if (day.month, day.day) in seen:
            c.fail(f"{key}.date", "another known day has the same month and day")
        seen.add((day.month, day.day))
        kind = entry.get("type")
        if kind is not None and kind not in type_names:
            c.fail(f"{key}.type", f"'{kind}' is not an event type of this story")
        about = entry.get("about", "")
        if not isinstance(about, str):
            c.fail(f"{key}.about", "must be text (what happened that day)")
        nouns = tuple(c.strings(entry.get("nouns", []), f"{key}.nouns"))
        bare_nouns = tuple(c.strings(entry.get("bare_nouns", []), f"{key}.bare_nouns"))
        bare_not_words = tuple(c.strings(entry.get("bare_not_words", []), f"{key}.bare_not_words"))
        kin_types = tuple(c.strings(entry.get("kin_types", []), f"{key}.kin_types"))
        act_words = tuple(c.strings(entry.get("act_words", []), f"{key}.act_words"))
        for i, kin in enumerate(kin_types):
            if kin not in type_names:
                c.fail(f"{key}.kin_types[{i}]", f"'{kin}' is not an event type of this story")
        if kin_types and kind is None:
            c.fail(f"{key}.kin_types", "a day with kin types needs a type of its own")
        days.append(KnownDay(day, kind, about, nouns, bare_nouns, bare_not_words, kin_types, act_words))
    return tuple(days)


def _check_calendar(data: dict, c, type_names: set[str], section: str = "calendar") -> tuple[CalendarDay, ...]:
    days = []
    for key, entry in c.entries(data.get(section, []), section,
                                "must be a list of happenings, each with a date, what it was (about) and its words"):
        unknown = sorted(set(entry) - CALENDAR_KEYS)
        if unknown:
            c.fail(f"{key}.{unknown[0]}", f"unknown key (known: {', '.join(sorted(CALENDAR_KEYS))})")
        day = c.day(entry.get("date"), f"{key}.date")
        about = c.string(entry.get("about"), f"{key}.about")
        words = entry.get("words")
        if not isinstance(words, list) or not words:
            c.fail(f"{key}.words", "must be a non-empty list of lists of words (one of each list names it)")
        groups = tuple(tuple(c.strings(group, f"{key}.words[{j}]")) for j, group in enumerate(words))
        if not all(groups):
            c.fail(f"{key}.words", "each list must hold at least one word")
        needs_a_day = c.flag(entry.get("needs_a_day", False), f"{key}.needs_a_day")
        kind = entry.get("type")
        if kind is not None and kind not in type_names:
            c.fail(f"{key}.type", f"'{kind}' is not an event type of this story (types above)")
        spoken = c.flag(entry.get("spoken", False), f"{key}.spoken")
        signs = []
        for i, sign in enumerate(c.strings(entry.get("signs", []), f"{key}.signs")):
            try:
                signs.append(re.compile(sign, re.IGNORECASE))
            except re.error as exc:
                c.fail(f"{key}.signs[{i}]", f"not a regular expression ({exc})")
        not_words = tuple(c.strings(entry.get("not_words", []), f"{key}.not_words"))
        noun_names = c.flag(entry.get("noun_names", False), f"{key}.noun_names")
        needs_signs = c.flag(entry.get("needs_signs", False), f"{key}.needs_signs")
        if needs_signs and not signs:
            c.fail(f"{key}.needs_signs", "a happening told apart only by its signs needs some")
        days.append(CalendarDay(day, about, groups, needs_a_day, tuple(words_pattern(g) for g in groups), kind, spoken,
                                tuple(signs), words_pattern(not_words) if not_words else None, noun_names, needs_signs))
    return tuple(days)


def _with_aliases(calendar: tuple[CalendarDay, ...], actors: dict) -> tuple[CalendarDay, ...]:
    """A calendar word that names an actor stands for every name of the actor: a page that spells
    him "Shahbaz" reports the election of the "Shehbaz" the calendar lists."""
    names: dict[str, tuple[str, ...]] = {}
    for entry in [*actors["parties"], *actors.get("people", [])]:
        every = (entry["name"], *entry.get("aliases", []))
        for name in every:
            names.setdefault(name.casefold(), ())
            names[name.casefold()] += every
    days = []
    for day in calendar:
        groups = tuple(tuple(dict.fromkeys(w for word in group for w in (word, *names.get(word.casefold(), ()))))
                       for group in day.words)
        days.append(replace(day, words=groups, patterns=tuple(words_pattern(g) for g in groups)))
    return tuple(days)


def _check_story_file(path: Path) -> tuple[str, tuple[EventType, ...], TallyWords, tuple[KnownDay, ...],
                                           tuple[tuple[CalendarDay, ...], tuple[str, ...], tuple[str, ...],
                                                 tuple[CalendarDay, ...], tuple[str, ...]]]:
    data, c = _read_json(path), _Checker(path)
    title = c.string(data.get("title"), "title")
    types, seen = [], set()
    for key, entry in c.entries(data.get("types"), "types", "must be a non-empty list of event types", non_empty=True):
        name = c.string(entry.get("name"), f"{key}.name")
        if not TYPE_NAME.match(name):
            c.fail(f"{key}.name", f"'{name}' must be lower-case letters, digits and _")
        if name in seen:
            c.fail(f"{key}.name", f"'{name}' is listed twice")
        seen.add(name)
        colour = c.string(entry.get("colour"), f"{key}.colour")
        if not COLOUR.match(colour):
            c.fail(f"{key}.colour", f"'{colour}' must be a colour such as #CC6677")
        undated = c.flag(entry.get("undated", False), f"{key}.undated")
        label = c.string(entry.get("label", name.replace("_", " ")), f"{key}.label")
        types.append(EventType(name, label, colour, undated))
    tallies = c.obj(data.get("tallies", {}), "tallies")
    authority = tallies.get("results_authority")
    if authority is not None:
        c.string(authority, "tallies.results_authority")
    houses = c.strings(tallies.get("house_names", []), "tallies.house_names")
    known = _check_known_days(data, c, seen)
    not_words = tuple(c.strings(data.get("calendar_not_words", []), "calendar_not_words"))
    return_words = tuple(c.strings(data.get("calendar_return_words", []), "calendar_return_words"))
    ongoing_not = tuple(c.strings(data.get("ongoing_not_words", []), "ongoing_not_words"))
    return title, tuple(types), TallyWords(authority, tuple(houses)), known, \
        (_check_calendar(data, c, seen), not_words, return_words, _check_calendar(data, c, seen, "ongoing"), ongoing_not)


def _check_actors(path: Path, type_names: set[str]) -> dict:
    data, c = _read_json(path), _Checker(path)
    names: set[str] = set()
    for key, entry in c.entries(data.get("parties"), "parties", "must be a non-empty list of actors", non_empty=True):
        name = c.string(entry.get("name"), f"{key}.name")
        if name in names:
            c.fail(f"{key}.name", f"'{name}' is listed twice")
        names.add(name)
        c.strings(entry.get("aliases", []), f"{key}.aliases")
        if "holds_seats" in entry:
            c.flag(entry["holds_seats"], f"{key}.holds_seats")
        hint = entry.get("type_hint")
        if hint is not None and hint not in type_names:
            c.fail(f"{key}.type_hint", f"'{hint}' is not an event type of this story")
    for i, entry in enumerate(data.get("people", [])):
        key = f"people[{i}]"
        entry = c.obj(entry, key)
        c.string(entry.get("name"), f"{key}.name")
        c.strings(entry.get("aliases", []), f"{key}.aliases")
        for j, short in enumerate(c.strings(entry.get("short_names", []), f"{key}.short_names")):
            if len(short.split()) != 1:
                c.fail(f"{key}.short_names[{j}]", f"'{short}' must be one word (a surname)")
        party = entry.get("party")
        if party is not None and party not in names:
            c.fail(f"{key}.party", f"'{party}' is not one of the parties listed above")
    not_actors = c.obj(data.get("not_actors", {}), "not_actors")
    c.strings(not_actors.get("phrases", []), "not_actors.phrases")
    return data


def _check_event_rules(path: Path, type_names: set[str]) -> dict:
    data, c = _read_json(path), _Checker(path)
    for section in ("keywords",):
        words = c.obj(data.get(section, {}), section)
        for kind, phrases in words.items():
            if kind not in type_names:
                c.fail(f"{section}.{kind}", f"'{kind}' is not an event type of this story (story.json)")
            c.strings(phrases, f"{section}.{kind}")
    if not data.get("keywords"):
        c.fail("keywords", "must list keywords for at least one type")
    for i, kind in enumerate(c.strings(data.get("priority", []), "priority")):
        if kind not in type_names:
            c.fail(f"priority[{i}]", f"'{kind}' is not an event type of this story (story.json)")
    roles = c.obj(data.get("roles"), "roles")
    for role in ("speech", "foreign_reaction", "fallback"):
        if roles.get(role) not in type_names:
            c.fail(f"roles.{role}", f"'{roles.get(role)}' is not an event type of this story (story.json)")
    for role in ("actions", "shared", "weak", "said", "said_about", "said_before"):
        for i, kind in enumerate(c.strings(roles.get(role, []), f"roles.{role}")):
            if kind not in type_names:
                c.fail(f"roles.{role}[{i}]", f"'{kind}' is not an event type of this story (story.json)")
    for kind, family in c.obj(roles.get("compatible", {}), "roles.compatible").items():
        if kind not in type_names or family not in type_names:
            c.fail(f"roles.compatible.{kind}", "both sides must be event types of this story (story.json)")
    for section in ("verbs", "nouns", "doers", "gathering_doers"):
        for kind, phrases in c.obj(data.get(section, {}), section).items():
            if kind not in type_names:
                c.fail(f"{section}.{kind}", f"'{kind}' is not an event type of this story (story.json)")
            seen: set[str] = set()
            for i, phrase in enumerate(c.strings(phrases, f"{section}.{kind}")):
                if phrase in seen:
                    c.fail(f"{section}.{kind}[{i}]", f"'{phrase}' is listed twice")
                if not _flat_groups(phrase):
                    c.fail(f"{section}.{kind}[{i}]", f"'{phrase}': a group inside a group, or an unclosed one (write "
                                                     "each reading as its own phrase)")
                seen.add(phrase)
    names = c.strings(data.get("context_turns", list(CONTEXT_TURNS)), "context_turns")
    for name in names:
        for kind, turned in c.obj(data.get(f"{name}_turns", {}), f"{name}_turns").items():
            if kind not in type_names or turned not in type_names:
                c.fail(f"{name}_turns.{kind}", "both sides must be event types of this story (story.json)")
        c.strings(data.get(f"{name}_phrases", []), f"{name}_phrases")
        for i, pattern in enumerate(c.strings(data.get(f"{name}_patterns", []), f"{name}_patterns")):
            try:
                re.compile(pattern)
            except re.error as exc:
                c.fail(f"{name}_patterns[{i}]", f"not a regular expression ({exc})")
        c.strings(data.get(f"{name}_lead_words", []), f"{name}_lead_words")
        c.strings(data.get(f"{name}_sides", []), f"{name}_sides")
        c.strings(data.get(f"{name}_not_words", []), f"{name}_not_words")
        c.strings(data.get(f"{name}_act_words", []), f"{name}_act_words")
        for i, day in enumerate(c.strings(data.get(f"{name}_kept_days", []), f"{name}_kept_days")):
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", day):
                c.fail(f"{name}_kept_days[{i}]", "must be a day, YYYY-MM-DD")
    c.strings(data.get("manner_phrases", []), "manner_phrases")
    c.strings(data.get("denial_words", []), "denial_words")
    c.strings(data.get("said_nouns", []), "said_nouns")
    c.strings(data.get("joint_markers", []), "joint_markers")
    c.strings(data.get("body_nouns", []), "body_nouns")
    c.strings(data.get("body_openers", []), "body_openers")
    c.strings(data.get("body_call_words", []), "body_call_words")
    c.strings(data.get("date_adverb_openers", []), "date_adverb_openers")
    c.strings(data.get("deal_announcing_words", []), "deal_announcing_words")
    c.strings(data.get("back_announcements", []), "back_announcements")
    c.strings(data.get("back_announcement_breaks", []), "back_announcement_breaks")
    c.strings(data.get("back_announcement_forward", []), "back_announcement_forward")
    c.strings(data.get("announcing_blockers", []), "announcing_blockers")
    c.strings(data.get("tenure_words", []), "tenure_words")
    c.strings(data.get("circumstance_phrases", []), "circumstance_phrases")
    c.strings(data.get("circumstance_closers", []), "circumstance_closers")
    c.strings(data.get("circumstance_openers", []), "circumstance_openers")
    c.strings(data.get("circumstance_pronouns", []), "circumstance_pronouns")
    for kind, turned in c.obj(data.get("tour_turns", {}), "tour_turns").items():
        if kind not in type_names or turned not in type_names:
            c.fail(f"tour_turns.{kind}", "both sides must be event types of this story (story.json)")
    c.strings(data.get("tour_words", []), "tour_words")
    c.strings(data.get("tour_not_places", []), "tour_not_places")
    c.strings(data.get("tour_blockers", []), "tour_blockers")
    c.strings(data.get("joint_nouns", []), "joint_nouns")
    c.strings(data.get("gathering_verbs", []), "gathering_verbs")
    for key, words in c.obj(data.get("gathering_doer_breaks", {}), "gathering_doer_breaks").items():
        if key not in ("part_of", "own_after_of", "foreign_before"):
            c.fail(f"gathering_doer_breaks.{key}", "unknown key (part_of, own_after_of, foreign_before)")
        c.strings(words, f"gathering_doer_breaks.{key}")
    foreign = c.obj(data.get("foreign", {}), "foreign")
    for key in ("words", "trip_words", "private_trip_words", "domestic_words", "violence_words", "force_words"):
        c.strings(foreign.get(key, []), f"foreign.{key}")
    for key in ("lead_turns", "sentence_turns"):
        for i, name in enumerate(c.strings(data.get(key, []), key)):
            if name not in names or not data.get(f"{name}_turns"):
                c.fail(f"{key}[{i}]", f"'{name}' is not a context turn of this file ({', '.join(names)})")
    c.strings(data.get("setting_nouns", []), "setting_nouns")
    markers = c.obj(data.get("setting_markers", {}), "setting_markers")
    for key in sorted(set(markers) - {"before", "after"}):
        c.fail(f"setting_markers.{key}", "unknown key (known: after, before)")
    c.strings(markers.get("after", []), "setting_markers.after")
    c.strings(data.get("setting_breaks", []), "setting_breaks")
    for key, words in (("setting_markers.before", markers.get("before", [])), ("during_words", data.get("during_words", []))):
        for i, word in enumerate(c.strings(words, key)):
            if len(word.split()) != 1:
                c.fail(f"{key}[{i}]", f"'{word}' must be one word")
    participles = c.obj(data.get("adjective_before", {}), "adjective_before")
    for key in ("words", "after"):
        c.strings(participles.get(key, []), f"adjective_before.{key}")
    adjectives = c.obj(data.get("name_adjectives", {}), "name_adjectives")
    for key in ("words", "before", "name_openers"):
        c.strings(adjectives.get(key, []), f"name_adjectives.{key}")
    for key in ("announced_on_types", "announced_by_types", "purpose_types", "assembly_purpose_types", "calendar_kept_types"):
        for i, kind in enumerate(c.strings(data.get(key, []), key)):
            if kind not in type_names:
                c.fail(f"{key}[{i}]", f"'{kind}' is not an event type of this story (story.json)")
    weights = c.obj(data.get("weights"), "weights")
    for key in WEIGHT_KEYS:
        if not isinstance(weights.get(key), (int, float)) or isinstance(weights.get(key), bool):
            c.fail(f"weights.{key}", "must be a number")
    return data


def _check_outlets(path: Path) -> dict:
    data, c = _read_json(path), _Checker(path)
    for name, spellings in c.obj(data.get("outlets"), "outlets").items():
        c.strings(spellings, f"outlets.{name}")
    for tag, name in c.obj(data.get("wire_tags", {}), "wire_tags").items():
        c.string(name, f"wire_tags.{tag}")
    return data


def _fingerprint(folder: Path) -> str:
    digest = hashlib.sha1()
    for name in STORY_FILES:
        path = folder / name
        digest.update(name.encode() + b"\0" + (path.read_bytes() if path.is_file() else b"") + b"\0")
    return digest.hexdigest()


def load_story(folder: str | Path | None = None) -> Story:
    """The validated story of a folder (default: the Pakistan 2024 story shipped here)."""
    folder = Path(folder) if folder else DEFAULT_STORY_DIR
    if not folder.is_dir():
        raise StoryError(f"{folder}: story folder not found")
    title, types, tallies, known, (calendar, not_words, return_words, ongoing, ongoing_not) = \
        _check_story_file(folder / "story.json")
    names = {t.name for t in types}
    actors = _check_actors(folder / "actors.json", names)
    rules = _check_event_rules(folder / "event_types.json", names)
    outlets = _check_outlets(folder / "outlets.json")
    if tallies.results_authority and tallies.results_authority not in {
            e["name"] for e in actors["parties"]}:
        raise StoryError(f"{folder / 'story.json'}: tallies.results_authority: "
                         f"'{tallies.results_authority}' is not an actor of actors.json")
    return Story(folder.resolve(), title, types, tallies, actors, rules, outlets, _fingerprint(folder), known,
                 _with_aliases(calendar, actors), not_words, return_words, _with_aliases(ongoing, actors), ongoing_not)


@lru_cache(maxsize=1)
def default_story() -> Story:
    return load_story(DEFAULT_STORY_DIR)


def _flat_groups(phrase: str) -> bool:
    """Whether a trigger phrase's "(a|b)" groups are closed and none holds another (the matcher reads one level)."""
    depth = 0
    for ch in phrase:
        depth += ch == "("
        depth -= ch == ")"
        if depth > 1 or depth < 0:
            return False
    return depth == 0
