"""Loader rules of the twenty-ninth round.  Sentences written for these tests; the dates and types are read off
the text by hand.

- On a page that prints no date and tells of no yearly return, a yearless day of the story's own (the vote of
  8 February 2024, the prime minister's election of 3 March 2024, the reserved-seats verdict of 12 July 2024, ...)
  told as done is that day even with no noun of it beside, when the sentence names its happening ("claimed the
  party had won 180 seats on February 8 but was denied its mandate in the vote count"); a day told as to come or
  "this year", a sentence with a year (2025ء too), an anniversary or a mark of a return ("black day", "to mark"), a
  page that speaks of a return of the day or dates another day in full leave it unread, since a later year's same
  day fits them as well.
  Such a day governed by no act but a noun (the page's other topic) takes its own day's type.  So does a calendar
  happening's day in a sentence that holds all the happening's words ("فوجی عدالتوں نے 21 دسمبر کو ... سزا": 2024).
- A ticker's stamped items are each a lead of their own for the story's calendar.  A sentence of negotiating
  committees ("met for the first time today ... under National Assembly Speaker Ayaz Sadiq") tells no calendar
  happening.
- The calendar knows the story's 2025 turns: the Supreme Court restoring military trials (7 May; X's return that day is left out: mobile
  services restored while X stayed blocked took it), the
  May 9 verdicts of the Lahore (22 July) and Faisalabad (31 July) anti-terrorism courts, the Election Commission's
  disqualifications (5 August), Sohail Afridi's election (13 October) and oath (15 October), the 27th amendment (12
  and 13 November) and the Toshakhana-2 verdict (20 December).  A "jailed" leader is no sentence.
- In a language that puts the verb last, an act whose clause the past perfect closes ("شہباز شریف نے پیر کو ایوان صدر
  میں حلف اٹھایا تھا") is told from a later day than its weekday's.  The calendar knows the prime minister's oath at the
  presidency without the office's name, the presidential ("صدارتی") election, and Imran Khan calling off the talks.
- A relative clause between commas is an aside between a day and the act it dates ("Late last night, the new
  special parliamentary committee, which the PTI boycotted, nominated Justice Yahya Afridi ...").
- A date written in full right before the happening's act words names them ("set aside the court's own July 12, 2024
  judgement": the review of 27 June 2025 set it aside "yesterday", not the verdict of 12 July 2024); "own" is a
  determiner of a date that names its noun.  A yearless dateline whose year was guessed takes the year of the
  happening the page announces for the week after it ("Islamabad, Feb 7 (PTI) ... will hold a public rally on
  Saturday to mark the first anniversary of the general elections": 2025), and the calendar knows the first
  anniversary by its rallies as well as by its black day.
- Years: the May 9 riots named by a noun of theirs ("the May 9 violence", "9 مئی کے واقعات") are 2023's however near a
  later May 9; "expect the review to be considered ... in late April" is ahead; "... کا فیصلہ دیا تھا" (a ruling was
  given) is behind, as "فیصلہ سنایا" was.  A past auxiliary that a future marker holds ("results were expected
  later in the day") tells nothing done.
- Types: a date that names its noun ("the February 8 polls") owns no act beside it, and a noun another date names
  takes no other date ("... against rigging in the February 8 polls later in the day" dates the announced protest).
  A trigger that spells a whole name stands ("IMF Executive Board"), and none starts inside a name, so the
  International Monetary Fund's "executive board" is read.  Data: an IMF programme's names (standby arrangement,
  the International Monetary Fund's bailout, loan or board; not any bailout, loan programme or executive board) are
  international; picking someone "to lead the (province's)
  government" is government formation; a judge who "recused himself" is legal; an outage, X "which has been
  unavailable" and mobile data that "remains suspended" are other, and so is cutting mobile phone services;
  claiming victory is a statement; Urdu: becoming chief minister ("وزیراعلیٰ بنے" with no auxiliary, where its
  clause ends) is government formation, rejecting or withdrawing allegations ("الزامات ... مسترد/واپس") a statement, an offer to form a government
  together ("مل کر حکومت بنانے کی پیشکش") coalition, and declaring someone entitled ("حقدار قرار") legal.  The words of
  a title right before a name ("jailed former prime minister", language key `name_titles`) are not counted by a
  trigger's "*", as a name's own words are not.  A trigger whose first words may be left out
  ("(access to)? (the)? ... (X|Twitter) ... has been unavailable") is found by any word it can start with (it was
  found only when it opened with its first).
"""

