"""Dates of the sixteenth round: "after four years in exile", "after two days of talks" tell how long a
state lasted, not a date counted from the narrative's last one.  Sentences our own; the expected dates
are worked out by hand."""

from datetime import date

import pytest

from dashboard.dates import find_dates


def dated(text: str, published: date) -> list[tuple[str, str | None]]:
    return [(m.text, m.value) for m in find_dates(text, published) if m.value]


@pytest.mark.parametrize("text, expected", [
    # 5 April 2024 a Friday: the Saturday before is 30 March, and no year four years on is any date
    ("The former premier returned home on Saturday after four years in exile.", [("on Saturday", "2024-03-30")]),
    ("Nawaz Sharif returned to Pakistan on Saturday after four years of self-imposed exile.", [("on Saturday", "2024-03-30")]),
    ("The lawmaker was released on Saturday after nine months in custody.", [("on Saturday", "2024-03-30")]),
    ("The bench announced its verdict on Saturday after two days of arguments.", [("on Saturday", "2024-03-30")]),
    ("The lawmaker was freed on Saturday after two months behind bars.", [("on Saturday", "2024-03-30")]),
])
def test_a_count_of_a_state_after_after_is_no_date(text, expected):
    assert dated(text, date(2024, 4, 5)) == expected


@pytest.mark.parametrize("text, expected", [
    # Pakistani English: "after 21 days of the elections" is 21 days after them (8 February 2024)
    ("The polls were held on February 8 and the first session was summoned after 21 days of the elections.",
     ("after 21 days", "2024-02-29")),
    # "in the high court" says where, not how long a state lasted: two weeks from Monday 8 April
    ("The hearing was adjourned on Monday and will resume after two weeks in the Islamabad High Court.",
     ("after two weeks", "2024-04-22")),
])
def test_a_count_after_a_day_that_is_no_state_still_dates(text, expected):
    assert expected in dated(text, date(2024, 4, 12))


def test_a_count_after_a_dated_act_still_counts_from_it():
    # 12 April 2024 a Friday: dissolved on Monday the 8th; two days on is Wednesday the 10th
    assert ("after two days", "2024-04-10") in dated(
        "The assembly was dissolved on Monday and after two days the president named a caretaker.", date(2024, 4, 12))


def test_what_was_done_a_day_earlier_is_not_told_from_a_day_still_to_come():
    # 13 June 2024 a Thursday: the budget on Wednesday the 12th; July 1 is a deadline ahead, and the
    # survey, "a day earlier", was launched before publication, never on 30 June
    found = dated("The minister unveiled the budget on Wednesday. It must be passed before the fiscal year starts "
                  "on July 1. A day earlier, the minister launched the economic survey.", date(2024, 6, 13))
    assert ("A day earlier", "2024-06-30") not in found
    assert all(value <= "2024-06-13" for text, value in found if text == "A day earlier")


def test_a_plan_a_day_before_a_planned_day_still_counts_from_it():
    # 13 June 2024 a Thursday: the rally on Sunday the 16th, the meeting a day before it
    assert ("A day earlier", "2024-06-15") in dated(
        "The party will hold a rally on Sunday. A day earlier, its leaders will meet in Lahore.", date(2024, 6, 13))


@pytest.mark.parametrize("text, published, expected", [
    # 14 February 2024 a Wednesday: the coming Friday is the 16th
    ("The party plans a protest outside the provincial election commissioner's office on Friday.", date(2024, 2, 14),
     ("on Friday", "2024-02-16")),
    ("The alliance is planning a rally on Sunday.", date(2024, 2, 14), ("on Sunday", "2024-02-18")),
    # 12 February 2024 a Monday: a decision expected on Tuesday is the 13th, though the meetings began (past)
    ("The committee began two days of meetings on Monday, with a decision on backing Sharif expected on Tuesday.",
     date(2024, 2, 12), ("on Tuesday", "2024-02-13")),
])
def test_a_plan_or_an_expected_decision_lies_ahead(text, published, expected):
    assert expected in dated(text, published)


def test_expecting_that_after_a_date_says_nothing_of_it():
    # "expected" here is what people thought then, and the clause it opens is cut off: February 8 is the
    # vote's, two weeks before the report, not one ahead
    values = [value for _, value in dated(
        "When the polling stations closed at 5pm on February 8, few people expected that it would take two weeks.",
        date(2024, 2, 22))]
    assert values == ["2024-02-08"]


def test_announcing_at_a_news_conference_is_no_event_to_come():
    # 21 February 2024 a Wednesday: the deal was announced the night before, not a news conference ahead
    assert dated("Bilawal Bhutto Zardari announced the agreement at a news conference in Islamabad late on Tuesday.",
                 date(2024, 2, 21)) == [("on Tuesday", "2024-02-20")]


def test_a_meeting_called_for_a_day_still_lies_ahead():
    assert dated("The PPP called a meeting of its central executive committee on Monday.",
                 date(2024, 2, 21)) == [("on Monday", "2024-02-26")]


def test_a_count_from_the_vote_named_bare_before_a_verb():
    # "bombings a day before the vote killed 28": the vote (8 February 2024) is a noun, "killed" the bombings'
    from dashboard.story import default_story
    found = [(m.text, m.value) for m in find_dates(
        "The government cut mobile services on polling day after twin bombings in Balochistan a day before the vote "
        "killed at least 28 people.", date(2024, 2, 9), known_days=default_story().known_day_map())]
    assert ("a day before", "2024-02-07") in found



@pytest.mark.parametrize("text, published, expected", [
    # a schedule told in the present is still ahead: 12 June 2024 a Wednesday, Sunday the 16th
    ("The PTI rally is set for Sunday. The next day, the party's core committee meets to review it.", date(2024, 6, 12),
     ("The next day", "2024-06-17")),
    ("The PTI will hold a rally in Lahore on Sunday. A day earlier, the party's core committee meets in Islamabad.",
     date(2024, 6, 12), ("A day earlier", "2024-06-15")),
    ("The budget will be presented on June 12. Two days later, the assembly begins its debate on it.", date(2024, 6, 10),
     ("Two days later", "2024-06-14")),
])
def test_a_count_from_a_day_ahead_in_a_schedule_still_counts_from_it(text, published, expected):
    assert expected in dated(text, published)


def test_a_plan_does_not_move_the_day_of_what_it_is_against():
    # the conviction of January 31 (2024) lies behind, whatever march is planned against it
    assert dated("The party plans a march to protest against Imran Khan's conviction on January 31.",
                 date(2024, 2, 20)) == [("January 31", "2024-01-31")]
