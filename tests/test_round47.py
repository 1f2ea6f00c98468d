"""Loader rules of the forty-seventh round.  Sentences written for these tests; the dates are read off the text by hand.

- A lockdown called by a movement is a protest ("the action committee called a lockdown"), as annotators type it;
  a "security lockdown" or a "green lockdown" against smog stays other.  So is a token strike, and a convention
  (of lawyers, traders or an alliance: "a day-long convention in Kotli"); a party's "workers' convention" stays other,
  and a "convention centre" is a place.
- Judges' own oaths are the judiciary's business, legal: "the new judges took oath", "administered the oath to the
  six new judges" (an oath a chief justice administers to a prime minister stays government_formation).
- A central bank's rate decision ("cut its key policy rate", "kept its policy rate unchanged") and an army chief's
  promotion to field marshal are other, and stay other when the sentence names India (they are the state's own acts,
  the story's `foreign.domestic_words`).
- A verb whose passive tells no act (the language's new `passive_not_acts`: "if its demands were not met", "was met
  with criticism") is no meeting.
- Tense: an adverb of the language's new `adverb_endings` between "be" or "will" and a past form keeps the form a
  participle, so "will be formally signed on Friday" is to come, as "will be signed" is.  A session summoned after a
  day by a longer name ("جمعرات کو پارٹی کی سیاسی کمیٹی کا اجلاس طلب کر لیا گیا ہے") is summoned for it, as one right
  after the day is; and "شیڈول" (scheduled) before a genitive or "جاری" is the noun, which tells no future
  ("پیر کو ... شیڈول کا اعلان کیا", announced the schedule on Monday).
- Publication days: a byline of a desk ("By Washington Post staff", the boilerplate's desk words in lower case) is a
  byline, so the date line under it is the page's; a yearless dateline whose year the text only names as to come
  ("expected to begin in the first quarter of 2026" under "ISLAMABAD, Dec. 10") may be of the year before it, as
  the lead's weekday says.
"""

import pytest
from fixtures import loaded_events


@pytest.mark.parametrize("body, day, expected", [
    ("The valley saw a complete lockdown beginning on September 29, when shops, schools and transport stayed shut.",
     "2025-09-29", "protest"),
    # (the token strike read so before the round, with nothing after it: a guard)
    ("The action committee announced a token strike across the region from October 20.", "2025-10-20", "protest"),
    ("The decision was announced at the end of a day-long convention in Kotli on Saturday, attended by thousands.",
     "2025-10-04", "protest"),
    # (a guard: read so before the round)
    ("Police imposed a security lockdown in the capital on Saturday.", "2025-10-04", "other"),
])
def test_lockdowns_strikes_and_conventions_of_a_movement_are_protests(tmp_path, body, day, expected):
    events = loaded_events(tmp_path, "movement.txt", f"date 2025-10-06\n\nRegion news\n\n{body}\n")
    # (read by hand: Saturday before Monday 6 October 2025 is the 4th)
    assert [(d, t) for d, _, t, _ in events] == [(day, expected)]


@pytest.mark.parametrize("body, day, expected", [
    # (the first read so before the round: a guard)
    ("Six new judges of the Supreme Court took oath on Friday.", "2025-02-14", "legal"),
    ("Chief Justice Yahya Afridi administered the oath to the six new judges at a ceremony on Friday.",
     "2025-02-14", "legal"),
    # (guards: read so before the round)
    ("Chief Justice Qazi Faez Isa administered the oath to Shehbaz Sharif at the presidency on Friday.",
     "2025-02-14", "government_formation"),
    ("The new members of the assembly took oath on Friday.", "2025-02-14", "government_formation"),
])
def test_judges_oaths_are_legal(tmp_path, body, day, expected):
    events = loaded_events(tmp_path, "oath.txt", f"date 2025-02-15\n\nOath taken\n\n{body}\n")
    assert [(d, t) for d, _, t, _ in events] == [(day, expected)]


