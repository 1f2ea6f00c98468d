"""Direction of a date agrees with its status: postponement targets and expectations lie ahead,
plans told in the past perfect lie behind; possessive event nouns take their own clause's tense;
a count after a comma dates what follows it back from the date before it.  Sentences are our own;
expected values are worked out by hand from the publication date."""

from datetime import date

import pytest

from dashboard.dates import find_dates

TUE = date(2024, 3, 5)   # a Tuesday
FRI = date(2024, 2, 16)  # a Friday


def mention(text, published, cue):
    found = {m.text: m for m in find_dates(text, published)}
    assert cue in found, [m.as_dict() for m in found.values()]
    return found[cue]


@pytest.mark.parametrize("text, cue, value", [
    ("The high court adjourned the hearing of the petitions until the 12th.", "until the 12th", "2024-03-12"),
    ("The tribunal postponed the recount till the 2nd.", "till the 2nd", "2024-04-02"),
    ("The bench deferred proceedings to Monday.", "Monday", "2024-03-11"),
    ("The speaker put off the session for Thursday after the walkout.", "Thursday", "2024-03-07"),
    ("The election commission extended the deadline until April 1.", "April 1", "2024-04-01"),
])
def test_a_postponement_target_lies_ahead_and_is_planned(text, cue, value):
    m = mention(text, TUE, cue)
    assert (m.value, m.status) == (value, "planned")


@pytest.mark.parametrize("text, cue, value", [
    ("Senate polls are expected in mid-March, officials said.", "in mid-March", "2024-03"),
    ("The budget session is expected in late June.", "in late June", "2024-06"),
    ("Talks between the two parties are due in early April.", "in early April", "2024-04"),
])
def test_an_expected_event_lies_ahead(text, cue, value):
    m = mention(text, FRI, cue)
    assert (m.value, m.status) == (value, "planned")


@pytest.mark.parametrize("text, cue, value", [
    ("The party had planned a rally on February 11 but cancelled it.", "February 11", "2024-02-11"),
    ("Workers had scheduled a sit-in on Tuesday before the talks.", "on Tuesday", "2024-02-13"),
    ("The convention had been scheduled for February 3, but the venue was sealed.",
     "February 3", "2024-02-03"),
])
def test_a_plan_told_in_the_past_perfect_lies_behind_and_stays_planned(text, cue, value):
    m = mention(text, FRI, cue)
    assert (m.value, m.status) == (value, "planned")


@pytest.mark.parametrize("text, cue, value", [
    ("The party had announced the strike on Wednesday after its committee met.", "on Wednesday", "2024-02-14"),
    ("The leader had called for the march from prison on Feb. 10.", "Feb. 10", "2024-02-10"),
])
def test_an_announcement_in_the_past_perfect_is_the_announcements_date(text, cue, value):
    m = mention(text, FRI, cue)
    assert (m.value, m.status) == (value, "happened")


@pytest.mark.parametrize("text, cue, value", [
    ("Voters who stayed home in Thursday's election will be asked to vote again.", "Thursday's", "2024-02-15"),
    ("Candidates who lost Monday's by-election will challenge the result.", "Monday's", "2024-02-12"),
    ("The members who took oath on Wednesday will keep their seats.", "on Wednesday", "2024-02-14"),
])
def test_a_date_in_a_past_relative_clause_is_past(text, cue, value):
    m = mention(text, FRI, cue)
    assert (m.value, m.status) == (value, "happened")


def test_a_possessive_at_the_head_of_a_future_clause_stays_future():
    m = mention("Sunday's rally will be held at the parade ground.", FRI, "Sunday's")
    assert (m.value, m.status) == ("2024-02-18", "planned")


@pytest.mark.parametrize("text, cue, value", [
    ("KARACHI, Feb 16,2024: He was sworn in on Thursday, a day after the assembly elected him.",
     "a day after", "2024-02-14"),
    ("The cabinet took oath on Monday at the presidency, two days after the prime minister picked it.",
     "two days after", "2024-02-10"),
    ("The court ruled on February 14, a week after the petition was filed.", "a week after", "2024-02-07"),
    ("The rally was held on Tuesday, a day before the polls opened.", "a day before", "2024-02-14"),
])
def test_a_count_after_a_comma_counts_back_from_the_date_before_it(text, cue, value):
    assert mention(text, FRI, cue).value == value


