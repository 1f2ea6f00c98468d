"""Loader rules of the thirty-first round.  Sentences written for these tests; the dates and types are read off the
text by hand.

- Years: an obligation ("has to", "is required to", "needs to") puts a deadline's day after it ahead, like "must" (not
  a rule's count, "within 180 days", nor "did not have to", "has to do with"); a past participle after its noun with
  its doer next ("the target set by the IMF") tells no time of the clause ("the judges who stood by" stays past).
- Types: talks between the government and the PTI are other however the government is named ("Prime Minister Shehbaz
  Sharif's government", "handed the government its demands"), and the sentence before may name the sides (not for a
  sentence naming a party of its own); the ECP's reserved-seats decision and a split ruling are legal; a house electing
  its officers, the presidential election and the house's inaugural sitting form the government.
- Undated pages: a count of a lasting happening's days (the X outage, the JI sit-in) dates a page, not a count of a
  hearing's, a march's or another country's; two rounds of by-elections are told apart by their seats; a yearless
  dateline after a reported round takes its year; a date bar stands for a happening of its week told as done; a page
  telling a later happening as done is not of an earlier one's day; a press conference today dates the lede's act.
"""

from datetime import date

import pytest
from test_round20 import typed

from dashboard.dates import find_dates


@pytest.mark.parametrize("sentence, published, cue, day", [
    # A February report: the June 30 the government must still meet is that year's, not the June before.
    ("Pakistan is required to meet the fiscal target set by the IMF by June 30.", date(2024, 2, 20), "June 30",
     "2024-06-30"),
    ("The new government will have to meet the target set by the lender by June 30.", date(2024, 2, 20),
     "June 30", "2024-06-30"),
    ("The finance ministry has to clear the arrears by June 30.", date(2024, 2, 20), "June 30", "2024-06-30"),
    # ... while an auxiliary's past keeps the clause past, and "had to" is past.
    ("The target was set by the IMF by June 30.", date(2024, 2, 20), "June 30", "2023-06-30"),
    ("The party had to vacate the venue by Friday.", date(2024, 2, 20), "by Friday", "2024-02-16"),
    # a rule's count is no deadline of the report's: nothing is put ahead of publication
    ("Under the law, tribunals are required to decide petitions within 180 days.", date(2024, 2, 20),
     "within 180 days", None),
    # a verb that goes with "by" and its relative pronoun stay past; so do a negated obligation and "has to do with"
    ("The judges who stood by the majority verdict on July 12 will hear the review petitions.", date(2025, 3, 10),
     "July 12", "2024-07-12"),
    ("Unlike in 2018, voters did not have to wait until February 10 for the first official results.",
     date(2024, 3, 5), "February 10", "2024-02-10"),
    ("The delay has to do with votes cast before March 12 in the provincial assemblies, officials said.",
     date(2024, 4, 10), "March 12", "2024-03-12"),
])
def test_years_of_the_thirty_first_round(sentence, published, cue, day):
    found = {m.text: m.value for m in find_dates(sentence, published)}
    assert found.get(cue) == day, found


@pytest.mark.parametrize("sentence, published, cue, kind", [
    # Talks between the government and the PTI are other, however the government is named.
    ("The government and Khan's Pakistan Tehreek-e-Insaf are due to hold the second round of talks on January 2.",
     date(2024, 12, 30), "January 2", "other"),
    ("Khan's party on Monday opened formal talks with Prime Minister Shehbaz Sharif's government.",
     date(2024, 12, 24), "on Monday", "other"),
    ("Khan's party handed the government a written charter of demands in the third round of talks on Thursday.",
     date(2025, 1, 17), "on Thursday", "other"),
    ("Khan's party presented written demands to the government in the third round of talks on Thursday.",
     date(2025, 1, 17), "on Thursday", "other"),
    ("حکومت نے تحریک انصاف سے مذاکرات کا دوسرا دور جمعرات کو منعقد کیا۔", date(2024, 12, 30), "جمعرات کو", "other"),
    ("حکومت اور جیل میں قید عمران خان کی تحریک انصاف کے درمیان مذاکرات کا دوسرا دور جمعرات کو ہوا۔", date(2024, 12, 30),
     "جمعرات کو", "other"),
])
def test_the_government_named_as_a_side_of_talks(sentence, published, cue, kind):
    found = {c: t for c, t, _ in typed(sentence, published)}
    assert found.get(cue) == kind, found


