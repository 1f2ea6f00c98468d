"""A short form of the load test (scripts/loadtest.py; its full form and numbers are in
BENCHMARKS.md): the Procfile's gunicorn keeps answering while users load pages and
change filters, one worker is killed, every worker is restarted gracefully (SIGHUP), and
article files are added, changed and deleted.  No request is retried: the only dropped
connections allowed are those open on the worker killed on purpose."""

import re
import subprocess
import sys

from conftest import REPO


def test_short_load_with_a_killed_worker_a_graceful_restart_and_changing_files():
    result = subprocess.run(
        [sys.executable, "scripts/loadtest.py", "--users", "10", "--seconds", "14", "--workers", "2",
         "--kill-worker-at", "3", "--hup-at", "7", "--change-files-at", "10"],
        cwd=REPO, capture_output=True, text=True, timeout=240)
    print(result.stdout)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "killed worker" in result.stderr and "added, changed and deleted files" in result.stderr
    assert "restarted the workers gracefully (SIGHUP)" in result.stderr
    requests, errors, killed = map(int, re.search(r"(\d+) requests, (\d+) errors, (\d+) dropped by the killed",
                                                  result.stdout).groups())
    assert requests > 50 and errors == 0 and killed <= 10  # at most one request per user was on that worker
    assert "corpus before: 5 articles; after: 6 articles" in result.stdout
    for kind in ("page", "filter", "article", "embed", "export"):
        assert re.search(rf"\| {kind} \| \d+ \|", result.stdout), kind
