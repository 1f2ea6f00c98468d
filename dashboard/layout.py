"""The shape of one article: which spans of the text are the article body, and what
the page says about itself (title, outlet, dateline, publication date).

Works on plain text line by line.  Offsets always index the text it was given, so
every kept paragraph can be traced back to the source.  HTML is first turned into
text by trafilatura (see `extract_html`); offsets then index that text.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

from . import languages
from .dates import (
    ABSOLUTE_KINDS,
    DateMention,
    ambiguous_numeric_dates,
    clause_tense,
    engine,
    find_dates,
    heads_entry,
    numeric_date_order,
    parse_date_string,
    period_bounds,
    speaks_of_future,
)
from .sentences import split_sentences

DATA = Path(__file__).parent / "data"
# Month and weekday names for datelines and bylines, from the language folders.
MONTHS: dict[str, int] = dict(languages.load("en")["months"])
URDU_MONTHS: dict[str, int] = dict(languages.load("ur")["months"])
WEEKDAYS: list[str] = [names[0] for names in languages.load("en")["weekdays"]]

# A month written in words ("May 3", "3 مئی"): a line that has one gives its date unambiguously.
WRITTEN_MONTH = re.compile(r"(?<!\w)(?:" + "|".join(sorted(map(re.escape, {*MONTHS, *URDU_MONTHS}), key=len, reverse=True))
                           + r")(?!\w)", re.IGNORECASE)
DATE_LINE = re.compile(r"\A\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*")
SAVED_DATE_LINE = "date line"  # published_from of the saved page's own " date YYYY-MM-DD" line
FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<body>(?:[^\n]*\n){0,40}?)---[ \t]*\n")
BULLET = re.compile(r"^\s*[•·▪►◦‣●■◆٭*–—-]\s+")  # ("٭": the star Urdu pages mark a list's items with)
TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")  # a Markdown table's row: "| 03/03/2024 | Shehbaz Sharif elected ... |"
TERMINAL = re.compile(r"[.!?۔…][\"'”’)\]*_]*\s*$|[\"”’]\s*$")  # (past closing quotes, brackets and Markdown emphasis: "...moments.*")
# "10:15 PM", and the time of an ISO stamp ("T20:40:27+05:00")
TIME_OF_DAY = re.compile(r"(?:\b|(?<=T))\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*[ap]\.?m\.?|Z|[+-]\d{2}:?\d{2})?",
                         re.IGNORECASE)
DATELINE = re.compile(
    r"(?P<place>(?:[A-Z][A-Za-z.'’-]+|[A-Z]{2,})(?:[ /](?:[A-Z][A-Za-z.'’-]+|[A-Z]{2,})){0,3})"
    r"(?:\s*\[[^\]\n]{1,20}\]|\s*\([^)\n]{1,20}\)(?=\s*,)"  # "Islamabad [Pakistan]", "ISLAMABAD (Pakistan),"
    r"|\s*\((?=[^)\n]{0,12}\d)[^()\n]{4,32}\)(?=\s*(?::|—|–|--?)\s))?"  # "LAHORE (Aug 28, 2024): "
    # (a date after a comma, or after a space when it opens with a month: "Washington DC September 12 2024:")
    r"(?:(?:\s*,\s*|\s+(?=(?:" + "|".join(sorted((m.capitalize() for m in MONTHS if len(m) > 2), key=len, reverse=True))
    + r")\.?\s+\d))(?P<date>[A-Z0-9][^:—–(\n]{2,30}?))?"
    r"\s*(?:\((?P<wire>[A-Za-z][A-Za-z .&-]{1,20})\))?"
    # The punctuation that ends it, then maybe a desk in brackets ("LAHORE: (Monitoring Desk)"); or
    # none after a wire tag ("Islamabad, Feb 21 (IANS) Pakistan's ..."), checked in _is_dateline.
    r"(?:\s*(?::|—|–|--?|\.-|\||,(?=\s*\())\s(?:\s*\([A-Z][A-Za-z .&-]{1,30}\)(?:\s*[:—–-])?\s)?"  # (EFE's ".-")
    r"|(?<=\))(?P<bare>\s+)(?=[A-Z])"  # (a comma before a bracket: "PESHAWAR, (APP - 14th Mar, 2024)")
    r"|(?<=\))(?P<alone>\s*)$)")  # (a line of its own: "Islamabad, February 21 (PTI)" over the text)
BRACKETED_DATELINE = re.compile(r"\((?P<inner>[^()\n]{3,60})\)\s*(?:[–—:]|--?)\s")
# "By Staff Reporter | Islamabad": a byline that names the place of filing.
BYLINE_PLACE = re.compile(r"^By\s+[^|\n]{2,60}?\s*\|\s*(?P<place>[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){0,2})\s*$")
# Header dates far from every date the article speaks of are page chrome (the day the
# page was saved, a ticker), when another candidate is near.
CHROME_DAYS = 180
# A weekday stated with a date ("Tuesday, May 13") is read as a date this long before or
# after the dateline.
PAIR_BEFORE_DAYS = 200
PAIR_AFTER_DAYS = 60
FIRST_YEAR = 1990
_WD = "|".join(w.capitalize() for w in WEEKDAYS)
_MON = "|".join(sorted((m.capitalize() for m in MONTHS), key=len, reverse=True))
# A weekday written with its date: "Tuesday, May 13", "Tuesday (13 May)", "Wednesday, the 12th",
# "May 13 (Tuesday)".
WEEKDAY_WITH_DATE = re.compile(
    rf"\b(?:(?P<wd>{_WD})\s*[,(]?\s*(?:the\s+)?(?:(?P<mon>{_MON})\.?\s+(?P<day>[0-3]?\d)\b"
    rf"|(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?(?:\s+(?:of\s+)?(?P<mon2>{_MON})\b)?)"
    rf"|(?P<mon3>{_MON})\.?\s+(?P<day3>[0-3]?\d)(?:st|nd|rd|th)?\s*[,(]\s*(?P<wd2>{_WD})\b)")
WEEKDAY_WORD = re.compile(r"\b(?P<wd>" + "|".join(w.capitalize() for w in WEEKDAYS) + r")\b")
# "tomorrow (Sunday)", "today, Saturday,": the report's own day and its weekday, tied as exactly as a date's
DAY_WORD_WEEKDAY = re.compile(r"\b(?P<rel>today|tomorrow|yesterday)\s*[(,]\s*(?P<wd>"
                              + "|".join(w.capitalize() for w in WEEKDAYS) + r")\b", re.IGNORECASE)
DAY_WORD_OFFSETS = {"today": 0, "tomorrow": 1, "yesterday": -1}
MONTH_DAY = re.compile(
    r"\b(?:(?P<mon>[A-Z][A-Za-z]{2,8})\.?\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b"
    r"|(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon2>[A-Z][A-Za-z]{2,8})\b)")  # "MAR 8" too
REPORTED_BY = re.compile(r"(?:,|\bthe)\s+(?P<outlet>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})\s+(?:reported|reports|said in a report)\b")
# A line of its own ("Published in Dawn, February 20th, 2024"), the last one: the same words inside a
# sentence of the body cite another paper's old page.
# (in italics, after a copyright: "*© The Express Tribune. Published in The Express Tribune, January 24th, 2025.*")
PUBLISHED_IN = re.compile(r"^[ \t]*[*_]*(?:(?:©|[Cc]opyright|COPYRIGHT)[^\n]{0,60}?\.\s+)?Published in (?P<outlet>[A-Z][\w .&'’-]{1,40}?),\s*"
                          r"(?P<date>[^\n]{6,40}?)[ \t.*_]*$", re.MULTILINE)


def _published_in(text: str):
    return next(reversed(list(PUBLISHED_IN.finditer(text))), None)
SOURCE_STAMP = re.compile(r"\((?P<outlet>[^()\n]{2,60}?)\s+[-–—,]\s*(?P<date>[^()\n]{6,30})\)")
PROSE_MIN_CHARS = 80
BLOCK_PROSE_CHARS = 50  # a line this long that ends a sentence ends a block of links (a headline does not end so)
PROSE_MIN_WORDS = 35  # a line of this many words is a paragraph, not a headline
MENU_SEPARATOR = re.compile(r"\s[|•·»›/]\s")
CLAUSE_COMMA = re.compile(r"[,،]\s*\w")


@dataclass
class Layout:
    text: str
    paragraphs: list[tuple[int, int]] = field(default_factory=list)  # kept body spans
    boilerplate: list[tuple[int, int, str]] = field(default_factory=list)  # dropped spans, why
    title: str | None = None
    outlet: str | None = None
    dateline: str | None = None
    dateline_span: tuple[int, int] | None = None
    published: date | None = None
    # date line | front matter | html metadata | byline | dateline | dateline + article years |
    # dateline + weekdays | dateline + folder years | text | url | html date guess | file name
    published_from: str | None = None
    # A dateline's month and day when no year could be found for it ("PESHAWAR, May 14 (APP):"):
    # the corpus may complete it from the folder's other articles (`complete_from_folder`).
    partial_published: tuple[int, int] | None = None
    weak_year: bool = False  # the dateline's year rests on a weekday in the lead alone
    outlets_file: str | None = None  # the story's outlets.json (None: the default story's)
    language: str = "en"
    problems: list[str] = field(default_factory=list)
    # The publication date is a bare date above the headline that no date of the text is near: it
    # may be the day the page was saved, and the story's calendar may know better (corpus).
    saved_day: bool = False
    stamps: list[tuple[int, int]] = field(default_factory=list)  # a ticker's items' time stamps (their spans)
    # "dmy"/"mdy" when the article's own all-number dates settle the order ("20/02/2024"), else None
    numeric_order: str | None = None
    # A publication date read from an all-number date that nothing settles the order of ("03/05/2024"
    # over a DW report): the other reading, which the story's calendar may confirm (corpus)
    other_reading: date | None = None


MAY_BE_SAVED = "it may be the day the page was saved"  # the end of the problems of a chrome date


class BoilerplateError(ValueError):
    """A broken boilerplate file: the message names the file, the key and what is wrong."""


BOILERPLATE_LISTS = ("html_date_meta", "html_not_article", "html_byline", "html_byline_classes", "not_datelines", "footer_markers",
                     "block_headings", "line_patterns", "desk_words", "link_block_headings", "decision_date_labels", "document_markers",
                     "list_headings")
BOILERPLATE_REQUIRED = ("block_headings", "line_patterns")


def load_boilerplate(path: Path) -> dict:
    """The page-furniture data (`dashboard/data/boilerplate.json`, whose `_about` tells each key),
    read and checked: each of BOILERPLATE_LISTS a list of non-empty strings (absent: empty, but for
    BOILERPLATE_REQUIRED), `date_labels` an object of kind -> such a list, every line pattern a
    regular expression, no other key (keys starting with "_" are comments)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise BoilerplateError(f"{path}: must be a JSON object")

    def strings(key: str, value) -> list[str]:
        if not isinstance(value, list) or not all(isinstance(w, str) and w for w in value):
            raise BoilerplateError(f"{path}: {key}: must be a list of non-empty strings")
        return value

    unknown = sorted(k for k in data if not k.startswith("_") and k not in (*BOILERPLATE_LISTS, "date_labels"))
    if unknown:
        raise BoilerplateError(f"{path}: unknown key {unknown[0]!r}")
    missing = [k for k in BOILERPLATE_REQUIRED if k not in data]
    if missing:
        raise BoilerplateError(f"{path}: {missing[0]}: missing")
    checked = {key: strings(key, data.get(key, [])) for key in BOILERPLATE_LISTS}
    labels = data.get("date_labels", {})
    if not isinstance(labels, dict):
        raise BoilerplateError(f"{path}: date_labels: must be an object of kind -> list of strings")
    checked["date_labels"] = {kind: strings(f"date_labels.{kind}", words) for kind, words in labels.items()}
    for pattern in checked["line_patterns"]:
        try:
            re.compile(pattern, re.IGNORECASE)
        except re.error as exc:
            raise BoilerplateError(f"{path}: line_patterns: bad pattern {pattern!r} ({exc})") from None
    return checked


@lru_cache(maxsize=1)
def boilerplate() -> dict:
    """The shipped page-furniture data, read and checked once (see load_boilerplate)."""
    return load_boilerplate(DATA / "boilerplate.json")


@lru_cache(maxsize=1)
def date_labels() -> dict[str, re.Pattern]:
    """'published' / 'updated': the words that say what a header date is ("Published ...",
    "Last Updated: ..."), from the boilerplate data."""
    return {kind: re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
                             + r")(?!\w)", re.IGNORECASE)
            for kind, words in boilerplate()["date_labels"].items()}


@lru_cache(maxsize=4096)
def _dates_in(text: str, order: str | None = None) -> tuple[DateMention, ...]:
    """find_dates(text, None) of a header line, a dateline or a paragraph's head: the same short
    strings are read by several of the checks below (a stamp, a dateline, a header date), once."""
    return tuple(find_dates(text, None, numeric_order=order))


@lru_cache(maxsize=1)
def boilerplate_rules() -> tuple[frozenset, list[re.Pattern]]:
    """(block headings, line patterns) from the boilerplate data."""
    data = boilerplate()
    patterns = [re.compile(p, re.IGNORECASE) for p in data["line_patterns"]]
    return frozenset(data["block_headings"]), patterns


@lru_cache(maxsize=1)
def _furniture_line() -> re.Pattern:
    """The line patterns as one: a line matches it when it matches any of them, in one search."""
    _, patterns = boilerplate_rules()
    return re.compile("|".join(f"(?:{p.pattern})" for p in patterns) or r"(?!x)x", re.IGNORECASE)


DEFAULT_OUTLETS = DATA.parent / "stories" / "pakistan-2024" / "outlets.json"


@lru_cache(maxsize=8)
def outlet_names(outlets_file: str | None = None) -> tuple[dict, dict]:
    """(spelling -> outlet name, wire tag -> outlet name) from a story's outlets.json."""
    data = json.loads(Path(outlets_file or DEFAULT_OUTLETS).read_text(encoding="utf-8"))
    spelling_to_name = {s.lower(): name for name, spellings in data["outlets"].items() for s in spellings}
    return spelling_to_name, data["wire_tags"]


