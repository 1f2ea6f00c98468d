"""Defects a review of the seventeenth round found, each with the sentence that showed it (our own).
Expected values are worked out by hand."""

from datetime import date

import pytest
from test_events_types_round14 import typed
from test_pubdates_round9 import articles_of

from dashboard.dates import find_dates
from dashboard.layout import extract_html
from dashboard.story import default_story

KNOWN = default_story().known_day_map()


def dated(text: str, published: date, language: str = "en") -> list[tuple[str, str | None]]:
    return [(m.text, m.value) for m in find_dates(text, published, language=language, known_days=KNOWN) if m.value]


@pytest.mark.parametrize("text", [
    "On polling day, 16 people were killed in attacks across Khyber Pakhtunkhwa and Balochistan.",
    "On election day 12 policemen were injured in clashes.",
])
def test_a_count_after_polling_day_is_no_date_of_it(text):
    assert dated(text, date(2024, 2, 12))[0][1] == "2024-02-08"


@pytest.mark.parametrize("text", [
    "In the days leading up to polling day, dozens of PTI workers were picked up.",
    "PTI alleged widespread pre-polling day rigging.",
    "The ECP trained thousands of polling day staff.",
])
def test_polling_day_as_a_bound_or_a_describing_word_dates_nothing(text):
    assert [v for t, v in dated(text, date(2024, 2, 12)) if "polling day" in t] == []


def test_polling_day_far_from_the_story_s_vote_is_no_day_of_it():
    # a US election day report of November 2024: not 8 February
    assert dated("Pakistani-Americans in Texas turned out in large numbers on election day.", date(2024, 11, 6)) == []


def test_polling_day_ahead_of_the_vote_is_its_day():
    assert ("on polling day", "2024-02-08") in dated(
        "The army will be deployed at sensitive polling stations on polling day.", date(2024, 2, 5))


@pytest.mark.parametrize("files, sentence, expected", [
    # "on Monday vote counting": no vote held on Monday
    ({"a.txt": "Count resumes\n\nKARACHI, Feb 14, 2024 - The Election Commission said on Monday vote counting would "
               "resume in three Karachi constituencies.\n\nMobile phone service was suspended across the country on "
               "polling day, officials said.\n"}, "suspended", "2024-02-08"),
    # a vote in the National Assembly is no polling day
    ({"a.txt": "Shehbaz sworn in\n\nISLAMABAD, March 4, 2024 - Shehbaz Sharif was sworn in as prime minister on Monday "
               "after he won Sunday's vote in the National Assembly with 201 votes.\n\nPTI lawmakers protested, saying "
               "their mandate had been stolen on polling day.\n"}, "stolen", "2024-02-08"),
    # by-elections that "will be held on April 21"
    ({"a.txt": "By-elections ahead\n\nLAHORE, April 19, 2024 - The by-elections will be held on April 21 in 21 "
               "constituencies.\n\nMobile service will be suspended in sensitive areas on polling day.\n"},
     "suspended", "2024-04-21"),
    # Urdu "results of the election were announced on Monday": no vote on Monday
    ({"a.txt": "نتائج\n\nاسلام آباد: پیر کو الیکشن کے نتائج کا اعلان کیا گیا۔ پولنگ کے روز موبائل سروس بند رہی۔\n\n14 فروری 2024\n"},
     "موبائل", "2024-02-08"),
])
def test_the_report_s_vote(tmp_path, files, sentence, expected):
    events = articles_of(tmp_path, files).events
    rows = events[events["sentence"].str.contains(sentence)]
    assert [str(d)[:10] for d in rows["date"]] == [expected]


@pytest.mark.parametrize("sentence, published, cue, not_type", [
    ("The election tribunal on Monday reversed the result of NA-154, declaring the PTI-backed candidate the winner.",
     date(2024, 6, 12), "on Monday", "rigging_allegation"),
    ("Prime Minister Shehbaz Sharif paid an official visit to Quetta on Monday.", date(2024, 6, 12), "on Monday",
     "international"),
    ("The federal government on Tuesday released the first tranche of development funds for Karachi.",
     date(2024, 6, 12), "on Tuesday", "international"),
    ("The finance committee of the new National Assembly met on Wednesday to review the budget proposals.",
     date(2024, 9, 1), "on Wednesday", "government_formation"),
    ("On Tuesday the PTI named the former chief justice's critic as its candidate.", date(2024, 6, 12), "On Tuesday",
     "legal"),
])
def test_types_that_a_word_alone_no_longer_decides(sentence, published, cue, not_type):
    assert (cue, not_type) not in typed(sentence, published)


def test_a_foreign_government_s_budget_is_international():
    assert ("on Tuesday", "international") in typed(
        "India's finance minister Nirmala Sitharaman presented the federal budget on Tuesday.", date(2024, 7, 25))


def test_a_former_chief_justice_nominated_to_another_office_is_no_appointment_of_a_chief_justice():
    # "the prime minister on Monday nominated a former chief justice as caretaker prime minister"
    assert ("پیر کو", "legal") not in typed("وزیر اعظم نے پیر کو سابق چیف جسٹس کو نگران وزیر اعظم نامزد کیا۔",
                                            date(2024, 6, 12), language="ur")


@pytest.mark.parametrize("text, published, expected", [
    # "within a week about ..." is still a deadline
    ("The ECP will decide within a week about the allocation of reserved seats.", date(2024, 3, 14),
     ("within a week", "2024-03-21")),
    # an attribution after the clause is no subject and verb of the date's own: the days are ahead
    ("Nomination papers can be filed on March 2 and March 3, the ECP said.", date(2024, 2, 20),
     ("March 3", "2024-03-03")),
    # a month listed before January of a year is of the year before
    ("Remittances rose sharply in December and January 2024, the central bank said.", date(2024, 3, 1),
     ("in December", "2023-12")),
    # a plan made before ("had scheduled") stays ahead
    ("The general election was held on February 8, 2024. The PTI said the tribunal had scheduled the next hearing "
     "on March 12.", date(2025, 2, 20), ("March 12", "2025-03-12")),
])
def test_dates_the_review_found(text, published, expected):
    assert expected in dated(text, published)


def test_related_headlines_under_an_article_stay_links(tmp_path):
    text = ("Cabinet sworn in\n\nISLAMABAD, March 4, 2024 - The new federal cabinet took oath at the presidency on Monday, "
            "with the finance portfolio going to a former banker, officials said after the ceremony.\n\n"
            "The prime minister chaired the cabinet's first meeting later in the day and set out his government's "
            "priorities, including talks with the IMF on a new programme.\n\n"
            "• Court orders release of PTI leader arrested on Sunday\n"
            "• ECP rejects PTI plea for intra-party polls on Tuesday\n"
            "• Punjab assembly elects its speaker amid protest on Friday\n")
    events = articles_of(tmp_path, {"a.txt": text}).events
    assert not events["sentence"].str.contains("Court orders release|intra-party|elects its speaker").any()


def test_a_list_item_split_by_a_line_break_is_not_put_back_twice():
    page = ("<html><body><main><article><p>The finance minister presented the budget in the National Assembly on "
            "Wednesday, setting out new taxes and a rise in defence spending for the coming year.</p><ul>"
            "<li>Salaries of government employees will go up by 25 percent<br>from July 1, the minister said.</li>"
            "</ul><p>The opposition staged a walkout during the speech and chanted slogans against the government.</p>"
            "</article></main></body></html>")
    text, _, _ = extract_html(page)
    assert text.count("25 percent") == 1
