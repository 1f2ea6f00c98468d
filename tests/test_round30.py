"""Loader rules of the thirtieth round.  Sentences written for these tests; the dates and types are read off the
text by hand.

- Types: partnering or teaming up with a party, and joining a (little-known, Sunni) religious party, are coalition
  acts (not teaming up with the police, nor joining "the party rally"); the house's constitutional deadline to meet
  ("must meet by February 29", "the session has to be called by") is government formation (not meeting a deadline), and so is naming a prime ministerial candidate; "the Senate will be elected" is an
  election; vote rigging and electoral fraud are allegations.  Urdu: forming a government together ("مل کر حکومت بنانے") and a power-sharing deal agreed between two parties are
  coalition; a nomination for an office ("وزارت اعلیٰ پنجاب کے لیے نامزد") is government formation (not the accused an
  FIR names).  A US congressman is a foreign actor.  The Rawalpindi commissioner "helped rig" (the calendar's words of his confession); Hafiz Naeem giving up his seat
  is an allegation.
- The IMF's programme, missions, board and talks are international, in a sentence that names the lender and one of
  its acts or in a report whose lead does (a new context turn, `lender`; the story lists its context turns in
  event_types.json); a budget in such a report stays other, and a court's act legal.
- Years: a leading Urdu year relative qualifies the month after it ("گزشتہ برس دسمبر میں" is December of last year).
  Imran Khan's convictions of 30 and 31 January and 3 February 2024 are known days, but only in a sentence (or right
  after one) that tells their case: "February 3" of a rally in a 2025 report stays 2025's.
- Undated pages: a lede's act dated by "today" right after the subject ends its clause across a list of titled
  names and short labels in brackets ("آرٹیکل 63 (1) (ایچ)"); the sentence after a lede that tells a verdict with no day,
  telling the court's short verdict given today, dates the verdict to the page's day (not another body's judgment
  announced today); the lede's happening named by its day written in full as a noun's ("the majority verdict of
  12 July 2024") is only recalled; a day beside a time of day ("Updated 4:12 PM GMT+5, March 3, 2024") is a stamp, not a
  recall.  A lede that names another happening in passing ("... in the Feb. 8 parliamentary election") may still tell
  its own by the next sentence's who, and a lede's subject is the speaker the next sentence names ("A senior
  government administrator ... said Saturday that he had overseen the rigging ... Liaquat Ali Chattha, the
  commissioner of the Rawalpindi division, told reporters ...").  The calendar knows Modi's congratulations (5 March
  2024) and the ISPR's announcement of the military courts' sentences (21 December 2024).
- A count after a verb of coming ("The verdict came a day after the government and Khan's party held a third round
  of talks") dates what follows it: the verdict is its anchor, not its act.  One or two adjectives between a
  determiner and a date still make a name ("a disputed Feb. 8 election").
"""

from datetime import date

import pytest
from test_pubdates_round9 import articles_of
from test_round20 import typed


@pytest.mark.parametrize("sentence, published, cue, kind", [
    ("On Monday, Khan's party said its winners would join a small religious party, the Sunni Ittehad Council, to "
     "claim reserved seats.", date(2024, 2, 20), "On Monday", "coalition"),
    ("Independent lawmakers will join a little-known Sunni religious party, Khan's party announced on Monday.",
     date(2024, 2, 20), "on Monday", "coalition"),
    ("Last week the party had said it would partner with the MWM at the Centre and in Punjab.", date(2024, 2, 20),
     "Last week", "coalition"),
    ("Pakistan's parliament is required to meet by Feb. 29.", date(2024, 2, 20), "Feb. 29", "government_formation"),
    ("According to the Constitution, the National Assembly session has to be called by February 29.",
     date(2024, 2, 20), "February 29", "government_formation"),
    ("The PML-N had named him its prime ministerial candidate last week.", date(2024, 2, 20), "last week",
     "government_formation"),
    ("Half the Senate will be elected in April.", date(2024, 2, 20), "in April", "election"),
    ("Former Rawalpindi commissioner Liaquat Ali Chattha on Thursday withdrew his allegations of vote rigging.",
     date(2024, 2, 23), "on Thursday", "rigging_allegation"),
    ("The resolution was introduced in November by Republican congressman Rich McCormick.", date(2024, 6, 27),
     "in November", "international"),
    ("Its claim got an unexpected boost on February 17, when the Rawalpindi commissioner said he had helped rig the "
     "results.", date(2024, 3, 1), "February 17", "rigging_allegation"),
])
def test_types_of_the_thirtieth_round(sentence, published, cue, kind):
    found = {c: t for c, t, _ in typed(sentence, published)}
    assert found.get(cue) == kind, found


