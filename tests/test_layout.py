"""Publication dates, titles, outlets and boilerplate in formats the seeds do not show."""

from datetime import date

import pytest

from dashboard.actors import default_matcher
from dashboard.layout import analyse

BODY = ("The Pakistan Tehreek-e-Insaf on Tuesday rejected the provisional results and said it would "
        "challenge them in court, its spokesman told reporters in the capital.")


@pytest.mark.parametrize("header, expected, source", [
    ("PTI rejects results\nPublished 02 Mar, 2024 07:36pm\n\n", date(2024, 3, 2), "byline"),
    ("PTI rejects results\n03:18 PM | 14 Feb, 2024\n\n", date(2024, 2, 14), "byline"),
    ("Sunday, November 23, 2025\nHome\nPolitics\nWorld\n\nPTI rejects results\nBy Staff Reporter\n13 Feb 2024 19:15\n\n",
     date(2024, 2, 13), "byline"),  # the page-chrome date at the top loses to the byline
    ("---\ntitle: PTI rejects results\ndate: 2024-02-20\nsource: Dawn\n---\n", date(2024, 2, 20), "front matter"),
])
def test_publication_date_from_header(header, expected, source):
    layout = analyse(header + BODY + "\n")
    assert (layout.published, layout.published_from) == (expected, source)
    assert layout.title == "PTI rejects results"


def test_dateline_with_year():
    layout = analyse("ISLAMABAD, Feb 12,2024: " + BODY)
    assert layout.dateline == "ISLAMABAD"
    assert (layout.published, layout.published_from) == (date(2024, 2, 12), "dateline")


def test_dateline_year_from_context_and_wire_is_not_the_party():
    text = ("Peshawar, Mar 1 (PTI) — Pakistan's parliament met on Friday for the first time since the "
            "February 8, 2024 election, officials said, and the session was adjourned.")
    layout = analyse(text)
    assert layout.dateline == "Peshawar"
    assert layout.published == date(2024, 3, 1)
    assert layout.outlet == "PTI (Press Trust of India)"
    names = _names(default_matcher(), text, [layout.dateline_span])
    assert "PTI" not in names


def test_source_stamp_in_text():
    layout = analyse(BODY + " (Pakistan Point News - 14th Mar, 2024)")
    assert (layout.published, layout.published_from) == (date(2024, 3, 14), "text")


def test_no_date_is_said():
    layout = analyse(BODY)
    assert layout.published is None
    assert any("no publication date" in p for p in layout.problems)


def test_boilerplate_blocks_are_dropped_with_offsets_kept():
    text = ("Site Name\nHome\nNews\nSport\n\nHeadline about the vote count\n\n" + BODY + "\n\n"
            "Read more: Another story about politics\n\nMost Read\n\nStory one about Iran\n  • 23 Nov 2025\n"
            "Story two on trade\n\nSite Name\n\nAll Rights Reserved\n  • Privacy Policy\n")
    layout = analyse(text)
    kept = [text[s:e] for s, e in layout.paragraphs]
    assert kept == [BODY]
    assert layout.title == "Headline about the vote count"
    assert layout.outlet == "Site Name"
    dropped = " ".join(text[s:e] for s, e, _ in layout.boilerplate)
    assert "23 Nov 2025" in dropped and "Privacy Policy" in dropped


def test_urdu_article_language():
    layout = analyse("تحریک انصاف نے 8 فروری 2024ء کے انتخابات کے نتائج مسترد کر دیے اور ملک گیر احتجاج کا اعلان کیا۔ "
                     "پارٹی رہنماؤں نے کہا کہ وہ عدالت سے رجوع کریں گے اور اپنا مینڈیٹ واپس لیں گے۔")
    assert layout.language == "ur"
    assert layout.paragraphs


def test_actor_aliases_and_people_map_to_party():
    matcher = default_matcher()
    text = ("Tahreek-i-Insaf and Jamat-e-Islami met; Bilawal Bhutto Zardari spoke; "
            "PTI-backed independent candidates won.")
    names = _names(matcher, text)
    assert names[:2] == ["PTI", "JI"]
    assert {"Bilawal Bhutto Zardari", "PPP", "IND"} <= set(names)
    assert "JI" not in _names(matcher, "the hajji said")


