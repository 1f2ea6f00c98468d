"""Dates of the fourteenth round: the yearless entries of a timeline follow the entry before them (in
its year, or the next when the month comes round again); a range of days before a colon ("November
24-26:") is a range.  Texts written for these tests; the expected days worked out by hand."""

from datetime import date

import pytest

from dashboard import load_corpus
from dashboard.dates import find_dates

TIMELINE = """A year of turmoil

Staff Report
February 7, 2025

ISLAMABAD: As the country marks the first anniversary of the general election tomorrow, this is how the year went.

February 8, 2024: Polling is held amid a mobile phone shutdown.

February 13: The PML-N names Shehbaz Sharif as its candidate; a week later, on February 20, it announces a coalition with the PPP.

July 12: The Supreme Court rules on the reserved seats. The ruling is never implemented.

November 24-26: Supporters of the PTI march on Islamabad.

January 16: The PTI walks out of talks with the government.

The party will hold a rally on Saturday.
"""


def events_of(text: str, folder) -> set[tuple[str, str]]:
    (folder / "timeline.txt").write_text(text, encoding="utf-8")
    corpus = load_corpus(folder, use_cache=False)
    return {(e.cue, e.date.date().isoformat()) for e in corpus.events.itertuples()}


def test_timeline_entries_follow_the_entry_before(tmp_path):
    found = events_of(TIMELINE, tmp_path)
    assert ("February 13", "2024-02-13") in found
    assert ("February 20", "2024-02-20") in found  # a day an entry tells of, after its head
    assert ("July 12", "2024-07-12") in found
    assert ("November 24-26", "2024-11-24") in found
    assert ("January 16", "2025-01-16") in found  # the month comes round: the next year


def test_a_timeline_starts_at_an_entry_that_writes_its_year(tmp_path):
    # no entry writes its year: "March 3:" is read from publication, as any yearless day
    text = "Staff Report\nMarch 20, 2025\n\nISLAMABAD: Events ahead.\n\nMarch 3: The assembly meets.\n\nApril 2: The Senate votes.\n"
    found = events_of(text, tmp_path)
    assert ("March 3", "2025-03-03") in found
    assert ("April 2", "2025-04-02") in found


def test_a_range_of_days_before_a_colon_is_a_range():
    [m] = find_dates("November 24-26: Supporters of the PTI march on Islamabad.", date(2025, 2, 7), language="en")
    assert (m.date_start, m.date_end) == ("2024-11-24", "2024-11-26")
    # a time after the second day is no range: "June 4 and 5:30 pm" is June 4 at half past five
    [m] = find_dates("The hearing is on June 4 and 5:30 pm is the deadline.", date(2024, 6, 1), language="en")
    assert (m.date_start, m.date_end) == ("2024-06-04", "2024-06-04")


def test_an_urdu_session_summoned_for_a_day_lies_ahead():
    # "the National Assembly's inaugural session has been summoned at 10am on Thursday" (written on
    # Wednesday 28 February 2024: the coming Thursday, 29 February)
    [m] = find_dates("قومی اسمبلی کا افتتاحی اجلاس جمعرات کی صبح 10 بجے پارلیمنٹ ہاؤس میں طلب کیا گیا ہے۔",
                     date(2024, 2, 28), language="ur")
    assert (m.value, m.status) == ("2024-02-29", "planned")
    # "the court sought a report on Thursday": no session, the day is past
    [m] = find_dates("عدالت نے جمعرات کو رپورٹ طلب کر لی۔", date(2024, 2, 28), language="ur")
    assert m.value == "2024-02-22"


def test_an_urdu_past_clause_ends_at_and():
    # "the leader said that on 8 February the people's mandate was stolen and a government of a fake
    # majority will not last long": the future is the next clause's; the vote is 8 February 2024
    [m] = find_dates("رہنما نے کہا کہ 8 فروری کو عوام کا مینڈیٹ چرایا گیا اور جعلی اکثریت سے بننے والی حکومت "
                     "زیادہ دیر نہیں چلے گی۔", date(2024, 2, 26), language="ur")
    assert (m.value, m.status) == ("2024-02-08", "happened")
    # "a rally will be held on Friday and workers will join it": the future verb is the date's own
    [m] = find_dates("جمعہ کو جلسہ کیا جائے گا اور کارکن شرکت کریں گے۔", date(2024, 2, 26), language="ur")
    assert (m.value, m.status) == ("2024-03-01", "planned")