@pytest.mark.parametrize("sentence, published, cue, kind", [
    # the house's first sitting, named by a day's possessive, forms the government
    ("The session followed yesterday's inaugural sitting, in which the newly elected members took their oath while "
     "SIC lawmakers chanted slogans in support of Imran Khan.", date(2024, 3, 1), "yesterday's", "government_formation"),
    # the Election Commission's refusal of the reserved seats is an adjudication, as the courts' reviews of it are
    ("The SIC had challenged the commission's March 4 decision before the Peshawar High Court.", date(2024, 3, 20),
     "March 4", "legal"),
    ("The ECP turned down the SIC's claim on March 4 by a 4-1 vote.", date(2024, 7, 10), "March 4", "legal"),
    # a house to elect a named office, or to vote for one, forms the government
    ("Under the schedule, the house will elect its speaker and deputy speaker today (Friday).", date(2024, 3, 1),
     "today (Friday)", "government_formation"),
    ("In Peshawar, the provincial assembly is also scheduled to vote for a chief minister today.", date(2024, 3, 1),
     "today", "government_formation"),
    ("Meanwhile, the election for the office of President of Pakistan will be held on March 9.", date(2024, 3, 5),
     "March 9", "government_formation"),
    # a court's ruling by a split vote, with an election named in its reasons
    ("A 13-member full bench ruled 8-5 on Friday that the PTI was a political party, though its candidates had to "
     "contest the February 8 election as independents.", date(2024, 7, 13), "on Friday", "legal"),
])
def test_the_election_commissions_decision_on_the_reserved_seats_is_legal(sentence, published, cue, kind):
    found = {c: t for c, t, _ in typed(sentence, published)}
    assert found.get(cue) == kind, found


@pytest.mark.parametrize("sentence, published, cue, kind", [
    # Talks of two parties on forming a government, or a party backing the government, stay coalition.
    ("The PTI held talks with the JI on Monday on forming the government in Khyber Pakhtunkhwa.", date(2024, 2, 14),
     "on Monday", "coalition"),
    ("The PPP held talks with the PML-N on Monday over the formation of the next government.", date(2024, 2, 14),
     "on Monday", "coalition"),
    ("The PML-N and the PPP held talks on Monday on forming a government and keeping the PTI out of power.",
     date(2024, 2, 14), "on Monday", "coalition"),
    ("The MQM-P held talks with the PML-N-led incoming government on Tuesday, a day after the PTI rejected the results.",
     date(2024, 2, 14), "on Tuesday", "coalition"),
    ("مسلم لیگ ن نے پیر کو ایم کیو ایم سے مذاکرات کیے، جس کے بعد ن لیگ کے رہنما نے کہا کہ حکومت نے اپوزیشن کو بھی دعوت دی ہے۔",
     date(2024, 2, 14), "پیر کو", "coalition"),
])
def test_talks_on_forming_a_government_stay_coalition(sentence, published, cue, kind):
    found = {c: t for c, t, _ in typed(sentence, published)}
    assert found.get(cue) == kind, found


def test_a_yearless_dateline_takes_the_year_of_the_round_of_by_elections_a_day_before_it(tmp_path):
    from test_pubdates_round9 import articles_of

    corpus = articles_of(tmp_path, {
        # Sunday 23 November 2025 was a round of by-elections; 24 November 2024, a Sunday too, had none
        "bypolls.txt": "Ruling party sweeps by-polls\n\nISLAMABAD, Nov 24 (APP): The ruling party won most of the seats "
                       "contested in Sunday's by-elections, according to provisional results.\n",
        "a.txt": "Assembly session\n\nPublished: March 3, 2024\n\nThe newly elected National Assembly met for its "
                 "second sitting on Sunday, and members of the ruling alliance spoke for hours.\n",
        "b.txt": "Rally in Lahore\n\nPublished: May 4, 2024\n\nThe party held a large rally in Lahore on Saturday, its "
                 "leaders promising a campaign against the rigging of the February vote.\n",
    })
    days = {row.article: str(row.published)[:10] for row in corpus.articles.itertuples()}
    assert days["bypolls.txt"] == "2025-11-24"


def test_a_sit_in_that_others_joined_is_not_the_jamaat_e_islamis(tmp_path):
    from test_pubdates_round9 import articles_of

    corpus = articles_of(tmp_path, {
        # a sit-in against rigging that JI workers joined, not the JI's own sit-in against power bills of July 2024
        "gda.txt": "دھرنا\n\nگرینڈ ڈیموکریٹک الائنس نے انتخابات میں دھاندلی کے خلاف آج قومی شاہراہ پر دھرنا دیا۔ اس سے قبل گزشتہ "
                   "جمعے کو ایک اور مقام پر دھرنا دیا گیا تھا جس میں جماعت اسلامی کے کارکن بھی شریک ہوئے تھے۔\n",
    })
    assert not str(corpus.articles.iloc[0]["published"]).startswith("2024-07")