from datetime import date

import pytest
from test_pubdates_round9 import articles_of
from test_round20 import typed


def dates_of(corpus, needle: str) -> list[str]:
    rows = corpus.events[corpus.events["cue"].str.contains(needle, regex=False)]
    return sorted(str(d)[:10] for d in rows["date"])


def test_a_bare_day_of_the_story_on_an_undated_page_is_that_day(tmp_path):
    corpus = articles_of(tmp_path, {
        "claims.txt": "PTI claims\n\nGohar Ali Khan claimed the party had won 180 seats on February 8 but was "
                      "denied its mandate in the vote count.\n",
    })
    assert corpus.articles["published"].isna().all()  # (nothing dates the pages themselves)
    assert dates_of(corpus, "February 8") == ["2024-02-08"]


def test_a_bare_day_to_come_or_on_a_page_of_its_return_stays_unread(tmp_path):
    corpus = articles_of(tmp_path, {
        # told as to come: a later year's day fits as well
        "plan.txt": "Plan\n\nThe party will hold rallies across the country on February 8.\n",
        # a page that speaks of the anniversary: the day may be the return
        "return.txt": "Black day\n\nThe PTI marked the first anniversary of the vote with rallies.\n\n"
                      "Workers gathered in Swabi on February 8 and blocked the motorway.\n",
        # a year written in the sentence
        "year.txt": "Notes\n\nPolling stations opened on February 8 in 2018 as well.\n",
        # a day that is no day of the story's own stays unread too
        "other.txt": "Notes\n\nThe party said it had met on February 14.\n",
        # (from the second review) a sentence that names none of the day's happening, a return of it, "this year",
        # a year written the Urdu way, a page that dates another day in full
        "team.txt": "Cricket\n\nThe national team left for New Zealand on March 3 after a camp in Lahore.\n",
        "black.txt": "Protests\n\nPTI workers observed a black day on February 8 and staged protests outside press clubs.\n",
        "this.txt": "Protests\n\nThousands took to the streets on February 8 this year, after the vote.\n",
        "urdu.txt": "جلسہ\n\nتحریک انصاف نے 8 فروری کو انتخابات کے خلاف صوابی میں جلسہ کیا تھا جو 2025ء کا سب سے بڑا جلسہ تھا۔\n",
        "anchor.txt": "Rally\n\nThe PTI's core committee met in Peshawar on February 20, 2025.\n\nThe party held a rally "
                      "on March 9 against the presidential vote.\n",
    })
    assert dates_of(corpus, "March 3") == []
    assert dates_of(corpus, "8 فروری") == []
    assert dates_of(corpus, "March 9") == ["2025-03-09"]
    assert dates_of(corpus, "February 8") == []
    assert dates_of(corpus, "February 14") == []


def test_a_tickers_item_that_names_no_day_dates_the_page_wherever_it_stands(tmp_path):
    # each stamped item is of the page's day: the prime minister's election of Sunday 3 March 2024, in the third item
    corpus = articles_of(tmp_path, {
        "ticker.txt": "Latest updates\n\n11:02  National Assembly session begins under Speaker Ayaz Sadiq\n"
                      "11:40  Opposition members chant slogans in the house\n"
                      "12:55  Shehbaz Sharif elected prime minister with 201 votes\n"
                      "13:30  Omar Ayub gets 92 votes\n",
        "ur.txt": "تازہ ترین\n\n11:02  قومی اسمبلی کا اجلاس شروع\n11:40  ایوان میں شدید نعرے بازی\n"
                  "12:55  شہباز شریف 201 ووٹ لے کر وزیراعظم منتخب\n13:30  عمر ایوب کو 92 ووٹ ملے\n",
    })
    days = {row.article: str(row.published)[:10] for row in corpus.articles.itertuples()}
    assert days == {"ticker.txt": "2024-03-03", "ur.txt": "2024-03-03"}


