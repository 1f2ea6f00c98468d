"""Loader rules of the twenty-fourth round.  Sentences written for these tests; the dates and types are read
off the text by hand.

- "the power-sharing formula agreed with the PML-N in February": a participle of agreeing right after an event
  noun only describes it (language key `noun_participles`), so the date is the deal's, not a statement's.
- "announced the agreement at a news conference late on Tuesday": announcing a deal is the deal (coalition), as
  announcing the results is the results; "the deal was announced" likewise (`announced_by_types`).
- "the opposition alliance said on Monday": a noun right before a verb that only says (language key
  `saying_verbs`) is who speaks, not what was made known.
- "resigned on Saturday and said allegations of rigging were baseless": a claim joined to an act is denied the
  same way as a claim reported alone.
"""

from datetime import date

import pytest
from test_round20 import typed


@pytest.mark.parametrize("sentence, cue", [
    ("The vote cements a power-sharing arrangement agreed last month between the two parties.", "last month"),
    ("The PPP has nominated Gilani for Senate chairman, under the power-sharing formula agreed with the PML-N in "
     "February.", "in February"),
    ("The election completes the coalition arrangement agreed between the PML-N and the PPP last month.",
     "last month"),
])
def test_a_deal_agreed_on_a_date_is_the_deal(sentence, cue):
    found = typed(sentence, date(2024, 3, 12))
    assert [t for c, t, s in found if c == cue] == ["coalition"]


def test_announcing_the_agreement_is_the_agreement():
    found = typed("Bilawal Bhutto Zardari announced the agreement at a news conference in Islamabad late on Tuesday, "
                  "with Shehbaz Sharif at his side.", date(2024, 2, 21))
    assert [(c, t) for c, t, s in found] == [("on Tuesday", "coalition")]


def test_announcing_a_news_conference_of_no_deal_stays_a_statement():
    found = typed("Bilawal Bhutto Zardari addressed a news conference in Karachi on Tuesday about inflation.",
                  date(2024, 6, 12))
    assert [t for c, t, s in found if c == "on Tuesday"] == ["statement"]


def test_a_body_that_says_is_not_what_was_announced():
    # "alliance" is a coalition noun; right before "said" it is the speaker: the statement is its plan to march
    found = typed("Pakistan's opposition alliance said on Monday that it would march on the provincial assembly on "
                  "Friday.", date(2024, 5, 7))
    monday = [t for c, t, s in found if c == "on Monday"]
    assert monday and monday[0] != "coalition"
    assert [s for c, t, s in found if c == "on Friday"] == ["planned"]


def test_a_result_declared_keeps_its_type():
    found = typed("The election commission declared the results of 250 seats on Saturday.", date(2024, 2, 11))
    assert [t for c, t, s in found if c == "on Saturday"] == ["results"]


@pytest.mark.parametrize("sentence, kind", [
    ("The commissioner resigned on Saturday and said that allegations of rigging in Rawalpindi were baseless.",
     "statement"),
    ("The commissioner resigned on Saturday and claimed that he had overseen the rigging of results in Rawalpindi.",
     "rigging_allegation"),
])
def test_a_claim_joined_to_an_act_is_denied_as_one_said_alone(sentence, kind):
    found = typed(sentence, date(2024, 6, 19))
    assert [t for c, t, s in found if c == "on Saturday"] == [kind]
