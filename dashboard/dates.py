"""Date expressions in text: found by patterns built from a language's word lists
(`dashboard/languages/<code>/`), resolved against the publication date, or against the
last date the narrative set, by our own rules.

The engine knows no language: month names, weekdays, relative-day words, number words,
units and tense markers all come from the language folders; the article's language and
the script of the text choose which.  `search_dates` over whole texts is not used: it
reads "We" as a Wednesday and "Su-57" as 1957.  A candidate must look like a date, and
only a normalized candidate string goes to dateparser.

Each mention carries the period it covers (`date_start`..`date_end`, ISO days), whether
the clause that governs it speaks of the future as of publication (`status`), and the
date a relative expression was resolved against (`anchor`, `anchor_from`).
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from functools import lru_cache
from re import _constants as _sre_constants  # the parse tree read by needs_digit
from re import _parser as _sre_parser

from dateparser.date import DateDataParser

from . import languages
from .phrases import WORD
from .sentences import split_sentences

DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")
URDU_DIGITS = DIGITS  # the old name, kept for importers
ABSOLUTE_KINDS = {"iso", "mdy", "dmy", "md", "dm", "md_range", "dm_range", "range", "numeric"}
# How specific a reading is: overlapping candidates keep the most specific, then the longest
# ("in January 12 by-polls" is January 12, not "in January").
PRECISION_RANK = {"day": 3, "week": 2, "month": 1, "year": 0}
PRECISIONS = tuple(PRECISION_RANK)
NOT_LETTER = r"(?![^\W\d_])"
WORD_START = r"(?<![\w])"
WORD_END = r"(?![\w])"
PUNCT_BREAK = r"[.;:!?\n۔؟،]"
# All-number dates: "20/02/2024", "20-02-2024", "20.02.2024", "2/20/2024", "20/02/24"; and year first,
# "2024/02/20".  The same separator twice and a year are required, so "2/3 majority", "Article 63-A",
# scores ("2-1"), times ("10.15") and phone numbers (digits run on) are no dates; a two-digit year
# only after "/" or "-" ("5.2.10" is a section number).
NUMERIC_EDGE = r"(?<![\w/.:+-])"
NUMERIC_END = r"(?![\w/-]|[.,:]\d)"
NUMERIC_DATE = (rf"{NUMERIC_EDGE}(?P<a>[0-3]?\d)(?P<sep>[/.-])(?P<b>[0-3]?\d)(?P=sep)"
                rf"(?P<year>(?:19|20)\d{{2}}|(?<=[/-])\d{{2}}){NUMERIC_END}")
NUMERIC_YMD = rf"{NUMERIC_EDGE}(?P<year>(?:19|20)\d{{2}})(?P<sep>[/.])(?P<month>[01]?\d)(?P=sep)(?P<day>[0-3]?\d){NUMERIC_END}"


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    kind: str
    value: str | None           # YYYY-MM-DD, YYYY-MM or YYYY; a week's Monday; None when unresolved
    precision: str | None       # day | week | month | year
    problem: str | None = None  # plain words when value is None
    date_start: str | None = None   # ISO first day covered (narrowed for "mid-March")
    date_end: str | None = None     # ISO last day covered (a range's last day)
    status: str | None = None       # happened | planned (future as of publication)
    anchor: str | None = None       # ISO date a relative expression was resolved against
    anchor_from: str | None = None  # publication | narrative (None for absolute dates)
    language: str | None = None     # the language whose words matched
    last_sentence: bool = False     # whether it lies in the last sentence of the text it was found in
    names_happening: bool = False   # part of a name ("the February 8 polls"): sets no narrative time
    story_type: str | None = None   # a yearless mention, long after, of one of the story's own days: its type
    day_type: str | None = None     # the type of the story's own day this date is, long after it (a fallback)
    own_day_type: str | None = None  # the type of the story's own day this date is, at any distance

    def as_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text, "value": self.value,
                "date_start": self.date_start, "date_end": self.date_end, "precision": self.precision, "status": self.status,
                "anchor": self.anchor, "anchor_from": self.anchor_from,
                **({"problem": self.problem} if self.problem else {})}


# --- parsing with dateparser ----------------------------------------------------

_parser = DateDataParser(languages=["en"], settings={
    # Day-month strings without a year are parsed in a leap year so that
    # "29 February" is valid; the year itself is chosen by our rules.
    "RELATIVE_BASE": datetime(2024, 1, 1), "PREFER_DAY_OF_MONTH": "first",
    "RETURN_AS_TIMEZONE_AWARE": False})


@lru_cache(maxsize=8192)
def parse_date_string(text: str) -> date | None:
    """Parse one normalized candidate such as '8 February 2024'; None if impossible."""
    try:
        data = _parser.get_date_data(text)
    except (ValueError, OverflowError):
        return None
    return data.date_obj.date() if data and data.date_obj else None


def calendar_day(day: int, month: int, year: str | int | None = None) -> date | None:
    """The date of a day, month and year, as dateparser reads "8 February 2024" (or "8 February",
    in a leap year so that "29 February" is valid), without its cost: a few milliseconds a
    string.  Worked out here for every day 0-40, month and year 1800-2099 (the reading was
    checked equal to dateparser's over that whole range, including its one oddity: a day past 31
    without a year, "32 January", is read as a year, January 2032); dateparser reads the rest."""
    if 0 <= day <= 40 and (year is None or 1800 <= int(year) <= 2099):
        if year is None and day > 31:
            return date(2000 + day, month, 1)
        try:
            return date(int(year) if year is not None else 2024, month, day)
        except ValueError:
            return None
    return parse_date_string(f"{day} {_english_month(month)}" + (f" {year}" if year is not None else ""))


# --- patterns built from a language's lists -------------------------------------

def _alt(words, case_sensitive: bool = False) -> str:
    """A regex alternation of phrases, longest first; inner spaces match any spacing.
    Case-sensitive names match Capitalised and UPPER forms only (lower-case "may" and
    "march" are no months)."""
    forms = set()
    for word in words:
        if case_sensitive:
            forms.update({word[:1].upper() + word[1:], word.upper()})
        else:
            forms.add(word)
    if not forms:
        return r"(?!x)x"  # matches nothing
    ordered = sorted(forms, key=len, reverse=True)
    body = _trie(ordered, fold=not case_sensitive) or "|".join(r"\s+".join(map(re.escape, f.split())) for f in ordered)
    # A look at the first letter skips most positions at once: Python's re tries every
    # alternative at every position otherwise.
    firsts = {f[0] for f in forms} | ({f[0].swapcase() for f in forms} if not case_sensitive else set())
    guard = "(?=[" + "".join(sorted(re.escape(ch) for ch in firsts)) + "])"
    return f"{guard}(?:{body})" if case_sensitive else f"{guard}(?i:{body})"


_SPACE, _END = " ", ""  # trie keys: the spacing between words, the end of a phrase


def _trie(phrases: list[str], fold: bool) -> str | None:
    """The alternation of phrases (longest first) as a trie: "to(?:day|morrow)" rather than
    "today|tomorrow", so that a position is tried once per shared beginning, not once per phrase
    (Python's re tries alternatives one by one).  It matches what the flat alternation matches:
    phrases that can match at one position are a phrase and its longer continuations, and the
    trie tries the longer first, as the flat list does; phrases that part ways cannot both
    match.  None (keep the flat list) where that could fail: uneven inner spacing, or with
    `fold` (case-insensitive) a letter whose case has more than two forms outside ASCII."""
    root: dict = {}
    for phrase in phrases:
        words = phrase.split()
        if len(phrase) != len(" ".join(words)):
            return None
        if fold:
            if any(not (ch.isascii() or ch.lower() == ch.upper()) for ch in phrase):
                return None
            words = [w.lower() for w in words]
        node = root
        for i, word in enumerate(words):
            if i:
                node = node.setdefault(_SPACE, {})
            for ch in word:
                node = node.setdefault(ch, {})
        node[_END] = {}

    def emit(node: dict) -> str:
        parts = [(r"\s+" if key == _SPACE else re.escape(key)) + emit(child)
                 for key, child in node.items() if key != _END]
        if _END in node:
            return f"(?:{'|'.join(parts)}|)" if parts else ""  # the phrase may end here: after the longer ones
        return parts[0] if len(parts) == 1 else f"(?:{'|'.join(parts)})"

    return emit(root)


@dataclass
class _Engine:
    """Compiled patterns and lookup tables of one language."""

    code: str
    data: dict
    patterns: list[tuple[str, re.Pattern, str]]   # kind, pattern, gate
    gates: dict[str, re.Pattern]
    month_of: dict[str, int]
    weekday_of: dict[str, int]
    future: re.Pattern
    future_endings: tuple[str, ...]
    past_before: re.Pattern | None
    past_after: re.Pattern | None
    past_anywhere: re.Pattern | None
    past_after_subject: re.Pattern | None  # a subject of up to four words, then a past verb (verb-near languages)
    clause_break: re.Pattern
    cut_after: re.Pattern
    range_gap: re.Pattern
    not_dates: re.Pattern | None
    quantity: re.Pattern | None
    list_gap: re.Pattern
    opener_before: re.Pattern
    approximate: re.Pattern       # "nearly", "about" before a count
    postpone: re.Pattern          # a verb that moves an event to a later date ("adjourned")
    target_before: re.Pattern     # "until " / "to " right before a date, or at its start
    target_after: re.Pattern      # Urdu "تک" right after a date
    past_perfect_before: re.Pattern  # "had " / "had been " right before a future marker
    relative: re.Pattern          # "who" / "which" opening a relative clause
    holiday_of: dict[str, str]    # a holiday's name without spaces or hyphens -> "MM-DD" or a movable key
    holiday_open: re.Pattern      # "after Eid", "عید کے بعد": a holiday that bounds a time, dating nothing on it
    since: re.Pattern             # "since " right before a date: the date lies in the past
    since_start: re.Pattern       # "since" opening the mention itself ("since May 2023")
    background_before: re.Pattern  # "the " before "February 8 polls", "elections held in Pakistan on " before a date
    background_after: re.Pattern   # " polls" after "the February 8"; Urdu "کو ہونے والے" ("held on")
    next_clause: re.Pattern        # ", and" / " but" / " after" after a date: where another clause begins
    reported_by: re.Pattern        # "told reporters in Lahore " right before a date: the reporting verb governs it
    # Worked out once here rather than at every mention:
    units_of: dict[str, str] = None  # a unit word, lower-case -> day | week | month | year
    genitive_after: re.Pattern = None  # a genitive right after a date ("کل کا")
    coming_before: re.Pattern = None  # "came " right before a count: "came a day after the party alleged"
    vote_after: re.Pattern = None     # a vote's noun after a day: "Sunday's by-elections" (see names_a_vote)
    vote_before: re.Pattern = None    # ... or before it: "by-elections held on Sunday"
    vote_day_open_before: re.Pattern = None  # "after polling day": a bound, no day (see _resolve_vote_day)
    vote_day_open_after: re.Pattern = None   # "پولنگ کے روز کے بعد"
    vote_day_of: re.Pattern | None = None    # "the eve of polling day": a day counted from it
    clause_join_end: re.Pattern = None       # up to the last comma or "and" before a date (see opens_done)
    designated_after: re.Pattern = None      # " as" after a date: a day named for something (see done_right_before)
    attribution_end: re.Pattern = None       # ", the ECP said." after a date (see opens_done)
    range_follows: re.Pattern = None         # "till", "to" right after a day (see _relday_named)
    vote_day_modifies: re.Pattern = None     # "polling day staff" (see _resolve_vote_day)
    determiner_before: re.Pattern = None     # "the " right before a day ("the Sunday by-elections")
    topic_link_end: re.Pattern = None        # "... over the ": what an act is about follows (see _merge_counts)
    vote_day_named: re.Pattern = None        # "election day is November 5", "polling day Thursday": named by that date
    reporting_verb: re.Pattern = None  # "said", "told" anywhere
    needs_digit: tuple[bool, ...] = ()  # for each of `patterns`, whether every match of it holds a digit
    _tables: dict = field(default_factory=dict, repr=False)  # list or table name -> {phrase key: value}

    def lookup(self, key: str, phrase: str):
        """The value of `phrase` in the language's table `key` ("last" in `modifiers` is -1), case
        and spacing aside; True for a phrase of a list ("after" in `count_prepositions`); None when
        it is not there.  Each table is keyed once, at its first use."""
        table = self._tables.get(key)
        if table is None:
            words = self.data[key]
            table = {}
            for word, value in (words.items() if isinstance(words, dict) else ((w, True) for w in words)):
                table.setdefault(_phrase_key(word), value)  # the first spelling wins, as listed
            self._tables[key] = table
        return table.get(_phrase_key(phrase))

    def has(self, key: str, phrase: str) -> bool:
        """Whether `phrase` is in the language's list or table `key`, case and spacing aside."""
        return self.lookup(key, phrase) is not None


@lru_cache(maxsize=16)
def engine(code: str) -> _Engine:
    d = languages.load(code).data
    cs = d["case_sensitive_names"]
    month_names = _alt(d["months"], cs)
    # Only an abbreviation takes a full stop ("Feb. 8"); "in April." ends a sentence.
    abbreviations = [n for n in d["months"] if any(o != n and o.startswith(n) for o in d["months"])]
    month_alt = rf"{_alt(abbreviations, cs)}\.|{month_names}" if cs and abbreviations else month_names
    weekday_names = _alt([n for names in d["weekdays"] for n in names], cs)
    # Urdu "28 ستمبرکو": a one-word postposition written onto the month's name.
    glued = [w for w in {*d["day_postpositions"], *d["month_postpositions"]} if " " not in w]
    MON = rf"(?P<mon>{month_alt})(?:{NOT_LETTER}|(?=(?:{_alt(glued)}){WORD_END}))" if glued else \
        rf"(?P<mon>{month_alt}){NOT_LETTER}"
    WD = rf"(?P<wd>{weekday_names}){NOT_LETTER}"
    ORD = _alt(d["ordinal_suffixes"])
    DAY = rf"(?P<day>[0-3]?\d)(?:{ORD})?(?!\d)"
    # A day written as a word before its month (Urdu "نو مئی", "چھ فروری"): day-first forms only.
    WDAY = rf"(?:(?P<day>[0-3]?\d)(?:{ORD})?(?!\d)|{WORD_START}(?P<dayw>{_alt(d['day_words'])}))" if d["day_words"] else DAY
    DAY2 = rf"(?P<day2>[0-3]?\d)(?:{ORD})?(?!\d|:\d)"
    MIDDLE = rf"(?:\s*,\s*[0-3]?\d(?:{ORD})?(?!\d))+"  # the middle days of a list: "10, 11 and 12"
    YSUF = rf"(?:\s*{_alt(d['year_suffixes'])})?" if d["year_suffixes"] else ""
    # (a scraped byline may run the time into the year: "February 19, 20249:41 AM")
    YEAR = rf"(?P<year>(?:1[89]|20)\d{{2}})(?:(?![\d/-]|[.,]\d)|(?=[0-2]?\d:[0-5]\d)){YSUF}"
    YEAR_SPAN = (r"(?<![\d,.])(?P<year>(?:1[89]|20)\d{{2}})(?:\s*ء)?\s*(?P<conn>{conn})\s*"
                 r"(?P<year2>(?:1[89]|20)\d{{2}}|\d{{2}})(?![\d/:-]|[.,]\d)(?:\s*ء)?")
    # a year after its noun: not one of a kind the year holds many of ("by-election 2024", "ضمنی
    # انتخابات 2024"), and, where the language lists them, only before the words a year may stand
    # before (Urdu "انتخابات 2000 پولنگ اسٹیشنوں" is a count of polling stations)
    NOT_BLOCKED = "".join(rf"(?<!(?i:{re.escape(b)})[ -])" for b in d["year_noun_blockers"])
    YEAR_FOLLOWS = (rf"(?=\s*(?:[,.;:!?)\]'\"”’۔،]|$)|\s+{_alt(d['year_noun_followers'])}{WORD_END})"
                    if d["year_noun_followers"] else "")
    AFTER_NO_YEAR_NOUN = "".join(rf"(?<!(?i:{re.escape(n)}) )" for n in d["year_nouns"])
    # a year's place in a name: after a determiner ("the", "a"), before words of the name that are capitalised or
    # hyphenated and no function words ("the 1991 Water Apportionment Accord", "a 1991 water-sharing accord")
    AFTER_DETERMINER = "(?:" + "|".join(rf"(?<=(?<![\w-])(?i:{re.escape(w)})\s)" for w in d["year_name_determiners"]) + ")"
    NAME_WORD = (rf"(?!{_alt([*d['function_words'], *d['determiners']])}{WORD_END})"
                 r"(?:[^\W\d_a-z][\w-]*|[^\W\d]\w*-[\w-]+)")
    JOIN = rf"(?:{_alt(d['day_month_joiners'])}\s+)?"
    # "in February of 2024": American copy's month and year
    MYJOIN = rf"(?:{_alt(d['month_year_joiners'])}\s+)?" if d.get("month_year_joiners") else ""
    WD_PREFIX = rf"(?:{WD},?\s+(?:the\s+)?)?"
    DPREP = _alt(d["day_prepositions"])
    MPREP = _alt(d["month_prepositions"])
    MODS = _alt(d["modifiers"])
    PARTS = _alt(d["parts_of_month"])
    YREL = _alt(d["year_relatives"])
    POSS = _alt(d["possessives"])
    CONN = _alt(d["range_connectors"])
    LIST = _alt(d["list_connectors"])
    OPEN = _alt(d["range_openers"])
    units = d["units"]
    UNITS = _alt(units)
    WEEK_UNITS = _alt([u for u, kind in units.items() if kind == "week"])
    LONG_UNITS = _alt([u for u, kind in units.items() if kind in ("month", "year")])
    NUM = rf"(?P<n>\d{{1,3}}|{_alt(d['number_words'])})"
    # ("seven working days": days of work only)
    WORKING = rf"(?:(?P<working>{_alt(d['working_day_words'])})\s+)?" if d.get("working_day_words") else ""
    DPOST = _alt([*d["day_postpositions"], *d.get("day_bound_postpositions", [])])
    MPOST = _alt(d["month_postpositions"])
    PART_OF_DAY = _alt(d["parts_of_day"])
    AMODS = _alt(d["anchor_weekday_modifiers"])
    HOLIDAYS = _holiday_alt([*d["fixed_holidays"], *d["movable_holidays"]])
    B0, B1 = WORD_START, WORD_END

    P = [
        ("iso", r"(?<![\d-])(?P<year>(?:19|20)\d{2})-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?![\d-])", "iso"),
        ("numeric", NUMERIC_DATE, "numeric"),
        ("numeric", NUMERIC_YMD, "numeric"),
        ("mdy", rf"{WD_PREFIX}{MON}\s*{DAY},?\s*{YEAR}", "month"),
        # "17-Feb-24", "17-Feb-2024", "Feb-17-2024": hyphenated forms of record headers and captions.
        ("dmy", rf"(?<![\w.-]){DAY}-{MON}-(?P<year>(?:1[89]|20)\d{{2}}|\d{{2}})(?![\w-])", "month"),
        ("mdy", rf"(?<![\w-]){MON}-{DAY}-(?P<year>(?:1[89]|20)\d{{2}}|\d{{2}})(?![\w-])", "month"),
        ("dmy", rf"{WD_PREFIX}(?<![\d.,]){WDAY}\s*{JOIN}{MON}(?:\s*،)?,?\s*{YEAR}", "month"),
        # "February 10, 11 and 12": the days between the first and the last listed too (the list
        # ends the phrase: "on February 8, 10 and 20 people were arrested" is one day and two counts).
        ("md_range", rf"(?:{B0}(?:{OPEN})\s+)?{MON}\s*{DAY}{MIDDLE}\s*(?:{CONN}|{LIST})\s*{DAY2}"
                     rf"(?=\s*[,.;:!?)]|\s*$|,?\s*(?:1[89]|20)\d{{2}})(?:,?\s*{YEAR})?", "month"),
        ("md_range", rf"(?:{B0}(?:{OPEN})\s+)?{MON}\s*{DAY}\s*(?:{CONN}|{LIST})\s*{DAY2}(?!\s*(?:{ORD})?\s*(?::\d|%))"
                     rf"(?:,?\s*{YEAR})?", "month"),
        ("dm_range", rf"(?:{B0}(?:{OPEN})\s+)?(?<![\d.,:]){DAY}(?:{MIDDLE})?\s*(?:{CONN}|{LIST})\s*{DAY2}\s+{JOIN}{MON}"
                     rf"(?:,?\s*{YEAR})?", "month"),
        # "August 14 last year": the year relative to publication belongs to the day.
        ("md", rf"{WD_PREFIX}{MON}\s*{DAY}(?!:\d|\s*-\s*\d)(?:,?\s+(?P<rel>{YREL}){B1})?", "month"),
        ("dm", rf"{WD_PREFIX}(?<![\d.,:]){WDAY}\s*{JOIN}{MON}(?:,?\s+(?P<rel>{YREL}){B1})?", "month"),
        # "March-April 2022": the period from the first month to the end of the second.
        ("my", rf"(?:{B0}(?P<prep>{MPREP})\s+)?(?:(?P<mod>{PARTS})[\s-]*)?(?:(?P<mon0>{month_names})\s*[-–/]\s*)?"
               rf"{MON},?\s+{MYJOIN}{YEAR}", "month"),
        ("m", rf"{B0}(?P<prep>{MPREP}|{MODS})\s+(?:(?P<mod>{PARTS})[\s-]*)?{MON}(?:,?\s+(?P<rel>{YREL}))?", "month"),
        ("m", rf"{B0}(?P<mod>{PARTS})[\s-]*{MON}(?:,?\s+(?P<rel>{YREL}))?", "month"),
        ("m", rf"{MON},?\s+(?P<rel>{YREL}){B1}", "month"),
        *([("m", rf"{MON}\s+(?P<post>{MPOST}){B1}", "month")] if d["month_postpositions"] else []),
        # A month as the adjective of a vote: "the February polls", "February's vote".
        *([("m", rf"{MON}(?P<poss>{POSS})?(?=\s+{_alt(d['month_nouns'])}{B1})", "month")] if d["month_nouns"] else []),
        # (not a clock time: "counted by 1830 GMT")
        # "between 2008 and 2013", "from 2008-13", "in 2012-13", "2022 سے 2023 کے دوران": the years from
        # the first to the second, after an opener or a preposition, or before a year's postposition
        # (not a list: "the 2013 and 2018 elections").
        ("y", rf"{B0}(?P<prep>{OPEN})\s+{YEAR_SPAN.format(conn=f'{CONN}|{LIST}')}", "year"),
        ("y", rf"(?:{B0}(?P<prep>{DPREP}|{MPREP})\s+)?{YEAR_SPAN.format(conn=CONN)}"
              + (rf"(?=\s*(?P<post>{_alt([*d['year_postpositions'], *d['target_prepositions']])}){B1})?"
                 if d["year_postpositions"] else ""), "year"),
        ("y", rf"{B0}(?P<prep>{DPREP}|{MPREP})\s+(?:(?P<mod>{PARTS})\s*)?{YEAR}(?!\s*{CLOCK_ZONES})", "year"),
        ("y", rf"(?<![\d,.])(?:the\s+)?{YEAR}(?=\s+{_alt(d['year_nouns'])}{B1})", "year"),
        # "the 1991 Water Apportionment Accord": up to three words of a name between the year and its noun, not a
        # clause's ("the 1973 Constitution requires elections", "the 2017 law governs elections")
        *([("y", rf"{AFTER_DETERMINER}{YEAR}(?=(?:\s+{NAME_WORD}){{1,3}}\s+{_alt(d['year_nouns'])}{B1})", "year")]
          if d["year_name_determiners"] else []),
        # Urdu "2013ء میں", "2018 سے": a year before its postposition.
        # (after an election noun, the form above reads it: "ضمنی انتخابات 2024 میں" is no year's vote)
        # (not a round hundred, "2000 میں فروخت" is a price; nor "2050 میں سے", out of 2050)
        *([("y", rf"(?<![\d,.]){AFTER_NO_YEAR_NOUN}{B0}(?P<year>(?:1[89]|20)(?!00)\d{{2}})(?![\d/-]|[.,]\d)(?:\s*ء)?"
                 rf"(?=\s*(?P<post>{_alt(d['year_postpositions'])}){B1}(?!\s*{_alt(d['range_connectors'])}))", "year")]
          if d["year_postpositions"] else []),
        # "the General Elections 2024", "Elections-2024", "عام انتخابات 2024": the year after its noun
        # (a lookbehind each, so the mention stays the year and the noun stays the trigger's; not
        # "by-election 2024": one of that year's many, not the year's election).
        *([("y", "(?:" + "|".join(rf"(?<=(?<![\w-]){NOT_BLOCKED}(?i:{re.escape(n)})[ -])" for n in d["year_nouns"])
                + rf"){YEAR}{YEAR_FOLLOWS}", "year")] if d["year_nouns"] else []),
        ("weekday", rf"(?:{B0}(?P<wmod>{MODS}|{DPREP})\s+)?(?:{B0}(?P<amod>{AMODS})\s+)?{WD}(?P<poss>{POSS})?"
                    rf"(?:\s+(?P<part>{PART_OF_DAY}){B1})?(?:\s+(?P<post>{DPOST}){B1})?", "weekday"),
        ("relday", rf"{B0}(?P<rel>{_alt(d['relative_days'])}|{_alt(d['tense_relative_days'])})(?P<poss>{POSS})?{B1}",
         "rel"),
        ("anchorday", rf"{B0}(?P<rel>{_alt(d['anchor_days'])}){B1}", "rel"),
        # "the week before", "later that week", "the following month": a period next to the narrative's date.
        ("anchorperiod", rf"{B0}(?P<rel>{_alt(d['anchor_periods'])}){B1}", "rel"),
        # "on Eid", "Eid-ul-Fitr", "Pakistan Day", "یوم آزادی": a holiday is its day.
        # "after"/"before" stay out of the mention: "two days after Eid" counts from Eid.
        # "on the second day of Eid", "عید کے دوسرے روز": a day counted within the holiday.
        ("holiday", rf"{B0}(?:(?!(?:{_alt(d['count_prepositions'])})\s)(?P<prep>{DPREP}|{MPREP})\s+)?"
                    rf"(?:(?P<nth>{_alt(d['day_of_before'])})\s+)?(?:the\s+)?"
                    rf"(?P<hol>{HOLIDAYS})(?:,?\s+{YEAR})?(?:\s+(?P<nth2>{_alt(d['day_of_after'])}))?{B1}",
         "holiday"),
        # "on polling day", "پولنگ کے روز": the day of the vote the report is about (see _resolve_vote_day).
        # (not "after" a count: "three days after polling day" counts from it; not "of": "the eve of polling day")
        *([("voteday", rf"(?<![\w-])(?:(?!(?:{_alt([*d['count_prepositions'], 'of'])})\s)(?P<prep>{DPREP})\s+)?"
                       rf"(?P<vote>{_alt(d['vote_day_words'])})(?![\w-])", "voteday")]
          if d["vote_day_words"] else []),
        # "on the eve of the vote": the vote named bare is a day only as what "the eve of" counts back from
        *([("voteday", rf"(?<![\w-])(?:(?P<prep>{DPREP})\s+)?(?P<eve>(?:the\s+)?eve\s+of)\s+(?P<vote>{_alt(d['eve_vote_nouns'])})(?![\w-])(?!\s+day\b)",
            "voteday")] if d.get("eve_vote_nouns") else []),
        ("week", rf"{B0}(?:(?P<pre>{_alt(d['period_prefixes'])})\s+)?(?P<which>{MODS})\s+(?P<unit>{WEEK_UNITS})"
                 rf"(?P<poss>{POSS})?{B1}", "unit"),
        ("period", rf"{B0}(?:(?P<pre>{_alt(d['period_prefixes'])})\s+)?(?P<which>{MODS})\s+(?P<unit>{LONG_UNITS}){B1}",
         "unit"),
        ("weekend", rf"{B0}(?:(?P<which>{MODS})|{_alt(d['weekend_openers'])})\s+(?P<w>{_alt(d['weekend_words'])}){B1}",
         "weekend"),
        # ("a year ago today", "a year ago to the day", "ایک سال قبل اسی روز": that very day a year back)
        ("ago", rf"{B0}{NUM}\s+(?P<unit>{UNITS})\s+(?P<dir>{_alt(d['ago_words'])}){B1}"
                rf"(?:\s+(?P<today>{_alt([w for w, n in d['relative_days'].items() if n == 0 and ' ' not in w] + list(d.get('ago_same_day_words') or ()))}){B1})?",
         "unit"),
        # (not "a day earlier than the April 3 date": a comparison)
        ("shift", rf"{B0}{NUM}\s+(?P<unit>{UNITS})\s+(?P<dir>{_alt(d['later_words'])}|{_alt(d['earlier_words'])}){B1}"
                  + (rf"(?!\s+(?:{_alt(d['comparison_words'])}){B1})" if d.get("comparison_words") else ""), "unit"),
        # (not "after four years in exile", "after two days of arguments": a stretch, no date; but "after
        # 21 days of the elections" counts from them)
        ("shift", rf"{B0}(?P<pre>{_alt(d['after_prepositions'])})\s+{NUM}\s+(?P<unit>{UNITS}){B1}"
                  + (rf"(?!\s+(?:{_alt(d['stretch_followers'])}){B1}"
                     + (rf"(?!\s+(?:{_alt(d['stretch_determiners'])}){B1})" if d["stretch_determiners"] else "") + ")"
                     if d["stretch_followers"] else ""), "unit"),
        # "will be sworn in in a fortnight", "must decide within 15 days" (not "in two days of talks",
        # "within a week of the verdict", "within three days after the notification": a stretch of
        # something, or counted from another date)
        ("ahead", rf"{B0}(?P<ahead>{_alt(d['ahead_prepositions'])}|{_alt(d['deadline_prepositions'])})\s+{NUM}\s+"
                  rf"{WORKING}(?P<unit>{UNITS}){B1}(?!\s+(?:{_alt(d['noun_links'])}|{_alt(d['count_prepositions'])}|"
                  rf"{_alt(d['ahead_blockers'])}){B1})", "unit"),
    ]
    if d.get("ahead_postpositions"):
        # "کمیٹی تین روز میں رپورٹ پیش کرے گی", "۴۵ روز کے اندر": the same count, its word after it
        # (not a rate: "ہر تین ماہ میں" every three months, "سات روز میں دو بار" twice in seven days)
        every = "".join(rf"(?<!{re.escape(w)} )" for w in d.get("recurring_words", []))
        times = rf"(?!\s+\S+\s+{_alt(d['times_words'])}{B1})" if d.get("times_words") else ""
        P.append(("ahead", rf"{B0}{every}{NUM}\s+{WORKING}(?P<unit>{UNITS})\s+(?P<ahead>{_alt(d['ahead_postpositions'])}){B1}"
                           + times, "unit"))
    if d["anniversary_words"]:
        # "marked the first anniversary of the February 8 polls": that day a year on (see _merge_counts)
        # ("of" stays out of the mention: "the first anniversary of 2024's polls" keeps "of 2024")
        P.append(("anniversary", rf"{B0}(?:(?P<nth>{_alt(d['ordinal_words'])})\s+)?(?P<anniv>{_alt(d['anniversary_words'])})"
                                 rf"(?=\s+of\s)", "anniversary"))
    if d["ordinal_suffixes"]:
        # (a function word as a word of its own: not "by" of "the 2nd by-election")
        follow = rf"(?=\s*(?:{PUNCT_BREAK}|,|$)|\s+{_alt(d['function_words'])}(?![\w-]))"
        # "on the 26th of this month", "by the 27th of the same month", "the 5th of next month".
        month_units = _alt([u for u, kind in units.items() if kind == "month"])
        same_month = _alt([p for p, spec in d["anchor_periods"].items() if spec == "month:0"])
        of_month = (rf"(?:\s+{_alt(d['day_month_joiners'])}\s+(?:(?P<which>{MODS})\s+(?P<munit>{month_units})"
                    rf"|(?P<same>{same_month})){B1})?")
        P.append(("ordinal", rf"{B0}(?P<prep>{DPREP})\s+(?:the\s+)?(?P<day>[0-3]?\d)(?:{ORD}){B1}{of_month}{follow}",
                  "ordinal"))
    if d["day_of_month_nouns"]:
        # Urdu "رواں ماہ کی 21 تاریخ" (the 21st of this month), "21 تاریخ کو" (on the 21st)
        month_units = _alt([u for u, kind in units.items() if kind == "month"])
        P.append(("ordinal", rf"(?:{B0}(?P<which>{MODS})\s+(?P<munit>{month_units})\s+{_alt(d['genitives'])}\s+)?"
                             rf"(?<![\d.,/:-])(?P<day>[0-3]?\d)\s*{_alt(d['day_of_month_nouns'])}{B1}", "dom"))
        # in words only after the month it is of ("رواں ماہ کی پانچ تاریخ"; "ایک تاریخ رقم کی" made history)
        P.append(("ordinal", rf"{B0}(?P<which>{MODS})\s+(?P<munit>{month_units})\s+{_alt(d['genitives'])}\s+"
                             rf"(?P<dayw>{_alt(d['day_words'])})\s+{_alt(d['day_of_month_nouns'])}{B1}", "dom"))
    patterns = [(kind, re.compile(rx), gate) for kind, rx, gate in P]
    rel_words = [*d["relative_days"], *d["tense_relative_days"], *d["anchor_days"], *d["anchor_periods"]]
    gates = {"iso": re.compile(r"\d{4}-\d\d-\d\d"), "numeric": re.compile(r"\d[/.-]\d"), "year": re.compile(r"(?:1[89]|20)\d\d"),
             "ordinal": re.compile(rf"\d(?:{ORD})"), "month": re.compile(month_names), "weekday": re.compile(weekday_names),
             "rel": re.compile(rf"{B0}{_alt(rel_words)}"), "unit": re.compile(rf"{B0}{UNITS}{B1}"),
             "weekend": re.compile(_alt(d["weekend_words"])), "holiday": re.compile(rf"{B0}(?:{HOLIDAYS})"),
             "anniversary": re.compile(_alt(d["anniversary_words"])),
             "voteday": re.compile(_alt([*d["vote_day_words"], *(["eve of"] if d.get("eve_vote_nouns") else [])])),
             "dom": re.compile(_alt(d["day_of_month_nouns"]) if d["day_of_month_nouns"] else r"(?!x)x")}

    # A marker that is also an adjective ("its planned rally", "the scheduled hearing") tells no
    # tense after a determiner or a possessive.
    adjectives = {w.lower() for w in d["adjective_markers"]}
    plain = [w for w in d["future_markers"] if w.lower() not in adjectives]
    not_after = "".join(rf"(?<!\b{re.escape(w)} )" for w in d["determiners"]) + \
        "".join(rf"(?<!{re.escape(p)} )" for p in d["possessives"])
    future_words = "|".join([_alt(plain), *([rf"{not_after}{_alt(sorted(adjectives))}"] if adjectives else [])])
    # (a contraction's marker starts inside its word: "We'll be back early Monday")
    future_rx = rf"(?P<plan>(?:{B0}|(?=['’]))(?:{future_words}){B1})" if d["future_markers"] else r"(?P<plan>(?!x)x)"
    if d["future_patterns"]:
        future_rx += "|" + "|".join(rf"(?i:\b{p}\b)" for p in d["future_patterns"])
    past_before = past_after = past_anywhere = past_after_subject = None
    past_clause_end = NOTHING
    if d["past_verbs"] or d["past_suffixes"]:
        # A past ending counts on lower-case words only: "Ahmed" and "United" are no verbs.
        past = "|".join([*([_alt(d["past_verbs"])] if d["past_verbs"] else []),
                         *(rf"[^\W\dA-Z]\w*{re.escape(s)}" for s in d["past_suffixes"])])
        if d.get("not_past_forms"):  # ("provided Islamabad completes ...": a conjunction, no past verb)
            past = rf"(?!(?:{_alt(d['not_past_forms'])}){B1})(?:{past})"
        # (an entry opening with "-" is an ending: Urdu "-تے ہوئے" is "while ...-ing", no past)
        guard = "".join(rf"(?<!{re.escape(w[1:])} )" if w.startswith("-") else rf"(?<!\b{re.escape(w)} )"
                        for w in d["not_past_before"])
        # (nor does a participle joined by a hyphen: "the strike-delayed by-elections" is no verb)
        past_before = re.compile(rf"\b(?<!-){guard}(?:{past})\s+(?:\w+\s+)?$")
        # (nor one a passive auxiliary follows: Urdu "سنایا جانا ہے", "سنایا جائے گا", is to be given)
        not_after = rf"(?!\s+(?:{_alt(d['passive_infinitives'])}){B1})" if d.get("passive_infinitives") else ""
        past_after = re.compile(rf"^\s*,?\s*(?:{past}){B1}{not_after}")
        past_anywhere = re.compile(rf"\b(?<!-){guard}(?:{past}){B1}{not_after}")
        if d["verb_position"] == "near":
            past_after_subject = re.compile(rf"^\s*,?\s*(?P<subject>(?:[\w'’.-]+\s+){{1,4}}?)(?:{past})\b")
        elif d["clause_joiners"]:
            # a verb-final language's simple past (one past verb, or two: "چرایا گیا") that ends its clause
            # before "and" or a comma (not a participle, "لہراتے ہوئے", nor the present perfect, "کیا گیا ہے")
            # (or a past perfect before a relative pronoun: "منگل کی رات ... فارمولا طے پایا تھا جس کے تحت ... امیدوار
            # ہوں گے"; not a simple past, whose relative clause may be the dated thing's: "جمعرات کو اجلاس طلب کیا جس میں
            # ... حلف اٹھائیں گے")
            perfect_relative = rf"|(?:{_alt(d['past_perfect_auxiliaries'])})\s+(?:{_alt(d['relative_pronouns'])})\s" \
                if d.get("past_perfect_auxiliaries") and d.get("relative_pronouns") else ""
            past_clause_end = re.compile(rf"\b(?<!-){guard}(?:(?:{past})(?:\s+(?:{past}))?\s*(?:[,،]|\s(?:{_alt(d['clause_joiners'])})\s)"
                                         rf"{perfect_relative})")
    words_break = _alt(d["clause_breaks"])
    # Before a date only sentence punctuation and "that" end its clause: a comma or "and" may sit
    # between a date and the "will" that governs it ("will march in Lahore, Karachi and Quetta on Friday").
    # (not a determiner after a preposition: "his appeal in that case on Thursday")
    after_preposition = "".join(rf"(?<!\b{re.escape(w)} )" for w in d.get("prepositions", []) if " " not in w)
    # (and the main clause after a condition, "اگر ... نہ کی گئیں تو بدھ کو ...": the condition's verb is not the date's)
    then_words = rf"|{B0}{_alt(d['then_words'])}{B1}" if d["then_words"] else ""
    clause_break = re.compile(rf"{PUNCT_BREAK}|{B0}{after_preposition}{_alt(d['complementizers'])}{B1}{then_words}")
    cut_after = re.compile(rf"{PUNCT_BREAK}|,|{B0}(?:{_alt(d['complementizers'])}|{_alt(d['reporting_verbs'])}){B1}"
                           rf"|\s{words_break}\s")
    eng = _Engine(
        code, d, patterns, gates, {k.lower(): v for k, v in d["months"].items()},
        {n.lower(): i for i, names in enumerate(d["weekdays"]) for n in names},
        re.compile(future_rx), tuple(d["future_endings"]), past_before, past_after, past_anywhere, past_after_subject,
        clause_break, cut_after,
        re.compile(rf"\s*(?:{CONN})\s*"),
        _phrase_rx(d["not_dates"], empty=None),
        # "کل 265 نشستیں" is "265 seats in all": a word that is also a quantity, before a number (not one that is
        # a day of a month: "کل 8 فروری تھی", yesterday was 8 February).
        _phrase_rx(d["quantity_words"], after=rf"\s*\d+(?!\d|\s+(?:{_alt(list(d['months']))})(?!\w))", empty=None),
        re.compile(rf"\s*(?:{LIST})\s*"), re.compile(rf"{B0}(?:{OPEN})\s+$"),
        _phrase_rx(d["approximate_words"]),
        _phrase_rx(d["postponement_verbs"]),
        _phrase_rx(d["target_prepositions"], r"(?:^|\s)", r"\s*$"),
        _phrase_rx(d["target_prepositions"], r"^\s*"),
        _phrase_rx(d["past_perfect_markers"], after=r"\s+$"),
        _phrase_rx(d["relative_pronouns"]),
        {_holiday_key(name): spec for name, spec in [*d["fixed_holidays"].items(), *d["movable_holidays"].items()]},
        re.compile("|".join([*([rf"(?:^|\s){_alt(d['open_before'])}\s+(?:the\s+)?(?:{HOLIDAYS})"] if d["open_before"] else []),
                             *([rf"(?:{HOLIDAYS})(?:\s+{YEAR})?\s+{_alt(d['open_after'])}{B1}"] if d["open_after"] else [])])
                   or r"(?!x)x"),
        _phrase_rx(d["past_prepositions"], after=r"\s+(?:the\s+)?$"),
        _phrase_rx(d["past_prepositions"], before=""),
        *_background_patterns(d),
        _phrase_rx([*d["clause_breaks"], *d["subordinators"]], r"(?:^|[\s,;])"),
        _reported_by(d))
    eng.units_of = {k.lower(): v for k, v in units.items()}
    eng.genitive_after = _phrase_rx(d["genitives"], r"\s*")
    eng.past_clause_end = past_clause_end
    # a verb-final language's session summoned for a day: the noun before the date, the verb after it
    eng.summoned_noun = _phrase_rx(d["summoned_nouns"], after=r"\s*$", empty=NOTHING)
    eng.summoning_verb = _phrase_rx(d["summoning_verbs"], empty=NOTHING)
    hedge = rf"(?:{_alt(d['count_hedges'])}\s+)?" if d["count_hedges"] else ""
    eng.coming_before = _phrase_rx(d["coming_verbs"], after=rf"\s+{hedge}$", empty=None)
    eng.reporting_verb = _phrase_rx(d["reporting_verbs"])
    # (one describing word may stand before the weekday, and "on" before it all: "A year ago today, on a
    # cold Thursday morning"; not "February 9, after a tense Thursday", another day)
    naming = rf"(?:{_alt(d['naming_prepositions'])}\s+)?" if d.get("naming_prepositions") else ""
    eng.weekday_apposition = re.compile(rf"\s*,?\s*{naming}{_alt(d['weekday_appositions'])}\s+(?:[^\W\d_]+\s+)?") \
        if d["weekday_appositions"] else NOTHING
    # "will appeal against Friday's verdict": what is answered has happened, whatever the tense
    eng.answered_before = _phrase_rx(d["answering_words"], after=r"\s+$", empty=None)
    eng.past_perfect_after = _phrase_rx(d["past_perfect_markers"])
    eng.adjective_marker_after = _phrase_rx(d["adjective_markers"], r"(?:['’]s)?\s+", empty=NOTHING)
    # "February's election": a month or day's own happening, named by the possessive.
    # (the possessive may end the mention itself: "of February's election")
    eng.possessive_name = re.compile(rf"(?:(?<={_alt(d['possessives'])})|{_alt(d['possessives'])})\s+(?:[\w-]+\s+)?"
                                     rf"(?:{_alt(d['month_nouns'])}){WORD_END}",
                                     re.IGNORECASE) if d["possessives"] and d["month_nouns"] else NOTHING
    # "after the notification of the results of the February 8 polls": the date names the polls.
    eng.noun_link_end = _phrase_rx(d["noun_links"], r"(?:^|\s)",
                                   rf"\s+(?:(?:{_alt(d['background_determiners'])})\s+)?$"
                                   if d["background_determiners"] else r"\s+$")
    # "Sunday's by-elections", "8 فروری کے عام انتخابات", "by-elections held on Sunday": a day that names a vote.
    links = rf"(?:[^\S\n]+(?:{_alt(d['vote_links'])}))*" if d["vote_links"] else ""  # (on one line: no masthead's date)
    not_vote = rf"(?!\s+(?:{_alt(d['vote_noun_blockers'])}){B1})" if d["vote_noun_blockers"] else ""
    eng.vote_after = re.compile(rf"{links}[^\S\n]+(?:{_alt(d['vote_nouns'])}){B1}{not_vote}") if d["vote_nouns"] else NOTHING
    eng.vote_before = re.compile(rf"(?:{_alt(d['vote_nouns'])})\s+(?:{_alt(d['vote_held_words'])})\s+(?:{DPREP}\s+)?$") \
        if d["vote_nouns"] and d["vote_held_words"] else NOTHING
    eng.vote_day_open_before = _phrase_rx(d["open_before"], after=r"\s+(?:the\s+)?$")
    eng.vote_day_open_after = _phrase_rx(d["open_after"], before=r"\s+")
    eng.vote_day_named = re.compile(rf",?\s+(?:{_alt(d['vote_day_copulas'])}\s+)?(?:the\s+)?")
    # "fixing September 29 as polling day": the words before the vote's day words that make them a date's role
    eng.vote_day_role = _phrase_rx(d["vote_day_roles"], before=r"\s+", after=r"\s+$")
    # "sentenced 25 civilians over the May 9 riots": what an act is about, no date it is counted from
    eng.topic_link_end = _phrase_rx(d["topic_links"], r"(?:^|\s)",
                                    rf"\s+(?:(?:{_alt(d['background_determiners'])})\s+)?$"
                                    if d["background_determiners"] else r"\s+$")
    # ", the ECP said." / ", a spokesman told AFP.": a report's attribution that ends its sentence
    eng.attribution_end = re.compile(rf"\s*,\s*(?:[\w'’.-]+\s+){{1,5}}?(?:{_alt(d['reporting_verbs'])}){B1}[^.!?]{{0,30}}(?:[.!?]|$)") \
        if d["reporting_verbs"] else NOTHING
    # "announced March 8 as the day of its protest": a day named for what is to come
    eng.determiner_before = _phrase_rx(d["determiners"], after=r"\s+$", empty=NOTHING)
    eng.vote_day_modifies = _phrase_rx(d["vote_day_modified"], r"\s+", empty=NOTHING)
    eng.range_follows = re.compile(rf"\s*(?:{CONN}){B1}") if d["range_connectors"] else NOTHING
    eng.designated_after = _phrase_rx(d["designation_words"], r"\s+", empty=NOTHING)
    # the last comma or "and" before a date: a clause joined to the one before opens after it
    eng.clause_join_end = re.compile(rf".*(?:,|{B0}(?:{LIST}){B1})\s*", re.DOTALL) if d["list_connectors"] else re.compile(r".*,\s*", re.DOTALL)
    eng.vote_day_of = _phrase_rx(d["day_of_before"], after=r"\s+$", empty=None)  # "the eve of polling day"
    eng.needs_digit = tuple(needs_digit(rx) for _, rx, _ in P)
    return eng


def _reported_by(d: dict) -> re.Pattern:
    """A reporting verb that governs the date right after it, with only its addressee and place
    between ("told reporters in Lahore on Monday the party would ...", "said at a news conference
    Tuesday they would ..."): the date is when it was said, not when the reported clause's plan falls."""
    if not d["reporting_verbs"]:
        return NOTHING
    noun = rf"(?:(?:{_alt(d['determiners'])})\s+)?[\w'-]+(?:\s+[\w'-]+)?"
    verb = rf"(?:{_alt(d['addressee_verbs'])})\s+{noun}\s+|" if d["addressee_verbs"] else ""
    adjunct = rf"(?:(?:{_alt(d['adjunct_prepositions'])})\s+{noun}\s+)*" if d["adjunct_prepositions"] else ""
    # (no participle after "be" or "to": "results are expected to be announced on Monday" is a plan)
    guard = "".join(rf"(?<!\b{re.escape(w)} )" for w in d["not_past_before"] if not w.startswith("-"))
    return re.compile(rf"{WORD_START}{guard}(?:{verb}(?:{_alt(d['reporting_verbs'])})\s+){adjunct}$")


PAIRED_DATE = r"[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?"  # "November 26" next to another date under one name


def _background_patterns(d: dict) -> tuple[re.Pattern, re.Pattern]:
    """Where a date names a happening rather than setting the narrative's time: "the February 8
    polls" (a determiner before, a noun after), "the elections held in Pakistan on February 8" (a
    participle after a noun, no auxiliary), Urdu "8 فروری کو ہونے والے انتخابات"."""
    before = []
    if d["background_participles"]:
        blockers = "".join(rf"(?<!\b{re.escape(w)})" for w in d["background_blockers"])
        # (the word is taken whole, possessively: a shorter part of it cannot be followed by a space,
        # and retrying each one was most of the cost of this search)
        before.append(rf"\b[A-Za-z][\w-]*+{blockers}\s+{_alt(d['background_participles'])}"
                      rf"(?:\s+(?:in|at|across|on|for)\s+[^,.;:!?]{{1,60}}?)?\s+(?:on\s+)?$")
    if d["background_determiners"]:
        # (one or two of the language's adjectives between: "a disputed Feb. 8 election", "the much-delayed March 3 vote")
        adjectives = rf"(?P<adj>(?:(?i:{_alt(d['background_adjectives'])})\s+){{0,2}})" if d.get("background_adjectives") else ""
        before.append(rf"{WORD_START}(?P<det>{_alt(d['background_determiners'])})\s+{adjectives}$")
        # the second of two dates that share the determiner and the noun: "the May 9 and [November 26] events"
        before.append(rf"{WORD_START}(?P<det2>{_alt(d['background_determiners'])})\s+{PAIRED_DATE}\s*(?:,|and|&)\s*$")
    if d.get("possessive_endings"):
        # a possessive is a determiner too: "the commission's March 4 decision"
        # (not a contraction: "it's March 4 already"; the language's `possessive_not`)
        not_possessive = rf"(?!(?i:{_alt(d['possessive_not'])})\s)" if d.get("possessive_not") else ""
        before.append(rf"(?<![\w-]){not_possessive}(?P<det3>[^\W\d][\w-]*+(?:{_alt(d['possessive_endings'])}))\s+$")
    if d["background_of_nouns"]:  # only with "of": "the matter of May 9", not "took up the matter on Monday"
        before.append(rf"{WORD_START}(?i:{_alt(d['background_of_nouns'])})\s+of\s+$")
    if d["background_nouns"]:
        before.append(rf"{WORD_START}(?i:{_alt(d['background_nouns'])})\s+(?:(?:of|in)\s+)?$")
        # the second of two dates after the noun: "the events of May 9 and [November 26]"
        before.append(rf"{WORD_START}(?i:{_alt(d['background_nouns'])})\s+(?:of|in)\s+{PAIRED_DATE}\s*(?:,|and|&)\s*$")
    after = []
    if d["background_determiners"]:
        noun = rf"[\s-]+(?!{_alt(d['function_words'])}(?![\w-]))[a-z][\w-]*"  # ("the April 21 by-elections" is a noun)
        after.append(rf"^{noun}")
        after.append(rf"^\s*(?:,|and|&)\s*{PAIRED_DATE}{noun}")  # "the [May 9] and November 26 events"
    if d["background_after"]:
        after.append(rf"^\s*{_alt(d['background_after'])}{WORD_END}")
    return (re.compile("|".join(before) or r"(?!x)x"), re.compile("|".join(after) or r"(?!x)x"))


def names_a_happening(text: str, start: int, end: int, lang: str = "en") -> bool:
    """Whether the date at text[start:end] is part of a name ("the February 8 polls", "the elections
    held on February 8") and so not the time the sentence's narrative is at: a "day earlier" in the
    next sentence does not count from it."""
    eng = engine(lang)
    before = eng.background_before.search(text[max(0, start - 80):start])
    if before is None:
        return bool(eng.background_after.match(text[end:end + 40])) and not eng.data["background_determiners"]
    if before.groupdict().get("det") or before.groupdict().get("det2") or before.groupdict().get("det3"):  # a determiner only makes a name with a noun after the date
        first = WORD.match(text, start)
        if before.groupdict().get("adj") and first is not None \
                and (eng.has("day_prepositions", first.group()) or eng.has("month_prepositions", first.group())):
            return False  # (words before a date that opens on a preposition are no adjectives: "the government issued on Monday")
        return bool(eng.background_after.match(text[end:end + 40]))
    return True


def _holiday_key(name: str) -> str:
    return re.sub(r"[\s\-‐–]+", "", name.lower())


def _holiday_alt(names) -> str:
    """Holiday names, longest first; a space or hyphen inside a name matches any run of spaces
    and hyphens or none ("Eid-ul-Fitr", "Eidul Fitr", "Eid ul-Fitr" are one name)."""
    if not names:
        return r"(?!x)x"
    forms = sorted({tuple(re.split(r"[\s\-]+", n.strip())) for n in names}, key=lambda t: len("".join(t)), reverse=True)
    firsts = {f[0][0] for f in forms} | {f[0][0].swapcase() for f in forms}
    guard = "(?=[" + "".join(sorted(re.escape(ch) for ch in firsts)) + "])"
    return guard + "(?i:" + "|".join(r"[\s\-]*".join(map(re.escape, f)) for f in forms) + ")"


NOTHING = re.compile(r"(?!x)x")


def _phrase_rx(words, before: str = WORD_START, after: str = WORD_END, empty: re.Pattern | None = NOTHING):
    """A compiled pattern of a language's phrases (see _alt) between `before` and `after` (whole
    words by default); `empty` when the language lists none."""
    return re.compile(f"{before}{_alt(words)}{after}") if words else empty


# --- finding ------------------------------------------------------------------

@dataclass
class _Candidate:
    start: int
    end: int
    kind: str
    groups: dict
    lang: str
    inner: _Candidate | None = None   # a date in brackets that explains this one
    last: _Candidate | None = None    # the second end of a range


def _rank(c: _Candidate, units: dict) -> int:
    if c.kind in {"my", "m"}:
        return PRECISION_RANK["month"]
    if c.kind == "y":
        return PRECISION_RANK["year"]
    if c.kind == "week":
        return PRECISION_RANK["week"]
    if c.kind == "anchorperiod":
        return PRECISION_RANK[_anchor_period(c)[0]]
    if c.kind == "ahead" and _about_a_week(c.groups, units.get(c.groups["unit"].lower()), engine(c.lang)):
        return PRECISION_RANK["week"]
    if c.kind in {"period", "ago", "shift", "ahead"}:
        unit = units.get(c.groups["unit"].lower(), "day")
        return PRECISION_RANK["day" if unit in DAYS_IN_UNIT and c.kind != "period" else unit]
    return PRECISION_RANK["day"]


def _anchor_period(c: _Candidate) -> tuple[str, int]:
    """("week", -1) for "the week before": the unit and the count of an anchored period."""
    unit, _, count = engine(c.lang).lookup("anchor_periods", c.groups["rel"]).partition(":")
    return unit, int(count)


def text_languages(text: str, language: str | None = None) -> list[str]:
    """The language folders that apply to a text: the declared one (when shipped) and
    those whose script has letters in the text."""
    codes = [language] if language in languages.available() else []
    codes += [c for c in languages.script_languages(text) if c not in codes]
    return codes


def _candidates(text: str, norm: str, codes: list[str]) -> list[_Candidate]:
    found: list[tuple[int, int, int, _Candidate]] = []
    for code in codes:
        eng = engine(code)
        units = eng.units_of
        # ("الیکشنز ایکٹ 2017", "the Elections Act, 2017": a law's title, whose year names the law)
        titles = _data_rx(code, "title_nouns", rf"{WORD_START}(?:%s)(?:\s*[,،]|\s+of)?\s+(?:19|20)\d\d(?!\d)")
        blocked = _Spans([m.span() for p in (eng.not_dates, eng.quantity, titles) if p for m in p.finditer(norm)])
        windows = {}  # gate -> merged spans around its hits: patterns only run near a cue word
        digits = ANY_DIGIT.search(norm) is not None
        if not digits:  # the all-number gates cannot match: no need to scan for them
            windows.update(dict.fromkeys(DIGIT_GATES, ()))
        for (kind, pattern, gate), with_digit in zip(eng.patterns, eng.needs_digit):
            if with_digit and not digits:
                continue  # ("February 8, 2024" in a text without a digit)
            if gate not in windows:
                windows[gate] = _windows(eng.gates[gate], norm)
            for lo, hi in windows[gate]:
                for m in pattern.finditer(norm, lo, hi):
                    c = _Candidate(m.start(), m.end(), kind, m.groupdict(), code)
                    if m.end() > m.start() and not _rejected(text, c, eng) and not blocked.overlaps(c.start, c.end):
                        # (of two readings of one day, the one that names its month wins: "after the
                        # 9th of May" is May 9, not "after the 9th" of this month)
                        found.append((-2 * _rank(c, units) - (c.kind in ABSOLUTE_KINDS), -(c.end - c.start), c.start, c))
    # A candidate inside a longer one is part of it ("the last week of March" is no "last week").
    found.sort(key=lambda t: (t[3].start, -t[3].end))
    reach = -1
    whole = []
    for item in found:
        if item[3].end > reach:
            whole.append(item)
            reach = item[3].end
    found = sorted(whole, key=lambda t: t[:3])
    # Of partly overlapping ones, the most specific, then the longest ("in January 12 by-polls" is
    # January 12): greedy.
    taken = bytearray(len(norm))  # 1 where a kept candidate lies: checking costs its own length
    kept: list[_Candidate] = []
    for *_, c in found:
        if taken.find(1, c.start, c.end) == -1:
            taken[c.start:c.end] = b"\x01" * (c.end - c.start)
            kept.append(c)
    ordered = _share_list_years(norm, sorted(kept, key=lambda c: c.start))
    return _merge_counts(norm, _merge_year_relatives(norm, _merge_ranges(norm, _merge_brackets(norm, ordered))))


class _Spans:
    """Disjoint sorted spans, asked in O(log n) whether a span overlaps one of them."""

    def __init__(self, spans: list[tuple[int, int]]):
        self.starts: list[int] = []
        self.ends: list[int] = []
        for start, end in sorted(spans):
            if self.ends and start <= self.ends[-1]:
                self.ends[-1] = max(self.ends[-1], end)
            else:
                self.starts.append(start)
                self.ends.append(end)

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_left(self.starts, end) - 1  # the last span starting before `end`
        return i >= 0 and self.ends[i] > start


ANY_DIGIT = re.compile(r"\d")


def needs_digit(pattern: str) -> bool:
    r"""Whether every match of a regular expression holds a digit (a character `\d` matches), read
    from its parse tree: then a text without a digit need not be searched with it."""
    return _holds_digit(_sre_parser.parse(pattern))


def _holds_digit(items) -> bool:
    return any(_item_holds_digit(op, av) for op, av in items)


def _item_holds_digit(op, av) -> bool:
    C = _sre_constants
    if op is C.LITERAL:
        return bool(ANY_DIGIT.fullmatch(chr(av)))
    if op is C.IN:  # a class of digits only: [0-3], \d
        return bool(av) and all(
            (kind is C.CATEGORY and value is C.CATEGORY_DIGIT)
            or (kind is C.LITERAL and ANY_DIGIT.fullmatch(chr(value)))
            or (kind is C.RANGE and value[1] - value[0] < 16
                and all(ANY_DIGIT.fullmatch(chr(ch)) for ch in range(value[0], value[1] + 1)))
            for kind, value in av)
    if op is C.SUBPATTERN:
        return _holds_digit(av[-1])
    if op is C.ATOMIC_GROUP:
        return _holds_digit(av)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        low, _, item = av
        return low >= 1 and _holds_digit(item)
    if op is C.BRANCH:
        return all(_holds_digit(branch) for branch in av[1])
    return False  # an assertion, a back-reference, any character: no digit for sure
DIGIT_GATES = ("iso", "numeric", "year", "ordinal")  # gates whose every match holds a digit
WINDOW_MARGIN = 60  # characters around a cue word where a date expression may start or end


def _windows(gate: re.Pattern, text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for m in gate.finditer(text):
        lo, hi = max(0, m.start() - WINDOW_MARGIN), min(len(text), m.end() + WINDOW_MARGIN)
        if spans and lo <= spans[-1][1]:
            spans[-1] = (spans[-1][0], hi)
        else:
            spans.append((lo, hi))
    return spans


# a reference number and any more of them: "333", "25985", "1 to 9", "28 and 30", "12-A"
NUMBERED = r"[\w./-]*\d[\w./-]*(?:\s*(?:,|and|to|&|-)\s*[\w./-]*\d[\w./-]*)*"


@lru_cache(maxsize=8)
def _range_words(code: str) -> tuple[frozenset, frozenset, frozenset]:
    """A language's range connectors ("سے"), the postpositions that bound a range's end ("تک"), and the words that make
    "ہفتے" before a connector a week: a count or a modifier ("ایک ہفتے سے", "گزشتہ ہفتے سے", "کئی ہفتے سے")."""
    data = engine(code).data
    connectors = frozenset(w.lower() for w in data.get("range_connectors") or [])
    bounds = frozenset(w.lower() for w in data.get("day_bound_postpositions") or []) - connectors
    counts = frozenset(w.lower() for key in ("number_words", "modifiers", "week_quantifiers") for w in data.get(key) or {})
    return connectors, bounds, counts


def _weekday_range_end(text: str, c: _Candidate, eng: _Engine) -> bool:
    """Whether a weekday bound by a postposition is one end of a range of two weekdays, "جمعے سے اتوار تک", "ہفتے سے
    پیر تک" (Saturday to Monday): "ہفتے" is then no week, nor "پیر" a foot."""
    connectors, bounds, counts = _range_words(eng.code)
    before = text[max(0, c.start - 30):c.start].split()[-3:]
    after = text[c.end:c.end + 20].split()[:2]
    post = (c.groups.get("post") or "").lower()
    if post in connectors and len(after) == 2:  # the first: "جمعے سے" before "اتوار تک" (not "ایک ہفتے سے", for a week)
        told = [*before[-1:], *(c.groups.get("wmod") or "").split()]
        return after[0].lower() in eng.weekday_of and after[1].lower() in bounds \
            and not any(w.lower() in counts for w in told)  # (a number is no count of weeks: "دفعہ 144 ہفتے سے")
    if post in bounds and len(before) >= 2:  # the second: "اتوار تک" after "جمعے سے"
        return before[-2].lower() in eng.weekday_of and before[-1].lower() in connectors \
            and not (len(before) == 3 and before[0].lower() in counts)
    return False


def _rejected(text: str, c: _Candidate, eng: _Engine) -> bool:
    g = c.groups
    if c.kind == "weekday":
        name = g["wd"].lower()
        if name in {u.lower() for u in eng.data["units"]} and not g.get("post"):
            return True  # Urdu ہفتے is "week" unless "ہفتے کو"
        if g.get("post") and eng.has("day_bound_postpositions", g["post"]) and not _weekday_range_end(text, c, eng) and (
                eng.has("day_bound_not_names", name) or (range_open := re.search(r"(\S+)\s+$", text[max(0, c.start - 12):c.start]))
                and eng.has("range_connectors", range_open.group(1))):
            return True  # "دو ہفتے تک" (for two weeks); "سر سے پیر تک" (head to toe: a range that opens on no date)
        if eng.data["weekday_needs_marker"] and not (g.get("wmod") or g.get("post")):
            return True  # a bare Urdu weekday name is often a word or a name
    if c.kind == "weekday" and text[c.start:c.end].lower().startswith(g["wd"].lower()) \
            and (every := _data_rx(c.lang, "recurring_words", rf"{WORD_START}(?:%s)\s+$", re.IGNORECASE)) \
            and every.search(text, max(0, c.start - 12), c.start):
        return True  # "arrives in your inbox every Friday", "ہر جمعے": a schedule, no day
    if c.kind == "y" and eng.has("reference_year_joiners", (g.get("prep") or "").lower()) \
            and (signs := _data_rx(c.lang, "reference_number_signs", rf"{WORD_START}(?:%s)\s*{NUMBERED}\s+$", re.IGNORECASE)) \
            and signs.search(text, max(0, c.start - 40), c.start):
        return True  # "Civil Appeal No. 333 of 2024", "Nos. 1 to 9 of 2023": the year is the number's
    if c.kind == "numeric" and not _numeric_readings(g):
        return True  # "13/14/2020", "31/31/2024": no day and month fit, so no date at all
    if c.kind == "relday" and g["rel"].lower() in eng.data["newspaper_words"] and _after_name(text, c.start):
        return True  # "Pakistan Today", "USA Today" are newspapers
    return False


def _after_name(text: str, start: int) -> bool:
    before = text[max(0, start - 30):start].rstrip()
    word = re.search(r"([A-Za-z]+)$", before)
    return bool(word and word.group(1)[0].isupper() and text[start].isupper()
                and not re.search(r"[.!?:]\s*$", text[max(0, start - 3):start]))


PAREN_AFTER = re.compile(r"\s*\(\s*")
PAREN_CLOSE = re.compile(r"\s*\)")


def _merge_brackets(text: str, cands: list[_Candidate]) -> list[_Candidate]:
    """'Saturday (today)', 'tomorrow (Saturday)', 'last Friday (February 23)' are one mention."""
    merged: list[_Candidate] = []
    i = 0
    while i < len(cands):
        c = cands[i]
        if i + 1 < len(cands) and (c.kind in {"weekday", "relday", "holiday", "anchorday"}
                                   or ((c.kind in SINGLE_DAY_KINDS or (c.kind == "ago" and c.groups.get("today")))
                                       and cands[i + 1].kind in {"weekday", "relday"})):
            # "November 24 (Sunday)", "August 5 (today)": the bracket explains the date, one mention.
            nxt = cands[i + 1]
            close = PAREN_CLOSE.match(text, nxt.end)
            end = close.end() if close and PAREN_AFTER.fullmatch(text, c.end, nxt.start) else \
                nxt.end if _apposed_weekday(text, c, nxt) or _relday_named(text, c, nxt) else None
            if end is not None:
                merged.append(_Candidate(c.start, end, c.kind, {**c.groups, "explained": True}, c.lang, inner=nxt))
                i += 2
                continue
        if c.kind == "relday" and (named := _bracketed_weekday(text, c)) is not None:
            # "کل (جمعہ)": a weekday's bare name in brackets, no date of its own, says which "کل"
            merged.append(_Candidate(c.start, named.end(), c.kind, {**c.groups, "explained": True}, c.lang,
                                     inner=_Candidate(named.start(1), named.end(1), "weekday",
                                                      {"wd": named.group(1)}, c.lang)))
            i += 1
            continue
        merged.append(c)
        i += 1
    return merged


def _bracketed_weekday(text: str, c: _Candidate) -> re.Match | None:
    names = engine(c.lang).weekday_of
    m = BRACKETED_WORD.match(text, c.end)
    return m if m and m.group(1).lower() in names else None


BRACKETED_WORD = re.compile(r"\s*\(\s*([^\W\d_]+)\s*\)")


def _relday_named(text: str, c: _Candidate, nxt: _Candidate) -> bool:
    """"گزشتہ روز اتوار کو" (yesterday, Sunday), "کل اتوار کو": a day counted from publication and
    the bare weekday right after it, nothing between but an apposition's word ("گذشتہ روز یعنی سنیچر کو",
    yesterday, that is Saturday; "کل بروز منگل", tomorrow, on Tuesday), are one day."""
    g, eng = nxt.groups, engine(c.lang)
    between = text[c.end:nxt.start].strip()
    said = between.strip(",،").strip()
    # (a bare comma sets the weekday apart as the same day, "Tomorrow, Saturday, Pakistan marks", unless a list
    # goes on: "today, Friday and Saturday")
    comma = bool(between) and not said
    after = re.match(r"\s*[,،]?\s*(\w+|\()", text[nxt.end:nxt.end + 40])
    listed = comma and bool(after) and (  # (nor a bracket that dates the weekday: "Today, Saturday (February 17)")
        after.group(1) == "(" or eng.has("list_words", after.group(1)) or after.group(1).lower() in eng.weekday_of)
    # (an apposition set off by commas closes with one: not "Until yesterday, Monday had been the deadline")
    unclosed = comma and not re.match(r"\s*(?:[,،).;:!?۔]|$)", text[nxt.end:])
    # (not in a range: "from today Monday till Wednesday" is three days)
    return c.kind == "relday" and nxt.kind == "weekday" and not listed and not unclosed \
        and (not between or not said or eng.has("weekday_appositions", said)) \
        and not (g.get("poss") or (g.get("wmod") and not eng.has("weekday_appositions", g.get("wmod"))) or g.get("amod")) \
        and not eng.opener_before.search(text, max(0, c.start - 12), c.start) \
        and not eng.range_follows.match(text, nxt.end) \
        and not eng.has("range_connectors", text[nxt.start:nxt.end].split()[-1])  # ("کل بروز منگل سے جمعرات تک")


def _apposed_weekday(text: str, c: _Candidate, nxt: _Candidate) -> bool:
    """"on November 24, a Sunday", "3 مارچ بروز اتوار": the weekday names the same day as the date."""
    single_day = c.kind in SINGLE_DAY_KINDS or (c.kind == "ago" and c.groups.get("today"))  # ("a year ago today")
    if not single_day or nxt.kind != "weekday" or nxt.groups.get("amod") or nxt.groups.get("poss"):
        return False
    eng = engine(c.lang)
    wmod = nxt.groups.get("wmod") or ""  # (Urdu "بروز" is also a day's preposition)
    return (not wmod or eng.has("weekday_appositions", wmod)) \
        and bool(eng.weekday_apposition.fullmatch(text[c.end:nxt.start] + (wmod + " " if wmod else "")))


SINGLE_DAY_KINDS = {"iso", "mdy", "dmy", "md", "dm"}
ANNIVERSARY_GAP = re.compile(r"\s+of\s+(?:the\s+)?")


RANGE_END_KINDS = SINGLE_DAY_KINDS | {"numeric"}  # "24/11/2024–27/11/2024" is one range too


def _merge_ranges(text: str, cands: list[_Candidate]) -> list[_Candidate]:
    """'from March 10 to March 14', 'between March 10 and March 14': one range."""
    merged: list[_Candidate] = []
    i = 0
    while i < len(cands):
        c = cands[i]
        if i + 1 < len(cands) and ((c.kind in RANGE_END_KINDS and cands[i + 1].kind in RANGE_END_KINDS)
                                   or (c.kind == "my" and cands[i + 1].kind == "my")  # "from October 2018 to April 2022"
                                   or (c.kind in {"weekday", "relday"} and cands[i + 1].kind == "weekday")):
            # "from Thursday to Saturday", "from tomorrow to Saturday"
            nxt = cands[i + 1]
            eng = engine(c.lang)
            opener = eng.opener_before.search(text, max(0, c.start - 12), c.start)
            # "from Saturday till Monday": the connector is the second weekday's preposition.
            joined = c.kind == "weekday" and nxt.kind == "weekday" and not text[c.end:nxt.start].strip() \
                and ((bool(nxt.groups.get("wmod")) and eng.range_gap.fullmatch(nxt.groups["wmod"]))
                     or (eng.has("range_connectors", c.groups.get("post") or "")  # (Urdu "جمعے سے اتوار تک")
                         and eng.has("day_bound_postpositions", nxt.groups.get("post") or "")))
            if joined or eng.range_gap.fullmatch(text, c.end, nxt.start) or (
                    opener and eng.list_gap.fullmatch(text, c.end, nxt.start)):
                start = opener.start() if opener else c.start
                merged.append(_Candidate(start, nxt.end, "range", c.groups, c.lang, inner=c, last=nxt))
                i += 2
                continue
        merged.append(c)
        i += 1
    return merged


WITH_YEAR = {"dm": "dmy", "md": "mdy"}


def _share_list_years(text: str, cands: list[_Candidate]) -> list[_Candidate]:
    """'in April and May 2023': a month listed right before a month with its year is of that year;
    '24 جولائی اور 29 جولائی 2024' (24 July and 29 July 2024): so is a day and month."""
    out = list(cands)
    for i in range(len(out) - 2, -1, -1):
        c, nxt = out[i], out[i + 1]
        eng = engine(c.lang)
        if c.groups.get("rel") or not eng.list_gap.fullmatch(text, c.end, nxt.start):
            continue
        later = c.groups.get("mon") and nxt.groups.get("mon") and \
            eng.month_of[c.groups["mon"].rstrip(".").lower()] > eng.month_of[nxt.groups["mon"].rstrip(".").lower()]
        if c.kind == "m":
            year = nxt.groups.get("year") if nxt.kind == "my" else nxt.groups.get("list_year") if nxt.kind == "m" else None
            if year:  # ("in December and January 2024": the December before)
                out[i] = replace(c, groups={**c.groups, "list_year": str(int(year) - 1) if later else year})
        elif c.kind in WITH_YEAR and nxt.kind in WITH_YEAR.values() and nxt.groups.get("year") and not later:
            out[i] = replace(c, kind=WITH_YEAR[c.kind], groups={**c.groups, "year": nxt.groups["year"], "shared": c.kind})
    return out


def _year_lead_gap(gap: str, eng: _Engine) -> bool:
    """Only a comma and a day preposition between a leading year relative and its day ("last year, on")."""
    words = gap.replace(",", " ").replace("،", " ").split()
    return len(words) <= 1 and all(eng.has("day_prepositions", w) for w in words)


YEAR_NOUN_GAP = re.compile(r"\s+([a-z][\w-]*)(?:\s+([a-z][\w-]*))?\s+")


def _merge_year_relatives(text: str, cands: list[_Candidate]) -> list[_Candidate]:
    """'the May 9 violence last year': the year relative qualifies the day and month before it and
    the noun they name, it is no year of its own."""
    merged: list[_Candidate] = []
    skip = False
    for c, nxt in zip(cands, [*cands[1:], None]):
        if skip:
            skip = False
            continue
        if nxt is not None and c.kind == "period" and nxt.kind in {"md", "dm", "m"} and not nxt.groups.get("rel") \
                and not nxt.groups.get("wd") and _year_lead_gap(text[c.end:nxt.start], engine(c.lang)) \
                and engine(c.lang).has("year_relatives", text[c.start:c.end]):
            # Urdu "گزشتہ سال نو مئی کو", "گزشتہ برس دسمبر میں", "last year, on May 9": the year leads the day or month
            # it qualifies.
            merged.append(_Candidate(nxt.start, nxt.end, nxt.kind, {**nxt.groups, "rel": text[c.start:c.end]},
                                     nxt.lang, nxt.inner, nxt.last))
            skip = True
            continue
        if nxt is not None and c.kind in {"md", "dm"} and not c.groups.get("rel") and nxt.kind == "period":
            eng = engine(c.lang)
            rel = text[nxt.start:nxt.end]
            gap = YEAR_NOUN_GAP.fullmatch(text, c.end, nxt.start)
            if gap and eng.has("year_relatives", rel):
                words = [w for w in gap.groups() if w]
                function = {w.lower() for w in [*eng.data["function_words"], *eng.data["determiners"],
                                                *eng.data["day_prepositions"], *eng.data["month_prepositions"]]}
                verbish = any(w.lower() in function or (eng.past_anywhere and eng.past_anywhere.fullmatch(w))
                              or eng.future.search(w) for w in words)
                if not verbish:
                    merged.append(_Candidate(c.start, c.end, c.kind, {**c.groups, "rel": rel}, c.lang, c.inner, c.last))
                    skip = True
                    continue
        merged.append(c)
    return merged


COUNT_GAP = re.compile(r"\s+(?:the\s+)?")
COMPLEMENT_GAP = re.compile(r"[^,.;:!?\n۔؟،]{1,80}")  # the clause a count is after, up to its date


APPOSITION_GAP = re.compile(r"\s*,\s*")


SENTENCE_BREAK = re.compile(r"[.;:!?\n۔؟]")


def _apposition_gap(text: str, prev: _Candidate, count: _Candidate) -> str | None:
    """The words between a date and a count that follows it after a comma in the same
    sentence ("on Monday at a ceremony, a day after"), or None."""
    gap = text[prev.end:count.start]
    if SENTENCE_BREAK.search(gap) or "," not in gap or len(gap) > 120:
        return None
    tail = gap[gap.rindex(",") + 1:]
    return tail if len(tail.split()) <= 2 else None


def _merge_counts(text: str, cands: list[_Candidate]) -> list[_Candidate]:
    """'three days after the February 8 polls' counts from February 8: both stay mentions (the
    polls on February 8, and what came a day after).  'on Feb 11, three days after polling'
    only describes Feb 11: the count is no date of its own."""
    linked: list[_Candidate] = []
    day_kinds = SINGLE_DAY_KINDS | {"weekday", "relday", "range", "holiday", "voteday"}
    for c, nxt in zip(cands, [*cands[1:], None]):
        if c.kind == "anniversary":
            # of the day or month right after it ("of the February 8 polls"); else no date (a year's
            # anniversary, "of the 2024 elections", is too vague to be a date of its own)
            if nxt is not None and nxt.kind in day_kinds | {"m", "my"} and ANNIVERSARY_GAP.fullmatch(text, c.end, nxt.start):
                linked.append(_Candidate(c.start, c.end, c.kind, c.groups, c.lang, inner=nxt))
                years = engine(c.lang).lookup("ordinal_words", c.groups["nth"]) if c.groups.get("nth") else None
                if years and not nxt.groups.get("year"):
                    nxt.groups = {**nxt.groups, "anniversary_years": years}  # a yearless day, that many years back
            continue
        word = c.groups.get("dir") if c.kind == "shift" else \
            c.groups["rel"].split()[-1] if c.kind in ANCHOR_KINDS else None
        if word:
            prev = linked[-1] if linked else None
            preposition = engine(c.lang).has("count_prepositions", word)
            if c.kind in ANCHOR_KINDS and not preposition:
                linked.append(c)
                continue
            gap = _apposition_gap(text, prev, c) if preposition and prev is not None and prev.kind in day_kinds \
                else None
            # The count is after what the next date dates ("a day after February 8", "a day after the
            # party staged a sit-in on Thursday"), not after a noun that only reaches that date through
            # "of" ("three days after the notification of the results of the February 8 polls").
            # (in a language whose count takes what it is from before it, "8 فروری کے آٹھ دن بعد آج", the date after
            # the count is no anchor of it)
            follows = nxt is not None and nxt.kind in day_kinds and engine(c.lang).data["count_complement_follows"] and (
                COUNT_GAP.fullmatch(text, c.end, nxt.start)
                or (preposition and COMPLEMENT_GAP.fullmatch(text, c.end, nxt.start)
                    and not engine(c.lang).noun_link_end.search(text[c.end:nxt.start])
                    and not engine(c.lang).topic_link_end.search(text[c.end:nxt.start])))
            if gap is not None:
                if engine(c.lang).approximate.search(gap) or follows:
                    # "on Sunday, nearly four weeks after the vote": too vague to date the vote;
                    # "on Sunday, three weeks after the February 8 vote": both ends are dated already.
                    continue
                # "elected on Monday, a day after the party nominated him": the nomination is
                # the Sunday before; the count dates what follows it, counted back from Monday.
                linked.append(_Candidate(c.start, c.end, c.kind, {**c.groups, "reverse": True}, c.lang, inner=prev))
                continue
            coming = engine(c.lang).coming_before
            if preposition and not follows and c.kind == "shift" and coming is not None \
                    and coming.search(text, max(0, c.start - 30), c.start):
                # "The conviction on January 31 came a day after a court sentenced him": what it came
                # after is a day before the date the sentence gives it, or (none) the report's news
                # (see _reversed_base), counted back.
                dated = prev is not None and prev.kind in day_kinds and not SENTENCE_BREAK.search(text, prev.end, c.start)
                linked.append(_Candidate(c.start, c.end, c.kind, {**c.groups, "reverse": True}, c.lang,
                                         inner=prev if dated else None))
                continue
            if follows:  # counted from the date of what the count is after
                c = _Candidate(c.start, c.end, c.kind, c.groups, c.lang, inner=nxt)
            elif preposition and c.kind == "shift" and prev is not None and prev.kind in day_kinds \
                    and not engine(c.lang).data["count_complement_follows"] \
                    and _linked_before(text[prev.end:c.start], engine(c.lang)):
                # "8 فروری کے عام انتخابات کے آٹھ دن بعد": counted from the day written before it, through what
                # that day names ("8 فروری کو ہونے والے انتخابات کے دو دن بعد")
                c = _Candidate(c.start, c.end, c.kind, c.groups, c.lang, inner=prev)
        linked.append(c)
    return linked


LINKED_WORDS = 6  # words between a day and a count after it that the language links to it ("کے عام انتخابات کے")


def _linked_before(between: str, eng: _Engine) -> bool:
    """Whether the words between a day and a count that follows it, in a language that puts what a count is from
    before it, end on one of its `count_links` with no clause break among them ("کے عام انتخابات کے")."""
    words = between.split()
    # (one noun the day names, at most: not "9 مئی کے ملزمان کی رہائی کے دو دن بعد", counted from the release, nor
    # "8 فروری کے انتخابات کے نتائج کے", from the results)
    links = [w for w in words if eng.has("count_links", w) or eng.has("filler_words", w)]  # (its postpositions)
    return 0 < len(words) <= LINKED_WORDS and eng.has("count_links", words[-1]) and len(links) <= 2 \
        and not re.search(r"[.,;:!?،۔؛]", between) and not any(eng.has("clause_breaks", w) for w in words)


# --- tense of the governing clause ------------------------------------------------

def _clause_window(text: str, start: int, end: int, eng: _Engine) -> tuple[str, str]:
    """The text of the clause before a mention, and after it up to the next clause break
    or reported clause ("declared that ...", "said ...")."""
    left = text[max(0, start - 160):start]
    before = left
    for m in eng.clause_break.finditer(left):
        before = left[m.end():]
    right = text[end:end + 160]
    right = right[len(right) - len(right.lstrip(" ,")):]  # "The party, on Monday, will ..."
    brk = eng.cut_after.search(right)
    # (cut before "that" with no space left over: "few people expected [that ...]" is no
    # "expected " that ends a window right before its date)
    after = right[:brk.start()].rstrip() if brk else right
    return before, after


def _future_spans(fragment: str, eng: _Engine) -> list[tuple[int, int, bool]]:
    """Future markers of a fragment as (start, end, is_plan_word), leaving out those in the past
    perfect ("had planned a rally", "had called for a protest"): a plan made before, told as past."""
    spans = []
    for m in eng.future.finditer(fragment):
        if not eng.past_perfect_before.search(fragment, 0, m.start()):
            spans.append((m.start(), m.end(), m.group("plan") is not None))
    if eng.future_endings:
        for m in WORD.finditer(fragment):
            if m.group().endswith(eng.future_endings):
                spans.append((m.start(), m.end(), True))
    return spans


def _last_future(fragment: str, eng: _Engine) -> int:
    """Where the last future marker of a fragment starts, or -1."""
    return max((start for start, _, _ in _future_spans(fragment, eng)), default=-1)


def _has_future(fragment: str, eng: _Engine) -> bool:
    return _last_future(fragment, eng) >= 0


def _inside(position: int, spans: list[tuple[int, int, bool]]) -> bool:
    return any(start <= position < end for start, end, _ in spans)


def _postponed_to(text: str, start: int, end: int, eng: _Engine, before: str, after: str) -> bool:
    """A date that is the target of a postponement ("adjourned the hearing until the 12th",
    "put off the session to Monday", Urdu "12 مارچ تک ملتوی") lies ahead of the report."""
    targeted = eng.target_before.search(before) or eng.target_before.search(text[start:end].split()[0] + " ") \
        or eng.target_after.search(after)
    if not targeted:
        return False
    # "had adjourned the case until March 1" looks back at a target, it does not announce one.
    verbs = [m for fragment in (before, after) for m in eng.postpone.finditer(fragment)
             if not eng.past_perfect_before.search(fragment, 0, m.start())]
    return bool(verbs)


def _designated_ahead(text: str, end: int, eng: _Engine, before: str) -> bool:
    """A day a verb sets for something, the verb right before it and a designation word after it ("approved May 16 as
    the polling day", "fixed Sunday as the deadline"), not told in the past perfect ("had fixed March 3 as ...", a
    plan made before, which may have passed)."""
    words = WORD.findall(before)
    designated = eng.designated_after.match(text, end)
    # (the designation's noun phrase after it: "as the polling day", "as a public holiday"; not "as results came in")
    return bool(words) and eng.has("designating_verbs", words[-1]) and designated is not None \
        and eng.has("determiners", (WORD.findall(text[designated.end():designated.end() + 20]) or [""])[0]) \
        and not eng.past_perfect_before.search(before)


def _opening_year(text: str, norm: str, c: _Candidate, r: _Resolved, ctx: _Context) -> tuple[int, int, int] | None:
    """A year that opens its sentence before a comma ("Last year, ...", "In 2025, ..."), which frames the first day its
    clause writes: its sentence, where its comma ends, and the year; not one told of a noun ("senators elected in 2018
    complete their terms on March 11", "2024 election anniversary: ..."), nor a bound ("Since 2018, ...")."""
    if r.value is None or r.precision != "year" or r.first is None or r.last is None or r.first.year != r.last.year:
        return None
    comma = YEAR_OPENER_COMMA.match(norm, c.end)
    if comma is None or WORD.findall(norm, ctx.sentence_bounds(c.start)[0], c.start):
        return None
    opener = WORD.findall(text[c.start:c.end])
    if opener and any(engine(c.lang).has(key, opener[0]) for key in ("past_prepositions", "deadline_words")):
        return None
    return ctx.sentence(c.start), comma.end(), r.first.year


def _in_opening_year(c: _Candidate, ctx: _Context, eng: _Engine, first: date) -> date | None:
    """The day a yearless date (`first`, as read from publication) is in the year that opens its sentence, when it is
    the first day that year's clause writes, told as done by publication ("Last year, the province unveiled its budget
    on June 13"): none past a mark, another clause's word, "that" or an infinitive ("Last year, the court ordered that
    elections be held on February 8": a day the year's act set for later)."""
    told = ctx.year_told
    if told is None or told[0] != ctx.sentence(c.start) or told[1] > c.start or told[2] >= first.year or ctx.future(c):
        return None
    text, start, end = ctx.text, told[1], c.start
    if YEAR_CLAUSE_BREAK.search(text, start, end) or eng.next_clause.search(text, start, end) \
            or YEAR_INFINITIVE.search(text, start, end) or any(eng.has("complementizers", w) for w in WORD.findall(text, start, end)):
        return None
    own = calendar_day(first.day, first.month, told[2])
    return own if own is not None and own <= ctx.published else None


def _postponed_own(text: str, start: int, end: int, eng: _Engine, before: str, after: str) -> bool:
    """A date that owns what is put off ("postponed tomorrow's protest", Urdu "کل کا احتجاج موخر
    کر دیا"): what was put off still lay ahead."""
    genitives = eng.data["genitives"]
    if not genitives:
        return False
    owned = any(text[start:end].endswith(g) for g in genitives) or eng.genitive_after.match(text[end:end + 8])
    # (the word before "of" heads the phrase, unless it only counts what the day owns: "Several of Friday's rallies
    # were postponed")
    own_words = re.findall(r"[^\W\d_]+", text[start:end])
    words_before = re.findall(r"[^\W\d_]+", text[max(0, start - 30):start])
    if own_words and eng.has("head_of_words", own_words[0]):
        head = words_before[-1] if words_before else None  # (the mention opens with "of": "of Thursday's")
    else:
        head = words_before[-2] if len(words_before) > 1 and eng.has("head_of_words", words_before[-1]) else None
    if owned and head is not None and not eng.has("partitive_words", head):
        return False  # "Results of Thursday's election were delayed": the results were put off, not the election
    return bool(owned) and any(not eng.past_perfect_before.search(fragment, 0, m.start())
                               and not _noun_use(fragment, m.start(), eng)
                               for fragment in (before, after) for m in eng.postpone.finditer(fragment))


def _noun_use(fragment: str, at: int, eng: _Engine) -> bool:
    """Whether the word at `at` follows a preposition of an object or a determiner: a noun ("was marred
    by delays", "the deadline"), not a verb that put anything off ("agreed to defer")."""
    previous = re.findall(r"[^\W\d_]+", fragment[max(0, at - 20):at])
    d = eng.data
    return bool(previous) and previous[-1].lower() in {w.lower() for w in (
        *d.get("object_prepositions", []), *d.get("determiners", []))}


def past_plan(text: str, start: int, end: int, language: str = "en") -> bool:
    """Whether the clause governing text[start:end] tells of a plan in the past perfect ("had
    planned a rally on February 11"): the date is past, and what was planned stays planned."""
    eng = engine(language if language in languages.available() else "en")
    before, _ = _clause_window(text, start, end, eng)
    for m in eng.future.finditer(before):
        if m.group("plan") is not None and eng.past_perfect_before.search(before, 0, m.start()) \
                and not _has_future(before[m.end():], eng):
            return True
    return False


def clause_tense(text: str, start: int, end: int, language: str = "en") -> str | None:
    """'past', 'future' or None (unmarked) for the clause that governs text[start:end]: the target
    of a postponement is future; a past verb right before or right after the date settles it as
    past ("met on Monday", "on Monday declared that ... will"), unless that verb is part of a
    future marker ("are expected in March"); a date in a relative clause with a past verb is past
    ("voters who stayed home in Thursday's election will be asked"); otherwise a future marker of
    the language in the clause (for verb-final languages, anywhere up to the clause's end) makes
    it future; otherwise a past verb earlier in the clause makes it past."""
    eng = engine(language if language in languages.available() else "en")
    before, after = _clause_window(text, start, end, eng)
    if eng.since.search(before) or eng.since_start.match(text, start, end):
        return "past"  # "since May 9": what began then began before the report
    if _issued_statement(eng, text, end):
        return "past"  # "جمعہ کو جاری اعلامیے کے مطابق ... اجلاس ... ہوگا": the statement was issued on Friday
    if _postponed_to(text, start, end, eng, before, after):
        return "future"
    if _postponed_own(text, start, end, eng, before, after):
        return "future"
    if _designated_ahead(text, end, eng, before):
        return "future"  # "approved May 16 as the polling day": a day set for what is to come
    # (the noun before the date, "اجلاس منگل کو طلب", or after it with its verb next, "نے پیر کو اجلاس طلب کر لیا",
    # "جمعرات کو پارٹی کی سیاسی کمیٹی کا اجلاس طلب کر لیا گیا ہے"; not one told in the past perfect, "اجلاس طلب کیا تھا
    # جو کئی گھنٹے جاری رہا", nor the meeting something was sought in, "پیر کو اجلاس میں رپورٹ طلب کر لی")
    words = after.split()
    perfects = _data_rx(eng.code, "past_perfect_auxiliaries", WHOLE_WORDS)
    noun_after = perfects is not None and not perfects.search(after) \
        and any(eng.summoned_noun.search(" ".join(words[:k] if k <= 2 else words[k - 1:k]))
                and eng.summoning_verb.match(" ".join(words[k:k + 1]))
                and (k <= 2 or (_names_only(words[:k - 1], eng)
                                 and _summoned_ahead(words[k + 1:k + 1 + SUMMONING_GROUP_WORDS], eng)))
                for k in range(1, SUMMONED_NOUN_WORDS + 1))
    summons = eng.summoning_verb.search(after) if eng.summoned_noun.search(before) or noun_after else None
    if summons and not (eng.past_anywhere and eng.past_anywhere.search(after, 0, summons.start())):
        # (not "اجلاس منگل کو ہوا جس میں رپورٹ طلب کی گئی": the session was held, a report was sought in it)
        return "future"  # "قومی اسمبلی کا اجلاس جمعرات کو طلب کیا گیا": the session is summoned for Thursday
    futures = _future_spans(before, eng) + _modal_spans(before, eng, _deadline(before, text[start:end], eng))
    reporting = eng.reported_by.search(before)
    if reporting and not any(f >= reporting.start() for f, _, _ in futures):
        return "past"  # "told reporters on Monday the party would ...": "would" is the reported clause's
    if eng.past_after is not None:
        near_past = eng.past_before.search(before)
        if near_past and _adverb_after_auxiliary(before[:near_past.start()], eng):
            near_past = None  # "will be formally signed on Friday": a participle, as "will be signed" is
        if near_past and eng.relative.search(before, near_past.start() + 1):
            # (a relative pronoun after the past verb opens the date's own clause, whose own verb decides: "روسٹر جاری
            # کر دیا جو 17 سے 19 ستمبر تک نافذ رہے گا" is ahead; "اعلان کیا جو 9 مئی کو گرفتار ہوئے ان کی رہائی ...
            # ہوگی" is past, its verb "ہوئے" coming before the main clause's future)
            near_past = None
            own_verb = eng.past_anywhere.search(after) if eng.past_anywhere is not None else None
            if own_verb and not _has_future(after[:own_verb.start()], eng):
                return "past"
        # (not a past verb that a future marker holds: "results were expected later in the day")
        if (near_past and not any(f < near_past.end() and near_past.start() < e for f, e, _ in futures)) \
                or eng.past_after.search(after):
            return "past"
        if _opens_told_done(before, after, eng):
            return "past"  # "On March 3, parliament elected him"
    past_positions = [m.start() for m in eng.past_anywhere.finditer(before)
                      if not _inside(m.start(), futures) and not _agent_participle(before, m, eng)
                      and not _adverb_after_auxiliary(before[:m.start()], eng)] \
        if eng.past_anywhere is not None else []
    relatives = list(eng.relative.finditer(before))
    if relatives:
        opened = relatives[-1].end()
        if any(p >= opened for p in past_positions) and not any(f >= opened for f, _, _ in futures):
            return "past"
    reach = after if eng.data["verb_position"] == "final" else after[:40]
    joined = eng.next_clause.search(reach)
    if joined:  # "submitted on the 20th, and vowed to ...": the next clause's plan is not this date's
        reach = reach[:joined.start()]
    if eng.data["verb_position"] == "final" and eng.past_anywhere is not None \
            and (opened := eng.relative.search(reach)) is not None \
            and (verb := list(eng.past_anywhere.finditer(reach, 0, opened.start()))) \
            and not ((presents := _data_rx(eng.code, "present_auxiliaries", WHOLE_WORDS)) is not None
                     and presents.search(reach, verb[-1].end(), opened.start())) \
            and not _has_future(reach[:opened.start()], eng) \
            and not eng.summoning_verb.search(reach, 0, opened.start()) \
            and eng.units_of.get((reach[opened.end():].split() or [""])[0].lower()) != "day":
        # (a relative clause after the date's own simple past tells its own time: "مذاکرات منگل کی رات ... معاہدے پر ختم
        # ہوئے جس کے تحت ... امیدوار ہوں گے"; not after a present perfect, which may set the day ahead: "اتوار کو اجلاس
        # بلایا ہے جس میں ترمیم پیش کی جائے گی", nor after a session summoned, "اجلاس طلب کیا جس میں ... حلف اٹھائیں گے",
        # nor before "جس روز", the day itself: "تعطیل کا اعلان کیا جس روز ... پولنگ ہوگی")
        reach = reach[:opened.start()]
    done = eng.past_clause_end.search(reach)
    if done and not _has_future(reach[:done.start()], eng):
        return "past"  # "8 فروری کو مینڈیٹ چرایا گیا اور حکومت نہیں چلے گی": the future is the next clause's
    if eng.data["verb_position"] == "final" and eng.past_anywhere is not None:
        # a relative clause the date opens, its past verb before the main clause's future: "8 فروری کو
        # عوام نے جو اعتماد دیا اس پر پورا اتریں گی" (will live up to the trust the people gave on 8 February)
        opener = eng.relative.search(reach)
        agents = _data_rx(eng.code, "relative_agent_markers", rf"{WORD_START}(?:%s)\s+$")
        # (the relative clause's own agent before its pronoun: "عوام نے جو ... دیا"; not "وہ امیدوار جو ... ہار
        # گئے تھے ... ریلی نکالیں گے", where the date is the main clause's)
        between = reach[:opener.start()] if opener else ""
        for word in eng.data.get("day_postpositions") or []:  # (the date's own "کو")
            between = between.replace(word, " ")
        if opener and between.strip() and not (agents is not None and agents.search(reach[:opener.start()])):
            opener = None  # (right after the date, or after its agent: "8 فروری کو جو مینڈیٹ چرایا گیا")
        verb = eng.past_anywhere.search(reach, opener.end()) if opener else None
        if verb and not _has_future(reach[:verb.end() + RELATIVE_VERB_REACH], eng):
            return "past"  # (not "جس میں فیصلہ کیا جائے گا": a passive future)
    ahead = _future_spans(reach, eng)
    if ahead and not _only_prepositions_ahead(reach, ahead, eng, past_positions):
        return "future"
    if eng.data["verb_position"] == "final" and eng.past_anywhere is not None and eng.past_anywhere.search(reach):
        return "past"  # Urdu "23 جنوری کو ختم ہو گئے تھے": the verb at the clause's end is past
    # Before the date, the nearer of a future marker and a past verb governs: "will join the SIC,
    # the party said on Wednesday" is past; "said it will protest on Friday" is future.
    future_at = max((f for f, _, _ in futures), default=-1)
    past_at = max(past_positions, default=-1)
    if future_at < 0 and past_at < 0:
        return None
    return "future" if future_at >= past_at else "past"  # a tie is "set to", "scheduled": future


def _agent_participle(fragment: str, verb: re.Match, eng: _Engine) -> bool:
    """Whether a past form is a participle after its noun, its doer next ("the target set by the IMF",
    "the deadline fixed by the court"): it tells no time of the clause; not one after an auxiliary
    ("was set by the court")."""
    words = WORD.findall(fragment[:verb.start()])
    # (nor a verb after its relative pronoun or a pronoun subject, "the judges who stood by the verdict", nor one of
    # the verbs that go with "by" and no doer, "stood by its decision")
    if words and (eng.has("auxiliaries", words[-1]) or eng.has("relative_pronouns", words[-1])
                  or eng.has("subject_pronouns", words[-1])):
        return False
    if eng.has("by_verbs", verb.group().strip()):
        return False
    following = WORD.findall(fragment[verb.end():verb.end() + 30])[:2]
    return len(following) == 2 and eng.has("agent_words", following[0]) and eng.has("determiners", following[1])


MODAL_REACH_WORDS = 2  # words between a modal's verb and the date it puts ahead ("can be filed on Saturday")
MODAL_DEADLINE_WORDS = 8  # ... and a deadline it puts ahead ("must be issued to all the winning candidates by Friday")
SUMMONED_NOUN_WORDS = 8  # words from a date to the verb that summons a session named after it
SUMMONING_GROUP_WORDS = 4  # words of the summoning verb's group after it ("کر لیا گیا ہے")
RELATIVE_VERB_REACH = 12  # characters after a relative clause's past verb that may still make it future


WHOLE_WORDS = rf"{WORD_START}(?:%s){WORD_END}"
SINCE_AFTER = rf"\s*(?:\S+\s+)?(?:%s){WORD_END}"  # right after a day, or one word on: "کل سے", "کل رات سے"


def _issued_statement(eng: _Engine, text: str, end: int) -> bool:
    """Whether a participle of issuing and a statement's noun follow the date: "جمعہ کو جاری اعلامیے" (the statement
    issued on Friday); not the verb of a plan, "بدھ تک جاری کیے جائیں گے" (will be issued by Wednesday)."""
    pattern = _issued_rx(eng.code)
    return pattern is not None and pattern.match(text, end) is not None


@lru_cache(maxsize=8)
def _issued_rx(code: str) -> re.Pattern | None:
    """The participle, the statement's noun and what it says ("جاری اعلامیے کے مطابق"), after the date's own
    postposition if the date leaves it out ("20 ستمبر کو جاری ..."); not after "تک", a deadline."""
    data = engine(code).data
    issued, nouns = data.get("issued_words") or [], data.get("announcement_words") or []
    attributions = data.get("attribution_after_words") or []
    if not issued or not nouns or not attributions:
        return None
    postpositions = data.get("day_postpositions") or []  # "تک", a deadline's, is not among them
    optional = rf"(?:(?:{_alt(postpositions)})\s+)?" if postpositions else ""
    return re.compile(rf"\s*{optional}(?:{_alt(issued)})\s+(?:{_alt(nouns)})\s+(?:{_alt(attributions)}){WORD_END}")


def _only_prepositions_ahead(reach: str, ahead: list[tuple[int, int, bool]], eng: _Engine,
                             past_positions: list[int]) -> bool:
    """Whether the future markers after a date (`ahead`, their spans), in a clause told in the past before it, are only the language's
    `future_prepositions`, which govern what follows them ("Security was tightened in Islamabad on Saturday ahead of
    the rallies": Saturday is past)."""
    words = _data_rx(eng.code, "future_prepositions", WHOLE_WORDS, re.IGNORECASE)
    if words is None or not past_positions or eng.data["verb_position"] == "final":
        return False
    return all(words.match(reach, start) for start, _, _ in ahead)


def _names_only(words: list[str], eng: _Engine) -> bool:
    """Whether the words between a date and a session's noun only name the session ("پارٹی کی سیاسی کمیٹی کا"): none of
    the language's `summons_name_blockers` (an agent's mark, a postposition of time or place) and no past verb ("پیر کو
    پیشی کے بعد کور کمیٹی کا اجلاس": the appearance was on Monday)."""
    return not any(eng.has("summons_name_blockers", w)
                   or (eng.past_anywhere is not None and eng.past_anywhere.fullmatch(w)) for w in words)


def _summoned_ahead(group: list[str], eng: _Engine) -> bool:
    """Whether the words after a summoning verb far from its date tell it in the present perfect or the future ("طلب
    کر لیا گیا ہے", "طلب کیا جائے گا"), before the clause goes on ("اور", "جس میں"): a session told summoned in the
    simple past ("اتوار کو قومی اسمبلی کا اجلاس طلب کیا گیا جو رات گئے تک جاری رہا") met that day."""
    for word in group:
        if eng.has("clause_joiners", word) or eng.has("relative_pronouns", word):
            return False
        if eng.has("present_auxiliaries", word) or _has_future(word, eng):
            return True
    return False


def _adverb_after_auxiliary(before: str, eng: _Engine) -> bool:
    """Whether `before` ends on an auxiliary that keeps a past form after it from being a past verb ("be", "will": the
    language's `not_past_before`, not its determiners nor prepositions) and an adverb of the language's `adverb_endings`
    ("be formally", "will jointly"; not "the assembly passed")."""
    found = _auxiliary_adverb_rx(eng.code)
    return found is not None and found.search(before) is not None


@lru_cache(maxsize=16)
def _auxiliary_adverb_rx(code: str) -> re.Pattern | None:
    """The pattern of `_adverb_after_auxiliary`, built once per language."""
    eng = engine(code)
    # (not after a determiner, a possessive or a preposition: "the assembly passed", "his family staged")
    words = [w for w in eng.data["not_past_before"] if not w.startswith("-") and not eng.has("determiners", w)
             and not eng.has("prepositions", w) and not eng.has("object_prepositions", w)]
    return _data_rx(code, "adverb_endings", rf"\b(?:{_alt(words)})\s+[^\W\d_]+(?:%s)\s+$") if words else None


@lru_cache(maxsize=64)
def _data_rx(code: str, key: str, wrap: str | None = None, flags: int = 0) -> re.Pattern | None:
    """One pattern of a language's optional list `key`: its regular expressions, or its phrases put in
    `wrap` at "%s" (WHOLE_WORDS); None when the list is empty."""
    items = engine(code).data.get(key) or []
    if not items:
        return None
    if wrap is not None:
        return re.compile(wrap.replace("%s", _alt(items)), flags)
    return re.compile("|".join(f"(?:{p})" for p in items), flags)


def _modal_spans(before: str, eng: _Engine, deadline: bool = False) -> list[tuple[int, int, bool]]:
    """Modals before a date that put it ahead ("can be filed till Saturday"), as future spans: right
    before the date, or further before a deadline's ("must be issued to all the winners by Friday"); not
    a day further on, which may be another act's ("must answer for the shutdown on Thursday").  Obligations
    (`deadline_modals_before`: "has to meet the target by June 30") only before a deadline's day."""
    reach = MODAL_DEADLINE_WORDS if deadline else MODAL_REACH_WORDS
    spans = []
    for key in ("modals_before", *(("deadline_modals_before",) if deadline else ())):
        rx = _data_rx(eng.code, key, flags=re.IGNORECASE)
        spans += [(m.start(), m.end(), False) for m in rx.finditer(before)
                  if len(before[m.end():].split()) <= reach] if rx is not None else []
    return spans


def _deadline(before: str, mention: str, eng: _Engine) -> bool:
    """Whether a date is a deadline's ("by Friday", "till Saturday"): the preposition right before it
    or opening it (not "the arrests by the police on Thursday")."""
    before_rx = _data_rx(eng.code, "deadline_words", rf"{WORD_START}(?:%s)\s+$", re.IGNORECASE)
    opening_rx = _data_rx(eng.code, "deadline_words", r"\s*(?:%s)\s", re.IGNORECASE)
    return before_rx is not None and (before_rx.search(before) is not None or opening_rx.match(mention) is not None)


def _since_after(text: str, c: _Candidate, eng: _Engine, after: str) -> bool:
    """A day where a stretch began ("کل سے ... کر رہے ہیں", since yesterday); not one where a start is
    told ("کل سے تحریک شروع کر رہی ہے", is starting from tomorrow).  `after`: the rest of its clause."""
    since = _data_rx(eng.code, "since_after", SINCE_AFTER)
    own = (text[c.start:c.end].split() or [""])[-1]  # ("فروری سے", a month read with its postposition)
    if since is None or (since.match(text, c.end) is None and not eng.has("since_after", own)):
        return False
    starts = _data_rx(eng.code, "start_words", WHOLE_WORDS)
    relative = eng.relative.search(after)
    after = after[:relative.start()] if relative else after  # (not a start told of in a relative clause)
    return not (starts is not None and starts.search(after))


OWN_VERB_WORDS = 8  # words from a weekday or month to a progressive verb that is its own
CLAUSE_MARKS = re.compile(r"[,;:،؛]")  # commas, colons and semicolons of both scripts
YEAR_OPENING = re.compile(r"\s*([^\W\d]+(?:\s+[^\W\d]+)?)\s*[,،]")  # a sentence's first one or two words, then a comma


def _progressive(text: str, c: _Candidate, eng: _Engine, within_words: int | None = None) -> bool:
    """Whether the clause of a day that is yesterday or tomorrow by its tense, or of a weekday or month, is in the
    present progressive ("بیلاروس کے صدر کل اسلام آباد پہنچ رہے ہیں", are arriving tomorrow): it lies ahead.
    `within_words`: the progressive no further on than that many words (a weekday's own verb, not the main clause's
    after a phrase it dates: "جمعے کو بادل پھٹنے ... کے بعد ... تعداد میں مسلسل اضافہ ہو رہا ہے")."""
    rx = _data_rx(c.lang, "progressive_patterns")
    if rx is None:
        return False
    _, after = _clause_window(text, c.start, c.end, eng)
    if _since_after(text, c, eng, after):
        return False  # ("کل سے ... کر رہے ہیں": since yesterday)
    found = rx.search(after if eng.data["verb_position"] == "final" else after[:40])
    if found is None or within_words is None:
        return found is not None
    # (not past the end of a phrase the date belongs to: "پیر کو ہونے والے حملے کی تحقیقات کی جا رہی ہیں", "بدھ کو
    # جھڑپوں کے بعد شہر میں کشیدگی بڑھ رہی ہے")
    between = after[:found.start()].split()
    return len(between) <= within_words and not any(eng.has("date_phrase_closers", w) for w in between)


def _tense_or_progressive(ctx: _Context, c: _Candidate) -> str | None:
    """The tense of a weekday's or a month's clause; one read as neither is ahead when its own verb, a few words on,
    is in the present progressive (see `_progressive`)."""
    tense = ctx.tense(c)
    if tense is None and _progressive(ctx.text, c, engine(c.lang), OWN_VERB_WORDS):
        return "future"
    return tense


@lru_cache(maxsize=8)
def _longer_subject_past(pattern: str) -> re.Pattern:
    """The language's `past_after_subject` with a subject of up to six words."""
    return re.compile(pattern.replace("{1,4}?", "{1,6}?"))


def _opens_told_done(before: str, after: str, eng: _Engine, longer: bool = False) -> bool:
    """Whether the date opens its clause (only a preposition before it) and a subject of up to four
    words (no relative clause: "lawmakers who voted ... will") and a past verb follow: "On March 3,
    parliament elected him".  `longer`: a subject of up to six words, and no future anywhere in the clause ("On February
    17, a serving commissioner in Rawalpindi confessed ...", read only in a narrative of last year's days, since a
    participle may stand there: "members of the new National Assembly elected in February will choose")."""
    if not all(eng.has("day_prepositions", w) or eng.has("month_prepositions", w) for w in WORD.findall(before)):
        return False
    if eng.past_after_subject is None or (longer and _future_spans(after, eng)):
        return False
    m = (_longer_subject_past(eng.past_after_subject.pattern) if longer else eng.past_after_subject).match(after)
    # (no future marker in it: "February 15, repolling will be held" is no subject and a past verb)
    return m is not None and not _future_spans(m.group("subject"), eng) \
        and not any(eng.has("relative_pronouns", w) or eng.has("passive_auxiliaries", w) for w in WORD.findall(m.group("subject")))


def speaks_of_future(text: str, start: int, end: int, language: str = "en") -> bool:
    """Whether the clause that governs text[start:end] speaks of the future (see clause_tense)."""
    return clause_tense(text, start, end, language) == "future"


def clause_status(text: str, start: int, end: int, language: str = "en", *,
                  first_day: date | None = None, last_day: date | None = None,
                  published: date | None = None, future: bool | None = None) -> str:
    """'planned' or 'happened' for a date span: planned when the governing clause speaks of
    the future and the period does not end before publication, or when the period starts
    after publication; happened otherwise.  Without dates, the clause alone decides."""
    if future is None:
        future = speaks_of_future(text, start, end, language)
    if published is None or first_day is None:
        return "planned" if future else "happened"
    if first_day > published:
        return "planned"
    return "planned" if future and (last_day or first_day) >= published else "happened"


# --- resolving ------------------------------------------------------------------

TARGET_REACH = timedelta(days=300)  # how far ahead a postponement's target may plausibly lie


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _month_end(year: int, month: int) -> date:
    ny, nm = _shift_month(year, month, 1)
    return date(ny, nm, 1) - timedelta(days=1)


def resolve_weekday(weekday: int, published: date, modifier: str | None, future: bool,
                    direction: int | None = None) -> date:
    """The same weekday means the publication day; otherwise the last one, or the next one
    when the sentence speaks of the future or says 'next'.  `direction` is the modifier's
    meaning from the language's list (-1 last, 0 this, 1 next); English words are read
    when it is not given."""
    if direction is None:
        direction = {"next": 1, "coming": 1, "last": -1, "past": -1, "previous": -1, "this": 0}.get(
            (modifier or "").lower())
    back = (published.weekday() - weekday) % 7
    ahead = (weekday - published.weekday()) % 7
    if direction == 1 and (modifier or "").lower() != "coming":
        return published + timedelta(days=ahead or 7)
    if direction == -1:
        return published - timedelta(days=back or 7)
    if direction == 0:
        # "this Thursday": the one of the publication's week, or the coming one in a future clause.
        same_week = published + timedelta(days=weekday - published.weekday())
        if future and same_week < published:
            return published + timedelta(days=ahead)
        return same_week
    if direction == 1 or future:
        return published + timedelta(days=ahead)
    return published - timedelta(days=back)


NARRATIVE_AFTER = 60  # days: a yearless past day this soon after the narrative's day, in its year, is of that year
SAME_DAY_NARRATIVE = 3  # ... and, when it is the report's own day, only this soon after
RECENT_DAYS = 90  # days: a yearless day this soon before publication is news of the report's year
YEAR_OPENER_COMMA = re.compile(r"\s*[,،]\s*")  # the comma after a year that opens its sentence ("Last year, ...")
YEAR_CLAUSE_BREAK = re.compile(r"[,;:()،؛—–]")  # a mark between the opening year and a day: the day is another clause's
# (nor a plan the year's act set, "Last year, the court ordered that elections be held on February 8", "In 2023, the
# president approved the proposal to hold elections on February 8": what was set for a day may lie in the next year)
YEAR_INFINITIVE = re.compile(r"\bto\s+[a-z]+\b|\bbe\s+[a-z]+\b")
NARRATIVE_YEAR_REACH = 31  # days: a yearless day told as done this soon after the narrative's day of an earlier year is in it
NAMED_AHEAD = timedelta(days=14)  # a future weekday the text has just named with its date, this near ahead, is that day
FUTURE_JUST_PASSED = timedelta(days=45)  # a future clause's yearless day this recent is that day, not next year's
DEADLINE_JUST_PASSED = timedelta(days=14)  # ... and for a deadline's day ("by June 30")


def resolve_day_month(day_month: date, published: date, future: bool, past: bool = False,
                      done: bool = False, deadline: bool = False) -> date:
    """A day and month without a year: the latest such date no more than 60 days after
    publication (a near date is this year's), or the next one for future sentences (unless this
    year's passed less than two weeks before: a plan that was missed or reported late); a past
    clause never takes next year's ("ended on January 3" in a December report); a clause the date
    opens, its subject and past verb after it (`done`), no day still ahead either ("On March 3,
    parliament elected him", in a February report, is last year's).  (A past verb after the date
    may announce what is to come: "announced a meeting on February 25".)"""
    options = []
    for year in (published.year - 1, published.year, *(() if past else (published.year + 1,))):
        try:
            options.append(day_month.replace(year=year))
        except ValueError:  # 29 February in a common year
            continue
    if not options:  # 29 February with no leap year among them: the latest leap year before
        year = published.year - 1
        while not calendar.isleap(year):
            year -= 1
        options.append(day_month.replace(year=year))
    if done and not future and any(d <= published for d in options):
        return max(d for d in options if d <= published)
    if future:
        later = [d for d in options if d >= published]
        # (a deadline weeks gone is next year's: "will have to borrow $5 billion by June 30", written in August)
        reach = DEADLINE_JUST_PASSED if deadline else FUTURE_JUST_PASSED
        just_passed = [d for d in options if timedelta(0) < published - d <= reach]
        if just_passed:
            # "was scheduled to be held on April 2 but postponed", written on April 9: a plan for a
            # day a few days gone, not for the same day a year on.
            return just_passed[0]
        if later:
            return min(later)
    near = [d for d in options if d <= published + timedelta(days=60)]
    return max(near) if near else min(options)


@lru_cache(maxsize=8)
def _noun_patterns(nouns: tuple[str, ...], words_before: int = 2) -> tuple[re.Pattern, re.Pattern]:
    """A noun right after a date, at most one word between ("the February 8 general elections",
    "8 فروری کا الیکشن"), or before it, at most `words_before` words between ("the elections held
    on February 8"; with four, "the general elections, which took place on 8 February")."""
    alt = _alt(nouns)
    comma = r"(?:,(?=\s+(?:which|that)\b))?" if words_before > 2 else ""  # (", which took place on")
    return (re.compile(rf"^(?:['’]s)?(?:\s+[^\W\d]+)?\s+{alt}(?![\w-])"),
            re.compile(rf"(?<![\w-]){alt}{comma}(?:\s+[^\W\d]+){{0,{words_before}}}\s+$"))


def noun_right_after(text: str, end: int, nouns: tuple[str, ...]) -> bool:
    """Whether one of `nouns` follows the date ending at `end`, at most one word between ("May 9 cases")."""
    return bool(nouns) and bool(_noun_patterns(nouns)[0].match(text[end:end + 40]))


def _named_by(text: str, start: int, end: int, nouns: tuple[str, ...]) -> bool:
    return noun_right_after(text, end, nouns) or (bool(nouns) and bool(
        _noun_patterns(nouns)[1].search(text[max(0, start - 60):start])))


CLOCK_ZONES = r"(?:GMT|UTC|PKT|PST|IST|BST|EST|CET|hrs|hours|h)\b"  # after a bare four figures: a time

NAMED_MONTH_AHEAD = 2  # months: a future sentence's named month ("the March polls") further ahead than this is past
KNOWN_DAY_REACH = 45  # days: nearer to a yearly return of a story's day, a report may mean that return
KNOWN_DAY_FAR_AHEAD = 200  # days: a plan for a story's day further ahead than this is rather that day itself


# words between a noun of the story's day and the date, in a sentence that writes no year, on a
# page that prints no date: "the elections held in Pakistan on February 8"
SENTENCE_NOUN_REACH = 4
WEEKDAY_WRITTEN = "the weekday written with it"  # anchor_from of a yearless day a weekday gives the year of
WRITTEN_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
YEAR_ANCHOR_BEFORE = 7   # days: a page with no date may recall the days just before its latest dated one
YEAR_ANCHOR_AFTER = 60   # ... and reports what followed it within weeks


def _year_near_anchor(day: date, anchor: date) -> date | None:
    """On a page with no date, the one reading of a yearless day-month close after the latest day
    the page dates in full or by the story's name ("the February 8 elections ... on Feb 22" is
    2024), else None: further from it, the year is anyone's guess."""
    fits = [d for y in (anchor.year - 1, anchor.year, anchor.year + 1)
            if (d := calendar_day(day.day, day.month, y)) is not None
            and -YEAR_ANCHOR_BEFORE <= (d - anchor).days <= YEAR_ANCHOR_AFTER]
    return fits[0] if len(fits) == 1 else None


def _in_month_of(first: date, plain: list[date]) -> list[date | None]:
    """A day-month's days ("June 4 and 5") in the year and month `first` was read in."""
    return [first] + [calendar_day(p.day, first.month, first.year) for p in plain[1:]]


def _days_read(days: list[date | None], span: str, anchor=None, anchor_from=None, known=None) -> _Resolved:
    """A day-month mention's day, or the two ends of its range; impossible when one is no day
    of that month ("February 28-29" of 2023)."""
    if None in days:
        return _problem(f"impossible date '{span}'")
    out = _day(days[0], anchor, anchor_from)
    out.story_day = known
    if len(days) > 1 and days[1] > days[0]:
        out.last = days[1]
    return out


def _known_day(day: date, published: date, known_days: dict):
    """The story's own day (a KnownDay) that a yearless mention of its month and day means
    ("the May 9 events" in a report of January 2025 are the riots of 2023), or None: no such
    day, or the report is written near a return of it (an anniversary, the day coming again)."""
    known = known_days.get((day.month, day.day))
    if known is None or known.day >= published:
        return None
    returns = _yearly_returns(day, published)
    if not returns or min(abs((r - published).days) for r in returns) <= KNOWN_DAY_REACH:
        return None  # (a 29 February with no leap year near: no return to be near)
    return known


def _yearly_returns(day: date, published: date) -> list[date]:
    """The day's month and day in the year before publication's, its own and the next (a 29
    February only in the leap years among them)."""
    returns = []
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            returns.append(day.replace(year=year))
        except ValueError:
            continue
    return returns


def resolve_month(month: int, published: date, modifier: str | None, future: bool,
                  direction: int | None = None) -> tuple[int, int]:
    """'in August' in a February article is last August; 'next August' or a future
    sentence takes the coming one."""
    if direction is None:
        direction = {"next": 1, "coming": 1, "last": -1, "past": -1, "previous": -1}.get((modifier or "").lower())
    this_year = published.year
    if direction == 1 or (future and direction != -1):
        return (this_year if month >= published.month else this_year + 1), month
    if direction == -1:
        return (this_year if month < published.month else this_year - 1), month
    return (this_year if month <= published.month else this_year - 1), month


def week_monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


@dataclass
class _Resolved:
    value: str | None = None
    precision: str | None = None
    problem: str | None = None
    first: date | None = None
    last: date | None = None
    anchor: date | None = None
    anchor_from: str | None = None
    story_day: object = None  # the story's KnownDay a yearless mention was taken to mean


def _day(d: date, anchor: date | None = None, anchor_from: str | None = None) -> _Resolved:
    return _Resolved(d.isoformat(), "day", None, d, d, anchor, anchor_from)


def _month(y: int, m: int, anchor=None, anchor_from=None, part: list[int] | None = None) -> _Resolved:
    first, last = date(y, m, 1), _month_end(y, m)
    if part:
        first = date(y, m, part[0])
        last = min(last, date(y, m, min(part[1], last.day)))
        if week_monday(first) == week_monday(last):
            # "the first week of April" 2024 (Monday 1 to Sunday 7), "the last week of June" 2024 (25 to
            # 30): days of one calendar week are that week; "the last week of July" 2024 (Thursday 25
            # to Wednesday 31) straddles two, and stays a part of the month
            return _week(week_monday(first), anchor, anchor_from)
    return _Resolved(f"{y:04d}-{m:02d}", "month", None, first, last, anchor, anchor_from)


YEARS_SPAN_MAX = 30  # years: "from 2008-13" is a term of office; "1900-2000" a count


def _range_end_year(first: int, second: str) -> int | None:
    """The last year of "2008-13" or "2008 to 2013"; None when it is no later year near the first."""
    last = first // 100 * 100 + int(second) if len(second) == 2 else int(second)
    return last if 0 < last - first <= YEARS_SPAN_MAX else None


def _year(y: int, anchor=None, anchor_from=None) -> _Resolved:
    return _Resolved(f"{y:04d}", "year", None, date(y, 1, 1), date(y, 12, 31), anchor, anchor_from)


def _week(monday: date, anchor=None, anchor_from=None) -> _Resolved:
    return _Resolved(monday.isoformat(), "week", None, monday, monday + timedelta(days=6), anchor, anchor_from)


def _problem(text: str) -> _Resolved:
    return _Resolved(problem=text)


def _number(token: str, eng: _Engine) -> int:
    token = token.lower()
    if token.isdigit():
        return int(token)
    return {k.lower(): v for k, v in eng.data["number_words"].items()}[token]


def _phrase_key(phrase: str) -> str:
    """A phrase as the language tables are looked up by: lower-case, single spaces."""
    return " ".join(phrase.lower().split())


def _english_month(month: int) -> str:
    return date(2000, month, 1).strftime("%B")


NAMED_BY_POSSESSIVE = {"m", "md", "dm"}  # "February's election", "8 February's polls" (not "Thursday's vote": ahead or behind)


ANY_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")  # a year written anywhere, "2025ء" too


@lru_cache(maxsize=64)
def _nouns_rx(nouns: tuple[str, ...]) -> re.Pattern:
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in sorted(set(nouns), key=len, reverse=True))
                      + r")(?![\w-])", re.IGNORECASE)


