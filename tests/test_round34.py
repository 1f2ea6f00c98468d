"""Loader rules of the thirty-fourth round.  Sentences written for these tests; the dates and types are read off the
text by hand.

- Urdu legal words in their plural and oblique forms: military courts ("فوجی عدالتوں نے") passing sentences
  ("سزائیں سنائیں") do a legal act; a sentence being served ("سزا کاٹ رہے ہیں") is the sentence's; English
  "pardoned" is legal too.  An attack on military installations ("فوجی تنصیبات پر حملوں") is the May 9 riots', and a
  date right before the attacks people are "involved in" ("9 مئی کو فوجی تنصیبات پر حملوں میں ملوث ملزمان") names the
  attacks, not the sentencing the sentence's verb tells; "کی اپیل پر" (at the call of) is no appeal in court.
- Calendar: the Rawalpindi commissioner's press conference of 17 February 2024 is his confession of rigging.
- Undated pages on by-elections: the two Sunday rounds (21 April 2024, 23 November 2025) are told apart first by
  what the page says of one only (its constituencies, "13 میں سے 12"), then by a day it writes, not one told in the
  past perfect ("جو 21 اپریل کے ضمنی انتخاب میں کامیاب ہوئے تھے": an earlier round the page names), then by the days
  before them it writes; "ضمنی انتخاب" (singular) names a by-election; "گزشتہ روز (اتوار)" is yesterday, Sunday.
- Types: a no-confidence motion in Urdu ("تحریک عدم اعتماد"), becoming an office holder ("وزیراعلیٰ بنے اور"),
  resigning from an office ("وزیراعلیٰ کے عہدے سے استعفیٰ دیا") and the appointment of governors form governments.
- Documents: an order's closing line "Announced at Islamabad on 04.03.2024." dates the page, as "Issued" and
  "Dated" lines do.
- Counts: an Urdu count takes what it is from before it ("8 فروری کے عام انتخابات کے آٹھ دن بعد"), never the day
  written after it ("... آٹھ دن بعد آج جمعے کو"); on a page with no date, such a count right before "today" dates the
  page (its weekday must fit), and an opening count after a dateline's mark ("Karachi: Four days after ...") with a
  main clause in the present perfect does too.
- Undated pages: "Two days ago, on Friday, ..." is that Friday exactly two days before the page; the Supreme Court
  overturning "one of its own judgments" (a constitutional bench) is the review of 27 June 2025, not the verdict of
  12 July 2024.
- Calendar: a happening whose last words name it alone (`noun_names`: the by-elections) is tied to a page by a day
  that owns those words ("What yesterday's by-elections tell us"), with no act's words.
- Dates: a yearless day told as done right after the narrative's day of last year is of that year, on the report's
  own day too ("On February 8 last year ... By the time the sun came up on February 9", written on 9 February 2025);
  a clause a date opens may name its subject in up to six words before the past verb ("On February 17, a senior
  official in Rawalpindi stood ...").
- Dates: "on the eve of the vote" (the language's `eve_vote_nouns`: the vote named bare) is the day before the
  report's vote, as "the eve of polling day" was.
- Undated pages: a newsletter's "*Friday edition*" (`edition_words`) names its weekday; a preview of Sunday's
  by-elections in it is of the Friday before, not the eve; "21 constituencies" is a sign of April 2024's round.
- What the second review found these rules must not do: read "the eve of the vote" as the general election's eve in a
  report weeks on or of another vote ("on the amendment"); make a preview with a long subject and a participle
  ("members of the new National Assembly elected in February will choose") a past; move the report's own day with
  its weekday ("On Saturday, February 8") to last year; count an Urdu count from a day through a chain of nouns ("9
  مئی کے مقدمات میں رہائی کے"); take a rubric ("Recap –") for a dateline, a subhead ("Verdict announced on ...") for
  the page's date, "Two days ago, on Thursday" for a Friday's happening, "As reported in our Friday edition" for
  the page's own edition, or "کل کے ضمنی انتخابات" (yesterday's or tomorrow's) or a recalled constituency for the
  round a page reports.
- What the review found these rules must not do: let a sign of one round (a constituency it contested, even inside
  "پی پی پی 54") overrule the day a page writes; drop a day written in a sentence with a plain past ("ٹرن آؤٹ کم تھا")
  or an English "had"; date a page on another commissioner's press conference to 17 February 2024; read "the day
  after tomorrow (Sunday)" or a quoted "today, Friday" as the dateline's weekday; give the day of a sentencing or an
  arrest to the attacks the accused were involved in (only the story's own day of the attacks, 9 May 2023); read
  clashes at a border, an army's or militants' attacks as protests, a punishment at the polls or a refused pardon
  as a court's act, "arguments were heard" at a conference as a hearing, a demand to resign, a party's presidency or
  voters' trust as the forming of a government.
- Types: agents "expelled" are the rigging alleged; Urdu "غیر سرکاری نتیجہ" (an unofficial result) is results,
  "دوبارہ گنتی" (a recount) and its order a legal act, as "recount" is.
- Types: a day that names a happening through a genitive ("8 فروری کے انتخابات", as "the February 8 polls") owns no
  act beside it: the sentence's other day governs the verb ("ہفتے کو ... مظاہرے کیے").
- Datelines without a year: a weekday said of "today", "tomorrow" or "yesterday" ("tomorrow (Sunday)") fits the
  dateline's day in one year as a weekday written with a date does.
"""

