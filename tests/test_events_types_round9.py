"""Types found on the blind probes of the ninth round.  Sentences are our own."""

from fixtures import only_day_event


def test_an_act_amid_protests_is_the_act():
    # 1 March 2024 was a Friday
    event = only_day_event("The National Assembly on Friday elected Ayaz Sadiq as its 23rd speaker amid protest in the "
                           "lower house of parliament by lawmakers backed by the PTI.", "on Friday", "2024-03-01", "2024-03-02")
    assert event["type"] != "protest"
    event = only_day_event("The country's first by-elections on 21 vacant national and provincial assembly seats were "
                           "held on Sunday amid sporadic incidents of clashes between workers of rival parties.", "on Sunday", "2024-04-21", "2024-04-22")
    assert event["type"] == "election"


def test_a_resignation_amid_protests_is_no_protest_against_them():
    # "in protest against X" gives a gesture X's type; "amid protests" tells only when it came
    event = only_day_event("The commissioner resigned on Saturday amid protests against rigging.", "on Saturday",
                           "2024-02-17", "2024-02-18")
    assert event["type"] not in {"protest", "rigging_allegation"}


def test_circumstances_that_hold_the_date_are_its_act():
    # "amid ..." tells the circumstances of the main act, unless the date is inside it
    event = only_day_event("The talks began amid pressure on the party after a deadly crackdown on its rally on "
                           "Tuesday.", "on Tuesday", "2024-11-26", "2024-12-02")
    assert event["type"] == "protest"
