"""Types of the sixteenth round: a trip abroad on state business is international, though the country
it goes to is only a place ("will travel to Saudi Arabia on an official visit"), unless the sentence says
it is private ("left for London for medical treatment", "to perform Umrah").  Sentences written for these
tests; the types are read off the text by hand."""

from datetime import date

import pytest
from test_events_types_round14 import typed


@pytest.mark.parametrize("sentence, expected", [
    # 5 April 2024 a Friday: the coming Saturday is the 6th, the last one the 30th of March
    ("The prime minister will travel to Saudi Arabia on Saturday on a three-day official visit.",
     ("on Saturday", "international")),
    ("The president arrived in Riyadh on Saturday for talks on investment.", ("on Saturday", "international")),
    ("The foreign minister left for Beijing on Monday.", ("on Monday", "international")),
])
def test_a_trip_abroad_on_state_business_is_international(sentence, expected):
    assert expected in typed(sentence, date(2024, 4, 5))


def test_an_official_visit_in_urdu_is_international():
    # "the prime minister reached Jeddah on Saturday on a three-day official visit"
    assert ("ہفتے کو", "international") in typed("وزیراعظم ہفتے کو تین روزہ سرکاری دورے پر جدہ پہنچے۔",
                                                 date(2024, 4, 8), language="ur")


@pytest.mark.parametrize("sentence, cue", [
    ("The former prime minister left for London on Saturday for medical treatment.", "on Saturday"),
    ("The chief minister left for Saudi Arabia on Saturday to perform Umrah.", "on Saturday"),
    ("The party chief flew to Dubai on Saturday on a private visit.", "on Saturday"),
    # a foreign city where a party's own leaders meet is no foreign business
    ("The party's leaders met in London on Saturday to discuss their strategy.", "on Saturday"),
])
def test_a_private_trip_or_a_meeting_abroad_is_not_international(sentence, cue):
    types = dict(typed(sentence, date(2024, 4, 5)))
    assert cue in types and types[cue] != "international"


@pytest.mark.parametrize("sentence, published, language, expected", [
    # protests inside a session: a boycotted ceremony, a dais surrounded, slogans chanted
    ("Opposition lawmakers boycotted the oath-taking ceremony on Monday.", date(2024, 3, 5), "en", ("on Monday", "protest")),
    ("Lawmakers of the opposition chanted slogans against the speaker on Monday.", date(2024, 3, 5), "en",
     ("on Monday", "protest")),
    # "the council's members surrounded the speaker's dais today"
    ("سنی اتحاد کونسل کے ارکان نے آج اسپیکر ڈائس کا گھیراؤ کیا۔", date(2024, 3, 4), "ur", ("آج", "protest")),
    # "the convoys had set off from Peshawar on Sunday" (24 November 2024 a Sunday)
    ("یہ قافلے اتوار کو پشاور سے روانہ ہوئے تھے۔", date(2024, 11, 27), "ur", ("اتوار کو", "protest")),
])
def test_protests_told_by_their_acts(sentence, published, language, expected):
    assert expected in typed(sentence, published, language=language)


def test_a_noun_after_a_comma_only_renames_the_day():
    # the shutdown was on 8 February; "polling day" says what that day was, it is not what was done
    assert ("February 8", "other") in typed(
        "Rights groups noted that mobile phone and data services had also been suspended nationwide on February 8, "
        "polling day.", date(2024, 2, 12))


@pytest.mark.parametrize("sentence, published, language, expected", [
    ("The matter was heard on 27-02-2024 and the decision was reserved on 28th February, 2024.", date(2024, 3, 4), "en",
     ("28th February, 2024", "legal")),
    ("The party had moved the election commission on Feb 21 for its share of the seats.", date(2024, 3, 4), "en",
     ("Feb 21", "legal")),
    ("The outgoing president's term ended in September, but he stayed on.", date(2024, 3, 4), "en", ("in September", "other")),
    # "was sentenced to 14 years on 17 January" / "the bureau filed the reference in December 2023" /
    # "we will approach the high courts tomorrow"
    ("بانی پی ٹی آئی کو 17 جنوری کو 14 سال قید کی سزا سنائی گئی تھی۔", date(2025, 1, 20), "ur", ("17 جنوری", "legal")),
    ("قومی احتساب بیورو نے یہ ریفرنس دسمبر 2023 میں دائر کیا تھا۔", date(2025, 1, 20), "ur", ("دسمبر 2023", "legal")),
    ("پارٹی کے چیئرمین نے کہا کہ ہم کل ہائی کورٹس سے رجوع کریں گے۔", date(2025, 1, 20), "ur", ("کل", "legal")),
])
def test_court_business_told_without_the_court_s_name(sentence, published, language, expected):
    assert expected in typed(sentence, published, language=language)


def test_a_black_day_observed_in_urdu_is_a_protest_not_the_elections_it_marks():
    # "On Saturday the PTI observed a black day across the country on the completion of a year of the
    # 8 February 2024 elections": the day's act is the black day; the dated elections keep their own day
    events = typed("تحریک انصاف نے ہفتے کو 8 فروری 2024ء کے عام انتخابات کا ایک سال مکمل ہونے پر ملک بھر میں "
                   "یوم سیاہ منایا۔", date(2025, 2, 9), language="ur")
    assert ("ہفتے کو", "protest") in events
    assert ("8 فروری 2024ء", "election") in events