@lru_cache(maxsize=8)
def urdu_dateline(outlets_file: str | None = None) -> re.Pattern | None:
    """An Urdu dateline: a known city, then a bracketed source or a colon or dash
    ("اسلام آباد (نمائندہ خصوصی) —", "لاہور: ")."""
    data = json.loads(Path(outlets_file or DEFAULT_OUTLETS).read_text(encoding="utf-8"))
    places = sorted(data.get("urdu_dateline_places", []), key=len, reverse=True)
    if not places:
        return None
    alternatives = "|".join(re.escape(p) for p in places)
    months = "|".join(re.escape(m) for m in sorted(URDU_MONTHS, key=len, reverse=True))
    # A date may follow the place, written on or apart ("اسلام آباد۔22فروری (اے پی پی):"); a colon
    # may run into the text ("اسلام آباد:چیف الیکشن کمشنر"); dots may stand for it ("اسلام آباد ... صدر").
    when = rf"(?:\s*[،,۔-]?\s*(?P<date>[0-9۰-۹]{{1,2}}\s*(?:{months})(?:\s*[0-9۰-۹]{{4}}\s*ء?)?))?"
    # (two places of filing: "لاہور/کراچی", "پشاور/اسلام آباد")
    return re.compile(rf"(?P<place>(?:{alternatives})(?:\s*/\s*(?:{alternatives})){{0,3}}){when}\s*(?:\((?P<wire>[^()\n]{{2,40}})\)\s*(?:[:—–-]\s*)?|(?:[:—–…]|\.{{2,}})\s*)")


@dataclass
class _Line:
    start: int
    end: int          # without the newline and trailing blanks
    text: str         # stripped
    item: bool = False  # a ticker's or live page's item: a time stamp and its text on one line
    post: bool = False  # a live page's stamp over its post: it ends any block of links above it

    @property
    def words(self) -> int:
        return len(self.text.split())


def _lines(text: str, offset: int) -> list[_Line]:
    lines = []
    for m in re.finditer(r"[^\n]*", text[offset:]):
        raw = m.group()
        if not raw.strip():
            continue
        lead = len(raw) - len(raw.lstrip())
        start = offset + m.start() + lead
        stripped = raw.strip()
        lines.append(_Line(start, start + len(stripped), stripped))
    _mark_items(lines)
    return lines


# A time of day (a dot only before am/pm: "12.45 million" is no time), maybe after an Urdu part of the day
URDU_DAY_PARTS = r"(?:صبح|دوپہر|سہ پہر|شام|رات)"
# "10:58pm", "شام 06:15", "11:25 صبح"
CLOCK = rf"(?:{URDU_DAY_PARTS}\s+)?[0-2]?\d(?::[0-5]\d|\.[0-5]\d(?=\s*[AaPp]\.?[Mm]))(?:\s*[AaPp]\.?[Mm]\.?|\s+{URDU_DAY_PARTS})?"
# ... and, alone on a live page's line over its post, the hour in words: "شام 5 بجے", "دوپہر 1 بج کر 20 منٹ" (a paragraph
# of prose may open with one: "صبح 8 بجے ملک بھر میں پولنگ کا آغاز ہوا")
HOUR_IN_WORDS = r"([0-2]?\d)\s+(?:بجے|بج\s+کر\s+([0-5]?\d)\s+منٹ)"  # (the hour, the minutes: read by _minutes)
CLOCK_IN_WORDS = rf"{URDU_DAY_PARTS}\s+{HOUR_IN_WORDS}"
ZONE = r"(?:\s*(?:GMT|PKT|PST|IST|UTC))?"
# A ticker's item: a stamp, then its text ("06:42 PM  Zardari elected ...", "شام 06:15 — نواز شریف نے ...")
# (a monitoring log's stamp in brackets too, closed: "[14:52] BREAKING: ...")
TICKER_ITEM = re.compile(rf"(?P<open>\[)?(?P<stamp>{CLOCK}){ZONE}(?(open)\])(?:\s*[—–-]\s*|\s{{2,}}|\s+(?=\S))")
STAMP_ALONE = re.compile(rf"(?P<open>\[)?(?:{CLOCK}|{CLOCK_IN_WORDS}){ZONE}(?(open)\])")  # a stamp over its post ("10:58pm")
TICKER_ITEMS = 3
TICKER_SHARE = 2  # a ticker's items outnumber twice its other lines of text (an article with a schedule: fewer)
TICKER_TEXT_WORDS = 6
POST_HEADING_WORDS = 10  # words of a post's own heading between its stamp and its text


def _mark_items(lines: list[_Line]) -> None:
    """The items of a TV channel's ticker or a live page, each a paragraph dated by its stamp: a page of
    three or more stamped lines with their text and little other prose (a ticker), or of three or more
    stamps each over its post ("10:58pm" / "That's a wrap for today ..."; "13:40 GMT — Result announced"
    / "The speaker announces ...").  Stamped lines inside an article (a schedule, a recap, a sidebar of
    latest headlines, a strip above the headline) are no items: their times are not the page's day."""
    stamped = {i for i, line in enumerate(lines) if STAMP_ALONE.fullmatch(line.text) or TICKER_ITEM.match(line.text)}
    posts = [i for i in stamped if _post_under(lines, i, stamped)]
    texts = [i for i in stamped if (m := TICKER_ITEM.match(lines[i].text)) and len(lines[i].text[m.end():].split()) >= 4]
    # (other lines of text: a sentence or more, no menu nor the site's footer)
    other_text = sum(1 for i, line in enumerate(lines) if i not in stamped and line.words >= TICKER_TEXT_WORDS
                     and not MENU_SEPARATOR.search(line.text) and not COPYRIGHT.search(line.text))
    minutes = [_minutes(lines[i].text) for i in sorted(posts)]
    if len(posts) >= TICKER_ITEMS and _latest_first(minutes):
        # (latest first somewhere: a schedule's "8:00 AM — Polls open" over its text runs on in order)
        marked = posts
        for i in posts:
            lines[i].post = True
    elif len(texts) >= TICKER_ITEMS and (len(texts) > TICKER_SHARE * other_text or (
            _latest_first([_minutes(lines[i].text) for i in sorted(texts)])
            and not any(i not in stamped and _is_prose(line) for i, line in enumerate(lines)))):
        # (a ticker's unstamped headlines, with no full stop, are no article's prose: "KP CM reaches Peshawar after ...";
        # its latest item comes first, where a schedule's times run on in order)
        marked = texts
    elif len(bullets := [i for i, line in enumerate(lines) if BULLET.match(line.text) and line.words >= TICKER_TEXT_WORDS]) \
            >= TICKER_ITEMS and not any(i not in bullets and _is_prose(line) for i, line in enumerate(lines)):
        # a ticker of headlines with no stamps ("• Zardari takes oath as 14th President"): its items are
        # the page, not a list of links under an article (a page with a sentence of prose is an article)
        marked = bullets
    else:
        return
    for i in marked:
        lines[i].item = True


def _latest_first(minutes: list[int]) -> bool:
    """Whether stamps go back in time somewhere, as a ticker's do (a schedule's run on in order)."""
    return any(b < a for a, b in zip(minutes, minutes[1:]))


def _post_under(lines: list[_Line], i: int, stamped: set[int]) -> bool:
    """A post under the stamp at `i`: a sentence, maybe under a short heading of its own ("10:58pm" /
    "Shehbaz takes oath" / "The new prime minister ...")."""
    for j in (i + 1, i + 2):
        if j >= len(lines) or j in stamped:
            return False
        if lines[j].words >= TICKER_TEXT_WORDS and TERMINAL.search(lines[j].text):
            return True
        if TERMINAL.search(lines[j].text) or lines[j].words > POST_HEADING_WORDS:
            return False
    return False


EVENING_HOUR = 6  # an hour of "رات" (night) below this is of the small hours


def _minutes(text: str) -> int:
    """The minute of the day a stamp gives (an Urdu part of the day or "pm" puts it after noon, "12:10 am"
    is ten past midnight; "شام 5 بجے", five in the evening, counts its hour alone)."""
    m = re.search(r"([0-2]?\d)[:.]([0-5]\d)\s*(?:([AaPp])\.?[Mm](?![A-Za-z]))?", text) \
        or re.search(HOUR_IN_WORDS + "()", text)  # "شام 5 بجے", "1 بج کر 20 منٹ" (no am or pm)
    hour, minute, half = int(m.group(1)), int(m.group(2) or 0), (m.group(3) or "").lower()
    part = re.search(URDU_DAY_PARTS, text)
    if half == "a" and hour == 12:
        hour = 0
    elif hour < 12 and (half == "p" or (part is not None and part.group() != "صبح"
                                        and not (part.group() == "رات" and hour < EVENING_HOUR))):
        hour += 12  # ("رات 2 بجے" is two at night: the small hours)
    return hour * 60 + minute


def _is_prose(line: _Line) -> bool:
    if line.item:
        return True
    if BULLET.match(line.text):
        return _bulleted_sentence(line)
    return (len(line.text) >= PROSE_MIN_CHARS and bool(TERMINAL.search(line.text))) or len(line.text) >= 250


UNSTOPPED_LEAD_WORDS = 25
PAST_AFTER_DAY = re.compile(r"\s+[a-z]+ed\b")
PAST_BEFORE_DAY = re.compile(r"\b[a-z]+ed\s+$")
CAPTION_CREDIT = re.compile(r"[—–-]\s*[\w/.&' ]{2,30}$")


def _is_unstopped_lead(lines: list[_Line], i: int) -> bool:
    """A lead that lost its full stop, as Urdu pages often do: a long run of words with a comma and
    no menu separators, right before a paragraph of prose (a list of related headlines has no comma,
    and is not followed by the article's next paragraph)."""
    line = lines[i]
    if MENU_SEPARATOR.search(line.text) or i + 1 >= len(lines) or not _is_prose(lines[i + 1]):
        return False
    if line.words >= PROSE_MIN_WORDS and CLAUSE_COMMA.search(line.text):
        return True
    # shorter, with no comma: a lead that dates its act from publication ("The Election Commission on
    # Monday rejected the Council's plea for reserved seats in the assemblies"), which a headline rarely
    # does; not a photo caption, which ends with its credit ("... on February 8, 2024. — AFP")
    # (the day next to a verb in the past: "on Monday rejected", "pledged on Friday"; a run of related
    # headlines is in the present: "... on Sunday ECP rejects SIC plea ...")
    # (nor headlines run together with semicolons: "PTI alleged rigging on Friday; ECP rejected ...")
    text = line.text
    return line.words >= UNSTOPPED_LEAD_WORDS and not CAPTION_CREDIT.search(text) and ";" not in text \
        and any(m.kind in {"weekday", "relday"} and (PAST_AFTER_DAY.match(text, m.end) or PAST_BEFORE_DAY.search(text, 0, m.start))
                for m in _dates_in(text))


def _wraps_into(text: str, line: _Line, following: _Line) -> bool:
    """A long line cut short mid-sentence whose sentence goes on on the very next line, in lower case
    (text wrapped at a fixed width: "President Asif Ali Zardari took the" / "oath of office on Sunday")."""
    return len(line.text) >= WRAPPED_MIN_CHARS and not TERMINAL.search(line.text) \
        and line.text[-1:].isalnum() and following.text[:1].islower() \
        and text.count("\n", line.end, following.start) == 1


def _heading_key(text: str) -> str:
    return re.sub(r"[^\w' ]+", "", BULLET.sub("", text)).strip().lower()


def _is_short(line: _Line) -> bool:
    """Menu items, section names, widget headings: a few words with no sentence end."""
    return line.words <= 6 and not TERMINAL.search(line.text) and not line.text.endswith(":")


def analyse(text: str, *, html_meta: dict | None = None, folder_years=None, outlets_file: str | None = None,
            file_name: str | None = None) -> Layout:
    """Split a decoded article into body, boilerplate and metadata.  `folder_years` (the
    publication years of the folder's other articles) completes a dateline without a year
    when the article itself cannot; without it such a layout has `partial_published` set."""
    layout = Layout(text=text, outlets_file=outlets_file)
    html_meta = html_meta or {}
    offset = _read_header(text, layout)
    lines = _lines(text, offset)
    if not lines:
        layout.problems.append("no article text after the header")
        return layout

    body_start = next((i for i, line in enumerate(lines) if _is_prose(line) or _is_unstopped_lead(lines, i)), None)
    if body_start is None:
        body_start = 0
        layout.problems.append("no paragraph of prose found; every line was treated as article text")
    body_start = _after_standfirst(lines, body_start)
    if body_start > 0 and lines[body_start - 1].item:
        body_start -= 1  # the first post's stamp, over it
    while body_start > 0 and _wraps_into(text, lines[body_start - 1], lines[body_start]):
        body_start -= 1  # hard-wrapped copy: the first paragraph's first lines are no header
    header, body = lines[:body_start], lines[body_start:]
    for line in header:
        layout.boilerplate.append((line.start, line.end, "page header"))

    kept = _drop_boilerplate(body, lines, layout)
    layout.paragraphs = _paragraphs(text, kept)
    layout.stamps = [(line.start, line.end) if STAMP_ALONE.fullmatch(line.text) else
                     (line.start + m.start("stamp"), line.start + m.end("stamp")) for line in kept
                     if line.item and (STAMP_ALONE.fullmatch(line.text) or (m := TICKER_ITEM.match(line.text)))]
    if not layout.paragraphs:
        layout.problems.append("no article text left after removing page furniture")

    if not layout.title:
        layout.title = html_meta.get("title") or _title_from_header(header)
    layout.numeric_order = numeric_date_order(text)
    _read_dateline(layout, header)
    early = _early_date_lines(lines, body_start, kept)
    for line in early:  # a labelled date line under the standfirst is the page's, not its text
        if any(start <= line.start and line.end <= end for start, end in layout.paragraphs):
            layout.paragraphs = [p for p in layout.paragraphs if not (p[0] <= line.start and line.end <= p[1]
                                                                       and text[p[0]:p[1]].strip() == line.text)]
            layout.boilerplate.append((line.start, line.end, "date line under the first paragraph"))
    _read_publication_date(layout, header, html_meta, folder_years, early, file_name,
                           lambda: _foot_date_line(lines, kept), lambda: _document_date(lines, layout.numeric_order))
    _read_outlet(layout, lines, header, html_meta)
    layout.language = detect_language(" ".join(text[s:e] for s, e in layout.paragraphs[:20]))
    return layout