@pytest.mark.parametrize("sentence, published, cue, kind", [
    ("تحریک انصاف کے ترجمان نے منگل کو کہا کہ جماعت مرکز میں مجلس وحدت مسلمین کے ساتھ مل کر حکومت بنانے کی کوشش کرے گی۔",
     date(2024, 2, 14), "منگل کو", "coalition"),
    ("نواز شریف نے منگل کو شہباز شریف کو وزارت عظمیٰ اور مریم نواز کو وزارت اعلیٰ پنجاب کے لیے نامزد کیا تھا۔",
     date(2024, 2, 14), "منگل کو", "government_formation"),
    ("پیپلز پارٹی نے گزشتہ جمعہ انہیں چیئرمین سینیٹ کے عہدے کے لیے باضابطہ طور پر نامزد کیا تھا۔", date(2024, 4, 9),
     "گزشتہ جمعہ", "government_formation"),
    ("واضح رہے کہ گزشتہ ہفتے مسلم لیگ ن اور پیپلز پارٹی کے درمیان طے پانے والے معاہدے کے تحت پنجاب میں حکومت بنے گی۔",
     date(2024, 2, 26), "گزشتہ ہفتے", "coalition"),
])
def test_urdu_types_of_the_thirtieth_round(sentence, published, cue, kind):
    found = {c: t for c, t, _ in typed(sentence, published, "ur")}
    assert found.get(cue) == kind, found


@pytest.mark.parametrize("sentence, published, language, cue, not_kind", [
    ("The Rangers on Monday teamed up with police to raid a PTI office in Karachi.", date(2024, 6, 4), "en",
     "on Monday", "coalition"),
    ("Thousands of workers on Monday joined the party rally in Lahore.", date(2024, 6, 4), "en", "on Monday",
     "coalition"),
    ("The house must meet the deadline for passing the budget by Friday.", date(2024, 6, 4), "en", "by Friday",
     "government_formation"),
    ("پولیس نے پیر کو درج مقدمے میں وزیراعلیٰ کے قتل کی سازش کے لیے نامزد ملزمان کو گرفتار کر لیا۔", date(2024, 6, 4), "ur",
     "پیر کو", "government_formation"),
    ("حکومت اور تاجروں کے درمیان پیر کو طے پانے والے معاہدے کے بعد ہڑتال ختم کر دی گئی۔", date(2024, 6, 4), "ur", "پیر کو",
     "coalition"),
    ("وزیر خزانہ نے پیر کو کہا کہ بجلی کے نرخوں کا نیا فارمولا طے کر لیا گیا ہے۔", date(2024, 6, 4), "ur", "پیر کو",
     "coalition"),
])
def test_what_the_new_phrases_do_not_take(sentence, published, language, cue, not_kind):
    found = {c: t for c, t, _ in typed(sentence, published, language)}
    assert cue in found and found[cue] != not_kind, found


def test_the_lenders_acts_are_international_in_a_report_on_its_programme(tmp_path):
    corpus = articles_of(tmp_path, {
        "imf.txt": "IMF reaches staff-level agreement with Pakistan\n\nPublished: 2024-03-20\n\nThe International "
                   "Monetary Fund said on Wednesday it had reached a staff-level agreement with Pakistan on the final "
                   "review of its $3 billion programme.\n\nThe mission held talks in Islamabad from March 14 with "
                   "the new government.\n\nThe government will present its budget in June.\n\nSeparately, the Supreme "
                   "Court on Tuesday dismissed a review petition filed by the PTI.\n",
        # a fund of another kind
        "flood.txt": "Flood relief\n\nPublished: 2024-08-20\n\nThe provincial government announced a fund for flood "
                     "victims.\n\nThe fund board met on Tuesday.\n",
    })
    types = {(row.article, row.cue): row.type for row in corpus.events.itertuples()}
    assert types[("imf.txt", "March 14")] == "international", types
    assert types[("imf.txt", "in June")] != "international", types
    assert types[("imf.txt", "on Tuesday")] == "legal", types
    assert types[("flood.txt", "on Tuesday")] != "international", types


