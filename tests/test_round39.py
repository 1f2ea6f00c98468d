"""Loader rules of the thirty-ninth round.  Sentences written for these tests; the dates are read off the text by
hand.

- An undated page that tells a story's happening by its weekday in a relative clause ("Shehbaz Sharif, who took the
  oath at the Aiwan-e-Sadr on Monday, has told ...") was written on a later day of the week after it, which it does not
  say: the first day after it (4 March 2024 was a Monday: the page is of Tuesday 5 March). Not one told as already done
  ("بدھ کو ... مسترد کر چکے ہیں", which may be said weeks on), nor "last Monday", never said of the next days, nor one
  whose main clause tells its own weekday as done ("..., visited Karachi on Saturday"; "will chair ... on Wednesday"
  still dates it).
- Talks and deals whose sides are no parties (traders' leaders and the FBR, the warring sides of a district, a rights
  movement invited by the provincial government) are no coalition talks: `other` (story data `civic_side_*`, distinct
  sides only); "The PML-N and PPP held talks on Monday on forming the government" stays coalition, as do two parties'
  talks that name elders, farmers or a truce in passing.
- The story's calendar holds more of the story's main happenings, each day read in stored reports: the suicide attack
  on Chinese engineers at Besham (Tuesday 26 March 2024), the bombing near Karachi airport (6 October 2024), the
  Quetta railway station suicide bombing (Saturday 9 November 2024), the raid on KP House in Islamabad (Saturday 5
  October 2024), PTI calling off its D-Chowk protest on the eve of the SCO summit (late Monday 14 October 2024), the
  PECA bill passed by the National Assembly (23 January 2025) and the Senate (Tuesday 28 January 2025) and signed (29
  January 2025), the India-Pakistan ceasefire (10 May 2025), Asim Munir's promotion to field marshal (Tuesday 20 May
  2025), Ali Amin Gandapur's resignation as chief minister (Wednesday 8 October 2025, typed government formation as
  annotators type it), the Doha ceasefire with Afghanistan (Sunday 19 October 2025), and the 27th amendment's draft
  approved by the cabinet and tabled in the Senate (Saturday 8 November 2025). The cipher acquittal (Monday 3 June
  2024) is also told as a court that "overturned former prime minister Imran Khan's conviction for leaking state
  secrets". Each entry's `not_words` keep out later acts about the same happening (arrests, anniversaries, demands,
  acceptances, violations, other bills), and a plea to suspend the £190 million sentence is no report of the
  conviction.
- A yearless dateline is not more than three weeks before a day the page tells as done with its year: "ISLAMABAD, Jul
  3 (APP) ... on Wednesday ... also withdrew its earlier notifications dated July 24 and July 29, 2024" is of 2025,
  though 3 July 2024 was a Wednesday (it was a month). A deadline "is Sept. 30, 2024" under "Sept 20" stays 2024 (round
  19), and so does a day still to come when told ("had been scheduled to take up the loan on September 25, 2024").
- A "today" that counts years since the date written with it, the date's genitive naming what is counted from, is not
  that date: "آج نو مئی 2023 کے واقعات کو دو برس مکمل ہو گئے ہیں" (today the events of 9 May 2023 complete two years) was
  written on 9 May 2025; "آج 8 فروری 2025 ہے اور ... ایک سال مکمل" (today is 8 February 2025) is that day.
- A sentence that opens with the statement a day was issued in ("In a notification issued on Tuesday, the ECP declared
  that Omar Ayub and Shibli Faraz stood disqualified") dates the declaration by that day: an undated page of it is of
  Tuesday 5 August 2025 (the commission's disqualification in the story's calendar).
- "strike today to mark two years since the February 8, 2024 general elections": a page that prints no date is of 8
  February 2026 (an English `years_since_patterns` entry: an event noun, "today to mark N years since").
- A week counted from the page right after a calendar happening's words ("a session held on Tuesday, convened in the
  wake of the Jaffar Express attack in Balochistan last week") dates it: the page is of the week after the hijacking
  (11 March 2025), from the first day that reads "last week" so (Tuesday 18 March). Not a week before the words, which
  dates another act ("resumed service last week after the attack"), and not in a verb-final language, where a week
  after the act's words may open the next act ("حملے کے بعد گزشتہ ہفتے بحال ہونے والی").
- The reserved seats' dispute is legal (95 in 100 annotated reports that name them): a results act in a sentence that
  names them is legal (`reserved_seats_*`); not the vote's own day (`<turn>_kept_days`: "members elected on 8th
  February"), nor an act of the results themselves ("announced the final results, with the PML-N set to get the
  largest share of reserved seats").
- "A year ago to the day", "دو سال قبل آج ہی کے دن" (two years ago, on this very day) are that day a year or two back, as
  "a year ago today" is (language data `ago_same_day_words`); not "اسی روز", which points back to a day just named.
- Withdrawn after review: the year of a yearless dateline from a page counting years since a day it writes in full
  (the page's own day is written the same way: "gathered on May 9, 2024 to mark the first anniversary"), "at the next
  meeting in July" as a future (it missed "cut it at its next meeting in June"),
  Urdu "ہونے والی ... اگلی نشست" as ahead (it also means "that was held"), Urdu "استعفیٰ دینے کا اعلان" as done (a
  resignation announced for March is ahead), and the passenger convoy in Kurram (two convoys were attacked on a
  Thursday, and "کرم" is also a word of grace and a name).
"""