from datetime import date

from test_pubdates_round9 import articles_of
from test_round33 import _published, _typed  # (the same readers of a sentence's types and of pages' days)

from dashboard.dates import find_dates
from dashboard.story import default_story


def test_military_courts_passing_sentences_in_urdu_do_a_legal_act():
    typed = _typed("21 دسمبر کو فوجی عدالتوں نے فوجی تنصیبات پر حملوں میں ملوث پچیس شہریوں کو سزائیں سنائیں۔",
                   date(2025, 1, 10), "ur")
    assert typed["21 دسمبر"][0] == "legal", typed
    typed = _typed("یاد رہے کہ گزشتہ برس دسمبر میں فوجی عدالتوں نے 85 ملزمان کو قید کی سزائیں سنائیں۔",
                   date(2025, 3, 2), "ur")
    assert [t for t, _ in typed.values()] == ["legal"], typed


def test_a_sentence_served_and_a_pardon_are_legal():
    typed = _typed("وہ اس وقت ایک اور مقدمے میں قید کی سزا کاٹ رہے ہیں جو انہیں جنوری میں سنائی گئی تھی۔",
                   date(2025, 6, 3), "ur")
    assert [t for t, _ in typed.values()] == ["legal"], typed
    assert _typed("Nineteen of the convicts were pardoned in January.", date(2025, 4, 2)) == \
        {"in January": ("legal", "happened")}


def test_the_attacks_people_were_involved_in_take_the_date_before_them():
    typed = _typed("فوجی عدالتوں نے 9 مئی 2023 کو فوجی تنصیبات پر حملوں میں ملوث 25 ملزمان کو دو سے دس سال قید کی "
                   "سزائیں سنا دیں۔", date(2024, 12, 22), "ur")
    assert typed["9 مئی 2023"][0] == "protest", typed
    # (an attack told with its own verb is the riot too; and the noun alone, with no one involved in it, after an
    # adverbial date, stays the object of the sentence's verb)
    assert _typed("ملزمان نے 9 مئی کو جناح ہاؤس پر حملہ کیا تھا۔", date(2024, 12, 22), "ur")["9 مئی"][0] == "protest"
    typed = _typed("پولیس نے 10 مئی کو فوجی تنصیبات پر حملوں کے الزام میں سینکڑوں افراد گرفتار کیے۔", date(2024, 12, 22), "ur")
    assert typed["10 مئی"][0] == "legal", typed


