"""Loader rules of the twentieth round.  Sentences and pages written for these tests; the dates, types,
statuses and happenings are read off the text by hand.

- A date with a describing word before the election's noun ("8 فروری کے متنازع انتخابات", "the disputed
  polls") names the election, even in a sentence about another office's election.
- An act told as to come at a later date of the sentence ("will protest tomorrow against the robbery of the
  mandate given on February 8") did not happen on the sentence's past day: that day is the story's own
  (the election), and happened.
"""

from datetime import date

import pytest
from test_undated_round16 import articles_of, published_in_folder

from dashboard.actors import default_matcher
from dashboard.dates import find_dates
from dashboard.events import sentence_events
from dashboard.story import default_story


def typed(sentence: str, published: date, language: str = "en") -> list[tuple[str, str, str]]:
    mentions = find_dates(sentence, published, language=language, known_days=default_story().known_day_map())
    matcher = default_matcher()
    events = sentence_events(sentence, 0, mentions, matcher.find(sentence), matcher, published.isoformat())
    return [(e["cue"], e["type"], e["status"]) for e in events]


@pytest.mark.parametrize("sentence", [
    "تحریک انصاف نے صدارتی انتخاب کو بھی 8 فروری کے متنازع انتخابات کا تسلسل قرار دیا۔",
    "سنی اتحاد کونسل نے صدارتی انتخاب کو 8 فروری کے متنازعہ الیکشن کا نتیجہ قرار دیا۔",
])
def test_a_date_before_a_described_election_noun_names_the_election(sentence):
    found = typed(sentence, date(2024, 3, 6), "ur")
    assert [(t, s) for c, t, s in found if c.startswith("8 فروری")] == [("election", "happened")]


@pytest.mark.parametrize("sentence, language, later, past_types", [
    ("The party will stage a sit-in on Saturday against what happened on February 8.", "en", "on Saturday",
     {"election"}),
    ("The party will stage a sit-in on Saturday against the theft of its February 8 mandate.", "en", "on Saturday",
     {"election"}),
    # (a theft of the mandate named by the sentence is the rigging allegation: of the election's day, too)
    ("PTI will hold protests across the country tomorrow against the robbery of the mandate given by the "
     "people on February 8.", "en", "tomorrow", {"election", "rigging_allegation"}),
    ("بیرسٹر گوہر نے اعلان کیا ہے کہ 8 فروری کو عوام کے دیے گئے مینڈیٹ پر ڈاکے کے خلاف کل بروز ہفتہ ملک بھر "
     "میں احتجاج کیا جائے گا۔", "ur", "کل", {"election", "rigging_allegation"}),
])
def test_an_act_to_come_did_not_happen_on_the_past_day_of_its_sentence(sentence, language, later, past_types):
    found = {c: (t, s) for c, t, s in typed(sentence, date(2024, 2, 16), language)}
    assert found[later] == ("protest", "planned")
    past = [v for c, v in found.items() if c != later]
    assert len(past) == 1 and past[0][0] in past_types and past[0][1] == "happened"  # not a protest


def test_an_act_done_on_the_past_day_keeps_it():
    found = {c: (t, s) for c, t, s in typed("PTI held protests on February 8 and will hold more tomorrow.",
                                            date(2024, 2, 16))}
    assert found["February 8"] == ("protest", "happened")


def test_an_act_to_come_on_a_day_the_story_does_not_know_keeps_its_type():
    # (no own day: the rule names nothing, and the old reading stands)
    found = {c: t for c, t, _ in typed("PTI will protest tomorrow against what happened on February 12.",
                                       date(2024, 2, 16))}
    assert found["tomorrow"] == "protest"


def test_reports_of_the_election_in_two_languages_are_one_happening(tmp_path):
    files = {
        "a.txt": "Presidential vote\n\nISLAMABAD, March 6, 2024 - Lawmakers will elect a president on Saturday. "
                 "The PTI said the vote continued the rigging of the February 8 polls.\n",
        "b.txt": "صدارتی انتخاب\n\nاسلام آباد (6 مارچ 2024ء) تحریک انصاف نے صدارتی انتخاب کو بھی 8 فروری کے متنازع "
                 "انتخابات کا تسلسل قرار دیا۔\n",
    }
    events = articles_of(tmp_path, files).events
    feb8 = events[events["date"].astype(str).str.startswith("2024-02-08")]
    assert set(feb8["article"]) == {"a.txt", "b.txt"}
    assert feb8["happening"].nunique() == 1


