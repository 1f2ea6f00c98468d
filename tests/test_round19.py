"""Loader rules of the nineteenth round.  Sentences and pages written for these tests; the dates and types are
read off the text by hand.

- A Markdown table's rows are each their own paragraph, so each row's date types its own row.
- "24/11/2024–27/11/2024" is one range, not two events.
- ", speaking on condition of anonymity" after "officials said" is an aside: the report before the speech tag
  keeps its date and type.
- A gap in a pattern may pass over brackets: "approved the Constitution (Twenty-sixth Amendment) Act".
- Urdu "ترمیم ... منظور" with words between, and "ترمیمی بل کی منظوری", pass an amendment (legal).
- "met on Tuesday night and nominated X": what the meeting did types it.
- An assembly's session held, due or expected to be convened forms the government; so do votes won in the house.
- The subject before a relative clause set off by commas is the doer of the verb after it.
- A yearless dateline is not older than the days the page tells as done; a weekday told as to come in the lead
  is no evidence of the dateline's year.
- Urdu "یکم" is the first of a month; "on Tuesday, exactly two years after his arrest on August 5, 2023" dates a
  page that prints none.
- Resigning while claiming rigging is the allegation; a budget approved is other, and so is a market's rally; a
  foreign government named only in a side clause after the date takes no part in its act.
"""

from datetime import date

import pytest
from test_events_types_round14 import typed
from test_undated_round16 import articles_of, published_in_folder

TABLE_PAGE = """Timeline: a year after the vote

Published: 08-02-2025

Here is how the key moments unfolded.

| Date | What happened |
|---|---|
| 08/02/2024 | Voters went to the polls across the country |
| 03/03/2024 | Shehbaz Sharif elected prime minister with 201 votes |
| 12/07/2024 | Supreme Court rules that PTI is entitled to reserved seats |
| 24/11/2024–27/11/2024 | PTI march on Islamabad, called off after a night operation |
"""


def test_each_table_row_is_its_own_paragraph(tmp_path):
    events = articles_of(tmp_path, {"t.md": TABLE_PAGE}).events
    by_day = {str(d)[:10]: t for d, t in zip(events["date"], events["type"])}
    assert by_day["2024-03-03"] == "government_formation"  # the prime minister's election, not the polls' row
    assert by_day["2024-07-12"] == "legal"
    assert by_day["2024-02-08"] == "election"
    # the march's two days are one range starting on the 24th
    assert "2024-11-24" in by_day and "2024-11-27" not in by_day
    march = events[events["date"].astype(str).str.startswith("2024-11-24")].iloc[0]
    assert str(march["date_end"])[:10] == "2024-11-27"


@pytest.mark.parametrize("sentence, published, expected", [
    ("Shehbaz Sharif held talks with PPP leaders Asif Ali Zardari and Bilawal on Friday night, two party officials "
     "said, speaking on condition of anonymity.", date(2024, 2, 12), ("on Friday night", "coalition")),
    ("The Senate approved the Constitution (Twenty-sixth Amendment) Act, 2024 by 65 votes to four late on Sunday.",
     date(2024, 10, 22), ("on Sunday", "legal")),
    # (the nominating, not the meeting; since round 44 a judge's nomination is the judiciary's act, legal)
    ("The committee met on Tuesday night and nominated Justice Yahya Afridi for the post.", date(2024, 10, 24),
     ("on Tuesday night", "legal")),
    # a speech joined to a meeting is no act done at it
    ("Khan met his lawyers on Monday and said he would appeal.", date(2024, 10, 24), ("on Monday", "other")),
    ("The 16th National Assembly, elected in the general elections of February 8, held its inaugural session on "
     "February 29, when the members-elect took oath.", date(2024, 3, 2), ("February 29", "government_formation")),
    ("The National Assembly's maiden session is expected to be convened by February 29.", date(2024, 2, 20),
     ("February 29", "government_formation")),
    ("Sharif won 201 votes in the 336-seat house on Sunday.", date(2024, 3, 4), ("on Sunday", "government_formation")),
    ("The PML-N won 75 seats in the National Assembly on Friday.", date(2024, 2, 12), ("on Friday", "results")),
    ("The National Assembly convened on Sunday night to take up the constitutional amendment.", date(2024, 10, 22),
     ("on Sunday night", "legal")),
    # a party's committee that meets to plan does no act of the plan
    ("The party's political committee will meet on Saturday to finalise the plan for the march.", date(2024, 11, 14),
     ("on Saturday", "other")),
    ("The provincial assembly in northwestern Khyber Pakhtunkhwa, where Khan's supporters swept the polls, is due to convene "
     "next Wednesday.", date(2024, 2, 22), ("next Wednesday", "government_formation")),
    # a doer inside a long clause before the aside is not its subject
    ("Imran Khan's party will challenge in court the results of the February 8 vote, which it says was rigged, a "
     "spokesman said on Monday.", date(2024, 2, 12), ("on Monday", "statement")),
])
def test_round19_types(sentence, published, expected):
    assert expected in typed(sentence, published)


