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
