"""A folder of articles -> articles, events, happenings and tallies DataFrames.

`parse_article` reads one file (given the actor list; the event types and language
resources it reads are part of the cache's fingerprint), so it can be cached and run in
parallel; `load_corpus` reads a folder and adds what needs every article at once:
duplicates, and the happenings that several articles report.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

import pandas as pd
import pyarrow as pa

from . import cache, languages, schema, urls
from .actors import ActorMatcher, default_matcher
from .dates import (
    WRITTEN_YEAR_RX,
    DateMention,
    clause_status,
    clause_tense,
    find_dates,
    names_a_vote,
    narrative_anchor,
    news_day,
    period_bounds,
    timeline_entry,
    title_timeline_start,
    year_heading,
)
from .events import TypeRules, lead_context, load_type_rules, sentence_events
from .happenings import MergeRoles, assign_happenings
from .layout import MAY_BE_SAVED, NO_PUBLICATION_DATE, SAVED_DATE_LINE, YEAR_GUESSED, Layout, analyse, extract_html
from .phrases import tokenize
from .progress import Progress
from .reading import SourceFile, discover
from .sentences import split_sentences
from .story import DEFAULT_STORY_DIR, Story, default_story, load_story, words_pattern
from .tallies import TallyReader
from .undated import (
    LEAD_PARAGRAPHS,
    NO_DATE,
    infer_published,
    stated_as_of,
    stated_by_count,
    stated_by_week,
    stated_by_years_since,
    stated_today,
)

LOADER_VERSION = "3"  # 3: events carry date_end and status; dates from language folders
MIN_FINGERPRINT_CHARS = 40
DUPLICATE_SHARE = 0.8
PARALLEL_MIN_FILES = 200
# The most events one file may yield: bounds what a hostile or broken file can cost.
MAX_EVENTS_PER_FILE = 2000
LEAD_CHARS = 3000  # of the lead, read for the context it sets (bounded on a page with no paragraphs)

# Kept for the modules that import them; schema.py is where columns are defined.
ARTICLE_COLUMNS = schema.names("articles")
EVENT_COLUMNS = schema.names("events")
EVENT_OUTPUT_COLUMNS = EVENT_COLUMNS
HAPPENING_COLUMNS = schema.names("happenings")
TALLY_COLUMNS = schema.names("tallies")
date_label = schema.format_date


class CorpusError(Exception):
    """The folder itself cannot be read (it does not exist, or is not a folder)."""


@dataclass(frozen=True, eq=False)
class Knowledge:
    """What the loader knows of one story, built once: its actors, its trigger and keyword
    rules, and the story itself (types, outlets, tally words).  Every stage takes it."""

    story: Story
    matcher: ActorMatcher
    rules: TypeRules

    @property
    def outlets_file(self) -> str:
        return str(self.story.folder / "outlets.json")

    @property
    def is_default(self) -> bool:
        """The shipped story with its own actor list: its files are in the cache's fingerprint."""
        return self.matcher is default_matcher() and self.story.folder == DEFAULT_STORY_DIR.resolve()


_KNOWLEDGE: dict[tuple[str, str], Knowledge] = {}


def knowledge_for(story: Story | None = None, matcher: ActorMatcher | None = None) -> Knowledge:
    """The loader's knowledge of `story` (default: the shipped one); `matcher` replaces the
    story's own actor list (a custom list, as a notebook may pass)."""
    story = story or default_story()
    key = (str(story.folder), story.fingerprint)
    if key not in _KNOWLEDGE:
        default = story.folder == DEFAULT_STORY_DIR.resolve()
        own = default_matcher() if default else ActorMatcher(story.folder / "actors.json")
        rules = load_type_rules() if default else load_type_rules(str(story.folder / "event_types.json"))
        _KNOWLEDGE[key] = Knowledge(story, own, rules)
    known = _KNOWLEDGE[key]
    return known if matcher is None or matcher is known.matcher else Knowledge(story, matcher, known.rules)


@dataclass
class ParsedArticle:
    """Everything one file yields; plain data, so that it can be cached as JSON."""

    article: dict
    events: list[dict] = field(default_factory=list)
    tallies: list[dict] = field(default_factory=list)
    text: str = ""
    paragraphs: list[tuple[int, int]] = field(default_factory=list)
    fingerprints: list[bytes] = field(default_factory=list)  # of its longer sentences, for duplicates

    def to_plain(self) -> dict:
        return {"article": self.article, "events": self.events, "tallies": self.tallies, "text": self.text,
                "paragraphs": self.paragraphs, "fingerprints": self.fingerprints}

    @classmethod
    def from_plain(cls, plain: dict) -> ParsedArticle:
        """Raises (KeyError, TypeError, ValueError) on data of the wrong shape."""
        article = plain["article"]
        if not isinstance(article, dict) or not isinstance(article["problems"], list):
            raise TypeError("article is not a record")
        events, tallies = list(plain["events"]), list(plain["tallies"])
        if not all(isinstance(e, dict) and isinstance(e["actors"], list) for e in events):
            raise TypeError("events are not records")
        if not all(isinstance(t, dict) for t in tallies):
            raise TypeError("tallies are not records")
        text = plain["text"]
        if not isinstance(text, str):
            raise TypeError("text is not a string")
        paragraphs = [(int(s), int(e)) for s, e in plain["paragraphs"]]
        fingerprints = [bytes(f) for f in plain["fingerprints"]]
        return cls(article, events, tallies, text, paragraphs, fingerprints)


@dataclass
class Corpus:
    folder: Path
    articles: pd.DataFrame
    events: pd.DataFrame
    tallies: pd.DataFrame
    texts: dict[str, str]                           # article id -> text the offsets index
    paragraphs: dict[str, list[tuple[int, int]]]    # article id -> kept body spans
    happenings: pd.DataFrame = field(default_factory=lambda: schema.empty("happenings"))
    parsed: int = 0       # files parsed by this load
    from_cache: int = 0   # files whose parse came from the cache
    story: Story = field(default_factory=default_story)  # what the corpus is about (types, labels, colours)

    def article(self, article_id: str) -> dict | None:
        rows = self.articles[self.articles["id"] == article_id]
        return None if rows.empty else rows.iloc[0].to_dict()

    @property
    def read_summary(self) -> str:
        """The last line every reading command writes to stderr."""
        return f"read {len(self.articles)} files: {self.parsed} parsed, {self.from_cache} from cache"


def article_id(relpath: str) -> str:
    """Stable, URL-safe id: a readable slug of the name plus a short hash of the path."""
    stem = Path(relpath).stem
    slug = re.sub(r"[^a-z0-9]+", "-", stem.lower()).strip("-")[:40] or "article"
    return f"{slug}-{hashlib.sha1(relpath.encode('utf-8')).hexdigest()[:6]}"


def event_id(aid: str, sentence: str, cue: str, occurrence: int = 1) -> str:
    """From content, not offsets: the same sentence and cue keep their id wherever the
    sentence moves in its article.  `occurrence` tells exact repeats apart."""
    content = _id_content(sentence, cue)
    if occurrence > 1:
        content += f"\0{occurrence}"
    return f"{aid}-{hashlib.sha1(content.encode('utf-8')).hexdigest()[:10]}"


