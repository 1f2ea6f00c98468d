"""Loader rules of the twenty-seventh round.  Sentences written for these tests; the dates and types are read off
the text by hand.

- A happening named with a day after "during" ("clashes during Sunday's polling", "suspended during voting on
  Sunday"), or before "کے دوران" ("اتوار کو پولنگ کے دوران"), is only the time of another act the sentence reports
  in its clause or one beside it: that act takes the day (language key `frame_words`).  With no other act ("Turnout
  was low during Sunday's polling") the happening keeps it, and a saying or a foreign reaction ("condemned
  restrictions ... during Thursday's vote") is no act done in that time.
- Urdu deaths and injuries ("جاں بحق ہو گیا", "ہلاک ہو گئے") and a mobile service "بھی معطل" are acts of their own
  (other); "گرفتاریاں" and "گرفتاریوں", plurals of an arrest, are legal nouns; an English and an Urdu report of
  deaths on one day are one happening (the story's "names": "killed" and "ہلاک").
- A month's mention of a happening of a shared type named by its noun ("the February 2024 election") joins the
  story's own day of that type in the month (the vote of 8 February), else the day most reported, whoever the
  sentence names (it joined the next day's count when it named the PTI).
- Undated pages: a count from a calendar happening needs no comma before it ("Modi on Tuesday congratulated Shehbaz
  Sharif a day after the PML-N leader was sworn in"), and the happening's act may follow the count with who did it
  named earlier in the sentence; a word of the calendar's `not_words` that is one of the happening's own words
  ("cabinet" in "the federal cabinet took the oath") does not tell of another act; the federal cabinet's oath (11
  March 2024) is a calendar happening; a lead's opening count may follow a thread's mark ("1/ Two days after
  polling, ...") and its main clause be told in the present by "still", "hasn't", "isn't" (language key
  `present_verbs`).
- Types: a phrase that runs into a relative clause is that clause's act ("the crowd that gathered at Swabi yesterday
  was not there to celebrate"); Urdu indictments ("فرد جرم عائد") and votes for an amendment ("ترمیم کے حق میں ووٹ
  دیا") are legal; a noun before "کے خلاف" with an act right after it is that act's target ("انتخابی نتائج کے خلاف
  احتجاجی مظاہرے کیے": a protest; language key `target_postpositions`); seats "declared" by the commission are results; a president "elected by the national and provincial
  legislatures" is government formation; the House's Resolution 901 (25 June 2024) is named by its number or its
  368 votes too.
"""

import shutil
from datetime import date
from pathlib import Path

import pytest
from test_pubdates_round9 import articles_of
from test_round20 import typed
from test_undated_round16 import published_in_folder

from dashboard import load_corpus

DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize("sentence, language, cue, kind", [
    ("Two men were killed in a clash between rival supporters in Narowal during Sunday's polling, police said.", "en",
     "Sunday's", "other"),
    ("One person was killed and several wounded in Narowal district during voting on Sunday, police said.", "en",
     "on Sunday", "other"),
    ("ظفروال میں اتوار کو پولنگ کے دوران دو گروپوں میں تصادم کے نتیجے میں ایک شخص جاں بحق ہو گیا۔", "ur", "اتوار کو",
     "other"),
    ("پنجاب کے بعض اضلاع میں اتوار کو پولنگ کے دوران موبائل انٹرنیٹ سروس بھی معطل رہی۔", "ur", "اتوار کو", "other"),
    # no other act: the polling keeps its day
    ("Turnout was low during Sunday's polling.", "en", "Sunday's", "election"),
    ("اتوار کو پولنگ کے دوران ٹرن آؤٹ کم رہا۔", "ur", "اتوار کو", "election"),
    # a reaction is no act done during the vote
    ("The State Department on Friday condemned restrictions on freedoms during Thursday's vote.", "en", "Thursday's",
     "election"),
])
def test_a_happening_after_during_is_the_time_of_another_act(sentence, language, cue, kind):
    found = typed(sentence, date(2024, 4, 22) if "Thursday" not in sentence else date(2024, 2, 10), language)
    assert [t for c, t, _ in found if c == cue] == [kind]


