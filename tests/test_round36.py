"""Loader rules of the thirty-sixth round.  Sentences written for these tests; the dates are read off the text by
hand.

- A year joined by "of" to a reference number is the number's ("Civil Appeal No. 333 of 2024", "Nos. 1 to 9 of
  2023"): no date; "No. 1 in 2023" keeps its year.
- American copy's "in February of 2024" is that month of that year; a march's name ("Azadi March of 2019") is none.
- "chief justice." ends a sentence: "justice" is no abbreviation.
- "گذشتہ برس", the other spelling of "گزشتہ برس", is last year: "گذشتہ برس 12 جولائی" is 12 July of last year.
- Urdu names of marches ("لانگ مارچ", "ملین مارچ", "آزادی مارچ") are no month of March.
- An undated page: a day that opens its sentence, then a comma, may date what a speaker told his hearers ("Yesterday,
  Chattha told reporters that he had overseen the rigging"); the calendar's spoken happening is the telling.
- Undated pages: "آج آٹھ فروری ہے۔ ٹھیک ایک سال پہلے، 8 فروری 2024 کو ..." is the first return of the vote (Urdu "سال
  پہلے", "سال قبل" are the story's return words, as "a year ago" is); of two calendar happenings in one sentence, the
  one whose words are the other's object as a noun another owns ("suspending the Peshawar High Court's judgement")
  is not told; the Khyber Pakhtunkhwa Assembly's Senate polls of 21 July 2025 are the calendar's, told apart from
  April 2024's by their signs (the 6-5 formula; nineteen seats in Punjab, Sindh and Islamabad).
- The Supreme Court's detailed judgment in the reserved-seats case (23 September 2024) is a calendar day of its own, and
  no report of the verdict of 12 July: a Monday date bar over "تفصیلی فیصلہ آج جاری کر دیا" stands.
- An undated page that reports a happening "on Friday" and opens another sentence of its lead on "Today" is not of
  that Friday, and nothing says which day after it: no date rather than a wrong one.
- A dateline's day is not put months before a day the page tells as done with its year ("July 14" over a report
  that recalls "October 21, 2024" as past is 2025), whatever its weekday says.
- Types: leaving a party post, a seat or a house is `other` ("resigned from his party post", "stepped down as
  Jamaat-e-Islami emir", "resigned from the National Assembly"), leaving the office of chief minister stays
  `government_formation`; election tribunals in Urdu plural ("الیکشن ٹریبونلز تشکیل دے دیے") are `legal`; a platform
  blocked, its block imposed or begun, a service back or reachable again is `other` (a shutdown), whatever vote the
  sentence recalls.
"""

from datetime import date

from test_round33 import _published, _typed

from dashboard.dates import find_dates
from dashboard.sentences import split_sentences


def _dates(text: str, published: date) -> dict[str, tuple[str, str]]:
    return {m.text: (str(m.value), m.precision) for m in find_dates(text, published) if m.value is not None}


def test_a_year_after_a_reference_number_is_no_date():
    found = _dates("The bench heard Civil Appeal No. 333 of 2024 and Intra Court Appeals Nos. 1 to 9 of 2023 "
                   "together, and took up Writ Petition No. 12-A of 2024 after them.", date(2024, 6, 10))
    assert not any("2024" in cue or "2023" in cue for cue in found), found
    # (a year after a preposition with no number before it is still a year, and so is one "in" after a rank)
    assert _dates("The party was founded in 1996.", date(2024, 6, 10)) == {"in 1996": ("1996", "year")}
    assert _dates("Pakistan was ranked No. 1 in 2023 on the list.", date(2024, 6, 10)) == {"in 2023": ("2023", "year")}


def test_a_month_of_a_year_in_american_copy():
    found = _dates("The vote was held in February of 2024, and Khan had been arrested in May of 2023.", date(2025, 6, 10))
    assert found["in February of 2024"] == ("2024-02", "month"), found
    assert found["in May of 2023"] == ("2023-05", "month"), found
    assert not any(cue.startswith("of ") for cue in found), found
    # (a march's name is no month: "Azadi March of 2019" was in October)
    assert not any(value.startswith("2019-03") for value, _ in
                   _dates("Maulana Fazl's Azadi March of 2019 ended after two weeks.", date(2025, 6, 10)).values())


def test_chief_justice_ends_a_sentence():
    text = "The committee named Yahya Afridi the next chief justice. This morning the ministry notified him."
    assert len(split_sentences(text, 0, len(text))) == 2


