"""Loader rules of the thirty-second round.  Sentences written for these tests; the dates and types are read off the
text by hand.

- Types: the Election Commission's decision of 4 March 2024 denying the SIC its reserved seats is one of the story's
  own days, legal whenever a sentence names it by its day and no act of its own; a saying that names an announcement
  the sentence before told ("The announcement was made late Tuesday at a news conference") is that announcement, of
  the type of what was announced when that is a deal, a verdict or results (not when the day dates another act after
  "after"); a party that will vote for another's nominee or candidate joins its side; a round of the government's talks with the PTI is other, whatever else the sentence names (the
  judicial commissions its demands ask for).
- Undated pages: a date with its year that a link makes a noun's ("12 جولائی 2024 کا اکثریتی فیصلہ", the majority
  verdict of 12 July 2024; "الیکشن کمیشن کا 4 مارچ کا حکم", the commission's order of 4 March) is what the act was done
  to, not another time of the act; the SCO's heads of government meeting in Islamabad opened on 15 October 2024 (its
  heads of state meet elsewhere); the
  National Assembly "is expected to be summoned" as it "must be summoned" (a house forming the government); Urdu counts
  a year as "برس" as well as "سال", and names the day it counts from before the count ("عام انتخابات کو آج ایک برس مکمل
  ہو گیا"); the premiership ("وزارتِ عظمیٰ") names the prime minister's office in the nomination and election of Shehbaz
  Sharif.
- Pages: Urdu live stamps with the part of the day after the time or the hour in words ("11:25 صبح", "شام 5 بجے",
  "دوپہر 1 بج کر 20 منٹ") are stamps, never a headline; an HTML page's short date line in an element whose class says
  "meta" or "date" above the text is read as a byline when the extractor drops it.
- A count of a lasting happening's days may name its first day by a weekday too ("ہفتے کی شام سے ... آج مسلسل پانچویں
  روز", since Saturday evening ... for the fifth day today).
- What the review of these rules found they must not do: take a reaction to an announcement ("rejected the
  announcement") or an announcement of what follows ("اس بات کا اعلان کیا کہ") for the announcement before; make voters
  who voted for a party's candidates a coalition, or any sitting of the house the new one's; date another SCO summit,
  or an act "in the early hours of" a day of another year, by the calendar; read a later year's "March 4" of the
  commission as 2024's; take a demand that the commissioner "quit" for his resignation; count a year from an election
  noun that only describes the subject ("انتخابات کے بعد بننے والی حکومت کو آج ایک سال"); turn a protest held during a
  round of talks into the talks.
- Types: a prime minister who summons the new cabinet's first meeting forms the government;
  a party that will align with another is a coalition act (not candidates "aligned with" a party, a description).
- Calendar: the Khyber Pakhtunkhwa and Balochistan assemblies elected their speakers on 29 February 2024.
"""

from datetime import date

import pandas as pd
from test_pubdates_round9 import articles_of
from test_round20 import typed


def test_the_election_commissions_reserved_seats_decision_is_a_legal_day_of_the_story():
    # the decision named by its day only: no act of its own in the sentence types it
    found = {c: t for c, t, _ in typed("The full bench set aside the Election Commission's decision of March 4 and "
                                       "held that the party was eligible for the reserved seats.", date(2024, 7, 13))}
    assert found.get("March 4") == "legal", found
    found = {c: t for c, t, _ in typed("یہ تنازع الیکشن کمیشن کے 4 مارچ کے اس فیصلے کے بعد شروع ہوا جس کے تحت "
                                       "سنی اتحاد کونسل کو مخصوص نشستیں نہیں دی گئیں۔", date(2024, 7, 13), "ur")}
    assert found.get("4 مارچ") == "legal", found


