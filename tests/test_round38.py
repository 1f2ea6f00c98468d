"""Loader rules of the thirty-eighth round.  Sentences written for these tests; the dates are read off the text by
hand.

- A count of years back set off beside a date written with its year ("Exactly a year ago, on May 9, 2023,", "On June
  28, 2024 — a year ago to the day —", "ٹھیک ایک سال قبل، 9 مئی 2023ء کو") only says how long ago that date was: the
  page dates one happening there, not a second one in the year before publication. A count back with a clause of its
  own ("A year ago the party won; on May 9, 2023, ...") still dates its own.
- "last October" said in November is the October a year before (the month just gone is "last month"); "last March"
  said in November stays in the page's year, as does "this past October".
- Air, drone and missile strikes are a foreign matter only when the sentence names a foreign country ("India launched
  missile strikes on several sites in Pakistan"); the state's own strikes on militants at home ("jets carried out air
  strikes on hideouts in North Waziristan") are `other`, not a protest nor `international`. Of two readings of the
  same words, the one that matches more of them as written wins ("launched missile strikes", not "launched ... strikes").
- Urdu "آئندہ" (next) before "مالی سال" (fiscal year) names the budget's year, it puts no verb ahead: "قومی اسمبلی نے جمعے کو
  آئندہ مالی سال کا بجٹ منظور کیا" passed it on the Friday gone; "آئندہ ماہ 8 فروری کو" (next month, on 8 February) stays ahead.
- A present passive ("are revised", "is presented") tells no past: "another increase is likely when prices are
  revised on Monday" is the coming Monday; "prices were revised on Monday" the last.
- A yearless day told as done within a month after the narrative's day of an earlier year, in that sentence or the
  next, is in the narrative's year ("go back to February 8, 2024. ... on the night of February 20 the two parties struck
  a deal", in a report of November 2025, is 20 February 2024); one further on ("On March 14, 2024 ... hearings began
  on May 6", in a report of June 2025) stays the latest.
- A count from the bare Urdu "انتخابات" (the elections) is from the general election, as the English "the elections" is,
  in a report of the weeks after it ("انتخابات سے ایک روز قبل", a day before the elections: 7 February 2024); and a
  narrative set just before the vote does not take the count's place ("... a day before the elections. A day after the
  elections, results were delayed" is 9 February).
- Two Urdu weekdays joined as a range, "جمعے سے اتوار تک", "ہفتے سے پیر تک" (Saturday to Monday), are one range: "ہفتے"
  is then no week; "سر سے پیر تک" (head to toe) and "ایک ہفتے سے پیر تک" (for a week, to Monday) are no range.
- Urdu "جانا ہے", "ہونا ہے" (is to be) put a day ahead: "فیصلہ پیر کو سنایا جانا ہے" (the verdict is to be announced on
  Monday).
- A bare year before the noun of a happening dates it: "the 2014 sit-in", "the devastating 2022 floods", "a 2022
  no-confidence vote", "their 2018 marriage", Urdu "2014 کے دھرنے" (language data `year_nouns`).
- Armed violence is no protest: "BLA fighters attacked government buildings", "Armed men blocked the highway ... and
  shot them", "a convoy was attacked" are `other`; "Protesters blocked the highway" stays a protest.
- An English and an Urdu report of one approval on one day are one happening: "approved" and "منظوری", "amendment" and
  "ترمیم" name the same act (the story's `names` groups).
- The story's calendar holds the federal budgets of 2024-25 and 2025-26, presented (12 June 2024, 10 June 2025) and
  passed (28 June 2024, 26 June 2025), told apart by the fiscal year the sentence names: an undated page that reports
  "The National Assembly on Friday approved the federal budget for 2024-25" is of 28 June 2024.
- "Results of Thursday's general election were delayed": what was put off is the results, not the election, which was
  held (the day stays behind the report; an undated page is not the day before the vote).
- A date over the headline, alone on the page, is kept as the page's when a day the text writes without a year falls
  within a month of it ("منگل، 29 جولائی 2025" over a report of a schedule whose notices come "31 جولائی کو"): the
  story's calendar does not replace it.
- The military-trials ruling of 7 May 2025 is also named by "restoring" ("Yesterday's 5-2 verdict of the constitutional
  bench, restoring the provisions of the Army Act": an undated editorial of 8 May 2025).
- A reviewer's cases, each a rule's limit: a count back in a clause of its own ("arrested a year ago; on June 1, 2024,
  he was convicted") or beside a date ahead stays; Pakistan's strikes "in Afghanistan" and India's strikes are
  international, traders' strikes protests, the air force's strikes at home other; the bare Urdu
  "انتخابات" of a local, party or foreign vote is not the general election, nor are "the polls" after a narrative
  months before the vote; a yearless day of the weeks before publication stays in the report's year, as does one whose
  written weekday the narrative's year does not fit; "گزشتہ ہفتے سے پیر تک" is last week; a jirga convened on Thursday
  was held; a session summoned ("پیر کو اجلاس طلب کر لیا") is ahead, one "طلب کیا تھا جو کئی گھنٹے جاری رہا" was held,
  and one something was sought in ("پیر کو اجلاس میں رپورٹ طلب کر لی") was held; "elected as CM Punjab" keeps its trigger; a protest against terrorists
  is a protest; a count of attacks or protests is no year.
- A verb's object whose last word opens a name is no object ("suspended the Election Commission's notifications" is
  not the suspension of an election).
"""