def test_a_count_of_a_lasting_happenings_days_dates_an_undated_page(tmp_path):
    from test_pubdates_round9 import articles_of

    corpus = articles_of(tmp_path, {
        # the X outage began on Saturday 17 February 2024: its fourth day is Tuesday the 20th
        "x.txt": "X still blocked\n\nUsers across Pakistan could not reach the social media platform X for a fourth "
                 "straight day on Tuesday, internet monitors said.\n",
        # the Jamaat-e-Islami sit-in against power bills began on Friday 26 July 2024: its third day is the 28th
        "ji.txt": "دھرنا جاری\n\nجماعت اسلامی کا بجلی کے بلوں کے خلاف لیاقت باغ کے قریب دھرنا آج تیسرے روز بھی جاری رہا۔\n",
        # the outage named with no count of its days: months after it began, no day of it
        "later.txt": "X outage\n\nX remained inaccessible in Pakistan on Monday, months after the platform was first blocked.\n",
    })
    days = {row.article: str(row.published)[:10] for row in corpus.articles.itertuples()}
    assert days["x.txt"] == "2024-02-20"
    assert days["ji.txt"] == "2024-07-28"
    assert days["later.txt"] == "NaT"


def test_the_sentence_before_names_the_sides_of_the_talks(tmp_path):
    from test_pubdates_round9 import articles_of

    corpus = articles_of(tmp_path, {
        # a report on military courts whose last paragraph turns to the talks: the round is theirs, not a coalition's
        "talks.txt": "Western capitals criticise military court sentences\n\nISLAMABAD, Dec 24, 2024 (Reuters) - The United States "
                     "and Britain criticised the sentencing of civilians by military courts, saying the tribunals lacked "
                     "independence and transparency.\n\nThe military's media wing had announced the prison terms of two "
                     "to ten years, calling the verdicts a milestone in delivering justice to the nation.\n\n"
                     "The criticism came as the government and Khan's party opened formal talks. The two sides met on Monday "
                     "and agreed to meet again on January 2.\n",
        # ... while a sentence after the IMF's programme keeps its own type: the lender sets nothing for the next one
        "imf.txt": "Minister says protest flopped\n\nPublished: February 9, 2025\n\nThe PTI observed a black day across "
                   "the country on Saturday to mark a year since the general election, which it says was stolen from it."
                   "\n\nIts leaders addressed a large rally near the Swabi interchange on Saturday evening, while police "
                   "kept watch on the roads to the provincial capital.\n\n"
                   "The minister pointed to the approval "
                   "of a $7 billion IMF programme in September. The party's core committee will meet on Monday to review "
                   "the protest and decide whether to join an opposition alliance.\n",
    })
    events = corpus.events
    talks = {row.cue: (str(row.date)[:10], row.type) for row in events[events.article == "talks.txt"].itertuples()}
    assert talks["on Monday"] == ("2024-12-23", "other"), talks
    assert talks["January 2"] == ("2025-01-02", "other"), talks
    imf = events[(events.article == "imf.txt") & (events.cue.str.contains("Monday"))]
    assert "international" not in set(imf.type)


def test_a_count_of_another_acts_days_dates_no_page(tmp_path):
    from test_pubdates_round9 import articles_of

    corpus = articles_of(tmp_path, {
        # the days of a hearing, a march, a count abroad, or another sit-in of the JI: not the outage's, the count's,
        # the bills sit-in's
        "hearing.txt": "X case\n\nThe Sindh High Court heard petitions against the suspension of X for a second day, with "
                       "the interior ministry's counsel defending the ban.\n",
        "march.txt": "Live\n\nMobile internet and X remained suspended in Islamabad for a third straight day as PTI "
                     "supporters marched on the capital.\n",
        "abroad.txt": "US count\n\nVote counting in Arizona and Nevada stretched into a fourth day, leaving the outcome of "
                      "the US presidential race uncertain.\n",
        "karachi.txt": "JI sit-in\n\nJamaat-e-Islami workers led by Hafiz Naeem ur Rehman continued their sit-in outside the "
                       "Election Commission office in Karachi for a third day against alleged rigging.\n",
    })
    days = {row.article: str(row.published)[:10] for row in corpus.articles.itertuples()}
    assert days == dict.fromkeys(("abroad.txt", "hearing.txt", "karachi.txt", "march.txt"), "NaT")


