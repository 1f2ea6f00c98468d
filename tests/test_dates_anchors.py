"""Relative dates and their anchors: the narrative's date reaches the same sentence and the one
just before; a count after a clause the text does not date stays unresolved; anchored weeks,
months and weekdays; period phrases; ordinals; Urdu relative words and yearless dates."""

from datetime import date
from pathlib import Path

import pytest

from dashboard.actors import default_matcher
from dashboard.corpus import parse_article
from dashboard.dates import find_dates
from dashboard.reading import SourceFile


def dates(text, published, language=None):
    return {m.text: m for m in find_dates(text, date.fromisoformat(published), language=language)}


def test_next_day_in_the_same_sentence_and_the_one_after():
    same = dates("Polling took place on February 8 and the next day PTI claimed victory.", "2024-02-20")
    assert same["the next day"].value == "2024-02-09"
    after = dates("Polling took place on February 8. The next day, PTI claimed victory.", "2024-02-20")
    assert (after["The next day"].value, after["The next day"].anchor_from) == ("2024-02-09", "narrative")


def test_next_day_two_sentences_after_its_date_is_left_unresolved():
    found = dates("Polling took place on February 8. Results were delayed for days. "
                  "The next day, PTI claimed victory.", "2024-02-20")
    assert found["The next day"].value is None


def test_a_day_after_an_undated_clause_is_not_anchored_to_an_earlier_date():
    found = dates("PTI held a rally in Lahore on Monday. A day after the Supreme Court declared the "
                  "elections valid, PTI leaders met in Islamabad.", "2024-03-20")
    assert found["on Monday"].value == "2024-03-18"
    assert found["A day after"].value is None


def test_a_count_after_a_noun_the_narrative_just_dated_keeps_its_anchor():
    found = dates("Polling took place on March 1, 2024. Three days after the vote, the party split.", "2024-03-20")
    assert found["Three days after"].value == "2024-03-04"


def test_a_count_whose_sentence_only_has_a_time_of_day_invents_no_date():
    found = dates("Polling ended on February 8. Counting went on through the night. "
                  "The last results came at 3am, two weeks before the deadline.", "2024-02-28")
    assert found["two weeks before"].value is None


def test_anchor_carries_across_paragraphs_only_from_the_last_sentence():
    def events(body):
        text = f"date 2024-03-20\n\nTribunal\n\n{body}\n"
        parsed = parse_article(SourceFile(Path("a.txt"), "a.txt", "text", text, len(text)), default_matcher())
        return {e["cue"]: e["date"] for e in parsed.events}

    assert events("The tribunal heard PTI's petition on March 1.\n\n"
                  "The next day, PTI workers protested outside the tribunal.")["The next day"] == "2024-03-02"
    assert "The next day" not in events("The tribunal heard PTI's petition on March 1. Lawyers argued for hours.\n\n"
                                        "The next day, PTI workers protested outside the tribunal.")


@pytest.mark.parametrize("text, cue, value, precision", [
    ("PTI held rallies on Friday, March 1. That same Friday, police arrested workers in Lahore.",
     "That same Friday", "2024-03-01", "day"),
    ("The court reserved its verdict on Friday, March 1. It announced the verdict the following Monday.",
     "the following Monday", "2024-03-04", "day"),
    ("The president was elected on Saturday, March 9. Later that week, the cabinet took oath.",
     "Later that week", "2024-03-04", "week"),
    ("The cabinet took oath on March 11. The week before, the president was elected.",
     "The week before", "2024-03-04", "week"),
    ("The PML-N named its candidate on February 13. The following month, he took oath.",
     "The following month", "2024-03", "month"),
    ("The assembly met on March 11 and the same day elected its speaker.", "the same day", "2024-03-11", "day"),
])
def test_anchored_weekdays_weeks_and_months(text, cue, value, precision):
    m = dates(text, "2024-03-20")[cue]
    assert (m.value, m.precision, m.anchor_from) == (value, precision, "narrative")


@pytest.mark.parametrize("published, value", [
    ("2024-05-30", "2024-05-20"),  # a Thursday: the seven days before lie mostly in the week before
    ("2024-06-01", "2024-05-27"),  # a Saturday: mostly in the publication's own week
    ("2024-06-03", "2024-05-27"),  # a Monday: the whole week before
])
def test_the_past_week_is_the_seven_days_before_publication(published, value):
    for text in ("Over the past week, police arrested dozens of PTI workers.",
                 "This past week saw rallies in every city.", "In the past week, ten people died."):
        m = next(iter(dates(text, published).values()))
        assert (m.value, m.precision) == (value, "week")


