"""Publication dates of the sixteenth round.  Every article is our own.

- A wire dateline with no year, in a folder whose other report settles the year, never stops the loader
  (it once compared a missing date with the story's first day).
- On a page that prints no date, a day it writes out in full elsewhere ("the verdict of July 12, 2024") is
  not the day it names from its own ("on Friday"); a page of a yearly return that writes the day it marks
  in full ("on Saturday, a year after the 8 February 2024 elections") is of the return, in Urdu too (the
  izafat's mark written: "یومِ سیاہ").
- A page that counts whole years from a day it writes in full ("Tomorrow marks a year since 8th February,
  2024") is of the day it counts to.
"""

import pytest
from test_pubdates_round9 import articles_of
from test_undated_round14 import published

from dashboard.undated import stated_by_years_since

# Three reports of late 2024, their dates in their file names: a folder whose year is 2024.
REPORTS_OF_2024 = {f"{day}.txt": f"A report\n\nISLAMABAD, {day} - The party's leaders met on Monday to discuss the talks.\n"
                   for day in ("2024-11-27", "2024-12-10", "2024-12-19")}


def published_in_folder(tmp_path, files: dict[str, str], name: str) -> str:
    return str(articles_of(tmp_path, files).articles.set_index("article").loc[name, "published"])[:10]


def test_a_yearless_dateline_in_a_folder_never_stops_the_loader(tmp_path):
    files = {"a.txt": "Two big parties agree on a coalition\n\nISLAMABAD, Feb 21 (Reuters) - Pakistan's two largest "
                      "parties have agreed to form a coalition government, ending nearly two weeks of uncertainty after "
                      "an election.\n\nThe agreement was announced at a news conference in Islamabad late on Tuesday.\n",
             "b.txt": "Vote count drags on\n\nISLAMABAD, Feb. 10, 2024 (AP) - Pakistan's election commission on Saturday "
                      "was still counting votes two days after the polls.\n"}
    # the folder's other report is of 2024; 21 February 2024 was the Wednesday after that Tuesday
    assert published_in_folder(tmp_path, files, "a.txt") == "2024-02-21"


def test_a_day_written_in_full_elsewhere_is_not_the_one_named_from_the_page(tmp_path):
    # 27 June 2025 and 12 July 2024 were both Fridays; the page writes out the second as the old verdict's
    text = ("ISLAMABAD: Pakistan's Supreme Court on Friday overturned its own ruling from last year that had given "
            "Imran Khan's party a share of the reserved seats in parliament.\n\n"
            "The court's original verdict of July 12, 2024, had declared the party eligible for the seats.\n")
    assert published(tmp_path, text) == "2025-06-27"


def test_an_urdu_page_of_the_elections_anniversary(tmp_path):
    # "On Saturday the PTI observed a black day across the country on the completion of a year of the
    # 8 February 2024 elections" (8 February 2025 was a Saturday); the izafat's zer written on "یومِ"
    text = ("تحریک انصاف نے ہفتے کو 8 فروری 2024ء کے عام انتخابات کا ایک سال مکمل ہونے پر ملک بھر میں یومِ سیاہ منایا۔\n\n"
            "پارٹی کے رہنماؤں نے صوابی میں جلسے سے خطاب کیا۔\n")
    assert published(tmp_path, text) == "2025-02-08"


def test_a_page_that_counts_years_to_tomorrow_is_of_the_day_before(tmp_path):
    text = ("One year on, the mandate question remains\n\nTomorrow marks a year since 8th February, 2024, when "
            "Pakistanis voted in an election that the PTI says was stolen.\n\nThe party will hold a rally in Swabi.\n")
    assert published(tmp_path, text) == "2025-02-07"


def test_a_page_on_an_anniversary_counted_today(tmp_path):
    text = ("Today is the first anniversary of the November 26, 2024 crackdown on PTI protesters at D-Chowk, and "
            "the party says it still has no answers.\n\nFamilies of the missing gathered in Peshawar.\n")
    assert published(tmp_path, text) == "2025-11-26"


def test_an_urdu_page_that_counts_a_year_today(tmp_path):
    # "today a year has been completed since the general elections of 8 February 2024"
    text = ("انتخابات کا ایک سال\n\nآج 8 فروری 2024ء کے عام انتخابات کو ایک سال مکمل ہو گیا ہے اور تحریک انصاف "
            "ملک بھر میں احتجاج کر رہی ہے۔\n")
    assert published(tmp_path, text) == "2025-02-08"


def test_a_count_of_years_from_a_day_not_written_in_full_gives_no_day():
    # "the February 8 elections": its year is not written, so the count says nothing by itself
    text = ("A year of the new parliament\n\nTomorrow marks a year since the February 8 elections, and the "
            "house has passed a dozen bills.\n\nThe opposition walked out again.\n")
    assert stated_by_years_since(text, [(0, len(text))]) is None



