"""Types of the eighteenth round.  Sentences written for these tests; the types are read off the text by
hand.

- Chosen "by the National Assembly", or winning "the speakership", is the house forming the government.
- Thanking a foreign leader, or a foreign leader's posted congratulations, is an international exchange;
  thanking voters at home is a statement.
- A term that expired is no act of forming a government.
- An oath or appointment "as the new chief justice" ("بطور چیف جسٹس") is the judiciary's own (legal); a
  president sworn in by the chief justice still forms the government, and so does a chief minister's oath
  a new chief justice administers.
"""

from datetime import date

import pytest
from test_events_types_round14 import typed


@pytest.mark.parametrize("sentence, expected", [
    ("Sharif was chosen by the newly elected National Assembly on Sunday, taking 201 votes.",
     ("on Sunday", "government_formation")),
    # senators elected by the assembly's members: a Senate vote, not the house forming a government
    ("Two senators from Islamabad were elected by members of the National Assembly on Tuesday.", ("on Tuesday", "election")),
    ("Lawmakers met under Speaker Ahmed Khan, who won the speakership on Thursday.", ("on Thursday", "government_formation")),
])
def test_the_house_choosing_its_leaders_forms_the_government(sentence, expected):
    assert expected in typed(sentence, date(2024, 3, 5))


@pytest.mark.parametrize("sentence, expected", [
    ("The new prime minister on Tuesday thanked Prime Minister Narendra Modi for his message.", ("on Tuesday", "international")),
    ("Modi had posted his congratulations on Monday, hours after the oath.", ("on Monday", "international")),
    ("The party chairman on Tuesday thanked voters in Lahore for their support.", ("on Tuesday", "statement")),
])
def test_thanks_and_congratulations_across_borders(sentence, expected):
    assert expected in typed(sentence, date(2024, 3, 6))


def test_a_term_that_expired_is_other():
    assert ("in September last year", "other") in typed(
        "He succeeds the outgoing president, whose five-year term expired in September last year.", date(2024, 3, 10))


@pytest.mark.parametrize("sentence, expected, language", [
    ("Justice Mansoor Ahmed was sworn in as the new chief justice on Saturday.", ("on Saturday", "legal"), "en"),
    # "Justice Afridi will take the oath as chief justice on 26 October"
    ("جسٹس آفریدی 26 اکتوبر کو بطور چیف جسٹس حلف اٹھائیں گے۔", ("26 اکتوبر", "legal"), "ur"),
    ("The president was sworn in on Sunday by the chief justice.", ("on Sunday", "government_formation"), "en"),
    ("Zardari was sworn in as president on Sunday by Isa, who took charge as chief justice last September.",
     ("on Sunday", "government_formation"), "en"),
    # "the new chief justice administered the oath of chief minister to Maryam Nawaz on Monday"
    ("نئے چیف جسٹس نے پیر کو مریم نواز سے وزیراعلیٰ پنجاب کے عہدے کا حلف لیا۔", ("پیر کو", "government_formation"), "ur"),
])
def test_a_judge_s_oath_is_the_judiciary_s(sentence, expected, language):
    assert expected in typed(sentence, date(2024, 10, 21), language=language)


@pytest.mark.parametrize("sentence, expected", [
    # a capitalised event noun inside a name is no event: the act is the amendment
    ("Last month parliament amended the Elections Act to bar independents from switching parties.",
     ("Last month", "legal")),
    # FAFEN is an observer (an actor), and releasing a report is a statement
    ("The Free and Fair Election Network (FAFEN) on Saturday released its preliminary report on the polls.",
     ("on Saturday", "statement")),
    ("The observer group had published its final assessment on February 6.", ("February 6", "statement")),
    ("The Election Commission on Saturday released the results of 250 seats.", ("on Saturday", "results")),
])
def test_names_and_reports(sentence, expected):
    assert expected in typed(sentence, date(2024, 2, 10) if "Saturday" in sentence or "February" in sentence
                             else date(2024, 9, 10))


def test_a_noun_of_delay_puts_nothing_off():
    # "was marred by delays": a noun, so Thursday's election was the one just gone, not next week's
    from dashboard.dates import find_dates
    found = [(m.text, m.value) for m in find_dates("Thursday's general election was marred by delays.",
                                                   date(2024, 2, 10), language="en")]
    assert found == [("Thursday's", "2024-02-08")]


@pytest.mark.parametrize("sentence, published, expected, language", [
    ("The PTI plans to mark the first anniversary of the election next month with nationwide protests.",
     date(2025, 1, 18), ("next month", "protest"), "en"),
    ("On the first anniversary of the general election on Saturday, PTI workers rallied in Swabi.",
     date(2025, 2, 9), ("on Saturday", "protest"), "en"),
    # "after the talks ended, the PTI's protest on 8 February, the first anniversary of the elections, is expected"
    ("مذاکرات کے خاتمے کے بعد 8 فروری کو انتخابات کی پہلی برسی پر تحریک انصاف کے احتجاج کی کال متوقع ہے۔",
     date(2025, 1, 25), ("8 فروری", "protest"), "ur"),
])
def test_an_anniversary_of_the_vote_is_no_vote(sentence, published, expected, language):
    assert expected in typed(sentence, published, language=language)


@pytest.mark.parametrize("sentence, expected", [
    # a possessive date right after a verb names the verb's object ("last week's election"), not the verb's day
    ("The bureaucrat said Saturday that he had helped rig last week's election.", ("Saturday", "rigging_allegation")),
    ("The commissioner on Saturday told reporters he had overseen the manipulation of vote counts.",
     ("on Saturday", "rigging_allegation")),
])
def test_a_confession_of_rigging_at_the_saying(sentence, expected):
    assert expected in typed(sentence, date(2024, 2, 18))


@pytest.mark.parametrize("sentence, published, expected, language", [
    ("The National Assembly is due to meet on Feb. 29.", date(2024, 2, 26), ("Feb. 29", "government_formation"), "en"),
    ("The Khyber Pakhtunkhwa Assembly is scheduled to meet on February 28.", date(2024, 2, 26),
     ("February 28", "government_formation"), "en"),
    # "the National Assembly's session must be called by 29 February"
    ("قومی اسمبلی کا اجلاس 29 فروری تک بلانا آئینی تقاضا ہے۔", date(2024, 2, 26), ("29 فروری", "government_formation"), "ur"),
    # an assembly's other acts keep their own type: passing an amendment is a law's
    ("The National Assembly on Wednesday passed the amendment with 234 votes.", date(2024, 10, 24),
     ("on Wednesday", "legal"), "en"),
])
def test_an_assembly_s_session_forms_the_government(sentence, published, expected, language):
    assert expected in typed(sentence, published, language=language)


def test_a_party_meeting_to_decide_its_next_steps_is_a_statement_of_course():
    # three annotated sets read a party body's meeting "to decide its next steps" as a statement of its course
    assert ("on Thursday", "statement") in typed("The party's core committee will meet on Thursday to decide its next steps.",
                                                  date(2024, 11, 27))
