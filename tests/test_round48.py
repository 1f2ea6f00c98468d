"""Loader rules of the forty-eighth round.  Sentences written for these tests; the dates are read off the text by hand.

- Tense: a sitting adjourned "to meet (again) on Friday" is to meet on the Friday ahead (a postponement's verb, then
  "to meet", "to reconvene", "to reassemble" or "to resume" right before the day); a case that "is fixed for hearing"
  is heard on the day ahead; one who "has invited" a side "for talks" on a day invites it to talks to come; and "was
  likely to", "were likely to" (reported speech's "is likely to") put what they govern ahead.
- Urdu: the word that opens a sentence's main clause after a condition (the language's new `then_words`, "تو") ends the
  clause before a date, so the condition's verb tells nothing of the date after it ("اگر ... نہ کی گئیں تو بدھ کو
  دھرنا دیا جائے گا" is a sit-in to come); a jirga or a gathering "called" in the present perfect ("بدھ کو لنڈی کوتل
  میں تاجروں کا جرگہ بلایا ہے") is summoned for the day ahead, as a session "طلب کر لیا ہے" was (the language's
  `summoned_nouns` and `summoning_verbs` grow; not the bare "بلا", also the bat), and one in the past perfect ("طلب کیا
  تھا") stays behind.
- A year that opens its sentence ("Last year, ...", "In 2025, ...", nothing before it: "Unlike in 2018, voters
  did not have to wait until February 10" frames nothing) is the year of a day
  the sentence writes after it without one: "Last year, the province unveiled its budget on June 13" in a report of
  June 2026 is June 2025's, not the latest June 13 (not a year told of a noun further in: "Senators elected in 2018
  complete their terms on March 11").
- The Election Commission's own members (the chief election commissioner, the members from the provinces) are
  appointed and sworn in outside the formation of a government: their oath or appointment is other, as annotators type
  it (11 of 11 annotated reports here), when the act is told of them within a clause ("took oath as the Chief Election
  Commissioner"; not "took oath as prime minister, the chief election commissioner said"); not a bare "CEC", also a
  party's central executive committee.
- Electoral rolls and delimitation are the election's business: "the draft rolls have been on public display since
  May 4", "announce the delimitation schedule on June 30" are election (their nouns and the keywords bag).
- Measured and withdrawn (not in the code): a page that prints no date dated by the folder's dated pages whose
  sentences share rare words with its own ("the FCC heard its first cases on Monday" beside a dated report of the
  FCC's first hearing).  Of 74 pages so dated across the 146 earlier sets, 30 came within two days of the annotated
  day and 44 further off (recurring happenings: adjournments of one case, black days, rounds of by-elections), and
  requiring two sentences or two dated pages to agree left almost none: a wrong day for a whole page costs more than
  its found dates gain.
"""

import pytest
from fixtures import loaded_events


@pytest.mark.parametrize("body, expected", [
    # (read by hand: Wednesday 18 February 2026; the Friday after it is the 20th, the Thursday the 19th, the Monday
    # the 23rd; the Monday before it the 16th)
    ("The speaker adjourned the sitting to meet again on Friday at 11 am.", ("2026-02-20", "planned")),
    ("The house was adjourned to meet on Thursday.", ("2026-02-19", "planned")),
    ("The party's petition is fixed for hearing before a constitutional bench on Monday.", ("2026-02-23", "planned")),
    # (guards: read so before the round)
    ("The House met on Monday and was adjourned.", ("2026-02-16", "happened")),
    ("The case was heard on Monday and adjourned.", ("2026-02-16", "happened")),
])
def test_adjourned_to_meet_and_fixed_for_hearing_are_ahead(tmp_path, body, expected):
    events = loaded_events(tmp_path, "house.txt", f"date 2026-02-18\n\nHouse news\n\n{body}\n")
    assert [(d, s) for d, _, _, s in events] == [expected]


def test_was_likely_to_is_ahead(tmp_path):
    events = loaded_events(tmp_path, "recount.txt", "date 2025-10-10\n\nRecount plea\n\n"
                           "An official told reporters that the commission was likely to take up the matter at its "
                           "hearing on Wednesday.\n")
    # (Friday 10 October 2025: the Wednesday after it is the 15th)
    assert [(d, s) for d, _, _, s in events] == [("2025-10-15", "planned")]


def test_invited_for_talks_is_ahead(tmp_path):
    events = loaded_events(tmp_path, "talks.txt", "date 2026-04-06\n\nTalks offered\n\n"
                           "The mayor has invited the party's leaders for talks on Wednesday.\n")
    # (Monday 6 April 2026: the Wednesday after it is the 8th)
    assert [(d, s) for d, _, _, s in events] == [("2026-04-08", "planned")]