from datetime import date

from dashboard.dates import find_dates


def _found(text: str, published: date, language: str = "en") -> list[tuple[str, str]]:
    return [(m.text, m.value) for m in find_dates(text, published, language=language) if m.value]


def test_a_count_back_beside_a_full_date_dates_nothing_of_its_own():
    published = date(2025, 6, 28)
    assert _found("Exactly a year ago, on May 9, 2023, Khan was arrested in Islamabad.", date(2024, 5, 9)) \
        == [("May 9, 2023", "2023-05-09")]
    assert _found("On June 28, 2024 — a year ago to the day — the speaker suspended eleven members.", published) \
        == [("June 28, 2024", "2024-06-28")]
    assert _found("ٹھیک ایک سال قبل، 9 مئی 2023ء کو، عمران خان کو گرفتار کیا گیا تھا۔", date(2024, 5, 9), "ur") \
        == [("9 مئی 2023ء کو", "2023-05-09")]
    assert _found("Two years ago, in October 2023, the court ruled on the trials.", published) \
        == [("in October 2023", "2023-10")]


def test_a_count_back_with_its_own_clause_or_far_year_stays():
    published = date(2025, 6, 28)
    assert _found("A year ago the party won the vote; on May 9, 2023, Khan was arrested.", published) \
        == [("A year ago", "2024"), ("May 9, 2023", "2023-05-09")]
    # (ten years back is not 2023: two times, whatever the writer meant)
    assert _found("Ten years ago, in 2023, nobody spoke of it.", published) == [("Ten years ago", "2015"), ("in 2023", "2023")]


def test_last_month_name_right_before_publication_is_a_year_back():
    text = "The amendment passed last October. The bench met last March. This past October the court sat again."
    assert _found(text, date(2025, 11, 8)) == [("last October", "2024-10"), ("last March", "2025-03"),
                                               ("past October", "2025-10")]
    # (in December, October is no longer the month just gone)
    assert _found(text, date(2025, 12, 8))[0] == ("last October", "2025-10")


def test_strikes_are_foreign_only_with_a_foreign_country_named():
    from test_round33 import _typed
    day = date(2025, 5, 10)
    assert _typed("India launched missile strikes on several sites inside Pakistan early on Wednesday.", day) \
        == {"on Wednesday": ("international", "happened")}
    assert _typed("Jets carried out air strikes on militant hideouts in North Waziristan on Monday.", day) \
        == {"on Monday": ("other", "happened")}
    assert _typed("The air force launched strikes on militant camps in the Tirah valley on Tuesday.", day) \
        == {"on Tuesday": ("other", "happened")}


def test_an_object_that_opens_a_name_is_no_object():
    from test_round33 import _typed
    got = _typed("The court had on February 15 suspended the Election Commission's notifications of the winners.",
                 date(2024, 2, 20))
    assert got["February 15"][0] != "election"


def test_urdu_next_fiscal_year_puts_no_verb_ahead():
    published = date(2024, 7, 1)  # a Monday
    got = find_dates("واضح رہے کہ قومی اسمبلی نے جمعے کو آئندہ مالی سال کا بجٹ منظور کیا تھا۔", published, language="ur")
    assert [(m.text, m.value, m.status) for m in got] == [("جمعے کو", "2024-06-28", "happened")]
    got = find_dates("پارٹی نے کہا ہے کہ آئندہ ماہ 8 فروری کو ملک بھر میں احتجاج ہو گا۔", date(2025, 1, 24), language="ur")
    assert ("2025-02-08", "planned") in [(m.value, m.status) for m in got]


