"""Defects a second review of the seventeenth round found, each with the sentence or page that showed it
(our own).  Expected values are worked out by hand."""

from datetime import date

import pytest
from test_events_types_round14 import typed
from test_pubdates_round9 import articles_of
from test_undated_round16 import published_in_folder

from dashboard.dates import find_dates
from dashboard.layout import extract_html
from dashboard.story import default_story

KNOWN = default_story().known_day_map()
TALKS = ("Talks begin\n\nISLAMABAD: The government and the PTI on Monday held their first formal round of talks at "
         "Parliament House.\n\n")


def dated(text: str, published: date, language: str = "en") -> list[tuple[str, str | None]]:
    return [(m.text, m.value) for m in find_dates(text, published, language=language, known_days=KNOWN) if m.value]


@pytest.mark.parametrize("rest, expected", [
    # preparations for a holiday are no holiday today: the named Monday (23 December 2024) stands
    ("Meanwhile, the Christian community today began preparations for Christmas amid tight security.\n", "2024-12-23"),
    # "yesterday" already says the page's day: the 24th
    ("Offices will remain closed tomorrow on account of Christmas.\n", "2024-12-24"),
])
def test_a_holiday_dates_the_page_only_as_its_own_day(tmp_path, rest, expected):
    assert published_in_folder(tmp_path, {"a.txt": TALKS + rest}, "a.txt") == expected


def test_a_preview_of_a_rally_tomorrow_sunday_is_not_dated_the_day_after(tmp_path):
    # "all arrangements for the rally to be held tomorrow, Sunday, at Sangjani are complete": not 9 September
    text = "سنگجانی جلسہ\n\nکل اتوار کو سنگجانی میں ہونے والے جلسے کی تمام تیاریاں مکمل کر لی گئی ہیں۔\n"
    assert published_in_folder(tmp_path, {"a.txt": text}, "a.txt") != "2024-09-09"


def test_a_congratulation_on_an_election_in_a_relative_clause_dates_no_page(tmp_path):
    text = ("Xi congratulates Sharif\n\nBEIJING: Chinese President Xi Jinping on Tuesday congratulated Shehbaz Sharif, "
            "who was elected prime minister on Sunday, and invited him to visit China.\n")
    assert published_in_folder(tmp_path, {"a.txt": text}, "a.txt") != "2024-03-03"


@pytest.mark.parametrize("text", [
    "Today marks one year since the Supreme Court stripped the PTI of its bat symbol, weeks before the general elections.",
    "Today marks one year since Bangladeshis went to the polls in a vote the opposition boycotted.",
])
def test_a_year_since_another_act_is_not_counted_from_the_vote(tmp_path, text):
    assert published_in_folder(tmp_path, {"a.txt": "A year on\n\n" + text + "\n"}, "a.txt") != "2025-02-08"


@pytest.mark.parametrize("text, expected", [
    # a day named for what is to come is still ahead, 20 February 2025
    ("The party announced March 8 as the day of its protest.", ("March 8", "2025-03-08")),
    ("The ECP on Monday notified March 9 as polling day.", ("March 9", "2025-03-09")),
    ("The hearing was fixed on March 4.", ("March 4", "2025-03-04")),
])
def test_days_set_for_later_and_days_told_as_done(text, expected):
    assert expected in dated(text, date(2025, 2, 20))


def test_a_comma_after_an_opening_date_is_no_attribution():
    # 10 February 2025: February 17 told as done is the year before's
    assert ("February 17", "2024-02-17") in dated(
        "The elections were held on February 8, 2024. On February 17, the Rawalpindi commissioner told reporters he "
        "had helped rig the results.", date(2025, 2, 10))


def test_a_known_day_listed_before_a_day_with_a_year_keeps_its_own_year():
    # "the events of 9 May and 26 November 2024": the riots of 9 May 2023
    assert ("9 May", "2023-05-09") in dated(
        "The PTI demanded a judicial commission on the events of 9 May and 26 November 2024.", date(2025, 1, 20))


@pytest.mark.parametrize("text, expected", [
    ("Offices will remain closed from today Monday till Wednesday.", "2024-02-14"),
    ("Mobile service will stay suspended from tomorrow Tuesday to Thursday.", "2024-02-15"),
])
def test_a_range_from_today_monday_keeps_its_end(text, expected):
    ends = [m.date_end for m in find_dates(text, date(2024, 2, 12)) if m.value]
    assert expected in ends