def test_a_call_is_no_appeal_in_court():
    typed = _typed("تحریک تحفظ آئین پاکستان کی اپیل پر اتوار کو کئی شہروں میں شٹر ڈاؤن ہڑتال کی گئی۔", date(2025, 2, 10), "ur")
    assert [t for t, _ in typed.values()] == ["protest"], typed


def _loaded(tmp_path, published: str, sentence: str) -> dict[str, str]:
    """The types the whole loader gives a one-sentence page published on `published`, by cue."""
    tmp_path.mkdir()
    corpus = articles_of(tmp_path, {"page.txt": f"Report\n\nPublished: {published}\n\n{sentence}\n"})
    return {e.cue: e.type for e in corpus.events.itertuples()}


def test_the_commissioners_press_conference_is_his_confession_of_rigging(tmp_path):
    # (on 17 February 2024, the day the calendar gives the Rawalpindi commissioner's confession)
    typed = _loaded(tmp_path / "a", "2025-02-08", "On February 17, the Rawalpindi commissioner told a hall full of "
                    "reporters that he had helped turn losers into winners.")
    assert typed["February 17"] == "rigging_allegation", typed
    typed = _loaded(tmp_path / "b", "2024-02-22", "سابق کمشنر راولپنڈی لیاقت علی چٹھہ نے کہا کہ 17 فروری کی پریس کانفرنس ایک سیاسی جماعت کے "
                    "کہنے پر کی گئی تھی۔")
    assert typed["17 فروری"] == "rigging_allegation", typed
    # (the Commission's answer the same day is its own saying)
    typed = _loaded(tmp_path / "c", "2024-02-22", "الیکشن کمیشن نے 17 فروری کو کمشنر راولپنڈی کے الزامات مسترد کر دیے۔")
    assert typed["17 فروری"] != "rigging_allegation", typed


def test_yesterday_with_its_weekday_in_brackets_dates_the_page_the_day_after(tmp_path):
    published = _published(tmp_path, {
        "gujrat.txt": "ضمنی انتخاب کا نتیجہ\n\nگجرات: گزشتہ روز (اتوار) ہونے والے ضمنی انتخاب میں صوبائی اسمبلی کی نشست "
                      "پی پی 32 پر مسلم لیگ ق کے امیدوار نے کامیابی حاصل کی۔\n\nپولنگ کے دوران سکیورٹی کے سخت انتظامات تھے۔\n",
    })
    # (the April 2024 by-elections were held on Sunday 21 April; PP-32 was one of their seats)
    assert published["gujrat.txt"] == "2024-04-22", published


def test_a_constituency_says_which_round_of_by_elections_a_page_reports(tmp_path):
    published = _published(tmp_path, {
        "lahore.txt": "NA-129 result\n\nLAHORE: The PML-N candidate won yesterday's by-election in NA-129, according "
                      "to unofficial results, as turnout stayed low across the city.\n\nThe runner-up said he would "
                      "challenge the count.\n",
        "column.txt": "اداریہ\n\nاتوار کو ہونے والے ضمنی انتخابات میں حکمران جماعت نے 13 میں سے 12 نشستیں جیت لیں۔\n\n"
                      "گزشتہ سال 21 اپریل کے ضمنی انتخابات میں بھی یہی جماعت آگے رہی تھی۔\n",
    })
    # (NA-129 went to the polls on Sunday 23 November 2025; 13 seats were contested that day, and the April 21 the
    # column names with a past perfect is the earlier round)
    assert published["lahore.txt"] == "2025-11-24", published
    assert published["column.txt"] == "2025-11-23", published