@pytest.mark.parametrize("sentence, published, expected", [
    # a timeline entry's polling held amid a phone shutdown is the vote, not a protest's shutdown
    ("February 8, 2024: Polling held amid a mobile phone shutdown.", date(2025, 2, 8),
     ("February 8, 2024", "election")),
    # traders' shutdown is still a protest
    ("Traders observed a complete shutdown in Karachi on Saturday.", date(2024, 2, 18), ("on Saturday", "protest")),
    # the robbery or theft of a mandate is the rigging allegation, in English and Urdu
    ('"This is the second robbery of our mandate after Feb 8," he said.', date(2024, 3, 5),
     ("Feb 8", "rigging_allegation")),
    ("تحریک انصاف نے کہا کہ 8 فروری کو عوام کے مینڈیٹ پر ڈاکہ ڈالا گیا۔", date(2024, 3, 5),
     ("8 فروری", "rigging_allegation")),
    # two names joined by "and" are one clause: the protest verb before them governs the date after them
    ("PESHAWAR: The PTI and its allies staged sit-ins in Peshawar and Quetta on 20-21 May against what they "
     "called the theft of their mandate.", date(2024, 5, 22), ("20-21 May", "protest")),
    # (not after a date: "on Monday and JI" starts the second clause)
    ("The PTI protested on Monday and JI staged a sit-in on Tuesday.", date(2024, 2, 22), ("on Tuesday", "protest")),
])
def test_shutdowns_mandates_and_joined_names(sentence, published, expected):
    language = "ur" if any("\u0600" <= ch <= "\u06ff" for ch in sentence) else "en"
    found = [(c, t) for c, t, _ in typed(sentence, published, language)]
    assert expected in found


YEAR_IN_REVIEW = """# Looking back: the year in Pakistani politics, 2025

*The Daily Ledger · Year in review · 30 December 2025*

The quarrels left by the February 2024 vote ran through the whole year, in the courts, in parliament and
on the streets. Here is our record of the moments that mattered most, month by month.

Few of the questions raised by the vote were settled; most were carried into the new year by both sides.

| Date | Event |
|---|---|
| 16 Jan | A court sentences the former prime minister in a land case. |
| Feb. 8 | The opposition marks the vote's anniversary with rallies. |
| May 6 | A bench allows military trials in the May 9 cases. |
| Nov 12 | The president signs a constitutional amendment. |
"""


def test_a_title_naming_one_year_starts_its_timeline_table(tmp_path):
    events = articles_of(tmp_path, {"review.md": YEAR_IN_REVIEW}).events
    by_cue = {e["cue"]: str(e["date"])[:10] for e in events.to_dict("records")}
    # the rows are of 2025, the year the title names (not January 2026, the nearest 16 January)
    assert by_cue["16 Jan"] == "2025-01-16"
    assert by_cue["Feb. 8"] == "2025-02-08"
    assert by_cue["Nov 12"] == "2025-11-12"
    # a day an entry names inside its text is still the story's own day
    assert by_cue["May 9"] == "2023-05-09"


def test_a_titles_year_starts_a_timeline_only_when_it_is_the_pages():
    from dashboard.dates import title_timeline_start

    printed = date(2025, 12, 31)
    assert title_timeline_start("Pakistan's politics in 2025", printed) == date(2025, 1, 1)
    assert title_timeline_start("Pakistan's politics in 2025", date(2026, 1, 2)) == date(2025, 1, 1)
    # a background year, a fiscal year, two years, a count, no year, no publication date
    assert title_timeline_start("Senate passes 26th amendment to the 1973 Constitution", date(2024, 10, 21)) is None
    assert title_timeline_start("Two years after the 2024 vote, PTI marks black day", date(2026, 2, 9)) is None
    assert title_timeline_start("Pakistan's 2025-26 budget in numbers", printed) is None
    assert title_timeline_start("From 2024 to 2025: two years of disputes", printed) is None
    assert title_timeline_start("Police arrest 2000 PTI workers", date(2024, 11, 25)) is None
    assert title_timeline_start("Shehbaz elected prime minister", printed) is None
    assert title_timeline_start("Pakistan's politics in 2025", None) is None


