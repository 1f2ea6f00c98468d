"""The day of a page that prints no date, from the story's calendar.

Many saved pages keep the story but not its date, and without one "on Sunday" dates nothing.
The story's calendar (`calendar` in story.json) lists its main happenings with their days and
the words that name them.  A page that reports one of them as done was written on its day or
in the week after:

- on a day it names from publication ("was elected prime minister on Sunday", "yesterday",
  "آج"): the first day from which that word points at the happening;
- in its lead, with no other time in the sentence ("Shehbaz Sharif elected prime minister for a
  second term"): the happening's day, unless the calendar says its words name other times too.

A page that tells it as to come ("will be elected on Saturday", "کل ہوگا") was written before it:
the day before a weekday or "tomorrow" that points at it, the day itself for "today".  An act in
a relative clause ("a decision by the court, which upheld the refusal") is told in passing and
ties no lead, and of two happenings whose act words overlap in a sentence, the longer words' is
told ("reserved its verdict" is no verdict).  Reports of what is done win over previews, unless
"today" or "tomorrow" ties a preview to a later day that the report still fits ("Zardari, elected
on Saturday, will be sworn in today"); of reports, the latest happening wins (a report of Monday's oath
recalls Sunday's vote), moved on, within its week, until the past days of the sentences that
report it are not before it ("The EU on Friday urged a probe into Thursday's election" was written
on the Friday), unless a day dates its act itself ("the EU on Friday voiced concern after a vote
on Thursday": the Friday).  A happening whose words another day of the calendar shares (the anniversaries of
February 8) counts only when a day names it.  A sentence with one of the calendar's `not_words`
("congratulated X on being elected", "administered the oath") tells of another act.  Only the
first CALENDAR_SENTENCES sentences are read: a page reports its news at the top, and the cost
stays bounded on a huge page.  A lead that ends on the day of its report ("..., ARY News reported
on Friday") ties the act to that day when it is the happening's weekday.  A lede that dates its act
may name who or what in the headline or the next sentence only; of two happenings with the same words
(two rounds of by-elections), the one shortly after the page's yearless written days is told; a page
that tells, as done, an act of the happening's next day by its bare weekday was written that day.  Pure:
no Dash, no files.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache
from typing import NamedTuple

from .dates import DateMention, clause_tense, engine, find_dates, noun_right_after, speaks_of_future, week_monday
from .phrases import WORD
from .sentences import split_sentences
from .story import CalendarDay, KnownDay, words_pattern

# Kinds of date whose day is counted from publication ("on Sunday", "yesterday", "two days ago").
FROM_PUBLICATION = {"weekday", "relday", "ago"}
WEEK = 7
LATE_REACH = 12  # characters around a day's words read for its night ("late on", "night")
LEAD_PARAGRAPHS = 2   # the headline may be a paragraph of its own
CALENDAR_SENTENCES = 40
# The most characters between a day and the words of the act it dates: "PTI on Thursday observed a
# strike ... to protest fraud in the general elections" dates the strike, not the vote.
MAX_GAP = 80
NEAR = 40  # "Two years ago Shehbaz Sharif was elected", "elected president last month"
DIGIT = re.compile(r"\d")  # a date written with a number is told in full, not counted from the page's day
TODAY = "today"  # the key of a lead's "today" among its told weekdays (see _lead_told_weekdays)
NO_DATE = "the page prints no publication date"  # why a day is inferred, unless the caller knows better


class Inferred(NamedTuple):
    day: date
    happening: CalendarDay  # what the page reports, which dates it
    to_come: bool = False   # the page tells it as to come
    named: bool = False     # a day counted from publication ties it ("on Friday"), not the lead alone

    def problem(self, why: str = NO_DATE) -> str:
        told = "announces" if self.to_come else "reports"
        return (f"{why}; {self.day.isoformat()} is inferred from the story's "
                f"calendar: it {told} {self.happening.about} ({self.happening.day.isoformat()})")


class _Told(NamedTuple):
    happening: CalendarDay
    first: date      # the first day the page can be of
    named: bool      # a day counted from publication names the happening
    sentence: str
    by_name: bool = False  # that day is part of the happening's name ("Thursday's election"), not its act's time
    exact: bool = False    # that day is "today", "tomorrow", "کل": the page's day follows, not only a week of days
    late: bool = False     # that day is told by its night ("late on Tuesday", "منگل کی رات"): reported the next day

    @property
    def to_come(self) -> bool:
        return self.first < self.happening.day


def infer_published(text: str, paragraphs: list[tuple[int, int]], calendar: tuple[CalendarDay, ...],
                    language: str = "en", known_days: dict | None = None, title: str | None = None,
                    not_words: tuple[str, ...] = (), return_words: tuple[str, ...] = (),
                    stamps: list[tuple[int, int]] = (), ongoing: tuple[CalendarDay, ...] = (),
                    ongoing_not_words: tuple[str, ...] = ()) -> Inferred | None:
    """The publication day of an undated page (see the module's note), or None.  The headline
    (`title`), when the page has one apart from its paragraphs, is part of the lead; `return_words`
    tell a count of years of a yearly return ("ایک سال مکمل"); a ticker's items (the paragraphs of its time
    `stamps`) are each a lead of their own: an item that names no day is of the page's day ("12:55 شہباز شریف
    ... وزیراعظم منتخب"); `ongoing`: happenings that last days, which date a page only by a count of their days
    ("X remained unreachable for a fourth day"), unless a sentence names another lasting act (`ongoing_not_words`:
    "heard petitions against the suspension of X for a second day")."""
    inferred = _inferred(text, paragraphs, calendar, language, known_days, title, not_words, return_words, stamps,
                         ongoing, ongoing_not_words)
    # (a page that writes as done a day more than a week after the one inferred, with its year, is of a later day: "set
    # aside its own majority judgment of July 12, 2024" is no page of the commission's March 2024 refusal, and which
    # day it is, the calendar does not say; a day or two after leaves the week's weekdays as they are)
    # (nor one that writes as done a month after it with its year: "in June 2025, took away the seats" is no page of
    # October 2024)
    if inferred is not None and any(_done_after(sentence, mention, inferred.day + timedelta(
            days=MONTH_AFTER if mention.precision == "month" else WEEK), language)
            for _, sentence, mention in _written_in_full(text, language)):
        return None
    return inferred


# A line of a page's furniture, not its report: a later day there says nothing of the page's own.
FURNITURE = re.compile(r"^\W*(?:latest|read more|also read|related|updated|this story was updated|last updated)\b", re.IGNORECASE)


def _done_after(sentence: str, m: DateMention, after: date, language: str) -> bool:
    """Whether a day the page writes in full with its year (`m`, of `sentence`) falls after `after` and is told as
    done, not as a limit or a schedule ("the fiscal year ending June 30, 2024", "filed by March 14, 2024", "25 مارچ
    2024ء تک", "set as April 2, 2024": a word of the language's `deadline_words`, `target_prepositions` or
    `limit_words` right before the day, or one of its `limit_postpositions` right after), nor in a line of furniture
    ("Latest: ...", "This story was updated on ...") or at a line's start (a date bar)."""
    if m.status != "happened" or date.fromisoformat(m.date_start or m.value) <= after or FURNITURE.search(sentence):
        return False
    if not sentence[sentence.rfind("\n", 0, m.start) + 1:m.start].strip():
        return False  # (a day that opens a line is a bar or a stamp: "Sunday, May 19, 2024 | Peshawar 31°C")
    data = engine(language).data
    limits = [w.lower() for key in ("deadline_words", "target_prepositions", "limit_words") for w in data.get(key, [])]
    before = " ".join(WORD.findall(sentence[max(0, m.start - LIMIT_REACH):m.start].lower()))
    following = " ".join(WORD.findall(sentence[m.end:m.end + LIMIT_REACH]))
    return not any(before.endswith(w) or m.text.lower().startswith(f"{w} ") for w in limits) \
        and not any(following.startswith(w) for w in data.get("limit_postpositions", []))


LIMIT_REACH = 20  # characters around a written day read for the words of a limit ("ending", "تک")
MONTH_AFTER = 60  # days: a month written in full and told as done that begins this long after a day is of a later page


def _inferred(text: str, paragraphs: list[tuple[int, int]], calendar: tuple[CalendarDay, ...], language: str,
              known_days: dict | None, title: str | None, not_words: tuple[str, ...], return_words: tuple[str, ...],
              stamps: list[tuple[int, int]], ongoing: tuple[CalendarDay, ...],
              ongoing_not_words: tuple[str, ...]) -> Inferred | None:
    """infer_published's reading of the calendar, before the page's own full dates are checked against it."""
    if not calendar and not ongoing:
        return None
    other_act = _pattern(not_words) if not_words else None
    returning = _pattern(return_words) if return_words else None
    other_lasting = _pattern(ongoing_not_words) if ongoing_not_words else None
    found: list[_Told] = []
    today = _lead_weekday(text, paragraphs, title, language)
    told = list(_sentences(text, paragraphs, title, stamps))
    lead_days = _lead_told_weekdays(told, title, language, known_days) if today is None else {}
    page_weekdays = _page_weekdays(told, language, known_days)
    lead_text = "\n".join(t for t, in_lead in told if in_lead)
    for index, (sentence, in_lead) in enumerate(told):
        if other_act is not None and not other_act.search(sentence):
            other = None
        else:
            other = other_act
        # (a word of another act before the happening's words, or in their clause, tells of it from that act:
        # "congratulated Shehbaz Sharif, who was elected on Sunday"; one after them in another clause does not:
        # "held the first round of talks, the first contact since the party's protest")
        named = [(happening, span) for happening in calendar
                 if (span := happening.find(sentence) or _owned_by_a_day(happening, sentence, language, lead_text)) is not None
                 and not _another_act(other, sentence, span, happening, language, returning)]
        reported_here = False
        for happening, span in named:
            if any(other[0] <= span[0] and span[1] <= other[1] and other != span for _, other in named):
                continue  # "فیصلہ" inside "فیصلہ محفوظ": the act of the longer words (reserving), not the verdict
            if any(h.day != happening.day and _object_of(span, other, sentence, language) for h, other in named):
                continue  # "پشاور ہائی کورٹ کا وہ فیصلہ معطل کر دیا": the verdict is what the suspension was done to
            reported = _reported(happening, sentence, span, language, known_days, in_lead, today, lead_days,
                                 page_weekdays)
            if reported is None and in_lead and index + 1 < len(told) and told[index + 1][1]:
                # "The Supreme Court has ruled that ... reserved seats. Friday's ruling by a full bench ...": the
                # next sentence of the lead dates the act by its weekday's possessive before the act's noun
                reported = _dated_by_next(happening, told[index + 1][0], language, known_days)
            if reported is not None:
                found.append(_Told(happening, reported[0], reported[1], sentence, *reported[2:]))
                reported_here = True
        for happening in ongoing:
            day = _counted_day(happening, sentence, language, known_days, other_lasting)
            if day is not None:
                found.append(_Told(happening, day, True, sentence, exact=True))
                reported_here = True
        # (a lede that names another happening only in passing, "... overseen the manipulation of results in the
        # Feb. 8 elections", may still tell its own by the next sentence's who)
        if in_lead and not reported_here and not found and sentence != title and (lede := _lede(told, title)) is not None \
                and (index == lede or (index == lede + 1 and _lede_lends(told[lede][0], calendar, language))):
            # (the sentence after the lede only when the lede names no happening of its own, or names one with no time
            # at all: "صدر مملکت نے 26ویں آئینی ترمیم کے بل پر دستخط کر دیے ... ایوانِ صدر میں گزشتہ روز منعقدہ تقریب میں صدر
            # مملکت نے ... بل پر دستخط کیے"; not "گزشتہ برس 12 جولائی کا اکثریتی فیصلہ کالعدم قرار دے دیا")
            found.extend(_named_nearby(calendar, told, index, title, language, known_days, other_act, after_lede=index > lede))
    sentences = told  # (every sentence and whether it is in the lead; `told` is rebound below)
    found = _by_years_said(found, calendar, language, known_days or {}, return_words, [t for t, _ in told], title)
    kept = _unambiguous(found)
    if not kept and found:
        # (two rounds of by-elections, both on a Sunday: the one whose day the page writes, "polling on April 21", is
        # the one it reports; not a day that names an earlier round in the past perfect, "یہ نشست ... جو 21 اپریل کے
        # ضمنی انتخاب میں کامیاب ہوئے تھے", on a page of a later by-election)
        written = _written_month_days([t for t, _ in _sentences(text, paragraphs, title)], language)
        kept = _unambiguous(_of_written_days(found, {(m, d) for m, d, _, recalled in written if not recalled}))
        if not kept:
            # (the same two rounds, neither day written: the one that follows the days the page writes,
            # "the Senate elections held on April 2", nearest)
            kept = _unambiguous(_after_written_days(found, {(m, d) for m, d, year, _ in written if not year}))
        if not kept:
            # (or the one after a time the page tells as past with its year: "the largest round of by-polls since
            # April 2024" is of November 2025)
            kept = _unambiguous(_after_written_times(found, text, paragraphs, title, language))
        if not kept:
            # (or the one whose signs the page holds: "yesterday's by-elections on 21 national and provincial assembly
            # seats" are April 2024's, "13 میں سے 12 نشستیں" or NA-129 November 2025's)
            kept = _unambiguous(_of_signs(found, f"{title or ''}\n{text}"))
    found = kept
    # A day the page writes out in full in another sentence ("the court's verdict of July 12, 2024") is
    # not the one it names from its own day ("on Friday overturned its ruling from last year").
    if found:  # (the page's full dates are read only when a happening is told)
        written = _written_in_full(text, language)
        found = [t for t in found if not any(day == t.happening.day and sentence != t.sentence
                                             for day, sentence, m in written if m.precision == "day")]
    done = [t for t in found if not t.to_come]
    if not done:
        if not found:
            return None
        latest = max(found, key=lambda t: t.first)
        first = latest.first
        if today is not None:
            # (a preview whose lead names its own weekday, "Friday edition" before Sunday's by-polls: that day of the
            # week before, not the eve)
            first = next((first - timedelta(days=k) for k in range(WEEK) if (first - timedelta(days=k)).weekday() == today), first)
        return Inferred(first, latest.happening, to_come=True)
    latest = max(done, key=lambda t: (t.first, t.named, t.late))  # (a report of its night first: the page is of the day after)
    if not latest.named and _told_later(told, calendar, latest.first, language):
        # ("3 مارچ کو شہباز شریف ... منتخب ہو گئے۔ ... 12 جولائی کو سپریم کورٹ نے ... فیصلہ دیا": a page that tells the July
        # verdict as done is not of March; its day is unknown)
        return None
    # A preview that "today" or "tomorrow" ties to the page, later than that report and still true
    # of it then: "Zardari, elected president on Saturday, will be sworn in today" was written on the
    # day of the oath.  (A weekday ahead fits a week of days, the report's among them.)
    later = [t for t in found if t.to_come and t.exact and t.first > latest.first
             and _still_told(latest, t.first, language, known_days)]
    if later:
        preview = min(later, key=lambda t: t.first)
        return Inferred(preview.first, preview.happening, to_come=True, named=True)
    happening, first = latest.happening, latest.first
    if latest.named and not latest.by_name:
        # "on Friday expressed concerns ... in the wake of a vote on Thursday": the day dates the
        # act itself; other days the sentence names are of other happenings.  An act of the night
        # ("late on Tuesday") is reported the next day.  A holiday the page ties to its own day
        # ("offices will remain closed tomorrow for Christmas") says which day of the week after.
        # ("late last Thursday": already the page's first day two days on, not three)
        if not latest.exact and not latest.late and first == happening.day \
                and _today_elsewhere(told, latest.sentence, language):
            # ("On Friday the court reversed its ruling ... Today the PTI wrote to the registrar": a page that calls
            # another day "today" is not of that Friday, and which day of the week after it is, nothing says)
            return None
        first = max(first, happening.day + timedelta(days=1)) if latest.late \
            else first + timedelta(days=1) if _next_day_told(text, paragraphs, title, first, language, known_days) else first
        fit = None if latest.exact else _holiday_fit(text, paragraphs, title, first, language)  # ("yesterday" is exact)
        return Inferred(_on_weekday(fit or first, today), happening, named=True)
    told = [t.sentence for t in done if t.happening is happening]
    following = _sentences_after_reports(sentences, told, calendar, language)
    if latest.by_name and first == happening.day and (_night_of_told(text, paragraphs, title, first, language, known_days)
                                                      or _next_day_told(text, paragraphs, title, first, language, known_days,
                                                                        past_only=True)):
        # ("in Sunday's by-elections ... The party alleged late on Sunday that ...", "... on Monday congratulated the
        # party's candidates": written the day after at the earliest)
        first += timedelta(days=1)
    for offset in range(WEEK - (first - happening.day).days):
        day = first + timedelta(days=offset)
        if not any(_past_before(m, happening.day) for sentence in told
                   for m in find_dates(sentence, day, language=language, known_days=known_days)) \
                and not any(m.kind == "relday" and _day_from_publication(m) and m.status == "happened"
                            and m.value < happening.day.isoformat() for sentence in following
                            for m in find_dates(sentence, day, language=language, known_days=known_days)):
            return Inferred(_on_weekday(day, today), happening, named=latest.named)
    return Inferred(_on_weekday(first, today), happening, named=latest.named)


def _on_weekday(day: date, today: int | None) -> date:
    """The first day from `day` on that falls on the weekday the lead calls today ("آج بدھ کو" on a page that
    reports Monday's arrival as past), or `day` when the lead names none."""
    if today is None:
        return day
    return day + timedelta(days=(today - day.weekday()) % WEEK)


def _sentences_after_reports(sentences: list[tuple[str, bool]], reports: list[str], calendar: tuple[CalendarDay, ...],
                             language: str) -> list[str]:
    """The lead's sentences right after a report of the happening that name no happening of the calendar and tell
    nothing in the past perfect: one that tells the session of the report as yesterday's ("مریم نواز ... وزیراعلیٰ
    منتخب۔ ... پنجاب اسمبلی کے گزشتہ روز ہونے والے اجلاس میں انہیں 220 ارکان کی حمایت حاصل ہوئی") puts the page a day after
    the happening; not one that tells an earlier act ("... گزشتہ روز ... بائیکاٹ کا فیصلہ کیا تھا")."""
    perfect = _past_perfect_anywhere(language)
    after = []
    for index, (sentence, _) in enumerate(sentences):
        if sentence in reports:
            after.extend(s for s, lead in sentences[index + 1:index + 1 + FOLLOWING_SENTENCES]
                         if lead and s not in reports and not any(h.find(s) for h in calendar)
                         and not _perfect_in_yesterdays_clause(s, perfect, language))
    return after


def _perfect_in_yesterdays_clause(sentence: str, perfect: re.Pattern | None, language: str) -> bool:
    """Whether the clause of the sentence's "yesterday" holds a past perfect (it tells an act before the happening);
    a clause that "جبکہ" joins after it does not count."""
    if perfect is None:
        return False
    for m in find_dates(sentence, PROBES[0], language=language):
        if m.kind == "relday":
            # (up to a clause "جبکہ" joins or a relative pronoun opens: "... جس کا ... بائیکاٹ کیا تھا" is the boycott's)
            start, end = _own_clause(sentence, (m.start, m.end), (_clause_breaks(language), _relative_pronouns(language)))
            if perfect.search(sentence, start, end):
                return True
    return False


FOLLOWING_SENTENCES = 2  # a report's sentences after it that still tell of it (its session, its vote)


NTH_DAY_REACH = 60  # characters between a lasting happening's words and the count of its days


def _counted_day(happening: CalendarDay, sentence: str, language: str, known_days: dict | None,
                 other_lasting: re.Pattern | None = None) -> date | None:
    """The day a sentence tells a lasting happening on by counting its days from its first ("X remained unreachable
    for a fourth day on Tuesday": the fourth day from Saturday 17 February), or None: the count near the happening's
    words, told as now (not to come), and no day in the sentence that is not that one (a day written out, "since
    February 17", tells of it from later; a weekday must be the counted day's, or the first's, when the count runs
    from it, "ہفتے کی شام سے ... آج مسلسل پانچویں روز", or it stands apart from the count, "for a second day today,
    after the service went down on Saturday evening")."""
    span = happening.find(sentence)
    if span is None:
        return None
    data = engine(language).data
    ordinals = {w.lower(): n for w, n in (data.get("day_ordinals") or {}).items()}
    counted = next((m for pattern in _nth_day_patterns(language) for m in pattern.finditer(sentence)
                    if m.group("nth").lower() in ordinals
                    and min(abs(m.start() - span[1]), abs(span[0] - m.end())) <= NTH_DAY_REACH
                    and not speaks_of_future(sentence, m.start(), m.end(), language)), None)
    if counted is None:
        return None
    count = ordinals[counted.group("nth").lower()]
    if other_lasting is not None:
        # (the days counted may be another act's, "heard petitions against the suspension of X for a second day":
        # a word of one in the count's clause, not in another joined to it, "..., while mobile internet was restored")
        start = max((m.end() for m in _clause_breaks(language).finditer(sentence, 0, min(span[0], counted.start()))),
                    default=0)
        after = _clause_breaks(language).search(sentence, max(span[1], counted.end()))
        end = after.start() if after else len(sentence)
        own = [m.span() for pattern in happening.patterns for m in pattern.finditer(sentence)]
        if any(not any(a < m.end() and m.start() < b for a, b in own) for m in other_lasting.finditer(sentence, start, end)):
            return None
    day = happening.day + timedelta(days=count - 1)
    # (a weekday may also be the first day's, counted from: "ہفتے کی شام سے ... آج مسلسل پانچویں روز", since Saturday
    # evening ... for the fifth day today)
    for m in find_dates(sentence, day, language=language, known_days=known_days):
        if m.kind not in FROM_PUBLICATION or not (m.value == day.isoformat() or (
                m.value == happening.day.isoformat() and (_counted_from_it(sentence, m, language)
                                                          or not _next_to(m, counted)))):
            return None  # ("for a fifth day on Saturday": the count's own day, which is not the fifth)
    return day


SINCE_REACH = 16  # characters after a day to its "since" postposition ("ہفتے کی شام سے")
COUNT_NEXT_TO = 6  # characters between a count of days and the day that dates it ("for a fifth day on Saturday")


