"""The dashboard in a real headless Chromium (Debian's /usr/bin/chromium), with an
accessibility audit by axe-core (tests/axe, installed by scripts/test.sh)."""

import re
import shutil
from pathlib import Path

import pytest
from conftest import serve

pytestmark = pytest.mark.browser
POINTS = "#timeline .cartesianlayer .subplot.xy .scatterlayer .trace .points path"
AXE = Path(__file__).parent / "axe" / "node_modules" / "axe-core" / "axe.min.js"
DISPUTED = Path(__file__).parent / "data" / "web-disputed"
# Counted by hand in the five seed texts: the 2022 ouster campaign, Khan's arrest (August
# 2023), the 8 Feb election (reported by 4 of the 5 articles), the mobile network shut down
# "on election day" (8 Feb), the US statement (9 Feb), Khan ruling out alliances and the
# PPP/PML-N talks (both 13 Feb), JI declining PTI's offer (14 Feb), PTI and JI joining hands
# (16 Feb), the protest called for 17 Feb and the party meeting on 19 Feb (both only
# announced), PTI's hopes in the new US administration (7 Nov 2024): 12 happenings.  The
# loader finds 25 sentences reporting them (one names the election only by its year: "their
# lead in the general elections 2024").
SEED_HAPPENINGS, SEED_REPORTS = 12, 25


@pytest.fixture(scope="module")
def server_url(seeds_corpus):
    from dashboard.app import create_app

    app = create_app(corpus=seeds_corpus)
    server, url = serve(app)
    yield url, app.live.views
    server.shutdown()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.errors = []
    page.on("console", lambda m: page.errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    page.on("dialog", lambda d: (page.errors.append(f"dialog opened: {d.message}"), d.dismiss()))
    yield page
    context.close()


@pytest.fixture(scope="module")
def small_url(tmp_path_factory):
    """Four articles written for the tests: Dawn dates a Lahore protest 14 May, Geo News
    15 May (one disputed happening); a court hearing on 15 May; a rally announced for 20 May."""
    from dashboard import load_corpus
    from dashboard.app import create_app

    folder = tmp_path_factory.mktemp("browser") / "articles"
    shutil.copytree(DISPUTED, folder)
    server, url = serve(create_app(corpus=load_corpus(folder, use_cache=False)))
    yield url
    server.shutdown()


def plot_data(page, selector="#timeline"):
    return page.evaluate(f"() => document.querySelector('{selector} .js-plotly-plot').data")


def click_mark(page, index=0):
    box = page.locator(POINTS).nth(index).bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)


def wait_points(page, n):
    page.wait_for_function(f"() => document.querySelectorAll('{POINTS}').length === {n}", timeout=15000)
    return page.locator(POINTS).count()


def table_rows(page):
    return page.locator("#table tbody tr:has(td)").count()



def tick(page, name: str) -> None:
    """Tick a type box once the page has settled: a click while a callback re-renders the
    filters can land on the old box (the user clicks a settled page)."""
    page.keyboard.press("Escape")  # close an open dropdown, whose menu would take the click
    page.wait_for_load_state("networkidle")
    page.get_by_role("checkbox", name=name, exact=True).check()

def test_one_labelled_mark_per_happening(page, server_url):
    url, _ = server_url
    page.goto(url + "/")
    assert wait_points(page, SEED_HAPPENINGS) == SEED_HAPPENINGS
    assert page.locator("#match-count").inner_text() == f"{SEED_HAPPENINGS} happenings from {SEED_REPORTS} reports"
    assert "5 articles" in page.locator("#summary").inner_text()
    labels = page.eval_on_selector_all("#timeline .annotation-text", "els => els.map(e => e.textContent)")
    assert "February 8 elections" in labels and len(labels) >= 5
    # the default view is the whole extent: 2022 to November 2024
    x_range = page.evaluate("() => document.querySelector('#timeline .js-plotly-plot').layout.xaxis.range")
    assert x_range[0][:4] <= "2022" and x_range[1][:7] >= "2024-11"
    # the table leads with the date and the label, one row per happening
    page.wait_for_function("() => document.querySelectorAll('#table tbody tr td').length > 0")
    headers = page.locator("#table th").all_inner_texts()
    assert [h.strip() for h in headers[:2]] == ["Date", "What happened"]
    page.wait_for_timeout(500)
    assert page.errors == []


