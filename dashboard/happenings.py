"""Happenings: the reports (events) of one happening, across sentences and articles,
merged into one record with a short label, its sources, and the dates each source
gives when they disagree.

Reports join when their dates are compatible (the same day; a day inside a coarser
period; for a report dated only by its publication, that day or the day before), their
types are the same or compatible (the story's merge roles; a vague "statement" or "other"
report may join a specific one) and they share an actor (or name none).  Outlets type one
happening differently ("elected prime minister" / "voted to make him prime minister"), so
who did what decides more than the type: groups of one period typed differently join when
no article tells them apart, one side's actors are all among the other's and what each says
happened (its trigger's words) is in the other's sentences; a date cue next to a shared
type's noun ("the February 8 polls", "the February election") names that happening whatever
the sentence's type (of a period's, the one most reported: the vote, not a re-poll).  Words are compared as stems, the story's trigger nouns and keywords,
and its "names" groups ("polls", "vote" and "election" name one thing).  Reports from
different articles a day apart that share type, actors and words are one happening whose
date is disputed, unless one article reports both days (then they are two).  Reports of one day
and type sharing an actor stay apart when their parties tell them apart (a deal's: the PML-N's
deals with the PPP and with the MQM-P) or, for reports naming no actor in common or of a type
whose place makes it (an assembly's session), when they name places of different provinces only
(the story's "places"; a dateline is where a report was filed, not where it happened).  Every step
looks reports up in dictionaries (a period's groups are compared pairwise, and there are
few), so the cost is near linear in the number of events.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

import pandas as pd

from . import schema
from .story import words_pattern


@dataclass(frozen=True)
class MergeRoles:
    """What the story says about its types when reports are merged (event_types.json "roles"),
    and the words that tell who did what (its trigger nouns and keywords, and the "names" groups)."""

    # one happening per date whatever the actors: every report of an election on 8 February is the election
    shared: frozenset = frozenset()
    # too vague to keep a report apart from a specific happening of the same actors that day
    weak: frozenset = frozenset()
    # types outlets give one happening in turn ("vow protest against rigging" is a protest to one
    # and a rigging allegation to another): each maps to the family it merges within
    compatible: dict = field(default_factory=dict)
    # the words of the story's types (event nouns, keywords), lower case, and the "names" groups:
    # words that name one happening in turn ("election", "polls", "vote")
    words: tuple = ()
    names: tuple = ()
    # each shared type's event nouns ("election", "polls"): a cue next to one names that happening
    shared_nouns: dict = field(default_factory=dict)
    # the other types' event nouns: "no-confidence vote" is no election
    other_nouns: tuple = ()
    # speech and commitment verbs ("said", "vowed"): a trigger of only these says nothing of what happened
    vague: frozenset = frozenset()
    # words after which an event noun only describes another thing ("election commission")
    modifies: frozenset = frozenset()
    # words that may stand between a date and the shared noun it names ("8 فروری کو ہونے والے انتخابات")
    links: tuple = ()
    # words that may stand between the shared noun and the date after it ("the elections held on
    # February 8"; not "a polling station on February 8")
    between: frozenset = frozenset()
    # place names by province ("Karachi", "Sindh"): one day's reports naming only places of
    # different provinces are different happenings
    places: tuple = ()
    # the party of each actor (a party its own), from the story's actor list: one day's reports whose
    # parties each include one the other lacks are different happenings (two deals of the PML-N)
    parties: dict = field(default_factory=dict)
    # types whose parties make the happening: the PML-N's deal with the PPP is not its deal with the MQM-P
    by_parties: frozenset = frozenset()
    # types whose place makes the happening: the Sindh Assembly's session is not the Punjab Assembly's
    by_place: frozenset = frozenset()
    # words before or after a shared noun that make it only tell when ("on election day", "کے دوران")
    time_before: tuple = ()
    time_after: tuple = ()
    # the type of a report nothing decides ("other")
    fallback: str = "other"
    # a foreign government's reaction: never vague, so it never joins the domestic happening it reacts to
    foreign_reaction: str | None = None
    # types that, reported at a day on which a shared type's happening stands, are about it: the
    # mandate "stolen on 8 February" is the disputed vote of 8 February
    of_shared_day: frozenset = frozenset()
    # the story's own days and their types (the May 9 riots: protest): the reports of that type that day
    # are that happening, whoever they name, unless their parties or places tell them apart
    known_days: dict = field(default_factory=dict)
    # other types of a known day's reports that are its happening that day (the PM election typed election)
    known_kin: dict = field(default_factory=dict)
    # the words one of which a report's sentence holds to be a known day's happening whoever it names
    known_words: dict = field(default_factory=dict)

    @classmethod
    def of(cls, roles: dict, rules: dict | None = None, matcher=None, known_days=()) -> MergeRoles:
        """`matcher`: the story's ActorMatcher (its actors' parties), if known; `known_days`, the story's
        KnownDays."""
        rules = rules or {}
        skip = {roles.get("speech"), roles.get("foreign_reaction")}
        words: set[str] = set()
        for terms in rules.get("nouns", {}).values():
            words |= {t.lower() for t in terms if _plain(t)}
        for kind, terms in rules.get("keywords", {}).items():
            if kind not in skip:
                words |= {t.lower() for t in terms if _plain(t)}
        names = tuple(tuple(t.lower() for t in group) for group in roles.get("names", ()))
        for group in names:
            words |= set(group)
        shared = frozenset(roles.get("shared", ()))
        shared_nouns = {kind: tuple(t.lower() for t in rules.get("nouns", {}).get(kind, ()) if _plain(t))
                        for kind in shared}
        other_nouns = tuple(sorted({p.lower() for kind, terms in rules.get("nouns", {}).items() if kind not in shared
                                    for t in terms for p in _spelled(t)}))
        vague = frozenset(t.lower() for t in (*rules.get("speech", ()), *rules.get("commitment", ())) if _plain(t))
        return cls(shared, frozenset(roles.get("weak", ())), dict(roles.get("compatible", {})),
                   tuple(sorted(words)), names, shared_nouns, other_nouns, vague,
                   frozenset(w.lower() for w in (*rules.get("modified_nouns", {}).get("words", ()),
                                                 *roles.get("names_describe", ()))),
                   tuple(roles.get("names_link", ())), frozenset(w.lower() for w in roles.get("names_between", ())),
                   tuple(tuple(group) for group in roles.get("places", ())), _parties(matcher),
                   frozenset(roles.get("by_parties", ())), frozenset(roles.get("by_place", ())),
                   time_before=tuple(w.lower() for w in roles.get("names_time", {}).get("before", ())),
                   time_after=tuple(roles.get("names_time", {}).get("after", ())), fallback=roles.get("fallback", "other"),
                   foreign_reaction=roles.get("foreign_reaction"),
                   of_shared_day=frozenset(roles.get("of_shared_day", ())),
                   known_days={k.day: k.type for k in known_days},
                   known_kin={k.day: frozenset(k.kin_types) for k in known_days if k.kin_types},
                   known_words={k.day: words_pattern(k.act_words) for k in known_days if k.act_words})


def _parties(matcher) -> dict:
    """Actor -> its party, for parties that hold seats and the people mapped to them."""
    if matcher is None:
        return {}
    institutions = getattr(matcher, "cannot_hold_seats", set())
    parties = {}
    for name, party in matcher.party_of.items():
        own = party or name
        if own in matcher.party_of and own not in institutions and (party or name in getattr(matcher, "organisations", {name})):
            parties[name] = own
    return parties


def _plain(term: str) -> bool:
    """A trigger entry that is a plain word or phrase (not a pattern with groups or gaps)."""
    return bool(term) and not any(ch in term for ch in "()|*")


def _spelled(term: str, limit: int = 200) -> list[str]:
    """The phrases a trigger entry stands for: itself when plain, every choice of its
    '(a|b)' groups when it has no gap ('*'); none when there are too many."""
    if _plain(term):
        return [term]
    if "*" in term:
        return []
    phrases = [""]
    for literal, group in re.findall(r"([^()]*)(?:\(([^()]*)\))?", term):
        options = group.split("|") if group else [""]
        phrases = [p + literal + o for p in phrases for o in options]
        if len(phrases) > limit:
            return []
    return [" ".join(p.split()) for p in phrases if p.strip()]


def default_roles() -> MergeRoles:
    from .actors import default_matcher
    from .story import default_story

    story = default_story()
    rules = story.event_rules
    return MergeRoles.of(rules["roles"], rules, default_matcher(), story.known_days)


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


class _Words:
    """Who-did-what words of reports, as concepts: a word's stem ("voted", "votes" -> "vot"),
    a phrase of the story's vocabulary ("power-sharing deal"), or the "names" group a word
    belongs to ("polls" and "vote" both name the election)."""

    def __init__(self, roles: MergeRoles):
        self.group: dict[str, str] = {}
        for group in roles.names:
            for term in group:
                self.group.setdefault(self.stem_phrase(term), "#" + group[0])
        phrases = sorted((w for w in roles.words if " " in w or "-" in w), key=len, reverse=True)
        self.phrases = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, phrases)) + r")(?!\w)",
                                  re.IGNORECASE) if phrases else None
        self.vague = {self.stem_phrase(w) for w in roles.vague}
        self.vocabulary = set(roles.words)
        self.other_nouns = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, sorted(roles.other_nouns, key=len, reverse=True)))
                                      + r")", re.IGNORECASE) if roles.other_nouns else None
        # the shared types' names ("#election"): the background of most sentences of the story
        shared_words = {self.stem_phrase(t) for nouns in roles.shared_nouns.values() for t in nouns}
        self.background = {self.group.get(w, w) for w in shared_words}
        # the names groups' concepts but the background: what a sentence names ("#jail", "#ousted")
        self.named_things = {"#" + group[0] for group in roles.names} - self.background
        self.modifies = roles.modifies
        self.between = roles.between
        self.time_before, self.time_after = roles.time_before, roles.time_after
        self._of_text: dict[str, frozenset] = {}
        self.place_of = {name: k for k, group in enumerate(roles.places) for name in group}
        self.places = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, sorted(self.place_of, key=len, reverse=True)))
                                 + r")(?!\w)") if self.place_of else None
        links = "|".join(map(re.escape, sorted(roles.links, key=len, reverse=True)))
        self.head = re.compile(r"(?:['’]s)?\s+(?:(?:" + links + r")\s+|\w{1,3}\s+)?" if links
                               else r"(?:['’]s)?\s+(?:\w{1,3}\s+)?")
        self.shared = {kind: re.compile(
            r"(?<!\w)(?:" + "|".join(map(re.escape, sorted(nouns, key=len, reverse=True))) + r")(?!\w)",
            re.IGNORECASE) for kind, nouns in roles.shared_nouns.items() if nouns}

    @staticmethod
    @lru_cache(maxsize=65536)  # called for every word of every report: the same few thousand words
    def stem(word: str) -> str:
        w = word.lower().strip("'’-")
        for suffix, repl in (("ies", "y"), ("ied", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", ""), ("e", "")):
            if w.endswith(suffix) and len(w) - len(suffix) >= 3 and not (suffix == "s" and w.endswith("ss")):
                return w[: len(w) - len(suffix)] + repl
        return w

    def stem_phrase(self, phrase: str) -> str:
        return " ".join(self.stem(w) for w in WORD.findall(phrase))

    def concept(self, phrase: str) -> str:
        stemmed = self.stem_phrase(phrase)
        return self.group.get(stemmed, stemmed)

    def of_text(self, text: str) -> set[str]:
        """Every word's concept and every vocabulary phrase's; not a capitalised word inside the
        sentence, a name ("March 9" is no march, "Section 144" no section)."""
        cached = self._of_text.get(text)
        if cached is None:  # a sentence reports several dates: worked out once
            cached = self._of_text[text] = frozenset(self._words_of(text))
        return set(cached)

    def _words_of(self, text: str) -> set[str]:
        text = CAPITALISED.sub(" ", text)
        found = {self.concept(w) for w in WORD.findall(text) if len(w) >= 3}
        if self.phrases is not None:
            found |= {self.concept(m.group(0)) for m in self.phrases.finditer(text)}
        return found

    def of_trigger(self, trigger: str, sentence: str = "") -> set[str]:
        """What the trigger says happened: its vocabulary words and phrases, and its first and last
        words (the verb and its object: "altered" in "Form-45s had been altered"), and a story word
        right after it in the sentence ("pact" after "sealed their coalition"); not a word that
        only reports ("said", "vowed")."""
        if not trigger:
            return set()
        at = sentence.lower().find(trigger)
        if at >= 0:
            follows = re.match(r"\s+([\w'’-]+)", sentence[at + len(trigger):])
            if follows and follows.group(1).lower() in self.vocabulary:
                trigger = f"{trigger} {follows.group(1).lower()}"
        found = set()
        if self.phrases is not None:
            found = {self.concept(m.group(0)) for m in self.phrases.finditer(trigger)}
        tokens = WORD.findall(trigger)
        ends = {tokens[0], tokens[-1]} if tokens else set()
        words = [w for w in tokens if (w in ends or w.lower() in self.vocabulary)
                 and len(w) >= 3 and self.stem(w) not in self.vague]
        return found | {self.concept(w) for w in words}

    def core(self, trigger: str) -> set[str]:
        """The trigger's words the story knows (its vocabulary and names): "oath" in "take oath"."""
        found = {self.concept(m.group(0)) for m in self.phrases.finditer(trigger)} if self.phrases else set()
        return found | {self.concept(w) for w in WORD.findall(trigger) if w.lower() in self.vocabulary}

    def names_shared(self, sentence: str, cue: str) -> str | None:
        """The shared type a date cue names: a noun of it right after the cue ("February 8
        polls", "Thursday's general election", "8 فروری کے انتخابات") or right before it ("the
        elections of February 8"); not a noun that only describes another ("election tribunal")."""
        if not cue or not self.shared:
            return None
        at = sentence.find(cue)
        if at < 0:
            return None
        after, before = sentence[at + len(cue):at + len(cue) + 80], sentence[max(0, at - 60):at]
        for kind, nouns in self.shared.items():
            head = self.head.match(after)
            m = nouns.match(after, head.end()) if head else None
            if m and not self._describes(after[m.end():]) and not self._longer_other(after[head.end():], m.end() - head.end()):
                return kind
            m = re.search(rf"((?:{nouns.pattern}))\s+(?:([\w-]+)\s+)?(?:\w{{1,3}}\s+)?$", before, re.IGNORECASE)
            if m and not (m.group(2) and m.group(2).lower() not in self.between) and not (self.other_nouns and any(o.end() == m.end(1) and o.start() <= m.start(1)
                                                   for o in self.other_nouns.finditer(before))):
                return kind
        return None

    def as_time(self, sentence: str, trigger: str) -> bool:
        """The shared noun only tells when ("on polling day", "during the polls", "پولنگ کے دوران")."""
        at = sentence.lower().find(trigger)
        if at < 0 or not (self.time_before or self.time_after):
            return False
        before = " ".join(sentence[max(0, at - 30):at].lower().split()[-2:])
        after = " ".join(sentence[at + len(trigger):at + len(trigger) + 30].split())
        return any(before.endswith(w) or before.endswith(w + " the") for w in self.time_before) or \
            any(after.startswith(w) for w in self.time_after)

    def is_shared_noun(self, trigger: str) -> bool:
        """The trigger is only a shared type's noun ("election", "polls")."""
        return any(p.fullmatch(trigger.strip()) for p in self.shared.values())

    def provinces(self, sentence: str) -> frozenset:
        """The provinces whose places the sentence names, its dateline aside ("KARACHI:" is where
        it was filed, not where it happened)."""
        if self.places is None:
            return frozenset()
        text = PLACE_LINE.sub("", DATELINE.sub("", sentence, count=1), count=1)
        return frozenset(self.place_of[m.group(0)] for m in self.places.finditer(text))

    def _longer_other(self, text: str, length: int) -> bool:
        """Another type's noun starts where the shared one does and is longer."""
        m = self.other_nouns.match(text) if self.other_nouns else None
        return bool(m) and m.end() >= length

    def _describes(self, rest: str) -> bool:
        """The noun just matched only describes the next word or words ("election commission",
        "پولنگ کے دوران": during the polling)."""
        m = re.match(r"\s+(\w+)", rest)
        if not m:
            return False
        rest = " ".join(rest.split()).lower()
        return m.group(1).lower() in self.modifies or \
            any(" " in w and (rest == w or rest.startswith(w + " ")) for w in self.modifies)