def test_a_by_election_named_after_another_round_is_not_that_round(tmp_path):
    published = _published(tmp_path, {
        "bajaur.txt": "باجوڑ میں پولنگ\n\nباجوڑ: صوبائی اسمبلی کے حلقے میں ضمنی انتخاب کے لیے آج صبح پولنگ شروع ہوئی۔\n\n"
                      "یہ نشست اس امیدوار نے خالی کی تھی جو 21 اپریل کے ضمنی انتخاب میں دونوں نشستوں پر کامیاب ہوئے تھے۔\n",
    })
    assert published["bajaur.txt"] == "NaT", published


def test_a_dateline_without_a_year_takes_the_year_its_weekday_of_tomorrow_fits(tmp_path):
    published = _published(tmp_path, {
        "app.txt": "Re-polling arrangements\n\nQUETTA, Jan 04 (APP): All arrangements are in place for re-polling at "
                   "several stations of a provincial constituency tomorrow (Sunday), the election commission said.\n\n"
                   "Security personnel will be posted at every station.\n",
    })
    # (4 January 2025 was a Saturday; 4 January 2024 a Thursday)
    assert published["app.txt"] == "2025-01-04", published


def test_offices_won_left_and_filled_are_the_forming_of_governments():
    assert _typed("اپوزیشن کی تحریکِ عدم اعتماد جمعے کو اسمبلی سیکرٹریٹ میں جمع کرائی گئی تھی۔", date(2025, 11, 12),
                  "ur") == {"جمعے کو": ("government_formation", "happened")}
    typed = _typed("وہ مارچ 2024 میں پارٹی کے کہنے پر وزیراعلیٰ بنے اور اسی کے کہنے پر عہدہ چھوڑا۔", date(2025, 10, 14), "ur")
    assert [t for t, _ in typed.values()] == ["government_formation"], typed
    typed = _typed("سابق وزیراعلیٰ نے 8 اکتوبر کو وزیراعلیٰ کے عہدے سے استعفیٰ دیا تھا۔", date(2025, 10, 14), "ur")
    assert [t for t, _ in typed.values()] == ["government_formation"], typed
    assert _typed("The president approved the appointment of the new governors for three provinces on Saturday.",
                  date(2024, 5, 8)) == {"on Saturday": ("government_formation", "happened")}
    # (the appointment of judges stays a legal act)
    typed = _typed("The commission approved the appointment of two judges to the high court on Saturday.", date(2024, 5, 8))
    assert typed["on Saturday"][0] != "government_formation", typed


def test_an_order_announced_at_a_place_on_a_day_is_dated_by_that_line(tmp_path):
    published = _published(tmp_path, {
        "order.txt": "ELECTION COMMISSION OF PAKISTAN\n\nORDER\n\nFor the reasons recorded above, the applications are "
                     "dismissed and the remaining seats shall be allotted to the other parties.\n\n"
                     "Announced at Islamabad on 04.03.2024.\n",
    })
    assert published["order.txt"] == "2024-03-04", published


# What the review of these rules found they must not do.

def test_a_by_election_page_keeps_the_day_it_writes_over_a_sign_of_the_other_round(tmp_path):
    published = _published(tmp_path, {
        "april.txt": "By-polls\n\nLAHORE: The PML-N won most seats in yesterday's by-elections, unofficial results "
                     "showed.\n\nPolling on April 21 remained largely peaceful, officials said.\n\nIn Lahore, a former "
                     "PTI lawmaker who had won NA-129 in February campaigned for the party's candidates.\n",
        "november.txt": "ضمنی انتخابات\n\nلاہور: اتوار کو ہونے والے ضمنی انتخابات میں حکمران جماعت نے زیادہ تر نشستیں "
                        "جیت لیں۔\n\n23 نومبر کو ووٹنگ کا عمل پرامن رہا۔\n\nقومی اسمبلی میں پی پی پی 54 ارکان کے ساتھ "
                        "دوسری بڑی جماعت ہے۔\n",
    })
    # ("NA-129" was contested in November 2025, but the page writes April 21; "پی پی پی 54" is the PPP's count, not
    # the constituency PP-54 of April 2024)
    assert published["april.txt"] == "2024-04-22", published
    assert published["november.txt"] == "2025-11-23", published