@pytest.mark.parametrize("sentence, published, cue, day", [
    ("عدالت نے گزشتہ برس دسمبر میں فرد جرم عائد کی تھی۔", date(2025, 12, 20), "دسمبر میں", "2024-12"),
    # (a yearless day of a conviction, in a clause whose main verb is to come: the verdict, not next February)
    ("تاہم عمران خان کی رہائی ممکن نہیں کیونکہ 3 فروری کو عدت کیس میں سنائی گئی سزا کے باعث وہ جیل ہی میں رہیں گے۔",
     date(2024, 6, 3), "3 فروری", "2024-02-03"),
])
def test_urdu_years_of_the_thirtieth_round(sentence, published, cue, day):
    from dashboard.dates import find_dates
    from dashboard.story import default_story
    found = {m.text: m.value for m in find_dates(sentence, published, language="ur",
                                                 known_days=default_story().known_day_map())}
    assert found.get(cue) == day, found


@pytest.mark.parametrize("sentence, cue, day", [
    ("The PTI held a rally in Swabi on February 3, its leaders said on Monday.", "February 3", "2025-02-03"),
    ("The petrol price was raised on January 30 by Rs5.", "January 30", "2025-01-30"),
    ("Imran Khan was convicted in the iddat case on February 3.", "February 3", "2024-02-03"),
])
def test_the_convictions_days_are_the_storys_only_where_their_case_is_told(sentence, cue, day):
    from dashboard.dates import find_dates
    from dashboard.story import default_story
    found = {m.text: m.value for m in find_dates(sentence, date(2025, 6, 20), language="en",
                                                 known_days=default_story().known_day_map())}
    assert found.get(cue) == day, found


def test_undated_pages_of_the_thirtieth_round(tmp_path):
    corpus = articles_of(tmp_path, {
        # Tuesday 5 August 2025: the Election Commission's disqualifications, told "today" across a list of titled names
        "ecp.txt": "نااہلی\n\nاسلام آباد (نمائندہ) الیکشن کمیشن آف پاکستان نے آج 9 مئی کے مقدمات میں سزا پانے والے قومی اسمبلی "
                   "میں قائد حزب اختلاف عمر ایوب، سینیٹ میں قائد حزب اختلاف شبلی فراز، زرتاج گل اور صاحبزادہ حامد رضا سمیت 9 "
                   "ارکان پارلیمنٹ کو آئین کے آرٹیکل 63 (1) (ایچ) کے تحت نااہل قرار دے کر ڈی نوٹیفائی کر دیا۔\n",
        # Monday 3 June 2024: the cipher acquittal, its short verdict given "today" in the next sentence
        "cipher.txt": "IHC acquits Imran in cipher case\n\nThe Islamabad High Court acquitted Imran Khan and Shah Mahmood "
                      "Qureshi in the cipher case. The division bench announced its short verdict today.\n",
        # another body's judgment today: the page is not of the reserved-seats verdict
        "ecp_polls.txt": "Reserved seats\n\nThe Supreme Court ruled that the PTI was entitled to reserved seats, a ruling the "
                         "government resisted for months. Today the Election Commission announced its judgment on the PTI "
                         "intra-party polls.\n",
        # the verdict of 12 July 2024 named by its day in full, set aside by the review: not that day's page
        "review.txt": "مخصوص نشستیں\n\nاسلام آباد: سپریم کورٹ کے آئینی بینچ نے مخصوص نشستوں کے کیس میں نظرثانی درخواستیں منظور کرتے "
                      "ہوئے 12 جولائی 2024 کا اکثریتی فیصلہ کالعدم قرار دے دیا۔ بینچ نے آج مختصر فیصلہ سنایا۔\n",
    })
    days = {row.article: str(row.published)[:10] for row in corpus.articles.itertuples()}
    assert days["ecp.txt"] == "2025-08-05"
    assert days["cipher.txt"] == "2024-06-03"
    assert days["ecp_polls.txt"] == "NaT"
    assert days["review.txt"] != "2024-07-12"


