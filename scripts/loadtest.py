"""A bounded load test against the Procfile's web process on 127.0.0.1.

    python scripts/loadtest.py [--users 50] [--seconds 60] [--kill-worker-at 20] [--hup-at 25]
                               [--change-files-at 30]

It starts gunicorn exactly as the Procfile says (on a copy of the seeds unless
--articles is given), waits until it serves the corpus, then runs USERS threads for
SECONDS, each looping over: the page, a filter change (the Dash callback the page
makes), an article page, /embed and an HTML export.  Optionally it kills one worker
(SIGKILL), restarts every worker gracefully (SIGHUP to the master), and adds, changes
and deletes article files, part-way through.

Every request is made once: a dropped connection is an error, never retried.  The only
errors it excuses are connections that were open on the worker it killed on purpose
(listed apart); a graceful restart must drop none.  It prints requests, errors and
p50/p95 per kind, and exits 1 on any other error.  Traffic goes only to 127.0.0.1;
every loop is bounded in time.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def request(url: str, body: dict | None = None, timeout: float = 30) -> tuple[int, bytes]:
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(url, data=data, headers={"Content-Type": "application/json"} if data else {})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


def start_web(articles: Path, workers: int, reload_seconds: float) -> tuple[subprocess.Popen, str]:
    command = next(line.split(":", 1)[1].strip() for line in (REPO / "Procfile").read_text().splitlines()
                   if line.startswith("web:"))
    port = free_port()
    env = {**os.environ, "PORT": str(port), "WEB_CONCURRENCY": str(workers), "DASHBOARD_ARTICLES": str(articles),
           "DASHBOARD_RELOAD_SECONDS": str(reload_seconds),
           "DASHBOARD_CACHE_DIR": tempfile.mkdtemp(prefix="load-cache-")}
    log = open(os.environ["LOADTEST_SERVER_LOG"], "w") if os.environ.get("LOADTEST_SERVER_LOG") else subprocess.DEVNULL
    process = subprocess.Popen(["bash", "-c", command], cwd=REPO, env=env, stdout=log,
                               stderr=log, start_new_session=True)
    if log is not subprocess.DEVNULL:
        log.close()  # (the server holds its own copy of the file)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    ready = 0
    while time.monotonic() < deadline and ready < 6:  # several answers, so both workers have read it
        try:
            ready = ready + 1 if json.loads(request(base + "/healthz", timeout=2)[1])["status"] == "ok" else 0
        except (OSError, ValueError, KeyError):
            ready = 0
        time.sleep(0.1)
    if ready < 6:
        stop_web(process)
        raise SystemExit("the web process did not serve the corpus within 120 s")
    return process, base


def stop_web(process: subprocess.Popen) -> None:
    try:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)
    except (ProcessLookupError, subprocess.TimeoutExpired):
        os.killpg(process.pid, signal.SIGKILL)


def worker_pids(root: int) -> list[int]:
    """gunicorn's workers: the leaf processes below the Procfile command (bash may or
    may not have exec'd into the gunicorn master)."""
    def children(pid: int) -> list[int]:
        try:
            return [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
        except OSError:
            return []
    leaves, stack = [], children(root)
    while stack:
        pid = stack.pop()
        below = children(pid)
        if below:
            stack.extend(below)
        else:
            leaves.append(pid)
    return leaves


MASTER_WAIT_S = 15  # a worker killed just before may still be booting again


def master_pid(root: int) -> int:
    """The gunicorn master: the parent of its workers.  Right after a worker was killed the master may
    have none for a moment (its new worker is still starting): wait for one rather than fail."""
    deadline = time.monotonic() + MASTER_WAIT_S
    while True:
        workers = worker_pids(root)
        if workers:
            return int(Path(f"/proc/{workers[0]}/stat").read_text().rsplit(")", 1)[1].split()[1])
        if time.monotonic() > deadline:
            return root  # (no worker at all: the command is gunicorn itself, the master)
        time.sleep(0.1)


def find_callback(base: str, output: str) -> dict:
    """A callback the page makes (found by one of its outputs) from /_dash-dependencies."""
    _, raw = request(base + "/_dash-dependencies")
    for cb in json.loads(raw):
        if output in cb["output"]:
            return cb
    raise SystemExit(f"callback for {output} not found")


def callback_body(cb: dict, values: dict) -> dict:
    outputs = [{"id": part.split(".")[0], "property": part.split(".")[1]}
               for part in cb["output"].strip(".").split("...")]
    inputs = [{"id": i["id"], "property": i["property"], "value": values.get(i["id"])} for i in cb["inputs"]]
    state = [{"id": i["id"], "property": i["property"], "value": values.get(i["id"])} for i in cb.get("state", [])]
    changed = f"{cb['inputs'][0]['id']}.{cb['inputs'][0]['property']}"
    return {"output": cb["output"], "outputs": outputs if len(outputs) > 1 else outputs[0], "inputs": inputs,
            "changedPropIds": [changed], "state": state}


def run(base: str, users: int, seconds: float, article_pages: list[str], on_tick=None, kills=None) -> dict:
    """`kills`: a list to which the caller appends the monotonic time of each SIGKILL."""
    cb = find_callback(base, "timeline.figure")
    export_cb = find_callback(base, "download-html.data")
    types = ["election", "coalition", "protest", "legal", "rigging_allegation", "results"]
    results: dict[str, list[float]] = {}
    errors: list[str] = []
    killed: list[str] = []  # dropped connections that were open on a worker killed on purpose
    kills = kills if kills is not None else []
    lock = threading.Lock()
    stop_at = time.monotonic() + seconds

    def call(kind: str, url: str, body=None) -> None:
        started, opened = time.perf_counter(), time.monotonic()
        try:  # once: a dropped connection is an error, not something to retry silently
            status, payload = request(url, body)
        except (OSError, http.client.HTTPException) as exc:
            on_killed = any(opened <= k <= time.monotonic() <= k + 5 for k in kills)
            with lock:
                (killed if on_killed else errors).append(f"{kind}: dropped connection ({exc}) {url}")
            return
        elapsed = (time.perf_counter() - started) * 1000
        with lock:
            if status >= 400:
                errors.append(f"{kind}: HTTP {status} {url}")
            results.setdefault(kind, []).append(elapsed)

    def user(seed: int) -> None:
        rng = random.Random(seed)
        while time.monotonic() < stop_at:
            call("page", base + "/?type=" + rng.choice(types))
            values = {"f-types": rng.sample(types, rng.randrange(0, 3)), "f-lanes": "type", "f-actors": [],
                      "f-outlets": [], "f-dated": [], "f-q": rng.choice(["", "", "rigging"]),
                      "table": 0, "f-from": None, "f-to": None}
            body = callback_body(cb, values)
            for item in body["inputs"]:
                if item["id"] == "table" and item["property"] == "page_current":
                    item["value"] = 0
                elif item["id"] == "table" and item["property"] == "sort_by":
                    item["value"] = []
                elif item["id"] == "timeline":
                    item["value"] = None
                elif item["id"] == "selected":
                    item["value"] = None
            call("filter", base + "/_dash-update-component", body)
            call("article", base + rng.choice(article_pages))
            if rng.random() < 0.2:  # the HTML download of the current view
                call("export", base + "/_dash-update-component",
                     callback_body(export_cb, {**values, "dl-html": 1}))
            call("embed", base + "/embed?type=" + rng.choice(types))
            if rng.random() < 0.2:
                call("healthz", base + "/healthz")

    threads = [threading.Thread(target=user, args=(i,), daemon=True) for i in range(users)]
    for t in threads:
        t.start()
    while any(t.is_alive() for t in threads):
        if on_tick:
            on_tick(time.monotonic() - (stop_at - seconds))
        time.sleep(0.2)
    summary = {kind: {"requests": len(times), "p50_ms": statistics.median(times),
                      "p95_ms": sorted(times)[int(0.95 * (len(times) - 1))]} for kind, times in results.items()}
    return {"summary": summary, "errors": errors, "killed": killed,
            "requests": sum(len(t) for t in results.values()) + len(errors) + len(killed)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--articles", type=Path, help="articles folder (default: a copy of seeds/)")
    parser.add_argument("--kill-worker-at", type=float, help="seconds into the run to SIGKILL one worker")
    parser.add_argument("--hup-at", type=float, help="seconds into the run to SIGHUP the master (graceful restart)")
    parser.add_argument("--change-files-at", type=float, help="seconds into the run to add, change and delete files")
    args = parser.parse_args()
    args.users = max(1, min(args.users, 200))
    args.seconds = max(1.0, min(args.seconds, 600.0))

    articles = args.articles or Path(tempfile.mkdtemp(prefix="load-articles-")) / "articles"
    if not args.articles:
        shutil.copytree(REPO / "seeds", articles)
    process, base = start_web(articles, args.workers, reload_seconds=1)
    sys.path.insert(0, str(REPO))
    from dashboard.corpus import article_id

    pages = [f"/article/{article_id(p.name)}" for p in sorted((REPO / "seeds").glob("*.txt"))[:3]]
    done = set()
    kills: list[float] = []
    before = json.loads(request(base + "/healthz")[1])

    def tick(elapsed: float) -> None:
        if args.kill_worker_at is not None and "kill" not in done and elapsed >= args.kill_worker_at:
            done.add("kill")
            pids = worker_pids(process.pid)
            if pids:
                kills.append(time.monotonic())
                os.kill(pids[0], signal.SIGKILL)
                print(f"killed worker {pids[0]} at {elapsed:.1f} s", file=sys.stderr)
        if args.hup_at is not None and "hup" not in done and elapsed >= args.hup_at:
            done.add("hup")
            os.kill(master_pid(process.pid), signal.SIGHUP)
            print(f"restarted the workers gracefully (SIGHUP) at {elapsed:.1f} s", file=sys.stderr)
        if args.change_files_at is not None and "files" not in done and elapsed >= args.change_files_at:
            done.add("files")
            originals = sorted(articles.glob("*.txt"))
            for n in (1, 2):
                (articles / f"added-{n}.txt").write_text(
                    f" date 2024-03-0{n} LAHORE: PTI on Saturday held rally number {n} against rigging, "
                    "party leaders said.\n", encoding="utf-8")
            changed = originals[-2]
            changed.write_text(changed.read_text(encoding="utf-8") + "\nPPP met PML-N on Friday for talks.\n",
                               encoding="utf-8")
            originals[-1].unlink()  # the article pages requested are among the first files
            print(f"added, changed and deleted files at {elapsed:.1f} s", file=sys.stderr)

    try:
        outcome = run(base, args.users, args.seconds, pages, tick, kills)
        after = before
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:  # each worker notices the change on its next page load
            request(base + "/")
            after = json.loads(request(base + "/healthz")[1])
            if after.get("articles") != before["articles"] or args.change_files_at is None:
                break
            time.sleep(0.3)
    finally:
        stop_web(process)
    print(f"{outcome['requests']} requests, {len(outcome['errors'])} errors, "
          f"{len(outcome['killed'])} dropped by the killed worker, {args.users} users, "
          f"{args.seconds:.0f} s, {args.workers} workers")
    print("| request | count | p50 | p95 |\n|---|---|---|---|")
    for kind, row in sorted(outcome["summary"].items()):
        print(f"| {kind} | {row['requests']} | {row['p50_ms']:.0f} ms | {row['p95_ms']:.0f} ms |")
    print(f"corpus before: {before['articles']} articles; after: {after.get('articles')} articles")
    for error in outcome["errors"][:20]:
        print("error:", error, file=sys.stderr)
    for dropped in outcome["killed"][:20]:
        print("dropped by the killed worker:", dropped, file=sys.stderr)
    return 1 if outcome["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