def _next_to(mention: DateMention, counted: re.Match) -> bool:
    return 0 <= mention.start - counted.end() <= COUNT_NEXT_TO or 0 <= counted.start() - mention.end <= COUNT_NEXT_TO


def _counted_from_it(sentence: str, mention: DateMention, language: str) -> bool:
    """Whether a day is what a count runs from: "since Saturday evening", "ہفتے کی شام سے" (the language's
    `from_later_words` right before it, or its `since_after` right after it, a time of the day between)."""
    data = engine(language).data
    before = WORD.findall(sentence[max(0, mention.start - 12):mention.start].lower())
    after = WORD.findall(sentence[mention.end:mention.end + SINCE_REACH])
    return (bool(before) and before[-1] in {w.lower() for w in data.get("from_later_words", [])}) or any(
        w in data.get("since_after", []) for w in after[:3])


@lru_cache(maxsize=8)
def _clause_breaks(language: str) -> re.Pattern:
    """Marks and words that join another clause to a count's ("while", "جبکہ"; not "as", which may tell why)."""
    words = [w for w in (engine(language).data.get("clause_breaks") or []) if w.lower() != "and"]
    return re.compile(r"[;,،؛]" + (rf"|{words_pattern(words).pattern}" if words else ""), re.IGNORECASE)


@lru_cache(maxsize=8)
def _nth_day_patterns(language: str) -> tuple[re.Pattern, ...]:
    return tuple(re.compile(p, re.IGNORECASE) for p in engine(language).data.get("nth_day_patterns") or [])


LATER_REACH = 366  # days after a page's inferred day within which a happening it tells as done contradicts it


def _told_later(told: list[tuple[str, bool]], calendar: tuple[CalendarDay, ...], day: date, language: str) -> bool:
    """Whether a sentence of the page tells as done one of the calendar's happenings after `day` (within a year),
    naming it by its own month and day written out ("12 جولائی کو سپریم کورٹ نے ... فیصلہ دیا")."""
    later = [h for h in calendar if day < h.day <= day + timedelta(days=LATER_REACH)]
    for sentence, _ in told:
        named = [h for h in later if (span := h.find(sentence)) is not None and not speaks_of_future(sentence, *span, language)]
        if not named:
            continue
        # (the happening's own day written, told as done and of its year: not "21 اپریل کی تاریخ مقرر کر دی", a day
        # fixed for it, nor "on March 4, 2019")
        for m in find_dates(sentence, day + timedelta(days=LATER_REACH), language=language):
            if m.precision != "day" or m.status != "happened" or not m.value or m.date_start != m.date_end:
                continue
            written = date.fromisoformat(m.value)
            if any((h.day.month, h.day.day) == (written.month, written.day)
                   and (h.day.year == written.year or not WRITTEN_YEAR.search(m.text)) for h in named):
                return True
    return False


def _night_of_told(text: str, paragraphs: list[tuple[int, int]], title: str | None, day: date, language: str,
                   known_days: dict | None) -> bool:
    """Whether the page tells, as done, an act of the night of `day` by its weekday ("alleged late on Sunday",
    "منگل کی رات"): a page that names the day's happening by its weekday was written the day after at the earliest."""
    later = day + timedelta(days=1)
    for sentence, _ in _sentences(text, paragraphs, title):
        for m in find_dates(sentence, later, language=language, known_days=known_days):
            if m.kind == "weekday" and m.value == day.isoformat() and _late(m, sentence, language) \
                    and _told_as_done(m, sentence, language):
                return True
    return False


def _next_day_told(text: str, paragraphs: list[tuple[int, int]], title: str | None, day: date, language: str,
                   known_days: dict | None, past_only: bool = False) -> bool:
    """Whether the page tells, as done, an act of the day after `day` by its bare weekday ("SIC leaders
    on Monday rejected the results" in a report of Sunday's by-elections): it was written that day.  `past_only`:
    only in a clause told in the past (a happening named by its day: not "The winners take their oath on Monday")."""
    weekday = (day + timedelta(days=1)).weekday()
    past_perfect = _past_perfect_anywhere(language)
    for sentence, _ in _sentences(text, paragraphs, title):
        mentions = find_dates(sentence, day + timedelta(days=1), language=language, known_days=known_days)
        # (no past perfect anywhere in the sentence, "On Monday, the court had rejected ...", "نے پیر کو ... الزام
        # لگایا تھا", and no time in it told from another, "on Monday, a week before the vote")
        # ("this week's elections" counts from publication too)
        if any(m.kind not in FROM_PUBLICATION and not (m.kind == "week" and m.anchor_from == "publication")
               for m in mentions):
            continue
        for m in mentions:
            # (the past perfect only in the weekday's own clause: "hit back later on Saturday, saying ... the country
            # had held peaceful elections" is told as done; a weekday that opens the sentence, "On Friday, the court
            # had upheld ...", is of the clause after its comma)
            lo, hi = _clause_of(sentence, (m.start, m.end))
            if not sentence[m.end:hi].strip(" ,،") and len(WORD.findall(sentence, lo, m.start)) <= 1:  # ("Earlier on Friday,")
                hi = _clause_of(sentence, (hi + 1, hi + 1))[1] if hi < len(sentence) else hi
            if past_perfect and past_perfect.search(sentence, lo, hi):
                continue
            if m.kind != "weekday" or _weekdays_in(m.text, language) != [weekday]:
                continue
            # (or a time of that day, told in the past: "the National Assembly followed in the small hours of Monday",
            # not "on the night of Monday last week")
            bare = _bare_weekday(m, language)
            timed = not bare and _time_of_day_of(sentence, m, language) \
                and _bare_weekday(m, language, engine(language).data.get("noun_links", []))
            if (bare or timed) and _told_as_done(m, sentence, language) \
                    and (not (past_only or timed) or _told_in_the_past(sentence, m, language)):
                return True
    return False


def _told_in_the_past(sentence: str, mention: DateMention, language: str) -> bool:
    """Whether the clause of a day is told in the past, or, read as neither, its sentence has a verb in the past
    ("Addressing a press conference on Monday, Omar Ayub termed the exercise fraudulent"; not "The winners take
    their oath on Monday")."""
    tense = clause_tense(sentence, mention.start, mention.end, language)
    past = engine(language).past_anywhere
    return tense == "past" or (tense is None and past is not None and past.search(sentence) is not None)


def _told_as_done(mention: DateMention, sentence: str, language: str) -> bool:
    """Whether the sentence tells the act of a day as done in its own time: not planned, not in a quote, not
    from later (past perfect, relative clause), not as to come."""
    return mention.status != "planned" and not _quoted(sentence, mention.start) \
        and not _told_from_later(sentence, mention, language) and not speaks_of_future(sentence, mention.start, mention.end,
                                                                                       language)


def _lede(told: list[tuple[str, bool]], title: str | None) -> int | None:
    """The index of the lead's first sentence that is not the headline."""
    return next((k for k, (sentence, in_lead) in enumerate(told) if in_lead and sentence != title), None)


def _named_nearby(calendar: tuple[CalendarDay, ...], told: list[tuple[str, bool]], index: int, title: str | None,
                  language: str, known_days: dict | None, other_act: re.Pattern | None,
                  after_lede: bool = False) -> list[_Told]:
    """A lede that dates a happening's act by a day counted from publication but names who or what
    only in the headline or the next sentence ("A senior bureaucrat ... resigned on Saturday, saying he had
    overseen the manipulation of results. Liaquat Ali Chattha, the commissioner of Rawalpindi, told ...";
    "won most of the seats in elections for the upper house of parliament on Tuesday. The Election
    Commission postponed the Senate polling in the province ..."): that happening, told as named by its day.
    `after_lede`: the sentence after the lede, which dates the act that the lede (or the headline) names ("The
    PML-N and the PPP have reached a deal on a coalition. The agreement was announced late on Tuesday ...")."""
    sentence = told[index][0]
    # (the next sentence only when it counts no time of its own from publication and tells no other act: not
    # "Last year, Chattha made headlines ..." nor "Prime Minister Shehbaz Sharif congratulated him")
    neighbour = told[index - 1:index] if after_lede else told[index + 1:index + 2]
    following = [t for t, in_lead in neighbour if in_lead
                 and not any(not DIGIT.search(m.text) for m in find_dates(t, PROBES[0], language=language))
                 and not (other_act is not None and other_act.search(t))]
    nearby = " ".join([title or "", *following])
    found = []
    for happening in calendar:
        span = happening.find_across(sentence, nearby)
        if span is None or _another_act(other_act, sentence, span, happening, language):
            continue
        if after_lede and (speaker := _speaker(happening)) is not None and not speaker.search(sentence):
            continue  # (what someone said, said by another: "On Saturday, PTI leaders alleged that the inquiry ...")
        speaker = _speaker(happening)
        # (the next sentence opens on the speaker and has him say it: "Liaquat Ali Chattha, the commissioner of the
        # Rawalpindi division, told reporters ..."; not "... is a party member", nor a headline)
        told_next = speaker is not None and not after_lede and not speaker.search(sentence) and any(
            (opening := speaker.search(t)) is not None and len(WORD.findall(t[:opening.start()])) <= SPEAKER_OPENS
            and _language_words(language, "saying_verbs").search(t, opening.end()) is not None for t in following)
        reported = _reported(happening, sentence, span, language, known_days, True, speaker_told_next=told_next)
        if reported is not None and reported[1]:  # (a day counted from publication dates the act)
            found.append(_Told(happening, reported[0], reported[1], sentence, *reported[2:]))
    return found


def _holiday_fit(text: str, paragraphs: list[tuple[int, int]], title: str | None, first: date,
                 language: str) -> date | None:
    """The one day of the week from `first` on at which a sentence's "today", "tomorrow" or
    "yesterday" is the holiday it names ("will remain closed tomorrow on account of Christmas": 24
    December), or None."""
    if not engine(language).gates["holiday"].search(text):
        return None  # (most pages name no holiday: no need to read their sentences again)
    fits = set()
    for sentence, _ in _sentences(text, paragraphs, title):
        if not any(m.kind == "holiday" for m in find_dates(sentence, first, language=language)):
            continue
        for offset in range(WEEK):
            day = first + timedelta(days=offset)
            mentions = find_dates(sentence, day, language=language)
            said = [m for m in mentions if m.kind == "relday" and _days_from_publication(m, language) is not None]
            if any(m.kind == "holiday" and r.value == m.value and _the_day_of(sentence, r, m, language)
                   for m in mentions for r in said):
                fits.add(day)
    return fits.pop() if len(fits) == 1 else None


HOLIDAY_REACH = 10  # words between a "today" and the holiday it is ("closed tomorrow on account of Christmas")


def _the_day_of(sentence: str, said: DateMention, holiday: DateMention, language: str) -> bool:
    """Whether a "today" or "tomorrow" is the holiday's own day: close to it in the sentence, with none of
    the language's `not_the_holiday_words` between ("preparations for Christmas": a time ahead of it)."""
    lo, hi = sorted([(said.start, said.end), (holiday.start, holiday.end)])
    between = sentence[lo[1]:hi[0]]
    words = engine(language).data.get("not_the_holiday_words") or []
    other_time = words_pattern(words) if words else None
    return len(WORD.findall(between)) <= HOLIDAY_REACH and not (other_time and (
        other_time.search(between) or other_time.search(sentence[max(0, holiday.start - 14):holiday.start])))


CLAUSE_PUNCTUATION_MARKS = ",;:،؛—–"
CLAUSE_PUNCTUATION = re.compile(f"[{CLAUSE_PUNCTUATION_MARKS}]")


def _own_clause(sentence: str, span: tuple[int, int], openers: tuple[re.Pattern, ...]) -> tuple[int, int]:
    """The clause of `span` (see `_clause_of`), ended early where one of `openers` starts another clause after it."""
    start, end = _clause_of(sentence, span)
    for opener in openers:
        if (joined := opener.search(sentence, span[1], end)) is not None:
            end = joined.start()
    return start, end


def _clause_of(sentence: str, span: tuple[int, int]) -> tuple[int, int]:
    """The clause that holds a happening's words: from the punctuation before them to the punctuation
    after them ("the first round of talks, the first contact since the party's protest": "since" is in
    another clause)."""
    # (the last mark before them, found backwards: a long sentence costs no scan from its start per clause)
    before = max(sentence.rfind(mark, 0, span[0]) for mark in CLAUSE_PUNCTUATION_MARKS)
    after = CLAUSE_PUNCTUATION.search(sentence, span[1])
    return (before + 1 if before >= 0 else 0), (after.start() if after else len(sentence))


@lru_cache(maxsize=8)
def _written_in_full(text: str, language: str) -> tuple[tuple[date, str, DateMention], ...]:
    """The days a page writes with their year in its sentences ("the verdict of July 12, 2024", "12 جولائی
    2024ء کو"), and the months it so writes in a clause told in the past (by their first days), with those sentences
    and mentions; not a line that is a date and little else (a date line, a masthead's "پیر، 17 ربیع الثانی 1446ھ":
    the page's own day, if anything).  (Cached: infer_published reads them twice for a page.)"""
    days = []
    for start, end in split_sentences(text, 0, len(text)):
        sentence = text[start:end].replace("’", "'")  # (as _sentences gives them)
        if not WRITTEN_YEAR.search(sentence) or len(sentence.split()) < SENTENCE_WORDS:
            continue
        for m in find_dates(sentence, PROBES[0], language=language):
            # (a day told as to come is its schedule, said before it: "the polls would be held on
            # February 8, 2024" in a report of that day's vote)
            # (nor a stamp, a day beside a time of day: "Updated 4:12 PM GMT+5, March 3, 2024")
            # (a month only when its clause is told in the past: "the programme, which ends in April 2024, was approved
            # in July 2023" leaves April ahead)
            if (m.precision == "day" or (m.precision == "month"
                                         and clause_tense(sentence, m.start, m.end, language) == "past")) \
                    and m.value and WRITTEN_YEAR.search(m.text) and m.status != "planned" \
                    and not speaks_of_future(sentence, m.start, m.end, language) \
                    and not CLOCK_NEAR.search(sentence, max(0, m.start - STAMP_REACH), m.start) \
                    and not CLOCK_NEAR.match(sentence, m.end):
                days.append((date.fromisoformat(m.date_start or m.value), sentence, m))
    return tuple(days)


# Two days far apart: a day and month a sentence names itself read the same from both.
PROBES = (date(2025, 6, 15), date(2024, 1, 10))
TOUCHING = 4  # the most characters (no letters) between "today" and the date it is: "today, November 24"
TODAY_REACH = 60  # characters around a "today" read for the date it is
TODAY_WORDS = 10  # "today"s read on a page
YEAR = re.compile(r"\b\d{4}\b")
# A mark that ends a phrase or clause: between a count of years and its day, another clause's day; between a
# relative pronoun or "after" and the act's words, the act is not in that clause.
CLAUSE_MARK = re.compile(r"[,;:()—–\-]\s|[،؛]")
FRONTED_COMMA = re.compile(r"\s*[,،]\s*")
SENTENCE_WORDS = 8  # words: a line shorter than this that writes a date is a date line, not a report of one
CLOCK_NEAR = re.compile(r"\s*,?\s*\d{1,2}[:.]\d{2}(?!\d)")  # a time of day next to a date: a stamp
STAMP_REACH = 20  # characters before a date where a stamp's time of day stands
WRITTEN_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")  # ("2024ء": Urdu writes a letter right after the year)


class Stated(NamedTuple):
    day: date
    words: str  # as written: "today, November 24"
    by: str     # how its year was told: "the text", "the weekday", or the happening of that day
    named: bool = True  # the page names its day itself
    means: str = "the day it calls today"  # how the words give the day

    def problem(self, why: str = NO_DATE) -> str:
        return (f"{why}; {self.day.isoformat()} is {self.means} "
                f"('{self.words}', the year from {self.by})")


def stated_today(text: str, paragraphs: list[tuple[int, int]], calendar: tuple[CalendarDay, ...],
                 language: str = "en", title: str | None = None, not_words: tuple[str, ...] = (),
                 return_words: tuple[str, ...] = (), latest: date | None = None,
                 known_days: dict | None = None) -> Stated | None:
    """The day an undated page calls today ("today, November 24", "April 21 (today)", "آج 8 فروری
    کو"), or None.  Its year is the one written with it; else the only year of the story (its
    calendar's years and the next, up to `latest`, by default this day) whose day is the weekday
    written with it ("Today, Saturday (February 17)"); else the only one whose happening of that day
    the page reports (the calendar's words, in a sentence with none of `not_words`), unless the page
    speaks of a yearly return (`return_words`: "the first anniversary").  A weekday written with it
    must fit; another year that fits as well, or a "today" inside a quotation (the speaker's), gives
    no day.  A date written with another of the language's `relative_days` ("will be held tomorrow
    (Sunday, April 21)", "the day before yesterday (Sunday, April 21)") gives the day that many days
    from it; a date that names a happening ("yesterday ... the 8 February elections") gives none.  Only
    TODAY_WORDS such words of the first CALENDAR_SENTENCES sentences are read, each in a window of
    TODAY_REACH characters: the cost stays bounded on a huge page."""
    today_words = _today_words(language)
    years = sorted({h.day.year for h in calendar} | {h.day.year + 1 for h in calendar})
    if today_words is None or not years:
        return None
    latest = latest or date.today()
    sentences = list(_sentences(text, paragraphs, title))
    read = 0
    for sentence, _ in sentences:
        for word in today_words.finditer(sentence):
            if read >= TODAY_WORDS:
                return None
            read += 1
            if _quoted(sentence, word.start()):
                continue
            if any(m.start("rel") == word.start() for pattern in _years_since_rx(language)
                   for m in pattern.finditer(sentence)) \
                    and (said := next((m for m in find_dates(sentence, PROBES[0], language=language)
                                       if m.start >= word.end() and m.value), None)) is not None \
                    and engine(language).genitive_after.match(sentence, said.end):
                continue  # ("آج نو مئی 2023 کے واقعات کو دو برس مکمل ہو گئے": today counts years since the day its genitive
                # names; not "آج 8 فروری 2025 ہے اور ... ایک سال مکمل", today's own date)
            stated = _stated_at(sentence, (word.start(), word.end()), language)
            if stated is not None:
                (month, day), year, written = stated
                found = _year_of(month, day, year, years, latest, written, sentences, calendar, language,
                                 not_words, return_words, (known_days or {}).get((month, day)), title)
                offset = _offset_at(sentence, word, language)
                either = engine(language).lookup("tense_relative_days", word.group())
                if either is not None and (side := _copula_side(written, language)):
                    # ("کل 8 فروری ہے": the copula says which side of today "کل" is, as a verb's tense would)
                    offset = side * abs(either)
                if offset is None:
                    continue  # (a "کل" whose tense says neither day)
                # ("will be held tomorrow (Sunday, April 21)": the page is of the 20th)
                return found._replace(day=found.day - timedelta(days=offset), means="the day next to the one it writes") \
                    if found and offset else found
    return None


def stated_as_of(text: str, paragraphs: list[tuple[int, int]], language: str = "en",
                 title: str | None = None) -> Stated | None:
    """The day an undated brief, factbox or explainer says its information runs to ("This brief reflects
    developments up to 17 June 2024.", "(As of Feb. 5, 2026)"): one of the language's `as_of_phrases` right
    before a day written with its year, above the body or in its lead."""
    phrases = engine(language).data.get("as_of_phrases") or []
    if not phrases:
        return None
    said = words_pattern(phrases)
    pattern = re.compile(rf"(?<!\w)(?:{said.pattern})\s*,?\s*$", re.IGNORECASE)
    # (the lines above the body too, where a brief says it: "This brief reflects developments up to ...")
    header = [text[a:b] for a, b in split_sentences(text, 0, paragraphs[0][0])] if paragraphs else []
    lead = [sentence for sentence, in_lead in _sentences(text, paragraphs, title) if in_lead]
    for sentence in [*header, *lead]:
        if not said.search(sentence):
            continue  # (no "as of": no dates to find)
        for m in find_dates(sentence, PROBES[0], language=language):
            if m.precision == "day" and m.value and WRITTEN_YEAR.search(m.text) \
                    and pattern.search(sentence[max(0, m.start - AS_OF_REACH):m.start]):
                return Stated(date.fromisoformat(m.value), sentence[m.start:m.end], "the text",
                              means="the day its information runs to")
    return None


AS_OF_REACH = 40  # characters before a date where its "as of" is read


