"""Loader rules of the thirty-seventh round.  Sentences written for these tests; the dates are read off the text by
hand.

- An undated page whose lead reports a happening of the story's calendar with no time of its own ("X elected chief
  minister") and, in one of the two sentences after it, tells the session or vote of it as yesterday's ("the assembly
  session held yesterday"), was written the day after the happening, not on its day.
- More of the story's days in the calendar (each checked against reports of the day): Fazlur Rehman rejecting the
  results (Wednesday 14 February 2024), the re-polling in NA-88, PS-18 and PK-90 (15 February 2024), the State Bank's
  rate cuts of 2024 and 2025 told apart by the rate they set, Lukashenko's arrival (25 November 2024; not his
  delegation's, the day before).
- An undated page whose lead calls today a weekday ("آج بدھ کو") is of that weekday, on or after the day a report
  of a calendar happening gives it.
- A report told as background, in a relative clause ("Lukashenko, who arrived on Monday") or as already done ("مسترد کر
  چکے ہیں"), dates no undated page: the page is of some later day it does not name. (Since round 39 the relative
  clause dates it the first day after, where the weekday still reads the same.)
- A yearless dateline whose year only the folder's years chose takes the year of a calendar happening the page writes
  by its month and day without a year ("Mahrang Baloch, who was arrested in Quetta on March 22" under "April 4": the
  arrest of 22 March 2025), or ties to by a weekday (the Jaffar Express hijacking, Tuesday 11 March 2025).
- In a verb-final language, a lead sentence whose clause closes with the past perfect ("... منتخب ہونے کے بعد ... چھوڑ
  دی تھی") tells its happening as background: it does not date an undated page.
- Bullets under a heading that names a list of dates ("## Timeline", "Key dates") are the report's own entries, not
  links, even when they end no sentence ("- **21 Oct 2024** — 26th Amendment signed into law").
- A relative pronoun after a past verb opens the date's own clause: "روسٹر جاری کر دیا جو 17 سے 19 ستمبر تک نافذ رہے گا"
  (issued a roster that will be in force from 17 to 19 September) is ahead, this year.
- "جمعہ کو جاری اعلامیے کے مطابق" (according to the statement issued on Friday) is a past Friday whatever the sentence
  says will follow; "بدھ تک جاری کیے جائیں گے" (will be issued by Wednesday) stays ahead.
- More ways of naming the calendar's happenings: "The party of ... Imran Khan said on Wednesday it was suspending a
  protest in the capital" (27 November 2024), "a bench ... on Monday accepted appeals by Khan ... in the cipher case"
  (3 June 2024), "گنڈاپور اتوار کی رات اچانک صوبائی اسمبلی پہنچے" (the night of 6 October 2024, told the day after),
  "the Supreme Court ruled on Wednesday that civilians can be tried by military courts" (7 May 2025).
- "has called supporters onto the streets on Saturday for protests" puts Saturday ahead; "called his supporters to the
  streets on Friday, and thousands came out" stays past.
- Types: a military strike between states ("launched strikes on ... camps", "fired missiles at six sites", "air strikes")
  is `international`, not a protest; a strike that traders observe stays a protest.
"""

from datetime import date

from test_pubdates_round9 import articles_of
from test_round33 import _published

from dashboard.dates import find_dates


def _dates(text: str, published: date, language: str = "en") -> dict[str, tuple[str, str]]:
    return {m.text: (str(m.value), m.status) for m in find_dates(text, published, language=language) if m.value}


