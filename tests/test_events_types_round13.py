"""Types of the thirteenth loader round: in Urdu, a date right after "کہا کہ" (said that) belongs to
what was said, not to the speech; the vote told as the people's mandate or verdict; the mandate
stolen.  Sentences written for these tests; the types are read off the text by hand."""

from datetime import date

import pytest

from dashboard.actors import default_matcher
from dashboard.dates import find_dates
from dashboard.events import sentence_events
from dashboard.story import default_story


def typed(sentence: str, published: date, language: str) -> list[tuple[str, str]]:
    mentions = find_dates(sentence, published, language=language, known_days=default_story().known_day_map())
    matcher = default_matcher()
    events = sentence_events(sentence, 0, mentions, matcher.find(sentence), matcher, published.isoformat())
    return [(e["cue"], e["type"]) for e in events]


@pytest.mark.parametrize("sentence, expected", [
    # "he said that on February 8 the people gave a clear mandate, but results were changed through Form 47"
    ("انہوں نے کہا کہ 8 فروری کو عوام نے واضح مینڈیٹ دیا تھا مگر فارم 47 کے ذریعے نتائج تبدیل کیے گئے۔",
     ("8 فروری", "election")),
    # "the spokeswoman said that on February 8 millions of Pakistanis used their right to vote freely"
    ("ترجمان نے کہا کہ 8 فروری کو کروڑوں پاکستانیوں نے آزادانہ طور پر اپنا حق رائے دہی استعمال کیا۔",
     ("8 فروری", "election")),
    # "he said that on February 8 the people's mandate was stolen in Sindh"
    ("پیر پگارا نے کہا کہ 8 فروری کو سندھ میں عوام کا مینڈیٹ چرایا گیا۔", ("8 فروری", "rigging_allegation")),
])
def test_an_urdu_date_after_said_that_is_typed_by_what_was_said(sentence, expected):
    assert expected in typed(sentence, date(2024, 2, 20), "ur")


def test_the_day_of_the_speech_stays_a_statement():
    # "in a statement issued on Saturday the spokeswoman said that ..." (10 February 2024 was a Saturday)
    found = typed("ہفتے کو جاری ایک بیان میں ترجمان نے کہا کہ 8 فروری کو کروڑوں پاکستانیوں نے اپنا حق رائے دہی "
                  "استعمال کیا۔", date(2024, 2, 12), "ur")
    assert ("ہفتے کو", "statement") in found and ("8 فروری", "election") in found


@pytest.mark.parametrize("sentence", [
    "On February 8, the people of Pakistan gave a clear mandate to the candidates backed by Imran Khan.",
    "On February 8, millions of Pakistanis exercised their right to vote.",
])
def test_the_vote_told_as_a_mandate_or_the_right_to_vote_is_the_election(sentence):
    assert ("February 8", "election") in typed(sentence, date(2024, 3, 14), "en")


def test_an_urdu_date_with_its_postposition_before_held_names_the_elections():
    # "PTI's position is that its mandate was stolen in the elections held on 8 February 2024": the date
    # (with its "کو") names the elections; the stolen mandate does not type the vote's day
    found = typed("تحریک انصاف کا مؤقف ہے کہ 8 فروری 2024ء کو ہونے والے انتخابات میں اس کا مینڈیٹ چرایا گیا۔",
                  date(2025, 2, 8), "ur")
    assert found == [("8 فروری 2024ء کو", "election")]


def test_a_mandate_given_to_a_person_is_no_vote():
    found = typed("The PTI core committee on Monday gave Omar Ayub the mandate to lead the talks.", date(2024, 12, 24),
                  "en")
    assert found and all(kind != "election" for _, kind in found)


def test_an_urdu_meeting_held_on_a_day_still_anchors_the_count_after_it():
    # "at Monday's meeting PTI decided to boycott. Two days later the president took oath" (4 March 2024 was a
    # Monday): the meeting's day is the narrative's, not a name
    found = [(m.text, m.value) for m in find_dates("پیر کو ہونے والے اجلاس میں پی ٹی آئی نے بائیکاٹ کا فیصلہ کیا۔ "
                                                    "دو روز بعد صدر نے حلف اٹھایا۔", date(2024, 3, 8), language="ur",
                                                    known_days=default_story().known_day_map())]
    assert found == [("پیر کو", "2024-03-04"), ("دو روز بعد", "2024-03-06")]