def _named_anywhere(sentence: str, nouns: tuple[str, ...]) -> bool:
    return bool(_nouns_rx(tuple(nouns)).search(sentence))


class _Context:
    """What resolution needs besides the candidate: the text, the publication date and the
    narrative anchor (the last day the text set before this mention)."""

    def __init__(self, text: str, published: date | None, narrative: date | None):
        self.text = text
        self.published = published
        self.narrative = narrative
        self.narrative_at = -1          # the sentence that set it (-1: the text before this one)
        self.sentence_starts: list[int] = [0]
        self._tense: dict[tuple[int, int], str | None] = {}
        self._names: dict[tuple[int, int], bool] = {}
        self.narrative_span = False
        self.told: date | None = None   # the last day the narrative set that is not after publication ...
        self.told_at = -1               # ... and its sentence
        self.known_days: dict = {}      # (month, day) -> the story's day (see story.KnownDay)
        self.news_day: date | None = None  # the day the lead reports, if not publication's
        self.given_numeric_order: str | None = None  # the caller's (the article's) order of all-number dates
        self.year_anchor: date | None = None  # on a page with no date, the latest day it dates in full
        self.story_years: tuple[int, ...] = ()  # ... and the years the story's reports are written in
        self.story_days_bare = False  # ... and whether the story's own days stand there without a noun (see told_bare)
        self.timeline: date | None = None  # the day of a timeline's entry before this text
        self.timeline_year: int | None = None  # the year of the heading this text's entry is under
        self.timeline_head: int | None = None  # where this text's own entry's date starts
        self.vote_day: date | None = None  # the day of the vote the report is about ("on polling day")
        self.month_told: tuple[int, date] | None = None  # where the last month told ends, and its first day
        self.year_told: tuple[int, int, int] | None = None  # the sentence and end of the last year told, and the year
        self._numeric_order: list[str | None] = []

    def numeric_order(self) -> str | None:
        """The order of ambiguous all-number dates: the caller's, else this text's own, read at the
        first all-number date (most texts have none)."""
        if self.given_numeric_order:
            return self.given_numeric_order
        if not self._numeric_order:
            self._numeric_order.append(_numeric_order(self.text))
        return self._numeric_order[0]

    def opens_done(self, c: _Candidate) -> bool:
        """Whether the date opens its clause and a subject and a past verb follow ("On March 3,
        parliament elected him"; "..., and on February 17 the commissioner told reporters": a clause
        joined by a comma or "and" opens there, and a verb of saying is the clause's own verb)."""
        eng = engine(c.lang)
        before, after = _clause_window(self.text, c.start, c.end, eng)
        if _opens_told_done(before, after, eng):
            return True
        # (the mention's own sentence: not the next one's verb, "scheduled for October 5. The commission met")
        right = self.text[c.end:min(c.end + 160, self.sentence_bounds(c.start)[1])]
        if right.lstrip().startswith(",") and eng.attribution_end.match(right):
            return False  # (", the ECP said.": an attribution after the clause, no subject of the date's own)
        joined = eng.clause_join_end.search(before)
        return _opens_told_done(before if joined is None else before[joined.end():], right, eng)

    def done_right_before(self, c: _Candidate) -> bool:
        """Whether a clause told as past has its past verb right before the date ("what happened on
        February 8", "was elected on March 3"): a day still ahead is no such day (not "announced a
        meeting on February 25", whose noun the date is)."""
        eng = engine(c.lang)
        if eng.past_before is None or self.tense(c) != "past":
            return False
        before, _ = _clause_window(self.text, c.start, c.end, eng)
        verb = eng.past_before.search(before)
        # (not a target: "prorogued till March 2", "adjourned the hearing to Monday"; nor a day set for what is
        # to come: "announced March 8 as the day of its protest", "fixed the hearing on March 4")
        return verb is not None and not self.postponed(c) \
            and not any(eng.has("target_prepositions", w) or eng.has("designating_verbs", w)
                        for w in WORD.findall(before[verb.start():])) \
            and not eng.designated_after.match(self.text, c.end)

    def tense(self, c: _Candidate) -> str | None:
        key = (c.start, c.end)
        if key not in self._tense:
            eng = engine(c.lang)
            said = eng.lookup("period_prefixes", c.groups["pre"]) if c.groups.get("pre") else None
            if c.kind == "relday" and c.groups.get("rel"):  # "earlier today" is past, "later today" to come
                first = c.groups["rel"].split()[0]
                said = "past" if eng.has("earlier_words", first) else "future" if eng.has("later_words", first) else None
            if said is None and c.kind == "weekday" and c.groups.get("poss"):
                said = self._possessive_tense(c, eng)
            if said is None and (cause := _data_rx(c.lang, "cause_patterns", flags=re.IGNORECASE)) is not None \
                    and cause.search(self.text, max(0, c.start - 60), c.start):
                said = "past"  # "will stay in jail because of his conviction in early February": what caused it is done
            self._tense[key] = said or clause_tense(self.text, c.start, c.end, c.lang)  # "later this month"
        return self._tense[key]

    def _possessive_tense(self, c: _Candidate, eng) -> str | None:
        """A weekday's own happening: "Friday's planned march" lies ahead whatever the verb ("banned
        Friday's planned rally"); what "will appeal against Friday's verdict" answers lies behind."""
        if eng.adjective_marker_after.match(self.text, c.end):
            # (unless told as done before: "Friday's planned rally had been a success")
            _, after = _clause_window(self.text, c.start, c.end, eng)
            return None if eng.past_perfect_after.search(after) else "future"
        if eng.answered_before is not None and eng.answered_before.search(self.text, max(0, c.start - 40), c.start):
            return "past"
        return None

    def future(self, c: _Candidate) -> bool:
        return self.tense(c) == "future"

    def names(self, c: _Candidate) -> bool:
        """Whether the mention is part of a name ("the February 8 polls"): asked when resolving and
        again when the narrative moves on, worked out once."""
        key = (c.start, c.end)
        if key not in self._names:
            self._names[key] = names_a_happening(self.text, c.start, c.end, c.lang) or (
                c.kind in NAMED_BY_POSSESSIVE and bool(engine(c.lang).possessive_name.match(self.text, c.end)))
        return self._names[key]

    def postponed(self, c: _Candidate) -> bool:
        eng = engine(c.lang)
        before, after = _clause_window(self.text, c.start, c.end, eng)
        return _postponed_to(self.text, c.start, c.end, eng, before, after)

    def share_tense(self, part: _Candidate, whole: _Candidate) -> None:
        self._tense[(part.start, part.end)] = self.tense(whole)

    def sentence(self, position: int) -> int:
        return bisect_left(self.sentence_starts, position + 1) - 1

    def with_sentence_before(self, position: int) -> tuple[int, int]:
        """The bounds of the sentence at `position` together with the one before it."""
        return self.sentence_starts[max(0, self.sentence(position) - 1)], self.sentence_bounds(position)[1]

    def sentence_bounds(self, position: int) -> tuple[int, int]:
        at = self.sentence(position)
        return self.sentence_starts[at], (self.sentence_starts[at + 1] if at + 1 < len(self.sentence_starts)
                                          else len(self.text))

    def dated_otherwise(self, c: _Candidate) -> str | None:
        """The mention's sentence, or None when it speaks of an anniversary ("Feb 8 marks the first anniversary of the
        elections": the return, not the vote) or writes a year ("polling stations opened on February 8 in 2018 too",
        "2025ء" too): a yearless day there is no plain day of the story's own."""
        at = self.sentence(c.start)
        end = self.sentence_starts[at + 1] if at + 1 < len(self.sentence_starts) else len(self.text)
        sentence, eng = self.text[self.sentence_starts[at]:end], engine(c.lang)
        if eng.data["anniversary_words"] and eng.gates["anniversary"].search(sentence.lower()):
            return None
        return None if ANY_YEAR.search(sentence) else sentence

    def holds_act_words(self, c: _Candidate, known) -> bool:
        """Whether the mention's sentence, or the one before, holds one of a known day's `act_words`, when it lists
        any: a day of a type much else is done on is the story's own only where its act is told ("... عدت کیس میں
        سزائیں کالعدم قرار دے کر ... یاد رہے کہ یہ سزا 3 فروری کو ... سنائی گئی تھی")."""
        if not known.act_words:
            return True
        lo, hi = self.with_sentence_before(c.start)
        return _named_anywhere(self.text[lo:hi], known.act_words)

    def sentence_names(self, c: _Candidate, nouns: tuple[str, ...]) -> bool:
        """Whether the mention, in a sentence told as done that writes no year and speaks of no
        anniversary, has a noun of the story's day next to it ("Pakistan voted in elections on
        Feb. 8"): on a page that prints no date, the day is the story's."""
        if not nouns or self.future(c) or self.postponed(c) or self.dated_otherwise(c) is None:
            return False
        if _named_by(self.text, c.start, c.end, nouns):
            return True
        # further from the date, not a noun that is what an act is against or after: "rallied against
        # the rigged elections across Punjab on February 8" is a protest's day, maybe a year on
        _, before = _noun_patterns(nouns, SENTENCE_NOUN_REACH)
        found = before.search(self.text, max(0, c.start - 60), c.start)
        if found is None:
            return False
        lead_in = {w.lower() for w in WORD.findall(self.text[max(0, found.start() - 40):found.start()])[-3:]}
        data = engine(c.lang).data
        return not lead_in & {w.lower() for w in [*data["object_prepositions"], *data["anchor_words"]] if w != "of"}

    def told_bare(self, c: _Candidate, known) -> bool:
        """Whether a yearless mention of one of the story's own days is that day with no noun of it beside: on a page
        that prints no date and speaks of no yearly return (`story_days_bare`), in a clause told in the past, with no
        year written, no anniversary and no mark of a return ("black day") in its sentence, when the sentence names the
        day's happening: a known day's noun anywhere in it ("claimed the party had won 180 seats on February 8 but was
        denied its mandate in the vote count"), or all the words of a calendar happening of that day ("فوجی عدالتوں نے
        21 دسمبر کو ... سزا").  A known day gives way to the year of a day the page writes in full."""
        # (not on a page that dates a day in full, whose year comes first (see _year_near_anchor), unless the sentence
        # holds all a calendar happening's words; nor "this year")
        if not self.story_days_bare or (self.year_anchor is not None and known.type is not None) or c.groups.get("rel") \
                or (known.type is None and not known.happenings) or self.future(c) or self.postponed(c) \
                or self.tense(c) != "past":
            return False
        sentence = self.dated_otherwise(c)
        if sentence is None or ((marks := _data_rx(c.lang, "return_marks", WHOLE_WORDS, re.IGNORECASE)) is not None
                                and marks.search(sentence)):
            return False  # ("observed a black day on February 8": a return of the day)
        # (the sentence names the day's own happening: one of its nouns, or all a calendar happening's words)
        if known.type is not None:
            nouns = (*known.nouns, *known.bare_nouns, *known.act_words)
            return bool(nouns) and _named_anywhere(sentence, nouns)
        return any(h.find(sentence) is not None for h in known.happenings)

    def set_narrative(self, day: date, position: int, span: bool = False) -> None:
        self.narrative, self.narrative_at = day, self.sentence(position)
        self.narrative_span = span  # set by a range ("over the weekend"): no one day of its own
        if self.published is None or day <= self.published:
            self.told, self.told_at = day, self.narrative_at

    def base(self, c: _Candidate | None = None) -> tuple[date | None, str | None]:
        """The anchor for expressions relative to another date: the last day the narrative set in
        the same sentence or the one just before; else the publication date.  A date set further
        back is not what "the next day" follows: a wrong anchor is worse than none."""
        if self.narrative is not None and (c is None or self.sentence(c.start) - self.narrative_at <= 1):
            if c is not None and c.kind in RELATIVE_TO_A_DAY and self.published and self.narrative > self.published \
                    and self.tense(c) == "past":
                # "The budget must pass before the fiscal year starts on July 1. A day earlier, the
                # minister launched the survey": what was done is not told from a day still to come
                if self.told is not None and self.sentence(c.start) - self.told_at <= 1:
                    return self.told, "narrative"
                return self.published, "publication"
            return self.narrative, "narrative"
        return self.published, "publication" if self.published else None