@pytest.mark.parametrize("body, day", [
    ("The State Bank of Pakistan on Monday cut its key policy rate by 100 basis points, saying inflation had "
     "fallen even as tensions with India clouded the outlook.", "2025-05-19"),
    # (with no foreign name, read so before the round by the keywords: a guard)
    ("The central bank kept its policy rate unchanged at 12 percent on Monday.", "2025-05-19"),
    ("Munir was promoted to field marshal on Monday, days after the clashes with India.", "2025-05-19"),
])
def test_rate_decisions_and_promotions_stay_other_beside_india(tmp_path, body, day):
    events = loaded_events(tmp_path, "economy.txt", f"date 2025-05-20\n\nBusiness news\n\n{body}\n")
    assert [(d, t) for d, _, t, _ in events] == [(day, "other")]


def test_demands_not_met_are_no_meeting(tmp_path):
    body = "The traders will begin a strike on Monday if their demands are not met."
    events = loaded_events(tmp_path, "traders.txt", f"date 2025-05-15\n\nTraders warn\n\n{body}\n")
    # (read by hand: the Monday after Thursday 15 May 2025 is the 19th, a strike to come)
    assert [(d, t, s) for d, _, t, s in events] == [("2025-05-19", "protest", "planned")]


def test_a_desk_byline_dates_the_page_under_it(tmp_path):
    from dashboard import load_corpus

    text = ("World | Asia\n\nA year after the vote, the army's grip is tighter\n\n"
            "The government says the economy is stabilizing, and its critics say the courts have been remade.\n\n"
            "By Washington Post staff\nFebruary 7, 2025 at 5:00 a.m. EST\n\n"
            "ISLAMABAD, Pakistan — When Pakistanis voted on Feb. 8, 2024, many defied expectations by turning out for "
            "candidates backed by a jailed former prime minister.\n\n"
            "His party plans rallies to mark the anniversary on Saturday, which it calls a black day.\n")
    (tmp_path / "wapo.txt").write_text(text, encoding="utf-8")
    articles = load_corpus(tmp_path, use_cache=False).articles
    assert str(articles["published"].iloc[0])[:10] == "2025-02-07"


def test_a_year_named_only_as_to_come_may_follow_the_pages(tmp_path):
    from dashboard import load_corpus

    text = ("IMF approves disbursement for Pakistan\n\n"
            "ISLAMABAD, Dec. 10 (Xinhua) -- The International Monetary Fund has approved the release of about 1.2 "
            "billion U.S. dollars to Pakistan, the Ministry of Finance said on Wednesday.\n\n"
            "The next review of the program is expected to begin in the first quarter of 2026, officials said.\n")
    (tmp_path / "wire.txt").write_text(text, encoding="utf-8")
    articles = load_corpus(tmp_path, use_cache=False).articles
    # (read by hand: 10 December is a Wednesday in 2025, a Thursday in 2026; the review is to come in 2026)
    assert str(articles["published"].iloc[0])[:10] == "2025-12-10"


@pytest.mark.parametrize("published, body, expected", [
    # (read by hand: Thursday 21 May 2026; the Friday after it is the 22nd, the one before the 15th)
    ("2026-05-21", "The agreement will be formally signed on Friday.", ("2026-05-22", "planned")),
    # (a guard: read so before the round)
    ("2026-05-21", "The agreement was formally signed on Friday.", ("2026-05-15", "happened")),
    # (Wednesday 23 October 2024: the Thursday after it is the 24th)
    ("2024-10-23", "انہوں نے بتایا کہ آئندہ لائحہ عمل طے کرنے کے لیے جمعرات کو پارٹی کی سیاسی کمیٹی کا اجلاس طلب کر "
                   "لیا گیا ہے۔", ("2024-10-24", "planned")),
    # (Tuesday 16 June 2026: the Monday before it is the 15th)
    ("2026-06-16", "چیف الیکشن کمشنر نے پیر کو مظفرآباد میں پریس کانفرنس کے دوران انتخابی شیڈول کا اعلان کیا۔",
     ("2026-06-15", "happened")),
])
def test_days_ahead_and_behind(tmp_path, published, body, expected):
    events = loaded_events(tmp_path, "tense.txt", f"date {published}\n\nNews\n\n{body}\n")
    assert [(d, s) for d, _, _, s in events] == [expected]
