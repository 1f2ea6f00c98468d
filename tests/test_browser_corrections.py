"""Corrections in a real headless Chromium: an editor signs in, corrects a date and a type,
sees the timeline and the CSV download change, and reverts it on /audit; a viewer sees no
edit controls, and forged posts are refused."""

import pytest
from conftest import serve
from test_corrections import ARTICLES

pytestmark = pytest.mark.browser
PASSWORD = "a long enough password"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    from dashboard import load_corpus
    from dashboard.app import create_app
    from dashboard.corrections import Store

    root = tmp_path_factory.mktemp("browser-corrections")
    folder = root / "articles"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    mp = pytest.MonkeyPatch()
    mp.setenv("DATABASE_URL", f"sqlite:///{root / 'browser.sqlite'}")
    store = Store()
    store.upgrade()
    store.add_user("ayesha", PASSWORD)
    app = create_app(corpus=load_corpus(folder, use_cache=False), reload_seconds=None)
    server, url = serve(app)
    yield url, app, store
    server.shutdown()
    mp.undo()


@pytest.fixture
def context(browser):
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    yield context
    context.close()


def deal_id(app) -> str:
    events = app.live.views.corpus.events
    return events[events["sentence"].str.contains("agreed to form a coalition")].iloc[0]["event_id"]


def point_of(page, app, event_id):
    """The x value and trace of the mark of the event's happening in the drawn timeline (one
    mark per happening; the deal is reported by one article, so its happening is the event)."""
    events = app.live.views.corpus.events
    happening_id = events.set_index("event_id").loc[event_id, "happening"]
    page.wait_for_selector("#timeline .js-plotly-plot .scatterlayer .points path", timeout=15000)
    return page.evaluate("""(id) => {
        const graph = document.querySelector('#timeline .js-plotly-plot');
        for (const trace of graph.data) {
            const ids = Array.from(trace.customdata || []);
            const i = ids.indexOf(id);
            if (i >= 0) {
                const line = trace.marker && trace.marker.line ? trace.marker.line.color : null;
                return {x: String(Array.from(trace.x)[i]), name: trace.name,
                        outline: Array.isArray(line) || (line && line.length !== undefined && typeof line !== 'string')
                                 ? Array.from(line)[i] : line};
            }
        }
        return null;
    }""", happening_id)


def test_viewer_sees_no_edit_controls_and_forged_posts_are_refused(site, context):
    url, app, _ = site
    event_id = deal_id(app)
    page = context.new_page()
    page.goto(f"{url}/?ev={event_id}")
    page.wait_for_selector("#detail-label", timeout=15000)
    assert page.locator("#edit-event").count() == 0
    assert page.locator("#signin-link").count() == 1
    forged = context.request.post(f"{url}/edit/event/{event_id}", form={"type": "legal"})
    assert forged.status == 403
    page.goto(f"{url}/signin")  # a session now exists, but a post from elsewhere has no token
    forged = context.request.post(f"{url}/edit/event/{event_id}", form={"type": "legal", "csrf_token": "x"})
    assert forged.status == 403


def test_editor_corrects_date_and_type_sees_them_everywhere_and_reverts(site, context):
    url, app, store = site
    event_id = deal_id(app)
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(f"{url}/signin?next=/?ev={event_id}")
    page.fill("#name", "ayesha")
    page.fill("#password", PASSWORD)
    page.click("#signin-submit")
    page.wait_for_selector("#edit-event", timeout=15000)
    before = point_of(page, app, event_id)
    assert before["x"].startswith("2024-02-13")

    page.click("#edit-event")
    page.fill("#date", "2024-02-16")
    page.select_option("#type", "legal")
    page.fill("#note", "the deal was signed on Friday")
    page.click("#edit-submit")
    page.wait_for_selector("#detail-corrected", timeout=15000)
    after = point_of(page, app, event_id)
    legal = app.live.views.story.label("legal")
    assert after["x"].startswith("2024-02-16") and legal in after["name"] and after["outline"] == "#111111"

    with page.expect_download() as download:
        page.click("#download-csv")
    row = next(line for line in open(download.value.path(), encoding="utf-8") if event_id in line)
    assert "2024-02-16" in row and ",legal," in row and "2024-02-13" not in row

    page.goto(f"{url}/audit")
    date_change = next(c for c in store.list_changes() if c["field"] == "date")
    page.click(f"#revert-{date_change['id']}")
    page.wait_for_selector(f"#change-{date_change['id']}", timeout=15000)
    assert "reverted" in page.locator(f"#change-{date_change['id']}").inner_text()
    page.goto(f"{url}/?ev={event_id}")
    reverted = point_of(page, app, event_id)
    assert reverted["x"].startswith("2024-02-13") and legal in reverted["name"]  # the type change stays
    assert errors == []
