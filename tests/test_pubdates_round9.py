"""Publication dates found on the blind probes of the ninth round: a date line under the text,
and a dateline without a year whose article names only background years.  Articles are our own."""

import pandas as pd
import pytest

from dashboard import load_corpus

URDU_BODY = ("اسلام آباد: الیکشن کمیشن نے منگل کو قومی اسمبلی کے تین حلقوں کے نتائج روک لیے اور امیدواروں کو "
             "طلب کر لیا۔\n\nکمیشن کے ترجمان نے کہا کہ فارم 45 کی جانچ مکمل ہونے تک نوٹیفکیشن جاری نہیں ہوگا۔\n\n")
ENGLISH_BODY = ("LAHORE: An election tribunal on Monday ordered a recount at 12 polling stations of a Gujranwala "
                "constituency, the first such order in the province.\n\nThe tribunal directed the returning officer "
                "to complete the recount within two weeks and report back.\n\n")


def articles_of(tmp_path, files: dict[str, str]) -> pd.DataFrame:
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return load_corpus(tmp_path, use_cache=False)


def test_a_date_line_under_the_text_is_the_pages_date(tmp_path):
    corpus = articles_of(tmp_path, {"ur.txt": URDU_BODY + "13 فروری 2024\n",
                                    "en.txt": ENGLISH_BODY + "Tuesday, March 18, 2025\n"})
    row = corpus.articles.set_index("article")
    assert str(row.loc["ur.txt", "published"])[:10] == "2024-02-13"
    assert str(row.loc["en.txt", "published"])[:10] == "2025-03-18"
    assert set(row["published_from"]) == {"foot of the page"}
    # Tuesday before 13 February 2024 is the 13th itself; Monday before 18 March 2025 is the 17th
    days = sorted(str(d)[:10] for d in corpus.events["date"])
    assert "2025-03-17" in days and "2024-02-13" in days
    # the date line itself reports nothing
    assert not corpus.events["sentence"].str.strip().isin(["13 فروری 2024", "Tuesday, March 18, 2025"]).any()


def test_a_labelled_date_line_under_the_text_is_read(tmp_path):
    corpus = articles_of(tmp_path, {"a.txt": URDU_BODY + "شائع شدہ: 05 فروری 2026\n",
                                    "b.txt": URDU_BODY + "ویب ڈیسک — 27 فروری 2024\n",
                                    "c.txt": ENGLISH_BODY + "News Desk | 12 May 2024\n"})
    published = {a: str(d)[:10] for a, d in zip(corpus.articles["article"], corpus.articles["published"])}
    assert published == {"a.txt": "2026-02-05", "b.txt": "2024-02-27", "c.txt": "2024-05-12"}


def test_a_date_after_a_list_of_headlines_is_another_storys(tmp_path):
    text = ENGLISH_BODY + "Related stories\n\nPTI announces rally in Swabi\n\n12 February 2024\n"
    corpus = articles_of(tmp_path, {"a.txt": text})
    assert corpus.articles["published"].isna().all()


def test_a_date_above_the_text_wins_over_one_under_it(tmp_path):
    text = "Published: 18 March 2025\n\n" + ENGLISH_BODY + "Updated: 20 March 2025\n"
    corpus = articles_of(tmp_path, {"a.txt": text})
    assert str(corpus.articles["published"].iloc[0])[:10] == "2025-03-18"


def test_a_yearless_dateline_does_not_take_a_background_year(tmp_path):
    # 9 March fell on a Saturday in 2024 and on a Sunday in 2008: the only year the text names is
    # the start of a past term; the folder's other article is of 2024.
    wire = ("ISLAMABAD, March 9 (Reuters) - Asif Ali Zardari was elected president for a second time on Saturday, "
            "winning 411 votes in the electoral college against 181 for his rival.\n\n"
            "He first became president in 2008, months after his wife was assassinated.\n")
    other = "Published: 4 March 2024\n\n" + ENGLISH_BODY
    corpus = articles_of(tmp_path, {"wire.txt": wire, "other.txt": other})
    row = corpus.articles.set_index("article").loc["wire.txt"]
    assert str(row["published"])[:10] == "2024-03-09"


@pytest.mark.parametrize("foot", [
    "Updated: 20 March 2025", "Last updated on 14 August 2025", "Last modified: 2 January 2026",
    "Accessed 3 May 2026", "Retrieved on 3 May 2026", "Printed on: 3 May 2026", "Next hearing: 2 April 2025",
    "Deadline: 1 April 2025", "اپ ڈیٹ: 20 مارچ 2025",
])
def test_a_labelled_line_under_the_text_other_than_published_is_no_page_date(tmp_path, foot):
    corpus = articles_of(tmp_path, {"a.txt": ENGLISH_BODY + foot + "\n"})
    assert corpus.articles["published"].isna().all()


@pytest.mark.parametrize("tail", [
    "Comments\n\nAli Khan: Great reporting, the tribunal should have acted much sooner than this.\n\n18 August 2025\n",
    "Related: PTI announces rally in Swabi after talks with the district administration fail.\n\n12 February 2024\n",
])
def test_a_date_under_a_comment_or_a_related_story_is_no_page_date(tmp_path, tail):
    corpus = articles_of(tmp_path, {"a.txt": ENGLISH_BODY + tail})
    assert corpus.articles["published"].isna().all()


def test_a_date_under_the_text_far_from_the_articles_dates_is_flagged(tmp_path):
    text = ENGLISH_BODY.replace("the first such order in the province", "the first such order since the "
                                "February 2024 election") + "1 January 2020\n"
    row = articles_of(tmp_path, {"a.txt": text}).articles.iloc[0]
    assert any("far from every date the article names" in p for p in row["problems"])


def test_a_named_year_that_fits_the_lead_weekday_stands(tmp_path):
    # 12 June 2026 is a Friday (12 June 2024 a Wednesday): the folder's other page is of 2024
    wire = ("ISLAMABAD, June 12 (Reuters) - Pakistan's finance minister on Friday presented a budget for the "
            "2026-27 fiscal year, raising defence spending by a fifth.\n\n"
            "The government aims to cut the deficit to 4% of GDP in 2026.\n")
    corpus = articles_of(tmp_path, {"wire.txt": wire, "other.txt": "Published: 4 March 2024\n\n" + ENGLISH_BODY})
    assert str(corpus.articles.set_index("article").loc["wire.txt", "published"])[:10] == "2026-06-12"


def test_urdu_possibility_is_no_future_unless_it_is_likely():
    from datetime import date

    from dashboard.dates import find_dates
    # 26 November 2024 was a Tuesday; the report is of Wednesday the 27th
    [rejected] = find_dates("الیکشن کمیشن نے منگل کو دھاندلی کے امکان کو مسترد کر دیا۔", date(2024, 11, 27), language="ur")
    assert (rejected.value, rejected.status) == ("2024-11-26", "happened")
    [likely] = find_dates("فیصلہ کل سنائے جانے کا امکان ہے۔", date(2024, 11, 27), language="ur")
    assert (likely.value, likely.status) == ("2024-11-28", "planned")
