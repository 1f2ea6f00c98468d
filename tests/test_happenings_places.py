"""Happenings kept apart by parties and places, and synonyms that let reports of one happening
meet: the PML-N's deals with the PPP and with the MQM-P on one day; the Sindh and the Punjab
assemblies' sessions on one day; a killing "outside a polling station" on election day; "in jail
since August 2023" / "arrested in August 2023"; "In February 2024, millions cast their votes".
Every sentence here is written for the test."""

import pandas as pd
import pytest
from test_happenings_words import happening_of, report

from dashboard.corpus import _typed_events
from dashboard.happenings import _Words, assign_happenings, default_roles, report_label


def test_two_deals_of_one_party_on_one_day_with_different_partners_stay_apart():
    ids = happening_of([
        report("agency.txt", "2024-02-21", "coalition", "reached a power-sharing agreement",
               "The PML-N and the PPP reached a power-sharing agreement on Wednesday night.",
               "on Wednesday", ["PML-N", "PPP"]),
        report("daily.txt", "2024-02-21", "coalition", "signed an agreement",
               "The PML-N and the MQM-P signed an agreement on Wednesday to work together.",
               "on Wednesday", ["PML-N", "MQM-P", "Shehbaz Sharif"]),
        report("tribune.txt", "2024-02-21", "coalition", "struck a deal",
               "The PPP struck a deal with the PML-N on Wednesday to form the federal government.",
               "on Wednesday", ["PPP", "PML-N"]),
    ])
    assert ids[0] == ids[2] and ids[0] != ids[1]


def test_a_partys_leader_is_of_its_party_so_the_same_deal_stays_one():
    ids = happening_of([
        report("agency.txt", "2024-02-21", "coalition", "reached an agreement",
               "Shehbaz Sharif and Asif Ali Zardari reached an agreement on Wednesday.",
               "on Wednesday", ["Shehbaz Sharif", "Asif Ali Zardari"]),
        report("daily.txt", "2024-02-21", "coalition", "sealed a deal",
               "The PML-N and the PPP sealed a deal on Wednesday.", "on Wednesday", ["PML-N", "PPP"]),
    ])
    assert ids[0] == ids[1]


def test_sessions_of_two_provincial_assemblies_on_one_day_stay_apart():
    ids = happening_of([
        report("dawn.txt", "2024-02-24", "government_formation", "took oath",
               "KARACHI: New members of the Sindh Assembly took oath on Saturday in a session in Karachi.",
               "on Saturday"),
        report("geo.txt", "2024-02-24", "government_formation", "sworn in",
               "The Sindh Assembly met in Karachi on Saturday, where its members were sworn in.", "on Saturday"),
        report("nation.txt", "2024-02-24", "other", "held its inaugural session",
               "LAHORE: The Punjab Assembly held its inaugural session in Lahore on Saturday.", "on Saturday"),
    ])
    assert ids[0] == ids[1] and ids[0] != ids[2]


def test_the_place_a_report_was_filed_from_is_not_where_it_happened():
    words = _Words(default_roles())
    assert words.provinces("ISLAMABAD: Members of the Sindh Assembly took oath on Saturday.") == \
        words.provinces("Members of the Sindh Assembly took oath in Karachi on Saturday.")
    assert words.provinces("لاہور (نمائندہ خصوصی) سندھ اسمبلی کے ارکان نے ہفتے کو حلف اٹھایا۔") == \
        words.provinces("Members of the Sindh Assembly took oath on Saturday.")
    assert not words.provinces("ISLAMABAD: The PML-N and the PPP reached a deal on Wednesday.")


def test_one_meeting_placed_in_two_cities_by_outlets_naming_one_party_stays_one():
    ids = happening_of([
        report("afp.txt", "2024-02-15", "coalition", "joined hands",
               "The MQM-P joined hands with the PML-N on Thursday after a meeting in Lahore.",
               "on Thursday", ["MQM-P", "PML-N"]),
        report("samaa.txt", "2024-02-15", "coalition", "agreed",
               "The PML-N agreed on Thursday to work together, when its delegation visited Karachi.",
               "on Thursday", ["PML-N"]),
    ])
    assert ids[0] == ids[1]


def test_a_killing_outside_a_polling_station_on_election_day_is_not_the_election():
    ids = happening_of([
        report("wire.txt", "2024-02-08", "election", "polls",
               "Counting in the February 8 polls was delayed for hours.", "February 8"),
        report("weekly.txt", "2024-02-08", "other", "shot dead",
               "A PTI worker was shot dead outside a polling station on February 8, police said.",
               "on February 8", ["PTI"]),
        report("daily.txt", "2024-02-08", "election", "election",
               "The election held on February 8 left a hung parliament.", "February 8", ["PTI"]),
    ])
    assert ids[0] == ids[2] and ids[1] != ids[0]


def test_a_noun_between_the_election_and_its_date_does_not_name_it():
    words = _Words(default_roles())
    assert words.names_shared("The general elections held on February 8 were disputed.", "February 8") == "election"
    assert words.names_shared("A worker was shot outside a polling station on February 8.", "February 8") is None
    assert words.names_shared("8 فروری کو پولنگ کے دوران موبائل فون سروس بند رہی۔", "8 فروری") is None
    assert words.names_shared("8 فروری کو پولنگ ہوئی۔", "8 فروری") == "election"