@pytest.mark.parametrize("sentence, expected", [
    ("قومی اسمبلی نے گزشتہ روز علی الصبح 26ویں آئینی ترمیم دو تہائی اکثریت سے منظور کر لی۔", ("گزشتہ روز", "legal")),
    ("اس سے قبل سینیٹ نے اتوار کی رات 65 ووٹوں سے ترمیمی بل کی منظوری دی تھی۔", ("اتوار کی رات", "legal")),
])
def test_urdu_amendment_passed(sentence, expected):
    assert expected in typed(sentence, date(2024, 10, 22), "ur")


FACTBOX = """FACTBOX-Two years on: key events

ISLAMABAD, Feb 5 (Reuters) - The opposition party has called for nationwide protests on Sunday to mark the day.

Here is a timeline of key events:

* Feb. 8, 2024 - Pakistan holds a general election.

* Oct. 21, 2024 - Parliament passes the 26th constitutional amendment.

* Nov. 13, 2025 - The president signs the 27th amendment into law.
"""


def test_a_yearless_dateline_is_not_older_than_the_days_told_as_done(tmp_path):
    # the latest day the factbox tells as done is 13 November 2025: February 5 is of 2026 (and "on Sunday",
    # a protest to come, is no weekday of the report's own: 5 February 2023 was a Sunday)
    assert published_in_folder(tmp_path, {"f.txt": FACTBOX}, "f.txt") == "2026-02-05"


def test_urdu_first_of_the_month():
    from dashboard.dates import find_dates
    [m] = find_dates("جمعہ، یکم اگست 2025", date(2025, 8, 1), language="ur")
    assert m.value == "2025-08-01"


def test_an_undated_page_counted_in_years_from_a_written_day(tmp_path):
    text = ("Khan's party rallies a year on\n\nSupporters of the jailed former prime minister took to the streets on "
            "Tuesday, exactly two years after his arrest on August 5, 2023, in a case over state gifts.\n\n"
            "Police detained dozens of activists in Lahore.\n")
    # 5 August 2025, two years on, was a Tuesday
    assert published_in_folder(tmp_path, {"d.txt": text}, "d.txt") == "2025-08-05"


@pytest.mark.parametrize("sentence, published, expected", [
    ("Rawalpindi's commissioner on Saturday resigned from his post and claimed that he had overseen the "
     "manipulation of results.", date(2024, 2, 18), ("on Saturday", "rigging_allegation")),
    ("A senior bureaucrat resigned Saturday, claiming he had helped change results.", date(2024, 2, 18),
     ("Saturday", "rigging_allegation")),
    ("The city's commissioner on Thursday resigned, saying he had helped change results.", date(2024, 2, 18),
     ("on Thursday", "rigging_allegation")),
    # a plan announced with a resignation is only said
    ("The minister resigned on Monday and said he would join the PTI.", date(2024, 2, 18), ("on Monday", "statement")),
    # (the IMF named after it does not make the budget's passage a foreign act)
    ("The National Assembly on Friday approved the budget, clearing the way for a new loan from the IMF.",
     date(2024, 6, 29), ("on Friday", "other")),
    ("The Pakistan Stock Exchange extended its rally on Tuesday as the new cabinet was sworn in.", date(2024, 3, 6),
     ("on Tuesday", "other")),
    # a foreign government named only in a side clause takes no part in the talks
    ("The two committees on Monday held their first round of talks at Parliament House, even as the United States "
     "voiced concern over military trials.", date(2024, 12, 24), ("on Monday", "coalition")),
    ("Saudi Arabia and Pakistan on Wednesday signed a defence agreement.", date(2025, 9, 18),
     ("on Wednesday", "international")),
])
def test_round19_types_second(sentence, published, expected):
    assert expected in typed(sentence, published)


