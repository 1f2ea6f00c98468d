"""Which clause governs a date, and which date a narrative is at: a date that is part of a name
("the February 8 polls", "the elections held on February 8") sets no time for "a day earlier";
an adjective that looks like a plan ("its planned rally", "the reserved verdict") tells no tense;
a plan in the next clause ("..., and vowed to", "... after it decided to") is not this date's.
Sentences are our own; expected dates worked out with a calendar (2024-02-10 was a Saturday)."""

from datetime import date
from pathlib import Path

import pytest

from dashboard.actors import default_matcher
from dashboard.corpus import parse_article
from dashboard.dates import clause_tense, find_dates, names_a_happening
from dashboard.reading import SourceFile


def dates(text, published):
    return {m.text: m for m in find_dates(text, date.fromisoformat(published))}


def events(text):
    parsed = parse_article(SourceFile(Path("a.txt"), "a.txt", "text", text, len(text)), default_matcher())
    return {e["cue"]: e for e in parsed.events}


@pytest.mark.parametrize("sentence, cue, named", [
    ("The ministry criticised the polls held across the country on February 8.", "on February 8", True),
    ("Observers questioned the February 8 polls.", "February 8", True),
    ("The party rejected its February 20 deadline.", "February 20", True),
    ("The party held a rally on February 8.", "on February 8", False),
    ("Polls were held on February 8.", "on February 8", False),
    ("On February 8, voters queued for hours.", "February 8", False),
    # an election noun right before a date makes it a name
    ("The party had neither contested General Elections February 2024 nor won any seats.", "February 2024", True),
    ("Rigging in the elections of February 2024 was widespread, the report said.", "February 2024", True),
    ("The polls in February were marred by a mobile phone shutdown.", "February", True),
    ("The assembly will vote on Monday on the budget.", "Monday", False),
    ("8 فروری کو ہونے والے انتخابات میں دھاندلی ہوئی۔", "8 فروری", True),
    ("8 فروری کو احتجاج ہوا۔", "8 فروری", False),
])
def test_a_date_inside_a_name_is_told_apart_from_the_time_of_a_clause(sentence, cue, named):
    at = sentence.index(cue)
    lang = "ur" if "فروری" in sentence else "en"
    assert names_a_happening(sentence, at, at + len(cue), lang) is named


def test_a_day_earlier_counts_from_the_main_clause_not_from_a_named_election():
    # The Foreign Office spoke on Saturday (Feb 10); "a day earlier" is Friday, not Feb 7.
    text = ("ISLAMABAD: The Foreign Office on Saturday rejected remarks by several capitals on the "
            "elections held in Pakistan on February 8.\n\nA day earlier, three Western governments "
            "questioned the fairness of the count.")
    assert events(" date 2024-02-10\n" + text)["A day earlier"]["date"] == "2024-02-09"


def test_a_day_earlier_after_a_sentence_that_only_names_the_election_counts_from_the_report():
    text = (" date 2024-02-17\nThe party called protests over the February 8 polls.\n\n"
            "A day earlier, its leaders showed copies of result forms to reporters.")
    assert events(text)["A day earlier"]["date"] == "2024-02-16"


@pytest.mark.parametrize("sentence, cue, tense", [
    # an adjective after a determiner or a possessive is no plan and no past verb
    ("The PTI did not hold its planned rally on Sunday after the police refused permission.", "on Sunday", "past"),
    ("The court will announce its reserved verdict on the 12th, a cause list showed.", "on the 12th", "future"),
    ("The party had planned a rally on February 11 but cancelled it.", "on February 11", "past"),
    ("The hearing is scheduled for Monday.", "Monday", "future"),
    # a plan in the next clause belongs to that clause
    ("They said the commissioner ignored a petition they submitted on the 20th of February, and vowed "
     "to keep protesting.", "the 20th of February", "past"),
    ("The party formed an alliance with the council on Sunday, two days after it decided to sit in "
     "opposition.", "on Sunday", "past"),
    ("The party will hold a rally on Sunday and march to the capital.", "on Sunday", "future"),
    ("The rally on Sunday will be peaceful, the party said.", "on Sunday", "future"),
])
def test_the_tense_of_the_clause_that_governs_the_date(sentence, cue, tense):
    at = sentence.index(cue)
    assert clause_tense(sentence, at, at + len(cue)) == tense