def test_a_lead_sentence_after_the_report_that_says_yesterday_puts_the_page_a_day_later(tmp_path):
    published = _published(tmp_path, {
        # Maryam Nawaz was elected chief minister of Punjab on Monday 26 February 2024.
        "urdu.txt": "مریم نواز وزیراعلیٰ پنجاب منتخب ہو گئیں\n\n"
                    "لاہور (نمائندہ خصوصی) مسلم لیگ ن کی مریم نواز پنجاب کی وزیراعلیٰ منتخب ہو گئیں۔ "
                    "پنجاب اسمبلی کے گزشتہ روز ہونے والے اجلاس میں انہیں 220 ارکان کی حمایت ملی۔\n\n"
                    "اپوزیشن ارکان نے ایوان سے واک آؤٹ کیا۔\n",
        "english.txt": "Maryam Nawaz elected Punjab chief minister\n\nLAHORE: Maryam Nawaz of the PML-N was elected chief "
                       "minister of Punjab. At the assembly session held yesterday she won 220 votes.\n\n"
                       "The opposition walked out.\n",
        # the same lead without the session's "yesterday": the happening's own day, as before
        "plain.txt": "مریم نواز وزیراعلیٰ پنجاب منتخب ہو گئیں\n\n"
                     "لاہور (نمائندہ خصوصی) مسلم لیگ ن کی مریم نواز پنجاب کی وزیراعلیٰ منتخب ہو گئیں۔ "
                     "پنجاب اسمبلی کے اجلاس میں انہیں 220 ارکان کی حمایت ملی۔\n\n"
                     "اپوزیشن ارکان نے ایوان سے واک آؤٹ کیا۔\n",
    })
    assert published["urdu.txt"] == "2024-02-27", published
    assert published["english.txt"] == "2024-02-27", published
    assert published["plain.txt"] == "2024-02-26", published


def test_more_days_of_the_story_date_undated_pages(tmp_path):
    published = _published(tmp_path, {
        # Wednesday 14 February 2024; the lead says when.
        "fazl.txt": "JUI-F rejects election results\n\nISLAMABAD: JUI-F chief Maulana Fazlur Rehman on Wednesday rejected the "
                    "results of the general election and said his party would sit in opposition.\n\n"
                    "He said the party's provincial councils would meet later this month.\n",
        # the rate cut to 17.5 percent was announced on Thursday 12 September 2024
        "rate.txt": "SBP slashes policy rate\n\nKARACHI: The State Bank of Pakistan on Thursday cut its policy rate by 200 "
                    "basis points to 17.5 percent, citing a sharp fall in inflation.\n\nBusiness groups welcomed the move.\n",
        # the president arrived on Monday 25 November 2024
        "visit.txt": "Belarus president in Islamabad\n\nISLAMABAD: Belarusian President Alexander Lukashenko arrived in "
                     "Islamabad on Monday for a three-day state visit.\n\nHe was received by the prime minister.\n",
        # a delegation that arrived ahead of him is not his arrival: nothing dates this page
        "delegation.txt": "Belarusian delegation arrives\n\nISLAMABAD: A large Belarusian delegation arrived in Islamabad on "
                          "Sunday ahead of President Alexander Lukashenko's visit.\n\nOfficials said trade would top the agenda.\n",
    })
    assert published["fazl.txt"] == "2024-02-14", published
    assert published["rate.txt"] == "2024-09-12", published
    assert published["visit.txt"] == "2024-11-25", published
    assert published["delegation.txt"] == "NaT", published


def test_a_lead_that_calls_today_a_weekday_puts_the_page_on_it(tmp_path):
    published = _published(tmp_path, {
        # Li Qiang arrived on Monday 14 October 2024; the page calls today Wednesday: 16 October
        "sco.txt": "شنگھائی تعاون تنظیم کا اجلاس\n\nاسلام آباد: شنگھائی تعاون تنظیم کے سربراہان حکومت کا اجلاس آج بدھ کو "
                   "اسلام آباد میں ہو رہا ہے۔\n\nچین کے وزیراعظم لی چیانگ پیر کو چار روزہ سرکاری دورے پر اسلام آباد پہنچے تھے۔\n",
    })
    assert published["sco.txt"] == "2024-10-16", published


def test_a_happening_told_as_background_dates_no_page(tmp_path):
    published = _published(tmp_path, {
        "relative.txt": "Traffic curbs in the capital\n\nISLAMABAD: Roads around the Red Zone stayed closed, police said.\n\n"
                        "Belarusian President Alexander Lukashenko, who arrived in Islamabad on Monday for a state visit, "
                        "is staying in the area.\n",
        "done.txt": "سندھ میں دھرنا جاری\n\nحیدرآباد: گرینڈ ڈیموکریٹک الائنس کا دھرنا جاری ہے۔\n\n"
                    "جے یو آئی کے سربراہ مولانا فضل الرحمان بھی بدھ کو انتخابی نتائج مسترد کر چکے ہیں۔\n",
        # the same report told as the page's own news still dates it (Wednesday 14 February 2024)
        "own.txt": "فضل الرحمان نے نتائج مسترد کر دیے\n\nاسلام آباد: جے یو آئی کے سربراہ مولانا فضل الرحمان نے بدھ کو "
                   "انتخابی نتائج مسترد کر دیے۔\n\nانہوں نے کہا کہ ان کی جماعت اپوزیشن میں بیٹھے گی۔\n",
    })
    # (since round 39 a relative clause's weekday dates the page the first day after it, Tuesday 26 November 2024: the
    # weekday still reads the same; see test_round39)
    assert published["relative.txt"] == "2024-11-26", published
    assert published["done.txt"] == "NaT", published
    assert published["own.txt"] == "2024-02-14", published


