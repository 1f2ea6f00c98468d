"""Loader rules of the twenty-sixth round.  Sentences written for these tests; the dates are read off the text
by hand.

- A day that a happening names ("on polling day", "on election day") dates the act right before it, not the
  happening: "the internet shutdown on polling day" is the shutdown (other), not the election.  A communications
  shutdown ("a nationwide mobile phone shutdown") is the shutdown; a strike's "observed a complete shutdown" stays a
  protest, and a bare "shutdown" is no trigger (it may be a strike's, or the object of a challenge in court).
- Types: a case "due to be heard by the Sindh High Court on Wednesday" is legal (not the petition's object); a
  release "from Adiala jail" ("رہا کر دیا گیا") is legal, while results "released" stay results.
- A deadline ("within 15 days") in a report whose lead tells of the day before publication runs from that day,
  when the order was given ("The court asked returned candidates to file statements within 15 days", in a paper of
  the day after the ruling); what the paper says still lies ahead ("will send ... within 14 days") runs from
  publication.
- Undated pages: the sentence after a lede that names a happening with no day dates its announcement when it names
  one of its who and a statement by a weekday ("آئی ایم ایف کی جانب سے منگل کی رات جاری اعلامیے کے مطابق", the
  statement the IMF issued on Tuesday night; language key `announcement_words`), whatever the sentence says will
  follow; a day that closes the act's clause dates it however long its object ("cleared thousands of supporters of
  ... from the heart of the capital early Wednesday, ending ..."); in Urdu a day after a participle's side clause
  ("... گرفتاریوں کا نوٹس لیتے ہوئے منگل کو ...") is the main clause's (language key `side_clause_closers`);
  "yesterday" or "today" of a happening named by a noun alone ("گزشتہ روز ... ضمنی انتخابات") ties the page when
  the page tells an act of that happening's weekday ("اتوار کو پولنگ کے دوران"); "A year ago today, ... on polling
  day" counts back to the vote.
- Story calendar: security forces clearing the protesters from the centre of Islamabad (27 November 2024); more
  words for the slow count ("at a crawl"), Nawaz Sharif's victory claim ("in the parliamentary election"), the
  cipher acquittal ("the official secrets case", "overturned the conviction"), the Peshawar High Court's ruling
  ("dismissing"), the arrests at Parliament House ("گرفتاریوں").
- Urdu counts ahead with their word after the count ("کمیٹی تین روز میں رپورٹ پیش کرے گی", "۴۵ روز کے اندر"; language
  key `ahead_postpositions`), and weekdays bounded by "تک" or "سے" ("بدھ تک", by Wednesday; "جمعرات سے", from
  Thursday; key `day_bound_postpositions`), but not "دو ہفتے تک" (two weeks); days of work only ("within seven
  working days", "سات ورکنگ ڈیز میں"; key `working_day_words`) skip Saturdays and Sundays; a deadline counts from a
  day the sentence before names in the two days before publication when a saying reports it ("On Thursday, the PTI
  handed over its demands. The government has said it will respond within seven working days.").
- Second review: "سر سے پیر تک" (head to toe) and "دو ہفتے تک" are no weekdays (language key `day_bound_not_names`);
  "پنجاب کے اندر دو روز تک" is no deadline (`deadline_postpositions`, after the count only); a rate ("ہر تین ماہ
  میں", "سات روز میں دو بار"; `times_words`) is no day ahead; a future after the count ("Within 15 days, the Senate
  will send", "حکومت سات روز کے اندر جواب دے گی") runs from publication, one a saying reports ("has said it will
  respond", "کہا کہ ... کیے جائیں گے") from the day it was said; an Urdu order after its count ("سات روز کے اندر جواب
  دینے کا حکم دیا"; `directive_after_words`) is counted from the order's day; talks with the government turn other only
  with the PTI or the opposition named as the other side (`government_side_sides`), and never an act of forming an
  alliance (`government_side_not_words`); "in that case on Thursday" is no clause break; "has given a call for
  protests on Sunday" is a plan; "انتخابات سے دو روز پہلے" counts back from the vote; a statement dates the page only
  with what it says attributed to it ("اعلامیے کے مطابق"; `attribution_after_words`); an infinitive between an act
  and a weekday ("to make way for a state visit beginning on Wednesday") keeps the day from the act; the calendar's
  year of a yearless dateline gives way to a later year the page tells as done ("had completed the first review in
  May 2025").
- Urdu phrases with the date between the object and the verb ("سینیٹ نے یہ بل منگل کو کثرت رائے سے منظور کیا", the
  Senate passed the bill on Tuesday) are the act, the date's words counting for no word of the "*"; an abbreviation in
  brackets in a script with no capitals ("ترمیمی بل (پیکا) پر دستخط") is passed over like "(PSX)".
- Story calendar: the new National Assembly's first session needs "اسمبلی کا پہلا اجلاس", not any "پہلا اجلاس" in a
  sentence that names the Speaker of the National Assembly ("اسپیکر قومی اسمبلی کی زیر صدارت ... کمیٹیوں کا پہلا
  اجلاس": the first meeting of the talks' committees); the IMF's staff-level agreements are also "a preliminary
  agreement" ("ابتدائی معاہدہ").
- A dateline with no year, its year guessed from the article's years, takes the year of the story's happening the
  page reports when the calendar ties the page to that very month and day ("KARACHI, Sept 26" over the IMF board's
  approval "late on Wednesday", in a page that names July 2023 and June 2025, is of 2024).
- Guards from the round's review: a challenge "to the shutdown" dismissed "by the Sindh High Court" is legal; an
  audio message "released ... from jail" is no release; a deadline the paper tells as still ahead in any words ("is
  expected to", "plans to") runs from publication, one an earlier deal set ("are to be implemented") from the lead's
  day (language key `set_future_words`); a statement dates the page only when issued then ("منگل کی رات جاری
  اعلامیے", language key `issued_words`), not "will set out the terms on Tuesday in a statement"; a weekday closing
  a long clause dates the act only with no other clause joined between ("... and the minister thanked the Fund
  yesterday"); an Urdu participle's day ("... کا اعلان کرتے ہوئے منگل کی رات کہا") still dates its act when no day
  stands before the act's words; the page's weekday for "yesterday's by-elections" is a sentence's one date, bare
  ("on Sunday"; not "three days before polling", "اتوار کی رات"); "A year ago today ... before the vote, ahead of
  polling day" is no count back; an Official Secrets Act acquittal of someone else is not the cipher case.
"""