def _resolve_anniversary(c: _Candidate, ctx: _Context, eng: _Engine) -> _Resolved:
    """"the first anniversary of the February 8 polls": February 8 a year on; with no ordinal ("the
    anniversary of the February 8 polls") the return of that day nearest publication."""
    inner = _resolve(c.inner, ctx)
    if inner.value is None:
        return inner
    first, published = inner.first, ctx.published
    years = eng.lookup("ordinal_words", c.groups["nth"]) if c.groups.get("nth") else None
    if years is None:
        if published is None or inner.precision != "day":
            return _problem("an anniversary whose year the text does not give")
        years = _nearest_return(first, published).year - first.year
    if years < 1:
        return _problem("an anniversary of a day not yet a year old")
    year = first.year + years
    if inner.precision == "month":  # (_merge_counts links a day or a month only)
        return _month(year, first.month, first, "narrative")
    day = calendar_day(first.day, first.month, year) or date(year, first.month, 28)  # 29 February
    return _day(day, first, "narrative")


def _nearest_return(day: date, published: date | None) -> date:
    """The yearly return of a day's month and day nearest publication (the day itself without one)."""
    returns = _yearly_returns(day, published) if published is not None else []
    return min(returns, key=lambda d: abs((d - published).days)) if returns else day


def _reversed_base(ctx: _Context, c: _Candidate, eng: _Engine) -> tuple[date | None, str | None]:
    """The day of what "came" a count after something the sentence does not date: "That verdict
    came a day after ..." is the narrative's last date; "The ruling came a day after ..." is the
    report's news, on the lead's day (the narrative's, when that is publication's or a day or two
    before it; else publication's: the narrative may be back in a background date)."""
    base, base_from = ctx.base(c)
    before = _words_before(ctx, c)
    if base_from == "narrative" and before and eng.has("back_reference_words", before[0]):
        return base, base_from
    if ctx.news_day:
        return ctx.news_day, "narrative"
    published = ctx.published
    if base_from == "narrative" and published and 0 <= (published - base).days <= NEWS_DAY_REACH:
        return base, base_from
    return published, "publication" if published else None