WRAPPED_MIN_CHARS = 40  # a hard-wrapped line is long; a headline followed by lower case is rare
BYLINE = re.compile(r"^(?:by|reported by|written by)\s*:?\s+[A-Z]", re.IGNORECASE)
STANDFIRST_MAX_CHARS = 320
STANDFIRST_MAX_SENTENCES = 2
# A site's excerpt of the first paragraph, cut off ("... and […]"): a standfirst of any length.
EXCERPT_END = re.compile(r"(?:\[(?:…|\.\.\.)\]|…|\.\.\.)$")


def _is_header_date(line: _Line) -> bool:
    """A line that is a date and little else ("February 21, 2024", "Published: 21/02/2024 10:15",
    "Wednesday 21.02.2024 | 10:15 PKT"); a short sentence that names a date is not."""
    if line.words > 12 or _is_prose(line):
        return False
    words = _words_beside_the_date(line, date_labels())
    return words is not None and (len(words) <= 2 or (_announced_at(words) and line.text.lstrip()[:1].isalpha()))  # "on", "PKT"


def _announced_at(words: list[str]) -> bool:
    """The words beside a date that close an order where it was announced: "Announced at Islamabad on 04.03.2024"
    (not a subhead, "Verdict announced on 22.07.2025")."""
    words = [w for w in words if w.lower() != "on"]
    if len(words) == 3 and words[0].lower() in ANNOUNCING_WORDS:
        words = words[1:]  # (an "Issued" the date labels took already leaves "at Islamabad")
    return len(words) == 2 and words[0].lower() in ("at", "in") and words[1][:1].isupper()


ANNOUNCING_WORDS = frozenset({"announced", "pronounced", "issued", "given"})  # an order's closing formula


def _words_beside_the_date(line: _Line, labels: dict) -> list[str] | None:
    """The words of a line but its whole dates, the labels of `labels`, weekdays and times of
    day; None when the line holds no whole date."""
    mentions = [m for m in _dates_in(line.text) if m.kind in ABSOLUTE_KINDS and m.precision == "day"]
    if not mentions:
        return None
    rest = line.text
    for m in reversed(mentions):
        rest = rest[:m.start] + " " + rest[m.end:]
    for label in labels.values():
        rest = label.sub(" ", rest)
    rest = WEEKDAY_WORD.sub(" ", TIME_OF_DAY.sub(" ", re.sub(r"(?<![^\W\d_])T(?=\d{1,2}:)", " ", rest)))
    # a place or a paper's name before a comma signs the date ("New Delhi, UPDATED: Feb 21, 2024",
    # "Islamabad, the 12th March, 2024", "روزنامہ جنگ، جمعرات 8 اگست 2024ء"); time zones in capitals
    rest = SIGNED_BY.sub(" ", rest, count=1)
    return [w for w in re.findall(r"[^\W\d_]+", rest) if not (w.isupper() and len(w) <= 4 and w.isascii())]


EARLY_LINES = 4
# up to three words of a name before a comma at a date line's start (Latin ones capitalised)
SIGNED_BY = re.compile(r"^\s*(?:(?:[A-Z][\w.'’-]*|[\u0600-\u06ff]+)\s+){0,2}(?:[A-Z][\w.'’-]*|[\u0600-\u06ff]+)\s*[,،]\s*(?:the\s+)?")


@lru_cache(maxsize=1)
def footer_markers() -> re.Pattern:
    """What starts the foot of a page ("Copyright ...", "Comments"), from the boilerplate data."""
    words = sorted(boilerplate()["footer_markers"], key=len, reverse=True)
    # (whole words; a sign such as "©" may touch what follows: "©2024")
    return re.compile("|".join((r"(?<!\w)" if w[0].isalnum() else "") + re.escape(w) + (r"(?!\w)" if w[-1].isalnum() else "")
                               for w in words) or r"(?!x)x", re.IGNORECASE)  # (no markers: no foot)


NO_PUBLICATION_DATE = "no publication date found; relative dates such as 'on Friday' were left unresolved"
FOOT_LINES = 3  # short lines after a page's last paragraph that may still hold its date ("Share", "© ...")
FOOT_LABELS = ("published",)  # "Updated: ...", "Accessed ...", "Next hearing: ..." under the text are no page date


def _foot_date_line(lines: list[_Line], kept: list[_Line]) -> _Line | None:
    """A line just under the article's last paragraph that is a date and nothing else but a
    publication label ("13 فروری 2024", "Published: 05 February 2026", "Tuesday, March 18, 2025"):
    where many sites print the day of the page.  The line above must be the article's own prose,
    kept as its body and no page furniture ("Related: ...", a comment under "Comments")."""
    kept_starts = {line.start for line in kept}
    tail = lines[-(FOOT_LINES + 2):]
    for i in range(len(tail) - 1, 0, -1):
        line = tail[i]
        if _is_prose(line) or len(tail) - i > FOOT_LINES:
            return None
        if _is_header_date(line):
            # (over a signature of up to two short lines: "Director (Media Coordination)" / "Election
            # Commission of Pakistan" / "Islamabad, the 12th March, 2024" under a press release)
            j = i - 1
            while SIGNED_BY.match(line.text) and not WEEKDAY_WORD.match(line.text) and j > 0 and i - j <= SIGNATURE_LINES and _signature_line(tail[j]):
                j -= 1  # (only for a date signed by its place: a bare date under a headline is that story's)
            above = tail[j]
            if _bare_date(line) and _is_prose(above) and above.start in kept_starts \
                    and not footer_markers().search(above.text):
                return line
            return None
    return None


SIGNATURE_LINES = 2
DOCUMENT_TAIL_LINES = 12  # lines at a document's end, under its signature: "Page 3 of 3", a running header, a rule
# words of a line under a signature: "JUDGE", "Page 3 of 3", "Approved for reporting.", "Printed by the Manager, ..."
FURNITURE_WORDS = 12
FURNITURE_SENTENCE_WORDS = 4


@lru_cache(maxsize=1)
def _decision_labels() -> re.Pattern:
    """A line that labels the day an order or judgment was given, from the boilerplate data, then its date on the same
    line or the next: "Date of announcement: 29.05.2024", "Announced in open Court on 29.05.2024.", "Announced:"."""
    words = sorted(boilerplate()["decision_date_labels"], key=len, reverse=True)
    return re.compile(r"^\s*(?:" + "|".join(r"\s+".join(map(re.escape, w.split())) for w in words) + r")(?!\w)"
                      r"(?:\s+(?:at|in)\s+[A-Z][\w.-]+)?(?:\s+on)?\s*[:：\-–—]?\s*", re.IGNORECASE)


def _document_date(lines: list[_Line], order: str | None = None) -> date | None:
    """The day of an order, a judgment or a notification saved as text, where such documents print it: a line that
    labels it the day of the decision ("Date of announcement: 29.05.2024", "Announced on: 03.12.2024", "Announced:"
    over "14.03.2024", "Announced in open Court." over "this 13th day of July 2024"), or the place and day under its
    signature ("Islamabad, the 3rd December, 2024"; "Islamabad" over "07.05.2025"), with nothing but page furniture
    after it.  Never a day of hearing, reserving or filing ("Reserved on: 24.10.2024"); the latest labelled day wins."""
    written = [line for line in lines if line.text]
    markers = _document_markers()
    if sum(1 for marker in markers if any(marker.search(line.text) for line in written)) < DOCUMENT_MARKERS:
        return None  # (a news story, a timeline or a list of results: their dates are no order's)
    order = order or "dmy"  # (the country's documents write the day first: "12.07.2024")
    labels = _decision_labels()
    decided: list[date] = []
    for i, line in enumerate(written):
        label = labels.match(line.text)
        if label is None or line.words > 12:
            continue
        rest = line.text[label.end():]
        if rest.strip(" .:"):
            parsed = _document_day(rest, order)
        else:  # ("Announced:" / "14.03.2024"; "Announced in open Court." / "this 13th day of July 2024.")
            # (the next line, or past the place and "on" of the formula, "ANNOUNCED IN OPEN COURT" / "AT ISLAMABAD" /
            # "ON 15.03.2024", or a signature's mark; not past another label: "Announced:" / "Adjourned to" / "22.04.2024")
            k = i + 1
            while k < len(written) - 1 and k <= i + 2 and FORMULA_LINE.fullmatch(written[k].text):
                k += 1
            parsed = _document_day(written[k].text, order) if k < len(written) else None
        if parsed is not None:
            decided.append(parsed)
    if decided:
        return max(decided)
    # (a running header or footer repeats on every page, its page number apart: "Ref. No.05/2023 ... Page 204 of 204")
    repeated = Counter(re.sub(r"\d+", "#", line.text) for line in written)
    tail = written[-DOCUMENT_TAIL_LINES:]
    for i in range(len(tail) - 1, -1, -1):
        line = tail[i]
        if (day := _document_day(line.text, order, signed=True)) is not None and not WEEKDAY_WORD.match(line.text) \
                and (SIGNED_BY.match(line.text) or (i > 0 and _place_alone(tail[i - 1]))):
            return day
        if repeated[re.sub(r"\d+", "#", line.text)] < 2 and (line.words > FURNITURE_WORDS or (
                line.words > FURNITURE_SENTENCE_WORDS and TERMINAL.search(line.text))):
            return None  # (the text goes on under it: no signature's date; a printer's imprint may stand there)
    return None


# (the closing formula of a judgment: "Given under my hand and the seal of this Court this 9th day of August 2024")
DOCUMENT_DAY_WORDS = frozenset({"this", "the", "on", "dated", "day", "of", "given", "under", "my", "our", "hand", "hands",
                                "and", "seal", "court", "مورخہ"})
FORMULA_LINE = re.compile(r"(?i)(?:at\s+[a-z][\w.-]*|on|sd/-)\s*[.:]?")  # between a label and its date
DOCUMENT_MARKERS = 2  # kinds of a document's marks a page must have for its own day to be read


@lru_cache(maxsize=1)
def _document_markers() -> list[re.Pattern]:
    """What marks an order, a judgment or a notification saved as text (boilerplate data): "Page 3 of 3", a case's
    number, its parties, "ORDER SHEET", a signature's "Sd/-"."""
    return [re.compile(p, re.MULTILINE) for p in boilerplate()["document_markers"]]


def _document_day(text: str, order: str | None, signed: bool = False) -> date | None:
    """The day a short line gives when it is a whole date and little else ("29.05.2024", "this 13th day of July 2024.",
    "Islamabad, the 3rd December, 2024" when `signed`)."""
    if len(text) > 60:
        return None
    mentions = [m for m in _dates_in(text, order) if m.kind in ABSOLUTE_KINDS and m.precision == "day" and m.value]
    if len(mentions) != 1:
        return None
    m = mentions[0]
    rest = text[:m.start] + " " + text[m.end:]
    if signed:
        rest = SIGNED_BY.sub(" ", rest, count=1)
    if any(w.lower() not in DOCUMENT_DAY_WORDS for w in re.findall(r"[^\W\d_]+", rest)):
        return None
    return date.fromisoformat(m.value)


def _place_alone(line: _Line) -> bool:
    """A line that is a place's name and nothing else ("Islamabad", "Rawalpindi"), as under a judge's signature."""
    return bool(re.fullmatch(r"(?:[A-Z][a-z.]+\s*){1,2}|[\u0600-\u06ff]+(?:\s[\u0600-\u06ff]+)?", line.text))


SIGNATURE_SMALL_WORDS = frozenset({"of", "the", "and", "for", "on", "in"})


def _signature_line(line: _Line) -> bool:
    """A short line of a name or a title under a text, every word capitalised ("Director (Media
    Coordination)", "Election Commission of Pakistan"): no headline ("PTI announces rally"), heading,
    furniture or date."""
    words = re.findall(r"[^\W\d_]+", line.text)
    headings, _ = boilerplate_rules()
    return 0 < len(words) <= 6 and all(w[0].isupper() or w in SIGNATURE_SMALL_WORDS for w in words) \
        and not TERMINAL.search(line.text) and not MENU_SEPARATOR.search(line.text) \
        and not footer_markers().search(line.text) and not re.search(r"\d", line.text) \
        and not _is_block_heading(_heading_key(line.text), headings)


@lru_cache(maxsize=1)
def _time_updated() -> re.Pattern:
    """The time of an update that ends a date line ("| اپڈیٹ: 14:35", "| Updated: 2:35 PM")."""
    return re.compile(rf"\s*[|•·,–—-]?\s*(?i:{date_labels()['updated'].pattern})\s*:?\s*{CLOCK}{ZONE}\s*$")


def _bare_date(line: _Line) -> bool:
    """A date line with no words but a weekday, a time, a publication label or a desk's byline (or the
    time of an update on the same line: "22 اپریل 2024 | اپڈیٹ: 14:35")."""
    time_updated = _time_updated().search(line.text)
    if time_updated is not None and time_updated.start() > 0:
        line = _Line(line.start, line.start + time_updated.start(), line.text[:time_updated.start()])
    beside = _words_beside_the_date(line, {kind: date_labels()[kind] for kind in FOOT_LABELS}) or []
    words = [w for w in beside if w.lower() not in WEEKDAYS and not w.isupper() and w.lower() not in ("the", "on")]
    if _announced_at(words):
        words = []  # (a place the order was announced at: "Announced at Islamabad on 04.03.2024.")
    # ("Web Desk — 27 February 2024": a desk's byline may stand with it)
    return not words or (len(words) <= 3 and any(w.lower() in boilerplate()["desk_words"] for w in words))