def test_a_saying_that_names_the_announcement_before_it_takes_the_announced_type(tmp_path):
    corpus = articles_of(tmp_path, {
        "deal.txt": "Parties agree on coalition\n\nPublished: February 21, 2024\n\nPakistan's two largest parties have "
                    "agreed to form a coalition government, with Shehbaz Sharif returning as prime minister and Asif Ali "
                    "Zardari as president.\n\nThe announcement was made late Tuesday at a news conference in Islamabad "
                    "attended by both leaders.\n",
        "urdu.txt": "معاہدہ طے پا گیا\n\nلاہور 22 فروری 2024\n\nمتحدہ قومی موومنٹ اور مسلم لیگ ن کے درمیان مرکز میں مل کر "
                    "حکومت بنانے کا معاہدہ طے پا گیا ہے۔ دونوں جماعتوں کے رہنماؤں نے آج لاہور میں پریس کانفرنس میں اس کا "
                    "اعلان کیا۔\n",
        # the day after "after" is another act's: Bilawal's telling stays a statement
        "after.txt": "PML-N names its candidate\n\nPublished: February 14, 2024\n\nThe PML-N nominated Shehbaz Sharif for "
                     "prime minister on Tuesday night.\n\nThe announcement came hours after Bilawal Bhutto Zardari spoke to "
                     "reporters in Karachi on Tuesday.\n",
        # a protest announced is no protest held: the saying stays a statement
        "protest.txt": "PTI calls protest\n\nPublished: February 14, 2024\n\nThe PTI will hold protests across the "
                       "country on Saturday against the results.\n\nThe announcement was made by Omar Ayub Khan at a news "
                       "conference in Islamabad on Tuesday.\n",
    })
    events = corpus.events
    of = {(row.article, row.cue): row.type for row in events.itertuples()}
    assert of[("deal.txt", "Tuesday")] == "coalition", of
    assert of[("urdu.txt", "آج")] == "coalition", of
    assert of[("after.txt", "on Tuesday")] == "statement", of
    assert of[("protest.txt", "on Tuesday")] == "statement", of


def test_a_live_pages_refresh_line_is_no_headline(tmp_path):
    # the headline is the live line above the chrome; the commissioner who "quits" on it is the calendar's confession
    corpus = articles_of(tmp_path, {
        "live.txt": "LIVE | Rawalpindi commissioner alleges vote fraud, quits\n\nRefresh for the latest updates\n\n"
                    "6:10 PM\nThe commissioner of Rawalpindi division tells reporters at the cricket stadium that he "
                    "oversaw the change of results in his division.\n\n10:00 AM\nGood morning and welcome to our "
                    "coverage.\n",
    })
    article = corpus.articles.iloc[0]
    assert article.title.startswith("LIVE | Rawalpindi commissioner"), article.title
    assert str(article.published)[:10] == "2024-02-17", (article.published, article.published_from)


def test_voting_for_another_partys_nominee_is_a_coalition_act():
    found = {c: t for c, t, _ in typed("The PPP announced on Tuesday that it would vote for the PML-N's nominee.",
                                       date(2024, 2, 20))}
    assert found.get("on Tuesday") == "coalition", found


def test_a_round_of_talks_is_other_whatever_its_demands_name(tmp_path):
    corpus = articles_of(tmp_path, {
        "round.txt": "Talks stall\n\nPublished: January 20, 2025\n\nاس سے قبل 16 جنوری کو مذاکرات کے تیسرے دور میں "
                     "تحریک انصاف نے اپنے مطالبات تحریری طور پر پیش کیے جن میں دو جوڈیشل کمیشن بنانے کا مطالبہ شامل تھا۔\n",
    })
    events = corpus.events
    assert set(events[events.cue == "16 جنوری"].type) == {"other"}, events[["cue", "type"]]


def test_a_verdict_of_a_written_day_that_an_act_sets_aside_is_no_other_time_of_the_act(tmp_path):
    # the review's day, a Friday: "آج" on a page of that day; the set-aside verdict's day is what was set aside
    corpus = articles_of(tmp_path, {
        "review.txt": "مخصوص نشستیں: نظرثانی درخواستیں منظور\n\nاسلام آباد: سپریم کورٹ کے آئینی بینچ نے آج نظرثانی "
                      "درخواستیں منظور کرتے ہوئے 12 جولائی 2024 کا اکثریتی فیصلہ کالعدم قرار دے دیا اور تحریک انصاف "
                      "مخصوص نشستوں سے محروم ہو گئی۔\n",
    })
    assert str(corpus.articles.iloc[0].published)[:10] == "2025-06-27"


def test_an_order_of_a_written_day_that_a_court_suspends_is_no_other_time_of_the_suspension(tmp_path):
    corpus = articles_of(tmp_path, {
        "suspend.txt": "سپریم کورٹ نے پشاور ہائیکورٹ کا فیصلہ معطل کر دیا\n\nسپریم کورٹ کے تین رکنی بینچ نے پیر کو سنی اتحاد کونسل "
                       "کی اپیل کی سماعت کرتے ہوئے پشاور ہائیکورٹ کا 14 مارچ کا فیصلہ اور الیکشن کمیشن کا 4 مارچ کا حکم "
                       "معطل کر دیا۔\n",
    })
    # 6 May 2024, a Monday: the suspension of the Peshawar High Court's reserved-seats verdict
    assert str(corpus.articles.iloc[0].published)[:10] == "2024-05-06"


