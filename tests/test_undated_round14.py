"""Pages that print no date (fourteenth round): the story's calendar knows the former Rawalpindi
commissioner's retraction (22 February 2024), Hafiz Naeem ur Rehman giving up his seat by the name
written as one word, and Western governments questioning the vote.  Every article is our own; the
expected days are worked out by hand: 12 February 2024 was a Monday, 9 February 2024 a Friday."""

import pytest

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


# --- a page's date that the story's calendar contradicts ----------------------------------------

def test_a_date_line_long_before_what_the_page_reports_as_done_gives_way(tmp_path):
    # a stored page stamped 1 January 2024 over Maryam Nawaz's election as chief minister (26 February)
    text = (" date 2024-01-01\nLAHORE: Maryam Nawaz was elected chief minister of Punjab, securing 220 votes in "
            "the provincial assembly after the opposition walked out.\n\nShe is the first woman to lead a province.\n")
    assert published(tmp_path, text) == "2024-02-26"


def test_a_date_line_days_before_a_happening_stays(tmp_path):
    # a report of 14 February that the PML-N and the PPP agreed to share power (the deal was announced on
    # the 20th): a week is no contradiction, the page may report the talks' first agreement
    text = (" date 2024-02-14\nISLAMABAD: The PML-N and the PPP agreed on a power-sharing deal in principle, party "
            "leaders said, with Shehbaz Sharif as the candidate for prime minister.\n\nTalks continue on cabinet posts.\n")
    assert published(tmp_path, text) == "2024-02-14"


def test_a_datelines_guessed_year_gives_way_to_the_happening_it_reports(tmp_path):
    # "Feb 10" with no year: its weekday evidence ("on Friday" the same day) fits 2023, when 10 February
    # was a Friday; the page reports the Western governments' concerns over the vote of 2024 (Friday
    # 9 February 2024), so the dateline is 10 February 2024
    text = ("WASHINGTON, Feb 10 (Reuters) - The United States on Friday called into question the conduct of "
            "Pakistan's elections and said claims of interference should be investigated.\n\n"
            "Britain and the European Union voiced similar concerns.\n")
    assert published(tmp_path, text) == "2024-02-10"


def test_another_withdrawal_by_the_commissioner_is_no_retraction(tmp_path):
    # a petition withdrawn, not his allegations: the page stays undated rather than take 22 February
    text = ("LAHORE: Former Rawalpindi commissioner Liaqat Ali Chattha withdrew his petition in the Lahore High "
            "Court seeking the return of his passport.\n\nHis lawyer said a fresh plea would be filed.\n")
    assert published(tmp_path, text) is None


def test_a_guessed_year_of_the_story_stands(tmp_path):
    # "Feb 10" with no year over a black day of protest against the February 8 vote: 2024's weekday fits
    # (10 February 2024 was a Saturday), and a protest called a black day is no proof of the anniversary
    text = ("LAHORE, Feb 10 (Reuters) - Supporters of the jailed former prime minister observed a black day on "
            "Saturday across Punjab, protesting what they said was the theft of their mandate in the February 8 "
            "vote.\n\nPolice detained dozens of workers outside the press club.\n")
    assert published(tmp_path, text) == "2024-02-10"


def test_an_election_night_page_is_not_moved_by_the_days_before_the_vote(tmp_path):
    # an undated page on the count after "Thursday's general election" that recalls the campaign's end on
    # Tuesday is of the vote's day or after, and Tuesday stays 6 February
    text = ("Counting of votes from Thursday's general election was still under way late into the night.\n\n"
            "Campaigning for the general elections ended on Tuesday amid tight security.\n")
    (tmp_path / "page.txt").write_text(text, encoding="utf-8")
    corpus = load_corpus(tmp_path, use_cache=False)
    days = {str(d)[:10] for d, c in zip(corpus.events["date"], corpus.events["cue"]) if c == "on Tuesday"}
    assert days <= {"2024-02-06"}



@pytest.mark.parametrize("text, expected", [
    # stored pages of 11 April 2022 on Shehbaz Sharif's first election as prime minister and of
    # 6 September 2008 on Asif Ali Zardari's first as president: a date line years before the story is
    # an old report, not one of the story's own votes of March 2024
    (" date 2022-04-11\nISLAMABAD: Shehbaz Sharif was elected prime minister of Pakistan, securing 174 votes "
     "in the National Assembly after the PTI's lawmakers walked out.\n\nHe replaces Imran Khan, who was "
     "removed in a vote of no confidence.\n", "2022-04-11"),
    (" date 2008-09-06\nISLAMABAD: Asif Ali Zardari was elected president of Pakistan, winning a large "
     "majority of the votes of the electoral college.\n\nHe succeeds Pervez Musharraf.\n", "2008-09-06"),
])
def test_an_old_date_line_of_an_earlier_election_stays(tmp_path, text, expected):
    assert published(tmp_path, text) == expected