def _early_date_lines(lines: list[_Line], body_start: int, kept: list[_Line]) -> list[_Line]:
    """Date lines just after where the body was taken to start, which the page furniture
    dropped: a date under a notice, a caption or a standfirst that looked like prose
    ("2023-11-02T20:40:27+05:00 News Desk", "- Published Date: 09:17 | 10 February 2024").  None
    when dated entries go on below (a live blog)."""
    kept_starts = {line.start for line in kept}
    window = lines[body_start + 1:body_start + 1 + EARLY_LINES]
    headings, _ = boilerplate_rules()
    # (not past a footer or a heading: "Copyright ...", "Comments", "Related")
    window = window[:next((i for i, line in enumerate(window) if footer_markers().search(line.text)
                           or _is_block_heading(_heading_key(line.text), headings)), len(window))]
    # Only under the first paragraph (the notice or caption): a date after two paragraphs of
    # prose belongs to the text or to what follows it (a comment, a related story).
    second = next((i for i, line in enumerate(window) if line.start in kept_starts and _is_prose(line)), len(window))
    # (a line kept as text only when it says what its date is: "New Delhi, UPDATED: Feb 21, 2024 10:42 IST")
    dated = [line for line in window[:second] if _is_header_date(line)
             and (line.start not in kept_starts or _line_date(line.text)[1] in ("published", "updated"))]
    later = lines[body_start + 1 + EARLY_LINES:body_start + 16]
    # A live blog's entries are a date and prose; a list of related stories, a date and a headline.
    if not dated or any(_is_header_date(line) and _is_prose(after) for line, after in zip(later, later[1:])):
        return []
    return dated


def _line_date(text: str, order: str | None = None) -> tuple[date | None, str | None]:
    """The date a header line gives and what it is labelled ('published', 'updated' or None).
    "Published February 16, 2024 Updated February 17, 2024": the published one;
    "Updated 17 Feb 2024 / Published 16 Feb 2024" too."""
    labels = date_labels()
    order = order or ("mdy" if US_TIME_ZONE.search(text) else None)
    found: list[tuple[date, str | None]] = []
    previous_end = 0
    for m in _dates_in(text, order):
        if not (m.kind in ABSOLUTE_KINDS and m.value and m.precision == "day" and len(m.value) == 10):
            continue
        before = text[previous_end:m.start]
        previous_end = m.end
        # The first label before it ("Modified Date: ..." is a modified date)
        marks = [(lm.start(), kind) for kind, rx in labels.items() for lm in rx.finditer(before)]
        found.append((date.fromisoformat(m.value), min(marks)[1] if marks else None))
    if not found:
        parsed = _absolute_date(text, order)
        if not parsed:
            return None, None
        marks = [(lm.start(), kind) for kind, rx in labels.items() for lm in rx.finditer(text)]
        return parsed, (min(marks)[1] if marks else None)
    published = [f for f in found if f[1] == "published"]
    return (published or found)[0]


PROSE_WORDS = 4  # lower-case words before a line's first date: a sentence, not a date line


def _prose_line(text: str) -> bool:
    """A short line of prose that mentions a date ("- bench sets aside the earlier judgment dated
    July 12, 2024": a standfirst), not a byline or date line, which opens with a label, a name or the
    date itself ("Posted on February 16, 2024 by web desk", "By Staff Reporter | July 22, 2024").
    (Counted by case: Urdu lines are never taken for prose.)"""
    dates = _dates_in(text)
    if not dates:
        return False
    head = text[:dates[0].start]
    for rx in date_labels().values():
        head = rx.sub(" ", head)
    return sum(1 for w in re.findall(r"[^\W\d_]{2,}", head) if w.islower()) >= PROSE_WORDS


# Lower-case words a byline's names may hold, besides the desk words ("By Washington Post staff", "By our correspondent")
BYLINE_LOWER = frozenset({"and", "&", "by", "in", "|", "our"})


def _is_byline(line: _Line) -> bool:
    """"By Ayesha Rahman", "Reported by Staff Correspondent": names only, no date ("By Sunday, ...")."""
    m = BYLINE.match(line.text)
    if not m or line.words > 8 or TERMINAL.search(line.text) or _dates_in(line.text):
        return False
    return _names_of_people(line.text.split()[1:], BYLINE_LOWER)


def _is_dated_byline(line: _Line) -> bool:
    """"By Umair Rafiq | October 08, 2024": names and the day, nothing else."""
    if not BYLINE.match(line.text) or line.words > 14 or _is_prose(line):
        return False
    words = _words_beside_the_date(line, date_labels())
    return bool(words) and _names_of_people(words, BYLINE_LOWER - {"in"})


def _names_of_people(words: list[str], lower: frozenset) -> bool:
    """Whether a byline's words are names only: capitalised, a desk's ("staff", "correspondent") or one of `lower`."""
    desks = boilerplate()["desk_words"]
    return all(word[:1].isupper() or word.lower() in lower or word.lower() in desks for word in words)


def _after_standfirst(lines: list[_Line], body_start: int) -> int:
    """Where the body starts when a standfirst (a subtitle of a sentence or two) sits between the
    headline and the byline: the first prose line is then followed by a byline or a date line
    before the article's first paragraph."""
    first = lines[body_start] if body_start < len(lines) else None
    if first is None or (len(first.text) > STANDFIRST_MAX_CHARS and not EXCERPT_END.search(first.text)) \
            or DATELINE.match(first.text) or \
            len(split_sentences(first.text, 0, len(first.text))) > STANDFIRST_MAX_SENTENCES:
        return body_start
    end = body_start
    for i in range(body_start + 1, min(body_start + 4, len(lines))):
        if not (_is_byline(lines[i]) or _is_header_date(lines[i]) or _is_dated_byline(lines[i])):
            break  # the byline and date lines follow the standfirst directly
        end = i
    if end == body_start or end + 1 >= len(lines):
        return body_start
    if any(_is_header_date(line) for line in lines[end + 1:end + 16]):
        return body_start  # dated entries one after another: a live blog, whose first entry is body
    return end + 1


def _read_header(text: str, layout: Layout) -> int:
    """The ' date YYYY-MM-DD' line of saved articles, or Markdown front matter."""
    m = DATE_LINE.match(text)
    if m:
        try:
            layout.published = date.fromisoformat(m.group(1))
            layout.published_from = SAVED_DATE_LINE
        except ValueError:
            layout.problems.append(f"the date line says '{m.group(1)}', which is not a real date")
        return m.end()
    m = FRONT_MATTER.match(text)
    if m:
        fields = dict(re.findall(r"^\s*(\w+)\s*:\s*(.+?)\s*$", m.group("body"), re.MULTILINE))
        fields = {k.lower(): v.strip("'\"") for k, v in fields.items()}
        layout.title = fields.get("title")
        layout.outlet = fields.get("outlet") or fields.get("source") or fields.get("publisher") or fields.get("site")
        raw_date = fields.get("date") or fields.get("published")
        if raw_date:
            parsed = _absolute_date(raw_date)
            if parsed:
                layout.published, layout.published_from = parsed, "front matter"
            else:
                layout.problems.append(f"the front matter date '{raw_date[:40]}' could not be read")
        return m.end()
    return 0


def _drop_boilerplate(body: list[_Line], all_lines: list[_Line], layout: Layout) -> list[_Line]:
    headings, _ = boilerplate_rules()
    link_boxes = frozenset(boilerplate()["link_block_headings"])
    link_box = False
    furniture = _furniture_line()
    counts = Counter(line.text for line in all_lines if len(line.text) >= 20)
    kept: list[_Line] = []
    kept_prose: set[str] = set()
    in_block = False
    in_footer = False
    introduced = False  # under a sentence that introduces a list, or a bullet of that list
    list_headings = frozenset(boilerplate().get("list_headings", ()))
    for i, line in enumerate(body):
        reason = None
        key = _heading_key(line.text)
        if line.post:
            in_block = False  # a live page's posts go on under a "Latest" heading
        if in_footer:
            reason = "footer"
        elif _is_block_heading(key, headings) and not TERMINAL.search(line.text):
            in_block, reason = True, f"'{line.text[:30]}' block"
            link_box = key in link_boxes
        elif in_block and not (_is_prose(line) and len(line.text) >= 120) \
                and not (link_box and TERMINAL.search(line.text) and len(line.text) >= BLOCK_PROSE_CHARS
                         and not BULLET.match(line.text)):
            # (a box of related links mid-article ends at the next sentence of the report, "Khan's
            # supporters chanted slogans against the vote on Sunday."; comments go on)
            reason = "related-links block"
        elif furniture.search(line.text):
            reason = "page furniture"
            if re.search(r"all rights reserved|©|copyright", line.text, re.IGNORECASE) and i > 0:
                in_footer = True
        elif BULLET.match(line.text) and len(line.text) <= 120 and not line.item and not _timeline_bullet(line) \
                and not (introduced and _list_item(line)) and not _bulleted_sentence(line):
            reason = "link list"
        elif counts[line.text] > 1 and not _is_prose(line):
            reason = "repeated line (caption or site name)"
        elif line.text in kept_prose:
            # a page that prints its lead twice (as standfirst and again in the body): keep it once
            reason = "repeated paragraph"
        elif _is_short(line) and i > 0 and not line.item:
            reason = "heading or menu item"
        else:
            in_block = False
        if reason:
            layout.boilerplate.append((line.start, line.end, reason))
        else:
            kept.append(line)
            if counts[line.text] > 1:
                kept_prose.add(line.text)
        # (a sentence that introduces a list with a colon, "... کا شیڈول جاری کیا گیا، جس کے مطابق:", keeps the bullets
        # right under it; a short heading, "Filed under:", "More on the elections:", keeps none)
        # (a heading that names a list of dates after the report's prose, "## Timeline" over "- **21 Oct 2024** — 26th
        # Amendment signed into law"; not a "Timeline" item of a menu, a bullet or a line among menu items)
        listed = key in list_headings and not BULLET.match(line.text) \
            and (line.text.lstrip().startswith("#") or (bool(kept) and kept[-1] is body[i - 1] and _is_prose(kept[-1])))
        introduced = (not reason and (_introduces(line) or (introduced and bool(BULLET.match(line.text))))) or listed
    return kept


def _introduces(line: _Line) -> bool:
    """A line of the text that ends with a colon and so introduces the bullets under it ("... کا شیڈول بھی جاری کیا گیا،
    جس کے مطابق:", "فیصلے کے اہم نکات:")."""
    return line.text.rstrip().endswith((":", "：")) and not BULLET.match(line.text)


def _list_item(line: _Line) -> bool:
    """A bullet that is an item of the text's own list, not a link: a sentence ("- Hearing adjourned to March 5.") or a
    schedule's entry that opens with its day ("• 25 فروری: بلوچستان جنرل کونسل کا اجلاس، کوئٹہ"); a linked headline
    ("• PTI announces rallies across the country on Feb 25, 2024") is neither."""
    head = _bullet_head(line)
    return bool(TERMINAL.search(head)) or _opens_entry(head, 0, len(head))


def _timeline_bullet(line: _Line) -> bool:
    """A bulleted line that opens with a date and a dash or colon and ends a sentence ("- **2024-03-03** —
    Shehbaz Sharif is elected prime minister."): a timeline's entry, not a link to another page ("- Feb
    11, 2024 - PTI to stage protests across country", a headline)."""
    head = _bullet_head(line)
    return bool(TERMINAL.search(head)) and _opens_entry(head, 0, len(head))


def _bullet_head(line: _Line) -> str:
    """A bulleted line's text after its bullet, Markdown's emphasis blanked so a date is read ("**2024-03-03** —")."""
    return EMPHASIS.sub(lambda m: " " * len(m.group()), line.text[BULLET.match(line.text).end():]).strip()


EMPHASIS = re.compile(r"[*_]+")  # Markdown's bold and italic marks, blanked so the date is read


def _is_block_heading(key: str, headings: frozenset) -> bool:
    """'most read', or one followed by a site name: 'more from samaa', 'more stories from dawn'."""
    if key in headings:
        return True
    words = key.split()
    return any(" ".join(words[:n]) in headings for n in range(1, min(len(words), 3) + 1)) \
        and len(words) <= 5 and "from" in words[1:3]


PARAGRAPH_LINE_CHARS = 120  # a line this long that ends a sentence is a paragraph of its own; wrapped text is narrower


def _paragraphs(text: str, kept: list[_Line]) -> list[tuple[int, int]]:
    """Consecutive kept lines with no blank line between them form one paragraph, unless a line
    ends a sentence and is longer than text is wrapped at (a page copied with one line per paragraph),
    or opens with a bullet or is a table's row (a list's items and a table's rows are each their own)."""
    paragraphs: list[list[int]] = []
    previous: _Line | None = None
    for line in kept:
        if paragraphs and text[paragraphs[-1][1]:line.start].count("\n") == 1 \
                and not _paragraph_per_line(previous, line) and not line.item and not BULLET.match(line.text) \
                and not TABLE_ROW.match(line.text) and not TABLE_ROW.match(previous.text):
            paragraphs[-1][1] = line.end
        else:
            paragraphs.append([line.start, line.end])
        previous = line
    return [(s, e) for s, e in paragraphs]


def _bulleted_sentence(line: _Line) -> bool:
    """A bullet over a whole sentence that names a day ("٭ اسلام آباد ہائیکورٹ نے پیر کو سائفر کیس میں ... بری کر دیا۔"): a
    paragraph of the report, not a related link's headline, which has no full stop, nor a labelled strip or a byline
    ("• Breaking: ...", "• Published on Tuesday, June 4, 2024 at 10:15 am").  (Under a box of related links it stays
    a link: see _drop_boilerplate.)"""
    marked = BULLET.match(line.text)
    if not marked or line.words < BULLETED_SENTENCE_WORDS or not TERMINAL.search(line.text) \
            or BYLINE.match(line.text[marked.end():]) or LABELLED.match(line.text, marked.end()) or TIME_OF_DAY.search(line.text):
        return False
    return bool(_dates_in(line.text))


BULLETED_SENTENCE_WORDS = 8
LABELLED = re.compile(r"\s*[^\W\d_]+(?:\s+[^\W\d_]+)?\s*:")  # ("Breaking:", "بریکنگ:", "Updated on:")


def _paragraph_per_line(line: _Line | None, following: _Line) -> bool:
    return line is not None and len(line.text) >= PARAGRAPH_LINE_CHARS and bool(TERMINAL.search(line.text)) \
        and not following.text[:1].islower()


WRITTEN_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# published_from of a dateline's day whose year the page does not write (taken from elsewhere)
YEAR_GUESSED = frozenset({"dateline + article years", "dateline + weekdays", "dateline + folder years"})