def test_a_present_passive_tells_no_past():
    published = date(2025, 6, 27)  # a Friday
    assert _found("Another increase is likely when prices are revised on Monday.", published) \
        == [("on Monday", "2025-06-30")]
    assert _found("Pakistan is expected to seek a longer programme before the budget is presented in June.",
                  date(2024, 3, 12)) == [("in June", "2024-06")]
    assert _found("Petrol prices were revised on Monday.", published) == [("on Monday", "2025-06-23")]


def test_a_yearless_day_soon_after_the_narratives_day_is_in_its_year():
    published = date(2025, 11, 27)
    text = ("To understand them we must go back to February 8, 2024. That day independents won most seats, "
            "but on the night of February 20 the PML-N and the PPP struck a deal.")
    assert _found(text, published) == [("February 8, 2024", "2024-02-08"), ("February 20", "2024-02-20")]
    urdu = ("ہمیں 8 فروری 2024ء کی طرف لوٹنا ہوگا۔ اس دن آزاد امیدوار زیادہ نشستیں جیت گئے تھے، مگر 20 فروری کی رات "
            "مسلم لیگ ن اور پیپلز پارٹی کے معاہدے نے نقشہ طے کر دیا۔")
    assert [v for _, v in _found(urdu, published, "ur")] == ["2024-02-08", "2024-02-20"]
    # (53 days on is no longer the narrative's: the review hearings of May 2025)
    text = "On March 14, 2024, the high court upheld the decision. The bench began hearing the reviews on May 6."
    assert _found(text, date(2025, 6, 27)) == [("March 14, 2024", "2024-03-14"), ("May 6", "2025-05-06")]


def test_a_count_from_the_bare_elections_is_from_the_vote():
    from dashboard.story import default_story
    known = default_story().known_day_map()
    published = date(2024, 2, 28)
    got = find_dates("یاد رہے کہ انتخابات سے ایک روز قبل پشین میں دو دھماکوں میں کئی افراد جاں بحق ہو گئے تھے۔", published,
                     language="ur", known_days=known)
    assert [m.value for m in got] == ["2024-02-07"]
    text = "Two blasts killed 28 people a day before the elections. A day after the elections, results were delayed."
    assert [m.value for m in find_dates(text, published, language="en", known_days=known)] == ["2024-02-07", "2024-02-09"]


def test_two_urdu_weekdays_joined_as_a_range():
    friday = date(2024, 11, 22)
    got = find_dates("حکومت جمعے سے اتوار تک صوبے بھر میں دفعہ 144 نافذ کرے گی۔", friday, language="ur")
    assert [(m.text, m.date_start, m.date_end, m.status) for m in got] \
        == [("جمعے سے اتوار تک", "2024-11-22", "2024-11-24", "planned")]
    got = find_dates("دوپہر 1:30 — پنجاب بھر میں ہفتے سے پیر تک دفعہ 144 نافذ، جلسے جلوسوں پر پابندی", friday, language="ur")
    assert [m.text for m in got] == ["ہفتے سے پیر تک"]
    assert find_dates("وہ سر سے پیر تک زخمی تھا۔", friday, language="ur") == []
    assert find_dates("قافلہ ایک ہفتے سے پیر تک رکا رہا۔", friday, language="ur") == []



def test_urdu_is_to_be_puts_the_day_ahead():
    saturday = date(2024, 12, 21)
    got = find_dates("ریفرنس کا محفوظ شدہ فیصلہ پیر کو سنایا جانا ہے۔", saturday, language="ur")
    assert [(m.value, m.status) for m in got] == [("2024-12-23", "planned")]
    got = find_dates("ریفرنس کا محفوظ شدہ فیصلہ پیر کو سنایا گیا۔", saturday, language="ur")
    assert [(m.value, m.status) for m in got] == [("2024-12-16", "happened")]


def test_a_bare_year_before_a_happenings_noun_dates_it():
    published = date(2025, 1, 21)
    assert _found("The 2014 sit-in ended not in victory for anyone.", published) == [("2014", "2014")]
    assert _found("Aid went to recovery from the devastating 2022 floods.", published) == [("2022", "2022")]
    assert _found("Khan, who was ousted in a 2022 no-confidence vote, is in prison.", published) == [("2022", "2022")]
    assert _found("2014 کے دھرنے میں بھی یہی جماعت مہینوں پارلیمنٹ کے سامنے بیٹھی رہی۔", published, "ur") == [("2014", "2014")]
    # (a year before no such noun stays no date: a count, a number)
    assert _found("The party won 2014 votes in the ward.", published) == []