def test_an_urdu_march_is_no_month():
    for text in ("پی ٹی آئی نے ملین مارچ میں شرکت کا اعلان کیا ہے۔", "جماعت اسلامی نے لانگ مارچ میں شرکت کی۔",
                 "عورت مارچ میں ہزاروں خواتین شریک ہوئیں۔"):
        assert _dates(text, date(2024, 6, 10)) == {}, text
    # (the month itself still is)
    assert _dates("مارچ میں انتخابات ہوئے۔", date(2024, 6, 10)) == {"مارچ میں": ("2024-03", "month")}
    # ("دوسری جانب", on the other hand, is no march's name)
    assert _dates("دوسری جانب مارچ میں انتخابات ہوئے۔", date(2024, 6, 10)) == {"مارچ میں": ("2024-03", "month")}
    # (but a march towards a place is one: "ڈی چوک کی طرف مارچ کے دوران")
    assert _dates("کئی کارکن ڈی چوک کی طرف مارچ کے دوران زخمی ہوئے۔", date(2025, 6, 10)) == {}


def test_a_fronted_day_dates_what_a_speaker_told_his_hearers(tmp_path):
    published = _published(tmp_path, {
        "told.md": "# What the confession proves\n\nYesterday, Liaquat Ali Chattha told reporters that he had overseen the "
                   "rigging of the results in his division.\n\nHe offered no documents.\n",
        # (another speaker telling of it is not the confession)
        "other.md": "# A claim rejected\n\nYesterday, the Foreign Office told reporters that Chattha had overseen the rigging "
                    "of the results.\n\nIt gave no details.\n",
        # (the speaker right after the comma only: not a week on, nor his lawyer)
        "week.md": "# Still waiting\n\nToday, a week after Liaquat Ali Chattha told reporters that he had overseen the rigging "
                   "of the results, the commission has still not questioned him.\n\nHe has not been seen since.\n",
        "for.md": "# In court\n\nYesterday, the lawyer for Chattha told the court that his client had overseen the rigging "
                  "of the results.\n\nThe hearing was adjourned.\n",
        "lawyer.md": "# In court\n\nYesterday, Chattha's lawyer told the court that his client had confessed to overseeing "
                     "the rigging under pressure.\n\nThe hearing was adjourned.\n",
    })
    assert published["told.md"] == "2024-02-18", published
    for name in ("other.md", "week.md", "lawyer.md", "for.md"):
        assert published[name] == "NaT", published


def test_leaving_a_party_post_or_a_seat_is_other():
    published = date(2024, 11, 29)
    cases = {
        "Salman Akram Raja resigned from his party post on Thursday.": ("on Thursday", "other"),
        "Hammad Azhar on Thursday resigned as president of the PTI's Punjab chapter.": ("on Thursday", "other"),
        "Sirajul Haq stepped down as Jamaat-e-Islami emir on Monday.": ("on Monday", "other"),
        "Akhtar Mengal resigned from the National Assembly on Tuesday.": ("on Tuesday", "other"),
        "Gandapur stepped down as chief minister on Wednesday.": ("on Wednesday", "government_formation"),
        "Gandapur resigned as chief minister on Wednesday.": ("on Wednesday", "government_formation"),
        "Pervaiz Elahi resigned as chief minister and PML-Q president on Thursday.": ("on Thursday", "government_formation"),
        "Raja Pervaiz Ashraf resigned as speaker of the National Assembly on Monday.": ("on Monday", "government_formation"),
        "Hammad Azhar resigned as PTI Punjab president on Tuesday.": ("on Tuesday", "other"),
        "Imran Ismail quit as the PTI's Sindh president on Tuesday.": ("on Tuesday", "other"),
        "Sher Afzal Marwat resigned from his NA seat on Tuesday.": ("on Tuesday", "other"),
        "He resigned from all party posts on Tuesday.": ("on Tuesday", "other"),
    }
    for sentence, (cue, kind) in cases.items():
        assert _typed(sentence, published)[cue][0] == kind, (sentence, _typed(sentence, published))


def test_urdu_election_tribunals_are_legal():
    typed = _typed("لاہور ہائیکورٹ کے چیف جسٹس نے بدھ کو پنجاب کے لیے آٹھ الیکشن ٹریبونلز تشکیل دے دیے۔", date(2024, 6, 14), "ur")
    assert typed["بدھ کو"][0] == "legal", typed


