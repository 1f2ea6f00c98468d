"""Loader rules of the forty-first round.  Sentences written for these tests; the dates are read off the text by hand.

- An election's own steps are its acts: the delimitation of constituencies ("حلقہ بندی"), the allotment of election
  symbols ("انتخابی نشانات"), the revised list of candidates and the withdrawal of papers ("کاغذات واپس") are typed
  election, as the nomination papers and the schedule already were.
- Attacks by armed groups are no protest, however they are told ("stormed government buildings", "the August 26
  attacks", "militant violence"): a protest act of violence (an attack, storming, arson: `militancy_act_words`, a new
  optional key of any context turn, read in the act's words) in a sentence that names militants, separatists, a
  suicide bomber or terrorists is other (story data `militancy_*`); "anti-terrorism", a court's name, is another word,
  so a protest outside an anti-terrorism court stays a protest, and so do a protest against them and any protest act
  that is no violence ("police dispersed the BYC sit-in ... a day after the BLA hijacked the Jaffar Express").
- A two-thirds majority is what a constitutional amendment needs (of the annotated reports that name one, 186 of 275
  are typed legal, 3 results): "two-thirds majority", "دو تہائی اکثریت" weigh for legal, not as the results'
  "majority", in a sentence with no act of its own ("backed down when it could not muster a two-thirds majority"); a
  party that won one keeps its act's type, and a bare fraction ("two-thirds of the province was flooded") is nothing.
- A day written right before "as polling day" that ends its clause is that vote's day ("initially fixing September 29
  as polling day."): the words are its role, no other date, not the general election's day (English `vote_day_roles`,
  like the label of a schedule, "Polling day: April 21"); "on February 7 as polling day neared" is a time, not a role.
- A yearless day with a genitive and an order, a notification or a letter after it names that paper ("13 دسمبر کا
  عبوری حکم بدستور نافذ رہے گا", the December 13 interim order will stay in force): it looks back whatever the clause's
  tense, as "کا فیصلہ" already did.
- A date that ends its sentence opens no clause told as done by the next sentence's verb ("The by-polls had been
  scheduled for September 18 and October 5. The commission met ...": October 5 is still ahead of a page of 4 September
  2025, as September 18 is); the sentence is the project's own (`split_sentences`: "On October 23, Mr. Khan was
  indicted" runs on past "Mr.").
- (Withdrawn after review: the Urdu noun "شیڈول" after a genitive as no plan, since "8 فروری کے انتخابات کا شیڈول جاری کر
  دیا" then read the vote's day a year back; and the English noun "schedule" as no announcing word, since "issued the
  schedule for its rally in Lahore on Saturday" is the rally's plan.)
- Review findings kept as cases: a protest act itself stays a protest whoever its sentence names ("families of the
  missing persons protested ... a day after militants attacked a bus", "lawyers boycotted courts to mourn colleagues
  killed in the suicide attack"); the new calendar entries do not date a page of another happening with like words (the
  2024 stand-by loan's second review, a later strike of traders, another letter of the IHC judges, a later notice of
  the tariff cut, a year after the Khuzdar attack).
- Third review's cases: protesters' own violence stays a protest whoever they are called ("Angry protesters torched a
  police station ... after militants killed two local elders", "PTI supporters stormed D-Chowk ..., and the information
  minister called them terrorists"); "Rs." is an abbreviation, no sentence's end; the calendar's entries leave alone a
  ruling on another official's transfer, a road accident in Khuzdar, a letter of another court's judges.
- Story calendar, each day read in stored reports with `search`: the military courts allowed to announce reserved
  verdicts (28 Mar and 13 Dec 2024, told apart by the day), the pardon of 19 convicts (2 Jan 2025), Faiz Hameed's
  custody, charges and sentence (12 Aug and 10 Dec 2024, 11 Dec 2025); the IHC judges' letter (26 Mar 2024), the Jillani
  commission (30 Mar, 1 Apr 2024), the suo motu notice (1 Apr 2024), the first constitutional bench (5 Nov 2024), the
  judges' transfer and its ruling (1 Feb, 19 Jun 2025), Justice Jahangiri barred (16 Sep 2025); Raji Muchi (28 Jul
  2024), the BLA's attacks (26 Aug 2024), BNP-M's long march and sit-in (28 Mar, 16 Apr 2025), the Khuzdar school bus
  (21 May 2025), the US designation of the BLA (11 Aug 2025); rating upgrades, the power tariff cut (3 Apr 2025), the
  IMF's second review (14 Oct, 8 Dec 2025), the State Bank's cut to 10.5% (15 Dec 2025); Islamabad's and Punjab's local
  government polls (schedules, bills, orders: 8 and 26 Aug 2024; 8, 13, 21 Oct, 17 Nov, 9 Dec 2025).  A second batch
  for the months the calendar covered thinly, kept after review: the Peaceful Assembly bill's three steps (5-7 Sep
  2024), the NAB amendments restored (6 Sep 2024), the Kahna rally (21 Sep 2024), Toshakhana-II charges (12 Dec 2024),
  US sanctions on the missile programme (18 Dec 2024), the new judges' oath (14 Feb 2025), the Indus Waters Treaty and
  the Simla Agreement suspended (23, 24 Apr 2025), Bunyanum Marsoos (10 May 2025), Trump's lunch with Munir (18 Jun
  2025).  Withdrawn after review, their words catching other happenings: the traders' strike (28 Aug 2024), the
  capital's polls postponed (4 Sep 2024), PTI's protests of 5 August 2025 (pages written days later took the day
  itself), and 22 of the second batch (attacks named by a town, a number and "killed"; later hearings and visits;
  foreign acts with no Pakistani side).
"""

