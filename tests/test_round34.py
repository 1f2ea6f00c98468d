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
- Datelines without a year: a weekday said of "today", "tomorrow" or "yesterday" ("tomorrow (Sunday)") fits the
  dateline's day in one year as a weekday written with a date does.
"""

from datetime import date

from test_pubdates_round9 import articles_of

from dashboard import languages
from dashboard.actors import default_matcher
from dashboard.dates import find_dates
from dashboard.events import sentence_events
from dashboard.story import default_story


def _typed(sentence: str, published: date, language: str = "en") -> dict[str, tuple[str, str]]:
    mentions = find_dates(languages.fold_letters(sentence), published, language=language,
                          known_days=default_story().known_day_map())
    matcher = default_matcher()
    text = languages.fold_letters(sentence)
    return {e["cue"]: (e["type"], e["status"]) for e in sentence_events(text, 0, mentions, matcher.find(text), matcher,
                                                                        published.isoformat())}


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


def _published(tmp_path, files: dict[str, str]) -> dict[str, str]:
    corpus = articles_of(tmp_path, files)
    return {row.article: str(row.published)[:10] for row in corpus.articles.itertuples()}


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


def test_arguments_heard_on_a_day_are_a_hearing():
    typed = _typed("Arguments were heard on 27.02.2024 and the matter was reserved for orders.", date(2024, 3, 4))
    assert typed["27.02.2024"][0] == "legal", typed


def test_an_order_announced_at_a_place_on_a_day_is_dated_by_that_line(tmp_path):
    published = _published(tmp_path, {
        "order.txt": "ELECTION COMMISSION OF PAKISTAN\n\nORDER\n\nFor the reasons recorded above, the applications are "
                     "dismissed and the remaining seats shall be allotted to the other parties.\n\n"
                     "Announced at Islamabad on 04.03.2024.\n",
    })
    assert published["order.txt"] == "2024-03-04", published