SPAN_LOOKBACK = 3  # words before a count that may make it a span ("for the fourth time in 15 years")
LETTER_WORD = re.compile(r"[^\W\d_][\w'’]*")


def _words_before(ctx: _Context, c: _Candidate) -> list[str]:
    """The lower-case words of the mention's sentence before it."""
    start = ctx.sentence_starts[ctx.sentence(c.start)] if ctx.sentence_starts else 0
    return LETTER_WORD.findall(ctx.text[start:c.start].lower())


def _about_a_week(groups: dict, unit: str | None, eng: _Engine) -> bool:
    """A count of weeks ahead that is approximate ("in a fortnight"), not a deadline ("within two
    weeks"): that week, not a day."""
    return unit in {"week", "fortnight"} and not _deadline_count(groups, eng)


def _reported_plan(before: list[str], eng: _Engine) -> bool:
    """The nearest future word before the count is a reported one ("had said it would ..."): a
    plan counted from a time the text does not give."""
    reported = [i for i, w in enumerate(before) if eng.has("reported_future_words", w)]
    plain = [i for i, w in enumerate(before) if eng.has("future_markers", w) and not eng.has("reported_future_words", w)]
    if not reported or (plain and reported[-1] < plain[-1]):
        return False
    # (a plan said now is counted from now: "said the coalition would respond formally within seven days"; only a
    # saying in the past perfect, "had said", "he'd said", is of a time the text does not give)
    return any((eng.has("past_perfect_markers", w) or w.endswith(("'d", "’d"))) and eng.has("reporting_verbs", after)
               for w, after in zip(before[:reported[-1]], before[1:reported[-1]]))


