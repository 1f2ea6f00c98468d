"""One test per kind of date expression the loader-quality issue lists, in English and Urdu,
with sentences written for these tests.  Expected dates are worked out by hand from a
calendar: 2024-02-19 is a Monday, 2024-02-14 a Wednesday, 2024-02-15 a Thursday."""

from datetime import date

import pytest

from dashboard.dates import find_dates

MON = date(2024, 2, 19)
WED = date(2024, 2, 14)
THU = date(2024, 2, 15)


def by_text(text, published, **kw):
    return {m.text: m for m in find_dates(text, published, **kw)}


def only(text, published, **kw):
    found = find_dates(text, published, **kw)
    assert len(found) == 1, [m.as_dict() for m in found]
    assert text[found[0].start:found[0].end] == found[0].text
    return found[0]


# --- overlaps keep the most specific reading ------------------------------------

@pytest.mark.parametrize("text, published, cue, value", [
    ("Workers rallied against the fraud in January 12 by-polls.", MON, "January 12", "2024-01-12"),
    # The target of an adjournment lies ahead of the report: the coming October 4.
    ("The judge adjourned the hearing until October 4.", MON, "October 4", "2024-10-04"),
    ("The assembly was prorogued till March 2 by the governor.", MON, "March 2", "2024-03-02"),
])
def test_overlap_keeps_the_day(text, published, cue, value):
    m = only(text, published)
    assert (m.text, m.value, m.precision) == (cue, value, "day")


# --- tense of the clause that governs the date ----------------------------------

def test_reported_future_does_not_move_the_statement():
    m = only("The party chief on Monday declared that the party will boycott the session.", WED)
    assert (m.value, m.status) == ("2024-02-12", "happened")


def test_statement_happened_and_announced_rally_planned():
    found = by_text("The party said on Wednesday it would hold a rally on Sunday.", THU)
    assert (found["on Wednesday"].value, found["on Wednesday"].status) == ("2024-02-14", "happened")
    assert (found["on Sunday"].value, found["on Sunday"].status) == ("2024-02-18", "planned")


@pytest.mark.parametrize("text, value, status", [
    ("The alliance will meet on Friday to pick a candidate.", "2024-02-23", "planned"),
    ("The alliance met on Friday to pick a candidate.", "2024-02-16", "happened"),
    ("The hearing is scheduled for March 3.", "2024-03-03", "planned"),
    ("The opposition plans to march on Friday.", "2024-02-23", "planned"),
    ("Traders are set to strike on Wednesday.", "2024-02-21", "planned"),
    ("The committee is to submit its report on Thursday.", "2024-02-22", "planned"),
    ("The result was announced on Thursday.", "2024-02-15", "happened"),
    ("The by-polls are due on Thursday.", "2024-02-22", "planned"),
    ("Independents will join the SIC, the party said in a statement on Thursday.", "2024-02-15", "happened"),
    ("PTI will march in Lahore, Karachi and Quetta on Friday.", "2024-02-23", "planned"),
    ("The party, on Friday, will hold a rally.", "2024-02-23", "planned"),
])
def test_status_from_the_governing_clause(text, value, status):
    m = only(text, MON)
    assert (m.value, m.status) == (value, status)


# --- missing expressions ----------------------------------------------------------

@pytest.mark.parametrize("text, value, end, status", [
    ("Talks between the parties collapsed last week.", "2024-02-05", "2024-02-11", "happened"),
    ("The caretaker cabinet met twice this week.", "2024-02-12", "2024-02-18", "happened"),
    ("The assembly will be summoned next week.", "2024-02-19", "2024-02-25", "planned"),
])
def test_weeks(text, value, end, status):
    m = only(text, WED)
    assert (m.value, m.date_end, m.precision, m.status) == (value, end, "week", status)


def test_weekend_past_and_future():
    past = only("Party workers gathered in Lahore over the weekend.", MON)
    assert (past.value, past.date_end, past.precision) == ("2024-02-17", "2024-02-18", "day")
    coming = only("Party workers will gather in Lahore over the weekend.", MON)
    assert (coming.value, coming.date_end, coming.status) == ("2024-02-24", "2024-02-25", "planned")


def test_earlier_and_later_in_the_day():
    assert only("Earlier in the day, police detained several workers.", MON).value == "2024-02-19"
    found = find_dates("The court met on February 10. Later in the day, the police raided the office.", MON)
    assert [(m.value, m.anchor_from) for m in found] == [("2024-02-10", "publication"), ("2024-02-10", "narrative")]


def test_this_thursday_said_on_a_monday_is_the_coming_one():
    m = only("The caucus will vote this Thursday.", MON)
    assert (m.value, m.status) == ("2024-02-22", "planned")
    assert only("The caucus votes this Thursday.", MON).value == "2024-02-22"
    # ...but a past clause takes the one before: "held ... this Sunday" said on a Monday.
    assert only("The party held a rally this Sunday.", MON).value == "2024-02-18"


