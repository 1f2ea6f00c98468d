"""Loader rules of the thirty-first round.  Sentences written for these tests; the dates and types are read off the
text by hand.

- Years: an obligation ("has to", "is required to", "needs to") puts a deadline after it ahead, like "must"; a past
  participle after its noun with its doer next ("the target set by the IMF") tells no time of the clause.
"""

from datetime import date

import pytest

from dashboard.dates import find_dates


@pytest.mark.parametrize("sentence, published, cue, day", [
    # A February report: the June 30 the government must still meet is that year's, not the June before.
    ("Pakistan is required to meet the fiscal target set by the IMF by June 30.", date(2024, 2, 20), "June 30",
     "2024-06-30"),
    ("The new government will have to meet the target set by the lender by June 30.", date(2024, 2, 20),
     "June 30", "2024-06-30"),
    ("The finance ministry has to clear the arrears by June 30.", date(2024, 2, 20), "June 30", "2024-06-30"),
    # ... while an auxiliary's past keeps the clause past, and "had to" is past.
    ("The target was set by the IMF by June 30.", date(2024, 2, 20), "June 30", "2023-06-30"),
    ("The party had to vacate the venue by Friday.", date(2024, 2, 20), "by Friday", "2024-02-16"),
])
def test_years_of_the_thirty_first_round(sentence, published, cue, day):
    found = {m.text: m.value for m in find_dates(sentence, published)}
    assert found.get(cue) == day, found
