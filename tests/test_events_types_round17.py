"""Types of the seventeenth round.  Sentences written for these tests; the types are read off the text by
hand.

- A newly elected assembly's first meeting is part of forming the government, however vaguely told ("has
  to meet by February 29"), in Urdu too ("نومنتخب قومی اسمبلی کا اجلاس").
- The IMF's own instruments (a staff-level agreement, the IMF's tranche or programme) are international acts.
- Presenting the budget is the state's own act, though the sentence names the IMF.
"""

from datetime import date

import pytest
from test_events_types_round14 import typed


@pytest.mark.parametrize("sentence, expected", [
    # 20 February 2024: 29 February is ahead
    ("The newly elected National Assembly has to meet by February 29, when members will take their oaths.",
     ("February 29", "government_formation")),
    ("The newly elected National Assembly must be convened by Feb. 29.", ("Feb. 29", "government_formation")),
])
def test_a_newly_elected_assembly_meeting_forms_the_government(sentence, expected):
    assert expected in typed(sentence, date(2024, 2, 20))


def test_a_newly_elected_assembly_meeting_in_urdu():
    # "the newly elected National Assembly's session must be called by 29 February"
    assert ("29 فروری", "government_formation") in typed(
        "آئینی ماہرین کے مطابق نومنتخب قومی اسمبلی کا اجلاس 29 فروری تک بلانا لازمی ہے۔", date(2024, 2, 20), language="ur")


def test_an_assembly_meeting_of_no_new_house_stays_a_meeting():
    # a sitting of the standing house forms no government
    assert ("on Monday", "government_formation") not in typed(
        "The National Assembly will meet on Monday to debate the price of electricity.", date(2024, 6, 12))


@pytest.mark.parametrize("sentence, expected", [
    # 20 July 2024 a Saturday: the Friday before is the 19th, the Thursday the 18th
    ("Why did it take so long after the staff-level agreement on July 12?", ("July 12", "international")),
    ("The IMF board approved the loan tranche on Thursday.", ("on Thursday", "international")),
    ("Pakistan reached a staff-level agreement with the lender on Friday.", ("on Friday", "international")),
])
def test_the_imf_s_instruments_are_international(sentence, expected):
    assert expected in typed(sentence, date(2024, 7, 20))


def test_presenting_the_budget_is_no_foreign_act():
    # 13 June 2024 a Thursday: Wednesday the 12th
    found = typed("Finance Minister Muhammad Aurangzeb on Wednesday presented a Rs18.9 trillion federal budget, with "
                  "targets agreed with the IMF.", date(2024, 6, 13))
    assert ("on Wednesday", "other") in found


def test_the_imf_speaking_of_the_budget_is_still_a_foreign_reaction():
    assert ("on Thursday", "international") in typed("The IMF said on Thursday the budget falls short of its targets.",
                                                      date(2024, 6, 14))


@pytest.mark.parametrize("sentence, expected", [
    # 21 October 2024 a Monday: the coming Tuesday is the 22nd
    ("The special parliamentary committee is expected to meet on Tuesday to name the next chief justice.",
     ("on Tuesday", "legal")),
    ("The special parliamentary committee will meet on Tuesday.", ("on Tuesday", "legal")),
])
def test_choosing_the_chief_justice_is_legal(sentence, expected):
    assert expected in typed(sentence, date(2024, 10, 21))


def test_choosing_the_chief_justice_in_urdu_is_legal():
    # "the special parliamentary committee on Tuesday night nominated Justice Yahya Afridi as the new chief justice"
    assert ("منگل کی رات", "legal") in typed(
        "خصوصی پارلیمانی کمیٹی نے منگل کی رات جسٹس یحییٰ آفریدی کو نیا چیف جسٹس نامزد کر دیا۔", date(2024, 10, 23), language="ur")


@pytest.mark.parametrize("sentence, published, expected", [
    ("Sharif arrived in the Kingdom on Saturday on a three-day official visit.", date(2024, 4, 8),
     ("on Saturday", "international")),
    ("Sharif is scheduled to address the General Assembly on Friday.", date(2024, 9, 25), ("on Friday", "international")),
])
def test_a_trip_or_a_speech_abroad_is_international(sentence, published, expected):
    assert expected in typed(sentence, published)


def test_an_assembly_meeting_for_the_first_time_forms_the_government():
    # 9 September 2024 a Monday: the Friday before is the 6th
    assert ("on Friday", "government_formation") in typed(
        "The Punjab Assembly had met for the first time on Friday, when the newly elected members were sworn in.",
        date(2024, 9, 9))


def test_a_market_s_gains_are_no_oath():
    # the market moved on Monday; the swearing-in it cheered is only its cause
    assert ("on Monday", "other") in typed(
        "The Pakistan Stock Exchange extended its gains on Monday as investors cheered the swearing-in of the new cabinet.",
        date(2024, 3, 12))


@pytest.mark.parametrize("sentence, language, cue", [
    # "the chief justice had called a full court meeting on Wednesday": a court's gathering is legal
    ("چیف جسٹس نے خط سامنے آنے کے بعد بدھ کو فل کورٹ اجلاس طلب کیا تھا۔", "ur", "بدھ کو"),
    ("The chief justice held a full court meeting on Wednesday.", "en", "on Wednesday"),
])
def test_a_court_s_own_meeting_named_as_one_word_is_legal(sentence, language, cue):
    assert (cue, "legal") in typed(sentence, date(2024, 3, 29), language=language)


def test_a_party_s_meeting_stays_a_meeting():
    assert ("on Wednesday", "legal") not in typed("The party held a core committee meeting on Wednesday.", date(2024, 3, 29))
