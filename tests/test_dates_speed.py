"""The fast paths of the date engine give what the slow ones gave."""

from datetime import date

from dashboard.dates import calendar_day, parse_date_string


def test_calendar_day_reads_a_day_month_and_year():
    assert calendar_day(8, 2, "2024") == date(2024, 2, 8)
    assert calendar_day(8, 2, 2024) == date(2024, 2, 8)
    assert calendar_day(31, 12, "1999") == date(1999, 12, 31)


def test_calendar_day_without_a_year_is_a_leap_year_day():
    assert calendar_day(29, 2) == date(2024, 2, 29)
    assert calendar_day(14, 8) == date(2024, 8, 14)


def test_calendar_day_refuses_impossible_days():
    assert calendar_day(29, 2, "2023") is None
    assert calendar_day(31, 4, "2024") is None
    assert calendar_day(0, 5, "2024") is None
    assert calendar_day(0, 5) is None
    assert calendar_day(31, 6) is None


def test_calendar_day_keeps_dateparsers_reading_of_a_day_past_31_without_a_year():
    # dateparser reads "32 January" as January 2032; the fast path must not change what it gave
    assert calendar_day(32, 1) == date(2032, 1, 1)
    assert calendar_day(39, 11) == date(2039, 11, 1)
    assert calendar_day(32, 1, "2024") is None


def test_calendar_day_agrees_with_dateparser_on_a_sample():
    for year in (None, "1800", "1900", "2000", "2023", "2024", "2099"):
        for month in (1, 2, 4, 12):
            for day in (0, 1, 28, 29, 30, 31, 32, 40):
                text = f"{day} {date(2000, month, 1):%B}" + (f" {year}" if year else "")
                assert calendar_day(day, month, year) == parse_date_string(text), text


def test_calendar_day_outside_the_checked_range_asks_dateparser():
    assert calendar_day(8, 2, "2150") == parse_date_string("8 February 2150")


def test_engine_lookup_ignores_case_and_spacing():
    from dashboard.dates import engine
    en = engine("en")
    assert en.lookup("modifiers", "Last") == -1
    assert en.lookup("modifiers", "NEXT") == 1
    assert en.lookup("anchor_periods", "the  week\tbefore") == "week:-1"
    assert en.lookup("modifiers", "lastly") is None
    assert engine("ur").lookup("modifiers", "گزشتہ") == -1


def test_engine_has_a_zero_value_and_a_list_word():
    from dashboard.dates import engine
    en = engine("en")
    assert en.has("year_relatives", "this year")  # its value is 0, and it is there
    assert not en.has("year_relatives", "that year")
    assert en.has("count_prepositions", "After")
    assert not en.has("count_prepositions", "on")


def test_phrase_rx_takes_whole_words_and_an_empty_list_matches_nothing():
    from dashboard.dates import NOTHING, _phrase_rx
    rx = _phrase_rx(["had", "had been"])
    assert rx.search("it had been planned").group() == "had been"
    assert rx.search("the shadhad") is None
    assert _phrase_rx([]) is NOTHING
    assert _phrase_rx([], empty=None) is None
    assert _phrase_rx(["until"], r"(?:^|\s)", r"\s*$").search("adjourned until ")


def test_needs_digit_reads_the_parse_tree():
    from dashboard.dates import needs_digit
    assert needs_digit(r"\d+")
    assert needs_digit(r"[0-3]?\d")
    assert needs_digit(r"(?i:in\s+)?(?:19|20)\d{2}")
    assert needs_digit(r"(?:5|٥)th")
    assert not needs_digit(r"(?:\d|one)")        # a word may stand for the number
    assert not needs_digit(r"\d?")                # an optional digit is no digit for sure
    assert not needs_digit(r"[^a-z]")             # a negated class may be anything
    assert not needs_digit(r"(?=\d)")             # an assertion holds nothing
    assert not needs_digit(r"[0-9a]")             # a class with a letter in it


def test_the_engines_date_patterns_that_need_a_digit():
    from dashboard.dates import engine
    en = engine("en")
    by_kind = [(kind, n) for (kind, _, _), n in zip(en.patterns, en.needs_digit)]
    assert all(n for kind, n in by_kind if kind in {"iso", "mdy", "md", "y"})  # "2024-02-08", "February 8, 2024"
    assert not any(n for kind, n in by_kind if kind in {"m", "weekday", "relday"})  # "in February", "on Friday", "today"
    ur = engine("ur")
    dm = [n for (kind, _, _), n in zip(ur.patterns, ur.needs_digit) if kind == "dm"]
    assert dm == [False]  # Urdu writes the day as a word too: "نو مئی"


def test_a_text_without_digits_still_has_its_word_dates():
    from datetime import date

    from dashboard.dates import find_dates
    found = find_dates("The party will rally next Friday and held talks in February.", date(2024, 2, 20))
    assert [(m.text, m.value) for m in found] == [("next Friday", "2024-02-23"), ("in February", "2024-02")]


def _flat(phrases, fold):
    import re
    body = "|".join(r"\s+".join(map(re.escape, f.split())) for f in sorted(set(phrases), key=len, reverse=True))
    return re.compile(f"(?i:{body})" if fold else f"(?:{body})")


def test_trie_shares_beginnings():
    from dashboard.dates import _trie
    assert _trie(["tomorrow", "today"], fold=True) == "to(?:morrow|day)"
    assert _trie(["the day after tomorrow", "the day after"], fold=True) == r"the\s+day\s+after(?:\s+tomorrow|)"
    assert _trie(["a  b"], fold=True) is None  # uneven inner spacing: the flat list decides


def test_trie_matches_what_the_flat_alternation_matched_for_every_language_list():
    import re

    from dashboard import languages
    from dashboard.dates import _trie
    for code in languages.available():
        data = languages.load(code).data
        for key, value in data.items():
            phrases = list(value) if isinstance(value, (list, dict)) else []
            if not phrases or not all(isinstance(p, str) and p.strip() for p in phrases):
                continue
            body = _trie(sorted(set(phrases), key=len, reverse=True), fold=True)
            if body is None:
                continue
            trie, flat = re.compile(f"(?i:{body})"), _flat(phrases, True)
            # every phrase, run together, spaced, upper-cased, cut short and followed by a word
            text = " ".join([*phrases, *(p.upper() for p in phrases), *(p[:-1] for p in phrases),
                             *(p + "s x" for p in phrases), "".join(phrases)])
            assert [m.span() for m in trie.finditer(text)] == [m.span() for m in flat.finditer(text)], (code, key)
            # and where a word boundary must follow (as in the date patterns): backtracking agrees
            bounded_trie = re.compile(rf"(?:{trie.pattern})(?!\w)")
            bounded_flat = re.compile(rf"(?:{flat.pattern})(?!\w)")
            assert [m.span() for m in bounded_trie.finditer(text)] == [m.span() for m in bounded_flat.finditer(text)], (code, key)