@pytest.mark.parametrize("sentence, cue", [
    ("پارٹی کے مطابق زیادہ تر گرفتاریاں پیر کی رات پارلیمنٹ ہاؤس کے احاطے سے کی گئیں۔", "پیر کی رات"),
    ("پولیس نے منگل کو ہونے والی گرفتاریوں کی تفصیلات جاری نہیں کیں۔", "منگل کو"),
])
def test_urdu_arrests_are_legal(sentence, cue):
    assert [t for c, t, _ in typed(sentence, date(2024, 9, 11), "ur") if c == cue] == ["legal"]


def test_deaths_told_in_two_languages_are_one_happening(tmp_path):
    files = {
        "a.txt": "Convoys reach capital\n\nISLAMABAD, Nov 26 (Reuters) - Four paramilitary soldiers were killed early "
                 "Tuesday when a vehicle ran into them on the Srinagar Highway.\n",
        "b.txt": "قافلے دارالحکومت پہنچ گئے\n\nاسلام آباد (26 نومبر 2024ء) منگل کو علی الصبح سری نگر ہائی وے پر ایک "
                 "گاڑی کی ٹکر سے رینجرز کے چار اہلکار ہلاک ہو گئے۔\n",
    }
    events = articles_of(tmp_path, files).events
    day = events[events["date"].astype(str).str.startswith("2024-11-26")]
    assert set(day["article"]) == {"a.txt", "b.txt"}
    assert set(day["type"]) == {"other"}
    assert day["happening"].nunique() == 1



def test_the_month_of_the_election_named_with_actors_is_the_vote(tmp_path):
    # "The PTI, which won the most seats in the February 2024 election ..." (p40_36) is the vote of February 8 (the
    # story's own day of an election that month), not the next day's slow count, which four of these pages report
    # with more sentences and the same parties
    for name in ("p40_01_reuters_polling_day.txt", "p40_02_dawn_mobile_shutdown.txt", "p40_03_bbcurdu_results_delay.txt",
                 "p40_04_ap_nawaz_victory_claim.txt", "p40_36_bbc_talks_collapse.txt"):
        shutil.copy(DATA / "probes40" / name, tmp_path / name)
    events = load_corpus(tmp_path, use_cache=False).events
    vote = events[(events["article"] == "p40_01_reuters_polling_day.txt") & (events["cue"] == "on Thursday")]
    month = events[(events["article"] == "p40_36_bbc_talks_collapse.txt") & (events["cue"] == "February 2024")]
    assert len(vote) == 1 and len(month) == 1
    assert month["happening"].iloc[0] == vote["happening"].iloc[0]


