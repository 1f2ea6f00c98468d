"""Loader rules of the twenty-first round.  Sentences and pages written for these tests; the dates, types,
statuses and happenings are read off the text by hand.

- An undated page whose lead counts its weekday from a happening after the weekday's clause ("on Friday
  elected X as chief minister, a day after the new National Assembly held its inaugural sitting") is of that
  weekday, when the count lands on it.
  The count may also open the sentence ("Two days after the court's July 12 verdict, the party on Sunday
  wrote").
- An undated page whose lead puts its act on a bare weekday and names the story's known day by its week
  ("this week's elections", "last week's polls") is of that weekday in the week it names.
- A verb that opens a relative clause after a date ("those who wanted it otherwise") modifies a noun: it does
  not govern the date outside its clause.
- "on the 12th" followed by a preposition ("held on the 12th under the chairmanship of") is a day of the month.
- "Polling day: Sunday, 21st April 2024" in a schedule labels the date after it: no other day (the story's
  vote), and the date is the vote's (election).
- Talks between the government and the opposition are talks between parties (coalition), as most annotators
  of real reports type them; a lead that names the government as a side turns the article's sentences that
  name talks or a meeting, not its other acts, and never one of the story's own days ("the events of November
  26" stays the crackdown).
- The story's own days include the National Assembly's first session (29 February 2024), the prime minister's
  election (3 March 2024), the president's (9 March 2024), the Supreme Court's reserved-seats verdict (12 July
  2024), the 26th amendment's passage (21 October 2024) and the Al-Qadir verdict (17 January 2025): a day's
  reports of its type are one happening whoever they name; its `kin_types` (the PM election typed election)
  are that happening too.
- A date that names its day's happening by a background noun ("the November 26 events", "26 نومبر کے واقعات")
  is the story's own day's happening near the day too (a month on); a date before a noun of another act ("the
  February 8 mobile shutdown") is not.
- Two parties (or their leaders) joined by "and" as the subject of an announcing verb ("the PML-N and the PPP
  on Tuesday announced") make known their agreement: coalition.
- An HTML page's table (a timeline of dated rows) is read as its text: each row is a timeline entry.
- "the amendment, which the Senate passed on Sunday" is the amendment's passage (legal).
- "Zardari" alone is Asif Ali Zardari in an article that has named him in full, and no one when it has
  also named Bilawal Bhutto Zardari (Urdu too).
"""

from datetime import date

import pytest
from test_pubdates_round9 import articles_of
from test_round20 import typed
from test_undated_round16 import published_in_folder

from dashboard.actors import default_matcher
from dashboard.dates import find_dates
from dashboard.events import sentence_events
from dashboard.story import default_story

NO_DAY = {"NaT", "None", "nan"}  # what a page left with no publication date reads as

GANDAPUR = ("New chief minister for the northwest\n\nThe Khyber Pakhtunkhwa assembly on {day} picked Ali Amin "
            "Gandapur as the province's chief executive, a day after the new National Assembly held its inaugural "
            "sitting in Islamabad.\n\nHe won 90 votes in the 145-member house.\n")
NOTIFICATION = ("PTI presses the commission\n\nISLAMABAD: Two days after the Supreme Court's July 12 verdict on the "
                "reserved seats, the party on {day} asked the Election Commission to notify its members at once.\n\n"
                "The commission has not replied.\n")


@pytest.mark.parametrize("page, expected", [
    # the National Assembly's first sitting was Thursday 29 February 2024 (the story's calendar); a day after
    # it is Friday 1 March 2024, not a Monday (then the page says something else)
    (GANDAPUR.format(day="Friday"), "2024-03-01"),
    (GANDAPUR.format(day="Monday"), None),
    # the Supreme Court's reserved-seats verdict was Friday 12 July 2024 (the story's calendar); two days
    # after it is Sunday 14 July 2024, not a Tuesday
    (NOTIFICATION.format(day="Sunday"), "2024-07-14"),
    (NOTIFICATION.format(day="Tuesday"), None),
    # the general election was Thursday 8 February 2024; the Saturday of that week is the 10th
    ("Brussels presses for an inquiry\n\nBRUSSELS (Wire) - The European Union on Saturday asked Pakistan's "
     "authorities to look into all reported irregularities in this week's parliamentary elections.\n\n"
     "The bloc's statement came as the count dragged on.\n", "2024-02-10"),
    # the Monday of the week after the week of 8 February 2024 is the 12th
    ("Independents weigh their options\n\nISLAMABAD - Winners backed by the jailed former premier on Monday "
     "began talks with two small parties after last week's general elections.\n\nNo decision has been "
     "announced.\n", "2024-02-12"),
    # the Tuesday of the election's week (6 February) is before the vote: "rejected criticism of" the vote
    # then is impossible, and the page says something else
    ("A rebuttal\n\nISLAMABAD - The Foreign Office on Tuesday rejected criticism of this week's general "
     "elections.\n\nIt gave no details.\n", None),
], ids=["count-after-clause", "count-misses-weekday", "opening-count", "opening-count-misses-weekday",
        "this-weeks-election", "last-weeks-polls", "done-before-the-day"])
