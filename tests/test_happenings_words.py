"""Happenings across outlets that type one happening differently: who did what (actors and the
words of the trigger and sentence) decides, more than the type; different happenings of one day
stay apart.  Every sentence here is written for the test."""

import hashlib

import pandas as pd
import pytest

from dashboard.corpus import _period_end, _typed_events
from dashboard.happenings import _Words, assign_happenings, default_roles


def report(article, day, kind, trigger, sentence, cue, actors=(), *, precision="day", published=None):
    """One event row as the extraction makes it, with its trigger and sentence."""
    return {"event_id": f"{article}-{day}-{kind}-{hashlib.sha1(sentence.encode()).hexdigest()[:8]}", "article": article,
            "article_id": article.replace(".", "-"), "date": day, "date_end": _period_end(day, precision),
            "precision": precision, "date_source": "text", "cue": cue, "cue_start": None, "cue_end": None,
            "status": "happened", "type": kind, "trigger": trigger, "actors": list(actors), "sentence": sentence,
            "start": 0, "end": len(sentence), "outlet": article.split(".")[0],
            "published": published or (day if precision == "day" else "2024-12-31"), "corrected": False}


def happening_of(rows):
    """The happening id of each row, in the rows' order."""
    events, _ = assign_happenings(_typed_events(pd.DataFrame(rows)))
    of = dict(zip(events["event_id"], events["happening"]))
    return [of[row["event_id"]] for row in rows]


def test_one_vote_typed_election_by_one_outlet_and_government_formation_by_another_is_one():
    ids = happening_of([
        report("wire.txt", "2024-03-03", "election", "voted",
               "The National Assembly voted on Sunday to make Shehbaz Sharif prime minister for a second term.",
               "on Sunday", ["Shehbaz Sharif", "PML-N"]),
        report("daily.txt", "2024-03-03", "government_formation", "elected prime minister",
               "Shehbaz Sharif was elected prime minister on Sunday, winning 201 votes in the house.",
               "on Sunday", ["Shehbaz Sharif", "PML-N"]),
    ])
    assert ids[0] == ids[1]


def test_a_crackdown_and_the_killing_of_soldiers_the_same_day_stay_apart():
    ids = happening_of([
        report("tribune.txt", "2024-11-26", "protest", "crackdown",
               "Security forces launched a crackdown on PTI protesters at the square on Tuesday.", "on Tuesday", ["PTI"]),
        report("news.txt", "2024-11-26", "protest", "cleared",
               "Police cleared the square of PTI supporters in an overnight crackdown on Tuesday.", "on Tuesday", ["PTI"]),
        report("tribune.txt", "2024-11-26", "other", "",
               "Four soldiers were killed on November 26 when a vehicle rammed into them.", "on November 26"),
        report("news.txt", "2024-11-26", "other", "",
               "The army said three paramilitary men died on November 26 after being run over.", "on November 26"),
    ])
    assert ids[0] == ids[1] and ids[2] == ids[3] and ids[0] != ids[2]


def test_an_officials_confession_is_not_a_partys_protest_against_rigging_that_day():
    ids = happening_of([
        report("express.txt", "2024-02-17", "rigging_allegation", "manipulating results",
               "The divisional commissioner confessed on Saturday to manipulating results and resigned.",
               "on Saturday"),
        report("express.txt", "2024-02-17", "protest", "held protests",
               "PTI supporters held protests in several cities on February 17 against alleged rigging.",
               "on February 17", ["PTI"]),
        report("nation.txt", "2024-02-17", "statement", "press conference",
               "On Saturday, a senior bureaucrat admitted at a press conference that he had changed results.",
               "On Saturday"),
    ])
    assert ids[0] == ids[2] != ids[1]


def test_a_date_cue_naming_the_election_joins_it_whatever_the_sentences_type():
    ids = happening_of([
        report("dawn.txt", "2024-02-08", "election", "election",
               "Voters turned out for Thursday's election despite a mobile blackout.", "Thursday's"),
        report("wire.txt", "2024-02-08", "rigging_allegation", "rigged",
               "The party will challenge the results of the February 8 vote, which it says was rigged.",
               "February 8", ["PTI"]),
        report("review.txt", "2024-02-01", "rigging_allegation", "rigged",
               "Parliament picked a leader after the February polls, which many say were rigged, left it hung.",
               "February", precision="month"),
        report("review.txt", "2024-02-01", "election", "election",
               "In February, independents who won the election joined a small religious party.",
               "In February", ["IND", "SIC"], precision="month"),
    ])
    assert ids[0] == ids[1] == ids[2]
    assert ids[3] != ids[0]  # the month names nothing: the joining is not the election