@pytest.mark.parametrize("text, day", [
    # Tuesday, a day after the oath of Monday 4 March 2024
    ("Modi greets Sharif\n\nPrime Minister Narendra Modi on Tuesday congratulated Shehbaz Sharif a day after the "
     "PML-N leader was sworn in as Pakistan's prime minister for a second time.\n", "2024-03-05"),
    # the cabinet's oath on Monday 11 March 2024 (the page is of that day), and "آج" of it
    ("New cabinet sworn in\n\nPakistan's 19-member federal cabinet took the oath of office at the presidency on Monday, "
     "with the president administering the oath.\n", "2024-03-11"),
    ("کابینہ نے حلف اٹھا لیا\n\nاسلام آباد (نمائندہ خصوصی) وزیراعظم شہباز شریف کی نئی وفاقی کابینہ کے 19 ارکان نے آج ایوان "
     "صدر میں اپنے عہدوں کا حلف اٹھا لیا۔\n", "2024-03-11"),
    # two days after the vote of Thursday 8 February 2024, told in the present ("still hasn't"), after a thread's mark
    ("Where things stand tonight\n\n1/ Two days after polling, the ECP still hasn't finished. Its website shows "
     "independents ahead.\n", "2024-02-10"),
    ("Count\n\nTwo days after polling, the count isn't over in a dozen constituencies.\n", "2024-02-10"),
    # the Al-Qadir verdict of Friday 17 January 2025 "yesterday" (کل, told as done), after a clause in the past perfect
    ("کالم\n\nچارٹر کی سیاہی ابھی خشک بھی نہیں ہوئی تھی کہ کل اڈیالہ جیل کی عدالت نے القادر ٹرسٹ کیس میں عمران خان کو "
     "چودہ سال اور بشریٰ بی بی کو سات سال قید کی سزا سنا دی۔\n", "2025-01-18"),
    # the commissioner's confession of Saturday 17 February 2024, named in the headline only, in a lede that names
    ("لائیو\n\nپی ٹی آئی ایک سال قبل آج ہی کے دن ہونے والے عام انتخابات میں مبینہ دھاندلی کے خلاف احتجاج کر رہی ہے۔\n",
     "2025-02-08"),
    # the commissioner's retraction of Thursday 22 February 2024, "پرسوں" (the day before yesterday), unnamed
    ("فارم 45\n\nسابق کمشنر راولپنڈی نے نتائج بدلنے کا اعتراف کیا تھا مگر پرسوں الیکشن کمیشن کو تحریری بیان دے کر اپنے "
     "الزامات واپس لے لیے۔\n", "2024-02-24"),
    # the National Assembly's resolution of Friday 28 June 2024 against the US House's, "yesterday"
    ("قرارداد\n\nاسلام آباد (نامہ نگار) قومی اسمبلی نے گزشتہ روز امریکی ایوانِ نمائندگان کی قرارداد کے خلاف قرارداد کثرتِ "
     "رائے سے منظور کر لی۔\n", "2024-06-29"),
    # Sunday 11 February 2024, three days after the vote, with the vote's weekday as a possessive
    ("Count completed\n\nISLAMABAD (AP) - Pakistan's election commission on Sunday finished announcing results from "
     "Thursday's parliamentary vote, three days after polls closed.\n", "2024-02-11"),
    # the Punjab Assembly's first sitting of Friday 23 February 2024, its members' oath "yesterday"; the headline's
    # "آج" is of the speaker's election still to come, in the clause after the oath's verb
    ("پنجاب اسمبلی کے نو منتخب ارکان نے حلف اٹھا لیا، سپیکر کا انتخاب آج ہوگا\n\nلاہور (نامہ نگار) پنجاب اسمبلی کے نو منتخب "
     "ارکان نے گزشتہ روز حلف اٹھا لیا۔\n", "2024-02-24"),
    # the KP Assembly's speaker elected on Thursday 29 February 2024 (a calendar happening)
    ("KP speaker\n\nPESHAWAR: Babar Saleem Swati was elected speaker of the Khyber Pakhtunkhwa Assembly on Thursday, "
     "securing 89 votes.\n", "2024-02-29"),
    # a preview of the Punjab speaker's election "tomorrow" (24 February 2024), not the members "newly elected"
    ("تازہ ترین\n\nپنجاب اسمبلی کا افتتاحی اجلاس آج شروع ہوا، نو منتخب ارکان نے حلف اٹھا لیا، سپیکر اور ڈپٹی سپیکر کا انتخاب "
     "کل ہو گا۔\n", "2024-02-23"),
])
def test_undated_pages_of_the_round(tmp_path, text, day):
    assert published_in_folder(tmp_path, {"a.txt": text}, "a.txt") == day


def test_a_provincial_cabinet_is_not_the_federal_one(tmp_path):
    text = ("Punjab cabinet sworn in\n\nLAHORE: Members of the Punjab cabinet took oath on Wednesday at the Governor "
            "House.\n")
    assert published_in_folder(tmp_path, {"a.txt": text}, "a.txt") != "2024-03-11"


def test_an_opening_count_told_in_the_past_dates_no_page(tmp_path):
    text = "Count\n\n1/ Two days after polling, the ECP announced the last results.\n"
    assert published_in_folder(tmp_path, {"a.txt": text}, "a.txt") == "NaT"