def _deadline_count(groups: dict, eng: _Engine) -> bool:
    """A count ahead that is a deadline: "within 15 days", "۴۵ روز کے اندر"."""
    return eng.has("deadline_prepositions", groups["ahead"]) or eng.has("deadline_postpositions", groups["ahead"])


def _plain_future(before: list[str], after: str, eng: _Engine) -> bool:
    """A future the paper tells as still ahead ("will send", "is expected to send", "plans to file"; after the
    count too: "Within 15 days, the Senate will send", "حکومت سات روز کے اندر جواب دے گی"): not a reported one
    ("would"; "has said it will respond", a plan told from the day it was made), nor one an earlier order or deal
    set ("the measures are to be implemented": the language's `set_future_words`)."""
    def reported(words) -> bool:  # a saying before the future reports it
        return any(eng.has("reporting_verbs", w) or eng.has("complementizers", w) for w in words)

    words = [*(w.lower() for w in before), "|", *(w.lower() for w in WORD.findall(after))]
    said = " " + " ".join(words) + " "
    for marker in eng.data["future_markers"]:
        if eng.has("reported_future_words", marker) or eng.has("set_future_words", marker):
            continue
        at = said.find(f" {marker.lower()} ")
        if at >= 0 and not reported(said[:at].split()):
            return True
    # (a language that puts its verbs last: the future after the count, unless a saying before it reports it,
    # "کہا کہ حکومت نے یقین دہانی کرائی ہے کہ ۴۵ روز کے اندر ... کیے جائیں گے")
    return eng.data["verb_position"] == "final" and not reported(before) and _has_future(after, eng)


