"""Publication dates of the seventeenth round, on pages that print none.  Every page is our own.

- "Today marks one year since Pakistanis went to the polls" counts from the story's day of the vote.
- A holiday the page ties to its own day ("offices will remain closed tomorrow for Christmas") says
  which day of the week after a named act the page is of.
- Urdu "گزشتہ روز اتوار کو" (yesterday, Sunday) is one day: the page is of the Monday after it.
- A word of another act in another clause ("..., the first contact since the party's protest") leaves
  the happening's own clause reporting it.
"""

from test_undated_round16 import published_in_folder

from dashboard.dates import find_dates


def test_a_year_since_the_story_s_vote_dates_the_page(tmp_path):
    text = ("A year on, the losers still run the country\n\nToday marks one year since millions of Pakistanis went to the "
            "polls, defying a campaign in which the most popular politician sat in a prison cell.\n\nThe counting slowed, "
            "and by the time the final tally arrived the numbers had moved.\n")
    # 8 February 2024 and one year: 8 February 2025
    assert published_in_folder(tmp_path, {"a.txt": text}, "a.txt") == "2025-02-08"


def test_a_holiday_tomorrow_says_which_day_after_the_named_act(tmp_path):
    text = ("Government and PTI hold first round of talks\n\nISLAMABAD: The government and the PTI on Monday held their "
            "first formal round of negotiations at Parliament House, the first direct contact between the two sides since "
            "the party's protest in the capital.\n\nGovernment offices and banks will remain closed tomorrow on account "
            "of Christmas, the interior ministry said.\n")
    # the first round was on Monday 23 December 2024; Christmas "tomorrow": the page is of the 24th
    assert published_in_folder(tmp_path, {"a.txt": text}, "a.txt") == "2024-12-24"


def test_yesterday_sunday_in_urdu_is_one_day():
    # 9 September 2024 a Monday: "yesterday, Sunday" is the 8th, one mention
    from datetime import date
    found = [(m.text, m.value) for m in find_dates("تحریک انصاف نے گزشتہ روز اتوار کو سنگجانی میں جلسہ کیا۔",
                                                   date(2024, 9, 9), language="ur")]
    assert found == [("گزشتہ روز اتوار کو", "2024-09-08")]


def test_a_rally_held_yesterday_sunday_dates_an_urdu_page_the_day_after(tmp_path):
    # "the day after PTI's rally at Sangjani yesterday, Sunday, police detained the party's chairman on Monday evening"
    text = ("سنگجانی جلسے کے بعد گرفتاریاں\n\nپاکستان تحریک انصاف کے گزشتہ روز اتوار کو سنگجانی میں ہونے والے جلسے کے اگلے ہی "
            "دن پولیس نے پارٹی کے چیئرمین کو پیر کی شام پارلیمنٹ ہاؤس کے باہر سے حراست میں لے لیا۔\n")
    assert published_in_folder(tmp_path, {"a.txt": text}, "a.txt") == "2024-09-09"


def test_a_press_release_s_place_and_date_in_brackets_date_it(tmp_path):
    text = ("Pakistan: Military Courts Sentence Civilians\n\n(New York, December 23, 2024) – Pakistan's military courts "
            "have sentenced 25 civilians in secret trials, Human Rights Watch said today.\n")
    assert published_in_folder(tmp_path, {"a.txt": text}, "a.txt") == "2024-12-23"


def test_a_party_s_decision_to_end_the_talks_today_thursday_dates_its_release(tmp_path):
    # PTI ended its talks with the government on Thursday 23 January 2025
    text = ("PTI ends negotiations\n\nIslamabad: Pakistan Tehreek-e-Insaf today, Thursday, formally conveyed to the "
            "Speaker its decision to end negotiations with the government.\n")
    assert published_in_folder(tmp_path, {"a.txt": text}, "a.txt") == "2025-01-23"


def test_a_spanish_wire_s_dateline_is_read():
    from dashboard.layout import analyse
    layout = analyse("Pakistan admits blocking X\n\nIslamabad, Apr 18, 2024 (EFE).- The government has acknowledged "
                     "before a court that it blocked the social network X.\n")
    assert (layout.dateline, str(layout.published)) == ("Islamabad", "2024-04-18")
