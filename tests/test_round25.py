"""Loader rules of the twenty-fifth round.  Sentences written for these tests; the dates are read off the text
by hand.

- Undated pages: of the days near an act's words, the one that dates the act wins over a nearer one across a side
  clause ("... منتشر ہو گئے، جبکہ ... نے آج بدھ کے روز اعلان کیا": the dispersal is Tuesday night's, the
  announcement today's), so the page is of the Wednesday after the crackdown.
- "8 فروری کے انتخابی نتائج" (the results of the 8 February election) names the story's day in any tense;
  "the commission's March 4 decision" is a name too (language key `possessive_endings`).
- A verb that declares the act (language key `declaring_verbs`) dates what its "that" clause tells: "announced late
  Tuesday night that they had reached an agreement", "نے گزشتہ روز ... فیصلہ سنایا کہ ... حقدار نہیں"; not "said".
- The sentence after the lede dates an act whose who and what the lede or the headline names ("... حکومت سازی طے
  پا گئی ہے۔ منگل کی رات ... قائدین نے معاہدے کا اعلان کیا"): that happening (told by its night, the page is of the
  day after); not a weekday of another act ("On Tuesday, PPP lawmakers walked out ...").
- Story calendar key `spoken`: a happening that is what someone said (a reaction, a confession) is dated by the
  saying ("A State Department spokesman said on Friday that claims of interference should be investigated").
- A page that tells, as done, an act of the day after the happening by its bare weekday is of that day, even with
  "this week's elections" (counted from publication too) in the sentence, or a past perfect outside the weekday's
  clause ("hit back on Saturday, saying ... the country had held peaceful elections").
- Types: "پنجاب اسمبلی میں ہونے والی رائے شماری" (the vote in the assembly) is the house's vote for an office
  (government formation); "مقدمات ... درج" (cases registered) is legal.
- A count in an order ("directed it to submit its findings within three days"; language keys `directive_verbs`,
  `infinitive_markers`) is a plan counted from the order's day; a plan reported with a plain "said ... would" is
  counted from now, one with "had said ... would" (or "had directed") from a time the text does not give.
- Types: ousted "by the Supreme Court" is legal; "سنی اتحاد کونسل میں شمولیت کے حلف نامے" (affidavits of joining)
  is the joining (coalition), not an oath.
- Guards (from the round's review): a declared act denied ("announced on Tuesday that it had not reached an
  agreement") or of another time ("... reached an agreement last week") dates nothing; a spoken happening is dated
  only by its own speaker ("The Foreign Office said on Friday that the concerns ... were unwarranted" is not the
  concern), and a plan is no demand ("Nawaz Sharif said on Friday that he would deliver a victory speech");
  "On Friday, the court had upheld ..." is in the past perfect though its comma ends the weekday's clause; "It's March
  4 already" is no possessive (language key `possessive_not`); "late last Thursday" is two days on, not three.
- Types: "secured 220 votes in the provincial assembly" is the house's vote for an office; "... (ترمیمی) بل 2025 پر
  دستخط" (signed the bill) is legal.  Story calendar: Nawaz Sharif's election as PML-N president (28 May 2024),
  Bushra Bibi's release from Adiala (24 October 2024).
- Second review: a declared act's denial is read only in its own clause ("..., though no details were released"
  denies nothing), with contractions and "failed to" (language key `declared_negations`); a day that names a
  happening ("after the February 8 elections") is no other time of the act; an order's "to" stands right after its
  object ("ordered a probe into the incidents, which led to ..." is no order to act); only a saying in the past
  perfect ("had said", "he'd said") makes a plan's count undated, not "who had contested ..., said ... would";
  "Earlier on Friday, ... had said" is in the past perfect; the sentence after the lede dates a spoken happening only
  when its speaker says it.
- Foreign words (story `foreign.words`): the IMF's arrangements ("the $3 billion Stand-By Arrangement the Fund approved
  last July", "Extended Fund Facility"), India's foreign minister Jaishankar, the Shanghai Cooperation Organisation.
- Types: detentions ("حراست میں لے لیا", "Police picked up ...", "Police took Mr Chattha away") are legal like arrests;
  "بل ... منظور" (a bill passed) is legal like an amendment passed; "The police took positions" is no detention.
- An act that a preposition makes another act's object ("ordered an inquiry into the arrest of PTI lawmakers ... late
  on Monday night") is dated by a day after its words, not by the day of the act before it.
- "last Thursday" is never said of yesterday (no annotated "last <weekday>" in the gold sets is): an undated page
  that tells a happening by it is at least two days later.
- Story calendar: the slow count of 9 February 2024, the IMF's staff-level agreements of 20 March 2024 and 25 March
  2025, the JI ending its sit-in (8 August 2024), PTI lawmakers arrested at Parliament House (9 September 2024),
  PTI's convoys reaching D-Chowk (26 November 2024), the third deferral of the Al-Qadir verdict (13 January 2025).
"""