from datetime import date

from dashboard.dates import find_dates


def _found(text: str, published: date, language: str = "en") -> list[tuple[str, str]]:
    return [(m.text, m.value) for m in find_dates(text, published, language=language) if m.value]


def test_a_weekday_in_a_relative_clause_dates_an_undated_page_the_day_after(tmp_path):
    from test_round33 import _published
    published = _published(tmp_path, {
        "relative.txt": "New PM sets out priorities\n\nISLAMABAD: Prime Minister Shehbaz Sharif, who took the oath of "
                        "office at the Aiwan-e-Sadr on Monday, has asked his team to open talks with the lenders.\n\n"
                        "Officials said the cabinet would be named soon.\n",
        "last.txt": "New PM sets out priorities\n\nISLAMABAD: Prime Minister Shehbaz Sharif, who took the oath of "
                    "office at the Aiwan-e-Sadr last Monday, has asked his team to open talks with the lenders.\n\n"
                    "Officials said the cabinet would be named soon.\n",
        "main.txt": "New PM sworn in\n\nISLAMABAD: Shehbaz Sharif took the oath of office as prime minister at the "
                    "Aiwan-e-Sadr on Monday.\n",
    })
    assert published["relative.txt"] == "2024-03-05"
    assert published["last.txt"] == "NaT"
    assert published["main.txt"] == "2024-03-04"


def test_talks_of_sides_that_are_no_parties_are_no_coalition(tmp_path):
    from dashboard import load_corpus
    (tmp_path / "a.txt").write_text(
        "Talks and deals\n\ndate 2024-11-30\n\nKOHAT: Representatives of the warring sides in Kurram signed a "
        "14-point peace agreement on Wednesday after weeks of talks.\n\nTrader leaders said talks with the FBR "
        "chairman in Karachi on Tuesday ended without progress.\n\nThe provincial government, which invited the BYC "
        "for talks on Monday, says it is willing to negotiate.\n\nThe PML-N and PPP held talks on Sunday on "
        "forming the government.\n", encoding="utf-8")
    events = load_corpus(tmp_path, use_cache=False).events
    by_day = dict(zip(events["date"].astype(str).str[:10], events["type"]))
    assert by_day["2024-11-27"] == "other"  # Wednesday: the peace agreement
    assert by_day["2024-11-26"] == "other"  # Tuesday: traders and the FBR
    assert by_day["2024-11-25"] == "other"  # Monday: the BYC
    assert by_day["2024-11-24"] == "coalition"  # Sunday: two parties on forming the government


