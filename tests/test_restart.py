"""No page is ever blank after a start, a restart or a worker respawn.

Starts the Procfile's gunicorn (2 workers, 2 threads each, preload_app) several times
and, as soon as it answers, loads the page in real Chromium and fetches every script
the page references, many at once over fresh connections so that both workers and
both threads of each get first requests at the same moment.  The same after a worker
is killed.  Every script must load: a 500 here is a blank page for a visitor.
"""

import os
import re
import signal
import subprocess
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from conftest import REPO
from test_deploy import free_port

pytestmark = pytest.mark.browser
STARTS = 4
SCRIPT_SRC = re.compile(r'<script[^>]*\bsrc="([^"]+)"')


def status_of(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=20) as response:
            response.read()
            return response.status
    except urllib.error.HTTPError as exc:
        return exc.code


def worker_pids(root: int) -> list[int]:
    def children(pid):
        try:
            return [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
        except OSError:
            return []
    leaves, stack = [], children(root)
    while stack:
        pid = stack.pop()
        below = children(pid)
        stack.extend(below) if below else leaves.append(pid)
    return leaves


def start_web(tmp_path: Path):
    command = next(line.split(":", 1)[1].strip() for line in (REPO / "Procfile").read_text().splitlines()
                   if line.startswith("web:"))
    port = free_port()
    env = {**os.environ, "PORT": str(port), "WEB_CONCURRENCY": "2", "GUNICORN_THREADS": "2",
           "DASHBOARD_CACHE_DIR": str(tmp_path / "cache")}
    env.pop("DASHBOARD_ARTICLES", None)
    log = (tmp_path / f"web-{port}.log").open("w")
    process = subprocess.Popen(["bash", "-c", command], cwd=REPO, env=env, stdout=log, stderr=subprocess.STDOUT,
                               start_new_session=True)
    return process, f"http://127.0.0.1:{port}", log


def wait_until_answering(base: str, process) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(base + "/healthz", timeout=2):
                return
        except urllib.error.HTTPError:
            return
        except OSError:
            assert process.poll() is None, "the web process exited"
            time.sleep(0.05)
    raise AssertionError("the web process did not answer within 60 s")


def stop_web(process) -> None:
    os.killpg(process.pid, signal.SIGTERM)
    process.wait(timeout=30)


def first_visit(browser, base: str) -> list[str]:
    """Failures seen by a browser's first page load plus a burst of script fetches."""
    failures = []
    with urllib.request.urlopen(base + "/", timeout=20) as response:
        scripts = [base + src if src.startswith("/") else src for src in SCRIPT_SRC.findall(response.read().decode())]
    assert len(scripts) >= 5, scripts  # react, react-dom, the components and the renderer
    context = browser.new_context()
    page = context.new_page()
    page.on("response", lambda r: failures.append(f"{r.status} {r.url}") if r.status >= 400 else None)
    page.on("pageerror", lambda e: failures.append(f"page error: {e}"))
    with ThreadPoolExecutor(max_workers=16) as pool:
        burst = pool.map(status_of, scripts * 3)  # fired while the browser loads the same scripts
        page.goto(base + "/")
        failures += [f"{code} {url}" for code, url in zip(burst, scripts * 3) if code != 200]
    page.wait_for_selector("#react-entry-point .app", timeout=20000)  # the renderer drew the layout
    context.close()
    return failures


def test_first_visits_after_starts_and_a_killed_worker_load_every_script(browser, tmp_path):
    failures = []
    for start in range(STARTS):
        process, base, log = start_web(tmp_path)
        try:
            wait_until_answering(base, process)
            failures += [f"start {start}: {f}" for f in first_visit(browser, base)]
            if start == STARTS - 1:  # a respawned worker must be as ready as a fresh one
                workers = worker_pids(process.pid)
                assert len(workers) == 2, workers
                os.kill(workers[0], signal.SIGKILL)
                deadline = time.monotonic() + 30
                while time.monotonic() < deadline:
                    now = worker_pids(process.pid)
                    if len(now) == 2 and workers[0] not in now:
                        break
                    time.sleep(0.05)
                for round_ in range(3):
                    failures += [f"after kill {round_}: {f}" for f in first_visit(browser, base)]
        finally:
            stop_web(process)
            log.close()
    assert failures == []
