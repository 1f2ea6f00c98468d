"""Happenings of the fourteenth round: a rigging allegation reported at a day on which the vote (the
story's shared type) stands is about that vote and joins it; on a day with no report of the vote it
stays its own.  Every sentence here is written for the test."""

from test_happenings_words import happening_of, report


def test_the_mandate_stolen_on_the_day_of_the_vote_is_the_vote():
    ids = happening_of([
        report("wire.txt", "2024-02-08", "election", "voted",
               "Millions of Pakistanis voted on Thursday in a general election.", "on Thursday", ["ECP"]),
        report("urdu.txt", "2024-02-08", "rigging_allegation", "مینڈیٹ چرایا",
               "رہنما نے کہا کہ 8 فروری کو عوام کا مینڈیٹ چرایا گیا۔", "8 فروری", ["PTI"]),
    ])
    assert ids[0] == ids[1]


def test_an_allegation_on_a_day_without_the_vote_stays_its_own():
    ids = happening_of([
        report("wire.txt", "2024-02-08", "election", "voted",
               "Millions of Pakistanis voted on Thursday in a general election.", "on Thursday", ["ECP"]),
        report("daily.txt", "2024-02-10", "rigging_allegation", "alleged rigging",
               "The PTI alleged rigging in dozens of constituencies on Saturday.", "on Saturday", ["PTI"]),
    ])
    assert ids[0] != ids[1]


def test_an_allegation_on_the_day_of_a_count_is_not_the_vote():
    # the results announced on a day are not the vote: an allegation that day joins no vote's happening
    ids = happening_of([
        report("wire.txt", "2024-02-10", "results", "announced the results",
               "The election commission announced the final results on Saturday.", "on Saturday", ["ECP"]),
        report("daily.txt", "2024-02-10", "rigging_allegation", "alleged rigging",
               "The PTI alleged rigging in dozens of constituencies on Saturday.", "on Saturday", ["PTI"]),
    ])
    assert ids[0] != ids[1]
