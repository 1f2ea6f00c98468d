"""Types for kinds of error seen on real articles in the sixth round: a passive speech verb
with its speaker after it, what a court declares or directs, an announcement from someone,
and a participle after an adverb that only describes a noun.  Sentences written for these
tests; the types are worked out by hand."""

import pytest
from fixtures import only_day_event as only

# (one day mention: Thursday 9 May 2024 in a report of Friday 10 May, unless a test says otherwise)


@pytest.mark.parametrize("sentence", [
    # the speaker of a passive speech verb stands between it and the date
    "The party will boycott the by-elections, as stated by its spokesman on Thursday.",
    "A new list of demands will be handed over, as announced by the chairman on Thursday.",
])
def test_a_passive_speech_verb_with_its_speaker_dates_a_statement(sentence):
    event = only(sentence, "on Thursday")
    assert (event["type"], event["status"]) == ("statement", "happened")


@pytest.mark.parametrize("sentence", [
    "In its decision on Thursday, the court declared that the party was entitled to contest the elections.",
    "The high court on Thursday directed the commission to hold the by-elections in the two constituencies.",
    "The tribunal on Thursday ordered the returning officer to hand over the record.",
])
def test_what_a_court_declares_or_directs_is_legal(sentence):
    assert only(sentence, "on Thursday")["type"] == "legal"


def test_a_minister_directing_officials_keeps_the_type_of_what_is_directed():
    event = only("The chief minister on Thursday directed the police to clear the sit-in outside the assembly.",
                 "on Thursday")
    assert event["type"] == "protest"


def test_an_announcement_from_someone_is_a_statement():
    event = only("The talks follow an announcement from the party chairman on Thursday, who said the "
                 "speaker had promised a committee.", "on Thursday")
    assert event["type"] == "statement"


@pytest.mark.parametrize("sentence, kind", [
    # "held" after "in recently" describes the elections; the resignation over rigging is what was announced
    ("On Thursday, the commissioner announced his resignation over rigging in recently held general elections.",
     "rigging_allegation"),
    # without the adverb the participle is still no act of its own
    ("On Thursday, the commissioner announced his resignation over rigging in the held-up count.",
     "rigging_allegation"),
])
def test_a_participle_after_an_adverb_only_describes(sentence, kind):
    assert only(sentence, "On Thursday")["type"] == kind


@pytest.mark.parametrize("sentence, kind", [
    # an aside after the date, opened by "which", does not date its own acts
    ("The party will launch its movement for the release of its leaders on Thursday, which, it said, will "
     "continue till the ouster of the government.", "protest"),
    ("The party will hold a rally on Thursday, which the district administration has refused to allow.", "protest"),
])
def test_an_aside_after_the_date_does_not_type_it(sentence, kind):
    assert only(sentence, "on Thursday")["type"] == kind


def test_a_clause_opened_by_when_after_the_date_tells_what_happened_that_day():
    event = only("The website has been blocked since Thursday, when the party called for protests against "
                 "the results.", "Thursday")
    assert event["type"] == "protest"


@pytest.mark.parametrize("sentence", [
    "The resolution noted that despite the dissolution of the National Assembly on Thursday, elections "
    "did not take place within ninety days.",
    "The National Assembly was dissolved on Thursday on the advice of the prime minister.",
])
def test_the_dissolution_of_an_assembly_is_no_election(sentence):
    assert only(sentence, "on Thursday")["type"] == "other"


@pytest.mark.parametrize("sentence", [
    "On Thursday, President Xi Jinping sent a congratulatory message to the new prime minister.",
    "On Thursday, President Erdogan conveyed his good wishes to the new prime minister.",
])
def test_a_foreign_leader_s_message_of_congratulation_is_international(sentence):
    assert only(sentence, "On Thursday")["type"] == "international"


# --- what a review of these rules found they must not do (sentences written for the tests) ---

@pytest.mark.parametrize("sentence, cue, kind", [
    # an aside right after a date that opens the sentence: the main act follows it
    ("On Thursday, which was a holiday, party leaders met at Bani Gala to discuss the results.", "On Thursday", "other"),
    # a noun that ends in "-ly" is no adverb
    ("On Thursday, the assembly passed a resolution against the rigging.", "On Thursday", "other"),
    ("On Thursday, his family alleged that he had been tortured in custody.", "On Thursday", "statement"),
    # a participle followed by its doer inside a noun phrase only describes the noun
    ("The recount ordered by the tribunal began on Thursday in Lahore.", "on Thursday", "legal"),
    ("The protest announced by the party began on Thursday in Rawalpindi.", "on Thursday", "protest"),
    # a plan's participle right after the event describes it
    ("The party, meanwhile, called off its rally planned for Thursday, citing the court ruling.", "Thursday", "protest"),
    # a retired judge is a person, not the court
    ("Retired judge Shaukat Aziz Siddiqui on Thursday announced that he would contest the by-election.",
     "on Thursday", "statement"),
])
def test_review_cases_keep_their_types(sentence, cue, kind):
    assert only(sentence, cue)["type"] == kind


def test_the_urdu_word_for_sugar_is_no_foreign_actor():
    event = only("وزیراعظم نے جمعرات کو چینی کی قیمتوں پر اجلاس کی صدارت کی۔", "جمعرات کو")
    assert event["type"] == "other"