BRIEF = """INSTITUTE FOR PUBLIC POLICY, LAHORE
POLICY BRIEF NO. 3

Tribunals in Limbo: Four Months of Election Petitions

This brief reflects developments up to 17 June 2024.

Summary

More than four months after the general election of 8 February 2024, the election tribunals have decided few of
the petitions before them. On 12 June, the high court directed the commission to notify the tribunals it had named.
"""


def test_an_undated_brief_is_of_the_day_its_information_runs_to(tmp_path):
    assert published_in_folder(tmp_path, {"b.txt": BRIEF}, "b.txt") == "2024-06-17"
    # the brief's "On 12 June" is then of that year
    (tmp_path / "again").mkdir()
    events = articles_of(tmp_path / "again", {"b.txt": BRIEF}).events
    assert "2024-06-12" in {str(d)[:10] for d in events["date"]}


def test_as_of_needs_a_day_with_its_year():
    from dashboard.undated import stated_as_of
    text = "A timeline\n\nAs of June 17, the tribunals had decided few petitions.\n"
    assert stated_as_of(text, [(12, len(text) - 1)], "en") is None


@pytest.mark.parametrize("sentence, published, expected", [
    # a side clause opened by "as" or "and" is no mere aside: the foreign side takes part
    ("Pakistan signed a strategic mutual defence agreement on Wednesday, as Saudi Crown Prince Mohammed bin Salman "
     "hosted Sharif in Riyadh.", date(2025, 9, 18), ("on Wednesday", "international")),
    ("The two sides held the first session of talks on Monday.", date(2024, 12, 24), ("on Monday", "other")),
    ("The PPP bagged the most votes in Sindh Assembly seats on Thursday.", date(2024, 2, 10), ("on Thursday", "results")),
    ("Lawmakers voted him in over the weekend: on Sunday he won 201 votes in the National Assembly.", date(2024, 3, 5),
     ("on Sunday", "government_formation")),
    # an assembly's debate is not typed by its topic
    ("The Punjab Assembly met on Monday to discuss the rigging allegations.", date(2024, 3, 5), ("on Monday", "other")),
    ("The Khyber-Pakhtunkhwa Assembly will meet on Wednesday for the oath-taking of its members.", date(2024, 2, 27),
     ("on Wednesday", "government_formation")),
    # the words before an aside that have a verb of their own are no subject of the verb after it
    ("The Supreme Court heard the petitions, which were filed by the PTI, and the National Assembly met on Monday.",
     date(2024, 3, 5), ("on Monday", "government_formation")),
    ("The committee on Monday met and nominated Justice Yahya Afridi.", date(2024, 10, 23),
     ("on Monday", "legal")),
    # a denial joined to a resignation is no allegation
    ("The commissioner resigned on Saturday, denying that he had helped rig the results.", date(2024, 2, 18),
     ("on Saturday", "statement")),
])
def test_round19_review(sentence, published, expected):
    assert expected in typed(sentence, published)


@pytest.mark.parametrize("text, expected", [
    # 20 September 2024 was a Friday; a deadline told in the present is no day told as done
    ("Tax deadline\n\nISLAMABAD, Sept 20 (Reuters) - Pakistan's tax authority said on Friday the deadline for filing "
     "returns is Sept. 30, 2024, and no extension will be given.\n", date(2024, 9, 20)),
    # no page is from a year still to come
    ("Bond sale\n\nKARACHI, June 3 (Reuters) - Pakistan sold a bond, with the note maturing on April 15, 2031.\n", None),
])
def test_yearless_datelines_round19_review(text, expected):
    from dashboard.layout import analyse
    assert analyse(text).published == expected