def _id_content(sentence: str, cue: str) -> str:
    """Blind to case and spacing."""
    return f"{' '.join(sentence.lower().split())}\0{' '.join((cue or '').lower().split())}"


def complete_events(events: list[dict], aid: str) -> None:
    """Stable ids, and the contract's fields the extraction may leave out."""
    seen: Counter = Counter()
    for event in events:
        cue = event.get("cue") or ""
        content = _id_content(event["sentence"], cue)
        seen[content] += 1
        event["event_id"] = event_id(aid, event["sentence"], cue, seen[content])
        if not event.get("date_end"):
            event["date_end"] = _period_end(event["date"], event["precision"])
        event.setdefault("status", "happened")
        event.setdefault("trigger", "")
        event.setdefault("corrected", False)
        event.pop("page", None)  # routes are built from ids when the corpus is assembled


def _period_end(value: str, precision: str) -> str:
    if precision == "week":
        return schema.week_bounds(value)[1].isoformat()
    return period_bounds(value, precision)[1].isoformat()


def parse_article(source: SourceFile, knowledge: Knowledge | ActorMatcher | None = None, *,
                  folder_years=None) -> ParsedArticle:
    """Read one file into its article row, events and tallies, with what the loader knows of
    the story (`knowledge`; an actor list alone means the default story with that list).
    `folder_years` (the folder's other publication years) settle a dateline without a year."""
    if not isinstance(knowledge, Knowledge):
        knowledge = knowledge_for(matcher=knowledge)
    aid = article_id(source.relpath)
    row = {"article": source.relpath, "id": aid, "title": None, "outlet": None,
           "published": None, "published_from": None, "dateline": None, "language": None, "n_events": 0,
           "status": "ok", "problems": list(source.problems), "kind": source.kind, "size": source.size}
    if source.fatal or source.text is None:
        row["status"] = "error"
        return ParsedArticle(row)

    text, html_meta = source.text, None
    if source.kind == "html":
        text, html_meta, problem = extract_html(source.text)
        if problem:
            row["problems"].append(problem)
            row["status"] = "error"
            return ParsedArticle(row)
    text = languages.fold_letters(text)  # (one letter for one: offsets into the file's text hold)
    layout = analyse(text, html_meta=html_meta, folder_years=folder_years, outlets_file=knowledge.outlets_file,
                     file_name=source.relpath)
    story_start = min((h.day for h in knowledge.story.calendar), default=None)
    if not folder_years and _guessed_before(layout, story_start):
        # A yearless dateline's year guessed from the article's background years ("since August 5, 2019")
        # before the story began: the story's years are the folder's until the folder says otherwise.
        story_years = sorted({h.day.year for h in knowledge.story.calendar})
        again = analyse(text, html_meta=html_meta, folder_years=story_years, outlets_file=knowledge.outlets_file,
                        file_name=source.relpath)
        if again.published is not None and story_start <= again.published <= date.today() \
                and again.published.weekday() == layout.published.weekday():
            layout = again  # (the same weekday: the first guess's weekdays, if the lead writes one, still fit)
    if (layout.published is None and layout.partial_published is None) or layout.saved_day:
        _date_from_calendar(layout, knowledge)
    elif layout.other_reading is not None:
        _order_from_calendar(layout, knowledge)
    elif story_start is not None and _may_be_year_off(layout, story_start):
        _year_from_calendar(layout, knowledge)
    elif layout.published_from in YEAR_GUESSED:
        _calendar_year_of_the_day(layout, knowledge)
    row.update(title=layout.title, outlet=layout.outlet, dateline=layout.dateline, language=layout.language,
               published=layout.published, published_from=layout.published_from)
    row["problems"] += layout.problems
    if layout.partial_published:
        row["partial_published"] = list(layout.partial_published)  # for the folder's years (load_corpus)
    events, tallies, date_problems, fingerprints = _read_body(layout, aid, source.relpath, knowledge)
    complete_events(events, aid)
    for tally in tallies:
        tally.pop("page", None)
    for problem in date_problems:
        if problem not in row["problems"]:
            row["problems"].append(problem)
    row["n_events"] = len(events)
    if row["problems"]:
        row["status"] = "warning"
    return ParsedArticle(row, events, tallies, text, layout.paragraphs, fingerprints)


DIGIT = re.compile(r"\d")  # any script's digits
SAVED_DAY_REACH = 7  # days: a date bar this near the calendar's day may be the page's own
STORY_CALENDAR = "story calendar"  # published_from of a day inferred by undated.infer_published
TODAY_IN_TEXT = "today in the text"  # ... of the day an undated page calls today (undated.stated_today)


def _date_from_calendar(layout: Layout, knowledge: Knowledge) -> None:
    """A page that prints no date: the day it calls today ("today, November 24"), else the day of
    the story's happening it reports (see undated); nothing for a page in no language we read.  A
    page whose only date is a bare one above the headline (`saved_day`) takes that day instead when
    the date bar is more than a week from it: "Sunday, May 19, 2024" over a report that Gandapur
    "on Friday was elected chief minister" is the day the page was saved."""
    if layout.language not in languages.available():
        return
    known_days = knowledge.story.known_day_map()  # (one map for every reading below)
    stated = stated_today(layout.text, layout.paragraphs, knowledge.story.calendar, layout.language,
                          title=layout.title, not_words=knowledge.story.calendar_not_words,
                          return_words=knowledge.story.calendar_return_words, known_days=known_days)
    found, source = stated, TODAY_IN_TEXT
    if found is None:
        found = stated_as_of(layout.text, layout.paragraphs, layout.language, title=layout.title)
    if found is None:
        found = stated_by_years_since(layout.text, layout.paragraphs, layout.language, title=layout.title,
                                      known_days=known_days, calendar=knowledge.story.calendar)
    if found is None:
        found, source = _reported_happening(layout, knowledge), STORY_CALENDAR
    if found is None:
        # (after the calendar: a report of Friday's vote may recall Thursday's sitting by its count)
        found, source = stated_by_count(layout.text, layout.paragraphs, layout.language, title=layout.title,
                                        known_days=known_days, calendar=knowledge.story.calendar), TODAY_IN_TEXT
    if found is None:
        found, source = stated_by_week(layout.text, layout.paragraphs, layout.language, title=layout.title,
                                       known_days=known_days), TODAY_IN_TEXT
    if found is None:
        return
    why = NO_DATE
    if layout.saved_day:
        # (only a day the page names for the happening outweighs the date bar: "Shehbaz Sharif,
        # elected prime minister in March, meets ..." in a lead says nothing of when it was written)
        if abs((found.day - layout.published).days) <= SAVED_DAY_REACH or not found.named:
            return
        near = [h for h in knowledge.story.calendar if 0 <= (layout.published - h.day).days <= SAVED_DAY_REACH]
        if source == STORY_CALENDAR and near and (done := _reported_happening(layout, knowledge, calendar=near)) is not None \
                and not done.to_come:
            # (the page reports a happening of the date bar's week as well, "سپریم کورٹ نے آج ... فیصلہ معطل کر دیا"
            # under "پیر 06 مئی 2024": the court's order of that Monday, not its verdict of July)
            return
        layout.problems = [p for p in layout.problems if not p.endswith(MAY_BE_SAVED)]
        why = f"the date above the headline ({layout.published.isoformat()}) is taken as the day the page was saved"
    layout.published, layout.published_from = found.day, source
    layout.problems = [p for p in layout.problems if p != NO_PUBLICATION_DATE]
    layout.problems.append(found.problem(why))


