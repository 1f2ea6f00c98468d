"""Publication dates of the fifteenth round: a date labelled as the day a copy was saved ("[Archived
...]") is never the page's; a bare date next to one labelled updated is the first publication; a
site's date bar beside the weather is the day the page was viewed, which the story's calendar may
correct.  Articles are our own; the expected days are worked out by hand (1 March 2024 was a Friday)."""

from dashboard import load_corpus


def published(tmp_path, text: str) -> tuple[str | None, str]:
    (tmp_path / "page.txt").write_text(text, encoding="utf-8")
    row = load_corpus(tmp_path, use_cache=False).articles.iloc[0]
    return (None if str(row["published"]) == "NaT" else str(row["published"])[:10]), row["published_from"]


BODY = ("PESHAWAR: The provincial assembly's session to elect a new chief minister was adjourned after a "
        "brief sitting, with members of the opposition protesting outside the hall.\n\n"
        "The speaker said the vote would be held once the rules committee had met.\n")


def test_a_date_labelled_archived_is_not_the_pages(tmp_path):
    text = "[Archived 21 Nov 2025 08:14 UTC]\nThe Frontier Daily | Wednesday, November 27, 2024\n\nSession adjourned\n\n" + BODY
    assert published(tmp_path, text)[0] == "2024-11-27"


def test_an_accessed_date_alone_leaves_the_page_undated_rather_than_wrong(tmp_path):
    text = "Accessed on 3 January 2026\n\nSession adjourned\n\n" + BODY
    assert published(tmp_path, text)[0] is None  # (not the day it was saved, nor any other)


def test_a_bare_date_next_to_the_update_is_the_first_publication(tmp_path):
    text = "World | Asia\n\nSession adjourned\n\n10 March 2024\nUpdated 11 March 2024\n\n" + BODY
    assert published(tmp_path, text)[0] == "2024-03-10"
    urdu = ("خبریں | پاکستان\n\nاجلاس ملتوی\n\n10 مارچ 2024\nاپ ڈیٹ کی گئی 11 مارچ 2024\n\n"
            "پشاور: صوبائی اسمبلی کا اجلاس وزیر اعلیٰ کے انتخاب کے لیے مختصر کارروائی کے بعد ملتوی کر دیا گیا۔\n\n"
            "اسپیکر نے کہا کہ رولز کمیٹی کے اجلاس کے بعد ووٹنگ ہوگی۔\n")
    assert published(tmp_path, urdu)[0] == "2024-03-10"


def test_a_date_labelled_published_still_beats_a_bare_one(tmp_path):
    text = "Session adjourned\n\nPublished 9 March 2024\n10 March 2024\nUpdated 11 March 2024\n\n" + BODY
    assert published(tmp_path, text)[0] == "2024-03-09"


def test_a_date_bar_beside_the_weather_gives_way_to_the_happening_the_page_reports(tmp_path):
    # viewed on 19 May 2024; the page reports Gandapur's election as chief minister "on Friday" (1 March)
    # (under the headline, and the vote it names within months of it: without the weather, the bar would stand)
    text = ("The Frontier Daily\nHome | Pakistan | World\n\n"
            "Gandapur elected KP chief minister\nSunday, May 19, 2024 | Peshawar 31°C\n\n"
            "PESHAWAR: Ali Amin Gandapur was elected chief minister of Khyber Pakhtunkhwa on Friday, securing "
            "90 votes in the provincial assembly, three weeks after the February 8 elections.\n\n"
            "He is expected to take oath at the Governor House.\n")
    assert published(tmp_path, text)[0] == "2024-03-01"


def test_a_date_bar_beside_the_weather_stays_when_nothing_contradicts_it(tmp_path):
    text = "Friday, February 23, 2024 | Karachi 24°C\nThe Daily\n\nSession adjourned\n\n" + BODY
    day, source = published(tmp_path, text)
    assert day == "2024-02-23"


