"""The Procfile's web command, run exactly as written, serves the app."""

import os
import shlex
import signal
import socket
import subprocess
import time
import urllib.request

import pytest
from conftest import REPO


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url):
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.status, dict(response.headers), response.read().decode("utf-8", "replace")


@pytest.fixture(scope="module")
def web(tmp_path_factory):
    command = next(line.split(":", 1)[1].strip() for line in (REPO / "Procfile").read_text().splitlines()
                   if line.startswith("web:"))
    port = free_port()
    env = {**os.environ, "PORT": str(port), "WEB_CONCURRENCY": "2",
           "DASHBOARD_CACHE_DIR": str(tmp_path_factory.mktemp("cache"))}
    env.pop("DASHBOARD_ARTICLES", None)  # the defaults must work with no settings
    log = (tmp_path_factory.mktemp("log") / "web.log").open("w")
    process = subprocess.Popen(["bash", "-c", command], cwd=REPO, env=env, stdout=log, stderr=subprocess.STDOUT,
                               start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    started = time.monotonic()
    while time.monotonic() - started < 60:
        try:
            fetch(base + "/healthz")
            break
        except OSError:
            if process.poll() is not None:
                log.flush()
                output = open(log.name, encoding="utf-8").read()[-2000:]
                raise AssertionError(f"web process exited: {output}") from None
            time.sleep(0.3)
    else:
        raise AssertionError("web process did not answer within 60 s")
    yield base, time.monotonic() - started
    os.killpg(process.pid, signal.SIGTERM)
    process.wait(timeout=30)
    log.close()


def test_procfile_uses_gunicorn_config():
    line = (REPO / "Procfile").read_text()
    assert "gunicorn" in line and "--config gunicorn.conf.py" in line and shlex.split(line)


def test_serves_pages_health_article_and_embed(web, seeds_corpus):
    base, _ = web
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
    with pytest.raises(urllib.error.HTTPError) as missing:
        fetch(base + "/article/does-not-exist")
    assert missing.value.code == 404


def test_boot_is_inside_the_paas_limit(web):
    _, boot_seconds = web
    print(f"web process answered /healthz {boot_seconds:.1f} s after start")
    assert boot_seconds < 60