def test_a_platform_blocked_or_back_is_a_shutdown():
    published = date(2024, 5, 9)
    cases = {
        "The platform was blocked on February 17, 2024, days after the general election.": "February 17, 2024",
        "Islamabad imposed the block on February 17, 2024, days after a general election.": "February 17, 2024",
        "The block began on Saturday evening, hours after the commissioner spoke of rigging.": "on Saturday evening",
        "Social media platform X became accessible across Pakistan on Wednesday.": "on Wednesday",
        "Mobile internet returned to the capital on Wednesday morning.": "on Wednesday morning",
        "Data services were suspended in Islamabad from Sunday as the protesters marched.": "from Sunday",
    }
    for sentence, cue in cases.items():
        assert _typed(sentence, published)[cue][0] == "other", (sentence, _typed(sentence, published))
    # (a website, a bus service or an officer's suspension is no shutdown)
    assert _typed("The ECP's website was restored on Sunday and the final results were announced.",
                  published)["on Sunday"][0] == "results"
    assert _typed("Metro bus services were suspended in Rawalpindi on Friday as PTI workers marched towards Islamabad.",
                  published)["on Friday"][0] == "protest"
    assert _typed("The ECP ordered the suspension of the returning officer of NA-15 on Friday.",
                  published)["on Friday"][0] == "legal"
    assert _typed("The interior ministry ordered the suspension of mobile phone services on Saturday.",
                  published)["on Saturday"][0] == "other"
    # (the commissioner's resignation "from his post" with a claim of rigging stays the claim's)
    assert _typed("Rawalpindi's commissioner on Saturday resigned from his post and claimed that he had overseen the "
                  "manipulation of results.", date(2024, 2, 18))["on Saturday"][0] == "rigging_allegation"
    typed = _typed("وکیل نے بتایا کہ 17 فروری سے ملک بھر میں ایکس تک رسائی بند ہے۔", published, "ur")
    assert typed["17 فروری"][0] == "other", typed


def test_undated_pages_of_a_return_an_object_and_the_senate_polls(tmp_path):
    published = _published(tmp_path, {
        "return.txt": "ایک سال، ایک سوال\n\nآج آٹھ فروری ہے۔ ٹھیک ایک سال پہلے، 8 فروری 2024 کو، کروڑوں پاکستانی ووٹ ڈالنے نکلے "
                      "تھے۔\n\nاس ایک سال میں بہت کچھ ہوا۔\n",
        # (the high court's judgement is what was suspended: the page is of the day after the suspension, 6 May 2024)
        "object.txt": "EDITORIAL\n\nSeats in suspense\n\nTHE Supreme Court's order yesterday, suspending the Peshawar High "
                      "Court's judgement that had denied the Sunni Ittehad Council its share of reserved seats, has frozen "
                      "a majority in mid-air.\n\nThe bench will hear the appeals from June 3.\n",
        "senate.txt": "KP elects senators\n\nPESHAWAR: The Khyber Pakhtunkhwa Assembly elected 11 senators in the Senate "
                      "elections held yesterday under the six-five formula agreed between the government and the "
                      "opposition.\n\nThe vote had been held up for 16 months.\n",
    })
    assert published["return.txt"] == "2025-02-08", published
    assert published["object.txt"] == "2024-05-07", published
    assert published["senate.txt"] == "2025-07-22", published


def test_a_dateline_is_not_months_before_a_day_told_as_done(tmp_path):
    published = _published(tmp_path, {
        "expelled.txt": "PTI expels five MNAs\n\nIslamabad [Pakistan], July 14 (ANI): Pakistan Tehreek-e-Insaf (PTI) on "
                        "Sunday expelled five members of the National Assembly for voting for the 26th Amendment.\n\nThe "
                        "five voted for the bill when it was passed by the National Assembly on October 21, 2024, a day "
                        "after the Senate approved it.\n\nThe parliamentary party had resolved at a meeting held on "
                        "September 2, 2024, to oppose the amendment.\n",
        # (one day set in the past tense is not enough: "had fixed August 30, 2024 as the deadline" is a plan)
        "deadline.txt": "PTI to challenge\n\nIslamabad [Pakistan], July 14 (ANI): PTI on Sunday said it would challenge "
                        "the decision.\n\nThe Election Commission had fixed August 30, 2024 as the deadline for the party "
                        "to hold its intra-party polls.\n",
    })
    assert published["expelled.txt"] == "2025-07-14", published
    assert published["deadline.txt"] == "2024-07-14", published