from datetime import date

import pytest
from test_round20 import typed
from test_undated_round16 import published_in_folder

from dashboard import load_corpus
from dashboard.actors import default_matcher
from dashboard.dates import find_dates
from dashboard.events import sentence_events
from dashboard.story import default_story


@pytest.mark.parametrize("sentence, cue", [
    ("Rights groups said the internet shutdown on polling day had kept voters from finding their polling stations.",
     "on polling day"),
    ("The poll itself was marred by a nationwide mobile phone shutdown on election day, which the government "
     "blamed on security threats.", "on election day"),
    ("Cellular services suspended on polling day were restored only the next evening.", "on polling day"),
])
def test_the_act_before_a_named_day_is_that_days(sentence, cue):
    found = typed(sentence, date(2024, 2, 12))
    assert [t for c, t, s in found if c == cue] == ["other"]


def test_voting_on_polling_day_stays_the_election():
    found = typed("Turnout on polling day was lower than in 2018, the commission said.", date(2024, 2, 12))
    assert [t for c, t, s in found if c == "on polling day"] == ["election"]


def test_a_strike_shutdown_stays_a_protest():
    found = typed("Traders observed a complete shutdown in Quetta on Monday against the results.", date(2024, 2, 13))
    assert [t for c, t, s in found if c == "on Monday"] == ["protest"]


def test_a_hearing_due_before_a_court_is_legal():
    found = typed("A petition challenging the shutdown is due to be heard by the Sindh High Court on Wednesday, "
                  "lawyers said.", date(2024, 2, 19))
    assert [t for c, t, s in found if c == "on Wednesday"] == ["legal"]