@pytest.mark.parametrize("sentence, cue, not_kind", [
    ("The verdict came a day after Khan's party and the government held a third round of talks aimed at easing "
     "tensions.", "a day after", "legal"),
    ("The ruling came a day after Khan's Pakistan Tehreek-e-Insaf (PTI) party submitted a written list of demands to "
     "the government in the third round of talks.", "a day after", "legal"),
])
def test_a_count_after_a_verb_of_coming_dates_what_follows(sentence, cue, not_kind):
    found = {c: t for c, t, _ in typed(sentence, date(2025, 1, 17))}
    assert cue in found and found[cue] != not_kind, found


def test_a_count_after_a_verb_of_coming_leaves_a_written_day_its_act():
    # ("on Sunday" is the talks' day: the verdict governs neither date)
    found = {c: t for c, t, _ in typed("The verdict came a day after the PTI held talks with the JUI-F on Sunday.",
                                        date(2024, 2, 20))}
    assert found.get("on Sunday") == "coalition", found


def test_adjectives_between_a_determiner_and_a_date_make_a_name():
    from dashboard.dates import find_dates
    found = {m.text: m.names_happening for m in find_dates(
        "Lawmakers on Sunday elected Shehbaz Sharif, nearly four weeks after a disputed Feb. 8 election. The "
        "government issued on Monday a notification. The statement issued Tuesday said the elections were fair.",
        date(2024, 3, 6), language="en")}
    assert found == {"on Sunday": False, "Feb. 8": True, "on Monday": False, "Tuesday": False}


def test_a_stamp_beside_a_time_of_day_is_no_recall(tmp_path):
    corpus = articles_of(tmp_path, {
        "ap.txt": "Pakistan's parliament elects Shehbaz Sharif as prime minister\n\nISLAMABAD (AP) - Pakistan's lawmakers on "
                  "Sunday elected Shehbaz Sharif as prime minister, nearly four weeks after a disputed Feb. 8 election in "
                  "which no party won a majority.\n\nSharif received 201 votes in the National Assembly. His rival got "
                  "92.\n\nSharif is expected to be sworn in on Monday. His coalition also plans to elect Asif Ali "
                  "Zardari as president on March 9.\n\nThe new premier's most urgent task is a fresh bailout.\n\nBy The "
                  "Associated Press\nUpdated 4:12 PM GMT+5, March 3, 2024\n",
    })
    assert str(corpus.articles["published"].iloc[0])[:10] == "2024-03-03"


def test_a_ledes_subject_is_the_speaker_the_next_sentence_names(tmp_path):
    corpus = articles_of(tmp_path, {
        # Saturday 17 February 2024
        "ap.txt": "Pakistani official says he helped manipulate election results\n\nISLAMABAD (AP) - A senior government "
                  "administrator in Pakistan said Saturday that he had overseen the rigging of vote counts in his region "
                  "in the Feb. 8 parliamentary election and announced he was quitting.\n\nLiaquat Ali Chattha, the "
                  "commissioner of the Rawalpindi division, told reporters at the city's cricket stadium that losing "
                  "candidates were declared winners on his watch.\n",
        # Tuesday 5 March 2024
        "modi.txt": "Modi congratulates Shehbaz Sharif\n\nNew Delhi: Prime Minister Narendra Modi this morning congratulated "
                    "Shehbaz Sharif on being sworn in as Pakistan's prime minister.\n\nSharif took the oath of office at "
                    "the Aiwan-e-Sadr in Islamabad on Monday.\n",
        # the next sentence names him but has him say nothing; Shehbaz Sharif congratulating Modi in June
        "other.txt": "Official\n\nA senior official said Saturday that he had admitted nothing.\n\nLiaquat Ali Chattha, "
                     "the commissioner, was not present.\n",
        "june.txt": "Greetings\n\nPrime Minister Shehbaz Sharif on Tuesday congratulated Narendra Modi on taking oath as "
                    "India's prime minister for a third term.\n",
    })
    days = {row.article: str(row.published)[:10] for row in corpus.articles.itertuples()}
    assert days == {"ap.txt": "2024-02-17", "modi.txt": "2024-03-05", "other.txt": "NaT", "june.txt": "NaT"}