def test_armed_violence_is_no_protest():
    from test_round33 import _typed
    day = date(2024, 2, 5)
    assert _typed("On Jan 29, BLA fighters attacked government buildings in the town of Mach.", day) \
        == {"Jan 29": ("other", "happened")}
    assert _typed("Armed men blocked the highway near Noshki late on Friday and shot nine passengers.", day) \
        == {"on Friday": ("other", "happened")}
    assert _typed("The road has been closed since October 12, when a convoy was attacked.", day)["October 12"][0] == "other"
    assert _typed("Protesters blocked the highway on Monday.", day) == {"on Monday": ("protest", "happened")}


def test_an_english_and_an_urdu_report_of_one_approval_are_one_happening(tmp_path):
    from test_pubdates_round9 import articles_of
    corpus = articles_of(tmp_path, {
        "en.txt": "IMF board approves $7bn loan for Pakistan\n\nISLAMABAD, Sept. 26 -- The International Monetary Fund (IMF) "
                  "executive board on Wednesday approved a 37-month loan program of 7 billion US dollars for Pakistan.\n",
        "ur.txt": "آئی ایم ایف بورڈ نے پاکستان کے لیے قرض کی منظوری دے دی\n\n26 ستمبر 2024\n\nاسلام آباد: عالمی مالیاتی فنڈ "
                  "(آئی ایم ایف) کے ایگزیکٹو بورڈ نے بدھ کو واشنگٹن میں ہونے والے اجلاس میں پاکستان کے لیے سات ارب ڈالر کے قرض "
                  "پروگرام کی منظوری دے دی۔\n",
    })
    wednesday = corpus.events[corpus.events["date"].astype(str).str.startswith("2024-09-25")]
    assert sorted(wednesday["article"]) == ["en.txt", "ur.txt"]
    assert wednesday["happening"].nunique() == 1


def test_the_budgets_date_undated_pages(tmp_path):
    from test_round33 import _published
    published = _published(tmp_path, {
        "passed.txt": "NA passes budget amid walkout\n\nISLAMABAD - The National Assembly on Friday approved the federal "
                      "budget for 2024-25 with a majority vote after rejecting the opposition's amendments.\n\nThe new "
                      "taxes take effect from July 1.\n",
        "presented.txt": "Budget unveiled\n\nFinance Minister Muhammad Aurangzeb on Tuesday presented the federal budget "
                         "for 2025-26 in the National Assembly, with a target of cutting the deficit.\n\nThe opposition "
                         "protested during the speech.\n",
        "other_year.txt": "Budget talk\n\nThe government on Friday approved a plan for the budget, officials said.\n",
    })
    assert published["passed.txt"] == "2024-06-28"
    assert published["presented.txt"] == "2025-06-10"
    assert published["other_year.txt"] == "NaT"


def test_what_the_day_owns_after_of_was_not_put_off():
    from dashboard.story import default_story
    known = default_story().known_day_map()
    got = find_dates("Results of Thursday's general election were delayed.", None, language="en", known_days=known)
    assert [(m.value, m.status) for m in got] == [("2024-02-08", "happened")]
    got = find_dates("The PTI postponed Thursday's rally.", date(2024, 3, 12), language="en", known_days=known)
    assert [m.status for m in got] == ["planned"]


