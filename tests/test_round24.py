"""Loader rules of the twenty-fourth round.  Sentences written for these tests; the dates and types are read
off the text by hand.

- "the power-sharing formula agreed with the PML-N in February": a participle of agreeing right after an event
  noun only describes it (language key `noun_participles`), so the date is the deal's, not a statement's.
- "announced the power-sharing agreement at a news conference late on Tuesday": announcing a deal of government is
  the deal (coalition), as announcing the results is the results (`announced_by_types`); not an agreement with
  others ("announced an agreement with the Jamaat-e-Islami"), and not what an alliance announces.
- "the opposition alliance said on Monday": a noun right before a verb that only says (language key
  `saying_verbs`) is who speaks, not what was made known.
- "resigned on Saturday and said allegations of rigging were baseless": a claim joined to an act is denied the
  same way as a claim reported alone.
- "announced on Feb 13, after a marathon meeting of the committee, that the party would support ...": a meeting
  after "after a" and one describing word is the time of the saying, not what was said.
- "claimed at a press conference on Saturday that the results had been rigged", "At a press conference on Saturday,
  Gohar alleged ...": the news conference is where it was said; what was said types it.
- Undated pages: a lede that dates the act by its weekday and names who or what only in the headline or the next
  sentence ("A senior bureaucrat ... resigned on Saturday ... . Liaquat Ali Chattha, the commissioner of
  Rawalpindi, ...") is that happening's; of two rounds of by-elections on a Sunday, the one the page's written days
  ("the Senate elections held on April 2") come shortly before; a report that tells, as done, an act of the day
  after by its bare weekday ("پیر کے روز", on Monday) was written that day.
- "last week on Friday", "گزشتہ ہفتے جمعے کو", "اگلے ہفتے منگل کو": the weekday of that week, one day.
- Not dates of the story: a law's year ("الیکشنز ایکٹ 2017", language key `title_nouns`), a birth or an age ("was born
  on September 23, 1951", "who turned 50 in October"; `age_patterns`; not "born of the February 8 fraud"), a
  schedule ("arrives every Friday"; `recurring_words`).  "March 4" in a dateline is a month, never a march.
- "The suspension of mobile telecommunication services on election day", "the phones went dead on the 8th" are the
  shutdown (other); "the court's decision" is a ruling (legal).
- Tense: "نشست سے دستبردار ہونے کا اعلان کیا" (announced his withdrawal) is done when announced; "is awaiting a verdict
  on Saturday" lies ahead; "9 مئی جیسے واقعات" (events like May 9) names the story's day in any tense; "because of
  his conviction in early February" (language key `cause_patterns`) is of a cause, done.
- Types: access to X blocked, mobile networks switched off (other); a foreign leader's travel (Raisi, Lukashenko:
  story `foreign.words`); negotiators or both committees meeting, "دونوں جماعتوں کی ... کا اگلا اجلاس" (talks,
  coalition); "کامیاب امیدواروں کے نوٹیفکیشن" (results).
"""

from datetime import date

import pytest
from test_round20 import typed
from test_undated_round16 import published_in_folder

from dashboard import load_corpus
from dashboard.dates import find_dates


@pytest.mark.parametrize("sentence, cue", [
    ("The vote cements a power-sharing arrangement agreed last month between the two parties.", "last month"),
    ("The PPP has nominated Gilani for Senate chairman, under the power-sharing formula agreed with the PML-N in "
     "February.", "in February"),
    ("The election completes the coalition arrangement agreed between the PML-N and the PPP last month.",
     "last month"),
])
def test_a_deal_agreed_on_a_date_is_the_deal(sentence, cue):
    found = typed(sentence, date(2024, 3, 12))
    assert [t for c, t, s in found if c == cue] == ["coalition"]


def test_announcing_the_agreement_is_the_agreement():
    found = typed("Bilawal Bhutto Zardari announced the power-sharing agreement at a news conference in Islamabad late on Tuesday, "
                  "with Shehbaz Sharif at his side.", date(2024, 2, 21))
    assert [(c, t) for c, t, s in found] == [("on Tuesday", "coalition")]


def test_announcing_a_news_conference_of_no_deal_stays_a_statement():
    found = typed("Bilawal Bhutto Zardari addressed a news conference in Karachi on Tuesday about inflation.",
                  date(2024, 6, 12))
    assert [t for c, t, s in found if c == "on Tuesday"] == ["statement"]