def test_a_day_written_in_a_sentence_with_a_plain_past_is_still_the_pages(tmp_path):
    published = _published(tmp_path, {
        "urdu.txt": "ضمنی انتخابات\n\nلاہور: اتوار کو ہونے والے ضمنی انتخابات میں حکمران جماعت نے زیادہ نشستیں جیت لیں۔"
                    "\n\n21 اپریل کو ووٹنگ کا عمل پرامن رہا، اگرچہ کئی حلقوں میں ٹرن آؤٹ کم تھا۔\n",
        "english.txt": "By-polls\n\nLAHORE: The ruling party won most seats in yesterday's by-elections.\n\nPolling on "
                       "April 21 had been peaceful in most constituencies, officials said.\n",
    })
    assert published["urdu.txt"] == "2024-04-21", published
    assert published["english.txt"] == "2024-04-22", published


def test_another_commissioners_press_conference_dates_no_page(tmp_path):
    published = _published(tmp_path, {
        "muharram.txt": "Security plan\n\nRAWALPINDI: The Rawalpindi commissioner told a press conference that "
                        "security arrangements for the processions were complete.\n\nTraffic plans were announced.\n",
    })
    assert published["muharram.txt"] == "NaT", published


def test_a_weekday_said_of_another_day_than_the_reports_sets_no_year(tmp_path):
    published = _published(tmp_path, {
        "app.txt": "By-polls\n\nLAHORE, Apr 19 (APP): The Election Commission on Friday said all arrangements were "
                   "complete for the by-elections to be held the day after tomorrow (Sunday).\n\nThe seats fell vacant "
                   "after the general elections of February 8, 2024.\n",
        "march.txt": "Convoys\n\nISLAMABAD, Nov 25 (APP): PTI convoys reached the outskirts of the capital on Monday.\n\n"
                     "On Friday, the party's leaders had told workers: \"We leave today, Friday, and we will not go "
                     "back.\"\n\nThe march was called after the arrest of the party's founder in 2023.\n",
    })
    # (19 April 2024 was a Friday; 25 November 2024 a Monday)
    assert published["app.txt"] == "2024-04-19", published
    assert published["march.txt"] == "2024-11-25", published


def test_involvement_dates_only_the_storys_own_day_of_the_act():
    # (the sentencing of 21 December 2024: its day is the courts', whatever the accused were involved in)
    typed = _typed("فوجی عدالتوں نے 21 دسمبر کو فوجی تنصیبات پر حملوں میں ملوث 25 ملزمان کو سزائیں سنائیں۔",
                   date(2024, 12, 22), "ur")
    assert typed["21 دسمبر"][0] == "legal", typed
    typed = _typed("پولیس نے 10 مئی کو فوجی تنصیبات پر حملوں میں ملوث افراد کو گرفتار کیا۔", date(2024, 5, 12), "ur")
    assert typed["10 مئی"][0] == "legal", typed
    # (an attack by a foreign army or by militants is no riot)
    typed = _typed("بھارت نے 10 مئی کو پاکستان کی فوجی تنصیبات پر حملے کیے۔", date(2025, 5, 12), "ur")
    assert typed["10 مئی"][0] != "protest", typed
    typed = _typed("سیکیورٹی فورسز اور دہشت گردوں کے درمیان جمعہ کو شمالی وزیرستان میں جھڑپیں ہوئیں۔", date(2025, 5, 12), "ur")
    assert [t for t, _ in typed.values()] != ["protest"], typed


def test_punishment_at_the_polls_and_a_refused_pardon_are_not_court_acts():
    typed = _typed("انہوں نے کہا کہ عوام 8 فروری کو ووٹ کے ذریعے حکمران جماعت کو سزا دیں گے۔", date(2024, 1, 20), "ur")
    assert typed["8 فروری"][0] != "legal", typed
    typed = _typed("The voters did not pardon the ruling party on February 8, Khan said.", date(2024, 3, 2))
    assert typed["February 8"][0] != "legal", typed