def _directed(before: list[str], eng: _Engine) -> bool:
    """An order to act within a time: one of the language's `directive_verbs` and then its "to" before the
    count ("directed it to submit its findings within three days"): counted like a plan."""
    verbs = [i for i, w in enumerate(before) if eng.has("directive_verbs", w)]
    if not verbs:
        return False
    # ("to" right after the order's object, "ordered the party to"; not a later "to" of another clause, "ordered a
    # probe into the incidents, which led to ..."; nor an order given at a time the text does not give: "had directed
    # the committee to end the process as the government failed to announce commissions within seven days")
    after = before[verbs[-1] + 1:]
    to = next((k for k, w in enumerate(after[:DIRECTIVE_OBJECT + 1]) if eng.has("infinitive_markers", w)), None)
    return to is not None and not any(eng.has("relative_pronouns", w) or eng.has("complementizers", w) for w in after) \
        and not any(eng.has("past_perfect_markers", w) for w in before[:verbs[-1]])


DIRECTIVE_OBJECT = 3  # words of an order's object before its "to": "directed the committee to"


def _directed_after(after: str, eng: _Engine) -> bool:
    """An order to act within a time, in a language that puts the order after the count ("... کو سات روز کے اندر
    جواب دینے کا حکم دیا": ordered to respond within seven days): one of its `directive_after_words` in the clause."""
    order = _data_rx(eng.code, "directive_after_words", rf"(?:%s){WORD_END}")
    return order is not None and order.search(after) is not None


DIRECTED_THAT_WORDS = 8  # words from an order's "that" to the count it sets


def _directed_that(text: str, start: int, eng: _Engine) -> bool:
    """An order whose "that" clause holds the count ("... کو ہدایت کی کہ وہ 15 روز کے اندر ... جمع کرائے", "ordered that
    the list be filed within 15 days"): one of the language's `directive_that_words` a few words before it, in the same
    clause (no comma between: "ordered that the petition be heard, and the tribunal decided it within 15 days" sets
    nothing), and not in the past perfect ("had ordered that": a time the text does not give)."""
    order = _data_rx(eng.code, "directive_that_words", rf"(?<!\w)(?:%s){WORD_END}")
    if order is None:
        return False
    window = text[max(0, start - 200):start]
    found = max(order.finditer(window), key=lambda m: m.start(), default=None)  # (the last order before the count)
    if found is None:
        return False
    between = window[found.end():]
    head = WORD.findall(window[:found.start()])[-2:]
    return not re.search(r"[,،;؛]", between) and len(WORD.findall(between)) <= DIRECTED_THAT_WORDS \
        and not any(eng.has("past_perfect_markers", w.lower()) for w in head)


def _complementizer(text: str, c: _Candidate, eng: _Engine) -> bool:
    """Whether the anchor modifier opening a weekday mention is a complementizer after a reporting
    verb ("said on March 4 that Friday's rally would go ahead"), not "that (same) Friday"."""
    word = c.groups.get("amod") or ""
    if not eng.has("complementizers", word):
        return False
    clause = re.split(r"[.;!?\n]", text[max(0, c.start - 80):c.start])[-1]
    return bool(eng.reporting_verb.search(clause))


def _named_weekday_wins(c: _Candidate, ctx: _Context) -> _Resolved:
    """"today (Friday)" in a paper dated Saturday was written on Friday for the next morning's
    edition: where the relative day and its weekday disagree, the weekday nearest to the relative
    day is meant (the earlier one on a tie: reports are written before they appear)."""
    relative = _resolve(replace(c, groups={k: v for k, v in c.groups.items() if k != "explained"}, inner=None), ctx)
    weekday = engine(c.lang).weekday_of.get((c.inner.groups.get("wd") or "").lower())
    if relative.value is None or relative.precision != "day" or weekday is None:
        return relative
    shift = (weekday - relative.first.weekday()) % 7
    if shift == 0:
        return relative
    back, ahead = relative.first - timedelta(days=7 - shift), relative.first + timedelta(days=shift)
    if min(7 - shift, shift) > 2:  # not a day's slip between writing and printing: trust the relative day
        return relative
    return _day(back if 7 - shift <= shift else ahead, relative.anchor, relative.anchor_from)


def _anaphoric_year(c: _Candidate, ctx: _Context) -> int | None:
    """The year a yearless day or month takes from the text before it, when one of the language's
    `anaphoric_years` says so right after it ("in April that year", "on March 3 the same year") or one of its
    `anaphoric_years_before` right before it in a clause told as done ("اسی سال اپریل میں ... ہوا"; told ahead it
    is this year): the last year the sentence or the one before writes as a time ("in 2022", "of 2022",
    "February 2022", "2022ء میں"; not a name or a count: "the 2018 polls", "Vision 2025", "1998 cases"), before
    the publication's year, with no year relative ("last year") after it; else None (the day stays counted from
    publication)."""
    after = _data_rx(c.lang, "anaphoric_years", rf"\s*(?:%s){WORD_END}", re.IGNORECASE)
    before = _data_rx(c.lang, "anaphoric_years_before", r"(?:%s)\s*$")
    text = ctx.text
    said = (after is not None and after.match(text[c.end:c.end + 40])) \
        or (before is not None and before.search(text[max(0, c.start - 20):c.start]) and ctx.tense(c) == "past")
    if not said or ctx.published is None:
        return None
    lo = ctx.sentence_bounds(max(0, ctx.sentence_bounds(c.start)[0] - 1))[0]
    years = [m for m in YEAR_AS_TIME.finditer(text, lo, c.start) if not _in_an_aside(text, m, lo)]
    if not years:
        # (else a year that names the sentence's own happening: "The 1977 election was followed by an agitation that
        # ended when martial law was imposed on July 5 that year")
        years = list(YEAR_NAMING.finditer(text, ctx.sentence_bounds(c.start)[0], c.start))[-1:]
    if not years:
        return None
    year = int((years[-1].groupdict().get("y") or years[-1].groupdict().get("u")).translate(DIGITS))
    relatives = _data_rx(c.lang, "year_relatives", rf"(?:%s){WORD_END}", re.IGNORECASE)
    if year >= ctx.published.year or (relatives is not None and relatives.search(text, years[-1].end(), c.start)):
        return None
    return year


def _in_an_aside(text: str, year: re.Match, lo: int) -> bool:
    """Whether a year stands in an aside set off by commas ("The PTI, which he founded in 1996, took to the streets"):
    a comma after it, and the comma before it, within the same sentence, opening a relative or participle clause."""
    opened = max(lo, text.rfind(",", lo, year.start()))
    return text[year.end():year.end() + 2].lstrip().startswith(",") and ASIDE_OPENING.match(text, opened) is not None \
        and not re.search(r"[.;:!?۔]", text[opened:year.start()])


ASIDE_OPENING = re.compile(r",\s*(?:which|who|whom|whose|where|when|set|born|built|\w+ed)\b")  # ", which he founded in 1996,"
YEAR_NAMING = re.compile(r"\b[Tt]he\s+(?P<y>(?:19[5-9]|20[0-4])\d)\s+[a-z]")  # "the 1977 election"
# A year written as a time: after "in", "of", "during" or a month (and day), not before a noun it names ("in 2022
# floods"); or, in Urdu, before "میں" or "کو" ("2022ء میں"; not "1973 کے آئین", a name).
YEAR_AS_TIME = re.compile(
    r"(?:\b(?:in|of|during)\s+|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(?:\d{1,2},?\s+)?)"
    r"(?P<y>(?:19[5-9]|20[0-4])\d)(?![\w/-])(?!\s+[a-z])"
    r"|(?<![\w/.-])(?P<u>(?:19[5-9]|20[0-4])\d|(?:۱۹[۵-۹]|۲۰[۰-۴])[۰-۹])\s*ء?\s*(?=میں|کو)")


def _resolve(c: _Candidate, ctx: _Context) -> _Resolved:
    eng = engine(c.lang)
    if c.groups.get("shared") and ctx.known_days and c.groups.get("mon") and c.groups.get("day"):
        # "the events of 9 May and 26 November 2024": a story's day keeps its own year, not the list's
        known = ctx.known_days.get((eng.month_of.get(c.groups["mon"].rstrip(".").lower()), int(c.groups["day"])))
        if known is not None and str(known.day.year) != c.groups["year"]:
            c = replace(c, kind=c.groups["shared"], groups={k: v for k, v in c.groups.items() if k not in {"year", "shared"}})
    text, published = ctx.text, ctx.published
    if c.inner is not None and c.kind not in SINGLE_DAY_KINDS and (
            c.groups.get("explained") or c.kind not in {"range", "shift", "anchorday", "anchorperiod", "anniversary"}):
        # The most explicit part wins: "tomorrow (Thursday)" is tomorrow,
        # "last Friday (February 23)" is February 23.
        if c.inner.kind in ABSOLUTE_KINDS or (c.inner.kind == "relday" and c.kind != "relday"):
            # ("on Wednesday (February 21)": the weekday still tells the year of a page with no date)
            inner = _resolve(replace(c.inner, groups={**c.inner.groups, "wd": c.groups.get("wd")})
                             if c.kind == "weekday" and not c.inner.groups.get("wd") else c.inner, ctx)
            if inner.value is not None:
                return inner
        if c.kind == "relday" and c.inner.kind == "weekday" and c.groups.get("explained"):
            return _named_weekday_wins(c, ctx)
    g = c.groups
    kind = c.kind
    if kind in {"md", "dm", "m"} and not g.get("year") and not g.get("rel") and (year := _anaphoric_year(c, ctx)):
        # "struck it down in April that year", "اسی سال اپریل میں": the year the text named last before it
        month = eng.month_of[g["mon"].rstrip(".").lower()]
        if kind == "m":
            return _month(year, month, published, "text")
        day = calendar_day(int(g["day"]), month, year) if g.get("day") else None
        return _day(day, published, "text") if day is not None else _problem(f"impossible date '{text[c.start:c.end]}'")
    span = text[c.start:c.end]
    if kind == "range":
        for part in (c.inner, c.last):  # both ends share the clause of the whole range
            ctx.share_tense(part, c)
        first, last = _resolve(c.inner, ctx), _resolve(c.last, ctx)
        if c.last.kind == "weekday" and first.value is not None and last.value is not None and last.first < first.first:
            # "from Monday to Wednesday": the Wednesday after that Monday.
            last = _day(first.first + timedelta(days=(last.first.weekday() - first.first.weekday()) % 7))
        if first.value is not None and last.value is not None and not c.last.groups.get("year"):
            # The second end without a year follows the first: "from December 30 to January 2".
            end = _same_or_next_year(last.first, first.first)
            if end is not None:
                last = _day(end)
        if first.value is None or last.value is None or last.first < first.first:
            return first if first.value else last
        first.last = last.last
        return first
    if kind == "numeric":
        return _resolve_numeric(c, ctx, eng)
    if kind == "iso":
        try:
            return _day(date(int(g["year"]), int(g["month"]), int(g["day"])))
        except ValueError:
            return _problem(f"impossible date '{span}'")
    if kind in ABSOLUTE_KINDS:
        month = eng.month_of[g["mon"].rstrip(".").lower()]
        first_day = int(g["day"]) if g.get("day") else eng.lookup("day_words", g["dayw"])
        days = [first_day] + ([int(g["day2"])] if g.get("day2") else [])
        year = g.get("year")
        if year and len(year) == 2:
            year = str(_numeric_year(year, published))  # "17-Feb-24"
        known = None  # the story's own day a yearless mention means
        if year:
            resolved, anchor, anchor_from = [calendar_day(d, month, year) for d in days], None, None
        elif ctx.timeline is not None and ctx.timeline_head is not None and c.start >= ctx.timeline_head \
                and not g.get("rel"):
            # "February 8, 2024: Polling held ..." then "February 13: PML-N names ...; a week later, on
            # February 20, ...": a timeline's entry is in the year of the entry before it, or the next
            # when the month comes round again; a step back of a few weeks (a timeline told latest first,
            # a schedule out of order) stays in that year.  The other days an entry tells of are in the
            # year that puts them nearest its own ("the PTI had alleged rigging on February 9").
            before = ctx.timeline
            head = c.start == ctx.timeline_head
            # (an entry under a year heading is of that year, in whatever order the list runs)
            year = ctx.timeline_year if head and ctx.timeline_year else _timeline_year(month, days[0], before, head=head)
            if year is None:
                return _problem(f"impossible date '{span}'")
            resolved, anchor, anchor_from = [calendar_day(d, month, year) for d in days], before, TIMELINE
            if c.start != ctx.timeline_head and len(days) == 1 and published is not None and resolved[0] is not None:
                # (an entry's "the May 9 cases" are the story's own day, as anywhere else)
                known = _known_day(resolved[0], published, ctx.known_days)
                if known is not None:
                    resolved, anchor, anchor_from = [known.day], published, "publication"
        else:
            plain = [calendar_day(d, month) for d in days]
            if None in plain or any(p.month != month for p in plain):
                return _problem(f"impossible date '{span}'")
            if published is None:
                # "the February 8 elections" on a page that prints no date: a name of one of the
                # story's own days is that day; any other yearless day stays unknown.
                known = ctx.known_days.get((month, days[0])) if len(days) == 1 else None
                if known is not None and not ctx.names(c) and not ctx.sentence_names(c, known.nouns) \
                        and not ctx.told_bare(c, known):
                    known = None
                if known is not None:
                    out = _day(known.day)
                    out.story_day = known
                    return out
                apposed = eng.weekday_of.get((c.inner.groups.get("wd") or "").lower()) \
                    if c.inner is not None and c.inner.kind == "weekday" else eng.weekday_of.get((g.get("wd") or "").lower())
                first = _year_near_anchor(plain[0], ctx.year_anchor) if ctx.year_anchor and not g.get("rel") else None
                if first is None and apposed is not None and not g.get("rel") and ctx.story_years:
                    # "on Wednesday (February 21)": the one year of the story's whose calendar fits
                    fits = [d for y in ctx.story_years if (d := calendar_day(plain[0].day, month, y)) is not None
                            and d.weekday() == apposed]
                    if len(fits) == 1:
                        return _days_read(_in_month_of(fits[0], plain), span, None, WEEKDAY_WRITTEN)
                if first is None or (apposed is not None and first.weekday() != apposed):
                    return _problem("no year and no publication date to take it from")
                return _days_read(_in_month_of(first, plain), span, ctx.year_anchor, "the page's dates")
            # "will challenge the results of the February 8 vote": a name looks back whatever the clause's tense.
            named = ctx.names(c)
            first = resolve_day_month(plain[0], published, ctx.future(c) and not named, past=ctx.tense(c) == "past",
                                      done=ctx.opens_done(c) or ctx.done_right_before(c),
                                      deadline=_deadline(ctx.text[max(0, c.start - 40):c.start], ctx.text[c.start:c.end], eng))
            # (or the report's own day: "On February 8 last year, millions voted. By the time the sun came up on
            # February 9, the results had slowed", in a report of 9 February 2025)
            if first >= published and (ctx.tense(c) == "past" or _opens_told_done(
                    *_clause_window(ctx.text, c.start, c.end, eng), eng, longer=True)) and not g.get("rel") \
                    and not past_plan(ctx.text, c.start, c.end, c.lang):  # (not "had scheduled the hearing on March 12")
                # "..., elected by the National Assembly on March 3" told as done right after the narrative's
                # February 17, 2024, in a report of February 2025: that year's March 3, not one still ahead
                base, base_from = ctx.base(c)
                earlier = calendar_day(first.day, first.month, first.year - 1)
                # (the report's own day only a few days on from the narrative's, with no weekday written that the
                # earlier day is not: "On Saturday, February 8, the PTI observed a black day" stays the report's)
                weekday = eng.weekday_of.get((g.get("wd") or "").lower())
                if base_from == "narrative" and earlier is not None and 0 <= (earlier - base).days <= NARRATIVE_AFTER \
                        and (first > published or (1 <= (earlier - base).days <= SAME_DAY_NARRATIVE
                                                   and (weekday is None or weekday == earlier.weekday()))):
                    first = earlier
            elif first < published and not g.get("rel") and not ctx.future(c) and not ctx.postponed(c):
                # "we must go back to February 8, 2024. ... but on the night of February 20 the two parties struck
                # a deal", in a report of November 2025: the narrative's year, not the latest February 20
                # (not a day of the weeks before publication, news again: "On October 21, 2024, parliament passed
                # the amendment. On November 13, two judges resigned", told on November 20, 2025; nor one whose
                # written weekday the narrative's year does not fit)
                base, base_from = ctx.base(c)
                own = calendar_day(first.day, first.month, base.year) if base_from == "narrative" else None
                weekday = eng.weekday_of.get((g.get("wd") or "").lower())
                if own is not None and base.year < first.year and 0 < (own - base).days <= NARRATIVE_YEAR_REACH \
                        and (published - first).days > RECENT_DAYS and (weekday is None or weekday == own.weekday()):
                    first = own
            if not g.get("rel") and not named and (own := _in_opening_year(c, ctx, eng, first)) is not None:
                first = own  # "Last year, the province unveiled its budget on June 13": June 2025's, not the latest
            if g.get("rel"):
                year = published.year + eng.lookup("year_relatives", g["rel"])
                try:
                    first = plain[0].replace(year=year)
                except ValueError:
                    return _problem(f"impossible date '{span}'")
            if first - published > TARGET_REACH and ctx.postponed(c):
                # "extended the deadline until March 1", said on March 5: no one extends a deadline
                # by a year; the report looks back at a target already passed.
                first = resolve_day_month(plain[0], published, False)
            # (a plan or a postponement target is the day to come: "will hold rallies on May 9",
            # "adjourned the hearing till February 8"; a name is the story's day in any tense)
            # (nor one the future would put most of a year ahead: "would investigate a crackdown in Islamabad on
            # Nov. 26", said in January, is the story's day)
            far = ctx.future(c) and not ctx.postponed(c) and (first - published).days > KNOWN_DAY_FAR_AHEAD
            known = _known_day(first, published, ctx.known_days) \
                if len(plain) == 1 and not g.get("rel") and (named or far or not (ctx.future(c) or ctx.postponed(c))) else None
            if known is not None and not ctx.holds_act_words(c, known):
                known = None  # ("the IMF mission arrived on February 3": not the iddat verdict of 2024)
            if known is None and named and len(plain) == 1 and not g.get("rel"):
                # "the February 8 elections" in a report of the next February: the vote, not its return
                own = ctx.known_days.get((month, days[0]))
                if own is not None and own.day < published and _named_by(ctx.text, c.start, c.end, own.nouns):
                    known = own
            if known is not None:
                first = known.day
            elif g.get("anniversary_years") and len(plain) == 1:
                # "the first anniversary of the March 3 vote": the vote a year before the return of
                # its day nearest publication (the anniversary)
                first = _nearest_return(plain[0], published)
                first = calendar_day(first.day, first.month, first.year - g["anniversary_years"]) or first
            apposed = eng.weekday_of.get((c.inner.groups.get("wd") or "").lower()) \
                if c.inner is not None and c.inner.kind == "weekday" else None
            if apposed is not None and known is None and first.weekday() != apposed:
                # "on February 8, a Thursday", written in 2025: the weekday says the year before
                earlier = calendar_day(first.day, first.month, first.year - 1)
                first = earlier if earlier is not None and earlier.weekday() == apposed else first
            resolved, anchor, anchor_from = _in_month_of(first, plain), published, "publication"
        return _days_read(resolved, span, anchor, anchor_from, known)
    if kind == "my":
        month = eng.month_of[g["mon"].rstrip(".").lower()]
        part = eng.lookup("parts_of_month", g["mod"]) if g.get("mod") else None
        if g.get("mon0"):
            first_month = eng.month_of[g["mon0"].rstrip(".").lower()]
            if first_month < month:
                out = _month(int(g["year"]), first_month)
                out.last = _month_end(int(g["year"]), month)
                return out
        return _month(int(g["year"]), month, part=part)
    if kind == "y":
        out = _year(int(g["year"]))
        if g.get("year2"):
            last = _range_end_year(int(g["year"]), g["year2"])
            if last is None or not (g.get("post") or g.get("prep")):
                return _problem(f"not a span of years '{span}'")  # "1900-2000 votes", "in 2018-12"
            if len(g["year2"]) == 2 and last == int(g["year"]) + 1:
                return _problem(f"a fiscal year '{span}'")  # "growth in 2024-25", "budget 2024-25": July to June
            out.last = date(last, 12, 31)
        return out

    if kind == "holiday":
        return _resolve_holiday(c, ctx, eng)
    if kind == "voteday":
        return _resolve_vote_day(c, ctx, eng)
    if kind == "anniversary":
        return _resolve_anniversary(c, ctx, eng)
    if kind in {"anchorday", "shift", "anchorperiod"}:
        base, base_from = ctx.base(c)
        if g.get("reverse") and c.inner is None:
            base, base_from = _reversed_base(ctx, c, eng)
        known = _counted_from_known_day(ctx, c, eng) if c.inner is None and not g.get("reverse") else None
        if known is not None:  # "three days after the polls": the story's vote
            base, base_from = known.day, STORY_DAY
        if c.inner is not None:  # counted from the date that follows: "a day after February 8"
            inner = _resolve(c.inner, ctx)
            if inner.value is None:
                return inner
            base, base_from = inner.first, "narrative"
        if base is None:
            return _problem("relative date and no date to resolve it against")
        if c.inner is None and not g.get("reverse") and known is None and _counts_from_undated(ctx.text, c, eng):
            # "a day after the Supreme Court declared ...", "the week before the polls": counted from
            # something the sentence does not date; the narrative's last date is another happening.
            # (not the story's day named bare: "bombings a day before the vote killed 28")
            return _problem(f"'{span}' counts from what the text does not date")
        if kind == "anchorperiod":
            unit, count = _anchor_period(c)
            count = -count if g.get("reverse") else count  # "on Monday, the week after the vote": the vote a week before
            if unit == "day":
                return _day(base + timedelta(days=count), base, base_from)
            if unit == "week":
                return _week(week_monday(base) + timedelta(days=7 * count), base, base_from)
            y, m = _shift_month(base.year, base.month, count)
            return _month(y, m, base, base_from)
        if kind == "anchorday":
            days = eng.lookup("anchor_days", g["rel"]) * (-1 if g.get("reverse") else 1)
            if days == 0 and base_from == "narrative" and c.inner is None and published and (
                    ctx.narrative_span or (base > published and not ctx.future(c))):
                # "over the weekend ... Earlier in the day": a range is no day to be earlier in;
                # "will rally on Monday (tomorrow). Earlier in the day, police imposed ...": a day
                # still ahead is no day that already had an earlier part.
                base, base_from = published, "publication"
            agree = days == 0 and ctx.narrative == published  # the story's last date is the report's own day
            if base_from == "publication" and not (days > 0 and ctx.future(c)) and not agree \
                    and not eng.has("publication_anchor_days", g["rel"]):
                # "the next day", "the same day" with no date just before: next to (or on) what is unknown.
                # Only "earlier in the day" in a lead means the day of the report.
                return _problem(f"'{span}' follows a date the text does not give")
            if base_from == "publication" and eng.has("publication_anchor_days", g["rel"]) and ctx.news_day:
                # a report printed the morning after: "earlier in the day" is the lead's day
                base, base_from = ctx.news_day, "narrative"
            return _day(base + timedelta(days=days), base, base_from)
        count = _number(g["n"], eng)
        unit = eng.data["units"].get(g["unit"]) or eng.lookup("units", g["unit"])
        backwards = bool(g.get("dir")) and eng.has("earlier_words", g["dir"])
        preposition = bool(g.get("dir")) and eng.has("count_prepositions", g["dir"])
        if g.get("reverse"):  # what came N days after the date is N days before it
            backwards = not backwards
        elif base_from == "publication" and (preposition or (not backwards and not ctx.future(c))):
            # "three days after the vote" with no date before it: after what is unknown.
            return _problem(f"'{span}' counts from a date the text does not give")
        out = _offset(base, unit, (-1 if backwards else 1) * count, base_from)
        if unit == "week" and _approximate_before(text, c.start, eng):
            # "just over a week before the February 8 elections": a week, not a day.
            return _week(week_monday(out.first), base, base_from)
        return out

    if published is None:
        known = _weekday_names_known_day(ctx, c, eng) if kind == "weekday" else None
        if known is not None:
            out = _day(known.day, None, STORY_DAY)
            out.story_day = known
            return out
        return _problem("relative date and no publication date to resolve it against")
    pub = ("publication",)
    if kind == "ordinal":
        base, base_from = ctx.base(c)
        day = int(g["day"]) if g.get("day") else eng.lookup("day_words", g["dayw"])
        future = ctx.future(c)
        y, m = base.year, base.month
        if ctx.month_told is not None and MONTH_APPOSITION.fullmatch(text, ctx.month_told[0], c.start):
            # "reached in July, on the 12th": the day of the month just told
            told = ctx.month_told[1]
            return _day(calendar_day(day, told.month, told.year), told, "narrative") \
                if calendar_day(day, told.month, told.year) else _problem(f"impossible date '{span}'")
        if g.get("munit") or g.get("same"):  # the month is named: "the 26th of this month", "of next month"
            if g.get("munit"):
                y, m = _shift_month(published.year, published.month, eng.lookup("modifiers", g["which"]))
                base, base_from = published, "publication"
            try:
                return _day(date(y, m, day), base, base_from)
            except ValueError:
                return _problem(f"impossible date '{span}'")
        for _ in range(3):  # the nearest month that has the day, in the direction the tense says
            try:
                candidate = date(y, m, day)
            except ValueError:
                candidate = None
            if candidate is not None:
                if base_from == "narrative":
                    # The narrative's month, unless the tense puts the day on the other side of publication:
                    # "heard the case on May 20; it will resume on the 25th", said on May 30, is June 25.
                    # A postponement's target lies ahead of the narrative's day, not of publication.
                    tense = ctx.tense(c)
                    if ctx.postponed(c):
                        if candidate >= base:
                            return _day(candidate, base, base_from)
                    elif not ((tense == "future" and candidate < published) or (tense == "past" and candidate > published)):
                        return _day(candidate, base, base_from)
                elif candidate >= base if future else candidate <= base:
                    return _day(candidate, base, base_from)
            y, m = _shift_month(y, m, 1 if future else -1)
        return _problem(f"no month fits the day '{span}'")
    if kind == "m":
        month = eng.month_of[g["mon"].rstrip(".").lower()]
        part = eng.lookup("parts_of_month", g["mod"]) if g.get("mod") else None
        if g.get("list_year"):
            return _month(int(g["list_year"]), month, published, *pub, part=part)  # "in April and May 2023"
        rel = g.get("rel")
        direction = eng.lookup("modifiers", g["prep"]) if g.get("prep") else None
        if not rel and direction is None:
            # ("Last year, Khan was arrested in May": the year that opens the sentence, a comma after it, holds the
            # months it tells as done; not one told ahead, "the next review is due in September", nor "next March")
            # (in the opening's own clause only: "Last year, the economy grew 2.5 percent, the minister told reporters
            # in March" is this year's March)
            opening = YEAR_OPENING.match(text, ctx.sentence_bounds(c.start)[0], c.start)
            if opening and eng.has("year_relatives", opening.group(1)) and ctx.tense(c) == "past" \
                    and not CLAUSE_MARKS.search(text, opening.end(), c.start):
                rel = opening.group(1)
        if rel:
            year = published.year + eng.lookup("year_relatives", rel)
            return _month(year, month, published, *pub, part=part)
        # "complaints about the February vote would be addressed", said in March: a name looks back
        # whatever the tense, unless the named month is near ("will contest the March polls", said in February).
        future = _tense_or_progressive(ctx, c) == "future"  # ("معاہدہ اپریل میں ختم ہو رہا ہے", is ending in April)
        if future and not direction and ctx.names(c) and (month - published.month) % 12 > NAMED_MONTH_AHEAD:
            future = False
        year, month = resolve_month(month, published, None, future, direction=direction if direction else None)
        if direction == 0:
            year = published.year  # "this March"
        elif direction == -1 and month == published.month - 1 and eng.has("month_year_before_modifiers", g["prep"]):
            year -= 1  # "last October" said in November: the October before it, the month just gone is "last month"
        return _month(year, month, published, *pub, part=part)
    if kind == "weekday":
        weekday = eng.weekday_of[g["wd"].lower()]
        if g.get("amod") and not _complementizer(text, c, eng):
            # "that same Friday", "the following Monday": the weekday next to the narrative's date.
            toward = eng.lookup("anchor_weekday_modifiers", g["amod"])
            base, base_from = ctx.base(c)
            if base_from == "narrative":
                step = (weekday - base.weekday()) % 7
                if toward == 1:
                    day = base + timedelta(days=step or 7)
                elif toward == -1:
                    day = base - timedelta(days=(7 - step) % 7 or 7)
                else:
                    day = base + timedelta(days=step if step <= 3 else step - 7)
                return _day(day, base, base_from)
        direction = eng.lookup("modifiers", g["wmod"]) if g.get("wmod") else None
        modifier = g["wmod"] if direction is not None else None
        tense = _tense_or_progressive(ctx, c)  # ("وزیراعظم پیر کو چین کا دورہ کر رہے ہیں", is visiting China on Monday)
        if direction == 0 and tense == "past":
            direction = -1 if (published.weekday() - weekday) % 7 else 0  # "met this Sunday", said on a Monday
        resolved = resolve_weekday(weekday, published, modifier, tense == "future", direction=direction)
        if tense == "future" and modifier is None and resolved > published:
            # "urged Pakistan to investigate irregularities in Thursday's election", two days after it: the
            # story's day the weekday names with its noun, in the week before, not the Thursday to come
            known = _weekday_names_known_day(ctx, c, eng)
            if known is not None and 0 < (published - known.day).days < 7:
                out = _day(known.day, published, *pub)
                out.story_day = known
                return out
        if tense == "future" and modifier is None:
            base, base_from = ctx.base(c)
            if base_from == "narrative" and resolved == published and published < base < published + NAMED_AHEAD \
                    and base.weekday() == weekday:
                # "a rally in Mianwali on Sunday, September 29. ... this time in Mianwali, on Sunday", said on
                # Sunday the 22nd: the Sunday the text has just named, not the day of the report.
                return _day(base, base, base_from)
        return _day(resolved, published, *pub)
    if kind == "relday":
        offset = eng.lookup("relative_days", g["rel"])
        if offset is None:  # "کل" is yesterday or tomorrow by the tense of its clause
            size = eng.lookup("tense_relative_days", g["rel"])
            offset = size if ctx.future(c) or _progressive(text, c, eng) else -size
        return _day(published + timedelta(days=offset), published, *pub)
    if kind == "ahead":
        before = _words_before(ctx, c)
        after = _clause_window(ctx.text, c.start, c.end, eng)[1]
        if not (ctx.future(c) or _directed(before, eng) or _directed_after(after, eng)
                or _directed_that(ctx.text, c.start, eng)) \
                or any(eng.has("span_markers", w) for w in before[-SPAN_LOOKBACK:]) \
                or _reported_plan(before, eng):
            # "won in three days", "the biggest rally in two years", "had said it would ... within three days"
            return _problem(f"'{span}' is a stretch of time, not a date")
        unit = eng.lookup("units", g["unit"])
        count = _number(g["n"], eng)
        # From a day the same sentence names ("on Monday directed ... within 15 days"), or for a deadline one the
        # sentence before names in the days before publication ("On Thursday, the PTI handed over its demands. The
        # government will respond within seven working days"), else publication;
        # never to a day already past ("Khan, who was convicted on January 31, will be released in two weeks").
        if g.get("working") and unit == "day":
            unit = "workday"  # counted on days of work (see _offset)
        base, base_from = ctx.base(c)
        out = _offset(base, unit, count, base_from) \
            if base_from == "narrative" and (ctx.sentence(c.start) == ctx.narrative_at or (
                _deadline_count(g, eng) and 0 <= (published - base).days <= NEWS_DAY_REACH
                and not _plain_future(before, after, eng))) else None
        if out is None or out.last < published:
            # (a deadline set by the lead's news of the day before, "the court asked them to file statements
            # within 15 days", runs from that day: the order was given then, not when the paper was printed; not
            # what the paper says still lies ahead, "the Senate will send its recommendations within 14 days")
            told_then = ctx.news_day and _deadline_count(g, eng) and not _plain_future(before, after, eng)
            base, base_from = (ctx.news_day, "narrative") if told_then else (published, "publication")
            out = _offset(base, unit, count, base_from)
            if out.last < published:
                base, base_from = published, "publication"
                out = _offset(base, unit, count, base_from)
        if _about_a_week(g, unit, eng):
            return _week(week_monday(out.first), base, base_from)
        return out
    if kind == "ago":
        unit = eng.lookup("units", g["unit"])
        if g.get("today") and unit in ("month", "year"):
            y, m = _shift_month(published.year, published.month, -_number(g["n"], eng) * (12 if unit == "year" else 1))
            day = calendar_day(published.day, m, y)
            return _day(day, published, "publication") if day else _problem(f"impossible date '{span}'")
        known = _ago_from_known_day(ctx, c, eng)
        if known is not None and unit in DAYS_IN_UNIT:
            # "انتخابات سے پانچ روز قبل" (five days before the elections): counted back from the story's vote
            return _offset(known.day, unit, -_number(g["n"], eng), STORY_DAY)
        out = _offset(published, unit, -_number(g["n"], eng), "publication")
        if unit == "week" and _approximate_before(text, c.start, eng):
            # "nearly four weeks ago": a week, not a day ("four weeks ago" counted to the day).
            return _week(week_monday(out.first), published, "publication")
        return out
    if kind == "week":
        delta = eng.lookup("modifiers", g["which"])
        if eng.has("rolling_modifiers", g["which"]) and not g.get("pre"):
            # "over the past week": the seven days before publication, dated by the week of their middle day.
            return _week(week_monday(published - timedelta(days=4)), published, *pub)
        return _week(week_monday(published) + timedelta(days=7 * delta), published, *pub)
    if kind == "weekend":
        delta = eng.lookup("modifiers", g["which"]) if g.get("which") else None
        future = ctx.future(c) if delta is None else delta > 0
        saturday = published - timedelta(days=(published.weekday() - 5) % 7 or 7)  # last Saturday before
        if delta == 0 or (future and delta is None):
            saturday = published + timedelta(days=(5 - published.weekday()) % 7)   # this coming one
            if published.weekday() == 6:
                saturday = published - timedelta(days=1)
        elif delta == 1:
            saturday = published + timedelta(days=(5 - published.weekday()) % 7 or 7)
        out = _day(saturday, published, "publication")
        out.last = saturday + timedelta(days=1)
        return out
    if kind == "period":
        delta = eng.lookup("modifiers", g["which"])
        if eng.lookup("units", g["unit"]) == "year":
            return _year(published.year + delta, published, "publication")
        y, m = _shift_month(published.year, published.month, delta)
        return _month(y, m, published, "publication")
    raise AssertionError(kind)


