"""Page furniture of the sixteenth round: a "RELATED COVERAGE" list of headlines with their dates (AP's
style) is no text, and its dates are no events.  The article is our own."""

from dashboard import load_corpus


def test_a_related_coverage_list_is_furniture(tmp_path):
    (tmp_path / "ap.txt").write_text(
        "Pakistan's election body finishes count\n\nUpdated 9:40 PM PKT, February 11, 2024\n\nISLAMABAD (AP) — Pakistan's election commission on Sunday "
        "finished counting the votes of Thursday's parliamentary election, three days after polls closed.\n\n"
        "RELATED COVERAGE\n"
        "Pakistan's caretaker government defends its plan for polling-day security — February 6, 2024\n"
        "Who is the young leader of the Peoples Party? — February 4, 2024\n\n"
        "Copyright 2024 The Associated Press. All Rights Reserved.\n", encoding="utf-8")
    corpus = load_corpus(tmp_path, use_cache=False)
    days = {str(d)[:10] for d in corpus.events["date"]}
    assert not days & {"2024-02-06", "2024-02-04"}
    assert "2024-02-11" in days  # the count: 11 February 2024, the page's day, was a Sunday



def test_a_related_box_mid_article_ends_at_the_next_sentence(tmp_path):
    (tmp_path / "ap.txt").write_text(
        "Sharif elected prime minister\n\nUpdated 9:40 PM PKT, March 3, 2024\n\nISLAMABAD (AP) — Pakistan's "
        "parliament on Sunday elected Shehbaz Sharif as prime minister for a second time.\n\n"
        "RELATED COVERAGE\n"
        "Who is the young leader of the Peoples Party? — February 4, 2024\n\n"
        "Khan's supporters chanted slogans against the vote on Sunday.\n\n"
        "The new cabinet is expected to be sworn in on Monday, officials said.\n", encoding="utf-8")
    events = load_corpus(tmp_path, use_cache=False).events
    days = {str(d)[:10] for d in events["date"]}
    assert "2024-03-04" in days and "2024-02-04" not in days