def test_more_calendar_days_date_undated_pages(tmp_path):
    from test_round33 import _published
    published = _published(tmp_path, {
        "besham.txt": "Chinese engineers killed\n\nISLAMABAD -- Five Chinese nationals and their driver were killed on "
                      "Tuesday when a suicide bomber rammed a car into their convoy near Besham, police said.\n",
        "quetta.txt": "Blast at station\n\nQUETTA: A suicide bomber blew himself up at the Quetta railway station on "
                      "Saturday, killing at least 24 people, officials said.\n",
        "marshal.txt": "Army chief elevated\n\nISLAMABAD: The federal cabinet on Tuesday approved the promotion of "
                       "General Asim Munir to the rank of field marshal.\n",
        "supply.txt": "Convoy attacked\n\nPESHAWAR: Gunmen attacked a supply convoy of trucks carrying food to Parachinar "
                      "in Kurram on Thursday, killing a soldier, officials said.\n",
    })
    assert published["besham.txt"] == "2024-03-26"
    assert published["quetta.txt"] == "2024-11-09"
    assert published["marshal.txt"] == "2025-05-20"
    assert published["supply.txt"] == "NaT"


def test_the_autumn_2025_calendar_days_date_undated_pages(tmp_path):
    from test_round33 import _published
    published = _published(tmp_path, {
        "resign.txt": "گنڈاپور مستعفی\n\nپشاور: گزشتہ روز علی امین گنڈاپور نے خیبر پختونخوا کی وزارتِ اعلیٰ سے استعفیٰ دے دیا۔\n",
        "senate.txt": "Amendment in the Senate\n\nISLAMABAD: Law Minister Azam Nazeer Tarar on Saturday tabled the 27th "
                      "Amendment in the Senate, which sent it to a committee.\n",
    })
    assert published["resign.txt"] == "2025-10-09"  # the day after Wednesday 8 October 2025
    assert published["senate.txt"] == "2025-11-08"


def test_the_chief_ministers_resignation_is_government_formation(tmp_path):
    from dashboard import load_corpus
    (tmp_path / "a.txt").write_text("Resignation\n\ndate 2025-10-09\n\nPESHAWAR: Ali Amin Gandapur resigned as chief "
                                    "minister of Khyber Pakhtunkhwa on Wednesday.\n", encoding="utf-8")
    events = load_corpus(tmp_path, use_cache=False).events
    assert list(events["type"]) == ["government_formation"]


def test_an_overturned_conviction_for_state_secrets_is_the_cipher_acquittal(tmp_path):
    from test_round33 import _published
    published = _published(tmp_path, {
        "afp.txt": "Court overturns Khan conviction\n\nISLAMABAD (AFP) - A Pakistani court on Monday overturned former "
                   "prime minister Imran Khan's conviction for leaking state secrets, his lawyers said.\n",
    })
    assert published["afp.txt"] == "2024-06-03"


def test_the_protest_called_off_before_the_sco_summit(tmp_path):
    from test_round33 import _published
    published = _published(tmp_path, {
        "gulf.txt": "PTI calls off protest\n\nIslamabad: The PTI late on Monday called off a protest it had planned at "
                    "D-Chowk for Tuesday, hours before leaders of SCO member states gathered in the capital.\n",
    })
    assert published["gulf.txt"] == "2024-10-15"  # late Monday 14 October 2024: the page of the day after


def test_the_kp_house_raid_is_a_day_of_its_own(tmp_path):
    from test_round33 import _published
    published = _published(tmp_path, {
        "raid.txt": "KP House\n\nISLAMABAD: Police and Rangers raided KP House on Saturday, PTI leaders said.\n",
        "convoy.txt": "Convoy in the capital\n\nاسلام آباد: منگل کو وزیراعلیٰ کا قافلہ جناح ایونیو پہنچ گیا اور بعد ازاں کے پی "
                      "ہاؤس چلا گیا۔\n",
    })
    assert published["raid.txt"] == "2024-10-05"
    assert published["convoy.txt"] == "NaT"