def stated_by_years_since(text: str, paragraphs: list[tuple[int, int]], language: str = "en",
                          title: str | None = None, known_days: dict | None = None,
                          calendar: tuple[CalendarDay, ...] = ()) -> Stated | None:
    """The day of an undated page that counts whole years from a day it writes in full: "Tomorrow
    marks a year since 8th February, 2024" was written on 7 February 2025, "today is the first
    anniversary of the February 8, 2024 polls" on 8 February 2025.  The language's
    `years_since_patterns` say how (a day word of `relative_days`, a count or an ordinal); the day
    counted from is the only one the sentence writes with its year, else the story's known day its
    bare noun names after the words, with no other date in the sentence ("Today marks one year since
    roughly 60 million Pakistanis went to the polls": `known_days`' bare_nouns), else the one happening of the
    story's `calendar` the words of the count's clause tell ("شہباز شریف کو دوسری مرتبہ وزیراعظم منتخب ہوئے آج ایک سال مکمل
    ہو گیا", a year today since Shehbaz Sharif was elected prime minister a second time)."""
    patterns = _years_since_rx(language)
    if not patterns:
        return None
    eng = engine(language)
    for sentence, _ in _sentences(text, paragraphs, title):
        for pattern in patterns:
            m = pattern.search(sentence)
            if m is None or _quoted(sentence, m.start()):
                continue  # (a "today" in a quotation is the speaker's)
            offset = eng.lookup("relative_days", m.group("rel"))
            if offset is None and (either := eng.lookup("tense_relative_days", m.group("rel"))) is not None:
                # ("کل عام انتخابات کو ایک سال مکمل ہو جائے گا": tomorrow, by the verb's tense)
                offset = abs(either) if m.groupdict().get("will") else -abs(either) if m.groupdict().get("was") else None
            count, nth = m.groupdict().get("n"), m.groupdict().get("nth")
            years = (int(count) if count.isdigit() else eng.lookup("number_words", count)) if count \
                else eng.lookup("ordinal_words", nth) if nth else None
            # The day counted from: written in full inside the words (Urdu: "آج 8 فروری 2024ء کے ... کو ایک
            # سال مکمل") or the first date after them ("a year since Pakistanis queued ... on 8th February,
            # 2024"; not when that first one has no year: "since the February 8 polls, ... January 31, 2024").
            dates = [d for d in find_dates(sentence, PROBES[0], language=language) if d.value and d.start >= m.end("rel")]
            returns = [d for d in dates if d.kind == "anniversary" and d.start < m.end()]
            # (a weekday set by the day word is that day, not the one counted from: "Tomorrow, Saturday, Pakistan
            # marks one year since ...")
            said = [d for d in dates if d.kind == "weekday" and d.end <= m.end()]
            # (nor is a day word after the count one counted from: "... ایک سال مکمل ہو جائے گا اور تحریک انصاف کل صوابی
            # میں یوم سیاہ منائے گی")
            dates = [d for d in dates if d.kind != "anniversary" and d not in said
                     and not (d.kind == "relday" and d.start >= m.end())]
            inside = [d for d in dates if d.end <= m.end()]
            after = [d for d in dates if d.start >= m.end() and not CLAUSE_MARK.search(sentence, m.end(), d.start)][:1]
            days = [d for d in inside or after if d.precision == "day" and WRITTEN_YEAR.search(d.text)]
            if offset is not None and years and m.groupdict().get("ago"):
                # "A year ago today, on a cold Thursday morning, millions of Pakistanis stood in queues to
                # vote": counted back to the story's day the sentence tells of
                day = _counted_back(sentence, m, years, offset, language, known_days)
                if day is not None:
                    return Stated(day, m.group(), "the years counted back to the story's day it names")
                told = _counted_back_to_calendar(sentence, m, years, offset, language, calendar)
                if told is not None:
                    return Stated(told[0], m.group(), f"the years counted back to {told[1]}")
                continue
            origin = _counted_from_named(sentence, m, language, known_days, calendar) \
                if offset is not None and years and not dates else None
            if origin is not None:
                day = _years_on(origin[0], years)
                if day is not None and _weekdays_fit(m.group(), day, language):
                    return Stated(day - timedelta(days=offset), m.group(), f"the years counted from {origin[1]}")
                continue
            if offset is None or not years or len(days) != 1 or len(inside or after) != 1:
                continue
            if returns and returns[0].precision == "day":
                # "the first anniversary of the November 26, 2024 crackdown": the date finder counted it
                return Stated(date.fromisoformat(returns[0].value) - timedelta(days=offset), m.group(),
                              "the years counted from the day it writes")
            marked = date.fromisoformat(days[0].value)
            try:
                day = marked.replace(year=marked.year + years) - timedelta(days=offset)
            except ValueError:  # 29 February
                continue
            if not _weekdays_fit(m.group(), day + timedelta(days=offset), language):
                continue  # (the weekday written does not fit: the page says something else)
            return Stated(day, m.group(), "the years counted from the day it writes")
    return None


def stated_by_count(text: str, paragraphs: list[tuple[int, int]], language: str = "en",
                    title: str | None = None, known_days: dict | None = None,
                    calendar: tuple[CalendarDay, ...] = ()) -> Stated | None:
    """The day of an undated page whose lead sets a weekday apart by a count from a day it names:
    "met for the first time on Thursday, exactly three weeks after a February 8 vote" is Thursday
    29 February 2024, and the page was written that day (a wire tells a day's act by its weekday
    on the day).  The count is in days, weeks or years ("exactly two years after his arrest on August 5,
    2023"), from a date written a few words after it, the story's known day its bare noun names there
    ("on Sunday, four weeks after the polls") or a happening of the story's `calendar` told in the words
    after it ("took oath on Monday, a week after Shehbaz Sharif was sworn in"), and the day it
    gives must be the weekday written (else the page says something else).  The count may stand after the
    weekday's clause (", a day after the new National Assembly held its inaugural sitting"), open the
    sentence, after a dateline's mark ("ISLAMABAD: Two days after ..., the party on Sunday wrote"), or end one of
    the lead's next two sentences that has no day of its own ("... he told a press conference, six days after the
    February 8 polls").  A lead that opens on a count and tells its main clause in the present dates the page too
    (_counted_to_now).  "Today" counted
    so is that day ("met today ..., eight days after the 8 February general election").  Not a count hedged
    ("nearly four weeks after") nor one in a clause about the future."""
    eng = engine(language)
    count = _count_after_rx(language)
    if count is None:
        return _counted_today(text, paragraphs, language, title, known_days)
    told = list(_sentences(text, paragraphs, title))
    read: dict[int, list[DateMention]] = {}  # the dates of each lead sentence, found once

    def dates_of(k: int) -> list[DateMention]:
        if k not in read:
            read[k] = find_dates(told[k][0], None, language=language, known_days=known_days)
        return read[k]
    for index, (sentence, in_lead) in enumerate(told):
        if not in_lead:
            continue
        mentions = dates_of(index)
        if not any(m.kind in FROM_PUBLICATION for m in mentions) \
                and (day := _counted_to_now(sentence, mentions, language, known_days, calendar)) is not None:
            return day
        # (one day from publication only: "elected a speaker on Friday, a day after the house met on
        # Thursday, three weeks after the polls" is of the Friday)
        # (a weekday's possessive names a happening, not the report's day: "on Sunday finished announcing results
        # from Thursday's parliamentary vote, three days after polls closed")
        if sum(1 for m in mentions if m.kind in FROM_PUBLICATION and not m.text.endswith(("'s", "’s"))) != 1:
            continue
        for weekday in mentions:
            # ("met today ..., eight days after the 8 February general election": today itself, counted to)
            today = weekday.kind == "relday" and eng.lookup("relative_days", weekday.text) == 0
            if not (today or weekday.kind == "weekday") or weekday.value is not None or _quoted(sentence, weekday.start) \
                    or speaks_of_future(sentence, weekday.start, weekday.end, language) \
                    or not (today or _bare_weekday(weekday, language)) or _told_from_later(sentence, weekday, language):
                continue
            # (the count may stand after the weekday's clause: "on Friday elected Gandapur as the
            # province's chief executive, a day after the new National Assembly held its inaugural sitting")
            # (or open the sentence: "Two days after the court's July 12 verdict, the party on Sunday wrote")
            found = count.search(sentence, weekday.end) or _count_after_rx(language, opening=True).search(sentence, 0, weekday.start)
            where, where_mentions = sentence, mentions
            for k in range(index + 1, min(len(told), index + 1 + COUNT_NEXT_SENTENCES)):
                # (or end one of the lead's next sentences, which tell the same act: "... on Wednesday announced he
                # would give up the seat. 'I will not take it,' he told a press conference, six days after the
                # February 8 polls." -- sentences with no day of their own)
                following, following_in_lead = told[k]
                if found is not None or not following_in_lead:
                    break
                following_mentions = dates_of(k)
                if any(m.kind in FROM_PUBLICATION for m in following_mentions):
                    break
                found = count.search(following)
                # (a sentence with a day of its own before the count tells another act: "The assembly had held its
                # inaugural session on February 29, three weeks after the February 8 polls")
                if found is not None and any(m.end <= found.start() for m in following_mentions):
                    found = None
                    break
                where, where_mentions = following, following_mentions
            names = _weekdays_in(weekday.text, language)
            if found is None or len(names) != (0 if today else 1):
                continue
            counted = _count_of(found, eng)
            if counted is None:
                continue
            number, unit = counted
            if where is sentence and found.start() > weekday.end and "," not in found.group() \
                    and not _bare_count_of_the_act(sentence, weekday.end, found.start(), language):
                continue
            sign = 1 if eng.has("later_words", found["dir"]) else -1
            # (who did the act the count is from may be named before the count: "Modi on Tuesday congratulated
            # Shehbaz Sharif a day after the PML-N leader was sworn in", "Shehbaz Sharif on Tuesday chaired a meeting a
            # day after he was sworn in")
            named_before = sentence[:found.start()] if where is sentence and found.start() > weekday.end else ""
            base = _counted_from(where, found.end(), where_mentions, known_days) \
                or _counted_from_happening(where, found.end(), calendar, language, named_before)
            if base is None:
                continue
            day = _years_on(base, sign * number) if unit == "year" else base + timedelta(days=sign * number * COUNT_UNITS[unit])
            if day is None:
                continue
            if today or day.weekday() == names[0]:
                words = sentence[weekday.start:found.end()] if where is sentence else f"{weekday.text} ... {found.group().strip(' ,')}"
                return Stated(day, words.strip(), "the count from the day it names",
                              means="the day it counts" if today else "the day of the weekday it counts")
    return None


def _owned_by_a_day(happening: CalendarDay, sentence: str, language: str, lead: str) -> tuple[int, int] | None:
    """The span of a happening's last words (what it is) right after a day counted from publication that owns them
    ("What yesterday's by-elections tell us", "Sunday's by-polls", "کل کے ضمنی انتخابات"): the day names the
    happening (one whose `noun_names`), whose act's words the sentence need not hold, when the page's lead holds one
    of its signs (another round's by-elections, PK-22's in July 2024, are named the same); None otherwise.  Not Urdu
    "کل کے", whose "کل" is yesterday or tomorrow ("کل کے ضمنی انتخابات کے لیے انتظامات مکمل")."""
    if not happening.noun_names or (happening.not_words is not None and happening.not_words.search(sentence)) \
            or not any(sign.search(lead) for sign in happening.signs):
        return None
    genitives = tuple(" " + g for g in engine(language).data.get("genitives", []) if not g.startswith(("'", "’")))
    for found in happening.patterns[-1].finditer(sentence):
        before = sentence[:found.start()].rstrip()
        owned = before.endswith(("'s", "’s"))
        if not owned and before.endswith(genitives):
            before, owned = before[:before.rindex(" ")].rstrip(), True
        if owned and any(m.end == len(before) and m.kind == "relday"
                         and engine(language).lookup("relative_days", re.sub(r"['’]s$", "", m.text)) is not None
                         for m in find_dates(before, PROBES[0], language=language)):
            return found.span()
    return None


def _counted_today(text: str, paragraphs: list[tuple[int, int]], language: str, title: str | None,
                   known_days: dict | None) -> Stated | None:
    """In a language that puts what a count is from before it, a lead's count from a day it writes right before
    "today": "8 فروری کے عام انتخابات کے آٹھ دن بعد آج جمعے کو ... دھرنا دیا" was written on 16 February 2024 (not a
    count hedged, nor one whose weekday does not fit)."""
    hedges = _pattern(tuple(engine(language).data.get("count_hedges", ()))) if engine(language).data.get("count_hedges") else None
    for sentence, in_lead in _sentences(text, paragraphs, title):
        if not in_lead:
            continue
        mentions = find_dates(sentence, None, language=language, known_days=known_days)
        for count, today in zip(mentions, mentions[1:]):
            if count.kind != "shift" or count.precision != "day" or not count.value or today.kind != "relday" \
                    or sentence[count.end:today.start].strip() or _days_from_publication(today, language) != 0 \
                    or (hedges is not None and hedges.search(sentence, max(0, count.start - 12), count.start)):
                continue
            day = date.fromisoformat(count.value)
            if (named := _weekdays_in(today.text, language)) and day.weekday() not in named:
                continue  # ("آج جمعے کو": the day counted must be a Friday)
            return Stated(day, sentence[:today.end].strip(), "the count from the day it names", means="the day it counts")
    return None


def _count_of(found: re.Match, eng) -> tuple[int, str] | None:
    """The number and unit of a count the language's count pattern found ("three weeks after"), or None
    when either is not one it counts in (COUNT_UNITS)."""
    number = found["n"]
    number = int(number) if number.isdigit() else eng.lookup("number_words", number)
    unit = eng.lookup("units", found["unit"])
    return (number, unit) if number and unit in COUNT_UNITS else None


COUNT_NEXT_SENTENCES = 2  # lead sentences after a weekday's where the count that dates it may stand


def _month_day(mention: DateMention) -> tuple[int, int]:
    """The month and day a resolved mention of one day writes."""
    return int(mention.value[5:7]), int(mention.value[8:10])


def _story_day_in(clause: str, language: str, known_days: dict | None, calendar: tuple[CalendarDay, ...]) -> date | None:
    """The story's own day (a known day or a calendar happening's) that the one yearless day of a clause
    names: "after President Zardari signed the amendment on October 21" is 21 October 2024."""
    days = [m for m in find_dates(clause, PROBES[0], language=language) if m.value and m.precision == "day"]
    if len(days) != 1 or YEAR.search(days[0].text):
        return None
    month_day = _month_day(days[0])
    known = (known_days or {}).get(month_day)
    found = {known.day} if known is not None else {h.day for h in calendar if (h.day.month, h.day.day) == month_day}
    return found.pop() if len(found) == 1 else None


LIST_MARK = re.compile(r"\s*(?:(?:\d{1,2}/|[•*▪])\s+)?")  # what may stand before a lead's opening count
PRESENT_REACH = 12  # words of the main clause, after an opening count, read for a verb in the present


def _counted_to_now(sentence: str, mentions: list[DateMention], language: str, known_days: dict | None,
                    calendar: tuple[CalendarDay, ...]) -> Stated | None:
    """The day of a lead that opens on a count in days from a day it names and tells what follows in the
    present: "Three days after President Zardari signed the amendment on October 21, the scale of what
    parliament has done is only beginning to sink in" was written on October 24 (its language's
    `present_verbs` in the first words of the main clause; "said", a past, may be written any day later)."""
    eng = engine(language)
    present = eng.data.get("present_verbs") or ()
    found = _count_after_rx(language, opening=True).search(sentence) if present else None
    if found is None or not (LIST_MARK.fullmatch(sentence[:found.start()]) or DATELINE_PREFIX.fullmatch(sentence[:found.start()])):
        return None  # (after a thread's or a list's mark only, "1/ Two days after polling, ...", or a dateline's)
    counted = _count_of(found, eng)
    if counted is None or counted[1] == "year" or not eng.has("later_words", found["dir"]):
        return None
    number, unit = counted
    stop = _clause_end(language).search(sentence, found.end())
    if stop is None or sentence[stop.start()] not in ",،":
        return None
    written = [m for m in re.finditer(r"[\w'’-]+", sentence[stop.end():])][:PRESENT_REACH]
    main = [m.group().lower() for m in written]
    present_words = {p.lower() for p in present}
    now = next((k for k, w in enumerate(main) if w in present_words), None)
    if now is None or speaks_of_future(sentence, stop.end(), len(sentence), language):
        return None
    # (the main clause's own verb comes first: "..., the commission announced final results that are still
    # disputed" is told from any later day; not a participle that describes, "PTI-backed independents are",
    # "newly elected lawmakers remain", "jailed former prime minister Imran Khan's party says", nor a name,
    # "the United States is calling"; "has done" is a present perfect)
    past = _past_forms(language)
    perfect = {w.lower() for w in eng.data.get("perfect_auxiliaries", ())}
    describing = {w.lower() for w in (*eng.data.get("determiners", ()), *eng.data.get("possessives", ()))}

    def a_past_verb(k: int, word: str) -> bool:
        if k == 0 or "-" in word or written[k].group()[:1].isupper() or main[k - 1] in perfect:
            return False
        if main[k - 1] in describing or main[k - 1].endswith(("ly", "'s", "’s")):
            return False
        return word in past or any(word.endswith(x) and len(word) > len(x) + 2 for x in eng.data.get("past_suffixes", ()))
    if any(a_past_verb(k, w) for k, w in enumerate(main[:now])):
        return None
    # (the present of a relative clause: "voters who still haven't seen results took to the streets"; not the main
    # verb after one, "the party that won the most seats is still waiting")
    opener = next((k for k in range(now - 1, -1, -1) if _clause_openers(language).fullmatch(main[k])), None)
    suffixes = tuple(eng.data.get("past_suffixes", ()))
    if opener is not None and not any(w in past or w in present_words or (suffixes and w.endswith(suffixes))
                                      for w in main[opener + 1:now]):
        return None
    # ("still" with a verb in the present after it: "still has no clear winner", "still doesn't know", not "still claimed")
    if main[now] == "still" and not (main[now + 1:now + 2] and (main[now + 1] in present_words or main[now + 1].endswith(("s", "n't"))
                                                              and not a_past_verb(now + 1, main[now + 1]))):
        return None
    base = _counted_from(sentence[:stop.start()], found.end(), mentions, known_days) \
        or _counted_from_happening(sentence[:stop.start()], found.end(), calendar, language) \
        or _story_day_in(sentence[found.end():stop.start()], language, known_days, calendar)
    if base is None:
        return None
    return Stated(base + timedelta(days=number * COUNT_UNITS[unit]), sentence[:stop.start()].strip(),
                  "the count from the day it names", means="the day it counts")


def stated_by_week(text: str, paragraphs: list[tuple[int, int]], language: str = "en",
                   title: str | None = None, known_days: dict | None = None) -> Stated | None:
    """The day of an undated page whose lead puts its own act on a bare weekday and names a known day
    of the story by its week from publication: "the Foreign Office on Saturday rejected criticism of
    this week's parliamentary elections" is the Saturday of the election's week, "on Monday joined a
    party, after last week's polls" the Monday of the week after.  A done act is not before the
    day it names (else the page says something else)."""
    for sentence, in_lead in _sentences(text, paragraphs, title):
        if not in_lead:
            continue
        mentions = find_dates(sentence, None, language=language, known_days=known_days)
        from_publication = [m for m in mentions if m.kind in FROM_PUBLICATION]
        weeks = [m for m in mentions if m.kind == "week"]
        if len(from_publication) != 1 or len(weeks) != 1:
            continue
        weekday, week = from_publication[0], weeks[0]
        names = _weekdays_in(weekday.text, language)
        if weekday.kind != "weekday" or len(names) != 1 or not _bare_weekday(weekday, language) \
                or _quoted(sentence, weekday.start) or _told_from_later(sentence, weekday, language) \
                or speaks_of_future(sentence, weekday.start, weekday.end, language):
            continue
        # (the week's possessive right before the day's bare noun, in its clause: "this week's parliamentary
        # elections"; not "this week's by-elections", nor in a sentence of another vote: "Britain's ... general election")
        possessives = engine(language).data.get("possessives") or ()
        if not any(week.text.endswith(p) for p in possessives):
            continue
        after = sentence[week.end:week.end + WEEK_NOUN_CHARS]
        stop = _clause_end(language).search(after)
        known = _named_known_day(after[:stop.start()] if stop else after, known_days)
        if known is None or (known.bare_not_words and words_pattern(known.bare_not_words).search(sentence)):
            continue
        day = known.day
        read = next((m for m in find_dates(sentence, day, language=language, known_days=known_days)
                     if m.start == week.start and m.kind == "week" and m.value), None)
        if read is None:
            continue
        monday = day - timedelta(days=day.weekday())
        page = monday - (date.fromisoformat(read.value) - monday) + timedelta(days=names[0])
        # (the week read from that page must hold the day: "the past week's elections" counts back from the page)
        again = next((m for m in find_dates(sentence, page, language=language, known_days=known_days)
                      if m.start == week.start and m.date_start and m.date_end), None)
        if page >= day and again is not None and again.date_start <= day.isoformat() <= again.date_end:
            return Stated(page, sentence[week.start:week.end].strip(), "the day it names",
                          means="the weekday in the week it names")
    return None


WEEK_NOUN_CHARS = 40  # the reach after "this week's" where the known day's bare noun stands


COUNT_UNITS = {"day": 1, "week": 7, "year": None}  # days in the unit (a year: the same day of another year)


def _years_on(day: date, years: int) -> date | None:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return None


def _bare_weekday(mention: DateMention, language: str, links: list[str] = ()) -> bool:
    """A weekday with at most a preposition of a day ("on Thursday"), no modifier ("last Thursday",
    "since Thursday"): the day of the report's own act.  `links`: other words it may hold ("of Monday")."""
    allowed = _bare_weekday_words(language) | {w.lower() for w in links}
    return all(w.lower() in allowed for w in WORD.findall(mention.text))


@lru_cache(maxsize=8)
def _bare_weekday_words(language: str) -> frozenset:
    """The words a bare weekday may have: its names, the prepositions that name a day, and the day's own
    postpositions (Urdu's "پیر کو", "پیر کے روز"), but not those of its night."""
    data = engine(language).data
    nights = {w.lower() for w in data.get("night_words") or []}
    postpositions = {w.lower() for p in data.get("day_postpositions") or [] for w in WORD.findall(p)
                     if not nights & {x.lower() for x in WORD.findall(p)}}
    return frozenset({w.lower() for w in data.get("naming_prepositions") or []} | set(engine(language).weekday_of)
                     | postpositions)


def _told_from_later(sentence: str, mention: DateMention, language: str) -> bool:
    """Whether the clause tells the weekday's act from later: a past perfect ("had met on Thursday") or
    a relative clause ("which met on Thursday")."""
    start = max(0, mention.start - RELATIVE_VERB_WINDOW)
    before = sentence[start:mention.start]
    past_perfect = _past_perfect(language)
    relative = list(_relative_pronouns(language).finditer(before))
    # (a relative clause closed before the weekday, "lawmakers, who won seats in a disputed vote, met on
    # Thursday", is no clause of it)
    open_relative = bool(relative) and not re.search(r"[,;:]", before[relative[-1].end():])
    return bool((past_perfect and past_perfect.search(before)) or open_relative)


RELATIVE_VERB_WINDOW = 60  # characters before a weekday where its clause's past perfect or "which" may stand


COUNTED_FROM_WORDS = 4  # words between a count and its day: "a February 8 vote", "after his arrest on August 5, 2023"


def _counted_from(sentence: str, at: int, mentions: list[DateMention], known_days: dict | None) -> date | None:
    """The day a count is from: a date of one day right after it, past a few words ("a February 8 vote",
    "his arrest on August 5, 2023"), else the known day whose bare noun stands there ("the polls")."""
    ahead = WORD.findall(sentence[at:at + 60])
    for mention in mentions:
        if mention.start >= at and mention.value and mention.precision == "day" \
                and len(WORD.findall(sentence[at:mention.start])) <= COUNTED_FROM_WORDS:
            return date.fromisoformat(mention.value)
    known = _named_known_day(" ".join(ahead[:3]), known_days)
    return known.day if known is not None else None