def _reported_happening(layout: Layout, knowledge: Knowledge, without_dateline: bool = False, calendar=None):
    """The story's calendar happening the page reports, and the day it gives the page (undated.infer_published).
    `without_dateline`: the dateline's date is the very day in question, no other time in the lead.  `calendar`:
    the happenings to choose among (default: the story's calendar)."""
    story = knowledge.story
    text = layout.text
    if without_dateline and layout.dateline_span:
        start, end = layout.dateline_span
        text = text[:start] + " " * (end - start) + text[end:]
    return infer_published(text, layout.paragraphs, story.calendar if calendar is None else calendar, layout.language,
                           story.known_day_map(),
                           title=layout.title, not_words=story.calendar_not_words,
                           return_words=story.calendar_return_words, stamps=layout.stamps,
                           ongoing=story.ongoing if calendar is None else (), ongoing_not_words=story.ongoing_not_words)


def _guessed_before(layout: Layout, story_start: date | None) -> bool:
    """Whether a dateline's guessed year puts the page before the story's first happening."""
    return story_start is not None and layout.published is not None and layout.published_from in YEAR_GUESSED \
        and layout.published < story_start


def _may_be_year_off(layout: Layout, story_start: date) -> bool:
    """Only a day older than the story may be wrong: a guessed year of the story's own stands, and a
    saved page's date line only in the story's first year (a page dated 2022 or 2008 that reports a
    prime minister's or a president's election is an old report of an earlier one, not of the story's)."""
    if layout.published is None or layout.published >= story_start:
        return False  # (a date line with no year is the folder's to settle: load_corpus)
    if layout.published_from in YEAR_GUESSED:
        return True
    return layout.published_from == SAVED_DATE_LINE and layout.published.year == story_start.year


LINE_CONTRADICTED = 31  # days: a saved page's date line this long before what it reports as done is wrong


def _year_from_calendar(layout: Layout, knowledge: Knowledge) -> None:
    """A day older than the story, whose year the page does not write (a dateline's "Feb 10", its year
    taken from elsewhere) or from the saved page's own date line, before the story's happening the page
    reports as done: the year is wrong.  A dateline's day takes the year that puts it in the month after the happening
    ("WASHINGTON, Feb 10" over the Western governments' concerns of 9 February 2024 is 2024, not
    2023); a date line more than a month before it gives way to the happening's day ("2024-01-01"
    over Maryam Nawaz's oath as chief minister)."""
    if layout.language not in languages.available():
        return
    found = _reported_happening(layout, knowledge, without_dateline=True)
    stated = layout.published
    if layout.published_from in YEAR_GUESSED and _year_of_an_announcement(layout, found):
        return
    if found is None or found.to_come or found.happening.day <= stated:
        return
    if layout.published_from == SAVED_DATE_LINE:
        if (found.happening.day - stated).days <= LINE_CONTRADICTED:
            return
        day, source = found.day, STORY_CALENDAR
    else:
        happening = found.happening.day
        day = next((d for year in (happening.year, happening.year + 1)
                    if (d := _same_day_in(stated, year)) is not None and 0 <= (d - happening).days <= LINE_CONTRADICTED), None)
        if day is None:
            return
        source = layout.published_from
    layout.published, layout.published_from = day, source
    layout.problems.append(f"the page's date {stated.isoformat()} is before what it reports as done, "
                           f"{found.happening.about} ({found.happening.day.isoformat()}); {day.isoformat()} is taken")


def _calendar_year_of_the_day(layout: Layout, knowledge: Knowledge) -> None:
    """A dateline's day whose year was guessed ("KARACHI, Sept 26" under a page that names July 2023 and June 2025)
    takes the year of the story's happening the page reports, when the calendar ties the page to that very day
    ("approved a $7 billion loan programme late on Wednesday": the IMF board's approval of 25 September 2024, so
    the page is of 26 September 2024)."""
    if layout.language not in languages.available():
        return
    found = _reported_happening(layout, knowledge, without_dateline=True)
    stated = layout.published
    if found is None and stated is not None and layout.published_from == FOLDER_YEARS \
            and (day := _year_of_a_written_day(layout, knowledge, stated)) is not None:
        layout.published, layout.published_from = day, CALENDAR_YEAR
        layout.problems.append(f"the dateline's day has no year; a day of the story's calendar the page writes "
                               f"without its year puts it in {day.year}, not {stated.year}")
        return
    if found is None and stated is not None:
        # (two rounds of by-elections, "Sunday's by-elections" under "ISLAMABAD, Nov 24": only the one of a week
        # before the dateline's day in some year may be the page's)
        near = [h for h in knowledge.story.calendar if _days_before_month_day(h.day, stated) is not None]
        found = _reported_happening(layout, knowledge, without_dateline=True, calendar=near) if near else None
    if found is not None and stated is not None and not found.to_come \
            and (found.day.month, found.day.day) != (stated.month, stated.day):
        # (a happening the page reports as done within the week before the dateline's day: that day in its year, when
        # only the folder's years chose the year; not over a weekday of the page that fits it, "observed a black day on
        # Saturday" under "LAHORE, Feb 10": 2024's Saturday, not the anniversary of 2025)
        if layout.published_from != FOLDER_YEARS:
            return
        gap = _days_before_month_day(found.day, stated)
        day = found.day + timedelta(days=gap) if gap is not None else None
        if day is not None and day.year != stated.year:
            layout.published = day
            layout.problems.append(f"the dateline's day has no year; the story's {found.happening.about} "
                                   f"({found.happening.day.isoformat()}), which the page reports, puts it in "
                                   f"{day.year}, not {stated.year}")
        return
    if _year_of_an_announcement(layout, found):
        return
    if found is None or found.to_come or stated is None or found.day == stated \
            or (found.day.month, found.day.day) != (stated.month, stated.day):
        return
    # (not a year before what the page tells as done: "The board had completed the first review in May 2025")
    # (a time of an act, "in May 2025"; not a period's name, "the fiscal year ending June 2025")
    prepositions = {w.lower() for w in languages.load(layout.language).data.get("prepositions", [])}
    if any(m.value and m.date_start > found.day.isoformat() and WRITTEN_YEAR_RX.search(m.text)
           and ({w.lower() for w in re.findall(r"\w+", layout.text[max(0, m.start - 20):m.start])[-1:]}
                | {m.text.split()[0].lower()}) & prepositions
           and clause_tense(layout.text, m.start, m.end, layout.language) == "past"
           for m in find_dates(layout.text, stated, language=layout.language)):
        return
    layout.published = found.day
    layout.problems.append(f"the dateline's day has no year; the story's {found.happening.about} "
                           f"({found.happening.day.isoformat()}) puts it in {found.day.year}, not {stated.year}")


FOLDER_YEARS = "dateline + folder years"  # published_from of a dateline's day whose year only the folder chose
WRITTEN_DAY_REACH = 120  # days: a calendar day the page writes without a year is at most this long before the page
YEAR_QUALIFIER_GAP = 3  # characters between a written day and a year that qualifies it ("March 22 last year")
CALENDAR_YEAR = "dateline + story calendar"  # published_from of a yearless dateline whose year a calendar day gave


