"""Pages that print no date, and datelines without a year (thirteenth round).  Every article is
our own; the expected days are worked out by hand: 8 February 2025 was a Saturday, 9 March 2024 a
Saturday (and 9 March 2008 a Sunday), 2 March 2024 a Saturday, 17 February 2024 a Saturday."""


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
    "PTI workers gathered in Swabi today to observe a black day, one year after the February 8 elections.\n\n"
    "Leaders addressed the crowd from a container.\n",
])
def test_the_count_of_years_says_which_yearly_return_a_page_reports(tmp_path, text):
    day, events = loaded(tmp_path, text)
    assert day == "2025-02-08"


def test_a_yearly_return_with_no_count_of_years_stays_undated(tmp_path):
    # the first and the second anniversary fit alike: no day is guessed
    day, _ = loaded(tmp_path, "PTI workers gathered in Swabi today as the party observed a black day "
                              "against the February 8 elections.\n\nLeaders addressed the crowd.\n")
    assert day is None


@pytest.mark.parametrize("text", [
    # "two years" in another sentence than the return
    "PTI workers gathered in Swabi today as the party observed a black day against the February 8 "
    "elections.\n\nA court jailed a local leader for two years last month.\n",
    # ... or in the same sentence, but of something else than the return
    "PTI workers gathered in Swabi today as the party observed a black day against the rigged elections and "
    "what it called two years of repression.\n\nLeaders addressed the crowd.\n",
    # "a black day today, while a court sentenced two workers to two years in prison"
    "تحریک انصاف آج یوم سیاہ منا رہی ہے جبکہ عدالت نے دو کارکنوں کو دو سال قید کی سزا سنا دی۔\n\n"
    "کارکن صوابی پہنچ رہے ہیں۔\n",
])
def test_a_count_of_years_that_is_no_return_chooses_no_year(tmp_path, text):
    day, _ = loaded(tmp_path, text)
    assert day is None


# --- a lead paragraph with no full stop ----------------------------------------------------------

def test_a_long_lead_without_its_full_stop_is_a_paragraph_not_page_header():
    lead = ("لاہور (ویب ڈیسک) پنجاب اسمبلی کے نو منتخب ارکان نے آج حلف اٹھا لیا، جس کے بعد اسپیکر کے انتخاب "
            "کا شیڈول جاری کر دیا گیا اور اپوزیشن ارکان نے ایوان میں نعرے بازی کی جبکہ حکومتی ارکان نے "
            "ڈیسک بجا کر نئے ایوان کا خیر مقدم کیا")
    text = ("7\n" + lead + "\nاجلاس کل صبح دس بجے دوبارہ ہوگا۔ اسپیکر اور ڈپٹی اسپیکر کا انتخاب خفیہ رائے "
            "شماری سے ہوگا اور نتائج کا اعلان اسی روز کیا جائے گا۔\n")
    layout = analyse(text)
    kept = [text[a:b] for a, b in layout.paragraphs]
    assert any(lead in p for p in kept)


def test_a_line_of_related_headlines_is_no_paragraph():
    related = ("Related PTI to hold rally in Lahore on Sunday ECP rejects SIC plea for reserved seats PM to visit "
               "China next week Senate polls on April 2 as schedule issued Gandapur takes oath as chief minister "
               "Zardari files papers for president")
    body = ("The National Assembly elected a new speaker on Friday after a session that ran late into the night, "
            "officials said.")
    layout = analyse(related + "\n\n" + body + "\n")
    assert len(related.split()) >= 35
    assert [layout.text[a:b] for a, b in layout.paragraphs] == [body]


def test_a_long_menu_line_without_separators_or_commas_is_still_page_header():
    menu = ("ہوم پاکستان دنیا کھیل شوبز کاروبار صحت سائنس ٹیکنالوجی تعلیم مذہب کالم بلاگ ویڈیو تصاویر عام "
            "انتخابات 2024 نتائج مئی 2023 واقعات لاہور کراچی اسلام آباد پشاور کوئٹہ ملتان فیصل آباد گوجرانوالہ "
            "راولپنڈی سیالکوٹ حیدرآباد سکھر")
    text = (menu + "\n\nپی ٹی آئی کا احتجاج\n\nتحریک انصاف نے آج ملک بھر میں احتجاج کیا۔ پولیس نے کئی "
            "کارکنوں کو گرفتار کر لیا اور شاہراہیں بند کر دی گئیں۔\n")
    layout = analyse(text)
    assert len(menu.split()) >= 35
    assert layout.title == "پی ٹی آئی کا احتجاج"
    assert all(menu not in text[a:b] for a, b in layout.paragraphs)


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
    # (alone, the lead's Saturday chooses among the years: none of the span's, a Saturday 9 March)
    assert layout.published.year not in range(2008, 2014)
    assert layout.published.weekday() == 5


