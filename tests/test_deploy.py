"""The Procfile's web command, run exactly as written, serves the app."""

import json
import os
import shlex
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from conftest import REPO


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url):
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.status, dict(response.headers), response.read().decode("utf-8", "replace")


def start_procfile(env_extra: dict, log_path: Path):
    command = next(line.split(":", 1)[1].strip() for line in (REPO / "Procfile").read_text().splitlines()
                   if line.startswith("web:"))
    port = free_port()
    env = {**os.environ, "PORT": str(port), "WEB_CONCURRENCY": "2"}
    env.pop("DASHBOARD_ARTICLES", None)  # the defaults must work with no settings
    env.update(env_extra)
    log = log_path.open("w")
    process = subprocess.Popen(["bash", "-c", command], cwd=REPO, env=env, stdout=log, stderr=subprocess.STDOUT,
                               start_new_session=True)
    return process, f"http://127.0.0.1:{port}", log


def wait_for_health(base, process, log, want=None, limit=60):
    """Seconds until /healthz answers (with status `want`, when given), and its last answer."""
    started = time.monotonic()
    while time.monotonic() - started < limit:
        try:
            body = json.loads(fetch(base + "/healthz")[2])
            if want is None or body["status"] == want:
                return time.monotonic() - started, body
        except OSError:
            if process.poll() is not None:
                log.flush()
                raise AssertionError(f"web process exited: {open(log.name, encoding='utf-8').read()[-2000:]}") from None
        time.sleep(0.05)
    raise AssertionError(f"web process did not answer (status {want}) within {limit} s")


def every_worker_ready(base, in_a_row=20, limit=60):
    """One worker's "ok" says nothing of the other's (each reads the folder itself when no corpus
    was prebuilt): wait until many answers in a row, on new connections, say "ok"."""
    started, seen = time.monotonic(), 0
    while seen < in_a_row:
        assert time.monotonic() - started < limit, "a worker did not finish reading the folder"
        seen = seen + 1 if json.loads(fetch(base + "/healthz")[2])["status"] == "ok" else 0
        time.sleep(0.02)


def stop(process, log):
    os.killpg(process.pid, signal.SIGTERM)
    process.wait(timeout=30)
    log.close()


@pytest.fixture(scope="module")
def web(tmp_path_factory):
    env = {"DASHBOARD_CACHE_DIR": str(tmp_path_factory.mktemp("cache"))}
    process, base, log = start_procfile(env, tmp_path_factory.mktemp("log") / "web.log")
    answered, _ = wait_for_health(base, process, log)
    ready, _ = wait_for_health(base, process, log, want="ok")
    every_worker_ready(base)
    yield base, answered, answered + ready
    stop(process, log)


def test_procfile_uses_gunicorn_config():
    line = (REPO / "Procfile").read_text()
    assert "gunicorn" in line and "--config gunicorn.conf.py" in line and shlex.split(line)


def test_serves_pages_health_article_and_embed(web, seeds_corpus):
    base, _, _ = web
    status, _, body = fetch(base + "/healthz")
    assert status == 200 and '"articles":5' in body.replace(" ", "") and '"loader_version"' in body
    status, headers, body = fetch(base + "/")
    assert status == 200 and "_dash-renderer" in body or "dash-renderer" in body
    assert headers["X-Content-Type-Options"] == "nosniff" and "frame-ancestors 'self'" in headers["Content-Security-Policy"]
    aid = seeds_corpus.articles["id"].iloc[0]
    status, _, _ = fetch(base + f"/article/{aid}")
    assert status == 200
    status, headers, _ = fetch(base + "/embed?type=election")
    assert status == 200 and "X-Frame-Options" not in headers
    assert missing_article_status(base) == 404


def missing_article_status(base: str, limit: float = 30) -> int:
    """The status of an unknown article's page once the worker that answers has read the folder:
    /healthz said "ok" for one gunicorn worker, and another may still be reading (it serves the
    app's page, which shows "Loading n of N", since it cannot yet tell a known article)."""
    started = time.monotonic()
    while True:
        try:
            fetch(base + "/article/does-not-exist")
        except urllib.error.HTTPError as error:
            return error.code
        if time.monotonic() - started > limit:
            return 200
        time.sleep(0.2)