BY_POLLS_PAGE = """City Desk | Politics

Ruling party sweeps Punjab by-polls as opposition cries foul

Staff Reporter

The election commission on Monday issued provisional results for the seats contested in Sunday's by-elections, with the ruling party winning most of them in Punjab.
{second}
The opposition said its agents had been turned away from several polling stations and that it would challenge the results before the tribunals.
"""


def test_an_undated_page_names_which_round_of_by_elections_by_the_day_it_writes(tmp_path):
    # the story's calendar has two rounds of by-elections, both on a Sunday (21 April 2024, 23 November
    # 2025): "on April 21" says which; the page is of the Monday after
    page = BY_POLLS_PAGE.format(second="\nPolling for 21 seats on April 21 was largely peaceful, although clashes "
                                       "were reported from a few constituencies.\n")
    assert published_in_folder(tmp_path, {"bypolls.txt": page}, "bypolls.txt") == "2024-04-22"


def test_an_undated_page_that_writes_no_day_of_its_by_elections_stays_undated(tmp_path):
    page = BY_POLLS_PAGE.format(second="\nPolling was largely peaceful, although clashes were reported from a "
                                       "few constituencies.\n")
    assert published_in_folder(tmp_path, {"bypolls.txt": page}, "bypolls.txt") == "NaT"


@pytest.mark.parametrize("sentence, language, expected", [
    # what two parties announce together, with nothing else done in the sentence, is their deal
    ("The agreement was announced late Tuesday at a joint news conference in Islamabad by PML-N President "
     "Shehbaz Sharif and PPP co-chairman Asif Ali Zardari.", "en", "coalition"),
    ("منگل کی رات زرداری ہاؤس میں ہونے والی مشترکہ پریس کانفرنس میں اعلان کیا گیا کہ شہباز شریف وزارت عظمیٰ اور "
     "آصف علی زرداری صدر مملکت کے عہدے کے لیے دونوں جماعتوں کے مشترکہ امیدوار ہوں گے۔", "ur", "coalition"),
    # criticism or a talk at a joint news conference announces no deal
    ("PTI and JI leaders criticised the government at a joint news conference on Tuesday.", "en", "statement"),
    ("PTI and JI leaders spoke at a joint news conference on Tuesday.", "en", "statement"),
    # what they vow or threaten there is no deal announced
    ("PTI and JI leaders vowed at a joint news conference on Tuesday to resist the government.", "en", "statement"),
])
def test_an_announcement_at_a_joint_news_conference_of_two_parties(sentence, language, expected):
    found = [t for _, t, _ in typed(sentence, date(2024, 2, 21), language)]
    assert found == [expected]


@pytest.mark.parametrize("sentence, language, published, expected", [
    # the people's verdict is the vote, not a court's
    ("Chairman Bilawal said the people of Pakistan had delivered a split verdict on 8th February and no single "
     "party could form a government on its own.", "en", date(2024, 2, 13), ("8th February", "election")),
    ("The voters handed a hung parliament to the country on February 8, the party said.", "en", date(2024, 2, 13),
     ("February 8", "election")),
    # a court's verdict stays legal
    ("The Islamabad High Court delivered its verdict on Monday.", "en", date(2024, 2, 13), ("on Monday", "legal")),
    # the stolen mandate, in Urdu
    ("تحریک انصاف کا مطالبہ ہے کہ 8 فروری کا چوری شدہ مینڈیٹ واپس کیا جائے۔", "ur", date(2024, 3, 1),
     ("8 فروری", "rigging_allegation")),
])
def test_the_peoples_verdict_and_the_stolen_mandate(sentence, language, published, expected):
    assert expected in [(c, t) for c, t, _ in typed(sentence, published, language)]