@pytest.mark.parametrize("sentence, published, cue, kind", [
    ("By Saturday afternoon the Election Commission had declared 100 National Assembly seats for independents.",
     date(2024, 2, 11), "By Saturday afternoon", "results"),
    ("Zardari was elected by the national and provincial legislatures on Saturday.", date(2024, 3, 11), "on Saturday",
     "government_formation"),
])
def test_seats_declared_and_an_election_by_legislatures(sentence, published, cue, kind):
    assert [t for c, t, _ in typed(sentence, published) if c == cue] == [kind]


def test_the_house_resolution_named_by_its_vote_is_international(tmp_path):
    files = {"a.txt": "Resolution adopted\n\nISLAMABAD, June 26, 2024 (Wire) - The non-binding resolution, introduced "
                      "in November last year, was adopted on Tuesday by 368 votes to 7.\n"}
    events = articles_of(tmp_path, files).events
    assert list(events.loc[events["date"].astype(str).str.startswith("2024-06-25"), "type"]) == ["international"]


@pytest.mark.parametrize("sentence, cue, kind", [
    # (the review's cases: "during" after the noun, a day apart from the noun, a saying or reaction, a noun act)
    ("Khan, who was jailed last month, urged supporters to vote during Thursday's election.", "last month", "legal"),
    ("Saturday's protests throughout Punjab turned violent as police arrested hundreds of PTI workers.", "Saturday's",
     "protest"),
    ("Police arrested 40 PTI workers on Friday over violence during the protest.", "on Friday", "legal"),
    ("Thursday's polling during the mobile shutdown saw a turnout of 47 percent.", "Thursday's", "election"),
    ("The UN human rights chief criticised violence during Thursday's election.", "Thursday's", "election"),
    ("Gohar Ali Khan demanded a judicial inquiry into the irregularities during Thursday's vote.", "Thursday's",
     "election"),
    ("The PTI demanded a recount of votes cast during Thursday's polling.", "Thursday's", "election"),
    ("There was no violence reported during Thursday's polling in Karachi.", "Thursday's", "election"),
    ("The PTI, whose candidates contested as independents during Thursday's election, won 93 seats.", "Thursday's",
     "election"),
    # (the second review's: a frame that opens the sentence, a noun as the first act, the act in the Urdu clause before)
    ("During Thursday's election, mobile phone services were suspended across the country.", "Thursday's", "other"),
    ("Clashes erupted between rival supporters during Sunday's by-elections in Punjab.", "Sunday's", "protest"),
])
def test_during_frames_only_an_act_done_then(sentence, cue, kind):
    assert [t for c, t, _ in typed(sentence, date(2024, 2, 10)) if c == cue] == [kind]


@pytest.mark.parametrize("files, month_file, joins", [
    # the Senate elections the sentence names, not the by-elections more pages report that month
    ({"s1.txt": "Senate vote held\n\nISLAMABAD, April 2, 2024 (Reuters) - Lawmakers voted on Tuesday in Senate "
                "elections for 19 seats.\n",
      "s2.txt": "Senate polls\n\nISLAMABAD, April 3, 2024 (Dawn) - The Senate elections were held on Tuesday for 19 "
                "seats in Punjab, Sindh and Islamabad.\n",
      "b1.txt": "By-polls\n\nLAHORE, April 21, 2024 (AP) - Polling in by-elections for 21 seats was held on Sunday.\n",
      "b2.txt": "By-elections\n\nLAHORE, April 22, 2024 (Reuters) - Voting in Sunday's by-elections was marred by "
                "clashes.\n",
      "b3.txt": "By-elections\n\nKARACHI, April 22, 2024 (Geo) - The by-elections on Sunday saw a low turnout.\n",
      "m.txt": "Gilani\n\nISLAMABAD, May 5, 2024 (Wire) - The PPP and the PML-N fielded joint candidates in the April "
               "2024 Senate elections, party officials said.\n"}, "m.txt", "s1.txt"),
    # the re-polling it names, not the general election, the story's own election day that month
    ({"g1.txt": "Vote\n\nISLAMABAD, Feb 8, 2024 (Reuters) - Pakistanis voted on Thursday in a general election.\n",
      "g2.txt": "Vote\n\nLAHORE, Feb 9, 2024 (AP) - Thursday's polls were marred by a mobile shutdown.\n",
      "r1.txt": "Re-polling\n\nKARACHI, Feb 15, 2024 (Dawn) - Re-polling was held on Thursday at 26 polling stations of "
                "NA-242.\n",
      "r2.txt": "Re-polling\n\nKARACHI, Feb 16, 2024 (Geo) - The re-polling on Thursday in Karachi saw a thin turnout.\n",
      "m.txt": "Challenge\n\nKARACHI, March 5, 2024 (Wire) - The MQM-P candidate won the February 2024 re-polling in "
               "NA-242, the party said.\n"}, "m.txt", "r1.txt"),
])
def test_a_month_mention_joins_the_happening_its_words_name(tmp_path, files, month_file, joins):
    events = articles_of(tmp_path, files).events
    month = events[(events["article"] == month_file) & (events["precision"] == "month")]
    day = events[(events["article"] == joins) & (events["precision"] == "day")]
    assert len(month) == 1 and len(day) >= 1
    assert month["happening"].iloc[0] == day["happening"].iloc[0]


