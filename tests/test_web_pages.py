"""The pages of issue 11 without a browser: chronology, embed, the detail panel of a
disputed happening, the back link, downloads, the page's language."""

import shutil
from pathlib import Path

import pytest

from dashboard import load_corpus
from dashboard.app import create_app
from dashboard.filters import Filters

DISPUTED = Path(__file__).parent / "data" / "web-disputed"


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    """Four short articles written for these tests: Dawn dates a Lahore protest 14 May,
    Geo News 15 May; a court hearing on 15 May; a rally announced for 20 May."""
    folder = tmp_path_factory.mktemp("web") / "articles"
    shutil.copytree(DISPUTED, folder)
    app = create_app(corpus=load_corpus(folder, use_cache=False))
    return app, app.live.views


def test_disputed_dates_side_by_side(small):
    _, views = small
    h = views.corpus.happenings
    protest = h[h["disputed"]].iloc[0]
    text = str(views.detail(protest["happening_id"]))
    assert "Dawn: 14 May 2024 · Geo News: 15 May 2024" in text
    assert "2 reports in 2 articles" in text


def test_count_and_plurals(small):
    _, views = small
    # 3 happenings (the disputed protest, the hearing, the planned rally) from 4 sentences
    assert views.view(Filters())["count"] == "3 happenings from 4 reports"
    assert views.view(Filters(types=("legal",)))["count"] == "1 happening from 1 report (of 3)"


def test_chronology_page_and_downloads(small):
    app, views = small
    page = str(views.chronology_page("?type=protest"))
    assert "2 happenings, oldest first" in page
    assert page.index("14 May 2024") < page.index("20 May 2024")
    assert "sources disagree: Dawn: 14 May 2024 · Geo News: 15 May 2024" in page
    client = app.server.test_client()
    md = client.get("/chronology.md?type=protest")
    assert md.status_code == 200 and md.headers["Content-Type"].startswith("text/markdown")
    lines = md.get_data(as_text=True).splitlines()
    assert lines[2] == "Filters: types protest"
    assert sum(1 for x in lines if x.startswith("| ") and "May 2024" in x) == 2
    csv = client.get("/chronology.csv").get_data(as_text=True).splitlines()
    assert csv[0].startswith("date,label,type,status") and len(csv) == 1 + 3


def test_embed_is_the_report_figure(small):
    _, views = small
    page = views.embed_page("?type=legal")
    figure = page.children[0].figure
    assert figure.layout.title.text == views.title
    caption = [a.text for a in figure.layout.annotations if a.name == "caption"][0]
    assert "1 happening from 1 report in 1 article" in caption and "Court hears PPP petition" in caption


def test_back_link_keeps_the_filters(small):
    _, views = small
    e = views.corpus.events.iloc[0]
    page = str(views.article_page(e["article_id"], f"?hl={e['start']}-{e['end']}&back=type%3Dprotest%26q%3DLahore"))
    assert "href='/?type=protest&q=Lahore'" in page
    junk = str(views.article_page(e["article_id"], "?back=javascript:alert(1)"))
    assert "javascript" not in junk and "href='/'" in junk


def test_pages_declare_their_language_and_embed_has_no_header(small):
    app, _ = small
    client = app.server.test_client()
    assert '<html lang="en">' in client.get("/chronology").get_data(as_text=True)
    layout = client.get("/_dash-layout", headers={"Referer": "http://localhost/embed?type=legal"}).get_json()
    assert "app-header" not in str(layout)
    assert "app-header" in str(client.get("/_dash-layout").get_json())