def acts(sentence: str, published: date, language: str = "en") -> list[tuple[str, str, str]]:
    """(cue, type, trigger as written) of a sentence's events."""
    mentions = find_dates(sentence, published, language=language)
    matcher = default_matcher()
    return [(e["cue"], e["type"], e["trigger"])
            for e in sentence_events(sentence, 0, mentions, matcher.find(sentence), matcher, published.isoformat())]


@pytest.mark.parametrize("sentence, language, cue, act", [
    ("Bushra Bibi was released from Adiala jail on Thursday evening.", "en", "on Thursday evening",
     "released from Adiala jail"),
    ("بشریٰ بی بی کو جمعرات کی شام اڈیالہ جیل سے رہا کر دیا گیا۔", "ur", "جمعرات کی شام", "رہا کر دیا گیا"),
])
def test_a_release_from_jail_is_a_legal_act(sentence, language, cue, act):
    # (the act, not only the jail: the timeline's label says what was done)
    assert [(t, a) for c, t, a in acts(sentence, date(2024, 10, 25), language) if c == cue] == [("legal", act)]


def test_results_released_stay_results():
    found = typed("The commission's results were released on Friday.", date(2024, 2, 10))
    assert [t for c, t, s in found if c == "on Friday"] == ["results"]


@pytest.mark.parametrize("sentence, value", [
    # the lead told of Friday 12 July; the paper is of Saturday 13 July: 12 + 15 = 27 July
    ("The court asked returned candidates to file statements within 15 days.", "2024-07-27"),
    ("The measures are to be implemented within 15 days.", "2024-07-27"),
    # still ahead as the paper says it: from publication, 13 + 15 = 28 July
    ("The Senate will send its recommendations within 15 days.", "2024-07-28"),
])
def test_a_deadline_runs_from_the_leads_day(sentence, value):
    found = [m for m in find_dates(sentence, date(2024, 7, 13), language="en", news_day=date(2024, 7, 12))
             if m.text.startswith("within")]
    assert [m.value for m in found] == [value]


def test_a_deadline_in_a_whole_article(tmp_path):
    (tmp_path / "ruling.txt").write_text(
        "Court gives independents a fortnight\n\n"
        "ISLAMABAD, July 13 (Reuters) - Pakistan's Supreme Court ruled on Friday that the party was entitled to "
        "reserved seats in the national and provincial assemblies.\n\n"
        "The judges asked lawmakers who had been listed as independents to file statements within 15 days.\n",
        encoding="utf-8")
    events = load_corpus(tmp_path, use_cache=False).events
    within = events[events["cue"] == "within 15 days"]
    assert within["date"].astype(str).str[:10].tolist() == ["2024-07-27"]


@pytest.mark.parametrize("text, day", [
    # the IMF's statement of Tuesday night 25 March 2025 on the first review: the page is of Wednesday 26 March
    ("آئی ایم ایف سے پہلے جائزے پر اسٹاف لیول معاہدہ\n\n"
     "اسلام آباد: پاکستان اور آئی ایم ایف کے درمیان قرض پروگرام کے پہلے جائزے پر اسٹاف لیول معاہدہ طے پا گیا ہے۔ "
     "آئی ایم ایف کی جانب سے منگل کی رات جاری اعلامیے کے مطابق بورڈ کی منظوری کے بعد قسط جاری کی جائے گی۔\n",
     "2025-03-26"),
    # the clearing of early Wednesday 27 November 2024
    ("Police clear the capital\n\n"
     "ISLAMABAD (AP) — Police and paramilitary forces cleared thousands of supporters of jailed former prime "
     "minister Imran Khan from the heart of the capital early Wednesday, ending a protest that had turned deadly.\n",
     "2024-11-27"),
    # the arrests of Monday night 9 September 2024, told in the speaker's act of Tuesday: the page is of Tuesday
    ("گرفتاریوں پر اسپیکر کا نوٹس\n\n"
     "اسپیکر ایاز صادق نے پیر کی رات پارلیمنٹ ہاؤس سے تحریک انصاف کے ارکان اسمبلی کی گرفتاریوں کا نوٹس لیتے ہوئے "
     "منگل کو سکیورٹی عملے کے چار ارکان کو معطل کر دیا۔\n",
     "2024-09-10"),
    # yesterday's by-elections, whose polling the page tells of on Sunday (21 April 2024; it writes the February 8
    # vote, which the April round follows): the page is of Monday 22 April
    ("ضمنی انتخابات کے نتائج\n\n"
     "لاہور: گزشتہ روز قومی و صوبائی اسمبلیوں کی 21 نشستوں پر ہونے والے ضمنی انتخابات میں حکمران جماعت نے برتری حاصل کی۔ "
     "یہ نشستیں 8 فروری کے عام انتخابات کے بعد خالی ہوئی تھیں۔\n\n"
     "نارووال میں اتوار کو پولنگ کے دوران دو گروپوں میں تصادم ہوا۔\n",
     "2024-04-22"),
    # a year back to the day from the vote of 8 February 2024
    ("One year on\n\nA year ago today, millions of Pakistanis lined up at schools to vote, many unable to reach "
     "their families because mobile networks were cut on polling day.\n",
     "2025-02-08"),
])
def test_undated_pages_of_the_round(tmp_path, text, day):
    assert published_in_folder(tmp_path, {"a.txt": text}, "a.txt") == day


