"""Loader rules of the thirty-seventh round.  Sentences written for these tests; the dates are read off the text by
hand.

- An undated page whose lead reports a happening of the story's calendar with no time of its own ("X elected chief
  minister") and, in one of the two sentences after it, tells the session or vote of it as yesterday's ("the assembly
  session held yesterday"), was written the day after the happening, not on its day.
"""

from test_round33 import _published


def test_a_lead_sentence_after_the_report_that_says_yesterday_puts_the_page_a_day_later(tmp_path):
    published = _published(tmp_path, {
        # Maryam Nawaz was elected chief minister of Punjab on Monday 26 February 2024.
        "urdu.txt": "مریم نواز وزیراعلیٰ پنجاب منتخب ہو گئیں\n\n"
                    "لاہور (نمائندہ خصوصی) مسلم لیگ ن کی مریم نواز پنجاب کی وزیراعلیٰ منتخب ہو گئیں۔ "
                    "پنجاب اسمبلی کے گزشتہ روز ہونے والے اجلاس میں انہیں 220 ارکان کی حمایت ملی۔\n\n"
                    "اپوزیشن ارکان نے ایوان سے واک آؤٹ کیا۔\n",
        "english.txt": "Maryam Nawaz elected Punjab chief minister\n\nLAHORE: Maryam Nawaz of the PML-N was elected chief "
                       "minister of Punjab. At the assembly session held yesterday she won 220 votes.\n\n"
                       "The opposition walked out.\n",
        # the same lead without the session's "yesterday": the happening's own day, as before
        "plain.txt": "مریم نواز وزیراعلیٰ پنجاب منتخب ہو گئیں\n\n"
                     "لاہور (نمائندہ خصوصی) مسلم لیگ ن کی مریم نواز پنجاب کی وزیراعلیٰ منتخب ہو گئیں۔ "
                     "پنجاب اسمبلی کے اجلاس میں انہیں 220 ارکان کی حمایت ملی۔\n\n"
                     "اپوزیشن ارکان نے ایوان سے واک آؤٹ کیا۔\n",
    })
    assert published["urdu.txt"] == "2024-02-27", published
    assert published["english.txt"] == "2024-02-27", published
    assert published["plain.txt"] == "2024-02-26", published
