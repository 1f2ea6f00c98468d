"""Loader rules of the thirty-ninth round.  Sentences written for these tests; the dates are read off the text by
hand.

- An undated page that tells a story's happening by its weekday in a relative clause ("Shehbaz Sharif, who took the
  oath at the Aiwan-e-Sadr on Monday, has told ...") was written on a later day of the week after it, which it does not
  say: the first day after it (4 March 2024 was a Monday: the page is of Tuesday 5 March). Not one told as already done
  ("بدھ کو ... مسترد کر چکے ہیں", which may be said weeks on), nor "last Monday", never said of the next days.
- Talks and deals whose sides are no parties (traders and the FBR, the warring sides of a district, a rights
  movement invited by the provincial government) are no coalition talks: `other` (story data `civic_side_*`);
  "The PML-N and PPP held talks on Monday on forming the government" stays coalition.
- The story's calendar holds more of the story's main happenings, each day read in stored reports: the suicide attack
  on Chinese engineers at Besham (Tuesday 26 March 2024), the bombing near Karachi airport (6 October 2024), the
  Quetta railway station bombing (Saturday 9 November 2024), the attack on a passenger convoy in Kurram (Thursday 21
  November 2024), the India-Pakistan ceasefire (10 May 2025), Asim Munir's promotion to field marshal (Tuesday 20 May
  2025) and the Pakistan-Afghanistan ceasefire agreed in Doha (Sunday 19 October 2025). An undated page that reports
  one by its weekday is of that day; the Kurram supply convoy attacked on a Thursday of January 2025 is not the
  November passenger convoy.
- A month named after "at/for the next (or coming, upcoming) meeting, session, review, hearing ..." is ahead: "left
  room for further easing at the next meeting in July", in a report of 10 June 2024, is July 2024, not July 2023.
  "The committee held its next meeting on Monday" stays the Monday gone.
- A yearless dateline is not more than a week before a day the page tells as done with its year: "ISLAMABAD, Jul 3
  (APP) ... on Wednesday ... also withdrew its earlier notifications dated July 24 and July 29, 2024" is of 2025,
  though 3 July 2024 was a Wednesday (it was a month before, now three weeks; a deadline "is Sept. 30, 2024" under
  "Sept 20" stays 2024, round 19).
- A yearless dateline near the month and day of a day the page writes in full, on a page that counts whole years
  since it, is that many years on: "RAWALPINDI, May 9 (APP) ... the violence of May 9, 2023 ... marking the first
  anniversary" is of 2024 (a Thursday, as the lead says, though more of the folder is of 2025); "November 27 (ANI) ...
  to mark one year since the crackdown ... November 26, 2024" is of 2025 (language data
  `anniversary_count_patterns`). A page that says two counts settles nothing by them.
- A "today" that counts years since a date it is written with is not that date: "آج نو مئی 2023 کے واقعات کو دو برس
  مکمل ہو گئے ہیں" (today the events of 9 May 2023 complete two years) was written on 9 May 2025.
- A sentence that opens with the statement a day was issued in ("In a notification issued on Tuesday, the ECP declared
  that Omar Ayub and Shibli Faraz stood disqualified") dates the declaration by that day: an undated page of it is of
  Tuesday 5 August 2025 (the commission's disqualification in the story's calendar).
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


def test_a_month_of_the_next_meeting_is_ahead():
    assert _found("Analysts said the bank left room for further easing at the next meeting in July.",
                  date(2024, 6, 10)) == [("in July", "2024-07")]
    assert _found("The bank is expected to cut again at its next meeting in July.", date(2024, 6, 10)) \
        == [("in July", "2024-07")]
    assert _found("The committee held its next meeting on Monday.", date(2024, 6, 12)) == [("on Monday", "2024-06-10")]


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


def test_a_yearless_dateline_on_a_page_counting_years_since_its_day(tmp_path):
    from test_round33 import _published
    filler = "\n\nOther pages of the folder.\n"
    published = _published(tmp_path, {
        **{f"f{k}.txt": f"ISLAMABAD, Mar {10 + k}, 2025 (APP): The assembly met." + filler for k in range(5)},
        "ispr.txt": "Forces recall May 9\n\nRAWALPINDI, May 9 (APP): The armed forces on Thursday condemned the "
                    "violence carried out on May 9, 2023.\n\nIn a statement marking the first anniversary, the "
                    "military said those responsible would face the law.\n",
        "ani.txt": "PTI marks crackdown\n\nIslamabad [Pakistan], November 27 (ANI): The PTI held rallies to mark one "
                   "year since the dispersal of its protest in Islamabad.\n\nA leader said the events of November 26, "
                   "2024 would not be forgotten.\n",
    })
    assert published["ispr.txt"] == "2024-05-09"
    assert published["ani.txt"] == "2025-11-27"


def test_two_counts_of_years_settle_no_dateline():
    from dashboard.layout import _anniversary_year, _article_dates, analyse
    one = analyse("Islamabad, November 27 (ANI): The PTI marked one year since the dispersal of its protest on "
                  "November 26, 2024.\n")
    two = analyse("Islamabad, November 27 (ANI): The PTI marked one year since the dispersal of its protest on "
                  "November 26, 2024, and two years since its founder's arrest.\n")
    assert _anniversary_year(one, 11, 27, _article_dates(one)) == 2025
    assert _anniversary_year(two, 11, 27, _article_dates(two)) is None


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
        "mengal.txt": "مینگل مستعفی\n\nاسلام آباد: سردار اختر مینگل نے گزشتہ روز قومی اسمبلی کی رکنیت سے استعفیٰ دینے کا اعلان "
                      "کر دیا۔\n",
    })
    assert published["senate.txt"] == "2025-01-29"  # the day after Tuesday 28 January 2025
    assert published["strike.md"] == "2026-02-08"
    assert published["mengal.txt"] == "2024-09-04"


def test_urdu_the_next_sitting_to_be_held_is_ahead():
    from dashboard.dates import clause_tense
    text = "حکومت نے 28 جنوری کو ہونے والی اگلی نشست میں جواب دینا تھا۔"
    start = text.index("28")
    assert clause_tense(text, start, start + len("28 جنوری"), "ur") == "future"
    text = "اتوار کو ہونے والے جلسے کے اگلے ہی دن پولیس نے پیر کی شام رہنماؤں کو حراست میں لے لیا۔"
    start = text.index("اتوار")
    assert clause_tense(text, start, start + len("اتوار کو"), "ur") != "future"


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