def test_a_day_written_in_full_still_dates_the_only_happening_told(tmp_path):
    # the page reports the vote only; the full date is its schedule, said before (8 February 2024 a Thursday)
    text = ("ISLAMABAD: Polling ended on Thursday in Pakistan's general election, with long queues reported in "
            "Lahore and Karachi.\n\nThe Election Commission of Pakistan had announced in November that the polls "
            "would be held on February 8, 2024, after months of uncertainty.\n")
    assert published(tmp_path, text) == "2024-02-08"


def test_curly_apostrophes_do_not_make_a_sentence_another(tmp_path):
    # the day written in full is in the very sentence that reports the verdict (12 July 2024 a Friday)
    text = ("ISLAMABAD: Pakistan’s Supreme Court on Friday restored Imran Khan’s party’s share of reserved seats in "
            "a verdict announced on July 12, 2024 by a 13-member full bench.\n\nThe ruling is a blow to the "
            "government.\n")
    assert published(tmp_path, text) == "2024-07-12"


@pytest.mark.parametrize("text, language", [
    # the day counted from is "the February 8 polls", written with no year; the full date is another day's
    ("Today marks a year since the February 8 polls, which came a week after Khan's conviction on January 31, 2024 "
     "in the cipher case.", "en"),
    # a quotation's "today" is the speaker's
    ('"Today marks a year since 8th February, 2024," the party chairman wrote on X last week.', "en"),
    # "a week remains until a year is completed"; "12 years have not been completed"
    ("آج 8 فروری 2024ء کے انتخابات کو ایک سال مکمل ہونے میں ایک ہفتہ باقی ہے۔", "ur"),
    ("آج حکومت کے خاتمے کو 12 سال مکمل نہیں ہوئے، لیکن 8 فروری 2024ء کو سب بدل گیا۔", "ur"),
])
def test_counts_of_years_that_give_no_day(text, language):
    assert stated_by_years_since(text, [(0, len(text))], language) is None


def test_an_urdu_count_of_more_than_nine_years():
    # "today 11 years have been completed since the army school tragedy of 16 December 2014"
    text = "آج 16 دسمبر 2014ء کے سانحہ آرمی پبلک اسکول کو 11 سال مکمل ہو گئے۔"
    assert stated_by_years_since(text, [(0, len(text))], "ur").day.isoformat() == "2025-12-16"


def test_a_yearless_dateline_takes_the_folders_year_over_a_background_year_before_it(tmp_path):
    # the article writes only 2023 (its background: the riots of May 9, 2023, "last year"); the folder's
    # reports are of 2024, so "Dec 22" is 22 December 2024 (21 December 2024 was a Saturday)
    afp = ("Military courts jail 25 civilians\n\nIslamabad, Dec 22 (AFP) - Pakistan's military courts have sentenced "
           "25 civilians over attacks on army buildings during riots that followed Imran Khan's arrest last year.\n\n"
           "The army announced the verdicts on Saturday. The riots erupted on May 9, 2023, when Khan was briefly "
           "detained.\n")
    assert published_in_folder(tmp_path, {**REPORTS_OF_2024, "afp.txt": afp}, "afp.txt") == "2024-12-22"


def test_a_page_on_the_cipher_acquittal_is_of_its_day(tmp_path):
    # 3 June 2024 was a Monday; the page prints no date
    text = ("IHC acquits Imran Khan in cipher case\n\nISLAMABAD: The Islamabad High Court on Monday accepted the "
            "appeals of Imran Khan and Shah Mahmood Qureshi against their conviction in the cipher case and "
            "acquitted both.\n\nKhan will stay in jail because of his conviction in another case.\n")
    assert published(tmp_path, text) == "2024-06-03"


def test_a_weekdays_judgment_and_the_clause_that_tells_what_it_did(tmp_path):
    # "Thursday's judgment ..., which dismissed": the clause is the judgment's; 14 March 2024 was a Thursday,
    # and a column written that day or the week after calls it so
    text = ("The reserved-seat riddle\n\nThursday's judgment by a five-member bench of the Peshawar High Court, which "
            "dismissed the council's petitions, has not settled who should get the seats reserved for women.\n\n"
            "The commission's order was tidy on paper.\n")
    day = published(tmp_path, text)
    assert day is not None and "2024-03-14" <= day <= "2024-03-20"


def test_a_weekdays_own_noun_in_the_lead_is_no_day_of_the_report(tmp_path):
    # alone in its folder: "on Monday" fits 12 February in 2024 (and 2018); "Thursday's vote" is the vote
    # of the week before, not the day of the report (12 February 2026 is a Thursday)
    text = ("Western partners press Pakistan\n\nIslamabad, Feb 12 (AFP) - Pakistan's Western partners kept up "
            "pressure on Islamabad on Monday over alleged irregularities in Thursday's vote, as rival parties held "
            "talks on forming a government.\n")
    assert published(tmp_path, text) == "2024-02-12"



