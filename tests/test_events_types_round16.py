"""Types of the sixteenth round: a trip abroad on state business is international, though the country
it goes to is only a place ("will travel to Saudi Arabia on an official visit"), unless the sentence says
it is private ("left for London for medical treatment", "to perform Umrah").  Sentences written for these
tests; the types are read off the text by hand."""

from datetime import date

import pytest
from test_events_types_round14 import typed


@pytest.mark.parametrize("sentence, expected", [
    # 5 April 2024 a Friday: the coming Saturday is the 6th, the last one the 30th of March
    ("The prime minister will travel to Saudi Arabia on Saturday on a three-day official visit.",
     ("on Saturday", "international")),
    ("The president arrived in Riyadh on Saturday for talks on investment.", ("on Saturday", "international")),
    ("The foreign minister left for Beijing on Monday.", ("on Monday", "international")),
])
def test_a_trip_abroad_on_state_business_is_international(sentence, expected):
    assert expected in typed(sentence, date(2024, 4, 5))


def test_an_official_visit_in_urdu_is_international():
    # "the prime minister reached Jeddah on Saturday on a three-day official visit"
    assert ("ہفتے کو", "international") in typed("وزیراعظم ہفتے کو تین روزہ سرکاری دورے پر جدہ پہنچے۔",
                                                 date(2024, 4, 8), language="ur")


@pytest.mark.parametrize("sentence, cue", [
    ("The former prime minister left for London on Saturday for medical treatment.", "on Saturday"),
    ("The chief minister left for Saudi Arabia on Saturday to perform Umrah.", "on Saturday"),
    ("The party chief flew to Dubai on Saturday on a private visit.", "on Saturday"),
    # a foreign city where a party's own leaders meet is no foreign business
    ("The party's leaders met in London on Saturday to discuss their strategy.", "on Saturday"),
])
def test_a_private_trip_or_a_meeting_abroad_is_not_international(sentence, cue):
    types = dict(typed(sentence, date(2024, 4, 5)))
    assert cue in types and types[cue] != "international"
