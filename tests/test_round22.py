"""Loader rules of the twenty-second round.  Articles and sentences written for these tests; the dates and types
are read off the text by hand.

- A change to the constitution and the choice of the chief justice under it are legal: an act with no type of
  its own in a sentence naming the amendment or the judges' committee is legal, and so is one naming the bill,
  the draft or the committee in a report whose lead is about the amendment ("constitution" context turn).
- The words of a march and its policing (convoy, marchers, protesters dispersed, "قافلہ", "مظاہرین", "احتجاجی
  تحریک") type a sentence that has no trigger of its own as a protest.
"""

from datetime import date

import pytest
from test_round20 import typed

from dashboard import load_corpus


def events_of(folder, text: str, name: str = "a.txt") -> list[tuple[str, str, str]]:
    (folder / name).write_text(text, encoding="utf-8")
    events = load_corpus(folder).events
    return sorted((str(d)[:10], c, t) for d, c, t in zip(events["date"], events["cue"], events["type"]))


AMENDMENT_REPORT = """Senate clears constitutional package as government races to meet deadline

ISLAMABAD, Oct 22, 2024 — Pakistan's ruling coalition pushed the 26th constitutional amendment through both houses of parliament, changing how the country's chief justice is picked.

The Senate had approved it on Sunday with 65 votes, and the lower house followed after midnight.

The government's first attempt to table the package failed last month for want of votes.

The parliamentary committee will meet on Thursday to pick the next chief justice, officials said.

Separately, PTI's political committee will meet on Saturday in Peshawar to plan its next rally.
"""


def test_a_lead_about_the_amendment_makes_its_steps_legal_but_not_a_party_meeting(tmp_path):
    found = {(d, c): t for d, c, t in events_of(tmp_path, AMENDMENT_REPORT)}
    assert found[("2024-10-20", "on Sunday")] == "legal"      # "had approved it": the Senate's vote on the amendment
    assert found[("2024-09-01", "last month")] == "legal"        # the first attempt to table the package
    assert found[("2024-10-24", "on Thursday")] == "legal"    # the judges' committee
    assert found[("2024-10-26", "on Saturday")] != "legal"    # a party's own committee is no step of the amendment


URDU_REPORT = """سینیٹ سے آئینی ترمیم منظور

اسلام آباد (22 اکتوبر 2024): حکومت نے 26 ویں آئینی ترمیم پارلیمنٹ کے دونوں ایوانوں سے منظور کرا لی۔

وفاقی کابینہ نے ہفتے کو ترمیم کے مسودے کی منظوری دی تھی۔

پارلیمانی کمیٹی کا اجلاس جمعرات کو ہوگا جس میں نئے چیف جسٹس کے نام پر غور کیا جائے گا۔
"""


def test_an_urdu_lead_about_the_amendment_makes_its_steps_legal(tmp_path):
    found = {(d, c): t for d, c, t in events_of(tmp_path, URDU_REPORT)}
    assert found[("2024-10-19", "ہفتے کو")] == "legal"
    assert [t for (d, c), t in found.items() if d == "2024-10-24"] == ["legal"]


@pytest.mark.parametrize("sentence", [
    "The government failed to muster the numbers for the constitutional package in mid-September.",
    "The constitutional benches are expected to be formed in November.",
])
def test_a_sentence_naming_the_package_or_the_benches_is_legal_in_any_report(tmp_path, sentence):
    text = f"Pakistan news\n\nISLAMABAD, Oct 20, 2024 — Parliament met again.\n\n{sentence}\n"
    types = {t for d, c, t in events_of(tmp_path, text) if c != "Oct 20, 2024"}
    assert types == {"legal"}


@pytest.mark.parametrize("sentence, language, cue", [
    ("پشاور سے آنے والے قافلے کل رات صوابی پہنچے۔", "ur", "کل"),
    ("پولیس نے اتوار کی شام مظاہرین کو منتشر کر دیا۔", "ur", "اتوار کی شام"),
    ("پارٹی نے اعلان کیا کہ آئندہ ماہ احتجاجی تحریک شروع کی جائے گی۔", "ur", "آئندہ ماہ"),
    ("Hundreds of marchers were still camped near the Red Zone on Monday night.", "en", "on Monday night"),
    # (the chief minister leads the convoy: his title makes no government)
    ("The convoy from Peshawar, led by the chief minister and the party's senior leaders, entered the capital on "
     "Tuesday.", "en", "on Tuesday"),
])
def test_the_words_of_a_march_and_its_policing_type_a_protest(sentence, language, cue):
    assert [t for c, t, s in typed(sentence, date(2024, 11, 27), language) if c == cue] == ["protest"]
