"""Formats of dates the loader must read, with sentences and headers written for these tests:
all-number dates (and the numbers that only look like them), a month used as the adjective of
a vote, wire datelines of several shapes, and publication dates in page headers.
Calendar facts used: 2024-02-21 is a Wednesday, 2024-02-10 a Saturday."""

from datetime import date

import pytest

from dashboard.corpus import parse_article
from dashboard.dates import engine, find_dates, numeric_date_order
from dashboard.layout import analyse
from dashboard.reading import discover

WED = date(2024, 2, 21)


def only(text, published, **kw):
    found = find_dates(text, published, **kw)
    assert len(found) == 1, [m.as_dict() for m in found]
    return found[0]


# --- all-number dates --------------------------------------------------------------

@pytest.mark.parametrize("text, cue, value", [
    ("The tribunal heard the petition on 20/02/2024 and adjourned it.", "20/02/2024", "2024-02-20"),
    ("The hearing is fixed for 20-02-2024, the registrar said.", "20-02-2024", "2024-02-20"),
    ("The notification was issued on 20.02.2024 by the department.", "20.02.2024", "2024-02-20"),
    ("A filing dated 2/20/2024 was entered in the court record.", "2/20/2024", "2024-02-20"),
    ("The letter of 20/02/24 reached the commission late.", "20/02/24", "2024-02-20"),
    ("Minutes of the meeting held on 2024/02/20 were released.", "2024/02/20", "2024-02-20"),
    ("The order signed on 9.1.2024 was later withdrawn.", "9.1.2024", "2024-01-09"),
    ("Old records dated 20/02/99 were found in the archive.", "20/02/99", "1999-02-20"),
])
def test_numeric_dates(text, cue, value):
    m = only(text, WED)
    assert (m.text, m.value, m.precision) == (cue, value, "day")


@pytest.mark.parametrize("text", ["عدالت نے ۲۰/۰۲/۲۰۲۴ کو سماعت کی۔", "عدالت نے 20.02.2024 کو سماعت کی۔"])
def test_urdu_numeric_dates(text):
    # "The court heard it on 20/02/2024", in Urdu digits and in Latin digits.
    assert only(text, WED, language="ur").value == "2024-02-20"


def test_a_number_above_12_decides_the_order():
    # 25 can only be a day: month first here, day first in the second.
    assert only("The case was filed on 12/25/2023.", WED).value == "2023-12-25"
    assert only("The case was filed on 25/12/2023.", WED).value == "2023-12-25"


def test_ambiguous_numbers_take_the_languages_order_day_first():
    # English folder: day first (South Asian, British and wire usage): 2 May, not 5 February.
    assert only("The notice of 02/05/2024 was published.", WED).value == "2024-05-02"
    assert engine("en").data["numeric_date_order"] == "dmy"


def test_ambiguous_numbers_follow_the_texts_unambiguous_ones():
    # 12/25/2023 can only be month first, so the text writes month first: 02/05/2024 is 5 February.
    found = find_dates("The order of 12/25/2023 was set aside on 02/05/2024.", WED)
    assert [m.value for m in found] == ["2023-12-25", "2024-02-05"]
    assert numeric_date_order("Filed 12/25/2023; heard 1/3/2024") == "mdy"
    assert numeric_date_order("Filed 25/12/2023; heard 1/3/2024") == "dmy"
    assert numeric_date_order("Filed 1/3/2024") is None


def test_the_callers_order_reads_ambiguous_numbers():
    assert only("The vote was on 03/04/2024.", WED, numeric_order="mdy").value == "2024-03-04"
    assert only("The vote was on 03/04/2024.", WED).value == "2024-04-03"


def test_unknown_order_takes_the_reading_nearest_publication(monkeypatch):
    monkeypatch.setitem(engine("en").data, "numeric_date_order", "unknown")
    # 3 February is 18 days before publication, 2 March 10 days after: 2 March.
    assert only("The session is set for 03/02/2024.", WED).value == "2024-03-02"
    # 1 February is 20 days before, 2 January 50 days before: 1 February.
    assert only("The notice of 01/02/2024 was read out.", WED).value == "2024-02-01"


@pytest.mark.parametrize("text", [
    "The court heard the reference under Article 63-A of the constitution.",
    "The coalition now commands a 2/3 majority in the house.",
    "The home side won the match 2-1 after extra time.",
    "The session began at 10.15 and ended at 12:30.",
    "Call the helpline on 0300-1234567 or 051-9201234 for details.",
    "Dial +92-51-9201234 to reach the office.",
    "Section 5.2.10 of the rules sets out the procedure.",
    "Only 1/2 of the seats were counted, and 3/4 of the ballots.",
    "The 2024/25 budget was tabled in the assembly.",
    "The form showed 13/14/2020, which is no date at all.",
    "Seats were shared in the ratio 3:2:1 among the allies.",
    "The server at 10.0.0.1 went down during counting.",
    "The team scored 3-2-1 in the three rounds.",
])
def test_numbers_that_only_look_like_dates(text):
    assert find_dates(text, WED) == []