def test_two_rounds_of_by_elections_told_apart_by_their_seats(tmp_path):
    from test_pubdates_round9 import articles_of

    corpus = articles_of(tmp_path, {
        # April 2024: 21 seats on Sunday the 21st, reported the day after
        "april.txt": "ضمنی انتخابات کے نتائج\n\nلاہور: قومی اور صوبائی اسمبلیوں کے 21 حلقوں میں گزشتہ روز ہونے والے ضمنی انتخابات "
                     "میں حکمران جماعت نے بیشتر نشستیں جیت لیں۔\n",
        # November 2025: 13 seats on Sunday the 23rd, reported the day after
        "november.txt": "Ruling party wins 12 of 13 seats\n\nThe ruling party won 12 of the 13 National and Punjab "
                        "Assembly seats in yesterday's by-elections, according to unofficial results.\n",
        # ... not the seats of another country's by-elections
        "india.txt": "INDIA bloc gains\n\nThe opposition INDIA bloc won 10 of the 13 assembly seats in yesterday's "
                     "by-elections across seven states, results showed.\n",
        # to come: the page is of the day before the polls
        "preview.txt": "ضمنی انتخابات کل\n\nلاہور: قومی اور صوبائی اسمبلیوں کے 21 حلقوں میں ضمنی انتخابات کل ہوں گے جن کے لیے "
                       "انتخابی مہم ختم ہو گئی۔\n",
    })
    days = {row.article: str(row.published)[:10] for row in corpus.articles.itertuples()}
    assert days == {"april.txt": "2024-04-22", "november.txt": "2025-11-24", "preview.txt": "2024-04-20", "india.txt": "NaT"}


def test_a_saying_told_at_length_before_its_that_clause_dates_the_act(tmp_path):
    from test_pubdates_round9 import articles_of

    corpus = articles_of(tmp_path, {
        # Thursday 23 January 2025: the PTI ended its talks with the government
        "talks.txt": "مذاکرات ختم\n\nتحریک انصاف کے چیئرمین بیرسٹر گوہر علی خان نے جمعرات کو اڈیالہ جیل کے باہر صحافیوں سے "
                     "گفتگو کرتے ہوئے کہا کہ بانی پی ٹی آئی عمران خان نے حکومت کے ساتھ مذاکرات کا سلسلہ ختم کرنے کی ہدایت کی ہے۔\n",
    })
    assert str(corpus.articles.iloc[0]["published"])[:10] == "2025-01-23"


def test_a_date_bar_stands_when_the_page_reports_a_happening_of_its_week(tmp_path):
    from test_pubdates_round9 import articles_of

    corpus = articles_of(tmp_path, {
        # Monday 6 May 2024: the Supreme Court suspended the Peshawar High Court's order on the reserved seats "today"
        # (not its verdict of 12 July, whose words the sentence holds too)
        "bar.txt": "جیو نیوز | پیر 06 مئی 2024\n\nمخصوص نشستیں: سپریم کورٹ نے پشاور ہائیکورٹ کا فیصلہ معطل کر دیا\n\n"
                   "اسلام آباد: سپریم کورٹ نے آج مخصوص نشستوں سے متعلق پشاور ہائیکورٹ کا فیصلہ معطل کر دیا۔ تین رکنی بینچ نے "
                   "سنی اتحاد کونسل کی اپیلیں سماعت کے لیے منظور کر لیں۔\n",
    })
    assert str(corpus.articles.iloc[0]["published"])[:10] == "2024-05-06"


def test_a_page_that_tells_a_later_happening_as_done_is_not_of_an_earlier_ones_day(tmp_path):
    from test_pubdates_round9 import articles_of

    corpus = articles_of(tmp_path, {
        # a column looking back: Shehbaz Sharif's election of 3 March 2024 and the verdict of 12 July 2024 both done
        "column.txt": "کالم: ایک سال بعد\n\n3 مارچ کو شہباز شریف دوسری بار وزیراعظم منتخب ہو گئے۔ 12 جولائی کو سپریم کورٹ نے "
                      "مخصوص نشستوں پر تحریک انصاف کے حق میں فیصلہ دیا مگر اس پر عمل نہ ہو سکا۔\n",
    })
    assert not str(corpus.articles.iloc[0]["published"]).startswith("2024-03")


