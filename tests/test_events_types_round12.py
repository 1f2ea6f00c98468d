"""Types of the twelfth round, mostly Urdu: a member elected to an assembly, feminine verb forms,
foreign concern and congratulations, and a date adverb ("جمعرات کو") before a noun that is the
verb's object.  Sentences are our own; the expectations are read off them."""

import pytest
from fixtures import only_day_event


@pytest.mark.parametrize("sentence, cue, expected", [
    # "Bugti was elected a member of the Balochistan Assembly on Monday": a seat won, an election
    ("سرفراز بگٹی پیر کو بلوچستان اسمبلی کے رکن منتخب ہوئے۔", "پیر کو", "election"),
    ("He was elected to the provincial assembly on Monday.", "on Monday", "election"),
    # "Maryam Nawaz was elected chief minister on Monday" (feminine verb): an office, government formation
    ("مریم نواز پیر کو وزیر اعلیٰ منتخب ہوئیں۔", "پیر کو", "government_formation"),
    ("مریم نواز پیر کو پنجاب کی وزیر اعلیٰ منتخب ہو گئیں۔", "پیر کو", "government_formation"),
])
def test_a_seat_won_is_an_election_and_an_office_won_is_government_formation(sentence, cue, expected):
    assert only_day_event(sentence, cue, "2024-02-26", "2024-02-27")["type"] == expected


@pytest.mark.parametrize("sentence, cue, expected", [
    # "The US on Thursday expressed concern over irregularities in the elections": the noun after the
    # date adverb is the object, the act is the foreign reaction
    ("امریکہ نے جمعرات کو انتخابات میں بے ضابطگیوں پر تشویش کا اظہار کیا۔", "جمعرات کو", "international"),
    # "China's president congratulated Shehbaz Sharif on Sunday"
    ("چین کے صدر نے اتوار کو شہباز شریف کو مبارکباد دی۔", "اتوار کو", "international"),
    # "the court on Wednesday declared the election void"
    ("عدالت نے بدھ کو انتخاب کالعدم قرار دے دیا۔", "بدھ کو", "legal"),
    # "police on Monday registered a case against PTI leaders"
    ("پولیس نے پیر کو پی ٹی آئی رہنماؤں کے خلاف مقدمہ درج کر لیا۔", "پیر کو", "legal"),
    # "PTI on Tuesday rejected the election results"
    ("پی ٹی آئی نے منگل کو انتخابی نتائج کو مسترد کر دیا۔", "منگل کو", "rigging_allegation"),
])
def test_urdu_acts_type_their_date(sentence, cue, expected):
    assert only_day_event(sentence, cue, "2024-02-29", "2024-03-01")["type"] == expected


def test_an_urdu_date_linked_by_a_genitive_still_names_its_noun():
    # "there was rigging in the 8 February elections": the date names the elections, not the rigging
    event = only_day_event("8 فروری کے انتخابات میں دھاندلی ہوئی۔", "8 فروری", "2024-02-08", "2024-03-01")
    assert event["type"] == "election"


@pytest.mark.parametrize("sentence, cue, expected", [
    # a vote in a sentence that names an office's election is that election
    ("Nomination papers for the prime minister's election are due on Friday, and the vote itself will take "
     "place on Sunday.", "on Sunday", "government_formation"),
    # "Zardari was elected president yesterday, winning 411 votes in the polling in parliament and the assemblies"
    ("آصف زرداری گزشتہ روز پارلیمنٹ اور صوبائی اسمبلیوں میں ہونے والی پولنگ میں 411 ووٹ لے کر صدر منتخب ہوئے۔",
     "گزشتہ روز", "government_formation"),
    # ballots stuffed, agents expelled: what the allegation is about
    ("Party leaders alleged on Sunday that their polling agents had been expelled from dozens of polling stations.",
     "on Sunday", "rigging_allegation"),
])
def test_acts_named_by_their_sentence(sentence, cue, expected):
    assert only_day_event(sentence, cue, "2024-03-03", "2024-03-04")["type"] == expected


@pytest.mark.parametrize("sentence, cue, expected", [
    ("In 2018, he was elected MNA and became a federal minister.", "In 2018", "election"),
    # "she had been elected unopposed last month"
    ("آصفہ بھٹو گزشتہ ماہ بلامقابلہ منتخب ہو چکی ہیں۔", "گزشتہ ماہ", "election"),
    # a term that ends is no act of forming a government (a commissioner's or a judge's as much)
    ("The chief election commissioner completed his five-year term on Monday.", "on Monday", "other"),
    ("The Chief Justice's constitutional term ends on Friday.", "on Friday", "other"),
])
def test_seats_won_and_terms_ended(sentence, cue, expected):
    assert only_day_event(sentence, cue, "2024-03-03", "2024-03-04")["type"] == expected


@pytest.mark.parametrize("sentence, cue, expected", [
    # who is spoken of, after "that" / "کہ", gives the report no type: the minister's statement
    ("The information minister said on Saturday that the government would approach the Supreme Court.",
     "on Saturday", "statement"),
    ("وفاقی وزیر اطلاعات نے آج پریس کانفرنس میں کہا کہ حکومت سپریم کورٹ میں نظرثانی کی درخواست دائر کرے گی۔",
     "آج", "statement"),
    # ... but whom a speaker addresses does: a plea to the court
    ("A retired brigadier on Saturday urged the Supreme Court to order fresh elections.", "on Saturday", "legal"),
])
def test_a_speech_takes_its_type_from_who_speaks_and_whom_it_addresses(sentence, cue, expected):
    assert only_day_event(sentence, cue, "2024-07-13", "2024-07-13")["type"] == expected