def test_the_day_of_an_undated_page_from_its_lead(tmp_path, page, expected):
    day = published_in_folder(tmp_path, {"a.txt": page}, "a.txt")
    assert day in NO_DAY if expected is None else day == expected


def test_a_relative_clause_after_a_date_does_not_govern_it():
    # nothing is done on February 8 in the main clause ("there was a hope"): the date names the election
    found = typed("On the morning of February 8, there was a hope, even among those who wanted it otherwise, that "
                  "this election would end the crisis.", date(2024, 10, 10))
    assert found == [("February 8", "election", "happened")]


def test_a_main_verb_after_a_date_still_governs_it():
    # "filed" is the main clause's act, not a relative clause's
    found = typed("On February 12, the party, whose candidates lost, filed petitions in the high court.",
                  date(2024, 2, 14))
    assert [(c, t) for c, t, _ in found] == [("February 12", "legal")]


def _actors_at(tmp_path, text: str, day: str) -> list[str]:
    events = articles_of(tmp_path, {"a.txt": text}).events
    return sorted({a for actors in events[events["date"].astype(str).str[:10] == day]["actors"] for a in actors})


def test_a_surname_stands_for_the_president_named_in_full_before(tmp_path):
    text = ("A new president\n\nISLAMABAD, March 12, 2024 - Asif Ali Zardari, the co-chairman of the PPP, has led his party "
            "through the weeks of bargaining that followed the general election, and his allies say he will stay "
            "on as the coalition's guarantor.\n\nThe PML-N chose its prime minister on March 3; Zardari was elected president on March 9.\n")
    assert "Asif Ali Zardari" in _actors_at(tmp_path, text, "2024-03-09")


def test_a_surname_two_named_people_share_stands_for_neither(tmp_path):
    text = ("A new president\n\nISLAMABAD, March 12, 2024 - Asif Ali Zardari and Bilawal Bhutto Zardari have led the "
            "PPP through the weeks of bargaining that followed the general election, and their allies say both will "
            "stay on as the coalition's guarantors.\n\nThe PML-N chose its prime minister on March 3; Zardari spoke on March 9.\n")
    assert not {"Asif Ali Zardari", "Bilawal Bhutto Zardari"} & set(_actors_at(tmp_path, text, "2024-03-09"))


def test_an_urdu_surname_stands_for_the_president_named_in_full_before(tmp_path):
    text = ("صدارتی انتخاب\n\nاسلام آباد (12 مارچ 2024ء) آصف علی زرداری پیپلز پارٹی کے امیدوار ہیں۔\n\n"
            "زرداری 9 مارچ 2024ء کو صدر منتخب ہوئے۔\n")
    assert "Asif Ali Zardari" in _actors_at(tmp_path, text, "2024-03-09")


def test_an_ordinal_day_before_a_preposition_is_read():
    found = typed("The commission, in its meeting held on the 12th under the chairmanship of its chief, approved the "
                  "schedule.", date(2024, 3, 13))
    assert [c for c, _, _ in found] == ["on the 12th"]


def test_an_ordinal_before_a_noun_is_no_day():
    assert typed("The assembly passed the 26th amendment after a long session.", date(2024, 10, 22)) == []


@pytest.mark.parametrize("line, cue", [
    ("Polling day: Sunday, 21st April 2024", "Sunday, 21st April 2024"),
    ("Polling day - April 21, 2024", "April 21, 2024"),
])
def test_a_vote_day_label_names_the_date_after_it(line, cue):
    # 21 April 2024 is after the schedule's day (13 March): planned; no 8 February (the general election)
    assert typed(line, date(2024, 3, 13)) == [(cue, "election", "planned")]