def test_the_election_is_one_mark_with_4_sources_and_the_back_link_keeps_filters(page, server_url):
    url, _ = server_url
    page.goto(url + "/?type=election")
    assert wait_points(page, 1) == 1
    sizes = [t["marker"]["size"] for t in plot_data(page) if t.get("mode") == "markers"]
    click_mark(page)
    page.wait_for_selector("#detail-sources li", timeout=10000)
    # 9 sentences in 4 articles report the election (three outlets named, one article without;
    # one sentence names it by its year only, "the general elections 2024")
    assert "9 reports in 4 articles" in page.locator("#detail").inner_text()
    assert page.locator("#detail-sources li").count() == 9
    assert page.locator("#detail-sources mark.cue").count() >= 1
    assert page.locator("#detail-sources mark.trigger").count() >= 6
    assert "ev=" in page.url and sizes
    first = page.locator("#detail-sources a").first
    quote = page.locator("#detail-sources blockquote").first.inner_text()
    first.click()
    page.wait_for_selector("mark#hl", timeout=10000)
    assert page.locator("mark#hl").inner_text() == quote
    back = page.locator("#back-link")
    assert "type=election" in back.get_attribute("href")
    back.click()
    assert wait_points(page, 1) == 1
    assert "type=election" in page.url
    assert page.get_by_role("checkbox", name="election", exact=True).is_checked()
    assert page.errors == []


def test_filter_by_actor_and_type_shrinks_chart_and_table(page, server_url):
    url, _ = server_url
    page.goto(url + "/")
    wait_points(page, SEED_HAPPENINGS)
    page.locator("#f-actors").click()
    page.keyboard.type("PPP")
    page.get_by_role("option", name="PPP", exact=True).click()
    tick(page, "coalition")
    # PPP (or its people) in a coalition sentence: the PPP/PML-N talks of 13 Feb only
    assert wait_points(page, 1) == 1
    page.wait_for_function("() => document.querySelectorAll('#table tbody tr td').length > 0")
    assert table_rows(page) == 1
    assert re.search(r"actor=PPP", page.url) and re.search(r"type=coalition", page.url)
    assert page.errors == []


def test_reloading_a_url_with_filters_gives_the_same_view_and_back_works(page, server_url):
    url, _ = server_url
    page.goto(url + "/?type=election")
    assert wait_points(page, 1) == 1
    page.reload()
    assert wait_points(page, 1) == 1
    tick(page, "protest")
    assert wait_points(page, 2) == 2   # and the protest called for 17 Feb
    page.go_back()
    assert wait_points(page, 1) == 1
    assert not page.get_by_role("checkbox", name="protest", exact=True).is_checked()
    assert page.errors == []


def test_zoom_is_kept_in_the_url(page, server_url):
    url, _ = server_url
    page.goto(url + "/?zoom=2024-02-07..2024-02-20")
    wait_points(page, SEED_HAPPENINGS)
    x_range = page.evaluate("() => document.querySelector('#timeline .js-plotly-plot').layout.xaxis.range")
    assert x_range[0][:10] == "2024-02-07" and x_range[1][:10] == "2024-02-20"
    page.wait_for_timeout(1000)   # the page's first callbacks are done
    page.evaluate("() => Plotly.relayout(document.querySelector('#timeline .js-plotly-plot'),"
                  " {'xaxis.range': ['2024-02-10', '2024-02-18']})")
    page.wait_for_function("() => location.search.includes('zoom=2024-02-10..2024-02-18')", timeout=10000)
    assert page.errors == []