@pytest.mark.parametrize("sentence, published, expected", [
    # what is said, said in the passive, is the saying
    ("The message was conveyed on Wednesday by his sister Aleema Khan, who met him at Adiala Jail along with "
     "lawyers.", date(2024, 11, 14), ("on Wednesday", "statement")),
    # (a decision announced by a court is its ruling)
    ("The decision was announced on Friday by the Islamabad High Court.", date(2024, 5, 11), ("on Friday", "legal")),
    # ... but what was reported is the event
    ("Clashes were reported on Sunday in Lahore.", date(2024, 11, 14), ("on Sunday", "protest")),
    # a meeting after an anchor word, or in a clause about the speaker, is not what was said
    ("The party said on Sunday, after a meeting of its core committee, that it would not attend.", date(2025, 2, 3),
     ("on Sunday", "statement")),
])
def test_said_in_the_passive_and_what_is_not_said(sentence, published, expected):
    assert expected in typed(sentence, published)


@pytest.mark.parametrize("sentence, published, expected", [
    ("مسلم لیگ ن نے 13 فروری کو شہباز شریف کو وزارت عظمیٰ اور مریم نواز کو پنجاب کی وزارت اعلیٰ کے لیے نامزد کیا تھا۔",
     date(2024, 2, 21), ("13 فروری", "government_formation")),
    ("پاکستان تحریک انصاف نے منگل کو عمر ایوب خان کو وزارت عظمیٰ کا امیدوار نامزد کیا۔", date(2024, 2, 21),
     ("منگل کو", "government_formation")),
])
def test_urdu_nominations_for_an_office(sentence, published, expected):
    assert expected in typed(sentence, published, "ur")


@pytest.mark.parametrize("sentence, expected", [
    ("President Asif Ali Zardari signed it into law on Wednesday.", ("on Wednesday", "legal")),
    # "it" may be anything a house passes: the budget is no legislation of the story's
    ("Aurangzeb presented the budget on June 12, and the National Assembly passed it on Friday.", ("on Friday", "other")),
])
def test_a_house_passing_it(sentence, expected):
    assert expected in typed(sentence, date(2024, 6, 30))


@pytest.mark.parametrize("sentence, published, language, expected", [
    ("Leaders of the PML-N and the PPP announced the power-sharing deal at a joint news conference late on Tuesday.",
     date(2024, 2, 21), "en", ("on Tuesday", "coalition")),
    ("پاکستان مسلم لیگ (ن) اور پاکستان پیپلز پارٹی نے منگل کی رات ایک مشترکہ پریس کانفرنس میں وفاق میں مخلوط حکومت بنانے کا "
     "اعلان کیا۔", date(2024, 2, 21), "ur", ("منگل کی رات", "coalition")),
    # one party's news conference is only its statement
    ("The PML-N announced its candidates at a news conference late on Tuesday.", date(2024, 2, 21), "en",
     ("on Tuesday", "statement")),
])
def test_a_joint_news_conference_of_two_parties(sentence, published, language, expected):
    assert expected in typed(sentence, published, language)


@pytest.mark.parametrize("sentence, day", [
    # a protest, a day to be observed or a session that is announced is still to come
    ("جماعت اسلامی نے منگل کو کراچی میں صوبائی الیکشن کمیشن کے دفتر کے سامنے دھرنا دینے کا اعلان کیا ہے", "2024-02-27"),
    ("تحریک انصاف نے اتوار کو ملک بھر میں یومِ تشکر منانے کا اعلان کیا ہے", "2024-02-25"),
    ("حکومت نے قومی اسمبلی کا اجلاس جمعرات کو بلانے کا اعلان کیا ہے", "2024-02-22"),
])
def test_urdu_announcing_to_do_something(sentence, day):
    from dashboard.dates import find_dates
    [m] = [m for m in find_dates(sentence, date(2024, 2, 21), language="ur") if m.value]
    assert m.value == day


def test_a_term_that_ended_is_other():
    assert ("in September", "other") in typed(
        "Outgoing president Arif Alvi's term ended in September, but he stayed on until a successor was chosen.",
        date(2024, 3, 10))


