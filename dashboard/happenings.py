"""Happenings: the reports (events) of one happening, across sentences and articles,
merged into one record with a short label, its sources, and the dates each source
gives when they disagree.

Reports join when their dates are compatible (the same day; a day inside a coarser
period; for a report dated only by its publication, that day or the day before), their
types are the same or compatible (the story's merge roles; a vague "statement" or "other"
report may join a specific one) and
they share an actor (or name none).  Reports from different articles a day apart
that share type and actors are one happening whose date is disputed, unless one article
reports both days (then they are two).  Every step looks reports up in dictionaries, so
the cost is linear in the number of events.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

import pandas as pd

from . import schema


@dataclass(frozen=True)
class MergeRoles:
    """What the story says about its types when reports are merged (event_types.json "roles")."""

    # one happening per date whatever the actors: every report of an election on 8 February is the election
    shared: frozenset = frozenset()
    # too vague to keep a report apart from a specific happening of the same actors that day
    weak: frozenset = frozenset()
    # types outlets give one happening in turn ("vow protest against rigging" is a protest to one
    # and a rigging allegation to another): each maps to the family it merges within
    compatible: dict = field(default_factory=dict)

    @classmethod
    def of(cls, roles: dict) -> MergeRoles:
        return cls(frozenset(roles.get("shared", ())), frozenset(roles.get("weak", ())),
                   dict(roles.get("compatible", {})))


def default_roles() -> MergeRoles:
    from .story import default_story

    return MergeRoles.of(default_story().event_rules["roles"])
PRECISION_RANK = {p: i for i, p in enumerate(schema.PRECISIONS)}
MAX_LABEL = 80


class _Groups:
    """Union-find over event indexes."""

    def __init__(self, n: int):
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def assign_happenings(events: pd.DataFrame, roles: MergeRoles | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Events with their `happening` and `sources` filled, and the happenings table.
    `roles` are the story's merge roles (by default, the default story's)."""
    if events.empty:
        return events, schema.empty("happenings")
    roles = roles or default_roles()
    shared_types, weak_types, compatible_types = roles.shared, roles.weak, roles.compatible
    n = len(events)
    types = events["type"].astype(str).tolist()
    family = [compatible_types.get(t, t) for t in types]
    precisions = events["precision"].astype(str).tolist()
    starts, ends = _days(events["date"]), _days(events["date_end"])
    actors = [set(a) for a in events["actors"].tolist()]
    articles = events["article"].tolist()
    from_text = (events["date_source"].astype(str) != "publication").tolist()
    triggers = events["trigger"].fillna("").astype(str).str.lower().tolist()
    groups = _Groups(n)

    def link_same(indexes: list[int]) -> None:
        """Reports with the same date, precision and type: shared actors (or trigger) link them."""
        if types[indexes[0]] in shared_types:
            for i in indexes[1:]:
                groups.union(indexes[0], i)
            return
        first_with: dict[str, int] = {}
        bare = []
        for i in indexes:
            if not actors[i]:
                bare.append(i)
            for name in actors[i]:
                if name in first_with:
                    groups.union(first_with[name], i)
                else:
                    first_with[name] = i
        if not bare:
            return
        named = [j for j in indexes if actors[j]]
        if not named:  # nobody named anywhere: one happening
            for i in bare[1:]:
                groups.union(bare[0], i)
            return
        largest = Counter(groups.find(j) for j in named).most_common(1)[0][0]
        by_trigger: dict[str, int] = {}
        for j in named:
            if triggers[j]:
                by_trigger.setdefault(triggers[j], j)
        for i in bare:
            # A report naming no one joins the one with its trigger, else the largest; but a
            # statement or meeting is someone's, and a week or month holds many happenings: one
            # naming nobody, with a trigger no named report shares, is another ("declared on
            # Monday" by one party, a "press conference" on Monday by nobody named; "the cabinet
            # will be sworn in this week" and a party's vote that week).
            if triggers[i] in by_trigger:
                groups.union(by_trigger[triggers[i]], i)
            elif not (triggers[i] and (types[i] in weak_types or precisions[i] != "day")):
                groups.union(largest, i)

    # 1. Text-dated reports of the same period and type.
    same: dict[tuple, list[int]] = defaultdict(list)
    for i in range(n):
        if from_text[i]:
            same[(starts[i], precisions[i], family[i])].append(i)
    for indexes in same.values():
        link_same(indexes)

    day_reports = [i for i in range(n) if from_text[i] and precisions[i] == "day"]

    def components() -> dict[int, dict]:
        """The current groups of text-dated day reports: actors, articles and size."""
        summary: dict[int, dict] = {}
        for i in day_reports:
            root = groups.find(i)
            entry = summary.get(root)
            if entry is None:
                entry = summary[root] = {"actors": set(), "articles": set(), "size": 0, "triggers": set()}
            if triggers[i]:
                entry["triggers"].add(triggers[i])
            if actors[i]:
                entry["actors"] |= actors[i]
            entry["articles"].add(articles[i])
            entry["size"] += 1
        return summary

    # 2. Sources a day apart: one happening, disputed, when no article reports both days.
    days = components()
    by_day: dict[tuple, list[int]] = defaultdict(list)
    for root in days:
        by_day[(starts[root], family[root])].append(root)
    moved: set[int] = set()
    for (day, kind), roots in sorted(by_day.items(), key=lambda item: item[0][0]):
        if kind in weak_types:
            continue
        for root in roots:
            if root in moved:
                continue
            for other in by_day.get((day + timedelta(days=1), kind), []):
                if other in moved:
                    continue
                a, b = days[root], days[other]
                related = kind in shared_types or a["actors"] & b["actors"]
                if related and not a["articles"] & b["articles"]:
                    groups.union(root, other)
                    moved |= {root, other}
                    break

    # 3. A vague report joins the specific happening of its actors that day.
    days = components()
    strong_by_day: dict[date, list[int]] = defaultdict(list)
    for root in days:
        if types[root] not in weak_types:
            strong_by_day[starts[root]].append(root)
    for root, entry in days.items():
        if types[root] in weak_types and entry["actors"]:
            matches = [r for r in strong_by_day.get(starts[root], []) if days[r]["actors"] & entry["actors"]]
            if matches:
                groups.union(max(matches, key=lambda r: days[r]["size"]), root)

    # 4. A report of a week, month or year joins a happening of its type and actors inside it.
    days = components()
    inside: dict[tuple, list[int]] = defaultdict(list)
    for root in days:
        day = starts[root]
        for precision in ("week", "month", "year"):
            inside[(_period_key(day, precision), precision, family[root])].append(root)
    for i in range(n):
        if from_text[i] and precisions[i] != "day":
            candidates = inside.get((_period_key(starts[i], precisions[i]), precisions[i], family[i]), [])
            # Only days inside the period's own bounds ("mid-March" is the 11th to the 20th), and
            # only happenings with all of the period report's actors, or its trigger: "PML-N and
            # MQM-P joined hands last week" is not the PML-N-PPP meeting of a day that week, nor
            # is "the cabinet will be sworn in this week" (nobody named) a vote on a day of it.
            matches = [r for r in candidates if starts[i] <= starts[r] <= ends[i]
                       and (types[i] in shared_types or (triggers[i] and triggers[i] in days[r]["triggers"])
                            or (not actors[i] and not triggers[i])
                            or (actors[i] and (not days[r]["actors"] or actors[i] <= days[r]["actors"])))]
            if matches and (actors[i] or len(matches) == 1 or types[i] in shared_types):  # no guessing
                groups.union(max(matches, key=lambda r: days[r]["size"]), i)

    # 5. A report dated only by its publication joins its type and actors that day or the day before.
    days = components()
    by_day_type: dict[tuple, list[int]] = defaultdict(list)
    for root in days:
        by_day_type[(starts[root], family[root])].append(root)
    undated: dict[tuple, list[int]] = defaultdict(list)
    for i in range(n):
        if from_text[i]:
            continue
        for day in (starts[i], starts[i] - timedelta(days=1)):
            matches = [r for r in by_day_type.get((day, family[i]), []) if _related(types[i], days[r]["actors"], actors[i], shared_types)]
            if matches and (actors[i] or len(matches) == 1 or types[i] in shared_types):
                groups.union(max(matches, key=lambda r: days[r]["size"]), i)
                break
        else:
            undated[(starts[i], precisions[i], family[i])].append(i)
    for indexes in undated.values():
        link_same(indexes)

    roots = [groups.find(i) for i in range(n)]
    return _tables(events, roots, from_text, starts, ends, roles)