def test_a_body_that_says_is_not_what_was_announced():
    # "alliance" is a coalition noun; right before "said" it is the speaker: the statement is its plan to march
    found = typed("Pakistan's opposition alliance said on Monday that it would march on the provincial assembly on "
                  "Friday.", date(2024, 5, 7))
    monday = [t for c, t, s in found if c == "on Monday"]
    assert monday and monday[0] != "coalition"
    assert [s for c, t, s in found if c == "on Friday"] == ["planned"]


def test_a_result_declared_keeps_its_type():
    found = typed("The election commission declared the results of 250 seats on Saturday.", date(2024, 2, 11))
    assert [t for c, t, s in found if c == "on Saturday"] == ["results"]


@pytest.mark.parametrize("sentence, kind", [
    ("The commissioner resigned on Saturday and said that allegations of rigging in Rawalpindi were baseless.",
     "statement"),
    ("The commissioner resigned on Saturday and claimed that he had overseen the rigging of results in Rawalpindi.",
     "rigging_allegation"),
])
def test_a_claim_joined_to_an_act_is_denied_as_one_said_alone(sentence, kind):
    found = typed(sentence, date(2024, 6, 19))
    assert [t for c, t, s in found if c == "on Saturday"] == [kind]


def test_a_meeting_after_a_describing_word_is_the_time_of_the_saying():
    found = typed("Bilawal had announced on Feb 13, after a marathon meeting of the party's executive committee, that "
                  "the party would support Shehbaz Sharif for prime minister.", date(2024, 2, 21))
    assert [(c, t, s) for c, t, s in found] == [("Feb 13", "coalition", "happened")]


@pytest.mark.parametrize("sentence", [
    "Gohar Ali Khan claimed at a press conference in Islamabad on Saturday that the results had been rigged.",
    "At a press conference in Lahore on Saturday, Gohar Ali Khan alleged that the results had been changed.",
])
def test_what_is_said_at_a_news_conference_types_it(sentence):
    found = typed(sentence, date(2024, 2, 12))
    assert [(c, t) for c, t, s in found] == [("on Saturday", "rigging_allegation")]


def test_a_news_conference_alone_is_a_statement():
    found = typed("Gohar Ali Khan spoke at a news conference on Saturday.", date(2024, 2, 12))
    assert [t for c, t, s in found] == ["statement"]


def test_a_lede_that_names_its_actor_in_the_next_sentence(tmp_path):
    text = ("Official says he helped rig count, quits\n\n"
            "RAWALPINDI, Pakistan (AP) — A senior bureaucrat in Punjab resigned on Saturday, saying he had overseen "
            "the manipulation of results in the parliamentary election.\n\n"
            "Liaquat Ali Chattha, the commissioner of Rawalpindi, told reporters that losing candidates had been "
            "turned into winners.\n")
    # 17 February 2024, a Saturday, is the story's day of the commissioner's confession
    assert published_in_folder(tmp_path, {"a.txt": text}, "a.txt") == "2024-02-17"


def test_a_lede_with_no_day_does_not_borrow_a_name(tmp_path):
    text = ("Official says he helped rig count, quits\n\n"
            "RAWALPINDI, Pakistan (AP) — A senior bureaucrat in Punjab resigned, saying he had overseen the "
            "manipulation of results in the parliamentary election.\n\n"
            "Liaquat Ali Chattha, the commissioner of Rawalpindi, told reporters that losing candidates had been "
            "turned into winners.\n")
    assert published_in_folder(tmp_path, {"a.txt": text}, "a.txt") == "NaT"


def test_of_two_rounds_of_by_elections_the_one_after_the_days_written(tmp_path):
    # the story has by-elections on Sunday 21 April 2024 and on Sunday 23 November 2025
    text = ("ضمنی انتخابات: مسلم لیگ ن کی برتری\n\n"
            "لاہور: قومی اور صوبائی اسمبلیوں کی 21 نشستوں پر اتوار کو ہونے والے ضمنی انتخابات میں حکمران جماعت نے "
            "واضح برتری حاصل کر لی ہے۔\n\n"
            "واضح رہے کہ 2 اپریل کو ہونے والے سینیٹ انتخابات میں بھی حکمران اتحاد نے اکثریت حاصل کی تھی۔\n")
    assert published_in_folder(tmp_path, {"a.txt": text}, "a.txt") == "2024-04-21"


