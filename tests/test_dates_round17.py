"""Dates of the seventeenth round.  Sentences our own; the expected dates are worked out by hand."""

from datetime import date

import pytest

from dashboard.dates import find_dates


def dated(text: str, published: date) -> list[tuple[str, str | None, str | None]]:
    return [(m.text, m.value, m.status) for m in find_dates(text, published) if m.value]


@pytest.mark.parametrize("text", [
    "Schools will stay closed on Wednesday.",
    "Roads will remain blocked on Wednesday.",
    "Markets are expected to remain closed on Wednesday.",
    "He said schools would remain closed on Wednesday.",
])
def test_a_state_that_will_go_on_is_ahead(text):
    # 26 November 2024 a Tuesday: the coming Wednesday is the 27th ("closed" after "stay" is no past verb)
    assert dated(text, date(2024, 11, 26)) == [("on Wednesday", "2024-11-27", "planned")]


def test_a_state_that_went_on_is_behind():
    assert dated("Schools remained closed on Monday.", date(2024, 11, 26)) == [("on Monday", "2024-11-25", "happened")]


def test_a_yearless_day_told_as_done_after_the_narrative_s_year_is_of_that_year():
    # an op-ed of 7 February 2025 telling 2024: February 17 and March 3 right after it are 2024's, and
    # "six days later" counts from 3 March 2024
    text = ("When Pakistanis went to the polls on February 8, 2024, few expected a clean contest. The count was "
            "delayed for days, and on February 17 the commissioner of Rawalpindi told reporters he had overseen the "
            "manipulation of results. By early March, Shehbaz Sharif was back as prime minister, elected by the "
            "National Assembly on March 3, and Asif Ali Zardari returned to the presidency six days later.")
    found = {t: v for t, v, _ in dated(text, date(2025, 2, 7))}
    assert found["February 17"] == "2024-02-17"
    assert found["March 3"] == "2024-03-03"
    assert found["six days later"] == "2024-03-09"


def test_a_plan_of_the_report_s_own_year_stays_ahead():
    # the narrative's February 3 is 2025's: a rally announced for February 25 is still to come
    found = dated("The party met on February 3. It announced a rally on February 25.", date(2025, 2, 7))
    assert ("February 25", "2025-02-25", "planned") in found


def test_a_count_after_an_act_is_not_counted_from_what_the_act_was_about():
    # "over the May 9 riots" says what the sentences were for, not when they were handed down
    found = dated("The talks come two days after military courts sentenced 25 civilians over the May 9 riots.",
                  date(2024, 12, 24))
    assert [v for t, v, _ in found if t == "two days after"] == []


@pytest.mark.parametrize("text, published, expected", [
    # a programme that "runs out in April", said in February 2024: April 2024, to come
    ("Pakistan needs a new bailout after its current programme runs out in April.", date(2024, 2, 9),
     ("in April", "2024-04", "planned")),
    # "hopes to table in October", said in September 2024
    ("The government has a package of amendments that it hopes to table in parliament in October.", date(2024, 9, 26),
     ("in October", "2024-10", "planned")),
    # a month listed before a month with its year is of that year
    ("Previous attempts at dialogue in April and May 2023 broke down without agreement.", date(2024, 12, 24),
     ("in April", "2023-04", "happened")),
])
def test_months_of_this_round(text, published, expected):
    assert expected in dated(text, published)


def test_a_ruling_pronounced_on_a_day_in_urdu_was_pronounced_then():
    # "the Election Commission on Monday, by four to one, rejected the petitions and pronounced its decision to
    # give the seats to other parties": 5 March 2024 a Tuesday, the Monday before is the 4th
    found = [(m.text, m.value, m.status) for m in find_dates(
        "الیکشن کمیشن نے پیر کو چار ایک کی اکثریت سے درخواستیں مسترد کرتے ہوئے یہ نشستیں دیگر جماعتوں میں تقسیم "
        "کرنے کا فیصلہ سنایا۔", date(2024, 3, 5), language="ur")]
    assert found == [("پیر کو", "2024-03-04", "happened")]


def test_a_decision_to_protest_in_urdu_is_still_ahead():
    # "PTI has announced it will observe a black day on 8 February", said on 3 February 2025
    found = [(m.text, m.value, m.status) for m in find_dates("تحریک انصاف نے 8 فروری کو یوم سیاہ منانے کا اعلان کیا ہے۔",
                                                             date(2025, 2, 3), language="ur")]
    assert found == [("8 فروری", "2025-02-08", "planned")]


@pytest.mark.parametrize("text, expected", [
    # 7 February 2025: a day told as done with its verb right before it is no day still ahead
    ('"We will not let people forget what happened on February 8," a spokesman said.', ("February 8", "2024-02-08", "happened")),
    ("Shehbaz was elected on March 3.", ("March 3", "2024-03-03", "happened")),
    # ... unless it is a target ("prorogued till") or the date is a noun's ("announced a meeting on")
    ("The assembly was prorogued till March 2 by the governor.", ("March 2", "2025-03-02", "planned")),
    ("The party announced a meeting on February 25.", ("February 25", "2025-02-25", "planned")),
])
def test_a_past_verb_right_before_a_day(text, expected):
    assert expected in dated(text, date(2025, 2, 7))


def test_a_day_and_month_listed_before_one_with_its_year_is_of_that_year():
    # "the Commission has withdrawn the notifications of 24 July and 29 July 2024", said in July 2025
    found = [(m.text, m.value) for m in find_dates("کمیشن نے 24 جولائی اور 29 جولائی 2024 کے وہ نوٹیفکیشن واپس لے لیے ہیں۔",
                                                   date(2025, 7, 2), language="ur")]
    assert ("24 جولائی", "2024-07-24") in found