def test_yesterday_of_a_noun_alone_needs_its_weekday(tmp_path):
    # no weekday on the page: "yesterday's by-elections" could be of any round, any day (since the thirty-first round
    # a count of seats that one round had, "21 نشستوں", tells it: the seats are left out here)
    text = ("ضمنی انتخابات کے نتائج\n\n"
            "لاہور: گزشتہ روز قومی و صوبائی اسمبلیوں کی نشستوں پر ہونے والے ضمنی انتخابات میں حکمران جماعت نے برتری "
            "حاصل کی۔\n")
    assert published_in_folder(tmp_path, {"a.txt": text}, "a.txt") in {"None", "NaT"}


def test_a_year_between_two_the_article_names(tmp_path):
    text = ("IMF board approves loan\n\n"
            "KARACHI, Sept 26 (Reuters) - The IMF's executive board approved a $7 billion loan for Pakistan late on "
            "Wednesday, clearing the way for a first disbursement.\n\n"
            "It follows a $3 billion arrangement signed in July 2023. The budget for the fiscal year ending June 2025 "
            "set a steep tax target.\n\n"
            "Prime Minister Shehbaz Sharif, speaking in New York on Thursday, thanked the Fund.\n")
    # 26 September 2024 was a Thursday, the day after that Wednesday
    assert published_in_folder(tmp_path, {"a.txt": text}, "a.txt") == "2024-09-26"


@pytest.mark.parametrize("sentence, value", [
    # published on Thursday 16 January 2025
    ("کمیٹی تین روز میں رپورٹ پیش کرے گی۔", "2025-01-19"),
    ("حکومت ۴۵ روز کے اندر اقدامات کرے گی۔", "2025-03-02"),
    ("الیکشن کمیشن بدھ تک حتمی نتائج جاری کرے گا۔", "2025-01-22"),
    ("تعلیمی ادارے جمعہ سے معمول کے مطابق کھلیں گے۔", "2025-01-17"),
    # seven days of work from Thursday 16: 17 (Fri), 20, 21, 22, 23, 24, 27
    ("The government will respond within seven working days.", "2025-01-27"),
    ("حکومتی کمیٹی سات ورکنگ ڈیز میں جواب دے گی۔", "2025-01-27"),
])
def test_urdu_counts_bounds_and_working_days(sentence, value):
    language = "en" if sentence.isascii() else "ur"
    found = [m.value for m in find_dates(sentence, date(2025, 1, 16), language=language) if m.value]
    assert found == [value]


@pytest.mark.parametrize("sentence", [
    "دو ہفتے تک مذاکرات جاری رہے۔",          # two weeks, no Saturday
    "گزشتہ تین روز میں ہزاروں کارکن گرفتار ہوئے۔",  # the last three days: a stretch, no day ahead
])
def test_no_day_in_stretches(sentence):
    assert [m.value for m in find_dates(sentence, date(2025, 1, 16), language="ur") if m.value] == []


