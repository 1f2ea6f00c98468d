"""Publication dates and datelines in the layouts real pages show: date lines under a byline,
press-release headers, published / updated labels, comment sections, page chrome, wire datelines
in many shapes, date stamps run into the text, Urdu datelines.  Every expectation is worked out
from the text by hand."""

from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from dashboard.layout import analyse

LEAD = ("The Pakistan Tehreek-e-Insaf on Tuesday rejected the provisional results and said it would "
        "challenge them in court, its spokesman told reporters in the capital.")
MORE = ("Party leaders said the protests would continue until the results of the disputed seats were "
        "reversed, and that a petition would be filed in the high court next week.")
BODY = LEAD + "\n\n" + MORE + "\n"
VOTE = " The vote was held on February 8, 2024."


@pytest.mark.parametrize("header, expected", [
    # a date line of its own under the title and byline
    ("PTI rejects results\nBy A Contributing Author\nJuly 22, 2024\n\n", date(2024, 7, 22)),
    ("PTI rejects results\nBy A Contributing Author\n22 July 2024\n\n", date(2024, 7, 22)),
    ("PTI rejects results\nBy A Contributing Author\nMonday, 22 July 2024\n\n", date(2024, 7, 22)),
    ("PTI rejects results\nStaff Reporter\nJul 22, 2024 | 10:15 PM\n\n", date(2024, 7, 22)),
    # press releases and statements: a place and an all-number date
    ("PRESS RELEASE\nIslamabad, 22.02.2024\n\n", date(2024, 2, 22)),
    ("Statement of the party spokesman\nLahore, 22/02/2024\n\n", date(2024, 2, 22)),
    ("Press release\nNo. F.2(1)/2024-PR\nDated: 22-02-2024\n\n", date(2024, 2, 22)),
    # an Urdu date line
    ("تحریک انصاف کا احتجاج\n۲۲ فروری ۲۰۲۴\n\n", date(2024, 2, 22)),
])
def test_a_date_line_in_the_header(header, expected):
    assert analyse(header + BODY).published == expected


@pytest.mark.parametrize("header", [
    "Published February 16, 2024 Updated February 17, 2024 11:34am\n",   # one line, published first
    "Updated 17 Feb 2024 / Published 16 Feb 2024\n",                      # one line, updated first
    "Updated February 17, 2024 11:34am\nPublished February 16, 2024\n",   # two lines, updated first
    "Published February 16, 2024\nLast Updated: February 17, 2024 11:34am\n",
    "- Published Date: 21:40 | 16 February 2024\n- Modified Date: 10:05 | 17 February 2024\n",
])
def test_the_published_date_not_the_update(header):
    layout = analyse("PTI rejects results\n" + header + "\n" + BODY)
    assert (layout.published, layout.published_from) == (date(2024, 2, 16), "byline")


def test_an_update_alone_is_the_best_there_is():
    layout = analyse("PTI rejects results\nLast Updated: February 17, 2024 11:34am\n\n" + BODY)
    assert layout.published == date(2024, 2, 17)


def test_comments_and_copyright_after_the_article_do_not_win():
    comments = ("\nCopyright Business Recorder, 2024\n\nComments\n\nAli Khan Feb 18, 2024 12:02pm\nThis is wrong.\n\n"
                "Sara Feb 19, 2024 01:12am\nAgree.\n")
    layout = analyse("PTI rejects results\nPublished February 16, 2024\n\n" + BODY + comments)
    assert layout.published == date(2024, 2, 16)
    # With no date of its own, the article gets none from its comments.
    layout = analyse(LEAD + "\n\n" + MORE + VOTE + "\n" + comments)
    assert layout.published is None
    assert any("no publication date" in p for p in layout.problems)


def test_page_chrome_at_the_top_loses_to_the_byline_date():
    text = ("Tuesday, September 16, 2025\nHome | Pakistan | World\n\nPTI rejects results\nWeb Desk\n"
            "February 13, 2024\n\n" + LEAD + VOTE + "\n\n" + MORE)
    assert analyse(text).published == date(2024, 2, 13)