from datetime import date

import pytest
from test_round20 import typed
from test_undated_round16 import published_in_folder

from dashboard.dates import find_dates
from dashboard.story import default_story


def test_a_day_across_a_side_clause_does_not_date_the_act(tmp_path):
    text = ("ڈی چوک خالی کرا لیا گیا، احتجاج ملتوی\n\n"
            "اسلام آباد: ڈی چوک اور بلیو ایریا میں منگل کی رات پولیس کی کارروائی کے بعد مظاہرین منتشر ہو گئے، جبکہ "
            "جماعت کی قیادت نے آج بدھ کے روز اعلان کیا ہے کہ احتجاج فی الحال ملتوی کیا جا رہا ہے۔\n\n"
            "شہر میں موبائل سروس بحال کر دی گئی ہے۔\n")
    # the story's crackdown at D-Chowk was on Tuesday 26 November 2024 at night; the page is of the day after
    assert published_in_folder(tmp_path, {"a.txt": text}, "a.txt") == "2024-11-27"


def test_the_results_of_the_february_8_election_in_a_future_sentence():
    sentence = "اپوزیشن لیڈر نے کہا کہ 8 فروری کے انتخابی نتائج کا معاملہ بھی ایجنڈے پر رہے گا۔"
    found = find_dates(sentence, date(2024, 12, 23), language="ur", known_days=default_story().known_day_map())
    # written in December 2024: the vote of that February, not the coming one
    assert [m.value for m in found if m.text == "8 فروری"] == ["2024-02-08"]


def test_a_possessive_before_a_date_makes_it_a_name(tmp_path):
    text = ("PHC turns down petitions\n\n"
            "PESHAWAR: A larger bench of the Peshawar High Court on Thursday dismissed the Sunni Ittehad Council's "
            "petitions against the Election Commission's March 4 decision denying it reserved seats.\n")
    # the page's own day is the Thursday of the story's ruling, 14 March 2024, despite the other day written
    assert published_in_folder(tmp_path, {"a.txt": text}, "a.txt") == "2024-03-14"


def test_announced_late_at_night_that_a_deal_was_reached(tmp_path):
    text = ("Two parties seal a deal\n\n"
            "The PML-N and PPP announced late Tuesday night that they had reached an agreement on forming the next "
            "government.\n\nBilawal Bhutto Zardari addressed reporters in Islamabad.\n")
    # the story's deal of Tuesday 20 February 2024, told by its night: the page is of the Wednesday after
    assert published_in_folder(tmp_path, {"a.txt": text}, "a.txt") == "2024-02-21"


def test_ruled_yesterday_that_the_party_is_not_entitled(tmp_path):
    text = ("مخصوص نشستوں کا فیصلہ\n\n"
            "اسلام آباد: الیکشن کمیشن نے گزشتہ روز اکثریتی فیصلہ سنایا کہ سنی اتحاد کونسل مخصوص نشستوں کی حقدار نہیں۔\n\n"
            "کونسل نے فیصلہ چیلنج کرنے کا اعلان کیا ہے۔\n")
    # the commission's refusal was on 4 March 2024; "yesterday" puts the page on the 5th
    assert published_in_folder(tmp_path, {"a.txt": text}, "a.txt") == "2024-03-05"


def test_said_that_is_no_declaring(tmp_path):
    text = ("Deal talk\n\n"
            "A PPP leader said on Tuesday that the agreement with the PML-N on forming the government was final.\n")
    # a claim about the deal told on some Tuesday says nothing of which Tuesday
    assert published_in_folder(tmp_path, {"a.txt": text}, "a.txt") == "NaT"


