import json
import os
from pathlib import Path

import pytest

HERE = Path(__file__).parent
REPO = HERE.parent
SEEDS = REPO / "seeds"
GOLD = HERE / "data" / "seed_events.jsonl"
# Browser tests drive Debian's Chromium; without the networking flags it tries to reach the
# internet at every start, which this machine's closed network refuses.
CHROMIUM = os.environ.get("DASH_TEST_CHROMEPATH", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]


@pytest.fixture(scope="session", autouse=True)
def isolated_cache(tmp_path_factory):
    """Tests never read or write the user's cache."""
    os.environ["DASHBOARD_CACHE_DIR"] = str(tmp_path_factory.mktemp("cache"))


@pytest.fixture(scope="session")
def seeds_corpus(isolated_cache):
    from dashboard import load_corpus

    return load_corpus(SEEDS, use_cache=False)


@pytest.fixture(scope="session")
def gold():
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]


def serve(app):
    """Serve a Dash app on a free port from a thread: (server, base URL).  Call server.shutdown()."""
    import threading

    from werkzeug.serving import make_server

    server = make_server("127.0.0.1", 0, app.server, threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_port}"


@pytest.fixture(scope="session")
def browser():
    """One headless Chromium for every browser test."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()