def test_a_date_that_ends_a_relative_clause_dates_its_verb():
    found = {c: t for c, t, _ in typed("Three independents who won their seats on Thursday joined the PML-N earlier "
                                        "today, taking its tally to 76.", date(2024, 2, 10))}
    assert found == {"on Thursday": "results", "earlier today": "coalition"}


def test_a_date_after_the_main_verb_stays_the_main_verbs():
    # (no relative word: the joining is Thursday's)
    found = {c: t for c, t, _ in typed("Three independents joined the PML-N on Thursday after winning their seats.",
                                        date(2024, 2, 10))}
    assert found == {"on Thursday": "coalition"}


MAY9_PAGES = {
    "a.txt": "Military courts hand down sentences\n\nRAWALPINDI, Dec. 21, 2024 - Military courts on Saturday sentenced "
             "25 civilians to prison terms for attacks on army installations during the May 9, 2023 riots, the "
             "army's media wing said.\n\nThe army said the convicts had taken part in the violence that followed "
             "the arrest of the former prime minister.\n",
    "b.txt": "Rights groups alarmed\n\nLONDON, Dec. 22, 2024 - Amnesty International said on Sunday it was alarmed by the "
             "sentencing of civilians by military courts.\n\nSupporters of the PTI had stormed the corps commander's "
             "house in Lahore on May 9, 2023, after Imran Khan was arrested in Islamabad.\n",
}


def test_reports_of_the_storys_own_day_are_one_happening_whoever_they_name(tmp_path):
    # the riots of 9 May 2023: one report names the army, the other the PTI; the story knows the day
    events = articles_of(tmp_path, MAY9_PAGES).events
    may9 = events[events["date"].astype(str).str.startswith("2023-05-09")]
    assert set(may9["article"]) == {"a.txt", "b.txt"}
    assert may9["happening"].nunique() == 1


NOV26_PAGES = {
    "a.txt": "Police clear D-Chowk\n\nISLAMABAD, Nov. 27, 2024 - Police and paramilitary forces cleared PTI protesters "
             "from D-Chowk in a late-night operation on November 26, officials said, ending the party's protest march "
             "in the capital.\n\nHundreds of protesters were detained, police said.\n",
    "b.txt": "PTI ends its protest march\n\nPESHAWAR, Nov. 28, 2024 - The PTI on November 27 called off its protest march "
             "on the capital after police cleared its protesters from D-Chowk, party leaders said.\n\nThe party said "
             "it would announce its next steps later.\n",
}


def test_the_storys_own_day_is_not_in_dispute_with_the_next(tmp_path):
    # the crackdown of 26 November and the calling off of the march on the 27th stay two happenings
    events = articles_of(tmp_path, NOV26_PAGES).events
    day = events["date"].astype(str).str[:10]
    crackdown = set(events[day == "2024-11-26"]["happening"])
    called_off = set(events[(day == "2024-11-27") & (events["article"] == "b.txt")]["happening"])
    assert crackdown and called_off and not crackdown & called_off


SESSION_PAGES = {
    "a.txt": "Deadline for the house\n\nISLAMABAD, Feb. 20, 2024 (AP) - Under the constitution, the new National Assembly "
             "must be convened by Feb. 29, officials said.\n\nThe president has yet to sign the summary.\n",
    "b.txt": "اجلاس کی آئینی مدت\n\nاسلام آباد (20 فروری 2024ء) آئینی ماہرین کے مطابق نومنتخب قومی اسمبلی کا اجلاس 29 فروری تک "
             "بلانا لازمی ہے۔\n\nصدر مملکت نے تاحال سمری پر دستخط نہیں کیے۔\n",
    "c.txt": "What comes next\n\nBERLIN, Feb. 21, 2024 (DW) - The newly elected National Assembly has to meet by February 29, "
             "the deadline set by the constitution.\n\nThe coalition talks are expected to end before then.\n",
}


def test_an_assemblys_session_convened_or_summoned_is_one_happening_in_two_languages(tmp_path):
    events = articles_of(tmp_path, SESSION_PAGES).events
    feb29 = events[events["date"].astype(str).str.startswith("2024-02-29")]
    assert set(feb29["article"]) == {"a.txt", "b.txt", "c.txt"}
    assert feb29["happening"].nunique() == 1