WORD = re.compile(r"\w[\w'’-]*\w|\w")
# a word written with a capital inside a sentence (after a lower-case word or a digit)
CAPITALISED = re.compile(r"(?<=[a-z0-9,;] )[A-Z][\w'’-]*")


def assign_happenings(events: pd.DataFrame, roles: MergeRoles | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Events with their `happening` and `sources` filled, and the happenings table.
    `roles` are the story's merge roles (by default, the default story's)."""
    if events.empty:
        return events, schema.empty("happenings")
    roles = roles or default_roles()
    shared_types, weak_types, compatible_types = roles.shared, roles.weak, roles.compatible
    words = _Words(roles)
    n = len(events)
    types = events["type"].astype(str).tolist()
    sentences = events["sentence"].fillna("").astype(str).tolist()
    cues = events["cue"].fillna("").astype(str).tolist()
    named = [words.names_shared(sentences[i], cues[i]) for i in range(n)]
    # A report whose date cue names a shared happening ("the February 8 polls, which it says
    # were rigged") is that happening's, whatever type its sentence got.
    family = [named[i] or compatible_types.get(t, t) for i, t in enumerate(types)]
    precisions = events["precision"].astype(str).tolist()
    starts, ends = _days(events["date"]), _days(events["date_end"])
    actors = [set(a) for a in events["actors"].tolist()]
    articles = events["article"].tolist()
    from_text = (events["date_source"].astype(str) != "publication").tolist()
    triggers = events["trigger"].fillna("").astype(str).str.lower().tolist()
    sent_words = [words.of_text(s) for s in sentences]
    # what happened: the trigger's words, or for a trigger that only reports ("said", "alleged")
    # the named things its sentence speaks of ("opened fire"), the story's background aside
    trig_words = [words.of_trigger(t, sentences[i]) or {c for c in sent_words[i] if c.startswith("#") and c not in words.background}
                  for i, t in enumerate(triggers)]
    # a day's report typed by the shared type's bare noun ("on election day", "during polling") that
    # its cue does not name, whose sentence tells of another named thing (phones shut down, a
    # killing): that thing's report, a vague one, not the election's
    other_thing = [False] * n
    for i in range(n):
        if family[i] in shared_types and not named[i] and precisions[i] == "day" and words.is_shared_noun(triggers[i]) \
                and words.as_time(sentences[i], triggers[i]):
            things = {c for c in sent_words[i] if c in words.named_things}
            if things:
                family[i], trig_words[i], other_thing[i] = roles.fallback, things, True
    # a report of a type about the shared happening ("the mandate was stolen on 8 February"), at a day
    # on which a report of the shared type stands, is that happening's
    # (the shared type's own reports only: a count of the results is not the vote)
    # a report of a known day's kin type (or of its family: a count of the results) that day is the day's
    # happening ("the PM election on March 3"), and so are the reports about it (see below)
    kin_families = {day: {compatible_types.get(k, k) for k in kin} for day, kin in roles.known_kin.items()}
    for i in range(n):
        if precisions[i] == "day" and not other_thing[i] and family[i] in kin_families.get(starts[i], ()):
            family[i] = compatible_types.get(roles.known_days[starts[i]], roles.known_days[starts[i]])
    shared_on = {starts[i]: family[i] for i in range(n) if types[i] in shared_types and precisions[i] == "day"
                 and not other_thing[i]}
    for i in range(n):
        if types[i] in roles.of_shared_day and precisions[i] == "day" and starts[i] in shared_on:
            family[i] = shared_on[starts[i]]
    sent_words = [sent_words[i] | trig_words[i] for i in range(n)]
    core_words = [words.core(t) if not other_thing[i] else set() for i, t in enumerate(triggers)]
    # a shared type's report that names it by its date ("the February 8 polls") or by its trigger
    # ("in February 2024, 60 million Pakistanis cast their votes")
    # (a verb of it, not its bare noun: "In February, independents who won the election joined...")
    names_it = [bool(named[i]) or (family[i] in shared_types and bool(trig_words[i] & words.background)
                                   and not words.is_shared_noun(triggers[i]))
                for i in range(n)]
    parties = [frozenset(roles.parties[a] for a in actors[i] if a in roles.parties) for i in range(n)]
    provinces = [words.provinces(s) for s in sentences]
    # vague: a statement or meeting, or a report whose trigger only reports ("said it would challenge")
    weak = [(types[i] in weak_types or bool(triggers[i] and not words.of_trigger(triggers[i])) or other_thing[i])
            and not named[i] and types[i] != roles.foreign_reaction for i in range(n)]
    groups = _Groups(n)

    def about_same(a_trig: set, a_sent: set, b_trig: set, b_sent: set) -> bool:
        """What one report says happened is in the other's sentence."""
        return bool(a_trig & b_sent or b_trig & a_sent)

    def both_ways(a_trig: set, a_sent: set, b_trig: set, b_sent: set) -> bool:
        """What each says happened is in the other's words, by two different words (the vote
        "to make Shehbaz prime minister" and "Shehbaz was elected prime minister, winning 201
        votes"; not "rigging" alone, confessed by an official in one and protested against by a
        party in the other)."""
        one, other = a_trig & b_sent, b_trig & a_sent
        return bool(one and other and len(one | other) > 1)

    def link_same(indexes: list[int]) -> None:
        """Reports with the same date, precision and type: shared actors (or trigger) link them."""
        if family[indexes[0]] in shared_types:
            # every report of the day is the election; of a month, those that name it ("the
            # February polls"), not "in February, winners of the polls joined a party"
            # (those that do not name it are one other happening of the month, as the election's
            # reports of a day are one)
            if precisions[indexes[0]] == "day":
                parts = [indexes]
            else:
                parts = [[i for i in indexes if names_it[i]], [i for i in indexes if not names_it[i]]]
            for part in parts:
                for i in part[1:]:
                    groups.union(part[0], i)
            return
        # a shared actor links reports, unless their parties or places tell them apart (the PML-N's
        # deal with the PPP and its deal with the MQM-P; the Sindh and the Punjab assembly sessions)
        first_with: dict[str, list[int]] = defaultdict(list)  # by actor (or a deal's parties)
        where: dict[int, tuple] = {}  # a group's parties, provinces, and whether its parties decide
        bare = []

        def of_group(j: int) -> tuple:
            return where.get(groups.find(j), (parties[j], provinces[j], types[j] in roles.by_parties,
                                              types[j] in roles.by_place))

        def join(j: int, i: int) -> None:
            (pa, la, da, wa), (pb, lb, db, wb) = of_group(j), of_group(i)
            groups.union(j, i)
            where[groups.find(i)] = (pa | pb, la | lb, da or db, wa or wb)

        own = roles.known_days.get(starts[indexes[0]]) if precisions[indexes[0]] == "day" else None
        if own is not None:
            # the story's own day: its reports of the day's type are one happening whoever they name ("the
            # May 9 riots"), unless their parties or places tell them apart (a sit-in in Karachi that day)
            act_words = roles.known_words.get(starts[indexes[0]])
            of_day = [i for i in indexes if (types[i] == own or family[i] == compatible_types.get(own, own))
                      and (act_words is None or act_words.search(sentences[i]))]
            for k, i in enumerate(of_day):
                for j in of_day[:k]:
                    if not _apart(of_group(j), of_group(i)):
                        if groups.find(j) != groups.find(i):
                            join(j, i)
                        break
        for i in indexes:
            if not actors[i]:
                bare.append(i)
            # a deal is known by its parties, whoever speaks for them ("Shehbaz and Zardari agreed" is
            # the PML-N-PPP deal)
            keys = sorted(actors[i])  # (in a fixed order: the first to link wins, so a set's order would decide)
            if types[i] in roles.by_parties and len(parties[i]) > 1:
                keys.append(" ".join(sorted(parties[i])))
            for name in keys:
                joined = False
                for j in first_with[name]:
                    if groups.find(j) == groups.find(i):
                        joined = True
                    elif not _apart(of_group(j), of_group(i), places=False):
                        join(j, i)
                        joined = True
                if not joined:
                    first_with[name].append(i)
        if not bare:
            return
        named_reports = [j for j in indexes if actors[j]]
        if named_reports:
            bare = join_named(bare, named_reports, of_group)
        # reports naming nobody (and joining no named one): one happening, unless what they say
        # happened differs ("observers issued a statement", "the Foreign Office rejected criticism")
        # or where ("the Sindh Assembly met", "the Punjab Assembly met")
        for k, i in enumerate(bare):
            for j in bare[:k]:
                if _apart(of_group(j), of_group(i)):
                    continue
                if not trig_words[i] or not trig_words[j] or \
                        about_same(trig_words[i], sent_words[i], trig_words[j], sent_words[j]):
                    join(j, i)
                    break

    def join_named(bare: list[int], named_reports: list[int], of_group) -> list[int]:
        """Reports naming no one that join a named group of theirs; returns those left."""
        largest = Counter(groups.find(j) for j in named_reports).most_common(1)[0][0]
        by_trigger: dict[str, int] = {}
        group_trig: dict[int, set] = defaultdict(set)
        group_sent: dict[int, set] = defaultdict(set)
        for j in named_reports:
            if triggers[j]:
                by_trigger.setdefault(triggers[j], j)
            group_trig[groups.find(j)] |= trig_words[j]
            group_sent[groups.find(j)] |= sent_words[j]
        left = []
        for i in bare:
            # A report naming no one joins the one with its trigger, else the one whose words say
            # the same happened both ways ("a senior official confessed to manipulating results"
            # is not the named party's protests "against alleged rigging" that day), else, when its
            # words say nothing, the largest; but a statement or meeting is someone's, and a week or
            # month holds many happenings: one naming nobody, with a trigger no named report shares,
            # is another ("declared on Monday" by one party, a "press conference" on Monday by
            # nobody named; "the cabinet will be sworn in this week" and a party's vote that week).
            if triggers[i] in by_trigger:
                groups.union(by_trigger[triggers[i]], i)
                continue
            # every word of the story in its trigger is in the group's sentences, and the group's in its own
            want = core_words[i] or trig_words[i]
            agree = [r for r in group_sent if want and want <= group_sent[r]
                     and (group_trig[r] & sent_words[i] or not group_trig[r])
                     and not _apart(of_group(r), (frozenset(), provinces[i], False, False))]
            if agree:
                groups.union(max(agree, key=lambda r: len(group_sent[r])), i)
            elif not trig_words[i] and types[i] not in weak_types and not (triggers[i] and precisions[i] != "day"):
                groups.union(largest, i)
            else:
                left.append(i)
        return left

    # 1. Text-dated reports of the same period and type.
    same: dict[tuple, list[int]] = defaultdict(list)
    for i in range(n):
        if from_text[i]:
            same[(starts[i], precisions[i], family[i])].append(i)
    for indexes in same.values():
        link_same(indexes)

    dated = [i for i in range(n) if from_text[i]]
    day_reports = [i for i in dated if precisions[i] == "day"]

    def components(reports: list[int] | None = None) -> dict[int, dict]:
        """The current groups of text-dated (day) reports: actors, articles, words and size."""
        summary: dict[int, dict] = {}
        for i in (day_reports if reports is None else reports):
            root = groups.find(i)
            entry = summary.get(root)
            if entry is None:
                entry = summary[root] = {"actors": set(), "articles": set(), "size": 0, "triggers": set(),
                                         "trig": set(), "sent": set(), "families": set(), "weak": True,
                                         "named": False, "coarse": precisions[i] != "day",
                                         "places": set(), "by_place": False}
            if triggers[i]:
                entry["triggers"].add(triggers[i])
            if actors[i]:
                entry["actors"] |= actors[i]
            entry["articles"].add(articles[i])
            entry["size"] += 1
            entry["trig"] |= trig_words[i]
            entry["sent"] |= sent_words[i]
            entry["families"].add(family[i])
            entry["weak"] = entry["weak"] and weak[i]
            entry["named"] = entry["named"] or bool(named[i])
            entry["places"] |= provinces[i]
            entry["by_place"] = entry.get("by_place", False) or types[i] in roles.by_place
        return summary

    def elsewhere(a: dict, b: dict) -> bool:
        """Groups with no actor in common that name places, none of one province (the Sindh and the
        Punjab assemblies)."""
        return bool(a["places"] and b["places"] and not a["places"] & b["places"]
                    and (not a["actors"] & b["actors"] or a.get("by_place") or b.get("by_place")))

    def merge_summaries(a: dict, b: dict) -> None:
        for key in ("actors", "articles", "triggers", "trig", "sent", "families", "places"):
            a[key] |= b[key]
        a["size"] += b["size"]
        a["weak"] = a["weak"] and b["weak"]
        a["named"] = a["named"] or b["named"]
        a["coarse"] = a["coarse"] and b["coarse"]
        a["by_place"] = a.get("by_place", False) or b.get("by_place", False)

    def one_happening(a: dict, b: dict) -> bool:
        """Two groups of one period typed differently are one happening when no article tells
        them apart, their actors agree and what one says happened is in the other's words."""
        if a["articles"] & b["articles"] or elsewhere(a, b):
            return False
        if any(g["named"] and g["families"] & shared_types for g in (a, b)):
            return False  # the election named by its date takes no other type's group
        if not words_agree(a, b):
            return False
        # one side's actors all among the other's (or one names nobody): the ECP turning down a
        # candidate's request is not the vote that elected a president the same day
        return a["actors"] <= b["actors"] or b["actors"] <= a["actors"]

    def words_agree(a: dict, b: dict) -> bool:
        """Both ways (not "results" alone, announced in one and said to be changed in the other);
        a vague group (only statements) need only hold the other's words, or name what it names."""
        if a["weak"] or b["weak"]:  # or all it names is in the other's ("alleged ... opened fire" / "accused ... of firing")
            # (not by the story's background alone: a killing "outside a polling station" that day
            # is not the election)
            return bool((not a["weak"] or b["weak"]) and (a["trig"] - words.background) & b["sent"]
                        or (not b["weak"] or a["weak"]) and (b["trig"] - words.background) & a["sent"]
                        or any(g["weak"] and g["trig"] and g["trig"] <= h["sent"] for g, h in ((a, b), (b, a))))
        if a["coarse"] and b["coarse"] and a["sent"] & b["sent"] & words.named_things:
            return True  # a month of the past named by one thing ("voted out" / "removed from power")
        return both_ways(a["trig"], a["sent"], b["trig"], b["sent"])

    # 1b. Groups of one period typed differently by different outlets ("Shehbaz was elected
    # prime minister on Sunday" and "the National Assembly voted on Sunday for Shehbaz").
    summary = components(dated)
    by_period: dict[tuple, list[int]] = defaultdict(list)
    for root in summary:
        by_period[(starts[root], precisions[root])].append(root)
    for roots in by_period.values():
        if len(roots) < 2:
            continue
        roots.sort(key=lambda r: -summary[r]["size"])
        for k, b in enumerate(roots):
            for a in roots[:k]:
                ra = groups.find(a)
                if ra == groups.find(b):
                    continue
                # groups of one kind were told apart by their actors, unless the period is a month of
                # the past, where outlets name the same background happening with other actors
                if summary[ra]["families"] & summary[b]["families"] and not (summary[ra]["coarse"] and summary[b]["coarse"]):
                    continue
                if one_happening(summary[ra], summary[b]):
                    groups.union(ra, b)
                    root = groups.find(b)
                    other = b if root == ra else ra
                    merge_summaries(summary[root], summary[other])
                    summary[other] = summary[root]
                    break

    # 2. Sources a day apart: one happening, disputed, when no article reports both days.
    def on_own_day(day: date, entry: dict) -> bool:
        """A group of the story's own day and of its (not shared) type."""
        own = roles.known_days.get(day)
        return own is not None and own not in shared_types and compatible_types.get(own, own) in entry["families"]

    days = components()
    by_day: dict[date, list[int]] = defaultdict(list)
    for root in days:
        by_day[starts[root]].append(root)
    # the days each article reports a happening of each kind on: an article with reports of a kind
    # on both days tells them apart, whichever groups its reports went to
    told: dict[tuple, set] = defaultdict(set)
    for i in day_reports:
        told[(articles[i], family[i])].add(starts[i])
    moved: set[int] = set()
    for day, roots in sorted(by_day.items(), key=lambda item: item[0]):
        for root in roots:
            if root in moved or days[root]["weak"]:
                continue
            for other in by_day.get(day + timedelta(days=1), []):
                if other in moved or days[other]["weak"]:
                    continue
                a, b = days[root], days[other]
                if a["articles"] & b["articles"] or on_own_day(day, a):
                    continue  # (the story's own day is not in dispute with the day after: the crackdown of 26 November)
                if any(day + timedelta(days=1) in told[(x, kind)] for x in a["articles"] for kind in a["families"]) or \
                        any(day in told[(x, kind)] for x in b["articles"] for kind in b["families"]):
                    continue
                kinds = a["families"] & b["families"]
                # the same kind, the same actors (one side's all among the other's: the PML-N-PPP deal
                # is not the PML-N-MQM-P deal of the next day), and what each says happened is in
                # the other's words (or one says nothing of it)
                agree = not (a["trig"] and b["trig"]) or bool(a["trig"] & b["sent"] and b["trig"] & a["sent"])
                related = bool(kinds & shared_types) or (
                    bool(kinds) and bool(a["actors"] & b["actors"]) and agree
                    and (a["actors"] <= b["actors"] or b["actors"] <= a["actors"]))
                if related:
                    groups.union(root, other)
                    moved |= {root, other}
                    break

    # 3. A vague report joins the specific happening of its actors that day.
    days = components()
    strong_by_day: dict[date, list[int]] = defaultdict(list)
    for root, entry in days.items():
        if not entry["weak"]:
            strong_by_day[starts[root]].append(root)
    for root, entry in days.items():
        if entry["weak"] and entry["actors"]:
            # (what it names, if anything, is what the other says: "the party alleged that police
            # opened fire" is not the party calling off its protest that day)
            matches = [r for r in strong_by_day.get(starts[root], []) if days[r]["actors"] & entry["actors"]
                       and (not entry["trig"] or words_agree(entry, days[r]))]
            if matches:  # the one whose words it shares most ("set off in convoys": the march, not the arrests)
                groups.union(max(matches, key=lambda r, e=entry: (
                    len(days[r]["trig"] & e["sent"]) + len(e["trig"] & days[r]["sent"]), days[r]["size"])), root)

    # 4. A report of a week, month or year joins a happening of its type and actors inside it.
    days = components()
    inside: dict[tuple, list[int]] = defaultdict(list)
    for root in days:
        day = starts[root]
        for precision in ("week", "month", "year"):
            for kind in days[root]["families"]:
                inside[(_period_key(day, precision), precision, kind)].append(root)
    # and a month's happening inside a year ("toppled in 2022" / "ousted in April 2022")
    months = components([i for i in dated if precisions[i] == "month"])
    for root, entry in months.items():
        if root not in days:
            days[root] = entry
            for kind in entry["families"]:
                inside[(_period_key(starts[root], "year"), "year", kind)].append(root)

    def _fits_period(i: int, entry: dict, day: date) -> bool:
        """A day happening inside report i's period that report i may be a mention of."""
        if not starts[i] <= day <= ends[i]:
            return False
        if family[i] in shared_types:  # "the February polls", not "in February, winners of the polls joined..."
            return names_it[i]
        if triggers[i] and triggers[i] in entry["triggers"]:
            return True
        if core_words[i] and core_words[i] <= entry["sent"] and entry["trig"] & sent_words[i]:
            return True  # what it says happened is what the day's reports say, both ways
        return (not actors[i] and not triggers[i]) or \
            bool(actors[i] and (not entry["actors"] or actors[i] <= entry["actors"]
                                or len(actors[i] & entry["actors"]) >= 2))

    for i in dated:
        if precisions[i] == "day":
            continue
        candidates = inside.get((_period_key(starts[i], precisions[i]), precisions[i], family[i]), [])
        candidates = list(dict.fromkeys(candidates))
        shared = family[i] in shared_types
        # Only days inside the period's own bounds ("mid-March" is the 11th to the 20th), and
        # only happenings with all of the period report's actors, or its trigger: "PML-N and
        # MQM-P joined hands last week" is not the PML-N-PPP meeting of a day that week, nor
        # is "the cabinet will be sworn in this week" (nobody named) a vote on a day of it.
        # A shared happening ("the February polls") is joined when the cue names it.
        matches = [r for r in candidates if _fits_period(i, days[r], starts[r])]
        if matches and (actors[i] or len(matches) == 1 or (shared and names_it[i])):  # no guessing
            # the day whose reports say what it says happened ("sworn in earlier this month" is the
            # oath, not the vote the day before), then whose words and actors it shares most
            entry_of = {r: days[r] for r in matches}
            # (a shared happening named by its noun, "the February 2024 election", is the story's own day of its
            # type that month when that day's reports hold its words, whoever the sentence names: the vote, not
            # the next day's count, nor, for "the February 2024 re-polling", the vote; else, named by its noun
            # alone, the one most reported that month)
            def own_day(r: int, i: int = i, entry_of: dict = entry_of) -> bool:
                own = roles.known_days.get(starts[r])
                return own is not None and compatible_types.get(own, own) == family[i] \
                    and core_words[i] <= entry_of[r]["trig"] | entry_of[r]["sent"]
            best = max(matches, key=lambda r, i=i: (
                shared and names_it[i] and own_day(r),
                entry_of[r]["size"] if shared and names_it[i] and not actors[i] else 0,
                triggers[i] in entry_of[r]["triggers"], len(core_words[i] & entry_of[r]["trig"]),
                len(core_words[i] & entry_of[r]["sent"]) + len(entry_of[r]["trig"] & sent_words[i])
                + len(actors[i] & entry_of[r]["actors"]), entry_of[r]["size"]))
            groups.union(best, i)

    # 5. A report dated only by its publication joins its type and actors that day or the day before.
    days = components()
    by_day_type: dict[tuple, list[int]] = defaultdict(list)
    for root in days:
        for kind in days[root]["families"]:
            by_day_type[(starts[root], kind)].append(root)
    undated: dict[tuple, list[int]] = defaultdict(list)
    for i in range(n):
        if from_text[i]:
            continue
        for day in (starts[i], starts[i] - timedelta(days=1)):
            matches = [r for r in by_day_type.get((day, family[i]), []) if _related(family[i], days[r]["actors"], actors[i], shared_types)]
            if matches and (actors[i] or len(matches) == 1 or family[i] in shared_types):
                groups.union(max(matches, key=lambda r: days[r]["size"]), i)
                break
        else:
            undated[(starts[i], precisions[i], family[i])].append(i)
    for indexes in undated.values():
        link_same(indexes)

    roots = [groups.find(i) for i in range(n)]
    return _tables(events, roots, from_text, starts, ends, roles)


