"""A folder of articles -> articles, events and tallies DataFrames.

`parse_article` is a pure function of one file (so it can be cached and run in
parallel); `load_corpus` reads a folder and adds what needs every article at once:
clusters of the same happening reported by several articles.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

import pandas as pd

from .actors import ActorMatcher, default_matcher
from .dates import DateMention, find_dates, narrative_anchor, period_bounds
from .events import sentence_events
from .layout import Layout, analyse, extract_html
from .phrases import tokenize
from .progress import Progress
from .reading import SourceFile, discover
from .sentences import split_sentences
from .tallies import TallyReader

LOADER_VERSION = "3"  # 3: events carry date_end and status; dates from language folders
MIN_FINGERPRINT_CHARS = 40
DUPLICATE_SHARE = 0.8
# The most events one file may yield: bounds what a hostile or broken file can cost.
MAX_EVENTS_PER_FILE = 2000

ARTICLE_COLUMNS = ["article", "id", "page", "title", "outlet", "published", "published_from", "dateline",
                   "language", "n_events", "status", "problems", "kind", "size"]
EVENT_COLUMNS = ["event_id", "article", "article_id", "date", "date_end", "precision", "date_source", "cue",
                 "cue_start", "cue_end", "type", "actors", "sentence", "start", "end", "cluster", "sources",
                 "page", "outlet", "published"]
# What `events` prints and downloads: the DataFrame's columns less the period end.
EVENT_OUTPUT_COLUMNS = [c for c in EVENT_COLUMNS if c != "date_end"]
TALLY_COLUMNS = ["article", "article_id", "as_of", "party", "seats", "basis", "out_of", "counted",
                 "reported_by", "sentence", "start", "end", "page"]


class CorpusError(Exception):
    """The folder itself cannot be read (it does not exist, or is not a folder)."""


@dataclass
class ParsedArticle:
    """Everything one file yields; plain data so that it pickles."""

    article: dict
    events: list[dict] = field(default_factory=list)
    tallies: list[dict] = field(default_factory=list)
    text: str = ""
    paragraphs: list[tuple[int, int]] = field(default_factory=list)
    fingerprints: list[bytes] = field(default_factory=list)  # of its longer sentences, for duplicates


@dataclass
class Corpus:
    folder: Path
    articles: pd.DataFrame
    events: pd.DataFrame
    tallies: pd.DataFrame
    texts: dict[str, str]                           # article id -> text the offsets index
    paragraphs: dict[str, list[tuple[int, int]]]    # article id -> kept body spans

    def article(self, article_id: str) -> dict | None:
        rows = self.articles[self.articles["id"] == article_id]
        return None if rows.empty else rows.iloc[0].to_dict()


def article_id(relpath: str) -> str:
    """Stable, URL-safe id: a readable slug of the name plus a short hash of the path."""
    stem = Path(relpath).stem
    slug = re.sub(r"[^a-z0-9]+", "-", stem.lower()).strip("-")[:40] or "article"
    return f"{slug}-{hashlib.sha1(relpath.encode('utf-8')).hexdigest()[:6]}"


def article_page(aid: str, start: int | None = None, end: int | None = None) -> str:
    return f"/article/{aid}" + (f"?hl={start}-{end}" if start is not None else "")


def parse_article(source: SourceFile, matcher: ActorMatcher | None = None) -> ParsedArticle:
    """Read one file into its article row, events and tallies."""
    matcher = matcher or default_matcher()
    aid = article_id(source.relpath)
    row = {"article": source.relpath, "id": aid, "page": article_page(aid), "title": None, "outlet": None,
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
    layout = analyse(text, html_meta=html_meta)
    row.update(title=layout.title, outlet=layout.outlet, dateline=layout.dateline, language=layout.language,
               published=layout.published, published_from=layout.published_from)
    row["problems"] += layout.problems
    events, tallies, date_problems, fingerprints = _read_body(layout, aid, source.relpath, matcher)
    for problem in date_problems:
        if problem not in row["problems"]:
            row["problems"].append(problem)
    row["n_events"] = len(events)
    if row["problems"]:
        row["status"] = "warning"
    return ParsedArticle(row, events, tallies, text, layout.paragraphs, fingerprints)


def _read_body(layout: Layout, aid: str, relpath: str, matcher: ActorMatcher):
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
    reader = TallyReader(matcher)
    narrative: date | None = None  # the last day the text set, for "a day later"
    full = False
    for index, (p_start, p_end) in enumerate(layout.paragraphs):
        paragraph_mentions: list[DateMention] = []
        if not full:
            found = find_dates(text[p_start:p_end], published, language=layout.language, anchor=narrative)
            paragraph_mentions = _shift(found, p_start)
            narrative = narrative_anchor(paragraph_mentions, narrative)
        # A wire dateline ("LAHORE, Mar 3:") says when the report was filed: never a date of its
        # own, only the date of a lead sentence that names none.
        dateline_mentions = [m for m in paragraph_mentions if _inside(m, layout.dateline_span)]
        if dateline_mentions:
            paragraph_mentions = [m for m in paragraph_mentions if not _inside(m, layout.dateline_span)]
        for mention in paragraph_mentions:
            if mention.problem and mention.problem.startswith("impossible"):
                problems.append(mention.problem)
        next_mention = 0  # mentions are in text order, and so are sentences
        for s_start, s_end in split_sentences(text, p_start, p_end):
            sentence = text[s_start:s_end]
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
            may_report = not full and (bool(mentions) or index == 0)  # a dated sentence, or the lead
            may_tally = reader.concerns(sentence)
            if not (may_report or may_tally):
                continue  # no event and no tally here: skip finding its actors
            tokens = tokenize(sentence)
            actors = matcher.find(sentence, [(s - s_start, e - s_start) for s, e in masked], tokens)
            by_cue = {m.start: m for m in mentions}
            for event in (sentence_events(sentence, s_start, mentions, actors, matcher, published_value,
                                          lead=index == 0, tokens=tokens) if may_report else ()):
                if len(events) >= MAX_EVENTS_PER_FILE:
                    full = True
                    problems.append(f"more than {MAX_EVENTS_PER_FILE} dated sentences; only the first "
                                    f"{MAX_EVENTS_PER_FILE} events were kept")
                    break
                cue_start = event["cue_start"]
                mention = by_cue.get(cue_start)
                event.setdefault("date_end", mention.date_end if mention else event["date"] if
                                 event.get("precision") == "day" else None)
                event.setdefault("status", (mention.status if mention else None) or "happened")
                event.update(
                    event_id=f"{aid}-{s_start}-{cue_start if cue_start is not None else 'p'}",
                    article=relpath, article_id=aid, sentence=sentence, start=s_start, end=s_end,
                    page=article_page(aid, s_start, s_end), outlet=layout.outlet, published=published)
                events.append(event)
            for tally in (reader.read(sentence, actors) if may_tally else ()):
                as_of = next((m.value for m in mentions if m.value and m.precision == "day"), published_value)
                tally.update(article=relpath, article_id=aid, as_of=as_of, sentence=sentence, start=s_start,
                             end=s_end, page=article_page(aid, s_start, s_end))
                tallies.append(tally)
    return events, tallies, problems, fingerprints


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


def _shift(mentions: list[DateMention], offset: int) -> list[DateMention]:
    """Mentions found in a slice of the text, with offsets into the whole text."""
    return [replace(m, start=m.start + offset, end=m.end + offset) for m in mentions]


# --- the whole folder ------------------------------------------------------------

def load_corpus(folder: str | Path, *, matcher: ActorMatcher | None = None, use_cache: bool = True,
                progress=None, workers: int | None = None) -> Corpus:
    """Read every file below `folder`.  Raises CorpusError only when the folder itself
    cannot be read; bad files are listed in `articles` with their problems."""
    folder = Path(folder)
    if not folder.exists():
        raise CorpusError(f"folder not found: {folder}")
    if not folder.is_dir():
        raise CorpusError(f"not a folder: {folder}")
    from . import cache  # the cache decides what needs parsing

    matcher = matcher or default_matcher()
    progress = progress or Progress()  # silent off a terminal; warnings go to stderr
    sources = discover(folder)
    use_whole = use_cache and matcher is default_matcher()
    keys = [cache.content_key(s) for s in sources]
    key = cache.corpus_key(sources, keys)
    if use_whole:
        corpus = cache.load_assembled(folder, key, progress.warn)
        if corpus is not None:
            return corpus  # nothing changed since the last start
    parsed = cache.parse_all(folder, sources, matcher, progress, use_cache=use_cache, workers=workers, keys=keys)
    corpus = assemble(folder, parsed, matcher)
    if use_whole:
        cache.save_assembled(folder, key, corpus, progress.warn)
    return corpus


def assemble(folder: Path, parsed: list[ParsedArticle], matcher: ActorMatcher) -> Corpus:
    mark_duplicates(parsed)
    articles = pd.DataFrame([p.article for p in parsed], columns=ARTICLE_COLUMNS)
    events = pd.DataFrame([e for p in parsed for e in p.events])
    tallies = pd.DataFrame([t for p in parsed for t in p.tallies])
    events = _typed_events(assign_clusters(events))
    tallies = _typed_tallies(tallies)
    articles["published"] = pd.to_datetime(articles["published"])
    articles["n_events"] = articles["n_events"].astype("int64")
    articles["size"] = articles["size"].astype("int64")
    texts = {p.article["id"]: p.text for p in parsed if p.text}
    paragraphs = {p.article["id"]: p.paragraphs for p in parsed if p.text}
    return Corpus(folder, articles, events, tallies, texts, paragraphs)


def assign_clusters(events: pd.DataFrame) -> pd.DataFrame:
    """Events with the same date, precision and type whose actors overlap (or that
    name none) are one happening; each cluster lists the articles that report it."""
    if events.empty:
        return pd.DataFrame(columns=[c for c in EVENT_COLUMNS if c not in ("date_end",)])
    events = events.reset_index(drop=True)
    parent = list(range(len(events)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(a: int, b: int) -> None:
        parent[find(b)] = find(a)

    # Linear in the number of events: linking through shared actors gives the same
    # clusters as comparing every pair, and an event naming no actor joins its group.
    actors = events["actors"].tolist()
    for index in events.groupby(["date", "precision", "type"], sort=False, observed=True).indices.values():
        index = index.tolist()
        if any(len(actors[i]) == 0 for i in index):
            for i in index[1:]:
                union(index[0], i)
            continue
        first_with: dict[str, int] = {}
        for i in index:
            for name in actors[i]:
                if name in first_with:
                    union(first_with[name], i)
                else:
                    first_with[name] = i
    roots = [find(i) for i in range(len(events))]
    dates, types, ids = events["date"].tolist(), events["type"].tolist(), events["event_id"].tolist()
    names = {r: "c" + hashlib.sha1(f"{dates[r]}|{types[r]}|{ids[r]}".encode()).hexdigest()[:10] for r in set(roots)}
    events["cluster"] = [names[r] for r in roots]
    events["sources"] = events.groupby("cluster")["article"].transform("nunique").astype("int64")
    return events


def _typed_events(events: pd.DataFrame) -> pd.DataFrame:
    if events.empty:
        frame = pd.DataFrame({c: pd.Series(dtype="object") for c in EVENT_COLUMNS})
        for c in ("date", "date_end", "published"):
            frame[c] = pd.to_datetime(frame[c])
        return frame
    bounds = [period_bounds(v, p) for v, p in zip(events["date"], events["precision"])]
    events["date"] = pd.to_datetime([b[0] for b in bounds])
    events["date_end"] = pd.to_datetime([b[1] for b in bounds])
    events["published"] = pd.to_datetime(events["published"])
    for column in ("precision", "date_source", "type"):
        events[column] = events[column].astype("category")
    for column in ("start", "end"):
        events[column] = events[column].astype("int64")
    for column in ("cue_start", "cue_end"):
        events[column] = events[column].astype("Int64")
    return events[EVENT_COLUMNS].sort_values(["date", "article", "start"], kind="stable").reset_index(drop=True)


def _typed_tallies(tallies: pd.DataFrame) -> pd.DataFrame:
    if tallies.empty:
        frame = pd.DataFrame({c: pd.Series(dtype="object") for c in TALLY_COLUMNS})
        frame["as_of"] = pd.to_datetime(frame["as_of"])
        return frame
    tallies["as_of"] = pd.to_datetime(tallies["as_of"])
    for column in ("seats", "out_of", "counted"):
        tallies[column] = tallies[column].astype("Int64")
    return tallies[TALLY_COLUMNS].sort_values(["as_of", "article", "start"], kind="stable").reset_index(drop=True)


def date_label(value: pd.Timestamp, precision: str) -> str:
    """'2024-02-08', '2023-08' or '2022' by precision: the contract's form of a date."""
    iso = value.date().isoformat() if isinstance(value, pd.Timestamp) else date.fromisoformat(str(value)).isoformat()
    return {"day": iso, "week": iso, "month": iso[:7], "year": iso[:4]}[precision]
