"""The dashboard in a real headless Chromium (Debian's /usr/bin/chromium)."""

import os
import re
import threading

import pytest
from werkzeug.serving import make_server

pytestmark = pytest.mark.browser
CHROMIUM = os.environ.get("DASH_TEST_CHROMEPATH", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]
POINTS = "#timeline .cartesianlayer .subplot.xy .scatterlayer .trace .points path"


@pytest.fixture(scope="module")
def server_url(seeds_corpus):
    from dashboard.app import create_app

    app = create_app(corpus=seeds_corpus)
    server = make_server("127.0.0.1", 0, app.server, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}", app.live.views
    server.shutdown()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


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


def wait_points(page, n):
    page.wait_for_function(f"() => document.querySelectorAll('{POINTS}').length === {n}", timeout=15000)
    return page.locator(POINTS).count()


def table_rows(page):
    return page.locator("#table tbody tr:has(td)").count()


def test_loads_without_errors_and_draws_every_event(page, server_url):
    url, views = server_url
    page.goto(url + "/")
    n = len(views.corpus.events)
    assert wait_points(page, n) == n
    assert page.locator("#match-count").inner_text() == f"{n} events"
    assert "5 articles" in page.locator("#summary").inner_text()
    page.wait_for_timeout(500)
    assert page.errors == []


def test_filter_by_actor_and_type_shrinks_chart_and_table(page, server_url):
    url, views = server_url
    from dashboard.filters import Filters

    page.goto(url + "/")
    wait_points(page, len(views.corpus.events))
    page.locator("#f-actors").click()
    page.keyboard.type("PPP")
    page.get_by_role("option", name="PPP", exact=True).click()
    page.get_by_role("checkbox", name="coalition", exact=True).check()
    expected = views.filtered(Filters(actors=("PPP",), types=("coalition",)))
    assert 0 < len(expected) < len(views.corpus.events)
    assert wait_points(page, len(expected)) == len(expected)
    page.wait_for_function("() => document.querySelectorAll('#table tbody tr td').length > 0")
    assert table_rows(page) == len(expected)
    assert re.search(r"actor=PPP", page.url) and re.search(r"type=coalition", page.url)
    assert page.errors == []


def test_click_event_opens_detail_and_source_link_highlights_sentence(page, server_url):
    url, views = server_url
    page.goto(url + "/?type=legal")
    expected = views.filtered(views.parse("?type=legal"))
    wait_points(page, len(expected))
    box = page.locator(POINTS).first.bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.wait_for_selector("#detail-sentence", timeout=10000)
    sentence = page.locator("#detail-sentence").inner_text()
    assert sentence in set(expected["sentence"])
    assert "ev=" in page.url
    page.locator("#detail-sources a").first.click()
    page.wait_for_selector("mark#hl", timeout=10000)
    assert page.locator("mark#hl").inner_text() == sentence
    assert "/article/" in page.url and "hl=" in page.url
    assert page.errors == []


def test_table_row_selects_event(page, server_url):
    url, views = server_url
    page.goto(url + "/?type=protest")
    wait_points(page, len(views.filtered(views.parse("?type=protest"))))
    page.locator("#table tbody td").first.click()
    page.wait_for_selector("#detail-sentence", timeout=10000)
    assert "ev=" in page.url


def test_reloading_a_url_with_filters_gives_the_same_view_and_back_works(page, server_url):
    url, views = server_url
    query = "?actor=PTI&type=election&dated=text&lanes=actor"
    expected = views.filtered(views.parse(query))
    page.goto(url + "/" + query)
    assert wait_points(page, len(expected)) == len(expected)
    assert page.get_by_role("checkbox", name="election", exact=True).is_checked()
    assert page.locator("#f-dated input").is_checked()
    page.reload()
    assert wait_points(page, len(expected)) == len(expected)
    # change a filter, then go back: the earlier view returns
    page.get_by_role("checkbox", name="protest", exact=True).check()
    both = views.filtered(views.parse(query + "&type=protest"))
    wait_points(page, len(both))
    page.go_back()
    assert wait_points(page, len(expected)) == len(expected)
    assert not page.get_by_role("checkbox", name="protest", exact=True).is_checked()
    assert page.errors == []


def test_malformed_url_shows_a_notice_and_defaults(page, server_url):
    url, views = server_url
    page.goto(url + "/?from=2024-02-31&actor=%3Cscript%3E&lanes=zzz")
    wait_points(page, len(views.corpus.events))
    notices = page.locator("#notice").inner_text()
    assert "not a date" in notices and "unknown actor" in notices
    assert page.errors == []


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