def _related(kind: str, these: set[str], those: set[str], shared: frozenset) -> bool:
    """Reports of one type may be one happening: shared actors, or one side names none."""
    return kind in shared or not these or not those or bool(these & those)


def _period_key(day: date, precision: str):
    if precision == "week":
        return day - timedelta(days=day.weekday())
    if precision == "month":
        return (day.year, day.month)
    return day.year


def _days(series: pd.Series) -> list[date]:
    """Python dates of a datetime column, without a Timestamp per row."""
    ordinals = series.to_numpy().astype("datetime64[D]").astype("int64") + EPOCH_ORDINAL
    return [date.fromordinal(o) for o in ordinals.tolist()]


EPOCH_ORDINAL = date(1970, 1, 1).toordinal()
COLUMNS_USED = ("event_id", "article", "outlet", "type", "precision", "status", "actors", "sentence", "cue",
                "corrected")


def report_columns(events: pd.DataFrame, from_text: list[bool] | None = None, starts: list[date] | None = None,
                   ends: list[date] | None = None) -> dict[str, list]:
    """The reports' columns as plain lists, the form a happening's record is built from
    (`happening_record`).  `from_text`, `starts` and `ends` when the caller has them already."""
    cols = {name: events[name].tolist() for name in COLUMNS_USED}
    cols["type"] = [str(t) for t in cols["type"]]
    cols["precision"] = [str(p) for p in cols["precision"]]
    published = events["published"]
    cols["published"] = [d if ok else None for d, ok in zip(_days(published.fillna(pd.Timestamp(0))),
                                                             published.notna().tolist())]
    cols["from_text"] = from_text if from_text is not None else \
        (events["date_source"].astype(str) != "publication").tolist()
    cols["start"] = starts if starts is not None else _days(events["date"])
    cols["end"] = ends if ends is not None else _days(events["date_end"])
    return cols


