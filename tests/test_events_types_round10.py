"""Types of the tenth round: an act done at a meeting, the talks an article's lead names, an act
during a day's named happening.  Sentences are our own; the expectations are read off them."""

from fixtures import day_events, only_day_event

from dashboard import load_corpus


def test_an_act_done_at_a_meeting_takes_the_acts_type():
    # 4 March 2024 was a Monday
    event = only_day_event("The Election Commission, in its meeting held on Monday under the chief election "
                           "commissioner, rejected the petitions of the independent candidates.",
                           "on Monday", "2024-03-04", "2024-03-05")
    assert event["type"] == "legal"
    event = only_day_event("In the session on Tuesday, opposition members staged a walkout over the arrest of "
                           "their colleagues.", "on Tuesday", "2024-12-17", "2024-12-18")
    assert event["type"] == "protest"
    # Urdu: "during the meeting with the prime minister on Tuesday, Bilawal said that ..."
    event = only_day_event("منگل کو وزیراعظم سے ملاقات کے دوران بلاول بھٹو نے کہا کہ پیپلز پارٹی حکومت کا ساتھ دے گی۔",
                           "منگل کو", "2024-02-20", "2024-02-21")
    assert event["type"] == "statement"


def test_a_meeting_that_is_no_setting_keeps_its_own_type():
    # a second clause with its own subject is no act done at the meeting
    event = only_day_event("PML-N held a meeting on Monday, while PTI staged a protest in Lahore.",
                           "on Monday", "2024-02-12", "2024-02-13")
    assert event["type"] != "protest"
    # "officials said" reports the plan; nothing is said at the meeting
    event = only_day_event("The commission will hold a meeting on Saturday to review the verdict, officials said.",
                           "on Saturday", "2024-07-13", "2024-07-12")
    assert event["type"] != "statement"


def test_an_urdu_walkout_is_a_protest():
    event = only_day_event("بدھ کو اسمبلی کے اجلاس میں اپوزیشن ارکان نے واک آؤٹ کیا۔", "بدھ کو", "2024-02-21", "2024-02-22")
    assert event["type"] == "protest"


def test_an_act_during_a_named_day_is_that_days_act():
    # 8 February 2024, the general election, was a Thursday
    event = only_day_event("Mobile phone services were suspended during Thursday's elections, the watchdog said.",
                           "Thursday", "2024-02-08", "2024-02-12")
    assert event["type"] == "other"
    event = only_day_event("Turnout in Thursday's elections was 47 percent.", "Thursday", "2024-02-08", "2024-02-12")
    assert event["type"] == "election"
    # what is condemned "during" it was condemned later: the day is the vote's
    [event] = [e for e in day_events("The State Department on Friday condemned curbs on freedoms during Thursday's "
                                     "elections.", [("on Friday", "2024-02-09"), ("Thursday", "2024-02-08")],
                                     "2024-02-10") if e["date"] == "2024-02-08"]
    assert event["type"] == "election"


TALKS = """PTI and government resume talks

ISLAMABAD: Negotiations between the government and the PTI resumed on Thursday after a week's pause.

The two sides had held the second round of talks on January 2, when the party presented its demands orally.

Senator Irfan Siddiqui said the next meeting would be called once the written demands were studied.
"""

COALITION = """PML-N and PPP resume talks on power-sharing

ISLAMABAD: The PML-N and the PPP resumed their talks on forming the next federal government on Thursday.

The two parties had held the second round of talks on February 13, when the PPP offered its votes for the prime minister.
"""


def test_talks_the_lead_sets_with_the_government_are_no_coalition_talks(tmp_path):
    # 16 January 2025 was a Thursday; the second round of the PTI's talks with the government is
    # the same talks the lead names, though its own sentence does not say with whom (the story's
    # convention since round 26: talks with the government are no coalition talks, other); the two
    # parties' talks on a coalition stay coalition
    text = TALKS + "\nMobile internet was suspended in the capital on January 3 for a few hours.\n"
    (tmp_path / "talks.txt").write_text("Published January 16, 2025\n\n" + text, encoding="utf-8")
    (tmp_path / "coalition.txt").write_text("Published February 22, 2024\n\n" + COALITION, encoding="utf-8")
    events = load_corpus(tmp_path, use_cache=False).events
    talks = events[events["article"] == "talks.txt"]
    second = talks[talks["date"].astype(str).str.startswith("2025-01-02")]
    assert len(second) == 1 and second.iloc[0]["type"] == "other"
    suspended = talks[talks["date"].astype(str).str.startswith("2025-01-03")]
    assert len(suspended) == 1 and suspended.iloc[0]["type"] == "other"
    coalition = events[events["article"] == "coalition.txt"]
    second = coalition[coalition["date"].astype(str).str.startswith("2024-02-13")]
    assert len(second) == 1 and second.iloc[0]["type"] == "coalition"


def test_a_coalition_government_in_office_is_the_government_not_talks():
    # a government's time in office is the government's; being asked to join one is coalition talk
    event = only_day_event("Shehbaz Sharif headed a coalition government from April 11, 2022 for sixteen months.",
                           "April 11, 2022", "2022-04-11", "2024-03-04")
    assert event["type"] == "government_formation"
    event = only_day_event("Nawaz Sharif on Friday invited other parties to join the PML-N in a coalition government.",
                           "on Friday", "2024-02-09", "2024-02-10")
    assert event["type"] == "coalition"


def test_an_act_after_a_break_is_not_done_at_the_meeting():
    event = only_day_event("Nothing was agreed at the meeting on Monday; police later arrested 20 PTI workers in "
                           "Lahore.", "on Monday", "2024-02-12", "2024-02-13")
    assert event["type"] != "legal"


def test_an_act_another_date_owns_is_not_done_during_the_happening():
    events = day_events("Imran Khan was jailed in August 2023 and could not campaign during the February 8 "
                        "elections.", [("August 2023", "2023-08-05"), ("February 8", "2024-02-08")], "2024-03-01")
    assert [e["type"] for e in events if e["date"] == "2024-02-08"] == ["election"]


LEAD_ELSEWHERE = """PTI refuses talks with the government

ISLAMABAD: The PTI on Saturday refused to hold talks with the government until its detained workers were freed.

Separately, the PML-N and the PPP held talks on Sunday on forming a coalition in Punjab.
"""


def test_a_sentence_naming_its_own_parties_keeps_its_talks(tmp_path):
    # 4 February 2024 was a Sunday
    (tmp_path / "page.txt").write_text("Published February 5, 2024\n\n" + LEAD_ELSEWHERE, encoding="utf-8")
    events = load_corpus(tmp_path, use_cache=False).events
    sunday = events[events["date"].astype(str).str.startswith("2024-02-04")]
    assert len(sunday) == 1 and sunday.iloc[0]["type"] == "coalition"