YEAR_HEADED = """# Milestones since the vote

*Posted 6 Feb 2026 · Desk*

The two years since polling day have been crowded with events; here are the ones that shaped the country's politics,
as the parties prepare for another round of protests and talks.

**2024**

- **March 3** — Shehbaz elected prime minister.
- **December 23** — Government and PTI negotiators meet for the first time.

**2025**

- **January 17** — Imran Khan sentenced in the £190m case.
"""


def test_a_year_heading_sets_the_year_of_the_timeline_entries_under_it(tmp_path):
    events = articles_of(tmp_path, {"milestones.md": YEAR_HEADED}).events
    by_cue = {e["cue"]: str(e["date"])[:10] for e in events.to_dict("records")}
    assert by_cue["March 3"] == "2024-03-03"
    assert by_cue["December 23"] == "2024-12-23"
    assert by_cue["January 17"] == "2025-01-17"


def test_year_heading_reads_a_line_that_is_a_year_alone():
    from dashboard.dates import year_heading

    assert year_heading("\n**2024**\n\n") == 2024
    assert year_heading("## 2023\n\n### 2025\n") == 2025
    assert year_heading("\n**۲۰۲۴ء**\n") == 2024  # Urdu digits and year suffix
    assert year_heading("\nIn 2024 the party won.\n") is None
    assert year_heading("") is None


def test_an_amendment_that_cleared_a_house_passed_it():
    assert ("on Sunday", "legal") in [(c, t) for c, t, _ in typed(
        "The amendment cleared the Senate on Sunday after a long debate.", date(2025, 11, 13))]


VERDICT_PAGES = {
    "a.txt": "Court rules for PTI\n\nISLAMABAD, July 12, 2024 - The Supreme Court on Friday declared that the PTI was a "
             "parliamentary party entitled to reserved seats, in an 8-5 majority judgment.\n\nThe government said "
             "it would study the detailed reasons.\n",
    "b.txt": "Court reverses itself\n\nISLAMABAD, June 28, 2025 - A constitutional bench on Friday accepted review "
             "petitions against the verdict of 12 July 2024, restoring an earlier order on the seats.\n\nThe PTI "
             "called the decision a blow to the constitution.\n",
}


def test_reports_of_one_verdict_in_different_words_are_one_happening(tmp_path):
    # "judgment" and "verdict" name one thing (a story 'names' group)
    events = articles_of(tmp_path, VERDICT_PAGES).events
    day = events[events["date"].astype(str).str.startswith("2024-07-12")]
    assert set(day["article"]) == {"a.txt", "b.txt"}
    assert day["happening"].nunique() == 1


@pytest.mark.parametrize("sentence, expected", [
    ("The new set-up began with Shehbaz Sharif's election as PM last Sunday.", ("last Sunday", "government_formation")),
    ("Ayaz Sadiq's election as speaker on Friday completed the first step.", ("on Friday", "government_formation")),
    # (the general election stays the election)
    ("The party said the election on Thursday was rigged.", ("on Thursday", "election")),
])
def test_an_election_to_an_office_forms_the_government(sentence, expected):
    assert expected in [(c, t) for c, t, _ in typed(sentence, date(2024, 3, 10))]


CABINET_PAGE = """19 ministers sworn in

ISLAMABAD: A 19-member federal cabinet took oath at the presidency on {weekday}, a week after Shehbaz Sharif was sworn in as prime minister and a day after Asif Ali Zardari assumed the presidency.

The president administered the oath to the ministers at a ceremony attended by the prime minister and the services chiefs, officials said.

The opposition said it would boycott the president's address to parliament.
"""


def test_an_undated_page_counts_its_weekday_from_a_happening_of_the_story(tmp_path):
    # the story's calendar: Shehbaz Sharif sworn in on 4 March 2024; a week later is Monday 11 March
    page = CABINET_PAGE.format(weekday="Monday")
    assert published_in_folder(tmp_path, {"cabinet.txt": page}, "cabinet.txt") == "2024-03-11"


