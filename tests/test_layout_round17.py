"""Pages of the seventeenth round.  Every page is our own.

- A TV channel's ticker of headlines with no times ("• Zardari takes oath as 14th President") is the page:
  its bullets are items, not a list of links beside an article, and the page's day comes from them.
- A list of links under an article's prose is still no part of it.
- "Polling held today in the National Assembly, Senate and four provincial assemblies" is the presidential
  vote's electoral college, not the Senate elections: only the Senate's own elections, seats or polls
  name that happening.
"""

from test_pubdates_round9 import articles_of

TICKER = ("GEO NEWS | BREAKING\n\n"
          "• Asif Ali Zardari elected 14th President of Pakistan with 411 electoral votes\n"
          "• Polling held today in National Assembly, Senate and four provincial assemblies\n"
          "• President-elect to take oath tomorrow at Aiwan-e-Sadr, sources say\n"
          "• Federal cabinet to take oath on Monday, sources told Geo News\n"
          "• PTI chairman says party will challenge the electoral college in court\n")


def test_a_ticker_of_headlines_without_times_is_read(tmp_path):
    loaded = articles_of(tmp_path, {"a.txt": TICKER})
    events = loaded.events
    assert events["sentence"].str.contains("take oath tomorrow").any()
    # the page prints no date; the president's election (9 March 2024) "today" dates it, not the Senate's
    assert str(loaded.articles.iloc[0]["published"])[:10] == "2024-03-09"
    oath = events[events["sentence"].str.contains("President-elect to take oath")]
    assert [str(d)[:10] for d in oath["date"]] == ["2024-03-10"]


def test_links_under_an_article_are_still_no_part_of_it(tmp_path):
    text = ("Coalition deal agreed\n\nISLAMABAD, Feb 21, 2024 - The PML-N and the PPP agreed on Tuesday night to form a "
            "coalition government, ending nearly two weeks of uncertainty after the election. The deal was announced "
            "at a news conference in Islamabad by leaders of both parties, who said Shehbaz Sharif would be prime "
            "minister. Asif Ali Zardari will be their candidate for president.\n\nRead more\n\n"
            "• PTI says it will sit in opposition after talks with other parties fail on Monday\n"
            "• Markets rally as uncertainty over the next government ends on Wednesday morning\n")
    events = articles_of(tmp_path, {"a.txt": text}).events
    assert not events["sentence"].str.contains("Markets rally|sit in opposition").any()
