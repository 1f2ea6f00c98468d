"""Loader rules of the twenty-fifth round.  Sentences written for these tests; the dates are read off the text
by hand.

- Undated pages: of the days near an act's words, the one that dates the act wins over a nearer one across a side
  clause ("... منتشر ہو گئے، جبکہ ... نے آج بدھ کے روز اعلان کیا": the dispersal is Tuesday night's, the
  announcement today's), so the page is of the Wednesday after the crackdown.
- "8 فروری کے انتخابی نتائج" (the results of the 8 February election) names the story's day in any tense.
"""

from datetime import date

from test_undated_round16 import published_in_folder

from dashboard.dates import find_dates
from dashboard.story import default_story


def test_a_day_across_a_side_clause_does_not_date_the_act(tmp_path):
    text = ("ڈی چوک خالی کرا لیا گیا، احتجاج ملتوی\n\n"
            "اسلام آباد: ڈی چوک اور بلیو ایریا میں منگل کی رات پولیس کی کارروائی کے بعد مظاہرین منتشر ہو گئے، جبکہ "
            "جماعت کی قیادت نے آج بدھ کے روز اعلان کیا ہے کہ احتجاج فی الحال ملتوی کیا جا رہا ہے۔\n\n"
            "شہر میں موبائل سروس بحال کر دی گئی ہے۔\n")
    # the story's crackdown at D-Chowk was on Tuesday 26 November 2024 at night; the page is of the day after
    assert published_in_folder(tmp_path, {"a.txt": text}, "a.txt") == "2024-11-27"


def test_the_results_of_the_february_8_election_in_a_future_sentence():
    sentence = "اپوزیشن لیڈر نے کہا کہ 8 فروری کے انتخابی نتائج کا معاملہ بھی ایجنڈے پر رہے گا۔"
    found = find_dates(sentence, date(2024, 12, 23), language="ur", known_days=default_story().known_day_map())
    # written in December 2024: the vote of that February, not the coming one
    assert [m.value for m in found if m.text == "8 فروری"] == ["2024-02-08"]
