"""Loader rules of the forty-fifth round.  Sentences written for these tests; the dates are read off the text by hand.

- A date told as an adverb may stand inside a phrase's "*" in a script with capitals too, between the act and what
  completes it: "took oath on Friday as the new chief justice" is the judge's oath (legal), "was elected on Monday by
  the Punjab Assembly" the house's vote (government_formation).  Only a date that one of the story's new
  `date_adverb_openers` opens ("on", "late", "last", ...), right before the word the "*" stopped at: a date that is
  the object's own ("the count of Thursday's vote") still breaks the phrase, and so does one before an object
  ("launched on Monday a drive"), one after a participle inside the phrase ("workers arrested last week reached
  home"), and any date after an announcing word ("announced on Monday that protests would be held": the
  announcement's day, done, not the protests').  Withdrawn after review: a house that "elected" someone "with" votes
  (it took "an assembly elected with stolen votes").
- The commission's schedule is the election's: the scrutiny of the papers, their withdrawal, the returning officers'
  public notices (the returning officers' only: courts and tax authorities issue them too), the list of candidates
  published ("Scrutiny of the papers will be completed by March 19",
  "candidates may withdraw until March 27").
- A death is other: "the death of" and "demise" (a seat "fell vacant after the death of" its member is no result);
  so are funeral prayers ("funeral prayers", "نماز جنازہ", "attended the funeral"; not a bare "funeral", which may
  be a figure of speech), and a convoy of supplies or passengers ("convoy carrying food", "aid convoy", "passenger
  convoy"), which is no march (not a convoy "carrying PTI workers").
- A house's session adjourned is the house's business (government_formation, not a court's adjournment): "the speaker
  adjourned the sitting till Friday", "the National Assembly session was adjourned" (a house named, or its speaker or
  chairman: a court, a tribunal or the judicial commission adjourns sittings too).
- An Urdu agreement "between" two sides, "کے درمیان ... طے پانے والے معاہدے", is a deal (coalition), unless its sides
  are no parties: the Joint Awami Action Committee joins the civic sides (its agreements with the government are
  other).  Withdrawn after review: an agreement "with" one side ("کے ساتھ"), which took the IPPs', traders' and TLP's.
- Publication days: an HTML page whose metadata states no date, whose day htmldate reads from markup that could be
  either day first or month first ("06/04/2024" read as 6 April), takes the day and month the other way round when a
  `<time datetime="2024-06-04T...">` of the page says so.  Withdrawn after review: any first `<time>` of the page
  (a live blog's newest post, an "Updated" stamp before the first publication's, teaser cards), and a yearless
  dateline's year that the article's named years chose corrected by a calendar happening (a lead weekday fitting the
  named year, an anniversary's relative weekday).
"""

import pytest
from fixtures import loaded_events


@pytest.mark.parametrize("body, day, expected", [
    ("ISLAMABAD: Aminuddin Khan took oath on Saturday as the first chief justice of the new court.", "2024-10-26",
     "legal"),
    ("LAHORE: Maryam Nawaz was elected on Monday by the Punjab Assembly.", "2024-10-28", "government_formation"),
])
def test_a_date_told_as_an_adverb_stands_inside_a_phrase(tmp_path, body, day, expected):
    events = loaded_events(tmp_path, "adverb.txt", f"date 2024-10-28\n\nNews of the day\n\n{body}\n")
    assert [(d, t) for d, _, t, _ in events] == [(day, expected)]


def test_a_date_after_an_announcing_word_is_the_announcements(tmp_path):
    # (already read so before the round: a guard, which the first form of the rule broke)
    body = "The party announced on Monday that the protests would be held in every district on Friday."
    events = loaded_events(tmp_path, "announced.txt", f"date 2025-08-05\n\nProtests called\n\n{body}\n")
    # (read by hand: Monday 4 August is the announcement, done; Friday 8 August the protests, to come)
    assert {(d, s) for d, _, _, s in events} == {("2025-08-04", "happened"), ("2025-08-08", "planned")}


@pytest.mark.parametrize("body, expected", [
    ("Scrutiny of the papers will be completed by March 19, the commission said.", ("2024-03-19", "planned")),
    ("Candidates may withdraw until March 27, according to the schedule.", ("2024-03-27", "planned")),
    ("The returning officers will issue public notices on March 15 for the vacant seats.", ("2024-03-15", "planned")),
    ("The final list of candidates will be published on March 28.", ("2024-03-28", "planned")),  # (read so before)
])
def test_the_commissions_schedule_is_the_elections(tmp_path, body, expected):
    events = loaded_events(tmp_path, "schedule.txt", f"date 2024-03-12\n\nBy-election schedule\n\n{body}\n")
    assert [(d, t, s) for d, _, t, s in events] == [(expected[0], "election", expected[1])]


@pytest.mark.parametrize("body", [
    "The seat fell vacant after the death of the sitting lawmaker on April 8.",
    "His funeral prayers will be offered at the Jinnah Park today.",
    # (a convoy of supplies is no march)
    "A convoy carrying food and medicines for the district came under fire on Friday near Bagan.",
])
def test_a_death_and_its_funeral_are_other(tmp_path, body):
    events = loaded_events(tmp_path, "death.txt", f"date 2025-04-12\n\nA seat falls vacant\n\n{body}\n")
    assert events and {t for _, _, t, _ in events} == {"other"}


@pytest.mark.parametrize("body, expected", [
    ("واضح رہے کہ ایم کیو ایم اور مسلم لیگ (ن) کے درمیان 2 مارچ کو طے پانے والے معاہدے میں بلدیاتی اختیارات شامل تھے۔",
     "coalition"),
    ("The government and the Joint Awami Action Committee reached an agreement on Saturday after two days of talks.",
     "other"),
])
def test_an_agreement_between_two_sides_is_a_deal_of_parties_only(tmp_path, body, expected):
    events = loaded_events(tmp_path, "deal.txt", f"date 2024-03-10\n\nThe agreement\n\n{body}\n")
    assert events and {t for _, _, t, _ in events} == {expected}


def test_a_time_stamp_of_the_article_settles_its_day(tmp_path):
    from dashboard import load_corpus

    page = ("<html><head><title>Court acquits Khan - 06/04/2024</title></head><body><main><article>"
            "<h1>Court acquits Khan in cipher case</h1>"
            '<div class="publication"><time datetime="2024-06-04T10:23:00.000Z">06/04/2024</time></div>'
            "<p>The Islamabad High Court acquitted former prime minister Imran Khan in the cipher case on Monday, "
            "setting aside the sentences a special court handed him in January.</p>"
            "<p>His party called the verdict a vindication, and its lawyers said he would stay in jail in other "
            "cases for now.</p></article></main></body></html>")
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    articles = load_corpus(tmp_path, use_cache=False).articles
    # (read by hand: the stamp says 4 June 2024, a Tuesday; "on Monday" is the 3rd)
    assert str(articles["published"].iloc[0])[:10] == "2024-06-04"



@pytest.mark.parametrize("body, expected", [
    ("The speaker adjourned the sitting on Monday after the opposition walked out of the house.", "government_formation"),
    # (a court's sitting stays the court's: a guard, which the first form of the rule broke)
    ("The Islamabad High Court on Monday adjourned the sitting after hearing the petition.", "legal"),
])
def test_a_houses_session_adjourned_is_the_houses_business(tmp_path, body, expected):
    events = loaded_events(tmp_path, "adjourned.txt", f"date 2024-03-05\n\nSitting adjourned\n\n{body}\n")
    assert [(d, t) for d, _, t, _ in events] == [("2024-03-04", expected)]