def test_weekdays_follow_the_governing_clause():
    # published Tuesday 19 March 2024: the rally was not held on the Sunday just gone (17 March)
    found = dates("The PTI did not hold its planned rally at the ground on Sunday, officials said.", "2024-03-19")
    assert found["on Sunday"].value == "2024-03-17"
    # published Monday 19 February 2024: the alliance was formed the day before (18 February)
    found = dates("This comes after the party formed an alliance with the council on Sunday, two days after "
                  "it decided to sit in opposition.", "2024-02-19")
    assert found["on Sunday"].value == "2024-02-18"
    assert found["two days after"].value == "2024-02-16"


@pytest.mark.parametrize("sentence, published, expected", [
    # written on Friday 23 Feb for Saturday's paper: the named weekday is the day meant
    ("The letter will be sent today (Friday), he said.", "2024-02-24", "2024-02-23"),
    ("PTI will protest tomorrow (Saturday).", "2024-02-17", "2024-02-17"),
    # they agree: nothing to settle
    ("The court will announce its verdict today (Friday).", "2024-07-12", "2024-07-12"),
    ("PTI will protest tomorrow (Saturday).", "2024-02-16", "2024-02-17"),
])
def test_a_relative_day_and_its_named_weekday(sentence, published, expected):
    (mention,) = find_dates(sentence, date.fromisoformat(published))
    assert mention.value == expected


def test_a_date_that_names_a_happening_keeps_its_year_in_a_future_clause():
    # published Monday 12 February 2024: the vote named is the one four days before, not 2025's
    (vote,) = find_dates("PTI will challenge the results of the February 8 vote in court.", date(2024, 2, 12))
    assert (vote.value, vote.status) == ("2024-02-08", "happened")
    (session,) = find_dates("The PTI will attend the March 9 session.", date(2024, 3, 5))
    assert (session.value, session.status) == ("2024-03-09", "planned")


def test_a_related_story_link_after_a_bar_is_page_furniture_not_an_event():
    text = (" date 2024-04-03\nIslamabad [Pakistan], April 3 (ANI): The ruling coalition won most of the Senate "
            "seats contested on Tuesday, officials said.\nAlso Read | Storm Hits Coastal Towns: Live Updates, "
            "April 3, 2024\nThe opposition said it would challenge the results.\n")
    assert {e["date"] for e in events(text).values()} == {"2024-04-02"}


def test_that_after_a_reporting_verb_is_no_anchor_modifier():
    # published Tuesday 5 March 2024: "that" opens the reported clause; the rally is the coming Friday
    found = dates("The PTI said on March 4 that Friday's rally would go ahead.", "2024-03-05")
    assert found["that Friday's"].value == "2024-03-08"
    found = dates("The court met on March 1. That Friday, the verdict came.", "2024-03-05")
    assert found["That Friday"].value == "2024-03-01"


def test_a_published_in_line_counts_only_on_a_line_of_its_own():
    body = ("Opposition walks out\nBy Staff Reporter\nFebruary 13, 2024\n\nISLAMABAD: The opposition walked out "
            "of the session on Tuesday, citing a white paper, Published in Dawn, March 3, 2019, on reform.\n")
    parsed = parse_article(SourceFile(Path("a.txt"), "a.txt", "text", body, len(body)), default_matcher())
    assert str(parsed.article["published"]) == "2024-02-13"
    body = "Opposition walks out\n\nISLAMABAD: The opposition walked out on Tuesday.\n\nPublished in Dawn, February 14th, 2024\n"
    parsed = parse_article(SourceFile(Path("a.txt"), "a.txt", "text", body, len(body)), default_matcher())
    assert str(parsed.article["published"]) == "2024-02-14"