def test_a_deadline_counts_from_the_day_before(tmp_path):
    (tmp_path / "talks.txt").write_text(
        "Khan sentenced to 14 years\n\n"
        "RAWALPINDI, Jan 17 (Reuters) - A Pakistani court on Friday sentenced former prime minister Imran Khan to 14 "
        "years in prison.\n\n"
        "On Thursday, the PTI handed over its written demands at the third round of talks. The government has said "
        "it will respond within seven working days.\n", encoding="utf-8")
    events = load_corpus(tmp_path, use_cache=False).events
    # from Thursday 16 January 2025, as the sentence before tells: the 27th (not from the 17th: the 28th)
    assert events[events["cue"] == "within seven working days"]["date"].astype(str).str[:10].tolist() == ["2025-01-27"]


@pytest.mark.parametrize("sentence, cue, kind", [
    ("The PTI's challenge to the shutdown was dismissed by the Sindh High Court on Monday.", "on Monday", "legal"),
    ("A petition against the shutdown will be heard by the Sindh High Court on Wednesday.", "on Wednesday", "legal"),
])
def test_a_challenge_to_the_shutdown_is_legal(sentence, cue, kind):
    assert [t for c, t, s in typed(sentence, date(2024, 2, 19)) if c == cue] == [kind]


def test_a_message_released_from_jail_is_no_release():
    assert [t for c, t, s in typed("The party released an audio message from jail on Monday.", date(2024, 10, 22))
            if c == "on Monday"] != ["legal"]


@pytest.mark.parametrize("sentence, value", [
    ("The Senate is expected to send its recommendations within 15 days.", "2024-07-28"),
    ("The government plans to file a review petition within 15 days.", "2024-07-28"),
    ("The measures are to be implemented within 15 days.", "2024-07-27"),
])
def test_a_deadline_still_ahead_in_other_words(sentence, value):
    found = [m.value for m in find_dates(sentence, date(2024, 7, 13), language="en", news_day=date(2024, 7, 12))
             if m.value]
    assert found == [value]


LEDE = "IMF deal\n\nPakistan and the IMF have reached a staff-level agreement on the first review of the $7 billion loan programme. "


@pytest.mark.parametrize("text", [
    LEDE + "The IMF will set out the terms on Tuesday in a statement, officials said.\n",
    "آئی ایم ایف سے معاہدہ\n\nاسلام آباد: پاکستان اور آئی ایم ایف کے درمیان قرض پروگرام کے پہلے جائزے پر اسٹاف لیول معاہدہ "
    "طے پا گیا ہے۔ آئی ایم ایف منگل کو بیان جاری کرے گا۔\n",
    "Fund approves loan\n\nThe IMF board approved Pakistan's $7 billion loan under the Extended Fund Facility after "
    "months of talks and Finance Minister Muhammad Aurangzeb thanked the Fund in a statement yesterday.\n",
    "By-election results\n\nLAHORE: The PML-N won most of the seats in yesterday's by-elections, unofficial results "
    "showed.\n\nPolice arrested a PTI candidate in Narowal on Sunday, three days before polling.\n",
    "One year on\n\nA year ago today, candidates held their last rallies before the vote, making a final push ahead "
    "of polling day.\n",
    "Officer acquitted\n\nRAWALPINDI: An appeals court on Monday overturned the conviction of a retired army officer "
    "sentenced under the Official Secrets Act for leaking documents.\n",
])
def test_pages_the_review_found_undated(tmp_path, text):
    assert published_in_folder(tmp_path, {"a.txt": text}, "a.txt") in {"None", "NaT"}


def test_an_urdu_participles_day_dates_its_act(tmp_path):
    # announcing the agreement, the IMF said on Tuesday night (25 March 2025): the page is of the day after
    text = ("آئی ایم ایف سے معاہدہ\n\nاسلام آباد: آئی ایم ایف نے پاکستان کے ساتھ پہلے جائزے پر اسٹاف لیول معاہدے کا اعلان "
            "کرتے ہوئے منگل کی رات کہا کہ قسط جلد جاری ہوگی۔\n")
    assert published_in_folder(tmp_path, {"a.txt": text}, "a.txt") == "2025-03-26"


