"""A short form of the load test (scripts/loadtest.py; its full form and numbers are in
BENCHMARKS.md): the Procfile's gunicorn keeps answering while users load pages and
change filters, one worker is killed, and article files are added, changed and deleted."""

import re
import subprocess
import sys

from conftest import REPO


def test_short_load_with_a_killed_worker_and_changing_files():
    result = subprocess.run(
        [sys.executable, "scripts/loadtest.py", "--users", "10", "--seconds", "12", "--workers", "2",
         "--kill-worker-at", "4", "--change-files-at", "6"],
        cwd=REPO, capture_output=True, text=True, timeout=240)
    print(result.stdout)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "killed worker" in result.stderr and "added, changed and deleted files" in result.stderr
    requests, errors = map(int, re.search(r"(\d+) requests, (\d+) errors", result.stdout).groups())
    assert requests > 50 and errors == 0
    assert "corpus before: 5 articles; after: 6 articles" in result.stdout
    for kind in ("page", "filter", "article", "embed", "export"):
        assert re.search(rf"\| {kind} \| \d+ \|", result.stdout), kind