def _numeric_year(token: str, published: date | None) -> int:
    """A two-digit year is this century's, unless that lies beyond next year ("24" is 2024)."""
    if len(token) == 4:
        return int(token)
    limit = (published or date.today()).year + 1
    return 2000 + int(token) if 2000 + int(token) <= limit else 1900 + int(token)


def _numeric_readings(g: dict, published: date | None = None) -> dict[str, date]:
    """The valid readings of an all-number date: {"dmy": ..., "mdy": ...} (one when a number
    above 12 or the year-first form settles it; none when neither is a real date)."""
    year = _numeric_year(g["year"], published)
    pairs = {"ymd": (int(g["month"]), int(g["day"]))} if g.get("month") else \
        {"dmy": (int(g["b"]), int(g["a"])), "mdy": (int(g["a"]), int(g["b"]))}
    readings = {}
    for order, (month, day) in pairs.items():
        try:
            readings[order] = date(year, month, day)
        except ValueError:
            continue
    return readings


def ambiguous_numeric_dates(text: str) -> list[tuple[date, date]]:
    """The two readings (day first, month first) of each all-number date in `text` that both are
    real and different days: "03/05/2024" is 3 May or 5 March."""
    pairs = []
    for m in NUMERIC_DATE_RX.finditer(text.translate(DIGITS)):
        readings = _numeric_readings(m.groupdict())
        if len(readings) == 2 and readings["dmy"] != readings["mdy"]:
            pairs.append((readings["dmy"], readings["mdy"]))
    return pairs


def numeric_date_order(text: str) -> str | None:
    """The order a text's own unambiguous all-number dates use: "dmy" when a first number
    above 12 is a day ("20/02/2024"), "mdy" when a second one is ("2/20/2024"); None when
    the text has none, or both kinds equally."""
    return _numeric_order(text.translate(DIGITS))


NUMERIC_DATE_RX = re.compile(NUMERIC_DATE)


def _numeric_order(norm: str) -> str | None:
    """numeric_date_order of a text whose digits are already ASCII."""
    votes = Counter()
    for m in NUMERIC_DATE_RX.finditer(norm):
        readings = _numeric_readings(m.groupdict())
        if len(readings) == 1:
            votes[next(iter(readings))] += 1
    if not votes or votes["dmy"] == votes["mdy"]:
        return None
    return max(votes, key=votes.get)


def _approximate_before(text: str, start: int, eng: _Engine) -> bool:
    """Whether an approximating word ("nearly", "about") stands right before position `start`."""
    window = text[max(0, start - 30):start]
    return any(not window[m.end():].strip() for m in eng.approximate.finditer(window))


def _resolve_holiday(c: _Candidate, ctx: _Context, eng: _Engine) -> _Resolved:
    """A holiday's day: a fixed one ("Pakistan Day", March 23) in the year the tense gives, as
    for "March 23"; a movable one ("Eid-ul-Fitr") from the language's table of observed dates,
    the next one in a future clause, else the last one or one a week ahead at most ("announced
    a holiday for Eid": no one reports a holiday as past before it came)."""
    g, published = c.groups, ctx.published
    spec = eng.holiday_of.get(_holiday_key(g["hol"]))
    name = g["hol"]
    if spec is None:
        return _problem(f"unknown holiday '{name}'")
    year = int(g["year"]) if g.get("year") else None
    if re.fullmatch(r"\d\d-\d\d", spec):
        month, day = int(spec[:2]), int(spec[3:])
        around = [year] if year else ([published.year - 1, published.year, published.year + 1] if published else [])
        options = []
        for y in around:
            try:
                options.append(date(y, month, day))
            except ValueError:  # 29 February
                continue
    else:
        options = sorted(date.fromisoformat(d) for d in eng.data["movable_dates"][spec])
        if year:
            options = [d for d in options if d.year == year]
    if not options:
        return _problem(f"no date known for '{name}'" + (f" in {year}" if year else ""))
    if published is None:
        return _day(options[0]) if len(options) == 1 else _problem("holiday and no publication date to place it")
    if year:
        chosen = min(options, key=lambda d: abs((d - published).days))
        return _day(chosen + timedelta(days=_holiday_day(g, eng)), published, "publication")
    if ctx.future(c):
        ahead = [d for d in options if d >= published]
        chosen = ahead[0] if ahead else None
    else:
        before = [d for d in options if d <= published + HOLIDAY_AHEAD]
        chosen = before[-1] if before else None
    if chosen is None or abs((chosen - published).days) > HOLIDAY_REACH:
        return _problem(f"no date known for '{name}' near {published.isoformat()}")
    return _day(chosen + timedelta(days=_holiday_day(g, eng)), published, "publication")


DAY_NUMBER = re.compile(r"[0-3]?\d(?:st|nd|rd|th)?\s+")  # "8 February", "8th February": a day before its month
VOTE_DAY_BEFORE = 30  # days before the story's vote a report may say what "polling day" will bring
VOTE_DAY_AFTER = 60   # ... and after it, what it will bring or brought (later only what it brought)


def _resolve_vote_day(c: _Candidate, ctx: _Context, eng: _Engine) -> _Resolved:
    """"On polling day", "election day", "پولنگ کے روز": the day of the vote the report is about, the
    first day it names as a vote's ("Sunday's by-elections", "8 فروری کے عام انتخابات"); else the story's
    known day of the vote (its `bare_nouns`), in a report from VOTE_DAY_BEFORE days before it to
    VOTE_DAY_AFTER after whose sentence, or the one before, names no other vote (`bare_not_words`:
    "by-elections", "Senate").  "The eve of polling day" is
    the day before (`day_of_before`).  (After "after", "ahead of", "until" it bounds a time: see
    _open_vote_day.)"""
    if (named := eng.vote_day_named.match(ctx.text, c.end)) is not None and (any(
            eng.gates[gate].match(ctx.text, named.end()) for gate in ("month", "weekday"))
            or ((day := DAY_NUMBER.match(ctx.text, named.end())) and eng.gates["month"].match(ctx.text, day.end()))):
        # "election day is November 5", "on polling day Thursday", "polling day, February 8": that date is the mention
        return _problem(f"'{ctx.text[c.start:c.end]}' is named by the date after it")
    if not c.groups.get("prep") and eng.vote_day_modifies.match(ctx.text, c.end):
        return _problem(f"'{ctx.text[c.start:c.end]}' only describes what follows it")  # "polling day staff"
    if c.groups.get("eve") and (EVE_QUALIFIED.match(ctx.text, c.end) or (ctx.vote_day is None and not _near_the_vote(c, ctx))):
        # "on the eve of the vote" names only the vote the report is about, or the story's in the days around it (not
        # "the eve of the vote on the 26th amendment", nor the eve of a vote months on: another vote's)
        return _problem(f"'{ctx.text[c.start:c.end]}' names no vote of the report's")
    words_start = c.end - len(c.groups["vote"])  # (the mention may hold its preposition: "on polling day")
    of = eng.vote_day_of.search(ctx.text, max(0, words_start - 24), words_start) if eng.vote_day_of else None
    shift = timedelta(days=eng.lookup("day_of_before", of.group().strip()) or 0) if of else timedelta(0)
    if ctx.vote_day is not None:
        return _day(ctx.vote_day + shift, ctx.vote_day, "the report's vote")
    when = ctx.published or ctx.year_anchor
    counted = _bound_before(ctx.text, c, eng)
    start, end = ctx.with_sentence_before(c.start)  # the sentence before, too
    for known in ctx.known_days.values():
        after = (when - known.day).days if when is not None else None
        # (long after it, only told as done: "was suspended on polling day", not "will open on polling day")
        # (or counted from, as "the polls" are: "nine days after polling day")
        if known.bare_nouns and after is not None and -VOTE_DAY_BEFORE <= after <= COUNT_DAY_REACH \
                and (after <= VOTE_DAY_AFTER or ctx.tense(c) == "past" or counted) and not _another_vote(ctx, known, start, end):
            return _day(known.day + shift, known.day, "the story's vote")
    return _problem(f"'{ctx.text[c.start:c.end]}' names the day of a vote the report does not date")


EVE_QUALIFIED = re.compile(r"\s+(?:on|for|of|to|over)\b")  # "the eve of the vote on the budget": another vote
EVE_REACH = 10  # days after the story's vote within which "the eve of the vote" is its eve


def _near_the_vote(c: _Candidate, ctx: _Context) -> bool:
    """Whether the report is of the days around the story's vote (from VOTE_DAY_BEFORE days before it to EVE_REACH
    after), and neither its sentence nor the one before names another vote."""
    when = ctx.published or ctx.year_anchor
    start, end = ctx.with_sentence_before(c.start)
    return when is not None and any(
        known.bare_nouns and -VOTE_DAY_BEFORE <= (when - known.day).days <= EVE_REACH
        and not _another_vote(ctx, known, start, end) for known in ctx.known_days.values())


def _holiday_day(g: dict, eng: _Engine) -> int:
    """Days into the holiday: 1 for "the second day of Eid", 0 for the holiday itself."""
    if g.get("nth"):
        return eng.lookup("day_of_before", g["nth"]) or 0
    if g.get("nth2"):
        return eng.lookup("day_of_after", g["nth2"]) or 0
    return 0


HOLIDAY_AHEAD = timedelta(days=7)    # "Eid holidays for government offices": a holiday this close ahead is the one meant
HOLIDAY_REACH = 400                  # days: a table that does not reach the publication year dates nothing


@lru_cache(maxsize=16)
def _words_rx(words: tuple[str, ...]) -> re.Pattern:
    """Any of `words` as whole words (a hyphen is part of a word), in any case."""
    return re.compile(rf"(?<![\w-])(?:{_alt(words)})(?![\w-])")


STORY_DAY = "the story's day"  # anchor_from of a count from a known day named bare ("after the polls")
COUNT_DAY_REACH = 400  # days: a report this long after a known day still means it by "the polls"
NARRATIVE_NEAR = 21  # days: a narrative this near after the known day is still in its aftermath
NARRATIVE_BEFORE_VOTE = 21  # days: ... and one this near before it is the run-up to it (Khan's convictions of 30-31 January)


def _counted_from_known_day(ctx: _Context, c: _Candidate, eng: _Engine):
    """The story's known day a count is from when what it counts from is one of the day's
    `bare_nouns`, bare: "three days after the polls", "a day before the general election",
    "عام انتخابات کے دس روز بعد", over a date the narrative set in the weeks after the day ("the last
    results on Feb 11. Nine days after the polls" is February 17), not over a later one.  Not "after
    the Senate polls", "after the polls in India" or "after the vote on the budget" (a
    `count_noun_blockers` word after the noun), nor in a sentence, or the one before, with one of its
    `bare_not_words` ("by-elections", "oath", a foreign leader) or another year ("In 2018, PTI won the
    polls. Three days after the polls").  Only in days or weeks, and in a report of the day's year or
    so (publication, or on a page with no date the latest day it dates in full, up to COUNT_DAY_REACH
    days after it): later, "the polls" are others."""
    when = ctx.published or ctx.year_anchor
    if when is None:
        return None
    base, base_from = ctx.base(c)
    if c.kind == "anchorperiod":
        unit = _anchor_period(c)[0]
    elif c.groups.get("unit"):
        unit = eng.data["units"].get(c.groups["unit"]) or eng.lookup("units", c.groups["unit"])
    else:
        unit = None  # "the day before"
    if unit not in {None, "day", "week"}:
        return None  # ("a month after the polls, the dust has settled": a vague now, not a day)
    start, end = ctx.with_sentence_before(c.start)  # the sentence before, too
    years = {int(y) for y in WRITTEN_YEAR.findall(ctx.text, start, end)}
    for known in ctx.known_days.values():
        nouns = known.bare_nouns
        if not nouns or not 0 <= (when - known.day).days <= COUNT_DAY_REACH or years - {known.day.year} \
                or _another_vote(ctx, known, start, end) \
                or (base_from == "narrative" and not -NARRATIVE_BEFORE_VOTE <= (base - known.day).days <= NARRATIVE_NEAR):
            # (a narrative weeks after the day is at another vote: "Senate elections were held on April
            # 2. Results came that night. A day after the polls, ..."; nor one long before it: "held its intra-party
            # polls on December 2. A day after the polls, ..."; a day or so before is the vote's eve: "blasts killed 28
            # people a day before the elections. A day after the elections, results were delayed")
            continue
        if eng.data["count_complement_follows"]:
            g = c.groups
            word = g.get("dir") if c.kind == "shift" else (g.get("rel") or "").split()[-1]
            if word and eng.has("count_prepositions", word) and _count_noun_rx(nouns, c.lang).match(ctx.text, c.end):
                return known
        elif eng.data.get("count_links") and _count_noun_rx(nouns, c.lang).search(ctx.text, max(0, c.start - 40),
                                                                                   c.start):
            return known
    return None


def _ago_from_known_day(ctx: _Context, c: _Candidate, eng: _Engine):
    """The story's vote that a count "ago" is told before, in a language that links the count to what it counts
    from before it ("انتخابات سے پانچ روز قبل": five days before the elections, not five days ago), or None."""
    if eng.data["count_complement_follows"] or not eng.data.get("count_links"):
        return None
    start, end = ctx.sentence_bounds(c.start)
    for known in ctx.known_days.values():
        if known.bare_nouns and _count_noun_rx(known.bare_nouns, c.lang).search(ctx.text, max(0, c.start - 40), c.start) \
                and not _another_vote(ctx, known, start, end) and (ctx.published is None or known.day <= ctx.published):
            return known
    return None


def _weekday_names_known_day(ctx: _Context, c: _Candidate, eng: _Engine):
    """On a page that prints no date, the story's known day a weekday names with its genitive and
    one of the day's `bare_nouns`, when it fell on that weekday and the sentence has none of its
    `bare_not_words`: "Thursday's general election", "after Thursday's vote" are the vote of
    Thursday 8 February 2024 ("Sunday's protests" are not the march of Sunday 24 November: a protest
    noun names any protest)."""
    g = c.groups
    if (g.get("wmod") and eng.lookup("modifiers", g["wmod"]) is not None) or g.get("amod"):
        return None  # "last Thursday's vote": counted from a day the page does not give
    weekday = eng.weekday_of[g["wd"].lower()]
    if any(ctx.text.endswith(genitive, c.start, c.end) for genitive in eng.data["genitives"]):
        after = c.end  # the mention took its genitive in: "Thursday's"
    elif (genitive := eng.genitive_after.match(ctx.text, c.end)) is not None:
        after = genitive.end()
    else:
        return None
    start, end = ctx.sentence_bounds(c.start)
    for known in ctx.known_days.values():
        nouns = known.bare_nouns
        if nouns and known.day.weekday() == weekday and _genitive_noun_rx(nouns, c.lang).match(ctx.text, after) \
                and not _another_vote(ctx, known, start, end):
            return known
    return None


def _another_vote(ctx: _Context, known, start: int, end: int) -> bool:
    """Whether text[start:end] has one of the known day's `bare_not_words` (the Senate, by-elections,
    an oath, a foreign leader): its bare nouns then name another vote."""
    return bool(known.bare_not_words) and _words_rx(known.bare_not_words).search(ctx.text, start, end) is not None


@lru_cache(maxsize=16)
def _genitive_noun_rx(nouns: tuple[str, ...], lang: str) -> re.Pattern:
    """One of `nouns` right after a genitive, as a word of its own ("'s general election", not "'s
    repolls" nor "'s budget vote"), not before a `count_noun_blockers` word ("'s election in Britain")."""
    blockers = engine(lang).data.get("count_noun_blockers", [])
    return re.compile(rf"\s*(?<![\w-]){_alt(nouns)}(?![\w-])" + (rf"(?!\s+{_alt(blockers)}(?![\w-]))" if blockers else ""))