def test_a_guessed_year_keeps_a_named_one(tmp_path):
    # 26 March 2025, the day after the IMF's staff-level agreement of Tuesday 25 March 2025 (2024 is no year the
    # page names, though 26 March 2024 was a Tuesday)
    text = ("IMF deal\n\nKARACHI, March 26 (Reuters) - Pakistan reached a staff-level agreement with the International "
            "Monetary Fund late on Tuesday on the first review of its $7 billion loan programme.\n\n"
            "The programme follows a $3 billion arrangement signed in July 2023 and runs through December 2025.\n")
    assert published_in_folder(tmp_path, {"a.txt": text}, "a.txt") == "2025-03-26"


def test_a_saying_about_the_talks_is_a_statement(tmp_path):
    # the lead names the government's talks with the PTI; what the minister told reporters that Friday (17 January
    # 2025) is his statement, not the talks (other) it mentions
    text = ("Verdict and talks\n\nISLAMABAD, Jan 17 (Reuters) - The government and the PTI held a third round of talks "
            "on Thursday.\n\nInformation Minister Attaullah Tarar told reporters on Friday that the case was a scandal "
            "and rejected any link to the talks.\n")
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    events = load_corpus(tmp_path, use_cache=False).events
    friday = events[events["cue"] == "on Friday"]
    assert friday["type"].tolist() == ["statement"]


@pytest.mark.parametrize("sentence, values", [
    ("عمران خان نے سر سے پیر تک سفید لباس پہنا ہوا تھا۔", []),
    ("دھرنا پیر سے جاری ہے۔", ["2025-01-13"]),
    ("پنجاب کے اندر دو روز تک موبائل سروس بند رہے گی۔", []),
    ("آئی ایم ایف ہر تین ماہ میں جائزہ لے گا۔", []),
    ("کمیٹی سات روز میں دو بار اجلاس کرے گی۔", []),
    # ordered on Tuesday 14 January: 14 + 7 = 21 January
    ("عدالت نے منگل کو الیکشن کمیشن کو سات روز کے اندر جواب دینے کا حکم دیا۔", ["2025-01-14", "2025-01-21"]),
])
def test_urdu_bounds_rates_and_orders(sentence, values):
    assert [m.value for m in find_dates(sentence, date(2025, 1, 16), language="ur") if m.value] == values


@pytest.mark.parametrize("sentence, language, value", [
    # published 13 July 2024, the lead's day the 12th: still ahead as the paper says it, from publication
    ("Within 15 days, the Senate will send its recommendations.", "en", "2024-07-28"),
    # said, and so counted from the day it was said
    ("He said that the Senate will send its recommendations within 15 days.", "en", "2024-07-27"),
    ("حکومت سات روز کے اندر جواب دے گی۔", "ur", "2024-07-20"),
])
def test_a_future_after_the_count_or_reported(sentence, language, value):
    found = [m.value for m in find_dates(sentence, date(2024, 7, 13), language=language, news_day=date(2024, 7, 12))
             if m.value]
    assert found == [value]


@pytest.mark.parametrize("sentence, cue, kind", [
    ("The PPP held talks with the government on Monday on joining the federal cabinet.", "on Monday", "coalition"),
    ("The PTI and the MWM on Monday agreed to form a coalition with the government in Khyber Pakhtunkhwa.",
     "on Monday", "coalition"),
    ("The PTI and the federal government held a second round of talks on Monday.", "on Monday", "other"),
    ("تحریک انصاف اور حکومت کے درمیان مذاکرات پیر کو ہوئے۔", "پیر کو", "other"),
])
def test_talks_need_the_other_side(sentence, cue, kind):
    language = "en" if sentence.isascii() else "ur"
    assert [t for c, t, s in typed(sentence, date(2025, 1, 16), language) if c == cue] == [kind]


@pytest.mark.parametrize("sentence, published, value", [
    # a court due to hear an appeal "in that case on Thursday", said on Monday 3 June 2024: Thursday the 6th
    ("A district court in Islamabad is due to hear his appeal in that case on Thursday.", date(2024, 6, 3),
     "2024-06-06"),
    # protests called for Sunday in a paper of Saturday 10 February 2024: the 11th
    ("The PTI has given a call for peaceful protests outside the offices of returning officers on Sunday.",
     date(2024, 2, 10), "2024-02-11"),
])
def test_plans_the_round_found(sentence, published, value):
    assert [m.value for m in find_dates(sentence, published, language="en")] == [value]