def test_the_sco_meeting_opening_today_dates_a_page(tmp_path):
    corpus = articles_of(tmp_path, {
        "sco.txt": "Capital under lockdown\n\nISLAMABAD: The two-day Shanghai Cooperation Organisation heads of government "
                   "meeting opens in the capital today, with roads sealed and a public holiday declared.\n",
        # ... and the day before, when it opens tomorrow
        "eve.txt": "Capital under lockdown\n\nISLAMABAD: The Shanghai Cooperation Organisation's heads of government meeting "
                   "opens in the capital tomorrow, and roads will stay sealed for three days.\n",
    })
    published = {row.article: str(row.published)[:10] for row in corpus.articles.itertuples()}
    assert published == {"sco.txt": "2024-10-15", "eve.txt": "2024-10-14"}, published


def test_an_assembly_expected_to_be_summoned_forms_the_government():
    found = {c: t for c, t, _ in typed("The newly elected National Assembly is expected to be summoned by February 29.",
                                       date(2024, 2, 20))}
    assert found.get("February 29") == "government_formation", found


def test_a_year_counted_in_urdu_after_the_day_it_counts_from(tmp_path):
    corpus = articles_of(tmp_path, {
        "year.txt": "انتخابات کا ایک برس\n\nعام انتخابات کو آج ایک برس مکمل ہو گیا ہے۔ تحریک انصاف اس دن کو یوم سیاہ کے طور پر "
                    "منا رہی ہے۔\n",
        "sal.txt": "انتخابات کا ایک سال\n\nعام انتخابات کو آج ایک سال مکمل ہو گیا ہے۔\n",
    })
    published = {row.article: str(row.published)[:10] for row in corpus.articles.itertuples()}
    assert published == {"year.txt": "2025-02-08", "sal.txt": "2025-02-08"}, published


def test_a_nomination_for_the_premiership_dates_a_page(tmp_path):
    corpus = articles_of(tmp_path, {
        "nom.txt": "صبح کی خبریں\n\nمسلم لیگ ن کے قائد نواز شریف نے منگل کی رات شہباز شریف کو وزارتِ عظمیٰ کے لیے نامزد کر دیا۔\n",
    })
    # the nomination was on Tuesday 13 February 2024; told by its night, the page is of the morning after
    assert str(corpus.articles.iloc[0].published)[:10] == "2024-02-14"


def test_urdu_live_stamps_are_no_headline(tmp_path):
    corpus = articles_of(tmp_path, {
        "live.txt": "ایکسپریس نیوز | براہ راست\nآئینی بینچ کا فیصلہ: فوجی عدالتوں میں ٹرائل بحال\nبدھ 7 مئی 2025\n\n"
                    "صبح 11 بجے\nسپریم کورٹ کا آئینی بینچ محفوظ فیصلہ آج سنائے گا۔ کمرہ عدالت میں وکلا کی بڑی تعداد موجود ہے۔\n\n"
                    "دوپہر 1 بج کر 20 منٹ\nآئینی بینچ نے اکثریت سے حکومت کی اپیلیں منظور کر لیں اور فیصلہ سنا دیا۔\n\n"
                    "شام 5 بجے\nتحریک انصاف نے فیصلے پر تحفظات کا اظہار کیا ہے اور کہا ہے کہ قانونی ٹیم لائحہ عمل طے کرے گی۔\n",
    })
    article = corpus.articles.iloc[0]
    assert article.title == "آئینی بینچ کا فیصلہ: فوجی عدالتوں میں ٹرائل بحال", article.title
    assert str(article.published)[:10] == "2025-05-07", (article.published, article.published_from)