def test_boot_is_inside_the_paas_limit(web):
    _, answered, ready = web
    print(f"web process answered /healthz {answered:.1f} s after start, served the corpus after {ready:.1f} s")
    assert answered < 60 and ready < 60


def test_build_writes_a_corpus_that_the_web_process_loads_before_forking(tmp_path):
    import shutil

    from conftest import SEEDS

    articles, cache = tmp_path / "articles", tmp_path / "prebuilt"
    shutil.copytree(SEEDS, articles)
    env = {**os.environ, "DASHBOARD_CACHE_DIR": str(cache), "PYTHONPATH": str(REPO)}
    built = subprocess.run([sys.executable, "-m", "dashboard", "build", "--seeds", str(articles)], cwd=REPO,
                           env=env, capture_output=True, text=True, timeout=300)
    assert built.returncode == 0, built.stderr
    assert "read 5 files" in built.stderr.strip().splitlines()[-1] and (cache / "prebuilt.json").exists()
    missing = subprocess.run([sys.executable, "-m", "dashboard", "build", "--seeds", str(tmp_path / "nope")],
                             cwd=REPO, env=env, capture_output=True, text=True, timeout=120)
    assert missing.returncode == 2 and missing.stderr.strip().count("\n") == 0 and "not found" in missing.stderr
    process, base, log = start_procfile({"DASHBOARD_CACHE_DIR": str(cache), "DASHBOARD_ARTICLES": str(articles)},
                                        tmp_path / "web.log")
    try:
        _, first = wait_for_health(base, process, log)
        assert first["status"] == "ok" and first["articles"] == 5  # loaded in the master: never "loading"
    finally:
        stop(process, log)


def test_without_a_prebuilt_corpus_the_app_answers_loading_then_ok(tmp_path):
    import shutil

    from conftest import SEEDS

    from dashboard.app import LiveCorpus, LoadProgress, create_app, page_layout

    articles = tmp_path / "articles"
    shutil.copytree(SEEDS, articles)
    app = create_app(articles, background=True, use_cache=False, reload_seconds=None)
    assert app.live.views is None  # nothing read while building the app
    client = app.server.test_client()
    first = client.get("/healthz")  # the first request starts the read and does not wait for it
    assert first.status_code == 200 and first.get_json()["status"] == "loading"
    app.live.wait(120)
    health = client.get("/healthz").get_json()
    assert health["status"] == "ok" and health["articles"] == 5
    assert "Loading" not in client.get("/_dash-layout").get_data(as_text=True)

    waiting = LiveCorpus(articles)
    waiting.progress = LoadProgress(5)  # as the reader reports it mid-way: 3 files to parse, none done yet
    waiting.progress.start(3)
    assert waiting.status() == {"status": "loading", "articles_read": 2, "articles_total": 5}
    shown = str(page_layout(waiting).to_plotly_json())
    assert "Loading 2 of 5 articles" in shown and "loading-tick" in shown


def test_gunicorn_answers_a_chunked_oversized_body_with_413_and_bad_paths_with_404(web):
    import http.client

    base, _, _ = web
    host, port = base.removeprefix("http://").split(":")

    def chunked_post(size):
        connection = http.client.HTTPConnection(host, int(port), timeout=30)
        connection.putrequest("POST", "/_dash-update-component")
        connection.putheader("Content-Type", "application/json")
        connection.putheader("Transfer-Encoding", "chunked")
        connection.endheaders()
        chunk = b"[" + b"0," * (64 * 1024) + b"0]"
        try:
            for _ in range(size // len(chunk) + 1):
                connection.send(b"%x\r\n%s\r\n" % (len(chunk), chunk))
            connection.send(b"0\r\n\r\n")
        except (BrokenPipeError, ConnectionResetError):
            pass  # the server may answer and close before the whole body is sent
        status = connection.getresponse().status
        connection.close()
        return status

    assert chunked_post(2 * 1024 * 1024) == 413
    assert chunked_post(100 * 1024) == 400  # under the limit: read, and refused as a callback body
    for path in ("/article", "/ARTICLE/x", "/nope", "/_dash-component-suites/os/path.py"):
        with pytest.raises(urllib.error.HTTPError) as error:
            fetch(base + path)
        assert error.value.code == 404, path