@pytest.mark.parametrize("sentence", [
    "The government on Monday declared a public holiday in constituencies where seats were contested.",
    "The commission on Monday declared polling in 20 constituencies null and void over rigging.",
    "The ECP on Monday declared the seats of 81 lawmakers vacant after they failed to take oath.",
])
def test_declarations_that_are_no_results(sentence):
    assert [t for c, t, _ in typed(sentence, date(2024, 3, 12)) if c == "on Monday"] != ["results"]


@pytest.mark.parametrize("text", [
    "Cabinet expanded\n\nISLAMABAD: Twelve new federal ministers took the oath today at the Aiwan-e-Sadr as Prime "
    "Minister Shehbaz Sharif expanded his team.\n",
    "Caretakers\n\nThe caretaker federal cabinet took the oath today, days after Anwaar-ul-Haq Kakar was sworn in as "
    "interim prime minister.\n",
    "توسیع\n\nاسلام آباد: 12 نئے وفاقی وزرا نے آج ایوان صدر میں حلف اٹھا لیا۔\n",
])
def test_other_cabinet_oaths_are_not_march_2024s(tmp_path, text):
    assert published_in_folder(tmp_path, {"a.txt": text}, "a.txt") == "NaT"


def test_an_urdu_honorific_is_no_killing(tmp_path):
    files = {"a.txt": "Attack\n\nDERA ISMAIL KHAN, Feb 8, 2024 (Reuters) - Two policemen were killed on Thursday when "
                      "militants attacked a polling station.\n",
             "b.txt": "نواب شاہ\n\nنواب شاہ (8 فروری 2024ء) شہید بینظیر آباد میں جمعرات کو موبائل فون سروس بند رہی۔\n"}
    events = articles_of(tmp_path, files).events
    day = events[events["date"].astype(str).str.startswith("2024-02-08") & (events["type"] == "other")]
    assert set(day["article"]) == {"a.txt", "b.txt"} and day["happening"].nunique() == 2