def test_institutions_that_hold_no_seats_come_from_the_actor_data(tmp_path):
    import json

    from dashboard.actors import DEFAULT_ACTORS, ActorMatcher
    from dashboard.tallies import TallyReader

    data = json.loads(DEFAULT_ACTORS.read_text(encoding="utf-8"))
    data["parties"].append({"name": "NAB", "aliases": ["NAB"], "holds_seats": False})
    path = tmp_path / "actors.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    sentence = "PML-N is leading with 75 seats, NAB said after reviewing 12 seats."
    rows = TallyReader(ActorMatcher(path)).read(sentence)
    assert [(r["party"], r["seats"]) for r in rows] == [("PML-N", 75)]
    data["parties"][-1].pop("holds_seats")
    path.write_text(json.dumps(data), encoding="utf-8")
    rows = TallyReader(ActorMatcher(path)).read(sentence)
    assert ("NAB", 12) in [(r["party"], r["seats"]) for r in rows]


def _names(matcher, text, masked=()):
    """Canonical names in order of first mention, each person followed by their party."""
    names = []
    for mention in matcher.find(text, masked):
        for name in (mention.name, mention.party):
            if name and name not in names:
                names.append(name)
    return names


# --- publication dates: page chrome, datelines without a year, dateline styles ------------

REPORT = ("The provincial assembly on Tuesday elected its speaker after opposition members walked out, "
          "officials said, and the house was adjourned until the next morning.")


def test_a_page_chrome_date_loses_to_the_articles_own_dateline():
    text = ("Tuesday, September 16, 2025\nHome\nPolitics\n\nAssembly elects speaker\n\n"
            "PESHAWAR, Feb 27, 2024: " + REPORT + " The February 8, 2024 vote had left no party a majority.\n")
    layout = analyse(text)
    assert (layout.published, layout.published_from) == (date(2024, 2, 27), "dateline")


def test_a_page_chrome_date_far_from_the_articles_dates_loses_to_a_yearless_dateline():
    text = ("Tuesday, September 16, 2025\nHome\n\nAssembly elects speaker\n\n"
            "PESHAWAR, Feb 27 (APP): " + REPORT + " The February 8, 2024 vote had left no party a majority.\n")
    layout = analyse(text)
    assert (layout.published, layout.published_from) == (date(2024, 2, 27), "dateline + article years")


def test_a_header_date_that_the_dateline_confirms_is_kept_despite_old_background_years():
    text = ("Assembly elects speaker\n\nFeb 27, 2024 10:05 AM\n\n"
            "PESHAWAR, Feb 27 (Reuters) - " + REPORT + " The former chief minister was removed in April 2022.\n")
    layout = analyse(text)
    assert (layout.published, layout.published_from) == (date(2024, 2, 27), "byline")


def test_yearless_dateline_weekday_in_the_lead_chooses_among_the_articles_years():
    # The article names 2022 and 2023 only; 20 March is a Wednesday in 2024, not in 2022 or 2023.
    text = ("WASHINGTON, March 20 (Reuters) - A senior official on Wednesday rejected the claim before a "
            "committee of lawmakers, calling it baseless. The former premier was removed in April 2022 and "
            "has been in prison since August 2023.")
    layout = analyse(text)
    assert layout.published == date(2024, 3, 20)


def test_yearless_dateline_year_from_a_weekday_written_with_its_date():
    # 13 May was a Tuesday in 2025 (and in 2014); the folder's years choose between them.
    text = ("PESHAWAR, May 14 (APP): The provincial cabinet met for the second time this month and approved "
            "the budget strategy paper after a long debate. The first meeting, on Tuesday (May 13), ended "
            "without a decision.")
    layout = analyse(text, folder_years=[2025, 2025])
    assert (layout.published, layout.published_from) == (date(2025, 5, 14), "dateline + weekdays")