def test_a_yearless_datelines_year_from_a_calendar_day_the_page_writes_or_ties(tmp_path):
    filler = "\n\nOther pages of the folder.\n"
    published = _published(tmp_path, {
        # the folder's other pages are of 2024, so the folder alone would choose 2024
        **{f"old{k}.txt": f"ISLAMABAD, Feb {10 + k}, 2024 (APP): The assembly met." + filler for k in range(4)},
        "ani.txt": "BNP to march on Quetta\n\nQuetta [Balochistan], April 4 (ANI): The BNP will march on Quetta on April 6 "
                   "to press for the release of Mahrang Baloch, who was arrested in Quetta on March 22 after police broke "
                   "up a sit-in.\n\nThe party's chief made the announcement at a rally.\n",
        "ani_last_year.txt": "Mahrang's trial\n\nQuetta [Balochistan], May 4 (ANI): Mahrang Baloch, who was arrested in Quetta on "
                             "March 22 last year, appeared before the court.\n\nHer lawyers sought bail.\n",
        "xinhua.txt": "Train attack toll rises\n\nQUETTA, March 15 (Xinhua) -- Officials said on Friday that 21 passengers "
                      "were killed when militants attacked the Jaffar Express in Bolan on Tuesday.\n\n"
                      "The train was travelling to Peshawar.\n",
    })
    assert published["ani.txt"] == "2025-04-04", published
    assert published["ani_last_year.txt"] != "2025-04-04", published  # (its "March 22 last year" is no 2025 day for 2025)
    assert published["xinhua.txt"] == "2025-03-15", published
    assert published["old0.txt"] == "2024-02-10", published


def test_a_closing_past_perfect_in_an_urdu_lead_is_background(tmp_path):
    published = _published(tmp_path, {
        # the by-elections of Sunday 21 April 2024, told as yesterday's; Gandapur's election of 1 March is background
        "byelection.txt": "ضمنی انتخابات کے نتائج\n\nپشاور (نمائندہ خصوصی) خیبرپختونخوا میں گزشتہ روز قومی اور صوبائی اسمبلی "
                          "کی چار نشستوں پر ہونے والے ضمنی انتخابات میں آزاد امیدوار کامیاب ہو گئے۔\n\n"
                          "یہ نشست علی امین گنڈاپور نے یکم مارچ کو وزیراعلیٰ منتخب ہونے کے بعد چھوڑ دی تھی۔\n",
    })
    assert published["byelection.txt"] in {"2024-04-22", "NaT"}, published  # (April 2024 or no day; never 1 March)


def test_bullets_under_a_timeline_heading_are_the_reports_own(tmp_path):
    corpus = articles_of(tmp_path, {"explainer.md": (
        "# What the amendment changes\n\n*Staff report | November 9, 2025*\n\nThe bill is before a joint committee of "
        "parliament, which meets again today.\n\n## Timeline\n\n- **21 Oct 2024** — 26th Amendment signed into law\n"
        "- **5 Nov 2024** — Judicial Commission forms the first constitutional bench\n")})
    found = {str(d)[:10] for d in corpus.events["date"]}
    assert {"2024-10-21", "2024-11-05"} <= found, found


def test_tense_of_a_relative_clause_and_an_issued_statement():
    assert _dates("ہائیکورٹ نے نیا روسٹر جاری کر دیا جو 17 سے 19 ستمبر تک نافذ رہے گا۔", date(2025, 9, 16), "ur") \
        == {"17 سے 19 ستمبر": ("2025-09-17", "planned")}
    # (a relative clause with a past verb of its own stays past)
    assert _dates("ہائیکورٹ نے روسٹر جاری کیا جو 17 ستمبر کو نافذ ہوا۔", date(2025, 9, 16), "ur") \
        == {"17 ستمبر": ("2024-09-17", "happened")}
    found = _dates("قومی اسمبلی سیکرٹریٹ سے جمعہ کو جاری اعلامیے کے مطابق ان کیمرہ اجلاس ہوگا۔", date(2025, 1, 25), "ur")
    assert found == {"جمعہ کو": ("2025-01-24", "happened")}, found
    found = _dates("حتمی سرکاری نتائج بدھ تک جاری کیے جائیں گے۔", date(2024, 4, 22), "ur")
    assert found == {"بدھ تک": ("2024-04-24", "planned")}, found


