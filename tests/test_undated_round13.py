"""Pages that print no date, and datelines without a year (thirteenth round).  Every article is
our own; the expected days are worked out by hand: 8 February 2025 was a Saturday, 9 March 2024 a
Saturday (and 9 March 2008 a Sunday), 2 March 2024 a Saturday, 17 February 2024 a Saturday."""

from datetime import date

import pytest

from dashboard import load_corpus
from dashboard.layout import analyse


def loaded(tmp_path, text: str) -> tuple[str | None, list[tuple[str, str]]]:
    (tmp_path / "page.txt").write_text(text, encoding="utf-8")
    corpus = load_corpus(tmp_path, use_cache=False)
    day = corpus.articles.iloc[0]["published"]
    events = sorted((str(d)[:10], c) for d, c in zip(corpus.events["date"], corpus.events["cue"]))
    return (None if str(day) == "NaT" else str(day)[:10]), events


# --- a yearly return told by its count of years -------------------------------------------------

@pytest.mark.parametrize("text", [
    # "a year complete since the February 8 election; PTI observes a black day today"
    "ویب ڈیسک: آٹھ فروری کے الیکشن کو ایک سال مکمل ہوگیا، تحریک انصاف آج یوم سیاہ منا رہی ہے اور کارکن "
    "صوابی میں جمع ہو رہے ہیں\nپارٹی رہنماؤں نے کہا کہ احتجاج پرامن رہے گا۔\n",
    "PTI workers gathered in Swabi today as the party observed a black day on the first anniversary of "
    "the February 8 elections.\n\nLeaders addressed the crowd from a container.\n",
])
def test_the_count_of_years_says_which_yearly_return_a_page_reports(tmp_path, text):
    day, events = loaded(tmp_path, text)
    assert day == "2025-02-08"


def test_a_yearly_return_with_no_count_of_years_stays_undated(tmp_path):
    # the first and the second anniversary fit alike: no day is guessed
    day, _ = loaded(tmp_path, "PTI workers gathered in Swabi today as the party observed a black day "
                              "against the February 8 elections.\n\nLeaders addressed the crowd.\n")
    assert day is None


def test_a_prison_term_is_no_count_of_the_returns_years(tmp_path):
    # "two years" here is a sentence, in another sentence than the return: it chooses nothing
    day, _ = loaded(tmp_path, "PTI workers gathered in Swabi today as the party observed a black day "
                              "against the February 8 elections.\n\nA court jailed a local leader for two "
                              "years last month.\n")
    assert day is None


# --- a lead paragraph with no full stop ----------------------------------------------------------

def test_a_long_lead_without_its_full_stop_is_a_paragraph_not_page_header():
    lead = ("لاہور (ویب ڈیسک) پنجاب اسمبلی کے نو منتخب ارکان نے آج حلف اٹھا لیا جس کے بعد اسپیکر کے انتخاب "
            "کا شیڈول جاری کر دیا گیا اور اپوزیشن ارکان نے ایوان میں نعرے بازی کی جبکہ حکومتی ارکان نے "
            "ڈیسک بجا کر نئے ایوان کا خیر مقدم کیا")
    text = ("7\n" + lead + "\nاجلاس کل صبح دس بجے دوبارہ ہوگا۔ اسپیکر اور ڈپٹی اسپیکر کا انتخاب خفیہ رائے "
            "شماری سے ہوگا اور نتائج کا اعلان اسی روز کیا جائے گا۔\n")
    layout = analyse(text)
    kept = [text[a:b] for a, b in layout.paragraphs]
    assert any(lead in p for p in kept)


def test_a_long_menu_line_is_still_page_header():
    menu = " | ".join(["Home", "Pakistan", "World", "Business", "Sports", "Opinion", "Entertainment", "Tech",
                       "Health", "Education", "Lifestyle", "Videos", "Podcasts", "Archives", "E-paper",
                       "Weather", "Jobs", "Contact us", "About us", "Privacy policy"])
    body = ("The National Assembly elected a new speaker on Friday after a session that ran late into the night, "
            "officials said.")
    layout = analyse(menu + "\n\n" + body + "\n")
    kept = [layout.text[a:b] for a, b in layout.paragraphs]
    assert kept == [body]


# --- a dateline without a year and a span of years ---------------------------------------------

def test_a_span_of_background_years_does_not_give_a_yearless_dateline_its_year():
    # "from 2008 to 2013" names no one year; before, its first year made the report 9 March 2008,
    # a Sunday, though the lead's Saturday is the day of the report
    text = ("ISLAMABAD, March 9 (Wire) - Asif Ali Zardari was elected president for a second time on "
            "Saturday, with 411 votes from the national and provincial assemblies.\n\n"
            "Zardari previously held the post from 2008 to 2013.\n")
    layout = analyse(text)
    assert layout.published != date(2008, 3, 9)
    assert layout.published in (None, date(2024, 3, 9)) or layout.published.weekday() == 5


# --- the story's calendar: more of its happenings -----------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # the Balochistan chief minister, elected unopposed on Friday 1 March and sworn in the next day
    ("Sarfraz Bugti takes oath as Balochistan chief minister\n\nQUETTA: PPP leader Sarfraz Bugti was sworn "
     "in as chief minister of Balochistan after he was elected unopposed by the provincial assembly.\n",
     "2024-03-02"),
    ("کوئٹہ: پیپلز پارٹی کے سرفراز بگٹی آج جمعہ کے روز بلامقابلہ وزیراعلیٰ بلوچستان منتخب ہو گئے۔ صوبائی "
     "اسمبلی کا اجلاس اسپیکر کی زیر صدارت ہوا۔\n\nان کے مقابلے میں کسی امیدوار نے کاغذات جمع نہیں کرائے تھے۔\n", "2024-03-01"),
    # the Rawalpindi commissioner's resignation, told with "tendered his resignation" and a weekday
    ("Rawalpindi commissioner Liaqat Ali Chatha Saturday tendered his resignation, saying he had helped "
     "change the results of 13 seats.\n\nThe election commission denied the charge.\n", "2024-02-17"),
])
def test_more_of_the_storys_happenings_date_a_page(tmp_path, text, expected):
    day, _ = loaded(tmp_path, text)
    assert day == expected


def test_today_with_a_yearless_day_takes_the_year_of_the_known_day_its_noun_names(tmp_path):
    # November 24 is a known day of the story (PTI's march), and no yearly return shares it
    day, _ = loaded(tmp_path, "PTI plans to hold a large protest at D-Chowk, Islamabad, today, November 24, "
                              "on the call of its founder.\n\nContainers were placed on the main roads.\n")
    assert day == "2024-11-24"


def test_today_with_february_8_and_an_election_noun_is_not_the_vote_itself(tmp_path):
    # February 8 returns every year as PTI's black day: "elections" does not say which year
    day, _ = loaded(tmp_path, "PTI workers rallied against the rigged elections today, February 8, in "
                              "several cities.\n\nPolice made arrests in Lahore.\n")
    assert day is None


def test_the_chief_justices_appointment_dates_a_page_by_its_weekday(tmp_path):
    # the president approved Yahya Afridi on Wednesday 23 October 2024
    day, events = loaded(tmp_path, "President Asif Ali Zardari on Wednesday appointed Justice Yahya Afridi as "
                                   "the chief justice of Pakistan.\n\nHe will take oath on Saturday.\n")
    assert day == "2024-10-23"
    assert ("2024-10-26", "on Saturday") in events