def test_the_detailed_judgment_is_not_the_verdict(tmp_path):
    published = _published(tmp_path, {
        "bar.txt": "دنیا نیوز\nپیر 23 ستمبر 2024\n\nمخصوص نشستوں کا کیس: سپریم کورٹ کا تفصیلی فیصلہ جاری\n\nاسلام آباد (دنیا نیوز) "
                   "سپریم کورٹ نے مخصوص نشستوں سے متعلق کیس کا تفصیلی فیصلہ آج جاری کر دیا۔\n\nیاد رہے کہ فل کورٹ نے 12 جولائی کو "
                   "مختصر فیصلہ سنایا تھا۔\n",
        "promised.txt": "مختصر فیصلہ\n\nسپریم کورٹ نے آج مخصوص نشستوں کے کیس کا مختصر فیصلہ سنا دیا، تفصیلی فیصلہ بعد میں جاری کیا "
                        "جائے گا۔\n",
        "phc.txt": "PHC reasons\n\nThe Peshawar High Court on Monday released its detailed judgment dismissing the SIC's "
                   "petitions for reserved seats, which the party will now challenge in the Supreme Court.\n",
        "undated.txt": "Detailed reasons\n\nISLAMABAD: The Supreme Court on Monday released its detailed judgment in the "
                       "reserved seats case, saying the PTI was and remains a political party.\n\nThe short order was "
                       "announced on July 12.\n",
    })
    assert published["bar.txt"] == "2024-09-23", published
    # (a detailed judgment promised is the short order's day; a high court's detailed judgment is not the Supreme Court's)
    assert published["promised.txt"] == "2024-07-12", published
    assert published["phc.txt"] == "NaT", published
    assert published["undated.txt"] == "2024-09-23", published


def test_senate_polls_and_returns_need_their_own_signs(tmp_path):
    published = _published(tmp_path, {
        # (no sign of either Senate poll: April 2024's, the one the words alone name)
        "plain.txt": "Senate\n\nThe PML-N and the PPP swept the Senate elections held yesterday, while independent "
                     "candidates backed by the PTI won only two seats.\n\nCritics said the 16 months of the PDM "
                     "government had left the party weak.\n",
        "urdu.txt": "سینیٹ\n\nگزشتہ روز ہونے والے سینیٹ انتخابات میں حکمران اتحاد نے پنجاب کی 6 نشستیں جیت لیں جبکہ سندھ کی 5 "
                    "جنرل نشستیں بھی جیت لیں۔\n",
        # (no return: "اس سال پہلے سے زیادہ", more than before this year)
        "polls.txt": "انتخابات\n\nآج آٹھ فروری ہے اور ملک بھر میں عام انتخابات کے لیے پولنگ ہو رہی ہے۔ اس سال پہلے سے زیادہ "
                     "خواتین ووٹ ڈال رہی ہیں۔\n",
        # ("the elected government" is no election)
        "afridi.txt": "No operation\n\nKhyber Pakhtunkhwa's chief executive Sohail Afridi yesterday said the elected "
                      "government would not allow any military operation in the province.\n",
    })
    assert published["plain.txt"] == published["urdu.txt"] == "2024-04-03", published
    assert published["polls.txt"] == "2024-02-08", published
    assert published["afridi.txt"] == "NaT", published


def test_the_other_spelling_of_last_year():
    found = _dates("سپریم کورٹ نے گذشتہ برس 12 جولائی کو فیصلہ سنایا تھا۔", date(2025, 7, 1))
    assert found["12 جولائی"] == ("2024-07-12", "day"), found


def test_urdu_services_shut_or_restored_are_a_shutdown():
    published = date(2025, 5, 8)
    assert _typed("17 فروری 2024 کو ایکس بند کیا گیا تھا۔", published, "ur")["17 فروری 2024"][0] == "other"
    assert _typed("حکومت نے گزشتہ روز موبائل انٹرنیٹ سروس بحال کر دی۔", published, "ur")["گزشتہ روز"][0] == "other"


def test_a_lead_that_calls_another_day_today(tmp_path):
    published = _published(tmp_path, {
        "today.md": "# Six rulings\n\nOn Friday the Supreme Court's constitutional bench reversed its own judgement of last "
                    "July and ruled that the reserved seats belong to other parties. Today the PTI's secretary general "
                    "wrote to the registrar asking for certified copies of the short order.\n\nHere is how it unfolded.\n",
        # (a quotation's "Today" is the speaker's)
        "quoted.md": "# Six rulings\n\nOn Friday the Supreme Court's constitutional bench reversed its own judgement of last "
                     "July and ruled that the reserved seats belong to other parties. \"Today the Constitution has been "
                     "buried,\" the PTI chairman told reporters.\n\nHere is how it unfolded.\n",
        # (the same lead without the second day is of that Friday, as before)
        "friday.md": "# Six rulings\n\nOn Friday the Supreme Court's constitutional bench reversed its own judgement of last "
                     "July and ruled that the reserved seats belong to other parties.\n\nHere is how it unfolded.\n",
    })
    assert published["today.md"] == "NaT", published
    assert published["quoted.md"] == "2025-06-27", published
    assert published["friday.md"] == "2025-06-27", published