def test_a_plain_pages_third_paragraph_is_no_lead(tmp_path):
    # the same words in a page with no stamps, past its lead, say nothing of when it was written
    corpus = articles_of(tmp_path, {
        "plain.txt": "Notes\n\nThe assembly has a long history.\n\nMembers have met in the house for decades.\n\n"
                     "Shehbaz Sharif elected prime minister with 201 votes.\n",
    })
    assert corpus.articles["published"].isna().all()


@pytest.mark.parametrize("sentence, published, cue, kind", [
    ("Qaiser said Khan would announce the date of a nationwide protest against alleged rigging in the February 8 "
     "polls later in the day.", date(2024, 2, 15), "later in the day", "protest"),
    ("Earlier this week, Khan had picked Ali Amin Gandapur to lead the Khyber Pakhtunkhwa government.",
     date(2024, 2, 16), "Earlier this week", "government_formation"),
    ("The International Monetary Fund's executive board on Monday approved the release of about $1.1 billion.",
     date(2024, 4, 30), "on Monday", "international"),
    ("The IMF's executive board on Monday approved the loan.", date(2024, 4, 30), "on Monday", "international"),
    ("Justice Salahuddin Panhwar recused himself from the bench earlier in the day.", date(2025, 5, 20),
     "earlier in the day", "legal"),
    ("Pakistan completed its previous $3 billion stand-by program in April.", date(2024, 7, 13), "in April",
     "international"),
    ("The outage began on Saturday, the day supporters of imprisoned former Prime Minister Imran Khan rallied in "
     "several cities.", date(2024, 2, 22), "on Saturday", "other"),
    ("Mobile data remains suspended in Islamabad since Sunday as PTI protesters march on the capital.",
     date(2024, 11, 26), "since Sunday", "other"),
    # (a trigger whose first words may be left out is found by the words it can start with)
    ("Users said X, which has been unavailable since Saturday, could be reached only through VPNs after the "
     "protests.", date(2024, 2, 21), "since Saturday", "other"),
    ("Sharif claimed victory on Friday, telling supporters in Lahore he would invite other groups to join a "
     "coalition government.", date(2024, 2, 14), "on Friday", "statement"),
    ("The caretaker government cut mobile phone services across the country on Thursday, saying it was a security "
     "measure.", date(2024, 2, 14), "on Thursday", "other"),
    ("13 اکتوبر کو سہیل آفریدی خیبرپختونخوا کے وزیراعلیٰ بنے۔", date(2025, 10, 20), "13 اکتوبر", "government_formation"),
    ("الیکشن کمیشن نے آج شام کمشنر راولپنڈی کے الزامات سختی سے مسترد کر دیے۔", date(2024, 2, 17), "آج", "statement"),
    ("مگر گزشتہ بدھ جماعت اسلامی نے خیبر پختونخوا میں مل کر حکومت بنانے کی پیشکش مسترد کر دی۔", date(2024, 2, 20), "گزشتہ بدھ",
     "coalition"),
    ("الیکشن کمیشن نے 4 مارچ کو سنی اتحاد کونسل کو مخصوص نشستوں کا حقدار قرار نہیں دیا تھا۔", date(2024, 3, 14), "4 مارچ",
     "legal"),
    # (a title before a name is no words of its own for a trigger's "*")
    ("Thousands of supporters of jailed former prime minister Imran Khan gathered in Swabi on Saturday to mark the "
     "first anniversary of the general election.", date(2025, 2, 10), "on Saturday", "protest"),
])
def test_types_of_the_twenty_ninth_round(sentence, published, cue, kind):
    found = {c: t for c, t, _ in typed(sentence, published)}
    assert found.get(cue) == kind, found


