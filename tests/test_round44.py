"""Loader rules of the forty-fourth round.  Sentences written for these tests; the dates are read off the text by hand.

- A summons or a call to meet tells the meeting ahead: "has summoned the National Assembly to meet on Tuesday", "has
  been summoned to meet on Thursday", "called both committees to meet on Tuesday" (English future pattern: summoned,
  convened, called and then "to meet", "to convene", "to reconvene", "to assemble" within a few words).
- A count of days compared with "than" is no date ("a day earlier than the April 3 date"; new optional language key
  `comparison_words`).
- A party's own elections are its business: an election, results or government_formation act in a sentence naming
  intra-party polls is other (new story context turn `party_poll`; of 37 annotated reports of holding them or of posts
  won in them, 25 are typed other); a day that names the polls themselves turns too ("in the intra-party polls in
  March": a turn now applies to a naming day when its phrase holds the named noun). "declared ... void / null /
  invalid / unconstitutional" is a legal act (59 of 71 annotated reports of such declarations are legal).
- A rally of the campaign is the election's ("election rally", "campaign rally", "electioneering", "انتخابی جلسہ"); a
  body noun after one of the story's new `body_openers` ("opposition", "اپوزیشن", "multi-party") names the body, no
  act of forming one ("اپوزیشن اتحاد ... کی اپیل پر ... ہڑتال کی گئی" is the strike); "staged a major nationwide
  shutdown" is a protest (any words between staging or observing and the shutdown). Withdrawn: Urdu "شٹر ڈاؤن",
  "پہیہ جام" as nouns (they took "ہڑتال" from its verb "ہڑتال کی"), English "shutter-down" as a noun (it made "had
  called a shutter-down on September 2" an announcement).
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


@pytest.mark.parametrize("body, expected", [
    # (read by hand: the party's own polls and a post won in them are the party's business)
    ("The PTI will hold its intra-party elections on March 3 as scheduled, party sources said.", "other"),
    # (the day names the polls: still the party's)
    ("Gandapur was elected the party's provincial president unopposed in the intra-party polls in March.", "other"),
    ("پارٹی ذرائع کے مطابق تحریک انصاف کے انٹرا پارٹی انتخابات 3 مارچ کو ہوں گے۔", "other"),
    # (a commission's act on those polls stays its own act)
    ("The Election Commission on Tuesday declared the PTI's intra-party elections void.", "legal"),
])
def test_a_partys_own_elections_are_its_business(tmp_path, body, expected):
    events = loaded_events(tmp_path, "polls.txt", f"date 2024-02-27\n\nParty polls\n\n{body}\n")
    assert events and {t for _, _, t, _ in events} == {expected}


@pytest.mark.parametrize("body, expected", [
    # (read by hand: a rally of the campaign is the election's; an opposition alliance that calls a strike forms none;
    # traders who staged a shutdown protested)
    ("Nawaz Sharif will address his first election rally in Hafizabad on Thursday.", "election"),
    ("انتخابات کی دوسری برسی پر اپوزیشن اتحاد تحریک تحفظ آئین پاکستان کی اپیل پر گزشتہ روز ملک بھر میں پہیہ جام اور شٹر ڈاؤن"
     " ہڑتال کی گئی۔", "protest"),
    ("The traders last staged a major nationwide shutdown in August against rising electricity bills.", "protest"),
    # (an alliance formed is still one)
    ("The PML-N and the PPP formed an alliance on Tuesday to share power at the centre.", "coalition"),
])
def test_campaign_rallies_opposition_alliances_and_shutdowns(tmp_path, body, expected):
    events = loaded_events(tmp_path, "page.txt", f"date 2024-01-20\n\nPolitics\n\n{body}\n")
    assert events and {t for _, _, t, _ in events} == {expected}