COUNTED_HAPPENING_CHARS = 90  # the reach after a count where the happening it is from is told


def _counted_from_happening(sentence: str, at: int, calendar: tuple[CalendarDay, ...], language: str,
                            named_before: str = "") -> date | None:
    """The day of the one calendar happening told right after a count, before a clause mark or word
    ("a week after Shehbaz Sharif was sworn in as prime minister | and a day after ..."), or None; its act
    there and who did it in `named_before` (the sentence's words before the count) will do ("Modi on Tuesday
    congratulated Shehbaz Sharif a day after the PML-N leader was sworn in as prime minister")."""
    window = sentence[at:at + COUNTED_HAPPENING_CHARS]
    stop = _clause_end(language).search(window)
    window = window[:stop.start()] if stop else window
    days = {h.day for h in calendar if h.find(window) is not None}
    if not days and named_before:
        days = {h.day for h in calendar if h.find_across(window, named_before + " " + window) is not None}
    return days.pop() if len(days) == 1 else None


def _bare_count_of_the_act(sentence: str, start: int, end: int, language: str) -> bool:
    """Whether a count with no comma before it counts the act of the weekday's clause: no relative clause or
    "that" between ("against results that were notified a week after the polls"), and no second verb in the past
    ("staged protests against the results announced three days after the polls"; one is the act's)."""
    if _clause_openers(language).search(sentence, start, end):
        return False
    eng = engine(language)
    past = _past_forms(language)
    suffixes = tuple(eng.data.get("past_suffixes", ()))
    words = WORD.findall(sentence, start, end)
    # (a verb joined by "and" is the same act's, "gathered ... and blocked roads"; a name, "Ahmed", or a participle
    # before "by", "a rally led by", is no verb)
    verbs = [k for k, w in enumerate(words) if w[:1].islower() and (w in past or (suffixes and w.endswith(suffixes)
             and len(w) > 4 and not eng.has("number_words", w) and w != "hundred")) and words[k + 1:k + 2] != ["by"]
             and not (k and eng.has("joining_words", words[k - 1]))]
    return len(verbs) <= 1


@lru_cache(maxsize=8)
def _past_forms(language: str) -> frozenset:
    """The language's past verbs, irregular and listed, lower-case (read by the count readers)."""
    eng = engine(language)
    return frozenset(w.lower() for w in (*eng.data.get("irregular_past", ()), *eng.data.get("past_verbs", ())))


@lru_cache(maxsize=8)
def _clause_end(language: str) -> re.Pattern:
    """A clause mark, or a word of the language's clause_words, where a clause ends."""
    words = "|".join(re.escape(w) for w in sorted(engine(language).data.get("clause_words") or (), key=len, reverse=True))
    return re.compile(r"[,;:،؛]" + (rf"|(?<!\w)(?:{words})(?!\w)" if words else ""), re.IGNORECASE)


@lru_cache(maxsize=8)
def _count_after_rx(language: str, opening: bool = False) -> re.Pattern | None:
    """", exactly three weeks after", ", 21 days after", ", two years after": a count right after a day (the
    units of COUNT_UNITS are used); `opening`: a count that opens a sentence ("Two days after")."""
    data = engine(language).data
    if not data["count_complement_follows"] or not data["number_words"]:
        return None
    alt = lambda words: "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))  # noqa: E731
    # (an opening count may follow a dateline's mark: "ISLAMABAD: Two days after", "ISLAMABAD (Reuters) - Two days";
    # or a thread's or a list's: "1/ Two days after")
    return re.compile((r"(?:^|(?<=[:—–])|(?<=\s-)|(?<=\d/\s)|(?<=[•▪*]\s))" if opening else r"(?:\s*,|(?<=\w)(?=\s))") + rf"\s*(?:(?:{alt(data['count_hedges'])})\s+)?(?P<n>\d+|{alt(data['number_words'])})\s+"
                      rf"(?P<unit>{alt(data['units'])})\s+(?P<dir>{alt(data['later_words'] + data['earlier_words'])})\b",
                      re.IGNORECASE)


def _counted_back(sentence: str, m: re.Match, years: int, offset: int, language: str,
                  known_days: dict | None) -> date | None:
    """The page's day for "A year ago today" (`m`), `years` on from the story's known day the sentence
    tells of, or None.  The day must be told as the one a year back: its weekday written ("on a cold
    Thursday morning"), its date ("on February 8"), or its noun right after the words ("آج سے ایک سال
    قبل ملک بھر میں عام انتخابات ہوئے"), not as a time of something else ("days before the general
    election").  No other day may be written, every weekday must be the day's, and the page's day may
    not lie ahead of today."""
    known = _named_known_day(sentence, known_days)
    if known is None:
        return None
    eng = engine(language)
    mentions = find_dates(sentence, PROBES[0], language=language)
    others = [d for d in mentions if d.value and not (d.start < m.end() and d.end > m.start())]
    def own_date(d: DateMention) -> bool:  # "on February 8, 2024": the day itself (not "February 8, 2023")
        day = date.fromisoformat(d.value[:10])
        written = [int(y) for y in YEAR.findall(d.text)]
        return d.precision == "day" and d.kind not in FROM_PUBLICATION and (day.month, day.day) == (known.day.month, known.day.day) \
            and all(y == known.day.year for y in written)

    def weekday_fits(d: DateMention) -> bool:  # "on a cold Thursday morning"
        return d.kind == "weekday" and date.fromisoformat(d.value[:10]).weekday() == known.day.weekday()

    if not all(d.kind == "relday" or weekday_fits(d) or own_date(d) for d in others) \
            or not _weekdays_fit(sentence, known.day, language):
        return None
    written = not eng.data["weekday_needs_marker"] and bool(_weekdays_in(sentence, language))
    # (its weekdays all fit, above; "on polling day", the language's words for a vote's day, is the day of the vote it names)
    anchors = {w.lower() for key in ("earlier_words", "later_words", "ago_words") for w in eng.data.get(key, [])}
    # (not with a time before or after another: "held their last rallies before the vote, ahead of polling day")
    told = written or any(weekday_fits(d) or own_date(d) for d in others) \
        or (bool(known.bare_nouns) and any(d.kind == "voteday" for d in mentions)
            and not (anchors | {w.lower() for w in eng.data.get("anchor_words", [])})
            & {w.lower() for w in WORD.findall(sentence[m.end():])})
    if not told and _named_right_before(sentence, m.start(), known, anchors, language):
        told = True  # ("The vote was held a year ago tomorrow")
    if not told:
        start = m.end() + len(sentence[m.end():]) - len(sentence[m.end():].lstrip(" ,،"))  # ("A year ago today, Pakistan held")
        noun = words_pattern(known.bare_nouns).search(_right_after(sentence, start))
        if noun is None:
            return None
        at = start + noun.start()
        after = WORD.findall(sentence, start + noun.end())[:2]
        if _after_anchor(sentence, (at, at + len(noun.group())), language) or anchors & {w.lower() for w in after}:
            return None  # ("days before the general election", "عام انتخابات سے پہلے")
    try:
        day = known.day.replace(year=known.day.year + years) - timedelta(days=offset)
    except ValueError:  # 29 February
        return None
    return day if day <= date.today() else None


APPOSITION_WORDS = 4  # words between "a year ago today" and the day it is: ", on the night of"


def _counted_back_to_calendar(sentence: str, m: re.Match, years: int, offset: int, language: str,
                              calendar: tuple[CalendarDay, ...]) -> tuple[date, str] | None:
    """The page's day and what it counts back to for "a year ago today" (`m`) told of one happening of the story's
    calendar whose month and day the sentence writes after the words, with no other year, and whose first and last
    words it holds (who and the act: "آج سے ٹھیک ایک برس پہلے، 13 جنوری کی رات ... سپریم کورٹ کے تین رکنی بینچ نے وہ
    مختصر فیصلہ سنایا", the day itself saying which verdict), or None."""
    days = [d for d in find_dates(sentence, PROBES[0], language=language)
            if d.value and d.start >= m.end() and d.precision == "day" and d.kind not in FROM_PUBLICATION]
    # (the day in apposition right after the words, "A year ago today, on the night of January 13,": not one of
    # another clause, "A year ago today, candidates were campaigning ... after the verdict of January 13")
    if len(days) != 1 or len(WORD.findall(sentence, m.end(), days[0].start)) > APPOSITION_WORDS:
        return None
    written, years_written = date.fromisoformat(days[0].value[:10]), [int(y) for y in YEAR.findall(days[0].text)]
    named = {h.day: h.about for h in calendar if (h.day.month, h.day.day) == (written.month, written.day)
             and all(y == h.day.year for y in years_written) and _who_and_act(h, sentence)}
    if len(named) != 1:
        return None
    (known, about), = named.items()
    try:
        day = known.replace(year=known.year + years) - timedelta(days=offset)
    except ValueError:  # 29 February
        return None
    return (day, about) if day <= date.today() else None


def _who_and_act(happening: CalendarDay, sentence: str) -> bool:
    """Whether a sentence holds the first and the last of a happening's words and none of its `not_words`."""
    return bool(happening.patterns) and not (happening.not_words is not None and happening.not_words.search(sentence)) \
        and all(p.search(sentence) for p in (happening.patterns[0], happening.patterns[-1]))


HELD_REACH = 3  # words from the vote's noun to the count of years after it: "The vote was held a year ago"


def _named_right_before(sentence: str, at: int, known, anchors: set[str], language: str) -> bool:
    """Whether the known day's bare noun is the subject of its clause right before a count of years ("The vote was
    held a year ago tomorrow"), at most HELD_REACH words before it and no word of another time between."""
    clause = sentence[:at]
    mark = _clause_of(sentence, (at, at))[0]
    nouns = list(words_pattern(known.bare_nouns).finditer(clause, mark))
    if not nouns:
        return False
    between = [w.lower() for w in WORD.findall(clause, nouns[-1].end())]
    # (the noun is the subject, an auxiliary right after it: "The vote was held"; not a modifier, "The election
    # schedule was announced")
    return 0 < len(between) <= HELD_REACH and between[0] in _auxiliaries(language) and not anchors & set(between)


@lru_cache(maxsize=8)
def _auxiliaries(language: str) -> frozenset[str]:
    """The language's passive and perfect auxiliaries, lower-case ("was", "has"): the verb right after a subject."""
    data = engine(language).data
    return frozenset(w.lower() for key in ("passive_auxiliaries", "perfect_auxiliaries") for w in data.get(key, []))


YEARS_SINCE_REACH = 8  # words after "a year since" where the vote it counts from is named ("... went to the polls")


def _weekdays_fit(sentence: str, day: date, language: str) -> bool:
    """Whether every weekday a sentence names is `day`'s ("A year ago today, on a cold Thursday morning"
    is of a Thursday), in a language whose weekday names are words of their own."""
    eng = engine(language)
    if eng.data["weekday_needs_marker"]:
        return True  # (Urdu "ہفتہ" is also a week, "پیر" a saint: its weekdays are read as dates only)
    return all(weekday == day.weekday() for weekday in _weekdays_in(sentence, language))


def _weekdays_in(text: str, language: str) -> list[int]:
    """The weekdays (Monday 0) that `text` names by a word of the language's weekday names, in order."""
    weekday_of = engine(language).weekday_of
    return [weekday_of[w.lower()] for w in WORD.findall(text) if w.lower() in weekday_of]


def _right_after(sentence: str, at: int) -> str:
    """The words right after a count of years, up to the clause's end and at most YEARS_SINCE_REACH."""
    clause = sentence[at:]
    end = CLAUSE_PUNCTUATION.search(clause)
    clause = clause[:end.start()] if end else clause
    words = list(WORD.finditer(clause))
    return clause[:words[YEARS_SINCE_REACH - 1].end()] if len(words) >= YEARS_SINCE_REACH else clause


YEARS_SINCE_SUBJECT = 5  # words right before a count of years that name what it counts from: "عام انتخابات کے انعقاد کو"


def _counted_from_named(sentence: str, m: re.Match, language: str, known_days: dict | None,
                        calendar: tuple[CalendarDay, ...]) -> tuple[date, str] | None:
    """The day a count of years (`m`, in a sentence that writes no date) counts from, and what it is: the story's known
    day its bare noun names (after the count; in a language that puts the verb last, as the count's subject right
    before it, "عام انتخابات کو آج ایک برس مکمل ہو گیا", or between the day word and the count, "کل عام انتخابات کو ایک سال
    مکمل ہو جائے گا"; not "انتخابات کے بعد بننے والی حکومت کو آج ایک سال", the government's), else the one happening of the
    calendar its clause tells, not one on a known day whose words rule it out ("since Bangladeshis went to the polls")."""
    known = _named_known_day(_not_later(_right_after(sentence, m.end()), language), known_days)
    if known is None and engine(language).data.get("verb_position") == "final":
        known = _named_known_day(_subject_before(sentence, m.start(), language), known_days) \
            or (m.groupdict().get("n") and _named_known_day(_subject_before(sentence, m.start("n"), language), known_days))
    if known:
        return known.day, "the story's day it names"
    ruled_out = {k.day for k in (known_days or {}).values()
                 if k.bare_not_words and words_pattern(k.bare_not_words).search(sentence)}
    counted = _happening_counted(sentence, m, tuple(h for h in calendar if h.day not in ruled_out), language)
    return (counted.day, counted.about) if counted is not None else None


def _subject_before(sentence: str, at: int, language: str) -> str:
    """The few words right before a count of years, its subject and the subject's postposition, in its clause; none
    when a word of what came later stands among them ("انتخابات کے بعد بننے والی حکومت کو": the government formed after
    the elections is what the count is of)."""
    clause = sentence[_clause_of(sentence, (at, at))[0]:at]
    words = list(WORD.finditer(clause))
    subject = clause[words[-YEARS_SINCE_SUBJECT].start():] if len(words) >= YEARS_SINCE_SUBJECT else clause
    return _not_later(subject, language)


def _not_later(words: str, language: str) -> str:
    """`words`, or none when a word of what came later stands among them ("since the government formed after the
    elections": the government is what the count is of)."""
    later = {w.lower() for w in engine(language).data.get("later_words", [])}
    return "" if any(w.lower() in later for w in WORD.findall(words)) else words


def _happening_counted(sentence: str, m: re.Match, calendar: tuple[CalendarDay, ...], language: str) -> CalendarDay | None:
    """The one happening of the calendar that the words a count of years is counted from tell (after it; in a language
    that puts the verb last, its clause before the count too), none of them a word of what came later."""
    told = [_right_after(sentence, m.end())]
    if engine(language).data.get("verb_position") == "final":
        told += [sentence[_clause_of(sentence, (m.start(), m.start()))[0]:m.start()],
                 sentence[m.end("rel"):m.start("n")] if m.groupdict().get("n") else ""]
    told = [t for t in told if _not_later(t, language).strip()]
    found = {h.day: h for h in calendar for t in told if h.find(t) is not None}
    # (and the sentence tells no other happening after it: "since Shehbaz Sharif was elected prime minister and Asif Ali
    # Zardari was elected president" counts from two days)
    found |= {h.day: h for h in calendar if found and h.find(sentence[m.end():]) is not None}
    return next(iter(found.values())) if len(found) == 1 else None


def _named_known_day(words: str, known_days: dict | None):
    """The one known day whose bare nouns `words` name ("went to the polls"), or None."""
    named = {id(k): k for k in (known_days or {}).values()
             if k.bare_nouns and words_pattern(k.bare_nouns).search(words) and not (
                 k.bare_not_words and words_pattern(k.bare_not_words).search(words))}
    return next(iter(named.values())) if len(named) == 1 else None


@lru_cache(maxsize=8)
def _years_since_rx(language: str) -> tuple[re.Pattern, ...]:
    return tuple(re.compile(p, re.IGNORECASE) for p in engine(language).data.get("years_since_patterns") or [])


def _stated_at(sentence: str, word: tuple[int, int], language: str):
    """((month, day), year written or None, the words) of the date a "today" is, or None."""
    lo = max(0, word[0] - TODAY_REACH)
    window = sentence[lo:word[1] + TODAY_REACH]
    at = (word[0] - lo, word[1] - lo)
    second = {m.start: m for m in find_dates(window, PROBES[1], language=language)}
    for mention in find_dates(window, PROBES[0], language=language):
        other = second.get(mention.start)
        if other is None or mention.precision != "day" or other.precision != "day" or not mention.value \
                or not other.value or not _touches(mention, at, window, language) \
                or (mention.names_happening and (_offset_of(window[at[0]:at[1]], language)
                                                 or engine(language).lookup("tense_relative_days", window[at[0]:at[1]]) is not None)
                    and not _equated(mention, at, window, language)):
            # (not a date that names a happening next to a day other than today: "گزشتہ روز 8 فروری کے
            # عام انتخابات میں دھاندلی" is yesterday's hearing on the 8 February elections; but "کل 8 فروری
            # تھی", yesterday was 8 February)
            continue
        a, b = date.fromisoformat(mention.value[:10]), date.fromisoformat(other.value[:10])
        if (a.month, a.day) != (b.month, b.day):
            continue  # a day counted from publication, not one the page names
        year = next((int(y) for y in YEAR.findall(mention.text)), None)
        end = max(mention.end, at[1])
        if mention.start >= at[1] and (copula := _copula_after(window, mention.end, language)):
            end = copula  # ("کل 8 فروری تھی": the copula is part of what says the day)
        written = window[min(mention.start, at[0]):end]
        return (a.month, a.day), year, written
    return None


def _equated(mention: DateMention, word: tuple[int, int], window: str, language: str) -> bool:
    """Whether a copula makes a date the day of the relative day word next to it: "Yesterday was February 8"
    (`today_copulas` between them), "کل 8 فروری تھی" (`date_copulas_after` right after the date)."""
    data = engine(language).data
    if word[1] <= mention.start and data.get("today_copulas") \
            and " ".join(WORD.findall(window[word[1]:mention.start])).lower() in {c.lower() for c in data["today_copulas"]}:
        return True
    return mention.start >= word[1] and _copula_after(window, mention.end, language) is not None


def _copula_after(text: str, at: int, language: str) -> int | None:
    """The end of one of the language's `date_copulas_after` right at `at`, or None."""
    after = engine(language).data.get("date_copulas_after")
    found = re.compile(rf"\s*(?:{_inner(after)})(?!\w)").match(text, at) if after else None
    return found.end() if found else None


def _copula_side(written: str, language: str) -> int | None:
    """The side of today (-1, 1) that a `date_copulas_after` ending the words of a stated day puts it on, or None."""
    after = engine(language).data.get("date_copulas_after") or {}
    found = re.search(rf"(?:{_inner(after)})$", written.rstrip()) if after else None
    return engine(language).lookup("date_copulas_after", found.group()) if found else None


def _day_is_said(written: str, language: str) -> bool:
    """Whether the words of a stated day equate it with the relative day word ("Yesterday was February 8",
    "کل 8 فروری تھی"), as _equated found them."""
    data = engine(language).data
    copulas = {c.lower() for c in data.get("today_copulas", [])}
    return bool(copulas & {w.lower() for w in WORD.findall(written)}) or _copula_side(written, language) is not None


def _another_act(other: re.Pattern | None, sentence: str, span: tuple[int, int], happening: CalendarDay,
                 language: str, returning: re.Pattern | None = None) -> bool:
    """Whether a word of another act (the calendar's `not_words`) stands before the end of the clause of the
    happening's words (`span`), other than one of the happening's own words or of a yearly return (`returning`: "to
    mark one year since the mandate was stolen") ("cabinet" tells of the cabinet in a
    report of the prime minister's oath, but is who took the oath in "the federal cabinet took the oath on
    Monday"), and not before a "that" that opens what the sentence tells of it ("... ابھی خشک بھی نہیں ہوئی تھی کہ
    کل ... عدالت نے ... سزا سنا دی": the past perfect is the clause before)."""
    if other is None:
        return False
    end = _clause_of(sentence, span)[1]
    opener = _clause_openers(language).search(sentence, span[1], end)  # (what a relative clause after them tells:
    end = opener.start() if opener else end  # "... منظور کر کے وہ کہانی ختم کر دی جو 8 فروری کو شروع ہوئی تھی")
    start = max((m.end() for m in _complementizers(language).finditer(sentence, 0, span[0])), default=0)
    if start and _language_words(language, "from_later_words").search(sentence, 0, start):
        start = 0  # ("since the party announced on Thursday that ...": told from later, whatever "that" opens)
    own = [found.span() for pattern in happening.patterns for found in pattern.finditer(sentence, 0, end)]
    # (nor the words of a yearly return after the act: "observe Youm-e-Siyah ... to mark one year since the mandate was
    # stolen" tells no act since; "Today marks a year since Maryam Nawaz was elected" is no election today)
    own += [found.span() for found in returning.finditer(sentence, span[1], end)] if returning is not None else []
    return any(not any(a <= m.start() and m.end() <= b for a, b in own) for m in other.finditer(sentence, start, end))


def _year_of(month: int, day: int, year: int | None, years: list[int], latest: date, written: str,
             sentences: list, calendar, language: str, not_words: tuple[str, ...], return_words: tuple[str, ...],
             known=None, title: str | None = None):
    candidates = []
    for y in ([year] if year is not None else years):
        try:
            candidate = date(y, month, day)
        except ValueError:
            continue
        if candidate <= latest:
            candidates.append(candidate)
    weekdays = set(_weekdays_in(written, language))
    if len(weekdays) > 1:
        return None
    if weekdays:
        candidates = [c for c in candidates if c.weekday() in weekdays]
    if year is not None or weekdays:
        by = "the text" if year is not None else "the weekday"
        return Stated(candidates[0], written, by) if len(candidates) == 1 else None
    other_act = _pattern(not_words) if not_words else None
    if return_words and any(_pattern(return_words).search(s) for s, _ in sentences):
        # "marks one year since the final call": a yearly return of the day; of the story's own day when the
        # sentence counts the years ("Today is February 8th, exactly one year since Pakistan voted")
        told = [s for s, _ in sentences if written in s]
        counts = {n for s in told for n in _years_said(s, language, return_words)} \
            or _page_years_said([s for s, _ in sentences], language, return_words, known, title)
        # (from the first of the story's days of that date, when the sentence names one of them: the calendar's
        # yearly returns of it, "the first anniversary ... black day", are themselves counted from it)
        of_date = [h for h in calendar if (h.day.month, h.day.day) == (month, day)]
        first = min(h.day for h in of_date) if any(h.find(s) for h in of_date for s in told) else None
        # (or from the first of them when the sentence only says the date is the page's day, "کل 8 فروری تھی",
        # and the page counts one return: "ایک سال بعد")
        first = first or (min(h.day for h in of_date) if of_date and len(counts) == 1 and _day_is_said(written, language)
                          else None)
        returns = {d for n in counts if first is not None and (d := _years_on(first, n)) in candidates}
        return Stated(returns.pop(), written, "the years counted from the story's day") if len(returns) == 1 else None
    reported = {h.day: h for h in calendar if h.day in candidates
                and any(h.find(s) for s, _ in sentences if other_act is None or not other_act.search(s))}
    if len(reported) == 1:
        [(found, happening)] = reported.items()
        return Stated(found, written, happening.about)
    return None