def test_the_night_between_two_days_in_urdu_is_the_second_day():
    # "the National Assembly passed the amendment on the night between Sunday and Monday" (written on
    # Monday 21 October 2024): the small hours of Monday
    [m] = find_dates("قومی اسمبلی نے اتوار اور پیر کی درمیانی شب آئینی ترمیم منظور کر لی۔", date(2024, 10, 21),
                     language="ur")
    assert m.value == "2024-10-21"


def test_an_urdu_past_participle_names_the_vote_on_a_page_with_no_date():
    # "PTI protested against rigging in the general elections held on 8 February": no publication
    # date, but "8 فروری کو منعقد ہوئے عام انتخابات" names the story's vote
    from dashboard.story import default_story
    [m] = find_dates("تحریک انصاف نے 8 فروری کو منعقد ہوئے عام انتخابات میں دھاندلی کے خلاف احتجاج کیا۔", None,
                     language="ur", known_days=default_story().undated_day_map())
    assert m.value == "2024-02-08"


REVERSE = """Key dates

Staff Report
March 4, 2024

ISLAMABAD: How the new government came about, latest first.

March 3, 2024: Shehbaz Sharif is elected prime minister by the National Assembly.

February 29: The new National Assembly meets for its first session.

February 13: The PML-N nominates Shehbaz Sharif for prime minister.

February 8: Polling is held amid a mobile phone shutdown.
"""

BACKWARD_INSIDE = """Key dates in the post-election standoff

Staff Report
March 1, 2024

LAHORE: A look back at the weeks since the polls.

February 8, 2024: Pakistanis vote in a general election marred by a mobile internet shutdown.

February 17: A commissioner says he helped rig the vote; the PTI had alleged rigging on February 9.

February 20: The PML-N and PPP announce a deal, two months after talks first began on December 22.
"""


def test_a_timeline_told_latest_first_stays_in_its_year(tmp_path):
    found = events_of(REVERSE, tmp_path)
    assert ("February 29", "2024-02-29") in found
    assert ("February 13", "2024-02-13") in found
    assert ("February 8", "2024-02-08") in found


def test_the_days_an_entry_tells_of_are_nearest_its_own(tmp_path):
    found = events_of(BACKWARD_INSIDE, tmp_path)
    assert ("February 9", "2024-02-09") in found  # before its entry's day: not next year's
    assert ("December 22", "2023-12-22") in found
    # and the entries do not make the first one a dateline: the page is of 1 March
    (tmp_path / "timeline.txt").write_text(BACKWARD_INSIDE, encoding="utf-8")
    assert str(load_corpus(tmp_path, use_cache=False).articles.iloc[0]["published"])[:10] == "2024-03-01"


def test_an_urdu_session_held_on_a_day_in_which_something_was_sought_is_past():
    # "the cabinet's meeting was held on Tuesday, in which a report was sought from the commission"
    [m] = find_dates("وفاقی کابینہ کا اجلاس منگل کو وزیراعظم کی زیر صدارت ہوا جس میں الیکشن کمیشن سے رپورٹ طلب کی گئی۔",
                     date(2024, 2, 28), language="ur")
    assert (m.value, m.status) == ("2024-02-27", "happened")


@pytest.mark.parametrize("text, published, expected", [
    # "workers will march towards D-Chowk on Thursday chanting slogans and waving flags": participles
    ("جمعرات کو پی ٹی آئی کارکن نعرے لگاتے ہوئے اور پرچم لہراتے ہوئے ڈی چوک کی طرف مارچ کریں گے۔",
     date(2024, 2, 20), ("2024-02-22", "planned")),
    # "what will happen in the National Assembly on Friday and who will become prime minister"
    ("جمعہ کو قومی اسمبلی میں کیا ہوگا اور کون وزیراعظم بنے گا، یہ ابھی واضح نہیں۔", date(2024, 2, 13),
     ("2024-02-16", "planned")),
    # "ministers have been invited to the cabinet meeting on Monday, and the budget proposals will be approved"
    ("پیر کو کابینہ کے اجلاس میں شرکت کے لیے تمام وزرا کو مدعو کیا گیا ہے اور اجلاس میں بجٹ تجاویز کی منظوری دی جائے گی۔",
     date(2024, 6, 8), ("2024-06-10", "planned")),
])
def test_an_urdu_and_after_no_simple_past_keeps_the_plan(text, published, expected):
    [m] = find_dates(text, published, language="ur")
    assert (m.value, m.status) == expected