def test_a_demand_to_resign_a_party_office_and_a_vote_of_trust_by_voters_form_no_government():
    typed = _typed("اپوزیشن نے پیر کو وزیراعظم سے استعفیٰ دینے کا مطالبہ کیا۔", date(2024, 6, 5), "ur")
    assert [t for t, _ in typed.values()] != ["government_formation"], typed
    typed = _typed("28 مئی کو نواز شریف دوبارہ مسلم لیگ ن کے صدر بنے اور کارکنوں سے خطاب کیا۔", date(2024, 6, 5), "ur")
    assert typed["28 مئی"][0] != "government_formation", typed
    typed = _typed("8 فروری کو عوام نے عمران خان پر اعتماد کا ووٹ دیا۔", date(2024, 6, 5), "ur")
    assert typed["8 فروری"][0] != "government_formation", typed


def test_a_count_from_a_day_written_before_it_dates_the_page_it_calls_today(tmp_path):
    published = _published(tmp_path, {
        "sitin.txt": "جامشورو میں دھرنا\n\nحیدرآباد (نامہ نگار) اتحاد نے 8 فروری کے عام انتخابات کے آٹھ دن بعد آج جمعے کو "
                     "مبینہ دھاندلی کے خلاف قومی شاہراہ پر دھرنا دیا۔\n\nدھرنا رات گئے تک جاری رہا۔\n",
        # (a weekday the count does not fit: 8 February 2024 and eight days on was a Friday, not a Saturday)
        "wrong.txt": "جامشورو میں دھرنا\n\nحیدرآباد (نامہ نگار) اتحاد نے 8 فروری کے عام انتخابات کے آٹھ دن بعد آج ہفتے کو "
                     "مبینہ دھاندلی کے خلاف قومی شاہراہ پر دھرنا دیا۔\n\nدھرنا رات گئے تک جاری رہا۔\n",
        "release.txt": "PRESS RELEASE\n\nKarachi: Four days after the 8th February elections, the alliance has formally "
                       "rejected the results announced for the province.\n\nIts leaders will meet again next week.\n",
    })
    assert published["sitin.txt"] == "2024-02-16", published
    assert published["wrong.txt"] != "2024-02-16", published
    assert published["release.txt"] == "2024-02-12", published


def test_an_urdu_count_is_from_the_day_before_it_not_the_day_after():
    found = {m.text: m.value for m in find_dates("اتحاد نے 8 فروری کے عام انتخابات کے آٹھ دن بعد آج جمعے کو دھرنا دیا۔",
                                                 date(2024, 2, 16), language="ur")}
    assert found["آٹھ دن بعد"] == "2024-02-16", found
    found = {m.text: m.value for m in find_dates("پارٹی نے 8 فروری کو ہونے والے انتخابات کے دو دن بعد احتجاج کیا۔",
                                                 date(2024, 3, 1), language="ur")}
    assert found["دو دن بعد"] == "2024-02-10", found


def test_a_count_of_days_back_with_its_weekday_dates_the_page_exactly(tmp_path):
    published = _published(tmp_path, {
        "magazine.md": "# The seats go back\n\nTwo days ago, on Friday, a constitutional bench of the Supreme Court "
                       "overturned one of its own judgments on the reserved seats, handing them to the governing "
                       "coalition.\n\nThe opposition called it a political verdict.\n",
    })
    # (the review of the reserved-seats verdict, Friday 27 June 2025; the first verdict, Friday 12 July 2024, was a
    # full court's, not a constitutional bench's)
    assert published["magazine.md"] == "2025-06-29", published