def test_a_yearless_dateline_is_not_weeks_before_a_day_told_as_done(tmp_path):
    from test_round33 import _published
    published = _published(tmp_path, {
        "app.txt": "ECP acts on verdict\n\nISLAMABAD, Jul 3 (APP): The Election Commission on Wednesday restored the "
                   "seats in line with the court's order.\n\nThe commission also withdrew its earlier notifications "
                   "dated July 24 and July 29, 2024, and declared them void.\n",
        "near.txt": "ECP acts on verdict\n\nISLAMABAD, Jul 3 (APP): The Election Commission on Wednesday restored the "
                    "seats in line with the court's order.\n\nThe commission had issued its notification on July 4, "
                    "2024.\n",
    })
    assert published["app.txt"] == "2025-07-03"
    assert published["near.txt"] == "2024-07-03"


def test_a_today_that_counts_years_since_its_date_is_not_that_date(tmp_path):
    from test_round33 import _published
    published = _published(tmp_path, {
        "ur.txt": "نو مئی کے دو سال\n\nآج نو مئی 2023 کے واقعات کو دو برس مکمل ہو گئے ہیں۔\n\nپارٹی نے ملک بھر میں تقریبات "
                  "منعقد کیں۔\n",
    })
    assert published["ur.txt"] == "2025-05-09"


def test_a_day_in_an_opening_issued_phrase_dates_the_declaration(tmp_path):
    from test_round33 import _published
    published = _published(tmp_path, {
        "ecp.txt": "Opposition leaders disqualified\n\nISLAMABAD: In a notification issued on Tuesday, the ECP declared "
                   "that Omar Ayub and Shibli Faraz stood disqualified.\n\nThe party said it would appeal.\n",
    })
    assert published["ecp.txt"] == "2025-08-05"


def test_peca_days_and_counted_years_date_undated_pages(tmp_path):
    from test_round33 import _published
    published = _published(tmp_path, {
        "senate.txt": "پیکا بل سینیٹ سے منظور\n\nاسلام آباد: قومی اسمبلی کے بعد سینیٹ نے بھی گزشتہ روز پریونشن آف الیکٹرانک "
                      "کرائمز (ترمیمی) بل 2025 کثرت رائے سے منظور کر لیا۔\n",
        "strike.md": "*The opposition alliance has called a nationwide strike today to mark two years since the "
                     "February 8, 2024 general elections.*\n\nShops in Quetta were shut.\n",
    })
    assert published["senate.txt"] == "2025-01-29"  # the day after Tuesday 28 January 2025
    assert published["strike.md"] == "2026-02-08"


def test_a_week_nearer_the_act_than_the_day_dates_it(tmp_path):
    from test_round33 import _published
    published = _published(tmp_path, {
        "pcns.txt": "Security briefing\n\nISLAMABAD: The military briefed the committee on the security situation at a "
                    "session held on Tuesday, convened in the wake of the Jaffar Express attack in Balochistan last "
                    "week.\n",
    })
    assert published["pcns.txt"] == "2025-03-18"


def test_a_plea_to_suspend_a_sentence_is_no_report_of_the_conviction(tmp_path):
    from test_round33 import _published
    published = _published(tmp_path, {
        "plea.txt": "190 ملین پاؤنڈ کیس: سزا معطلی کی درخواستوں پر سماعت نہ ہو سکی\n\nاسلام آباد: ہائیکورٹ میں سماعت نہ ہو سکی کیونکہ "
                    "بنچ دستیاب نہیں تھا۔\n",
    })
    assert published["plea.txt"] == "NaT"


def test_results_acts_on_the_reserved_seats_are_legal(tmp_path):
    from dashboard import load_corpus
    (tmp_path / "a.txt").write_text(
        "Seats\n\ndate 2025-07-05\n\nThe Election Commission on Wednesday notified the members on the reserved seats "
        "after the verdict.\n\nThe election commission is expected to notify the reserved seats to the ruling parties "
        "next week, officials said.\n\nThe commission notified the results of the by-elections on Thursday.\n\n"
        "PTI-backed candidates won most seats in the February 8 election, the party said.\n", encoding="utf-8")
    events = load_corpus(tmp_path, use_cache=False).events
    by_day = dict(zip(events["date"].astype(str).str[:10], events["type"]))
    assert by_day["2025-07-02"] == "legal"  # Wednesday: members notified on the reserved seats
    assert by_day["2025-07-07"] == "legal"  # next week: the reserved seats to be notified
    assert by_day["2025-07-03"] != "legal"  # Thursday: results of by-elections, no reserved seats named
    assert by_day["2024-02-08"] == "election"  # the vote's own day