def test_malformed_url_shows_a_notice_and_defaults(page, server_url):
    url, _ = server_url
    page.goto(url + "/?from=2024-02-31&actor=%3Cscript%3E&lanes=zzz")
    wait_points(page, SEED_HAPPENINGS)
    notices = page.locator("#notice").inner_text()
    assert "not a date" in notices and "unknown actor" in notices
    assert page.errors == []


def test_disputed_and_planned_happenings(page, small_url):
    page.goto(small_url + "/")
    assert wait_points(page, 3) == 3
    assert page.locator("#match-count").inner_text() == "3 happenings from 4 reports"
    symbols = [s for t in plot_data(page) if t.get("mode") == "markers" for s in t["marker"]["symbol"]]
    # the rally announced for 20 May is hollow; the disputed protest is a span (diamond)
    assert sorted(symbols) == ["circle", "circle-open", "diamond"]
    dotted = [t for t in plot_data(page) if t.get("mode") == "lines" and t["line"].get("dash") == "dot"]
    assert dotted == []   # a planned single day has no span to dot
    page.goto(small_url + "/?type=protest")
    wait_points(page, 2)
    for i in range(2):   # the protest's two marks: the disputed one and the announced rally
        click_mark(page, i)
        page.wait_for_selector("#detail-label", timeout=10000)
        page.wait_for_timeout(300)
        if page.locator("#detail-disputed").count():
            break
    assert page.locator("#detail-disputed").inner_text() == "Dawn: 14 May 2024 · Geo News: 15 May 2024"
    assert page.errors == []


def test_chronology_page(page, small_url):
    page.goto(small_url + "/chronology?type=protest")
    page.wait_for_selector("#chronology li")
    items = page.locator("#chronology > li").all_inner_texts()
    assert len(items) == 2
    assert items[0].startswith("14 May 2024 – 15 May 2024") and "sources disagree" in items[0]
    assert items[1].startswith("20 May 2024") and "planned" in items[1]
    assert page.locator("#chron-md").get_attribute("href") == "/chronology.md?type=protest"
    page.emulate_media(media="print")
    assert not page.locator("#chron-md").is_visible() and page.locator("#chronology").is_visible()
    assert page.errors == []


def test_phone_width_timeline_first_filters_behind_a_button(browser, server_url):
    url, _ = server_url
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    page = context.new_page()
    try:
        page.goto(url + "/")
        wait_points(page, SEED_HAPPENINGS)
        page.wait_for_timeout(300)
        chart = page.locator("#timeline .main-svg").first.bounding_box()
        assert chart["y"] + chart["height"] / 2 < 844   # the chart is on the first screen
        assert page.locator("#filters-button").is_visible() and not page.locator("#f-from").is_visible()
        page.locator("#filters-button").click()
        assert page.locator("#f-from").is_visible()
        tally = page.locator("#tally-chart .main-svg").first.bounding_box()
        assert tally["width"] <= 390
    finally:
        context.close()


def test_article_page_urdu_is_right_to_left(page, server_url):
    url, views = server_url
    aid = views.corpus.articles.set_index("article").at["001_50c01fac60ecce8f.txt", "id"]
    page.goto(url + f"/article/{aid}")
    page.wait_for_selector("#article-text p")
    directions = page.eval_on_selector_all(
        "#article-text p", "ps => ps.map(p => [p.innerText.slice(0, 3), getComputedStyle(p).direction])")
    urdu = [d for text, d in directions if re.match(r"[\u0600-\u06ff]", text)]
    assert urdu and set(urdu) == {"rtl"}
    assert "ltr" in {d for _, d in directions}


def test_unknown_article_is_not_found(page, server_url):
    url, _ = server_url
    response = page.goto(url + "/article/nope-123456")
    assert response.status == 404