def test_an_act_of_the_next_day_dates_the_page(tmp_path):
    text = ("ضمنی انتخابات: مسلم لیگ ن کی برتری\n\n"
            "لاہور: قومی اور صوبائی اسمبلیوں کی 21 نشستوں پر اتوار کو ہونے والے ضمنی انتخابات میں حکمران جماعت نے "
            "واضح برتری حاصل کر لی ہے۔\n\n"
            "سنی اتحاد کونسل کی قیادت نے پیر کے روز لاہور میں پریس کانفرنس کرتے ہوئے نتائج کو مسترد کر دیا۔\n\n"
            "واضح رہے کہ 2 اپریل کو ہونے والے سینیٹ انتخابات میں بھی حکمران اتحاد نے اکثریت حاصل کی تھی۔\n")
    assert published_in_folder(tmp_path, {"a.txt": text}, "a.txt") == "2024-04-22"


@pytest.mark.parametrize("sentence, language, day, status", [
    ("The court convicted him last week on Friday.", "en", "2025-01-17", "happened"),
    ("The hearing is set for Tuesday next week.", "en", "2025-01-28", "planned"),
    ("عدالت نے گزشتہ ہفتے جمعے کو سزا سنائی۔", "ur", "2025-01-17", "happened"),
    ("عدالت نے پچھلے ہفتے جمعرات کو سزا سنائی۔", "ur", "2025-01-16", "happened"),
    ("عدالت اگلے ہفتے منگل کو سماعت کرے گی۔", "ur", "2025-01-28", "planned"),
])
def test_a_weekday_of_a_named_week_is_one_day(sentence, language, day, status):
    # published on Thursday 23 January 2025; last week ran from the 13th, next week from the 27th
    found = find_dates(sentence, date(2025, 1, 23), language=language)
    assert [(m.value, m.precision, m.status) for m in found] == [(day, "day", status)]


def test_a_week_and_a_weekday_of_two_sentences_stay_apart():
    found = find_dates("It happened last week. On Monday, he left.", date(2025, 1, 23), language="en")
    assert [(m.value, m.precision) for m in found] == [("2025-01-13", "week"), ("2025-01-20", "day")]


@pytest.mark.parametrize("sentence, language", [
    ("ادھر قومی اسمبلی نے الیکشنز ایکٹ 2017 میں ترمیم کا بل منظور کر لیا۔", "ur"),
    ("Mian Muhammad Shehbaz Sharif was born on September 23, 1951 in Lahore.", "en"),
    ("Maryam Nawaz, who turned 50 in October, took the oath.", "en"),
    ("Khan, who turns 72 next month, remains in Adiala jail.", "en"),
    ("The newsletter arrives in your inbox every Friday.", "en"),
    ("ہر جمعے کو احتجاج کیا جاتا ہے۔", "ur"),
])
def test_no_date_of_the_story(sentence, language):
    assert [m.value for m in find_dates(sentence, date(2024, 3, 4), language=language) if m.value] == []


def test_a_thing_born_of_a_day_keeps_its_day():
    found = find_dates("This parliament, born of the Feb 8 fraud, has no mandate.", date(2024, 10, 21), language="en")
    assert [m.value for m in found] == ["2024-02-08"]


def test_a_dateline_month_is_no_march(tmp_path):
    # the dateline's date is no event; its month's name must not become a march either
    (tmp_path / "a.txt").write_text("Commission denies seats\n\nISLAMABAD, March 4 (Reuters) - Pakistan's election "
                                    "commission ruled on Monday that the Sunni Ittehad Council was not entitled to "
                                    "reserved seats.\n", encoding="utf-8")
    events = load_corpus(tmp_path).events
    assert sorted(zip(events["cue"], events["type"])) == [("on Monday", "legal")]