def test_an_html_date_line_classed_meta_is_the_pages_date(tmp_path):
    entries = "".join(f'<div class="entry"><b>{stamp}</b><p>{text}</p></div>' for stamp, text in [
        ("11:25 صبح", "قومی اسمبلی کا اجلاس اسپیکر ایاز صادق کی صدارت میں شروع ہو گیا ہے اور ایوان میں آج قائد ایوان کا انتخاب ہوگا۔"),
        ("12:40 دوپہر", "اسپیکر نے ووٹنگ کا طریقہ کار بتایا اور ایوان کے دروازے بند کر دیے گئے، ارکان لابی میں چلے گئے۔"),
        ("01:55 دوپہر", "اسپیکر نے نتیجے کا اعلان کر دیا: شہباز شریف 201 ووٹ لے کر وزیراعظم منتخب ہو گئے ہیں۔"),
    ])
    page = ('<html lang="ur"><head><title>وزیراعظم کا انتخاب | لائیو</title></head><body>'
            '<div class="header"><a href="/">خبریں</a> | <a href="/latest">تازہ ترین</a> | <a href="/live">لائیو</a></div>'
            '<main><h1>قومی اسمبلی میں وزیراعظم کا انتخاب</h1><p class="meta">اسلام آباد · اتوار، 3 مارچ 2024</p>'
            f"{entries}</main></body></html>")
    corpus = articles_of(tmp_path, {"page.html": page})
    assert str(corpus.articles.iloc[0].published)[:10] == "2024-03-03", corpus.articles.iloc[0].published_from


def test_a_count_of_days_from_the_weekday_it_began(tmp_path):
    corpus = articles_of(tmp_path, {
        "x.txt": "ایکس کی بندش\n\nپاکستان میں سماجی رابطے کی ویب سائٹ ایکس ہفتے کی شام سے بند ہے اور آج مسلسل پانچویں روز بھی بحال "
                 "نہیں ہو سکی۔\n",
    })
    # the outage began on Saturday 17 February 2024: its fifth day is Wednesday the 21st
    assert str(corpus.articles.iloc[0].published)[:10] == "2024-02-21"


def test_what_the_review_found(tmp_path):
    corpus = articles_of(tmp_path, {
        "reaction.txt": "Parties agree\n\nPublished: February 21, 2024\n\nPakistan's two largest parties have agreed to form a "
                        "coalition government, with Shehbaz Sharif returning as prime minister.\n\nPTI leader Omar Ayub Khan "
                        "on Wednesday rejected the announcement, calling it an attempt to steal the mandate.\n",
        "forward.txt": "نتائج جاری\n\nPublished: February 13, 2024\n\nالیکشن کمیشن نے عام انتخابات کے حتمی نتائج جاری کر دیے۔ "
                       "عمر ایوب نے منگل کو اس بات کا اعلان کیا کہ تحریک انصاف ہفتے کو ملک گیر احتجاج کرے گی۔\n",
        "voters.txt": "Polling ends\n\nPublished: February 10, 2024\n\nMillions of voters in Punjab voted for PML-N candidates "
                      "on Thursday.\n",
        "budget.txt": "Budget session\n\nPublished: June 5, 2024\n\nThe National Assembly will meet on June 12 to take up the "
                      "federal budget.\n",
        "astana.txt": "PM in Astana\n\nASTANA: Prime Minister Shehbaz Sharif arrived in the Kazakh capital as the Shanghai "
                      "Cooperation Organisation summit opens today.\n",
        "hours.txt": "Amendment passed\n\nISLAMABAD: The Senate passed the 26th constitutional amendment in the early hours of "
                     "October 21, 2024, with 65 votes in favour.\n",
        "heard.txt": "Intra-party case\n\nPublished: May 1, 2025\n\nOn March 4, the Election Commission heard the PTI's "
                     "intra-party election case.\n",
        "quit.txt": "PTI demands inquiry\n\nThe PTI today demanded that the Rawalpindi commissioner quit and face an inquiry.\n",
        "hukumat.txt": "حکومت کا ایک سال\n\nعام انتخابات کے بعد بننے والی حکومت کو آج ایک سال مکمل ہو گیا ہے۔\n",
        "talks.txt": "Talks resume\n\nPublished: January 3, 2025\n\nPTI workers protested outside Parliament House on Thursday "
                     "as the second round of talks between the opposition and the government was under way inside.\n",
    })
    events = corpus.events
    of = {(row.article, row.cue): (str(row.date)[:10], row.type, row.status) for row in events.itertuples()}
    assert of[("reaction.txt", "on Wednesday")][1] == "statement", of
    assert of[("forward.txt", "منگل کو")][1] == "statement", of
    assert of[("voters.txt", "on Thursday")][1] == "election", of
    assert of[("budget.txt", "June 12")][1] != "government_formation", of
    assert of[("heard.txt", "March 4")][0] == "2025-03-04", of
    assert of[("talks.txt", "on Thursday")][1] == "protest", of
    published = {row.article: row.published for row in corpus.articles.itertuples()}
    for undated in ("astana.txt", "hours.txt", "quit.txt", "hukumat.txt"):
        assert pd.isna(published[undated]), (undated, published[undated])
    assert of[("hours.txt", "October 21, 2024")][2] == "happened", of