def test_the_lead_names_the_deal_and_the_next_sentence_dates_it(tmp_path):
    text = ("دو بڑی جماعتوں میں اتفاق\n\n"
            "اسلام آباد: پاکستان مسلم لیگ (ن) اور پاکستان پیپلز پارٹی کے درمیان مرکز میں حکومت سازی کے تمام معاملات "
            "کئی دن کی بات چیت کے بعد بالآخر طے پا گئے ہیں۔\n\n"
            "منگل کی رات اسلام آباد میں ہونے والی مشترکہ پریس کانفرنس میں دونوں جماعتوں کے قائدین نے معاہدے کا اعلان "
            "کیا۔\n")
    # the deal of Tuesday 20 February 2024, which the next sentence dates by its night: the page is of the day after
    assert published_in_folder(tmp_path, {"a.txt": text}, "a.txt") == "2024-02-21"


@pytest.mark.parametrize("second", [
    "On Tuesday, PPP lawmakers walked out of the National Assembly over the budget.",
    "On Tuesday, the two parties' leaders met the president.",
])
def test_a_weekday_after_the_lede_needs_the_act(tmp_path, second):
    text = ("Coalition under strain\n\n"
            "The power-sharing deal between the PPP and the PML-N has come under strain.\n\n" + second + "\n")
    # the second sentence tells another act on a Tuesday: no tie to the deal of Tuesday 20 February 2024
    assert published_in_folder(tmp_path, {"a.txt": text}, "a.txt") == "NaT"


def test_a_noun_alone_in_the_headline_does_not_take_the_leads_weekday(tmp_path):
    text = ("Khan to write to lender over 'rigged' polls\n\n"
            "ISLAMABAD: Imran Khan has decided to write to the IMF, his lawyer said on Thursday.\n")
    # the general election was on a Thursday too, but a noun in passing is not the page's act
    assert published_in_folder(tmp_path, {"a.txt": text}, "a.txt") == "NaT"


def test_the_third_deferral_of_the_verdict(tmp_path):
    text = ("۱۹ کروڑ پاؤنڈ کیس کا فیصلہ تیسری بار مؤخر\n\n"
            "راولپنڈی: احتساب عدالت نے آج ۱۹۰ ملین پاؤنڈ ریفرنس کا فیصلہ ایک بار پھر مؤخر کر دیا۔\n\n"
            "فیصلہ اب جمعہ کو سنایا جائے گا۔\n")
    # the story's third deferral was on 13 January 2025; "today" is that day
    assert published_in_folder(tmp_path, {"a.txt": text}, "a.txt") == "2025-01-13"


def test_last_thursday_is_not_yesterday(tmp_path):
    text = ("Jamaat ends its protest\n\n"
            "RAWALPINDI: The Jamaat-e-Islami called off its sit-in last Thursday after the government agreed to "
            "cut electricity tariffs.\n")
    # the story's JI sit-in ended on Thursday 8 August 2024; "last Thursday" said on the Friday would be
    # "yesterday", and in the rest of that week the bare "Thursday" (round 28), so the earliest day the page can be of
    # is Monday the 12th
    assert published_in_folder(tmp_path, {"a.txt": text}, "a.txt") == "2024-08-12"


def test_a_spoken_happening_is_dated_by_the_saying(tmp_path):
    text = ("Washington urges probe\n\n"
            "WASHINGTON: A State Department spokesman said on Friday that claims of interference in Pakistan's election "
            "should be investigated in full.\n")
    # the story's day of the US, UK and EU concerns is Friday 9 February 2024
    assert published_in_folder(tmp_path, {"a.txt": text}, "a.txt") == "2024-02-09"


def test_an_act_of_the_next_day_with_a_past_perfect_outside_its_clause(tmp_path):
    text = ("Western capitals want answers\n\n"
            "LONDON: Britain's foreign secretary said on Friday that there were serious concerns about the fairness of the "
            "polls in Pakistan.\n\n"
            "Pakistan's foreign ministry hit back on Saturday, saying the statements ignored that the country had held "
            "peaceful elections.\n")
    # the concerns were Friday 9 February 2024; the reply of the Saturday after puts the page on the 10th
    assert published_in_folder(tmp_path, {"a.txt": text}, "a.txt") == "2024-02-10"