def test_a_vote_day_without_a_date_after_it_is_still_the_vote():
    found = typed("On polling day, mobile services were suspended across the country.", date(2024, 2, 12))
    assert len(found) == 1 and found[0][0] == "On polling day"


TALKS_REPORT = ("Government and PTI talk again\n\nISLAMABAD: Negotiators of the government and the PTI met again on "
                "Thursday in Parliament House, the speaker's office said, after a two-week pause in the talks.\n\n"
                "The two sides had first met on December 23, when the speaker chaired the session.\n\n"
                "The PTI wants judicial commissions on the events of November 26, 2024 and May 9, 2023.\n\n"
                "Offices in the capital will remain closed on Friday because of a holiday.\n")


def test_a_talks_report_types_its_meetings_as_talks_and_keeps_other_acts(tmp_path):
    # published Thursday 16 January 2025 (the dateline-less report's first line)
    events = articles_of(tmp_path, {"a.txt": "Published January 16, 2025\n\n" + TALKS_REPORT}).events
    by_day = {str(d)[:10]: t for d, t in zip(events["date"], events["type"])}
    # (talks with the government are no coalition talks, other: the story's convention since round 26)
    assert by_day["2025-01-16"] == "other"       # "met again on Thursday"
    assert by_day["2024-12-23"] == "other"       # "the two sides had first met on December 23" (the lead's talks)
    assert by_day["2024-11-26"] == "protest"     # the story's own day: the crackdown
    assert by_day["2025-01-17"] == "other"       # offices closed: no talks


@pytest.mark.parametrize("sentence", [
    "The PTI held a third round of talks with the government on Thursday.",
    "حکومت اور پی ٹی آئی کی مذاکراتی کمیٹیوں کا اجلاس جمعرات کو پارلیمنٹ ہاؤس میں ہوا۔",
])
def test_talks_with_the_government_are_no_coalition_talks(sentence):
    # (the story's convention since round 26: coalition talks are about forming an alliance or a government)
    language = "ur" if "ہوا" in sentence else "en"
    assert [t for _, t, _ in typed(sentence, date(2025, 1, 18), language)] == ["other"]


def test_reports_of_the_prime_ministers_election_naming_different_sides_are_one_happening(tmp_path):
    # 3 March 2024 was a Sunday: both reports tell of the house's vote for prime minister that day
    files = {"a.txt": "New premier\n\nISLAMABAD, March 4, 2024 - Shehbaz Sharif of the PML-N was elected prime "
                      "minister on Sunday with 201 votes in the National Assembly, a day before he took the oath.\n",
             "b.txt": "Vote in the house\n\nISLAMABAD, March 5, 2024 - Lawmakers of the Sunni Ittehad Council chanted "
                      "slogans as the house picked the new leader of the house on March 3, and Omar Ayub Khan got 92 "
                      "votes.\n"}
    events = articles_of(tmp_path, files).events
    vote = events[events["date"].astype(str).str[:10] == "2024-03-03"]
    assert sorted(vote["article"]) == ["a.txt", "b.txt"] and vote["happening"].nunique() == 1
    # (the oath the day after is another happening)
    oath = events[events["date"].astype(str).str[:10] == "2024-03-04"]
    assert len(oath) == 1 and oath.iloc[0]["happening"] not in set(vote["happening"])


def test_a_known_days_kin_type_joins_its_happening(tmp_path):
    # both tell of the house's vote for prime minister on Sunday 3 March 2024: one outlet types it an election
    files = {"a.txt": "New premier\n\nISLAMABAD, March 4, 2024 - Shehbaz Sharif of the PML-N was elected prime "
                      "minister on Sunday with 201 votes in the National Assembly, a day before he took the oath.\n",
             "b.txt": "Markets\n\nKARACHI, March 5, 2024 - Shares rose for a second day after the March 3 vote, "
                      "which traders said ended weeks of uncertainty.\n"}
    events = articles_of(tmp_path, files).events
    vote = events[events["date"].astype(str).str[:10] == "2024-03-03"]
    assert sorted(vote["article"]) == ["a.txt", "b.txt"]
    assert set(vote["type"]) == {"government_formation", "election"}  # (the check: the two types differ)
    assert vote["happening"].nunique() == 1