@lru_cache(maxsize=16)
def _count_noun_rx(nouns: tuple[str, ...], lang: str) -> re.Pattern:
    """What a count is from, bare: after it ("after the polls") where complements follow, else
    before it with one of the language's `count_links` ("عام انتخابات کے دس روز بعد")."""
    eng = engine(lang)
    if eng.data["count_complement_follows"]:
        blockers = eng.data.get("count_noun_blockers", [])
        return re.compile(rf"\s+(?:{_alt(eng.data.get('name_determiners', []))}\s+)?{_alt(nouns)}(?![\w-])"
                          + (rf"(?!\s+{_alt(blockers)}(?![\w-]))" if blockers else ""))
    return re.compile(rf"(?<![\w-]){_alt(nouns)}\s+{_alt(eng.data['count_links'])}\s*$")


def _counts_from_undated(text: str, c: _Candidate, eng: _Engine) -> bool:
    """Whether a count ending in "after"/"before" ("a day after", "the week before") is followed by
    a clause that tells what it counts from ("the Supreme Court declared ..."): then that clause's
    date, which the text does not give, is its anchor, not the narrative's last date."""
    if not eng.data["count_complement_follows"]:
        return False
    g = c.groups
    word = g.get("dir") if c.kind == "shift" else (g.get("rel") or "").split()[-1] if c.kind in ANCHOR_KINDS else None
    if not word or not eng.has("count_prepositions", word):
        return False
    follow = FOLLOWING_WORD.match(text, c.end)
    if not follow or eng.has("clause_breaks", follow.group(1)):
        return False
    # A clause of its own ("after the Supreme Court declared ...") tells of another happening; a noun
    # ("three days after the vote") names one the narrative has just dated.
    complement = COMPLEMENT_GAP.match(text, c.end)
    words = complement.group() if complement else ""
    return bool((eng.past_anywhere is not None and eng.past_anywhere.search(words)) or _has_future(words, eng))


LABEL_MARK = re.compile(r"\s*[:\u2013\u2014-]\s*")  # "Polling day: Sunday, 21st April 2024", "Polling day - April 21"
ROLE_ENDS = re.compile(r"\s*(?:[.,;:!?)\n]|$)")  # where a clause ends after a date's role


def _labels_a_date(text: str, c: _Candidate, candidates: list[_Candidate]) -> bool:
    """Whether "polling day" is the label of the date written right after it, as in a schedule, or the role of
    the date right before it, ending its clause (the language's `vote_day_roles`: "fixing September 29 as polling
    day."): the date says which day the vote is, and the words are no other date (the story's own vote)."""
    mark = LABEL_MARK.match(text, c.end)
    if mark is not None and any(o.start == mark.end() and o.kind in SINGLE_DAY_KINDS for o in candidates):
        return True
    # (the words end their clause: "as polling day neared" is a time, no role)
    if not ROLE_ENDS.match(text, c.end):
        return False
    role = engine(c.lang).vote_day_role
    words_start = c.end - len(c.groups["vote"])
    return any(o.end < words_start and o.kind in SINGLE_DAY_KINDS and role.fullmatch(text, o.end, words_start)
               for o in candidates)


def _open_vote_day(text: str, c: _Candidate) -> bool:
    """Whether "polling day" bounds a time ("after polling day", "ahead of polling day", `open_before`;
    Urdu `open_after`): it then dates nothing on its day (a count from it still does: "three days after
    polling day")."""
    eng = engine(c.lang)
    return _bound_before(text, c, eng) or eng.vote_day_open_after.match(text, c.end) is not None


def _bound_before(text: str, c: _Candidate, eng: _Engine) -> bool:
    """Whether one of `open_before` ("after", "ahead of", "until") stands right before the vote's day words
    (the mention may hold its preposition: "until polling day")."""
    words_start = c.end - len(c.groups["vote"])
    return eng.vote_day_open_before.search(text, max(0, words_start - 14), words_start) is not None


def _open_holiday(text: str, c: _Candidate) -> bool:
    """Whether an open-bound phrase ("after Eid", "ahead of Pakistan Day", "عید کے بعد") holds this holiday."""
    eng = engine(c.lang)
    for m in eng.holiday_open.finditer(text, max(0, c.start - 12), min(len(text), c.end + 30)):
        if m.start() < c.end and m.end() > c.start:
            return True
    return False


ANCHOR_KINDS = {"anchorday", "anchorperiod"}
RELATIVE_TO_A_DAY = {"anchorday", "anchorperiod", "shift"}  # "a day earlier", "the week after", "two days later"
FOLLOWING_WORD = re.compile(r"[ \t]+[\"“‘']?(\w[\w'’-]*)")


def _resolve_numeric(c: _Candidate, ctx: _Context, eng: _Engine) -> _Resolved:
    """One reading when only one is a real date; else the order the text, outlet or
    language gives; an "unknown" order takes the reading nearest publication."""
    readings = _numeric_readings(c.groups, ctx.published)
    span = ctx.text[c.start:c.end]
    if not readings:
        return _problem(f"impossible date '{span}'")
    if len(readings) == 1:
        return _day(next(iter(readings.values())))
    if readings["dmy"] == readings["mdy"]:
        return _day(readings["dmy"])
    order = ctx.numeric_order() or eng.data["numeric_date_order"]
    if order in readings:
        return _day(readings[order])
    if ctx.published is None:
        return _day(readings["dmy"])
    return _day(min(readings.values(), key=lambda d: (abs((d - ctx.published).days), d)))


def _same_or_next_year(day: date, after: date) -> date | None:
    for year in (after.year, after.year + 1):
        try:
            moved = day.replace(year=year)
        except ValueError:  # 29 February
            continue
        if moved >= after:
            return moved
    return None


DAYS_IN_UNIT = {"day": 1, "week": 7, "fortnight": 14}


def _offset(base: date, unit: str, count: int, base_from: str) -> _Resolved:
    if unit == "workday":  # Monday to Friday only
        day = base
        for _ in range(count):
            day += timedelta(days=1)
            while day.weekday() >= 5:
                day += timedelta(days=1)
        return _day(day, base, base_from)
    if unit in DAYS_IN_UNIT:
        return _day(base + timedelta(days=count * DAYS_IN_UNIT[unit]), base, base_from)
    if unit == "month":
        y, m = _shift_month(base.year, base.month, count)
        return _month(y, m, base, base_from)
    return _year(base.year + count, base, base_from)


def find_dates(text: str, published: date | None, *, language: str | None = None,
               anchor: date | None = None, numeric_order: str | None = None,
               not_anchors: list[tuple[int, int]] = (), known_days: dict | None = None,
               news_day: date | None = None, year_anchor: date | None = None,
               story_years: tuple[int, ...] = (), timeline: date | None = None,
               vote_day: date | None = None, timeline_year: int | None = None,
               story_days_bare: bool = False) -> list[DateMention]:
    """Every date expression in `text`, resolved against `published` where needed.

    `language` is the article's language code (its folder under dashboard/languages);
    the languages whose script appears in the text are used as well.  `anchor` is the
    last day the narrative set before this text (for "the next day"); dates found here
    move it on, except those inside `not_anchors` (a wire dateline: when the report was filed,
    not a date of the story).  `known_days` are the story's own days ((month, day) -> KnownDay):
    a yearless mention of one, far from its yearly return, means the story's day.  `news_day` is
    the day the article's lead reports (see `news_day`): the day "earlier in the day" is in when
    no date comes just before it.  On a page that prints no date (`published` None), a yearless
    day takes the year near `year_anchor` (the latest day the page dates in full), or the one of
    `story_years` that a weekday written with it fits ("Wednesday (February 21)").  `timeline` is the
    day of the last entry of a timeline before this text (see `timeline_entry`): a yearless entry
    that heads this text follows it, in its year or the next; in `timeline_year` when one is given (the
    year of a heading the entry is under, "**2025**").  `vote_day` is the day of the vote the
    report is about, when the text before named one (see names_a_vote): "on polling day" is that day.
    `story_days_bare`: on a page that prints no date and tells of no yearly return, a yearless day of the
    story's own, told as done, is that day with no noun of it beside (see _Context.told_bare)."""
    norm = text.translate(DIGITS)
    # A text of digits only ("21.02.2024" on a header line) still has its all-number dates.
    codes = text_languages(text, language) or ["en"]
    candidates = _candidates(text, norm, codes)
    if not candidates:
        return []  # (most paragraphs: no need to split them into sentences)
    mentions = []
    ctx = _Context(norm, published, anchor)
    ctx.news_day = news_day
    ctx.known_days = known_days or {}
    ctx.year_anchor = year_anchor if published is None else None
    ctx.story_years = story_years
    ctx.story_days_bare = story_days_bare and published is None
    ctx.given_numeric_order = numeric_order
    ctx.timeline = timeline
    ctx.timeline_year = timeline_year
    ctx.vote_day = vote_day
    says_vote_day = any(c.kind == "voteday" for c in candidates)
    ctx.timeline_head = next((c.start for c in candidates if heads_entry(norm, c.start, c.end)), None) \
        if timeline is not None else None
    ctx.sentence_starts = [start for start, _ in split_sentences(text, 0, len(text))] or [0]
    ctx.sentence_starts[0] = 0
    last_sentence = ctx.sentence_starts[-1]
    for c in candidates:
        r = _resolve(c, ctx)
        start = c.start
        if r.value is not None and r.precision == "day" and r.first == r.last \
                and (weeks := _data_rx(c.lang, "week_of_words", rf"{WORD_START}(?:%s)\s+$", re.IGNORECASE)) is not None \
                and (m := weeks.search(norm, max(0, c.start - 30), c.start)) is not None:
            # "in the week of May 13": the week that day is in, from its Monday
            r = _week(r.first - timedelta(days=r.first.weekday()), r.anchor, r.anchor_from)
            start = m.start()
        if r.value is not None and _tells_an_age(norm, c):
            r = _problem(f"'{text[c.start:c.end]}' tells a birth or an age, no happening of the story")
        elif c.kind == "holiday" and r.value is not None and _open_holiday(norm, c):
            # "will launch a movement after Eid": the holiday bounds a time that has no day of its own.
            r = _problem(f"'{text[c.start:c.end]}' bounds a time, it dates nothing on its day")
        elif c.kind == "voteday" and r.value is not None and _open_vote_day(norm, c):
            r = _problem(f"'{text[c.start:c.end]}' bounds a time, it dates nothing on its day")
        elif c.kind == "voteday" and r.value is not None and _labels_a_date(norm, c, candidates):
            r = _problem(f"'{text[c.start:c.end]}' is the label of the date that follows it")
        status = None
        # (what a count reaches back to is no time the story moves on from: "The vote came six
        # days after Shehbaz was elected. A day earlier, ..." is a day before the vote)
        # (nor is a weekday that names its happening: "won the most seats in Thursday's polls. A day
        # earlier, ..." is not the Wednesday; it is resolved as a weekday, ahead or behind by the tense)
        background = r.value is not None and (ctx.names(c) or bool(c.groups.get("reverse")) or (
            c.kind == "weekday" and bool(c.groups.get("poss")) and bool(engine(c.lang).possessive_name.match(norm, c.end))))
        if r.value is not None:
            status = clause_status(norm, c.start, c.end, c.lang, first_day=r.first, last_day=r.last,
                                   published=published, future=ctx.future(c))
            if status == "happened" and past_plan(norm, c.start, c.end, c.lang):
                status = "planned"  # "had planned a rally on February 11": the rally never came
            if r.precision == "day" and not c.groups.get("reverse") \
                    and not any(lo <= c.start and c.end <= hi for lo, hi in not_anchors) \
                    and not background:  # the story stays at the main date
                ctx.set_narrative(r.last, c.start, span=r.first != r.last)
        if says_vote_day and ctx.vote_day is None and r.precision == "day" and r.first == r.last \
                and _names_a_vote(norm, c.start, c.end, engine(c.lang), c.kind):
            ctx.vote_day = r.first  # (read only in a text that says "polling day": no other needs it)
        if c.start == ctx.timeline_head and r.value is not None and r.precision == "day":
            ctx.timeline = r.last  # the other days of the entry are told from its own
        if r.value is not None and r.precision == "month" and r.first is not None:
            ctx.month_told = (c.end, r.first)
        ctx.year_told = _opening_year(text, norm, c, r, ctx) if not background else None
        own = _own_day(r, ctx.known_days)
        if own is not None and not ctx.holds_act_words(c, own):
            own = None  # (the day of the iddat verdict is not its type in "a candidate was killed on January 31")
        mentions.append(DateMention(
            start, c.end, text[start:c.end], c.kind, r.value, r.precision, r.problem,
            r.first.isoformat() if r.first else None, r.last.isoformat() if r.last else None, status,
            r.anchor.isoformat() if r.anchor else None, r.anchor_from, c.lang, c.start >= last_sentence, background,
            getattr(r.story_day, "type", None), _day_type(own, published), getattr(own, "type", None)))
    return _weekdays_of_weeks(_agos_beside_full_dates(mentions, norm), norm, published)


AGO_GAP = re.compile(r"[\s,،:\-–—]+")  # what may part a count back from the date beside it (not ";": a clause)
FULL_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")  # ("2023ء": a letter may follow)


def _agos_beside_full_dates(mentions: list[DateMention], norm: str) -> list[DateMention]:
    """A count of years or months back set off beside a date written with its year ("Exactly a year ago, on May 9,
    2023,", "On June 28, 2024 — a year ago to the day —", "ٹھیک ایک سال قبل، 9 مئی 2023ء کو") only says how long ago
    that date was: it dates nothing of its own. Kept when the years differ (two times, not one), when the date is ahead
    ("due on June 10, 2025 — a year ago, ..."), or when more than a preposition of apposition stands between ("A year
    ago the party won; on May 9, 2023, ...")."""
    drop = set()
    for k, m in enumerate(mentions):
        if m.kind != "ago" or m.precision not in {"year", "month", "day"} or not m.date_start:
            continue  # (a day: "a year ago to the day" beside the date it counts to)
        data = engine(m.language or "en").data
        joiners = {w.lower() for w in data.get("apposition_prepositions") or []}
        for other in (mentions[k - 1] if k else None, mentions[k + 1] if k + 1 < len(mentions) else None):
            if other is None or other.kind == "ago" or not other.date_start or not FULL_YEAR.search(other.text):
                continue
            words = [w for w in AGO_GAP.split(norm[min(m.end, other.end):max(m.start, other.start)]) if w]
            if len(words) <= 1 and all(w.lower() in joiners for w in words) and other.status == "happened" \
                    and other.date_start[:4] == m.date_start[:4]:
                drop.add(k)
    return [m for k, m in enumerate(mentions) if k not in drop]


def _weekdays_of_weeks(mentions: list[DateMention], norm: str, published: date | None) -> list[DateMention]:
    """A week counted from publication and a weekday side by side are one day, the weekday of that week:
    "گزشتہ ہفتے جمعے کو" (last week, on Friday), "on Tuesday next week", "اگلے ہفتے منگل کو"."""
    merged, k = [], 0
    while k < len(mentions):
        pair = mentions[k:k + 2]
        if len(pair) == 2 and (day := _weekday_of_week(*pair, norm)) is not None:
            first, second = pair
            week, weekday = (first, second) if first.kind == "week" else (second, first)
            status = ("planned" if day > published else "happened") if published is not None else weekday.status
            merged.append(replace(
                weekday, start=first.start, end=second.end, text=first.text + norm[first.end:second.start] + second.text,
                value=day.isoformat(), precision="day", date_start=day.isoformat(), date_end=day.isoformat(),
                status=status, anchor=week.anchor, anchor_from=week.anchor_from, last_sentence=second.last_sentence))
            k += 2
            continue
        merged.append(mentions[k])
        k += 1
    return merged


def _possessive_after(norm: str, end: int, eng: _Engine) -> bool:
    return any(norm.startswith(p, end) for p in eng.data.get("possessives") or ())


def _weekday_of_week(a: DateMention, b: DateMention, norm: str) -> date | None:
    kinds = {a.kind, b.kind}
    if kinds != {"week", "weekday"} or not a.value or not b.value or a.anchor_from != "publication" \
            or b.anchor_from != "publication":
        return None
    week, weekday = (a, b) if a.kind == "week" else (b, a)
    eng = engine(weekday.language or "en")
    between = norm[a.end:b.start]
    joiners = {w.lower() for w in eng.data.get("naming_prepositions") or []}
    # (only words of naming between, no comma: "Khan, who was convicted last week, on Friday filed ..." is two
    # times; nor a week that owns a noun or ends a stretch: "on Thursday next week's rally", "جمعے کو اگلے ہفتے تک", in a
    # language whose limits follow the day: in English a target word after it opens what comes next, "on Thursday next
    # week to decide ...")
    if week.precision != "week" or any(w.lower() not in joiners for w in re.findall(r"\w+", between)) \
            or re.search(r"[^\w\s]", between) or any(week.text.endswith(p) for p in eng.data.get("possessives") or ()) \
            or (week is b and ((eng.data.get("limit_postpositions") and eng.target_after.match(norm[b.end:b.end + 20]))
                               or _possessive_after(norm, b.end, eng)
                               or any(weekday.text.endswith(" " + p) for p in eng.data.get("day_postpositions") or ()))):
        return None  # ("جمعے کو اگلے ہفتے تک": a Friday's act, to next week)
    named = [eng.weekday_of[w.lower()] for w in re.findall(r"\w+", weekday.text) if w.lower() in eng.weekday_of]
    if len(set(named)) != 1:
        return None
    return date.fromisoformat(week.value) + timedelta(days=named[0])


MONTH_APPOSITION = re.compile(r"\s*[,،]\s*")  # "in July, on the 12th": a day put right after its month
AGE_REACH = 60  # characters around a date, within its clause, where a birth or an age is told


def _tells_an_age(norm: str, c: _Candidate) -> bool:
    """Whether the date's clause tells a birth or an age ("was born on September 23, 1951", "who turned 50
    in October"): the language's `age_patterns`."""
    rx = _data_rx(c.lang, "age_patterns", flags=re.IGNORECASE)
    if rx is None:
        return False
    before = norm[max(0, c.start - AGE_REACH):c.start]
    after = norm[c.end:c.end + AGE_REACH]
    before = re.split(r"[.;:,،۔!?]", before)[-1]
    after = re.split(r"[.;:,،۔!?]", after)[0]
    return bool(rx.search(before) or rx.search(after))


def _own_day(r: _Resolved, known_days: dict):
    """The story's own day (a KnownDay) that a resolved day is ("February 8, 2024": the election), else None."""
    if r.value is None or r.precision != "day" or r.first != r.last:
        return None
    known = known_days.get((r.first.month, r.first.day))
    return known if known is not None and known.day == r.first else None


def names_a_vote(text: str, mention: DateMention) -> date | None:
    """The day a mention names as a vote's ("Sunday's by-elections", "the February 8 polls", "اتوار کو
    ہونے والے ضمنی انتخابات", "by-elections held on Sunday"), or None."""
    if not mention.value or mention.precision != "day" or mention.date_start != mention.date_end:
        return None
    named = _names_a_vote(text.translate(DIGITS), mention.start, mention.end, engine(mention.language), mention.kind)
    return date.fromisoformat(mention.date_start) if named else None


VOTE_NAMING_KINDS = SINGLE_DAY_KINDS | {"weekday"}


def _names_a_vote(text: str, start: int, end: int, eng: _Engine, kind: str) -> bool:
    """Whether the single day at text[start:end] names a vote (see names_a_vote).  (A weekday names one
    by its possessive where the language has one: "Sunday's vote", not "on Monday vote counting resumed".)"""
    if kind not in VOTE_NAMING_KINDS:
        return False  # (not a count: "nine days after polling day" names no vote held then)
    if eng.vote_before.search(text, max(0, start - 40), start):
        return True
    bare_weekday = kind == "weekday" and eng.data["possessives"] and not any(
        text.endswith(p, start, end) for p in eng.data["possessives"]) \
        and not eng.determiner_before.search(text, max(0, start - 8), start)  # ("in the Sunday by-elections")
    return not bare_weekday and bool(eng.vote_after.match(text, end))


def _day_type(own, published: date | None) -> str | None:
    """The type of the story's own day `own` (see _own_day) in a report written long after it ("two
    commissions to probe the incidents of May 9, 2023"); None otherwise.  (Near the day, much else
    happens on it: "the mobile service shutdown on February 8".)"""
    if own is None or (published is not None and (published - own.day).days <= KNOWN_DAY_REACH):
        return None
    return own.type


NEWS_DAY_REACH = 2  # a lead's day at most this many days before publication is the news day


def news_day(mentions: list[DateMention], published: date | None) -> date | None:
    """The one day a lead sentence reports as done, when it is the day or two before publication
    ("... elected on Saturday", printed on Sunday); None when it names publication's own day, more
    than one day ("Khan, who was sentenced on Friday, told supporters on Sunday") or none."""
    if published is None:
        return None
    days = {date.fromisoformat(m.date_start) for m in mentions
            if m.precision == "day" and m.status == "happened" and m.date_start == m.date_end}
    if len(days) != 1:
        return None
    day = days.pop()
    return day if 0 < (published - day).days <= NEWS_DAY_REACH else None


# what follows a timeline entry's date: "March 3: ...", "March 3 – ...", a table's "| March 3 | ..."
ENTRY_MARK = re.compile(r"[*_]*\s*(?:[:：]|\s[-–—]\s|\|)")  # (after a bold date's closing marks: "**March 3** —")
ENTRY_LEAD = re.compile(r"[\s•*·▪►\-–—|]*")  # bullets (or a table row's first bar) before it
WRITTEN_YEAR_RX = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
TABLE_ROW_LEAD = re.compile(r"\s*\|")
# (a word that starts with no capital: names and figures are a row of facts, "| July 25, 2018 | Pakistan
# Tehreek-e-Insaf led by Imran Khan | 116 |"; what happened is told in common words)
TABLE_ROW_WORD = re.compile(r"(?<![\w-])(?![A-Z])[^\W\d_]{2,}")
TABLE_ENTRY_WORDS = 5  # such words after its date: a table's row that tells what happened, not one of figures
TIMELINE = "the timeline's entry before"


TIMELINE_BACK_STEP = 92  # days: an entry this far before the one above it is a step back, not next year's


def _timeline_year(month: int, day: int, before: date, head: bool) -> int | None:
    """The year of a yearless day of a timeline, the day before it being `before` (see find_dates)."""
    options = [(d, year) for year in (before.year - 1, before.year, before.year + 1)
               if (d := calendar_day(day, month, year)) is not None and d.month == month]
    if not options:
        return None
    if not head:
        return min(options, key=lambda o: abs((o[0] - before).days))[1]
    same = next((o for o in options if o[1] == before.year), None)
    if same is not None and (same[0] >= before or (before - same[0]).days <= TIMELINE_BACK_STEP):
        return before.year
    return before.year + 1


def heads_entry(text: str, start: int, end: int) -> bool:
    """A date that opens the text (after bullets) and is followed by a colon or a dash: the head
    of a timeline's entry ("February 13: PML-N names Shehbaz Sharif ...")."""
    return ENTRY_LEAD.fullmatch(text, 0, start) is not None and ENTRY_MARK.match(text, end) is not None


def timeline_entry(text: str, mentions: list[DateMention], before: date | None) -> date | None:
    """The day a timeline's entry in `text` (a paragraph) sets for the next ones: its head's last day,
    when it writes its year or follows an entry before (`before`); else `before`, unchanged."""
    head = next((m for m in mentions if heads_entry(text, m.start, m.end)), None)
    if head is None or head.date_end is None or head.precision not in {"day", "month"}:
        return before
    if before is None and (not WRITTEN_YEAR_RX.search(head.text) or (TABLE_ROW_LEAD.match(text) and len(
            TABLE_ROW_WORD.findall(text, head.end)) < TABLE_ENTRY_WORDS)):
        # a timeline starts at an entry that writes its year (not a table's row of figures: "| July 25, 2018 | PTI
        # | 116 |" may be one of a comparison; such a table's timeline starts at its title's or heading's year);
        # a row that tells what happened is an entry ("| 08/02/2024 | General election; mobile services suspended |")
        return None
    return date.fromisoformat(head.date_end)


@lru_cache(maxsize=1)
def _year_heading_rx() -> re.Pattern:
    """A line that is a year alone, with the year suffixes of the languages shipped: "**2025**", "## 2024",
    "**۲۰۲۴ء**" (read after DIGITS)."""
    from .languages import available

    suffixes = sorted({x for code in available() for x in engine(code).data.get("year_suffixes") or ()}, key=len, reverse=True)
    suffix = rf"(?:\s*(?:{'|'.join(map(re.escape, suffixes))}))?" if suffixes else ""
    return re.compile(rf"[\s#*_]*((?:19|20)\d\d){suffix}[\s*_:]*")


def year_heading(lines: str) -> int | None:
    """The year of the last line among `lines` that is a year alone ("**2025**"): a heading the timeline
    entries under it are of.  None when there is no such line."""
    rx = _year_heading_rx()
    years = [m.group(1) for line in lines.translate(DIGITS).splitlines() if (m := rx.fullmatch(line))]
    return int(years[-1]) if years else None


TITLE_YEAR_RX = re.compile(r"(?<![\d.,])((?:19|20)\d\d)(?![\d.,]|\s*[-–/]\s*\d)")  # not "2024-25", "1,973"
TITLE_YEAR_BACK = 1  # years before publication a title's year may be the year the page reviews


def title_timeline_start(title: str | None, published: date | None) -> date | None:
    """Where a timeline starts on a page whose title names one year, the year it was published or the one
    before ("What happened when: Pakistan's politics in 2025", printed on 31 December 2025): that year's
    first day, so a first entry that writes no year ("| 17 Jan | ...") is of it.  None otherwise: a page
    with no date, a title with a background year ("... the 1973 Constitution", "Two years after the 2024
    vote" printed in 2026), a fiscal year ("the 2024-25 budget") or two years; a timeline then starts at
    an entry that writes its year."""
    if published is None:
        return None
    years = {int(y) for y in TITLE_YEAR_RX.findall((title or "").translate(DIGITS))}
    year = years.pop() if len(years) == 1 else None
    return date(year, 1, 1) if year is not None and 0 <= published.year - year <= TITLE_YEAR_BACK else None


def narrative_anchor(mentions: list[DateMention]) -> date | None:
    """The last day the last sentence of these mentions' text set, to carry the narrative into the
    next text ("... on March 1." then "The next day, ..."); None when that sentence set none, since
    an anchor reaches one sentence back only."""
    for m in reversed(mentions):
        if m.precision == "day" and m.date_end and not m.names_happening:
            return date.fromisoformat(m.date_end) if m.last_sentence else None
    return None


def period_bounds(value: str, precision: str) -> tuple[date, date]:
    """First and last day covered by a value of the given precision."""
    if precision == "day":
        d = date.fromisoformat(value)
        return d, d
    if precision == "week":
        monday = date.fromisoformat(value)
        return monday, monday + timedelta(days=6)
    if precision == "month":
        y, m = int(value[:4]), int(value[5:7])
        return date(y, m, 1), _month_end(y, m)
    y = int(value[:4])
    return date(y, 1, 1), date(y, 12, 31)