@pytest.mark.parametrize("opening, place, covered, published", [
    ("Islamabad [Pakistan], March 7 (ANI): ", "Islamabad", "Islamabad [Pakistan], March 7 (ANI):", date(2024, 3, 7)),
    ("ISLAMABAD, Nov 27 (Reuters) - ", "ISLAMABAD", "ISLAMABAD, Nov 27 (Reuters) -", date(2024, 11, 27)),
    ("ISLAMABAD, MAR 8: ", "ISLAMABAD", "ISLAMABAD, MAR 8:", date(2024, 3, 8)),             # the month in capitals
    ("ISLAMABAD - Feb 20: ", "ISLAMABAD", "ISLAMABAD - Feb 20:", date(2024, 2, 20)),       # the date after the dash
    ("ISLAMABAD: (Feb 20) ", "ISLAMABAD", "ISLAMABAD: (Feb 20)", date(2024, 2, 20)),
    ("ISLAMABAD (Pakistan), Feb 20 (AA) – ", "ISLAMABAD", "ISLAMABAD (Pakistan), Feb 20 (AA) –", date(2024, 2, 20)),
    ("Feb. 21 (UPI) -- ", None, "Feb. 21 (UPI) --", date(2024, 2, 21)),                    # a wire dateline without a place
    ("Feb 20, 2024 ISLAMABAD: ", "ISLAMABAD", "Feb 20, 2024 ISLAMABAD:", date(2024, 2, 20)),  # a date line run into it
    ("February 20, 2024 — ", None, "February 20, 2024 —", date(2024, 2, 20)),
    ("Tuesday, February 20, 2024: ", None, "Tuesday, February 20, 2024:", date(2024, 2, 20)),
    # the source and the date in one bracket, after a comma or a colon
    ("PESHAWAR, (Agency Name / City News - 20th Feb, 2024) ", "PESHAWAR",
     "PESHAWAR, (Agency Name / City News - 20th Feb, 2024)", date(2024, 2, 20)),
    ("LAHORE: (Desk/Desk / City News- Feb 20th, 2024) ", "LAHORE",
     "LAHORE: (Desk/Desk / City News- Feb 20th, 2024)", date(2024, 2, 20)),
])
def test_dateline_shapes(opening, place, covered, published):
    text = "Assembly elects speaker\n\n" + opening + LEAD + VOTE + "\n\n" + MORE
    layout = analyse(text)
    assert layout.dateline == place
    s, e = layout.dateline_span
    assert text[s:e].strip() == covered  # the dateline's date is masked: it is no event of the text
    assert layout.published == published


def test_a_date_run_into_the_text_is_a_stamp():
    text = "PTI rejects results\nFebruary 20, 2024" + LEAD + "\n" + MORE
    layout = analyse(text)
    assert layout.published == date(2024, 2, 20)
    assert text[slice(*layout.dateline_span)] == "February 20, 2024"


def test_paragraphs_that_all_open_with_a_date_are_a_timeline_not_a_stamp():
    text = ("Timeline of the vote\n\n"
            "February 8, 2024: Pakistanis voted in general elections amid a suspension of mobile services.\n\n"
            "February 11, 2024: The election commission announced the final results of the National Assembly.\n\n"
            "February 20, 2024: The PML-N and the PPP announced an agreement to form a coalition government.\n")
    layout = analyse(text)
    assert layout.dateline_span is None
    assert layout.published is None


def test_a_caption_before_a_wire_dateline_is_not_the_body():
    caption = ("Police stand guard outside the Supreme Court in Islamabad on Monday after judges adjourned the "
               "hearing of a petition against the results. Photo by a staff photographer")
    text = "Parties reach deal\n\n" + caption + "\n\nFeb. 21 (UPI) -- " + LEAD + VOTE + "\n\n" + MORE + "\n"
    layout = analyse(text)
    assert layout.published == date(2024, 2, 21)
    assert not any(text[s:e] == caption for s, e in layout.paragraphs)


def test_a_date_line_under_a_notice_that_reads_like_prose():
    text = ("PTI rejects results\n\n*Click the title above to read the complete article on the website for details.\n\n"
            "2023-11-02T20:40:27+05:00 News Desk\n\n" + BODY)
    assert analyse(text).published == date(2023, 11, 2)


def test_a_header_date_a_day_after_the_dateline_is_the_pages_own():
    # Posted the next morning (another time zone, or the next day's paper): the page's date.
    text = ("Shahbaz Sharif elected prime minister\n\n(Xinhua) 08:56, March 04, 2024\n\n"
            "ISLAMABAD, March 3 (Xinhua) -- " + LEAD + VOTE + "\n\n" + MORE)
    assert analyse(text).published == date(2024, 3, 4)
    # A header date months away is page chrome: the dateline's date stands.
    text = ("Tuesday, September 16, 2025\n\nShahbaz Sharif elected prime minister\n\n"
            "ISLAMABAD, March 3 (Xinhua) -- " + LEAD + VOTE + "\n\n" + MORE)
    assert analyse(text).published == date(2024, 3, 3)