def test_yesterdays_by_elections_in_a_headline_date_the_page(tmp_path):
    published = _published(tmp_path, {
        "brief.md": "# What yesterday's by-elections tell us\n\n**Who won?** The ruling party took twelve of the "
                    "thirteen seats, among them NA-129 Lahore, according to provisional results.\n\n**Did the "
                    "opposition take part?** Only in two constituencies.\n",
        # (a day's possessive before a word of another happening's act names nothing: "today's judgment")
        "release.txt": "PRESS RELEASE\n\nThe party strongly rejects today's decision of the high court dismissing its "
                       "petitions.\n\nIt will appeal.\n",
    })
    assert published["brief.md"] == "2025-11-24", published
    assert published["release.txt"] == "NaT", published


def test_an_anniversary_pieces_yearless_days_stay_in_the_year_it_narrates(tmp_path):
    corpus = articles_of(tmp_path, {"oped.txt": (
        "A year of Form 47\n\nPublished: 2025-02-09\n\nOn February 8 last year, tens of millions of Pakistanis voted. "
        "By the time the sun came up on February 9, the flow of results had slowed to a trickle.\n\nOn February 17, "
        "a senior official in Rawalpindi stood before the cameras and said he had overseen the manipulation "
        "of results.\n")})
    dates = {e.cue: str(e.date)[:10] for e in corpus.events.itertuples()}
    # (the report is of 9 February 2025: its February 9 and February 17 are the days after last year's vote)
    assert dates["February 9"] == "2024-02-09", dates
    assert dates["February 17"] == "2024-02-17", dates


def test_the_eve_of_the_vote_is_the_day_before_it():
    found = {m.text: m.value for m in find_dates("Two bombings killed 28 people on the eve of the vote in Balochistan.",
                                                 date(2024, 2, 9), known_days=default_story().known_day_map())}
    assert found == {"on the eve of the vote": "2024-02-07"}, found
    # ("the eve of polling day" as before; no vote of the story's a year and more on)
    found = {m.text: m.value for m in find_dates("Security was tightened on the eve of polling day.", date(2024, 2, 9),
                                                 known_days=default_story().known_day_map())}
    assert found == {"polling day": "2024-02-07"}, found


def test_a_newsletters_edition_day_dates_its_preview(tmp_path):
    published = _published(tmp_path, {
        "bulletin.md": "## The Ballot Letter\n\n*Friday edition, sent at 7am*\n\n**By-polls this weekend.** Voters in "
                       "21 constituencies go to the polls on Sunday to fill seats left vacant after the general "
                       "election.\n\n**Coming up:** the next letter on Tuesday.\n",
    })
    # (the by-elections of Sunday 21 April 2024: the Friday before)
    assert published["bulletin.md"] == "2024-04-19", published


# What the second review found these rules must not do.

def test_the_eve_of_another_vote_is_not_the_general_elections():
    known = default_story().known_day_map()
    for published, sentence in [(date(2024, 3, 4), "On the eve of the vote, the opposition staged a walkout."),
                                (date(2024, 10, 22), "Months later, on the eve of the vote on the amendment, two "
                                                     "senators went missing.")]:
        found = {m.text: m.value for m in find_dates(sentence, published, known_days=known) if m.value}
        assert "2024-02-07" not in found.values(), (sentence, found)


def test_a_preview_with_a_long_subject_and_a_participle_stays_ahead():
    found = {m.text: (m.value, m.status) for m in find_dates(
        "On March 3, members of the new National Assembly elected in February will choose the prime minister.",
        date(2024, 2, 28))}
    assert found["March 3"] == ("2024-03-03", "planned"), found


def test_the_reports_own_day_with_its_weekday_stays_this_years(tmp_path):
    corpus = articles_of(tmp_path, {"black.txt": (
        "A year on\n\nPublished: 2025-02-08\n\nOn February 8 last year, Pakistanis voted in an election still "
        "disputed.\n\nOn Saturday, February 8, the party observed a black day across the country.\n")})
    dates = {e.cue: str(e.date)[:10] for e in corpus.events.itertuples()}
    assert "2025-02-08" in dates.values() and dates.get("Saturday, February 8", "2025-02-08") == "2025-02-08", dates