def test_a_month_report_of_votes_cast_joins_the_election_day():
    ids = happening_of([
        report("daily.txt", "2024-02-08", "election", "election",
               "The election held on February 8 left a hung parliament.", "February 8"),
        report("review.txt", "2024-02-01", "election", "cast their votes",
               "In February 2024, some 60 million Pakistanis cast their votes.", "In February 2024",
               precision="month"),
    ])
    assert ids[0] == ids[1]


def test_jailed_imprisoned_and_arrested_in_one_month_are_one_background():
    ids = happening_of([
        report("daily.txt", "2023-08-01", "legal", "been imprisoned",
               "Imran Khan has been imprisoned since August last year.", "since August last year",
               ["Imran Khan"], precision="month", published="2024-02-14"),
        report("review.txt", "2023-08-01", "legal", "was arrested",
               "He was arrested in August 2023 after a conviction.", "in August 2023",
               precision="month", published="2024-04-10"),
        report("tribune.txt", "2023-08-01", "legal", "behind bars",
               "He has been behind bars since August 2023.", "since August 2023",
               precision="month", published="2024-02-10"),
        report("urdu.txt", "2023-08-01", "legal", "گرفتار کیا",
               "سابق وزیراعظم کو اگست 2023 میں گرفتار کیا گیا تھا۔", "اگست 2023",
               precision="month", published="2024-03-10"),
    ])
    assert ids[0] == ids[1] == ids[2] == ids[3]


def test_two_reports_of_a_phone_shutdown_meet_by_its_words():
    ids = happening_of([
        report("propk.txt", "2024-02-08", "statement", "confirmed",
               "Mobile phone and internet services were cut nationwide on February 8, the ministry confirmed.",
               "on February 8"),
        report("tech.txt", "2024-02-08", "other", "",
               "Mobile internet had been switched off on February 8 on the ministry's orders.", "on February 8"),
    ])
    assert ids[0] == ids[1]


@pytest.mark.parametrize("sentence, cue, actors, expected", [
    ("Khan, who has been in jail since August last year, was ousted as prime minister in April 2022.",
     "since August last year", ["Imran Khan"], "Khan has been in jail"),
    ("Khan, who has been in jail since August last year, was ousted as prime minister in April 2022.",
     "in April 2022", ["Imran Khan"], "Khan was ousted as prime minister"),
    ("The PTI founder, ousted from power in April 2022, has remained in jail since August last year.",
     "in April 2022", ["PTI"], "PTI founder ousted from power"),
    ("Imran Khan lost a no-confidence vote in April 2022 and was imprisoned in August 2023.",
     "in August 2023", ["Imran Khan"], "Imran Khan was imprisoned"),
    ("Imran Khan lost a no-confidence vote in April 2022 and was imprisoned in August 2023.",
     "in April 2022", ["Imran Khan"], "Imran Khan lost a no-confidence vote"),
    ("سابق وزیراعظم عمران خان کو اگست 2023 میں گرفتار کیا گیا تھا۔", "اگست 2023", ["Imran Khan"],
     "سابق وزیراعظم عمران خان کو گرفتار کیا گیا تھا"),
])
def test_a_label_comes_from_the_clause_that_holds_the_date_cue(sentence, cue, actors, expected):
    assert report_label(sentence, cue, actors) == expected


def test_the_election_is_labelled_by_its_date_and_any_of_its_nouns():
    _, table = assign_happenings(_typed_events(pd.DataFrame([
        report("weekly.txt", "2024-02-08", "election", "election",
               "Talks have dragged on since last week's election.", "last week's"),
        report("wire.txt", "2024-02-08", "election", "polls",
               "Counting in the February 8 polls was delayed for hours.", "February 8"),
    ])))
    assert table["label"].tolist() == ["February 8 polls"]


def test_a_year_mention_joins_the_month_of_what_it_says_happened():
    ids = happening_of([
        report("wire.txt", "2022-04-01", "government_formation", "no-confidence vote",
               "Khan was removed through a no-confidence vote in April 2022.", "in April 2022",
               precision="month", published="2024-03-10"),
        report("weekly.txt", "2022-04-01", "election", "",
               "Since Imran Khan lost power in April 2022, two parties have shared power twice.", "in April 2022",
               ["Imran Khan", "PTI"], precision="month", published="2024-03-15"),
        report("tribune.txt", "2022-01-01", "government_formation", "toppled",
               "Supporters demanded the release of Imran Khan, who was toppled in 2022.", "in 2022",
               ["Imran Khan", "PTI"], precision="year", published="2024-03-10"),
        report("tribune.txt", "2023-01-01", "legal", "arrested",
               "He was arrested in 2023 and convicted in several cases.", "in 2023",
               ["Imran Khan"], precision="year", published="2024-03-10"),
    ])
    assert ids[0] == ids[1] == ids[2] and ids[3] != ids[0]


def test_a_shutdown_on_polling_day_is_not_the_election():
    ids = happening_of([
        report("wire.txt", "2024-02-08", "election", "polls",
               "Counting in the February 8 polls was delayed for hours.", "February 8"),
        report("propk.txt", "2024-02-08", "election", "polling day",
               "Phone networks were shut down across the country on polling day, February 8.", "February 8"),
        report("urdu.txt", "2024-02-08", "election", "پولنگ",
               "8 فروری کو پولنگ کے دوران ملک بھر میں موبائل فون سروس بند رہی۔", "8 فروری"),
        report("daily.txt", "2024-02-08", "election", "voting",
               "Voting on February 8 was slow in the cities, observers said.", "February 8"),
    ])
    assert ids[0] == ids[3] and ids[1] == ids[2] and ids[1] != ids[0]