def test_reviewers_cases_of_round_39(tmp_path):
    from test_round33 import _published

    from dashboard.layout import analyse
    # yearless datelines: the page's own full day, a prison term, a day still to come when told
    assert analyse("Day of martyrs\n\nRAWALPINDI, May 9 (APP): The nation on Thursday, May 9, 2024, observed "
                   "Youm-e-Takreem-e-Shuhada, marking the first anniversary of the attacks.\n").published == date(2024, 5, 9)
    assert analyse("Sentence\n\nLAHORE, May 10 (APP): An anti-terrorism court on Friday sentenced a PTI worker to three "
                   "years on charges of attacking the Jinnah House on May 9, 2023.\n").published == date(2024, 5, 10)
    assert analyse("IMF\n\nISLAMABAD, Sept 2 (Reuters) - Pakistan's finance minister said on Monday the IMF board had "
                   "been scheduled to take up the loan on September 25, 2024.\n").published == date(2024, 9, 2)
    published = _published(tmp_path, {
        # "today" with its own full date, or with no year
        "today_full.txt": "دو سال\n\nآج 8 فروری 2026 ہے اور عام انتخابات کو دو سال مکمل ہو گئے ہیں۔\n",
        "today_bare.txt": "دو سال\n\nآج 8 فروری کو عام انتخابات کو دو سال مکمل ہو گئے ہیں۔\n",
        # a relative clause's Monday with the main clause's own Saturday; a week before the act's words
        "visit.txt": "Visit\n\nKARACHI: Prime Minister Shehbaz Sharif, who took the oath of office at the Aiwan-e-Sadr on "
                     "Monday, visited Karachi on Saturday.\n",
        "train.txt": "Train\n\nQUETTA: The Jaffar Express, which resumed service last week after the attack, was again "
                     "halted on Monday.\n",
        # later acts about a calendar happening are not the happening
        "arrests.txt": "Arrests\n\nISLAMABAD: Police on Tuesday arrested four suspects linked to the suicide attack on "
                       "Chinese engineers near Besham.\n",
        "hijack.txt": "Train attacked\n\nQUETTA: Gunmen attacked the Jaffar Express in the Bolan Pass yesterday, hours after "
                      "the train left Quetta railway station with 400 passengers.\n",
        "violation.txt": "Ceasefire\n\nISLAMABAD: Pakistan yesterday accused the Afghan Taliban of violating the ceasefire "
                         "agreed in Doha.\n",
        "demand.txt": "Demand\n\nPESHAWAR: The opposition yesterday demanded the resignation of Chief Minister Ali Amin "
                      "Gandapur.\n",
        "accepted.txt": "Minister out\n\nPESHAWAR: Chief Minister Ali Amin Gandapur on Wednesday accepted the resignation of "
                        "the communication minister.\n",
        "cdf.txt": "Cabinet\n\nISLAMABAD: The federal cabinet yesterday approved the elevation of Field Marshal Asim Munir as "
                   "the country's first Chief of Defence Forces.\n",
        "hrcp.txt": "PECA\n\nISLAMABAD: The HRCP on Wednesday said the use of PECA against journalists showed worrying "
                    "signs, its president told reporters.\n",
        "afridi.txt": "KP House\n\nISLAMABAD: Chief Minister Sohail Afridi entered KP House on Saturday amid heavy police "
                      "presence.\n",
        "quash.txt": "Plea quashed\n\nISLAMABAD: A special court on Monday quashed the petition of Imran Khan seeking a "
                     "public trial in the state secrets case.\n",
        "alqadir.txt": "Verdict\n\nISLAMABAD: An accountability court on Friday sentenced Imran Khan to 14 years in the £190 "
                       "million case; his lawyers said they would seek suspension of sentence.\n",
    })
    assert published["today_full.txt"] == "2026-02-08"
    assert published["today_bare.txt"] == "2026-02-08"
    for name in ("visit.txt", "train.txt", "arrests.txt", "violation.txt", "demand.txt", "accepted.txt", "cdf.txt",
                 "hrcp.txt", "afridi.txt", "quash.txt"):
        assert published[name] == "NaT", name
    assert published["hijack.txt"] == "NaT"  # (not the station's bombing; the hijacking's own entry keeps out "railway station")
    assert published["alqadir.txt"] == "2025-01-17"


