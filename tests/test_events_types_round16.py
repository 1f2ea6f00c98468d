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


@pytest.mark.parametrize("sentence", [
    "The prime minister left for Beijing on Monday for medical treatment.",
    "The prime minister left for Beijing on Monday on a private visit.",
    "The chief minister left for Beijing on Monday to perform Hajj in the spring.",
])
def test_a_private_trip_abroad_is_not_international(sentence):
    # the same trip with no private word is international (above)
    types = dict(typed(sentence, date(2024, 4, 5)))
    assert types["on Monday"] != "international"


@pytest.mark.parametrize("sentence", [
    # a foreign place one comes from, lives in, or went to in another clause is no trip of the act
    "Nawaz Sharif arrived in Lahore from London on Saturday.",
    "The prime minister arrived in Quetta on Monday, days after returning from a trip to Beijing.",
    "The prime minister visited Gwadar on Monday, a week after his visit to China.",
    "The founder's sons, who live in London, arrived in Lahore on Monday to meet their father.",
    # a party's own leaders meeting abroad is no foreign business
    "The party's leaders met in London on Saturday to discuss their strategy.",
])
def test_a_domestic_act_near_a_foreign_place_is_not_international(sentence):
    types = [kind for cue, kind in typed(sentence, date(2024, 4, 5)) if cue in {"on Saturday", "on Monday"}]
    assert types and "international" not in types


def test_leaving_for_the_capital_to_protest_is_a_protest():
    assert ("on Sunday", "protest") in typed("Thousands of PTI workers left for Islamabad on Sunday to join the protest.",
                                             date(2024, 11, 27))


def test_riaz_is_a_name_not_riyadh():
    # "PML-N leader Riaz Hussain Pirzada attended a party meeting on Monday" (8 April 2024 a Monday)
    types = dict(typed("مسلم لیگ ن کے رہنما ریاض حسین پیرزادہ نے پیر کو پارٹی اجلاس میں شرکت کی۔", date(2024, 4, 8),
                       language="ur"))
    assert types["پیر کو"] != "international"


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



@pytest.mark.parametrize("sentence, published, language, cue, expected", [
    # a motorcade, an aid convoy: one convoy is no march ("the prime minister's convoy reached Lahore on Friday")
    ("وزیراعظم کا قافلہ جمعہ کو لاہور پہنچا۔", date(2024, 4, 8), "ur", "جمعہ کو", "protest"),
    # nomination papers filed are the election's business, not a court's
    ("امیدواروں نے پیر کو کاغذات نامزدگی دائر کیے۔", date(2024, 4, 8), "ur", "پیر کو", "legal"),
    # a rally moving to the commission's office is no petition
    ("The rally moved from Aabpara to the ECP office on Monday.", date(2024, 4, 5), "en", "on Monday", "legal"),
    # workers chanting their leader's name in joy are no protest
    ("Jubilant PML-N workers chanted 'Sher, sher' outside Nawaz Sharif's residence on Thursday night.",
     date(2024, 2, 12), "en", "on Thursday night", "protest"),
])
def test_words_that_only_look_like_a_protest_or_a_case(sentence, published, language, cue, expected):
    types = dict(typed(sentence, published, language=language))
    assert cue in types and types[cue] != expected


def test_nomination_papers_filed_in_urdu_are_the_election():
    assert ("پیر کو", "election") in typed("امیدواروں نے پیر کو کاغذات نامزدگی دائر کیے۔", date(2024, 4, 8), language="ur")


def test_a_chief_justices_committee_acts_for_the_court():
    assert ("on Monday", "legal") in typed("The chief justice's committee met on Monday and formed a constitutional bench.",
                                           date(2024, 3, 12))


def test_a_timeline_items_noun_after_its_date_and_comma_names_the_day():
    # "Feb 29, first session;": the date opens the item; its noun is what happened that day
    assert ("Feb 29", "government_formation") in typed(
        "Key dates: Feb 8, polling; Feb 29, first session; March 3, PM election.", date(2024, 3, 12))


@pytest.mark.parametrize("sentence, published, expected", [
    # the results of the vote, not the vote: 9 February 2024 a Friday
    ("Results from Pakistan's general election trickled in slowly on Friday.", date(2024, 2, 9),
     ("on Friday", "results")),
    # a call on supporters to rally on a day is the rally, planned (14 November 2024)
    ("Imran Khan has called on his supporters to rally in Islamabad on Nov. 24 to demand his release.",
     date(2024, 11, 14), ("Nov. 24", "protest")),
    # dismissing a protest call is saying something about it
    ("Government ministers dismissed the protest call on Thursday, saying the party wanted chaos.",
     date(2024, 11, 15), ("on Thursday", "statement")),
])
def test_results_rally_calls_and_their_dismissal(sentence, published, expected):
    assert expected in typed(sentence, published)


def test_an_election_commission_rejecting_a_claim_stays_its_ruling():
    assert ("March 4", "legal") in typed("The ECP rejected the claim on March 4, and the council moved the high court.",
                                            date(2024, 3, 20))



@pytest.mark.parametrize("sentence", [
    # a trip in a phrase of another act, or private words before the trip, or a private trip in Urdu
    "The prime minister arrived in Lahore on Monday after a visit to China.",
    "Maryam Nawaz visited flood-hit villages on Monday after returning from a trip to China.",
])
def test_a_trip_in_a_phrase_of_another_act_is_not_that_act(sentence):
    types = dict(typed(sentence, date(2024, 4, 5)))
    assert types["on Monday"] != "international"


@pytest.mark.parametrize("sentence, published, language, cue", [
    ("Nawaz Sharif, who ended four years of self-exile last year, will travel to Beijing on Monday on an official visit.",
     date(2024, 4, 5), "en", "on Monday"),
    ("The prime minister will leave for Beijing on Monday after the Eid holiday.", date(2024, 4, 5), "en", "on Monday"),
    # the trip's only type would otherwise come from its traveller, a prime minister or a president
    ("The prime minister left for Beijing on Monday.", date(2024, 4, 5), "en", "on Monday"),
    ("The president will fly to Tehran on Monday.", date(2024, 4, 5), "en", "on Monday"),
])
def test_trips_abroad_whatever_else_the_sentence_says(sentence, published, language, cue):
    assert (cue, "international") in typed(sentence, published, language=language)


def test_a_private_trip_in_urdu_is_not_international():
    # "the prime minister reached Jeddah on Saturday on a three-day private visit"
    types = dict(typed("وزیراعظم ہفتے کو تین روزہ نجی دورے پر جدہ پہنچے۔", date(2024, 4, 8), language="ur"))
    assert types["ہفتے کو"] != "international"


def test_a_convoy_leaving_for_the_capital_stays_a_protest():
    assert ("on Sunday", "protest") in typed(
        "Bushra Bibi and Ali Amin Gandapur left for Islamabad from Peshawar on Sunday at the head of a convoy.",
        date(2024, 11, 27))


def test_a_weekday_and_its_renaming_noun():
    # "on Thursday, polling day": the weekday's cue holds its preposition; 12 February 2024 a Monday
    assert ("on Thursday", "other") in typed(
        "Mobile phone and data services had also been suspended nationwide on Thursday, polling day.", date(2024, 2, 12))
    # a timeline's items with "on": the noun after the comma is what happened that day
    assert ("Feb 29", "government_formation") in typed(
        "Key dates: On Feb 8, polling; on Feb 29, first session; March 3, PM election.", date(2024, 3, 12))