def test_yearless_dateline_left_to_the_folder():
    text = ("PESHAWAR, May 14 (APP): The provincial cabinet approved the budget strategy paper after a long "
            "debate in which several ministers raised objections to the allocations.")
    layout = analyse(text)
    assert layout.published is None
    assert layout.partial_published == (5, 14)
    assert any("no year" in p for p in layout.problems)
    completed = analyse(text, folder_years=[2023, 2024, 2024])
    assert (completed.published, completed.published_from) == (date(2024, 5, 14), "dateline + folder years")
    assert completed.partial_published is None


def test_wire_dateline_on_the_third_line_under_a_headline_and_a_standfirst():
    # Scraped pages often keep one line per paragraph: headline, standfirst, then the wire copy.
    text = ("Provincial cabinet approves budget strategy\n"
            "The provincial cabinet approved the budget strategy paper after a long debate, officials said.\n"
            "Peshawar, May 14 (APP) The provincial cabinet approved the budget strategy paper after a long debate "
            "in which several ministers raised objections to the allocations.\n"
            "The finance minister said the paper would go to the assembly next week.\n")
    layout = analyse(text, folder_years=[2024, 2024])
    assert layout.dateline == "Peshawar"
    assert (layout.published, layout.published_from) == (date(2024, 5, 14), "dateline + folder years")
    standfirst = text.index("The provincial cabinet approved")
    assert any(s <= standfirst < e and why == "before the dateline" for s, e, why in layout.boilerplate)


def test_complete_from_folder():
    from collections import Counter

    from dashboard.layout import complete_from_folder

    assert complete_from_folder(5, 14, [2023, 2024, 2024]) == date(2024, 5, 14)
    assert complete_from_folder(5, 14, Counter({2023: 2, 2024: 2})) == date(2024, 5, 14)  # the later on a tie
    assert complete_from_folder(2, 29, [2023]) is None  # no 29 February in 2023
    assert complete_from_folder(5, 14, []) is None


@pytest.mark.parametrize("opening, place, covered, published", [
    ("ISLAMABAD, Feb 12,2024: ", "ISLAMABAD", "ISLAMABAD, Feb 12,2024:", date(2024, 2, 12)),
    ("LAHORE (Reuters) - ", "LAHORE", "LAHORE (Reuters) -", None),
    ("KARACHI: ", "KARACHI", "KARACHI:", None),
    ("Peshawar, May 14 (APP): ", "Peshawar", "Peshawar, May 14 (APP):", date(2024, 5, 14)),
    ("ISLAMABAD, March 3 — ", "ISLAMABAD", "ISLAMABAD, March 3 —", date(2024, 3, 3)),
    ("QUETTA, Jan. 9 (Xinhua) -- ", "QUETTA", "QUETTA, Jan. 9 (Xinhua) --", date(2024, 1, 9)),
    ("اسلام آباد (نمائندہ خصوصی) — ", "اسلام آباد", "اسلام آباد (نمائندہ خصوصی) —", None),
])
def test_dateline_styles(opening, place, covered, published):
    # The year of a yearless dateline comes from the date the article names.
    text = opening + REPORT + " It was the first sitting since the February 8, 2024 vote."
    layout = analyse(text)
    assert layout.dateline == place
    s, e = layout.dateline_span
    assert text[s:e].strip() == covered  # the span covers the whole dateline with its date
    if published:
        assert layout.published == published


def test_a_byline_that_names_the_place():
    layout = analyse("Assembly elects speaker\nBy Staff Reporter | Islamabad\n\n" + REPORT)
    assert layout.dateline == "Islamabad"


def test_a_name_with_a_description_is_no_dateline():
    layout = analyse("Imran Khan, PTI founder: " + REPORT)
    assert layout.dateline is None


def test_the_datelines_date_is_inside_its_span():
    from dashboard.dates import find_dates

    text = "KARACHI, Jan 5,2024: " + REPORT
    layout = analyse(text)
    dateline_dates = [m for m in find_dates(text, layout.published) if m.value == "2024-01-05"]
    assert dateline_dates and all(layout.dateline_span[0] <= m.start and m.end <= layout.dateline_span[1]
                                  for m in dateline_dates)


def test_a_dateline_on_its_own_line_but_not_a_widget_heading():
    layout = analyse("Assembly elects speaker\nKARACHI:\n\n" + REPORT)
    assert layout.dateline == "KARACHI"
    layout = analyse("Assembly elects speaker\nBREAKING NEWS:\n\n" + REPORT)
    assert layout.dateline is None