def test_the_vote_in_the_assembly_is_government_formation():
    found = typed("پیر کو پنجاب اسمبلی میں ہونے والی رائے شماری میں مریم نواز نے 220 ووٹ حاصل کیے۔", date(2024, 2, 27),
                  language="ur")
    assert [t for c, t, s in found if c == "پیر کو"] == ["government_formation"]


@pytest.mark.parametrize("sentence, value", [
    ("The commission set up a committee on Sunday and directed it to submit its findings within three days.",
     "2024-03-06"),
    ("The court ordered the party to submit its lists within 15 days.", "2024-03-20"),
    ("Officials said the notifications would be issued within a day.", "2024-03-06"),
    ("He had said the party would announce its decision within three days.", None),
    ("Khan had directed the committee to end the process as the government failed to act within seven days.", None),
])
def test_counts_in_orders_and_reported_plans(sentence, value):
    # published on Tuesday 5 March 2024: the order of Sunday 3 March counts from that Sunday (3 + 3 = 6 March), the
    # others from publication (5 + 15 = 20 March, 5 + 1 = 6 March)
    found = [m for m in find_dates(sentence, date(2024, 3, 5), language="en") if m.text.startswith("within")]
    assert [m.value for m in found] == [value]


def test_ousted_by_the_court_is_legal():
    found = typed("Sharif, who was ousted from office by the Supreme Court in 2017, returned in October.", date(2024, 2, 9))
    assert [t for c, t, s in found if c == "in 2017"] == ["legal"]


def test_affidavits_of_joining_are_the_joining():
    found = typed("آزاد ارکان نے آج الیکشن کمیشن میں سنی اتحاد کونسل میں شمولیت کے حلف نامے جمع کرائے۔", date(2024, 2, 21),
                  language="ur")
    assert [t for c, t, s in found if c == "آج"] == ["coalition"]


@pytest.mark.parametrize("lede", [
    "The PPP announced on Tuesday that it had not reached an agreement with the PML-N on forming the government.",
    "The PPP and the PML-N announced on Tuesday that they had reached an agreement last week.",
    "The Foreign Office said on Friday that the concerns raised by the United States and Britain over the election "
    "were unwarranted.",
    "Nawaz Sharif said on Friday that he would deliver a victory speech after the elections.",
])
def test_what_is_declared_or_said_must_be_the_act(tmp_path, lede):
    # each names a story happening's words on its weekday, but not as that day's act
    assert published_in_folder(tmp_path, {"a.txt": "News\n\n" + lede + "\n"}, "a.txt") == "NaT"


def test_a_fronted_weekday_in_the_past_perfect_is_no_next_day(tmp_path):
    text = ("Bat symbol\n\n"
            "ISLAMABAD: Pakistanis voted on Thursday in a general election marred by violence.\n\n"
            "On Friday, the Supreme Court had upheld the decision to strip the PTI of its bat symbol.\n")
    # the vote of Thursday 8 February 2024; the Friday told in the past perfect is no day after it
    assert published_in_folder(tmp_path, {"a.txt": text}, "a.txt") == "2024-02-08"


def test_late_last_thursday(tmp_path):
    text = ("Jamaat ends its protest\n\n"
            "RAWALPINDI: The Jamaat-e-Islami called off its sit-in against electricity bills at Liaquat Bagh late last "
            "Thursday.\n")
    # Thursday 8 August 2024; "last Thursday" is at least two days back, its night included, and of the week before
    # the page's (round 28): Monday the 12th
    assert published_in_folder(tmp_path, {"a.txt": text}, "a.txt") == "2024-08-12"


def test_a_contraction_is_no_possessive():
    from dashboard.dates import names_a_happening
    sentence = "“It's March 4 already and there is no government,” he said."
    start = sentence.index("March 4")
    assert not names_a_happening(sentence, start, start + len("March 4"), "en")


def test_votes_secured_in_the_assembly():
    found = typed("She secured 220 votes in the provincial assembly on Monday after opposition lawmakers walked out.",
                  date(2024, 2, 27))
    assert [t for c, t, s in found if c == "on Monday"] == ["government_formation"]


def test_signing_a_bill_with_its_year():
    found = typed("صدر نے بدھ کو الیکٹرانک جرائم کی روک تھام (ترمیمی) بل 2025 پر دستخط کر دیے۔", date(2025, 1, 30),
                  language="ur")
    assert [t for c, t, s in found if c == "بدھ کو"] == ["legal"]