def test_reviewers_type_cases_of_round_39(tmp_path):
    from dashboard import load_corpus
    (tmp_path / "a.txt").write_text(
        "Talks\n\ndate 2024-02-14\n\nPML-N elders held talks with the PPP leadership on Tuesday over sharing power in the "
        "Centre.\n\nThe ECP on Friday announced the final results, with the PML-N set to get the largest share of "
        "reserved seats.\n", encoding="utf-8")
    events = load_corpus(tmp_path, use_cache=False).events
    by_day = dict(zip(events["date"].astype(str).str[:10], events["type"]))
    assert by_day["2024-02-13"] == "coalition"
    assert by_day["2024-02-09"] == "results"


def test_a_year_ago_to_the_day_is_that_day():
    assert _found("A year ago to the day, a six-member bench suspended the judgment.", date(2024, 12, 13)) \
        == [("A year ago to the day", "2023-12-13")]
    assert _found("دو سال قبل آج ہی کے دن عمران خان کو گرفتار کیا گیا تھا۔", date(2025, 5, 9), "ur") \
        == [("دو سال قبل آج ہی کے دن", "2023-05-09")]
    # ("اسی روز" points back to a day just named: it stays a mention of its own)
    assert [t for t, _ in _found("سپریم کورٹ نے 12 جولائی کو فیصلہ سنایا جبکہ کمیشن نے دو ماہ قبل اسی روز کے لیے اجلاس طلب کیا تھا۔",
                                 date(2024, 7, 20), "ur")] == ["12 جولائی", "دو ماہ قبل", "اسی روز"]
    assert _found("Two years ago, the party won.", date(2025, 5, 9)) == [("Two years ago", "2023")]


def test_second_reviewers_cases_of_round_39(tmp_path):
    from test_round33 import _published
    published = _published(tmp_path, {
        "own.txt": "ایک سال\n\nآج 8 فروری 2025 ہے اور عام انتخابات کو ایک سال مکمل ہو گئے ہیں۔\n",
        "plan.txt": "Cabinet\n\nISLAMABAD: Prime Minister Shehbaz Sharif, who took the oath of office at the Aiwan-e-Sadr on "
                    "Monday, will chair the first meeting of his cabinet on Wednesday.\n",
        "ur_week.txt": "ٹرین\n\nکوئٹہ: جعفر ایکسپریس پر حملے کے بعد گزشتہ ہفتے بحال ہونے والی ٹرین سروس پیر کو دوبارہ معطل کر دی گئی۔\n",
        "joined.txt": "استعفیٰ\n\nپشاور: علی امین گنڈاپور گزشتہ روز وزارت اعلیٰ سے مستعفی ہوگئے۔\n",
        "probe.txt": "Attack\n\nISLAMABAD: Five Chinese engineers were killed on Tuesday when a suicide bomber rammed their "
                     "convoy near Besham, and police said an investigation had been launched.\n",
    })
    assert published["own.txt"] == "2025-02-08"
    assert published["plan.txt"] == "2024-03-05"  # the day after Monday 4 March 2024
    assert published["ur_week.txt"] == "NaT"
    assert published["joined.txt"] == "2025-10-09"
    assert published["probe.txt"] == "2024-03-26"


def test_traders_talks_with_the_government_are_no_coalition(tmp_path):
    from dashboard import load_corpus
    (tmp_path / "a.txt").write_text("Talks\n\ndate 2024-07-20\n\nTraders held talks with the government on Wednesday "
                                    "over the fixed tax scheme.\n", encoding="utf-8")
    events = load_corpus(tmp_path, use_cache=False).events
    assert list(events["type"]) == ["other"]