from datetime import date


def _types(tmp_path, name, text):
    from dashboard import load_corpus
    (tmp_path / name).write_text(text, encoding="utf-8")
    events = load_corpus(tmp_path, use_cache=False).events
    return list(zip(events["date"].astype(str).str[:10], events["type"]))


def test_an_elections_own_steps_are_its_acts(tmp_path):
    pairs = _types(tmp_path, "schedule.txt",
                   "date 2025-09-01\n\nLocal polls schedule\n\nLAHORE: Delimitation committees will prepare the "
                   "preliminary lists of wards from September 13 to September 30.\n\nThe revised list of candidates "
                   "will be published on October 4.\n\nامیدوار 8 اکتوبر تک اپنے کاغذات واپس لے سکیں گے جس کے بعد 9 "
                   "اکتوبر کو انتخابی نشانات الاٹ کیے جائیں گے۔\n")
    # (read by hand: September 13-30, October 4, October 8 and 9, 2025, every one a step of the polls)
    by_day = dict(pairs)
    assert by_day["2025-09-13"] == "election"
    assert by_day["2025-10-04"] == "election"
    assert by_day["2025-10-08"] == "election" and by_day["2025-10-09"] == "election"


def test_a_militant_attack_is_no_protest(tmp_path):
    pairs = _types(tmp_path, "quetta.txt",
                   "date 2025-03-20\n\nQUETTA: Violence in Balochistan has risen sharply since the August 26 attacks, "
                   "in which militants targeted highways and a railway bridge.\n\nSeparatist fighters of the banned "
                   "Baloch Liberation Army stormed government buildings in the town of Mach on Jan. 29.\n\nعسکریت "
                   "پسندوں کے حملے میں جمعرات کو تشدد کے واقعات ہوئے۔\n\nPTI workers protested outside the "
                   "anti-terrorism court on Monday.\n\nHundreds of traders protested against the militants in Turbat "
                   "on Tuesday.\n")
    by_day = dict(pairs)
    assert by_day["2024-08-26"] == "other"
    assert by_day["2025-01-29"] == "other"
    assert by_day["2025-03-20"] == "other"  # (Thursday 20 March 2025, the page's day: the militants' violence)
    assert by_day["2025-03-17"] == "protest"  # (Monday 17 March 2025: the court's name is no militant)
    assert by_day["2025-03-18"] == "protest"  # (a protest against them is a protest)


def test_the_calendar_dates_pages_of_its_new_happenings(tmp_path):
    from test_round33 import _published
    published = _published(tmp_path, {
        "faiz.txt": "Faiz Hameed sentenced to 14 years\n\nRAWALPINDI: A field general court martial on Thursday sentenced "
                    "former spy chief Faiz Hameed to 14 years of rigorous imprisonment, the military's media wing "
                    "said.\n\nHe has the right to appeal.\n",
        "khuzdar.txt": "خضدار میں اسکول بس پر خودکش حملہ\n\nخضدار: بدھ کی صبح اسکول بس پر خودکش حملے میں کئی بچے جاں بحق "
                       "ہو گئے۔\n\nوزیراعظم نے واقعے کی مذمت کی۔\n",
        "jcp.txt": "JCP forms constitutional bench\n\nISLAMABAD: The Judicial Commission of Pakistan on Tuesday formed a "
                   "seven-member constitutional bench of the Supreme Court by a majority vote.\n\nTwo members "
                   "dissented.\n",
    })
    # (read by hand: the sentence was announced on Thursday 11 December 2025; the Khuzdar bus was attacked on
    # Wednesday 21 May 2025; the first constitutional bench was formed on Tuesday 5 November 2024)
    assert published["faiz.txt"] == "2025-12-11"
    assert published["khuzdar.txt"] == "2025-05-21"
    assert published["jcp.txt"] == "2024-11-05"