def test_more_ways_of_naming_the_calendars_happenings(tmp_path):
    published = _published(tmp_path, {
        "suspended.txt": "Khan party calls off protest\n\nISLAMABAD (Reuters) - The party of jailed former Prime Minister Imran "
                         "Khan said on Wednesday it was suspending a protest in the capital after an overnight operation.\n\n"
                         "Police fired tear gas.\n",
        "cipher.txt": "Khan cleared in secrets case\n\nA two-judge bench of the Islamabad High Court on Monday accepted appeals "
                      "by Imran Khan and Shah Mahmood Qureshi in the cipher case.\n\nBoth remain in jail in other cases.\n",
        "gandapur.txt": "وزیراعلیٰ اسمبلی پہنچ گئے\n\nپشاور: علی امین گنڈاپور اتوار کی رات اچانک صوبائی اسمبلی پہنچے جہاں ارکان نے "
                        "ان کا استقبال کیا۔\n\nانہوں نے ایوان سے خطاب بھی کیا۔\n",
    })
    assert published["suspended.txt"] == "2024-11-27", published
    assert published["cipher.txt"] == "2024-06-03", published
    assert published["gandapur.txt"] == "2024-10-07", published  # (told by its night: reported the day after)
    (tmp_path / "trials").mkdir()
    published = _published(tmp_path / "trials", {
        # the constitutional bench restored military trials of civilians on Wednesday 7 May 2025
        "trials.txt": "Top court clears military trials\n\nISLAMABAD (Reuters) - Pakistan's Supreme Court ruled on Wednesday "
                      "that civilians can be tried by military courts, overturning its own judgment.\n\nThe vote was five "
                      "to two.\n",
    })
    assert published["trials.txt"] == "2025-05-07", published


def test_a_military_strike_is_international_not_a_protest():
    from test_round33 import _typed
    day = date(2025, 5, 10)
    assert _typed("India on Wednesday launched strikes on what it said were militant camps in Pakistan.", day) \
        == {"on Wednesday": ("international", "happened")}
    assert _typed("The army said India fired missiles at six sites early on Wednesday.", day) \
        == {"on Wednesday": ("international", "happened")}
    assert _typed("Traders observed a strike on Wednesday in Quetta.", day) == {"on Wednesday": ("protest", "happened")}


