"""Loader rules of the twenty-sixth round.  Sentences written for these tests; the dates are read off the text
by hand.

- A day that a happening names ("on polling day", "on election day") dates the act right before it, not the
  happening: "the shutdown on polling day" is the shutdown (other), not the election.  A communications
  "shutdown" alone is the shutdown; a strike's "observed a complete shutdown" stays a protest.
- Types: a case "due to be heard by the Sindh High Court on Wednesday" is legal (not the petition's object); a
  release "from Adiala jail" ("رہا کر دیا گیا") is legal, while results "released" stay results.
- A deadline ("within 15 days") in a report whose lead tells of the day before publication runs from that day,
  when the order was given ("The court asked returned candidates to file statements within 15 days", in a paper of
  the day after the ruling); what the paper says still lies ahead ("will send ... within 14 days") runs from
  publication.
"""

from datetime import date

import pytest
from test_round20 import typed

from dashboard import load_corpus
from dashboard.actors import default_matcher
from dashboard.dates import find_dates
from dashboard.events import sentence_events


@pytest.mark.parametrize("sentence, cue", [
    ("Rights groups said the shutdown on polling day had kept voters from finding their polling stations.",
     "on polling day"),
    ("The poll itself was marred by a nationwide mobile phone shutdown on election day, which the government "
     "blamed on security threats.", "on election day"),
    ("Cellular services suspended on polling day were restored only the next evening.", "on polling day"),
])
def test_the_act_before_a_named_day_is_that_days(sentence, cue):
    found = typed(sentence, date(2024, 2, 12))
    assert [t for c, t, s in found if c == cue] == ["other"]


def test_voting_on_polling_day_stays_the_election():
    found = typed("Turnout on polling day was lower than in 2018, the commission said.", date(2024, 2, 12))
    assert [t for c, t, s in found if c == "on polling day"] == ["election"]


def test_a_strike_shutdown_stays_a_protest():
    found = typed("Traders observed a complete shutdown in Quetta on Monday against the results.", date(2024, 2, 13))
    assert [t for c, t, s in found if c == "on Monday"] == ["protest"]


def test_a_hearing_due_before_a_court_is_legal():
    found = typed("A petition challenging the shutdown is due to be heard by the Sindh High Court on Wednesday, "
                  "lawyers said.", date(2024, 2, 19))
    assert [t for c, t, s in found if c == "on Wednesday"] == ["legal"]


def acts(sentence: str, published: date, language: str = "en") -> list[tuple[str, str, str]]:
    """(cue, type, trigger as written) of a sentence's events."""
    mentions = find_dates(sentence, published, language=language)
    matcher = default_matcher()
    return [(e["cue"], e["type"], e["trigger"])
            for e in sentence_events(sentence, 0, mentions, matcher.find(sentence), matcher, published.isoformat())]


@pytest.mark.parametrize("sentence, language, cue, act", [
    ("Bushra Bibi was released from Adiala jail on Thursday evening.", "en", "on Thursday evening",
     "released from Adiala jail"),
    ("بشریٰ بی بی کو جمعرات کی شام اڈیالہ جیل سے رہا کر دیا گیا۔", "ur", "جمعرات کی شام", "رہا کر دیا گیا"),
])
def test_a_release_from_jail_is_a_legal_act(sentence, language, cue, act):
    # (the act, not only the jail: the timeline's label says what was done)
    assert [(t, a) for c, t, a in acts(sentence, date(2024, 10, 25), language) if c == cue] == [("legal", act)]


def test_results_released_stay_results():
    found = typed("The commission's results were released on Friday.", date(2024, 2, 10))
    assert [t for c, t, s in found if c == "on Friday"] == ["results"]


@pytest.mark.parametrize("sentence, value", [
    # the lead told of Friday 12 July; the paper is of Saturday 13 July: 12 + 15 = 27 July
    ("The court asked returned candidates to file statements within 15 days.", "2024-07-27"),
    ("The measures are to be implemented within 15 days.", "2024-07-27"),
    # still ahead as the paper says it: from publication, 13 + 15 = 28 July
    ("The Senate will send its recommendations within 15 days.", "2024-07-28"),
])
def test_a_deadline_runs_from_the_leads_day(sentence, value):
    found = [m for m in find_dates(sentence, date(2024, 7, 13), language="en", news_day=date(2024, 7, 12))
             if m.text.startswith("within")]
    assert [m.value for m in found] == [value]


def test_a_deadline_in_a_whole_article(tmp_path):
    (tmp_path / "ruling.txt").write_text(
        "Court gives independents a fortnight\n\n"
        "ISLAMABAD, July 13 (Reuters) - Pakistan's Supreme Court ruled on Friday that the party was entitled to "
        "reserved seats in the national and provincial assemblies.\n\n"
        "The judges asked lawmakers who had been listed as independents to file statements within 15 days.\n",
        encoding="utf-8")
    events = load_corpus(tmp_path, use_cache=False).events
    within = events[events["cue"] == "within 15 days"]
    assert within["date"].astype(str).str[:10].tolist() == ["2024-07-27"]