@pytest.mark.parametrize("heading", ["MORE NEWS", "More from Samaa", "More stories from the Observer"])
def test_related_headlines_after_a_heading_are_dropped(heading):
    text = (REPORT + "\n\n" + heading + "\nSchools to stay closed till January 12\n"
            "Party to hold rally in the city on January 19\n\nAll rights reserved\n")
    layout = analyse(text)
    assert [text[s:e] for s, e in layout.paragraphs] == [REPORT]


def test_a_lone_header_date_far_from_the_articles_dates_is_kept_with_a_warning():
    text = "Tuesday, September 16, 2025\nHome\n\nAssembly elects speaker\n\n" + REPORT + \
        " The February 8, 2024 vote had left no party a majority.\n"
    layout = analyse(text)
    assert layout.published == date(2025, 9, 16)
    assert any("far from every date" in p for p in layout.problems)


def test_a_cut_off_excerpt_between_headline_and_byline_is_a_standfirst():
    # WordPress pages repeat the first paragraph, cut off with "[…]", above the byline and its date
    first = ("Traders across Quetta kept their shops shut for a third day as nationalist parties blocked the "
             "highways linking the province with Sindh and Punjab to press their demand for recounts in "
             "the constituencies where they say the results were changed overnight by the returning "
             "officers, and transporters said hundreds of lorries were stranded on both sides of the "
             "blockade near Dasht and Mastung")
    text = (f"Balochistan shuts down over poll results\n\n{first} […]\n\nby Agencies - February 15, 2024, 6:42 am\n\n"
            f"{first}.\n\nThe parties said the blockade would go on until the commission ordered recounts.\n")
    layout = analyse(text)
    assert (layout.published, layout.published_from) == (date(2024, 2, 15), "byline")
    assert layout.title == "Balochistan shuts down over poll results"


def test_a_year_named_only_bare_waits_for_the_folder():
    # "won in 2018" is background: a yearless dateline's year it fits by the lead weekday alone
    # (8 February fell on a Thursday in 2018 and in 2024) is left for the folder to settle
    text = ("ISLAMABAD, Feb 8 (Reuters) - Vote counting began in Pakistan on Thursday after polls closed in a "
            "general election marred by a mobile phone shutdown.\n\nThe party had won the most seats in 2018 "
            "before its leader was ousted.\n")
    assert analyse(text).partial_published == (2, 8)
    assert analyse(text, folder_years=[2024, 2024]).published == date(2024, 2, 8)


def test_a_lead_printed_twice_is_kept_once():
    # a page that shows its first paragraph as a standfirst and again in the body
    lead = ("Imran Khan, barred from the February 8 elections by his convictions, has been in jail since "
            "August while his party's candidates ran as independents.")
    other = "The two parties signed a power-sharing agreement at a late-night news conference in Islamabad."
    text = f"Parties reach a power-sharing deal\n\n{lead}\n\n{other}\n\n{lead}\n\nAdvertisement\n"
    layout = analyse(text)
    kept = [text[s:e] for s, e in layout.paragraphs]
    assert kept == [lead, other]
    assert any(reason == "repeated paragraph" for _, _, reason in layout.boilerplate)


def test_a_headline_that_names_a_day_is_the_title():
    text = ("World\n\nImran Khan writes to IMF, urges Feb 8 polls audit\n\n" + BODY + "\n")
    assert analyse(text).title == "Imran Khan writes to IMF, urges Feb 8 polls audit"


@pytest.mark.parametrize("byline", [
    "Our Staff Reporter Published February 11, 2024 Updated about 2 years ago",
    "Tariq Naqvi | Published February 12, 2024 | Updated about 9 hours ago",
    "09.02.2024 | EEAS Press Team | Brussels",
    "News Desk | February 9, 2024 | 4 min read",
])
def test_a_byline_with_a_dated_line_is_not_the_title(byline):
    text = f"Imran Khan writes to IMF, urges Feb 8 polls audit\n\n{byline}\n\n{BODY}\n"
    assert analyse(text).title == "Imran Khan writes to IMF, urges Feb 8 polls audit"