def test_reviewers_cases_of_round_38():
    from test_round33 import _typed

    from dashboard.story import default_story
    known = default_story().known_day_map()

    def dates(text, published, language="en"):
        return [(m.text, m.value, m.status) for m in find_dates(text, published, language=language, known_days=known)
                if m.value]

    june = date(2025, 6, 20)
    assert [v for _, v, _ in dates("He was arrested a year ago; on June 1, 2024, he was convicted in the cipher case.",
                                   june)] == ["2024", "2024-06-01"]
    assert [v for _, v, _ in dates("The budget is due on June 25, 2025 — a year ago, the government raised taxes.",
                                   june)] == ["2025-06-25", "2024"]
    day = date(2024, 12, 26)
    assert _typed("Pakistani jets carried out air strikes in Afghanistan's Paktika province on Tuesday night.", day) \
        == {"on Tuesday night": ("international", "happened")}
    assert _typed("Traders observed a shutter-down strike on Monday against the new taxes.", day) \
        == {"on Monday": ("protest", "happened")}
    assert _typed("Maryam Nawaz was elected as CM Punjab on Monday after SIC members walked out.", day)["on Monday"][0] \
        == "government_formation"
    assert _typed("پیر کو دہشت گردوں کے خلاف شہر بھر میں مظاہرے ہوئے۔", day, "ur") == {"پیر کو": ("protest", "happened")}
    assert dates("بلدیاتی انتخابات سے ایک روز قبل شہر میں دفعہ 144 نافذ کر دی گئی۔", date(2024, 2, 28), "ur") == []
    assert dates("بنگلہ دیش میں انتخابات کے ایک روز بعد حسینہ واجد نے فتح کا اعلان کیا۔", date(2024, 2, 20), "ur") == []
    assert [v for _, v, _ in dates("The PTI held its intra-party polls on December 2. A day after the polls, Gohar Khan "
                                   "was named chairman.", date(2024, 2, 20))] == ["2023-12-02", "2023-12-03"]
    text = "On October 21, 2024, parliament passed the 26th amendment. On Thursday, November 13, two judges resigned."
    assert [v for _, v, _ in dates(text, date(2025, 11, 20))] == ["2024-10-21", "2025-11-13"]
    assert [v for _, v, _ in dates("گزشتہ ہفتے سے پیر تک شہر میں کشیدگی رہی۔", date(2024, 11, 22), "ur")] == ["2024-11-11"]
    saturday = date(2024, 10, 12)
    assert dates("The KP government convened a jirga in Peshawar on Thursday to discuss Kurram.", saturday) \
        == [("on Thursday", "2024-10-10", "happened")]
    assert [(v, st) for _, v, st in dates("چیف جسٹس نے بدھ کو فل کورٹ اجلاس طلب کیا تھا جو کئی گھنٹے جاری رہا۔",
                                          date(2024, 3, 28), "ur")] == [("2024-03-27", "happened")]
    assert [(v, st) for _, v, st in dates("قائمہ کمیٹی نے پیر کو اجلاس میں وزارت داخلہ سے رپورٹ طلب کر لی۔",
                                          date(2024, 12, 21), "ur")] == [("2024-12-16", "happened")]
    assert [v for _, v, _ in dates("پنجاب میں دفعہ 144 ہفتے سے پیر تک نافذ رہے گی۔", date(2024, 11, 22), "ur")] \
        == ["2024-11-23"]
    assert [v for _, v, _ in dates("On January 30, 2024, Khan was convicted in the cipher case. A week after the "
                                   "elections, PTI workers protested.", date(2024, 3, 1))] == ["2024-01-30", "2024-02-15"]
    assert dates("Several of Friday's rallies were postponed after the crackdown.", date(2024, 12, 19))[0][2] == "planned"
    assert [(v, st) for _, v, st in dates("الیکشن کمیشن نے فیصلے کا جائزہ لینے کے لیے پیر کو اجلاس طلب کر لیا ہے۔",
                                          date(2024, 7, 12), "ur")] == [("2024-07-15", "planned")]
    assert dates("Police recorded 2015 attacks on polio workers over the decade.", june) == []
    assert dates("About 2000 protests were reported, the ministry said.", june) == []


def test_a_date_over_the_headline_confirmed_by_a_yearless_day_near_it(tmp_path):
    from test_round33 import _published
    published = _published(tmp_path, {
        "schedule.txt": "اے آر وائی نیوز اردو\nمنگل، 29 جولائی 2025\n\nتین حلقوں میں ضمنی انتخاب 18 ستمبر کو ہوگا\n\n"
                        "اسلام آباد: الیکشن کمیشن آف پاکستان نے تین حلقوں میں ضمنی انتخابات کا شیڈول آج جاری کر دیا ہے۔\n\n"
                        "شیڈول کے مطابق پولنگ 18 ستمبر کو ہو گی۔ ریٹرننگ افسران 31 جولائی کو پبلک نوٹس جاری کریں گے۔\n",
    })
    assert published["schedule.txt"] == "2025-07-29"


def test_the_military_trials_ruling_named_by_restoring(tmp_path):
    from test_round33 import _published
    published = _published(tmp_path, {
        "editorial.txt": "Courts and camps\n\nYesterday's 5-2 verdict of the Supreme Court's constitutional bench, restoring "
                         "the provisions of the Army Act that allow some civilians to be tried by military courts, will "
                         "divide lawyers.\n\nThe government welcomed it.\n",
    })
    assert published["editorial.txt"] == "2025-05-08"