def test_a_two_thirds_majority_is_an_amendments_not_a_results(tmp_path):
    pairs = _types(tmp_path, "package.txt",
                   "date 2025-11-12\n\nISLAMABAD: The government first tried to push the package through in September "
                   "but backed down when it could not muster a two-thirds majority.\n\nIn Khyber Pakhtunkhwa the PTI "
                   "won a two-thirds majority on February 8.\n")
    by_day = dict(pairs)
    assert by_day["2025-09-01"] == "legal"
    assert by_day["2024-02-08"] == "results"


def test_a_date_as_polling_day_is_that_votes_day(tmp_path):
    pairs = _types(tmp_path, "ict.txt",
                   "date 2024-08-30\n\nISLAMABAD: The ECP had issued the election programme on August 8, initially "
                   "fixing September 29 as polling day.\n\nVoters queued on polling day.\n")
    days = [d for d, _ in pairs]
    # (the page's "polling day" alone is the general election's, 8 February 2024; "as polling day" is September 29's)
    assert sorted(days) == ["2024-02-08", "2024-08-08", "2024-09-29"]


def test_an_urdu_day_that_names_an_order_looks_back():
    from dashboard.dates import find_dates
    found = [m.value for m in find_dates("عدالت نے واضح کیا کہ 13 دسمبر کا عبوری حکم بدستور نافذ رہے گا۔",
                                         date(2024, 1, 30), language="ur") if m.value]
    assert found == ["2023-12-13"]


def test_review_cases_of_round_41(tmp_path):
    pairs = _types(tmp_path, "protests.txt",
                   "date 2025-03-20\n\nProtests\n\nQUETTA: Families of the missing persons protested outside the Quetta "
                   "Press Club on Tuesday, a day after militants attacked a bus on the highway.\n\nLawyers in Quetta on "
                   "Monday boycotted courts to mourn colleagues killed in the suicide attack on the civil hospital.\n\n"
                   "شہریوں نے بدھ کو دہشت گرد حملے کے خلاف احتجاج کیا۔\n")
    assert dict(pairs) == {"2025-03-18": "protest", "2025-03-17": "protest", "2025-03-19": "protest"}


def test_calendar_entries_keep_out_other_happenings(tmp_path):
    from test_round33 import _published
    published = _published(tmp_path, {
        "sba.txt": "IMF deal\n\nISLAMABAD: Pakistan and the IMF yesterday reached a staff-level agreement on the second "
                   "review of the $3 billion loan, paving the way for the release of $1.1 billion.\n",
        "strike.txt": "Markets shut\n\nLAHORE: Traders observed a complete shutter-down strike across the country "
                      "yesterday against the FBR's powers to arrest under section 37A.\n",
        "letter.txt": "Judges write again\n\nISLAMABAD: The six IHC judges yesterday wrote another letter to the chief "
                      "justice, this time over the new roster.\n",
        "khuzdar.txt": "A year on\n\nKHUZDAR: Schools in Khuzdar remained closed yesterday on the first anniversary of "
                       "the school bus attack that killed eight students.\n",
        "nepra.txt": "Tariff cut notified\n\nISLAMABAD: Nepra yesterday notified the Rs7.41 per unit cut in power tariff "
                     "for domestic consumers.\n",
    })
    # (the first was 20 March 2024, the stand-by loan's; the others are other days than the calendar's happenings)
    assert published["sba.txt"] != "2025-10-15"  # (not the $7 billion loan's second review of October 2025)
    assert published["strike.txt"] == "NaT"
    assert published["letter.txt"] == "NaT"
    assert published["khuzdar.txt"] == "NaT"
    assert published["nepra.txt"] == "NaT"