@pytest.mark.parametrize("text, value, precision, status", [
    ("The party will announce its candidate by the end of June.", "2024-06", "month", "planned"),
    ("Talks will resume at the start of July.", "2024-07", "month", "planned"),
    ("Earlier this month, the ECP rejected the plea.", "2024-05", "month", "happened"),
    ("Last month, the court reserved its verdict.", "2024-04", "month", "happened"),
    ("Earlier this year, he resigned from the party.", "2024", "year", "happened"),
    ("Late last year, the party split.", "2023", "year", "happened"),
    ("The previous month, the court met twice.", "2024-04", "month", "happened"),
    ("The assembly will meet on the 25th.", "2024-06-25", "day", "planned"),
    ("The assembly met on the 25th.", "2024-05-25", "day", "happened"),
    ("He said he will attend the session on the 31st.", "2024-05-31", "day", "planned"),
])
def test_period_phrases_and_ordinals(text, value, precision, status):
    m = next(iter(dates(text, "2024-05-30").values()))
    assert (m.value, m.precision, m.status) == (value, precision, status)


@pytest.mark.parametrize("text, cue, value", [
    ("Results were announced on 8th February.", "8th February", "2024-02-08"),
    ("On the 20th of February, the coalition was formed.", "20th of February", "2024-02-20"),
    ("The talks ended on the 3rd of March 2024.", "3rd of March 2024", "2024-03-03"),
    ("He left on 8th Feb. and returned a week later.", "8th Feb.", "2024-02-08"),
    ("The court met on Feb 8th.", "Feb 8th", "2024-02-08"),
    ("He had received the caretaker premier on August 14 last year.", "August 14 last year", "2023-08-14"),
])
def test_ordinal_and_british_forms(text, cue, value):
    found = dates(text, "2024-03-10")
    assert found[cue].value == value


def test_since_a_date_is_past_even_in_a_future_clause():
    m = dates("The crackdown is likely to continue as it has since May 9.", "2024-11-13")["May 9"]
    assert (m.value, m.status) == ("2024-05-09", "happened")


def test_a_call_to_gather_on_a_weekday_looks_ahead():
    m = dates("He called on supporters to gather in Swabi on Saturday.", "2025-02-07")["on Saturday"]
    assert (m.value, m.status) == ("2025-02-08", "planned")


def test_an_approximate_count_of_weeks_is_a_week():
    assert (dates("The election was held nearly four weeks ago.", "2024-03-04")["four weeks ago"].precision) == "week"
    assert dates("The election was held four weeks ago.", "2024-03-04")["four weeks ago"].value == "2024-02-05"


def test_false_friends_are_no_dates():
    text = ("Form 45 and NA-128, Article 63-A and PP-160: Section 144 was imposed at 2pm and 45% voted, "
            "1.25 million in all; supporters will march, we may go, and the Su-57 flew.")
    assert find_dates(text, date(2024, 5, 30)) == []


@pytest.mark.parametrize("text, published, cue, value, precision, status", [
    ("پی ٹی آئی نے 23 جنوری کو احتجاج کیا۔", "2025-02-10", "23 جنوری", "2025-01-23", "day", "happened"),
    ("وزیر اعظم کی تقریب حلف برداری 3مارچ کو ہونے کا امکان ہے۔", "2024-02-20", "3مارچ", "2024-03-03", "day", "planned"),
    ("انتخابات کے اگلے روز (9 فروری) انڈیکس میں مندی دیکھی گئی تھی۔", "2024-02-20", "اگلے روز (9 فروری)",
     "2024-02-09", "day", "happened"),
    ("گزشتہ ماہ سپریم کورٹ نے فیصلہ سنایا۔", "2025-02-10", "گزشتہ ماہ", "2025-01", "month", "happened"),
    ("رواں ماہ پارٹی نے جلسہ کیا۔", "2025-02-10", "رواں ماہ", "2025-02", "month", "happened"),
    ("اگلے ہفتے اجلاس ہوگا۔", "2025-02-10", "اگلے ہفتے", "2025-02-17", "week", "planned"),
    ("پیر کو عدالت نے سماعت کی۔", "2025-02-12", "پیر کو", "2025-02-10", "day", "happened"),
    ("کل اجلاس ہوگا۔", "2025-02-10", "کل", "2025-02-11", "day", "planned"),
    ("کل عدالت نے فیصلہ سنایا۔", "2025-02-10", "کل", "2025-02-09", "day", "happened"),
    # A day written as a word: "six February", "nine May".
    ("عدالت نے سماعت چھ فروری تک ملتوی کر دی۔", "2025-01-30", "چھ فروری", "2025-02-06", "day", "planned"),
    ("نو مئی کے واقعات میں ملوث کارکنوں کو سزا سنائی گئی۔", "2024-07-01", "نو مئی", "2024-05-09", "day", "happened"),
])
def test_urdu_relative_words_and_yearless_dates(text, published, cue, value, precision, status):
    m = dates(text, published, "ur")[cue]
    assert (m.value, m.precision, m.status) == (value, precision, status)