@pytest.mark.parametrize("sentence, published, cue, kind", [
    ("The suspension of mobile telecommunication services on election day and the delays in the count raised "
     "concerns.", date(2024, 2, 12), "on election day", "other"),
    ("People told me the phones went dead on the 8th, the morning of the vote, and did not come back until the "
     "next day.", date(2024, 4, 12), "on the 8th", "other"),
    ("The tribunal decision of 13 March on the electoral symbol left the party without its symbol.",
     date(2024, 4, 12), "13 March", "legal"),
])
def test_shutdowns_and_court_decisions(sentence, published, cue, kind):
    found = typed(sentence, published)
    assert [t for c, t, s in found if c == cue] == [kind]


@pytest.mark.parametrize("sentence, language, published, value, status", [
    ("حافظ نعیم نے ہفتے کو نشست سے دستبردار ہونے کا اعلان کیا۔", "ur", date(2024, 2, 12), "2024-02-10", "happened"),
    ("Mr Khan is awaiting a verdict on Saturday in his appeal.", "en", date(2024, 7, 12), "2024-07-13", "planned"),
    ("9 مئی جیسے واقعات کو دہرانے کی اجازت نہیں دی جائے گی۔", "ur", date(2024, 2, 27), "2023-05-09", "happened"),
    ("Khan will stay in jail because of his conviction in early February.", "en", date(2024, 6, 3), "2024-02",
     "happened"),
])
def test_the_tense_of_these_dates(sentence, language, published, value, status):
    from dashboard.story import default_story
    found = find_dates(sentence, published, language=language, known_days=default_story().known_day_map())
    assert [(m.value, m.status) for m in found] == [(value, status)]


def test_a_verdict_following_is_not_always_done():
    # no possessive: "the verdict on Friday" may still be ahead
    found = find_dates("The party will hold rallies following the verdict on Friday.", date(2024, 6, 5), language="en")
    assert [(m.value, m.status) for m in found] == [("2024-06-07", "planned")]


@pytest.mark.parametrize("sentence, language, published, cue, kind", [
    ("Access to the platform X has remained blocked since February 17, the ministry told a court.", "en",
     date(2024, 3, 5), "February 17", "other"),
    ("Raisi will also travel to Lahore and Karachi on Tuesday.", "en", date(2024, 4, 22), "on Tuesday",
     "international"),
    ("Negotiators agreed to meet again on January 2.", "en", date(2024, 12, 24), "January 2", "coalition"),
    ("دونوں جماعتوں کی رابطہ کمیٹیوں کا اگلا اجلاس پیر کو متوقع ہے۔", "ur", date(2024, 2, 18), "پیر کو", "coalition"),
    ("الیکشن کمیشن کے مطابق کامیاب امیدواروں کے نوٹیفکیشن آئندہ ہفتے جاری کیے جائیں گے۔", "ur", date(2024, 4, 22),
     "آئندہ ہفتے", "results"),
])
def test_who_did_what_types_these(sentence, language, published, cue, kind):
    found = typed(sentence, published, language)
    assert [t for c, t, s in found if c == cue] == [kind]


# The review of the round's rules: inputs on which they must not fire.

@pytest.mark.parametrize("sentence, published, cue, kind", [
    ("The opposition alliance announced on Sunday a nationwide protest movement against the rigged polls.",
     date(2024, 3, 4), "on Sunday", "statement"),
    ("The interior minister announced an agreement with the Jamaat-e-Islami on Friday.", date(2024, 8, 10),
     "on Friday", "other"),
    ("The agreement follows the PML-N-PPP power-sharing deal announced at Zardari House on Tuesday night.",
     date(2024, 3, 4), "on Tuesday night", "coalition"),
])
def test_what_an_alliance_announces_is_not_an_alliance(sentence, published, cue, kind):
    assert [t for c, t, s in typed(sentence, published) if c == cue] == [kind]


