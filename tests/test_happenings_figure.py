"""The happenings timeline and the chronology, on small hand-made happenings."""

import pandas as pd
from fixtures import happenings_frame

from dashboard import chronology, figures

STORY_DAYS = [
    dict(happening_id="h-vote", label="General election held across Pakistan", type="election", date="2024-02-08",
         sources=4, outlets=["Dawn", "Geo News", "ARY News", "AP"]),
    dict(happening_id="h-rally", label="PTI to hold countrywide protest", type="protest", date="2024-02-17",
         status="planned"),
    dict(happening_id="h-sitin", label="PTI sit-in outside the Peshawar press club", type="protest",
         date="2024-05-14", date_end="2024-05-15", disputed=True, sources=3, outlets=["Dawn", "Geo News"],
         dates_reported=[{"date": "2024-05-14", "articles": ["a.txt"], "outlets": ["Dawn"]},
                         {"date": "2024-05-15", "articles": ["b.txt", "c.txt"], "outlets": ["Geo News"]}]),
    dict(happening_id="h-hearing", label="Court hears reserved-seats case", type="legal", date="2024-05-14"),
    dict(happening_id="h-jail", label="Imran Khan jailed", type="legal", date="2023-08-01", date_end="2023-08-31",
         precision="month"),
]


def _marks(fig):
    return [t for t in fig.data if t.mode == "markers"]


def test_one_mark_per_happening_with_its_id():
    fig = figures.happenings_timeline(happenings_frame(STORY_DAYS))
    ids = [i for t in _marks(fig) for i in t.customdata]
    assert sorted(ids) == sorted(h["happening_id"] for h in STORY_DAYS)


def test_planned_is_hollow_and_periods_and_disputes_are_spans():
    fig = figures.happenings_timeline(happenings_frame(STORY_DAYS))
    protest = next(t for t in _marks(fig) if t.name == "protest")
    symbols = dict(zip(protest.customdata, protest.marker.symbol))
    assert symbols["h-rally"] == "circle-open"          # planned, one day
    assert symbols["h-sitin"] == "diamond"              # happened, disputed: drawn across both days
    spans = [t for t in fig.data if t.mode == "lines"]
    drawn = {(str(pd.Timestamp(x).date())) for t in spans for x in t.x if x is not None}
    assert {"2024-05-14", "2024-05-16", "2023-08-01", "2023-09-01"} <= drawn


def test_the_most_reported_happening_is_labelled_and_labels_never_overlap():
    fig = figures.happenings_timeline(happenings_frame(STORY_DAYS), width_px=1000)
    labels = [a for a in fig.layout.annotations if a.name == "label"]
    texts = [a.text for a in labels]
    assert "General election held across Pakistan" in texts
    # two labels in one lane: their estimated boxes must not overlap
    lo, hi = figures.data_range(happenings_frame(STORY_DAYS)["date"], happenings_frame(STORY_DAYS)["date_end"])
    scale = 1000 / (hi - lo).total_seconds()
    boxes = {}
    for a in labels:
        at = (pd.Timestamp(a.x) - lo).total_seconds() * scale
        wide = len(a.text) * figures.CHAR_PX + 10
        left = {"center": at - wide / 2, "left": at - 6, "right": at - wide + 6}[a.xanchor]
        boxes.setdefault(round(a.y), []).append((left, left + wide))
    for spans in boxes.values():
        spans.sort()
        assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))


def test_default_range_is_the_whole_extent():
    fig = figures.happenings_timeline(happenings_frame(STORY_DAYS))
    low, high = (pd.Timestamp(v) for v in fig.layout.xaxis.range)
    assert low <= pd.Timestamp("2023-08-01") and high >= pd.Timestamp("2024-05-16")


def test_label_is_cut_but_never_empty():
    long = "Supreme Court reserves its verdict on the petitions against the reserved seats decision"
    assert figures.short_label(long).endswith("…") and len(figures.short_label(long)) <= figures.LABEL_CHARS
    assert figures.plural(1, "happening") == "1 happening" and figures.plural(3, "source") == "3 sources"


def test_chronology_rows_are_dated_oldest_first_with_outlets():
    rows = chronology.rows(happenings_frame(STORY_DAYS))
    assert [r["id"] for r in rows] == ["h-jail", "h-vote", "h-rally", "h-hearing", "h-sitin"]
    assert rows[0]["date"] == "August 2023"
    assert rows[-1]["date"] == "14 May 2024 – 15 May 2024"
    assert rows[1]["outlets"] == ["Dawn", "Geo News", "ARY News", "AP"]


def test_chronology_markdown_and_csv():
    frame = happenings_frame(STORY_DAYS + [dict(happening_id="h-x", label="A | B =1", type="other",
                                                date="2024-06-01")])
    md = chronology.markdown(frame, title="Pakistan election 2024", filters="none")
    assert md.startswith("# Pakistan election 2024\n")
    assert "| 8 Feb 2024 | General election held across Pakistan | election | happened | Dawn, Geo News, ARY News, AP |" in md
    assert "A \\| B =1" in md
    assert "sources disagree: 2024-05-14 (Dawn); 2024-05-15 (Geo News)" in md
    csv = chronology.csv_text(frame)
    assert csv.splitlines()[0] == ",".join(chronology.COLUMNS)
    assert len(csv.strip().splitlines()) == 1 + len(frame)


def test_chronology_names_the_outlets_of_disputed_dates_from_the_articles():
    # the loader's dates_reported names files; a reader cites outlets
    frame = happenings_frame([dict(happening_id="h-deal", label="PML-N and PPP agree to share power",
                                   type="coalition", date="2024-02-20", disputed=True,
                                   dates_reported=[{"date": "2024-02-20", "articles": ["dawn/deal.txt"]},
                                                   {"date": "2024-02-21", "articles": ["wire/deal.txt", "x.txt"]}])])
    articles = pd.DataFrame({"article": ["dawn/deal.txt", "wire/deal.txt", "x.txt"],
                             "outlet": ["Dawn", "Reuters", None]})
    md = chronology.markdown(frame, title="t", filters="none", outlet_of=chronology.outlets_by_article(articles))
    assert "sources disagree: 2024-02-20 (Dawn); 2024-02-21 (Reuters, x.txt)" in md
    assert "2024-02-20 (dawn/deal.txt)" in chronology.markdown(frame, title="t", filters="none")