def test_an_approximate_count_after_a_date_is_no_date():
    found = find_dates("Parliament met on Sunday, nearly four weeks after the vote.", FRI)
    assert [m.text for m in found] == ["on Sunday"]


def test_a_count_after_a_date_leaves_the_narrative_at_that_date():
    text = "He was sworn in on Thursday, a day after the assembly elected him. The next day he met the governor."
    found = {m.text: m.value for m in find_dates(text, FRI)}
    assert found["The next day"] == "2024-02-16"


@pytest.mark.parametrize("text", [
    # Said on March 5: a deadline "extended until March 1" has passed; no one extends it by a year.
    "The commission extended the deadline until March 1, when the lists closed.",
    # The past perfect looks back at the target.
    "The commission had extended the deadline until March 1.",
])
def test_a_postponement_target_far_behind_is_looked_back_at_not_a_year_ahead(text):
    m = mention(text, TUE, "March 1")
    assert (m.value, m.status) == ("2024-03-01", "happened")


def test_a_postponement_target_months_ahead_stays_ahead():
    m = mention("The judge adjourned the hearing until October 4.", TUE, "October 4")
    assert (m.value, m.status) == ("2024-10-04", "planned")


@pytest.mark.parametrize("text, cue, value", [
    ("The party, which won most seats in the polls, will hold a rally on Sunday.", "on Sunday", "2024-02-18"),
    ("Khan, who was jailed last year, is to address the workers on Sunday.", "on Sunday", "2024-02-18"),
])
def test_a_future_main_clause_after_a_past_relative_clause_stays_future(text, cue, value):
    m = mention(text, FRI, cue)
    assert (m.value, m.status) == (value, "planned")


def test_a_month_that_names_a_happening_looks_back_in_a_future_sentence():
    # published on a Tuesday in March 2024: "the February vote" is the one just held
    m = mention("The UN hoped all complaints about the February vote would be addressed through legal means.",
                TUE, "February")
    assert m.value == "2024-02"
    # a month that names nothing still follows the tense
    assert mention("The party will hold its convention in February.", TUE, "in February").value == "2025-02"


def test_due_to_a_cause_is_no_future_but_due_to_be_held_is():
    # published on a Tuesday in March 2024
    m = mention("The case was filed due to violations of the rules during a rally on March 3.", TUE, "March 3")
    assert (m.value, m.status) == ("2024-03-03", "happened")
    m = mention("The session is due to be held on March 12.", TUE, "March 12")
    assert (m.value, m.status) == ("2024-03-12", "planned")


@pytest.mark.parametrize("text, cue, value", [
    # a plan for a day that passed days before the report: that day, not the same day next year
    ("The Senate polls were scheduled to be held on March 2 but were put off.", "March 2", "2024-03-02"),
    # a plan for a day that passed long ago is the coming one (more than six weeks: a plan told weeks after its
    # day is one that was called off or reported late, "called off its rally scheduled for August 22")
    ("The party will hold a convention on January 10.", "January 10", "2025-01-10"),
    ("The party will hold a convention on February 10.", "February 10", "2024-02-10"),
    ("The party will hold a convention on March 20.", "March 20", "2024-03-20"),
])
def test_a_future_clause_and_a_day_just_passed(text, cue, value):
    assert mention(text, TUE, cue).value == value


def test_a_count_back_is_a_count_ago():
    assert mention("The chairman was elected a month back.", TUE, "a month back").value == "2024-02"
    assert mention("The house met two days back.", TUE, "two days back").value == "2024-03-03"


def test_a_month_named_by_its_possessive_looks_back_in_a_future_clause():
    # "February's election" is the election of the February just gone, though the clause is a call for protests.
    text = "The party called for protests against the rigging of February's election."
    assert mention(text, TUE, "February's").value == "2024-02"
    # without the possessive name, a month in a future clause is the coming one
    assert mention("The party will hold protests in February.", TUE, "in February").value == "2025-02"