def test_a_press_conference_today_dates_the_ledes_act(tmp_path):
    from test_pubdates_round9 import articles_of

    corpus = articles_of(tmp_path, {
        # Monday 12 February 2024: Hafiz Naeem ur Rehman gave up his PS-129 seat, at a press conference "today"
        "naeem.txt": "نشست واپس\n\nکراچی: جماعت اسلامی کراچی کے امیر حافظ نعیم الرحمان نے سندھ اسمبلی کے حلقہ پی ایس 129 سے اپنی "
                     "کامیابی واپس کرنے کا اعلان کر دیا ہے۔ آج پریس کانفرنس سے خطاب کرتے ہوئے انہوں نے کہا کہ وہ یہ نشست قبول "
                     "نہیں کریں گے۔\n",
    })
    assert str(corpus.articles.iloc[0]["published"])[:10] == "2024-02-12"


def test_the_announcement_of_a_move_to_ban_the_pti_dates_an_undated_page(tmp_path):
    from test_pubdates_round9 import articles_of

    corpus = articles_of(tmp_path, {
        # Monday 15 July 2024: the information minister announced the government would seek to ban the PTI
        "ban.txt": "Government to seek PTI ban\n\nISLAMABAD: Pakistan's government on Monday announced it would seek to "
                   "ban the PTI, accusing the party of inciting violence, the information minister told a press conference.\n",
        # a ban on the party's rallies by a district administration is no such announcement
        "rally.txt": "Rally banned\n\nLAHORE: The district administration on Friday announced a ban on PTI rallies in the "
                     "city for a week, citing security threats.\n",
    })
    days = {row.article: str(row.published)[:10] for row in corpus.articles.itertuples()}
    assert days["ban.txt"] == "2024-07-15"
    assert not days["rally.txt"].startswith("2024-07")


def test_what_the_second_review_found(tmp_path):
    from test_pubdates_round9 import articles_of

    corpus = articles_of(tmp_path, {
        # "returning officer" is no return of Hafiz Naeem's seat
        "ro.txt": "Recount\n\nThe returning officer on Monday declared the JI candidate the winner of the seat after a "
                  "recount requested by the runner-up.\n",
        # a date bar stands only for a happening of its week told as done: here the oath is still to come, and the
        # page is of the election, Sunday 3 March 2024
        "bar.txt": "Monday, March 11, 2024\n\nShehbaz elected PM\n\nISLAMABAD: Shehbaz Sharif was elected prime minister "
                   "of Pakistan for a second time on Sunday, securing 201 votes. He will take oath at the Aiwan-e-Sadr on "
                   "Monday.\n",
        # another act in a clause joined by "while" does not stop the count of the outage's days (Wednesday 21 February)
        "x.txt": "X still down\n\nX remained inaccessible across Pakistan for a fifth day on Wednesday, while mobile "
                 "internet services were restored in most cities.\n",
        # a count abroad
        "bd.txt": "Count\n\nVote counting in Bangladesh entered a second day on Friday, drawing comparisons with "
                  "Pakistan's troubled count.\n",
        # a day fixed for a later happening is no later happening told as done: the page stays of 3 March
        "fixed.txt": "وزیراعظم کا انتخاب\n\nاسلام آباد: شہباز شریف اتوار کو دوسری بار وزیراعظم منتخب ہو گئے۔ الیکشن کمیشن نے خالی "
                     "ہونے والی نشستوں پر ضمنی انتخابات کے لیے 21 اپریل کی تاریخ مقرر کر دی ہے۔\n",
    })
    days = {row.article: str(row.published)[:10] for row in corpus.articles.itertuples()}
    assert days == {"ro.txt": "NaT", "bar.txt": "2024-03-03", "x.txt": "2024-02-21", "bd.txt": "NaT",
                    "fixed.txt": "2024-03-03"}


def test_the_sentence_before_sets_no_sides_for_another_partys_talks(tmp_path):
    from test_pubdates_round9 import articles_of

    corpus = articles_of(tmp_path, {
        "bap.txt": "Talks\n\nPublished: March 12, 2024\n\nThe PML-N has been busy forming governments in the provinces "
                   "since the vote, its leaders said at length.\n\nThe party's leaders also spoke of the economy and of "
                   "the budget to come in June this year.\n\nThe PTI has ruled out talks with the government, which it "
                   "says was formed through rigging. The Balochistan Awami Party, meanwhile, held talks on Monday with "
                   "the PML-N leadership on power-sharing in the province.\n",
    })
    events = corpus.events
    assert list(events[events.cue == "on Monday"].type) == ["coalition"]