def _year_of_a_written_day(layout: Layout, knowledge: Knowledge, stated: date) -> date | None:
    """The dateline's day in the year of a calendar happening the page names by its words and writes by its month and
    day, no year ("Mahrang Baloch, who was arrested in Quetta on March 22" under "Quetta, April 4 (ANI)": the arrest of
    22 March 2025 puts the page in 2025), when every such happening agrees on one year; else None."""
    if layout.language not in languages.available():
        return None
    # (not a known day of the story itself, which its reports name for years, "the February 8 general elections": it
    # says no year; another happening on its month and day still does, the IMF board's review of May 9, 2025)
    known = {k.day for k in knowledge.story.known_days}
    years = set()
    for p_start, p_end in layout.paragraphs:
        for s_start, s_end in split_sentences(layout.text, p_start, p_end):
            sentence = layout.text[s_start:s_end]
            happenings = [h for h in knowledge.story.calendar if h.find(sentence) is not None and h.day not in known]
            if not happenings:
                continue
            mentions = find_dates(sentence, stated, language=layout.language)
            for m in mentions:
                if m.precision != "day" or not m.value or WRITTEN_YEAR_RX.search(m.text) \
                        or any(n.precision == "year" and 0 <= n.start - m.end <= YEAR_QUALIFIER_GAP for n in mentions):
                    continue  # (nor one a year qualifies, "on March 22 in 2025")
                written = date.fromisoformat(m.value)
                bare_year = stated.year - ((written.month, written.day) > (stated.month, stated.day))
                if written.year != bare_year:
                    continue  # (nor one its own words put in another year, "March 22 last year")
                for h in happenings:
                    if (h.day.month, h.day.day) != (written.month, written.day):
                        continue
                    for year in (h.day.year, h.day.year + 1):
                        try:
                            page = stated.replace(year=year)
                        except ValueError:
                            continue
                        if 0 <= (page - h.day).days <= WRITTEN_DAY_REACH:
                            years.add(year)
    if len(years) != 1:
        return None
    try:
        day = stated.replace(year=years.pop())
    except ValueError:
        return None
    return day if day != stated and day <= date.today() else None


def _days_before_month_day(day: date, stated: date) -> int | None:
    """How many days `day` lies before the stated page day's month and day in the same or the next year, when
    a week at most; else None."""
    for year in (day.year, day.year + 1):
        same = _same_day_in(stated, year)
        if same is not None and 0 <= (same - day).days <= NEAR_DATELINE_DAYS:
            return (same - day).days
    return None


NEAR_DATELINE_DAYS = 7  # a report of a happening under a dateline up to a week after it
ANNOUNCED_REACH = 7  # days: a page announcing a happening this soon after its dateline's day is of that year


def _year_of_an_announcement(layout: Layout, found) -> bool:
    """A dateline's day whose year was guessed, on a page that announces one of the story's happenings for the week
    after that day in another year ("Islamabad, Feb 7 (PTI) ... will hold a public rally on Saturday to mark the
    first anniversary": 8 February 2025), takes that year.  Whether it did."""
    stated = layout.published
    if found is None or not found.to_come or stated is None or found.happening.day.year == stated.year:
        return False
    day = _same_day_in(stated, found.happening.day.year)
    if day is None or not 0 < (found.happening.day - day).days <= ANNOUNCED_REACH:
        return False
    layout.published = day
    layout.problems.append(f"the dateline's day has no year; the story's {found.happening.about} "
                           f"({found.happening.day.isoformat()}), which the page announces, puts it in "
                           f"{day.year}, not {stated.year}")
    return True


def _same_day_in(day: date, year: int) -> date | None:
    try:
        return day.replace(year=year)
    except ValueError:  # 29 February
        return None


def _order_from_calendar(layout: Layout, knowledge: Knowledge) -> None:
    """A header date of all numbers that may be read either way ("03/05/2024"): the other reading
    when the story's happening the page reports on a day it names from publication is of that day
    or the week before it, and not of the first reading's ("Also on Monday, the Election Commission
    rejected the Council's request for seats reserved for women" is a report of 5 March, not of 3
    May).  A happening told with no such day ("Zardari, elected in March, signed ...") may be
    background, and changes nothing."""
    if layout.language not in languages.available():
        return
    found = _reported_happening(layout, knowledge)
    first, other = layout.published, layout.other_reading
    if found is None or not found.named or not 0 <= (other - found.day).days <= SAVED_DAY_REACH \
            or 0 <= (first - found.day).days <= SAVED_DAY_REACH:
        return
    layout.published = other
    layout.problems = [p for p in layout.problems if not (p.endswith(MAY_BE_SAVED) and first.isoformat() in p)]
    layout.problems.append(f"the date above the article could be read either way; {other.isoformat()} is "
                           f"taken, as the page reports {found.happening.about} ({found.happening.day.isoformat()})")


def _year_anchor(layout: Layout, known_days: dict, story_years: tuple[int, ...]) -> date | None:
    """On a page with no date: the latest day it tells as done with its year written, by the
    story's name of it ("the February 8 elections") or by its weekday ("Tuesday, February 20"),
    for the years of its yearless days."""
    latest = None
    for start, end in layout.paragraphs:
        if not DIGIT.search(layout.text, start, end):
            continue  # (a day with its year, or the story's "February 8", is written with digits)
        for m in find_dates(layout.text[start:end], None, language=layout.language, known_days=known_days,
                            numeric_order=layout.numeric_order, story_years=story_years):
            span = layout.dateline_span
            if m.value and m.precision == "day" and m.status != "planned" and not (
                    span and span[0] <= start + m.start and start + m.end <= span[1]):
                day = date.fromisoformat(m.date_end or m.value)
                latest = day if latest is None or day > latest else latest
    return latest


REPORTED_VOTE_REACH = 400  # days: a vote named this long before a report may still be the one it is about


@lru_cache(maxsize=8)
def _vote_day_words(language: str):
    """The language's words for the day of a vote ("polling day"), compiled once; None if it has none."""
    words = languages.load(language).data.get("vote_day_words") if language in languages.available() else None
    return words_pattern(words) if words else None


def _reported_vote(layout: Layout, published: date | None, known_days: dict) -> date | None:
    """The day of the vote a report that speaks of "polling day" is about: the first day it names as a
    vote's ("Sunday's by-elections"), else the first it dates that is the story's own day of a vote (its
    known day with bare nouns: "Pakistanis queued on 8th February, 2024").  None for a report with no
    such words (most: they are not read twice)."""
    said = _vote_day_words(layout.language)
    if said is None or not said.search(layout.text):
        return None
    body = "\n\n".join(layout.text[a:b] for a, b in layout.paragraphs)  # (not a headline's or a masthead's dates)
    found = find_dates(body, published, language=layout.language, known_days=known_days)
    # (a vote named before the report first says "polling day" is its vote; one named only later in
    # the report, or long before it, "In the July 25, 2018 elections", is background)
    first_said = next((m.start for m in found if m.kind == "voteday"), len(body))
    recent = [(m, day) for m in found if (day := names_a_vote(body, m))
              and (published is None or 0 <= (published - day).days <= REPORTED_VOTE_REACH or day > published)]
    named = next((day for m, day in recent if m.start < first_said), None) or next((day for _, day in recent), None)
    if named is not None:
        return named
    # the story's own vote the report dates, when it names no other ("the by-elections", "the Senate")
    votes = {k.day: k for k in known_days.values() if k.bare_nouns}
    return next((day for m in found if m.precision == "day" and m.value and m.date_start == m.date_end
                 and (day := date.fromisoformat(m.value)) in votes
                 and not (votes[day].bare_not_words and words_pattern(votes[day].bare_not_words).search(body))), None)


