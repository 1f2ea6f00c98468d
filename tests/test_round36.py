"""Loader rules of the thirty-sixth round.  Sentences written for these tests; the dates are read off the text by
hand.

- A year after a reference number is the number's ("Civil Appeal No. 333 of 2024", "Nos. 1 to 9 of 2023"): no date.
- American copy's "in February of 2024" is that month of that year.
- A past, yearless day or month takes the year a date earlier in its sentence writes out ("was arrested on May 9,
  2023 and jailed on August 5", said in 2025, is 5 August 2023), unless that date begins a stretch ("since August
  2023"), stands in a relative clause set off by commas, or a word of time passing ("later") or a new ticker line
  comes between.
- "chief justice." ends a sentence: "justice" is no abbreviation.
- Urdu names of marches ("لانگ مارچ", "ملین مارچ", "آزادی مارچ") are no month of March.
- An undated page: a day that opens its sentence, then a comma, may date what a speaker told his hearers ("Yesterday,
  Chattha told reporters that he had overseen the rigging"); the calendar's spoken happening is the telling.
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
    # (a year after a preposition with no number before it is still a year)
    assert _dates("The party was founded in 1996.", date(2024, 6, 10)) == {"in 1996": ("1996", "year")}


def test_a_month_of_a_year_in_american_copy():
    found = _dates("The vote was held in February of 2024, and Khan had been arrested in May of 2023.", date(2025, 6, 10))
    assert found["in February of 2024"] == ("2024-02", "month"), found
    assert found["in May of 2023"] == ("2023-05", "month"), found
    assert not any(cue.startswith("of ") for cue in found), found


def test_a_yearless_day_takes_the_year_its_sentence_wrote_out():
    published = date(2025, 6, 10)
    found = _dates("Khan was arrested on May 9, 2023 and jailed on August 5.", published)
    assert found["August 5"] == ("2023-08-05", "day"), found
    found = _dates("Khan was arrested in May 2023 and convicted in August.", published)
    assert found["in August"] == ("2023-08", "month"), found
    found = _dates("In 2023 the party held its biggest rally in October.", published)
    assert found["in October"] == ("2023-10", "month"), found


def test_the_year_does_not_carry_across_a_stretch_a_clause_or_a_later():
    published = date(2025, 6, 10)
    # (a stretch: "since August 2023" is no narrative; "since August" runs up to now)
    found = _dates("Khan has been in prison since August 2023 and was sentenced again on December 20.", published)
    assert found["December 20"] == ("2024-12-20", "day"), found
    found = _dates("Khan, who was first jailed in August 2023, was sentenced again on December 20.", published)
    assert found["December 20"] == ("2024-12-20", "day"), found
    # (the same sentence without the stretch or the clause carries the year: the test can fail)
    found = _dates("Khan was first jailed in August 2023 and was sentenced again on December 20.", published)
    assert found["December 20"] == ("2023-12-20", "day"), found
    found = _dates("He was ousted in April 2022 and has been behind bars since August.", date(2024, 2, 10))
    assert found["since August"] == ("2023-08", "month"), found
    # (time passing between the two)
    found = _dates("The court ruled in October 2023 that the trials were void, but the ruling was later suspended, "
                   "and on 13 December a bench let the courts announce verdicts.", published)
    assert found["13 December"] == ("2024-12-13", "day"), found
    # (a ticker's next line)
    found = _dates(">> Attacks on installations on May 9, 2023\n>> Bench allowed the verdicts on December 13",
                   published)
    assert found["December 13"] == ("2024-12-13", "day"), found
    # (a year that only names a vote: "the 2024 general elections" is no narrative's year)
    found = _dates("Tribunals set up after the 2024 general elections decided 11 more petitions in January.", published)
    assert found["in January"] == ("2025-01", "month"), found
    # (further back than a few years: no carrying over)
    found = _dates("The party, founded in 1996, held a rally on May 19.", published)
    assert found["May 19"] == ("2025-05-19", "day"), found


def test_chief_justice_ends_a_sentence():
    text = "The committee named Yahya Afridi the next chief justice. This morning the ministry notified him."
    assert len(split_sentences(text, 0, len(text))) == 2


def test_an_urdu_march_is_no_month():
    for text in ("پی ٹی آئی نے ملین مارچ میں شرکت کا اعلان کیا ہے۔", "جماعت اسلامی نے لانگ مارچ میں شرکت کی۔",
                 "عورت مارچ میں ہزاروں خواتین شریک ہوئیں۔"):
        assert _dates(text, date(2024, 6, 10)) == {}, text
    # (the month itself still is)
    assert _dates("مارچ میں انتخابات ہوئے۔", date(2024, 6, 10)) == {"مارچ میں": ("2024-03", "month")}


def test_a_fronted_day_dates_what_a_speaker_told_his_hearers(tmp_path):
    published = _published(tmp_path, {
        "told.md": "# What the confession proves\n\nYesterday, Liaquat Ali Chattha told reporters that he had overseen the "
                   "rigging of the results in his division.\n\nHe offered no documents.\n",
        # (another speaker telling of it is not the confession)
        "other.md": "# A claim rejected\n\nYesterday, the Foreign Office told reporters that Chattha had overseen the rigging "
                    "of the results.\n\nIt gave no details.\n",
    })
    assert published["told.md"] == "2024-02-18", published
    assert published["other.md"] == "NaT", published


def test_leaving_a_party_post_or_a_seat_is_other():
    published = date(2024, 11, 29)
    cases = {
        "Salman Akram Raja resigned from his party post on Thursday.": ("on Thursday", "other"),
        "Hammad Azhar on Thursday resigned as president of the PTI's Punjab chapter.": ("on Thursday", "other"),
        "Sirajul Haq stepped down as Jamaat-e-Islami emir on Monday.": ("on Monday", "other"),
        "Akhtar Mengal resigned from the National Assembly on Tuesday.": ("on Tuesday", "other"),
        "Gandapur stepped down as chief minister on Wednesday.": ("on Wednesday", "government_formation"),
        "Gandapur resigned as chief minister on Wednesday.": ("on Wednesday", "government_formation"),
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
    typed = _typed("وکیل نے بتایا کہ 17 فروری سے ملک بھر میں ایکس تک رسائی بند ہے۔", published, "ur")
    assert typed["17 فروری"][0] == "other", typed