def test_an_urdu_count_from_what_a_day_names_is_not_from_the_day():
    found = {m.text: m.value for m in find_dates("ملزمان کی 9 مئی کے مقدمات میں رہائی کے دو دن بعد پولیس نے انہیں دوبارہ "
                                                 "گرفتار کر لیا۔", date(2024, 6, 1), language="ur")}
    assert found.get("دو دن بعد") in (None, ""), found
    found = {m.text: m.value for m in find_dates("پی ٹی آئی کے 24 نومبر کے احتجاج کے اعلان کے دو دن بعد حکومت نے "
                                                 "مذاکرات کی پیشکش کی۔", date(2024, 12, 1), language="ur")}
    assert found.get("دو دن بعد") in (None, ""), found


def test_a_rubric_before_a_count_is_no_dateline(tmp_path):
    published = _published(tmp_path, {
        "recap.txt": "Recap\n\nRecap – Ten days after the February 8 vote, the country is still without a government."
                     "\n\nWhat followed was a coalition formed in March, which still governs.\n",
    })
    assert published["recap.txt"] != "2024-02-18", published


def test_a_subhead_announcing_a_verdict_and_a_quoted_closing_line_do_not_date_the_page(tmp_path):
    published = _published(tmp_path, {
        "subhead.txt": "Verdict day\n\nPublished: 2025-07-23\n\nVerdict announced on 22.07.2025\n\nThe court "
                       "sentenced several leaders to ten years in prison on Tuesday.\n",
    })
    assert published["subhead.txt"] == "2025-07-23", published


def test_a_count_back_whose_weekday_is_not_the_happenings_dates_nothing(tmp_path):
    published = _published(tmp_path, {
        "wrong.txt": "The seats ruling\n\nTwo days ago, on Thursday, the Supreme Court ruled that the party is "
                     "entitled to reserved seats.\n\nThe government said it would study the verdict.\n",
    })
    # (the reserved-seats verdict came on a Friday, 12 July 2024)
    assert published["wrong.txt"] != "2024-07-14", published


def test_an_earlier_edition_named_in_passing_is_not_the_pages(tmp_path):
    published = _published(tmp_path, {
        "later.txt": "By-polls\n\nAs reported in our Friday edition, voters in 21 constituencies go to the polls in "
                     "Sunday's by-polls, and the party has now named its candidates.\n\nMore follows.\n",
    })
    assert published["later.txt"] != "2024-04-19", published


def test_by_election_night_words():
    # (agents thrown out are the rigging alleged; an Urdu unofficial result and a recount are results' and courts')
    assert _typed("A party spokesman alleged on Sunday that its agents had been expelled from several stations.",
                  date(2025, 6, 2)) == {"on Sunday": ("rigging_allegation", "happened")}
    typed = _typed("رات گئے غیر سرکاری نتیجہ آیا جس کے مطابق اتوار کو ہونے والے ضمنی انتخاب میں حکمران جماعت کا امیدوار کامیاب رہا۔",
                   date(2025, 11, 24), "ur")
    assert "results" in [t for t, _ in typed.values()], typed
    typed = _typed("الیکشن کمیشن نے جمعہ کو چار پولنگ اسٹیشنوں کے ووٹوں کی دوبارہ گنتی کا حکم دیا۔", date(2024, 10, 12), "ur")
    assert typed["جمعہ کو"][0] == "legal", typed


def test_a_day_that_names_a_happening_through_a_genitive_owns_no_act_beside_it():
    typed = _typed("تحریک انصاف نے ہفتے کو ملک کے مختلف شہروں میں 8 فروری کے انتخابات میں مبینہ دھاندلی کے خلاف مظاہرے کیے۔",
                   date(2024, 2, 19), "ur")
    assert typed["ہفتے کو"][0] == "protest", typed
    assert typed["8 فروری"][0] == "election", typed