@pytest.mark.parametrize("sentence, language, published, values", [
    ("A Karachi-born lawyer was arrested on Monday outside the high court.", "en", date(2024, 8, 10), ["2024-08-05"]),
    ("Independents turned 93 seats into a majority on February 9.", "en", date(2024, 3, 10), ["2024-02-09"]),
    ("الیکشن کمیشن نے کل، 9 فروری کو حتمی نتائج جاری کیے۔", "ur", date(2024, 2, 10), ["2024-02-09", "2024-02-09"]),
    ("Parliament passed the act 6 August, days after the verdict.", "en", date(2024, 8, 10), ["2024-08-06"]),
    ("The two parties each on Tuesday submitted their lists.", "en", date(2024, 8, 10), ["2024-08-06"]),
    ("Khan, who was convicted last week, on Friday filed an appeal.", "en", date(2025, 1, 24),
     ["2025-01-13", "2025-01-24"]),
    ("The PTI said on Thursday next week's rally would go ahead.", "en", date(2025, 1, 24),
     ["2025-01-23", "2025-01-27"]),
    ("عدالت نے سماعت جمعے کو اگلے ہفتے تک ملتوی کر دی۔", "ur", date(2025, 1, 24), ["2025-01-24", "2025-01-27"]),
])
def test_dates_the_new_rules_leave_alone(sentence, language, published, values):
    assert [m.value for m in find_dates(sentence, published, language=language)] == values


@pytest.mark.parametrize("second", [
    "Last year, Liaquat Ali Chattha, the former Rawalpindi commissioner, made headlines with claims of rigging.",
    "Prime Minister Shehbaz Sharif congratulated him on being elected.",
])
def test_a_lede_borrows_no_name_from_a_sentence_of_another_time_or_act(tmp_path, second):
    text = ("Official quits\n\nKARACHI (AP) — A senior election official in Sindh resigned on Saturday, citing health "
            "reasons, and was elected on Sunday to a party post.\n\n" + second + "\n")
    assert published_in_folder(tmp_path, {"a.txt": text}, "a.txt") == "NaT"


def test_a_day_told_before_the_vote_does_not_move_the_page(tmp_path):
    text = ("ضمنی انتخابات: مسلم لیگ ن کی برتری\n\n"
            "لاہور: قومی اور صوبائی اسمبلیوں کی 21 نشستوں پر اتوار کو ہونے والے ضمنی انتخابات میں حکمران جماعت نے "
            "واضح برتری حاصل کر لی ہے۔\n\n"
            "تحریک انصاف نے پیر کے روز قبل از انتخاب دھاندلی کا الزام لگایا تھا۔\n\n"
            "واضح رہے کہ 2 اپریل کو ہونے والے سینیٹ انتخابات میں بھی حکمران اتحاد نے اکثریت حاصل کی تھی۔\n")
    assert published_in_folder(tmp_path, {"a.txt": text}, "a.txt") == "2024-04-21"


def test_a_day_written_with_its_year_does_not_choose_the_round(tmp_path):
    # the page's only written day carries its year: it is told as long past and says nothing of which by-elections
    text = ("By-election sweep\n\nLAHORE (AP) — The ruling party won most of the 13 seats in Sunday's by-elections, "
            "officials said.\n\nMaryam Nawaz took office as chief minister on February 26, 2024.\n")
    assert published_in_folder(tmp_path, {"a.txt": text}, "a.txt") == "NaT"



@pytest.mark.parametrize("text, day", [
    ("لاہور/کراچی (۲۸ اگست ۲۰۲۴): جماعت اسلامی کی کال پر آج ملک بھر میں شٹر ڈاؤن ہڑتال کی گئی۔\n\nتاجروں نے دکانیں بند رکھیں۔\n",
     "2024-08-28"),
    ("پشاور/اسلام آباد (ہفتہ، ۸ فروری ۲۰۲۵): عام انتخابات کو آج ایک سال مکمل ہو گیا ہے۔\n\nتحریک انصاف یوم سیاہ منا رہی ہے۔\n",
     "2025-02-08"),
    ("LAHORE/KARACHI (Aug 28, 2024): Traders kept their shops shut across the country.\n\nThe strike was called by the "
     "Jamaat-e-Islami.\n", "2024-08-28"),
])
def test_a_dateline_of_two_places_and_a_bracketed_date(tmp_path, text, day):
    assert published_in_folder(tmp_path, {"a.txt": text}, "a.txt") == day


def test_an_urdu_act_at_the_end_of_a_long_clause_is_dated_by_its_day(tmp_path):
    # the cipher acquittal (3 June 2024); "آج" (today) opens the clause whose verb ends it
    text = ("سائفر کیس: عمران خان اور شاہ محمود قریشی بری\n\n"
            "اسلام آباد ہائیکورٹ نے آج سائفر کیس میں بانی پی ٹی آئی عمران خان اور شاہ محمود قریشی کی سزا کے خلاف اپیلیں "
            "منظور کرتے ہوئے دونوں کو بری کر دیا۔\n")
    assert published_in_folder(tmp_path, {"a.txt": text}, "a.txt") == "2024-06-03"


