"""Dates of the fifteenth round: a month or day right after a verb of a scheduled end or start is the
coming one ("once its programme expires in April", said in February; "retires on Friday"); "expected in"
looks ahead; a clause of no tense says nothing ("Khan's arrest in May, and the riots that followed").
Sentences our own; the expected dates are worked out by hand."""

from datetime import date

import pytest

from dashboard.dates import find_dates


def months(text: str, published: date) -> list[tuple[str, str]]:
    return [(m.text, m.value) for m in find_dates(text, published)]


@pytest.mark.parametrize("text, published, expected", [
    ("Pakistan must negotiate a new bailout once its current programme expires in April.", date(2024, 2, 12),
     ("in April", "2024-04")),
    ("Talks with a lenders' mission expected in Islamabad in April are the first test of the new minister.",
     date(2024, 2, 14), ("in April", "2024-04")),
    # across the year's end: said in November, "in January" is the next one
    ("The commission's term ends in January, and the parties disagree on a successor.", date(2024, 11, 20),
     ("in January", "2025-01")),
    # 23 October 2024 a Wednesday
    ("The chief justice retires on Friday, and his successor is due to take oath on Saturday.", date(2024, 10, 23),
     ("on Friday", "2024-10-25")),
])
def test_a_date_after_a_verb_of_a_scheduled_end_or_start_lies_ahead(text, published, expected):
    assert expected in months(text, published)


@pytest.mark.parametrize("text, published, expected", [
    ("He was elected in April.", date(2024, 2, 12), ("in April", "2023-04")),  # told as done
    ("Turnout was higher than expected in April.", date(2024, 2, 12), ("in April", "2023-04")),
    # far ahead: ten months on is no near plan, the month gone stays
    ("Inflation peaked in December, the bureau says.", date(2024, 2, 12), ("in December", "2023-12")),
    # a clause with no tense of its own, in a sentence told as done
    ("Khan's arrest in May, and the riots that followed, changed everything.", date(2024, 2, 20), ("in May", "2023-05")),
    ("The session that began on Monday ended in chaos.", date(2024, 2, 22), ("on Monday", "2024-02-19")),
])
def test_a_month_told_as_done_or_far_ahead_stays_behind(text, published, expected):
    assert expected in months(text, published)


@pytest.mark.parametrize("text, published, expected", [
    # a participle after "be" reports nothing: the results are still to be announced (21 April 2024 a Sunday)
    ("Official results are expected to be announced on Monday.", date(2024, 4, 21), ("on Monday", "2024-04-22")),
    ("The commission said official results are expected to be announced on Monday.", date(2024, 4, 21),
     ("on Monday", "2024-04-22")),
    # what can, should or must be done by a day lies ahead (1 March 2024 a Friday, 8 February a Thursday)
    ("Nomination papers can be filed till Saturday, and the vote will take place on Sunday.", date(2024, 3, 1),
     ("till Saturday", "2024-03-02")),
    ("Preliminary results should be ready by early Friday morning.", date(2024, 2, 8), ("Friday morning", "2024-02-09")),
    # a meeting agreed on is to come: said on 23 December, January 2 is next year's
    ("Both sides agreed to meet again on Jan. 2.", date(2024, 12, 23), ("Jan. 2", "2025-01-02")),
])
def test_what_is_to_be_done_by_a_day_lies_ahead(text, published, expected):
    assert expected in months(text, published)


@pytest.mark.parametrize("text, published, expected", [
    ("He must have left on Friday.", date(2024, 2, 8), ("on Friday", "2024-02-02")),
    # a modal far before the date governs another verb (10 February 2024 a Saturday)
    ("The party says the caretaker government must answer for the mobile phone shutdown on Thursday.",
     date(2024, 2, 10), ("on Thursday", "2024-02-08")),
    ("Pakistan can be proud of the high turnout on Thursday, the party said.", date(2024, 2, 10),
     ("on Thursday", "2024-02-08")),
    ("The party told reporters on Monday it would protest.", date(2024, 4, 24), ("on Monday", "2024-04-22")),
    ("On Monday, both sides agreed to meet again.", date(2024, 12, 25), ("On Monday", "2024-12-23")),
])
def test_what_was_done_on_a_day_stays_behind(text, published, expected):
    assert expected in months(text, published)


def urdu(text: str, published: date) -> list[tuple[str, str]]:
    return [(m.text, m.value) for m in find_dates(text, published, language="ur")]


def test_an_urdu_day_of_the_month_in_words():
    # "on the fifth of this month the PTI protested across the country", said on 8 August 2024
    assert ("رواں ماہ کی پانچ تاریخ", "2024-08-05") in urdu("تحریک انصاف نے رواں ماہ کی پانچ تاریخ کو ملک بھر میں احتجاج کیا۔",
                                                            date(2024, 8, 8))
    assert urdu("پانچ رکنی بینچ نے سماعت کی۔", date(2024, 8, 8)) == []  # "a five-member bench": no date
    # "تاریخ" is also history: "made history", "two historic decisions"
    assert ("آٹھ فروری", "2024-02-08") in urdu("قوم نے آٹھ فروری کو ووٹ دے کر ایک تاریخ رقم کی ہے۔", date(2024, 2, 20))
    assert not any(v.startswith("2024-02-0") and v != "2024-02-08"
                   for _, v in urdu("قوم نے آٹھ فروری کو ووٹ دے کر ایک تاریخ رقم کی ہے۔", date(2024, 2, 20)))
    assert urdu("عدالت کے دو تاریخ ساز فیصلوں نے سیاست بدل دی۔", date(2024, 8, 8)) == []