LIVE_TITLE = re.compile(r"^\s*live(?:\s+updates?|\s+blog)?\s*[:|\-–—]\s*\S", re.IGNORECASE)  # "LIVE: Sharif elected ..."


MENU_ITEM_WORDS = 3
COPYRIGHT = re.compile(r"(?i)copyright|©|all rights reserved")


def _is_menu(text: str) -> bool:
    """Two or more separators between short items, the last maybe longer ("Share: Facebook | X | WhatsApp",
    "Home | Pakistan | Elections 2024 | National Assembly Results 2024"); a headline with a section or the
    site's name about it ("Elections 2024 | PML-N, PPP agree to form government | Pakistan") is none."""
    parts = MENU_SEPARATOR.split(text)
    return len(parts) >= 3 and all(len(part.split()) <= MENU_ITEM_WORDS for part in parts[:-1])


# what follows a live blog's own headline: its summary, or its first post's stamp
LIVE_FOLLOWER = re.compile(r"^\s*(?:summary|key (?:points|events|developments)|latest|highlights|posted|updated|"
                           r"\d{1,2}[:.]\d\d)\b", re.IGNORECASE)


def _title_from_header(header: list[_Line]) -> str | None:
    # a live blog's headline, above its posts' own headings (not a link to another page's live blog,
    # which the next headline of a list of links follows)
    recent = header[-12:]
    for i, line in enumerate(recent):
        if LIVE_TITLE.match(line.text) and 3 <= line.words <= 30:
            following = recent[i + 1].text if i + 1 < len(recent) else ""
            if not following or LIVE_FOLLOWER.match(following) or BULLET.match(following):
                return line.text
    for line in reversed(header[-12:]):
        if BULLET.match(line.text) or BYLINE.match(line.text) or _furniture_line().search(line.text) \
                or _is_menu(line.text):  # ("DUNYA NEWS | LIVE TV | PAKISTAN": a menu)
            continue
        if any(m.kind in ABSOLUTE_KINDS and WRITTEN_YEAR.search(m.text) for m in _dates_in(line.text)) \
                or TIME_OF_DAY.search(line.text) or STAMP_ALONE.fullmatch(line.text):
            continue  # a date line or byline ("Staff Reporter Published February 11, 2024"); a headline
            # may name a day without its year ("urges Feb 8 polls 'audit'")
        if 3 <= line.words <= 30 and not TERMINAL.search(line.text.rstrip('"”’')):
            return line.text
        if line.words > 30 and not EXCERPT_END.search(line.text):
            break  # (a site's cut-off excerpt sits between the headline and the byline)
    return None


# A header stamped with a US time zone ("03/04/2024 10:15 AM EST") writes its dates month first.
US_TIME_ZONE = re.compile(r"\b(?:EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|PT)\b")


def _absolute_date(text: str, order: str | None = None) -> date | None:
    """A whole date written out in a short string (byline, metadata).  `order` reads an
    ambiguous all-number date ("dmy"/"mdy"): the article's own, else a US time zone's."""
    order = order or ("mdy" if US_TIME_ZONE.search(text) else None)
    for m in _dates_in(text, order):
        if m.kind in ABSOLUTE_KINDS and m.value and m.precision == "day" and len(m.value) == 10:
            return date.fromisoformat(m.value)
    head = text.strip()[:60]
    # A bare number ("1109": a view count in page chrome) is no date, nor is a year long before the web.
    parsed = parse_date_string(head) if re.search(r"\d{4}", head) and not head.isdigit() else None
    return parsed if parsed and FIRST_YEAR <= parsed.year <= date.today().year + 1 else None


STANDFIRST_CHARS = 400  # a headline or standfirst above a wire dateline is shorter than this


def _read_dateline(layout: Layout, header: list[_Line] | None = None) -> None:
    if not layout.paragraphs:
        return
    # A wire dateline in the second paragraph, or in the third after two short ones: what came
    # before was a headline, a caption or a standfirst.
    for k in (1, 2):
        before = layout.paragraphs[:k]
        if len(layout.paragraphs) > k + 1 and not any(_opens_with_dateline(layout, *p) for p in before) \
                and (k == 1 or all(e - s <= STANDFIRST_CHARS for s, e in before)) \
                and _opens_with_dateline(layout, *layout.paragraphs[k], strict=True) and not _timeline_at(layout, k):
            for _ in range(k):
                s, e = layout.paragraphs.pop(0)
                layout.boilerplate.append((s, e, "before the dateline"))
            break
    else:
        _dateline_on_a_later_line(layout)
    start, end = layout.paragraphs[0]
    stamp = _lead_stamp(layout.text, start, end)
    # A date stamp opening the text: "Feb. 21 (UPI) -- ", "February 20, 2024 | ", "Feb 20, 2024 ISLAMABAD: "
    # (not when the next paragraphs open with dates too: the entries of a timeline).
    if stamp and not any(_lead_stamp(layout.text, s, e) for s, e in layout.paragraphs[1:4]) and not _timeline_at(layout, 0):
        stamp_end, wire = stamp
        layout.dateline_span = (start, stamp_end)
        m = DATELINE.match(layout.text, stamp_end, end)
        if m and _is_dateline(m):
            layout.dateline = m.group("place").strip()
            layout.dateline_span = (start, m.end())
            wire = wire or m.group("wire")
        if wire and not layout.outlet:
            _, wires = outlet_names(layout.outlets_file)
            layout.outlet = wires.get(wire.strip())
        return
    # "(New York, December 23, 2024) – ...": a press release's place and date in brackets
    if (bracketed := BRACKETED_DATELINE.match(layout.text, start, end)) is not None \
            and (m := DATELINE.match(bracketed.group("inner") + ": ")) is not None and _is_dateline(m) and m.group("date"):
        layout.dateline = m.group("place").strip()
        layout.dateline_span = (bracketed.start(), bracketed.end())
        return
    m = DATELINE.match(layout.text, start, end)
    if m and _is_dateline(m):
        layout.dateline = m.group("place").strip()
        layout.dateline_span = (m.start(), _date_after_dateline(layout.text, m.end(), end))
        if m.group("wire") and not layout.outlet:
            _, wires = outlet_names(layout.outlets_file)
            layout.outlet = wires.get(m.group("wire").strip())
        return
    urdu = urdu_dateline(layout.outlets_file)
    m = urdu.match(layout.text, start, end) if urdu else None
    if m:
        layout.dateline = m.group("place")
        layout.dateline_span = (m.start(), m.end())
        return
    # A dateline on a line of its own before the body ("ISLAMABAD:"), or a byline that names the place.
    headings, _ = boilerplate_rules()
    for line in reversed((header or [])[-3:]):
        m = DATELINE.fullmatch(line.text + " ")
        if m and line is header[-1] and _is_dateline(m) and (m.group("place").isupper() or m.group("date")) \
                and _heading_key(m.group("place")) not in headings:  # "BREAKING NEWS:" is no place
            layout.dateline = m.group("place").strip()
            layout.dateline_span = (line.start, line.end)
            return
        m = BYLINE_PLACE.match(line.text)
        if m:
            layout.dateline = m.group("place")
            return


def _dateline_on_a_later_line(layout: Layout, lines: int = 3) -> None:
    """Lines joined into one paragraph, the second or third opening with a wire dateline
    ("Islamabad, Jan 30 (IANS) ..." under a headline and a standfirst): the lines before it
    are not the article's text."""
    start, end = layout.paragraphs[0]
    if _opens_with_dateline(layout, start, end):
        return
    pos = start
    for _ in range(lines - 1):
        pos = layout.text.find("\n", pos, end) + 1
        if pos <= 0 or pos - start > 2 * STANDFIRST_CHARS:
            return
        if _opens_with_dateline(layout, pos, end, strict=True):
            layout.boilerplate.append((start, pos - 1, "before the dateline"))
            layout.paragraphs[0] = (pos, end)
            return


def _opens_with_dateline(layout: Layout, start: int, end: int, strict: bool = False) -> bool:
    """Does this paragraph open with a dateline?  `strict`: only one that names a wire or a
    date ("Feb. 21 (UPI) --", "ISLAMABAD, Feb 21 (Reuters) -"), not a bare "ISLAMABAD:"."""
    if _lead_stamp(layout.text, start, end):
        return True
    m = DATELINE.match(layout.text, start, end)
    if m and _is_dateline(m):
        return not strict or bool(m.group("wire") or (m.group("date") and _dates_in(m.group("date"))))
    urdu = urdu_dateline(layout.outlets_file)
    return not strict and bool(urdu and urdu.match(layout.text, start, end))


DATE_AFTER_DATELINE = re.compile(r"(?:\((?P<bracketed>[^()\n]{3,80})\)\s*(?:[:—–|]|--?)?"
                                 r"|(?P<date>[^()\n:—–]{3,30}?)\s*(?:[:—–|]|--?))\s+")


def _date_after_dateline(text: str, pos: int, end: int) -> int:
    """Where a dateline ends when its date comes after the punctuation ("ISLAMABAD - Feb 20: ",
    "ISLAMABAD: (Feb 20) "): the date belongs to the dateline, not to the text."""
    m = DATE_AFTER_DATELINE.match(text, pos, end)
    if not m:
        return pos
    when = (m.group("bracketed") or m.group("date")).rstrip(" ,")
    if m.group("bracketed"):
        # "(UrduPoint / Pakistan Point News - 14th Mar, 2024)": the source, a dash, then the date.
        when = re.split(r"\s*[-–—]\s*", when)[-1]
    mentions = _dates_in(when)
    if mentions and mentions[0].kind in ABSOLUTE_KINDS and mentions[0].start == 0 and mentions[0].end == len(when):
        return m.end()
    return pos


LEAD_WEEKDAY = re.compile(rf"(?:{_WD})\.?,?\s+", re.IGNORECASE)
STAMP_WIRE = re.compile(r"\s*\((?P<wire>[A-Z][A-Za-z .&-]{1,20})\)\s*(?:--?|—|–|:)?\s*")
STAMP_SEPARATOR = re.compile(r"(?:\s*\|?\s*" + TIME_OF_DAY.pattern + r")?\s*[-–—|:]\s*", re.IGNORECASE)
STAMP_GLUED = re.compile(r"(?=[^\W\d_])")


def _opens_entry(text: str, start: int, end: int) -> bool:
    """The paragraph opens as a timeline's entry: a date, then a colon or a dash ("February 17: ...")."""
    head = text[start:min(end, start + 60)]
    mentions = _dates_in(head)
    return bool(mentions) and heads_entry(head, mentions[0].start, mentions[0].end)


def _timeline_at(layout: Layout, k: int) -> bool:
    """Paragraphs k and k + 1 both open as a timeline's entries: dates of the story, not a dateline."""
    pairs = layout.paragraphs[k:k + 2]
    return len(pairs) == 2 and all(_opens_entry(layout.text, s, e) for s, e in pairs)


def _lead_stamp(text: str, start: int, end: int) -> tuple[int, str | None] | None:
    """A date that opens the first paragraph as a stamp, not as words of a sentence: (where it
    ends, the wire tag).  "Feb. 21 (UPI) -- Two parties ..." (a wire dateline without a place);
    "February 20, 2024 | Two parties ...", "February 20, 2024Two parties ..." (a date line run
    into the text); "Feb 20, 2024 ISLAMABAD: ..." (a date line run into the dateline)."""
    head = text[start:min(end, start + 80)]
    w = LEAD_WEEKDAY.match(head)
    offset = w.end() if w else 0
    mentions = _dates_in(head[offset:])
    first = mentions[0] if mentions else None
    if first is None or first.start != 0 or first.kind not in ABSOLUTE_KINDS:
        return None
    full = first.precision == "day" and first.value is not None and len(first.value) == 10
    if not (full or first.kind in {"md", "dm"}):
        return None
    pos = offset + first.end
    m = STAMP_WIRE.match(head, pos)
    if m and m.group("wire").strip().lower() not in WEEKDAYS:
        return start + m.end(), m.group("wire")
    if not full:
        return None
    m = STAMP_SEPARATOR.match(head, pos) or STAMP_GLUED.match(head, pos)
    if m:
        return start + m.end(), None
    m = re.compile(r"\s+").match(head, pos)
    if m:
        dateline = DATELINE.match(text, start + m.end(), end)
        if dateline and _is_dateline(dateline) and dateline.group("place").isupper():
            return start + m.end(), None
    return None


@lru_cache(maxsize=1)
def not_datelines() -> frozenset:
    """Labels that open a text like a dateline but name no place ("EDITORIAL:", "ANALYSIS:")."""
    return frozenset(w.lower() for w in boilerplate()["not_datelines"])


def _is_dateline(m: re.Match) -> bool:
    """"Political stakeholders: ...", "Imran Khan, PTI founder: ..." and "EDITORIAL: ..." are no datelines."""
    place, when = m.group("place"), m.group("date")
    if place.strip().lower() in not_datelines():
        return False
    if m.group("bare") is not None and not (when and _dates_in(when)):
        return False  # no punctuation after the bracket: only "Place, date (WIRE) Text" is a dateline
    if m.group("alone") is not None and not (when and _dates_in(when) and m.group("wire")):
        return False  # a line of its own: only "Place, date (WIRE)"
    if when and not _dates_in(when) and not NUMERIC_DAY_MONTH.fullmatch(when.strip()):
        if not (place.isupper() or m.group("wire")):
            return False
    return bool(place.isupper() or when or m.group("wire"))


def _dateline_mention(layout: Layout):
    if not layout.dateline_span:
        return None
    s, e = layout.dateline_span
    text = layout.text[s:e]
    mentions = [m for m in _dates_in(text) if m.kind in ABSOLUTE_KINDS]
    if not mentions:
        # A day run into its Urdu month ("22فروری"), which the date finder does not read.
        spaced = re.sub(r"([0-9۰-۹])(?=[^\W\d_])", r"\1 ", text)
        if spaced != text:
            mentions = [m for m in _dates_in(spaced) if m.kind in ABSOLUTE_KINDS]
    return mentions[0] if mentions else None


# "Islamabad, 11/2:": a day and month in figures, day first as the region's papers write them
# (month first only when the second number cannot be a month).
NUMERIC_DAY_MONTH = re.compile(r"(?P<a>[0-3]?\d)/(?P<b>[01]?\d)")