def test_a_bare_day_of_the_story_governed_by_a_noun_takes_its_days_type(tmp_path):
    corpus = articles_of(tmp_path, {
        "review.txt": "Review\n\nIts lawyers said the judgement was \"the final nail\" in the mandate the party won in the "
                      "vote on February 8.\n",
    })
    rows = corpus.events[corpus.events["cue"].str.startswith("February 8")]
    assert [(str(d)[:10], t) for d, t in zip(rows["date"], rows["type"])] == [("2024-02-08", "election")]


def test_negotiating_committees_and_hopes_tell_no_calendar_happening(tmp_path):
    corpus = articles_of(tmp_path, {
        # the government's and PTI's committees, 23 December 2024: not the new National Assembly's first session
        "talks.txt": "Talks\n\nNegotiating committees of the government and the PTI met for the first time today at "
                     "Parliament House, under the chairmanship of National Assembly Speaker Ayaz Sadiq.\n",
    })
    assert corpus.articles["published"].isna().all()


def test_a_standby_arrangement_is_international():
    found = {c: t for c, t, _ in typed("Pakistan's current standby arrangement expires in April, finance ministry "
                                       "officials told reporters.", date(2024, 2, 10))}
    assert found.get("in April") == "international", found


def test_a_page_that_tells_a_time_with_its_year_as_past_is_of_the_happening_after_it(tmp_path):
    # two rounds of by-elections on a Sunday (21 April 2024, 23 November 2025): "since April 2024" leaves the later;
    # a night of that Sunday told as done ("late on Sunday") puts the page on the Monday after
    corpus = articles_of(tmp_path, {
        "sweep.txt": "By-polls\n\nThe ruling PML-N won most seats in Sunday's by-elections, the largest round of by-polls "
                     "since April 2024.\n",
        "night.txt": "By-polls\n\nThe ruling PML-N won most seats in Sunday's by-elections, the largest round of by-polls "
                     "since April 2024.\n\nThe PTI alleged late on Sunday that the Haripur result had been manipulated.\n",
    })
    days = {row.article: str(row.published)[:10] for row in corpus.articles.itertuples()}
    assert days == {"sweep.txt": "2025-11-23", "night.txt": "2025-11-24"}


def test_the_calendars_2025_turns_date_undated_pages(tmp_path):
    corpus = articles_of(tmp_path, {
        # Wednesday 15 October 2025
        "oath.txt": "Oath\n\nPESHAWAR: Sohail Afridi took oath as Khyber Pakhtunkhwa's chief minister at the Governor House "
                    "today, two days after the provincial assembly elected him.\n",
        # Saturday 20 December 2025
        "gifts.txt": "Verdict\n\nISLAMABAD: A court on Saturday sentenced Imran Khan and Bushra Bibi to 17 years each in the "
                     "Toshakhana-2 case over a jewellery set gifted by the Saudi crown prince.\n",
        # Thursday 13 November 2025 ("آج")
        "assent.txt": "ترمیم\n\nاسلام آباد: صدر آصف علی زرداری نے آج 27ویں آئینی ترمیم پر دستخط کر دیے۔\n",
        # a tribunal's dismissal of a petition by "jailed PTI leader Yasmin Rashid": not her sentence of 22 July 2025
        "tribunal.txt": "Tribunal\n\nLAHORE: An election tribunal on Tuesday dismissed a petition filed by jailed PTI leader "
                        "Yasmin Rashid against the result of NA-130.\n",
    })
    days = {row.article: str(row.published)[:10] for row in corpus.articles.itertuples()}
    assert days == {"oath.txt": "2025-10-15", "gifts.txt": "2025-12-20", "assent.txt": "2025-11-13", "tribunal.txt": "NaT"}