def test_earlier_and_later_this_month():
    later = only("The court will decide later this month.", MON)
    assert (later.value, later.precision, later.status) == ("2024-02", "month", "planned")
    assert only("The cabinet met earlier this month.", MON).status == "happened"


@pytest.mark.parametrize("text, published, value", [
    ("The tally was completed on the 12th.", MON, "2024-02-12"),
    ("The tally was completed on the 12th.", date(2024, 2, 10), "2024-01-12"),
    ("The court will rule on the 12th.", date(2024, 2, 10), "2024-02-12"),
])
def test_day_of_month_alone(text, published, value):
    m = only(text, published)
    assert (m.value, m.precision) == (value, "day")


@pytest.mark.parametrize("text, first, last", [
    ("Sugar prices rose in mid-March.", "2024-03-11", "2024-03-20"),
    ("Sugar prices rose in early March.", "2024-03-01", "2024-03-10"),
    ("Sugar prices rose in late April.", "2024-04-21", "2024-04-30"),
    ("Sugar prices rose at the end of February.", "2024-02-21", "2024-02-29"),
])
def test_part_of_month_narrows_the_days_but_stays_a_month(text, first, last):
    m = only(text, date(2024, 5, 2))
    assert (m.precision, m.value[:4]) == ("month", "2024")
    assert (m.date_start, m.date_end) == (first, last)


@pytest.mark.parametrize("text, published, first, last", [
    ("The session ran from March 10 to March 14.", date(2024, 3, 20), "2024-03-10", "2024-03-14"),
    ("Hearings on June 4 and 5 were put off.", date(2024, 6, 10), "2024-06-04", "2024-06-05"),
    ("Talks were held on 20-21 May in Doha.", date(2024, 6, 10), "2024-05-20", "2024-05-21"),
    ("A summit will take place between 4 and 6 March.", date(2024, 3, 1), "2024-03-04", "2024-03-06"),
    ("The count went on from 9 February 2024 to 11 February 2024.", MON, "2024-02-09", "2024-02-11"),
])
def test_ranges(text, published, first, last):
    m = only(text, published)
    assert (m.value, m.date_end, m.precision) == (first, last, "day")


def test_two_dates_joined_by_and_stay_two():
    found = find_dates("Rallies were held on March 10 and on March 14.", date(2024, 3, 20))
    assert [m.value for m in found] == ["2024-03-10", "2024-03-14"]


# --- dates relative to the narrative ------------------------------------------------

def test_narrative_chain():
    text = ("The tribunal met on February 10. A day earlier, lawyers had filed petitions. "
            "The following day it reserved its verdict. Two days later it announced it.")
    found = find_dates(text, MON)
    assert [(m.value, m.anchor, m.anchor_from) for m in found] == [
        ("2024-02-10", "2024-02-19", "publication"),
        ("2024-02-09", "2024-02-10", "narrative"),
        ("2024-02-10", "2024-02-09", "narrative"),
        ("2024-02-12", "2024-02-10", "narrative")]


@pytest.mark.parametrize("follow, value", [
    ("Three days after the vote, the party split.", "2024-03-04"),
    ("After five days the recount ended.", "2024-03-06"),
    ("A week later, the results were notified.", "2024-03-08"),
    ("The previous day, candidates had campaigned.", "2024-02-29"),
    ("The next day, the winners took oath.", "2024-03-02"),
])
def test_relative_to_the_last_date_of_the_sentence_before(follow, value):
    found = find_dates(f"Polling took place on March 1, 2024. {follow}", date(2024, 3, 20))
    assert (found[-1].value, found[-1].anchor, found[-1].anchor_from) == (value, "2024-03-01", "narrative")


def test_count_from_the_date_that_follows():
    found = find_dates("A day after the February 8 polls, PTI claimed victory.", MON)
    assert [(m.text, m.value, m.anchor) for m in found] == [
        ("A day after", "2024-02-09", "2024-02-08"), ("February 8", "2024-02-08", "2024-02-19")]


def test_count_after_a_comma_dates_what_follows_it_back_from_the_date_before_it():
    # The results came on Feb 11, three days after polling: polling was on Feb 8.
    found = find_dates("The ECP announced the results on Feb 11, three days after polling.", MON)
    assert [(m.text, m.value) for m in found] == [("Feb 11", "2024-02-11"), ("three days after", "2024-02-08")]


def test_count_before_an_unknown_event_is_unresolved_but_earlier_counts_from_publication():
    assert only("Two days before the vote, the party held rallies.", MON).value is None
    assert only("Two days earlier the party had held rallies.", MON).value == "2024-02-17"


def test_anchor_given_by_the_caller_carries_across_texts():
    m = only("The next day, the winners took oath.", date(2024, 3, 20), anchor=date(2024, 3, 1))
    assert (m.value, m.anchor_from) == ("2024-03-02", "narrative")


def test_without_a_narrative_date_publication_is_the_anchor():
    m = only("A day earlier, the party had met.", MON)
    assert (m.value, m.anchor, m.anchor_from) == ("2024-02-18", "2024-02-19", "publication")