@pytest.mark.parametrize("sentence, published, expected", [
    # a gap passes an opening bracket, and an abbreviation's brackets right where it starts ...
    ("KARACHI: The Pakistan Stock Exchange (PSX) extended its rally on Tuesday.", date(2024, 3, 6), ("on Tuesday", "other")),
    # ... and a term that ends is no act of its holder
    ("The Chief Justice's constitutional term ends on Friday.", date(2024, 10, 22), ("on Friday", "other")),
    ("A three-day session beginning Monday will debate the budget.", date(2024, 6, 29), ("Monday", "other")),
])
def test_round19_brackets_terms_and_beginnings(sentence, published, expected):
    assert expected in typed(sentence, published)


def test_a_gap_does_not_pass_a_bracketed_aside():
    from dashboard.actors import default_matcher
    from dashboard.dates import find_dates
    from dashboard.events import sentence_events
    sentence = "The JI on Wednesday declined Pakistan Tehreek-e-Insaf's (PTI) offer to form a coalition."
    matcher = default_matcher()  # (with the actors' names, whose words a gap does not count)
    [event] = sentence_events(sentence, 0, find_dates(sentence, date(2024, 2, 15)), matcher.find(sentence), matcher,
                              "2024-02-15")
    assert not event["trigger"].startswith("declined Pakistan")


def test_plural_rulings_are_legal():
    assert ("21.12.2024", "legal") in typed("Verdicts in respect of 85 accused were announced on 21.12.2024.",
                                           date(2025, 1, 10))


def test_a_monitoring_log_with_bracketed_stamps_has_a_header(tmp_path):
    text = ("TV NEWS - ON-AIR TICKER LOG\nTranscribed by monitoring desk | Date: 13-02-2024 | Times in PKT\n\n"
            "[14:52] BREAKING: PPP WILL VOTE FOR PML-N'S CANDIDATE FOR PRIME MINISTER\n"
            "[14:53] BILAWAL: PARTY'S EXECUTIVE COMMITTEE TOOK DECISION AFTER TWO-DAY MEETING\n"
            "[14:55] BILAWAL: PPP WILL SUPPORT GOVERNMENT ON ISSUE-TO-ISSUE BASIS\n"
            "[15:30] PSX: KSE-100 INDEX CLOSES 1,100 POINTS HIGHER ON COALITION HOPES\n")
    assert published_in_folder(tmp_path, {"t.txt": text}, "t.txt") == "2024-02-13"


@pytest.mark.parametrize("sentence, published, language, expected", [
    # a joint news conference that announces no deal is the parties' statement
    ("Leaders of the PTI and the JUI-F criticised the caretaker government at a joint news conference on Tuesday.",
     date(2024, 2, 21), "en", ("on Tuesday", "statement")),
    # a relative clause in what was said is said too
    ("PTI leader Omar Ayub said on Tuesday the party had won a mandate which was stolen through rigging.",
     date(2024, 2, 21), "en", ("on Tuesday", "rigging_allegation")),
    ("The stock market (KSE-100) extended its rally on Tuesday.", date(2024, 3, 6), "en", ("on Tuesday", "other")),
    # an office holder who nominates is no nomination for the office
    ("منگل کو اسپیکر نے کمیٹی کے ارکان نامزد کیے", date(2024, 2, 21), "ur", ("منگل کو", "other")),
])
def test_round19_second_review(sentence, published, language, expected):
    assert expected in typed(sentence, published, language)


def test_a_stretch_starting_on_a_weekday_keeps_its_verb_s_tense():
    from dashboard.dates import find_dates
    [m] = find_dates("Thousands of PTI supporters protested for three days starting Sunday.", date(2024, 3, 21))
    assert m.value == "2024-03-17"


@pytest.mark.parametrize("sentence, published, language, expected", [
    # a new cabinet's first meeting forms the government; any later one is only a meeting
    ("The Prime Minister will chair the first meeting of the federal cabinet on Tuesday.", date(2024, 3, 11), "en",
     ("on Tuesday", "government_formation")),
    ("Sharif chaired a cabinet meeting on Tuesday.", date(2024, 5, 8), "en", ("on Tuesday", "other")),
    # a sentence suspended by a court
    ("اس سے قبل یکم اپریل کو ہائی کورٹ نے توشہ خانہ اول کیس میں ان کی سزا معطل کی تھی۔", date(2024, 5, 11), "ur",
     ("یکم اپریل", "legal")),
])
def test_round19_cabinet_and_suspended_sentences(sentence, published, language, expected):
    assert expected in typed(sentence, published, language)