def _tables(events: pd.DataFrame, roots: list[int], from_text: list[bool],
            starts: list[date], ends: list[date], roles: MergeRoles) -> tuple[pd.DataFrame, pd.DataFrame]:
    members: dict[int, list[int]] = defaultdict(list)
    for i, root in enumerate(roots):
        members[root].append(i)
    cols = report_columns(events, from_text, starts, ends)
    happening_of: dict[int, str] = {}
    records = []
    for root, indexes in members.items():
        record = happening_record(cols, indexes, roles)
        happening_of[root] = record["happening_id"]
        records.append(record)
    events = events.copy()
    events["happening"] = [happening_of[r] for r in roots]
    sources = {r["happening_id"]: r["sources"] for r in records}
    events["sources"] = events["happening"].map(sources).astype("int64")
    table = schema.apply(pd.DataFrame(records), "happenings")
    table = table.sort_values(["date", "happening_id"], kind="stable").reset_index(drop=True)
    return events, table


def happening_record(cols: dict[str, list], indexes: list[int], roles: MergeRoles) -> dict:
    """One happening's record from its reports (`indexes` into the column lists `cols`)."""
    event_ids, articles_of, types = cols["event_id"], cols["article"], cols["type"]
    published = [cols["published"][i] for i in indexes if cols["published"][i] is not None]
    # The happening's id comes from its earliest report, so later sources do not change it.
    anchor = min(indexes, key=lambda i: (cols["published"][i] or date.max, event_ids[i]))
    strong = Counter(types[i] for i in indexes if types[i] not in roles.weak)
    kind = (strong or Counter(types[i] for i in indexes)).most_common(1)[0][0]
    dated = [i for i in indexes if cols["from_text"][i]] or indexes
    precision = min((cols["precision"][i] for i in dated), key=PRECISION_RANK.get)
    chosen = [i for i in dated if cols["precision"][i] == precision]
    reported: dict[date, set[str]] = defaultdict(set)
    for i in chosen:
        reported[cols["start"][i]].add(articles_of[i])
    mentions = [a for i in indexes for a in cols["actors"][i]]
    actor_counts = Counter(mentions)
    first_seen = {a: k for k, a in reversed(list(enumerate(mentions)))}
    articles = sorted({articles_of[i] for i in indexes})
    return {
        "happening_id": "h" + hashlib.sha1(event_ids[anchor].encode("utf-8")).hexdigest()[:12],
        "label": happening_label(cols, indexes, kind, roles.shared),
        "type": kind,
        "status": "happened" if any(str(cols["status"][i]) != "planned" for i in indexes) else "planned",
        "date": pd.Timestamp(min(cols["start"][i] for i in chosen)),
        "date_end": pd.Timestamp(max(cols["end"][i] for i in chosen)),
        "precision": precision,
        "actors": sorted(actor_counts, key=lambda a: (-actor_counts[a], first_seen[a])),
        "sources": len(articles),
        "outlets": sorted({o for i in indexes if isinstance(o := cols["outlet"][i], str) and o}),
        "articles": articles,
        "event_ids": [event_ids[i] for i in indexes],
        "first_reported": pd.Timestamp(min(published)) if published else pd.NaT,
        "disputed": len(reported) > 1,
        "dates_reported": [{"date": schema.format_date(day, precision), "articles": sorted(reported[day])}
                           for day in sorted(reported)],
        "corrected": any(bool(cols["corrected"][i]) for i in indexes),
    }