def test_a_line_of_digits_alone_is_read():
    assert only("21.02.2024", None).value == "2024-02-21"


# --- a month as the adjective of a vote -----------------------------------------------

@pytest.mark.parametrize("text, cue, value, precision", [
    ("Protesters said the February polls were rigged.", "February", "2024-02", "month"),
    ("February's vote left no party with a majority.", "February's", "2024-02", "month"),
    ("The party rejected the results of the January by-polls.", "January", "2024-01", "month"),
    ("Critics said the November election had been stolen.", "November", "2023-11", "month"),
    ("The alliance will contest the March polls.", "March", "2024-03", "month"),
    ("Counting for the March 3 vote will take two days.", "March 3", "2024-03-03", "day"),
])
def test_month_before_a_vote_noun(text, cue, value, precision):
    m = only(text, WED)
    assert (m.text, m.value, m.precision) == (cue, value, precision)


@pytest.mark.parametrize("text, cue, value", [
    ("اپوزیشن نے فروری کے انتخابات میں دھاندلی کا الزام لگایا۔", "فروری", "2024-02"),   # the February elections
    ("پارٹی نے جنوری کے ضمنی انتخابات کے نتائج مسترد کر دیے۔", "جنوری", "2024-01"),   # the January by-polls
])
def test_urdu_month_before_a_vote_noun(text, cue, value):
    m = only(text, WED, language="ur")
    assert (m.text, m.value, m.precision) == (cue, value, "month")


def test_month_before_a_vote_noun_resolves_like_in_month():
    said = only("Protesters said the February polls were rigged.", WED)
    plain = only("Protesters said the polls in February were rigged.", WED)
    assert said.value == plain.value


@pytest.mark.parametrize("text", [
    "The members may vote on the bill next session.",   # "may" is a verb
    "The March was the longest in years.",              # no vote noun
])
def test_no_month_without_a_vote_noun(text):
    assert [m for m in find_dates(text, WED) if m.precision == "month"] == []


# --- datelines --------------------------------------------------------------------

LEAD = ("The election commission on Tuesday announced the results of the recount in three constituencies "
        "after the February 8, 2024 elections.")


@pytest.mark.parametrize("line, place, published, outlet", [
    # No colon or dash after the wire tag.  The year is the lead's (2024, where 21 February is the
    # Wednesday after its Tuesday; in 2025 it is a Friday).
    (f"Islamabad, Feb 21 (IANS) {LEAD}", "Islamabad", date(2024, 2, 21), "IANS"),
    (f"NEW DELHI, Feb 21 (PTI) {LEAD}", "NEW DELHI", date(2024, 2, 21), "PTI (Press Trust of India)"),
    (f"ISLAMABAD, Pakistan (AP) — {LEAD}", "ISLAMABAD", None, "AP"),
    (f"ISLAMABAD, Feb. 21 (Xinhua) -- {LEAD}", "ISLAMABAD", date(2024, 2, 21), "Xinhua"),
    (f"LAHORE: (Monitoring Desk) {LEAD}", "LAHORE", None, None),
    (f"QUETTA: (Staff Report) - {LEAD}", "QUETTA", None, None),
    (f"Karachi, 22.02.2024: {LEAD}", "Karachi", date(2024, 2, 22), None),
    (f"PESHAWAR, 5/3/2024 (APP): {LEAD}", "PESHAWAR", date(2024, 3, 5), "APP"),
])
def test_datelines(line, place, published, outlet):
    layout = analyse(line)
    assert layout.dateline == place
    assert layout.published == published
    assert layout.outlet == outlet
    s, e = layout.dateline_span
    assert line[e:].startswith("The election commission")  # the whole dateline, desk included


def test_a_bracket_after_a_name_is_no_dateline():
    layout = analyse("Imran Khan (PTI) Chairman of the party said on Monday that he would contest "
                     "the elections from three constituencies in the province.")
    assert layout.dateline is None


@pytest.mark.parametrize("dateline, cue", [("Islamabad, Feb 21 (IANS)", "Feb 21"),
                                           ("Islamabad, 21.02.2024:", "21.02.2024"),
                                           ("ISLAMABAD, Feb. 21 (Xinhua) --", "Feb. 21")])
def test_dateline_gives_publication_date_and_no_event(tmp_path, dateline, cue):
    (tmp_path / "wire.txt").write_text(
        f"{dateline} The opposition alliance on Tuesday staged a sit-in outside the "
        "election commission against the results of the February 8, 2024 elections.\n\n"
        "Leaders said the protest would go on until Friday.\n", encoding="utf-8")
    (source,) = discover(tmp_path)
    parsed = parse_article(source)
    assert parsed.article["published"] == date(2024, 2, 21)
    assert parsed.article["dateline"].lower() == "islamabad"
    assert all(cue not in e["cue"] for e in parsed.events)
    assert {e["date"] for e in parsed.events if e["cue"] == "on Tuesday"} == {"2024-02-20"}


