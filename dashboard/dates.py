"""Date expressions in text: found by our own patterns, parsed by dateparser,
resolved against the publication date by our own rules.

`search_dates` over whole texts is not used: it reads "We" as a Wednesday and
"Su-57" as 1957.  Here a candidate must look like a date (a month name with a
day or year, a weekday, "five days ago", "in 2022"...), and only the candidate
string goes to dateparser.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

from dateparser.date import DateDataParser

# --- vocabulary ---------------------------------------------------------------

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "october": 10,
    "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
URDU_MONTHS = {
    "جنوری": 1, "فروری": 2, "مارچ": 3, "اپریل": 4, "مئی": 5, "جون": 6,
    "جولائی": 7, "اگست": 8, "ستمبر": 9, "اکتوبر": 10, "نومبر": 11, "دسمبر": 12,
}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}
URDU_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")


def _capitalised(words) -> str:
    """Alternation of Capitalised and UPPER forms: lower-case "may" or "march" is not a month."""
    forms = {f for w in words for f in (w.capitalize(), w.upper())}
    return "|".join(sorted(forms, key=len, reverse=True))


MON = rf"(?:{_capitalised(MONTHS)})\.?(?![A-Za-z])"
WD = rf"(?:{_capitalised(WEEKDAYS)})(?![A-Za-z])"
UMON = "|".join(URDU_MONTHS)
DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
YEAR = r"(?P<year>(?:1[89]|20)\d{2})(?![\d/-]|[.,]\d)"
WD_PREFIX = rf"(?:(?P<wd>{WD}),?\s+(?:the\s+)?)?"
PREP = r"in|since|until|till|by|during|from|before|after|through|around|on|of"
MONTH_PREP = r"in|since|until|till|by|during|from|before|after|through|around|last|next|this|coming|In|Since|By|Last|Next|This"
MOD = r"early|late|mid-?|end of|the end of|beginning of|the beginning of|start of|the start of"

# Each pattern names its kind; overlapping finds keep the longest.
PATTERNS: list[tuple[str, re.Pattern]] = [
    ("iso", re.compile(r"(?<![\d-])(?P<year>(?:19|20)\d{2})-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?![\d-])")),
    ("mdy", re.compile(rf"{WD_PREFIX}(?P<mon>{MON})\s*{DAY},?\s*{YEAR}")),
    ("dmy", re.compile(rf"{WD_PREFIX}(?<![\d.,]){DAY}\s+(?:of\s+)?(?P<mon>{MON}),?\s*{YEAR}")),
    ("urdu", re.compile(rf"(?<![\d۰-۹])(?P<day>[0-9۰-۹]{{1,2}})\s*(?P<mon>{UMON})(?:\s*،)?(?:\s*(?P<year>[0-9۰-۹]{{4}}))?(?:\s*ء)?")),
    ("md", re.compile(rf"{WD_PREFIX}(?P<mon>{MON})\s*{DAY}(?!\d|:\d|\s*-\s*\d)")),
    ("dm", re.compile(rf"{WD_PREFIX}(?<![\d.,:]){DAY}\s+(?:of\s+)?(?P<mon>{MON})")),
    ("my", re.compile(rf"(?:\b(?P<prep>{PREP})\s+)?(?:(?P<mod>{MOD})\s*)?(?P<mon>{MON}),?\s+{YEAR}")),
    ("m", re.compile(
        rf"\b(?:(?P<prep>{MONTH_PREP})\s+)(?:(?P<mod>{MOD})\s*)?"
        rf"(?P<mon>{MON})(?:,?\s+(?P<rel>last year|this year|next year))?")),
    ("m", re.compile(rf"(?:(?P<mod>{MOD})[\s-]*)(?P<mon>{MON})(?:,?\s+(?P<rel>last year|this year|next year))?")),
    ("m", re.compile(rf"(?P<mon>{MON}),?\s+(?P<rel>last year|this year|next year)")),
    ("y", re.compile(rf"\b(?P<prep>{PREP}|In|Since|By|the year)\s+(?:(?P<mod>{MOD})\s*)?(?:the\s+year\s+)?{YEAR}")),
    ("y", re.compile(rf"(?<![\d,.])(?:the\s+)?{YEAR}(?=\s+(?:general\s+)?(?:elections?|polls|vote|census|budget)\b)")),
    ("weekday", re.compile(
        rf"(?:\b(?P<wmod>last|next|this|coming|past|previous|on|Last|Next|This|On)\s+)?(?P<wd>{WD})"
        r"(?P<poss>['’]s)?(?:\s+(?P<part>morning|afternoon|evening|night))?")),
    ("relday", re.compile(
        r"(?<![A-Za-z])(?P<rel>(?:earlier|later)\s+today|today|tonight|yesterday|tomorrow"
        r"|this\s+(?:morning|afternoon|evening)|last\s+night|the\s+day\s+before\s+yesterday"
        r"|the\s+day\s+after\s+tomorrow)(?P<poss>['’]s)?(?![A-Za-z])", re.IGNORECASE)),
    ("ago", re.compile(
        r"\b(?P<n>\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
        r"(?P<unit>day|week|month|year)s?\s+ago\b", re.IGNORECASE)),
    ("period", re.compile(r"\b(?P<which>last|this|next)\s+(?P<unit>month|year)\b", re.IGNORECASE)),
]
ABSOLUTE_KINDS = {"iso", "mdy", "dmy", "urdu", "md", "dm"}
_YEARISH = re.compile(r"(?:1[89]|20)\d\d")
_ARABIC = re.compile("[\u0600-\u06ff]")
# Month names are capitalised (lower-case "may" and "march" are not months).
_MONTH_STEMS = tuple(stem for s in ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
                     for stem in (s, s.upper()))


def _open_gates(text: str) -> set[str]:
    """Which kinds of pattern could match: substring tests that may say yes wrongly but
    never no wrongly, so most paragraphs skip most patterns."""
    lower = text.lower()
    gates = set()
    if any(stem in text for stem in _MONTH_STEMS):
        gates.add("month")
    if "day" in lower:
        gates.add("weekday")
    if "day" in lower or "night" in lower or "tomorrow" in lower or "morning" in lower or "noon" in lower \
            or "evening" in lower:
        gates.add("relday")
    if "ago" in lower:
        gates.add("ago")
    if "month" in lower or "year" in lower:
        gates.add("period")
    if _YEARISH.search(text):
        gates.add("year")
    if _ARABIC.search(text):
        gates.add("urdu")
    return gates


GATE_OF_KIND = {"iso": "year", "mdy": "month", "dmy": "month", "urdu": "urdu", "md": "month", "dm": "month",
                "my": "month", "m": "month", "y": "year", "weekday": "weekday", "relday": "relday",
                "ago": "ago", "period": "period"}
PAREN_AFTER = re.compile(r"\s*\(\s*")
PAREN_CLOSE = re.compile(r"\s*\)")

# Words that say a sentence speaks of the future ("will meet on Monday").
FUTURE_CUE = re.compile(
    r"\b(?:will|shall|going to|set to|due to|is to|are to|to be held|scheduled|slated|plans? to|"
    r"planning to|expected to|upcoming|ahead of|in the run-up to|"
    r"(?:called|summoned|convened|announced)\s+(?:a|an|the|for)\b[^.;]{0,40}?\b(?:meeting|session|"
    r"protest|strike|rally|march|sit-in|conference|hearing|moot))\b|['’]ll\b",
    re.IGNORECASE)
# A verb in the past right before the cue ("met on Monday") settles it as past.
PAST_BEFORE = re.compile(
    r"(?<!be )(?<!will )(?<!to )(?<!been )\b(?:said|told|met|held|was|were|had|did|made|took|gave|won|lost|began|went|came|spoke|wrote|"
    r"left|\w+ed)\s+(?:\w+\s+)?$", re.IGNORECASE)
CLAUSE_BREAK = re.compile(r"[.;:!?\n]|\s(?:and|but|while|whereas)\s|,\s(?:but|while)\s", re.IGNORECASE)


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    kind: str
    value: str | None          # YYYY-MM-DD, YYYY-MM or YYYY; None when it could not be resolved
    precision: str | None      # day | month | year
    problem: str | None = None  # plain words when value is None

    def as_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text, "value": self.value,
                "precision": self.precision, **({"problem": self.problem} if self.problem else {})}


# --- parsing with dateparser ----------------------------------------------------

_parser = DateDataParser(languages=["en", "ur"], settings={
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


# --- finding ------------------------------------------------------------------

@dataclass
class _Candidate:
    start: int
    end: int
    kind: str
    groups: dict
    inner: _Candidate | None = None  # a date in brackets that explains this one


def _candidates(text: str) -> list[_Candidate]:
    found = []
    open_gates = _open_gates(text)
    for kind, pattern in PATTERNS:
        if GATE_OF_KIND[kind] not in open_gates:
            continue
        for m in pattern.finditer(text):
            if m.end() > m.start():
                found.append(_Candidate(m.start(), m.end(), kind, m.groupdict()))
    # Longest first at each place, then drop what overlaps an earlier keeper.
    found.sort(key=lambda c: (c.start, -(c.end - c.start)))
    kept: list[_Candidate] = []
    for c in found:
        if kept and c.start < kept[-1].end:
            continue
        if c.kind == "relday" and c.groups["rel"].lower() == "today" and _after_name(text, c.start):
            continue  # "Pakistan Today", "USA Today" are newspapers
        kept.append(c)
    return _merge_brackets(text, kept)


def _after_name(text: str, start: int) -> bool:
    before = text[max(0, start - 30):start].rstrip()
    word = re.search(r"([A-Za-z]+)$", before)
    return bool(word and word.group(1)[0].isupper() and text[start].isupper()
                and not re.search(r"[.!?:]\s*$", text[max(0, start - 3):start]))


def _merge_brackets(text: str, cands: list[_Candidate]) -> list[_Candidate]:
    """'Saturday (today)', 'tomorrow (Saturday)', 'last Friday (February 23)' are one mention."""
    merged: list[_Candidate] = []
    i = 0
    while i < len(cands):
        c = cands[i]
        if i + 1 < len(cands):
            nxt = cands[i + 1]
            gap = PAREN_AFTER.fullmatch(text, c.end, nxt.start)
            close = PAREN_CLOSE.match(text, nxt.end)
            if gap and close and c.kind in {"weekday", "relday"}:
                merged.append(_Candidate(c.start, close.end(), c.kind, c.groups, inner=nxt))
                i += 2
                continue
        merged.append(c)
        i += 1
    return merged


# --- resolving ------------------------------------------------------------------

def _month_number(token: str) -> int:
    token = token.rstrip(".").lower()
    return MONTHS.get(token) or URDU_MONTHS[token]


def _clause_window(text: str, start: int, end: int) -> tuple[str, str]:
    """The text of the clause before and after a mention."""
    left = text[max(0, start - 160):start]
    breaks = list(CLAUSE_BREAK.finditer(left))
    before = left[breaks[-1].end():] if breaks else left
    right = text[end:end + 160]
    brk = CLAUSE_BREAK.search(right)
    after = right[:brk.start()] if brk else right
    return before, after


def speaks_of_future(text: str, start: int, end: int) -> bool:
    before, after = _clause_window(text, start, end)
    if PAST_BEFORE.search(before):
        return False
    return bool(FUTURE_CUE.search(before) or FUTURE_CUE.search(after[:40]))


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def resolve_weekday(weekday: int, published: date, modifier: str | None, future: bool) -> date:
    """The same weekday means the publication day; otherwise the last one, or the next one
    when the sentence speaks of the future or says 'next'."""
    modifier = (modifier or "").lower()
    back = (published.weekday() - weekday) % 7
    ahead = (weekday - published.weekday()) % 7
    if modifier == "next":
        return published + timedelta(days=ahead or 7)
    if modifier in {"last", "past", "previous"}:
        return published - timedelta(days=back or 7)
    if modifier == "coming" or future:
        return published + timedelta(days=ahead)
    return published - timedelta(days=back)


def resolve_day_month(day_month: date, published: date, future: bool) -> date:
    """A day and month without a year: the latest such date no more than 60 days after
    publication (a near date is this year's), or the next one for future sentences."""
    options = []
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            options.append(day_month.replace(year=year))
        except ValueError:  # 29 February in a common year
            continue
    if future:
        later = [d for d in options if d >= published]
        if later:
            return min(later)
    near = [d for d in options if d <= published + timedelta(days=60)]
    return max(near) if near else min(options)


def resolve_month(month: int, published: date, modifier: str | None, future: bool) -> tuple[int, int]:
    """'in August' in a February article is last August; 'next August' or a future
    sentence takes the coming one."""
    modifier = (modifier or "").lower()
    this_year = published.year
    if modifier == "next" or (future and modifier != "last"):
        return (this_year if month >= published.month else this_year + 1), month
    if modifier == "last":
        return (this_year if month < published.month else this_year - 1), month
    return (this_year if month <= published.month else this_year - 1), month


def _fmt(d: date, precision: str) -> str:
    return {"day": d.isoformat(), "month": d.isoformat()[:7], "year": d.isoformat()[:4]}[precision]


def _resolve(text: str, c: _Candidate, published: date | None) -> tuple[str | None, str | None, str | None]:
    """(value, precision, problem) for one candidate."""
    if c.inner is not None:
        # The most explicit part wins: "tomorrow (Thursday)" is tomorrow,
        # "last Friday (February 23)" is February 23.
        if c.inner.kind in ABSOLUTE_KINDS or (c.inner.kind == "relday" and c.kind != "relday"):
            inner_value = _resolve(text, c.inner, published)
            if inner_value[0] is not None:
                return inner_value
    g = c.groups
    kind = c.kind
    if kind in ABSOLUTE_KINDS:
        if kind == "iso":
            try:
                return date(int(g["year"]), int(g["month"]), int(g["day"])).isoformat(), "day", None
            except ValueError:
                return None, None, f"impossible date '{text[c.start:c.end]}'"
        day = g["day"].translate(URDU_DIGITS)
        month = _month_number(g["mon"])
        year = (g.get("year") or "").translate(URDU_DIGITS)
        if year:
            parsed = parse_date_string(f"{int(day)} {_english_month(month)} {year}")
            if parsed is None:
                return None, None, f"impossible date '{text[c.start:c.end]}'"
            return parsed.isoformat(), "day", None
        parsed = parse_date_string(f"{int(day)} {_english_month(month)}")
        if parsed is None or parsed.month != month:
            return None, None, f"impossible date '{text[c.start:c.end]}'"
        if published is None:
            return None, None, "no year and no publication date to take it from"
        future = speaks_of_future(text, c.start, c.end)
        return resolve_day_month(parsed, published, future).isoformat(), "day", None
    if kind == "my":
        return f"{int(g['year']):04d}-{_month_number(g['mon']):02d}", "month", None
    if kind == "y":
        return f"{int(g['year']):04d}", "year", None

    if published is None:
        return None, None, "relative date and no publication date to resolve it against"
    future = speaks_of_future(text, c.start, c.end)
    if kind == "m":
        month = _month_number(g["mon"])
        rel = (g.get("rel") or "").lower()
        if rel:
            year = published.year + {"last year": -1, "this year": 0, "next year": 1}[rel]
            return f"{year:04d}-{month:02d}", "month", None
        modifier = g.get("prep")
        year, month = resolve_month(month, published, modifier, future)
        return f"{year:04d}-{month:02d}", "month", None
    if kind == "weekday":
        weekday = WEEKDAYS.index(g["wd"].lower())
        resolved = resolve_weekday(weekday, published, g.get("wmod"), future)
        return resolved.isoformat(), "day", None
    if kind == "relday":
        rel = re.sub(r"\s+", " ", g["rel"].lower())
        offset = {"yesterday": -1, "last night": -1, "tomorrow": 1, "the day before yesterday": -2,
                  "the day after tomorrow": 2}.get(rel, 0)
        return (published + timedelta(days=offset)).isoformat(), "day", None
    if kind == "ago":
        n = g["n"].lower()
        count = int(n) if n.isdigit() else NUMBER_WORDS[n]
        unit = g["unit"].lower()
        if unit in {"day", "week"}:
            return (published - timedelta(days=count * (7 if unit == "week" else 1))).isoformat(), "day", None
        if unit == "month":
            y, m = _shift_month(published.year, published.month, -count)
            return f"{y:04d}-{m:02d}", "month", None
        return f"{published.year - count:04d}", "year", None
    if kind == "period":
        delta = {"last": -1, "this": 0, "next": 1}[g["which"].lower()]
        if g["unit"].lower() == "year":
            return f"{published.year + delta:04d}", "year", None
        y, m = _shift_month(published.year, published.month, delta)
        return f"{y:04d}-{m:02d}", "month", None
    raise AssertionError(kind)


def _english_month(month: int) -> str:
    return date(2000, month, 1).strftime("%B")


def find_dates(text: str, published: date | None) -> list[DateMention]:
    """Every date expression in `text`, resolved against `published` where needed."""
    mentions = []
    for c in _candidates(text):
        value, precision, problem = _resolve(text, c, published)
        mentions.append(DateMention(c.start, c.end, text[c.start:c.end], c.kind, value, precision, problem))
    return mentions


def period_bounds(value: str, precision: str) -> tuple[date, date]:
    """First and last day covered by a value of the given precision."""
    if precision == "day":
        d = date.fromisoformat(value)
        return d, d
    if precision == "month":
        y, m = int(value[:4]), int(value[5:7])
        ny, nm = _shift_month(y, m, 1)
        return date(y, m, 1), date(ny, nm, 1) - timedelta(days=1)
    y = int(value[:4])
    return date(y, 1, 1), date(y, 12, 31)