def _read_body(layout: Layout, aid: str, relpath: str, knowledge: Knowledge):
    """Events, tallies, date problems and fingerprints of the body.  Linear in its size: each
    paragraph's dates are found once and handed to its sentences by a moving index; the date
    a narrative set ("the next day") carries across sentences and paragraphs; at most
    MAX_EVENTS_PER_FILE events are kept."""
    text, published = layout.text, layout.published
    published_value = published.isoformat() if published else None
    masked = [layout.dateline_span] if layout.dateline_span else []
    events: list[dict] = []
    tallies: list[dict] = []
    problems: list[str] = []
    fingerprints: list[bytes] = []
    matcher = knowledge.matcher
    reader = TallyReader(matcher, knowledge.story.tallies, knowledge.outlets_file)
    narrative: date | None = None  # the last day the text set, for "a day later"
    lead_day: date | None = None   # the day the lead reports, for "earlier in the day"
    # the day of the last entry of a timeline ("February 13: ..."), or the year its title names
    timeline: date | None = title_timeline_start(layout.title, published)
    heading_year: int | None = None  # the year of the heading ("**2025**") the paragraphs are under
    # (on a page with no date, the calendar's happenings name their days too: "the July 12 verdict")
    known_days = knowledge.story.known_day_map() if published else knowledge.story.undated_day_map()
    story_years = () if published else knowledge.story.years
    year_anchor = None if published else _year_anchor(layout, known_days, story_years)
    vote_day = _reported_vote(layout, published, known_days)  # the day of the vote the report is about ("on polling day")
    # (a page with no date that tells of no yearly return: the story's own days stand bare, "won 180 seats on Feb 8")
    returns = knowledge.story.return_words_pattern
    story_days_bare = published is None and not (returns is not None and returns.search(text))
    full = False
    lead = "\n".join([layout.title or "", *(text[a:b] for a, b in layout.paragraphs[:LEAD_PARAGRAPHS])])
    context = lead_context(lead[:LEAD_CHARS], knowledge.rules)
    # the people the article names in full, where: a surname alone stands for the one named before it
    article_people = [a for p_start, p_end in layout.paragraphs
                      for a in _shift(matcher.find(text[p_start:p_end]), p_start)] if matcher.short_names else []
    if matcher.short_names and layout.title:  # (the headline names them before the text: "Shehbaz Sharif elected")
        article_people += [replace(a, start=-1, end=-1) for a in matcher.find(layout.title)]
    sentence = ""  # the sentence before the one read
    sentence_at = 0  # ... and where it starts
    for index, (p_start, p_end) in enumerate(layout.paragraphs):
        paragraph_mentions: list[DateMention] = []
        own: list[DateMention] = []  # the paragraph's mentions outside the dateline
        sentences = split_sentences(text, p_start, p_end)
        if not full:
            # (a heading that is a year alone, "**2025**", among the lines before: the timeline's next entries are of it)
            heading_year = year_heading(text[layout.paragraphs[index - 1][1] if index else 0:p_start]) or heading_year
            if heading_year is not None and (timeline is None or timeline.year != heading_year):
                timeline = date(heading_year, 1, 1)
            dateline = [(layout.dateline_span[0] - p_start, layout.dateline_span[1] - p_start)] \
                if layout.dateline_span else []
            found = find_dates(text[p_start:p_end], published, language=layout.language, anchor=narrative,
                               numeric_order=layout.numeric_order, not_anchors=dateline, known_days=known_days,
                               news_day=lead_day, year_anchor=year_anchor, story_years=story_years,
                               timeline=timeline, vote_day=vote_day, timeline_year=heading_year,
                               story_days_bare=story_days_bare)
            timeline = timeline_entry(text[p_start:p_end], found, timeline)
            paragraph_mentions = _shift(found, p_start)
            own = [m for m in paragraph_mentions if not _inside(m, layout.dateline_span)]
            if index == 0 and sentences:
                lead_day = news_day([m for m in own if m.end <= sentences[0][1]], published)
            narrative = narrative_anchor(own)
        # A wire dateline ("LAHORE, Mar 3:") says when the report was filed: never a date of its
        # own, only the date of a lead sentence that names none.
        dateline_mentions = [m for m in paragraph_mentions if _inside(m, layout.dateline_span)]
        paragraph_mentions = own
        for mention in paragraph_mentions:
            if mention.problem and mention.problem.startswith("impossible"):
                problems.append(mention.problem)
        next_mention = 0  # mentions are in text order, and so are sentences
        for s_start, s_end in sentences:
            before, before_at = sentence, sentence_at
            sentence, sentence_at = text[s_start:s_end], s_start
            if len(sentence) >= MIN_FINGERPRINT_CHARS:
                fingerprints.append(sentence_fingerprint(sentence))
            while next_mention < len(paragraph_mentions) and paragraph_mentions[next_mention].start < s_start:
                next_mention += 1  # straddles the sentence start: belongs to no sentence
            mentions = []
            while next_mention < len(paragraph_mentions) and paragraph_mentions[next_mention].start < s_end:
                if paragraph_mentions[next_mention].end <= s_end:
                    mentions.append(paragraph_mentions[next_mention])
                next_mention += 1
            if dateline_mentions and not mentions and s_start <= dateline_mentions[0].start < s_end:
                mentions = dateline_mentions
            if not mentions and published and (stamp := next((t for t in layout.stamps if s_start <= t[0] < s_end), None)):
                mentions = [_stamp_mention(text, stamp, published, layout.language)]
            may_report = not full and (bool(mentions) or index == 0)  # a dated sentence, or the lead
            may_tally = reader.concerns(sentence)
            if not (may_report or may_tally):
                continue  # no event and no tally here: skip finding its actors
            tokens = tokenize(sentence)
            sentence_masked = [(s - s_start, e - s_start) for s, e in masked]
            actors = matcher.find(sentence, sentence_masked, tokens)
            if matcher.short_names:
                named = {a.name for a in article_people if a.start < s_start}
                actors = sorted([*actors, *matcher.by_short_name(sentence, named, actors, sentence_masked)],
                                key=lambda a: a.start)
            by_cue = {m.start: m for m in mentions}
            for event in (sentence_events(sentence, s_start, mentions, actors, matcher, published_value,
                                          lead=index == 0, tokens=tokens, rules=knowledge.rules,
                                          undated=knowledge.story.undated_types,
                                          # (the sentence before sets the talks' sides too: "... the government and
                                          # Khan's party opened formal talks. The first round took place on Monday")
                                          context=context | _context_of_the_sentence_before(
                                              before, sentence, tokens, actors, matcher, knowledge.rules))
                          if may_report else ()):
                if len(events) >= MAX_EVENTS_PER_FILE:
                    full = True
                    problems.append(f"more than {MAX_EVENTS_PER_FILE} dated sentences; only the first "
                                    f"{MAX_EVENTS_PER_FILE} events were kept")
                    break
                if event["type"] == knowledge.rules.speech and before:
                    _type_of_announcement_before(event, sentence, s_start, tokens, before, before_at, masked, knowledge)
                _type_by_calendar(event, sentence, knowledge)
                cue_start = event["cue_start"]
                mention = by_cue.get(cue_start)
                event.setdefault("date_end", mention.date_end if mention else event["date"] if
                                 event.get("precision") == "day" else None)
                event.setdefault("status", (mention.status if mention else None) or "happened")
                if mention is not None and getattr(mention, "date_start", None):
                    event.setdefault("date_start", mention.date_start)  # "mid-March" starts on the 11th
                event.update(article=relpath, article_id=aid, sentence=sentence, start=s_start, end=s_end,
                             outlet=layout.outlet, published=published)
                events.append(event)
            for tally in (reader.read(sentence, actors) if may_tally else ()):
                as_of = next((m.value for m in mentions if m.value and m.precision == "day"), published_value)
                tally.update(article=relpath, article_id=aid, as_of=as_of, sentence=sentence, start=s_start,
                             end=s_end)
                tallies.append(tally)
    return events, tallies, problems, fingerprints