@pytest.mark.parametrize("sentence, language, cue", [
    ("The party wants a judicial commission on the November 26 events, its spokesman said.", "en", "November 26"),
    ("پارٹی کا مطالبہ ہے کہ 26 نومبر کے واقعات کی تحقیقات کے لیے جوڈیشل کمیشن بنایا جائے۔", "ur", "26 نومبر"),
])
def test_a_named_own_day_a_month_on_is_its_happening(sentence, language, cue):
    # published 20 December 2024, 24 days after the crackdown of 26 November 2024
    found = {c: (t, st) for c, t, st in typed(sentence, date(2024, 12, 20), language)}
    assert found[cue] == ("protest", "happened")


def test_a_date_before_another_acts_noun_is_not_the_own_days_happening():
    # 8 February 2024 is the election; the shutdown of that day is another happening (not election)
    found = {c: t for c, t, _ in typed("The February 8 mobile shutdown was criticised by rights groups.",
                                       date(2024, 2, 20))}
    assert found["February 8"] != "election"



@pytest.mark.parametrize("sentence, language, cue", [
    ("A week after the vote, the PML-N and the PPP on Tuesday announced that they would form the next government "
     "together.", "en", "on Tuesday"),
    ("On Tuesday night Asif Ali Zardari and Shehbaz Sharif sat side by side and announced the new arrangement.", "en",
     "On Tuesday night"),
])
def test_two_parties_announcing_together_make_known_their_agreement(sentence, language, cue):
    found = {c: (t, st) for c, t, st in typed(sentence, date(2024, 2, 21), language)}
    assert found[cue] == ("coalition", "happened")


@pytest.mark.parametrize("sentence", [
    "The PTI announced on Monday that it would hold protests, and the PPP criticised the plan.",  # one party speaks
    "The PML-N said on Monday that the PPP had made no offer.",  # no announcing verb, no joint subject
])
def test_one_party_announcing_is_a_statement(sentence):
    assert [t for _, t, _ in typed(sentence, date(2024, 2, 21))] == ["statement"]



# Review of the round's first changes: each case below went wrong before its fix.

@pytest.mark.parametrize("lead", [
    "The PTI on Saturday rejected the results of this week's by-elections.",  # another vote (a hyphenated noun)
    "Britain's new prime minister on Friday thanked voters after this week's general election that swept Labour "
    "to power.",  # a sentence of another country's vote
    "The PTI on Saturday rejected the results of the past week's elections.",  # a rolling week, counted back
])
def test_a_week_that_names_no_known_day_gives_no_day(tmp_path, lead):
    page = f"A report\n\nISLAMABAD - {lead}\n\nThe party gave no details of its next steps.\n"
    assert published_in_folder(tmp_path, {"a.txt": page}, "a.txt") in NO_DAY


def test_an_opening_count_after_a_dateline_dash_dates_an_undated_page(tmp_path):
    page = ("PTI presses the commission\n\nISLAMABAD (Wire) - Two days after the Supreme Court's July 12 verdict on "
            "the reserved seats, the party on Sunday asked the Election Commission to notify its members.\n\n"
            "The commission has not replied.\n")
    assert published_in_folder(tmp_path, {"a.txt": page}, "a.txt") == "2024-07-14"


@pytest.mark.parametrize("sentence, cue, kind", [
    # the date inside the relative clause is its verb's ("which Thursday won")
    ("Imran Khan's party, which Thursday won the most seats, says the count was rigged.", "Thursday", "results"),
    # "when" tells what happened that day
    ("The crisis began on November 24, when PTI marched on Islamabad.", "November 24", "protest"),
])
def test_a_relative_clause_that_holds_the_date_or_tells_of_it_governs_it(sentence, cue, kind):
    found = {c: t for c, t, _ in typed(sentence, date(2024, 12, 1) if "November" in sentence else date(2024, 2, 10))}
    assert found[cue] == kind


def test_a_hyphenated_word_after_an_ordinal_or_a_date_is_no_function_word():
    from dashboard.dates import find_dates
    assert find_dates("The PTI lost heart after the 2nd by-election defeat.", date(2024, 4, 25)) == []
    [named] = find_dates("The PTI rejected the results of the April 21 by-elections.", date(2024, 4, 25))
    assert named.names_happening  # ("by" of "by-elections" is no function word: the date names the vote)


