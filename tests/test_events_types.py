"""Event types from the trigger that governs the date, and the trigger column.

The date cues are given by hand (offsets found in the sentence), so these tests do not
depend on how the date engine resolves them."""

import pytest

from dashboard.actors import default_matcher
from dashboard.dates import DateMention
from dashboard.events import sentence_events

PUBLISHED = "2024-02-14"  # a Wednesday


def mention(sentence: str, cue: str, value: str, precision: str = "day") -> DateMention:
    start = sentence.index(cue)
    return DateMention(start=start, end=start + len(cue), text=cue, kind="test", value=value, precision=precision)


def events_of(sentence: str, *cues: tuple[str, str], published: str = PUBLISHED) -> list[dict]:
    matcher = default_matcher()
    mentions = [mention(sentence, cue, value) for cue, value in cues]
    return sentence_events(sentence, 0, mentions, matcher.find(sentence), matcher, published)


def only(sentence: str, cue: str, value: str = "2024-02-12") -> dict:
    events = events_of(sentence, (cue, value))
    assert len(events) == 1
    return events[0]


@pytest.mark.parametrize("sentence, cue, kind, trigger", [
    # protest
    ("Party workers staged a sit-in outside the provincial assembly on Monday.", "on Monday", "protest",
     "staged a sit-in"),
    ("Thousands of traders marched through Peshawar on Monday.", "on Monday", "protest", "marched through"),
    ("Farmers blocked the motorway near Sheikhupura on Monday.", "on Monday", "protest", "blocked the motorway"),
    ("The student wing held a rally in Multan on Monday against the count.", "on Monday", "protest",
     "held a rally"),
    ("Supporters took to the streets in Quetta on Monday.", "on Monday", "protest", "took to the streets"),
    # legal
    ("The candidate filed a petition in the high court on Monday.", "on Monday", "legal", "filed a petition"),
    ("The bench reserved its verdict on Monday after hearing both sides.", "on Monday", "legal",
     "reserved its verdict"),
    ("The judge adjourned the hearing on Monday for want of a lawyer.", "on Monday", "legal",
     "adjourned the hearing"),
    ("An anti-terrorism court granted bail to the former minister on Monday.", "on Monday", "legal",
     "granted bail"),
    ("The former minister was indicted on Monday in a graft case.", "on Monday", "legal", "indicted"),
    # coalition
    ("The two religious parties joined hands on Monday in Lahore.", "on Monday", "coalition", "joined hands"),
    ("Four smaller groups formed an alliance in Karachi on Monday.", "on Monday", "coalition",
     "formed an alliance"),
    ("The two largest parties agreed to form a coalition on Monday.", "on Monday", "coalition",
     "agreed to form a coalition"),
    # government formation
    ("The new chief minister was sworn in at the governor's house on Monday.", "on Monday",
     "government_formation", "sworn in"),
    ("The house elected the senior lawmaker prime minister on Monday.", "on Monday", "government_formation",
     "elected the senior lawmaker prime minister"),
    ("Newly elected members took oath on Monday in the provincial assembly.", "on Monday",
     "government_formation", "took oath"),
    # rigging allegations
    ("The opposition alleged rigging in thirty constituencies on Monday.", "on Monday", "rigging_allegation",
     "alleged rigging"),
    ("The alliance rejected the results of the provincial count on Monday.", "on Monday",
     "rigging_allegation", "rejected the results"),
    # results
    ("The commission announced the final results on Monday evening.", "on Monday", "results",
     "announced the final results"),
    ("On Monday the independents won 90 seats in the provincial count.", "On Monday", "results",
     "won 90 seats"),
    # election: the noun right after the cue names the event
    ("Turnout in Thursday's election was lower than in the last one.", "Thursday's", "election", "election"),
    ("Reports of delays marred the February 8 polls in several districts.", "February 8", "election", "polls"),
    # a statement when nothing else is said
    ("The spokesman said on Monday that the matter was closed.", "on Monday", "statement", "said"),
])
def test_type_and_trigger_from_who_did_what(sentence, cue, kind, trigger):
    event = only(sentence, cue, "2024-02-08" if "Thursday" in cue or "February" in cue else "2024-02-12")
    assert (event["type"], event["trigger"]) == (kind, trigger)
    assert sentence[sentence.index(trigger):].startswith(trigger)  # the trigger as written


def test_a_foreign_government_condemning_is_international_a_party_condemning_is_not():
    foreign = only("The United States on Monday condemned the violence at polling stations.", "on Monday")
    assert (foreign["type"], foreign["trigger"]) == ("international", "condemned")
    home = only("The provincial chapter on Monday condemned the violence at polling stations.", "on Monday")
    assert home["type"] == "statement"
    urged = only("The European Union urged calm on Monday after the count was delayed.", "on Monday")
    assert urged["type"] == "international"


def test_the_verb_nearest_the_cue_governs_not_a_keyword_elsewhere():
    # "will boycott the session" belongs to the reported clause; the date is the declaration's.
    event = only("The party chief on Monday declared that the party will boycott the session.", "on Monday")
    assert (event["type"], event["trigger"], event["status"]) == ("statement", "declared", "happened")