@pytest.mark.parametrize("text", [
    # the cipher case and words of setting aside or acquittal, but another act, and no day named for it
    "Jail trial notification set aside\n\nThe Islamabad High Court set aside the law ministry's notification for "
    "the jail trial of Imran Khan in the cipher case, calling it unlawful.\n\nThe trial will restart.\n",
    "Government challenges acquittal\n\nThe federal government challenged the acquittal of Imran Khan in the cipher "
    "case in the Supreme Court, its lawyers said.\n\nA hearing date is awaited.\n",
])
def test_the_cipher_acquittals_words_without_its_day_date_no_page(tmp_path, text):
    assert published(tmp_path, text) is None


def test_a_weekdays_noun_whose_clause_tells_another_act(tmp_path):
    # "which the PTI called after the Supreme Court suspended ...": the rally's, not the suspension's day
    text = ("Monday's rally in Peshawar, which the PTI called after the Supreme Court suspended the Peshawar High "
            "Court's verdict on its reserved seats, drew thousands of supporters.\n\nLeaders spoke for hours.\n")
    assert published(tmp_path, text) != "2024-05-06"


def test_the_only_happening_told_written_in_full_elsewhere_dates_no_page(tmp_path):
    # the page reports a Friday ruling that set aside the July 12, 2024 verdict: not that verdict's day
    text = ("ISLAMABAD: The Supreme Court's constitutional bench on Friday set aside its majority ruling on the "
            "reserved seats, a blow to the PTI.\n\nThe verdict of July 12, 2024 had given the seats to the PTI, "
            "lawyers recalled.\n")
    assert published(tmp_path, text) != "2024-07-12"


@pytest.mark.parametrize("text", [
    "Today marks one year since the general elections, the PTI said in a statement issued on February 7, 2025, "
    "calling for protests.",
    "Today marks a year since Imran Khan's arrest, which came months after his ouster in a vote on April 10, 2022.",
])
def test_a_count_of_years_and_a_day_of_another_clause(text):
    assert stated_by_years_since(text, [(0, len(text))], "en") is None


def test_a_yearless_dateline_with_a_weekday_that_fits_the_year_before_the_folder(tmp_path):
    # 30 December 2023 was a Saturday, 30 December 2024 a Monday: the lead's "on Saturday" and the years the
    # report names (2022, 2023) outweigh a folder of 2024 reports
    afp = ("Papers rejected\n\nISLAMABAD, Dec 30 (AFP) - Pakistan's election commission on Saturday rejected the "
           "nomination papers of Imran Khan.\n\nKhan, who was ousted in 2022, has been in jail since he was convicted "
           "in 2023.\n")
    assert published_in_folder(tmp_path, {**REPORTS_OF_2024, "afp.txt": afp}, "afp.txt") == "2023-12-30"


def test_a_page_counting_years_with_a_verb_is_of_that_return(tmp_path):
    # the first anniversary (8 February 2025), not the second (2026): "complete one year"
    text = ("PTI observes black day as polls turn one\n\nISLAMABAD: The PTI is observing a black day across the country "
            "today as the general elections of February 8, 2024 complete one year, with its main gathering in Swabi.\n")
    assert published_in_folder(tmp_path, {"a.txt": text}, "a.txt") == "2025-02-08"


def test_a_date_line_under_the_text_with_the_time_of_an_update_dates_the_page(tmp_path):
    # "22 April 2024 | updated: 14:35" under the text: the page's day (an update's time is no other day)
    # ("by-elections held on Sunday, the ruling party wins; the opposition alleges rigging")
    text = ("ضمنی انتخابات: حکمران جماعت کو برتری\n\nلاہور: قومی اور صوبائی اسمبلیوں کی نشستوں پر اتوار کو ہونے والے "
            "ضمنی انتخابات کے غیر سرکاری نتائج کے مطابق حکمران جماعت نے بیشتر نشستیں جیت لی ہیں جبکہ اپوزیشن نے دھاندلی کا "
            "الزام عائد کیا ہے۔\n\n" + "".join(
                f"پارٹی کے {who} نے کہا کہ وہ نتائج کے خلاف الیکشن کمیشن سے رجوع کریں گے اور پولنگ ایجنٹوں کو باہر نکالے "
                "جانے کے شواہد پیش کریں گے۔\n\n" for who in ("صدر", "ترجمان", "سیکریٹری جنرل", "امیدواروں"))
            + "22 اپریل 2024  |  اپڈیٹ: 14:35\n")
    assert published_in_folder(tmp_path, {"a.txt": text}, "a.txt") == "2024-04-22"