@pytest.mark.parametrize("sentence, published, language, cue, day", [
    # the May 9 riots named by their noun, within weeks of the next May 9: still 2023's
    ("Qureshi also remains in custody in cases related to the May 9 violence.", date(2024, 6, 3), "en", "May 9",
     "2023-05-09"),
    ("Qureshi is in custody over the May 9 riots.", date(2024, 5, 20), "en", "May 9", "2023-05-09"),
    # expecting something "to be considered": ahead (the April after a report of 20 March 2024)
    ("\"We expect the review to be considered by the IMF's Board in late April,\" the Fund said.", date(2024, 3, 20),
     "en", "in late April", "2024-04"),
    # a ruling given ("فیصلہ دیا تھا") on 4 March, told in May: behind
    ("یاد رہے کہ الیکشن کمیشن نے 4 مارچ کو یہ نشستیں دیگر جماعتوں میں تقسیم کرنے کا فیصلہ دیا تھا۔", date(2024, 5, 6), "ur",
     "4 مارچ", "2024-03-04"),
])
def test_years_of_the_twenty_ninth_round(sentence, published, language, cue, day):
    from dashboard.dates import find_dates
    from dashboard.story import default_story
    found = {m.text: m.value for m in find_dates(sentence, published, language=language,
                                                 known_days=default_story().known_day_map())}
    assert found.get(cue) == day, found


@pytest.mark.parametrize("sentence, status", [
    ("Voting began at 9am and official results were expected later in the day.", "planned"),
    ("Zardari was sworn in later in the day.", "happened"),
])
def test_a_past_auxiliary_that_a_future_marker_holds_is_no_past(sentence, status):
    from dashboard.dates import find_dates
    found = {m.text: m.status for m in find_dates(sentence, date(2024, 2, 26), language="en")}
    assert found.get("later in the day") == status, found


def test_a_date_that_names_the_acts_object_does_not_date_the_page(tmp_path):
    corpus = articles_of(tmp_path, {
        "review.txt": "Explainer\n\nA constitutional bench of Pakistan's Supreme Court yesterday set aside the court's own "
                      "July 12, 2024 judgement, ruling that the PTI is not entitled to seats reserved for women and "
                      "minorities.\n",
    })
    assert str(corpus.articles["published"].iloc[0])[:10] == "2025-06-28"


def test_a_guessed_dateline_year_gives_way_to_the_announced_happenings(tmp_path):
    # other pages of the folder are of 2024, so the dateline's "Feb 7" was first put in 2024
    corpus = articles_of(tmp_path, {
        "plan.txt": "Black day rally\n\nIslamabad, Feb 7 (PTI) Imran Khan's party will hold a public rally in Swabi on "
                    "Saturday to mark the first anniversary of the general elections of February 8 last year.\n",
        "a.txt": "Vote count\n\nISLAMABAD, Feb 9, 2024 (AFP) - Results from Thursday's general election trickled in on "
                 "Friday as the count dragged on for a second day and both main parties claimed to lead.\n",
        "b.txt": "Talks\n\nLAHORE, Feb 20, 2024 (AFP) - The PML-N and the PPP met again on Tuesday to settle who would "
                 "lead the next government, party officials said after the meeting ended late at night.\n",
    })
    days = {row.article: str(row.published)[:10] for row in corpus.articles.itertuples()}
    assert days["plan.txt"] == "2025-02-07"


def test_a_calendar_days_bare_mention_with_all_its_words_on_an_undated_page(tmp_path):
    corpus = articles_of(tmp_path, {
        # the military courts' sentences of 21 December 2024, told by a page that also names 9 May 2023 in full
        "courts.txt": "فوجی عدالتیں\n\nراولپنڈی: مقدمات 9 مئی 2023 کے واقعات سے متعلق تھے۔ فوجی عدالتوں نے 21 دسمبر کو 25 "
                      "ملزمان کو دو سے دس سال قید کی سزائیں سنائی تھیں۔\n",
    })
    assert "2024-12-21" in [str(d)[:10] for d in corpus.events["date"]]