def _apart(a: tuple, b: tuple, places: bool = True) -> bool:
    """Two groups (parties, provinces, whether parties decide) of one day and type are different
    happenings: for a type whose parties make the happening (a deal), each has a party the other
    lacks; or, when places count (groups with no actor in common, or a type whose place makes the
    happening: an assembly's session), both name places and none of the same province (outlets
    sharing an actor place one meeting in Lahore and in Karachi)."""
    (pa, la, da, wa), (pb, lb, db, wb) = a, b
    return bool((da or db) and pa - pb and pb - pa) or bool((places or wa or wb) and la and lb and not la & lb)


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
        "label": happening_label(cols, indexes, kind, roles.shared, roles.shared_nouns.get(kind, ())),
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
# "لاہور (نمائندہ خصوصی)", "KARACHI (Reuters) -": where a report was filed, not where it happened
PLACE_LINE = re.compile(r"^\s*[^\s():.!?]+(?:\s[^\s():.!?]+)?\s*\([^)]{1,30}\)\s*(?:[-—–:]\s*)?")
QUOTES = re.compile(r"[\"“”‘]")


def happening_label(cols: dict[str, list], indexes: list[int], kind: str, shared: frozenset = frozenset(),
                    nouns: tuple = ()) -> str:
    """A short extractive 'who did what' from the happening's clearest report."""
    sample = indexes[:6]  # enough to find a clear one; keeps a large happening cheap
    sentences, cues, actors = cols["sentence"], cols["cue"], cols["actors"]
    if kind in shared:  # "the February 8 elections": the happening is named by its date
        names = sorted((not any(ch.isdigit() for ch in name), len(name), name)
                       for i in sample if (name := _named_by_date(sentences[i], cues[i] or "", kind, nouns)))
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