def test_a_round_of_talks_that_ended_is_no_end_of_the_talks(tmp_path):
    # 2 January 2025 was the Thursday of the second round; the talks were called off on 23 January
    text = ("ISLAMABAD: The second round of talks between the government and the PTI, held on Thursday at Parliament "
            "House, ended without the opposition party presenting its demands.\n\nThe two sides will meet again "
            "next week.\n")
    assert published_in_folder(tmp_path, {"a.txt": text}, "a.txt") == "2025-01-02"



@pytest.mark.parametrize("sentence, language, published, expected", [
    # a day put right after its month
    ("The staff-level agreement was reached in July, on the 12th, but approval was delayed.", "en",
     date(2024, 9, 26), [("2024-07", "happened"), ("2024-07-12", "happened")]),
    # a story's day that a plan would put most of a year ahead
    ("The commissions would investigate a deadly crackdown on Khan supporters in Islamabad on Nov. 26, the party "
     "said.", "en", date(2025, 1, 17), [("2024-11-26", "happened")]),
    # a future ending in a relative clause after the act ("جو ... جاری رہے گی") is not the act's
    ("ضمنی انتخابات کے لیے پولنگ آج صبح ۸ بجے شروع ہوئی جو شام ۵ بجے تک جاری رہے گی۔", "ur", date(2024, 4, 21),
     [("2024-04-21", "happened")]),
    # an announcement that ends or puts off something takes effect when made
    ("تحریک انصاف نے آج صبح ایک بیان میں احتجاج فی الحال ختم کرنے کا اعلان کر دیا۔", "ur", date(2024, 11, 27),
     [("2024-11-27", "happened")]),
])
def test_days_and_tenses_of_short_reports(sentence, language, published, expected):
    from dashboard.story import default_story
    found = find_dates(sentence, published, language=language, known_days=default_story().known_day_map())
    assert [(m.value, m.status) for m in found] == expected


def test_a_plan_for_the_coming_may_9_stays_ahead():
    from dashboard.story import default_story
    found = find_dates("PTI will hold rallies on May 9.", date(2025, 1, 17), language="en",
                       known_days=default_story().known_day_map())
    assert [(m.value, m.status) for m in found] == [("2025-05-09", "planned")]


def test_the_senate_chairmans_election_is_government_formation():
    found = typed("چیئرمین اور ڈپٹی چیئرمین سینیٹ کا انتخاب آئندہ ہفتے متوقع ہے۔", date(2024, 4, 2), "ur")
    assert [t for c, t, s in found] == ["government_formation"]



def test_story_words_match_urdu_figures():
    from dashboard.story import words_pattern
    assert words_pattern(["26ویں آئینی ترمیم"]).search("کابینہ نے ۲۶ویں آئینی ترمیم کی منظوری دی")


@pytest.mark.parametrize("text, day", [
    # the IMF staff-level agreement (Friday 12 July 2024), late at night: reported the next day
    ("KARACHI: Pakistan and the International Monetary Fund reached a staff-level agreement late on Friday on a "
     "37-month loan.\n\nThe finance minister welcomed the deal.\n", "2024-07-13"),
    # PTI's convoys for Islamabad set off on Sunday 24 November 2024
    ("ISLAMABAD (AP) — Thousands of supporters of imprisoned former Prime Minister Imran Khan set off in convoys "
     "toward the capital on Sunday, defying a ban on rallies.\n\nAuthorities blocked highways.\n", "2024-11-24"),
    # PTI put off its rally at Tarnol on Thursday 22 August 2024 ("آج", today)
    ("اسلام آباد: پاکستان تحریک انصاف نے آج سہ پہر ترنول میں ہونے والا جلسہ عین وقت پر ملتوی کر دیا۔\n\nپارٹی نے نئی "
     "تاریخ کا اعلان بعد میں کرنے کا کہا۔\n", "2024-08-22"),
])
def test_more_of_the_storys_days_date_a_page(tmp_path, text, day):
    assert published_in_folder(tmp_path, {"a.txt": text}, "a.txt") == day