@pytest.mark.parametrize("text", [
    # a count with no comma that counts another verb's act, or in weeks (the review's cases)
    "X\n\nPTI workers on Thursday rallied outside ECP offices against results that were notified a week after the polls.\n",
    "X\n\nImran Khan on Thursday met his lawyers in Adiala jail to discuss the petitions his party filed a week after the "
    "polls.\n",
    "X\n\nThe PTI today staged protests across Punjab against the results announced three days after the polls.\n",
    # (the second review's: calendar words on pages of other happenings)
    "X\n\nThe PTI on Tuesday finalised its candidates for the Senate elections in Khyber Pakhtunkhwa.\n",
    "X\n\nInterior Minister Mohsin Naqvi on Wednesday urged the PTI to call off its planned protest in Islamabad.\n",
    "X\n\nThe National Assembly on Friday passed a resolution condemning Israel's strikes on Iran.\n",
    "X\n\nJUI-F chief Fazlur Rehman on Wednesday rejected the results of the by-elections, alleging rigging.\n",
    "X\n\nSince the PTI announced on Thursday that it was calling off the talks with the government, no contact has taken "
    "place.\n",
    "X\n\nWASHINGTON: The State Department said on Friday that it would closely watch the elections in Pakistan.\n",
    # a present only in a relative clause, or a past after "still"
    "X\n\nTwo days after polling, voters who still haven't seen results took to the streets.\n",
    "X\n\nTwo days after the polls, Khan's party still claimed it had won a majority.\n",
])
def test_counts_that_date_no_page(tmp_path, text):
    assert published_in_folder(tmp_path, {"a.txt": text}, "a.txt") == "NaT"


@pytest.mark.parametrize("sentence, published, language, cue, kind", [
    ("THE crowd that gathered at Swabi yesterday was not there to celebrate anything.", date(2025, 2, 9), "en",
     "yesterday", "protest"),
    ("جوڑے پر 27 فروری 2024 کو فرد جرم عائد کی گئی تھی۔", date(2025, 1, 18), "ur", "27 فروری 2024", "legal"),
    ("قومی اسمبلی کا اجلاس رات گئے شروع ہوا اور پیر کی صبح 225 اراکین نے ترمیم کے حق میں ووٹ دیا۔", date(2024, 10, 22), "ur",
     "پیر کی صبح", "legal"),
    ("یاد رہے کہ ایم کیو ایم پاکستان نے گزشتہ روز شہباز شریف کی حمایت کا باضابطہ اعلان کیا تھا۔", date(2024, 3, 3), "ur",
     "گزشتہ روز", "coalition"),
    ("ہائیکورٹ نے 6 مارچ کو ان نشستوں پر نامزد ارکان کو حلف اٹھانے سے روک دیا تھا۔", date(2024, 3, 15), "ur", "6 مارچ",
     "legal"),
    # the results are the protest's target
    ("جمعرات کو تحریک انصاف نے ملک بھر میں انتخابی نتائج کے خلاف احتجاجی مظاہرے بھی کیے تھے۔", date(2024, 2, 23), "ur", "جمعرات کو",
     "protest"),
])
def test_acts_of_the_round(sentence, published, language, cue, kind):
    assert [t for c, t, _ in typed(sentence, published, language) if c == cue] == [kind]


def test_calendar_words_match_with_or_without_vowel_marks():
    from dashboard.story import words_pattern
    pattern = words_pattern(["تحریک انصاف", "نظرثانی", "یومِ سیاہ"])
    for text in ("تحریکِ انصاف", "نظرِثانی", "یوم سیاہ", "یومِ سیاہ"):
        assert pattern.search(text), text
    assert not pattern.search("تحریکوں")


def test_an_urdu_page_with_vowel_marks_is_dated(tmp_path):
    # the constitutional bench's review of the reserved-seats verdict, Friday 27 June 2025, "آج"
    text = ("مخصوص نشستوں کا کیس\n\nاسلام آباد: سپریم کورٹ کے آئینی بینچ نے آج مخصوص نشستوں کے مقدمے میں نظرِثانی کی "
            "درخواستیں منظور کر لیں۔\n")
    assert published_in_folder(tmp_path, {"a.txt": text}, "a.txt") == "2025-06-27"


def test_the_pti_calling_off_the_talks_is_a_statement(tmp_path):
    files = {"a.txt": "Talks off\n\nISLAMABAD, Jan 23, 2025 (Reuters) - The PTI on Thursday called off its talks with "
                      "the government, saying judicial commissions had not been formed.\n"}
    events = articles_of(tmp_path, files).events
    assert list(events.loc[events["cue"] == "on Thursday", "type"]) == ["statement"]