def test_embed_shows_only_the_chart_of_the_view(page, server_url):
    url, views = server_url
    query = "?type=election&actor=PTI"
    page.goto(url + "/embed" + query)
    expected = views.filtered(views.parse(query))
    page.wait_for_function(
        f"() => document.querySelectorAll('#embed-chart .cartesianlayer .subplot.xy .scatterlayer .points path').length"
        f" === {len(expected)}", timeout=15000)
    assert page.locator("#filters").count() == 0 and page.locator("#table").count() == 0
    assert page.errors == []


def test_downloads_csv_png_svg_html(page, server_url, tmp_path):
    url, views = server_url
    page.goto(url + "/?type=coalition")
    expected = views.filtered(views.parse("?type=coalition"))
    wait_points(page, len(expected))
    files = {}
    for button in ("download-csv", "dl-png", "dl-svg", "dl-html"):
        with page.expect_download(timeout=30000) as info:
            page.locator(f"#{button}").click()
        path = tmp_path / info.value.suggested_filename
        info.value.save_as(path)
        files[button] = path
    csv_lines = files["download-csv"].read_text(encoding="utf-8").strip().splitlines()
    assert len(csv_lines) == 1 + len(expected)
    assert files["dl-png"].read_bytes()[:4] == b"\x89PNG"
    assert "<svg" in files["dl-svg"].read_text(encoding="utf-8")[:200]
    html_page = files["dl-html"].read_text(encoding="utf-8")
    assert "Plotly.newPlot" in html_page and "types coalition" in html_page
    assert page.errors == []


def test_count_view_at_scale_runs_under_the_csp_and_zooms_in(browser, tmp_path):
    """Past MAX_POINTS events the chart shows counts (WebGL); clicking one narrows the dates."""
    import sys

    from dashboard import load_corpus
    from dashboard.app import create_app
    from dashboard.figures import MAX_POINTS

    sys.path.insert(0, str(__import__("conftest").REPO / "scripts"))
    from make_corpus import make_corpus

    corpus = load_corpus(make_corpus(tmp_path / "articles", 250), use_cache=False)
    assert len(corpus.events) > MAX_POINTS
    app = create_app(corpus=corpus)
    server = make_server("127.0.0.1", 0, app.server, threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    errors = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    try:
        page.goto(f"http://127.0.0.1:{server.server_port}/")
        page.wait_for_function("() => { const g = document.querySelector('#timeline .js-plotly-plot');"
                               " return !!(g && g.data && g.data.length); }", timeout=20000)
        assert "counts per day or week" in page.locator("#match-count").inner_text()
        assert page.evaluate("() => document.querySelector('#timeline .js-plotly-plot').data[0].type") == "scattergl"
        # click the first count marker through plotly's own event, as a user click would
        page.evaluate("""() => { const g = document.querySelector('#timeline .js-plotly-plot');
            g.emit('plotly_click', {points: [{customdata: g.data[0].customdata[0], curveNumber: 0, pointNumber: 0}]}); }""")
        page.wait_for_function("() => document.querySelector('#f-from').value !== ''", timeout=10000)
        page.wait_for_url(re.compile(r"from=.*to="), timeout=10000)
        page.wait_for_timeout(500)
        assert errors == []
    finally:
        page.close()
        server.shutdown()


def test_loading_page_counts_then_opens_the_timeline_by_itself(browser, tmp_path):
    import sys

    from conftest import REPO

    sys.path.insert(0, str(REPO / "scripts"))
    from make_corpus import make_corpus

    from dashboard.app import create_app

    folder = make_corpus(tmp_path / "articles", 400)
    app = create_app(folder, background=True, use_cache=False, reload_seconds=None)
    server = make_server("127.0.0.1", 0, app.server, threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    context = browser.new_context()
    page = context.new_page()
    errors = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    try:
        page.goto(f"http://127.0.0.1:{server.server_port}/")
        status = page.locator("#loading-status")
        status.wait_for(timeout=15000)
        assert re.fullmatch(r"(Looking at the articles folder.*|Loading \d+ of 400 articles)…", status.inner_text())
        page.wait_for_selector("#timeline .js-plotly-plot", timeout=120000)  # reloaded itself when ready
        assert "400 articles" in page.locator("#summary").inner_text()
        assert errors == []
    finally:
        context.close()
        server.shutdown()