QUOTES = {"“": 1, "”": -1, "‘": 1, "’": -1}


def _quoted(sentence: str, position: int) -> bool:
    """Whether a position is inside a quotation ("He wrote: 'Today, November 13, I give the final
    call'"): an open curly quote, an odd number of straight double quotes, or a straight single
    quote that opens (not an apostrophe: "Khan's")."""
    before = sentence[:position]
    depth = sum(QUOTES[ch] for i, ch in enumerate(before) if ch in QUOTES and not (ch in "‘’" and _apostrophe(before, i)))
    if depth > 0 or before.count('"') % 2:
        return True
    singles = [i for i, ch in enumerate(before) if ch == "'" and not _apostrophe(before, i)]
    return len(singles) % 2 == 1


def _apostrophe(text: str, i: int) -> bool:
    return 0 < i < len(text) - 1 and text[i - 1].isalnum() and text[i + 1].isalnum()


def _touches(mention: DateMention, word: tuple[int, int], sentence: str, language: str) -> bool:
    """Whether a "today" word is part of a date mention or next to it, with no word between but
    one that says the two are the same day ("today, i.e. November 24", "آج بروز اتوار")."""
    if mention.start <= word[0] and word[1] <= mention.end:
        return True
    gap = sentence[word[1]:mention.start] if word[1] <= mention.start else sentence[mention.end:word[0]]
    words = " ".join(WORD.findall(gap)).lower()
    return len(gap) - len(words) <= TOUCHING and (not words or words in _same_day_words(language))


def _today_elsewhere(told: list[tuple[str, bool]], sentence: str, language: str) -> bool:
    """Whether a sentence of the lead other than `sentence` opens on today's own word ("Today the PTI's secretary
    general wrote ...", "آج ..."), outside quotation marks."""
    today = _today_only(language)
    if today is None:
        return False
    for other, in_lead in told:
        if not in_lead or other == sentence:
            continue
        opening = other.lstrip(" *-")
        # (not a quotation's "Today", nor "Today's ruling", a name of the day's own happening)
        if (m := today.match(opening)) is not None and not re.match(r"['’]s\b", opening[m.end():]):
            return True
    return False


@lru_cache(maxsize=8)
def _today_only(language: str) -> re.Pattern | None:
    """The language's words for today itself ("today", "آج"), not the days around it (see `_today_words`)."""
    days = engine(language).data.get("relative_days", {})
    return words_pattern([w for w, offset in days.items() if offset == 0]) if days else None


@lru_cache(maxsize=8)
def _same_day_words(language: str) -> frozenset:
    data = engine(language).data
    return frozenset(" ".join(WORD.findall(w)).lower() for w in data.get("weekday_appositions", []) + data.get("today_copulas", []))


@lru_cache(maxsize=8)
def _today_words(language: str):
    """"today", and the days around it ("tomorrow (Sunday, April 21)", "yesterday, February 9"): a date
    written with one of them tells the page's day, that many days off."""
    days = engine(language).data.get("relative_days", {})
    # (every such word, so the longest is read: "the day before yesterday (Sunday, April 21)" is two days off;
    # and those whose side the tense says, "کل 8 فروری تھی")
    words = [*days, *engine(language).data.get("tense_relative_days", {})]
    return words_pattern(words) if any(offset == 0 for offset in days.values()) else None


def _offset_of(word: str, language: str) -> int:
    """The days from publication of a word of `_today_words` as written."""
    days = {" ".join(w.lower().split()): offset for w, offset in engine(language).data.get("relative_days", {}).items()}
    return days.get(" ".join(word.lower().split()), 0)


def _offset_at(sentence: str, word: re.Match, language: str) -> int | None:
    """The days from publication of a word of `_today_words` where it stands: by the tense of its clause
    for a word that is either day ("کل 8 فروری تھی", yesterday; "کل 8 فروری ہے", tomorrow), else as written."""
    if engine(language).lookup("tense_relative_days", word.group()) is None:
        return _offset_of(word.group(), language)
    for mention in find_dates(sentence, PROBES[0], language=language):
        if mention.kind == "relday" and mention.value and (mention.start, mention.end) == word.span():
            return (date.fromisoformat(mention.value[:10]) - PROBES[0]).days
    return None


def _sentences(text: str, paragraphs: list[tuple[int, int]], title: str | None, stamps: list[tuple[int, int]] = ()):
    """(sentence, whether it is in the lead), the headline first; at most CALENDAR_SENTENCES.  A ticker's item
    (a paragraph that holds one of its time `stamps`) is in the lead wherever it stands."""
    stamped = {index for index, (p_start, p_end) in enumerate(paragraphs) if any(p_start <= a < p_end for a, _ in stamps)}
    count = 0
    if title:
        yield title.replace("’", "'"), True
        count += 1
    for index, (p_start, p_end) in enumerate(paragraphs):
        for s_start, s_end in split_sentences(text, p_start, p_end):
            if count >= CALENDAR_SENTENCES:
                return
            yield text[s_start:s_end].replace("’", "'"), index < LEAD_PARAGRAPHS or index in stamped
            count += 1


def _reported(happening: CalendarDay, sentence: str, span: tuple[int, int], language: str,
              known_days: dict | None, in_lead: bool, today: int | None = None,
              lead_days: dict[int, tuple[str, bool]] | None = None,
              page_weekdays: frozenset = frozenset(), speaker_told_next: bool = False
              ) -> tuple[date, bool, bool, bool] | None:
    """(the first day the page can be of, whether a day counted from publication names the
    happening, whether that day is part of its name, whether it is "today", "tomorrow" or the
    like), or None when the sentence does not report it.  `today`: the weekday the page's lead
    calls today ("آج جمعرات کو"), which lets a lead tell a happening that needs a day without one
    when it fell on that weekday; `lead_days`: the one weekday the lead's next sentence tells an act of as done
    (see `_lead_told_weekdays`), which does the same when that sentence names the happening's who or what;
    `page_weekdays`: the weekdays the page tells acts of as done (see `_page_weekdays`)."""
    day = happening.day
    on_the_day = find_dates(sentence, day, language=language, known_days=known_days)
    # (not one in a clause that a relative or "that" opens after the act's words: "نظرثانی درخواستیں منظور کر کے وہ
    # کہانی ختم کر دی جو 8 فروری کی رات شروع ہوئی تھی", the story that began on the night of 8 February)
    # (nor a written day that a link makes a noun's, not the act's own word: "12 جولائی 2024 کا اکثریتی فیصلہ کالعدم قرار
    # دے دیا", set aside the majority verdict of 12 July 2024, "الیکشن کمیشن کا 4 مارچ کا حکم ... معطل کر دیا": the day
    # of what the act was done to; but a day with its year tied to a time of it, "on the morning of April 10, 2022",
    # is an act's own time)
    if any(_another_time(m, day, span) and not _names_a_known_day(sentence, m, known_days)
           and not (m.start >= span[1] and _clause_openers(language).search(sentence, span[1], m.start))
           and not (m.kind not in FROM_PUBLICATION and _linked_to_a_noun(sentence, m, language) and not _names_the_act(m, span)
                    and not (WRITTEN_YEAR.search(m.text) and _time_of_day_of(sentence, m, language)))
           for m in on_the_day):
        return None  # "elected prime minister in April 2022", "the protest today, Nov 24"
    # The date of the act: the nearest to its words, if it is counted from publication.  (The day
    # itself written as its name, "on the first anniversary of the February 8 elections", "to mark
    # February 8 as Black Day", says which happening, not when the page was written.)
    # (not a date of the clause the act's words open: "claimed on Saturday that the results of the February 8
    # polls were changed", "نے گذشتہ روز ... دعویٰ کیا کہ ... 8 فروری کو ہونے والے انتخابات")
    said = _complementizers(language).search(sentence, span[1])
    # (who says it named only in the next sentence, "A senior bureaucrat said Saturday that he had overseen ...
    # Liaquat Ali Chattha, the commissioner ...": the lede's subject is that speaker)
    speaker = ANY_SUBJECT if speaker_told_next and _speaker(happening) is not None else _speaker(happening)
    candidates = [m for m in on_the_day if (_day_from_publication(m) or not (m.value and _covers(m, day) or _marked(m, day)))
                  and not (said and m.start >= said.end())]
    # (the nearest day that dates the act, over a nearer one of another clause: "... منتشر ہو گئے، جبکہ ... نے آج
    # بدھ کے روز اعلان کیا")
    acting = [m for m in candidates if _dates_the_act(m, sentence, span, language, speaker)]
    if any(m.end <= span[0] for m in acting):
        # ("پیر کی رات ... گرفتاریوں کا نوٹس لیتے ہوئے منگل کو ... معطل کر دیا": the arrests are Monday night's; the
        # day after the participle's side clause is the main clause's, which dates the participle's act only when
        # no day stands before its words: "... کا اعلان کرتے ہوئے منگل کی رات کہا")
        acting = [m for m in acting if not (m.start >= span[1]
                                            and _side_clause_closers(language).search(sentence, span[1], m.start))]
    if _object_of_another_act(sentence, span, language):
        # ("on Tuesday ordered an inquiry into the arrest of several PTI lawmakers ... late on Monday night": the act
        # a preposition makes another's object is dated after its words, not by the day of the act before it)
        acting = [m for m in acting if m.start >= span[1]] or acting
    nearest = min(acting or candidates, key=lambda m: _gap(m, span), default=None)
    # (right after the act's words, a place at most between: "the attack in Balochistan last week"; not a week before
    # them, which dates another act, "resumed service last week after the attack", "arrested suspects this week in the
    # case of the attack", nor a possessive week that only names a vote, "this week's general election"; in a verb-final
    # language a week after the act's words may open the next act, "حملے کے بعد گزشتہ ہفتے بحال ہونے والی")
    week = None if engine(language).data.get("verb_position") == "final" else \
        next((m for m in on_the_day if m.kind == "week" and m.start >= span[1] and not m.names_happening
                 and len(WORD.findall(sentence, span[1], m.start)) <= WEEK_AFTER_ACT_WORDS
                 and not m.text.endswith(("'s", "’s"))
                 and not CLAUSE_MARK.search(sentence, span[1], m.start)
                 and (nearest is None or _gap(m, span) < _gap(nearest, span))), None)
    if week is not None:
        # ("a session held on Tuesday, convened in the wake of the Jaffar Express attack in Balochistan last week": the
        # week counted from the page nearer the act's words dates it; the page is of the first day that reads it so)
        if (written := _first_day_reading(sentence, week, day, week_monday(day), 2 * WEEK, language, known_days)) is not None:
            return written, True, False, False, False
    if nearest is not None and not _dates_the_act(nearest, sentence, span, language, speaker) and happening.patterns:
        # (the act's words again, nearer a day: "reopened Wednesday after security forces cleared the square in
        # an operation late Tuesday": the operation's day)
        again = [(m, act.span()) for act in happening.patterns[-1].finditer(sentence, span[1])
                 for m in candidates if _dates_the_act(m, sentence, act.span(), language, speaker)]
        if again:
            nearest, span = min(again, key=lambda pair: _gap(pair[0], pair[1]))
    apposed = None
    if nearest is not None and nearest.kind == "weekday" and _dates_the_act(nearest, sentence, span, language, speaker):
        # ("yesterday, in the small hours of Monday, the assembly adopted": the day counted exactly says which Monday)
        # ("Two days ago, on Friday, the bench overturned ...": so does a count of days back)
        exact = [m for m in candidates if m.end <= nearest.start and (
            (m.kind == "relday" and _dates_the_act(m, sentence, span, language, speaker))
            or (m.kind == "ago" and m.precision == "day" and not sentence[m.end:nearest.start].strip(" ,،")
                and day.weekday() in _weekdays_in(nearest.text, language)))]  # ("Two days ago, on Thursday": a Thursday's)
        apposed = exact[-1] if exact and exact[-1].kind == "ago" else None  # (its weekday dates the act)
        nearest = exact[-1] if exact else nearest
    # ("the deal between the PML-N and the PPP, which was announced late Tuesday night": that day is the deal's)
    if nearest is not None and nearest.start >= span[1] and (comma := CLAUSE_MARK.search(sentence, span[1], nearest.start)) \
            and (any(span[1] <= m.start < comma.start() and m.value and not m.names_happening and not _covers(m, day)
                     for m in on_the_day)
                 or ((perfect := _past_perfect_anywhere(language)) is not None
                     and perfect.search(" ".join(WORD.findall(sentence[max(0, span[0] - PERFECT_REACH):span[0]]))))):
        # ("Mengal resigned from the National Assembly last year, BNP leaders told reporters today"; "Mengal had
        # resigned ..., a senator told the Senate today": told from later)
        return None
    passive = next((m for m in on_the_day if _passive_of_the_noun(sentence, span, m, language, happening)), None)
    nearest = passive or nearest
    dated = nearest is not None and (passive is not None or nearest is apposed
                                     or _dates_the_act(nearest, sentence, span, language, speaker))
    # ("on Friday accepted review petitions against its judgment of July 12, 2024": the happening's day written
    # with its year, apart from the day counted from publication, recalls it; "on Friday, July 12, 2024" is one day)
    if dated and _day_from_publication(nearest) and any(
            m.precision == "day" and m.value == day.isoformat() and WRITTEN_YEAR.search(m.text)
            and (_linked_to_a_noun(sentence, m, language) or _names_its_act(sentence, m, happening))
            for m in on_the_day):
        return None
    # Done: from the day on (the earliest day first); to come: from the day before back, "today" on
    # the day itself ("today (Sunday)" is no Sunday ahead, "tomorrow (Sunday)" no Sunday today).
    # "today" or "yesterday" fits any day: it ties a page to a happening named by who
    # and what (more than one list of words), never to one named by a noun alone ("the elections").
    # ("گزشتہ روز اتوار کو", yesterday, Sunday: a day from publication that its weekday names, as one)
    if dated and nearest.kind == "relday" and (named := _weekdays_in(nearest.text, language)) and day.weekday() not in named:
        return None  # "yesterday (Wednesday, February 9)": a weekday the happening's day is not
    if dated and (said := _said_with_weekday(nearest, sentence, day, language)) is not None:
        # "گزشتہ روز اتوار کو" (yesterday, Sunday), "کل اتوار کو روانہ ہونے والا" (that left yesterday,
        # Sunday): the page is of the day after, exactly
        return day - timedelta(days=said), True, nearest.names_happening, True, False
    if dated and nearest.kind == "weekday" and _in_background(sentence, span, nearest, language):
        # (told from a later day of the week after, which the page does not say: the first day after it that still
        # reads the weekday as the act's)
        # (not one told as already done, "بدھ کو ... مسترد کر چکے ہیں", which may be said weeks on; nor "last Saturday",
        # never said of the days just after it)
        if _completive_closes(sentence, span, language) or _last_weekday(nearest, language) \
                or any(m.kind == "weekday" and m is not nearest and not _to_come(m, sentence, language) for m in on_the_day):
            return None  # (nor one whose main clause tells its own weekday: "..., visited Karachi on Saturday")
        if (written := _first_day_reading(sentence, nearest, day, day, WEEK, language, known_days)) is not None:
            return written, True, nearest.names_happening, False, False
        return None
    if dated and (nearest.kind == "weekday" or len(happening.words) > 1):
        today_first = _days_from_publication(nearest, language) == 0
        for offset, to_come in (*((o, False) for o in range(WEEK)), *([(0, True)] if today_first else []),
                                *((-o, True) for o in range(1, WEEK)), *([] if today_first else [(0, True)])):
            written = day + timedelta(days=offset)
            mentions = on_the_day if offset == 0 else find_dates(sentence, written, language=language,
                                                                 known_days=known_days)
            read = next((m for m in mentions if m.start == nearest.start), None)  # the same words, read then
            if offset == 0 and not to_come and nearest.kind == "weekday" and _perfect_closes(sentence, span, language):
                continue  # ("شہباز شریف نے پیر کو ... حلف اٹھایا تھا": told from a later day than Monday's)
            if 0 < offset and not to_come and _last_weekday(nearest, language) and (offset == 1 or (
                    offset < 7 - day.weekday() and today is None and _week_before(nearest, language))):
                # ("last Thursday" is never said of yesterday, nor, in English, of a day of the page's own week: a day
                # that near is told by its bare weekday, so the page is of the week after, from its Monday; not when
                # the page names its own weekday, "today (Saturday)")
                continue
            if read is not None and read.value == day.isoformat() and to_come == _to_come(read, sentence, language) \
                    and (offset or not to_come or read.kind == "relday"):
                return (written, True, nearest.names_happening, nearest.kind in {"relday", "ago"},
                        nearest.kind == "weekday" and _late(nearest, sentence, language))  # ("last night" counts itself)
    if dated and nearest.kind == "relday" and len(happening.words) == 1 and day.weekday() in page_weekdays \
            and nearest.value == nearest.date_start == nearest.date_end and not _to_come(nearest, sentence, language) \
            and not any(m is not nearest and m.kind not in FROM_PUBLICATION for m in on_the_day):
        # (not with another day written: "گزشتہ سال 8 فروری کو ہونے والے عام انتخابات کا ایک سال مکمل ہونے پر آج")
        # "گزشتہ روز ... ہونے والے ضمنی انتخابات" (yesterday's by-elections) on a page that tells of "اتوار کو پولنگ
        # کے دوران" (during Sunday's polling): "yesterday" was that Sunday
        offset = (date.fromisoformat(nearest.value) - day).days
        if offset <= 0:
            return day - timedelta(days=offset), True, nearest.names_happening, True, False
    if dated:
        return None  # the sentence dates the act to another day (another time, or a slip of the page)
    # In the lead, told as done with no time near it but the day itself ("Shehbaz Sharif elected
    # prime minister for a second term"); another time close to the act ("two years ago", "last
    # month", "a year after") or the past perfect ("had issued notices after the commission
    # denied the seats") tells of it from later.
    # (A day counted from publication in it, but "today", dates another act: "the commission on
    # Monday suspended members elected on the seats it had denied" tells of the denial in passing.)
    if in_lead and not dated and _ongoing(happening, sentence, span, language) and not speaks_of_future(sentence, *span, language) \
            and not any(m.kind in FROM_PUBLICATION and m.value != day.isoformat() for m in on_the_day):
        # ("Voting in Pakistan's February 8 general election is under way": told as it goes on, on its day)
        return day, True, False, True, False
    # ("... مخلوط حکومت بنانے پر بالآخر اتفاق ہو گیا ہے۔ منگل کی رات ... بلاول بھٹو زرداری نے اعلان کیا کہ شہباز شریف
    # ...": the next sentence names the same who on one weekday; not "On Tuesday, PPP lawmakers walked out")
    needs_told = happening.needs_a_day and len(happening.patterns) > 1
    told_day = (lead_days or {}).get(day.weekday()) if needs_told else None
    # (or one of its who and a statement: "آئی ایم ایف کی جانب سے منگل کی رات جاری اعلامیے کے مطابق", its announcement)
    by_lead_day = told_day is not None and (happening.patterns[-1].search(told_day[0]) is not None
                                            or all(p.search(told_day[0]) for p in happening.patterns[:-1])
                                            or (any(p.search(told_day[0]) for p in happening.patterns[:-1])
                                                and _announcements(language).search(told_day[0]) is not None))
    # (a court's short verdict given "today": "ڈویژن بینچ نے آج مختصر فیصلہ سنایا"; not any act of today, "the PTI today
    # said it would appeal the ruling")
    told_today = (lead_days or {}).get(TODAY) if needs_told and not by_lead_day else None
    if told_today is not None and (_language_words(language, "ruling_words").search(told_today[0]) is not None or (
            any(p.search(told_today[0]) for p in happening.patterns[:-1])
            and _announcements(language).search(told_today[0]) is not None)):
        # (or the announcement of one of its who: "the IMF said in a statement today"; not its act's bare word, which
        # may be another's: "Today the Election Commission announced its judgment on the PTI intra-party polls")
        told_day, by_lead_day = told_today, True
    if in_lead and (not happening.needs_a_day or today == day.weekday() or by_lead_day) \
            and not speaks_of_future(sentence, *span, language) \
            and not _in_relative_clause(sentence, span, language) and not _after_anchor(sentence, span, language) \
            and not ((past_perfect := _past_perfect(language)) and past_perfect.search(sentence)) \
            and not _perfect_closes(sentence, span, language) \
            and not any(_gap(m, span) <= NEAR and not (m.value and (_covers(m, day) or m.names_happening))
                        and not (m.value and m.value < day.isoformat() and WRITTEN_YEAR.search(m.text)
                                 and _linked_to_a_noun(sentence, m, language))
                        for m in on_the_day) \
            and not any(m.kind in FROM_PUBLICATION and not (m.kind == "relday" and m.value == day.isoformat())
                        for m in on_the_day) \
            and not any(m.value == day.isoformat() and WRITTEN_YEAR.search(m.text) and _linked_to_a_noun(sentence, m, language)
                        for m in on_the_day):
        # (not the day written with its year as a noun's: "set aside the majority verdict of 12 July 2024" recalls it;
        # an earlier one is the day of what the act was done to, no time of the act: "12 جولائی 2024ء کا اکثریتی فیصلہ
        # کالعدم قرار دے دیا" reports the review)
        if by_lead_day:
            # (told by its night: reported the day after; told "today": the page's day, exactly)
            return day, True, False, told_day is (lead_days or {}).get(TODAY), told_day[1]
        return day, False, False, False, False
    return None