@pytest.mark.parametrize("text, cue, value, status", [
    ("On the 26th of this month, the ECP will publish the final list of candidates.",
     "On the 26th of this month", "2024-03-26", "planned"),
    ("Objections will be heard on the 19th of this month and candidates may withdraw by the 27th of the same month.",
     "by the 27th of the same month", "2024-03-27", "planned"),
    ("Polling will be held on the 2nd of next month.", "on the 2nd of next month", "2024-04-02", "planned"),
])
def test_an_ordinal_with_its_month_named(text, cue, value, status):
    m = dates(text, "2024-03-12")[cue]
    assert (m.value, m.precision, m.status) == (value, "day", status)


def test_a_span_of_two_months_in_one_year():
    m = dates("The party recalled what happened in March-April 2022.", "2024-01-30")["in March-April 2022"]
    assert (m.value, m.precision, m.date_start, m.date_end) == ("2022-03", "month", "2022-03-01", "2022-04-30")


def test_an_approximate_count_of_weeks_from_a_date_is_a_week():
    found = dates("The verdict came just over a week before the February 8 elections.", "2024-01-30")
    assert (found["a week before"].value, found["a week before"].precision) == ("2024-01-29", "week")


@pytest.mark.parametrize("text, value, end, status", [
    ("The home department imposed Section 144 across Punjab with effect from Thursday to Saturday.",
     "2024-08-22", "2024-08-24", "planned"),
    ("PTI held rallies in Peshawar from Monday to Wednesday.", "2024-08-19", "2024-08-21", "happened"),
    ("PTI will hold rallies in Peshawar from Monday to Wednesday.", "2024-08-26", "2024-08-28", "planned"),
])
def test_a_range_of_weekdays(text, value, end, status):
    m = find_dates(text, date(2024, 8, 21))[0]
    assert (m.value, m.date_end, m.status) == (value, end, status)


def test_the_same_day_needs_its_day_just_before_unless_that_day_is_the_reports_own():
    far = dates("Polling took place on February 8. Results were delayed. The same day, PTI claimed victory.",
                "2024-02-20")
    assert far["The same day"].value is None
    today = dates("The court ruled on Tuesday. Lawyers protested outside. Later that day, PTI appealed.", "2024-02-20")
    assert today["Later that day"].value == "2024-02-20"  # Tuesday is the report's own day
    assert dates("Later that day, PTI appealed.", "2024-02-20")["Later that day"].value is None
    assert dates("Earlier in the day, PTI appealed.", "2024-02-20")["Earlier in the day"].value == "2024-02-20"


def test_a_range_from_a_relative_day_to_a_weekday():
    m = find_dates("From tomorrow to Saturday, candidates may submit their nomination papers.", date(2024, 3, 12))[0]
    assert (m.text, m.value, m.date_end, m.status) == ("From tomorrow to Saturday", "2024-03-13", "2024-03-16", "planned")


@pytest.mark.parametrize("text, value, status", [
    ("The court heard the case on May 20. It will resume hearing on the 25th.", "2024-06-25", "planned"),
    ("The court heard the case on May 20 and again on the 25th.", "2024-05-25", "happened"),
    ("The court adjourned the hearing on May 20 until the 28th.", "2024-05-28", "happened"),
    ("The court adjourned the hearing on May 20 until the 2nd.", "2024-06-02", "planned"),
])
def test_an_ordinal_after_a_narrative_date_keeps_the_side_of_publication_its_tense_says(text, value, status):
    m = find_dates(text, date(2024, 5, 30))[-1]
    assert (m.value, m.status) == (value, status)


def test_a_count_after_a_noun_of_a_named_day_is_not_counted_from_that_day():
    # The notification came after the polls: the date names the polls, not what the count is after.
    found = dates("Independents had to join a party within three days after the notification of the "
                  "results of the February 8 elections.", "2024-02-19")
    assert found["February 8"].value == "2024-02-08"
    assert found["three days after"].value is None
    # With the date on the clause the count is after, it still counts from it (Monday + 1).
    found = dates("Police came a day after the storming of the returning officer's office on Monday.",
                  "2024-02-21")
    assert found["a day after"].value == "2024-02-20"


def test_a_count_between_two_dated_happenings_dates_nothing_new():
    # Both ends are dated: Sunday (3 March) and February 8; "three weeks after" only relates them.
    found = dates("Parliament on Sunday elected him prime minister, three weeks after the February 8 vote.",
                  "2024-03-03")
    assert found["on Sunday"].value == "2024-03-03" and found["February 8"].value == "2024-02-08"
    assert "three weeks after" not in found


def test_an_apposed_count_after_a_noun_linked_to_a_named_day_counts_back():
    # The notification was three days before Sunday (18 February); the polls keep their own day.
    found = dates("Independents joined the SIC on Sunday, three days after the notification of the results "
                  "of the February 8 polls.", "2024-02-19")
    assert found["three days after"].value == "2024-02-15"
    assert found["February 8"].value == "2024-02-08"