def test_urdu_dateline_with_its_date_run_on():
    text = ("اسلام آباد۔22فروری (اے پی پی):الیکشن کمیشن نے 8 فروری 2024 کے انتخابات کے نتائج کا اعلان کیا "
            "اور کہا کہ تمام حلقوں کے نتائج جاری کر دیے گئے ہیں۔")
    layout = analyse(text)
    assert layout.dateline == "اسلام آباد"
    assert text[slice(*layout.dateline_span)].startswith("اسلام آباد۔22فروری (اے پی پی):")
    assert layout.published == date(2024, 2, 22)


@pytest.mark.parametrize("opening", ["اسلام آباد:", "اسلام آباد ... ", "لاہور…"])
def test_urdu_dateline_with_a_colon_or_dots_run_into_the_text(opening):
    text = opening + "چیف الیکشن کمشنر نے کہا کہ تمام حلقوں کے نتائج جاری کر دیے گئے ہیں اور انتخابات شفاف تھے۔"
    layout = analyse(text)
    assert layout.dateline == opening.strip(" :.…")
    assert text[slice(*layout.dateline_span)].strip() == opening.strip()


def test_a_year_from_a_lead_weekday_alone_waits_for_the_folder():
    # 21 February is a Wednesday in 2024 and in 2018, a Tuesday in 2023: "late Tuesday" fits 2023 as the
    # dateline's own day and 2024 as the night before.  Alone, the article keeps a guess and asks the folder.
    text = ("Feb. 21 (UPI) -- The two largest parties finalized a power-sharing formula late Tuesday, clearing "
            "the way for a coalition government after the national elections.")
    alone = analyse(text)
    assert alone.published is not None and alone.partial_published == (2, 21)
    # A folder of 2024 articles (a few from 2023) settles 2024.
    folder = analyse(text, folder_years=Counter({2024: 8, 2023: 2}))
    assert (folder.published, folder.published_from) == (date(2024, 2, 21), "dateline + folder years")
    assert folder.partial_published is None


def test_a_weekday_written_with_its_date_settles_the_year_without_the_folder():
    # 13 May is a Tuesday in 2025: the pair is strong evidence, nothing is left to the folder.
    text = ("PESHAWAR, May 14 (APP): The provincial cabinet met again and approved the budget strategy paper. "
            "The first meeting, on Tuesday (May 13), ended without a decision.")
    layout = analyse(text, folder_years=[2024, 2024, 2024])
    assert layout.published == date(2025, 5, 14)
    assert layout.partial_published is None


@pytest.mark.parametrize("line, expected", [
    ("Source: https://www.example.com/world/2024/02/21/pakistan-parties-deal/", date(2024, 2, 21)),
    ("https://www.example.com.pk/08-Dec-2023/commission-to-announce-schedule", date(2023, 12, 8)),
    ("URL: https://news.example.org/2024-03-04/assembly-elects-speaker.html", date(2024, 3, 4)),
])
def test_the_pages_address_is_the_last_resort(line, expected):
    layout = analyse(BODY + "\n" + line + "\n")
    assert (layout.published, layout.published_from) == (expected, "url")


def test_an_address_in_a_sentence_or_without_a_whole_date_gives_none():
    assert analyse(LEAD + " The ruling is at https://example.com/2023/05/09/ruling for readers.\n\n" + MORE).published is None
    assert analyse(BODY + "\nSource: https://example.com/2024/03/assembly-elects-speaker\n").published is None


def test_the_address_yields_to_a_date_in_the_header():
    layout = analyse("PTI rejects results\nFebruary 20, 2024\n\n" + BODY + "\nSource: https://example.com/2024/02/22/story\n")
    assert layout.published == date(2024, 2, 20)


def test_a_date_line_above_bullets_is_kept_despite_a_dated_list_of_related_stories():
    text = ("World News\nSupporters march on the capital despite roadblocks\n26 November 2024\n"
            "This content originally appeared on a partner site.\n"
            "- Thousands of supporters of the jailed former prime minister defy roadblocks and tear gas to reach "
            "the gates of the capital, which has been locked down since late Saturday.\n"
            "- At least four paramilitary troops have been killed in clashes since Monday, the interior ministry said.\n"
            "Related News\n11 December 2024\nStrikes kill five in a border town amid a shaky ceasefire\n"
            "30 November 2024\nIsland nation holds parliamentary election after government collapse\n")
    assert analyse(text).published == date(2024, 11, 26)