@pytest.mark.parametrize("text, cue, value, status", [
    # a deadline's day lies ahead, though the verb that set it is past (published Tuesday 5 March 2024)
    ("The alliance has set a deadline of June 30 for the talks.", "June 30", "2024-06-30", "planned"),
    ("The party gave the government a deadline until March 20.", "March 20", "2024-03-20", "planned"),
    # a deadline that passed is told as past
    ("The deadline expired on March 1.", "March 1", "2024-03-01", "happened"),
])
def test_a_deadline_lies_ahead(text, cue, value, status):
    found = mention(text, TUE, cue)
    assert (found.value, found.status) == (value, status)



@pytest.mark.parametrize("text, cue, value", [
    # a fortnight is fourteen days, counted like "two weeks" (published Tuesday 5 March 2024)
    ("The commission issued the notification a fortnight ago.", "a fortnight ago", "2024-02-20"),
    ("The talks broke down two fortnights ago.", "two fortnights ago", "2024-02-06"),
])
def test_a_fortnight_counts_fourteen_days(text, cue, value):
    assert mention(text, TUE, cue).value == value


SUN = date(2024, 9, 22)  # a Sunday


@pytest.mark.parametrize("text, published, cue, value", [
    # a future weekday the text has just named with its date is that day
    ("The party will hold a rally on Sunday, September 29. It will be held in Mianwali on Sunday.",
     SUN, "on Sunday", "2024-09-29"),
    # said on a Friday, the coming Sunday is the nearer one, though the text named a later Sunday
    ("PTI will hold a rally in Lahore on Sunday, September 29. Before that, its workers will protest in "
     "Rawalpindi on Sunday.", date(2024, 9, 20), "on Sunday", "2024-09-22"),
    # without a named date the nearest one ahead (today, said on a Sunday)
    ("The party will hold a rally in Mianwali on Sunday.", SUN, "on Sunday", "2024-09-22"),
    # a past clause is not moved to the named day ahead
    ("The party will hold a rally on Sunday, September 29. Police arrested workers on Sunday.",
     date(2024, 9, 24), "on Sunday", "2024-09-22"),
])
def test_a_future_weekday_just_named_with_its_date_is_that_day(text, published, cue, value):
    found = [m for m in find_dates(text, published) if m.text == cue]
    assert found and found[-1].value == value


@pytest.mark.parametrize("text, cue", [
    ("The rallies were held on February 10, 11 and 12.", "February 10, 11 and 12"),
    ("The rallies were held on 10, 11 and 12 February.", "10, 11 and 12 February"),
])
def test_a_list_of_three_days_covers_the_first_to_the_last(text, cue):
    m = mention(text, date(2024, 2, 14), cue)
    assert (m.value, m.date_end) == ("2024-02-10", "2024-02-12")


@pytest.mark.parametrize("text", [
    "On February 10, 11 people were hurt.",
    "Police registered cases on February 10, 12 and 20 people were arrested.",
])
def test_a_count_after_a_date_is_no_list_of_days(text):
    found = {m.text: m for m in find_dates(text, date(2024, 2, 14))}
    assert "February 10" in found and found["February 10"].date_end == "2024-02-10"


@pytest.mark.parametrize("text, cue, value", [
    # a case fixed for hearing on a day: the hearing lies ahead (published Wednesday 14 February 2024)
    ("The court fixed the case for hearing on Friday.", "on Friday", "2024-02-16"),
    ("The high court fixed the petition for a hearing on February 20.", "February 20", "2024-02-20"),
    # the fixing itself, dated, is past
    ("The court on Monday fixed the case for hearing.", "on Monday", "2024-02-12"),
])
def test_a_case_fixed_for_hearing_on_a_day_lies_ahead(text, cue, value):
    m = mention(text, date(2024, 2, 14), cue)
    assert m.value == value and m.status == ("planned" if value > "2024-02-14" else "happened")