def test_embed_is_the_chart_alone_with_title_and_caption(page, server_url):
    url, _ = server_url
    page.goto(url + "/embed?type=election&actor=PTI")
    page.wait_for_function("() => document.querySelectorAll('#embed-chart .scatterlayer .points path').length === 1",
                           timeout=15000)
    assert page.locator("#filters").count() == 0 and page.locator("#table").count() == 0
    assert page.locator(".app-header").count() == 0 and page.locator("button").count() == 0
    text = page.locator("#embed-chart").text_content()
    assert "Pakistan" in page.locator("#embed-chart .gtitle").text_content()
    assert "Sources:" in text and "1 happening from" in text
    assert page.errors == []


def test_downloads_carry_the_title_and_caption(page, server_url, tmp_path):
    url, _ = server_url
    page.goto(url + "/?type=coalition")
    # coalition in the seeds: the PPP/PML-N talks (13 Feb, four sentences), JI declining
    # PTI's offer (14 Feb) and PTI and JI joining hands (16 Feb): 3 happenings, 6 sentences
    wait_points(page, 3)
    files = {}
    for button in ("download-csv", "dl-png", "dl-svg", "dl-html"):
        with page.expect_download(timeout=30000) as info:
            page.locator(f"#{button}").click()
        path = tmp_path / info.value.suggested_filename
        info.value.save_as(path)
        files[button] = path
    csv_lines = files["download-csv"].read_text(encoding="utf-8").strip().splitlines()
    assert len(csv_lines) == 1 + 6   # six coalition sentences in the seeds
    assert files["dl-png"].read_bytes()[:4] == b"\x89PNG"
    svg = files["dl-svg"].read_text(encoding="utf-8")
    assert "<svg" in svg[:200] and "Sources:" in svg and "Filters: types coalition" in svg
    html_page = files["dl-html"].read_text(encoding="utf-8")
    assert "Plotly.newPlot" in html_page and "types coalition" in html_page
    assert page.errors == []


@pytest.mark.parametrize("path", ["/", "/chronology", "ARTICLE", "/problems", "/embed"])
def test_no_serious_accessibility_violation(browser, server_url, path):
    """axe-core finds nothing critical or serious (the CSP is bypassed for this audit only,
    to inject axe's script)."""
    if not AXE.exists():
        pytest.fail("axe-core is missing: run `npm ci --prefix tests/axe` (scripts/test.sh does)")
    url, views = server_url
    if path == "ARTICLE":
        e = views.corpus.events.iloc[3]
        path = f"/article/{e['article_id']}?hl={e['start']}-{e['end']}"
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, bypass_csp=True)
    page = context.new_page()
    try:
        page.goto(url + path)
        page.wait_for_selector("#page > *", timeout=15000)
        page.wait_for_timeout(1200)
        assert page.evaluate("() => document.documentElement.lang") == "en"
        page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
        result = page.evaluate("async () => await axe.run(document)")
        bad = [(v["id"], v["impact"], len(v["nodes"]), v["nodes"][0]["target"]) for v in result["violations"]
               if v["impact"] in ("critical", "serious")]
        assert bad == []
    finally:
        context.close()


def test_loading_page_counts_then_opens_the_timeline_by_itself(browser, tmp_path):
    import sys

    from conftest import REPO

    sys.path.insert(0, str(REPO / "scripts"))
    from make_corpus import make_corpus

    from dashboard.app import create_app

    folder = make_corpus(tmp_path / "articles", 400)
    app = create_app(folder, background=True, use_cache=False, reload_seconds=None)
    server, url = serve(app)
    context = browser.new_context()
    page = context.new_page()
    errors = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    try:
        page.goto(f"{url}/")
        status = page.locator("#loading-status")
        status.wait_for(timeout=15000)
        assert re.fullmatch(r"(Looking at the articles folder.*|Loading \d+ of 400 articles)…", status.inner_text())
        page.wait_for_selector("#timeline .js-plotly-plot", timeout=120000)  # reloaded itself when ready
        assert "400 articles" in page.locator("#summary").inner_text()
        assert errors == []
    finally:
        context.close()
        server.shutdown()