FORWARD_REACH = 8  # characters from an announcement's words to a "that" which opens what it announces
ANY_DAY = "2000-01-01"  # a publication day for typing a sentence with no date of its own (only its type is read)


def _type_of_announcement_before(event: dict, sentence: str, event_start: int, tokens: list, before: str,
                                 before_at: int, masked: list[tuple[int, int]], knowledge: Knowledge) -> None:
    """A saying that names an announcement the sentence before told ("... have agreed to form a coalition government.
    The announcement was made late Tuesday at a news conference"; "یہ اعلان ... نے پیر کو پریس کانفرنس میں کیا") is
    that announcement: it takes the type of what the sentence before reports, read as a lead with no date, when an
    announcement of that type is the event itself (`announced_by_types`: a deal, a verdict; not a protest called)."""
    rules = knowledge.rules
    named = rules.back_announcements.find(sentence, tokens) if rules.back_announcements is not None else []
    if not named or event["cue_start"] is None:
        return
    cue = event["cue_start"] - event_start
    lo, hi = sorted((named[0][1], cue))
    if rules.back_announcement_breaks is not None and any(
            lo <= a and b <= hi for a, b, _ in rules.back_announcement_breaks.find(sentence, tokens)):
        return  # ("The announcement came hours after Bilawal told reporters on Tuesday": the telling's day)
    if rules.back_announcement_forward is not None and any(
            0 <= a - named[0][1] <= FORWARD_REACH for a, _, _ in rules.back_announcement_forward.find(sentence, tokens)):
        return  # ("نے منگل کو اس کا اعلان کیا کہ ... احتجاج کرے گی": what it announces follows)
    before_tokens = tokenize(before)
    actors = knowledge.matcher.find(before, [(s - before_at, e - before_at) for s, e in masked], before_tokens)
    told = sentence_events(before, 0, [], actors, knowledge.matcher, ANY_DAY, lead=True, tokens=before_tokens,
                           rules=rules, undated=rules.announced_by)
    if told and told[0]["type"] in rules.announced_by:
        event["type"], event["trigger"] = told[0]["type"], told[0]["trigger"] or event["trigger"]


def _type_by_calendar(event: dict, sentence: str, knowledge: Knowledge) -> None:
    """A report, on its day, of one of the story's calendar happenings that has a type of its own
    ("Chattha resigned on Saturday in front of reporters", on 17 February 2024: the confession of
    rigging) takes that type, with the act's words as its trigger.  A foreign government's reaction to
    it stays one ("Modi on Monday congratulated Shehbaz Sharif on being sworn in"), and so does an act of one of the
    `calendar_kept_types` found by its own words ("PTI workers protested outside Parliament House on Thursday as the
    second round of talks was under way inside"; measured: the writers of blind sets type such a protest a protest, on
    the commissioner's day too).  (Keeping the
    loader's own act when it found one, or when the act's words stand in another clause, was measured
    worse on blind sets: annotators type a day's reports as its happening.)"""
    if event["date_source"] != "text" or event["precision"] != "day" or event["type"] == knowledge.rules.foreign_reaction:
        return
    happening = knowledge.story.calendar_type(event["date"], sentence)
    if happening is not None and event["type"] in knowledge.rules.calendar_kept_types and event["trigger"] \
            and happening[1].lower() not in event["trigger"].lower():
        return  # ("PTI workers protested outside Parliament House on Thursday as the second round of talks was under way")
    if happening is not None and happening[0] != event["type"]:  # (one of that type keeps its own words)
        event["type"], event["trigger"] = happening


def sentence_fingerprint(sentence: str) -> bytes:
    """Stable across processes (the cache keeps it), blind to case and spacing."""
    return hashlib.blake2b(" ".join(sentence.lower().split()).encode("utf-8"), digest_size=8).digest()


def mark_duplicates(parsed: list[ParsedArticle], share: float = DUPLICATE_SHARE) -> None:
    """An article most of whose sentences already appeared in an earlier file is a copy:
    it stays listed, with a warning, and its events and tallies are not counted twice."""
    owner: dict[bytes, int] = {}
    for i, p in enumerate(parsed):
        prints = set(p.fingerprints)
        if len(prints) >= 2:
            counts = Counter(owner[f] for f in prints if f in owner)
            if counts:
                original, shared = counts.most_common(1)[0]
                if shared / len(prints) >= share:
                    exact = p.text == parsed[original].text
                    kind = "the same text as" if exact else f"a near copy ({shared / len(prints):.0%} of its sentences) of"
                    p.article["problems"] = [*p.article["problems"],
                                             f"{kind} {parsed[original].article['article']}; its events are not counted twice"]
                    p.article["status"] = "warning"
                    p.article["n_events"] = 0
                    p.events, p.tallies = [], []
                    continue
        for f in prints:
            owner.setdefault(f, i)


def _inside(mention: DateMention, span: tuple[int, int] | None) -> bool:
    return span is not None and span[0] <= mention.start and mention.end <= span[1]


def _stamp_mention(text: str, stamp: tuple[int, int], published: date, language: str | None) -> DateMention:
    """A ticker item's time stamp, when the item names no date of its own: the item is of the page's day."""
    start, end = stamp
    day = published.isoformat()
    status = clause_status(text, start, end, language or "en", first_day=published, last_day=published,
                           published=published)
    return DateMention(start, end, text[start:end], "stamp", day, "day", date_start=day, date_end=day,
                       status=status, anchor=day, anchor_from="publication", language=language)


def _shift(mentions: list, offset: int) -> list:
    """Mentions (of dates or actors) found in a slice of the text, with offsets into the whole text."""
    return [replace(m, start=m.start + offset, end=m.end + offset) for m in mentions]


# --- the whole folder ------------------------------------------------------------