def test_the_next_sentences_verb_tells_nothing_of_a_date_that_ends_its_sentence():
    from dashboard.dates import find_dates
    text = "The by-polls had been scheduled for September 18 and October 5. The commission met."
    assert [(m.text, m.value) for m in find_dates(text, date(2025, 9, 4))] == [
        ("September 18", "2025-09-18"), ("October 5", "2025-10-05")]


def test_the_calendars_second_batch_dates_pages(tmp_path):
    from test_round33 import _published
    published = _published(tmp_path, {
        "assembly.txt": "Senate passes public order bill\n\nISLAMABAD: The Senate on Thursday passed the Peaceful Assembly "
                        "and Public Order Bill, 2024, which regulates rallies in the federal capital.\n",
        "marsoos.txt": "آپریشن بنیان مرصوص\n\nراولپنڈی: پاک فوج نے ہفتے کو بھارت کے خلاف آپریشن بنیان مرصوص "
                       "شروع کر دیا۔\n",
        "marsoos_year.txt": "A year on\n\nRAWALPINDI: The army yesterday marked the first anniversary of Operation "
                            "Bunyanum Marsoos, launched against India.\n",
    })
    # (read by hand: Thursday 5 September 2024; Saturday 10 May 2025; a year on is no day of 2025)
    assert published["assembly.txt"] == "2024-09-05"
    assert published["marsoos.txt"] == "2025-05-10"
    assert published["marsoos_year.txt"] == "NaT"

def test_second_review_cases_of_round_41(tmp_path):
    pairs = _types(tmp_path, "cases.txt",
                   "date 2025-03-20\n\nCases\n\nQUETTA: Police dispersed the BYC sit-in in Quetta on Saturday, a day after "
                   "the BLA hijacked the Jaffar Express.\n\nFamilies of men abducted by the TTP blocked the Indus Highway on "
                   "Monday.\n\nLAHORE: Two-thirds of the province was hit by floods on Tuesday.\n")
    by_day = dict(pairs)
    # (Saturday 15, Monday 17, Tuesday 18 March 2025; then, "polling day" alone is the general election's, 8 February 2024)
    assert by_day["2025-03-15"] == "protest"
    assert by_day["2025-03-17"] == "protest"
    assert by_day["2025-03-18"] != "legal"
    (tmp_path / "cases.txt").unlink()
    pairs = _types(tmp_path, "eve.txt", "date 2024-08-30\n\nEve\n\nKARACHI: Violence erupted on February 7 as polling "
                                        "day neared, leaving 30 dead.\n")
    assert dict(pairs) == {"2024-02-07": "protest", "2024-02-08": "election"}  # (a time, not a role of February 7)


def test_an_abbreviation_after_a_date_keeps_its_sentence():
    from dashboard.dates import find_dates
    found = [(m.text, m.value) for m in find_dates("On October 23, Mr. Khan was indicted in the cipher case.",
                                                   date(2024, 8, 30))]
    assert found == [("October 23", "2023-10-23")]


def test_third_review_cases_of_round_41(tmp_path):
    pairs = _types(tmp_path, "protesters.txt",
                   "date 2025-03-20\n\nProtests\n\nBANNU: Angry protesters torched a police station in Bannu on Monday "
                   "after militants killed two local elders.\n\nPTI supporters stormed the square on Tuesday, and the "
                   "information minister called them terrorists.\n")
    assert dict(pairs) == {"2025-03-17": "protest", "2025-03-18": "protest"}
    from dashboard.dates import find_dates
    assert [(m.text, m.value) for m in find_dates("On October 23, Rs. 50 billion was released to the districts.",
                                                  date(2025, 10, 20))] == [("October 23", "2024-10-23")]


def test_third_review_calendar_cases(tmp_path):
    from test_round33 import _published
    published = _published(tmp_path, {
        "ig.txt": "SC dismisses plea\n\nISLAMABAD: The Supreme Court on Thursday dismissed a petition against the "
                  "transfer of the Punjab inspector general of police.\n",
        "accident.txt": "خضدار میں حادثہ\n\nخضدار: بدھ کو ٹریفک حادثے میں دو بچوں سمیت پانچ افراد جاں بحق ہو گئے۔\n",
        "lhc.txt": "LHC judges write\n\nLAHORE: Six judges of the Lahore High Court on Tuesday wrote a letter to the "
                   "chief justice.\n",
    })
    assert published == {"ig.txt": "NaT", "accident.txt": "NaT", "lhc.txt": "NaT"}