def test_published_in_under_the_text_beats_an_unlabelled_date_at_the_top():
    text = ("Monday, December 2, 2024\nHome | Pakistan | World\n\nPTI rejects results\n\n" + BODY +
            "\nPublished in Dawn, February 20th, 2024\n")
    layout = analyse(text)
    assert (layout.published, layout.published_from) == (date(2024, 2, 20), "text")
    # A date labelled published in the header still stands.
    text = "PTI rejects results\nPublished February 19, 2024\n\n" + BODY + "\nPublished in Dawn, February 20th, 2024\n"
    assert analyse(text).published == date(2024, 2, 19)


def test_a_short_article_gets_no_date_from_the_comment_under_it():
    text = (LEAD + "\n\nCopyright Business Recorder, 2024\n\nComments are closed.\n\n"
            "Pakistani1 Mar 06, 2024 02:05pm\nThe party spends its energy on the wrong things all the time, "
            "and its supporters will pay for it at the next election.\n")
    assert analyse(text).published is None


def test_dated_headlines_under_latest_news_in_the_header_are_other_stories():
    block = ("Site Name\nLatest News\nParty announces fresh protest drive - Sep 15, 2025\n"
             "Rain emergency declared in the port city - Sep 14, 2025\n\nPTI rejects results\nStaff Reporter\n")
    assert analyse(block + "\n" + BODY).published is None
    # The article's own date line below such a block still counts.
    assert analyse(block + "February 13, 2024\n\n" + BODY).published == date(2024, 2, 13)


HTML = """<html><head><title>PTI rejects results</title>{head}</head><body>
<header><div>Menu</div></header>
<article><h1>PTI rejects results</h1><p class="byline">Staff Reporter{stamp}</p>
<p>ISLAMABAD: The Pakistan Tehreek-e-Insaf on Tuesday rejected the provisional results of the February 8 polls and
said it would challenge them in court, its spokesman told reporters in the capital.</p>
<p>Party leaders said the protests would continue until the results of the disputed seats were reversed, and that a
petition would be filed in the high court next week.</p>
</article>
<section class="comments-area"><h3>Comments</h3><div class="comment"><span>Ali</span>
<time>Feb 20, 2024 12:02pm</time><p>This is wrong.</p></div></section>
</body></html>"""


@pytest.mark.parametrize("head, stamp, expected, source", [
    ('<meta content="2024-02-16T21:40:00+05:00" property="article:published_time">', "", date(2024, 2, 16), "html metadata"),
    ('<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2024-02-15T08:00:00Z"}</script>', "",
     date(2024, 2, 15), "html metadata"),
    # no metadata: a time in the byline, shown as "3 hours ago", is the guess; the comment's time never is
    ("", ' <time datetime="2024-02-16T10:00:00+05:00">3 hours ago</time>', date(2024, 2, 16), "html date guess"),
    ("", "", None, None),
])
def test_html_dates_from_metadata_or_the_article_never_from_comments(head, stamp, expected, source):
    from dashboard.layout import extract_html

    text, meta, problem = extract_html(HTML.format(head=head, stamp=stamp))
    assert problem is None
    layout = analyse(text, html_meta=meta)
    assert (layout.published, layout.published_from) == (expected, source)


@pytest.mark.parametrize("label", ["EDITORIAL: ", "ANALYSIS: "])
def test_a_section_label_is_no_dateline(label):
    assert analyse("PTI rejects results\n\n" + label + BODY).dateline is None


def test_a_yearless_dateline_read_again_is_counted_once(tmp_path_factory, isolated_cache):
    """The folder pass reads a yearless dateline's article again; the count of files parsed and
    taken from the cache still adds up to the files, cold and warm (the CLI prints it)."""
    from dashboard import load_corpus

    tmp_path, cache_dir = tmp_path_factory.mktemp("articles"), tmp_path_factory.mktemp("cache")
    (tmp_path / "a.txt").write_text("LAHORE, Feb 12 (APP): PTI workers protested on Sunday against the results.\n")
    (tmp_path / "b.txt").write_text(" date 2024-02-14\nISLAMABAD: The ECP met on Tuesday.\n")
    for _ in range(2):
        corpus = load_corpus(tmp_path, cache_dir=cache_dir)
        assert corpus.parsed >= 0 and corpus.from_cache >= 0 and corpus.parsed + corpus.from_cache == 2
    assert str(corpus.articles.set_index("article").loc["a.txt", "published"])[:10] == "2024-02-12"