def _lead_told_weekdays(told: list[tuple[str, bool]], title: str | None, language: str,
                        known_days: dict | None) -> dict[int | str, tuple[str, bool]]:
    """The one weekday the sentence after the lede tells an act of as done by a bare weekday, its night allowed
    ("منگل کی رات زرداری ہاؤس میں ... پریس کانفرنس میں ..."): {weekday: (that sentence, whether told by its night)},
    {TODAY: (that sentence, False)} when its one date is a bare "today" of a done act, or {} when it tells none or
    more than one, or counts another day of its own from publication."""
    start = _lede(told, title)
    if start is None or start + 1 >= len(told) or not told[start + 1][1]:
        return {}
    sentence = told[start + 1][0]
    past_perfect = _past_perfect_anywhere(language)
    if past_perfect and past_perfect.search(sentence):
        return {}
    days: dict[int | str, tuple[str, bool]] = {}
    mentions = find_dates(sentence, PROBES[0], language=language, known_days=known_days)
    if len(mentions) == 1 and mentions[0].kind == "relday" and _days_from_publication(mentions[0], language) == 0 \
            and not _weekdays_in(mentions[0].text, language) and _told_as_done(mentions[0], sentence, language):
        # ("... نے آج مختصر فیصلہ سنایا": the act the lede told with no day was done today, the page's own day)
        return {TODAY: (sentence, False)}
    for m in mentions:
        if m.kind in FROM_PUBLICATION and m.kind != "weekday":
            return {}  # ("today", "yesterday": the page counts its own days; no guess from a weekday)
        late = _late(m, sentence, language)
        if m.kind == "weekday" and (_bare_weekday(m, language) or (late and not _last_weekday(m, language))) \
                and (_told_as_done(m, sentence, language) or _dates_a_statement(m, sentence, language)):
            for weekday in _weekdays_in(m.text, language):
                days[weekday] = (sentence, days.get(weekday, (sentence, False))[1] or late)
    return days if len(days) == 1 else {}


def _page_weekdays(told: list[tuple[str, bool]], language: str, known_days: dict | None) -> frozenset:
    """The weekdays the page tells acts of as done by a sentence's one date, a bare weekday ("on Sunday", "جمعرات کی
    صبح"; not "last Sunday"): with a "yesterday" or "today" of a happening named by a noun alone, the one weekday a page
    tells says which day that was."""
    days: set[int] = set()
    for sentence, _ in told:
        if not engine(language).gates["weekday"].search(sentence):
            continue
        mentions = find_dates(sentence, PROBES[0], language=language, known_days=known_days)
        # (the sentence's one date, a bare weekday: not "three days before polling", "on Sunday last month", nor a
        # night, "اتوار کی رات", whose act may be the eve of the day)
        if len(mentions) == 1 and (m := mentions[0]).kind == "weekday" and _bare_weekday(m, language) \
                and _told_as_done(m, sentence, language):
            days.update(_weekdays_in(m.text, language))
    return frozenset(days)


ONGOING_SUBJECT_CHARS = 24  # the end of a verb-final clause's words before its ongoing verb, where its subject stands


DATELINE_MARK = re.compile(r"^.{0,60}?(?:\s[-—–]\s|:\s)")  # "ISLAMABAD (Reuters) - ", "ISLAMABAD: "
# ... as all that stands before a count the regex found: a place and its colon ("Karachi:", "ISLAMABAD:"), or a
# place in capitals and an agency before a dash ("ISLAMABAD (Reuters) -"); not a rubric ("Recap –")
DATELINE_PREFIX = re.compile(r"\s*(?:[A-Z][\w.'’/ -]{1,40}?:|[A-Z][A-Z.'’/ -]{2,40}(?:\s*\([^)]{1,30}\))?\s+[-—–])\s*")


def _ongoing(happening: CalendarDay, sentence: str, span: tuple[int, int], language: str) -> bool:
    """The clause of the act's words tells the act itself as going on ("Voting in Pakistan's February 8
    general election is under way", "پولنگ جاری ہے"): one of the language's `ongoing_phrases` after them,
    its subject opening on the act's words, a vote noun or one of the language's `ongoing_subjects` (not
    "Preparations for the February 8 election are under way"); a happening whose words name other times
    too (`needs_a_day`) with its day written in the sentence ("Polling in NA-8 is being held now" is no
    general election's day)."""
    data = engine(language).data
    going_words, subjects = _ongoing_patterns(language)
    if going_words is None:
        return False
    lo, hi = _clause_of(sentence, span)
    going = going_words.search(sentence, lo, hi)
    if going is None:
        return False
    # (after a dateline's mark: "ISLAMABAD (Reuters) - Voting in ...")
    subject = DATELINE_MARK.sub("", sentence[lo:going.start()], count=1).lstrip(" *_\"'“‘")
    openers = [p for p in (subjects, happening.patterns[-1] if happening.patterns else None) if p is not None]
    # (a verb-final language puts the subject right before the verb: "ملک بھر میں ... پولنگ کا عمل جاری ہے")
    final = data.get("verb_position") == "final"
    end = subject[-ONGOING_SUBJECT_CHARS:].rstrip() + " "
    told = any(p.search(end) if final else p.match(subject) for p in openers)
    if not told and not final and going.start() > span[0]:
        # ("Pakistan's February 8 general election is under way": the act's words right before, with no
        # preposition before them that would make them another noun's, "Preparations for the election")
        before = WORD.findall(sentence[lo:span[0]].lower())
        told = not sentence[span[1]:going.start()].strip() and not set(before) & {
            w.lower() for w in (*data.get("prepositions", ()), *data.get("object_prepositions", ()))}
    if not told:
        return False
    if happening.needs_a_day:
        return any(m.precision == "day" and m.value and _month_day(m) == (happening.day.month, happening.day.day)
                   for m in find_dates(sentence, PROBES[0], language=language))
    return True


@lru_cache(maxsize=8)
def _ongoing_patterns(language: str) -> tuple[re.Pattern | None, re.Pattern | None]:
    """The language's ongoing_phrases, and the words an ongoing act's subject may open on (its
    ongoing_subjects and vote_nouns), as patterns; None for a list the language lacks."""
    data = engine(language).data
    phrases = tuple(data.get("ongoing_phrases") or ())
    subjects = (*data.get("ongoing_subjects", ()), *data.get("vote_nouns", ()))
    return (_pattern(phrases) if phrases else None), (_pattern(subjects) if subjects else None)


def _dated_by_next(happening: CalendarDay, sentence: str, language: str, known_days: dict | None):
    """The first day a page can be of when `sentence` opens on a weekday's possessive before a noun of the
    happening's act ("Friday's ruling", after a sentence that told the verdict with no day), as _reported
    gives it; None otherwise."""
    weekday = WEEKDAY_POSSESSIVE.match(sentence)
    if weekday is None or not happening.patterns or happening.patterns[-1].match(sentence, weekday.end()) is None \
            or engine(language).weekday_of.get(weekday.group(1).lower()) != happening.day.weekday():
        return None
    return happening.day, True, False, False, False


WEEKDAY_POSSESSIVE = re.compile(r"\s*([A-Za-z]+)['’]s\s+")


def _lead_weekday(text: str, paragraphs: list[tuple[int, int]], title: str | None, language: str) -> int | None:
    """The weekday the page's lead calls today ("آج جمعرات کو", "today, Thursday,") or names its edition by ("*Friday
    edition*": the language's `edition_words`), or None."""
    edition = _edition_rx(language)
    for sentence, in_lead in _sentences(text, paragraphs, title):
        if not in_lead:
            continue
        # (the page's own edition opens its line: not "As reported in our Friday edition")
        if edition is not None and (named := edition.match(sentence.lstrip("*_#> \t"))) is not None \
                and len(days := _weekdays_in(named.group(), language)) == 1:
            return days[0]
        mentions = find_dates(sentence, PROBES[0], language=language)
        for k, mention in enumerate(mentions):
            if _days_from_publication(mention, language) != 0 or _quoted(sentence, mention.start):
                continue
            named = _weekdays_in(mention.text, language)
            following = mentions[k + 1] if k + 1 < len(mentions) else None
            if not named and following is not None and following.kind == "weekday" \
                    and re.fullmatch(r"\s*,\s*", sentence[mention.end:following.start]):
                named = _weekdays_in(following.text, language)
            if len(set(named)) == 1:
                return named[0]
    return None


@lru_cache(maxsize=8)
def _edition_rx(language: str) -> re.Pattern | None:
    """A weekday right before one of the language's `edition_words` ("Friday edition", "Friday's edition")."""
    data = engine(language).data
    words = data.get("edition_words") or ()
    names = [n for names in data["weekdays"] for n in (names if isinstance(names, list) else [names])]
    if not words or not names:
        return None
    alt = lambda xs: "|".join(re.escape(x) for x in sorted(xs, key=len, reverse=True))  # noqa: E731
    return re.compile(rf"(?<![\w-])(?:{alt(names)})(?:['’]s)?\s+(?:{alt(words)})(?![\w-])", re.IGNORECASE)


def _said_with_weekday(mention: DateMention, sentence: str, day: date, language: str) -> int | None:
    """The days from publication of a "today", "yesterday" or "کل" that a weekday right after it names
    ("گزشتہ روز اتوار کو"), when that weekday is the happening's `day`; None otherwise.  A word whose
    sign the tense gives ("کل") counts ahead in a clause told as to come, back otherwise."""
    eng = engine(language)
    if mention.kind != "relday" or (named := eng.gates["weekday"].search(mention.text)) is None \
            or eng.weekday_of.get(named.group().lower()) != day.weekday():
        return None
    written = mention.text[:named.start()].rstrip(" ,،(")  # ("گزشتہ روز (اتوار)")
    # ("گذشتہ روز یعنی سنیچر کو": the apposition's word between is not the count's)
    written = next((written[:-len(w)] for w in eng.data.get("weekday_appositions", []) if written.endswith(" " + w)), written)
    if (said := eng.lookup("relative_days", written)) is not None:
        return said
    counted = eng.lookup("tense_relative_days", written)
    if counted is not None and (either := eng.data.get("either_tense_participles")) and \
            re.search(rf"^\s*(?:\S+\s+){{0,6}}?(?:{'|'.join(map(re.escape, either))})(?!\w)", sentence[mention.end:]):
        return None  # "کل اتوار کو سنگجانی میں ہونے والے جلسے": held or to be held, the participle does not say
    tense = clause_tense(sentence, mention.start, mention.end, language) if counted is not None else None
    return None if tense is None else counted if tense == "future" else -counted  # (only a clause told plainly)


def _lede_lends(lede: str, calendar: tuple[CalendarDay, ...], language: str) -> bool:
    """Whether the sentence after the lede may date a happening: when the lede names none of the calendar's, or tells
    them as done with no time at all ("صدر مملکت نے 26ویں آئینی ترمیم کے بل پر دستخط کر دیے"); not a lede that only names
    one ("Follow the latest updates on the PTI's march") nor one with a date ("گزشتہ برس 12 جولائی کا اکثریتی فیصلہ کالعدم
    قرار دے دیا")."""
    spans = [span for h in calendar if (span := h.find(lede)) is not None]
    if not spans:
        return True
    if find_dates(lede, PROBES[0], language=language) or _language_words(language, "perfect_words").search(lede):
        return False  # (nor one told before another time: "... جلسہ کیا تھا۔ آج پارٹی نے لاہور میں جلسہ کیا")
    return all(clause_tense(lede, a, b, language) == "past" for a, b in spans)


def _object_of(span: tuple[int, int], act: tuple[int, int], sentence: str, language: str) -> bool:
    """Whether the words at `span` (another happening's act) are the object of the act at `act`: right before it in a
    language that puts the verb last ("وہ فیصلہ معطل کر دیا").  (Not read in English, where the words after a verb are
    as often its manner as its object: "approves the bill with the amendments made by the National Assembly".)"""
    if engine(language).data.get("verb_position") != "final":
        return _possessed_object(span, act, sentence, language)
    if not (0 <= act[0] - span[1] <= 2) or sentence[span[1]:act[0]].strip():
        return False
    # (a noun another's: "کا وہ فیصلہ", "کا فیصلہ"; not "عمران خان کو سزا دی", a sentence and the verb that gives it)
    before = [w.lower() for w in WORD.findall(sentence[max(0, span[0] - 20):span[0]])][-2:]
    genitives = {w.lower() for w in engine(language).data.get("genitives", [])}
    return bool(before) and (before[-1] in genitives or (len(before) == 2 and before[0] in genitives))


POSSESSOR_WORDS = 5  # words of the owner between a verb and the noun it takes: "suspending the Peshawar High Court's judgement"


def _possessed_object(span: tuple[int, int], act: tuple[int, int], sentence: str, language: str) -> bool:
    """In a language that puts the verb first, whether the words at `span` are the object of the act at `act` as a
    noun another owns, right after it: "suspending the Peshawar High Court's judgement", "set aside the tribunal's
    ruling" (the judgement is what was suspended, not a verdict of that day)."""
    data = engine(language).data
    endings, determiners = data.get("possessive_endings") or [], data.get("background_determiners") or []
    if not endings or not determiners or not (0 < span[0] - act[1] <= 80):
        return False
    ending = "|".join(map(re.escape, endings))
    owner = re.fullmatch(rf"\s+(?:{_inner(determiners)})\s+(?:[\w.-]+\s+){{0,{POSSESSOR_WORDS - 1}}}[\w.-]+(?:{ending})\s+",
                         sentence[act[1]:span[0]], re.IGNORECASE)
    return owner is not None


def _object_of_another_act(sentence: str, span: tuple[int, int], language: str) -> bool:
    """Whether the act's words are a preposition's object, right after it and a determiner ("an inquiry into the
    arrest", "concern over the crackdown"; the language's prepositions and `background_determiners`)."""
    prepositions, determiners = _object_words(language)
    before = [w.lower() for w in WORD.findall(sentence, max(0, span[0] - 30), span[0])[-2:]]
    return len(before) == 2 and before[0] in prepositions and before[1] in determiners \
        and not sentence[span[0] - 1:span[0]].strip()


@lru_cache(maxsize=8)
def _object_words(language: str) -> tuple[frozenset, frozenset]:
    """The language's prepositions (both lists) and determiners, lower-case: the words before an act's words
    that make it another act's object."""
    data = engine(language).data
    return (frozenset(w.lower() for w in (*data.get("prepositions", ()), *data.get("object_prepositions", ()))),
            frozenset(w.lower() for w in data.get("background_determiners", ())))


def _last_weekday(mention: DateMention, language: str) -> bool:
    """Whether a weekday is told with a modifier of the week before ("last Thursday", "گزشتہ جمعرات")."""
    if mention.kind != "weekday":
        return False
    first = WORD.match(mention.text)
    return first is not None and engine(language).lookup("modifiers", first.group().lower()) == -1


def _week_before(mention: DateMention, language: str) -> bool:
    """Whether a weekday's modifier means the week before the page's ("last Thursday" in English, the language's
    `week_before_modifiers`; Urdu "گزشتہ جمعرات" is also the latest Thursday)."""
    first = WORD.match(mention.text)
    return first is not None and engine(language).has("week_before_modifiers", first.group().lower())


def _late(mention: DateMention, sentence: str, language: str) -> bool:
    """Whether a day is told by its night or its late hours ("late on Tuesday", "on Tuesday night", "near
    midnight Tuesday", "منگل کی رات"): such an act is reported the next day."""
    data = engine(language).data
    before, after = data.get("late_words") or [], data.get("night_words") or []
    words = lambda found: rf"(?<!\w)(?:{'|'.join(map(re.escape, found))})(?!\w)"  # noqa: E731
    # (the words right before the day or inside its mention, or right after it)
    late = bool(before) and re.search(words(before) + r"(?:\s+\w+)?\s*$",
                                      sentence[max(0, mention.start - LATE_REACH):mention.start], re.IGNORECASE)
    inside = bool(before or after) and re.search(words(before + after), mention.text, re.IGNORECASE)
    night = bool(after) and re.match(r"\s*(?:\w+\s+)?" + words(after), sentence[mention.end:mention.end + LATE_REACH],
                                     re.IGNORECASE)
    return bool(late or inside or night)


def _days_from_publication(mention: DateMention, language: str) -> int | None:
    """The count of days a "today", "tomorrow" or "کل" is from publication, by its own words."""
    if mention.kind != "relday":
        return None
    data, written = engine(language).data, mention.text.lower()
    said = [(len(words), days) for words, days in {**data["relative_days"], **data["tense_relative_days"]}.items()
            if written.startswith(words.lower())]
    return max(said)[1] if said else None


def _still_told(told: _Told, day: date, language: str, known_days: dict | None) -> bool:
    """Whether a page written on `day` could report `told` as it does: the day that names it from
    publication still points at it, or, told with no day, it is at most a week old."""
    if not told.named:
        return 0 <= (day - told.happening.day).days < WEEK
    return any(m.value == told.happening.day.isoformat() and m.status == "happened" and _day_from_publication(m)
               for m in find_dates(told.sentence, day, language=language, known_days=known_days))


def _another_time(mention: DateMention, day: date, span: tuple[int, int]) -> bool:
    """A date that is not the happening's: one with its year, or a day and month near the act's
    words; not a date that names another happening ("the February 8 elections")."""
    if not mention.value or _covers(mention, day):
        return False
    if mention.names_happening and not _names_the_act(mention, span):
        return False
    if _marked(mention, day):
        return False  # the day a yearly return marks: "ہفتے کو 8 فروری 2024ء کے عام انتخابات کا ایک سال"
    return mention.anchor_from is None or (mention.anchor_from == "publication" and mention.precision == "day"
                                           and mention.kind not in FROM_PUBLICATION and _gap(mention, span) <= MAX_GAP)


def _names_a_known_day(sentence: str, mention: DateMention, known_days: dict | None) -> bool:
    """Whether a day written without its year is one of the story's known days with one of its nouns right after
    ("nine lawmakers convicted in May 9 cases", "9 مئی کے مقدمات"): it names that happening, not the act's time."""
    known = (known_days or {}).get(_month_day(mention)) if mention.precision == "day" and mention.value else None
    return known is not None and mention.value == known.day.isoformat() and not WRITTEN_YEAR.search(mention.text) \
        and noun_right_after(sentence, mention.end, known.nouns)


NAMING_LINK = 5  # characters between a date and the noun it names after it: "14 مارچ کا فیصلہ", "the March 14 verdict"


def _names_the_act(mention: DateMention, span: tuple[int, int]) -> bool:
    """Whether a date that names a happening names the act's own words right after it ("پشاور ہائیکورٹ کا 14 مارچ
    کا فیصلہ": the verdict of another day than the calendar's), not another noun ("protested on Sunday against the
    February 8 elections", "set aside its July 12, 2024 judgment": the act is the setting aside)."""
    return 0 <= span[0] - mention.end <= NAMING_LINK


def _linked_to_a_noun(sentence: str, mention: DateMention, language: str) -> bool:
    """Whether a date names a noun's day by a link ("judgment of July 12, 2024", "12 جولائی 2024ء کے فیصلے"),
    not an act's time ("announced on July 12, 2024")."""
    eng = engine(language)
    links = eng.data.get("noun_links", [])
    before = sentence[:mention.start].rstrip().lower()
    return any(before.endswith(" " + w) or before == w for w in links) or bool(
        eng.genitive_after.match(sentence[mention.end:mention.end + 8]))


def _time_of_day_of(sentence: str, mention: DateMention, language: str) -> bool:
    """Whether the link ties the date to a time of its own day, the act's time ("on the morning of April 10, 2022", "in
    the early hours of October 21", "10 اپریل 2022 کی صبح"), not to a noun whose day it names."""
    eng = engine(language)
    nouns = {w.lower() for w in eng.data.get("day_time_nouns", [])}
    before = WORD.findall(sentence[max(0, mention.start - 30):mention.start].lower())
    own = WORD.findall(mention.text.lower())
    if len(own) > 1 and own[0] in eng.data.get("noun_links", []):
        before.append(own[0])  # (a weekday's mention holds its link: "in the small hours [of Monday]")
    genitive = eng.genitive_after.match(sentence, mention.end)
    after = WORD.findall(sentence[genitive.end():genitive.end() + 20]) if genitive else []
    return (len(before) >= 2 and before[-1] in eng.data.get("noun_links", []) and before[-2] in nouns) \
        or (bool(after) and after[0].lower() in nouns)


def _perfect_closes(sentence: str, span: tuple[int, int], language: str) -> bool:
    """Whether, in a language that puts the verb last, the past perfect closes the clause of the act's words ("... نے
    پیر کو ایوان صدر میں حلف اٹھایا تھا"): the act is told from a later day."""
    if engine(language).data.get("verb_position") != "final":
        return False
    perfect = _past_perfect_anywhere(language)
    # (the act's own clause: not one that "جبکہ" joins after it, "منتخب ہو گئیں جبکہ ان کے مدمقابل ... احمد تھے")
    end = _own_clause(sentence, span, (_clause_breaks(language),))[1]
    words = WORD.findall(sentence, span[1], end)
    return perfect is not None and bool(words) and bool(perfect.fullmatch(words[-1]))


def _in_background(sentence: str, span: tuple[int, int], mention: DateMention, language: str) -> bool:
    """Whether the act of a weekday is told as background, from some later day the sentence does not name: in a
    relative clause ("Lukashenko, who arrived in Islamabad on Monday for a visit, ...") or as already done ("فضل
    الرحمان بھی بدھ کو انتخابی نتائج مسترد کر چکے ہیں"); the page is of a later day, which it does not say."""
    if _completive_closes(sentence, span, language):
        return True
    start = min(span[0], mention.start)
    relative = list(_relative_pronouns(language).finditer(sentence, max(0, start - RELATIVE_VERB_WINDOW), start))
    if not relative or re.search(r"[,;:،]", sentence[relative[-1].end():start]):
        return False  # (no relative clause, or one closed before them: "lawmakers, who won seats, met on Thursday")
    if engine(language).data.get("verb_position") == "final":
        # (the day right after the pronoun, its clause's first words: "جو پیر کو ... اسلام آباد پہنچے"; not a clause that
        # closes with its own verb before the day, "جو ... صدارت کریں گے پیر کو اسلام آباد پہنچ گئے")
        return mention.start > relative[-1].end() \
            and len(WORD.findall(sentence, relative[-1].end(), mention.start)) <= RELATIVE_DAY_WORDS
    # (its pronoun right before the act's words, the day aside: "who arrived on Monday", "who on Monday arrived")
    between = sentence[relative[-1].end():span[0]]
    between = between.replace(mention.text, " ") if mention.start < span[0] else between
    return not WORD.findall(between)