# --- publication dates in headers ---------------------------------------------------

BODY = ("The opposition alliance on Tuesday announced that its supporters would march on the capital "
        "next week, defying a ban on public gatherings imposed by the provincial government.\n\n"
        "The march is planned for Monday, the leaders said at a news conference in the city.\n")
HEADLINE = "Opposition alliance vows to take its protest to the capital"
STANDFIRST = ("Leaders of the six-party alliance say the march will go ahead next week despite the "
              "provincial ban on gatherings.")


@pytest.mark.parametrize("header", [
    f"{HEADLINE}\n{STANDFIRST}\nBy Ayesha Rahman\nFebruary 21, 2024\n\n",
    f"{HEADLINE}\n{STANDFIRST}\nBy Ayesha Rahman\n21 February 2024\n\n",
    f"{HEADLINE}\n{STANDFIRST}\nFebruary 21, 2024\n\n",
    f"{HEADLINE}\n{STANDFIRST}\nReported by Staff Correspondent\nPublished: 21/02/2024 10:15\n\n",
    f"{HEADLINE}\n{STANDFIRST}\nBy Our Correspondent\n21.02.2024\n\n",
])
def test_date_after_a_standfirst_and_byline(header):
    layout = analyse(header + BODY)
    assert layout.published == date(2024, 2, 21)
    assert layout.title == HEADLINE
    first = layout.text[slice(*layout.paragraphs[0])]
    assert first.startswith("The opposition alliance on Tuesday")


@pytest.mark.parametrize("line", ["Published: 21/02/2024 10:15", "21.02.2024", "Updated 21-02-2024 | 10:15 PKT"])
def test_numeric_header_dates(line):
    layout = analyse(f"{HEADLINE}\n{line}\n\n{BODY}")
    assert layout.published == date(2024, 2, 21)
    assert layout.title == HEADLINE


def test_a_first_paragraph_followed_by_prose_stays_body():
    text = (f"{HEADLINE}\nFebruary 21, 2024\n\n{STANDFIRST}\n\n{BODY}")
    layout = analyse(text)
    assert layout.text[slice(*layout.paragraphs[0])] == STANDFIRST


def test_a_live_blogs_first_entry_stays_body():
    entry = "Police fired tear gas at the marchers near the bridge, witnesses said, as the crowd grew."
    text = (f"{HEADLINE}\n{entry}\n21/02/2024 10:15\n\n"
            "Leaders of the alliance addressed the crowd outside the parliament building in the capital.\n"
            "21/02/2024 09:40\n\nThe marchers set off from the city's main square early in the morning.\n")
    layout = analyse(text)
    assert layout.text[slice(*layout.paragraphs[0])] == entry


@pytest.mark.parametrize("after_lead", [
    "By Sunday, most results were in.",        # a short paragraph that starts with "By"
    "The vote is on March 10, 2024.",          # a short sentence that names a date
    "Photo: supporters outside the court",     # a caption, then the byline
])
def test_a_lead_followed_by_short_lines_stays_body(after_lead):
    lead = ("The opposition alliance on Tuesday announced that its supporters would march on the "
            "capital next week.")
    text = f"{HEADLINE}\n{lead}\n{after_lead}\nBy Ayesha Rahman\n\n{BODY}"
    layout = analyse(text)
    assert layout.text[slice(*layout.paragraphs[0])].startswith(lead)


def test_a_lead_with_a_dateline_is_never_a_standfirst():
    lead = "LAHORE, Feb 21 (APP): The alliance on Wednesday announced a march on the capital next week."
    text = f"{HEADLINE}\n{lead}\nFebruary 21, 2024\n\n{BODY}"
    layout = analyse(text)
    assert layout.dateline == "LAHORE"
    assert layout.text[slice(*layout.paragraphs[0])].startswith(lead)


@pytest.mark.parametrize("line, published", [
    ("Published 03/04/2024 10:15", date(2024, 4, 3)),          # day first by default
    ("Published 03/04/2024 10:15 AM EST", date(2024, 3, 4)),   # a US time zone: month first
    ("Updated: 03/04/2024 9:40 PM ET", date(2024, 3, 4)),
])
def test_header_numeric_order(line, published):
    body = ("The alliance held a rally in the city on Sunday and announced a march on the capital "
            "for the coming week, its leaders said.\n")
    assert analyse(f"{HEADLINE}\n{line}\n\n{body}").published == published


def test_header_numeric_order_from_the_articles_own_dates():
    # The body's 3/25/2024 can only be month first, so the header's 04/03/2024 is 3 April.
    body = ("The court fixed the hearing for 3/25/2024 and the alliance held a rally in the city "
            "on Sunday, its leaders said.\n")
    assert analyse(f"{HEADLINE}\nPublished 04/03/2024\n\n{body}").published == date(2024, 4, 3)
