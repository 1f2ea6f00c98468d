"""Publication dates of yearless datelines (eighteenth round).  Every page is our own; the years are
read off the text by hand.

- A day the article names as still to come bounds the dateline's year: "Islamabad, December 23" over
  "the next meeting will be held on January 2, 2025" is 2024.
- Background years before the story ("since August 5, 2019", "in April 2022") do not date a yearless
  dateline before the story began: the story's years do, with the weekday the lead writes.
"""

from test_undated_round16 import published_in_folder


def test_a_day_to_come_bounds_the_dateline_s_year(tmp_path):
    text = ("Government, PTI hold first round of talks\n\nIslamabad, December 23 (APP): The first formal meeting of "
            "the negotiation committees of the government and the opposition was held at Parliament House today.\n\n"
            "The Speaker said the next meeting of the committees would be held on January 2, 2025.\n")
    assert published_in_folder(tmp_path, {"a.txt": text}, "a.txt") == "2024-12-23"


def test_background_years_before_the_story_do_not_date_the_dateline(tmp_path):
    text = ("Modi congratulates Sharif\n\nNew Delhi, Mar 4 (PTI) Prime Minister Narendra Modi on Monday congratulated "
            "Shehbaz Sharif on taking office as Pakistan's prime minister.\n\nTies have been frosty since India "
            "revoked the special status of Jammu and Kashmir on August 5, 2019.\n\nModi had also congratulated "
            "Sharif in April 2022.\n")
    # 4 March was a Monday in 2019 and in 2024: the story's year, not the background's
    assert published_in_folder(tmp_path, {"a.txt": text}, "a.txt") == "2024-03-04"
