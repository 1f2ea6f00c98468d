"""Language resources as data: one folder per language (``en/``, ``ur/`` ...), each holding
``calendar.json``, ``relative.json``, ``tense.json``, ``sentences.json``, ``holidays.json`` and
``clauses.json`` (the words the event typer reads clauses by; optional).

The date engine knows no language: it builds its patterns from these lists.  A folder is
validated when it is loaded; a missing list or a value of the wrong type raises
`LanguageError` naming the file and the key.  Adding a language is adding a folder.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

HERE = Path(__file__).parent

_STR_LIST = "list of strings"
_INT_MAP = "object of string -> integer"
_STR_MAP = "object of string -> string"
_RANGE_MAP = "object of string -> [first day, last day]"
_MONTH_DAY_MAP = "object of string -> \"MM-DD\""
_DATES_MAP = "object of string -> list of ISO dates"

# file -> key -> expected shape.  Every key is required (an empty list is fine), except the
# OPTIONAL ones added after folders were first written: a folder without them reads as empty.
SCHEMA: dict[str, dict[str, str]] = {
    "calendar.json": {
        "script": "string", "case_sensitive_names": "boolean", "months": _INT_MAP,
        "weekdays": "list of 7 lists of strings (Monday first)", "weekday_needs_marker": "boolean",
        "ordinal_suffixes": _STR_LIST, "year_suffixes": _STR_LIST, "day_prepositions": _STR_LIST,
        "month_prepositions": _STR_LIST, "day_postpositions": _STR_LIST, "day_bound_postpositions": _STR_LIST, "day_bound_not_names": _STR_LIST, "month_postpositions": _STR_LIST,
        "day_month_joiners": _STR_LIST, "range_connectors": _STR_LIST, "range_openers": _STR_LIST,
        "list_connectors": _STR_LIST, "possessives": _STR_LIST, "weekday_appositions": _STR_LIST, "year_nouns": _STR_LIST,
        "year_noun_blockers": _STR_LIST, "month_year_joiners": _STR_LIST, "reference_number_signs": _STR_LIST, "reference_year_joiners": _STR_LIST, "year_noun_followers": _STR_LIST, "year_postpositions": _STR_LIST, "year_name_determiners": _STR_LIST,
        "day_of_month_nouns": _STR_LIST,
        "newspaper_words": _STR_LIST, "numeric_date_order": "string", "month_nouns": _STR_LIST,
        "day_words": _INT_MAP, "letter_variants": _STR_MAP, "letters_of_the_language": "string",
        "letter_variants_at_word_edges": _STR_MAP,
    },
    "relative.json": {
        "relative_days": _INT_MAP, "tense_relative_days": _INT_MAP, "anchor_days": _INT_MAP,
        "number_words": _INT_MAP, "units": _STR_MAP, "modifiers": _INT_MAP, "period_prefixes": _STR_MAP,
        "ago_words": _STR_LIST, "later_words": _STR_LIST, "earlier_words": _STR_LIST,
        "after_prepositions": _STR_LIST, "ahead_prepositions": _STR_LIST, "deadline_prepositions": _STR_LIST, "ahead_postpositions": _STR_LIST, "deadline_postpositions": _STR_LIST, "times_words": _STR_LIST, "directive_after_words": _STR_LIST, "directive_that_words": _STR_LIST, "working_day_words": _STR_LIST,
        "ahead_blockers": _STR_LIST, "stretch_followers": _STR_LIST, "stretch_determiners": _STR_LIST, "years_since_patterns": _STR_LIST, "ago_same_day_words": _STR_LIST, "week_before_modifiers": _STR_LIST, "month_year_before_modifiers": _STR_LIST, "apposition_prepositions": _STR_LIST, "week_quantifiers": _STR_LIST, "as_of_phrases": _STR_LIST, "span_markers": _STR_LIST, "reported_future_words": _STR_LIST, "directive_verbs": _STR_LIST, "infinitive_markers": _STR_LIST, "coming_verbs": _STR_LIST, "count_hedges": _STR_LIST, "comparison_words": _STR_LIST,
        "back_reference_words": _STR_LIST, "anniversary_words": _STR_LIST, "return_marks": _STR_LIST, "ordinal_words": _INT_MAP,
        "nth_day_patterns": _STR_LIST, "day_ordinals": _INT_MAP,
        "weekend_words": _STR_LIST, "weekend_openers": _STR_LIST, "today_copulas": _STR_LIST, "date_copulas_after": _INT_MAP, "perfect_words": _STR_LIST, "present_verbs": _STR_LIST, "ongoing_phrases": _STR_LIST, "ongoing_subjects": _STR_LIST, "week_of_words": _STR_LIST,
        "parts_of_month": _RANGE_MAP, "parts_of_day": _STR_LIST, "year_relatives": _INT_MAP, "anaphoric_years": _STR_LIST, "anaphoric_years_before": _STR_LIST,
        "function_words": _STR_LIST, "not_dates": _STR_LIST, "quantity_words": _STR_LIST, "title_nouns": _STR_LIST, "age_patterns": _STR_LIST, "recurring_words": _STR_LIST, "cause_patterns": _STR_LIST,
        "count_prepositions": _STR_LIST, "approximate_words": _STR_LIST,
        "anchor_periods": _STR_MAP, "anchor_weekday_modifiers": _INT_MAP, "count_complement_follows": "boolean",
        "rolling_modifiers": _STR_LIST, "publication_anchor_days": _STR_LIST,
        "background_determiners": _STR_LIST, "possessive_endings": _STR_LIST, "possessive_not": _STR_LIST, "background_participles": _STR_LIST, "background_adjectives": _STR_LIST,
        "background_blockers": _STR_LIST, "background_after": _STR_LIST, "background_nouns": _STR_LIST, "background_of_nouns": _STR_LIST,
        "noun_links": _STR_LIST, "count_links": _STR_LIST, "count_noun_blockers": _STR_LIST, "late_words": _STR_LIST, "night_words": _STR_LIST, "day_time_nouns": _STR_LIST,
        "vote_day_words": _STR_LIST, "eve_vote_nouns": _STR_LIST, "vote_nouns": _STR_LIST, "vote_links": _STR_LIST, "vote_noun_blockers": _STR_LIST,
        "vote_held_words": _STR_LIST, "vote_day_copulas": _STR_LIST, "vote_day_roles": _STR_LIST, "return_count_verbs": _STR_LIST, "topic_links": _STR_LIST, "vote_day_modified": _STR_LIST, "designation_words": _STR_LIST,
    },
    "tense.json": {
        "verb_position": "string", "future_markers": _STR_LIST, "future_patterns": _STR_LIST, "head_of_words": _STR_LIST, "present_auxiliaries": _STR_LIST, "partitive_words": _STR_LIST, "passive_infinitives": _STR_LIST,
        "future_endings": _STR_LIST, "past_verbs": _STR_LIST, "past_suffixes": _STR_LIST,
        "not_past_before": _STR_LIST, "complementizers": _STR_LIST, "reporting_verbs": _STR_LIST,
        "clause_breaks": _STR_LIST, "postponement_verbs": _STR_LIST, "target_prepositions": _STR_LIST,
        "past_perfect_markers": _STR_LIST, "relative_pronouns": _STR_LIST, "past_prepositions": _STR_LIST,
        "adjective_markers": _STR_LIST, "lasting_words": _STR_LIST, "determiners": _STR_LIST, "subordinators": _STR_LIST,
        "addressee_verbs": _STR_LIST, "adjunct_prepositions": _STR_LIST, "genitives": _STR_LIST,
        "verb_prefixes": _STR_LIST, "noun_participles": _STR_LIST, "saying_verbs": _STR_LIST, "declaring_verbs": _STR_LIST, "announcement_words": _STR_LIST, "ruling_words": _STR_LIST, "issued_words": _STR_LIST, "attribution_after_words": _STR_LIST, "set_future_words": _STR_LIST, "edition_words": _STR_LIST, "obligation_words": _STR_LIST, "declared_negations": _STR_LIST, "answering_words": _STR_LIST, "summoned_nouns": _STR_LIST,
        "summoning_verbs": _STR_LIST, "clause_joiners": _STR_LIST, "past_perfect_auxiliaries": _STR_LIST, "completive_auxiliaries": _STR_LIST, "progressive_patterns": _STR_LIST,
        "modals_before": _STR_LIST, "date_phrase_closers": _STR_LIST, "deadline_modals_before": _STR_LIST, "since_after": _STR_LIST,
        "deadline_words": _STR_LIST, "limit_words": _STR_LIST, "limit_postpositions": _STR_LIST, "start_words": _STR_LIST, "relative_agent_markers": _STR_LIST,
        "designating_verbs": _STR_LIST, "either_tense_participles": _STR_LIST, "adverb_endings": _STR_LIST, "not_past_forms": _STR_LIST, "summons_name_blockers": _STR_LIST, "future_prepositions": _STR_LIST, "then_words": _STR_LIST,
    },
    "sentences.json": {"abbreviations": _STR_LIST},
    "clauses.json": {key: _STR_LIST for key in (
        "filler_words", "clause_words", "comma_clause_words", "joining_words", "name_determiners", "anchor_words",
        "earlier_anchors", "modals", "negations", "passive_auxiliaries", "finite_auxiliaries", "perfect_auxiliaries",
        "auxiliaries", "relative_words", "noun_before", "prepositions", "place_prepositions", "object_prepositions",
        "attribution_openers", "irregular_past", "future_words_apart", "future_word_endings",
        "location_prepositions", "location_postpositions", "agent_words", "subject_pronouns", "by_verbs", "agent_openers", "time_relative_words",
        "participle_adverbs", "former_words", "forward_anchors", "naming_prepositions", "adverbial_markers", "involvement_words",
        "anniversary_nouns", "purpose_words", "side_clause_openers", "side_clause_closers", "noun_time_prepositions", "list_words", "claim_negations", "claim_denials", "frame_words", "frame_postpositions", "target_postpositions", "anchor_links", "anchor_postpositions", "hedge_words", "name_titles", "verb_endings", "from_later_words", "aside_adverbs", "passive_not_acts")},
    "holidays.json": {"fixed_holidays": _MONTH_DAY_MAP, "movable_holidays": _STR_MAP, "movable_dates": _DATES_MAP,
                      "open_before": _STR_LIST, "open_after": _STR_LIST, "day_of_before": _INT_MAP,
                      "day_of_after": _INT_MAP, "not_the_holiday_words": _STR_LIST},
}
OPTIONAL: dict[str, object] = {"anaphoric_years": [], "anaphoric_years_before": [], "frame_words": [], "involvement_words": [], "background_adjectives": [], "name_titles": [], "frame_postpositions": [], "target_postpositions": [], "anchor_links": [], "anchor_postpositions": [], "hedge_words": [], "week_before_modifiers": [], "month_year_before_modifiers": [], "apposition_prepositions": [], "week_quantifiers": [], "head_of_words": [], "present_auxiliaries": [], "partitive_words": [], "passive_infinitives": [], "verb_endings": [], "from_later_words": [], "background_nouns": [], "possessive_endings": [], "possessive_not": [], "background_of_nouns": [], "year_noun_blockers": [], "year_name_determiners": [], "date_phrase_closers": [], "month_year_joiners": [], "reference_number_signs": [], "reference_year_joiners": [],
                               "year_noun_followers": [], "verb_prefixes": [], "noun_participles": [], "saying_verbs": [], "declaring_verbs": [], "announcement_words": [], "ruling_words": [], "issued_words": [], "attribution_after_words": [], "set_future_words": [], "edition_words": [], "obligation_words": [], "day_bound_postpositions": [], "day_bound_not_names": [], "side_clause_closers": [], "declared_negations": [], "title_nouns": [], "age_patterns": [], "recurring_words": [], "cause_patterns": [], "noun_links": [],
                               "ahead_prepositions": [], "deadline_prepositions": [], "ahead_postpositions": [], "deadline_postpositions": [], "times_words": [], "directive_after_words": [], "directive_that_words": [], "working_day_words": [],
                               "ahead_blockers": [], "stretch_followers": [], "stretch_determiners": [], "years_since_patterns": [], "ago_same_day_words": [], "as_of_phrases": [], "span_markers": [], "reported_future_words": [], "directive_verbs": [], "infinitive_markers": [], "coming_verbs": [],
                               "count_hedges": [], "comparison_words": [], "back_reference_words": [], "answering_words": [], "weekday_appositions": [],
                               "anniversary_words": [], "return_marks": [], "ordinal_words": {}, "nth_day_patterns": [], "day_ordinals": {}, "year_postpositions": [], "day_of_month_nouns": [],
                               "count_links": [], "count_noun_blockers": [], "summoned_nouns": [], "summoning_verbs": [],
                               "clause_joiners": [], "past_perfect_auxiliaries": [], "completive_auxiliaries": [], "letter_variants": {}, "letters_of_the_language": "", "letter_variants_at_word_edges": {}, "progressive_patterns": [],
                               "modals_before": [], "deadline_modals_before": [], "since_after": [], "late_words": [], "night_words": [], "day_time_nouns": [],
                               "vote_day_words": [], "eve_vote_nouns": [], "vote_nouns": [], "vote_links": [], "vote_noun_blockers": [],
                               "vote_held_words": [], "vote_day_copulas": [], "vote_day_roles": [], "return_count_verbs": [], "topic_links": [], "vote_day_modified": [], "designation_words": [], "not_the_holiday_words": [],
                               "deadline_words": [], "limit_words": [], "limit_postpositions": [], "start_words": [], "relative_agent_markers": [], "designating_verbs": [], "either_tense_participles": [], "adverb_endings": [], "not_past_forms": [], "summons_name_blockers": [], "future_prepositions": [], "then_words": [], "today_copulas": [], "date_copulas_after": {}, "perfect_words": [], "present_verbs": [], "ongoing_phrases": [], "ongoing_subjects": [], "week_of_words": [],
                               **{key: [] for key in SCHEMA["clauses.json"]}}
# Files added after folders were first written, all of whose keys are optional: a folder may lack them.
OPTIONAL_FILES = {"clauses.json"}
UNITS = {"day", "week", "fortnight", "month", "year"}
VERB_POSITIONS = {"near", "final"}
NUMERIC_ORDERS = {"dmy", "mdy", "unknown"}  # "20/02/2024" day first, month first, or nearest publication
SCRIPT_LETTERS = {"latin": "[A-Za-z]", "arabic": "[\u0600-\u06ff\u0750-\u077f]"}


class LanguageError(ValueError):
    """A language folder is missing a file or a list, or holds a value of the wrong type."""


@dataclass(frozen=True)
class Language:
    code: str
    folder: Path
    data: dict  # key -> value, the files' keys merged (they never repeat across files)

    def __getitem__(self, key: str):
        return self.data[key]


def _is_str_list(value) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) and v for v in value)


def _is_map(value, check) -> bool:
    return isinstance(value, dict) and all(isinstance(k, str) and k and check(v) for k, v in value.items())


def _int(v) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def _month_day(v) -> bool:
    try:
        return isinstance(v, str) and bool(re.fullmatch(r"\d\d-\d\d", v)) and bool(date.fromisoformat(f"2024-{v}"))
    except ValueError:
        return False


def _iso_dates(v) -> bool:
    try:
        return isinstance(v, list) and bool(v) and all(isinstance(d, str) and date.fromisoformat(d) for d in v)
    except ValueError:
        return False


CHECKS = {
    "string": lambda v: isinstance(v, str) and bool(v),
    "boolean": lambda v: isinstance(v, bool),
    _STR_LIST: _is_str_list,
    _INT_MAP: lambda v: _is_map(v, _int),
    _STR_MAP: lambda v: _is_map(v, lambda x: isinstance(x, str)),
    _RANGE_MAP: lambda v: _is_map(v, lambda x: isinstance(x, list) and len(x) == 2 and all(map(_int, x))
                                  and 1 <= x[0] <= x[1] <= 31),
    _MONTH_DAY_MAP: lambda v: _is_map(v, _month_day),
    _DATES_MAP: lambda v: _is_map(v, _iso_dates),
    "list of 7 lists of strings (Monday first)": lambda v: isinstance(v, list) and len(v) == 7
    and all(_is_str_list(names) and names for names in v),
}


def _problem(path: Path, key: str, what: str) -> LanguageError:
    return LanguageError(f"{path}: key '{key}': {what}")


def validate(folder: Path) -> dict:
    """The merged data of a language folder, or LanguageError naming the file and key."""
    data: dict = {}
    for name, keys in SCHEMA.items():
        path = folder / name
        try:
            loaded = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            if name in OPTIONAL_FILES:
                data.update({key: OPTIONAL[key] for key in keys})
                continue
            raise LanguageError(f"{path}: file missing (a language folder needs "
                                f"{', '.join(n for n in SCHEMA if n not in OPTIONAL_FILES)})") from None
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise LanguageError(f"{path}: not readable JSON ({exc})") from None
        if not isinstance(loaded, dict):
            raise LanguageError(f"{path}: must hold a JSON object")
        for key, shape in keys.items():
            if key not in loaded and key in OPTIONAL:
                data[key] = OPTIONAL[key]
                continue
            if key not in loaded:
                raise _problem(path, key, f"missing (expected a {shape})")
            if not CHECKS[shape](loaded[key]):
                raise _problem(path, key, f"must be a {shape}")
            data[key] = loaded[key]
    calendar = folder / "calendar.json"
    if data["script"] not in SCRIPT_LETTERS:
        raise _problem(calendar, "script", f"must be one of {sorted(SCRIPT_LETTERS)}")
    if sorted(set(data["months"].values())) != list(range(1, 13)):
        raise _problem(calendar, "months", "must name every month 1..12 and nothing else")
    if data["numeric_date_order"] not in NUMERIC_ORDERS:
        raise _problem(calendar, "numeric_date_order", f"must be one of {sorted(NUMERIC_ORDERS)}")
    if any(len(k) != 1 or len(v) != 1 for k, v in {**data["letter_variants"], **data["letter_variants_at_word_edges"]}.items()):
        raise _problem(calendar, "letter_variants", "must map one letter to one letter (offsets into a text must hold)")
    relative = folder / "relative.json"
    if not set(data["units"].values()) <= UNITS:
        raise _problem(relative, "units", f"values must be among {sorted(UNITS)}")
    tense = folder / "tense.json"
    if data["verb_position"] not in VERB_POSITIONS:
        raise _problem(tense, "verb_position", f"must be one of {sorted(VERB_POSITIONS)}")
    for pattern in data["future_patterns"]:
        try:
            re.compile(pattern)
        except re.error as exc:
            raise _problem(tense, "future_patterns", f"bad pattern {pattern!r} ({exc})") from None
    for pattern in data["years_since_patterns"]:
        try:
            groups = re.compile(pattern).groupindex
        except re.error as exc:
            raise _problem(relative, "years_since_patterns", f"bad pattern {pattern!r} ({exc})") from None
        if "rel" not in groups or not {"n", "nth"} & set(groups):
            raise _problem(relative, "years_since_patterns", f"{pattern!r} needs a group 'rel' and one 'n' or 'nth'")
    for pattern in data["nth_day_patterns"]:
        try:
            groups = re.compile(pattern).groupindex
        except re.error as exc:
            raise _problem(relative, "nth_day_patterns", f"bad pattern {pattern!r} ({exc})") from None
        if "nth" not in groups:
            raise _problem(relative, "nth_day_patterns", f"{pattern!r} needs a group 'nth' (a word of day_ordinals)")
    holidays = folder / "holidays.json"
    unknown = sorted(set(data["movable_holidays"].values()) - set(data["movable_dates"]))
    if unknown:
        raise _problem(holidays, "movable_holidays", f"names a holiday with no dates in movable_dates: {unknown}")
    periods = {"day", "week", "month"}
    for phrase, spec in data["anchor_periods"].items():
        unit, _, count = spec.partition(":")
        if unit not in periods or not re.fullmatch(r"[+-]?\d+", count):
            raise _problem(relative, "anchor_periods", f"{phrase!r}: must be 'day|week|month:N', not {spec!r}")
    return data


@lru_cache(maxsize=1)
def available() -> tuple[str, ...]:
    """Codes of the language folders shipped here."""
    return tuple(sorted(p.name for p in HERE.iterdir() if p.is_dir() and (p / "calendar.json").exists()))


@lru_cache(maxsize=16)
def load(code: str, folder: str | None = None) -> Language:
    """The validated resources of one language (`folder` overrides the shipped one)."""
    path = Path(folder) if folder else HERE / code
    if not path.is_dir():
        raise LanguageError(f"{path}: no such language folder")
    return Language(code, path, validate(path))


@lru_cache(maxsize=1)
def _script_patterns() -> tuple[tuple[str, re.Pattern], ...]:
    return tuple((code, re.compile(SCRIPT_LETTERS[load(code)["script"]])) for code in available())


def script_languages(text: str) -> list[str]:
    """Shipped languages whose script has letters in `text`."""
    return [code for code, letters in _script_patterns() if letters.search(text)]


@lru_cache(maxsize=1)
def _letter_tables() -> tuple[tuple, ...]:
    # (a page is folded only when it has letters only the language writes: "ے", "ٹ" in Urdu)
    tables = []
    for code in available():
        data = load(code).data
        own = data.get("letters_of_the_language") or ""
        edges = data.get("letter_variants_at_word_edges") or {}
        edge_rx = re.compile(f"(?<!\\w)[{re.escape(''.join(edges))}]|[{re.escape(''.join(edges))}](?!\\w)") if edges else None
        if (data.get("letter_variants") or edges) and own:
            tables.append((re.compile(f"[{re.escape(own)}]"), str.maketrans(data.get("letter_variants") or {}), edge_rx, edges))
    return tuple(tables)


def fold_letters(text: str) -> str:
    """The text with each language's variant letters written as the language writes them (an Urdu
    page typed with the Arabic "ي" and "ك" reads as one with "ی" and "ک"), one letter for one, so
    that every offset into the text stays where it was."""
    for letters, table, edge_rx, edges in _letter_tables():
        if letters.search(text):
            text = text.translate(table)
            if edge_rx is not None:
                text = edge_rx.sub(lambda m, edges=edges: edges[m.group()], text)
    return text