COMPLETIVE_REACH = 3  # the clause's last words where "چکے" stands: "کر چکے ہیں", "ہو چکی تھی"
WEEK_AFTER_ACT_WORDS = 3  # words between a happening's words and the week that dates it ("attack in Balochistan last week")
RELATIVE_DAY_WORDS = 1  # words between a verb-final language's relative pronoun and its day ("جو گزشتہ پیر کو")


def _first_day_reading(sentence: str, mention: DateMention, day: date, value: date, days: int, language: str,
                       known_days: dict | None) -> date | None:
    """The first of the `days` - 1 days after `day` on which the mention's words, read again, give `value`, told as done:
    the earliest a page can be that tells `day`'s act by them ("who took the oath on Monday": the Tuesday after)."""
    for offset in range(1, days):
        written = day + timedelta(days=offset)
        read = next((m for m in find_dates(sentence, written, language=language, known_days=known_days)
                     if m.start == mention.start), None)
        if read is not None and read.value == value.isoformat() and not _to_come(read, sentence, language):
            return written
    return None


def _completive_closes(sentence: str, span: tuple[int, int], language: str) -> bool:
    """Whether the clause of the act's words closes with a completive auxiliary: told as already done ("کر چکے ہیں")."""
    words = WORD.findall(sentence, span[1], _clause_of(sentence, span)[1])
    completive = set(engine(language).data.get("completive_auxiliaries") or ())
    return any(word in completive for word in words[-COMPLETIVE_REACH:])


def _names_its_act(sentence: str, mention: DateMention, happening: CalendarDay) -> bool:
    """Whether a date written in full stands right before one of the happening's act words, as its name ("set aside
    the court's own July 12, 2024 judgement")."""
    if not happening.patterns:
        return False
    after = re.match(r"[\s,]*", sentence[mention.end:])
    act = happening.patterns[-1].match(sentence, mention.end + after.end())
    return act is not None


def _marked(mention: DateMention, day: date) -> bool:
    """Whether a mention is the same day of the same month years before `day`: the day a yearly
    return of it marks, named by the page ("the first anniversary of the February 8, 2024 vote")."""
    if not mention.value or mention.precision != "day":
        return False
    marked = date.fromisoformat(mention.value)
    return marked < day and (marked.month, marked.day) == (day.month, day.day)


def _to_come(mention: DateMention, sentence: str, language: str) -> bool:
    return mention.status == "planned" or speaks_of_future(sentence, mention.start, mention.end, language)


def _by_years_said(found: list[_Told], calendar: tuple[CalendarDay, ...], language: str, known_days: dict,
                   return_words: tuple[str, ...], page: list[str] = (), title: str | None = None) -> list[_Told]:
    """Of yearly returns of one day that share their words (the first and second anniversaries of the
    vote), the one whose count of years the sentence says with a word of a return: "آٹھ فروری کے
    الیکشن کو ایک سال مکمل ہوگیا ... آج یوم سیاہ" (a year complete since the February 8 election) is the
    first; "two years of repression" or "دو سال قید" (a prison term) counts no return.  A sentence that
    says no count takes the one the `page`'s sentences say of the day, when they say one only: "A year ago tomorrow, millions
    of Pakistanis stood in long queues ... Tomorrow, the PTI will gather its supporters ... to call the
    anniversary a black day".  A return whose count is not said is dropped only when another return's count is."""
    kept, page_counts = [], {}
    for told in found:
        returns = _returns(told.happening, calendar, known_days)
        counts = _years_said(told.sentence, language, return_words) if len(returns) > 1 else set()
        if not counts and len(returns) > 1:
            key = (told.happening.day.month, told.happening.day.day)
            if key not in page_counts:  # (the page's counts of a day's returns, read once)
                page_counts[key] = _page_years_said(page, language, return_words, known_days.get(key), title)
            counts = page_counts[key] if len(page_counts[key]) == 1 else set()
        if not (counts and returns[told.happening.day] not in counts and counts & set(returns.values())):
            kept.append(told)
    return kept


def _returns(happening: CalendarDay, calendar: tuple[CalendarDay, ...], known_days: dict) -> dict[date, int]:
    """The calendar's days with the happening's words and its month and day, each with its years
    after the story's own day of that month and day (none when the story has no such day)."""
    own = known_days.get((happening.day.month, happening.day.day))
    if own is None:
        return {}
    return {h.day: h.day.year - own.day.year for h in calendar if h.words == happening.words
            and (h.day.month, h.day.day) == (happening.day.month, happening.day.day) and h.day > own.day}


@lru_cache(maxsize=8)
def _year_counts(language: str) -> re.Pattern | None:
    """"one year", "two years", "ایک سال", "2 برس": a count of years (the language's number words or
    digits, then one of its year units); "first anniversary" where the language has ordinals."""
    data = engine(language).data
    units = [w for w, unit in data.get("units", {}).items() if unit == "year"]
    if not units:
        return None
    parts = [rf"(?P<count>{_inner(data.get('number_words', {}))}|\d{{1,2}})\s+(?P<unit>{_inner(units)})"]
    if data.get("ordinal_words") and data.get("anniversary_words"):
        parts.append(rf"(?P<nth>{_inner(data['ordinal_words'])})\s+{_inner(data['anniversary_words'])}")
    return re.compile(rf"(?<!\w)(?:{'|'.join(parts)})(?!\w)", re.IGNORECASE)


def _inner(words) -> str:
    """The alternation of `words_pattern`, to stand inside a larger pattern."""
    return f"(?:{words_pattern(words).pattern})"


RETURN_REACH = 25  # characters: a count of years and the word of a return after it ("ایک سال مکمل")


def _years_said(sentence: str, language: str, return_words: tuple[str, ...]) -> set[int]:
    """The counts of years a sentence says of a return: each followed by (or part of) one of the
    story's `return_words` ("one year since", "first anniversary", "ایک سال مکمل"), or right after one
    of the language's `return_count_verbs` ("complete one year", "marks two years")."""
    pattern = _year_counts(language)
    if pattern is None or not return_words:
        return set()
    returning, data = words_pattern(return_words), engine(language).data
    verbs = re.compile(rf"(?<!\w){_inner(data['return_count_verbs'])}\s+$", re.IGNORECASE) if data.get("return_count_verbs") else None
    numbers = {w.lower(): n for w, n in data.get("number_words", {}).items()}
    ordinals = {w.lower(): n for w, n in data.get("ordinal_words", {}).items()}
    counts = set()
    for m in pattern.finditer(sentence):
        if m.groupdict().get("nth"):  # "first anniversary": the return is in the words
            counts.add(ordinals.get(m.group("nth").lower()))
        elif any(r.end() > m.end() for r in returning.finditer(sentence, m.start("unit"), m.end() + RETURN_REACH)) \
                or ((r := returning.match(sentence, m.start())) is not None and r.end() > m.end()) \
                or (verbs is not None and verbs.search(sentence, max(0, m.start() - RETURN_REACH), m.start())):
            # (or a verb of a return right before it: "as the elections complete one year")
            # (a return word from the count's unit on: "ایک سال مکمل", not "ایک سال قید", a year in prison; or one that
            # holds the count and goes on: "ایک سال پہلے")
            word = m.group("count").lower()
            counts.add(int(word) if word.isdigit() else numbers.get(word))
    return {c for c in counts if c}


def _page_years_said(sentences: list[str], language: str, return_words: tuple[str, ...],
                     known: KnownDay | None = None, title: str | None = None) -> set[int]:
    """The counts of years of a return of the story's `known` day the page's read sentences say (see _years_said): only
    a sentence that names the day ("A year ago tomorrow, millions of Pakistanis stood in long queues ... to vote"), not
    "It is more than a year since the talks collapsed", or the headline ("کالم: ایک سال بعد", a page's subject: the
    first sentence when the page has no title apart), and
    none hedged ("nearly two years since")."""
    if known is None:
        return set()
    names = words_pattern([*known.nouns, *known.bare_nouns]) if known.nouns or known.bare_nouns else None
    ruled_out = words_pattern(known.bare_not_words) if known.bare_not_words else None
    hedges = engine(language).data.get("approximate_words") or []
    hedged = re.compile(rf"(?<!\w)(?:{_inner(hedges)})\s+(?:\w+\s+)?$", re.IGNORECASE) if hedges else None
    counts = set()
    pattern = _year_counts(language)
    for index, sentence in enumerate(sentences[:CALENDAR_SENTENCES]):
        said = _years_said(sentence, language, return_words)
        if not said or (ruled_out is not None and ruled_out.search(sentence)) \
                or (hedged is not None and pattern is not None
                    and any(hedged.search(sentence, max(0, m.start() - 30), m.start()) for m in pattern.finditer(sentence))):
            continue
        # (the day named by its noun or by its date: "ایک سال بعد سوال یہ نہیں کہ 8 فروری کو کون جیتا")
        headline = sentence.strip() == title.strip() if title else index == 0
        if headline or (names is not None and names.search(sentence)) or any(
                d.precision == "day" and d.value and _month_day(d) == (known.day.month, known.day.day)
                for d in find_dates(sentence, PROBES[0], language=language)):
            counts |= said
    return counts


def _unambiguous(found: list[_Told]) -> list[_Told]:
    """Of happenings that share their words (a yearly return, two rounds of by-elections), those a
    day names, when it names one of them only, or when only one fits every sentence that names any
    ("tomorrow, black day" fits two years; "tomorrow, Saturday" one of them); else those the words
    alone name, when one only."""
    days_of: dict[tuple, tuple[set, set]] = {}  # words -> (days named by a day, all days)
    by_sentence: dict[tuple, dict[str, set]] = {}  # words -> sentence -> days a day in it names
    for told in found:
        named, every = days_of.setdefault(told.happening.words, (set(), set()))
        every.add(told.happening.day)
        if told.named:
            named.add(told.happening.day)
            by_sentence.setdefault(told.happening.words, {}).setdefault(told.sentence, set()).add(told.happening.day)
    kept = []
    for told in found:
        named, every = days_of[told.happening.words]
        fitting = set.intersection(*by_sentence[told.happening.words].values()) if told.named else set()
        if (told.named and (named == {told.happening.day} or fitting == {told.happening.day})) \
                or (not named and len(every) == 1):
            kept.append(told)
    return kept


def _written_month_days(sentences: list[str], language: str) -> set[tuple[int, int, bool, bool]]:
    """The months and days the sentences write with the month's name, with or without a year ("polling on
    April 21"; not a weekday or "yesterday"), whether a year is written with them, and whether the day is recalled: it
    names a noun in a sentence told in the past perfect ("جو 21 اپریل کے ضمنی انتخاب میں کامیاب ہوئے تھے", "who had won
    the April 21 by-election": an earlier happening the page recalls), or told with words of an earlier year ("گزشتہ
    سال 2 اپریل", "April 2 last year"; not a year borrowed from a date beside it, "April 2 and April 9, 2024")."""
    months = engine(language).month_of
    perfect = _past_perfect_anywhere(language)
    return {(day.month, day.day, bool(WRITTEN_YEAR.search(m.text)),
             (perfect is not None and bool(perfect.search(sentence))
              and (m.names_happening or _linked_to_a_noun(sentence, m, language)))
             or (m.anchor_from == "publication" and not WRITTEN_YEAR.search(m.text) and day < _plain_reading(day)))
            for sentence in sentences
            for m in find_dates(sentence, PROBES[0], language=language)
            if m.precision == "day" and m.date_start and m.date_start == m.date_end
            and any(w.lower().rstrip(".") in months for w in WORD.findall(m.text))
            for day in [date.fromisoformat(m.date_start)]}


def _plain_reading(day: date) -> date:
    """The day a month and day written alone is read as on PROBES[0]'s page (the last one not after it): a day read
    as earlier was told with words of an earlier year ("گزشتہ سال 2 اپریل", "April 2 last year"), recalled."""
    same_year = date(PROBES[0].year, day.month, day.day) if (day.month, day.day) != (2, 29) else day
    return same_year if same_year <= PROBES[0] else same_year.replace(year=PROBES[0].year - 1)


WRITTEN_REACH = 100  # days: a page's written days this near before a happening tell that it is of that time


def _after_written_days(found: list[_Told], written: set[tuple[int, int]]) -> list[_Told]:
    """Of happenings that share their words, the one that follows a month and day the page writes most
    closely, within WRITTEN_REACH days ("the Senate elections held on April 2" in a report of Sunday's
    by-elections: those of April 21, 2024, not of November 2025), when one is nearest; else all.  Only days
    written without a year (`written`): one written with its year ("took office on February 26, 2024") is told
    as long past."""
    if not written:
        return found

    def gap(day: date) -> int:
        def since(month: int, dom: int) -> int:
            for year in (day.year, day.year - 1):
                try:
                    then = date(year, month, dom)
                except ValueError:  # 29 February
                    continue
                if then < day:  # (the day itself is the page's own only when written as such: `_of_written_days`)
                    return (day - then).days
            return WRITTEN_REACH + 1
        return min(since(month, dom) for month, dom in written)
    kept = []
    for words in dict.fromkeys(t.happening.words for t in found):
        group = [t for t in found if t.happening.words == words]
        gaps = {t.happening.day: gap(t.happening.day) for t in group}
        nearest = min(gaps.values())
        fitting = {d for d, g in gaps.items() if g == nearest}
        kept += [t for t in group if t.happening.day in fitting] if len(fitting) == 1 and nearest <= WRITTEN_REACH else group
    return kept


def _after_written_times(found: list[_Told], text: str, paragraphs: list[tuple[int, int]], title: str | None,
                         language: str) -> list[_Told]:
    """Of happenings that share their words, the one after the latest day or month the page writes with its year and
    tells as past ("since April 2024", "8 فروری 2024 کے عام انتخابات"), when that leaves one per group; else all."""
    latest = None
    for sentence, _ in _sentences(text, paragraphs, title):
        if not WRITTEN_YEAR.search(sentence):
            continue
        for m in find_dates(sentence, PROBES[0], language=language):
            if m.value and m.date_end and m.precision in {"day", "month"} and WRITTEN_YEAR.search(m.text) \
                    and m.status != "planned" and not speaks_of_future(sentence, m.start, m.end, language) \
                    and clause_tense(sentence, m.start, m.end, language) == "past":  # (not "has until May 5, 2024")
                end = date.fromisoformat(m.date_end)
                latest = end if latest is None or end > latest else latest
    if latest is None:
        return found
    kept = []
    for words in dict.fromkeys(t.happening.words for t in found):
        group = [t for t in found if t.happening.words == words]
        after = {t.happening.day for t in group if t.happening.day > latest}
        kept += [t for t in group if t.happening.day in after] if len(after) == 1 else group
    return kept


def _of_written_days(found: list[_Told], written: set[tuple[int, int]]) -> list[_Told]:
    """Of happenings that share their words, those whose month and day the page's first sentences write
    (`written`, see _written_month_days), when that leaves one per group of words; else all."""
    return _one_per_words(found, lambda h: (h.day.month, h.day.day) in written)


def _of_signs(found: list[_Told], text: str) -> list[_Told]:
    """Of happenings that share their words, those whose `signs` (what the page says of one of them only, such as
    its count of seats) the page holds, when that leaves one per group of words; else all."""
    found = [t for t in found if not t.happening.needs_signs or any(sign.search(text) for sign in t.happening.signs)]
    return _one_per_words(found, lambda h: any(sign.search(text) for sign in h.signs))


def _one_per_words(found: list[_Told], fits) -> list[_Told]:
    """Of happenings that share their words, those on the one day whose happening `fits`, when one day does;
    else all of the group."""
    kept = []
    for words in dict.fromkeys(t.happening.words for t in found):  # (in the page's order: the result does not vary)
        group = [t for t in found if t.happening.words == words]
        fitting = {t.happening.day for t in group if fits(t.happening)}
        kept += [t for t in group if t.happening.day in fitting] if len(fitting) == 1 else group
    return kept


def _dates_the_act(mention: DateMention, sentence: str, span: tuple[int, int], language: str,
                   speaker: re.Pattern | None = None) -> bool:
    """Whether a day counted from publication is the act's: close to its words, and no "that",
    "who" or "which" between them ("on Monday suspended the members elected on seats that were
    denied to the party" dates the suspension, not the denial)."""
    if _declared(mention, sentence, span, language, speaker) or _told_after(mention, sentence, span, language):
        return True
    if mention.start >= span[1] and engine(language).data.get("verb_position") == "final" \
            and CLAUSE_MARK.search(sentence, span[1], mention.start):
        return False  # (a verb-final clause ends with its verb: "... نے حلف اٹھا لیا، سپیکر کا انتخاب آج ہوگا")
    if not (_day_from_publication(mention) and (_gap(mention, span) <= MAX_GAP or _reports_it(mention, sentence, span,
                                                                                          language)
                                                or _ends_its_clause(mention, sentence, span, language)
                                                or _closes_the_acts_clause(mention, sentence, span, language)
                                                or _fronted(mention, sentence, span, language))):
        return False
    between = sentence[min(mention.end, span[1]):max(mention.start, span[0])]
    # (a relative clause set off by commas is an aside: "Late last night, the new special parliamentary committee,
    # which the PTI boycotted, nominated ...")
    between = _aside_clause(language).sub(",", between) if _relative_pronouns(language).search(between) else between
    opener = _clause_openers(language).search(between)
    if opener is not None and mention.end <= span[0] and mention.text.endswith(("'s", "’s")) \
            and between[:opener.start()].rstrip().endswith(",") and not between[opener.end():].strip():
        # "Thursday's judgment by the bench of the Peshawar High Court, which dismissed ...": the
        # clause tells what the day's own noun did (its act right after "which", not "which the PTI
        # called after the court suspended ...")
        return True
    # ("reopened Wednesday after security forces cleared the square": the day is of the act before "after"; not
    # "On Friday, after a marathon hearing, the court ruled", whose "after" phrase ends at a comma, nor a language
    # whose "بعد" closes its phrase)
    sequence = _sequence_words(language).search(between) if mention.end <= span[0] else None
    return opener is None and not (sequence is not None and engine(language).data.get("count_complement_follows")
                                   and not CLAUSE_MARK.search(between, sequence.end()))


CLAUSE_GAP = 160  # characters from the act's words to a day that closes their clause: its object can be long


def _fronted(mention: DateMention, sentence: str, span: tuple[int, int], language: str) -> bool:
    """A day that opens the sentence, set off by a comma, is the time of its main clause however long the subject
    before the act's words ("Yesterday, the special parliamentary committee created by the amendment met behind closed
    doors and nominated Justice Yahya Afridi ..."); not of an act told from it in the past perfect ("On Saturday, the
    ISPR said military courts had handed 25 civilians sentences")."""
    perfect = _past_perfect_anywhere(language)
    return not sentence[:mention.start].strip(" \"'“‘*-—") and bool(FRONTED_COMMA.match(sentence, mention.end)) \
        and mention.end <= span[0] and span[0] - mention.end <= CLAUSE_GAP \
        and not (perfect is not None and perfect.search(sentence, mention.end, span[1]))


def _closes_the_acts_clause(mention: DateMention, sentence: str, span: tuple[int, int], language: str) -> bool:
    """A weekday ends the clause the act's words open, however long their object ("cleared thousands of supporters
    of imprisoned former Prime Minister Imran Khan from the heart of the capital early Wednesday, ending ...")."""
    if mention.kind != "weekday" or not (span[1] <= mention.start and mention.start - span[1] <= CLAUSE_GAP) \
            or CLAUSE_MARK.search(sentence, span[1], mention.start) or CLAUSE_END.match(sentence, mention.end) is None:
        return False
    # (no other clause joined in between: "... after months of talks and Finance Minister Muhammad Aurangzeb thanked
    # the Fund in a statement yesterday")
    if _language_words(language, "list_words", "subordinators", "clause_joiners", "side_clause_openers") \
            .search(sentence, span[1], mention.start):
        return False
    # (nor an infinitive's clause: "cleared ... from the heart of the capital to make way for a state visit beginning
    # on Wednesday"; "to the capital" is a place)
    eng = engine(language)
    between = WORD.findall(sentence[span[1]:mention.start])
    return not any(eng.has("infinitive_markers", w) and between[k + 1][:1].islower() and not eng.has("determiners", between[k + 1])
                   for k, w in enumerate(between[:-1]))


CLAUSE_END = re.compile(r"\s*(?:[,;:.!?،۔]|$)")


ANY_SUBJECT = re.compile(r"\w")  # a speaker that any subject is (see _reported)
SPEAKER_OPENS = 3  # words before the speaker's name where the next sentence opens on him ("Liaquat Ali Chattha, ...")
DECLARED_REACH = 14  # words from a declaring verb's "that" to the act's words
DECLARER_REACH = 12  # words from the day to a declaring verb after it: "نے گزشتہ روز چار ایک کی اکثریت سے فیصلہ سنایا کہ"
DECLARED_CHARS = 40 * (DECLARED_REACH + DECLARER_REACH + 2)  # ... and in characters, at most


def _speaker(happening: CalendarDay) -> re.Pattern | None:
    """Who says a happening that is what someone said (`spoken`): its first list of words."""
    return happening.patterns[0] if happening.spoken and len(happening.patterns) > 1 else None