@pytest.mark.parametrize("sentence, cue, kind", [
    ("The party says the February 8 elections were rigged.", "February 8", "election"),
    ("Results of the polls held on Thursday were delayed.", "on Thursday", "election"),
    ("He was removed in a parliamentary no-confidence vote in April 2022.", "in April 2022", None),
    ("The February 8 election commission report was late.", "February 8", None),
    ("تحریک انصاف نے 8 فروری کے انتخابات کو مسترد کر دیا۔", "8 فروری", "election"),
    ("ہائی کورٹ نے 14 مارچ کو الیکشن کمیشن کا فیصلہ برقرار رکھا۔", "14 مارچ", None),
    ("پارٹی نے 8 فروری کو ہونے والے انتخابات کے نتائج مسترد کر دیے۔", "8 فروری", "election"),
    ("He won the presidential vote on March 9 with 411 votes.", "on March 9", None),
    ("Candidates who won seats in the general elections held on February 8 will join the council.", "February 8",
     "election"),
    ("The election commission on Monday turned the plea down.", "Monday", None),
    # an adjective of the story's own may stand between the date and the noun it names
    ("Protests marked the first anniversary of the 2024 disputed elections.", "2024", "election"),
    ("The party rejected the February 8 controversial polls.", "February 8", "election"),
    # any other word keeps them apart
    ("The party held its 2024 internal elections in June.", "2024", None),
    # "of" may stand between the noun and the date that names it
    ("The rally marks the anniversary of the controversial general elections of last year.", "last year", "election"),
    ("The party says the elections rigged on February 8 were a fraud.", "February 8", None),  # not a word of the list
    ("The party held its internal elections in June.", "June", None),
])
def test_a_cue_names_the_shared_happening_only_when_its_noun_is_next_to_it(sentence, cue, kind):
    assert _Words(default_roles()).names_shared(sentence, cue) == kind


def test_a_background_month_told_in_other_words_and_types_is_one():
    ids = happening_of([
        report("a.txt", "2023-08-01", "legal", "jail", "Khan, who has been in jail since August last year, spoke.",
               "since August last year", precision="month"),
        report("b.txt", "2023-08-01", "statement", "denies",
               "Khan has been imprisoned since August 2023 on charges he denies.", "since August 2023", precision="month"),
        report("c.txt", "2022-04-01", "government_formation", "removed from power",
               "Khan was removed from power through a no-confidence motion in April 2022.", "in April 2022",
               ["Imran Khan", "PTI"], precision="month"),
        report("d.txt", "2022-04-01", "election", "voted",
               "He was voted out of office in April 2022.", "in April 2022", precision="month"),
    ])
    assert ids[0] == ids[1] and ids[2] == ids[3] and ids[0] != ids[2]


def test_a_deal_told_a_day_apart_is_one_disputed_happening():
    rows = [
        report("daily.txt", "2024-02-20", "coalition", "struck a power-sharing deal",
               "The PML-N and the PPP struck a power-sharing deal late on February 20.", "late on February 20",
               ["PML-N", "PPP"], published="2024-02-21"),
        report("wire.txt", "2024-02-21", "coalition", "sealed their coalition",
               "The PML-N and the PPP sealed their coalition pact in the early hours of Wednesday.",
               "in the early hours of Wednesday", ["PML-N", "PPP"], published="2024-02-22"),
    ]
    events, table = assign_happenings(_typed_events(pd.DataFrame(rows)))
    assert events["happening"].nunique() == 1
    deal = table.iloc[0]
    assert deal["disputed"] and [d["date"] for d in deal["dates_reported"]] == ["2024-02-20", "2024-02-21"]


def test_a_deal_of_other_parties_the_next_day_is_another():
    ids = happening_of([
        report("daily.txt", "2024-02-20", "coalition", "struck a power-sharing deal",
               "The PML-N and the PPP struck a power-sharing deal on Tuesday.", "on Tuesday",
               ["PML-N", "PPP"], published="2024-02-21"),
        report("other.txt", "2024-02-21", "coalition", "signed an agreement",
               "The PML-N and the MQM-P signed a written agreement on Wednesday.", "on Wednesday",
               ["PML-N", "MQM-P"], published="2024-02-22"),
    ])
    assert ids[0] != ids[1]


def test_a_crackdown_and_the_calling_off_of_the_protest_next_day_stay_apart():
    ids = happening_of([
        report("reuters.txt", "2024-11-26", "protest", "crackdown",
               "Security forces launched a crackdown on PTI protesters late on Tuesday.", "late on Tuesday", ["PTI"],
               published="2024-11-27"),
        report("ap.txt", "2024-11-27", "protest", "called off its protest",
               "The PTI called off its protest on Wednesday, citing the government's brutality.", "on Wednesday",
               ["PTI"], published="2024-11-28"),
    ])
    assert ids[0] != ids[1]


def test_observers_statement_and_the_foreign_office_rejection_the_same_day_stay_apart():
    ids = happening_of([
        report("k.txt", "2024-02-10", "international", "statement",
               "The observer group issued its preliminary statement on Saturday, praising the polls.", "on Saturday"),
        report("k.txt", "2024-02-10", "international", "rejected",
               "On February 10, the Foreign Office rejected criticism by the United States.", "On February 10"),
        report("l.txt", "2024-02-10", "international", "dismissed",
               "The Foreign Office on Saturday dismissed the concerns of Washington about the vote.", "on Saturday"),
    ])
    assert ids[1] == ids[2] != ids[0]