def test_a_count_whose_weekday_does_not_fit_dates_nothing(tmp_path):
    page = CABINET_PAGE.format(weekday="Thursday")
    assert published_in_folder(tmp_path, {"cabinet.txt": page}, "cabinet.txt") == "NaT"


TALKS_RELEASE = """NATIONAL ASSEMBLY SECRETARIAT
PRESS RELEASE

Speaker chairs talks between government and opposition

Islamabad: The Speaker of the National Assembly today chaired the first meeting between the negotiation committees of the federal government and the opposition at Parliament House.

Both sides agreed to continue the dialogue and to meet again after the opposition committee had consulted its leadership.

The Speaker said the process would go on in a spirit of goodwill.
"""


def test_an_undated_press_release_of_the_first_round_of_talks(tmp_path):
    # the story's calendar: the first round of talks between the government and the opposition, 23 December 2024
    assert published_in_folder(tmp_path, {"release.txt": TALKS_RELEASE}, "release.txt") == "2024-12-23"


COMPARISON_TABLE = """# Then and now: the PTI's showing

*Published 12 February 2024 · Staff Report*

The party's candidates, who ran as independents this time, did nearly as well as the party itself did six years ago,
according to the official results published by the commission over the weekend.

| Date | Party | Seats |
|---|---|---|
| July 25, 2018 | PTI | 116 |
| Feb 8 | PTI-backed independents | 93 |
"""


REVERSE_LIST = """# The year in court

*Published 30 December 2025 · Law Desk*

The courts were busy all year with the cases of the former prime minister and his party; these were the main rulings,
latest first, as the year closes.

**2025**

- **November 12** — The constitutional bench hears the reserved-seats review.
- **January 17** — The accountability court sentences the former prime minister.
"""


def test_a_comparison_tables_written_year_starts_no_timeline(tmp_path):
    events = articles_of(tmp_path, {"table.md": COMPARISON_TABLE}).events
    by_cue = {e["cue"]: str(e["date"])[:10] for e in events.to_dict("records")}
    assert by_cue["Feb 8"] == "2024-02-08"  # (not the February after July 2018)


def test_entries_under_a_year_heading_keep_its_year_in_any_order(tmp_path):
    events = articles_of(tmp_path, {"court.md": REVERSE_LIST}).events
    by_cue = {e["cue"]: str(e["date"])[:10] for e in events.to_dict("records")}
    assert by_cue["November 12"] == "2025-11-12"
    assert by_cue["January 17"] == "2025-01-17"


CRACKDOWN_AND_SITIN = {
    "a.txt": "Police clear D-Chowk\n\nISLAMABAD, Nov. 27, 2024 - Police cleared PTI protesters from D-Chowk in Islamabad "
             "in a night operation on November 26, officials said.\n\nHundreds were detained.\n",
    "b.txt": "Sit-ins in Karachi\n\nKARACHI, Nov. 27, 2024 - MWM workers staged sit-ins at Numaish Chowrangi in Karachi on "
             "November 26 against the killings in Kurram, organisers said.\n\nTraffic was diverted for hours.\n",
}


def test_a_protest_elsewhere_on_the_storys_own_day_stays_its_own(tmp_path):
    # 26 November 2024 is the story's day of the D-Chowk crackdown; a sit-in in Karachi that day is another happening
    events = articles_of(tmp_path, CRACKDOWN_AND_SITIN).events
    day = events[events["date"].astype(str).str.startswith("2024-11-26")]
    assert set(day["article"]) == {"a.txt", "b.txt"}
    assert day["happening"].nunique() == 2


@pytest.mark.parametrize("sentence, expected", [
    # the vote after "after" in the date's apposition is the anchor, not what fell on Friday
    ("The benchmark KSE-100 index fell more than 2,000 points on Friday, the first trading day after the vote.",
     ("on Friday", "other")),
    # (an apposition that is the act's own: the date's noun itself stays)
    ("The PTI held a rally on Friday, a day of protest across the country.", ("on Friday", "protest")),
])
def test_an_anchor_inside_the_dates_apposition(sentence, expected):
    assert expected in [(c, t) for c, t, _ in typed(sentence, date(2024, 2, 12))]