def _declared(mention: DateMention, sentence: str, span: tuple[int, int], language: str,
              speaker: re.Pattern | None = None) -> bool:
    """Whether the day dates a verb that declares the act (the language's `declaring_verbs`), whose "that"
    clause holds the act's words, told as done: "announced late Tuesday night that they had reached an
    agreement", "نے گزشتہ روز ... فیصلہ سنایا کہ ... مخصوص نشستوں کی حقدار نہیں" (the ruling is the refusal).  Of an
    act that is what someone said (`speaker`: the words of who says it), a verb that only says declares it too when
    its subject is that speaker ("A State Department spokesman said on Friday that the claims should be
    investigated"; not "The Foreign Office said on Friday that the concerns ... were unwarranted"), a demand
    ("should", "must": the language's `obligation_words`) being what is said, not a plan."""
    spoken = speaker is not None
    verbs = _declaring_verbs(language, spoken)
    if verbs is None or mention.end > span[0] or not _day_from_publication(mention):
        return False
    if span[0] - mention.end > DECLARED_CHARS:
        return False  # (the words allowed between, in characters: a long sentence is not searched per day)
    # (the comma after a day that opens the sentence sets off no clause when the speaker follows it: "Yesterday,
    # Chattha told reporters that"; not "Today, a week after Chattha told ...", nor "Yesterday, Chattha's lawyer")
    fronted = FRONTED_COMMA.match(sentence, mention.end) if spoken and not sentence[:mention.start].strip(" \"'“‘") else None
    if fronted is not None:
        who = _fronted_speaker(speaker.pattern, speaker.flags).match(sentence, fronted.end())
        # (titles and the rest of the name before it, "former Liaquat Ali Chattha", "the PTI chairman"; not "a week
        # after Chattha", "the lawyer for Chattha", "the wife of Chattha")
        titles = _name_titles(language)
        before = WORD.findall(who.group()[:speaker.search(who.group()).start()]) if who is not None else None
        fronted = fronted if before is not None and all(w.lower() in titles or w[:1].isupper() for w in before) else None
    if fronted is None and _issued_opener(sentence, mention, language):
        fronted = FRONTED_COMMA.match(sentence, mention.end)  # ("In a notification issued on Tuesday, the ECP declared")
    if CLAUSE_MARK.search(sentence, fronted.end() if fronted else mention.end, span[0]):
        return False  # (first: the nearest mark ends the search early on a long sentence)
    that = _complementizers(language).search(sentence, mention.end, span[0])
    if that is None \
            or len(WORD.findall(sentence, that.end(), span[0])) > DECLARED_REACH \
            or _clause_openers(language).search(sentence, that.end(), span[0]) \
            or (speaks_of_future(sentence, *span, language)
                and not (spoken and _language_words(language, "obligation_words").search(sentence, that.end(), span[1]))):
        return False
    between = sentence[mention.end:that.start()]
    if len(WORD.findall(between)) > DECLARER_REACH:
        return False
    # (not what was declared not done, "announced on Tuesday that it had not reached an agreement", "no agreement had
    # been reached", "معاہدہ نہیں ہو سکا"; nor done at another time, "had reached an agreement last week")
    rest = CLAUSE_MARK.search(sentence, span[1])
    end = rest.start() if rest else len(sentence)
    clause = sentence[that.end():span[0]]
    if engine(language).data.get("verb_position") == "final":  # (its negation after the act's words, in its clause)
        clause += " " + " ".join(WORD.findall(sentence[span[1]:end])[:NEGATION_AFTER])
    # (a day that only names a happening, "after the February 8 elections", is no other time of the act)
    # (nor one linked to a noun: "9 مئی 2023 کے پرتشدد واقعات میں ملوث", involved in the violence of 9 May 2023)
    if _negations(language).search(clause) or any(
            that.end() <= m.start < end and not m.names_happening and not _linked_to_a_noun(sentence, m, language)
            for m in find_dates(sentence, PROBES[0], language=language)):
        return False
    # the verb right before "that" ("فیصلہ سنایا کہ", "اعلان کیا ہے کہ"), or right before the day with nothing
    # between the day and "that" ("announced late Tuesday night that")
    if not (verbs[0].search(between) or (not between.strip() and verbs[1].search(sentence, 0, mention.start))):
        return False
    plain = _declaring_verbs(language)
    if spoken and not (plain and (plain[0].search(between) or plain[1].search(sentence, 0, mention.start))):
        # (a verb that only says: its subject, before "that" in the clause, is the happening's speaker)
        marks = list(CLAUSE_MARK.finditer(sentence, 0, mention.start))
        return bool(speaker.search(sentence, marks[-1].end() if marks else 0, that.start()))
    return True


ATTRIBUTION_REACH = 12  # words from the comma after an act to the day that dates its telling
ATTRIBUTION_CHARS = 160  # characters from that comma to the day
PERFECT_REACH = 24  # characters before an act's words where its past perfect stands ("had resigned", "had not been")
SENTENCE_END = 4  # characters after the day: its sentence's end
TOLD_AFTER_SUBJECT = 10  # words of the subject before the act's words: "PTI founder Imran Khan has"



def _told_after(mention: DateMention, sentence: str, span: tuple[int, int], language: str) -> bool:
    """Whether the day dates the telling of an act done, told after it as who said so ("Imran Khan has called
    off negotiations with the government, party chairman Gohar Ali Khan told reporters outside Adiala Jail
    today"): the act's clause first, then one comma, a saying verb and the day ending the sentence.  Not in a
    language that puts the verb last, not an act to come, denied or dated otherwise in its clause."""
    data = engine(language).data
    if data.get("verb_position") == "final" or mention.start < span[1] or len(sentence) - mention.end > SENTENCE_END \
            or sentence[mention.end:].strip(" .!?\"'”’") or not _day_from_publication(mention):
        return False  # (the cheap tests first: the day ends the sentence)
    comma = CLAUSE_MARK.search(sentence, max(span[1], mention.start - ATTRIBUTION_CHARS), mention.start)
    if comma is None or comma.group().strip() != "," or CLAUSE_MARK.search(sentence, span[1], comma.start()) \
            or CLAUSE_MARK.search(sentence, comma.end(), mention.start) \
            or len(WORD.findall(sentence, comma.end(), mention.start)) > ATTRIBUTION_REACH:
        return False
    # (the act's words open their clause, after a dateline at most: no "that", "when", "after", "weeks after",
    # hedge ("is considering calling off") or other words of more than a short subject before them)
    start = max((m.end() for m in re.finditer(r"[:;.!?]\s", sentence[:span[0]])), default=0)
    lead = sentence[start:span[0]]
    words = [w.lower() for w in WORD.findall(lead)]
    if len(words) > TOLD_AFTER_SUBJECT or CLAUSE_MARK.search(lead) or _clause_openers(language).search(lead) \
            or ((perfect := _past_perfect_anywhere(language)) and perfect.search(sentence, start, span[1])) \
            or _language_words(language, "subordinators", "hedge_words").search(lead) \
            or (words and (words[-1].endswith("ing") or engine(language).has("infinitive_markers", words[-1]))):
        return False
    tellers = words_pattern((data.get("saying_verbs") or []) + (data.get("reporting_verbs") or [])
                            + (data.get("declaring_verbs") or []))
    clause = sentence[:comma.start()]
    # (a time in a clause a subordinator opens after the act's words is that clause's: "because it failed to form
    # judicial commissions within seven days")
    opener = _language_words(language, "subordinators").search(clause, span[1])
    subordinate = lambda m: opener is not None and m.start >= opener.end()  # noqa: E731
    return bool(tellers.search(sentence, comma.end(), mention.start)) and not tellers.search(clause) \
        and not speaks_of_future(sentence, *span, language) \
        and not _negations(language).search(clause, 0, opener.start() if opener else len(clause)) \
        and not any(m.start < comma.start() and not m.names_happening and not subordinate(m)
                    for m in find_dates(sentence, PROBES[0], language=language))


NEGATION_AFTER = 3  # words after a verb-final act's words where its negation stands ("معاہدہ نہیں ہو سکا")


ISSUED_OPENER_WORDS = 6  # words before a day that opens a sentence with the statement it was issued in


def _issued_opener(sentence: str, mention: DateMention, language: str) -> bool:
    """Whether the sentence opens with the statement the day was issued in, the day right after its participle ("In
    a notification issued on Tuesday, the ECP declared ..."): the comma after it sets off no clause of its own."""
    words = WORD.findall(sentence[:mention.start])
    issued = set(engine(language).data.get("issued_words") or ())
    return 2 <= len(words) <= ISSUED_OPENER_WORDS and words[-1] in issued \
        and _announcements(language).search(sentence, 0, mention.start) is not None


def _dates_a_statement(mention: DateMention, sentence: str, language: str) -> bool:
    """The day dates a statement issued then, right after it ("منگل کی رات جاری اعلامیے کے مطابق", according to the
    statement issued on Tuesday night): told as done, whatever the sentence goes on to say will follow ("... قسط جاری
    کی جائے گی"); not a statement still to come ("منگل کو بیان جاری کرے گا")."""
    data = engine(language).data
    issued, attributions = data.get("issued_words") or [], data.get("attribution_after_words") or []
    rest = sentence[mention.end:].lstrip()
    for word in issued:
        if (m := re.match(rf"{re.escape(word)}\s+", rest)) is None \
                or (said := _announcements(language).match(rest, m.end())) is None:
            continue
        # (what the statement says, attributed to it: "اعلامیے کے مطابق", "اعلامیے میں کہا گیا"; not "اعلامیے میں
        # تفصیلات بتائی جائیں گی", the details it will give)
        if any(rest[said.end():].lstrip().startswith(a) for a in attributions):
            return not _quoted(sentence, mention.start)
    return False


def _side_clause_closers(language: str) -> re.Pattern:
    return _language_words(language, "side_clause_closers") if engine(language).data.get("verb_position") == "final" \
        else NO_WORDS


def _announcements(language: str) -> re.Pattern:
    return _language_words(language, "announcement_words")


@lru_cache(maxsize=32)
def _language_words(language: str, *keys: str) -> re.Pattern:
    """Any word of the language's optional lists `keys`, as whole words (NO_WORDS when they are empty)."""
    words = [w for key in keys for w in engine(language).data.get(key) or []]
    return words_pattern(words) if words else NO_WORDS


NO_WORDS = re.compile(r"(?!x)x")  # matches nothing


@lru_cache(maxsize=8)
def _negations(language: str) -> re.Pattern:
    data = engine(language).data
    return words_pattern(data.get("declared_negations") or (data.get("negations") or []) + (data.get("claim_negations") or []))


FRONTED_TITLE_WORDS = 4  # title words and names before the speaker's name after a fronted day: "Yesterday, former PTI chairman X"


@lru_cache(maxsize=256)
def _fronted_speaker(speaker: str, flags: int) -> re.Pattern:
    """A speaker's name after a fronted day's comma, with up to FRONTED_TITLE_WORDS words before it."""
    return re.compile(rf"(?:\S+\s+){{0,{FRONTED_TITLE_WORDS}}}?(?:{speaker})(?![’'])", flags)


@lru_cache(maxsize=8)
def _name_titles(language: str) -> frozenset:
    return frozenset(w.lower() for w in engine(language).data.get("name_titles", []))
HEARER_WORDS = 4  # words of a telling verb's hearer before "that": "told a news conference in Lahore that"


@lru_cache(maxsize=8)
def _declaring_verbs(language: str, spoken: bool = False) -> tuple[re.Pattern, re.Pattern] | None:
    data = engine(language).data
    words = (data.get("declaring_verbs") or []) + ((data.get("saying_verbs") or []) + data["reporting_verbs"] if spoken else [])
    if not words:
        return None
    alt = words_pattern(words).pattern
    # (only a verb-final language may put an auxiliary between the verb and "that": "اعلان کیا ہے کہ")
    gap = r"(?:\s+\w+)?" if data.get("verb_position") == "final" else ""
    # (a hearer between a telling verb and "that": "told reporters that", "informed the court that")
    hearer = rf"|{words_pattern(data['addressee_verbs']).pattern}(?:\s+[\w'’]+){{1,{HEARER_WORDS}}}" \
        if spoken and data.get("addressee_verbs") else ""
    return re.compile(rf"(?:{alt}{gap}{hearer})\s*$", re.IGNORECASE), re.compile(rf"{alt}\s+(?:\w+\s+)?$", re.IGNORECASE)


VERB_END_REACH = 24  # characters after a verb-final act's words to its clause's end: "بری کر دیا۔"


def _ends_its_clause(mention: DateMention, sentence: str, span: tuple[int, int], language: str) -> bool:
    """In a language that puts the verb last, the act's words end the clause the day opens, however long:
    "ہائیکورٹ نے آج سائفر کیس میں ... کی سزا کے خلاف اپیلیں منظور کرتے ہوئے دونوں کو بری کر دیا۔"."""
    if engine(language).data.get("verb_position") != "final" or mention.end > span[0] \
            or (CLAUSE_MARK.search(sentence, mention.end, span[0]) and not _names_listed(sentence, mention.end, span[0], language)):
        return False
    # (its clause ends at a mark or at a joiner that opens the next: "... نتائج یکسر مسترد کر دیے اور کہا کہ ...")
    rest = CLAUSE_MARK.search(sentence, span[1])
    end = rest.start() if rest else len(sentence.rstrip(" ۔.!?"))
    joiner = _language_words(language, "clause_joiners").search(sentence, span[1], end)
    if joiner is not None and not _language_words(language, "verb_endings").search(sentence, span[1], joiner.start()):
        joiner = None  # (not a joiner of two words: "بری اور سزا یافتہ ملزمان")
    return (joiner.start() if joiner else end) - span[1] <= VERB_END_REACH


LIST_ITEM_WORDS = 7  # words of one name in a list between commas, its title too ("سینیٹ میں قائد حزب اختلاف شبلی فراز،")
LIST_ITEMS = 12  # commas of a list of names
LIST_REACH = 600  # characters from the day to the act's words across such a list
SHORT_BRACKETS = re.compile(r"\([^()\n]{1,12}\)")  # a label in brackets, "(1)", "(ایچ)": no clause of its own


def _names_listed(sentence: str, start: int, end: int, language: str) -> bool:
    """Whether the commas between `start` and `end` only part a list of names ("... بیرسٹر گوہر علی خان، شیر افضل
    مروت، زین قریشی اور ... سمیت متعدد ارکان اسمبلی کو حراست میں لے لیا"): every item between two commas short, the
    last one joined by a list word ("اور"), and no mark but the comma."""
    if end - start > LIST_REACH:
        return False  # (a long stretch is no list of names; and the check stays short on a long sentence)
    # (a short label in brackets is no clause: "آئین کے آرٹیکل 63 (1) (ایچ) کے تحت")
    between = SHORT_BRACKETS.sub(lambda m: " " * len(m.group()), sentence[start:end])
    marks = list(CLAUSE_MARK.finditer(between))
    if not marks:
        return True
    if len(marks) > LIST_ITEMS or any(m.group().strip() not in {",", "،"} for m in marks):
        return False
    items = [between[a.end():b.start()] for a, b in zip(marks, marks[1:])]
    eng = engine(language)
    # (names, not clauses of their own: "گنڈاپور نے تقریر کی،" has a verb, "... نے ٹی وی پر بتایا،" a saying)
    verb = lambda w: eng.has("verb_endings", w) or eng.has("saying_verbs", w)  # noqa: E731
    if any(len(WORD.findall(item)) > LIST_ITEM_WORDS or any(verb(w) for w in WORD.findall(item)) for item in items):
        return False
    last = WORD.findall(between[marks[-1].end():])[:LIST_ITEM_WORDS + 1]
    first = WORD.findall(between[:marks[0].start()])
    return any(eng.has("list_words", w) for w in last) and not any(verb(w) for w in first[-LIST_ITEM_WORDS:]) \
        and not any(eng.has("saying_verbs", w) for w in first)


def _sequence_words(language: str):
    """"after", "before" (the language's later_words and earlier_words): a clause of another time."""
    return _language_words(language, "later_words", "earlier_words")


def _passive_of_the_noun(sentence: str, span: tuple[int, int], mention: DateMention, language: str,
                         happening: CalendarDay) -> bool:
    """Whether a relative clause between the act's words and the day is only a passive verb of the
    act's noun, right after it, that tells the act itself: "the power-sharing deal between the PML-N
    and the PPP, which was announced late Tuesday night" dates the deal (a reporting verb, or one of
    the happening's own words).  Not "which was postponed on Tuesday", "which was challenged on
    Tuesday": other acts; nor "the seats that were denied to the party on Monday": more words between."""
    if not _day_from_publication(mention) or mention.start < span[1] or mention.start - span[1] > PASSIVE_NOUN_CHARS:
        return False
    data = engine(language).data
    auxiliaries = _auxiliaries(language)
    openers = list(_relative_pronouns(language).finditer(sentence, span[1], mention.start))
    if not auxiliaries or len(openers) != 1 or _clause_openers(language).search(sentence, span[1], openers[0].start()):
        return False
    opener = openers[0]
    before = sentence[span[1]:opener.start()]
    if re.search(r"[,;:،؛]", before.rstrip().rstrip(",")) or len(WORD.findall(before)) > PASSIVE_NOUN_REACH:
        return False  # (the clause must hang on the act's noun or the names right after it)
    words = [w.lower() for w in WORD.findall(sentence, opener.end(), mention.start)]
    late = {w.lower() for w in data.get("late_words") or []} | {w.lower() for w in data.get("day_prepositions") or []}
    while words and words[-1] in late:
        words.pop()  # ("which was announced late on Tuesday")
    own = {w.lower() for group in happening.words for w in group} | {w.lower() for w in data.get("reporting_verbs", [])}
    return 2 <= len(words) <= 3 and all(w in auxiliaries for w in words[:-1]) and words[-1] in own


PASSIVE_NOUN_REACH = 16  # words from the act's noun to "which was announced": "deal between the Pakistan Muslim League-Nawaz (PML-N) and ..."
PASSIVE_NOUN_CHARS = 40 * PASSIVE_NOUN_REACH  # ... bounds the characters first, so a long sentence is not searched per day


def _reports_it(mention: DateMention, sentence: str, span: tuple[int, int], language: str) -> bool:
    """Whether the day closes the sentence as the day of its report: "Shehbaz Sharif has been elected
    prime minister ..., Speaker Ayaz Sadiq announced on Sunday", "... ARY News reported on Friday".
    News reports the act on its day; the day must still be the happening's (see `_reported`)."""
    if mention.start < span[1] or sentence[mention.end:].strip(" .\"'”’)") or mention.start - span[1] > REPORT_REACH:
        return False
    if _in_relative_clause(sentence, span, language) or APPOSED.search(sentence, 0, span[0]):
        # "Zardari, elected president with 411 votes, received the envoy ..., the presidency said on
        # Saturday": the act is told in passing; the day is another act's report
        return False
    before = WORD.findall(sentence, span[1], mention.start)[-2:]  # "reported", or "said on"
    eng = engine(language)
    return any(eng.has("reporting_verbs", word) for word in before)


REPORT_REACH = 200  # characters from the act's words to the report's day at the end of the sentence
APPOSED = re.compile(r"[,،]\s*$")  # the act's words right after a comma: a participle in apposition


def _in_relative_clause(sentence: str, span: tuple[int, int], language: str) -> bool:
    """Whether the act's words follow "which", "who" or "جو" with no mark between: "is challenging a
    decision by the court, which upheld the refusal" tells of the ruling in passing."""
    openers = list(_relative_pronouns(language).finditer(sentence, 0, span[0]))
    return bool(openers) and not CLAUSE_MARK.search(sentence, openers[-1].end(), span[0]) \
        and len(WORD.findall(sentence, openers[-1].end(), span[0])) <= RELATIVE_REACH


RELATIVE_REACH = 3  # words: "which upheld", "who was then elected"; further on the sentence has moved on


def _after_anchor(sentence: str, span: tuple[int, int], language: str) -> bool:
    """Whether the act's words stand in an "after ..." (or "before", "amid" ...) phrase with no mark
    between: "The appeal comes after the Supreme Court's constitutional bench ... accepted review
    petitions" tells of the ruling as what came before the news (`anchor_words` of clauses.json)."""
    words = engine(language).data.get("anchor_words", [])
    openers = list(words_pattern(words).finditer(sentence, 0, span[0])) if words else []
    if not openers:
        return False
    marks = [m.group() for m in CLAUSE_MARK.finditer(sentence, openers[-1].end(), span[0])]
    # (a pair of commas around an aside, "the bench, by a narrow 7–5 majority, accepted", is no break)
    return not marks or (all(m.startswith(",") for m in marks) and len(marks) % 2 == 0)


@lru_cache(maxsize=8)
def _relative_pronouns(language: str):
    return words_pattern(engine(language).data["relative_pronouns"])


@lru_cache(maxsize=8)
def _aside_clause(language: str) -> re.Pattern:
    """A relative clause between commas (", which the PTI boycotted,"): an aside in what stands around it."""
    pronouns = _relative_pronouns(language).pattern
    return re.compile(rf"[,،]\s*{pronouns}[^,،;:]*[,،]", re.IGNORECASE)


@lru_cache(maxsize=8)
def _complementizers(language: str):
    return words_pattern(engine(language).data["complementizers"])


@lru_cache(maxsize=8)
def _clause_openers(language: str):
    data = engine(language).data
    # (a side clause's opener too: "... منتشر ہو گئے، جبکہ ... نے آج بدھ کے روز اعلان کیا")
    return words_pattern(data["relative_pronouns"] + data["complementizers"] + (data.get("side_clause_openers") or []))


@lru_cache(maxsize=8)
def _past_perfect(language: str):
    markers = engine(language).data["past_perfect_markers"]
    return words_pattern(markers) if markers else None


@lru_cache(maxsize=8)
def _past_perfect_anywhere(language: str):
    """The past perfect's markers and, for a language that puts them after the verb, its auxiliaries ("تھا")."""
    data = engine(language).data
    words = [*data.get("past_perfect_markers", []), *data.get("past_perfect_auxiliaries", [])]
    return words_pattern(words) if words else None


@lru_cache(maxsize=8)
def _pattern(words: tuple[str, ...]):
    return words_pattern(words)


def _gap(mention: DateMention, span: tuple[int, int]) -> int:
    return max(span[0] - mention.end, mention.start - span[1], 0)


def _covers(mention: DateMention, day: date) -> bool:
    if not (mention.date_start and mention.date_end):
        return True  # no bounds to check it by
    return mention.date_start <= day.isoformat() <= mention.date_end


def _day_from_publication(mention: DateMention) -> bool:
    return mention.kind in FROM_PUBLICATION and mention.anchor_from == "publication" and mention.precision == "day"


def _past_before(mention: DateMention, day: date) -> bool:
    # (not a day that names another happening: "forfeited on Monday the seat he won in Thursday's
    # elections" is no later than the Monday)
    return _day_from_publication(mention) and mention.status == "happened" and mention.value < day.isoformat() \
        and not mention.names_happening