def test_a_relative_clause_between_commas_is_an_aside(tmp_path):
    # the special parliamentary committee's nomination of Yahya Afridi, 22 October 2024, "late last night"
    corpus = articles_of(tmp_path, {
        "nominee.txt": "Editorial\n\nLate last night, the new special parliamentary committee, which the PTI boycotted, "
                       "nominated Justice Yahya Afridi as the next chief justice, passing over two judges senior to him.\n",
    })
    assert str(corpus.articles["published"].iloc[0])[:10] == "2024-10-23"


def test_the_past_perfect_at_the_end_of_an_urdu_clause_tells_from_a_later_day(tmp_path):
    corpus = articles_of(tmp_path, {
        # the prime minister's oath of Monday 4 March 2024, told in the past perfect: the page is of the 5th at the earliest
        "oath.txt": "حلف\n\nاسلام آباد: شہباز شریف نے پیر کو ایوان صدر میں حلف اٹھایا تھا۔\n",
        # the same oath told plainly: of that Monday
        "plain.txt": "حلف\n\nاسلام آباد: شہباز شریف نے پیر کو ایوان صدر میں حلف اٹھا لیا۔\n",
        # Imran Khan called the talks off (Thursday 23 January 2025)
        "talks.txt": "Talks off\n\nISLAMABAD (AP) - Imprisoned former Prime Minister Imran Khan has called off his party's "
                     "negotiations with the government, his party chairman said Thursday.\n",
    })
    days = {row.article: str(row.published)[:10] for row in corpus.articles.itertuples()}
    assert days == {"oath.txt": "2024-03-05", "plain.txt": "2024-03-04", "talks.txt": "2025-01-23"}


@pytest.mark.parametrize("sentence, published, cue, not_kind", [
    # (the round's review) not every bailout, loan programme or pick to lead is what the story means by them
    ("The government announced a bailout for the sugar mills on Tuesday.", date(2024, 5, 2), "on Tuesday",
     "international"),
    ("The provincial government launched a loan programme for farmers on Monday.", date(2024, 5, 2), "on Monday",
     "international"),
    ("The PTI on Monday named a five-member committee to lead the negotiations with the government.",
     date(2024, 12, 20), "on Monday", "government_formation"),
    ("Opposition senators returned to the Senate on Monday after boycotting the proceedings for a week.",
     date(2024, 3, 12), "on Monday", "election"),
])
def test_the_reviews_types(sentence, published, cue, not_kind):
    found = {c: t for c, t, _ in typed(sentence, published)}
    assert cue in found and found[cue] != not_kind, found


def test_the_reviews_undated_pages(tmp_path):
    corpus = articles_of(tmp_path, {
        # mobile services restored while X stays blocked (February 2024): not X's return of 7 May 2025
        "mobile.txt": "Services\n\nMobile internet services were restored across the country today, but X remained "
                      "blocked for a fourth day.\n",
        # the interim order of 13 December 2024 allowed verdicts: not the ruling of 7 May 2025
        "courts.txt": "Courts\n\nThe Supreme Court's constitutional bench today allowed military courts to announce their "
                      "reserved verdicts in the cases of 85 civilians.\n",
        # hopes that rose are no hopes that died: Bushra Bibi's release of 24 October 2024
        "hopes.txt": "Release\n\nHopes of a deal rose today as Bushra Bibi was released from Adiala jail after nine months.\n",
        # a deadline written in full is no time told as past: the April 2024 by-elections, not November 2025's
        "deadline.txt": "By-polls\n\nThe ruling PML-N won most seats in Sunday's by-elections, according to unofficial "
                        "results. The Election Commission has until May 5, 2024 to notify the winners.\n",
    })
    days = {row.article: str(row.published)[:10] for row in corpus.articles.itertuples()}
    assert days["mobile.txt"] != "2025-05-07" and days["courts.txt"] != "2025-05-07"
    assert days["hopes.txt"] == "2024-10-24"
    assert days["deadline.txt"] != "2025-11-23"