def _month_day(text: str) -> tuple[int, int] | None:
    numeric = NUMERIC_DAY_MONTH.search(text.split(",", 1)[-1]) if "," in text else None
    if numeric and not MONTH_DAY.search(text):
        day, month = int(numeric.group("a")), int(numeric.group("b"))
        if month > 12 and day <= 12:
            day, month = month, day
        try:
            date(2024, month, day)
            return month, day
        except ValueError:
            return None
    m = MONTH_DAY.search(text)
    if m:
        month = MONTHS.get((m.group("mon") or m.group("mon2")).lower().rstrip("."))
        day = int(m.group("day") or m.group("day2"))
        return (month, day) if month else None
    for name, month in URDU_MONTHS.items():
        found = re.search(rf"([0-9۰-۹]{{1,2}})\s*{name}", text)
        if found:
            return month, int(found.group(1).translate(str.maketrans("۰۱۲۳۴۵۶۷۸۹", "0123456789")))
    return None


def _body_text(layout: Layout) -> str:
    """The kept paragraphs, with the dateline blanked (its date is not the article's)."""
    text = layout.text
    if layout.dateline_span:
        s, e = layout.dateline_span
        text = text[:s] + " " * (e - s) + text[e:]
    return "\n".join(text[a:b] for a, b in layout.paragraphs)


YEARLESS_DAY_KINDS = frozenset({"dm", "md", "dm_range", "md_range"})
YEARLESS_NEAR_DAYS = 31  # (a month: any month and day lies within half a year of some reading of a saved page's day)


def _yearless_days_near(layout: Layout, day: date) -> bool:
    """Whether a day the text writes by its month alone ("31 جولائی", "September 18") lies near `day` read as the
    page's: the text then dates the page as its header does, though it writes no year."""
    return any(m.value and m.kind in YEARLESS_DAY_KINDS and m.date_start
               and abs((date.fromisoformat(m.date_start) - day).days) <= YEARLESS_NEAR_DAYS
               for m in find_dates(_body_text(layout), day))


def _article_periods(layout: Layout) -> list[tuple[date, date]]:
    """Every period the article names with its year ("February 8, 2024", "in 2022")."""
    return [period for period, _ in _article_dates(layout)]


def _article_dates(layout: Layout) -> list[tuple[tuple[date, date], DateMention]]:
    """Every date the article names with its year: its period (to a span's last day: "from 2008
    to 2013" names no one year), and the mention."""
    return [((period_bounds(m.value, m.precision)[0],
              date.fromisoformat(m.date_end) if m.date_end else period_bounds(m.value, m.precision)[1]), m)
            for m in find_dates(_body_text(layout), None) if m.value and m.precision in {"day", "week", "month", "year"}]


YEAR_WORD = re.compile(r"\b(?:19|20)\d\d\b")


def _year_unconfirmed(layout: Layout, year: int) -> bool:
    """A quick look before the full check for page chrome: the body names years, not this one."""
    years = {int(y) for a, b in layout.paragraphs for y in YEAR_WORD.findall(layout.text, a, b)}
    return bool(years) and year not in years


def _distance(day: date, periods: list[tuple[date, date]]) -> int:
    return min((0 if a <= day <= b else min(abs((day - a).days), abs((day - b).days)) for a, b in periods),
               default=0)


def _weekday_evidence(layout: Layout, month: int, day: int, years) -> Counter:
    """How well each candidate year fits the weekdays the text states:
    - a weekday and a date in one sentence ("on Tuesday, May 13", "Wednesday, the 12th")
      that fall on the same day in that year count 2;
    - a weekday said of "today", "tomorrow" or "yesterday" ("tomorrow (Sunday)") that fits counts 2 too;
    - a weekday in the lead sentence that is the dateline's day or the day before counts 1
      (wire copy reports the day's news: "PESHAWAR, Mar 1: ... on Friday")."""
    body = _body_text(layout)
    evidence: Counter = Counter()
    lead = ""
    if layout.paragraphs:
        start, end = layout.paragraphs[0]
        start = max(start, layout.dateline_span[1]) if layout.dateline_span else start
        spans = split_sentences(layout.text, start, end)
        lead = layout.text[spans[0][0]:spans[0][1]] if spans else ""
    # (not a weekday's own noun, "Thursday's vote": a happening before the day of the report)
    # (nor one told as to come, "has called for protests on Sunday": a day after the report's; the
    # weekday names read here are English ones)
    lead_weekdays = {WEEKDAYS.index(m.group("wd").lower()) for m in WEEKDAY_WORD.finditer(lead)
                     if not lead.startswith(("'s", "’s"), m.end()) and not speaks_of_future(lead, m.start(), m.end(), "en")}
    pairs: list[tuple[int, int | None, int]] = []  # (weekday, month or None for "the 12th", day)
    for m in WEEKDAY_WITH_DATE.finditer(body):
        weekday = WEEKDAYS.index((m.group("wd") or m.group("wd2")).lower())
        mon = m.group("mon") or m.group("mon2") or m.group("mon3")
        number = int(m.group("day") or m.group("day2") or m.group("day3"))
        pairs.append((weekday, MONTHS.get(mon.lower().rstrip(".")) if mon else None, number))
    said_days = [(WEEKDAYS.index(m.group("wd").lower()), DAY_WORD_OFFSETS[m.group("rel").lower()])
                 for m in DAY_WORD_WEEKDAY.finditer(body) if _said_of_the_report(body, m.start())]
    for year in years:
        try:
            anchor = date(year, month, day)
        except ValueError:
            continue
        for weekday, offset in said_days:
            if (anchor.weekday() + offset) % 7 == weekday:
                evidence[year] += PAIR_WEIGHT
        if anchor.weekday() in lead_weekdays:
            evidence[year] += 1
        elif (anchor.weekday() - 1) % 7 in lead_weekdays:
            evidence[year] += 0.5
        for wd, m_, d_ in pairs:
            if _pair_fits(anchor, wd, m_, d_):
                evidence[year] += PAIR_WEIGHT
    return evidence


def _said_of_the_report(body: str, at: int) -> bool:
    """Whether "today", "tomorrow" or "yesterday" at `at` counts from the report's own day: not "the day after
    tomorrow", not inside a quotation ("... had told workers: "We leave today, Friday"), not in a clause told from
    later ("had met ... today, Saturday")."""
    before = body[max(0, at - REPORT_DAY_REACH):at]
    line = body[body.rfind("\n", 0, at) + 1:at]
    quoted = line.count("“") > line.count("”") or line.count('"') % 2 == 1
    return not re.search(r"\bday\s+(?:after|before)\s+$", before, re.IGNORECASE) and not quoted \
        and not re.search(r"\bhad\b", before[max(0, before.rfind(".") + 1):], re.IGNORECASE)


REPORT_DAY_REACH = 80  # characters before a "today (Saturday)" read for what tells it from another day


def _pair_fits(anchor: date, weekday: int, month: int | None, day: int) -> bool:
    """Does a stated weekday fall on the stated date, read near the dateline's date?"""
    options = []
    for shift in (-1, 0, 1):
        if month is None:  # "the 12th": this month, the last or the next
            y, m = divmod(anchor.year * 12 + anchor.month - 1 + shift, 12)
            options.append((y, m + 1, day))
        else:
            options.append((anchor.year + shift, month, day))
    dates = []
    for y, m, d in options:
        try:
            dates.append(date(y, m, d))
        except ValueError:
            continue
    near = [d for d in dates if -PAIR_BEFORE_DAYS <= (d - anchor).days <= PAIR_AFTER_DAYS]
    if not near:
        return False
    return min(near, key=lambda d: abs((d - anchor).days)).weekday() == weekday


def complete_from_folder(month: int, day: int, folder_years) -> date | None:
    """The fallback for a dateline without a year that the article cannot settle: the year
    most of the folder's other articles were published in (the latest on a tie).
    `folder_years` is an iterable of years or a Counter of them."""
    counts = folder_years if isinstance(folder_years, Counter) else Counter(folder_years)
    if not counts:
        return None
    top = max(counts.values())
    year = max(y for y, n in counts.items() if n == top)
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _dateline_date(layout: Layout, folder_years=None) -> tuple[date | None, str | None, str | None]:
    """(date, published_from, problem) from the dateline."""
    mention = _dateline_mention(layout)
    if mention is None:
        # "Islamabad, 11/2:" (a dateline whose date the date finder does not read without a year)
        said = layout.text[slice(*layout.dateline_span)].strip() if layout.dateline_span else ""
        month_day = _month_day(said) if NUMERIC_DAY_MONTH.search(said) else None
    elif mention.value:
        return date.fromisoformat(mention.value), "dateline", None
    else:
        said = mention.text
        month_day = _month_day(mention.text)
    if month_day is None:
        return None, None, None
    month, day = month_day
    # "Peshawar, Mar 1 (PTI)": the year comes from the years the article names (or the one
    # after the latest: background years are past), chosen among by the weekdays it states;
    # else from the weekdays alone; else from the folder.
    dates = _article_dates(layout)
    named = Counter(a.year for (a, b), _ in dates if a.year == b.year)
    # (a year written with a day or a month, "February 8, 2024", or told as to come, "aims to cut the
    # deficit in 2026"; a bare "won in 2018" is most often background)
    dated = {a.year for (a, b), m in dates if (b - a).days <= 31 or m.status == "planned"}
    this_year = date.today().year
    folder = {int(y) for y in folder_years} if folder_years else set()
    if folder:
        # A year the article names far from the folder's ("lower than in the 2018 polls") is background;
        # so is one just before the folder's, unless a weekday of the lead fits the dateline's day in it
        # ("the riots of May 9, 2023" in a folder of 2024 reports, with no weekday to say so).
        named = Counter({y: n for y, n in named.items() if min(folder) - 1 <= y <= max(folder)})
        if named and max(named) < min(folder) and not any(_weekday_evidence(layout, month, day, sorted(named)).values()):
            named = Counter()
    if named:
        years = sorted(set(named) | {max(named) + 1})
    elif folder:
        years = sorted({y + k for y in folder for k in (-1, 0, 1)})
    else:
        years = list(range(FIRST_YEAR, this_year + 1))
    # (no page is from a year still to come: "the note maturing on April 15, 2031" names a year, not the page's)
    years = [y for y in years if y <= this_year]
    named = Counter({y: n for y, n in named.items() if y <= this_year})
    # A page is not older than the days it tells as done ("* Nov. 13, 2025 - ..." in a timeline under
    # "ISLAMABAD, Feb 5"): a year that puts the dateline before them is out, when another is left that
    # the text's weekdays fit as well (else the story's years may yet settle it, see corpus.py).
    evidence = _weekday_evidence(layout, month, day, years)  # (each year's fit stands alone)
    done = _days_told_done(layout, dates)
    not_before = [y for y in years if done and (d := _same_day(y, month, day)) is not None
                  and d >= max(done) - timedelta(days=DONE_BEFORE_DATELINE_DAYS)]
    # (a year that puts the dateline months before a day told as done is out whatever its weekdays say, when a
    # year left fits them too: "on Sunday" under "July 14" fits 2024 best, but the page tells of "October 21, 2024"
    # as past, and 2025's Sunday is the day before)
    far = [y for y in years if done and y not in not_before and (d := _same_day(y, month, day)) is not None
           and (max(done) - d).days > DONE_FAR_BEFORE_DAYS]
    if not_before and len(not_before) < len(years) \
            and (max((evidence[y] for y in not_before), default=0) >= max(evidence.values(), default=0)
                 or (len(far) == len(years) - len(not_before) and max((evidence[y] for y in not_before), default=0) > 0)):
        years = not_before
        named = Counter({y: n for y, n in named.items() if y in years}) or Counter({min(years): 1})
        evidence = Counter({y: n for y, n in evidence.items() if y in years})
    if evidence:
        best = max(evidence.values())
        if best < PAIR_WEIGHT:
            # Only a weekday in the lead ("late Friday"), which fits a year in seven: the
            # folder's years weigh more; without them the guess waits for the folder (and so does
            # a year the article names bare, or that fits the weekday only as the night before: it
            # may be background, "held the office from 2008", "won in 2018").
            if folder_years and not named:
                year = _folder_year(month, day, folder_years, evidence)
                return date(year, month, day), "dateline + folder years", None
        # Among the best fits, a year the article names, then the latest.
        year = max((y for y, n in evidence.items() if n == best), key=lambda y: (y in named, y))
        if best < PAIR_WEIGHT and not folder_years and (not named or best < 1 or year not in dated):
            layout.weak_year = True  # (a year named with a date whose day fits the lead weekday stands)
        source = "dateline + article years" if year in named else "dateline + weekdays"
        return date(year, month, day), source, None
    if named:
        top = max(named.values())
        year = max(y for y, n in named.items() if n == top)
        # A day the article names as still to come bounds it ("the next meeting on January 2, 2025" under
        # "Islamabad, December 23": 2024): the dateline's day falls in the year before it.
        ahead = [a for (a, b), m in dates if a == b and m.status == "planned"]
        if ahead and min(ahead) < max(a for (a, b), _ in dates):
            ahead = []  # (only the article's latest day: "had planned a rally on September 8, 2024" is past)
        if ahead:
            bounded = [y for y in (min(ahead).year - 1, min(ahead).year)
                       if (d := _same_day(y, month, day)) is not None and 0 <= (min(ahead) - d).days <= 365]
            year = max(bounded) if bounded else year
        if not folder:
            layout.weak_year = True  # a year the article names may be background: the folder may settle it
        try:
            return date(year, month, day), "dateline + article years", None
        except ValueError:
            pass
    if folder_years:
        completed = complete_from_folder(month, day, folder_years)
        if completed:
            return completed, "dateline + folder years", None
    layout.partial_published = month_day
    return None, None, (f"the dateline gives '{said}' but no year, and neither the article's dates "
                        "nor its weekdays settle one")


