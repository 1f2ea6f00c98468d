"""Loader rules of the forty-fourth round.  Sentences written for these tests; the dates are read off the text by hand.

- A summons or a call to meet tells the meeting ahead: "has summoned the National Assembly to meet on Tuesday", "has
  been summoned to meet on Thursday", "called both committees to meet on Tuesday" (English future pattern: summoned,
  convened, called and then "to meet", "to convene", "to reconvene", "to assemble" within a few words).
"""

import pytest
from fixtures import loaded_events


@pytest.mark.parametrize("body, expected", [
    # (published Sunday 25 February 2024: the coming Tuesday is the 27th, the coming Thursday the 29th)
    ("ISLAMABAD: President Asif Ali Zardari has summoned the National Assembly to meet on Tuesday.", "2024-02-27"),
    ("The National Assembly has been summoned to meet on Thursday, when members-elect will take oath.", "2024-02-29"),
    ("The speaker has called both committees to meet on Tuesday at Parliament House.", "2024-02-27"),
])
def test_a_summons_to_meet_tells_the_meeting_ahead(tmp_path, body, expected):
    events = loaded_events(tmp_path, "summons.txt", f"date 2024-02-25\n\nSession called\n\n{body}\n")
    assert [(d, s) for d, _, _, s in events] == [(expected, "planned")]


@pytest.mark.parametrize("body, expected", [
    ("ISLAMABAD: The Election Commission moved the by-elections to April 2, a day earlier than the April 3 date.",
     ["2024-04-02", "2024-04-03"]),
    ("The count was finished on Monday, two days later than the commission had promised.", ["2024-03-11"]),
])
def test_a_count_of_days_compared_with_than_is_no_date(tmp_path, body, expected):
    events = loaded_events(tmp_path, "moved.txt", f"date 2024-03-12\n\nPolls moved\n\n{body}\n")
    # (read by hand: "earlier than" and "later than" compare two days; the only dates are those named)
    assert sorted(d for d, _, _, _ in events) == expected
