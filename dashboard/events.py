"""Dated happenings in article sentences: one event per distinct date a sentence names.

Who did what decides the type: the trigger (a verb phrase such as "staged a sit-in" or an
event noun such as "Thursday's election") that governs the date cue, read from the
story's `event_types.json`.  The tense of that trigger's clause decides whether the
event happened or is only planned.  When no trigger is found, the keyword bag of the
sentence (`classify`) is the fallback.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cached_property, lru_cache
from pathlib import Path

from .actors import ActorMatcher
from .dates import CLAUSE_MARKS, DateMention, _alt, _phrase_rx, engine, names_a_happening, text_languages
from .languages import load as language_data
from .phrases import PhraseMatcher, Token, tokenize
from .story import context_turn_names, words_pattern

DEFAULT_TYPES = Path(__file__).parent / "stories" / "pakistan-2024" / "event_types.json"


def _words(key: str) -> frozenset:
    """One list of the language data (mostly `clauses.json`), in every language shipped, as lower-case
    tokens; a list of lists (a weekday's names) as one list of all their words."""
    from .languages import available
    return frozenset(w.lower() for code in available() for item in language_data(code)[key]
                     for w in (item if isinstance(item, list) else [item]))


# Words that do not separate a keyword from its date cue: "elections on Thursday",
# and Urdu postpositions: "8 فروری کے انتخابات" is "the 8 February elections".
FILLER = _words("filler_words")
# Verbs of lasting ("continued until", "تک جاری رہی"), at most LASTING_REACH words from a date that ends a stretch.
LASTING_REACH = 3
LASTING = words_pattern(sorted(_words("lasting_words"))) if _words("lasting_words") else None
YEAR_IN_CUE = re.compile(r"\d{4}")
COMMA_CLAUSE = re.compile(r"[,;:\"“”]" + "".join(f"|\\s{re.escape(w)}\\s" for w in sorted(_words("comma_clause_words"))))


# Where a clause ends: punctuation and words that open another clause.  Brackets are
# not among them: "(PTI)" after a party name belongs to its clause.
CLAUSE_PUNCTUATION = {",", ";", ":", "—", "–", "\"", "“", "”", "،", "؛", "!", "?"}
CLAUSE_WORDS = _words("clause_words")
PARTICIPLE_PENALTY = 4
ANCHOR_PENALTY = 30
NAME_DETERMINERS = _words("name_determiners")
# The nouns a date names its day's happening by ("the November 26 events", "the May 9 riots").
BACKGROUND_NOUNS = _words("background_nouns")
ARTICLED_DETERMINERS = NAME_DETERMINERS | {"a", "an"}  # "for its inaugural session", "after a meeting"
DURING_REACH = 12  # tokens: an act farther from "during" than this is not done during the happening
FRAME_WORDS = _words("frame_words")  # "during Sunday's polling": the time of another act
FRAME_POSTPOSITIONS = _words("frame_postpositions")  # "اتوار کو پولنگ کے دوران"
TARGET_POSTPOSITIONS = _words("target_postpositions")  # "نتائج کے خلاف احتجاج": the results are what is protested
ANCHOR_LINKS = _words("anchor_links")  # "انتخابات سے چند روز قبل": a noun only a time's anchor ...
ANCHOR_POSTPOSITIONS = _words("anchor_postpositions")  # ... before "قبل", "پہلے", "بعد"
ANCHOR_REACH = 2  # words between the link and the postposition: "سے چند روز قبل"
ANCHOR_WORDS = _words("anchor_words")  # ("ahead of protests", "amid the protest")
# What came before the act it anchors has happened and is named with its own date ("after the
# election on Feb. 8"); what lies ahead of it may not have ("a protest ahead of the verdict on Thursday").
EARLIER_ANCHORS = _words("earlier_anchors")
FORWARD_ANCHORS = _words("forward_anchors")  # "ahead of a rally Sunday": what lies ahead, named with its day
WEEKDAY_WORDS = _words("weekdays")
# "جمعرات کو": a date made an adverb of the verb; the noun after it is the verb's subject or object
# ("امریکہ نے جمعرات کو انتخابات میں بے ضابطگیوں پر تشویش کا اظہار کیا"), not the day's happening.
ADVERBIAL_MARKERS = _words("adverbial_markers")
# ... except a noun right after it that people are "involved in", on one of the story's own days of that act ("9 مئی
# کو فوجی تنصیبات پر حملوں میں ملوث ملزمان"): the date names that act, not the sentence's verb (the sentencing)
INVOLVEMENT_WORDS = _words("involvement_words")
ADDRESSEE_VERBS = _words("addressee_verbs")  # "told", "informed": a listener may follow
GENITIVES = _words("genitives") - {"'s", "’s"}  # Urdu "کا", "کی", "کے" between a doer and its act's noun
POSSESSIVE_MARKS = {"'", "’", "s"}  # "the commission's headquarters", as tokens
SAID_TO_WORDS = 6  # "told [a news conference in Lahore] on Monday": whom and where a speaker addressed
COMPLEMENTIZERS = _words("complementizers")  # "that", "کہ": what follows a speech verb is what was said
OBJECT_NOUN_PENALTY = 15
# How near a date a word of an attack names it: right after it ("Tuesday's attack", "the April 22 suicide attack"),
# or a few words before ("the attack in Pahalgam on April 22")
ATTACK_AFTER_CHARS, ATTACK_HEAD_GAP, ATTACK_BEFORE_CHARS = 30, 16, 30
STATE_NAME_CHARS = 40  # characters before an attack's word read for a state's name ("the Indian attack")
STATE_ATTACK = re.compile(r"(?i)\b(?:retaliatory|Pakistan['’]s|Pakistani)\s*$")  # a state's own attack
# (only a place, a target or the date's own preposition between: "the attack [in Pahalgam] on April 22", "attacks on Aug. 26")
ATTACK_PLACE = re.compile(r"\s*(?:(?:in|near|at|outside|inside|on|against)\s[^,;:()]*)?$")
FORCE_REACH = 2  # words between a foreign name and a word of a force ("Indian troops", "strikes in Iran")
CLASH_WORDS, CLASH_REACH = frozenset({"clashes", "clash"}), 5  # "clashes along the border with Afghanistan"
ACTING_KINDS = {"verb", "foreign", "reaction", "speech", "commitment"}  # verbs: a clause's predicate
SETTING_ACT_KINDS = {"verb", "speech", "commitment", "foreign"}  # what may be done at a gathering
ARABIC_SCRIPT = re.compile("[\u0600-\u06ff]")
MODALS = _words("modals")  # "ll" of "they'll"
SUBORDINATORS = _words("subordinators")  # "After the PML-N and PPP agreed ..., Bilawal said": no plain report
SAID_BEFORE_REACH = 60  # tokens of what a speaker says before the comma and the speech verb
NAME_TITLES = _words("name_titles")  # "jailed former prime minister": a title before a name, no words of its own for a "*"
HEDGES = _words("hedge_words")  # "if", "may", "alleges", "considering": a clause that tells nothing as plainly done
NEGATIONS = _words("negations")
CLAIM_NEGATIONS = _words("claim_negations")  # "was not rigged", "دھاندلی نہیں ہوئی": a claim denied
CLAIM_DENIALS = [tuple(w.split()) for w in _words("claim_denials")]  # "baseless", "no evidence", "بے بنیاد"
PASSIVE_AUXILIARIES = _words("passive_auxiliaries")
PASSIVE_NOT_ACTS = _words("passive_not_acts")  # "if its demands were not met": no meeting
DECLARED_NEGATIONS = _words("declared_negations")  # "not": "were not met"
FINITE_AUXILIARIES = _words("finite_auxiliaries")
PERFECT_AUXILIARIES = _words("perfect_auxiliaries")
RELATIVE_WORDS = _words("relative_words")
ASIDE_ADVERBS = _words("aside_adverbs")  # "meanwhile", "for its part": phrases, each matched whole
TIME_RELATIVE_WORDS = _words("time_relative_words")  # "since Monday, when ...": the clause tells of that day
AUXILIARIES = _words("auxiliaries")
NOUN_BEFORE = _words("noun_before")
JOINING_WORDS = _words("joining_words")
LIST_COMMAS = {",", "،"}
FINITE_VERBS = _words("past_verbs") | _words("present_auxiliaries")  # "کیا", "تھا", "ہے": a clause ends on one
LIST_ITEM_WORDS = 4  # the most words of a list's item between its comma and the "and" before the last
# What stands between two names joined as one subject: "the PML-N and the PPP", "Zardari and Shehbaz", "پیپلز پارٹی اور"
JOINED = re.compile(r"\s*(?:,\s*)?(?:and|&|اور)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?", re.IGNORECASE)
PREPOSITIONS = _words("prepositions")
PLACE_PREPOSITIONS = _words("place_prepositions")
OBJECT_PREPOSITIONS = PREPOSITIONS | _words("object_prepositions")  # "an advocate of [the court]"
ATTRIBUTION_OPENERS = _words("attribution_openers")  # "according to a statement issued on Saturday"
TOUR_MIN = 3  # days and provinces of a tour (see TypeRules.tour_turns)
COMING_VERBS = _words("coming_verbs")  # "came a day after ...": the count dates what follows
COUNT_HEDGES = _words("count_hedges")  # "came just a day after"
ANNIVERSARY_WORDS = _words("anniversary_words")
ANNIVERSARY_REACH = 6  # tokens after "anniversary of" that name what it is the anniversary of
FALLBACK_CHARS = 300  # around a date, for the keyword fallback in very long sentences
OF_LINKS = _words("noun_links")  # "of": "a session of the full bench"
COMMAS = {",", "،"}
QUOTATION = re.compile(r'"[^"]{1,200}"|“[^”]{1,200}”')  # words in double quotation marks: a speaker's, or a name
LIST_WORDS = _words("list_words") | COMMAS  # "23 December, 6 January and 13 January": one list of dates
SIDE_CLAUSE_OPENERS = [tuple(w.split()) for w in _words("side_clause_openers")]  # ", even as ...", ", while ..."
PURPOSE_WORDS = _words("purpose_words")  # "met to debate", "met for a debate", "بحث کے لیے": a purpose said
ANNIVERSARY_NOUNS = _words("anniversary_nouns")  # "the first anniversary of the election" is no election
PLACE_WORDS = 7  # words of a doer's place before a date: "A high court in Pakistan's southern Sindh province on Wednesday"
OF_REACH = 6  # words after "of" that may name a vague event noun's doer ("of the apex court's full bench")
NEAR_TOKENS = 60  # a trigger farther than this from a date does not govern it (keeps long texts linear)
PURPOSE_REACH = 6  # words from an assembly's gathering to its purpose's "to"
PURPOSE_OBJECT_WORDS = 4  # "to take up the" before a purpose's noun
CLOSED_PHRASE_WORDS = 8  # the most words of circumstances told before the words that close them
CLOSING = "closing"  # a manner matcher's value for words that close circumstances ("کے باوجود")
ASIDE_WORDS = 16  # the longest relative clause between a doer and its verb that is looked past
MAX_GAP = 4  # words a "*" in a trigger may stand for
SETTING_AFTER_PURPOSE = 3  # "for a special session": words from a purpose word to the gathering's own noun
# Tokens a "*" may cover inside a phrase ("staged a three-day sit-in", "PTI's rally").
# an opening bracket too ("approved the Constitution (Twenty-sixth Amendment) Act"), not a closing one: "declined
# Pakistan Tehreek-e-Insaf's (PTI) offer" passes a whole aside, and the offer is the act's own word
WILD_OK = re.compile(r"^(?:\w.*|['’(-])$")
# "PSX", "KSE-100", "PML-N": an abbreviation's tokens; in a script with no capitals, any words ("(پیکا)", "(ای ایف ایف)")
ABBREVIATION_PART = re.compile(r"^(?:[A-Z0-9]+|-|[^\W\d_a-zA-Z]+)$")
ABBREVIATION_TOKENS = 5
IRREGULAR_PAST = _words("irregular_past")


def _past_form(word: str) -> bool:
    """A past tense or participle by its form ("arrested", "held")."""
    return word.endswith("ed") or word in IRREGULAR_PAST
VERB_PREFIXES = _words("verb_prefixes")  # "re-arrested": a hyphenated word after one of these is a verb
# Future particles written apart ("کرے گی") or joined to the verb ("کریگا", "ہوگی").
FUTURE_APART = _words("future_words_apart")
FUTURE_JOINED = tuple(sorted(_words("future_word_endings")))
AGENT_WORDS = _words("agent_words")  # "as stated by his lawyer": a passive verb with its doer
AGENT_OPENERS = _words("agent_openers")  # "as": "as stated by his lawyer" attributes what came before
PARTICIPLE_ADVERBS = _words("participle_adverbs")  # "in recently held elections"
ADJECTIVE_MARKERS = _words("adjective_markers")  # "planned", "scheduled" (the tense data's)
NOUN_PARTICIPLES = _words("noun_participles")  # "the formula agreed in February": the formula
SAYING_VERBS = _words("saying_verbs")  # "the alliance said": what speaks, never what is made known
FORMER_WORDS = _words("former_words")  # "retired judge": a person, not the court
POSTPONING = _words("postponement_verbs")  # "adjourned", "ملتوی"
NAMING_PREPOSITIONS = _words("naming_prepositions")  # "the elections on February 8": the date names the noun


class _TurnPhrases:
    """A context turn's phrases ("talks with the government") and patterns, for the words a fixed phrase
    cannot list ("opened formal talks with Prime Minister Shehbaz Sharif's government")."""

    def __init__(self, phrases: list[str], patterns: list[str]):
        self.phrases = PhraseMatcher({w: True for w in phrases})
        self.patterns = [re.compile(p) for p in patterns]

    def find(self, text: str, tokens: list[Token] | None = None) -> list:
        found = self.phrases.find(text, tokens)
        if found:
            return found
        first = next((m for rx in self.patterns if (m := rx.search(text))), None)  # (one is enough)
        return [first] if first else []


class _Spans:
    """Character spans, asked in logarithmic time whether any of them overlaps a range."""

    def __init__(self, spans):
        ordered = sorted(spans)
        self.starts = [a for a, _ in ordered]
        self.max_end: list[int] = []  # the furthest end among the first i+1 spans
        for _, end in ordered:
            self.max_end.append(max(end, self.max_end[-1]) if self.max_end else end)

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_left(self.starts, end)
        return i > 0 and self.max_end[i - 1] > start

    def holds(self, point: int) -> bool:
        i = bisect_right(self.starts, point)
        return i > 0 and self.max_end[i - 1] > point


# --- rules as data ---------------------------------------------------------------

@dataclass(frozen=True)
class Trigger:
    """One trigger found in a sentence (offsets and token indices in the sentence)."""
    start: int
    end: int
    first: int        # token index
    last: int         # token index, inclusive
    kind: str         # verb | noun | speech | commitment | foreign | reaction
    type: str | None  # None for speech and commitment verbs


@dataclass(frozen=True)
class TypeRules:
    keywords: PhraseMatcher        # keyword -> type (the fallback bag)
    priority: list[str]
    weights: dict[str, float]
    patterns: dict                 # first word -> [(items, kind, type)], longest first
    foreign_words: PhraseMatcher
    joint: dict[str, str]
    future_words: tuple[tuple[str, ...], ...]
    future_by_first: dict          # first word -> future phrases starting with it
    announcing: frozenset
    target_words: frozenset
    modified_nouns: frozenset      # "election commissioner": the noun only describes
    name_adjectives: frozenset     # "the ruling PML-N": the noun is an adjective before a name ...
    name_adjective_before: frozenset  # ... or before one of these ("the ruling government")
    adjective_before: frozenset    # "of jailed former prime minister": the participle only describes
    announceable: frozenset        # types an announcement sets up ("called a protest"), unlike "announced the results"
    speech: str                    # the story's type for what was only said
    foreign_reaction: str          # ... for what a foreign government said or did in reaction
    fallback: str                  # ... when nothing decides
    actions: frozenset             # types whose announcement ("said it would hold a rally") is speech
    joint_subjects: tuple = ()     # "the two parties", "both sides": a subject that is several parties
    joint_nouns: frozenset = frozenset()  # "meeting", "huddle": what several parties hold together
    foreign_turns: tuple = ()      # types that a foreign actor makes the foreign type ("the US envoy's visit")
    foreign_subject_turns: tuple = ()  # ... when the foreign actor is the subject ("the US House voted")
    future_after: tuple = ()       # "a march is planned": after an event noun, a plan for it
    purpose_types: frozenset = frozenset()  # types whose act takes the type of its purpose ("voted to elect")
    unrealised: tuple = ()         # "did not hold": what did not take place
    cancelling: tuple = ()         # "cancelled the Aug 22 rally": a named event that was called off
    noun_links: frozenset = frozenset()  # words between a date and the noun it names ("8 فروری کو ہونے والے انتخابات")
    said_types: frozenset = frozenset()  # what a report keeps from its content at the report's date
    announced_on: frozenset = frozenset()  # "the party on Monday called a strike": types announced as a statement
    # (turns, phrases, lead words, sides, not words, kept days, act words): a type that becomes another in a sentence naming
    # one of the phrases (and one of the sides, when the turn has them: the PTI or the opposition across the table from the
    # government; not an act the not words name, "form a coalition"; only an act the act words name, when there are any:
    # the militants' "stormed", not a sit-in):
    # an office ("post of chief minister": election -> government_formation), the government as
    # one side of talks ("talks with the government", "the government and PTI committees"); a lead that
    # names the phrases turns the article's sentences too, those that name one of the lead words when
    # there are any ("the two sides met on December 23", in a report on the government's talks with PTI).
    context_turns: tuple = ()
    doers: dict = field(default_factory=dict)  # first word -> [(words, type)]: "the Full Court held meetings" is legal
    # "in protest against": how something was done (True), "amid": its circumstances follow (False);
    # no act of their own
    manner: PhraseMatcher | None = None
    announced_by: frozenset = frozenset()  # "the final results announced on Sunday": types whose announcement is the event
    # A gathering ("meeting") on TOUR_MIN days in TOUR_MIN of the story's provinces, in one sentence
    # ("a meeting in Islamabad on Feb 22, in Balochistan on Feb 25, Karachi on March 3 and Lahore on
    # March 5") is a tour of public meetings: type -> its tour's type, the gathering words, and
    # place name -> province (not the institutions among the story's places).
    tour_turns: dict = field(default_factory=dict)
    tour_words: frozenset = frozenset()
    tour_blockers: frozenset = frozenset()  # "meetings with officials": talks, no public meeting
    tour_places: PhraseMatcher | None = None
    setting_nouns: frozenset = frozenset()  # "in its meeting held today, decided ...": where an act was done
    setting_before: frozenset = frozenset()  # "in", "at", "during" a few words before a gathering ...
    setting_after: tuple = ()                # ... or "میں", "کے دوران" right after it
    lead_turns: frozenset = frozenset()  # indices of context_turns that an article's lead sets for all of it
    during_words: frozenset = frozenset()  # "suspended services during Thursday's elections": the act, not the elections
    setting_breaks: tuple = ()  # ";", "while", "جبکہ": an act after one is no act done at the gathering
    trip_words: PhraseMatcher | None = None  # "arrived in", "visit": a trip, international when abroad on state business
    private_trip_words: PhraseMatcher | None = None  # "private visit", "medical treatment": a trip that is no state business
    domestic_words: PhraseMatcher | None = None  # "budget": an act of the state's own that a foreign body named does not turn
    violence_words: PhraseMatcher | None = None  # "opened fire": an attack that a foreign place or victim named does not turn
    force_words: PhraseMatcher | None = None  # "troops", "strikes": a foreign state's force, whose attacks stay international
    # doers of a gathering only (an assembly's session is the house forming the government, its other
    # acts keep their type), and the words that make an act a gathering ("session", "meet")
    gathering_doers: dict = field(default_factory=dict)
    gathering_words: frozenset = frozenset()
    # what an assembly's gathering takes the type of when it meets to take it up ("convened to take up the
    # constitutional amendment"); a debate's topic does not ("met to discuss the rigging allegations")
    assembly_purpose_types: frozenset = frozenset()
    denial_words: frozenset = frozenset()  # "denying", "rejected": a speech verb that says what it reports did not happen
    said_nouns: frozenset = frozenset()  # "message", "statement": a passive speech verb after one is the saying
    joint_markers: frozenset = frozenset()  # "joint", "مشترکہ": a joint news conference of two parties is their deal
    tenure_words: frozenset = frozenset()  # "term", "tenure": a doer's term that ends is no act of the doer
    deal_announcing_words: frozenset = frozenset()  # "announced", "اعلان": what a joint news conference makes known
    announcing_blockers: frozenset = frozenset()  # "off", "on": "called off" cancels, "called on Zardari" visits
    adjective_after: frozenset = frozenset()  # "jailed former prime minister": a participle before these describes
    said_about: frozenset = frozenset()  # "said the February 8 election was rigged": what a claim is about
    body_nouns: frozenset = frozenset()  # "alliance", "coalition": a noun that names a body, which speaks
    said_before: frozenset = frozenset()  # "..., the parties announced late Tuesday": what is kept told before its speaker
    sentence_turns: frozenset = frozenset()  # indices of context_turns that a sentence sets for the next one too
    back_announcements: PhraseMatcher | None = None  # "The announcement was made ...": the one the sentence before told
    back_announcement_breaks: PhraseMatcher | None = None  # "came hours after ... told on Tuesday": another act's date
    back_announcement_forward: PhraseMatcher | None = None  # "اس کا اعلان کیا کہ ...": what is announced comes after
    calendar_kept_types: frozenset = frozenset()  # "protested ... as the talks were under way": acts a calendar day keeps
    # words after an assembly's name that make it part of another body ("the House of Lords", "a Senate panel"), and the
    # ones after "of" that keep it the story's own ("the Senate of Pakistan"); words before it that make it another
    # country's ("the US Senate", "امریکی سینیٹ")
    gathering_doer_part_words: frozenset = frozenset()
    gathering_doer_own_words: frozenset = frozenset()
    gathering_doer_foreign_words: frozenset = frozenset()
    name_openers: frozenset = frozenset()  # "election" in "suspended the Election Commission's notifications": a name's
    circumstance_openers: frozenset = frozenset()  # "کو", "نے": where circumstances closed by "کے باوجود" begin
    circumstance_pronouns: frozenset = frozenset()  # "اس", "جس": circumstances told before, named by a pronoun
    body_openers: frozenset = frozenset()  # "opposition", "اپوزیشن": before a body noun, the body's name ("the opposition alliance")
    body_call_words: frozenset = frozenset()  # "call", "اپیل": what such a body does ("on the opposition alliance's call")
    date_adverb_openers: frozenset = frozenset()  # "on", "late": a date they open may stand inside a phrase's "*"


def _optional_phrases(data: dict, key: str) -> PhraseMatcher | None:
    """A matcher of the phrases a rules file lists under `key`, None when it lists none (the key is optional)."""
    return PhraseMatcher({w: True for w in data[key]}) if data.get(key) else None


def _phrase_spans(phrases: _TurnPhrases, sentence: str, tokens: list, fixed_only: bool = False) -> list[tuple[int, int]]:
    """Where a turn's phrases stand in a sentence (its fixed phrases only, or else its patterns when none is there)."""
    found = phrases.phrases.find(sentence, tokens) if fixed_only else phrases.find(sentence, tokens)
    return [match.span() if isinstance(match, re.Match) else match[:2] for match in found]


def _phrase_holds(phrases: _TurnPhrases, sentence: str, tokens: list, trigger: Trigger | None) -> bool:
    """Whether one of a turn's phrases in the sentence holds a noun trigger ("polls" in "the intra-party polls")."""
    return trigger is not None and trigger.kind == "noun" and any(start <= trigger.start and trigger.end <= end
                                                                  for start, end in _phrase_spans(phrases, sentence, tokens))


def _held_by_phrase(phrases: _TurnPhrases, sentence: str, tokens: list, trigger: str | None) -> bool:
    """Whether one of a turn's fixed phrases (not its patterns) overlaps an act's words: "hold its intra-party
    elections", "elections" in "the intra-party elections"."""
    at = sentence.find(trigger) if trigger else -1
    return at >= 0 and any(start < at + len(trigger) and at < end
                           for start, end in _phrase_spans(phrases, sentence, tokens, fixed_only=True))


def _act_named(phrases: PhraseMatcher, trigger: str | None) -> bool:
    """Whether an act's words (its trigger) hold one of a turn's phrases ("stormed" among the militancy's acts)."""
    return bool(trigger) and bool(phrases.find(trigger, tokenize(trigger)))


def _options(item: str) -> list[tuple[str, ...]]:
    """'(stage|staged)' -> [('stage',), ('staged',)]; a word -> [(word,)]."""
    if item.startswith("(") and item.rstrip("?").endswith(")"):
        parts = item.rstrip("?")[1:-1].split("|")
    else:
        parts = [item]
    return [tuple(t[2].lower() for t in tokenize(p)) for p in parts if tokenize(p)]


def _split_items(phrase: str) -> list[str]:
    """Items of a trigger phrase: words, '(a|b c)' groups (which may hold spaces), '*'."""
    items, depth, current = [], 0, ""
    for ch in phrase.strip():
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        if ch == " " and depth == 0:
            if current:
                items.append(current)
            current = ""
        else:
            current += ch
    if current:
        items.append(current)
    return items


def _compile(phrase: str) -> list[tuple]:
    """A trigger phrase as items: ('words', [options], optional) or ('wild',)."""
    compiled = []
    for item in _split_items(phrase):
        if item == "*":
            compiled.append(("wild",))
        else:
            compiled.append(("words", _options(item), item.endswith("?")))
    return compiled


@lru_cache(maxsize=4)
def load_type_rules(path: str = str(DEFAULT_TYPES)) -> TypeRules:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    type_of: dict[str, str] = {}
    for kind, words in data["keywords"].items():
        for word in words:
            type_of.setdefault(word, kind)
    entries: list[tuple[str, str, str | None]] = []
    for kind_name, section in (("verb", "verbs"), ("noun", "nouns")):
        for event_type, phrases in data.get(section, {}).items():
            entries += [(p, kind_name, event_type) for p in phrases]
    entries += [(p, "speech", None) for p in data.get("speech", [])]
    entries += [(p, "commitment", None) for p in data.get("commitment", [])]
    foreign = data.get("foreign", {})
    roles = data["roles"]  # the story says which of its types play these parts (validated by story.py)
    entries += [(p, "foreign", foreign.get("type", roles["foreign_reaction"])) for p in foreign.get("verbs", [])]
    patterns: dict[str, list] = {}
    for phrase, kind, event_type in entries:
        items = _compile(phrase)
        if not items or items[0][0] != "words":
            continue
        # (under every word it can start with: the first's, and past optional first items the next's)
        firsts = []
        for item in items:
            if item[0] != "words":
                break
            firsts += [option[0] for option in item[1]]
            if not item[2]:
                break
        for first in dict.fromkeys(firsts):
            patterns.setdefault(first, []).append((items, kind, event_type))
    future = tuple(tuple(t[2].lower() for t in tokenize(w)) for w in data.get("future_words", []))
    breaks = data.get("gathering_doer_breaks", {})
    return TypeRules(PhraseMatcher(type_of), data["priority"], data["weights"], patterns,
                     PhraseMatcher({w: True for w in foreign.get("words", [])}), data.get("joint", {}),
                     tuple(f for f in future if f), _by_first(future), frozenset(w.lower() for w in data.get("announcing_words", [])),
                     frozenset(w.lower() for w in data.get("target_words", [])),
                     frozenset(w.lower() for w in data.get("modified_nouns", {}).get("words", [])),
                     frozenset(w.lower() for w in data.get("name_adjectives", {}).get("words", [])),
                     frozenset(w.lower() for w in data.get("name_adjectives", {}).get("before", [])),
                     frozenset(w.lower() for w in data.get("adjective_before", {}).get("words", [])),
                     frozenset(data.get("announceable_types", [])), roles["speech"], roles["foreign_reaction"],
                     roles["fallback"], frozenset(roles["actions"]),
                     tuple(tuple(t[2].lower() for t in tokenize(w)) for w in data.get("joint_subjects", []) if tokenize(w)),
                     frozenset(w.lower() for w in data.get("joint_nouns", [])),
                     tuple(foreign.get("turns", ())), tuple(foreign.get("subject_turns", ())),
                     tuple(tuple(t[2].lower() for t in tokenize(w)) for w in data.get("future_after_words", [])
                           if tokenize(w)),
                     frozenset(data.get("purpose_types", [roles["fallback"]])),
                     tuple(tuple(t[2].lower() for t in tokenize(w)) for w in data.get("unrealised_words", [])
                           if tokenize(w)),
                     tuple(tuple(t[2].lower() for t in tokenize(w)) for w in data.get("cancelling_words", [])
                           if tokenize(w)),
                     frozenset(tuple(t[2].lower() for t in tokenize(w)) for w in roles.get("names_link", ())),
                     frozenset(roles.get("said", ())),
                     frozenset(data.get("announced_on_types", data.get("announceable_types", []))),
                     tuple((dict(data.get(f"{name}_turns", {})), _TurnPhrases(data.get(f"{name}_phrases", []), data.get(f"{name}_patterns", [])),
                            _optional_phrases(data, f"{name}_lead_words"),
                            _optional_phrases(data, f"{name}_sides"),
                            _optional_phrases(data, f"{name}_not_words"),
                            frozenset(data.get(f"{name}_kept_days", ())),
                            _optional_phrases(data, f"{name}_act_words"))
                           for name in context_turn_names(data) if data.get(f"{name}_turns")),
                     _by_first_typed(data.get("doers", {})),
                     # (True: a manner, which says what a gesture is made against; False: circumstances;
                     # CLOSING: circumstances told before the words that close them, "کے باوجود")
                     PhraseMatcher({**{w: False for w in data.get("circumstance_phrases", [])},
                                    **{w: CLOSING for w in data.get("circumstance_closers", [])},
                                    **{w: True for w in data.get("manner_phrases", [])}}),
                     frozenset(data.get("announced_by_types", [])),
                     dict(data.get("tour_turns", {})),
                     frozenset(w.lower() for w in data.get("tour_words", [])),
                     frozenset(w.lower() for w in data.get("tour_blockers", [])),
                     PhraseMatcher({name: k for k, group in enumerate(roles.get("places", ())) for name in group
                                    if name not in data.get("tour_not_places", [])}),
                     frozenset(w.lower() for w in data.get("setting_nouns", [])),
                     frozenset(w.lower() for w in data.get("setting_markers", {}).get("before", [])),
                     tuple(tuple(t[2].lower() for t in tokenize(w)) for w in data.get("setting_markers", {}).get("after", [])
                           if tokenize(w)),
                     frozenset(k for k, name in enumerate(n for n in context_turn_names(data) if data.get(f"{n}_turns"))
                               if name in data.get("lead_turns", [])),
                     frozenset(w.lower() for w in data.get("during_words", [])),
                     tuple(tuple(t[2].lower() for t in tokenize(w)) for w in data.get("setting_breaks", []) if tokenize(w)),
                     PhraseMatcher({w: True for w in foreign.get("trip_words", [])}),
                     PhraseMatcher({w: True for w in foreign.get("private_trip_words", [])}),
                     PhraseMatcher({w: True for w in foreign.get("domestic_words", [])}),
                     PhraseMatcher({w: True for w in foreign.get("violence_words", [])}),
                     PhraseMatcher({w: True for w in foreign.get("force_words", [])}),
                     _by_first_typed(data.get("gathering_doers", {})),
                     frozenset(w.lower() for w in [*data.get("setting_nouns", []), *data.get("gathering_verbs", [])]),
                     frozenset(data.get("assembly_purpose_types", [])),
                     frozenset(w.lower() for w in data.get("denial_words", [])),
                     frozenset(w.lower() for w in data.get("said_nouns", [])),
                     frozenset(w.lower() for w in data.get("joint_markers", [])),
                     frozenset(w.lower() for w in data.get("tenure_words", [])),
                     frozenset(w.lower() for w in data.get("deal_announcing_words", [])),
                     frozenset(w.lower() for w in data.get("announcing_blockers", [])),
                     frozenset(w.lower() for w in data.get("adjective_before", {}).get("after", [])),
                     frozenset(roles.get("said_about", ())),
                     frozenset(w.lower() for w in data.get("body_nouns", [])),
                     frozenset(roles.get("said_before", ())),
                     frozenset(k for k, name in enumerate(n for n in context_turn_names(data) if data.get(f"{n}_turns"))
                               if name in data.get("sentence_turns", [])),
                     _optional_phrases(data, "back_announcements"),
                     _optional_phrases(data, "back_announcement_breaks"),
                     _optional_phrases(data, "back_announcement_forward"),
                     frozenset(data.get("calendar_kept_types", [])),
                     gathering_doer_part_words=frozenset(w.lower() for w in breaks.get("part_of", [])),
                     gathering_doer_own_words=frozenset(w.lower() for w in breaks.get("own_after_of", [])),
                     gathering_doer_foreign_words=frozenset(w.lower() for w in breaks.get("foreign_before", [])),
                     name_openers=frozenset(w.lower() for w in data.get("name_adjectives", {}).get("name_openers", [])),
                     circumstance_openers=frozenset(w.lower() for w in data.get("circumstance_openers", [])),
                     circumstance_pronouns=frozenset(w.lower() for w in data.get("circumstance_pronouns", [])),
                     body_openers=frozenset(w.lower() for w in data.get("body_openers", [])),
                     body_call_words=frozenset(w.lower() for w in data.get("body_call_words", [])),
                     date_adverb_openers=frozenset(w.lower() for w in data.get("date_adverb_openers", [])))


TRIP_REACH = 4  # tokens before a destination's preposition where the trip's word may stand ("official visit to")
TRIP_PREPOSITIONS = frozenset({"to", "into", "for", "in"})


def _trips_abroad(s: _Sentence, foreign_names: list[tuple[int, int]], rules: TypeRules,
                  private: list[int]) -> list[tuple[int, int, int]]:
    """A government's trips abroad the sentence tells of: (first and last token of the trip's words,
    the destination's first token) for a trip word right before "to", "for" or "in" a foreign place
    ("will travel to Saudi Arabia", "left for Beijing", "arrived in Riyadh", "an official visit to
    China"); not one that private words at or after its trip word say is no state business ("a private
    visit to Turkey", "left for London for medical treatment"), nor a place one comes "from" ("arrived
    in Lahore from London").  `private`: where the sentence's private words end."""
    if rules.trip_words is None or not foreign_names:
        return []
    trips = []
    for start, _ in foreign_names:
        i = bisect_right(s.token_ends, start)
        if i < 2 or i >= len(s.tokens) or s.words[i - 1] not in TRIP_PREPOSITIONS:
            continue
        lo = max(0, i - 1 - TRIP_REACH)
        span = s.text[s.token_starts[lo]:s.token_ends[i - 2]]
        found = rules.trip_words.find(span, tokenize(span))
        if found:
            a, b, _ = found[-1]  # the trip word nearest the place
            first = bisect_right(s.token_ends, s.token_starts[lo] + a)
            last = bisect_right(s.token_ends, s.token_starts[lo] + b - 1)
            if any(end > s.token_starts[first] for end in private):
                continue  # (private words at or after the trip's: "a private visit to Turkey", "for medical treatment")
            trips.append((first, last, i))
    return trips


def _on_a_trip(s: _Sentence, trips: list[tuple[int, int, int]], cue: tuple[int, int],
               act: Trigger | None) -> bool:
    """Whether the act dated by `cue` is one of the `trips`: its trigger is the trip's words ("will
    travel to Saudi Arabia on Saturday", "arrived in Riyadh"); with no trigger, a trip in the date's
    clause.  (Not a trip in a phrase of the act's: "arrived in Lahore on Monday after a visit to China".)"""
    for first, last, place in trips:
        if act is not None and act.first <= last + 1 and first <= act.last + 1:
            return True
        if act is not None and act.first > place and s.words[act.first - 1] in PURPOSE_WORDS \
                and s.clause[act.first] == s.clause[place]:
            return True  # "will travel to Riyadh later this month to attend a meeting": what the trip is for
        if act is None and s.clause[cue[0]] == s.clause[place]:
            return True
    return False


def _is_tour(rules: TypeRules, typed: list, dated: list, sentence: str, tokens: list[Token]) -> bool:
    """A gathering, and nothing else, on TOUR_MIN days or more in places of TOUR_MIN provinces or
    more (see TypeRules.tour_turns): each event's trigger is a gathering word or none, one at least."""
    if not rules.tour_turns or rules.tour_places is None or len({m.value for m in dated}) < TOUR_MIN:
        return False
    words = [set(trigger.lower().split()) for _, trigger, _ in typed]
    # (each event of a turned type, or of the tour's own: "party gatherings" is already a protest)
    if any(kind not in rules.tour_turns and kind not in rules.tour_turns.values() for kind, _, _ in typed) \
            or not any(w & rules.tour_words for w in words) \
            or any(w and not w & rules.tour_words for w in words):
        return False
    lowered = [t[2].lower() for t in tokens]
    if any(w in rules.tour_words and lowered[i + 1:i + 2] and lowered[i + 1] in rules.tour_blockers
           for i, w in enumerate(lowered)):
        return False
    return len({province for _, _, province in rules.tour_places.find(sentence, tokens)}) >= TOUR_MIN


def _by_first_typed(sections: dict) -> dict:
    """{type: [phrase]} -> {first word: [(words, type)]}, longest first."""
    index: dict[str, list] = {}
    for kind, phrases in sections.items():
        for phrase in phrases:
            words = tuple(t[2].lower() for t in tokenize(phrase))
            if words:
                index.setdefault(words[0], []).append((words, kind))
    for entries in index.values():
        entries.sort(key=lambda e: -len(e[0]))
    return index


def _by_first(phrases) -> dict:
    index: dict[str, list] = {}
    for phrase in phrases:
        if phrase:
            index.setdefault(phrase[0], []).append(phrase)
    return index


def _match(items: list, at: int, words: list[str], raw: list[str], free: frozenset = frozenset(),
           stops: list[int] | None = None) -> int:
    """Index after the match of `items` at token `at`, or -1 (wildcards take as few words as they can).
    `stops` gets where each "*" of the match stopped (the first word after the words it stands for)."""
    if not items:
        return at
    head, rest = items[0], items[1:]
    if head[0] == "wild":
        # Up to MAX_GAP words; apostrophes and hyphens inside them are free ("the party's").
        skip, counted = 0, 0
        while True:
            inner: list[int] = []
            end = _match(rest, at + skip, words, raw, free, inner)
            if end >= 0:
                if stops is not None:
                    stops += [at + skip, *inner]
                return end
            if at + skip >= len(words) or not (WILD_OK.match(raw[at + skip]) or (
                    raw[at + skip] == ")" and raw[at] == "(" and 1 < skip <= ABBREVIATION_TOKENS + 1
                    and all(ABBREVIATION_PART.match(w) for w in raw[at + 1:at + skip]))):
                return -1  # (a closing bracket only of an abbreviation right after the words before: "(PSX)", "(PML-N)")
            # (a name counts as one word: "elected Shehbaz Sharif of the PML-N as prime minister")
            counted += raw[at + skip][0].isalnum() and raw[at + skip] != "s" and at + skip not in free
            skip += 1
            if counted > MAX_GAP:
                return -1
    _, options, optional = head
    best, best_stops = -1, []
    for option in options:
        if tuple(words[at:at + len(option)]) == option:
            inner = []
            end = _match(rest, at + len(option), words, raw, free, inner)
            if end > best:
                best, best_stops = end, inner
    if best < 0 and optional:
        return _match(rest, at, words, raw, free, stops)
    if stops is not None:
        stops += best_stops
    return best


def _skips_an_object(candidates: list, raw: list[str]) -> set:
    """Orders of verb readings whose "*" passes over the end of a shorter verb-and-object reading
    of another type: "hold protests outside district election offices" is holding protests, not
    an election (but "hold the strike-delayed by-elections" is the election: a word joined to the
    next by a hyphen is no object)."""
    dropped = set()
    for _, _, _, order, (end, kind, event_type), stops in candidates:
        if kind != "verb" or not stops:
            continue
        if any(other_end < end and other_end <= stops[0] and other_type != event_type and other_kind == "verb"
               and other_stops and raw[other_end:other_end + 1] != ["-"]
               for _, _, _, _, (other_end, other_kind, other_type), other_stops in candidates):
            dropped.add(order)
    return dropped


def find_triggers(sentence: str, tokens: list[Token], rules: TypeRules, foreign: bool,
                  masked: list[tuple[int, int]] = (), names: list[tuple[int, int]] = ()) -> list[Trigger]:
    """Triggers left to right; the longest wins at each place and matches do not overlap.
    'foreign' triggers count only when the sentence names a foreign actor.  A match may not
    overlap a `masked` span (a date: "protest on Saturday" is the noun, not "protest on")."""
    raw = [t[2] for t in tokens]
    words = [w.lower() for w in raw]
    masked = _Spans(masked)
    # Tokens inside a name after its first: a wildcard does not count them.
    starts = [t[0] for t in tokens]
    inside_names = frozenset(i for a, b in names for i in range(bisect_right(starts, a), bisect_left(starts, b)))
    free = inside_names | frozenset(_titles_before(tokens, starts, names))
    # (and a date's words in a script with no capitals: "بل منگل کو کثرت رائے سے منظور", see _date_inside)
    free |= frozenset(i for i, t in enumerate(tokens) if not t[2][:1].isascii() and masked.holds(t[0]))
    capitals = [w[0].isupper() for w in raw if w[0].isalpha()]
    headline = len(capitals) > 2 and sum(capitals) > 0.6 * len(capitals)  # "Khan Arrested In Lahore"
    found: list[Trigger] = []
    i = 0
    while i < len(tokens):
        if _month_of_a_day(raw, i):
            i += 1  # "March 4", "4 March": a month, even where no date was kept ("ISLAMABAD, March 4 (Reuters)")
            continue
        if i in inside_names:
            i += 1  # (no trigger starts inside a name: "Fund's Executive Board" of "International Monetary Fund's")
            continue
        candidates = []
        for order, (items, kind, event_type) in enumerate(rules.patterns.get(words[i], ())):
            if kind == "foreign" and not foreign:
                kind, event_type = "reaction", rules.speech  # a party condemning is a statement
            stops: list[int] = []
            end = _match(items, i, words, raw, free, stops)
            if end <= i or (masked.overlaps(tokens[i][0], tokens[end - 1][1]) and not _date_inside(i, end, tokens, masked, stops, rules, items)):
                continue
            # Longer first; at equal length a foreign or reaction reading wins over speech or commitment, then the
            # one whose words after its "*" are more ("launched missile strikes" is the missile strikes' reading,
            # not the "launched ... strikes" of a protest).
            candidates.append((-end, kind not in {"foreign", "reaction"}, stops[-1] if stops else i, order,
                               (end, kind, event_type), stops))
        if len(candidates) > 1:
            dropped = _skips_an_object(candidates, raw)
            candidates = [c for c in candidates if c[3] not in dropped]
        # The best reading that is not a describing word or part of a name: "the visit" is the
        # noun when the verb reading is refused.
        # A participle joined to the word before it by a hyphen is an adjective: "PTI-backed
        # candidate", "US-led talks", "state-owned media".
        # (a prefix is no word of its own: "re-arrested", "co-chaired" are verbs)
        # So is a plan's participle right after an event: "its rally planned for Sunday", and a
        # participle of agreeing: "the power-sharing formula agreed in February".
        adjectival = (i >= 2 and raw[i - 1] == "-" and tokens[i - 2][1] == tokens[i - 1][0]
                      and tokens[i - 1][1] == tokens[i][0] and _past_form(words[i])
                      and words[i - 2] not in VERB_PREFIXES) \
            or (words[i] in ADJECTIVE_MARKERS | NOUN_PARTICIPLES and bool(found) and found[-1].last == i - 1)
        # "the ruling PML-N", "the ruling government" (but not "its ruling Monday": a date, nor a
        # headline in title case: "Supreme Court Ruling Restores PTI Seats")
        before_name = words[i] in rules.name_adjectives and i + 1 < len(tokens) and not headline \
            and not masked.overlaps(tokens[i + 1][0], tokens[i + 1][1]) \
            and (words[i + 1] in rules.name_adjective_before or raw[i + 1][:1].isupper())
        best = next((c[4] for c in sorted(candidates, key=lambda c: c[:4])
                     if not (adjectival and c[4][1] != "noun") and not (before_name and c[4][0] == i + 1)
                     and not _describes(c[4], i, words, rules) and not _in_name(c[4], i, raw, headline, rules.name_openers)
                     and not (c[4][1] == "noun" and _marked_by_anniversary(i, c[4][0], words))
                     and not _names_a_body(c[4], i, words, rules)), None)
        if best:
            end, kind, event_type = best
            found.append(Trigger(tokens[i][0], tokens[end - 1][1], i, end - 1, kind, event_type))
            i = end
        else:
            i += 1
    return found


def _names_a_body(reading: tuple, i: int, words: list[str], rules: TypeRules) -> bool:
    """A body noun alone after one of the story's `body_openers`, with one of its `body_call_words` a few words on,
    names the body that calls, no act of forming one: "the opposition alliance" (TTAP) that called a strike,
    "اپوزیشن اتحاد ... کی اپیل پر" (not "an opposition alliance ... was in the works")."""
    end, kind, _ = reading
    return kind == "noun" and end == i + 1 and i > 0 and words[i] in rules.body_nouns and words[i - 1] in rules.body_openers \
        and any(w in rules.body_call_words for w in words[i + 1:i + 1 + BODY_CALL_REACH])


BODY_CALL_REACH = 16  # tokens from a body's noun to its call: "اپوزیشن اتحاد کا 8 فروری کو پہیہ جام اور شٹر ڈاؤن ہڑتال کے اعلان"


def _titles_before(tokens: list[Token], starts: list[int], names: list[tuple[int, int]]):
    """The tokens of a title right before each name ("of jailed former prime minister [Imran Khan]"): a "*" does not
    count them, as it does not count a name's own words."""
    for a, _ in names:
        k = bisect_left(starts, a) - 1
        while k >= 0 and tokens[k][2].lower() in NAME_TITLES:
            yield k
            k -= 1


def _date_inside(i: int, end: int, tokens: list[Token], masked: _Spans, stops: list[int], rules: TypeRules,
                 items: list[tuple]) -> bool:
    """A date inside a wildcard of a phrase, where the date stands between the object and the verb ("سینیٹ نے یہ بل
    منگل کو کثرت رائے سے منظور کیا": the bill passed, its day inside) or, in a script with capitals, between the verb and
    what follows it as an adverb that one of `date_adverb_openers` opens, right before the word its wildcard stopped at
    ("took oath on Friday as the first Chief Justice"; not the date that is the object's own: "the count of Thursday's
    vote", nor one further from the phrase's next word: "its meeting held on Monday under the chief election
    commissioner", nor the day of a participle the "*" stands for, a clause of its own: "workers arrested last week
    reached home" (not one of the phrase's own words: "was elected on Saturday by the legislatures"), nor an
    announcement's day: "announced on Monday that the protests would be held"): the phrase is the act, as long as the
    date touches neither its first word nor its last, nor (in a script with no capitals) the word a wildcard stopped at."""
    first, last = tokens[i], tokens[end - 1]
    if masked.overlaps(first[0], first[1]) or masked.overlaps(last[0], last[1]):
        return False
    if first[2][:1].isascii() and (first[2].lower() in rules.announcing or any(
            masked.holds(tokens[k][0]) and not masked.holds(tokens[k - 1][0])
            and (tokens[k][2].lower() not in rules.date_adverb_openers or _run_end(k, end, tokens, masked) not in stops
                 or _after_a_clause_participle(k, i, tokens, rules.date_adverb_openers, items))
            for k in range(i + 1, end))):
        return False
    return bool(stops) and not any(masked.overlaps(tokens[k][0], tokens[k][1]) for k in stops if k < end)


def _after_a_clause_participle(k: int, i: int, tokens: list[Token], openers: frozenset, items: list[tuple]) -> bool:
    """Whether the date at token k (past the words that open it, "late on Tuesday") follows a participle that a "*" of
    the phrase starting at i stands for ("supporters detained late on Tuesday reached"), not one of its own words."""
    j = k - 1
    while j > i and tokens[j][2].lower() in openers:
        j -= 1
    word = tokens[j][2].lower()
    return j > i and _past_form(word) \
        and not any(item[0] == "words" and any(word in option for option in item[1]) for item in items)


def _run_end(k: int, end: int, tokens: list[Token], masked: _Spans) -> int:
    """The first token after the masked run that starts at k (a date's words)."""
    while k < end and masked.holds(tokens[k][0]):
        k += 1
    return k


def _month_of_a_day(raw: list[str], i: int) -> bool:
    """A capitalised month name with a day's number right before or after it (a script with capitals only:
    an Urdu month is no trigger word)."""
    return raw[i][:1].isupper() and raw[i].lower() in _month_names() and any(
        0 <= k < len(raw) and raw[k].isdigit() and len(raw[k]) <= 2 for k in (i - 1, i + 1))


@lru_cache(maxsize=1)
def _month_names() -> frozenset:
    from .languages import available
    return frozenset(name.lower() for code in available() for name in engine(code).month_of)


def _in_name(match: tuple, i: int, raw: list[str], headline: bool, name_openers: frozenset = frozenset()) -> bool:
    """A one-word verb written with a capital after a capitalised word inside a sentence is
    part of a name ("outside Adiala Jail", "at the Attock Jail"), unless the sentence is a
    headline in title case ("Khan Arrested In Lahore")."""
    end, kind, _ = match
    if kind == "noun" and not headline and end == i + 1 and 0 < i and end < len(raw):
        return _capitalised_inside(raw[i], raw[end])  # "the Elections Act", "Free and Fair Election Network"
    if kind == "verb" and not headline and end > i + 1 and end < len(raw) and raw[end - 1].lower() in name_openers \
            and _capitalised_inside(raw[end - 1], raw[end]):
        return True  # its object's last word opens a name: "suspended the Election Commission's notifications"
    if headline or kind == "noun" or end != i + 1 or i < 2:
        return False
    if raw[i - 1][0].isupper() and raw[i - 1].isalpha() and raw[i - 2].lower() in PLACE_PREPOSITIONS \
            and not raw[i].lower().endswith(("ed", "ing")):
        return True  # "outside Adiala jail", "at Attock jail": a place, written without a capital
    return raw[i][0].isupper() and raw[i - 1][0].isupper() and raw[i - 1].isalpha()


def _marked_by_anniversary(i: int, end: int, words: list[str]) -> bool:
    """Whether the event noun at i..end is what an anniversary marks: "the first anniversary of the
    election", Urdu "انتخابات کی پہلی برسی" (the day is the anniversary's, and what is done on it types it)."""
    for j in range(i - 1, max(0, i - 4), -1):  # ("of the general election", "of Thursday's polls")
        if words[j] in OF_LINKS:
            return words[j - 1] in ANNIVERSARY_NOUNS
        if not words[j].isalpha() and words[j] not in {"'s", "’s"}:
            break
    return end < len(words) and words[end] in GENITIVES \
        and any(w in ANNIVERSARY_NOUNS for w in words[end + 1:end + 3])


def _capitalised_inside(word: str, following: str) -> bool:
    """Whether a capitalised event noun is part of a name with the capitalised word after it ("Elections
    Act", "Election Network"), not before a date's word ("Election Day" is a name too; "Polls Monday" in
    a sentence is not)."""
    return word[:1].isupper() and following[:1].isupper() and following.isalpha() and not _date_word(following)


def _date_word(word: str) -> bool:
    return word.lower() in _capitalised_date_words()


@lru_cache(maxsize=1)
def _capitalised_date_words() -> frozenset:
    """Month and weekday names of the languages that write them with a capital ("March", "Monday")."""
    from .languages import available
    return frozenset(w.lower() for code in available() if engine(code).data["case_sensitive_names"]
                     for w in (*engine(code).data["months"], *engine(code).weekday_of))


POSSESSIVE_REACH = 7  # words after an epithet ("former prime minister Imran Khan") where its possessive ends


def _possessive_ahead(words: list[str], start: int) -> bool:
    """A possessive ("'s") within a few words after `start`, before any clause mark."""
    for k in range(start, min(len(words) - 1, start + POSSESSIVE_REACH)):
        if words[k] in CLAUSE_PUNCTUATION:
            return False
        if words[k] in {"'", "’"} and words[k + 1] == "s":
            return True
    return False


PASSIVE_DOER_REACH = 5  # words after a passive where its doer or place may follow ("was met on arrival at ... by")


def _passive_no_act(words: list[str], i: int) -> bool:
    """A passive of one of the language's `passive_not_acts`: an auxiliary right before it, or before a negation right
    before it ("were not met"), and no doer or place a few words after it ("was met on arrival at the airport by ..." is a
    meeting)."""
    before = words[i - 1] if i > 0 else ""
    aux = before in PASSIVE_AUXILIARIES or (before in DECLARED_NEGATIONS and i > 1 and words[i - 2] in PASSIVE_AUXILIARIES)
    return aux and not (AGENT_WORDS | PLACE_PREPOSITIONS).intersection(words[i + 1:i + 1 + PASSIVE_DOER_REACH])


def _describes(match: tuple, i: int, words: list[str], rules: TypeRules) -> bool:
    """A noun before 'commissioner' or a participle after 'of' ("of jailed", "against alleged
    rigging") describes something else; a speech verb after "was" or "were" is a passive
    ("clashes were reported"): what was reported is the event, not a report (unless what was reported
    is something said, one of the story's `said_nouns`: "the message was conveyed on Wednesday")."""
    end, kind, _ = match
    if kind == "speech" and i > 0 and words[i - 1] in PASSIVE_AUXILIARIES and not words[i].endswith("ing") \
            and not (i > 1 and words[i - 2] in rules.said_nouns):
        return True  # (but "the message was conveyed on Wednesday": what is said was said)
    if words[i] in PASSIVE_NOT_ACTS and _passive_no_act(words, i):
        return True  # "if its demands were not met", "was met with criticism": no meeting
    if kind not in {"noun", "speech"} and end == i + 1 and i > 0 and words[i - 1] in NOUN_BEFORE \
            and not words[i].endswith(("ed", "ing")):
        return True  # "outside the jail", "an arrest": a noun, where the word is also a verb
    if kind != "noun" and words[end:end + 2] in (["'", "s"], ["’", "s"]):
        return True  # "join the PTI's protest": the phrase ends inside a possessive
    if kind == "noun" and end < len(words) and words[end] in rules.modified_nouns:
        return True
    # (past one adverb: "in recently held general elections", "the hastily convened session")
    adverb = i > 1 and words[i - 1] in PARTICIPLE_ADVERBS and words[i - 2] in rules.adjective_before | PREPOSITIONS
    # (after a possessive too: "Friday's planned march", "the party's rigged mandate")
    possessive = i > 1 and words[i - 1] == "s" and words[i - 2] in {"'", "’"}
    by_agent = end < len(words) and words[end] in AGENT_WORDS
    if kind != "noun" and end == i + 1 and end < len(words) and words[end] in rules.adjective_after \
            and _past_form(words[i]) and _possessive_ahead(words, end) \
            and (i == 0 or words[i - 1] in JOINING_WORDS | COMMAS | COMPLEMENTIZERS | rules.adjective_before):
        # "the ruling coalition and jailed former Prime Minister Imran Khan's party on Monday held talks": the
        # participle and its epithet open a possessive, after a joining word, a determiner or nothing (not "the
        # court on Friday sentenced former Prime Minister Imran Khan to 14 years", a verb and its object; nor
        # "Police on Monday raided former prime minister Imran Khan's home", whose subject stands before it)
        return True
    if kind != "noun" and i > 0 and (adverb or possessive or words[i - 1] in rules.adjective_before) \
            and _past_form(words[i]) \
            and not (by_agent and kind == "speech" and words[i - 1] in AGENT_OPENERS):  # ("as stated by his lawyer")
        return True
    if kind in {"speech", "commitment"} and by_agent and i > 0 and words[i - 1] not in AUXILIARIES | AGENT_OPENERS:
        return True  # "the recount ordered by the tribunal began ...", "the protest announced by the PTI"
    return False


# --- clauses ------------------------------------------------------------------------

def _clause_ids(tokens: list[Token], triggers: list[Trigger], cues: list[tuple[int, int]],
                elliptical: set[int] | None = None) -> list[int]:
    """A clause number for every token.  A speech verb closes its clause (with a date
    cue right after it: "said on Wednesday | it would hold a rally")."""
    words = [t[2].lower() for t in tokens]
    breaks_before = set()
    list_ands: set[int] = set()  # the "and" before a list's last item
    for i, w in enumerate(words):
        if w in CLAUSE_PUNCTUATION or w in CLAUSE_WORDS:
            if w in JOINING_WORDS and i + 1 < len(words) and words[i + 1] in PREPOSITIONS:
                continue  # "at Teen Talwar and outside the office": one clause
            if w in JOINING_WORDS and 1 < i < len(words) - 1 and tokens[i - 1][2][:1].isupper() \
                    and tokens[i + 1][2][:1].isupper() and not any(a <= i - 1 <= b or a == i + 1 for a, b in cues):
                continue  # "in Peshawar and Quetta", "the PTI and JI": two names, one clause (not "on Monday and JI ...")
            if i in list_ands:
                continue
            if w in LIST_COMMAS and (last_and := _list_comma(i, words, triggers, cues)) is not None:
                list_ands.add(last_and)
                continue  # "پی پی 73، پی پی 98 اور پی پی 203 کے ارکان کو نااہل قرار دیا": a list, its verb after it
            if w in JOINING_WORDS and _elliptical(i, words, triggers, cues):
                if elliptical is not None:
                    elliptical.add(i)
                continue  # "passed by the Assembly on June 28 and the Senate on July 4": one verb, two dates
            breaks_before.add(i)
    cue_firsts = [first for first, _ in cues]
    for trig in triggers:
        if trig.kind != "speech":
            continue
        # What is reported starts after the verb, or after a date right behind it (only filler words,
        # or a listener and a place of at most 7 words, between: the cues further on need no look).
        reach = trig.last + 1
        while reach < len(words) and words[reach] in FILLER:
            reach += 1
        reach = max(reach, trig.last + 8)
        near = cues[bisect_right(cue_firsts, trig.last):bisect_right(cue_firsts, reach)]
        next_cue = next((last for first, last in near
                         if all(w in FILLER for w in words[trig.last + 1:first])
                         or _place_before(words[trig.last + 1:first],
                                          attributing=trig.first > 0 and words[trig.first - 1] in AGENT_OPENERS)), None)
        breaks_before.add((next_cue if next_cue is not None else trig.last) + 1)
    ids, current = [], 0
    for i in range(len(tokens)):
        if i in breaks_before and i > 0:
            current += 1
        ids.append(current)
    return ids


def _list_comma(i: int, words: list[str], triggers: list[Trigger], cues: list[tuple[int, int]]) -> int | None:
    """The "and" before the last item when the comma at token i parts the items of a list in a verb-final language
    ("پی پی 73، پی پی 98 اور پی پی 203 کے ارکان"): one follows within LIST_ITEM_WORDS words, in that language's
    script, with no punctuation, clause word, trigger or date between; the list's verb comes after it, in the date's
    clause.  Else None."""
    end = next((k for k in range(i + 2, min(len(words), i + 2 + LIST_ITEM_WORDS)) if words[k] in JOINING_WORDS), None)
    if end is None or not ARABIC_SCRIPT.search(words[end]) or (i > 0 and words[i - 1] in FINITE_VERBS):
        return None  # (not after a clause's verb: "احتجاج کیا، مسلم لیگ ن اور پیپلز پارٹی نے ...")
    between = range(i + 1, end)
    if any(words[k] in CLAUSE_PUNCTUATION or words[k] in CLAUSE_WORDS for k in between) \
            or any(t.first <= k <= t.last for t in triggers for k in between) \
            or any(a <= k <= b for a, b in cues for k in between):
        return None
    return end


def _elliptical(i: int, words: list[str], triggers: list[Trigger], cues: list[tuple[int, int]]) -> bool:
    """"X on D1 and Y on D2": after the "and" at token i comes a date with no trigger, clause
    word or punctuation before it, and a date ends right before the "and"."""
    after = next(((first, last) for first, last in cues if first > i), None)
    if after is None or any(w in CLAUSE_PUNCTUATION or w in CLAUSE_WORDS for w in words[i + 1:after[0]]):
        return False
    if any(i < t.first < after[0] for t in triggers):
        return False
    if any(w in AUXILIARIES or w in MODALS or w.endswith("ed") for w in words[i + 1:after[0]]):
        return False  # "in April 2022 and has been in prison since August 2023": a verb of its own
    return any(last == i - 1 for _, last in cues)


def _place_before(between: list[str], attributing: bool = False) -> bool:
    """"told reporters outside Adiala Jail on Wednesday": only a listener and a place between a
    speech verb and its date (a preposition soon, a few words, no clause word or punctuation),
    or, for an `attributing` verb ("as stated"), its speaker ("as stated by his lawyer on Thursday")."""
    return 0 < len(between) <= 7 and (any(w in PLACE_PREPOSITIONS for w in between[:3])
                                      or (attributing and between[0] in AGENT_WORDS)) \
        and not any(w in CLAUSE_WORDS or w in CLAUSE_PUNCTUATION or w in MODALS for w in between)


def _cue_tokens(starts: list[int], ends: list[int], cue: tuple[int, int]) -> tuple[int, int]:
    """The tokens a cue covers (the nearest one for an empty cue); (0, -1) with no tokens."""
    if not starts:
        return 0, -1
    first = bisect_right(ends, cue[0])     # the first token ending after the cue starts
    last = bisect_left(starts, cue[1]) - 1  # the last token starting before the cue ends
    if first <= last:
        return first, last
    i = min(first, len(starts) - 1)
    return i, i


COUNT_PREPOSITIONS = _words("count_prepositions")  # the date language's: "three days after [the vote]"
NOUN_TIME_PREPOSITIONS = _words("noun_time_prepositions")  # "since [his ousting in 2022]": the date is the noun's


def _has_phrase(words: list[str], phrases, at_start: bool = False) -> bool:
    """Whether one of `phrases` (tuples of lower-case words) stands among `words` (at their start only)."""
    starts = range(1 if at_start else len(words))
    return any(tuple(words[k:k + len(p)]) == p for p in phrases for k in starts)


class _Sentence:
    """What the type and status rules need to know about one sentence."""

    def __init__(self, sentence: str, tokens: list[Token], rules: TypeRules, cues: list[tuple[int, int]],
                 foreign: bool, names: list[tuple[int, int]] = (), keys: list | None = None):
        self.text = sentence
        self.tokens = tokens
        self.words = [t[2].lower() for t in tokens]
        self.rules = rules
        # Inside an actor's name or a date a trigger is no trigger: "Chief Election
        # Commissioner", "March 4".
        # (A trigger that starts before a name, "elected Shehbaz Sharif as prime minister",
        # "approached the Supreme Court", stays.)
        self.date_spans = list(cues)
        self.foreign_party = foreign  # narrowed by sentence_events: a foreign actor, not a foreign place
        self.foreign_tokens: list[int] = []  # first tokens of the foreign actors' names
        self.foreign_at: list[int] = []  # first tokens of every foreign name (a government, body or place)
        found = rules.manner.find(sentence, tokens) if rules.manner is not None and tokens else []
        manner = [(a, b) for a, b, is_manner in found if is_manner]
        # How, and amid what up to the end of its clause ("amid sporadic incidents of clashes"): no
        # act, no keyword either.
        # (Circumstances that hold a date are that date's own act: "amid a crackdown in November".)
        asides = [((a, b) if is_manner is True else (a, _clause_end(sentence, b)) if is_manner is False
                   else (_closed_phrase_start(sentence, tokens, a, rules), b), is_manner) for a, b, is_manner in found]
        asides = [((a, b), kind) for (a, b), kind in asides if not any(a <= c < b for c, _ in cues)]
        self.aside_spans = [span for span, _ in asides]
        blocked = _Spans([*names, *cues, *self.aside_spans])
        # (a trigger that spells a whole name and maybe more stands: "IMF Executive Board", "IMF's Executive Board"
        # name the foreign body and its act; "Election" of "Election Commission" is no election)
        name_ends = {a: b for a, b in sorted(names)}
        # (nor one that ends in circumstances closed after them: "جلسوں پر پابندی کے باوجود" names no ban of the
        # sentence's own; but "passed amid opposition protest a bill" did pass the bill)
        closed = [span for span, kind in asides if kind == CLOSING]
        self.triggers = [t for t in find_triggers(sentence, tokens, rules, foreign, cues, names)
                         if (not blocked.holds(t.start) or name_ends.get(t.start, t.end + 1) <= t.end)
                         and not any(a < t.end <= b for a, b in closed)]
        self.token_starts = token_starts = [t[0] for t in tokens]
        self.token_ends = token_ends = [t[1] for t in tokens]
        self.manner_ends = [bisect_left(token_starts, b) for a, b in manner]  # first token after each
        self.manner_starts = [bisect_left(token_starts, a) for a, b in manner]
        self.cues = [_cue_tokens(token_starts, token_ends, c) for c in cues]
        # Cues of the same date do not compete for triggers.
        self.key_of = dict(zip(self.cues, keys or range(len(self.cues))))
        self.elliptical: set[int] = set()  # the "and" of "on June 28 and the Senate on July 4"
        self.naming: set[tuple[int, int]] = set()  # cues that are part of an event noun's name
        self.during: set[tuple[int, int]] = set()  # cues of a happening an act was done during
        self.clause = _clause_ids(tokens, self.triggers, self.cues, self.elliptical)
        self.clause_range: dict[int, list[int]] = {}  # clause -> [first token, after last]
        for i, c in enumerate(self.clause):
            self.clause_range.setdefault(c, [i, i])[1] = i + 1
        self.clause_range.setdefault(-1, [0, 0])
        self.clause_range.setdefault(max(self.clause, default=0) + 1, [len(tokens), len(tokens)])
        self.trigger_starts = [t.first for t in self.triggers]
        self.cue_starts = sorted((c[0], i) for i, c in enumerate(self.cues))
        self.cue_at_end = {c[1]: c for c in self.cues}  # (cues do not overlap)
        self.acting_clauses = {self.clause[t.first] for t in self.triggers if t.kind in ACTING_KINDS}
        self._clauses: dict = {}
        self._relations: dict = {}
        self._owners: dict = {}
        self.alnum = [0]  # words (not punctuation) before token i
        self.counted = [0]  # ... that are not filler
        self.content = [0]  # ... and not a clause word either ("and", "that")
        for w in self.words:
            self.alnum.append(self.alnum[-1] + w[0].isalnum())
            self.counted.append(self.counted[-1] + (w[0].isalnum() and w not in FILLER))
            self.content.append(self.content[-1] + (w[0].isalnum() and w not in FILLER and w not in CLAUSE_WORDS))
        self._complements: dict | None = None  # cue -> span of the clause a count before it is after
        self.noun_firsts = {t.first for t in self.triggers if t.kind == "noun"}
        self.trigger_firsts = {t.first for t in self.triggers}
        # (triggers do not overlap: one starts and one ends at each place at most)
        self.trigger_at_first = {t.first: t for t in self.triggers}
        self.noun_at_last = {t.last: t for t in self.triggers if t.kind == "noun"}
        self.speech_lasts = {t.last for t in self.triggers if t.kind == "speech"}
        self.first_trigger_at = min(self.trigger_firsts, default=0)
        self.anchor_nouns = {t.first for t in self.triggers if t.kind == "noun" and self.anchors_a_time(t)}
        self._frames: dict[tuple[int, int], Trigger | None] = {}  # cue -> the noun its day only frames
        self.name_cues: set[tuple[int, int]] = set()  # cues of dates that name a happening (sentence_events)
        self.happening_cues: set[tuple[int, int]] = set()  # ... with or without a year ("the February 8 election")
        self.possessive_cues: set[tuple[int, int]] = set()  # "last week's", "Thursday's": a date that owns a noun after it
        self.story_day_types: dict[tuple[int, int], str] = {}  # cues of the story's own days ("9 مئی"): their type

    def gap(self, a_last: int, b_first: int) -> int:
        """Words that count between two token spans (in either order)."""
        lo, hi = sorted((a_last, b_first))
        return self.counted[hi] - self.counted[lo + 1] if hi > lo + 1 else 0

    def clauses_of_cue(self, cue: tuple[int, int]) -> set[int]:
        cached = self._clauses.get(cue)
        if cached is not None:
            return cached
        first, last = cue
        ids = set(self.clause[first:last + 1]) or {self.clause[min(first, len(self.clause) - 1)]}
        lo, hi = self.clause_range[min(ids)][0], self.clause_range[max(ids)][1]
        inside = self.content[min(last + 1, hi)] - self.content[max(first, lo)] if first <= last else 0
        if self.content[hi] - self.content[lo] - inside == 0:
            ids |= {min(ids) - 1, max(ids) + 1}  # ", Friday," is no clause of its own
            if self.words[lo] == ";":
                ids.discard(min(ids))  # ... but a semicolon ends the one before: "...; a week later, the parties ..."
            if any(w in COMPLEMENTIZERS for w in self.words[max(0, lo - 1):first]):
                ids.discard(min(ids))  # ... but after "that" / "کہ" it opens what was said, not the speech
        self._clauses[cue] = ids
        return ids

    def relation(self, trig: Trigger, cue: tuple[int, int]) -> float:
        """How strongly a trigger governs a cue: an event noun right after the cue, then
        triggers of the cue's clause by distance, then the rest of the sentence."""
        key = (trig, cue)
        if key not in self._relations:
            self._relations[key] = self._relation(trig, cue)
        return self._relations[key]

    def only_anchors(self, trig: Trigger, cue: tuple[int, int]) -> bool:
        """Whether a noun only anchors a time after it (`anchor_nouns`) and the date does not name it."""
        first, last = cue
        return trig.kind == "noun" and trig.first in self.anchor_nouns and not (last < trig.first <= last + 2) \
            and not (last < trig.first and (tuple(self.words[last + 1:trig.first]) in self.rules.noun_links
                                            or tuple(self.words[last:trig.first]) in self.rules.noun_links))

    def _relation(self, trig: Trigger, cue: tuple[int, int]) -> float:
        first, last = cue
        if self.trailing_attribution(trig, cue):
            return -100.0
        if trig.kind == "noun" and any(self.key_of.get(c) != self.key_of.get(cue) for c in self.namers(trig)):
            return -100.0  # "... against rigging in the February 8 polls later in the day": another date names the polls
        if trig.kind == "noun" and self.targeted_noun(trig) and not (last < trig.first <= last + 2):
            # "انتخابی نتائج کے خلاف احتجاجی مظاہرے کیے": the results are the protest's target (not a noun the day
            # owns: "گزشتہ روز کی گرفتاریوں کے خلاف مظاہرہ", yesterday's arrests)
            return -100.0
        if self.only_anchors(trig, cue):
            # "عام انتخابات سے چند روز قبل 30 جنوری کو ... سزا سنائی": the elections only anchor a time (not a noun
            # the day names: "8 فروری کے انتخابات کے بعد", "جمعرات کو ہونے والی پولنگ کے بعد")
            return -100.0
        frame = self.frame_of(cue)
        if frame is trig:
            return -100.0  # "killed in clashes during Sunday's polling": the polling is the killing's time
        if frame is not None and self.frames(frame, cue, trig):  # ... and the killing takes the day
            edges = (min(cue[0], frame.first), max(cue[1], frame.last))
            return 30.0 - (self.gap(trig.last, edges[0]) if trig.last < edges[0] else self.gap(edges[1], trig.first)) / 10
        if trig.first > last and self.counts_from(cue) and "," not in self.words[last + 1:trig.first]:
            return -100.0  # "a day after the party staged a sit-in, police ...": the sit-in is the anchor
        if trig.last < first and self.comes_after(cue):
            return -100.0  # "The ruling came a day after the PTI submitted its demands": the ruling is the anchor
        if trig.kind == "noun" and last < trig.first <= last + ANNIVERSARY_REACH and self.words[last] in ANNIVERSARY_WORDS:
            return -100.0  # "marked the first anniversary of [the February 8 polls] with a rally": the polls are its date's
        if self.anniversary_of(cue) and not (trig.kind == "noun" and last < trig.first <= last + 4
                                             and not set(self.words[last + 1:trig.first]) & PREPOSITIONS):
            return -100.0  # ... and the date of the polls dates nothing but them
        if trig.first > last:
            between = self.words[last + 1:trig.first]
            # (a comma only after a date that opens the sentence, "On Friday, the rally ...", or one that a
            # determiner or possessive opens, "the [controversial] February 8, 2024, general elections",
            # "Khan's Jan. 31, 2024, conviction"; after one that ends a clause a new clause begins:
            # "... on Sunday evening, a session ...", "despite the dissolution on Aug. 10, 2023, elections did not")
            year_comma = first <= 1 or self.words[first - 1] in NAME_DETERMINERS \
                or (first >= 2 and self.words[first - 2] in NAME_DETERMINERS | {"'", "’"})
            adverbial = self.words[last] in ADVERBIAL_MARKERS or between[:1] and between[0] in ADVERBIAL_MARKERS
            if trig.kind == "noun" and between == [","] and not year_comma \
                    and (self.words[first] in PREPOSITIONS or (first > 0 and self.words[first - 1] in PREPOSITIONS)) and (
                    trig.last + 1 >= len(self.words) or self.words[trig.last + 1] in {",", ".", ")"}):
                # "suspended nationwide on February 8, polling day.": the noun only renames the day (not a
                # timeline's "on Feb 29, first session;", whose date opens its item)
                return -100.0
            said_before = first - 1 in self.speech_lasts
            if trig.kind == "noun" and between and all(w in ADVERBIAL_MARKERS for w in between) \
                    and INVOLVEMENT_WORDS & set(self.words[trig.first:trig.last + 3]) \
                    and self.story_day_types.get(cue) == trig.type:
                return 100.0  # (only one of the story's own days of that act: "9 مئی کو", not "21 دسمبر کو")
            if trig.kind == "noun" and not adverbial and not (said_before and between[:1] and between[0] in NAME_DETERMINERS) \
                    and (tuple(between) in self.rules.noun_links or len(between) <= 3 and all(
                    w in FILLER or w in {"'", "’", "s"} or (w == "," and year_comma) for w in between)) \
                    and not (PREPOSITIONS & set(between) and self.clause[trig.first] in self.acting_clauses):
                # ("The EU said on Sunday the verdicts were inconsistent ...": after a saying's day, "the" opens what
                # was said, not the day's noun)
                # ("elected him on Sunday in a vote": a noun after a preposition is the verb's complement)
                return 100.0
        elif trig.kind == "noun" and self.words[trig.last + 1:first] == ["of"] and not self.counts_from(cue):
            return 100.0  # "the events of May 9": the date names the noun
        owner = self.noun_of_time_phrase(cue)
        if owner is not None:
            return 100.0 if trig is owner else -100.0  # "has been in jail since his ousting in 2022": the ousting's
        if self.dates_a_complement(cue):
            return -100.0  # "three days after the Feb. 8 vote, lawmakers wrote": Feb. 8 is the vote's only
        span = self.complement_span(cue)
        if span is not None and not (span[0] <= trig.first and trig.last < span[1]):
            return -100.0  # "a day after the party staged a sit-in on Thursday, police arrested ..."
        resumed = self.resumed(self.clause[trig.first])
        if resumed is not None and trig.last < resumed <= first:
            return -100.0  # "seats vacated by candidates who won [two seats] will be held on Sunday": the main verb's
        if trig.last == first - 1 and trig.kind != "speech" and self.words[first] in PREPOSITIONS \
                and self.trigger_within(first, last):
            return 95.0  # "the shutdown on polling day": the day a happening names dates the act right before it
        if trig.first > last:
            distance = self.gap(last, trig.first)
        elif trig.last < first:
            distance = self.gap(trig.last, first)
        else:
            return 90.0  # the cue sits inside the trigger phrase
        clauses = self.clauses_of_cue(cue)
        # (a phrase that runs into a relative clause is of it too: "the crowd that gathered at Swabi yesterday")
        same = self.clause[trig.first] in clauses or self.clause[trig.last] in clauses
        if not same and trig.kind == "noun" and trig.last < first and any(
                self.resumed(c) is not None and self.resumed(c) <= first for c in clauses if c == self.clause[trig.first] + 1):
            same = True  # "By-elections [on seats won by candidates who ...] will be held on Sunday": the subject
        if not same and trig.kind == "noun" and trig.last < first and self.words[trig.last + 1:trig.last + 2] \
                and self.words[trig.last + 1] in RELATIVE_WORDS and self.clause[trig.last + 1] in clauses:
            same = True  # "voting which took place on Thursday": the noun the relative clause is about
        if not same and trig.kind == "noun" and trig.first <= 2 and self.clause[trig.first] == 0 \
                and any(self.predicate_resumes(c) for c in clauses):
            same = True  # "By-elections for 23 seats, comprising ..., would be held on April 21": the subject
        if trig.first > last and not same and self.words[last + 1:last + 2] == [","] \
                and self.words[last + 2:last + 3] and self.words[last + 2] in RELATIVE_WORDS - TIME_RELATIVE_WORDS \
                and any(t.last < first and t.kind != "speech" for t in self.triggers):
            # "will launch its movement today, which will continue till the ouster": an aside's act, when
            # the main act came before the date (not "On Sunday, which was a holiday, leaders met"; nor
            # "since Monday, when the party called for protests": what happened that day)
            return -100.0
        if trig.kind == "speech" and trig.first > last and not same \
                and any(w in CLAUSE_PUNCTUATION for w in self.words[last + 1:trig.first]) \
                and any(w in CLAUSE_PUNCTUATION for w in self.words[:first]):
            return -100.0  # "The case, brought by the bureau in December 2023, accused him": an aside's date
        if trig.kind == "speech" and trig.last < first and not same:
            if distance <= 1 and all(w[0].isalnum() and w not in CLAUSE_WORDS for w in self.words[trig.last + 1:first]):
                same = True  # "he told reporters earlier today": only the listener between
            elif self.said_to(trig, cue):
                same = True  # "told a jubilant crowd in Lahore on Friday"
            elif self.inverted_attribution(trig, cue):
                same = True  # "..., said PTI's interim chief Gohar Ali Khan on Monday."
            else:
                return -100.0  # "The government said [four were killed on Monday]": the date is the report's
        # (a comma right after the date opens an apposition, which the anchor may stand in: "on Friday, the
        # first trading day after the vote")
        between = self.words[last + 1:trig.first]
        if trig.first > last and any(w in ANCHOR_WORDS for w in between) \
                and not any(w in CLAUSE_PUNCTUATION for w in (between[1:] if between[:1] == [","] else between)):
            distance += ANCHOR_PENALTY  # "riots broke out in May after troops detained him": the anchor, not the event
        if trig.last < first and self._anchor_noun_between(trig.last + 1, first):
            distance += ANCHOR_PENALTY  # "talks to form a coalition after the election on Feb. 8": the election's date
        # A participle ("..., challenging the results") modifies; the finite verb governs.
        participle = PARTICIPLE_PENALTY if trig.kind != "noun" and self.words[trig.first].endswith("ing") else 0
        # A noun that is not the head after the cue is an object ("staged a demonstration
        # against the delay in results on Saturday"); the clause's verb governs.
        if trig.kind == "noun" and clauses & self.acting_clauses:
            participle += OBJECT_NOUN_PENALTY
        return (50.0 if same else 10.0) - distance - participle

    def _anchor_noun_between(self, lo: int, hi: int) -> bool:
        """An anchor word of what came earlier ("after"), or of what lies ahead before a bare weekday,
        and then an event noun between lo and hi, with no clause punctuation: a date right after
        that noun is the anchor's, not the verb's before it."""
        words = self.words[lo:hi]
        if any(w in CLAUSE_PUNCTUATION for w in words):
            return False
        noun_end = hi - 1 - self._filler_before(hi)  # the word before the date's prepositions
        # (and one of what lies ahead, when a bare weekday follows the noun: "sealed off the capital
        # ahead of a rally Sunday" dates the rally; "elected him amid protests Sunday" does not)
        bare = noun_end == hi - 1 and hi < len(self.words) and self.words[hi] in WEEKDAY_WORDS
        anchors = EARLIER_ANCHORS | FORWARD_ANCHORS if bare else EARLIER_ANCHORS
        anchor = next((lo + i for i, w in enumerate(words) if w in anchors), None)
        if anchor is None:
            return False
        return any(t.kind == "noun" and anchor < t.first and t.last == noun_end for t in self.near_triggers((anchor, hi)))

    def _filler_before(self, hi: int) -> int:
        """How many prepositions stand right before token hi ("election [on] Feb. 8")."""
        n = 0
        while hi - 1 - n >= 0 and self.words[hi - 1 - n] in PREPOSITIONS:
            n += 1
        return n

    def predicate_resumes(self, clause: int) -> bool:
        """A clause that opens with a modal or auxiliary after punctuation (", would be held on
        April 21"): the predicate of the sentence's subject, after an aside."""
        lo, hi = self.clause_range.get(clause, (0, 0))
        return clause > 0 and lo + 1 < hi and self.words[lo] in CLAUSE_PUNCTUATION \
            and self.words[lo + 1] in MODALS | FINITE_AUXILIARIES

    def resumed(self, clause: int) -> int | None:
        """In a relative clause ("who won two seats will be held"), the modal or auxiliary after
        the clause's own verb, where the main clause's predicate resumes; None otherwise."""
        key = ("resumed", clause)
        if key not in self._relations:
            lo, hi = self.clause_range.get(clause, (0, 0))
            found, seen_verb = None, False
            if lo < hi and self.words[lo] in RELATIVE_WORDS:
                verbs = {t.first for t in self.triggers if t.kind != "noun"}
                for i in range(lo + 1, hi):
                    w = self.words[i]
                    if w in MODALS or w in FINITE_AUXILIARIES:
                        if seen_verb:
                            found = i
                            break
                        seen_verb = seen_verb or w in PERFECT_AUXILIARIES
                    elif i in verbs or (w.endswith("ed") and len(w) > 4) or w in IRREGULAR_PAST:
                        seen_verb = True
            self._relations[key] = found
        return self._relations[key]

    def near_triggers(self, cue: tuple[int, int]) -> list[Trigger]:
        lo = bisect_left(self.trigger_starts, cue[0] - NEAR_TOKENS)
        hi = bisect_left(self.trigger_starts, cue[1] + NEAR_TOKENS)
        return self.triggers[lo:hi]

    def near_cues(self, trig: Trigger) -> list[tuple[int, int]]:
        lo = bisect_left(self.cue_starts, (trig.first - NEAR_TOKENS, -1))
        hi = bisect_left(self.cue_starts, (trig.last + NEAR_TOKENS, -1))
        return [self.cues[i] for _, i in self.cue_starts[lo:hi]]

    def owner_score(self, trig: Trigger, except_cue: tuple[int, int]) -> float:
        """How strongly another date of the sentence governs the trigger."""
        if trig not in self._owners:
            best_by_key: dict = {}
            for c in self.near_cues(trig):
                if c in self.name_cues and trig.kind != "noun":
                    continue
                if trig.kind != "noun" and any((noun := self.trigger_at_first.get(at)) is not None and c in self.namers(noun)
                                               for at in (c[1] + 1, c[1] + 2)):
                    continue  # "the February 8 polls", "8 فروری کے انتخابات" names its noun, and owns no act beside it
                if c in self.possessive_cues and trig.kind != "noun" and c[0] == trig.last + 1:
                    continue  # "helped rig last week's election": the date is the election's, the verb's object
                k = self.key_of.get(c)
                best_by_key[k] = max(best_by_key.get(k, -1e9), self.relation(trig, c))
            self._owners[trig] = sorted(((v, k) for k, v in best_by_key.items()), key=lambda x: x[0], reverse=True)[:2]
        key = self.key_of.get(except_cue)
        return next((v for v, k in self._owners[trig] if k != key), -1e9)

    def governing_score(self, cue: tuple[int, int]) -> float:
        return max((self.relation(t, cue) for t in self.near_triggers(cue)), default=-1e9)

    def nearest_act(self, cue: tuple[int, int], reach: int = 16) -> Trigger | None:
        """The trigger nearest a date (a verb or noun, not a speech verb) when no punctuation
        stands between them, whichever date governs it; None past `reach` words."""
        first, last = cue
        best, best_gap = None, None
        for trig in self.near_triggers(cue):
            if trig.kind in {"speech", "commitment"} or not trig.type or first <= trig.first <= last:
                continue
            if trig.first > last and self.counts_from(cue):
                continue  # "nine days after [polling day]": what the count is from, not what came then
            if self.only_anchors(trig, cue):
                continue  # "جلسے سے قبل ہفتے کی رات ... کنٹینرز لگا دیے گئے": the rally is only when the act was
            lo, hi = (trig.last + 1, first) if trig.last < first else (last + 1, trig.first)
            if any(self.words[i] in CLAUSE_PUNCTUATION and not any(a <= i <= b for a, b in self.cues)
                   for i in range(lo, hi)):
                continue  # (the comma of "May 9, 2023" is no punctuation between)
            if self.owner_score(trig, cue) >= 0 and self._verb_between(lo, hi):
                continue  # another date's trigger, before a verb of the date's own: "ousted in April 2022 and has been ..."
            gap = self.gap(trig.last, first) if trig.last < first else self.gap(last, trig.first)
            if gap <= reach and (best_gap is None or gap < best_gap):
                best, best_gap = trig, gap
        return best

    def domestic(self, trig: Trigger) -> bool:
        """Whether a trigger is an act that no foreign body named in the sentence makes international: the state's own
        (`foreign.domestic_words`: "presented the budget") or an attack (`foreign.violence_words`: "gunmen opened fire
        on tourists in Indian Kashmir", "a suicide attack on Chinese engineers").  Not a foreign government's act,
        named before it with no comma between ("India's finance minister presented the federal budget", "India
        attacked ..."), nor an attack in a sentence that names a foreign state's force ("Indian troops opened fire ...,
        killing a child", "killed in clashes with Afghan forces")."""
        said = self.text[trig.start:trig.end]
        domestic, violent = (words is not None and bool(words.find(said))
                             for words in (self.rules.domestic_words, self.rules.violence_words))
        return (domestic or violent) and not any(i < trig.first and "," not in self.words[i:trig.first] for i in self.foreign_tokens) \
            and not (violent and self.foreign_force)

    @cached_property
    def foreign_force(self) -> bool:
        """Whether the sentence names a foreign state's armed force or strikes (`foreign.force_words` within
        FORCE_REACH words of a foreign name: "Indian troops", "strikes in Iran", "Iran's Revolutionary Guards"; clashes
        a few more before it: "clashes along the border with Afghanistan").  Read once per sentence, after
        sentence_events has set `foreign_at`."""
        words = self.rules.force_words
        if words is None or not self.foreign_at:
            return False
        forces = [(bisect_right(self.token_ends, start), self.text[start:end].lower())
                  for start, end, _ in words.find(self.text, self.tokens)]
        return any(self._words_between(f, i) <= (CLASH_REACH if said in CLASH_WORDS and f < i else FORCE_REACH)
                   for f, said in forces for i in self.foreign_at)

    def _words_between(self, a: int, b: int) -> int:
        """Tokens from a to b, a possessive's "'s" not counted ("Iran's Revolutionary Guards")."""
        lo, hi = min(a, b), max(a, b)
        return hi - lo - sum(w in ("'", "’", "s") for w in self.words[lo + 1:hi])

    def attack_at(self, cue_chars: tuple[int, int]) -> bool:
        """Whether the date names an attack (`foreign.violence_words`) as its noun's own: right after it, the date
        told as the noun's modifier ("Tuesday's attack in Pahalgam", "the April 22 attack", "پہلگام میں 22 اپریل کے
        حملے"), or a few words before it with only a place between ("the attack in Pahalgam on April 22"); not where the
        sentence names a foreign state's force ("Indian drones on Thursday attacked Lahore")."""
        words = self.rules.violence_words
        if words is None or self.foreign_force:
            return False
        text, (start, end) = self.text, cue_chars
        after = text[end:end + ATTACK_AFTER_CHARS]
        modifier = text[start:end].endswith(("'s", "’s")) or re.search(r"(?i)\b(?:the|a|an)\s+$", text[max(0, start - 4):start]) \
            or re.match(r"\s*(?:کے|کی|کو ہونے والے|کو ہونے والی)\s", after)
        if modifier and any(at <= ATTACK_HEAD_GAP for at, _, _ in words.find(after)):
            return True
        before = text[max(0, start - ATTACK_BEFORE_CHARS):start]
        # (not a state's attack, its name or "retaliatory" right before the word: "the Indian attack on Wednesday night",
        # "Afghanistan's attack", "Pakistan's retaliatory attack on Saturday")
        return any(ATTACK_PLACE.match(before[stop:]) and not STATE_ATTACK.search(before[:at]) and not self._state_named_at(before[:at])
                   for at, stop, _ in words.find(before))

    def _state_named_at(self, before: str) -> bool:
        """Whether the words right before an attack's word end with a foreign name (or its possessive)."""
        tail = re.sub(r"(?:['’]s)?\s*$", "", before)[-STATE_NAME_CHARS:]
        return any(end == len(tail) for _, end, _ in self.rules.foreign_words.find(tail))

    def anniversary_of(self, cue: tuple[int, int]) -> bool:
        """The date an anniversary is of ("the first anniversary of [the February 8] polls")."""
        before = [w for w in self.words[max(0, cue[0] - 3):cue[0] + 1] if w not in NAME_DETERMINERS]
        return len(before) >= 2 and before[-1] in OF_LINKS and before[-2] in ANNIVERSARY_WORDS \
            or len(before) >= 3 and before[-2] in OF_LINKS and before[-3] in ANNIVERSARY_WORDS

    def foreign_subject(self, trig: Trigger) -> bool:
        """A foreign government or body named before the trigger in its clause: its subject."""
        if trig.kind == "noun":
            return False  # "the US demanded a probe into the elections held on February 8": the elections are Pakistan's
        clause = self.clause[trig.first]
        return any(i < trig.first and self.clause[i] == clause for i in self.foreign_tokens)

    def noun_at(self, cue: tuple[int, int]) -> Trigger | None:
        """An event noun the date is attached to: "the polls on April 2", "Sunday's rally"."""
        first, last = cue
        for trig in self.near_triggers(cue):
            if trig.kind != "noun" or self._owned_elsewhere(trig, cue):
                continue
            if trig.last < first and all(w in FILLER for w in self.words[trig.last + 1:first]):
                return trig
            if trig.first > last and all(w in FILLER or w in {"'", "’", "s"} for w in self.words[last + 1:trig.first]):
                return trig
        return None

    def that_after(self, trig: Trigger) -> bool:
        """"decided that", "agreed on Monday that": a clause of what was decided follows."""
        i = trig.last + 1
        for first, last in self.cues:
            if first == i or (first > i and all(w in FILLER for w in self.words[i:first])):
                i = last + 1
                break
        return self.words[i:i + 1] == ["that"]

    def _verb_between(self, lo: int, hi: int) -> bool:
        """A clause word followed by an auxiliary, modal or past form among tokens lo..hi: a
        clause of its own ("... and has been in prison"), not a phrase ("... and the party")."""
        opened = False
        for i, w in enumerate(self.words[lo:hi], start=lo):
            if w in CLAUSE_WORDS:
                opened = True
            elif opened and (w in AUXILIARIES or w in MODALS
                             or (w.endswith("ed") and not any(a <= i <= b for a, b in self.cues))):
                return True
        return False

    def future_before(self, trig: Trigger, window: int = 16) -> bool:
        """A future or modal word before the trigger in its clause ("will launch", "is to hold",
        "plans to stage").  A bare "to" is not one: "used tear gas to disperse" is a purpose."""
        lo = self.clause_window(trig.first, window)
        before = self.words[lo:trig.first]
        for i, word in enumerate(before):
            if any(first <= lo + i <= last for first, last in self.cues):
                continue  # "the next day the party moved the court": a date's words are no tense
            for phrase in self.rules.future_by_first.get(word, ()):
                if tuple(before[i:i + len(phrase)]) == phrase:
                    return True
        return False

    def urdu_future_after(self, trig: Trigger) -> bool:
        """Urdu puts the verb after its noun: "احتجاج کرے گی" (will protest)."""
        clause = self.clause[trig.last]
        for i in range(trig.first, min(len(self.words), trig.last + 6)):
            if self.clause[i] != clause:
                break
            word = self.words[i]
            if word in FUTURE_APART or word.endswith(FUTURE_JOINED):
                return True
        return False

    def future_after(self, trig: Trigger) -> bool:
        """A noun as the subject of a future clause: "results would be compiled", "the rally
        is to be held"."""
        clause = self.clause[trig.last]
        after = [self.words[i] for i in range(trig.last + 1, min(len(self.words), trig.last + 3))
                 if self.clause[i] == clause]
        if MODALS & set(after) or self.planned_after(trig):
            return True
        # "the by-poll in two National Assembly and two provincial constituencies would be held":
        # the noun's own verb after a phrase that names where, up to punctuation or another trigger.
        nxt = next((t.first for t in self._following(trig)), len(self.words))
        for i in range(trig.last + 1, min(len(self.words), nxt, trig.last + 14)):
            word = self.words[i]
            if word in RELATIVE_WORDS and (resumed := self.resumed(self.clause[i])) is not None:
                return self.words[resumed] in MODALS and self.words[resumed + 1:resumed + 2] == ["be"]
            if word in CLAUSE_PUNCTUATION or (word in CLAUSE_WORDS and word not in JOINING_WORDS):
                return False
            if word in MODALS:
                return self.words[i + 1:i + 2] == ["be"]
        return False

    def planned_after(self, trig: Trigger) -> bool:
        """"a long march is planned", "the rally is to be held": a plan right after the noun."""
        clause = self.clause[trig.last]
        nxt = next((t.first for t in self._following(trig)), len(self.words))
        for i in range(trig.last + 1, min(nxt, len(self.words), trig.last + 8)):
            if self.clause[i] != clause or self.words[i] in CLAUSE_PUNCTUATION:
                return False
            if any(tuple(self.words[i:i + len(p)]) == p for p in self.rules.future_after):
                return True
            if self.words[i] in MODALS or self.words[i] in FINITE_AUXILIARIES:
                return False  # the noun's own verb, which is no plan ("the march was a success")
        return False

    def passive_subject(self, trig: Trigger) -> Trigger | None:
        """"A long march is planned next month": the event noun a passive commitment verb is about."""
        for noun in reversed(self.triggers):
            if noun.last >= trig.first or noun.kind != "noun" or trig.first - noun.last > 5:
                continue
            if self.clause[noun.first] == self.clause[trig.first] and self.planned_after(noun):
                return noun
            return None
        return None

    def unrealised(self, trig: Trigger) -> bool:
        """"did not hold its planned rally", "failed to reach the capital": it did not take place."""
        before = self.words[max(0, trig.first - 4):trig.first]
        if any(tuple(before[len(before) - len(p):]) == p for p in self.rules.unrealised if len(p) <= len(before)):
            return True
        inside = self.words[trig.first + 1:trig.last]  # "marchers [failed to] reach"
        return any(tuple(inside[i:i + len(p)]) == p for p in self.rules.unrealised for i in range(len(inside)))

    def called_off_after(self, cue: tuple[int, int]) -> bool:
        """Whether a cancelling verb follows the date in the sentence ("but called it off", "was postponed")."""
        after = self.words[cue[1] + 1:]
        # ("called it off": the object between a two-word verb's words)
        phrases = {*self.rules.cancelling, *((p[0], it, p[1]) for p in self.rules.cancelling if len(p) == 2
                                              for it in ("it", "them"))}
        # (not a verb with an object of its own: "a court later called off the hearing")
        return any(tuple(after[i:i + len(p)]) == p and not ARTICLED_DETERMINERS.intersection(after[i + len(p):i + len(p) + 1])
                   for p in phrases for i in range(len(after)))

    def cancelled(self, trig: Trigger, cue: tuple[int, int]) -> bool:
        """"cancelled the Aug 22 public gathering": a cancelling verb before an event noun with
        only a determiner and the date between."""
        if trig.kind != "noun":
            return False
        i = trig.first
        while i > 0 and (self.words[i - 1] in NAME_DETERMINERS | {"a", "an", "'", "’", "s"} or cue[0] <= i - 1 <= cue[1]):
            i -= 1
        return any(tuple(self.words[i - len(p):i]) == p for p in self.rules.cancelling if len(p) <= i)

    def is_future(self, trig: Trigger) -> bool:
        if trig.kind == "noun" and self.future_after(trig):
            return True
        return self.future_before(trig) or self.urdu_future_after(trig)

    def announced(self, trig: Trigger) -> bool:
        """Called, announced, planned...: the trigger names an event that is being set up."""
        return self.announcing_word(trig) is not None

    def announcing_word(self, trig: Trigger) -> int | None:
        """The index of the word that announces the trigger's event, or None."""
        if trig.type not in self.rules.announceable:
            return None
        # The announcing word starts an English phrase ("called a protest") and ends an
        # Urdu one ("دھرنا دینے کا اعلان").
        # (An English phrase that ends in one is a passive: "a ban was announced" is the announcement.)
        for i in (trig.first, trig.last) if ARABIC_SCRIPT.match(self.words[trig.last]) else (trig.first,):
            if self.words[i] in self.rules.announcing:
                return i if not self._blocked_announcing(i) else None  # "called off" cancels
        if trig.kind != "noun":
            return None
        lo = self.clause_window(trig.first, 6)
        return next((i for i, w in enumerate(self.words[lo:trig.first], start=lo)
                     if w in self.rules.announcing and not self._blocked_announcing(i)), None)

    def _blocked_announcing(self, i: int) -> bool:
        """Whether the word after an announcing word makes it no announcement ("called off", "called on
        Zardari"); not one that opens a date ("called on Friday for a protest")."""
        return bool(self.words[i + 1:i + 2]) and self.words[i + 1] in self.rules.announcing_blockers \
            and not any(first <= i + 2 and i + 1 <= last for first, last in self.cues)

    def clause_window(self, index: int, reach: int) -> int:
        """The first token of index's clause, at most `reach` tokens before it."""
        clause = self.clause[index]
        lo = index
        while lo > 0 and index - lo < reach and self.clause[lo - 1] == clause:
            lo -= 1
        return lo

    def aside_before(self, lo: int) -> int | None:
        """Where a relative clause set off by commas opens, when it closes right before token lo ("The
        assembly in Khyber Pakhtunkhwa, where Khan's supporters swept the polls, is due to convene"), or a
        whole aside of the language's `aside_adverbs` ("The Senate, meanwhile, meets"): the clause's doer is before it."""
        closing = lo if self.words[lo] == "," else lo - 1  # (a comma opens the clause after it)
        if closing < 1 or self.words[closing] != ",":
            return None
        opened = next((i for i in range(closing - 1, max(0, closing - 1 - ASIDE_WORDS), -1) if self.words[i] == ","), None)
        if opened is None or (self.words[opened + 1] not in RELATIVE_WORDS
                              and " ".join(self.words[opened + 1:closing]) not in ASIDE_ADVERBS) \
                or (closing + 1 < len(self.words) and self.words[closing + 1] in JOINING_WORDS):
            return None  # ("..., which were filed by the PTI, and the National Assembly met": a clause of its own)
        clause_start = self.clause_window(opened - 1, len(self.words)) if opened > 0 else 0
        if any(clause_start <= t.first < opened for t in self.triggers):
            return None  # ("The Supreme Court heard the petitions, which ...": the words before have a verb of their own)
        return opened

    def gathering_doer_at(self, i: int) -> tuple[tuple[str, ...], str] | None:
        """An assembly named as the doer of a gathering at token i, not as a word that describes another
        ("National Assembly Speaker", "National Assembly Standing Committee"): no capitalised word after it."""
        found = self._typed_phrase_at(self.rules.gathering_doers, i)
        if found is None:
            return None
        end = i + len(found[0])
        following = self.tokens[end][2] if end < len(self.tokens) else ""
        rules = self.rules
        if following.lower() in rules.gathering_doer_part_words and not (
                following.lower() == "of" and end + 1 < len(self.words) and self.words[end + 1] in rules.gathering_doer_own_words):
            return None  # ("the House of Lords", "the Senate foreign relations committee"; not "the Senate of Pakistan")
        if i > 0 and self.words[i - 1] in rules.gathering_doer_foreign_words:
            return None  # (another country's: "the US Senate", "امریکی سینیٹ")
        if self.words[end:end + 2] in (["'", "s"], ["’", "s"]) and end + 2 < len(self.words) \
                and self.words[end + 2] not in rules.setting_nouns:
            return None  # (the house's member or body: "the Senate's standing committee", not "the Senate's session")
        return None if following[:1].isupper() and following.isalpha() else found

    def doer_at(self, i: int, gathering: bool = False) -> tuple[tuple[str, ...], str] | None:
        """The story's doer phrase starting at token i ("full court", "tribunal") and its type (not
        after "retired" or "former": "Retired judge X announced" is a person's act); for a gathering,
        its `gathering_doers` too ("the National Assembly is due to meet")."""
        if i > 0 and self.words[i - 1] in FORMER_WORDS:
            return None
        own = self._typed_phrase_at(self.rules.doers, i)
        return own or (self.gathering_doer_at(i) if gathering else None)

    def _typed_phrase_at(self, table: dict, i: int) -> tuple[tuple[str, ...], str] | None:
        """The (words, type) of `table` (first word -> [(words, type)], longest first) starting at token i."""
        return next(((words, kind) for words, kind in table.get(self.words[i], ())
                     if tuple(self.words[i:i + len(words)]) == words), None)

    def doer_kind(self, trig: Trigger, reach: int = 8) -> str | None:
        """The type of the doer named before a vague act in its clause ("the Full Court ...
        held meetings": a court's acts are legal), or after "of" a vague event noun ("a session
        of the full bench"), from the story's 'doers'; None if none.  Any other event noun keeps
        its type ("the court sentenced men involved in the violent events")."""
        # (a gathering whose purpose is said, and no act of a type, is that purpose's: "will meet on Monday
        # to debate the price of electricity" is no forming of a government)
        after = [i for i in range(trig.last + 1, min(len(self.words), trig.last + 8)) if self.clause[i] == self.clause[trig.last]]
        # (not "for a special session": a purpose word before the gathering's own noun says no purpose)
        purposed = any(self.words[i] in PURPOSE_WORDS
                       and not any(w in self.rules.setting_nouns for w in self.words[i + 1:i + 1 + SETTING_AFTER_PURPOSE])
                       for i in after)
        gathering = any(w in self.rules.gathering_words for w in self.words[trig.first:trig.last + 1]) \
            and not purposed \
            and not any(t.first > trig.last and t.first - trig.last <= 8 and t.kind == "verb"
                        and self.clause[t.first] == self.clause[trig.last] for t in self.triggers)
        if trig.kind == "noun":
            if trig.type != self.rules.fallback:
                return None
            if trig.first >= 2 and self.words[trig.first - 1] in GENITIVES:
                # Urdu "فل کورٹ کا اجلاس" (the full court's meeting): the doer before the genitive
                span = range(max(0, trig.first - 1 - OF_REACH), trig.first - 1)
            elif set(self.words[trig.last + 1:trig.last + 2]) & OF_LINKS:
                # "a special session of the apex court's full bench": a vague event noun's doer follows "of"
                span = range(trig.last + 2, min(len(self.words), trig.last + 2 + OF_REACH))
            else:
                # a doer that names the noun's kind right before it: "فل کورٹ اجلاس", "full court meeting"
                return next((kind for i in range(max(0, trig.first - OF_REACH), trig.first)
                             if (found := self.doer_at(i, gathering)) is not None and i + len(found[0]) == trig.first
                             for kind in [found[1]]), None)
        else:
            lo = self.clause_window(trig.first, reach)
            span = range(lo, trig.first)
            opened = self.aside_before(lo)
            start = self.clause_window(opened - 1, reach) if opened is not None else None
            if start is not None and (start == 0 or self.clause[start - 1] != self.clause[start]):
                span = [*range(start, opened), *span]  # the whole clause before the aside: its subject
        # (not one whose term or office is the subject: "The Chief Justice's constitutional term ends")
        kinds = {found[1] for i in span if (found := self.doer_at(i, gathering)) is not None
                 and not (trig.first > i and self.words[i + len(found[0]):i + len(found[0]) + 2] in (["'", "s"], ["’", "s"])
                          and self.words[trig.first] in self.rules.tenure_words)}
        return kinds.pop() if len(kinds) == 1 else None

    def subject_kind(self, cue: tuple[int, int], hinted: list[tuple[str, int]], reach: int = 8) -> str | None:
        """The type of a doer named right before a date that opens its predicate ("A court on
        Thursday ordered ...", "the tribunal had on May 30 ordered ...", "ہائی کورٹ نے آج ..."):
        what a court does at a date is legal, whatever it is about.  `hinted` are (type, start)
        of named actors with a type hint.  None when no such doer, or an act stands between."""
        first = cue[0]
        if first == 0 or first >= len(self.words):
            return None
        lo = self.clause_window(first, reach)
        if bisect_left(self.trigger_starts, lo) < bisect_left(self.trigger_starts, first) \
                or self.words[first - 1] in NAME_DETERMINERS | {"of"}:
            return None  # "the lawyers who marched for the judges in 2007"; "the results of the February 8 vote"
        kinds, end = set(), None  # end: after the doer's last word
        for i in range(lo, first):
            found = self.doer_at(i)
            if found is not None and not self.object_at(i):
                kinds.add(found[1])
                end = max(end or 0, i + len(found[0]))
        for kind, start, stop in hinted:
            i, j = bisect_left(self.token_starts, start), bisect_left(self.token_ends, stop)
            if lo <= i < first and not self.object_at(i):
                kinds.add(kind)
                end = max(end or 0, min(j + 1, first))
        if len(kinds) != 1 or (self.gap(end - 1, first) > 2 and not self.placed(end, first)) \
                or any(w in CLAUSE_PUNCTUATION for w in self.words[end:first]):
            return None  # the doer ends at most two words before the date: "the tribunal had on May 30"
        return kinds.pop()

    def placed(self, end: int, first: int) -> bool:
        """Whether the words from `end` to `first` only say where the doer is: "in" and a name ("A high court in
        Pakistan's southern Sindh province on Wednesday ordered"), at most PLACE_WORDS words and no act."""
        return self.words[end:end + 1] == ["in"] and end + 1 < first and first - end <= PLACE_WORDS \
            and self.tokens[end + 1][2][:1].isupper() \
            and bisect_left(self.trigger_starts, self.token_starts[end]) == bisect_left(self.trigger_starts, self.token_starts[first])

    def attributed(self, trig: Trigger, cue: tuple[int, int] | None) -> Trigger | None:
        """The main clause's act when the trigger only attributes it (", announced the ISPR on
        Saturday.", "according to a statement issued on Saturday"); None otherwise.  (", the ISPR
        announced Saturday." is left to the speech verb: real reports type it both ways.)"""
        if cue is None or trig.first == 0:
            return None
        if trig.kind == "speech":
            if not self.inverted_attribution(trig, cue):
                return None
            end = trig.first - 1  # the comma before the verb
        else:
            before = self.words[max(0, trig.first - 3):trig.first]
            opener = next((i for i, w in enumerate(before) if w in ATTRIBUTION_OPENERS), None)
            if opener is None:
                return None
            end = trig.first - len(before) + opener
        # (the main clause's act, not one of an aside: "The commission, which wrote to the court
        # in July, is expected to take up the matter, officials said")
        return next((t for t in self.triggers if t.last < end and t.kind not in {"speech", "commitment"}
                     and t.type and t.type != self.rules.speech and not self.negated(t)
                     and not self.in_relative_clause(t)), None)

    def said_before(self, trig: Trigger, cue: tuple[int, int] | None) -> Trigger | None:
        """What a speech verb's subject says in the clause before it, when the story keeps that told so (its role
        `said_before`: a party's decision to join or back another is made by saying it) and the date is the
        saying's: "Shehbaz Sharif will return as prime minister and Zardari will be the alliance's candidate for
        president, the parties announced late Tuesday".  Not an allegation ("The election was rigged, Gohar said"),
        whose rebuttals are told the same way.  The same content after the verb ("said on Friday that the PPP would
        join the coalition") is read by `content_after`.  None otherwise."""
        if cue is None or not (trig.kind == "speech" or (trig.kind == "noun" and trig.type == self.rules.speech)) \
                or cue[0] < trig.first - 8:
            return None  # (a speech noun after its verb: "the parties told a news conference late on Tuesday")
        # the subject: a few words after a comma, no act of their own ("Gohar", "the parties", "PTI chairman Gohar
        # Ali Khan on Friday"); the date after the comma, with the subject or after the verb
        comma = next((i for i in range(trig.first - 1, max(-1, trig.first - 9), -1) if self.words[i] == ","), None)
        subject = self.words[comma + 1:trig.first] if comma is not None else []
        # (", but the commission rejected the claim in March": a clause of its own, no speaker of the one before)
        if comma is None or comma == 0 or any(not (w[0].isalnum() or w in {"'", "’"}) or w in CLAUSE_WORDS for w in subject) \
                or any(comma < t.first < trig.first and t.kind != "speech" and t.type != self.rules.speech
                       for t in self.triggers) or cue[0] < comma \
                or any(not (w[0].isalnum() or w in {"'", "’"}) for w in self.words[trig.last + 1:cue[0]]):
            return None
        # (what is told as plainly done or decided: no time of its own, "backed Shehbaz Sharif in February"; no
        # condition, negation, denial, modal or saying in it, "If the PPP joins ...", "will not form a coalition",
        # "claims ... are baseless", "would consider joining", "The PTI alleges ...")
        opening = next((w for w in self.words if w[0].isalnum()), "")
        if comma > SAID_BEFORE_REACH or opening in SUBORDINATORS \
                or any(w in self.rules.denial_words for w in self.words[trig.first:trig.last + 1]):
            return None  # (a long sentence's later clause; and a speaker who denies it: "..., the ECP denied on Friday")
        clause = self.words[:comma]
        if any(c[0] < comma and c not in self.happening_cues for c in self.cues) \
                or any(w in NEGATIONS or w in SAYING_VERBS or w in HEDGES for w in clause) \
                or any(tuple(clause[i:i + len(d)]) == d for d in CLAIM_DENIALS for i in range(len(clause))):
            return None
        # (the reported clause opens the sentence: no saying before it)
        said = [t for t in self.triggers if t.last < comma and t.type and not self.in_relative_clause(t)]
        if any(t.kind in {"speech", "commitment"} for t in said):
            return None
        # (its first act says what it is: "will hold protest rallies ... against what it calls the theft of its
        # mandate, party leaders said" announces a protest)
        first = next((t for t in said if t.kind == "verb"), None)
        if first is not None and first.type not in self.rules.said_before:
            return None
        return next((t for t in said if t.type in self.rules.said_before and t.type != self.rules.speech
                     and not self.negated(t)), None)

    def noun_announced(self, trig: Trigger) -> Trigger | None:
        """The event noun a speech verb announces as its participle, right after it or after a passive
        auxiliary ("the final results announced on Sunday", "the verdict was announced"), when the
        story counts that announcement as the event itself (`announced_by`); None otherwise."""
        i = trig.first - 1
        while i >= 0 and self.words[i] in PASSIVE_AUXILIARIES | PERFECT_AUXILIARIES:
            i -= 1
        if i == trig.first - 1 and self.words[trig.first] in SAYING_VERBS:
            return None  # ("the alliance said on Monday": a body that speaks, not a thing made known)
        # (a body right before the verb speaks: "the opposition alliance announced on Sunday a protest movement";
        # not "the power-sharing deal announced at Zardari House")
        return next((t for t in self.triggers if t.kind == "noun" and t.last == i and t.type in self.rules.announced_by
                     and not (i == trig.first - 1 and self.words[t.last] in self.rules.body_nouns)), None) if i >= 0 else None

    def opens_relative(self, trig: Trigger, reach: int = 2, after: int | None = None) -> bool:
        """A relative word ("who", "which") right before the trigger, at most `reach` words back, none
        of them a clause mark: "who won", "which had been rigged".  `after`: only a relative word after
        that token, and not one of time ("on November 24, when PTI marched" tells what happened that day)."""
        for k in range(trig.first - 1, max(-1, trig.first - 1 - reach), -1):
            if self.words[k] in RELATIVE_WORDS:
                return after is None or (k > after and self.words[k] not in TIME_RELATIVE_WORDS)
            if not self.words[k][0].isalnum():
                return False
        return False

    def in_relative_clause(self, trig: Trigger) -> bool:
        """The trigger's clause opens with "which", "who"...: an aside about a noun."""
        lo, hi = self.clause_range[self.clause[trig.first]]
        first = next((w for w in self.words[lo:hi] if w[0].isalnum()), "")
        return first in RELATIVE_WORDS

    def next_to(self, trig: Trigger, cue: tuple[int, int]) -> bool:
        """The date is right before or right after the trigger, no word between ("on Friday
        said", "said on Friday")."""
        if cue[1] < trig.first:
            return self.gap(cue[1], trig.first) <= 0
        return trig.last < cue[0] and self.gap(trig.last, cue[0]) <= 0

    def said_to(self, trig: Trigger, cue: tuple[int, int]) -> bool:
        """Only whom and where a speaker addressed stand between a speech verb and a date after it
        ("told a jubilant crowd in Lahore on Friday"): no verb, auxiliary, clause word or other trigger,
        so the date is the saying's and not of what was said ("said police arrested 20 on Monday")."""
        between = range(trig.last + 1, cue[0])
        words = [self.words[i] for i in between if self.words[i] not in POSSESSIVE_MARKS]
        # ("conveyed the message to reporters on Wednesday": what was said, then whom it was told)
        said = next((k + 1 for k in range(min(3, len(words))) if words[k] in self.rules.said_nouns
                     and all(w in ARTICLED_DETERMINERS for w in words[:k])), 0)
        words = words[said:] if said and words[said:said + 1] and words[said] in PREPOSITIONS else words
        if not words or len(words) > SAID_TO_WORDS:
            return False
        if not (self.words[trig.last] in ADDRESSEE_VERBS
                or words[0] in PREPOSITIONS - EARLIER_ANCHORS - FORWARD_ANCHORS - ANCHOR_WORDS):
            return False  # "rejected the claim on March 4": what is rejected, no listener or place
        if words[0] in AGENT_WORDS or self.words[trig.first - 1:trig.first] and self.words[trig.first - 1] in PASSIVE_AUXILIARIES:
            return False  # "to be announced by the returning officers": who does it, not whom it is told
        if any(not w[0].isalnum() or w in CLAUSE_WORDS or w in COMPLEMENTIZERS or w in AUXILIARIES
               or w in FINITE_AUXILIARIES or w in MODALS or w in IRREGULAR_PAST for w in words):
            return False
        if any(t.first in between and t.kind != "speech" for t in self.triggers):
            return False
        # a verb right after the date opens what was said ("told Dawn protesters in Quetta on Friday
        # blocked the highway": the protesters are its subject, no listener)
        following = self.words[cue[1] + 1] if cue[1] + 1 < len(self.words) else ""
        return not (_past_form(following)
                    or any(t.first == cue[1] + 1 and t.kind in ACTING_KINDS for t in self.triggers))

    def dates_the_saying(self, trig: Trigger, cue: tuple[int, int], content: Trigger) -> bool:
        """The date belongs to the speech verb's own clause, before what is said: right next to it,
        or after the words it is said to ("told a jubilant crowd Friday that", "told reporters in
        Lahore on Monday the polls...")."""
        if self.next_to(trig, cue):
            return True
        if not trig.last < cue[0] < content.first:
            return False
        return self.said_to(trig, cue)

    def object_at(self, i: int) -> bool:
        """The noun phrase at token i is a preposition's object ("an advocate of the Supreme
        Court"), not a subject."""
        j = i - 1
        while j >= 0 and i - j <= 4 and self.words[j] not in OBJECT_PREPOSITIONS and self.words[j].isalpha() \
                and not any(t.first <= j <= t.last for t in self.triggers):
            j -= 1  # back over the phrase's other words: "of [the Supreme] Court", "[The Full] Court"
        return j >= 0 and self.words[j] in OBJECT_PREPOSITIONS

    def announced_on(self, cue: tuple[int, int], trig: Trigger | None) -> Trigger | None:
        """The announcing verb right after a date ("the party on Monday called a strike"), as a
        verb of its own when the date is the announcement's; None otherwise."""
        if trig is None or trig.first <= cue[1] or trig.type not in self.rules.announced_on or self.possessive(cue):
            return None  # ("Friday's planned march": the date is the march's own)
        index = self.announcing_word(trig)
        if index is None or self.gap(cue[1], index) > 1 or index <= cue[1] \
                or any(w in CLAUSE_PUNCTUATION for w in self.words[cue[1] + 1:index]):
            return None
        word = self.words[index]
        if not _past_form(word):
            return None  # "on Monday will call a strike": the plan is the call's too
        token = self.tokens[index]
        return Trigger(token[0], token[1], index, index, "speech", None)

    def past_perfect(self, index: int) -> bool:
        """"had announced", "had been called": told as done before the story's time."""
        return "had" in self.words[max(0, index - 2):index]

    def past(self, trig: Trigger) -> bool:
        first = self.words[trig.first]
        before = self.words[max(0, trig.first - 2):trig.first]
        return (trig.kind != "noun" and _past_form(first)) \
            or any(w in {"was", "were", "had", "has", "have"} for w in before)

    def negated(self, trig: Trigger, window: int = 3) -> bool:
        """"no such deal", "never held talks": what is reported did not happen.  ("is not
        inclined to form an alliance" is a stance on the alliance, and keeps its type.)"""
        clause = self.clause[trig.first]
        before = [self.words[i] for i in range(max(0, trig.first - window), trig.first) if self.clause[i] == clause]
        return any(w in NEGATIONS for w in before)

    def anchors_a_time(self, trig: Trigger) -> bool:
        """Whether a noun is only the anchor of a time after it, in a language whose postposition follows ("عام
        انتخابات سے چند روز قبل", a few days before the general elections)."""
        after = self.words[trig.last + 1:trig.last + 3 + ANCHOR_REACH]
        return bool(ANCHOR_POSTPOSITIONS) and bool(after) and after[0] in ANCHOR_LINKS \
            and any(w in ANCHOR_POSTPOSITIONS for w in after[1:])

    def targeted_noun(self, trig: Trigger) -> bool:
        """Whether a noun is the target of an act right after it in a language whose postposition follows
        ("نتائج کے خلاف احتجاج", "دھاندلی کے خلاف درخواست"): the act governs, not its target."""
        after = self.words[trig.last + 1:trig.last + 3]
        if not TARGET_POSTPOSITIONS or len(after) < 2 or after[0] not in GENITIVES or after[1] not in TARGET_POSTPOSITIONS:
            return False
        return any(trig.last + 3 <= first <= trig.last + 5 for first in self.trigger_firsts)

    def frame_of(self, cue: tuple[int, int]) -> Trigger | None:
        """The happening's noun the cue's day only frames (see `framed`), found once per cue."""
        if cue not in self._frames:
            # (only a noun that touches the cue can be framed by it: the one before, then the one after)
            touching = [t for t in (self.noun_at_last.get(cue[0] - 1), self.trigger_at_first.get(cue[1] + 1)) if t]
            self._frames[cue] = next((t for t in touching if self.framed(t, cue)), None)
        return self._frames[cue]

    def framed(self, trig: Trigger, cue: tuple[int, int]) -> bool:
        """Whether a happening's noun named with the cue's day is only the time of another act: the day touches the
        noun ("Sunday's polling", "voting on Sunday", "اتوار کو پولنگ"), "during" stands right before both (a
        determiner between: "during the polling on Sunday") or "کے دوران" right after both, and an act of its own is
        told beside them (see `frames`)."""
        if trig.kind != "noun" or not (FRAME_WORDS or FRAME_POSTPOSITIONS) \
                or not (trig.first == cue[1] + 1 or cue[0] == trig.last + 1):
            return False
        lo, hi = min(cue[0], trig.first), max(cue[1], trig.last)
        before = self.words[max(0, lo - 2):lo]
        after = self.words[hi + 1:hi + 3]
        if not (before[-1:] and before[-1] in FRAME_WORDS
                or len(before) == 2 and before[0] in FRAME_WORDS and before[1] in NAME_DETERMINERS
                or len(after) == 2 and after[0] in GENITIVES and after[1] in FRAME_POSTPOSITIONS):
            return False
        return any(self.frames(trig, cue, t) for t in self.triggers)

    def frames(self, frame: Trigger, cue: tuple[int, int], act: Trigger) -> bool:
        """Whether `act` is an act done in the frame's time: a verb outside the frame, or the sentence's first noun,
        not a saying nor a reaction ("criticised violence during Thursday's election" was later), in the frame's
        clause or one beside it: the one before ("One person was killed and several wounded ... during voting on
        Sunday"), the one after a frame that opens the sentence, or either in a language that puts the verb last
        ("... کے دوران دو گروپوں میں تصادم اور ... جاں بحق ہو گیا")."""
        if act.type in {None, self.rules.speech, self.rules.foreign_reaction} or act.kind not in {"verb", "noun"} \
                or (act.kind == "noun" and act.first > self.first_trigger_at) or self.negated(act):
            return False  # (a noun only as the sentence's first act, its subject: "Clashes erupted ... during ...")
        lo, hi = min(cue[0], frame.first), max(cue[1], frame.last)
        if lo <= act.first <= hi or lo <= act.last <= hi:
            return False
        clause = self.clause[frame.first]
        if not self.words[frame.first][:1].isascii():  # (a script with no capitals: Urdu puts the verb last)
            beside = {clause - 1, clause + 1}  # ("... جاں بحق ہو گیا، یہ واقعہ اتوار کو پولنگ کے دوران پیش آیا")
        else:  # (a frame that opens the sentence is of the clause after it: "During Thursday's election, ...")
            beside = {clause - 1} | ({clause + 1} if lo <= 2 else set())
        return self.clause[act.first] in {clause} | beside

    def purpose_after(self, trig: Trigger) -> Trigger | None:
        """What a generic act is for: "met to discuss the alliance", "will meet to elect the
        chief minister" (a trigger right after "to", in the same clause, within a few words)."""
        for other in self._following(trig):
            if other.first - trig.last > 6 or self.clause[other.first] != self.clause[trig.last]:
                return None
            if other.type and other.type != self.rules.fallback and other.kind not in {"speech", "commitment"} \
                    and other.first > 0 and self.words[other.first - 1] == "to":
                return other
            between = self.words[trig.last + 1:other.first]
            if other.kind == "noun" and other.type and other.type != self.rules.fallback and between[:1] == ["for"] \
                    and all(w in ARTICLED_DETERMINERS for w in between[1:]):
                return other  # "met for its inaugural session", "gathered for the oath-taking"
        return None

    def assembly_purpose(self, trig: Trigger) -> Trigger | None:
        """What an assembly gathers to do with an object ("the National Assembly convened on Sunday night to take
        up the constitutional amendment"): an act of the story's `assembly_purpose_types` a few words after its
        purpose word.  (A party's committee that meets "to finalise the plan for convoys" only plans, and a debate
        "on the protests" is no protest.)"""
        if not any(w in self.rules.gathering_words for w in self.words[trig.first:trig.last + 1]) \
                or not any(self.gathering_doer_at(i) for i in range(self.clause_window(trig.first, 8), trig.first)):
            return None
        to = next((i for i in range(trig.last + 1, min(len(self.words), trig.last + 1 + PURPOSE_REACH))
                   if self.words[i] in PURPOSE_WORDS), None)
        other = next((t for t in self._following(trig) if to is not None and t.first > to), None)
        if other is None or other.type not in self.rules.assembly_purpose_types or other.kind in {"speech", "commitment"} \
                or other.first - to - 1 > PURPOSE_OBJECT_WORDS or not all(w[:1].isalnum() for w in self.words[to + 1:other.first]):
            return None
        return other

    def inverted_attribution(self, trig: Trigger, cue: tuple[int, int]) -> bool:
        """"..., said the party's chief on Monday.": a speech verb right after a comma, then its
        speaker and the date, with no other act or punctuation between: the date is the saying's."""
        first = cue[0]
        if trig.kind != "speech" or trig.first == 0 or self.words[trig.first - 1] != "," or trig.last >= first:
            return False
        between = self.words[trig.last + 1:first]
        return all(w[0].isalnum() or w in {"'", "’"} for w in between) \
            and not any(trig.last < t.first < first for t in self.triggers)

    def trailing_attribution(self, trig: Trigger, cue: tuple[int, int]) -> bool:
        """", the order said." / ", said the party.": a speech tag after the reported clause
        holds no date of its own; the clause before it governs its dates."""
        if trig.kind != "speech" or trig.first <= cue[1]:
            return False
        comma = max((i for i in range(cue[1] + 1, trig.first) if self.words[i] == ","), default=None)
        if comma is None:
            return False
        if comma == cue[1] + 1 and not any(w[0].isalnum() for w in self.words[:cue[0]]):
            return False  # "On Friday, Sharif declared victory.": the date opens the sentence, nothing is reported before it
        after = self.words[trig.last + 1:trig.last + 3]
        # words after the verb (a prefix count: long texts stay linear); an aside after a comma (", speaking on
        # condition of anonymity", ", citing security concerns") reports nothing more
        aside = len(after) == 2 and after[0] == "," and after[1].endswith("ing")
        tail = 0 if aside else self.alnum[-1] - self.alnum[trig.last + 1]
        # (", said the Election Commission of Pakistan (ECP).": the verb right after the comma, a long name after it;
        # ", Pakistan-based Geo News reported.": a long name before it and nothing after)
        if trig.first - comma > 5 and not (tail <= 1 and trig.first - comma <= 10
                                           and not any(comma < t.first < trig.first for t in self.triggers)):
            return False
        return tail <= 4 or (trig.first == comma + 1 and tail <= 8)

    def counts_from(self, cue: tuple[int, int]) -> bool:
        """"A day after [the vote]": a count that opens its clause names, after it, the event it
        counts from.  After a comma ("on Monday, a day after the party nominated him") the count
        dates what follows it, which is then the event."""
        first, last = cue
        # (nor after "came": "the move came a day after the party alleged ..." dates the allegation)
        return last < len(self.words) and self.words[last] in COUNT_PREPOSITIONS \
            and (first == 0 or self.words[first - 1] != ",") and not self._after_coming_verb(first)

    def _after_coming_verb(self, first: int) -> bool:
        """Whether the words right before token `first` are a verb of coming, a hedge allowed ("came just a day")."""
        before = [w for w in self.words[max(0, first - 2):first] if w not in COUNT_HEDGES]
        return bool(before) and before[-1] in COMING_VERBS

    def comes_after(self, cue: tuple[int, int]) -> bool:
        """"[The ruling] came a day after [the PTI submitted its demands]": a count after a verb of coming dates what
        follows it, counted from its subject's day."""
        first, last = cue
        # (not when the clause after it writes a day of its own: "... came a day after the PTI held talks on Sunday"
        # leaves the subject to the count and the talks to their day)
        return last < len(self.words) and self.words[last] in COUNT_PREPOSITIONS and self._after_coming_verb(first) \
            and not any(other[0] > last for other in self.cues)

    def complement_span(self, cue: tuple[int, int]) -> tuple[int, int] | None:
        """Token span of the clause a count is after ("a day after [the party staged a sit-in on
        Thursday]"), when this cue lies inside it; None otherwise."""
        if self._complements is None:
            self._complements = self._complement_spans()
        return self._complements.get(cue)

    def _complement_spans(self) -> dict:
        """complement_span for every cue, in one pass over the tokens (a long text stays linear):
        the earliest counting cue since the last comma opens the complement of the cues after it,
        which runs to the next comma, full stop or semicolon."""
        counting = sorted(c for c in self.cues if self.counts_from(c))
        starts = {c[0]: c for c in self.cues}
        spans: dict = {}
        opened = None  # the earliest counting cue since the last comma
        pending = []   # cues inside the open complement, waiting for its end
        k = 0
        for i, w in enumerate(self.words):
            if i in starts and opened is not None and opened[1] < i:
                pending.append(starts[i])
            if w in {",", ".", ";"}:
                for cue in pending:
                    spans[cue] = (opened[1] + 1, i)
                pending = []
            if w == ",":
                opened = None
            while k < len(counting) and counting[k][1] <= i:
                if opened is None and "," not in self.words[counting[k][1] + 1:i + 1]:
                    opened = counting[k]
                k += 1
        for cue in pending:
            spans[cue] = (opened[1] + 1, len(self.words))
        return spans

    def namers(self, trig: Trigger) -> list[tuple[int, int]]:
        """The dates that name a noun right before it, one word between at most ("the February 8 polls"): looked up by
        where they end, asked afresh each time (`naming` grows as the sentence's dates are typed)."""
        if trig.kind != "noun":
            return []
        return [c for at in (trig.first - 1, trig.first - 2) if (c := self.cue_at_end.get(at)) is not None
                and c in self.happening_cues and self.named_by(c, trig)]

    def trigger_within(self, first: int, last: int) -> bool:
        """Whether a trigger lies wholly between tokens first and last (the first trigger starting there, since
        triggers are in order and do not overlap)."""
        k = bisect_left(self.trigger_starts, first)
        return k < len(self.triggers) and self.triggers[k].last <= last

    def noun_of_time_phrase(self, cue: tuple[int, int]) -> Trigger | None:
        """The event noun a date follows by "in" or "on" inside a phrase that "since" or "after" opens
        ("since his ousting in 2022"): the date is that noun's; None otherwise."""
        first = cue[0]
        linking = NAMING_PREPOSITIONS | {"in"}
        # (the preposition may open the cue itself: "in 2022")
        end = first - 1 if self.words[first] in linking else first - 2 if first > 0 and self.words[first - 1] in linking else None
        if end is None or end < 1:
            return None
        noun = self.noun_at_last.get(end)
        if noun is None:
            return None
        before = [w for w in self.words[max(0, noun.first - 3):noun.first]
                  if w in NOUN_TIME_PREPOSITIONS or w not in FILLER | NAME_DETERMINERS]
        return noun if before and before[-1] in NOUN_TIME_PREPOSITIONS else None

    def dates_a_complement(self, cue: tuple[int, int]) -> bool:
        """A date between "after"/"before" and its event noun ("after the Feb. 8 vote") dates that
        noun and nothing else in the sentence."""
        key = ("complement", cue)
        if key not in self._relations:
            first, last = cue
            lead = [w for w in self.words[max(0, first - 2):first] if w not in FILLER]
            after_noun = last + 1 in self.noun_firsts or last + 2 in self.noun_firsts
            self._relations[key] = bool(lead) and lead[-1] in COUNT_PREPOSITIONS and after_noun
        return self._relations[key]

    def joint_subject_before(self, trig: Trigger, window: int = 6) -> bool:
        """"The two parties had agreed", "both sides agreed": a subject that names several parties
        without their names."""
        return self._joint_at(max(0, trig.first - window), trig.first)

    def protested(self, trig: Trigger, gap: int = 3) -> Trigger | None:
        """What a gesture is made against: the first trigger after a manner phrase ("in protest
        against") that follows it closely, in its clause."""
        for start, end in zip(self.manner_starts, self.manner_ends):
            if trig.last < start <= trig.last + 1 + gap:
                return next((t for t in self.triggers if t.first >= end
                             and self.clause[t.first] == self.clause[trig.first]), None)
        return None

    def joint_said(self) -> bool:
        """Whether the sentence tells of a deal announced at a joint statement or news conference ("announced the
        deal at a joint news conference", "مشترکہ پریس کانفرنس میں ... مخلوط حکومت"): a joint marker right before a
        statement noun, and an act of the joint type (the deal) in the sentence."""
        joint = self.rules.joint.get("commitment")
        if any(t.type in self.rules.said_types and t.type != joint for t in self.triggers) \
                or not (any(t.type == joint for t in self.triggers) or self._only_announced()):
            # ("said at a joint news conference that the polls were rigged": the allegation; "criticised the
            # government at a joint news conference": no deal announced; but "the agreement was announced
            # at a joint news conference", nothing else done: what was announced together is the deal)
            return False
        return any(t.kind == "noun" and t.type == self.rules.speech and t.first > 0
                   and self.words[t.first - 1] in self.rules.joint_markers for t in self.triggers)

    def announced_together(self, trig: Trigger, actor_spans: list[tuple[str, int, int]], matcher: ActorMatcher) -> bool:
        """Whether an announcing verb ("announced", "اعلان") has two parties for its subject, joined by "and" in
        its clause before it ("the PML-N and the PPP on Tuesday announced", "Zardari and Shehbaz Sharif sat side
        by side and announced", "پیپلز پارٹی اور مسلم لیگ ن نے ... اعلان کیا"): what they make known together is
        their agreement."""
        if not any(w in self.rules.deal_announcing_words for w in self.words[trig.first:trig.last + 1]):
            return False
        # (back to the last clause mark, not the last clause: "and" joins the subject's two names)
        end = self.tokens[trig.first][0]
        # (after the last clause mark before the subject)
        start = max((m.end() for m in CLAUSE_MARKS.finditer(self.text, 0, end)), default=0)
        parties = [(party, a, b) for name, a, b in sorted(actor_spans, key=lambda span: span[1]) if start <= a and b <= end
                   and (party := matcher.party_of.get(name) or (name if _party_names([name], matcher) else None))]
        return any(p != q and JOINED.fullmatch(self.text[b:c]) for (p, _, b), (q, c, _) in zip(parties, parties[1:]))

    def _only_announced(self) -> bool:
        """Every trigger of the sentence only says, and the sentence makes something known ("was announced",
        "اعلان"; not "vowed" or "threatened", which say what its speakers will do)."""
        return all(t.type == self.rules.speech or t.kind in {"speech", "commitment"} for t in self.triggers) \
            and any(w in self.rules.deal_announcing_words for w in self.words)

    def joint_meeting(self, trig: Trigger, window: int = 8) -> bool:
        """A meeting of several parties not named: "the two parties held a meeting on Monday" (the
        subject, in its clause), "a meeting between both sides" (its complement), "In the meeting on
        Thursday, representatives of both parties sought more time" (the subject of the clause after
        the fronted meeting).  Talks between them."""
        if self.rules.fallback not in self.rules.joint or not any(
                w in self.rules.joint_nouns for w in self.words[trig.first:trig.last + 1]):
            return False
        after = trig.last + 1
        if trig.kind != "noun" and after < len(self.words) and not any(c[0] == after for c in self.cues) and (
                self.words[after] in ARTICLED_DETERMINERS or self.tokens[after][2][:1].isupper()):
            return False  # "lawyers for both sides met the chief justice": a meeting with someone else
        if self._joint_at(self.clause_window(trig.first, window), trig.first):
            return True
        if self.words[after:after + 1] in (["of"], ["between"]) and self._joint_at(after + 1, after + 4):
            return True
        comma = next((k for k in range(after, min(len(self.words), after + window)) if self.words[k] == ","), None)
        if comma is None:
            return False
        start = comma + 1  # "representatives of both parties", "both sides": what opens the next clause
        head = next((k + 1 for k in range(start, min(len(self.words), start + 3)) if self.words[k] in {"of", "from"}), None)
        if head is not None:
            return self._joint_at(head, head + 3)
        return any(tuple(self.words[start:start + len(p)]) == p for p in self.rules.joint_subjects)

    def act_at(self, trig: Trigger, cue: tuple[int, int] | None) -> Trigger | None:
        """The act done at a gathering that only says where it was done ("in its meeting held today
        ..., decided the petitions", "اجلاس میں ... نے کہا کہ"): the first act after it, else the
        nearest before it in its clause; not one that another date governs."""
        setting = next((i for i in range(trig.first, trig.last + 1) if self.words[i] in self.rules.setting_nouns), None)
        if setting is None:
            return None
        before = self.words[max(0, setting - 4):setting]
        if not (self.rules.setting_before & set(before)
                or _has_phrase(self.words[setting + 1:setting + 3], self.rules.setting_after, at_start=True)):
            return None

        def act(other: Trigger) -> bool:
            if other.kind not in SETTING_ACT_KINDS or other.type == self.rules.fallback \
                    or self._owned_elsewhere(other, cue):
                return False
            # a verb of saying, only with what was said after it ("officials said." is no act there)
            return other.kind != "speech" or self.words[other.last + 1:other.last + 2] in (["that"], ["کہ"])
        following = [t for t in self._following(trig) if t.kind in SETTING_ACT_KINDS]
        if following:
            if _has_phrase(self.words[trig.last + 1:following[0].first], self.rules.setting_breaks):
                return None  # "nothing was agreed at the meeting on Monday; police later arrested ..."
            return following[0] if act(following[0]) else None
        earlier = [t for t in self.triggers if t.last < trig.first and self.clause[t.last] == self.clause[trig.first]]
        return next((t for t in reversed(earlier) if act(t)), None)

    def saying_at(self, trig: Trigger) -> Trigger | None:
        """The verb of saying done at a news conference that only says where it was said ("claimed at a press
        conference on Saturday that the results had been changed", "At a news conference on Monday, Gohar
        said ..."): the saying, which what was said types; None if no such verb is next to it."""
        if not any(self.words[i] in self.rules.setting_nouns for i in range(trig.first, trig.last + 1)) \
                or not self.rules.setting_before & set(self.words[max(0, trig.first - 2):trig.first]):
            return None  # (a setting marked before it only; Urdu's "پریس کانفرنس میں کہا کہ ..." was measured worse)
        earlier = [t for t in self.triggers if t.last < trig.first and self.clause[t.last] == self.clause[trig.first]]
        if earlier:
            return earlier[-1] if earlier[-1].kind == "speech" else None
        following = self._following(trig)
        return following[0] if following and following[0].kind == "speech" else None

    def foreign_only_after(self, cue: tuple[int, int]) -> bool:
        """Whether every foreign name stands after the date, past a comma that opens a side clause."""
        if not self.foreign_at or min(self.foreign_at) <= cue[1]:
            return False
        first = min(self.foreign_at)
        return any(self.words[k] in COMMAS and _has_phrase(self.words[k + 1:first], SIDE_CLAUSE_OPENERS, at_start=True)
                   for k in range(cue[1] + 1, first))

    def joined_claim(self, trig: Trigger, cue: tuple[int, int] | None) -> Trigger | None:
        """The allegation of a claim joined to an act ("resigned on Saturday and claimed that he had overseen
        the manipulation of results", "resigned Saturday, claiming he had helped change results"): what is
        made by saying it (the story's `said` types) is the happening."""
        following = self._following(trig)
        if not following or cue is None:
            return None
        speech = following[0]
        joint = self.words[speech.first - 1]
        # ("resigned after saying he had helped change results": the claim, told right before the act)
        if joint not in JOINING_WORDS and joint != "," and not (joint in EARLIER_ANCHORS and speech.kind == "speech"):
            return None
        if speech.kind == "verb" and speech.type in self.rules.said_types and not self.negated(speech):
            return speech  # ("resigned and claimed he had overseen the manipulation of results": the claim's own words)
        if speech.kind != "speech":
            return None
        content = self.content_after(speech, cue, same_clause=False) or self.claim_after(speech)
        # ("resigned, denying that he had helped rig the results"; "... and said he would join the PTI")
        if content is None or content.type not in self.rules.said_types or self.denied(speech, content) \
                or self.negated(content) or self.future_before(content) or self.urdu_future_after(content):
            return None
        return content

    def joined_act(self, trig: Trigger, cue: tuple[int, int] | None) -> Trigger | None:
        """The act a vague verb's doer went on to do, joined to it with no subject of its own ("the
        committee met on Tuesday night and nominated Justice Afridi", "on Monday met and nominated"): what the
        meeting did.  The date comes before the "and" (after it, it is the act's own)."""
        following = self._following(trig)
        if not following or cue is None:
            return None
        act = following[0]
        between = self.words[trig.last + 1:act.first]
        if act.kind != "verb" or act.type in (self.rules.fallback, self.rules.speech) \
                or act.first - 1 <= cue[1] or self.words[act.first - 1] not in JOINING_WORDS \
                or any(w in CLAUSE_PUNCTUATION for w in between) or self._owned_elsewhere(act, cue):
            return None
        return act

    def _joint_at(self, lo: int, hi: int) -> bool:
        """A joint subject ("the two parties", "both sides") among the words lo..hi."""
        return _has_phrase(self.words[lo:hi], self.rules.joint_subjects)

    def named_by(self, cue: tuple[int, int], trig: Trigger) -> bool:
        """"the February 8 vote", "the July 12 judgment": a date between a determiner and its event noun."""
        first, last = cue
        if trig.kind == "noun" and cue in self.naming:
            return True  # "the elections held in Pakistan on February 8" (see _named_noun)
        if trig.kind == "noun" and trig.first == last + 2 and self.words[last + 1] in GENITIVES and cue in self.happening_cues:
            return True  # "8 فروری کے انتخابات": a date that names a happening through a genitive
        return trig.kind == "noun" and trig.first == last + 1 and first > 0 \
            and self.words[first - 1] in NAME_DETERMINERS

    def possessive(self, cue: tuple[int, int]) -> bool:
        """"Thursday's election": the date names an event noun of its own."""
        first, last = cue
        return last - first >= 2 and last < len(self.words) and self.words[last] == "s" \
            and self.words[last - 1] in {"'", "’"}

    def targeted(self, cue: tuple[int, int]) -> bool:
        """The date is where something is headed: "till Monday", "for February 29"."""
        first = self.words[cue[0]] if cue[0] < len(self.words) else ""
        before = self.words[cue[0] - 1] if cue[0] > 0 else ""
        after = self.words[cue[1] + 1] if cue[1] + 1 < len(self.words) else ""
        return first in self.rules.target_words or before in self.rules.target_words or after == "تک"

    def lasted_until(self, cue: tuple[int, int]) -> bool:
        """Whether a verb of lasting right before or after the cue says how long a thing went on, not where it is
        headed: "the count continued until Friday morning", "گنتی جمعہ کی صبح تک جاری رہی"."""
        if LASTING is None or not self.token_starts:
            return False
        # (on the verb's own side of the date, in its clause: after it where the verb comes last, "تک جاری رہی";
        # before it elsewhere, "continued until", not "adjourned the hearing till today as the arguments remained")
        if ARABIC_SCRIPT.search(self.words[cue[0]]):  # (Urdu's verb comes last)
            start, end = self.token_starts[cue[1]], self.token_ends[min(len(self.token_ends) - 1, cue[1] + 1 + LASTING_REACH)]
        else:
            start, end = self.token_starts[max(0, cue[0] - LASTING_REACH)], self.token_starts[cue[0]]
        return LASTING.search(self.text, start, end) is not None

    def text_of(self, trig: Trigger) -> str:
        return self.text[trig.start:trig.end]

    def anchored(self, trig: Trigger) -> bool:
        """Whether an anchor word puts the trigger as the time of something else ("after a meeting of the
        committee", "after her meeting with him", "after visiting him", "after a marathon meeting"): at most a
        determiner and one describing word between."""
        before = self.words[max(0, trig.first - 3):trig.first]
        return bool(before) and (before[-1] in ANCHOR_WORDS
                                 or (len(before) >= 2 and before[-2] in ANCHOR_WORDS and before[-1] in ARTICLED_DETERMINERS)
                                 # (past one describing word too: "after a marathon meeting of the committee")
                                 or (len(before) == 3 and before[0] in ANCHOR_WORDS and before[1] in ARTICLED_DETERMINERS
                                     and before[2].isalpha() and not any(t.first == trig.first - 1 for t in self.triggers)))

    def content_after(self, trig: Trigger, cue: tuple[int, int] | None, *, same_clause: bool) -> Trigger | None:
        """What a speech or commitment verb reports or commits to: the next trigger after it
        that no other date cue governs more strongly; a verb of the first clause that has one
        wins over its nouns ("said the polls were rigged" is an allegation)."""
        first = self._content_after(trig, cue, same_clause)
        if first is None or first.kind != "noun":
            return first
        same_clause = [t for t in self._following(first) if self.clause[t.first] == self.clause[first.first]
                       and not self._owned_elsewhere(t, cue)]
        verb = next((t for t in same_clause if t.kind in {"verb", "foreign"}), None)
        if verb is None and same_clause and ARABIC_SCRIPT.match(self.words[first.first]):
            # Urdu puts the predicate last: "انتخابات میں دھاندلی ہوئی" is rigging in the elections.
            return same_clause[-1]
        return verb or first

    def denied(self, speech: Trigger, claim: Trigger) -> bool:
        """A claim its speech verb denies ("denied that the polls were rigged") or that says it did not
        happen ("said the election was not rigged", "دھاندلی نہیں ہوئی"): no allegation."""
        if self.text_of(speech).lower() in self.rules.denial_words:
            return True
        clause = self.clause[claim.first]
        near = [i for i in (*range(max(0, claim.first - 2), claim.first), *range(claim.last + 1, claim.last + 3))
                if i < len(self.words) and self.clause[i] == clause]
        if any(self.words[i] in CLAIM_NEGATIONS for i in near):
            return True
        # ("said that allegations of rigging were baseless", "there was no evidence that the polls were rigged")
        return _has_phrase(self.words[speech.last + 1:self.clause_range[clause][1]], CLAIM_DENIALS)

    def _side_clause_between(self, lo: int, hi: int) -> bool:
        """A semicolon, or a comma that opens a side clause (", while", ", but", ", even as"), between lo and hi."""
        for k in range(lo, hi):
            if self.words[k] in {";", "؛"}:
                return True
            if self.words[k] in COMMAS and (self.words[k + 1:k + 2] and self.words[k + 1] in JOINING_WORDS
                                            or _has_phrase(self.words[k + 1:hi], SIDE_CLAUSE_OPENERS, at_start=True)):
                return True
        return False

    def claim_after(self, trig: Trigger) -> Trigger | None:
        """The claim a speech verb makes when what it reports is dated by a date of its own ("said on
        Monday that the February 8 election was rigged"): a claim is made by saying it (the story's
        `said` types), past the nouns of what it is about (`said_about`), none of it to come."""
        for other in self._following(trig):
            if other.kind == "speech" or self._side_clause_between(trig.last + 1, other.first):
                return None  # (another's words: "said the results were final, while the PTI alleged rigging")
            if other.type in self.rules.said_types and other.type not in self.rules.joint.values():
                # (a deal is no claim: "said on Wednesday that the PPP had reached an agreement on Tuesday night")
                if self.negated(other) or self.denied(trig, other) or self.future_before(other) \
                        or self.urdu_future_after(other):
                    return None
                return other
            if other.kind != "noun" or other.type not in self.rules.said_about:
                return None
        return None

    def _owned_elsewhere(self, trig: Trigger, cue: tuple[int, int] | None) -> bool:
        if cue is None:
            return False
        other = self.owner_score(trig, cue)
        return other > self.relation(trig, cue) and other >= 40

    def _following(self, trig: Trigger) -> list[Trigger]:
        """The triggers that start after `trig`, up to NEAR_TOKENS further."""
        lo = bisect_left(self.trigger_starts, trig.last + 1)
        hi = bisect_left(self.trigger_starts, trig.last + 1 + NEAR_TOKENS)
        return self.triggers[lo:hi]

    def _content_after(self, trig: Trigger, cue: tuple[int, int] | None, same_clause: bool) -> Trigger | None:
        for other in self._following(trig):
            if other.kind == "speech":
                continue
            if same_clause and self.clause[other.first] - self.clause[trig.last] > 1:
                return None
            if other.kind == "commitment":
                continue
            if self.anchored(other):
                continue  # "was conveyed on Wednesday ... after her meeting with him": the time of the saying
            if other.kind == "noun" and other.type == self.rules.speech and other.first - trig.last <= 3 \
                    and all(w in self.rules.setting_before | ARTICLED_DETERMINERS for w in self.words[trig.last + 1:other.first]):
                continue  # "claimed at a press conference", "told a news conference": where it was said
            opener = self.clause_range[self.clause[other.first]][0]
            if self.words[opener] in RELATIVE_WORDS and opener > 0 and self.words[opener - 1] in COMMAS \
                    and self.clause[other.first] != self.clause[trig.last]:
                continue  # "by his sister Aleema Khan, who met him at Adiala Jail": who the speaker is (not "a
                # mandate which was stolen through rigging", what was said)
            if self._owned_elsewhere(other, cue):
                # "... on Wednesday it would hold a rally on Sunday": the rally is Sunday's, and the
                # report says no more; a relative clause ("who won the February 8 polls") is passed over.
                if self.words[self.clause_range[self.clause[other.first]][0]] in RELATIVE_WORDS:
                    continue
                return None
            return other
        return None


# --- types and statuses ---------------------------------------------------------------

def _named_noun(s: _Sentence, cue: tuple[int, int], cue_chars: tuple[int, int] | None) -> Trigger | None:
    """The event noun a date is part of the name of ("the February 8 polls", "the general
    elections held on February 8"): what happened that day, whatever verb the sentence hangs it on
    ("candidates who won seats in the elections held on February 8 will join ...")."""
    lang = _happening_language(s, cue_chars) if cue_chars is not None else None
    if lang is None:
        return None
    # The noun right after the date first: "the results of the February 8 elections" names the elections.
    # (with describing words between: "the Feb. 8 parliamentary election", "the February 8
    # general and provincial elections")
    after = [t for t in s.near_triggers(cue) if t.kind == "noun" and cue[1] < t.first <= cue[1] + 4
             and all(w.isalpha() and w not in PREPOSITIONS | {"of", "by", "was", "were", "is", "are"}
                     for w in s.words[cue[1] + 1:t.first])]
    noun = after[0] if after else s.noun_at(cue) or _noun_before_participle(s, cue, lang)
    if noun is not None:
        s.naming.add(cue)
    return noun


def _happening_language(s: _Sentence, cue_chars: tuple[int, int]) -> str | None:
    """The date's language when the date is part of a happening's name ("the February 8 polls"), else None."""
    lang = (text_languages(s.text[cue_chars[0]:cue_chars[1]]) or ["en"])[0]
    return lang if names_a_happening(s.text, cue_chars[0], cue_chars[1], lang) else None


def _act_during(s: _Sentence, cue: tuple[int, int], cue_chars: tuple[int, int] | None) -> Trigger | None:
    """The act done "during" the happening a date names: the nearest typed trigger before the word,
    in its clause ("mobile and internet services were shut down during the February 8 elections")."""
    if cue_chars is None or not s.rules.during_words:
        return None
    at = cue[0] - 1
    while at >= 0 and s.words[at] in NAME_DETERMINERS:
        at -= 1
    if at < 0 or s.words[at] not in s.rules.during_words:
        return None
    if not (any(t.kind == "noun" and cue[1] < t.first <= cue[1] + 4 for t in s.triggers)
            or _happening_language(s, cue_chars) is not None):
        return None  # ("during the week": no happening)
    before = [t for t in s.triggers if t.last < at and at - t.last <= DURING_REACH and t.type
              and s.clause[t.last] == s.clause[at] and not s._owned_elsewhere(t, cue)]
    # A verb of an act (not what was said or condemned "during" it, which was said later); else an
    # incident's noun ("internet outages during Thursday's elections"), not one of what the happening
    # itself is made of ("the talks during Monday's session").
    verbs = [t for t in before if t.kind == "verb"]
    if verbs:
        return verbs[-1]
    nouns = [t for t in before if t.kind == "noun" and t.type == s.rules.fallback]
    return nouns[-1] if nouns else None


@lru_cache(maxsize=1)
def _location_patterns() -> tuple[re.Pattern | None, re.Pattern | None]:
    """(text before a name, text after it) that make an institution only where something took
    place ("outside the Supreme Court", "سپریم کورٹ کے باہر"), from every language's data."""
    determiners = _alt(_words("determiners"))
    return (_phrase_rx(_words("location_prepositions"), r"(?<!\w)", rf"\s+(?:{determiners}\s+)?$", empty=None),
            _phrase_rx(_words("location_postpositions"), r"\s*", r"(?!\w)", empty=None))


def _only_places(sentence: str, actor_spans: list[tuple[str, int, int]]) -> set[str]:
    """Actors every mention of which names a place, not a doer: "talking to reporters outside
    the Supreme Court" is no act of the court's, so the court does not type the sentence."""
    before, after = _location_patterns()

    def place(start: int, end: int) -> bool:
        return bool((before and before.search(sentence, max(0, start - 40), start))
                    or (after and after.match(sentence, end, end + 30)))

    located: dict[str, bool] = {}
    for name, start, end in actor_spans:
        located[name] = located.get(name, True) and place(start, end)
    return {name for name, only in located.items() if only}


def _noun_before_participle(s: _Sentence, cue: tuple[int, int], lang: str, reach: int = 14) -> Trigger | None:
    """"the by-polls held on nearly two dozen seats on Sunday": the event noun right before the
    participle that makes the date a name (the language's background_participles)."""
    participles = {w.lower() for w in engine(lang).data["background_participles"]}
    for i in range(cue[0] - 1, max(-1, cue[0] - reach), -1):
        if s.words[i] in CLAUSE_PUNCTUATION:
            return None
        if s.words[i] in participles:
            return next((t for t in s.triggers if t.kind == "noun" and t.last == i - 1), None)
    return None


def _governing(s: _Sentence, cue: tuple[int, int], past: bool = False) -> Trigger | None:
    """The trigger that governs a date cue (the longer phrase on a tie), or None.  A `past`
    date (days before publication) is governed by no verb in the future: in "will hold a rally
    against rigging in the elections on February 8" written in March, February 8 is the elections'."""
    best, best_score = None, None
    shared_before = max((i for i in s.elliptical if i < cue[0]), default=None)
    for trig in s.near_triggers(cue):
        score = s.relation(trig, cue)
        if score < 0:
            continue
        if past and trig.kind not in {"speech", "commitment", "noun"} and (
                s.future_before(trig) or s.urdu_future_after(trig)):
            continue
        if s.owner_score(trig, cue) > score and not (shared_before is not None and trig.last < shared_before):
            continue  # another date in the sentence governs it (unless the two dates share the verb)
        if trig.kind != "noun" and trig.first > cue[1] and s.opens_relative(trig, after=cue[1]):
            continue  # ("On the morning of February 8, there was a belief, even among those who wanted it otherwise")
        # (on a tie, a verb the date ends the relative clause of: "independents who won their seats on
        # Thursday joined the PML-N today" dates the winning, not the joining)
        key = (score, trig.last < cue[0] and s.opens_relative(trig), trig.last - trig.first)
        if best_score is None or key > best_score:
            best, best_score = trig, key
    if (best is None or best.kind == "noun") and s.targeted(cue):
        return _elided_postponement(s, cue) or best
    return best


def _elided_postponement(s: _Sentence, cue: tuple[int, int]) -> Trigger | None:
    """"adjourned the NA-46 hearing till June 11, while the NA-48 plea until June 6": a target date
    in a clause without a verb of its own shares the postponing verb of an earlier target date."""
    earlier = [c for c in s.cues if c[1] < cue[0] and s.targeted(c)]
    if not earlier:
        return None
    verbs = [t for t in s.triggers if t.kind == "verb" and t.last < earlier[-1][0]
             and any(w in POSTPONING for w in s.words[t.first:t.last + 1])]
    if not verbs or any(t.kind in {"verb", "speech", "commitment"} and earlier[-1][1] < t.first < cue[0]
                        for t in s.triggers):
        return None
    return verbs[-1]


def _decide(s: _Sentence, cue: tuple[int, int] | None, gov: Trigger) -> tuple[str, Trigger, Trigger]:
    """(type, trigger shown, trigger whose tense decides the status)."""
    if gov.kind == "verb" and gov.type == s.rules.speech and (protested := s.protested(gov)) is not None:
        return protested.type, protested, gov  # "resigned in protest against irregularities": what it protests
    if gov.kind == "commitment":
        content = s.content_after(gov, cue, same_clause=True)
        if content is None and s.that_after(gov):
            # "decided on March 4 that the party was not entitled to the seats": reported like speech
            content = s.content_after(gov, cue, same_clause=False)
            if content is not None and content.type in s.rules.actions and s.future_before(content):
                content = None
        if content is None and (subject := s.passive_subject(gov)) is not None:
            return subject.type, subject, subject  # "a long march is planned next month"
        if content is None and cue is not None:
            # "The Senate polls on April 2 will decide the majority": the event noun the date is
            # attached to, in the tense of the verb.
            content = s.noun_at(cue)
        if content is None:
            return "commitment", gov, gov  # "the two parties agreed on Monday": see _refine
        return content.type, content, gov  # "vowed to join hands": coalition, in the tense of "vowed"
    if gov.kind == "speech" or (gov.type == s.rules.speech and gov.kind == "noun"):
        main = s.attributed(gov, cue)
        if main is not None:
            # "Military courts have sentenced 25 civilians, announced the ISPR on Saturday": the
            # report's date, the main clause's type (a plan in it is only announced).
            if main.type in s.rules.actions and (s.future_before(main) or s.urdu_future_after(main)):
                return s.rules.speech, gov, gov
            return main.type, main, gov
        if (before := s.said_before(gov, cue)) is not None and s.content_after(gov, cue, same_clause=False) is None \
                and s.claim_after(gov) is None:
            return before.type, before, gov
    if gov.kind == "speech" and (named := s.noun_announced(gov)) is not None:
        return named.type, named, gov  # "the final results announced on Sunday", "the verdict was announced"
    if gov.kind == "speech":
        content = s.content_after(gov, cue, same_clause=False) or s.claim_after(gov)
        if content is None:
            return s.rules.speech, gov, gov
        if s.negated(content) or (content.type in s.rules.said_types and s.denied(gov, content)):
            return s.rules.speech, gov, gov  # "said that no such deal had been signed": a denial
        # A reported future action is an announcement ("said it would hold a rally"); only a
        # plain future counts: "is not inclined to form a coalition" is a stance on coalitions.
        if content.type in s.rules.actions and (s.future_before(content) or s.urdu_future_after(content)
                                                or (content.kind == "noun" and s.future_after(content))
                                                or (content.kind == "noun" and s.announced(content))):
            return s.rules.speech, gov, gov  # ("remained adamant on going ahead with its planned rally")
        if cue is not None and content.type not in s.rules.said_types and s.dates_the_saying(gov, cue, content) \
                and s.words[cue[1] + 1:cue[1] + 2] != ["as"]:  # ("observed Sunday as a black day")
            # "Gandapur on Friday said the government was formed after stealing seats": Friday is
            # the saying's; what was said happened at some other time (an allegation is made by saying it).
            return s.rules.speech, gov, gov
        return content.type, content, gov
    purpose = (s.purpose_after(gov) or s.assembly_purpose(gov)) if gov.type == s.rules.fallback or (
        gov.type in s.rules.purpose_types and gov.kind != "noun") else None  # ("the elections to form a government")
    if purpose is not None:
        return purpose.type, purpose, gov  # "will meet next week to elect a chief minister"
    return gov.type, gov, gov


def _status(s: _Sentence, tense_of: Trigger | None, value: str | None, precision: str | None,
            published: str | None, mention_status: str | None, cue: tuple[int, int] | None,
            announces_later: bool = False, past: bool = False) -> str:
    status = _tense_status(s, tense_of, value, precision, published, mention_status, cue, announces_later, past)
    # Nothing after publication has happened yet ("ordered the police to release the workers on Monday").
    return "planned" if status == "happened" and _after(value, precision, published) else status


def _tense_status(s: _Sentence, tense_of: Trigger | None, value: str | None, precision: str | None,
                  published: str | None, mention_status: str | None, cue: tuple[int, int] | None,
                  announces_later: bool = False, past: bool = False) -> str:
    after_publication = _after(value, precision, published)
    if cue is not None and s.targeted(cue) and (after_publication or (value == published and not s.lasted_until(cue))):
        return "planned"  # "adjourned the hearing till Monday": Monday's hearing is to come
    if after_publication and cue is not None and tense_of is not None and tense_of.kind == "speech" \
            and tense_of.last < cue[0]:
        return "planned"  # "said a mission would arrive on Thursday": no one reports what has not happened yet
    if cue is not None and mention_status in {"happened", "planned"} and s.possessive(cue):
        return mention_status  # "voters who stayed home in Thursday's election will ...": its own clause
    if cue is not None and tense_of is not None and s.named_by(cue, tense_of) and s.cancelled(tense_of, cue):
        return "planned"  # "cancelled the Aug 22 public gathering": it never took place
    if cue is not None and tense_of is not None and s.named_by(cue, tense_of):
        # "will challenge the results of the February 8 vote": the date names the noun, whose
        # event is past or to come by its date alone.
        return "planned" if after_publication else "happened"
    if tense_of is not None:
        if s.is_future(tense_of) or s.unrealised(tense_of):
            return "planned"
        announcing = s.announcing_word(tense_of) if tense_of.kind not in {"speech", "commitment"} else None
        if announcing is not None:
            said = s.words[announcing]
            if announces_later and not after_publication and (
                    s.past(tense_of) or _past_form(said)):
                return "happened"  # the announcement, whose event has a later date of its own
            if s.past_perfect(announcing) and mention_status in {"happened", "planned"} \
                    and (cue is None or not s.targeted(cue) or not s.called_off_after(cue)):
                # "had announced the protest on Wednesday": the date is the announcement's, unless
                # the date engine read a plan ("had planned a rally on February 11"); a date it was set for
                # stays planned when the sentence calls it off ("had called the rally for Friday but called it
                # off"), else it was held then ("..., and thousands gathered").
                return mention_status
            return "planned"  # announced, called, planned: the report only announced it
        if s.past(tense_of):
            return "happened"
    if after_publication:
        return "planned"
    if mention_status in {"happened", "planned"}:
        return mention_status
    if cue is not None and tense_of is None and cue[0] <= cue[1] and not past:
        probe = Trigger(0, 0, cue[0], cue[1], "verb", None)
        if s.is_future(probe):
            return "planned"
    return "happened"


def _after(value: str | None, precision: str | None, published: str | None) -> bool:
    if not value or not published:
        return False
    width = {"day": 10, "week": 10, "month": 7, "year": 4}.get(precision or "day", 10)
    return value[:width] > published[:width]


def _well_before(last_day: str | None, value: str | None, precision: str | None, published: str | None) -> bool:
    """The date (its last day) ends at least two days before publication: nothing said in the
    future tense can happen then.  (A day earlier may be a wire story's "today".)"""
    if not published or len(published) < 10:
        return False
    if last_day and len(last_day) >= 10:
        try:
            return date.fromisoformat(last_day[:10]) <= date.fromisoformat(published[:10]) - timedelta(days=2)
        except ValueError:
            return False
    width = {"month": 7, "year": 4}.get(precision or "", 0)
    return bool(value) and bool(width) and value[:width] < published[:width]


def _share_listed_acts(s: _Sentence, typed: list, cues: list, fallback: str) -> list:
    """A date in a list of dates ("the verdict was put off three times, to 23 December, 6 January and
    13 January") with no act of its own is the act of the list's neighbour that has one."""
    shared = list(typed)
    for i, (kind, trigger, _) in enumerate(typed):
        if trigger or kind != fallback:
            continue
        for j in (i + 1, i - 1):
            if 0 <= j < len(typed) and typed[j][1]:
                lo, hi = sorted((cues[i], cues[j]))
                between = s.words[lo[1] + 1:hi[0]]
                # (not a date told from another: "by Saturday evening, two days after the election")
                if between and all(w in LIST_WORDS for w in between) \
                        and not ANCHOR_WORDS & set(s.words[lo[0]:lo[1] + 1] + s.words[hi[0]:hi[1] + 1]):
                    shared[i] = typed[j]
                    break
    return shared


def lead_context(lead: str, rules: TypeRules, turns: frozenset | None = None) -> frozenset:
    """The context turns an article's lead (headline and first paragraphs) sets for all of it:
    a report that opens on "negotiations with the government" means those talks throughout.  `turns`: those
    to look for (default: the lead's, `lead_turns`)."""
    turns = rules.lead_turns if turns is None else turns
    if not turns:
        return frozenset()
    tokens = tokenize(lead)
    return frozenset(k for k in turns if rules.context_turns[k][1].find(lead, tokens)
                     and (rules.context_turns[k][3] is None or rules.context_turns[k][3].find(lead, tokens)))


def _party_names(names: list[str], matcher: ActorMatcher) -> list[str]:
    """The names that are parties: organisations that can hold seats (not a court or the ECP)."""
    return [a for a in names if a in matcher.organisations and a not in matcher.cannot_hold_seats]


def _refine(kind: str, actors: list[str], matcher: ActorMatcher, rules: TypeRules, foreign: bool,
            doers: list[str] | None = None, foreign_party: bool | None = None) -> str:
    """Who does it: a statement by a foreign government is an international reaction, one by
    a court is legal; a meeting of two parties, or two parties agreeing, is coalition talk.
    `kind` "commitment" is a verb of will ("agreed", "decided") with nothing after it.
    `doers` are the actors named before the trigger (its subject); parties named after it
    are what the act is about, not who does it."""
    def parties(names: list[str]) -> list[str]:
        return _party_names(names, matcher)

    if kind == "commitment":
        if "commitment" in rules.joint and len(parties(actors if doers is None else doers)) >= 2:
            return rules.joint["commitment"]
        kind = rules.speech
    if kind == rules.fallback and doers:
        # "The Supreme Court on Wednesday held meetings": a vague act takes its doer's kind (a court's is legal)
        hints = {matcher.type_hint[a] for a in doers if a in matcher.type_hint}
        if len(hints) == 1:
            return hints.pop()
    if kind == rules.speech:
        if foreign if foreign_party is None else foreign_party:
            return rules.foreign_reaction
        # (who speaks: "the minister said the government would approach the Supreme Court" is no ruling)
        hints = sorted({matcher.type_hint[a] for a in (actors if doers is None else doers) if a in matcher.type_hint})
        if hints:
            return hints[0]
    if (foreign if foreign_party is None else foreign_party) and kind in rules.foreign_turns:
        return rules.foreign_reaction  # a visit or meeting with a foreign government
    if kind in rules.joint and kind != "commitment" and len(parties(actors)) >= 2:
        return rules.joint[kind]
    return kind


class _Words:
    """Word positions of a sentence, to count the words between two offsets quickly."""

    def __init__(self, tokens: list[Token]):
        self.starts: list[int] = []
        self.counted: list[int] = [0]  # words that are not filler, before index i
        for start, _, text in tokens:
            if text[0].isalnum():
                self.starts.append(start)
                self.counted.append(self.counted[-1] + (text.lower() not in FILLER))

    def between(self, start: int, end: int) -> int:
        if end <= start:
            return 0
        return self.counted[bisect_left(self.starts, end)] - self.counted[bisect_left(self.starts, start)]


def classify(sentence: str, cue: tuple[int, int] | None, actor_hints: list[str],
             rules: TypeRules | None = None, *, skip: list[tuple[int, int]] = (),
             tokens: list[Token] | None = None, names: list[tuple[int, int]] = ()) -> tuple[str, dict[str, float]]:
    """The fallback: the event type from the keyword bag of a sentence, read around the
    date cue at `cue` (offsets in the sentence).  Keywords inside `skip` spans (actor
    names: "Chief Election Commissioner" is no election) do not count.  Returns the type
    and the score of every type."""
    rules = rules or load_type_rules()
    w = rules.weights
    scores: dict[str, float] = {}
    tokens = tokenize(sentence) if tokens is None else tokens
    words = _Words(tokens) if cue else None
    clause = _clause_of(sentence, cue) if cue else None
    # Longer phrases win and matches never overlap: "vote of no confidence" is not also a "vote".
    name_starts = {a for a, _ in names}
    for start, end, kind in rules.keywords.find(sentence, tokens):
        if any(start < e and end > s for s, e in skip):
            continue
        if sentence[start:start + 1].isupper() and any(
                sentence[end:e].isspace() and 0 < e - end <= 2 for e in name_starts if e > end):
            continue  # a title before a name: "Chief Minister Ali Amin Gandapur reached Mansehra"
        weight = w["sentence"]
        if cue:
            after = start >= cue[1]
            gap = words.between(cue[1], start) if after else words.between(end, cue[0])
            if gap == 0:
                # A noun right after the cue names the event; a speech verb there does not.
                weight = w["head"] if after and kind != rules.speech else w["adjacent"]
            elif gap <= 3:
                weight = w["near"]
            elif clause and clause[0] <= start and end <= clause[1]:
                weight = w["clause"]
        if kind == rules.speech:
            weight *= w["statement_factor"]
        scores[kind] = scores.get(kind, 0.0) + weight
    for hint in actor_hints:
        scores[hint] = scores.get(hint, 0.0) + w["actor_hint"]
    if not scores:
        return rules.fallback, scores
    best = max(scores.values())
    winners = [k for k, v in scores.items() if v == best]
    winners.sort(key=lambda k: rules.priority.index(k) if k in rules.priority else len(rules.priority))
    return winners[0], scores


def _closed_phrase_start(sentence: str, tokens: list, closer: int, rules: TypeRules) -> int:
    """Where circumstances closed at `closer` begin ("پیر کو اپوزیشن کے شدید احتجاج کے باوجود": after
    "کو"): back over at most CLOSED_PHRASE_WORDS words, to the word after an opener, a finite verb (the clause
    before: "دھرنا دیا اور پولیس کی شیلنگ کے باوجود") or a clause mark, or at a pronoun ("اس کے باوجود": the
    circumstances are the clause before's, told there)."""
    start = closer
    before = [t for t in tokens if t[1] <= closer][-CLOSED_PHRASE_WORDS:]
    for token in reversed(before):
        word = token[2].lower()
        if word in rules.circumstance_openers or word in FINITE_VERBS or word in CLAUSE_PUNCTUATION \
                or COMMA_CLAUSE.search(sentence, token[1], start):
            break
        start = token[0]
        if word in rules.circumstance_pronouns:
            break
    return start


def _clause_end(sentence: str, start: int) -> int:
    m = COMMA_CLAUSE.search(sentence, start)
    return m.start() if m else len(sentence)


def _clause_of(sentence: str, cue: tuple[int, int]) -> tuple[int, int]:
    start = 0
    for m in COMMA_CLAUSE.finditer(sentence, 0, cue[0]):
        start = m.end()
    m = COMMA_CLAUSE.search(sentence, cue[1])
    end = m.start() if m else len(sentence)
    if end - start <= (cue[1] - cue[0]) + 8:  # ", Friday," is no clause of its own
        return 0, len(sentence)
    return start, end


def type_event(s: _Sentence, cue: tuple[int, int] | None, cue_chars: tuple[int, int] | None,
               actors: list[str], names: list[tuple[int, int]], matcher: ActorMatcher,
               foreign: bool, actor_starts: list[tuple[str, int]] | None = None,
               past: bool = False, actor_spans: list[tuple[str, int, int]] | None = None) -> tuple[str, str, Trigger | None]:
    """(type, trigger as written, trigger whose tense decides) for one cue, or for the
    sentence as a whole when `cue` is None (a publication-dated lead sentence).  `past`: the
    date is days before publication."""
    foreign_party = s.foreign_party
    if cue is not None and s.foreign_only_after(cue):
        # a foreign government named only in a side clause after the date ("talks on Monday ..., even as the
        # United States voiced concern") takes no part in its act
        foreign = foreign_party = False
    if cue is not None and actor_spans is not None:
        hinted = [(matcher.type_hint[a], start, stop) for a, start, stop in actor_spans
                  if a in matcher.type_hint and a in actors]  # (not one named only as a place)
        doer = s.subject_kind(cue, hinted)
        gov = _governing(s, cue, past) if doer is not None else None
        # (an act named by its own verb keeps its type: "the opposition benches on Monday staged a walkout";
        # an object noun or a vague act does not: "a court on Thursday ordered that no protest take place")
        if doer is not None and (gov is None or gov.kind in {"noun", "speech", "commitment"}
                                 or gov.type in (s.rules.fallback, s.rules.speech)):
            return doer, s.text_of(gov) if gov is not None else "", gov
    if cue is not None and (act := _act_during(s, cue, cue_chars)) is not None:
        # "suspended mobile phone services during Thursday's elections": the suspension's day
        s.during.add(cue)
        return _refine(act.type, actors, matcher, s.rules, foreign, None, foreign_party), s.text_of(act), act
    if cue is not None:
        named = _named_noun(s, cue, cue_chars)
        if named is not None:  # its own date says whether it is to come, not the verb it hangs on
            if named.type == s.rules.fallback and s.joint_meeting(named):
                return s.rules.joint[named.type], s.text_of(named), named
            return _refine(named.type, actors, matcher, s.rules, foreign, None, foreign_party), s.text_of(named), named
        gov = _governing(s, cue, past)
    else:
        # The first act the sentence reports: a verb before a noun ("the team representing the
        # coalition government formed a sub-committee" is about the sub-committee).
        gov = next((t for t in s.triggers if t.kind in {"verb", "foreign"}), None) \
            or next((t for t in s.triggers if t.kind not in {"speech", "commitment"}), None) \
            or next(iter(s.triggers), None)
    if gov is not None:
        kind, shown, tense_of = _decide(s, cue, gov)
        if past and tense_of is not None and tense_of.kind == "noun" and s.future_before(tense_of):
            tense_of = None  # "will march against the rigging in the by-elections on April 21": the date alone
        said = s.announced_on(cue, tense_of) if cue is not None else None
        if said is not None:
            # "Pir Pagara on Monday called for a protest": Monday is the call's, the protest has no date.
            return _refine(s.rules.speech, actors, matcher, s.rules, foreign), s.text_of(shown), said
        if kind:
            if (foreign_party if gov.kind == "speech" else foreign) and gov.kind in {"speech", "commitment", "foreign"}:
                # a foreign government's reaction ("the party said it had written to the IMF" is not one)
                return s.rules.foreign_reaction, s.text_of(gov), tense_of
            doers = None
            if kind in {"commitment", s.rules.fallback} and actor_starts is not None:
                doers = [a for a, start in actor_starts if start < gov.start]
            elif kind == s.rules.speech and actor_starts is not None:
                # who speaks, and to whom, but not who is spoken of: "said that the government would
                # approach the Supreme Court" is no ruling; "urged the apex court to order" addresses it
                that = next((s.token_starts[i] for i in range(gov.last + 1, len(s.words))
                             if s.words[i] in COMPLEMENTIZERS), None)
                if that is None and cue is not None and gov.last < cue[0] and cue[1] + 1 < len(s.words) \
                        and (s.next_to(gov, cue) or s.said_to(gov, cue)):
                    # "said on Monday night the party would challenge the verdict in the High Court":
                    # with no "that", what was said starts right after the saying's date
                    that = s.token_starts[cue[1] + 1]
                doers = [a for a, start in actor_starts if start < that and a in actors] if that is not None else None
            if (kind == s.rules.fallback or gov.kind in {"speech", "commitment"}) and (doer := s.doer_kind(gov)) is not None:
                # "The Full Court on Wednesday held meetings"; what a court declares or directs is its ruling
                return doer, s.text_of(shown), tense_of
            if kind == "commitment" and "commitment" in s.rules.joint and s.joint_subject_before(gov):
                return s.rules.joint["commitment"], s.text_of(shown), tense_of  # "the two parties agreed"
            if kind == s.rules.fallback and s.joint_meeting(shown):
                return s.rules.joint[kind], s.text_of(shown), tense_of  # "the two parties held a meeting"
            if kind == s.rules.fallback and (act := s.act_at(shown, cue)) is not None:
                # "in its meeting held today, decided the petitions": what was done there
                kind, shown, _ = _decide(s, cue, act)
                return _refine(kind, actors, matcher, s.rules, foreign, doers, foreign_party), s.text_of(shown), tense_of
            if kind == s.rules.speech and gov.kind == "noun" and (said := s.saying_at(shown)) is not None:
                # "claimed at a press conference on Saturday that the results had been changed": what was said
                kind, shown, _ = _decide(s, cue, said)
                return _refine(kind, actors, matcher, s.rules, foreign, doers, foreign_party), s.text_of(shown), tense_of
            if kind == s.rules.speech and gov.kind in {"verb", "speech"} and (claim := s.joined_claim(gov, cue)) is not None:
                return _refine(claim.type, actors, matcher, s.rules, foreign, doers, foreign_party), s.text_of(claim), tense_of
            if kind == s.rules.fallback and gov.kind == "verb" and (act := s.joined_act(shown, cue)) is not None:
                kind, shown, _ = _decide(s, cue, act)
                return _refine(kind, actors, matcher, s.rules, foreign, doers, foreign_party), s.text_of(shown), tense_of
            if kind in s.rules.foreign_subject_turns and s.foreign_subject(shown):
                return s.rules.foreign_reaction, s.text_of(shown), tense_of  # "the US House voted on Tuesday"
            if kind in s.rules.foreign_turns and gov.kind not in {"speech", "commitment"} and s.domestic(shown):
                return kind, s.text_of(shown), tense_of  # "presented the budget with targets agreed with the IMF"
            kind = _refine(kind, actors, matcher, s.rules, foreign, doers, foreign_party)
            if kind == s.rules.speech and "commitment" in s.rules.joint and s.joint_said() \
                    and len(set(_party_names(actors, matcher))) >= 2:
                kind = s.rules.joint["commitment"]  # "announced at a joint news conference": what the two parties agreed
            elif kind == s.rules.speech and "commitment" in s.rules.joint and gov.kind == "speech" \
                    and actor_spans is not None and s.announced_together(gov, actor_spans, matcher):
                kind = s.rules.joint["commitment"]  # "the PML-N and the PPP on Tuesday announced ...": their deal
            return kind, s.text_of(shown), tense_of
    if cue is not None:
        near = s.nearest_act(cue)
        if near is not None and near.type == s.rules.fallback and (doer := s.doer_kind(near)) is not None:
            return doer, s.text_of(near), None
        if near is not None:
            # No trigger governs the date, but one stands next to it with no punctuation between:
            # "convened a meeting on Monday [of the committees] on January 2".  Its type, and no
            # tense: the date alone says whether it is to come.
            return _refine(near.type, actors, matcher, s.rules, foreign, None, foreign_party), s.text_of(near), None
    hints = sorted({matcher.type_hint[a] for a in actors if a in matcher.type_hint})
    # Month names in dates ("March 4") are no keywords ("march"), nor is the verb of a
    # speaker whose report holds the date, nor a manner or circumstance ("amid protests").
    # (nor a noun that only anchors the time of another act: "جلسے کے بعد ... پیر کی صبح پشاور پہنچے")
    skip = [*names, *s.date_spans, *s.aside_spans, *((t.start, t.end) for t in s.triggers if t.kind == "speech"
                                                     or (cue is not None and s.only_anchors(t, cue)))]
    if cue_chars is None or len(s.text) <= 2 * FALLBACK_CHARS:
        kind, _ = classify(s.text, cue_chars, hints, s.rules, skip=skip, tokens=s.tokens, names=names)
        # ("India's measures followed Tuesday's attack near Pahalgam": the attack is no act of India's; read only when
        # the type may turn on it)
        foreign_kind = kind == s.rules.foreign_reaction or (foreign_party and kind in s.rules.foreign_turns)
        if foreign_kind and cue_chars is not None and s.attack_at(cue_chars):
            # (the bag's foreign names are where or whom the attack struck, and no foreign body turns it)
            return (s.rules.fallback if kind == s.rules.foreign_reaction else kind), "", None
        if foreign_party and kind in s.rules.foreign_turns:
            kind = s.rules.foreign_reaction  # "the IMF board approved a tranche on Thursday"
        return kind, "", None
    # In a very long "sentence" (a text without full stops) only the words near the date count.
    lo, hi = max(0, cue_chars[0] - FALLBACK_CHARS), cue_chars[1] + FALLBACK_CHARS
    near = [(a - lo, b - lo) for a, b in skip if a < hi and b > lo]
    kind, _ = classify(s.text[lo:hi], (cue_chars[0] - lo, cue_chars[1] - lo), hints, s.rules, skip=near,
                       names=[(a - lo, b - lo) for a, b in names if lo <= a < hi])
    return kind, "", None


def sentence_events(sentence: str, sent_start: int, mentions: list[DateMention], actor_mentions: list,
                    matcher: ActorMatcher, published_value: str | None, lead: bool = False,
                    tokens: list[Token] | None = None, rules: TypeRules | None = None,
                    undated: set[str] | frozenset | None = None, context: frozenset = frozenset()) -> list[dict]:
    """Events of one sentence.  `mentions` have offsets in the article text,
    `actor_mentions` offsets in the sentence.  A sentence of the lead paragraph that
    names no date but reports something is dated by publication.

    Each event: date, precision, date_end, date_source, cue, cue_start, cue_end, type,
    trigger (the words that decided the type, "" for the keyword fallback), status
    (happened | planned), actors.  `undated` are the story's types that a sentence with
    no date may report (by default, the default story's); `context`, the context turns the
    article's lead set (`lead_context`)."""
    rules = rules or load_type_rules()
    if undated is None:
        from .story import default_story

        undated = default_story().undated_types
    actors: list[str] = []
    for a in actor_mentions:
        for name in (a.name, a.party):
            if name and name not in actors:
                actors.append(name)
    names = [(a.start, a.end) for a in actor_mentions]
    actor_spans = [(name, a.start, a.end) for a in actor_mentions for name in (a.name, a.party) if name]
    actor_starts = [(name, start) for name, start, _ in actor_spans]
    tokens = tokenize(sentence) if tokens is None else tokens
    dated = [m for m in mentions if m.value]
    if not dated and not (lead and published_value and actors):
        return []
    cue_chars = [(m.start - sent_start, m.end - sent_start) for m in dated]
    # (a dateline's city, "New Delhi: ...", is where the report was filed, not a foreign actor)
    # (nor one inside quotation marks: Sharif's "London plan", a speaker's words)
    quoted = [m.span() for m in QUOTATION.finditer(sentence)]
    # (nor one inside the name of one of the story's own actors: Justice Naeem Akhtar Afghan)
    own_names = [(m.start, m.end) for m in actor_mentions if matcher.type_hint.get(m.name) != rules.foreign_reaction]
    foreign_names = [(a, b) for a, b, _ in rules.foreign_words.find(sentence, tokens)
                     if not (a == tokens[0][0] and sentence[b:b + 2].strip()[:1] in {":", "-", "–", "—"})
                     and not any(lo < a and b < hi for lo, hi in quoted)
                     and not any(lo <= a and b <= hi for lo, hi in own_names)] if tokens else []
    foreign = bool(foreign_names) or any(matcher.type_hint.get(a) == rules.foreign_reaction for a in actors)
    # Inside "United States" no "states" is a verb.
    keys = [(m.value, m.precision) for m in dated]
    s = _Sentence(sentence, tokens, rules, cue_chars, foreign, [*names, *foreign_names], keys)
    s.date_spans = [(m.start - sent_start, m.end - sent_start) for m in mentions]
    # (a date that names a happening, "8 فروری 2024ء کے عام انتخابات", governs no act but its noun's)
    # (one written with its year: a weekday's, "during Saturday's vote", may date what was done then)
    s.name_cues = {s.cues[i] for i, m in enumerate(dated) if getattr(m, "names_happening", False)
                   and YEAR_IN_CUE.search(m.text)}
    s.happening_cues = {s.cues[i] for i, m in enumerate(dated) if getattr(m, "names_happening", False)}
    s.possessive_cues = {s.cues[i] for i, m in enumerate(dated) if m.text.endswith(("'s", "’s"))}
    s.story_day_types = {s.cues[i]: kind for i, m in enumerate(dated)
                         if (kind := getattr(m, "story_type", None) or getattr(m, "day_type", None)
                             or getattr(m, "own_day_type", None))}
    # A foreign government or official takes part ("the US envoy met"), not a foreign place
    # someone goes to ("a private visit to Saudi Arabia", "left for London").
    s.foreign_tokens = [i for a, _ in foreign_names if (i := bisect_right(s.token_ends, a)) == 0
                        or tokens[i - 1][2].lower() not in PLACE_PREPOSITIONS | {"to", "into", "for"}]
    # (private words, read once for both: "a private visit", "نجی دورے")
    private = rules.private_trip_words.find(sentence, tokens) if foreign_names and rules.private_trip_words is not None else []
    if private:
        s.foreign_tokens = []  # a private trip's foreign place is no party ("نجی دورے پر جدہ پہنچے")
    s.foreign_party = bool(s.foreign_tokens) or any(matcher.type_hint.get(a) == rules.foreign_reaction for a in actors)
    s.foreign_at = [bisect_right(s.token_ends, at) for at in [a for a, _ in foreign_names]
                    + [start for a, start, _ in actor_spans if matcher.type_hint.get(a) == rules.foreign_reaction]]
    trips = _trips_abroad(s, foreign_names, rules, [end for _, end, _ in private])
    # One event per date: of two cues for the same date ("on Wednesday ... February 14"),
    # the one a trigger governs most strongly.
    # (an anniversary yields to the day named in its own words: "observed the first anniversary of
    # the polls as a black day on Saturday")
    best: dict[tuple, int] = {}
    rank = [(getattr(dated[i], "kind", None) != "anniversary", s.governing_score(s.cues[i])) for i in range(len(keys))]
    for i, key in enumerate(keys):
        if key not in best or rank[i] > rank[best[key]]:
            best[key] = i
    chosen = sorted(best.values())
    dated = [dated[i] for i in chosen]
    cue_chars = [cue_chars[i] for i in chosen]
    cues = [s.cues[i] for i in chosen]
    events = []
    past = [_well_before(m.date_end, m.value, m.precision, published_value) for m in dated]
    # The actors that may be doers: an institution named only as a place types nothing.
    placed = _only_places(sentence, actor_spans)
    doing = [a for a in actors if a not in placed]
    typed = [type_event(s, cue, chars, doing, names, matcher, foreign, actor_starts, was, actor_spans)
             for chars, cue, was in zip(cue_chars, cues, past)]
    if trips:
        # (an act with no trigger of its own is the trip, whatever its actors' kind: "The prime minister
        # left for Beijing on Monday")
        typed = [(rules.foreign_reaction if (kind in rules.foreign_turns or not trigger) and _on_a_trip(s, trips, cue, tense_of)
                  else kind, trigger, tense_of) for (kind, trigger, tense_of), cue in zip(typed, cues)]
    if _is_tour(rules, typed, dated, sentence, tokens):
        typed = [(rules.tour_turns.get(kind, kind), trigger, tense_of) for kind, trigger, tense_of in typed]
    typed = _share_listed_acts(s, typed, cues, rules.fallback)
    named_in_sentence: dict[int, bool] = {}  # which context phrases the sentence names, found once
    # (a sentence naming two parties of its own is not about the talks the lead set: "the PML-N and
    # the PPP held talks on Sunday", in a report that opens on PTI's talks with the government)
    own_sides = len(set(_party_names(doing, matcher))) >= 2
    for i, (mention, cue) in enumerate(zip(dated, cues)):
        kind, trigger, tense_of = typed[i]
        # (one of the story's own days keeps its own type: "judicial commissions on the events of November 26,
        # 2024" in a report on the talks is the crackdown's day)
        own_day_of_story = getattr(mention, "story_type", None) or getattr(mention, "day_type", None)
        for k, (turns, phrases, lead_words, sides, not_words, kept_days, act_words) in enumerate(rules.context_turns):
            if kept_days and (getattr(mention, "value", None) or "")[:10] in kept_days:
                continue  # ("members elected on 8th February" in a sentence on the reserved seats stays the vote's)
            # (a day that names a thing is that thing's: the turn only when its phrase is the named noun itself, "the
            # intra-party polls in March last year")
            if kind in turns and not own_day_of_story and (cue not in s.naming or _phrase_holds(phrases, sentence, tokens, tense_of)):
                if k not in named_in_sentence:
                    # (the sentence's phrase only with the other side named: "talks with the government" of the PTI,
                    # not the PPP's "talks with the government on joining the cabinet")
                    named_in_sentence[k] = (k in context and not own_sides and (
                        lead_words is None or bool(lead_words.find(sentence, tokens)))) or (
                        bool(phrases.find(sentence, tokens)) and (sides is None or bool(sides.find(sentence, tokens))))
                # (not an act of forming an alliance: "agreed to form a coalition with the government in Khyber
                # Pakhtunkhwa" stays a coalition)
                # (nor an act a turn does not name: a militant group named beside a sit-in leaves the sit-in a protest)
                if named_in_sentence[k] and not (not_words is not None and _act_named(not_words, trigger)) \
                        and (act_words is None or _act_named(act_words, trigger) or _held_by_phrase(phrases, sentence, tokens, trigger)):
                    # "the only contender for the post of chief minister, as no one else filed nomination
                    # papers on Friday" (not "the February 8 polls", a name, in a sentence about an office)
                    turned = turns[kind]
                    # (a report that kept its content's type at its speech verb keeps it only as a type a saying
                    # makes: "told reporters on Friday that ... and rejected any link to the talks" is a statement)
                    kind = rules.speech if tense_of is not None and tense_of.kind == "speech" \
                        and kind in rules.said_types and turned not in rules.said_types else turned
                    break
        # One of the story's own days, long after it, named ("a probe into the May 9 events") or
        # governed by no act (no trigger, or a vague noun: "the incidents of May 9, 2023") is that day's happening, which
        # happened whatever the sentence does about it now; an act keeps its own type ("Police
        # registered cases on February 8").
        story_type = getattr(mention, "story_type", None) or getattr(mention, "day_type", None)
        # ("culprits behind the May 9, 2023": a date after a determiner is a noun, the day's name)
        named = (getattr(mention, "names_happening", False) or (cue[0] > 0 and s.words[cue[0] - 1] in NAME_DETERMINERS)) \
            and cue not in s.during  # (not the act "during Thursday's elections")
        # ("fraud in the general elections on February 8, 2024": the day's own noun right before it)
        named = named or (story_type is not None and cue[0] > 1 and s.words[cue[0] - 1] in NAMING_PREPOSITIONS and any(
            t.kind == "noun" and t.type == story_type and t.last == cue[0] - 2 for t in s.triggers))
        noun_named = False  # the day named by its own background noun ("the November 26 events"): the noun stays its trigger
        if story_type is None and named and (not trigger or trigger.lower() in BACKGROUND_NOUNS):
            # (near the day too, when the date names it by no noun of its own act: "a commission on the November
            # 26 events", "26 نومبر کے واقعات", a month on; not "the February 8 mobile shutdown")
            story_type = getattr(mention, "own_day_type", None)
            noun_named = bool(trigger)
        # (on a page with no date, a noun governs no day of the story's own: "the judgement was the final nail in the
        # mandate the party won on February 8" is the vote, whatever the noun's type)
        if story_type and (named or tense_of is None or (tense_of.kind == "noun" and (
                kind == rules.fallback or published_value is None))):
            kind, trigger, tense_of = story_type, trigger if noun_named else (
                mention.text if named or not trigger else trigger), None
        # "On Monday the party called a protest for Friday": the call dates Monday, the
        # protest Friday; a date of an announcing verb is the announcement's when the same
        # verb also governs a later date.
        # "will protest tomorrow against the robbery of the mandate given on February 8": an act told as
        # to come, at a later date of the sentence, did not happen on a past day of it; the story's own
        # day (the election) is what that day names
        own_day = getattr(mention, "own_day_type", None)
        if own_day and past[i] and trigger and (tense_of is None or tense_of.kind not in {"speech", "commitment"}) and any(
                other[1] == trigger and m.status == "planned" for j, (m, other) in enumerate(zip(dated, typed)) if j != i):
            kind, trigger, tense_of = own_day, mention.text, None
        announces_later = tense_of is not None and any(
            other[1] == trigger and (m.value or "") > (mention.value or "") for j, (m, other) in
            enumerate(zip(dated, typed)) if j != i)
        status = _status(s, tense_of, mention.value, mention.precision, published_value,
                         getattr(mention, "status", None), cue, announces_later, past[i])
        if status == "happened" and tense_of is not None and tense_of.kind not in {"speech", "commitment"} \
                and (said := s.announcing_word(tense_of)) is not None and s.past_perfect(said) and not s.targeted(cue):
            kind = _refine(rules.speech, doing, matcher, rules, foreign)  # "had announced the protests on Monday"
        events.append({"date": mention.value, "precision": mention.precision,
                       "date_end": getattr(mention, "date_end", None), "date_source": "text",
                       "cue": mention.text, "cue_start": mention.start, "cue_end": mention.end,
                       "type": kind, "trigger": trigger, "status": status, "actors": actors})
    if not events and lead and published_value and actors:
        kind, trigger, tense_of = type_event(s, None, None, doing, names, matcher, foreign, actor_starts)
        if kind in undated:
            status = _status(s, tense_of, published_value, "day", published_value, None, None)
            events.append({"date": published_value, "precision": "day", "date_end": None,
                           "date_source": "publication", "cue": "", "cue_start": None, "cue_end": None,
                           "type": kind, "trigger": trigger, "status": status, "actors": actors})
    return events