def _days_told_done(layout: Layout, dates: list[tuple[tuple[date, date], DateMention]]) -> list[date]:
    """Days written with their year that the page tells as done: in a clause of the past tense ("was sworn
    in on March 4, 2024"), or at the head of a timeline's entry ("* Nov. 13, 2025 - The president signs
    ..."); not a deadline or schedule in the present ("the deadline is Sept. 30, 2024")."""
    if layout.language not in languages.available():
        return []
    body = _body_text(layout)
    done = []
    for (first, last), m in dates:
        if first != last or not WRITTEN_YEAR.search(m.text) or m.status == "planned":
            continue  # (nor a day still to come when told: "had been scheduled to take up the loan on September 25, 2024")
        line = body.rfind("\n", 0, m.start) + 1
        if heads_entry(body[line:], m.start - line, m.end - line) \
                or (clause_tense(body, m.start, m.end, layout.language) == "past"
                    and not engine(layout.language).designated_after.match(body, m.end)):
            # (not a day a past verb names for something: "had fixed August 30, 2024 as the deadline")
            done.append(first)
    return done


def _same_day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:  # 29 February
        return None


DONE_FAR_BEFORE_DAYS = 21  # ... and a dateline more than three weeks before one is no weekday's fit
DONE_BEFORE_DATELINE_DAYS = 2  # a day told as done may be a day or two after a dateline (time zones, a late update)
PAIR_WEIGHT = 2  # a weekday written with its date ("on Tuesday, May 13") in `_weekday_evidence`
# How much more likely a lead weekday on the dateline's day (or the day before) is in the right
# year than by chance (one in seven): wire copy reports the day's news, sometimes the night before's.
LEAD_LIKELIHOOD = {1: 3.5, 0.5: 2.0}


def _folder_year(month: int, day: int, folder_years, evidence: Counter) -> int:
    """The year of a yearless dateline that only a weekday in the lead speaks for: the folder's
    share of each year (its neighbours count a quarter), times how well the lead's weekday fits."""
    counts = folder_years if isinstance(folder_years, Counter) else Counter(int(y) for y in folder_years)
    candidates = sorted({y + k for y in counts for k in (-1, 0, 1) if y + k <= max(counts)})

    def score(year: int) -> tuple[float, int]:
        try:
            date(year, month, day)
        except ValueError:
            return -1.0, year
        prior = counts.get(year, 0) + 0.25 * (counts.get(year - 1, 0) + counts.get(year + 1, 0))
        return prior * LEAD_LIKELIHOOD.get(evidence.get(year, 0), 1.0), year

    return max(candidates, key=score)


# How much a header date's label counts beside its nearness to the body: a date labelled
# published beats one labelled updated, which beats a bare one; a time of day marks a stamp.
LABEL_WEIGHT = {"published": 8, "updated": 3, None: 0}
# A page may go up this many days after its dateline (time zones, the next morning's paper).
DATELINE_TO_PAGE_DAYS = 2
TIME_WEIGHT = 2
UPDATE_NEXT_TO = 2  # lines: a bare date this near a date labelled updated is the page's first
# A site's date bar beside the weather ("Friday, February 23, 2024 | Karachi 24°C") is the day the page
# was viewed, which may not be the article's.
WEATHER = re.compile(r"(?<!\d)-?\d{1,2}\s?°\s?[CF]?(?![A-Za-z])")


def _just_after(page: date, dateline: date, exact: bool) -> bool:
    """Is `page` the dateline's day or up to DATELINE_TO_PAGE_DAYS after it?"""
    days = [dateline]
    if not exact:
        for year in (page.year, page.year - 1):
            try:
                days.append(date(year, dateline.month, dateline.day))
            except ValueError:
                pass
    return any(0 <= (page - day).days <= DATELINE_TO_PAGE_DAYS for day in days)


URL = re.compile(r"https?://[^\s\"'<>)]+")
URL_REACH = 2000  # the head and the tail of the text, where a saved page names its address
# A date in an address's path: "/2024/02/21/", "/2024-02-21/", "/21-Feb-2024/" (the year, month
# and day each whole between separators), or the slug's end after the story's number ("-2510417-2024-03-04").
URL_DATES = [
    re.compile(r"/(?P<y>20\d\d)[/-](?P<m>[01]?\d)[/-](?P<d>[0-3]?\d)(?=[/_.-]|$)"),
    re.compile(r"/(?P<d>[0-3]?\d)-(?P<mon>[A-Za-z]{3,9})-(?P<y>20\d\d)(?=[/_.-]|$)"),
    # (or ending the last part of the path, after the story's number: ".../pm-modi-congratulates-...-2510417-2024-03-04")
    re.compile(r"-\d{5,}-(?P<y>20\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?=$|[?#])"),
]


def _page_urls(text: str) -> list[str]:
    """Addresses on lines of their own near the head or the tail of the text, maybe labelled
    ("Source: https://...", "URL: ..."): the page's own, not a link in a sentence."""
    urls = []
    for part in (text[:URL_REACH], text[-URL_REACH:]):
        for line in part.splitlines():
            found = URL.findall(line)
            if len(found) == 1 and len(URL.sub(" ", line).split()) <= 3:
                urls.append(found[0])
    return urls


# A whole date in a file's name: "2024-02-17-dawn.txt", "dawn_2024_02_17.txt", "20240217 rally.txt",
# "17-Feb-2024 geo.txt" (not a bare year or a number that is no date).
FILE_NAME_DATES = [
    re.compile(r"(?<![\d])(?P<y>20\d\d)[-_. ](?P<m>[01]?\d)[-_. ](?P<d>[0-3]?\d)(?!\d)"),
    re.compile(r"(?<![\d])(?P<y>20\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)(?!\d)"),
    re.compile(r"(?<![\dA-Za-z])(?P<d>[0-3]?\d)[-_ ]?(?P<mon>[A-Za-z]{3,9})[-_ ]?(?P<y>20\d\d)(?!\d)"),
]


def _file_name_date(name: str) -> date | None:
    stem = name.rsplit("/", 1)[-1]
    return next((d for rx in FILE_NAME_DATES for m in rx.finditer(stem) if (d := _match_date(m)) is not None), None)


def _match_date(m: re.Match) -> date | None:
    """The day a URL_DATES or FILE_NAME_DATES match spells (y, and m or mon, and d), None if none."""
    month = int(m.group("m")) if "m" in m.re.groupindex else MONTHS.get(m.group("mon").lower())
    try:
        return date(int(m.group("y")), month, int(m.group("d"))) if month else None
    except (TypeError, ValueError):
        return None


def _url_date(url: str) -> date | None:
    return next((d for rx in URL_DATES if (m := rx.search(url)) and (d := _match_date(m)) is not None), None)


# A date that a phrase of a headline holds: a preposition right before it ("verdict on May 9, 2023 riots case") or an
# Urdu genitive right after it ("23 اکتوبر 2023 کا فیصلہ کالعدم"), with words on both sides; a byline's date stands
# on its own ("By Syed Irfan Raza and Tariq Naqash February 9, 2024", "نوائے وقت جمعۃ المبارک 9 فروری 2024ء").
PHRASE_BEFORE_DATE = re.compile(r"(?i)\b(?:on|since|of|after|before|from|until|till)\s*$")
PHRASE_AFTER_DATE = re.compile(r"^\s*(?:ء\s*)?(?:کا|کی|کے|تک|سے)\b")


def _date_in_a_phrase(text: str) -> bool:
    mentions = [m for m in _dates_in(text) if m.kind in ABSOLUTE_KINDS and m.precision == "day"]
    if len(mentions) != 1:
        return False
    m = mentions[0]
    before, after = text[:m.start], text[m.end:]
    if len(re.findall(r"[^\W\d_]+", before)) < 2 or not re.search(r"[^\W\d_]{2,}", after):
        return False
    return bool(PHRASE_BEFORE_DATE.search(before) or PHRASE_AFTER_DATE.search(after))


def _read_publication_date(layout: Layout, header: list[_Line], html_meta: dict, folder_years=None,
                           early: list[_Line] = (), file_name: str | None = None,
                           find_foot: Callable[[], _Line | None] = lambda: None,
                           find_document_date: Callable[[], date | None] = lambda: None) -> None:
    """Candidates in order of trust: HTML metadata, a byline near the headline (the one
    nearest the body wins, a date labelled published before one labelled updated), the
    dateline, a stamp in the text.  A candidate far from every date the article names is
    page chrome and yields to one that is near."""
    if layout.published:
        return
    candidates: list[tuple[date, str]] = []
    if html_meta.get("date"):
        parsed = _absolute_date(html_meta["date"])
        if parsed:
            candidates.append((parsed, "html metadata"))
    bylines: list[tuple[float, int, date, str | None]] = []
    headings, _ = boilerplate_rules()
    in_block = False  # under "Latest News", "Trending": dated headlines of other stories
    date_bar_days = set()
    bare_lines: set[int] = set()  # header lines that are a date and little else
    for index, line in enumerate(list(header) + list(early)):
        if _is_block_heading(_heading_key(line.text), headings):
            in_block = True
            continue
        if len(line.text) > 120:
            continue
        parsed, label = _line_date(line.text, layout.numeric_order) \
            if re.search(r"[\d۰-۹]", line.text) and not _prose_line(line.text) else (None, None)
        if not parsed or (in_block and label is None and not _is_header_date(line)):
            continue
        if label is None and _date_in_a_phrase(line.text):
            continue  # (a headline that names a day: "Court reserves verdict on May 9, 2023 riots case")
        if label == "saved":
            layout.problems.append(f"the date {parsed.isoformat()} is labelled as the day a copy of the page was saved, "
                                   "not its publication date")
            continue
        if WEATHER.search(line.text):
            date_bar_days.add(parsed)
        score = index + LABEL_WEIGHT[label] + (TIME_WEIGHT if TIME_OF_DAY.search(line.text) else 0)
        bylines.append((score, index, parsed, label))
        if label is None and _is_header_date(line):
            bare_lines.add(index)
    # Highest score first; among equals the later line (nearer the body).
    ordered = sorted(bylines, reverse=True)
    if ordered and ordered[0][3] == "updated":
        # a bare date next to the update's ("10 March 2024 / Updated 11 March 2024") is the first publication
        # (a date line, not a headline that names a day: "From May 9, 2023 To Adiala: ...")
        first = next((b for b in ordered if b[3] is None and b[1] in bare_lines
                      and abs(b[1] - ordered[0][1]) <= UPDATE_NEXT_TO and b[2] <= ordered[0][2]), None)
        if first is not None:
            ordered.remove(first)
            ordered.insert(0, first)
    ranked = [(d, "byline", label) for _, _, d, label in ordered]
    # "Published in Dawn, February 20th, 2024" under the text says what it is: it yields to a
    # header date labelled published, and beats any other (an unlabelled date at the top: chrome).
    m = _published_in(layout.text)
    stamped = _absolute_date(m.group("date")) if m else None
    if stamped:
        at = next((i for i, c in enumerate(ranked) if c[2] != "published"), len(ranked))
        ranked.insert(at, (stamped, "text", "published"))
    candidates += [(d, source) for d, source, _ in ranked]
    parsed, source, problem = _dateline_date(layout, folder_years)
    if parsed:
        candidates.append((parsed, source))
    if not candidates or candidates[0][1] in {"html metadata", "byline"}:
        # A stamp in the text is read only when nothing better is found, or to check a
        # header date that may be page chrome (it costs a pass over the whole text).
        for m in SOURCE_STAMP.finditer(layout.text):
            stamped = _absolute_date(m.group("date"))
            if stamped:
                candidates.append((stamped, "text"))
                break
    # A date line under the text: the page's own, when nothing above the text dates it (looked
    # for only then).
    if not candidates and (foot := find_foot()) is not None:
        parsed, _ = _line_date(foot.text, layout.numeric_order)
        if parsed:
            candidates.append((parsed, "foot of the page"))
            periods = _article_periods(layout)
            if periods and _distance(parsed, periods) > CHROME_DAYS:
                layout.problems.append(f"the publication date {parsed.isoformat()} (under the text) is far from every "
                                       "date the article names; it may be another page's")
            layout.paragraphs = [p for p in layout.paragraphs if not (p[0] <= foot.start and foot.end <= p[1]
                                                                       and layout.text[p[0]:p[1]].strip() == foot.text)]
            layout.boilerplate.append((foot.start, foot.end, "date line under the text"))
    if not candidates:
        # Last: the page's address, when the text names it ("Source: https://.../2024/02/21/..."),
        # then a date the HTML parser found outside the metadata.
        stamped = next(filter(None, (_url_date(u) for u in [html_meta.get("url") or ""] + _page_urls(layout.text))), None)
        if stamped:
            candidates.append((stamped, "url"))
        elif html_meta.get("date_guess") and _absolute_date(html_meta["date_guess"]):
            candidates.append((_absolute_date(html_meta["date_guess"]), "html date guess"))
            layout.problems.append("the publication date is a date found in the HTML page's markup, which its "
                                   "metadata does not state")
        elif (named := _file_name_date(file_name or "")) is not None:
            # The very last: people who save articles often name the file by its day.
            candidates.append((named, "file name"))
            layout.problems.append("the publication date is taken from the file's name; the text states none")
        elif (decided := find_document_date()) is not None:
            # an order's or a judgment's own day, where such documents print it (looked for only when nothing else
            # dates the page: a news story that quotes an order is of its own day)
            candidates.append((decided, "document's date"))
    if not candidates:
        layout.problems.append(problem or NO_PUBLICATION_DATE)
        return
    chosen = candidates[0]
    periods = None  # the article's own periods, read at most once (a pass of the date finder)
    dateline = next((c for c in candidates if c[1].startswith("dateline")), None)
    if dateline:
        # A header date on the day of the dateline or just after is the page's own (posted
        # later in the day, or in the next morning's paper); any other is page chrome.
        # (the dateline's month and day, in the header date's year: a yearless dateline's
        # year is only a guess)
        confirmed = [c for c in candidates if c[1] in {"html metadata", "byline", "text"}
                     and _just_after(c[0], dateline[0], exact=dateline[1] == "dateline")]
        chosen = confirmed[0] if confirmed else dateline
    elif chosen[1] in {"html metadata", "byline"} and _year_unconfirmed(layout, chosen[0].year):
        periods = _article_periods(layout)
        if periods:
            near = [c for c in candidates if _distance(c[0], periods) <= CHROME_DAYS]
            if near:
                chosen = near[0]
            else:
                layout.problems.append(
                    f"the publication date {chosen[0].isoformat()} ({chosen[1]}) is far from every date the article "
                    f"names; {MAY_BE_SAVED}")
    if chosen[1] == "byline" and chosen[0] in date_bar_days and all(c[0] == chosen[0] for c in candidates):
        # the date bar beside the weather: the day the page was viewed, which the story's calendar may
        # correct (the corpus); kept, as pages are often saved on the day they appear
        layout.saved_day = True
        layout.problems.append(f"the publication date {chosen[0].isoformat()} is the site's date bar beside the "
                               f"weather; {MAY_BE_SAVED}")
    elif len(candidates) == 1 and chosen[1] == "byline" and _over_title(chosen[0], header, bylines, layout.title):
        # a bare date over the headline may be a site's date bar (the day the page was saved); kept,
        # since dropping such dates loses more right ones, of pages whose text dates nothing itself
        # (the corpus checks it against the story's calendar)
        periods = _article_periods(layout) if periods is None else periods
        if not (periods and _distance(chosen[0], periods) <= CHROME_DAYS) and not _yearless_days_near(layout, chosen[0]):
            layout.saved_day = True
            layout.problems.append(
                f"the publication date {chosen[0].isoformat()} is the only date on the page, unlabelled above the "
                f"headline, and no date in the text is near it: {MAY_BE_SAVED}")
    layout.published, layout.published_from = chosen
    if chosen[1] == "byline" and layout.numeric_order is None:
        layout.other_reading = _other_reading(chosen[0], list(header) + list(early))
    if layout.weak_year and chosen[1] in {"dateline + weekdays", "dateline + article years"}:
        # A year guessed from a lead weekday alone: the folder may settle it (`complete_from_folder`).
        layout.partial_published = (chosen[0].month, chosen[0].day)
    else:
        layout.partial_published = None  # settled: nothing left for the folder to complete