def load_corpus(folder: str | Path, *, story: Story | str | Path | None = None, matcher: ActorMatcher | None = None,
                use_cache: bool = True, progress=None, workers: int | None = None,
                cache_dir: str | Path | None = None) -> Corpus:
    """Read every file below `folder`.  Raises CorpusError only when the folder itself
    cannot be read; bad files are listed in `articles` with their problems.
    `story` is a Story or a story folder (default: the Pakistan 2024 story shipped here;
    a bad story folder raises StoryError); `matcher` replaces its actor list.
    `cache_dir` overrides `cache.cache_dir()` (the environment's DASHBOARD_CACHE_DIR)."""
    folder = Path(folder)
    if not folder.exists():
        raise CorpusError(f"folder not found: {folder}")
    if not folder.is_dir():
        raise CorpusError(f"not a folder: {folder}")
    if story is not None and not isinstance(story, Story):
        story = load_story(story)
    knowledge = knowledge_for(story, matcher)
    progress = progress or Progress()  # silent off a terminal; warnings go to stderr
    sources, keys, key = _read_folder(folder)
    variant = knowledge_key(knowledge)
    store = cache.Store(folder, cache.fingerprint(variant), variant=variant, directory=cache_dir,
                        warn=progress.warn) if use_cache else None
    if store is not None and store.holds_tables(key):
        n_sources = len(sources)
        # (the cached corpus holds their texts too: freed before it is read, they do not add to the process's
        # peak memory, some 50 MB at 10,000 articles)
        del sources
        tables = store.load_tables(key)
        corpus = _from_tables(folder, tables, progress.warn) if tables is not None else None
        if corpus is not None:
            corpus.from_cache, corpus.story = n_sources, knowledge.story
            return corpus  # nothing changed since the last start
        sources, keys, key = _read_folder(folder)  # the cached corpus could not be used: read again
    parsed, n_parsed = parse_all(sources, keys, knowledge, progress, store, workers)
    # (a file read again counts once: "read N files: P parsed, C from cache" never goes below zero)
    n_parsed = min(len(sources), n_parsed + _settle_yearless_datelines(sources, parsed, knowledge))
    try:
        corpus = assemble(folder, parsed, knowledge)
    except Exception as exc:  # cached entries that only look right: never trusted, never fatal
        if n_parsed == len(sources):
            raise  # nothing came from the cache: a bug, not a bad cache
        progress.warn(f"cached articles could not be assembled ({type(exc).__name__}); reading everything again")
        parsed, n_parsed = parse_all(sources, keys, knowledge, progress, None, workers)
        n_parsed = min(len(sources), n_parsed + _settle_yearless_datelines(sources, parsed, knowledge))
        corpus = assemble(folder, parsed, knowledge)
        store.save_entries({s.relpath: (k, r.to_plain()) for s, k, r in zip(sources, keys, parsed)})
    corpus.parsed, corpus.from_cache = n_parsed, len(sources) - n_parsed
    if store is not None:
        try:
            store.save_tables(key, _to_tables(corpus))
        except (pa.ArrowException, TypeError, ValueError) as exc:
            progress.warn(f"the assembled corpus could not be cached ({type(exc).__name__})")
    return corpus


def _read_folder(folder: Path) -> tuple[list[SourceFile], list[str], str]:
    """Every file below `folder`, read, with each one's cache key and the folder's."""
    sources = discover(folder)
    keys = [cache.content_key(s) for s in sources]
    for source in sources:
        source.content_bytes = None  # only needed for the keys; not worth sending to workers
    return sources, keys, cache.corpus_key([s.relpath for s in sources], keys)


def _context_of_the_sentence_before(before: str, sentence: str, tokens: list, actors: list, matcher: ActorMatcher,
                                    rules: TypeRules) -> frozenset:
    """The context turns the sentence before sets for this one (`sentence_turns`): the talks' sides it names ("... the
    government and Khan's party opened formal talks. The two sides agreed to meet again on January 2"); not for a
    sentence that names a party of its own other than those sides, or one of a turn's not-words ("The BAP held talks
    on Monday with the PML-N leadership on power-sharing")."""
    turns = lead_context(before, rules, rules.sentence_turns) if before else frozenset()
    if not turns:
        return turns
    parties = {a.name for a in actors if a.name in matcher.organisations and a.name not in matcher.cannot_hold_seats}
    kept = set()
    for k in turns:
        sides, not_words = rules.context_turns[k][3], rules.context_turns[k][4]
        if any(sides is None or not sides.find(name) for name in parties):
            continue  # (a party of its own: "The BAP held talks on Monday with the PML-N leadership")
        if not_words is not None and not_words.find(sentence, tokens):
            continue
        kept.add(k)
    return frozenset(kept)


def knowledge_key(knowledge: Knowledge) -> str:
    """'default' for the shipped story and its actor list (their files are in the loader's
    fingerprint), else a digest of the story's files and the actor list's content: another
    story or a custom list has cache files of its own."""
    if knowledge.is_default:
        return "default"
    actors = hashlib.sha256(_canonical(vars(knowledge.matcher)).encode("utf-8")).hexdigest()
    return "story:" + hashlib.sha256(f"{knowledge.story.fingerprint}\0{actors}".encode()).hexdigest()


def _settle_yearless_datelines(sources: list[SourceFile], parsed: list[ParsedArticle], knowledge: Knowledge) -> int:
    """Articles whose only date is a dateline without a year ("PESHAWAR, May 14 (APP):") and
    whose text does not settle the year (or settles it only by a weekday in the lead) are read
    again with the folder's other publication years.  Returns how many were read again."""
    pending = [i for i, p in enumerate(parsed) if p.article.get("partial_published")]
    if not pending:
        return 0
    # (a year guessed from a weekday in the lead is re-read too, and counts for no other)
    # (nor does a day inferred from the story's calendar, or a year given to "today, November 24":
    # guesses of their own)
    years = [int(str(p.article["published"])[:4]) for p in parsed
             if p.article.get("published") and not p.article.get("partial_published")
             and p.article.get("published_from") not in {STORY_CALENDAR, TODAY_IN_TEXT}]
    if not years:
        return 0
    for i in pending:
        parsed[i] = parse_article(sources[i], knowledge, folder_years=years)
    return len(pending)


def _canonical(value) -> str:
    """A repr that does not depend on set order or object addresses."""
    if isinstance(value, dict):
        return "{" + ",".join(sorted(f"{_canonical(k)}:{_canonical(v)}" for k, v in value.items())) + "}"
    if isinstance(value, (set, frozenset)):
        return "{" + ",".join(sorted(_canonical(v) for v in value)) + "}"
    if isinstance(value, (list, tuple)):
        return "[" + ",".join(_canonical(v) for v in value) + "]"
    if hasattr(value, "__dict__"):
        return type(value).__name__ + _canonical(vars(value))
    return repr(value)


_WORKER_KNOWLEDGE: Knowledge | None = None


def _start_worker(story_folder: str) -> None:
    """In each parsing process: the story's knowledge, loaded once."""
    global _WORKER_KNOWLEDGE
    _WORKER_KNOWLEDGE = knowledge_for(load_story(story_folder))


def _parse_one(source: SourceFile) -> ParsedArticle:
    return parse_article(source, _WORKER_KNOWLEDGE)