@pytest.mark.parametrize("published, body, expected", [
    # (read by hand: Friday 8 August 2025; the Wednesday after it is the 13th)
    ("2025-08-08", "مشران نے اعلان کیا ہے کہ اگر متاثرین کو سہولیات فراہم نہ کی گئیں تو بدھ کو پریس کلب کے سامنے "
                   "دھرنا دیا جائے گا۔", ("2025-08-13", "planned")),
    # (Monday 20 October 2025: the Wednesday after it is the 22nd, the one before it the 15th)
    ("2025-10-20", "انہوں نے کہا کہ ہم نے بدھ کو لنڈی کوتل میں تاجروں کا جرگہ بلایا ہے۔", ("2025-10-22", "planned")),
    # (guards: read so before the round)
    ("2025-10-20", "وزیراعظم نے بدھ کو وفاقی کابینہ کا اجلاس طلب کیا تھا۔", ("2025-10-15", "happened")),
    ("2025-08-08", "جب کارکن بدھ کو پریس کلب پہنچے تو پولیس نے انہیں روک دیا۔", ("2025-08-06", "happened")),
])
def test_urdu_conditions_and_present_perfect_summons(tmp_path, published, body, expected):
    events = loaded_events(tmp_path, "khabar.txt", f"date {published}\n\nخبر\n\n{body}\n")
    assert [(d, s) for d, _, _, s in events] == [expected]


@pytest.mark.parametrize("body, expected", [
    # (read by hand: the page is of 20 June 2026; the June 13 the sentence opens on "Last year" is 2025's)
    ("Last year, the province unveiled a Rs3.45 trillion outlay on June 13 with much fanfare.",
     [("2025", "year"), ("2025-06-13", "day")]),
    ("In 2025, the province unveiled its budget on June 13.", [("2025", "year"), ("2025-06-13", "day")]),
    # (guards: read so before the round; the first form of the rule broke the first)
    ("Senators elected in 2018 complete their six-year terms on March 11.", [("2018", "year"), ("2026-03-11", "day")]),
    ("The province unveiled its budget on June 13.", [("2026-06-13", "day")]),
])
def test_a_year_that_opens_the_sentence_dates_its_yearless_day(tmp_path, body, expected):
    events = loaded_events(tmp_path, "budget.txt", f"date 2026-06-20\n\nBudget news\n\n{body}\n")
    assert sorted((d[:4] if p == "year" else d, p) for d, p, _, _ in events) == expected


@pytest.mark.parametrize("body, expected", [
    # (read by hand: Tuesday 6 October 2026 is the page's day; "today" is that day, "on Monday" the 5th)
    ("Justice (R) Khalid Mahmood Chaudhry today took oath as the Chief Election Commissioner of Pakistan.",
     ("2026-10-06", "other")),
    ("The two new ECP members were sworn in on Monday.", ("2026-10-05", "other")),
    ("نئے چیف الیکشن کمشنر منگل کو چیف جسٹس آف پاکستان سے عہدے کا حلف لیں گے۔", ("2026-10-06", "other")),
    # (guards: read so before the round)
    ("Shehbaz Sharif took oath as prime minister on Monday, the chief election commissioner said.",
     ("2026-10-05", "government_formation")),
    ("The PPP CEC met on Monday and approved the nomination of its candidate.", ("2026-10-05", "other")),
])
def test_election_commissioners_oaths_are_other(tmp_path, body, expected):
    events = loaded_events(tmp_path, "ecp.txt", f"date 2026-10-06\n\nCommission news\n\n{body}\n")
    assert [(d, t) for d, _, t, _ in events] == [expected]


@pytest.mark.parametrize("body, expected", [
    # (read by hand: the page is of 10 June 2026; May 4 is behind it, June 30 ahead)
    ("The draft rolls have been on public display since May 4 at more than 17,000 display centres.",
     ("2026-05-04", "election")),
    ("The commission is expected to announce the delimitation schedule for Punjab's local governments on June 30.",
     ("2026-06-30", "election")),
    # (a guard: read so before the round)
    ("The ECP will display the draft electoral rolls from May 4 to May 24.", ("2026-05-04", "election")),
])
def test_electoral_rolls_and_delimitation_are_the_election(tmp_path, body, expected):
    events = loaded_events(tmp_path, "rolls.txt", f"date 2026-06-10\n\nRolls on display\n\n{body}\n")
    assert [(d, t) for d, _, t, _ in events] == [expected]
