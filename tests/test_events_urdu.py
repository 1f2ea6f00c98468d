"""Urdu party and people names resolve to the canonical actors, and Urdu triggers type
events, through the same tokenizer as English (\\w covers Urdu letters)."""

import pytest

from dashboard.actors import default_matcher
from dashboard.dates import DateMention
from dashboard.events import sentence_events


@pytest.mark.parametrize("alias, names", [
    ("تحریک انصاف", ["PTI"]),
    ("پاکستان تحریک انصاف", ["PTI"]),
    ("جماعت اسلامی", ["JI"]),
    ("مسلم لیگ ن", ["PML-N"]),
    ("پاکستان مسلم لیگ (ن)", ["PML-N"]),
    ("پیپلز پارٹی", ["PPP"]),
    ("الیکشن کمیشن", ["ECP"]),
    ("سپریم کورٹ", ["Supreme Court"]),
    ("عدالت عظمیٰ", ["Supreme Court"]),
    ("عمران خان", ["Imran Khan", "PTI"]),
    ("نواز شریف", ["Nawaz Sharif", "PML-N"]),
    ("شہباز شریف", ["Shehbaz Sharif", "PML-N"]),
    ("بلاول بھٹو", ["Bilawal Bhutto Zardari", "PPP"]),
])
def test_urdu_alias_inside_a_sentence(alias, names):
    # The alias with postpositions and other words around it, as in running text.
    sentence = f"گزشتہ روز {alias} کے رہنماؤں نے اسلام آباد میں صحافیوں سے گفتگو کی۔"
    found = []
    for mention in default_matcher().find(sentence):  # canonical names, each person then their party
        for name in (mention.name, mention.party):
            if name and name not in found:
                found.append(name)
    assert found == names


def test_a_longer_urdu_name_wins_and_people_map_to_their_party():
    sentence = "پاکستان تحریک انصاف اور پاکستان مسلم لیگ (ن) کے درمیان عمران خان کے بیان پر بحث ہوئی۔"
    mentions = default_matcher().find(sentence)
    assert [(sentence[m.start:m.end], m.name) for m in mentions] == [
        ("پاکستان تحریک انصاف", "PTI"), ("پاکستان مسلم لیگ (ن)", "PML-N"), ("عمران خان", "Imran Khan")]


def _event(sentence: str, cue: str, value: str) -> dict:
    matcher = default_matcher()
    start = sentence.index(cue)
    mention = DateMention(start=start, end=start + len(cue), text=cue, kind="test", value=value, precision="day")
    (event,) = sentence_events(sentence, 0, [mention], matcher.find(sentence), matcher, "2024-02-14")
    return event


@pytest.mark.parametrize("sentence, cue, value, kind, trigger, actors", [
    ("تحریک انصاف نے منگل کو الیکشن کمیشن کے باہر احتجاج کیا۔", "منگل کو", "2024-02-13", "protest",
     "احتجاج کیا", ["PTI", "ECP"]),
    ("سپریم کورٹ نے 12 فروری کو فیصلہ محفوظ کر لیا۔", "12 فروری", "2024-02-12", "legal", "فیصلہ محفوظ",
     ["Supreme Court"]),
    ("مسلم لیگ ن اور پیپلز پارٹی نے 13 فروری کو اتحاد کا اعلان کیا۔", "13 فروری", "2024-02-13", "coalition",
     "اتحاد کا اعلان", ["PML-N", "PPP"]),
    ("شہباز شریف نے 4 مارچ کو وزیراعظم کے عہدے کا حلف اٹھایا۔", "4 مارچ", "2024-03-04", "government_formation",
     "حلف اٹھایا", ["Shehbaz Sharif", "PML-N"]),
    ("جماعت اسلامی نے 8 فروری 2024ء کے انتخابات کے نتائج مسترد کر دیے۔", "8 فروری 2024ء", "2024-02-08",
     "election", "انتخابات", ["JI"]),
])
def test_urdu_triggers(sentence, cue, value, kind, trigger, actors):
    event = _event(sentence, cue, value)
    assert (event["type"], event["trigger"], event["actors"]) == (kind, trigger, actors)


def test_urdu_speech_reporting_an_allegation():
    sentence = "عمران خان نے پیر کو کہا کہ انتخابات میں دھاندلی ہوئی۔"
    event = _event(sentence, "پیر کو", "2024-02-12")
    assert (event["type"], event["trigger"]) == ("rigging_allegation", "دھاندلی")


def test_urdu_announced_sit_in_is_a_planned_protest():
    sentence = "جماعت اسلامی نے اتوار کو لاہور میں صوبائی اسمبلی کے سامنے دھرنا دینے کا اعلان کیا ہے۔"
    event = _event(sentence, "اتوار کو", "2024-02-18")
    assert (event["type"], event["status"], event["trigger"]) == ("protest", "planned", "دھرنا دینے کا اعلان")


def test_urdu_protest_against_rigging_is_a_protest():
    # "دھاندلی کے خلاف" (against rigging) is what the protest is about; the verb at the end governs.
    sentence = "پیپلز پارٹی نے مبینہ دھاندلی کے خلاف جمعہ کو ملک بھر میں احتجاجی مظاہرے کیے۔"
    event = _event(sentence, "جمعہ کو", "2024-02-09")
    assert (event["type"], event["status"], event["trigger"]) == ("protest", "happened", "احتجاجی مظاہرے کیے")


@pytest.mark.parametrize("sentence, cue, kind", [
    # a zer on "یومِ" or a zero-width non-joiner inside a phrase changes neither the words nor the type
    ("جمعیت علمائے اسلام 8 فروری کو ملک بھر میں یومِ سیاہ منائے گی۔", "8 فروری", "protest"),
    ("جمعیت علمائے اسلام 8 فروری کو ملک بھر میں یوم\u200cسیاہ منائے گی۔", "8 فروری", "protest"),
])
def test_urdu_vowel_marks_do_not_split_a_phrase(sentence, cue, kind):
    start = sentence.index(cue)
    mention = DateMention(start=start, end=start + len(cue), text=cue, kind="test", value="2026-02-08",
                          precision="day", date_start="2026-02-08", date_end="2026-02-08")
    matcher = default_matcher()
    [event] = sentence_events(sentence, 0, [mention], matcher.find(sentence), matcher, "2026-01-20")
    assert event["type"] == kind


def test_urdu_vowel_marks_and_joiners_are_left_out_of_the_words():
    from dashboard.phrases import tokenize
    assert [t[2] for t in tokenize("عدالتِ عظمیٰ نے کہا")] == ["عدالت", "عظمی", "نے", "کہا"]
    assert [t[2] for t in tokenize("گرفتار\u200cکیا")] == ["گرفتار", "کیا"]
    # the offsets still point into the text as written
    text = "یومِ سیاہ"
    assert [text[s:e] for s, e, _ in tokenize(text)] == ["یومِ", "سیاہ"]