def parse_all(sources: list[SourceFile], keys: list[str], knowledge: Knowledge, progress: Progress,
              store: cache.Store | None = None, workers: int | None = None) -> tuple[list[ParsedArticle], int]:
    """ParsedArticle for every source, in the order given, and how many were parsed
    (the others came from the store)."""
    entries = store.load_entries() if store is not None else {}
    results: list = [None] * len(sources)
    todo = []
    unusable = 0
    for i, (source, key) in enumerate(zip(sources, keys)):
        hit = entries.get(source.relpath)
        if hit and hit[0] == key:
            try:
                results[i] = ParsedArticle.from_plain(hit[1])
                continue
            except (KeyError, TypeError, ValueError):
                unusable += 1
        todo.append(i)
    if unusable:
        progress.warn(f"{unusable} cached articles were of the wrong shape; reading them again")
    workers = workers or usable_cores()
    progress.start(len(todo))
    # A custom actor list cannot be sent to the workers by folder: it is parsed here.
    own_matcher = knowledge.matcher is knowledge_for(knowledge.story).matcher
    if len(todo) >= PARALLEL_MIN_FILES and workers > 1 and own_matcher:
        with ProcessPoolExecutor(max_workers=workers, initializer=_start_worker,
                                 initargs=(str(knowledge.story.folder),)) as pool:
            for i, parsed in zip(todo, pool.map(_parse_one, (sources[i] for i in todo), chunksize=32)):
                results[i] = parsed
                progress.advance()
    else:
        for i in todo:
            results[i] = parse_article(sources[i], knowledge)
            progress.advance()
    if store is not None and (todo or len(entries) != len(sources)):
        store.save_entries({s.relpath: (k, r.to_plain()) for s, k, r in zip(sources, keys, results)})
    return results, len(todo)


def usable_cores() -> int:
    """Cores this process may run on (a PaaS dyno or `taskset` may allow fewer than exist)."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def assemble(folder: Path, parsed: list[ParsedArticle], knowledge: Knowledge | None = None) -> Corpus:
    """The corpus from every parsed file, about the story of `knowledge` (default: the shipped one)."""
    knowledge = knowledge if isinstance(knowledge, Knowledge) else knowledge_for()
    mark_duplicates(parsed)
    articles = pd.DataFrame([p.article for p in parsed], columns=[c for c in ARTICLE_COLUMNS if c != "page"])
    articles["page"] = None
    events = _typed_events(pd.DataFrame([e for p in parsed for e in p.events]))
    rules = knowledge.story.event_rules
    events, happenings = assign_happenings(events, MergeRoles.of(rules["roles"], rules, knowledge.matcher,
                                                                knowledge.story.known_days))
    tallies = pd.DataFrame([t for p in parsed for t in p.tallies])
    tallies["page"] = None
    tallies = _typed_tallies(tallies)
    texts = {p.article["id"]: p.text for p in parsed if p.text}
    paragraphs = {p.article["id"]: p.paragraphs for p in parsed if p.text}
    corpus = Corpus(folder, schema.apply(articles, "articles"), events, tallies, texts, paragraphs,
                    happenings=happenings, story=knowledge.story)
    return _with_pages(corpus)


def _with_pages(corpus: Corpus) -> Corpus:
    """App paths, built from ids by the one module that owns routes."""
    corpus.articles["page"] = [urls.article(a) for a in corpus.articles["id"]]
    for frame in (corpus.events, corpus.tallies):
        frame["page"] = urls.sentences(frame["article_id"].tolist(), frame["start"].tolist(), frame["end"].tolist())
    return corpus


def _typed_events(events: pd.DataFrame) -> pd.DataFrame:
    if events.empty:
        return schema.empty("events")
    # a part of a month ("mid-March") keeps its month as `date` but starts on its own first day
    narrowed = events["date_start"] if "date_start" in events else pd.Series([None] * len(events), index=events.index)
    starts = [date.fromisoformat(s) if isinstance(s, str) and s else
              schema.week_bounds(v)[0] if p == "week" else period_bounds(v, p)[0]
              for v, p, s in zip(events["date"], events["precision"], narrowed)]
    events["date"] = pd.to_datetime(starts)
    events["date_end"] = pd.to_datetime(events["date_end"])
    events["happening"] = ""
    events["sources"] = 0
    events["page"] = None
    events = schema.apply(events, "events")
    return events.sort_values(["date", "article", "start"], kind="stable").reset_index(drop=True)


def _typed_tallies(tallies: pd.DataFrame) -> pd.DataFrame:
    if tallies.empty:
        return schema.empty("tallies")
    tallies = schema.apply(tallies, "tallies")
    return tallies.sort_values(["as_of", "article", "start"], kind="stable").reset_index(drop=True)


# --- the assembled corpus as Arrow tables, for the cache -----------------------------

TABLE_NAMES = ("articles", "events", "happenings", "tallies")


def _to_tables(corpus: Corpus) -> dict[str, pa.Table]:
    tables = {}
    for name in TABLE_NAMES:
        frame = getattr(corpus, name)
        if name != "happenings":
            frame = frame.drop(columns=["page"])  # routes are not data
        tables[name] = pa.Table.from_pandas(frame, preserve_index=False)
    ids = list(corpus.texts)
    tables["texts"] = pa.table({"id": pa.array(ids, pa.string()),
                                "text": pa.array([corpus.texts[i] for i in ids], pa.large_string()),
                                # flat: start, end, start, end...
                                "paragraphs": pa.array([[x for p in corpus.paragraphs.get(i, []) for x in p] for i in ids],
                                                       pa.list_(pa.int64()))})
    return tables


def _from_tables(folder: Path, tables: dict[str, pa.Table], warn) -> Corpus | None:
    """The corpus from cached tables, or None (with a warning) when they are not its shape."""
    try:
        frames = {}
        shared: dict[str, str] = {}  # one string object per value in lists (an actor named by many events)
        for name in TABLE_NAMES:
            table = tables[name]
            nested = [c.name for c in schema.TABLES[name] if c.dtype in ("list", "object") and c.name in table.column_names]
            frame = table.drop_columns(nested).to_pandas()
            for column in nested:  # as Python lists and dicts, as when parsed
                values = [[shared.setdefault(x, x) if isinstance(x, str) else x for x in v] if isinstance(v, list) else v
                          for v in table.column(column).to_pylist()]
                frame[column] = pd.Series(values, index=frame.index, dtype="object")
            if name != "happenings":
                frame["page"] = None
            frames[name] = schema.apply(frame, name)
        texts_table = tables["texts"]
        ids = texts_table.column("id").to_pylist()
        texts = dict(zip(ids, texts_table.column("text").to_pylist()))
        paragraphs = {i: list(zip(flat[::2], flat[1::2]))
                      for i, flat in zip(ids, texts_table.column("paragraphs").to_pylist())}
    except Exception as exc:  # whatever is wrong with it, it is rebuilt
        warn(f"the cached corpus is not in the expected shape ({type(exc).__name__}); rebuilding it")
        return None
    corpus = Corpus(folder, frames["articles"], frames["events"], frames["tallies"], texts, paragraphs,
                    happenings=frames["happenings"])
    return _with_pages(corpus)
