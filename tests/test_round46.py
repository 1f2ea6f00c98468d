"""Loader rules of the forty-sixth round.  Sentences written for these tests; the dates are read off the text by hand.

- An attack or a killing stays other when its sentence names a foreign place, victim or government that is not its
  doer: "gunmen opened fire on pilgrims near a shrine in Iran" and "a bomb attack on a bus of Chinese workers" are
  other, not international; so is a date that names an attack with no act of its own ("the measures followed
  Monday's attack in Indian Kashmir", "the attack in Pahalgam on April 22").  The story's new `violence_words`
  (attacks and killings; not a state's strikes, missiles or drones): a foreign government or force named before the
  act with no comma between is its doer, and the act stays international ("India fired missiles ...").
- A ceasefire, a truce or a hotline contact between states is international ("agreed to a ceasefire", "spoke over the
  hotline"); one that militants call off or end is other ("the Pakistani Taliban ended a ceasefire").
- A bill passed by its name is legal, however long the name: "passed the Prevention of Electronic Crimes (Amendment)
  Bill" (a "*" stands for four words at most, and a bill's name is longer).
- A house's gathering "for a special session" is the house's (government_formation): a purpose word before the
  gathering's own noun says no purpose ("met for a debate on prices" still takes its purpose's type).
- An aside of the language's new `aside_adverbs` set off by commas between a doer and its act is looked past to the
  doer, as a relative clause is: "The Senate, meanwhile, meets on Friday" is the house's sitting.
- Publication days: an HTML page's date line that the extractor drops is put back under the headline even when it
  runs to ten words or more ("March 4, 2026 9:12 AM GMT+5 Updated 3 hours ago": a paragraph's length, which used to
  end the search before it).
"""

import pytest
from fixtures import loaded_events


@pytest.mark.parametrize("body, day, expected", [
    ("QUETTA: Gunmen opened fire on Tuesday on a bus carrying Iranian pilgrims near the border town of Taftan.",
     "2025-03-04", "other"),
    ("PESHAWAR: A suicide bomber attacked a convoy of Chinese engineers on Tuesday near Besham.", "2025-03-04", "other"),
    # (a foreign state's act before it, no comma between: international, a guard that the rule keeps)
    ("ISLAMABAD: India fired missiles at three sites in Pakistan on Tuesday, the military said.", "2025-03-04",
     "international"),
])
def test_an_attack_with_a_foreign_place_or_victim_stays_other(tmp_path, body, day, expected):
    events = loaded_events(tmp_path, "attack.txt", f"date 2025-03-05\n\nSecurity news\n\n{body}\n")
    assert [(d, t) for d, _, t, _ in events] == [(day, expected)]


def test_a_date_that_names_an_attack_is_the_attacks(tmp_path):
    body = ("New Delhi's measures followed Monday's attack near Gulmarg in Indian Kashmir, in which nine people "
            "were killed.")
    events = loaded_events(tmp_path, "named.txt", f"date 2025-03-05\n\nMeasures announced\n\n{body}\n")
    # (read by hand: Monday before Wednesday 5 March is the 3rd)
    assert [(d, t) for d, _, t, _ in events] == [("2025-03-03", "other")]


@pytest.mark.parametrize("body, day, expected", [
    # (the first and the last read so before the round: guards; the first form of the rule broke the last)
    ("ISLAMABAD: Pakistan and Afghanistan agreed to a ceasefire on Sunday after two days of clashes at the border.",
     "2025-03-02", "international"),
    ("The military commanders of the two countries spoke over the hotline on Monday.", "2025-03-03", "international"),
    ("Attacks in the northwest surged after the Pakistani Taliban ended a ceasefire with the government in "
     "November 2022.", "2022-11-01", "other"),
])
def test_a_ceasefire_between_states_is_international(tmp_path, body, day, expected):
    events = loaded_events(tmp_path, "truce.txt", f"date 2025-03-05\n\nBorder news\n\n{body}\n")
    assert [(d, t) for d, _, t, _ in events] == [(day, expected)]


def test_a_bill_passed_by_its_long_name_is_legal(tmp_path):
    body = ("ISLAMABAD: The Senate on Monday passed the Islamabad Capital Territory Local Government (Amendment) "
            "Bill, 2025 by a voice vote.")
    events = loaded_events(tmp_path, "bill.txt", f"date 2025-03-04\n\nBill passed\n\n{body}\n")
    assert [(d, t) for d, _, t, _ in events] == [("2025-03-03", "legal")]


@pytest.mark.parametrize("body, expected", [
    ("The Punjab Assembly will meet on Friday for a special session on the floods.", "government_formation"),
    ("The Senate, meanwhile, will meet on Friday.", "government_formation"),
    # (a purpose that is no gathering's own noun still types the gathering: a guard, read so before)
    ("The Sindh Assembly will meet on Friday to discuss the price of flour.", "other"),
])
def test_a_houses_gathering_is_the_houses_business(tmp_path, body, expected):
    events = loaded_events(tmp_path, "house.txt", f"date 2025-03-04\n\nAssembly news\n\n{body}\n")
    assert [(d, t) for d, _, t, _ in events] == [("2025-03-07", expected)]


def test_a_long_date_line_dropped_by_the_extractor_dates_the_page(tmp_path):
    from dashboard import load_corpus

    page = ("<html><head><title>Court adjourns Baloch activist's bail plea | Wire</title></head><body><main><article>"
            "<h1>Court adjourns Baloch activist's bail plea</h1>"
            '<p class="byline">By Staff Reporter</p>'
            '<p class="date"><time datetime="2026-03-04T04:12:00Z">March 4, 2026 9:12 AM GMT+5</time> '
            "Updated 3 hours ago</p>"
            "<p>QUETTA, March 4 (Reuters) - A court in Quetta adjourned the bail plea of a detained Baloch "
            "activist, whose supporters rallied outside, her lawyer said after a brief hearing.</p>"
            "<p>She was arrested on March 2, 2025, and has been held since then under a public order law.</p>"
            "</article></main></body></html>")
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    articles = load_corpus(tmp_path, use_cache=False).articles
    # (read by hand: the date line says 4 March 2026; the page names no weekday, and 2025 only as the arrest's year)
    assert str(articles["published"].iloc[0])[:10] == "2026-03-04"
