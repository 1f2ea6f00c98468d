"""Loader rules of the forty-fourth round.  Sentences written for these tests; the dates are read off the text by hand.

- A summons or a call to meet tells the meeting ahead: "has summoned the National Assembly to meet on Tuesday", "has
  been summoned to meet on Thursday", "has called both committees to meet on Tuesday", "summoned the assembly on
  Monday to meet on Thursday" (English future pattern: a present perfect or present summons, or one with its own
  weekday, and then "to meet", "to convene", "to reconvene", "to assemble" within a few words; not the simple past
  alone, "was summoned to meet on Thursday, when 302 members-elect took oath").
- A judge's appointment, nomination, elevation or resignation is legal (new context turn `judiciary`: a
  government_formation act of those words in a sentence naming a judge; not an oath, nor an act of a president's or
  prime minister's office, nor a retired judge made caretaker, nor "law and justice").
- A count of days compared with "than" is no date ("a day earlier than the April 3 date"; new optional language key
  `comparison_words`).
- A party's own elections are its business: an election, results or government_formation act in a sentence naming
  intra-party polls is other (new story context turn `party_poll`; of 37 annotated reports of holding them or of posts
  won in them, 25 are typed other), when the act is the polls' own words or an electing ("hold its intra-party
  elections", "elected unopposed"; a turn's fixed phrase that overlaps an act names it, and `party_poll_act_words`);
  a day that names the polls themselves turns too ("in the intra-party polls in March": a turn now applies to a naming
  day when its phrase holds the named noun). "declared ... void / null" is a legal act (59 of 71 annotated reports of
  such declarations are legal; "invalid" and "unconstitutional" withdrawn after review: a politician's speech).
- A rally of the campaign is the election's ("election rally", "campaign rally", "electioneering", "انتخابی جلسہ"); a
  body noun after one of the story's new `body_openers` ("opposition", "اپوزیشن", "multi-party"), with one of its
  `body_call_words` a few words on, names the body that calls, no act of forming one ("اپوزیشن اتحاد ... کی اپیل پر
  ... ہڑتال کی گئی" is the strike; "an opposition alliance ... was in the works" is still one in the making); "staged
  a major nationwide shutdown" is a protest (two adjectives now, not any words: "observed that the mobile internet
  shutdown" is a remark). Withdrawn: Urdu "شٹر ڈاؤن",
  "پہیہ جام" as nouns (they took "ہڑتال" from its verb "ہڑتال کی"), English "shutter-down" as a noun (it made "had
  called a shutter-down on September 2" an announcement).
- Publication days of undated pages: a page that writes with its year, as done, a day more than a week after the one
  its calendar reading gives is of a later day, which nothing says (none rather than a wrong one: "set aside its own
  judgment of July 12, 2024" is no page of March 2024), unless the day is a limit or a schedule (new optional
  language keys `limit_words`, "ending", "through", "set as", and `limit_postpositions`, "تک", with `deadline_words`
  and `target_prepositions`) or the line is furniture ("Latest:", "This story was updated on"); "a year ago today"
  told of one calendar happening whose month and day the sentence writes in apposition (at most four words after
  the count), and whose first and last words it holds ("آج سے ٹھیک ایک برس پہلے، 13 جنوری کی رات ...
  سپریم کورٹ ... فیصلہ سنایا"), counts the page's day from it. The Supreme Court's bat-symbol verdict of 13 January
  2024 joins the story's calendar (not when the sentence names a high court, a review, an appeal, a hearing, a
  restoration or a speech: the Peshawar High Court's restoring of the symbol holds the same words). Withdrawn: the commission's intra-party ruling of 22 December 2023 as a calendar
  day (the Peshawar High Court's undoing of it holds the same words).
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


def _published(folder, text):
    from dashboard import load_corpus

    (folder / "page.txt").write_text(text, encoding="utf-8")
    return str(load_corpus(folder, use_cache=False).articles["published"].iloc[0])[:10]


def test_a_year_ago_today_told_of_a_calendar_day_dates_the_page(tmp_path):
    # (read by hand: the Supreme Court's bat-symbol verdict was given on 13 January 2024; a year on is 13 January 2025)
    text = ("Dunya\n\nایک سال بعد\n\nآج سے ٹھیک ایک سال پہلے، 13 جنوری کی رات، سپریم کورٹ کے بینچ نے وہ فیصلہ سنایا جس کے بعد"
            " تحریک انصاف انتخابی نشان سے محروم ہو گئی۔\n\nاس کے بعد ملک کی سیاست بدل گئی اور پارٹی کے امیدوار آزاد حیثیت میں انتخاب لڑے۔\n")
    assert _published(tmp_path, text) == "2025-01-13"


def test_a_page_that_writes_a_later_day_as_done_is_not_of_an_earlier_calendar_day(tmp_path):
    # (read by hand: a page that tells the July 12, 2024 verdict as set aside was written after it, so not on the
    # day of the commission's refusal of March 2024 that its words also hold; the page gives no day of its own)
    text = ("Editorial\n\nSeats, again\n\nThe Election Commission refused the reserved seats to the Sunni Ittehad Council"
            " yesterday, as it did once before. The constitutional bench has since set aside its own judgment of July"
            " 12, 2024, and the seats went to the ruling parties.\n")
    assert _published(tmp_path, text) == "NaT"


REVIEW_CASES = [
    # (published Friday 1 March 2024; read by hand)
    # a summons in the simple past, the meeting told as held: that week's day, held
    ("The National Assembly was summoned to meet on Thursday, when 302 members-elect took oath.",
     ("2024-02-29", "government_formation", "happened")),
    ("Bilawal called the party's central executive committee to meet in Islamabad on Monday, where it endorsed the deal"
     " with the PML-N.", ("2024-02-26", "coalition", "happened")),
    # party polls named in passing leave the general election's results their own
    ("The PTI, stripped of its bat symbol over flawed intra-party elections, saw its backed candidates win 93 seats,"
     " according to final results announced on February 11.", ("2024-02-11", "results", "happened")),
    # a politician's declaration is no court's
    ("Imran Khan on Monday declared the appointment of the chief election commissioner invalid, his sister told"
     " reporters.", ("2024-02-26", "statement", "happened")),
    # "observed that" is a remark, and the internet shutdown the state's
    ("Fafen observed that the mobile internet shutdown on polling day delayed the transmission of results.",
     ("2024-02-08", "other", "happened")),
    # an opposition alliance taking shape is a coalition's making
    ("اپوزیشن اتحاد جمعہ تک حتمی شکل اختیار کر لے گا، ذرائع نے بتایا۔", ("2024-03-01", "coalition", "planned")),
]


@pytest.mark.parametrize("body, expected", REVIEW_CASES)
def test_review_cases_keep_their_reading(tmp_path, body, expected):
    events = loaded_events(tmp_path, "case.txt", f"date 2024-03-01\n\nHeadline\n\n{body}\n")
    assert [(d, t, s) for d, _, t, s in events] == [expected]


@pytest.mark.parametrize("body, expected", [
    # (read by hand: a judge's nomination and resignation are the judiciary's; a retired judge made caretaker chief
    # minister, and "law and justice" in a portfolio, are no judiciary)
    ("Justice Yahya Afridi was nominated late Tuesday by a special parliamentary committee as the next chief justice.",
     "legal"),
    ("Justice Ijazul Ahsan stepped down on Thursday, citing personal reasons.", "legal"),
    ("GILGIT: Justice (retd) Yar Muhammad was on Tuesday appointed caretaker chief minister.", "government_formation"),
])
def test_a_judges_appointment_or_resignation_is_legal(tmp_path, body, expected):
    events = loaded_events(tmp_path, "judge.txt", f"date 2024-10-24\n\nJudges\n\n{body}\n")
    assert events and {t for _, _, t, _ in events} == {expected}
