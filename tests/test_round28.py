"""Loader rules of the twenty-eighth round.  Sentences written for these tests; the dates and types are read off
the text by hand.

- Undated pages: Jamaat-e-Islami's election of Hafiz Naeemur Rehman as its emir (Thursday 4 April 2024) and Akhtar
  Mengal's resignation from the National Assembly (Tuesday 3 September 2024) are calendar happenings; "last
  Tuesday" is never said of a day of the page's own week (that is told by the bare weekday), so a page that tells a
  happening by it is of the week after, from its Monday.
"""

import pytest
from test_undated_round16 import published_in_folder


@pytest.mark.parametrize("text, day", [
    # Thursday 4 April 2024
    ("JI elects new emir\n\nLAHORE: Hafiz Naeemur Rehman was on Thursday elected ameer of the Jamaat-e-Islami, "
     "succeeding Sirajul Haq.\n", "2024-04-04"),
    ("نئے امیر\n\nلاہور: حافظ نعیم الرحمن جمعرات کو جماعت اسلامی کے نئے امیر منتخب ہو گئے۔\n", "2024-04-04"),
    # Tuesday 3 September 2024, "yesterday"
    ("Mengal quits\n\nISLAMABAD: BNP chief Akhtar Mengal resigned from the National Assembly yesterday, saying the "
     "house had ignored Balochistan.\n", "2024-09-04"),
    ("استعفیٰ\n\nاسلام آباد: سردار اختر مینگل نے منگل کو قومی اسمبلی کی رکنیت سے استعفیٰ دے دیا۔\n", "2024-09-03"),
    # "last Tuesday" (3 September 2024): the Monday after, 9 September
    ("Notes\n\nThe rally came days after Akhtar Mengal resigned his National Assembly seat last Tuesday.\n",
     "2024-09-09"),
])
def test_undated_pages_of_the_round(tmp_path, text, day):
    assert published_in_folder(tmp_path, {"a.txt": text}, "a.txt") == day


def test_naming_the_emir_elsewhere_dates_no_page(tmp_path):
    # the JI chief speaking "yesterday" about an elected government is no election of his
    text = "JI\n\nJI chief Hafiz Naeemur Rehman said yesterday the elected government had failed the people.\n"
    assert published_in_folder(tmp_path, {"a.txt": text}, "a.txt") != "2024-04-05"