def test_urdu_and_english_reports_of_one_oath_are_one():
    ids = happening_of([
        report("app.txt", "2024-03-04", "government_formation", "take oath",
               "The new prime minister will take oath on Monday.", "on Monday"),
        report("geo.txt", "2024-03-04", "government_formation", "took oath",
               "Shehbaz Sharif took oath as prime minister on Monday.", "on Monday", ["Shehbaz Sharif", "PML-N"]),
        report("urdu.txt", "2024-03-04", "government_formation", "حلف اٹھائیں",
               "نو منتخب وزیراعظم پیر کو حلف اٹھائیں گے۔", "پیر کو"),
    ])
    assert ids[0] == ids[1] == ids[2]


def test_a_month_written_in_a_sentence_is_no_march():
    words = _Words(default_roles())
    assert "#protest" not in words.of_text("He won the vote on March 9 with 411 votes.")
    assert "#protest" in words.of_text("Supporters set off on a march to the capital on Sunday.")


def test_reports_naming_nobody_stay_together_beside_a_named_one_of_their_type():
    ids = happening_of([
        report("daily.txt", "2024-11-24", "other", "imposed",
               "Authorities imposed a ban on gatherings in the capital on Sunday, banning rallies.", "on Sunday"),
        report("web.txt", "2024-11-24", "other", "",
               "On November 24, the district administration banned all public gatherings in the capital.",
               "On November 24"),
        report("web.txt", "2024-11-24", "other", "",
               "The party's convoys left for the capital on Sunday, led by its provincial chief.", "on Sunday",
               ["PTI"]),
    ])
    assert ids[0] == ids[1] != ids[2]


def test_two_sentences_a_day_apart_stay_two_when_one_article_reports_both_days():
    ids = happening_of([
        report("cipher.txt", "2024-01-30", "legal", "sentenced",
               "A special court on Tuesday sentenced Imran Khan to 10 years in prison.", "on Tuesday",
               ["Imran Khan", "PTI"], published="2024-01-30"),
        report("gifts.txt", "2024-01-31", "legal", "",
               "An accountability court on Wednesday handed Imran Khan a 14-year term for selling state gifts.",
               "on Wednesday", ["Imran Khan", "PTI"], published="2024-01-31"),
        report("roundup.txt", "2024-01-30", "legal", "sentenced",
               "Khan was sentenced to 10 years on January 30 in the cipher case.", "on January 30",
               published="2024-02-03"),
        report("roundup.txt", "2024-01-31", "legal", "sentenced",
               "A day later, on January 31, a second court sentenced him to 14 years.", "on January 31",
               published="2024-02-03"),
    ])
    assert ids[0] != ids[1]


def test_a_party_only_saying_it_will_challenge_a_ruling_next_day_is_not_the_ruling():
    ids = happening_of([
        report("ecp.txt", "2024-03-04", "legal", "rejected the council's plea",
               "The election commission on Monday rejected the council's plea for reserved seats.", "on Monday",
               ["ECP", "SIC"], published="2024-03-05"),
        report("sic.txt", "2024-03-05", "legal", "said",
               "The SIC said on Tuesday it would go to the high court against the commission.", "on Tuesday",
               ["SIC", "ECP"], published="2024-03-06"),
    ])
    assert ids[0] != ids[1]


def test_a_partys_allegation_is_not_its_calling_off_the_protest_that_day():
    ids = happening_of([
        report("dawn.txt", "2024-11-27", "protest", "called off its protest",
               "The PTI called off its protest on Wednesday, citing the government's brutality.", "on Wednesday",
               ["PTI"]),
        report("geo.txt", "2024-11-27", "statement", "alleged",
               "On Wednesday, the PTI alleged that security forces had opened fire on its workers.", "On Wednesday",
               ["PTI"]),
        report("news.txt", "2024-11-27", "legal", "accused",
               "PTI leaders accused the police of firing live rounds at workers on November 27.", "on November 27",
               ["PTI"]),
    ])
    assert ids[1] == ids[2] != ids[0]


def test_a_background_month_told_with_other_actors_is_one_but_another_thing_that_month_is_not():
    ids = happening_of([
        report("a.txt", "2023-08-01", "legal", "convicted",
               "He has been behind bars since August 2023, when he was first convicted.", "since August 2023",
               precision="month"),
        report("b.txt", "2023-08-01", "legal", "jail",
               "The party's founder has remained in jail since August last year.", "since August last year",
               ["PTI"], precision="month"),
        report("c.txt", "2023-08-01", "government_formation", "dissolved",
               "The National Assembly was dissolved in August 2023 ahead of the vote.", "in August 2023",
               precision="month"),
        report("d.txt", "2022-04-01", "government_formation", "toppled",
               "Khan was toppled in a parliamentary vote of no confidence in April 2022.", "in April 2022",
               precision="month"),
        report("e.txt", "2022-04-01", "protest", "led mass protests",
               "Since his removal as prime minister in April 2022, Khan has led mass protests.", "in April 2022",
               precision="month"),
    ])
    assert ids[0] == ids[1] != ids[2]
    assert ids[3] == ids[4]