# --- the story's calendar: more of its happenings -----------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # the Balochistan chief minister, sworn in on Saturday 2 March 2024
    ("Sarfraz Bugti takes oath as Balochistan chief minister\n\nQUETTA: PPP leader Sarfraz Bugti was sworn "
     "in as chief minister of Balochistan after he was elected unopposed by the provincial assembly.\n",
     "2024-03-02"),
    # "Bugti was elected Balochistan chief minister on Saturday with 41 votes" (he was declared unopposed on
    # Friday 1 March; the assembly's vote was on Saturday 2 March: "elected" needs its day)
    ("کوئٹہ: پیپلز پارٹی کے سرفراز بگٹی ہفتے کو 41 ووٹ لے کر وزیراعلیٰ بلوچستان منتخب ہو گئے۔ صوبائی "
     "اسمبلی کا اجلاس اسپیکر کی زیر صدارت ہوا۔\n\nان کے مقابلے میں کسی امیدوار نے کاغذات جمع نہیں کرائے تھے۔\n", "2024-03-02"),
    # the Rawalpindi commissioner's resignation, told with "tendered his resignation" and a weekday
    ("Rawalpindi commissioner Liaqat Ali Chatha Saturday tendered his resignation, saying he had helped "
     "change the results of 13 seats.\n\nThe election commission denied the charge.\n", "2024-02-17"),
])
def test_more_of_the_storys_happenings_date_a_page(tmp_path, text, expected):
    day, _ = loaded(tmp_path, text)
    assert day == expected


def test_today_with_a_yearless_day_and_a_generic_noun_gives_no_year(tmp_path):
    # a protest noun names any protest: "today, November 24" may be of any year
    day, _ = loaded(tmp_path, "Traders in Karachi held a protest today, November 24, against the new sales "
                              "tax.\n\nShops stayed shut.\n")
    assert day is None


@pytest.mark.parametrize("text", [
    "PTI workers tried to reach D-Chowk on Friday, but police fired tear gas at the protest march near "
    "Islamabad.\n\nDozens were arrested.\n",
    # any D-Chowk protest may be "today": no day of the story's
    "Government employees staged a protest at D-Chowk today over their pay.\n\nTraffic was diverted.\n",
])
def test_a_d_chowk_protest_is_not_the_march_by_itself(tmp_path, text):
    day, _ = loaded(tmp_path, text)
    assert day is None


def test_today_with_february_8_and_an_election_noun_is_not_the_vote_itself(tmp_path):
    # February 8 returns every year as PTI's black day: "elections" does not say which year
    day, _ = loaded(tmp_path, "PTI workers rallied against the rigged elections today, February 8, in "
                              "several cities.\n\nPolice made arrests in Lahore.\n")
    assert day is None


@pytest.mark.parametrize("text", [
    # the chief justice's own acts after he took office (5 November 2024 was a Tuesday)
    "The Judicial Commission of Pakistan, chaired by Chief Justice Yahya Afridi, on Tuesday nominated "
    "Justice Aminuddin Khan to head the constitutional bench.\n\nThe meeting lasted two hours.\n",
    "Chief Justice Yahya Afridi on Tuesday appointed a new registrar of the Supreme Court.\n\nThe order "
    "was issued in the evening.\n",
    # by-election winners taking oath are no new assembly's first session
    "ضمنی انتخابات میں کامیاب ہونے والے پنجاب اسمبلی کے نومنتخب ارکان نے آج حلف اٹھا لیا۔\n\nاسپیکر نے "
    "حلف لیا۔\n",
])
def test_later_acts_of_the_same_people_and_places_do_not_date_a_page(tmp_path, text):
    day, _ = loaded(tmp_path, text)
    assert day not in {"2024-10-22", "2024-10-23", "2024-02-23"}


def test_the_chief_justices_appointment_dates_a_page_by_its_weekday(tmp_path):
    # the president approved Yahya Afridi on Wednesday 23 October 2024
    day, events = loaded(tmp_path, "President Asif Ali Zardari on Wednesday appointed Justice Yahya Afridi as "
                                   "the chief justice of Pakistan.\n\nHe will take oath on Saturday.\n")
    assert day == "2024-10-23"
    assert ("2024-10-26", "on Saturday") in events


# --- an all-number date above the article, read either way --------------------------------------

DW_STYLE = ("Pakistan: India's Modi greets new prime minister\n\n{stamp}\nShare\n\n"
            "Indian Prime Minister Narendra Modi on Monday sent his good wishes to Shehbaz Sharif, in a brief "
            "post on X.\n\nAlso on Monday, Pakistan's Election Commission rejected a request by the Sunni "
            "Ittehad Council to be given seats reserved for women and minorities.\n")


def test_an_all_number_date_read_either_way_takes_the_reading_the_calendar_confirms(tmp_path):
    # 03/05/2024: 3 May or 5 March; the commission refused the seats on Monday 4 March 2024
    day, events = loaded(tmp_path, DW_STYLE.format(stamp="03/05/2024"))
    assert day == "2024-03-05"
    assert events == [("2024-03-04", "on Monday"), ("2024-03-04", "on Monday")]


def test_an_all_number_date_the_calendar_does_not_contradict_keeps_its_first_reading(tmp_path):
    # 05/03/2024 read day first is 5 March: the calendar agrees, nothing changes
    day, _ = loaded(tmp_path, DW_STYLE.format(stamp="05/03/2024"))
    assert day == "2024-03-05"


def test_a_happening_told_after_an_anchor_word_does_not_date_the_lead(tmp_path):
    # the ruling is what came before the news, not the news itself
    text = ("The party's appeal comes after the Supreme Court accepted review petitions in the reserved seats "
            "case.\n\nIts lawyers met on Monday.\n")
    day, _ = loaded(tmp_path, text)
    assert day is None


def test_an_aside_between_commas_does_not_end_the_after_phrase(tmp_path):
    text = ("The party's appeal comes after the Supreme Court, by a narrow majority, accepted review petitions "
            "in the reserved seats case.\n\nIts lawyers met on Monday.\n")
    day, _ = loaded(tmp_path, text)
    assert day is None