def test_bushra_bibis_release(tmp_path):
    text = ("Bushra Bibi walks free\n\n"
            "ISLAMABAD: Bushra Bibi was released from Adiala jail on Thursday after the high court granted her bail.\n")
    # the story's release was on Thursday 24 October 2024
    assert published_in_folder(tmp_path, {"a.txt": text}, "a.txt") == "2024-10-24"


@pytest.mark.parametrize("lede, day", [
    ("The PPP and the PML-N announced late Tuesday night that they had reached an agreement, though no details were "
     "released.", "2024-02-21"),
    ("The PPP and the PML-N announced late Tuesday night that they hadn't reached an agreement.", "NaT"),
    ("The PPP and the PML-N announced late Tuesday night that they had failed to reach an agreement.", "NaT"),
    ("The PPP and the PML-N announced late Tuesday night that they had reached an agreement to form a coalition after "
     "the February 8 elections.", "2024-02-21"),
])
def test_declared_denials_and_names(tmp_path, lede, day):
    # the story's deal of Tuesday 20 February 2024, told by its night: the 21st when it is declared done
    assert published_in_folder(tmp_path, {"a.txt": "Coalition news\n\n" + lede + "\n"}, "a.txt") == day


@pytest.mark.parametrize("sentence, value", [
    ("The ECP told the court it handed over the results to candidates within three days.", None),
    ("He ordered a probe into the incidents, which led to the resignation of two officials within a week.", None),
    ("Gohar, who had contested from Buner, said the party would file petitions within three days.", "2024-02-23"),
    ("He'd said the results would be announced within three days.", None),
])
def test_orders_and_plans_second_review(sentence, value):
    # published Tuesday 20 February 2024: a plan said now counts from it (20 + 3 = 23)
    found = [m for m in find_dates(sentence, date(2024, 2, 20), language="en") if m.text.startswith("within")]
    assert [m.value for m in found] == [value]


def test_earlier_on_friday_in_the_past_perfect(tmp_path):
    text = ("Vote count\n\n"
            "ISLAMABAD: Pakistanis voted on Thursday in a general election marred by violence.\n\n"
            "Earlier on Friday, the election commission had said results would be delayed.\n")
    assert published_in_folder(tmp_path, {"a.txt": text}, "a.txt") == "2024-02-08"


def test_a_spoken_happening_after_the_lede_needs_its_speaker(tmp_path):
    text = ("Inquiry\n\n"
            "Former Rawalpindi commissioner Liaquat Ali Chattha appeared before an inquiry committee of the election "
            "commission.\n\n"
            "On Saturday, PTI leaders alleged that the inquiry was a cover-up.\n")
    # Chattha's confession was on Saturday 17 February 2024, but PTI's allegation is not his
    assert published_in_folder(tmp_path, {"a.txt": text}, "a.txt") == "NaT"


def test_the_funds_arrangement_is_international():
    found = typed("The new deal follows the nine-month $3 billion Stand-By Arrangement the Fund approved last July.",
                  date(2024, 7, 15))
    assert [t for c, t, s in found if c == "last July"] == ["international"]


@pytest.mark.parametrize("sentence, published, cue, kind", [
    ("پولیس نے جمعے کو عمران خان کی بہنوں کو حراست میں لے لیا۔", date(2024, 10, 5), "جمعے کو", "legal"),
    ("Police took Mr Chattha away on Saturday afternoon.", date(2024, 2, 18), "on Saturday afternoon", "legal"),
    ("The police took positions on Monday around the square.", date(2024, 9, 10), "on Monday", "other"),
])
def test_detentions_are_legal(sentence, published, cue, kind):
    language = "ur" if "پولیس" in sentence else "en"
    assert [t for c, t, s in typed(sentence, published, language=language) if c == cue] == [kind]


def test_an_act_as_the_object_of_another(tmp_path):
    text = ("Speaker orders probe\n\n"
            "ISLAMABAD: The Speaker on Tuesday ordered an inquiry into the arrest of PTI lawmakers from the Parliament "
            "House premises late on Monday night.\n")
    # the arrests were on the night of Monday 9 September 2024: the page is of Tuesday the 10th
    assert published_in_folder(tmp_path, {"a.txt": text}, "a.txt") == "2024-09-10"
