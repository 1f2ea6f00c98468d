"""Pages that print no date (fourteenth round): the story's calendar knows the former Rawalpindi
commissioner's retraction (22 February 2024), Hafiz Naeem ur Rehman giving up his seat by the name
written as one word, and Western governments questioning the vote.  Every article is our own; the
expected days are worked out by hand: 12 February 2024 was a Monday, 9 February 2024 a Friday."""

from dashboard import load_corpus


def published(tmp_path, text: str) -> str | None:
    (tmp_path / "page.txt").write_text(text, encoding="utf-8")
    day = load_corpus(tmp_path, use_cache=False).articles.iloc[0]["published"]
    return None if str(day) == "NaT" else str(day)[:10]


def test_a_page_on_the_retraction_is_of_its_day(tmp_path):
    # the confession "last Saturday" (17 February) only says the page is of the week after it; the
    # retraction the lead reports says which day
    text = ("Taking back every allegation about the count, former Rawalpindi commissioner Liaqat "
            "Ali Chattha withdrew his claims in a letter to the election commission and said he regretted them.\n\n"
            "Last Saturday, Chattha had resigned and told reporters he had helped change results in his division.\n")
    assert published(tmp_path, text) == "2024-02-22"


def test_a_confession_that_asks_forgiveness_is_no_retraction(tmp_path):
    # "the commissioner confessed to rigging and resigned; Chattha said he asks the nation's forgiveness"
    text = ("راولپنڈی: کمشنر راولپنڈی لیاقت علی چٹھہ نے انتخابات میں دھاندلی کا اعتراف کرتے ہوئے استعفیٰ دے دیا۔\n"
            "چٹھہ نے کہا کہ وہ قوم سے معافی مانگتے ہیں اور خود کو قانون کے حوالے کرتے ہیں۔\n")
    assert published(tmp_path, text) == "2024-02-17"


def test_hafiz_naeemur_rehman_giving_up_his_seat_on_monday(tmp_path):
    text = ("KARACHI: Jamaat-e-Islami's city chief Hafiz Naeemur Rehman on Monday said he was relinquishing "
            "the provincial assembly seat he had been declared to have won, saying the PTI-backed candidate "
            "had more votes.\n\nHe said his party would not accept a seat it had not won.\n")
    assert published(tmp_path, text) == "2024-02-12"


def test_the_united_states_questioning_the_vote_on_friday(tmp_path):
    text = ("WASHINGTON: The United States on Friday called into question the conduct of Pakistan's elections "
            "and said claims of interference should be fully investigated.\n\n"
            "The State Department spokesman said Washington would work with the next government.\n")
    assert published(tmp_path, text) == "2024-02-09"