def test_other_happenings_with_the_calendars_words_date_no_page_to_its_days(tmp_path):
    (tmp_path / "more").mkdir()
    published = _published(tmp_path, {
        # a hold is no cut; a cut to 10.5 percent "from 11 percent" is no cut to 11
        "hold.txt": "SBP keeps rate unchanged\n\nKARACHI: The State Bank of Pakistan on Monday kept its key policy rate "
                    "unchanged at 11 percent, pausing its cycle of cuts.\n\nAnalysts had expected a pause.\n",
        "later_cut.txt": "SBP cuts rate again\n\nKARACHI: The State Bank of Pakistan on Monday cut its policy rate to 10.5 "
                         "percent from 11 percent.\n\nBusinesses welcomed it.\n",
        # Fazl rejecting by-election results, the UN's Kashmir resolution, a later derailment of the train, an arrest
        # of Mahrang's workers, Shehbaz arriving in Beijing, Fitch affirming its rating: none is the calendar's day
        "fazl.txt": "JUI-F rejects by-poll results\n\nPESHAWAR: Maulana Fazlur Rehman on Wednesday rejected the results "
                    "of the by-elections held on Sunday.\n\nHe said his party would protest.\n",
        "un.txt": "FO welcomes UN vote\n\nISLAMABAD: The Foreign Office said on Wednesday that the UN General Assembly "
                  "resolution on Kashmir reflected the will of the world.\n\nIt thanked member states.\n",
        "derail.txt": "Train derails after blast\n\nSUKKUR: Several coaches of the Jaffar Express derailed on Tuesday after an "
                      "explosion near Sultan Kot in Shikarpur, the latest attack on the train.\n\nNo one was killed.\n",
        "workers.txt": "BYC workers held\n\nGWADAR: Police arrested dozens of BYC workers on Saturday as they headed to "
                       "Mahrang Baloch's rally.\n\nThe committee condemned the arrests.\n",
        "beijing.txt": "PM in China\n\nBEIJING: Shehbaz Sharif arrived in Beijing on Monday, where Chinese Premier Li Qiang "
                       "received him.\n\nThe two leaders held talks.\n",
        "fitch.txt": "Fitch affirms rating\n\nKARACHI: Fitch on Monday affirmed Pakistan at CCC+ and said a further upgrade "
                     "would depend on reforms.\n\nThe ministry welcomed the review.\n",
    })
    published.update(_published(tmp_path / "more", {
        "left.txt": "SBP holds\n\nKARACHI: The State Bank of Pakistan on Monday left its policy rate at 11 percent, following a "
                    "cut to 11 percent in May.\n\nMarkets were calm.\n",
        "draft.txt": "Fazl rejects draft\n\nISLAMABAD: Maulana Fazlur Rehman on Wednesday rejected the draft amendment, saying "
                     "the assemblies formed after the general elections had no mandate.\n\nHe met party leaders.\n",
        "gandhi.txt": "FO rejects remarks\n\nISLAMABAD: The Foreign Office on Wednesday rejected remarks by Congress leader "
                      "Rahul Gandhi about Pakistan.\n\nIt called them baseless.\n",
        "tianjin.txt": "PM in Tianjin\n\nTIANJIN: Chinese Premier Li Qiang received Pakistan's Prime Minister Shehbaz Sharif on "
                       "his arrival on Monday.\n\nThey held talks.\n",
        "hearing.txt": "Bench hears case\n\nISLAMABAD: The Supreme Court's constitutional bench on Wednesday asked whether "
                       "civilians could be tried by military courts.\n\nThe hearing was adjourned.\n",
        "budget.txt": "CM attends budget\n\nPESHAWAR: Gandapur walked into the provincial assembly on Sunday to attend the "
                      "budget session.\n\nThe budget was passed.\n",
        "protesting.txt": "BYC workers held\n\nQUETTA: Police on Saturday arrested BYC workers protesting against the "
                          "detention of Mahrang Baloch.\n\nThe committee condemned it.\n",
    }))
    assert {page: day for page, day in published.items() if page in {"left.txt", "draft.txt", "gandhi.txt", "tianjin.txt",
            "hearing.txt", "budget.txt", "protesting.txt"} and day != "NaT"} == {}, published
    wrong = {"hold.txt": "2025-05-05", "later_cut.txt": "2025-05-05", "fazl.txt": "2024-02-14", "un.txt": "2024-06-26",
             "derail.txt": "2025-03-11", "workers.txt": "2025-03-22", "beijing.txt": "2024-10-14", "fitch.txt": "2024-07-29"}
    assert not {page for page, day in wrong.items() if published[page] == day}, published


def test_a_relative_clause_with_its_day_first_is_background(tmp_path):
    published = _published(tmp_path, {
        "en.txt": "Talks in Islamabad\n\nISLAMABAD: The prime minister held talks with Alexander Lukashenko, who on Monday "
                  "arrived in Islamabad.\n\nThey signed several agreements.\n",
        "ur.txt": "اسلام آباد میں مذاکرات\n\nاسلام آباد: وزیراعظم نے بیلاروس کے صدر لوکاشینکو سے ملاقات کی، جو پیر کو تین روزہ "
                  "دورے پر اسلام آباد پہنچے۔\n\nدونوں رہنماؤں نے معاہدوں پر دستخط کیے۔\n",
    })
    # (since round 39: the first day after the relative clause's Monday, 26 November 2024, the day of the talks)
    assert published == {"en.txt": "2024-11-26", "ur.txt": "2024-11-26"}, published


def test_a_call_onto_the_streets_puts_the_day_ahead():
    found = _dates("The PTI has called supporters onto the streets on Saturday for protests across the country.",
                   date(2024, 2, 14))
    assert found == {"on Saturday": ("2024-02-17", "planned")}, found
    found = _dates("Khan called his supporters to the streets on Friday, and thousands came out.", date(2024, 2, 14))
    assert found == {"on Friday": ("2024-02-09", "happened")}, found