def test_urdu_tomorrow_in_the_present_progressive():
    # "the Belarusian president is arriving in Islamabad tomorrow", said on Sunday 24 November 2024
    assert urdu("بیلاروس کے صدر کل اسلام آباد پہنچ رہے ہیں۔", date(2024, 11, 24)) == [("کل", "2024-11-25")]
    # "was arriving yesterday": the past progressive is yesterday
    assert urdu("وہ کل اسلام آباد پہنچ رہے تھے۔", date(2024, 11, 24)) == [("کل", "2024-11-23")]
    # "have been protesting since yesterday": a day "سے" follows is where it began
    assert urdu("پی ٹی آئی کے کارکن کل سے پریس کلب کے باہر احتجاج کر رہے ہیں۔", date(2024, 2, 20)) == [("کل", "2024-02-19")]


def test_that_same_evening_keeps_the_narratives_day():
    # "On the 17th ... That same evening ... The following Tuesday": the Tuesday after 17 February 2024 (a
    # Saturday), said on 10 March
    text = ("On February 17, the commissioner resigned. That same evening X went dark. The following Tuesday, "
            "the parties announced the arrangement.")
    found = months(text, date(2024, 3, 10))
    assert ("That same evening", "2024-02-17") in found
    assert ("The following Tuesday", "2024-02-20") in found


@pytest.mark.parametrize("text, published, expected", [
    # "she will live up to the trust the people gave on 8 February": the date is the relative clause's, past
    ("مریم نواز نے ایوان سے خطاب میں کہا کہ 8 فروری کو عوام نے جو اعتماد دیا اس پر پورا اتریں گی۔", date(2024, 2, 27),
     ("8 فروری", "2024-02-08")),
    ("بیرسٹر گوہر نے کہا کہ 8 فروری کو عوام نے جو مینڈیٹ دیا تھا وہ بالآخر تسلیم کیا جائے گا۔", date(2024, 7, 12),
     ("8 فروری", "2024-02-08")),
    # "the session to be held on Monday, in which a decision will be made, will not be put off": a passive
    # future in the relative clause leaves the day ahead (12 July 2024 a Friday)
    ("پیر کو ہونے والا اجلاس جس میں فیصلہ کیا جائے گا ملتوی نہیں ہوگا۔", date(2024, 7, 12), ("پیر کو", "2024-07-15")),
])
def test_an_urdu_relative_clause_keeps_its_own_tense(text, published, expected):
    assert expected in urdu(text, published)


def test_an_urdu_rally_announced_for_a_day_lies_ahead_even_in_the_past_perfect():
    # "the PTI had announced a rally on Sunday, but the administration has refused permission", said on
    # Friday 6 September 2024: the day is the rally's, still to come
    assert urdu("پی ٹی آئی نے اتوار کو جلسے کا اعلان کیا تھا لیکن انتظامیہ نے اجازت دینے سے انکار کر دیا ہے۔",
                date(2024, 9, 6)) == [("اتوار کو", "2024-09-08")]
    # "has announced a sit-in in Karachi on Tuesday": the sit-in lies ahead
    assert urdu("جماعت اسلامی نے منگل کو کراچی میں دھرنا دینے کا اعلان کیا ہے۔", date(2024, 2, 17)) == [("منگل کو", "2024-02-20")]


@pytest.mark.parametrize("text, published, expected", [
    # a deadline a modal puts ahead from further before it (13 February 2024 a Tuesday)
    ("Notifications must be issued to all the winning candidates by Friday.", date(2024, 2, 13), ("by Friday", "2024-02-16")),
    ("Nomination papers can be filed with the returning officers till Saturday.", date(2024, 2, 13),
     ("till Saturday", "2024-02-17")),
    # a scheduled end told by "due"
    ("The lender's next review, due in March, is crucial for the new government.", date(2024, 2, 13), ("in March", "2024-03")),
    ("Pakistanis go to the polls on Thursday to elect a new National Assembly.", date(2024, 2, 7), ("on Thursday", "2024-02-08")),
])
def test_deadlines_and_scheduled_ends_lie_ahead(text, published, expected):
    assert expected in months(text, published)


def test_urdu_days_a_start_or_a_main_clause_puts_ahead():
    # "the PTI is starting a countrywide movement from tomorrow"
    assert urdu("پی ٹی آئی کل سے ملک گیر احتجاجی تحریک شروع کر رہی ہے۔", date(2024, 2, 20)) == [("کل", "2024-02-21")]
    # "on Friday the candidates who had lost the elections will take out a rally" (6 March 2024 a Wednesday)
    assert urdu("جمعہ کو وہ امیدوار جو انتخابات میں ہار گئے تھے احتجاجی ریلی نکالیں گے۔", date(2024, 3, 6)) == [("جمعہ کو", "2024-03-08")]


def test_third_review_cases():
    # a passive relative clause right after its date ("the mandate that was stolen on 8 February")
    assert ("8 فروری", "2024-02-08") in urdu("گوہر علی خان نے کہا ہے کہ 8 فروری کو جو مینڈیٹ چرایا گیا اس کا حساب لیں گے۔",
                                            date(2024, 3, 1))
    # "by" an agent is no deadline (11 February 2024 a Sunday)
    assert ("on Thursday", "2024-02-08") in months(
        "The court said the government must answer for the arrests by the police on Thursday.", date(2024, 2, 11))
    # a participle of an end told as done
    assert ("on Friday", "2024-02-16") in months("Traders said the three-day strike ending on Friday cost the city billions.",
                                                 date(2024, 2, 18))
    # a start told in a relative clause does not make "since yesterday" "from tomorrow"
    assert urdu("کارکن کل سے دفتر کے باہر دھرنا دے رہے ہیں جس کا آغاز نتائج میں تاخیر کے بعد ہوا۔", date(2024, 2, 12)) \
        == [("کل", "2024-02-11")]