def test_an_urdu_byline_with_the_short_spelling_of_july_beats_the_page_header():
    # the header is the day the page was saved; "شائع" labels the article's own date
    text = ("اردو خبریں\n\nپیر, نومبر 18, 2024\n\nعدالت نے فیصلہ محفوظ کر لیا\n"
            "شائع 09 جولائ 2024 01:07pm\n\nسپریم کورٹ نے مخصوص نشستوں کے کیس کا فیصلہ محفوظ کر لیا۔\n")
    from dashboard.actors import default_matcher
    from dashboard.corpus import parse_article
    from dashboard.reading import SourceFile
    parsed = parse_article(SourceFile(Path("a.txt"), "a.txt", "text", text, len(text)), default_matcher())
    assert str(parsed.article["published"])[:10] == "2024-07-09"


@pytest.mark.parametrize("name, expected", [
    ("2024-02-17 commissioner resigns.txt", "2024-02-17"),
    ("propakistani_17-Feb-2024.txt", "2024-02-17"),
    ("20240217-rawalpindi.txt", "2024-02-17"),
    ("na-128 2024 result.txt", None),  # a seat and a year are no date
])
def test_the_file_name_gives_the_date_only_when_the_text_gives_none(name, expected):
    from dashboard.actors import default_matcher
    from dashboard.corpus import parse_article
    from dashboard.reading import SourceFile
    text = "The commissioner on Saturday announced his resignation after a news conference.\n"
    parsed = parse_article(SourceFile(Path(name), name, "text", text, len(text)), default_matcher())
    published = parsed.article["published"]
    assert (str(published)[:10] if published else None) == expected
    if expected:
        assert parsed.article["published_from"] == "file name"
        assert any("file's name" in p for p in parsed.article["problems"])
    # a date the text states wins over the file's name
    dated = " date 2024-02-18\n" + text
    parsed = parse_article(SourceFile(Path(name), name, "text", dated, len(dated)), default_matcher())
    assert str(parsed.article["published"])[:10] == "2024-02-18"


@pytest.mark.parametrize("text, place, published", [
    ("Washington DC September 12 2024: The fund on Thursday confirmed that its board will meet on "
     "September 25.\n", "Washington DC", "2024-09-12"),
    ("KARACHI March 3, 2024: The provincial assembly met on Sunday.\n", "KARACHI", "2024-03-03"),
])
def test_a_dateline_whose_date_follows_the_place_without_a_comma(text, place, published):
    layout = analyse(text)
    assert layout.dateline == place and str(layout.published) == published


def test_a_name_before_a_month_is_no_dateline():
    layout = analyse("Prime Minister Shehbaz Sharif on Monday said the talks would resume in March.\n")
    assert layout.dateline is None and layout.published is None


@pytest.mark.parametrize("header", [
    # page chrome: a comment count and a view count on lines of their own
    "China welcomes the vote\n\n0\n1109\n\n",
    # a standfirst that mentions an earlier judgment's date is prose, not a date line
    "Court reverses seats ruling\n- Larger bench sets aside the earlier judgment dated July 12, 2024\n",
])
def test_numbers_and_dated_prose_in_the_header_give_no_publication_date(header):
    assert analyse(header + BODY).published is None


@pytest.mark.parametrize("line", [
    "By Staff Reporter | Last updated on July 22, 2024 at 10:30 am",
    "Published July 22, 2024 at 10:30 am, last updated 2 hours ago",
    "Posted on July 22, 2024 by web desk in Pakistan news",
    "Updated on July 22, 2024 by our correspondent in the capital",
])
def test_a_date_line_with_a_label_and_words_after_it_is_still_a_date_line(line):
    assert analyse("PTI rejects results\n" + line + "\n\n" + BODY).published == date(2024, 7, 22)


def test_a_scraped_byline_that_runs_the_time_into_the_year():
    header = "By Reuters Staff\nFebruary 19, 20249:41 AM GMT+5Updated 2 hours ago\n"
    assert analyse(header + BODY).published == date(2024, 2, 19)
