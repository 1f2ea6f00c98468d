"""Types of the fifteenth round: the mobile phone service shut on polling day, in Urdu, is that
shutdown, not the vote; an election is suspended only when it is what was suspended ("suspended
polling at 12 stations"), not when the polls only say when something else was.  Sentences written for
these tests; the types are read off the text by hand."""

from datetime import date

import pytest
from test_events_types_round14 import typed


@pytest.mark.parametrize("sentence, expected", [
    # "on 8 February, during polling, mobile phone service stayed shut across the country"
    ("8 فروری کو پولنگ کے دوران ملک بھر میں موبائل فون سروس بند رہی۔", ("8 فروری", "other")),
    # "the government defended the suspension of mobile phone service on 8 February"
    ("حکومت نے 8 فروری کو موبائل فون سروس کی معطلی کا دفاع کیا۔", ("8 فروری", "other")),
])
def test_a_phone_shutdown_on_polling_day_in_urdu_is_the_shutdown(sentence, expected):
    assert expected in typed(sentence, date(2024, 2, 12), language="ur")


def test_suspending_the_polling_itself_is_the_election():
    assert ("on Thursday", "election") in typed("The commission suspended polling at 12 stations on Thursday after clashes.",
                                                date(2024, 2, 10))


@pytest.mark.parametrize("sentence, expected", [
    # a confession of rigging, said on a day: the allegation is made by saying it
    ("The commissioner said on Saturday that he had overseen the manipulation of results in 13 constituencies.",
     ("on Saturday", "rigging_allegation")),
    ("Party leaders said on Sunday the officials had rigged all the results in the division.",
     ("on Sunday", "rigging_allegation")),
])
def test_saying_that_results_were_rigged_is_an_allegation(sentence, expected):
    assert expected in typed(sentence, date(2024, 2, 19))


def test_denying_rigging_stays_a_statement():
    assert ("on Sunday", "statement") in typed("The commission said on Sunday that there was no rigging in the polls.",
                                               date(2024, 2, 19))


@pytest.mark.parametrize("sentence, expected", [
    ("Under the constitution, the new National Assembly must be summoned by February 29.",
     ("February 29", "government_formation")),
    ("The party urged the president to ensure that the National Assembly is summoned before 29th February.",
     ("29th February", "government_formation")),
])
def test_the_new_assembly_summoned_by_a_day_forms_the_government(sentence, expected):
    assert expected in typed(sentence, date(2024, 2, 19))


@pytest.mark.parametrize("sentence, expected", [
    # rejecting what others said is a statement, not the vote the rejection speaks of
    ("The foreign ministry rejected the criticism Saturday, saying the polls had been held in a peaceful manner.",
     ("Saturday", "statement")),
    ("The election commission on Saturday rejected the allegations as baseless.", ("on Saturday", "statement")),
    # a commission rejecting a party's claim to seats rules on it
    ("The ECP rejected the party's claim on March 4; the SIC moved the Peshawar High Court the next day.",
     ("March 4", "legal")),
])
def test_rejecting_criticism_is_a_statement(sentence, expected):
    assert expected in typed(sentence, date(2024, 3, 11))


def test_an_assembly_summoned_by_the_president_for_its_budget_forms_no_government():
    found = typed("The National Assembly was summoned by the president on Monday to meet on June 7 for the budget "
                  "session.", date(2024, 6, 3))
    assert not any(kind == "government_formation" for _, kind in found)