def test_a_labelled_date_line_signed_by_a_place_under_the_standfirst(tmp_path):
    text = ("World Desk | News | Videos\n\nParties seal a power-sharing deal\n\n"
            "The agreement ends nearly two weeks of haggling over the shape of the next government in Islamabad.\n\n"
            "Desk Report\nNew Delhi, UPDATED: Feb 21, 2024 10:42 IST\n\n"
            "The two parties announced late on Tuesday night that they would form a coalition, leaders said.\n\n"
            "The deal was sealed at a news conference in Islamabad attended by both party chiefs.\n")
    (tmp_path / "page.txt").write_text(text, encoding="utf-8")
    corpus = load_corpus(tmp_path, use_cache=False)
    assert str(corpus.articles.iloc[0]["published"])[:10] == "2024-02-21"
    # the date line is no text of the article: nothing happened on 21 February in it
    assert not any("UPDATED" in s for s in corpus.events["sentence"])
    assert "2024-02-20" in {str(d)[:10] for d in corpus.events["date"]}  # "late on Tuesday night"


def test_a_press_releases_date_under_its_signature(tmp_path):
    text = ("ELECTION COMMISSION\nPRESS RELEASE\n\nBY-ELECTIONS\n\n"
            "The Commission has today announced the schedule for by-elections in the constituencies that fell "
            "vacant after the general elections.\n\n"
            "Candidates and their supporters are advised to abide by the code of conduct issued by the Commission.\n"
            "Director (Media Coordination)\nElection Commission\nIslamabad, the 12th March, 2024\n")
    assert published(tmp_path, text)[0] == "2024-03-12"


def test_a_papers_name_and_date_under_an_urdu_column(tmp_path):
    # "Daily Jang, Thursday 8 August 2024" under the column's last paragraph
    text = ("کالم\n\nچھ ماہ بعد بھی وہی سوال\n\n"
            "انتخابات کے چھ ماہ بعد بھی نتائج پر اٹھنے والے سوالات کا جواب نہیں ملا اور عوام کی ناراضی برقرار ہے۔\n\n"
            "سوال یہ ہے کہ کیا ریاست اس ناراضی کو طاقت سے دبا سکتی ہے؟ تاریخ کا جواب نفی میں ہے۔\n\n"
            "روزنامہ جنگ، جمعرات 8 اگست 2024ء\n")
    assert published(tmp_path, text)[0] == "2024-08-08"


def test_a_headline_that_names_a_day_is_no_date_line_next_to_the_update(tmp_path):
    text = ("From May 9, 2023 To Adiala: A Year In Court\nUpdated: February 20, 2024\n\n"
            "ISLAMABAD: The former prime minister appeared before the court on Tuesday in the latest of his cases, "
            "his lawyers said.\n\nThe hearing was adjourned until next week.\n")
    assert published(tmp_path, text)[0] == "2024-02-20"


def test_a_related_headline_and_its_date_at_the_foot_are_no_signature(tmp_path):
    text = ("Party names its candidate for prime minister\n\n"
            "The party on Tuesday nominated its parliamentary leader as its candidate for prime minister, the "
            "party's chairman told reporters in Islamabad.\n\n"
            "The chairman said the party would sit in the opposition if it failed to win a majority in the house.\n\n"
            "Former Premier Sentenced In Cipher Case\nJanuary 30, 2024\n")
    assert published(tmp_path, text)[0] is None


def test_a_headline_with_the_sites_name_after_it_is_the_title():
    from dashboard.layout import analyse
    text = ("PML-N, PPP agree to form coalition government at Centre | Pakistan | DAWN.COM\n\n"
            "ISLAMABAD: The two parties agreed on Tuesday night to form a coalition government, leaders said.\n")
    assert analyse(text).title.startswith("PML-N, PPP agree to form coalition government")


def test_a_related_headline_and_its_date_with_a_weekday_at_the_foot_are_no_signature(tmp_path):
    text = ("Party names its candidate for prime minister\n\n"
            "The party on Tuesday nominated its parliamentary leader as its candidate for prime minister, the "
            "party's chairman told reporters in Islamabad.\n\n"
            "The chairman said the party would sit in the opposition if it failed to win a majority in the house.\n\n"
            "Former Premier Sentenced In Cipher Case\nTuesday, January 30, 2024\n")
    assert published(tmp_path, text)[0] is None