def test_forward_count_from_an_unknown_date_is_unresolved():
    m = only("Three days after the vote, the party split.", MON)
    assert m.value is None and m.problem
    assert only("The next day, the party split.", MON).value is None
    assert only("اگلے روز مذاکرات کا دوسرا دور ہوا۔", MON).value is None
    found = find_dates("مذاکرات 10 فروری کو شروع ہوئے۔ اگلے روز دوسرا دور ہوا۔", MON)
    assert [(m.value, m.anchor_from) for m in found] == [("2024-02-10", "publication"), ("2024-02-11", "narrative")]


# --- Urdu -----------------------------------------------------------------------

@pytest.mark.parametrize("text, value, precision, status", [
    ("پارٹی نے منگل کو احتجاج کیا۔", "2024-02-13", "day", "happened"),
    ("پارٹی منگل کو احتجاج کرے گی۔", "2024-02-20", "day", "planned"),
    ("اتوار کو لاہور میں جلسہ ہوا۔", "2024-02-18", "day", "happened"),
    ("گزشتہ جمعہ کو کارکنوں نے ریلی نکالی۔", "2024-02-16", "day", "happened"),
    ("بروز جمعرات اجلاس ہوگا۔", "2024-02-22", "day", "planned"),
    ("آج الیکشن کمیشن کے باہر مظاہرہ ہوا۔", "2024-02-19", "day", "happened"),
    ("کل اسمبلی کا اجلاس ہوا۔", "2024-02-18", "day", "happened"),
    ("کل اسمبلی کا اجلاس ہوگا۔", "2024-02-20", "day", "planned"),
    ("کل اسمبلی کا اجلاس ہو گا۔", "2024-02-20", "day", "planned"),
    ("گزشتہ روز کابینہ کا اجلاس ہوا۔", "2024-02-18", "day", "happened"),
    ("تین دن پہلے نتائج آئے۔", "2024-02-16", "day", "happened"),
    ("ہفتے کو کارکنوں نے سڑکیں بند کیں۔", "2024-02-17", "day", "happened"),
    ("گزشتہ ہفتے مذاکرات ناکام ہوئے۔", "2024-02-12", "week", "happened"),
    ("آئندہ ہفتے اتحاد کا اعلان ہوگا۔", "2024-02-26", "week", "planned"),
    ("اگلے ہفتے اتحاد کا اعلان ہوگا۔", "2024-02-26", "week", "planned"),
    ("8 فروری کو عام انتخابات ہوئے۔", "2024-02-08", "day", "happened"),
    ("۸ فروری کو عام انتخابات ہوئے۔", "2024-02-08", "day", "happened"),
    ("۱۲ مارچ ۲۰۲۴ء کو اجلاس ہوگا۔", "2024-03-12", "day", "planned"),
    ("فروری 2024 میں انتخابات ہوئے۔", "2024-02", "month", "happened"),
    ("جنوری میں جلسے ہوئے۔", "2024-01", "month", "happened"),
])
def test_urdu(text, value, precision, status):
    m = only(text, MON, language="ur")
    assert (m.value, m.precision, m.status) == (value, precision, status)


def test_urdu_this_week_is_a_week_and_the_script_selects_the_language():
    m = only("اس ہفتے فیصلہ سنایا گیا۔", MON)  # no language given: the letters choose Urdu
    assert (m.value, m.date_end, m.precision, m.language) == ("2024-02-19", "2024-02-25", "week", "ur")


def test_urdu_reported_clause():
    found = find_dates("پارٹی نے پیر کو اعلان کیا کہ وہ جمعہ کو احتجاج کرے گی۔", date(2024, 2, 20), language="ur")
    assert [(m.value, m.status) for m in found] == [("2024-02-19", "happened"), ("2024-02-23", "planned")]


# --- false friends ------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "We will not sit with them.",
    "The chief justice may take notice.",
    "Thousands march to the capital.",
    "The Su-57 stays off the table.",
    "Call the helpline at 0300-1234567 for details.",
    "The briefing starts at 10:30 sharp.",
    "The home side won 3-1 after extra time.",
    "The 18th amendment gave the provinces more powers.",
    "In the 12th round the count was close.",
    "On the 5th day of the sit-in talks began.",
    "پیر پگاڑا نے اتحاد کی حمایت کی۔",
    "جمعہ کی نماز کے بعد لوگ جمع ہوئے۔",
    "The Sunday Times quoted party officials.",
    "آج کل سیاسی درجہ حرارت بہت بڑھ گیا ہے۔",     # "these days"
    "کل 265 نشستوں پر پولنگ ہوئی۔",                # "in all 265 seats"
    "کل جماعتی کانفرنس طلب کر لی گئی۔",            # an all-parties conference
    "آج نیوز کے مطابق اجلاس ملتوی ہو گیا۔",         # a television channel
])
def test_false_friends(text):
    assert [m.text for m in find_dates(text, MON)] == []