def test_polling_day_with_its_preposition_is_a_time():
    assert ("On polling day", "2024-02-08") in dated(
        "On polling day officials in Karachi reported a turnout of barely 30 percent.", date(2024, 2, 12))


def test_polling_day_months_on_told_as_done_is_the_vote_s():
    # June 2024: a court told of a shutdown on polling day
    assert ("on polling day", "2024-02-08") in dated(
        "Mobile phone service was suspended across the country on polling day, the Sindh High Court was told.",
        date(2024, 6, 12))


@pytest.mark.parametrize("files, expected", [
    # a by-election report of November 2025 with 8 February 2024 in its background: polling day is not that day
    ({"a.txt": "By-elections\n\nLAHORE, November 24, 2025 - The PML-N swept the by-elections held in 13 constituencies, "
               "results showed.\n\nThe seats fell vacant after PTI lawmakers elected on February 8, 2024 were "
               "disqualified.\n\nTurnout was low on polling day, officials said.\n"}, []),
    # a background vote named later is not the report's: polling day is 8 February 2024
    ({"a.txt": "Shutdown probed\n\nISLAMABAD, Feb 12, 2024 - Mobile phone service was deliberately suspended across "
               "the country on polling day, a petition said.\n\nIn the July 25, 2018 elections, results were also "
               "delayed.\n"}, ["2024-02-08"]),
    # the Urdu by-elections "held on 21 April, in which turnout was low": polling day is that day
    ({"a.txt": "ضمنی انتخابات\n\nلاہور، 22 اپریل 2024: 21 اپریل کو ہونے والے ضمنی انتخابات میں ٹرن آؤٹ کم رہا۔\n\n"
               "پولنگ کے روز کئی اضلاع میں موبائل سروس معطل رہی۔\n"}, ["2024-04-21"]),
])
def test_the_report_s_vote_second_review(tmp_path, files, expected):
    events = articles_of(tmp_path, files).events
    rows = events[events["cue"].str.contains("polling day|پولنگ کے روز")]
    assert [str(d)[:10] for d in rows["date"]] == expected


def test_a_list_item_with_a_link_inside_is_not_put_back_twice():
    page = ("<html><body><main><article><p>The finance minister presented the budget in the National Assembly on "
            "Wednesday, setting out new taxes and a rise in defence spending for the coming year.</p><ul>"
            "<li>The <a href='/imf'>IMF</a>'s conditions require the government to raise the tax-to-GDP ratio to 13 "
            "percent.</li></ul><p>The opposition staged a walkout during the speech.</p></article></main></body></html>")
    text, _, _ = extract_html(page)
    assert text.count("tax-to-GDP") == 1


@pytest.mark.parametrize("sentence, published, cue, expected", [
    ("The PTI extended its rally at D-Chowk into a sit-in on Tuesday.", date(2024, 11, 28), "on Tuesday", "protest"),
    # (talks with the government are no coalition talks: the story's convention since round 26, coalition from 21)
    ("Government and PTI negotiating committees met for the first time on Monday.", date(2024, 12, 24), "on Monday",
     "other"),
    ("President Asif Ali Zardari on Wednesday appointed Justice Yahya Afridi the next chief justice of Pakistan.",
     date(2024, 10, 24), "on Wednesday", "legal"),
    ("PTI leaders said on Saturday that the ECP flipped the results of 40 seats after their candidates had won.",
     date(2024, 2, 19), "on Saturday", "rigging_allegation"),
    ("Under pressure from the IMF, Finance Minister Muhammad Aurangzeb presented the federal budget on Wednesday.",
     date(2024, 6, 13), "on Wednesday", "other"),
])
def test_types_second_review(sentence, published, cue, expected):
    assert (cue, expected) in typed(sentence, published)


def test_a_senate_vote_on_an_amendment_dates_no_page_as_the_senate_elections(tmp_path):
    text = ("Amendment passes\n\nISLAMABAD: The ruling coalition won yesterday's Senate vote on the 26th constitutional "
            "amendment with the two-thirds it needed.\n")
    assert published_in_folder(tmp_path, {"a.txt": text}, "a.txt") != "2024-04-03"