@pytest.mark.parametrize("sentence, published, cue, kind", [
    # after a saying's day, "the" opens what was said: a foreign reaction, not the verdicts
    ("The EU said on Sunday the verdicts were inconsistent with Pakistan's obligations.", date(2024, 12, 24),
     "on Sunday", "international"),
    ("ہائیکورٹ نے 6 مارچ کو ان نشستوں پر نامزد ارکان کو حلف اٹھانے سے عارضی طور پر روک دیا تھا۔", date(2024, 3, 15),
     "6 مارچ", "legal"),
])
def test_sayings_and_bars_of_the_round(sentence, published, cue, kind):
    language = "en" if sentence[:1].isascii() else "ur"
    assert [t for c, t, _ in typed(sentence, published, language) if c == cue] == [kind]


def test_the_pti_ending_its_islamabad_protest_is_a_protest(tmp_path):
    files = {"a.txt": "احتجاج ختم\n\nاسلام آباد (27 نومبر 2024ء) تحریکِ انصاف نے بدھ کی صبح اسلام آباد میں جاری اپنا احتجاج ’فی الحال‘ ختم "
                      "کرنے کا اعلان کیا۔\n"}
    events = articles_of(tmp_path, files).events
    assert list(events.loc[events["date"].astype(str).str.startswith("2024-11-27"), "type"]) == ["protest"]


@pytest.mark.parametrize("text, day", [
    # (the second review's: who is the weekday's own subject; counts in weeks; a name or a number ending in "-ed";
    # "still" with a present verb; a relative clause in the subject before the main verb)
    ("X\n\nISLAMABAD: Shehbaz Sharif on Tuesday chaired a meeting on the economy a day after he was sworn in as prime "
     "minister.\n", "2024-03-05"),
    ("X\n\nPakistan's new parliament on Thursday held its first session three weeks after the elections.\n", "2024-02-29"),
    ("X\n\nPolice on Sunday arrested PTI leader Ejaz Ahmed Chaudhry three days after the polls.\n", "2024-02-11"),
    ("X\n\nPTI supporters on Sunday gathered outside ECP offices and blocked roads three days after the polls.\n",
     "2024-02-11"),
    ("X\n\nThree days after the vote, Pakistan still has no clear winner.\n", "2024-02-11"),
    ("X\n\nTwo days after the polls, the party that won the most seats is still waiting for the final count.\n",
     "2024-02-10"),
    ("X\n\nISLAMABAD: Members of Prime Minister Shehbaz Sharif's federal cabinet took the oath on Monday at the "
     "Aiwan-e-Sadr.\n", "2024-03-11"),
])
def test_counts_and_oaths_the_review_kept(tmp_path, text, day):
    assert published_in_folder(tmp_path, {"a.txt": text}, "a.txt") == day


def test_an_urdu_clause_ends_at_a_joiner_after_its_verb(tmp_path):
    # the cipher acquittal of Monday 3 June 2024, "آج", a long object before the verb and the clause going on after "اور"
    text = ("سائفر کیس\n\nاسلام آباد: اسلام آباد ہائیکورٹ نے آج سائفر کیس میں عمران خان اور شاہ محمود قریشی کی دس دس سال قید کی "
            "سزا کے خلاف اپیلیں منظور کرتے ہوئے دونوں کو بری کر دیا اور کہا کہ استغاثہ الزامات ثابت نہیں کر سکا۔\n")
    assert published_in_folder(tmp_path, {"a.txt": text}, "a.txt") == "2024-06-03"
    # (not a joiner between two words: "بری اور سزا یافتہ ملزمان", acquitted and convicted accused)
    text = ("سماعت\n\nاسلام آباد ہائیکورٹ نے پیر کو سائفر کیس میں عمران خان اور شاہ محمود قریشی کی سزاؤں کے خلاف اپیلوں پر سماعت کے "
            "دوران استغاثہ سے بری اور سزا یافتہ ملزمان کے سابقہ فیصلوں پر معاونت طلب کر لی۔\n")
    other = tmp_path / "other"
    other.mkdir()
    assert published_in_folder(other, {"a.txt": text}, "a.txt") != "2024-06-03"
