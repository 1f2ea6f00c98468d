"""A whole wire story of our own through the loader: publication date from a yearless
dateline, and each dated report with its type, trigger and status."""

from datetime import date

from dashboard.corpus import parse_article
from dashboard.reading import discover

STORY = """Page saved on Tuesday, September 16, 2025
Home | Politics | World

Opposition alliance to march on the capital

LAHORE, Feb 21 (Staff Report): The opposition alliance on Wednesday announced that it would hold a rally in Lahore on Sunday against what it called the theft of its mandate in the February 8, 2024 elections.

Alliance leaders said on Wednesday that workers from all four provinces would join the march.

On Tuesday, police arrested dozens of workers who had blocked the canal road near the assembly.

The provincial election commissioner met representatives of the alliance on Monday and promised a recount in two constituencies.

The high court on Monday reserved its verdict on the alliance's petition against the provincial results.
"""


def _events(tmp_path):
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    (source,) = discover(tmp_path)
    parsed = parse_article(source)
    return parsed.article, parsed.events


def test_publication_date_from_the_yearless_dateline_not_the_saved_page_date(tmp_path):
    article, _ = _events(tmp_path)
    # 21 February 2024 was a Wednesday, the weekday of the lead; the page-chrome date is ignored.
    assert article["published"] == date(2024, 2, 21)
    assert article["published_from"] in {"dateline + article years", "dateline + weekdays"}


def test_each_report_typed_by_who_did_what(tmp_path):
    _, events = _events(tmp_path)

    def get(words: str, cue: str) -> tuple:
        (event,) = [e for e in events if words in e["sentence"] and e["cue"] == cue]
        return event["type"], event["status"], event["trigger"]

    # The announcement happened on Wednesday; the rally it announced is planned for Sunday.
    assert get("The opposition allia", "on Wednesday") == ("statement", "happened", "announced")
    assert get("The opposition allia", "on Sunday")[:2] == ("protest", "planned")
    assert get("Alliance leaders sai", "on Wednesday") == ("statement", "happened", "said")
    assert get("On Tuesday, police a", "On Tuesday") == ("legal", "happened", "arrested")
    # An "election" inside the commissioner's title is no election; two sides meeting is talks.
    assert get("The provincial elect", "on Monday")[0] in {"other", "coalition"}
    assert get("The high court on Mo", "on Monday") == ("legal", "happened", "reserved its verdict")