# --- labels ----------------------------------------------------------------------------

# "ISLAMABAD, Feb 12:", "COLOMBO, Sept 22 (Reuters) -", "LAHORE (AFP) —": where and when it was filed
DATELINE = re.compile(r"^[^:.!?]{0,60}?(?:\b\d{1,2}\b[^:]{0,20})?\s?:\s+(?=[A-Z\"“])"
                      r"|^[A-Z][\w .,'’-]{1,40}?(?:\s*\([^)]{1,30}\))\s*(?:-{1,2}|—|–)\s+(?=[A-Z\"“])")
BRACKETS = re.compile(r"\s*[(\[][^)\]]{0,60}[)\]]")
SPEECH = re.compile(r"^.{0,80}?\b(?:said|says|stated|told \w+|announced|added|claimed)\b(?: that)?\s+", re.IGNORECASE)
CLAUSE_END = re.compile(r",\s|;\s|\s[–—-]\s|\s(?:while|whereas|which|who|after|following|because|but)\s")
TRAILING = re.compile(r"(?:\s+(?:the|a|an|of|to|in|on|at|for|and|or|by|with|its|his|her|their|that|from))+$",
                      re.IGNORECASE)
QUOTES = re.compile(r"[\"“”‘]")


def happening_label(cols: dict[str, list], indexes: list[int], kind: str, shared: frozenset = frozenset()) -> str:
    """A short extractive 'who did what' from the happening's clearest report."""
    sample = indexes[:6]  # enough to find a clear one; keeps a large happening cheap
    sentences, cues, actors = cols["sentence"], cols["cue"], cols["actors"]
    if kind in shared:  # "the February 8 elections": the happening is named by its date
        names = sorted((not any(ch.isdigit() for ch in name), len(name), name)
                       for i in sample if (name := _named_by_date(sentences[i], cues[i] or "", kind)))
        if names:
            return names[0][2]
    candidates = []
    for i in sample:
        label = report_label(sentences[i], cues[i] or "", list(actors[i]))
        if label:
            starts_with_actor = any(label.startswith(a) for a in actors[i])
            candidates.append((cols["type"][i] != kind, not starts_with_actor, abs(len(label) - 50), label))
    if candidates:
        return min(candidates)[3]
    return kind.replace("_", " ").capitalize()