def test_reports_about_a_known_days_kin_happening_join_it(tmp_path):
    # 3 March 2024: the house's vote for prime minister; a rigging claim about it and an election-typed report
    files = {"a.txt": "New premier\n\nISLAMABAD, March 4, 2024 - Shehbaz Sharif of the PML-N was elected prime "
                      "minister on Sunday with 201 votes in the National Assembly, a day before he took the oath.\n",
             "b.txt": "Mandate\n\nLAHORE, March 5, 2024 - The PTI said the mandate was stolen again on March 3 when the "
                      "house voted, and its lawmakers chanted slogans.\n",
             "c.txt": "Markets\n\nKARACHI, March 5, 2024 - Shares rose for a second day after the March 3 vote, "
                      "which traders said ended weeks of uncertainty.\n"}
    events = articles_of(tmp_path, files).events
    vote = events[events["date"].astype(str).str[:10] == "2024-03-03"]
    assert sorted(vote["article"]) == ["a.txt", "b.txt", "c.txt"] and vote["happening"].nunique() == 1


def test_another_courts_order_on_a_legal_known_day_is_another_happening(tmp_path):
    # 17 January 2025 (a Friday) is the Al-Qadir verdict; a high court's order that day on another case is not it
    files = {"a.txt": "Verdict\n\nRAWALPINDI, January 18, 2025 - An accountability court on Friday sentenced Imran "
                      "Khan to 14 years in prison in the Al-Qadir Trust case.\n",
             "b.txt": "Student freed\n\nKARACHI, January 18, 2025 - The Sindh High Court on Friday ordered the release "
                      "of a missing student and asked the police for a report.\n"}
    events = articles_of(tmp_path, files).events
    friday = events[events["date"].astype(str).str[:10] == "2025-01-17"]
    assert sorted(friday["article"]) == ["a.txt", "b.txt"] and friday["happening"].nunique() == 2


def test_a_talks_lead_does_not_turn_a_meeting_of_others(tmp_path):
    # published Thursday 16 January 2025: the lead is on the talks; the lawyers' meeting is no part of them
    text = (TALKS_REPORT + "\nImran Khan met his lawyers in Adiala jail on Wednesday.\n")
    events = articles_of(tmp_path, {"a.txt": "Published January 16, 2025\n\n" + text}).events
    by_day = {str(d)[:10]: t for d, t in zip(events["date"], events["type"])}
    assert by_day["2025-01-15"] != "coalition"



def test_an_html_pages_timeline_table_is_read(tmp_path):
    page = ("<html><head><title>Key dates</title>"
            "<meta property=\"article:published_time\" content=\"2025-01-18T09:00:00+05:00\"></head><body><article>"
            "<h1>Key dates of a turbulent year</h1>"
            "<p>With the talks between the government and the opposition still stalled, we look back at the main "
            "events since the country went to the polls, from the vote itself to the verdicts of the courts.</p>"
            "<table><thead><tr><th>Date</th><th>What happened</th></tr></thead><tbody>"
            "<tr><td>3 Mar 2024</td><td>Shehbaz Sharif elected prime minister with 201 votes.</td></tr>"
            "<tr><td>12 July 2024</td><td>Supreme Court rules that PTI is entitled to reserved seats.</td></tr>"
            "</tbody></table>"
            "<p>The party says it will appeal against the latest verdict, its chairman told reporters in the capital.</p>"
            "</article></body></html>")
    events = articles_of(tmp_path, {"a.html": page}).events
    days = {str(d)[:10]: t for d, t in zip(events["date"], events["type"])}
    assert days.get("2024-03-03") == "government_formation" and days.get("2024-07-12") == "legal"



@pytest.mark.parametrize("sentence, cue", [
    ("The 26th amendment, which the Senate passed on Sunday and the house approved on Monday, makes three main "
     "changes to the courts.", "on Sunday"),
])
def test_an_amendment_a_house_passed_is_legal(sentence, cue):
    found = {c: t for c, t, _ in typed(sentence, date(2024, 10, 22))}
    assert found[cue] == "legal"



def test_a_day_named_by_its_background_noun_keeps_the_noun_as_its_trigger():
    # (the detail panel marks the trigger: "the November 26 events" keeps "events", not the date's own words)
    mentions = find_dates("The party wants a judicial commission on the November 26 events.", date(2024, 12, 20),
                          known_days=default_story().known_day_map())
    matcher = default_matcher()
    sentence = "The party wants a judicial commission on the November 26 events."
    [event] = sentence_events(sentence, 0, mentions, matcher.find(sentence), matcher, "2024-12-20")
    assert (event["type"], event["trigger"]) == ("protest", "events")