def _named_by_date(sentence: str, cue: str, kind: str, nouns: tuple = ()) -> str:
    """'February 8 elections' ('February 8 polls', 'February 8 general election') when the sentence
    names the happening by its date and one of its type's nouns."""
    if not cue:
        return ""
    stem = re.escape(kind.split("_")[0][:5])
    named = "|".join(map(re.escape, sorted(nouns, key=len, reverse=True)))
    m = re.search(rf"{re.escape(cue)},?\s+((?:{named})(?!\w)|\w*{stem}\w*)" if named else
                  rf"{re.escape(cue)},?\s+(\w*{stem}\w*)", sentence, re.IGNORECASE)
    return f"{cue} {m.group(1)}"[:MAX_LABEL] if m else ""


# "... in April 2022 and was imprisoned in August 2023": a second clause sharing the subject
SECOND_CLAUSE = re.compile(r"\s+and\s+(?=(?:was|were|has|had|is|are|have|later|then)\s)")
RELATIVE = re.compile(r"^(?:who|which|whose)\s+")


def _cue_clause(text: str, cue: str, actors: list[str]) -> str:
    """The clause that holds the date cue, with its subject: "Khan, who has been in jail since
    August last year, was ousted in April 2022" is "Khan has been in jail since August last year"
    for the August cue; "Khan lost a vote in April 2022 and was imprisoned in August 2023" is
    "Khan was imprisoned in August 2023" for the August cue, "Khan lost a vote in April 2022" for
    the April one.  The text itself otherwise."""
    at = text.find(cue)
    if at < 0:
        return text
    m = APPOSITIVE.match(text)
    if m and m.end(1) < at < m.end():
        return f"{m.group(1)} {RELATIVE.sub('', text[m.end(1) + 1:m.end()].strip(' ,'))}"
    for m in SECOND_CLAUSE.finditer(text):
        if m.end() <= at and not any(sep.start() < at for sep in CLAUSE_END.finditer(text, m.end())):
            named = [(text.rfind(a, 0, m.start()), a) for a in actors if 0 <= text.rfind(a, 0, m.start())]
            if named:
                return f"{min(named)[1]} {text[m.end():]}"
        if m.start() >= at + len(cue):  # the cue's clause is the first: the second goes
            return text[:m.start()]
    return text


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
        text = _cue_clause(text, cue, actors)
        text = re.sub(rf"(\s*,)?\s*(?:\b(?:on|in|of|since|at|by)\s+)?{re.escape(cue)}(?:\s*\([^)]*\))?"
                      rf"(?:\s+(?:میں|سے|کو)(?!\w))?(?=(,?))",
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
    text = " ".join(text.split()).strip(" ,.;:۔")
    if len(text) > MAX_LABEL:
        text = text[:MAX_LABEL + 1].rsplit(" ", 1)[0]
    text = TRAILING.sub("", text).strip(" ,.;:")
    if len(text) >= len(" ".join(sentence.split()).strip(" .")) - 1 and len(text) > 40:
        # never the whole sentence: keep its first words
        text = TRAILING.sub("", text[:40].rsplit(" ", 1)[0]).strip(" ,.;:")
    return text[:1].upper() + text[1:] if text else ""