def test_days_before_the_vote_in_urdu():
    # two days before the vote of 8 February 2024
    found = find_dates("عام انتخابات سے دو روز پہلے بلوچستان میں دھماکے ہوئے۔", date(2024, 7, 13), language="ur",
                       known_days=default_story().known_day_map())
    assert [m.value for m in found] == ["2024-02-06"]


@pytest.mark.parametrize("text", [
    "Clearing\n\nISLAMABAD: Police cleared thousands of PTI protesters from the heart of the capital to make way for a "
    "state visit beginning on Wednesday.\n",
    "آئی ایم ایف سے معاہدہ\n\nاسلام آباد: پاکستان اور آئی ایم ایف کے درمیان قرض پروگرام کے پہلے جائزے پر اسٹاف لیول "
    "معاہدہ طے پا گیا ہے۔ آئی ایم ایف کی جانب سے منگل کو جاری اعلامیے میں تفصیلات بتائی جائیں گی۔\n",
    "Sit-in ends\n\nISLAMABAD: Police cleared Tehreek-e-Labbaik protesters from D-Chowk on Wednesday after a "
    "three-day sit-in.\n",
])
def test_pages_the_second_review_found_undated(tmp_path, text):
    assert published_in_folder(tmp_path, {"a.txt": text}, "a.txt") in {"None", "NaT"}


def test_a_calendar_year_gives_way_to_a_later_one_told_as_done(tmp_path):
    # 25 September 2025 was a Thursday, 25 September 2024 a Wednesday; the page tells May 2025 as done
    text = ("IMF board\n\nKARACHI, Sept 25 (Reuters) - The IMF's executive board approved a $1 billion climate loan "
            "for Pakistan on Wednesday, the Fund said.\n\nThe board had completed the first review of the country's "
            "bailout in May 2025.\n")
    assert published_in_folder(tmp_path, {"a.txt": text}, "a.txt") == "2025-09-25"


@pytest.mark.parametrize("sentence, cue", [
    ("سینیٹ نے یہ بل منگل کو کثرت رائے سے منظور کیا تھا۔", "منگل کو"),
    ("قومی اسمبلی نے ترمیم اتوار کی رات دو تہائی اکثریت سے منظور کر لی۔", "اتوار کی رات"),
    ("صدر مملکت نے بدھ کو الیکٹرانک جرائم کی روک تھام کے ترمیمی بل (پیکا) پر دستخط کر دیے۔", "بدھ کو"),
])
def test_urdu_acts_around_their_date_and_brackets(sentence, cue):
    assert [t for c, t, s in typed(sentence, date(2025, 1, 30), "ur") if c == cue] == ["legal"]


def test_the_speakers_title_is_no_session_of_the_house(tmp_path):
    # "the first meeting of the two parties' negotiating committees, chaired by the Speaker of the National Assembly,
    # yesterday": no first session of the new National Assembly (29 February 2024), whose reading put the page in March
    text = ("مذاکرات کا آغاز\n\nاسلام آباد: حکومت اور تحریک انصاف کے درمیان مذاکرات کا باضابطہ آغاز ہو گیا ہے۔ اسپیکر قومی "
            "اسمبلی کی زیر صدارت دونوں جماعتوں کی مذاکراتی کمیٹیوں کا پہلا اجلاس گزشتہ روز پارلیمنٹ ہاؤس میں ہوا۔\n")
    assert not published_in_folder(tmp_path, {"a.txt": text}, "a.txt").startswith("2024-03")


def test_a_preliminary_agreement_with_the_fund(tmp_path):
    # "reached a preliminary agreement with the IMF on Friday for a $7 billion loan": the staff-level agreement of
    # Friday 12 July 2024
    text = ("Pakistan clinches IMF deal\n\nPakistan reached a preliminary agreement with the International Monetary Fund "
            "on Friday for a $7 billion loan, a lifeline for its economy.\n")
    assert published_in_folder(tmp_path, {"a.txt": text}, "a.txt") == "2024-07-12"