def test_a_participle_yields_to_the_finite_verb():
    event = only("The candidate filed a petition in the high court on Monday, challenging the results.",
                 "on Monday")
    assert (event["type"], event["trigger"]) == ("legal", "filed a petition")


def test_what_a_speaker_reports_gives_the_type_unless_it_is_a_future_action():
    alleged = only("The cleric on Monday said the polls were rigged in his province.", "on Monday")
    assert (alleged["type"], alleged["trigger"]) == ("rigging_allegation", "rigged")
    announced = only("The party said on Monday it would hold a rally in the capital.", "on Monday")
    assert (announced["type"], announced["trigger"]) == ("statement", "said")


def test_a_date_inside_what_is_reported_is_not_the_speakers():
    event = only("The government said two policemen were killed on Monday near the motorway.", "on Monday")
    assert event["type"] != "statement"


def test_names_and_describing_nouns_are_no_triggers():
    # "Election" inside an actor's name, "election" describing an office.
    event = only("The Chief Election Commissioner met the provincial governors on Monday.", "on Monday")
    assert event["type"] != "election"
    event = only("Workers protested outside the election commissioner's office on Monday.", "on Monday")
    assert event["type"] == "protest"
    # "jailed" describing a person is no legal event.
    event = only("Supporters of the jailed former premier took to the streets on Monday.", "on Monday")
    assert event["type"] == "protest"


def test_a_meeting_of_two_parties_is_coalition_talk():
    two = only("PTI leaders met JUI-F chief Fazlur Rehman in Islamabad on Monday.", "on Monday")
    assert two["type"] == "coalition"
    one = only("PTI leaders met in Islamabad on Monday to review the campaign.", "on Monday")
    assert one["type"] == "other"


def test_a_court_saying_something_is_legal():
    event = only("The Supreme Court said on Monday that the commission had erred.", "on Monday")
    assert event["type"] == "legal"


def test_keyword_fallback_leaves_the_trigger_empty():
    event = only("Across the constituencies of Lahore the mood on Monday was tense.", "on Monday")
    assert (event["type"], event["trigger"]) == ("results", "")


def test_a_month_name_in_a_date_is_no_keyword():
    # "March" is a protest word only when it is not a month.
    event = only("The order of March 4 was challenged by the council.", "March 4", "2024-03-04")
    assert event["type"] != "protest"


def test_event_keys_and_the_old_signature():
    sentence = "The commission announced the final results on Monday evening."
    event = only(sentence, "on Monday")
    assert set(event) >= {"date", "precision", "date_end", "date_source", "cue", "cue_start", "cue_end", "type",
                          "trigger", "status", "actors"}
    assert (event["date"], event["date_source"], event["cue"]) == ("2024-02-12", "text", "on Monday")
    assert sentence[event["cue_start"]:event["cue_end"]] == "on Monday"
    assert event["date_end"] is None


def test_the_verb_of_the_clause_governs_over_an_object_noun():
    # "rigging" and "results" are what the protest is against, not what happened.
    event = only("Party supporters protested against alleged rigging outside the district office on Monday.",
                 "on Monday")
    assert (event["type"], event["trigger"]) == ("protest", "protested against")
    event = only("Students staged a demonstration against the delay in results on Monday.", "on Monday")
    assert (event["type"], event["trigger"]) == ("protest", "staged a demonstration")


def test_a_date_noun_phrase_of_an_office_is_government_formation():
    event = only("The election of the Leader of the House is due on Monday.", "on Monday")
    assert event["type"] == "government_formation"


def test_a_text_without_full_stops_costs_time_linear_in_its_length():
    import time
    from datetime import date, timedelta

    from dashboard.dates import find_dates

    start = date(2020, 1, 1)
    clauses = [f"the party staged a sit-in on {(start + timedelta(days=i)).strftime('%B %d, %Y')} and the mood was calm"
               for i in range(1500)]
    sentence = " ".join(clauses) + "."
    matcher = default_matcher()
    began = time.perf_counter()
    events = sentence_events(sentence, 0, find_dates(sentence, date(2024, 2, 14)), matcher.find(sentence), matcher,
                             PUBLISHED)
    assert len(events) == 1500 and {e["type"] for e in events} == {"protest"}
    assert time.perf_counter() - began < 20  # about 0.5 s; quadratic costs took minutes


def test_a_long_text_of_counts_and_attributions_costs_time_linear_in_its_length():
    """Counts ("two days after"), speech verbs and trailing attributions in one 160,000-character
    "sentence": each cue's complement, each speech verb's next date and each attribution's tail
    were found by scanning the whole sentence, which took 75 s here; a pass or a prefix count
    each now (about 2 s)."""
    import time
    from datetime import date

    from dashboard.dates import find_dates

    clause = ("two days after the party staged a sit-in on Tuesday, police said on Monday that they had arrested "
              "50 workers, the order said; ")
    sentence = clause * (160_000 // len(clause)) + "end."
    matcher = default_matcher()
    began = time.perf_counter()
    events = sentence_events(sentence, 0, find_dates(sentence, date(2024, 2, 14)), matcher.find(sentence), matcher,
                             PUBLISHED)
    assert events  # one per date: the repeated Tuesday, Monday and count are each one event
    assert time.perf_counter() - began < 30