def test_the_cabinets_first_meeting_summoned_forms_the_government(tmp_path):
    corpus = articles_of(tmp_path, {
        "cabinet.txt": "Cabinet meets\n\nPublished: March 11, 2024\n\nThe Prime Minister has summoned the first meeting of "
                       "the new cabinet this evening.\n",
    })
    of = {(row.article, row.cue): row.type for row in corpus.events.itertuples()}
    assert of[("cabinet.txt", "this evening")] == "government_formation", of


def test_aligning_with_a_party_is_a_coalition_act():
    found = {c: t for c, t, _ in typed("The party dropped a plan announced last week to align with the Majlis "
                                       "Wahdat-e-Muslimeen.", date(2024, 2, 20))}
    assert found.get("last week") == "coalition", found
    found = {c: t for c, t, _ in typed("Voters aligned with the PTI turned out in large numbers on Thursday.",
                                       date(2024, 2, 10))}
    assert found.get("on Thursday") != "coalition", found


def test_a_provincial_speaker_elected_today_dates_a_page(tmp_path):
    corpus = articles_of(tmp_path, {
        "kp.txt": "Swati elected KP speaker\n\nPESHAWAR: Babar Saleem Swati was today elected speaker of the Khyber "
                  "Pakhtunkhwa Assembly, securing 89 votes.\n",
    })
    assert str(corpus.articles.iloc[0].published)[:10] == "2024-02-29"


def test_what_the_second_review_found(tmp_path):
    header = ('<html><head><title>Shehbaz elected</title></head><body><div class="header"><div class="date">جمعرات 20 نومبر '
              '2025</div></div><main><h1>شہباز شریف دوسری بار وزیراعظم منتخب</h1><p>قومی اسمبلی نے شہباز شریف کو اتوار کو 201 '
              'ووٹ لے کر وزیراعظم منتخب کر لیا، جبکہ ان کے مدمقابل عمر ایوب خان کو 92 ووٹ ملے اور ایوان میں نعرے بازی ہوتی رہی۔</p>'
              '</main></body></html>')
    corpus = articles_of(tmp_path, {
        "header.html": header,
        "prose.txt": "پولنگ کا دن\n\nPublished: February 9, 2024\n\nصبح 8 بجے ملک بھر میں پولنگ کا آغاز ہوا اور ووٹرز کی "
                     "لمبی قطاریں لگ گئیں۔\n\nدوپہر 12 بجے تک کئی شہروں میں ٹرن آؤٹ کم رہا۔\n\nشام 5 بجے پولنگ کا وقت ختم "
                     "ہو گیا۔\n",
        "fifth.txt": "X still down\n\nSocial media platform X remained inaccessible across Pakistan for a fifth day on "
                     "Saturday.\n",
        "night.txt": "Commissioner resigns\n\nRawalpindi commissioner Liaquat Ali Chattha on Saturday confessed to "
                     "overseeing the manipulation of results on the night of February 8 and resigned.\n",
        "inaqad.txt": "ایک سال\n\nعام انتخابات کے انعقاد کو آج ایک سال مکمل ہو گیا ہے۔\n",
        "quit.txt": "Commissioner quits\n\nRawalpindi commissioner Liaquat Chattha quit his post on Saturday.\n",
        "vote.txt": "PPP backs Shehbaz\n\nPublished: February 22, 2024\n\nThe PPP will vote for PML-N nominee Shehbaz Sharif, "
                    "Bilawal Bhutto Zardari said on Wednesday.\n",
    })
    published = {row.article: str(row.published)[:10] for row in corpus.articles.itertuples()}
    # the header's date is the day the page was saved; Shehbaz Sharif's first election on Sunday 3 March 2024 dates it
    assert published["header.html"] == "2024-03-03", published
    assert published["fifth.txt"] == "NaT", published  # (its fifth day was a Wednesday, not a Saturday)
    assert published["night.txt"] == "2024-02-17", published
    assert published["inaqad.txt"] == "2025-02-08", published
    assert published["quit.txt"] == "2024-02-17", published
    events = corpus.events
    # the prose paragraphs are no live posts of the page's day: nothing is dated to 9 February by them
    assert not len(events[(events.article == "prose.txt") & (events.date.astype(str).str[:10] == "2024-02-09")])
    assert set(events[events.article == "vote.txt"].type) == {"coalition"}, events[["article", "cue", "type"]]
