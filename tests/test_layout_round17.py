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


KEY_POINTS_PAGE = """<html><head><title>Marchers push on</title></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News from Pakistan and the rest of the world today</a></li></ul></nav>
<main>
<header><h1>Marchers push towards the capital despite a lockdown</h1></header>
<p class="summary">Thousands of supporters of the jailed former prime minister are marching on the capital, which has been
sealed off with shipping containers and guarded by police.</p>
<section class="key-points"><h2>Here's what we know</h2><ul>
<li>Convoys of the party set off from two provinces on Sunday, answering the leader's call for a protest.</li>
<li>Mobile internet has been suspended in parts of the capital and its twin city since Saturday.</li>
</ul></section>
<article><p>Witnesses say police have begun firing tear gas to push the marchers back from the city centre, and the
party's leaders are not in sight. The interior minister said schools in the capital would remain closed.</p>
<p>The government invoked a constitutional article late on Monday, allowing the army to be deployed to protect
buildings in the capital. Officials said troops had orders to respond to any attack.</p></article>
</main>
<aside><ul><li>Markets close higher as investors weigh the political uncertainty in the country today.</li></ul></aside>
</body></html>"""


def test_the_article_s_own_list_of_sentences_is_read():
    from dashboard.layout import extract_html

    text, _, problem = extract_html(KEY_POINTS_PAGE)
    assert problem is None
    # the key points are the article's, in the page's order (after the summary, before the body) ...
    convoys, body = text.find("Convoys of the party set off"), text.find("Witnesses say police")
    assert 0 <= convoys < body
    assert "since Saturday" in text
    # ... a menu's links and an aside's item are not
    assert "Markets close higher" not in text and "News from Pakistan" not in text
