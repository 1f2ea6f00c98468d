"""Loader rules of the thirty-first round.  Sentences written for these tests; the dates and types are read off the
text by hand.

- Years: an obligation ("has to", "is required to", "needs to") puts a deadline after it ahead, like "must"; a past
  participle after its noun with its doer next ("the target set by the IMF") tells no time of the clause.
"""

from datetime import date

import pytest
from test_round20 import typed

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


@pytest.mark.parametrize("sentence, published, cue, kind", [
    # Talks between the government and the PTI are other, however the government is named.
    ("The government and Khan's Pakistan Tehreek-e-Insaf are due to hold the second round of talks on January 2.",
     date(2024, 12, 30), "January 2", "other"),
    ("Khan's party on Monday opened formal talks with Prime Minister Shehbaz Sharif's government.",
     date(2024, 12, 24), "on Monday", "other"),
    ("Khan's party handed the government a written charter of demands in the third round of talks on Thursday.",
     date(2025, 1, 17), "on Thursday", "other"),
    ("حکومت نے تحریک انصاف سے مذاکرات کا دوسرا دور جمعرات کو منعقد کیا۔", date(2024, 12, 30), "جمعرات کو", "other"),
    ("حکومت اور جیل میں قید عمران خان کی تحریک انصاف کے درمیان مذاکرات کا دوسرا دور جمعرات کو ہوا۔", date(2024, 12, 30),
     "جمعرات کو", "other"),
])
def test_the_government_named_as_a_side_of_talks(sentence, published, cue, kind):
    found = {c: t for c, t, _ in typed(sentence, published)}
    assert found.get(cue) == kind, found


@pytest.mark.parametrize("sentence, published, cue, kind", [
    # Talks of two parties on forming a government, or a party backing the government, stay coalition.
    ("The PTI held talks with the JI on Monday on forming the government in Khyber Pakhtunkhwa.", date(2024, 2, 14),
     "on Monday", "coalition"),
    ("The PPP held talks with the PML-N on Monday over the formation of the next government.", date(2024, 2, 14),
     "on Monday", "coalition"),
])
def test_talks_on_forming_a_government_stay_coalition(sentence, published, cue, kind):
    found = {c: t for c, t, _ in typed(sentence, published)}
    assert found.get(cue) == kind, found