INTRO = re.compile(r"^(?:after|following|speaking|in|on|amid|despite|while|meanwhile|however|earlier|later|where|"
                   r"when|as|talking|addressing)\b[^,]{0,120},\s+", re.IGNORECASE)
# ", the leader of the PPP," right after the subject
APPOSITIVE = re.compile(r"^((?:\S+\s+){0,4}?\S+),\s[^,]{3,70},\s")
# "PTI and JI, while demanding X, have vowed ...": the interjection goes
INTERJECTION = re.compile(r"^([^,]{2,40}),\s+(?:while|after|besides)\s+\w+ing\b.{0,120}?\s(?=(?:have|has|had|will|would|"
                          r"were|was|are|is)\s)", re.IGNORECASE)


def _named_by_date(sentence: str, cue: str, kind: str) -> str:
    """'February 8 elections' when the sentence names the happening by its date and type."""
    if not cue:
        return ""
    stem = re.escape(kind.split("_")[0][:5])
    m = re.search(rf"{re.escape(cue)},?\s+(\w*{stem}\w*)", sentence, re.IGNORECASE)
    return f"{cue} {m.group(1)}"[:MAX_LABEL] if m else ""


def report_label(sentence: str, cue: str, actors: list[str]) -> str:
    """The reporting sentence cut to its main clause: no dateline, date cue, brackets,
    leading clause or speech frame; a long name followed by an actor's short name in
    brackets becomes the short name.  At most 80 characters, cut at a word."""
    text = " ".join(sentence.split())
    for name in (a for a in actors if f"({a})" in text):  # "Pakistan Tehreek-e-Insaf (PTI)" -> "PTI"
        text = re.sub(rf"(?:\b[A-Z][\w’'-]*\s+){{0,5}}[A-Z][\w’'-]*?([’']s)?\s*\({re.escape(name)}\)",
                      lambda m, name=name: name + (m.group(1) or ""), text)
    text = DATELINE.sub("", text, count=1)
    if cue:
        text = re.sub(rf"(\s*,)?\s*(?:\b(?:on|in|of|since|at|by)\s+)?{re.escape(cue)}(?:\s*\([^)]*\))?(?=(,?))",
                      lambda m: "," if m.group(1) and not m.group(2) else " ", text, count=1)
    text = " ".join(QUOTES.sub("", BRACKETS.sub("", text)).split())
    text = re.sub(r"^,\s*|,\s*(?=,)", "", text)
    for _ in range(3):
        intro = INTRO.match(text)
        if not intro:
            break
        text = text[intro.end():]
    speech = SPEECH.match(text)
    if speech and any(name in text[speech.end():] for name in actors):
        text = text[speech.end():]
    text = APPOSITIVE.sub(r"\1 ", text, count=1)
    text = INTERJECTION.sub(r"\1 ", text, count=1)
    text = re.sub(r"^(?:The|the|that)\s+(?=[A-Z])", "", text)
    end = CLAUSE_END.search(text, 15)
    if end:
        text = text[:end.start()]
    text = " ".join(text.split()).strip(" ,.;:")
    if len(text) > MAX_LABEL:
        text = text[:MAX_LABEL + 1].rsplit(" ", 1)[0]
    text = TRAILING.sub("", text).strip(" ,.;:")
    if len(text) >= len(" ".join(sentence.split()).strip(" .")) - 1 and len(text) > 40:
        # never the whole sentence: keep its first words
        text = TRAILING.sub("", text[:40].rsplit(" ", 1)[0]).strip(" ,.;:")
    return text[:1].upper() + text[1:] if text else ""