def _other_reading(day: date, lines: list[_Line]) -> date | None:
    """The other reading of the all-number date a header line gave `day` by, when no US time zone
    settles it ("03/05/2024" read as 3 May is 5 March too); none when another line writes the day
    unambiguously ("May 3, 2024" in the byline, "Last updated 03/05/2024" under it)."""
    other = None
    for line in lines:
        found = _line_date(line.text)[0] if re.search(r"[\d۰-۹]", line.text) else None
        if found != day:
            continue
        pairs = [] if US_TIME_ZONE.search(line.text) else ambiguous_numeric_dates(line.text)
        readings = [b if a == day else a for a, b in pairs if day in (a, b)]
        if not readings or WRITTEN_MONTH.search(line.text):
            return None  # this line gives the day in words, or in an order it settles
        other = other or readings[0]
    return other


def _over_title(day: date, header: list[_Line], bylines: list, title: str | None) -> bool:
    """Whether `day` is read from an unlabelled header line above the headline."""
    title_at = next((i for i, line in enumerate(header) if title and line.text == title), None)
    return title_at is not None and any(d == day and label is None and index < title_at
                                        for _, index, d, label in bylines)


MASTHEAD_SECTION = re.compile(r"\s+\|\s+")  # "DAWN | Business": the name, then its section


def _read_outlet(layout: Layout, lines: list[_Line], header: list[_Line], html_meta: dict) -> None:
    if layout.outlet:
        return
    known, _ = outlet_names(layout.outlets_file)
    if html_meta.get("sitename"):
        layout.outlet = known.get(html_meta["sitename"].lower(), html_meta["sitename"])
        return
    for line in header:
        m = re.match(r"(?:by|source)\s*:?\s+(.{2,60})$", BULLET.sub("", line.text), re.IGNORECASE)
        if m and m.group(1).lower() in known:
            layout.outlet = known[m.group(1).lower()]
            return
    # A scraped page repeats its site name in the header and the footer.
    if lines and lines[0].words <= 6 and sum(1 for line in lines if line.text == lines[0].text) > 1:
        layout.outlet = known.get(lines[0].text.lower(), lines[0].text)
        return
    if layout.paragraphs:
        s, e = layout.paragraphs[0]
        m = REPORTED_BY.search(layout.text, s, e)
        if m:
            name = m.group("outlet")
            layout.outlet = known.get(name.lower(), name)
            return
    m = _published_in(layout.text)
    if m:
        layout.outlet = known.get(m.group("outlet").lower(), m.group("outlet"))
        return
    # Last: a masthead, the first line a known outlet's name, maybe with its section after a bar ("DAWN | Business",
    # "The News International"; not a headline that opens with one, "Dawn - the morning after")
    if lines and (name := known.get(MASTHEAD_SECTION.split(lines[0].text, maxsplit=1)[0].strip().lower())) is not None:
        layout.outlet = name


ARABIC_LETTER = re.compile("[\u0600-\u06ff\u0750-\u077f]")
LETTER = re.compile(r"[^\W\d_]")
URDU_ONLY = re.compile("[ےںہیٹڈڑ]")


def detect_language(text: str) -> str:
    """'ur', 'ar' or 'en' by script: an article mostly in Arabic letters is Urdu when it
    uses letters that Arabic lacks.  (Counted by regex: a Python loop per character is slow.)"""
    sample = text[:20000]
    letters = len(LETTER.findall(sample))
    if not letters:
        return "und"
    if len(ARABIC_LETTER.findall(sample)) / letters > 0.5:
        return "ur" if URDU_ONLY.search(sample) else "ar"
    return "en"


META_TAG = re.compile(r"<meta\b[^<>]*>", re.IGNORECASE)  # no "<" inside: linear on "<meta <meta ..."
TAG_ATTRIBUTE = re.compile(r"""([\w:.-]+)\s*=\s*(["'])(.*?)\2""", re.DOTALL)
JSON_LD_PUBLISHED = re.compile(r'"datePublished"\s*:\s*"([^"]{8,40})"')


@lru_cache(maxsize=1)
def html_date_rules() -> tuple[frozenset, tuple]:
    """(meta tag names that state the publication date, class/id words of what is not the article)."""
    data = boilerplate()
    return frozenset(n.lower() for n in data["html_date_meta"]), tuple(w.lower() for w in data["html_not_article"])


ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}(?!\d)")  # the day of a machine-readable stamp ("2024-06-04T10:23:00Z")


def html_stated_date(markup: str) -> str | None:
    """The publication date an HTML page's metadata states: a meta tag named in the boilerplate
    data ("article:published_time", ...), or JSON-LD's "datePublished"."""
    names, _ = html_date_rules()
    head = markup[:300000]
    for tag in META_TAG.findall(head):
        attrs = {k.lower(): v for k, _, v in TAG_ATTRIBUTE.findall(tag)}
        key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
        if key in names and attrs.get("content", "").strip():
            return attrs["content"].strip()
    m = JSON_LD_PUBLISHED.search(head)
    return m.group(1) if m else None


def _not_article_test(words) -> str:
    """An XPath test of an element whose class or id holds one of `words` (the boilerplate data's
    'html_not_article': comments, related stories), in any case."""
    return " or ".join(f"contains(translate(@{a}, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'), '{w}')"
                       for w in words for a in ("class", "id"))


def _guess_html_date(markup: str) -> str | None:
    """The oldest date htmldate finds in the page's markup once comments, related stories and the like (the
    boilerplate data's 'html_not_article' classes and ids) are cut out; with its day and month the other way round
    when it could be read either way and a machine-readable stamp of the page says so (a shown "06/04/2024" read as
    6 April beside <time datetime="2024-06-04T10:23">)."""
    import lxml.html
    from htmldate import find_date

    _, words = html_date_rules()
    try:
        tree = lxml.html.fromstring(markup)
        if words:
            for element in tree.xpath(f"//*[{_not_article_test(words)}]"):
                element.drop_tree()
        guess = find_date(tree, extensive_search=False, original_date=True)
        if guess and ISO_DAY.fullmatch(guess):
            year, month, day = guess.split("-")
            swapped = f"{year}-{day}-{month}"
            if month != day and int(day) <= 12 and any(
                    (m := ISO_DAY.match(stamp.strip())) and m.group(0) == swapped for stamp in tree.xpath("//time/@datetime")):
                return swapped
        return guess
    except Exception:  # a broken page: no guess
        return None


def extract_html(markup: str) -> tuple[str, dict, str | None]:
    """(text, metadata, problem) from an HTML page, via trafilatura."""
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    try:
        doc = trafilatura.bare_extraction(markup, with_metadata=True, include_comments=False,
                                          include_tables=True, favor_precision=True)
    except Exception as exc:  # trafilatura raises many kinds on broken pages
        return "", {}, f"the HTML page could not be parsed ({type(exc).__name__})"
    if doc is None:
        return "", {}, "no article text could be extracted from the HTML page"
    as_dict = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    text = as_dict.get("text") or ""
    meta = {k: as_dict.get(k) for k in ("title", "date", "sitename", "author", "url")}
    # Trust a date the page's metadata states; one the parser found elsewhere (a <time> in the
    # comments, say) is only a guess, read when nothing in the text gives a date.
    stated = html_stated_date(markup)
    meta["date"], meta["date_guess"] = (stated, None) if stated else (None, _guess_html_date(markup))
    if not text.strip():
        return "", meta, "no article text could be extracted from the HTML page"
    text = _with_key_points(markup, text)
    if not stated:
        text = _with_byline(markup, text, meta.get("title"))
    # Paragraphs are separated by blank lines, as in the text files.
    return re.sub(r"\n+", "\n\n", text), meta, None


def _page_tree(markup: str):
    """The page parsed by lxml, or None for a page it cannot parse (the extractor's text is then kept as it is)."""
    import lxml.html

    try:
        return lxml.html.fromstring(markup)
    except Exception:  # a broken page
        return None


PARAGRAPH_WORDS = 10  # a paragraph of the text, below which no byline stands
BYLINE_WORDS = 30  # a byline is short: "Dawn.com | Iftikhar A. Rana · Published February 10, 2024 · Updated ..."


def _with_byline(markup: str, text: str, title: str | None) -> str:
    """The text with the page's byline put back under the headline when the extractor dropped it (it may take
    the byline for the author and keep no date from it) and the page's metadata states no date: the first
    short element whose class or id holds one of the boilerplate data's 'html_byline' words and whose text holds a
    whole date, outside navigation, asides, footers and the 'html_not_article' blocks.  The layout then reads its
    date as any byline's."""
    bylines = tuple(w.lower() for w in boilerplate().get("html_byline", ()))
    if not bylines:
        return text
    _, words = html_date_rules()
    tree = _page_tree(markup)
    if tree is None:
        return text
    outside = "ancestor-or-self::nav or ancestor::footer or ancestor::aside"
    if words:
        outside += f" or ancestor-or-self::*[{_not_article_test(words)}]"
    flat = " ".join(text.split())
    candidates = tree.xpath(f"//body//*[({_not_article_test(bylines)}) and not({outside})]")
    # (or whole class names, under the headline: "<p class="meta">", not a header's "date" nor a "post-meta" box)
    classes = " or ".join(f"contains(concat(' ', normalize-space(@class), ' '), ' {w.lower()} ')"
                          for w in boilerplate().get("html_byline_classes", ()))
    if classes:
        candidates += tree.xpath(f"//body//h1[1]/following::*[({classes}) and not({outside})]")
    wanted = {id(e) for e in candidates}  # (the list keeps each element's proxy, and so its id, alive)
    # (a byline stands above the text: only elements before its first paragraph, not a dated "more stories" box in it)
    above = []
    for element in tree.iter():
        if id(element) in wanted:  # (first: a date line of ten words is still one, "... 3:31 PM GMT+5 Updated 2 hours ago")
            above.append(element)
        elif element.tag == "p" and len(element.text_content().split()) >= PARAGRAPH_WORDS:
            break
    for element in above:
        said = " ".join(element.text_content().split())
        if not said or len(said.split()) > BYLINE_WORDS or said in flat:
            continue
        if any(m.kind in ABSOLUTE_KINDS and m.precision == "day" for m in _dates_in(said)):
            lines = text.split("\n", 1)
            if title and lines[0].strip() == title.strip():
                return lines[0] + "\n" + said + "\n" + (lines[1] if len(lines) > 1 else "")
            return said + "\n" + text
    return text


KEY_POINT_WORDS = 10  # a list item this long that ends as a sentence is the article's text, not a link
KEY_POINT = re.compile(r"[.!?۔][\"'”’)]?$")
KEY_POINT_PREFIX = 40  # characters of an item the extracted text holds when it kept the item


def _with_key_points(markup: str, text: str) -> str:
    """The text with the article's own list of sentences put back where the page has it ("Here's what
    we know: • Convoys set off from Khyber Pakhtunkhwa on Sunday ..."), which the extractor leaves out:
    items of ten words or more that end as a sentence, inside the page's <main> or <article> and not in
    its navigation, header, footer, asides or the boilerplate data's 'html_not_article' blocks.  Each goes
    after the extracted paragraph the page has before it."""
    _, words = html_date_rules()
    tree = _page_tree(markup)
    if tree is None:
        return text
    outside = "ancestor::nav or ancestor::footer or ancestor::aside or ancestor::header"
    if words:
        outside += f" or ancestor::*[{_not_article_test(words)}]"
    missing = []
    flat = " ".join(text.split())
    for item in tree.xpath(f"(//main//li | //article//li)[not({outside})]"):
        for br in item.iter("br"):
            br.tail = " " + (br.tail or "")  # ("... 25 percent<br>from July 1": two words, not one)
        said = " ".join(item.text_content().split())
        # (not one the extractor kept, whole or in parts: "... 25 percent<br>from July 1")
        if len(said.split()) >= KEY_POINT_WORDS and KEY_POINT.search(said) and said not in flat \
                and said[:KEY_POINT_PREFIX] not in flat \
                and not item.xpath(".//a[string-length(normalize-space(.)) > 20]"):
            missing.append((item, said))
    if not missing:
        return text
    paragraphs = text.split("\n")
    for item, said in reversed(missing):
        # (after the last extracted paragraph that comes before the item in the page)
        before = [" ".join(p.text_content().split()) for p in item.xpath("preceding::p")]
        at = max((i for i, paragraph in enumerate(paragraphs) if any(b and b[:80] in paragraph for b in before[-3:])),
                 default=-1)
        paragraphs.insert(at + 1, said)
    return "\n".join(paragraphs)
