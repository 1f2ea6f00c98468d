"""The day of a page that prints no date, from the story's calendar.

Many saved pages keep the story but not its date, and without one "on Sunday" dates nothing.
The story's calendar (`calendar` in story.json) lists its main happenings with their days and
the words that name them.  A page that reports one of them as done was written on its day or
in the week after:

- on a day it names from publication ("was elected prime minister on Sunday", "yesterday",
  "آج"): the first day from which that word points at the happening;
- in its lead with no other time ("Shehbaz Sharif elected prime minister for a second term"):
  the happening's day, unless the calendar says its words name other times too.

The latest such happening wins (a report of Monday's oath recalls Sunday's vote), moved on, within
its week, until the past days of the sentences that report it are not before it ("The EU on Friday urged a
probe into Thursday's election" was written on the Friday).  A happening whose words another day
of the calendar shares (the anniversaries of February 8) counts only when a day names it.
Pure: no Dash, no files.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from .dates import DateMention, engine, find_dates, speaks_of_future
from .sentences import split_sentences
from .story import CalendarDay, words_pattern

# Kinds of date whose day is counted from publication ("on Sunday", "yesterday", "two days ago").
FROM_PUBLICATION = {"weekday", "relday", "ago"}
WEEK = 7
LEAD_PARAGRAPHS = 2   # the headline may be a paragraph of its own
# The most characters between a day and the words of the act it dates: "PTI on Thursday observed a
# strike ... to protest fraud in the general elections" dates the strike, not the vote.
MAX_GAP = 80


@dataclass(frozen=True)
class Inferred:
    day: date
    happening: CalendarDay  # what the page reports, which dates it

    def problem(self) -> str:
        return (f"the page prints no publication date; {self.day.isoformat()} is inferred from the story's "
                f"calendar: it reports {self.happening.about} ({self.happening.day.isoformat()})")


def infer_published(text: str, paragraphs: list[tuple[int, int]], calendar: tuple[CalendarDay, ...],
                    language: str = "en", known_days: dict | None = None,
                    title: str | None = None) -> Inferred | None:
    """The publication day of an undated page (see the module's note), or None.  The headline
    (`title`), when the page has one apart from its paragraphs, is part of the lead."""
    if not calendar:
        return None
    found: list[tuple[CalendarDay, date, bool, str]] = []  # happening, first day, named by a day, sentence
    for sentence, in_lead in _sentences(text, paragraphs, title):
        for happening in calendar:
            span = happening.find(sentence)
            if span is not None:
                reported = _reported(happening, sentence, span, language, known_days, in_lead)
                if reported is not None:
                    found.append((happening, *reported, sentence))
    found = _unambiguous(found)
    if not found:
        return None
    happening, first, _, _ = max(found, key=lambda f: (f[1], f[2]))
    if first < happening.day:
        return Inferred(first, happening)  # told as to come: written before it
    told = [f[3] for f in found if f[0] is happening]
    for offset in range(WEEK - (first - happening.day).days):
        day = first + timedelta(days=offset)
        if not any(_past_before(m, happening.day) for sentence in told
                   for m in find_dates(sentence, day, language=language, known_days=known_days)):
            return Inferred(day, happening)
    return Inferred(first, happening)


def _sentences(text: str, paragraphs: list[tuple[int, int]], title: str | None):
    """(sentence, whether it is in the lead), the headline first."""
    if title:
        yield title.replace("’", "'"), True
    for index, (p_start, p_end) in enumerate(paragraphs):
        for s_start, s_end in split_sentences(text, p_start, p_end):
            yield text[s_start:s_end].replace("’", "'"), index < LEAD_PARAGRAPHS


def _reported(happening: CalendarDay, sentence: str, span: tuple[int, int], language: str,
              known_days: dict | None, in_lead: bool) -> tuple[date, bool] | None:
    """(the first day the page can be of, whether a day names the happening), or None when the
    sentence does not report it.  A page that tells it as to come was written before it: the
    day before a weekday or "tomorrow" that points at it, the day itself for "today"."""
    day = happening.day
    on_the_day = find_dates(sentence, day, language=language, known_days=known_days)
    if any(m.value and not _covers(m, day) and not m.names_happening and (m.anchor_from is None or (
            m.anchor_from == "publication" and m.kind not in FROM_PUBLICATION and m.precision == "day"
            and _gap(m, span) <= MAX_GAP)) for m in on_the_day):
        return None  # "elected prime minister in April 2022", "the protest today, Nov 24": another time
    # The date of the act: the nearest to its words, if it is counted from publication.
    nearest = min(on_the_day, key=lambda m: _gap(m, span), default=None)
    dated = nearest is not None and _dates_the_act(nearest, sentence, span, language)
    # Done: from the day on (the earliest day first); to come: from the day before back; "today"
    # to come last.  "today" or "yesterday" fits any day: it ties a page to a happening named by who
    # and what (more than one list of words), never to one named by a noun alone ("the elections").
    if dated and (nearest.kind == "weekday" or len(happening.words) > 1):
        for offset, to_come in (*((o, False) for o in range(WEEK)), *((-o, True) for o in range(1, WEEK)), (0, True)):
            written = day + timedelta(days=offset)
            mentions = on_the_day if offset == 0 else find_dates(sentence, written, language=language,
                                                                 known_days=known_days)
            read = next((m for m in mentions if m.start == nearest.start), None)  # the same words, read then
            if read is not None and read.value == day.isoformat() and to_come == _to_come(read, sentence, language) \
                    and (offset or not to_come or read.kind == "relday"):
                return written, True
    if dated:
        return None  # the sentence dates the act to another day (another time, or a slip of the page)
    if in_lead and not happening.needs_a_day and not speaks_of_future(sentence, *span, language) \
            and not any(m.kind in FROM_PUBLICATION and m.anchor_from == "publication" and m.precision == "day"
                        and not (m.kind == "relday" and m.value == day.isoformat()) for m in on_the_day):
        # (a lead that dates another act by a day tells of this one in passing; "today" is the page's day)
        return day, False
    return None


def _to_come(mention: DateMention, sentence: str, language: str) -> bool:
    return mention.status == "planned" or speaks_of_future(sentence, mention.start, mention.end, language)


def _unambiguous(found: list[tuple]) -> list[tuple]:
    """Of happenings that share their words (a yearly return, two rounds of by-elections), those a
    day names, when it names one of them only; else those the words alone name, when one only."""
    kept = []
    for one in found:
        happening, named = one[0], one[2]
        alike = [f for f in found if f[0].words == happening.words]
        named_days = {f[0].day for f in alike if f[2]}
        if (named and named_days == {happening.day}) or (not named_days and len({f[0].day for f in alike}) == 1):
            kept.append(one)
    return kept


def _dates_the_act(mention: DateMention, sentence: str, span: tuple[int, int], language: str) -> bool:
    """Whether a day counted from publication is the act's: close to its words, and no "that",
    "who" or "which" between them ("on Monday suspended the members elected on seats that were
    denied to the party" dates the suspension, not the denial)."""
    if not (mention.kind in FROM_PUBLICATION and mention.anchor_from == "publication" and mention.precision == "day"
            and _gap(mention, span) <= MAX_GAP):
        return False
    between = sentence[min(mention.end, span[1]):max(mention.start, span[0])]
    return _clause_openers(language).search(between) is None


@lru_cache(maxsize=8)
def _clause_openers(language: str):
    data = engine(language).data
    return words_pattern(data["relative_pronouns"] + data["complementizers"])


def _gap(mention: DateMention, span: tuple[int, int]) -> int:
    return max(span[0] - mention.end, mention.start - span[1], 0)


def _covers(mention: DateMention, day: date) -> bool:
    if not (mention.date_start and mention.date_end):
        return True  # no bounds to check it by
    return mention.date_start <= day.isoformat() <= mention.date_end


def _past_before(mention: DateMention, day: date) -> bool:
    return (mention.kind in FROM_PUBLICATION and mention.anchor_from == "publication" and mention.precision == "day"
            and mention.status == "happened" and mention.value < day.isoformat())
