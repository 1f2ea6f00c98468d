"""Regenerate the README screenshots in docs/ from the seeds (timeline on a desktop and
on a phone, the reader, the chronology):
    python scripts/screenshots.py
Uses Debian's Chromium ($DASH_TEST_CHROMEPATH, default /usr/bin/chromium)."""

from __future__ import annotations

import logging
import os
import sys
import threading
from pathlib import Path

from werkzeug.serving import make_server

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from dashboard import load_corpus, urls  # noqa: E402
from dashboard.app import create_app  # noqa: E402

CHROMIUM = os.environ.get("DASH_TEST_CHROMEPATH", "/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


def main() -> None:
    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    from playwright.sync_api import sync_playwright

    corpus = load_corpus(REPO / "seeds", use_cache=False)
    app = create_app(corpus=corpus)
    server = make_server("127.0.0.1", 0, app.server, threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_port}"
    election = corpus.happenings[corpus.happenings["type"] == "election"].iloc[0]
    sample = corpus.events[corpus.events["cue"] == "on Tuesday"].iloc[0]
    reader = urls.sentence(sample.article_id, sample.start, sample.end, back="type=coalition")
    # (file, path, width, what to wait for, whole page?)
    shots = [
        ("timeline-desktop.png", f"/?ev={election.happening_id}", 1400, "#detail-sources li", False),
        ("timeline-phone.png", "/", 390, "#timeline .main-svg", False),
        ("reader-desktop.png", reader, 1400, "mark#hl", False),
        ("chronology-desktop.png", "/chronology", 1100, "#chronology li", True),
    ]
    out = REPO / "docs"
    out.mkdir(exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        for name, path, width, ready, whole in shots:
            page = browser.new_page(viewport={"width": width, "height": 900 if width > 760 else 844})
            page.goto(base + path)
            page.wait_for_selector(ready, timeout=20000)
            page.wait_for_timeout(800)
            page.screenshot(path=str(out / name), full_page=whole, clip=None)
            page.close()
            print(f"wrote docs/{name}")
        browser.close()
    server.shutdown()


if __name__ == "__main__":
    main()
