"""A folder of broken files: every command exits 0, every file is listed with its
status and problems, and nothing prints a traceback."""

import json
import os
import subprocess
import sys

import pytest
from conftest import REPO

ARTICLE = ("ISLAMABAD: The Pakistan Tehreek-e-Insaf (PTI) on Friday announced a countrywide protest "
           "against the results of the February 8 elections, its leaders said.\n")


def make_broken_folder(root):
    root.mkdir()
    (root / "empty.txt").write_bytes(b"")
    (root / "binary.txt").write_bytes(bytes(range(256)) * 20)
    (root / "latin1.txt").write_bytes(b" date 2024-02-14 " + ARTICLE.encode() + "Caf\xe9 r\xe9sum\xe9 na\xefve.\n".encode("latin-1"))
    (root / "utf16.txt").write_bytes(("\ufeff date 2024-02-14 " + ARTICLE).encode("utf-16-le"))
    (root / "bom.txt").write_bytes(b"\xef\xbb\xbf date 2024-02-14 " + ARTICLE.encode())
    (root / "nodate.txt").write_text(ARTICLE, encoding="utf-8")
    (root / "feb31.txt").write_text(" date 2024-02-14 " + ARTICLE + "The court met on February 31, 2024 to hear the case of the party.\n", encoding="utf-8")
    (root / "huge.txt").write_text(" date 2024-02-14 " + ARTICLE * (10 * 1024 * 1024 // len(ARTICLE) + 1), encoding="utf-8")
    (root / "page.html").write_text(
        "<html><head><title>PTI protests</title><meta property='article:published_time' content='2024-02-16'>"
        "<script>alert('x')</script></head><body><nav><a href='/'>Home</a></nav><article><h1>PTI protests</h1>"
        f"<p>{ARTICLE}</p><p>{ARTICLE}</p></article></body></html>", encoding="utf-8")
    (root / "notes.pdf").write_bytes(b"%PDF-1.4 not an article")
    (root / "nested" / "deeper").mkdir(parents=True)
    (root / "nested" / "deeper" / "inner.md").write_text(" date 2024-02-15 " + ARTICLE, encoding="utf-8")
    os.symlink("..", root / "nested" / "loop")
    os.symlink("missing-target.txt", root / "dangling.txt")
    return root


def run(*args, cwd=REPO):
    return subprocess.run([sys.executable, "-m", "dashboard", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=120, env={**os.environ, "PYTHONPATH": str(REPO)})


@pytest.fixture(scope="module")
def broken(tmp_path_factory):
    return make_broken_folder(tmp_path_factory.mktemp("bad") / "articles")


def test_articles_lists_every_file_with_its_problem(broken):
    result = run("articles", "--seeds", str(broken), "--no-cache")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    rows = {r["article"]: r for r in map(json.loads, result.stdout.splitlines())}
    expected_files = {"empty.txt", "binary.txt", "latin1.txt", "utf16.txt", "bom.txt", "nodate.txt",
                      "feb31.txt", "huge.txt", "page.html", "notes.pdf", "nested/deeper/inner.md",
                      "nested/loop", "dangling.txt"}
    assert expected_files <= set(rows), expected_files - set(rows)

    def problems(name):
        return " ".join(rows[name]["problems"]).lower()

    assert rows["empty.txt"]["status"] == "error" and "empty" in problems("empty.txt")
    assert rows["binary.txt"]["status"] == "error" and "binary" in problems("binary.txt")
    assert rows["notes.pdf"]["status"] == "error" and "unsupported" in problems("notes.pdf")
    assert rows["latin1.txt"]["status"] == "warning" and "windows-1252" in problems("latin1.txt")
    assert rows["utf16.txt"]["status"] == "ok" and rows["utf16.txt"]["n_events"] >= 1
    assert rows["bom.txt"]["status"] == "ok" and rows["bom.txt"]["published"] == "2024-02-14"
    assert rows["nodate.txt"]["published"] is None and "no publication date" in problems("nodate.txt")
    assert "impossible date" in problems("feb31.txt")
    assert "only the first" in problems("huge.txt")
    assert rows["page.html"]["title"] == "PTI protests" and rows["page.html"]["published"] == "2024-02-16"
    assert rows["nested/deeper/inner.md"]["status"] == "ok"
    assert "loop" in problems("nested/loop")
    assert rows["dangling.txt"]["status"] == "error"


def test_events_and_tallies_survive_the_broken_folder(broken):
    for command in ("events", "tallies"):
        for fmt in ("jsonl", "csv"):
            result = run(command, "--seeds", str(broken), "--format", fmt)
            assert result.returncode == 0, result.stderr
            assert "Traceback" not in result.stderr
    events = [json.loads(line) for line in run("events", "--seeds", str(broken)).stdout.splitlines()]
    # relative dates are not anchored to today when the publication date is unknown
    nodate = [e for e in events if e["article"] == "nodate.txt"]
    assert all(e["cue"] != "on Friday" for e in nodate)
    assert any(e["article"] == "page.html" for e in events)


def test_missing_folder_is_one_line_and_status_2(tmp_path):
    result = run("events", "--seeds", str(tmp_path / "nope"))
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0 and "not found" in result.stderr
    assert result.stdout == ""


def test_dates_command_reads_stdin_and_files(tmp_path):
    text = "PTI said on Friday it would protest; 8 فروری 2024ء"
    result = subprocess.run([sys.executable, "-m", "dashboard", "dates", "--published", "2024-02-17"],
                            input=text.encode(), capture_output=True, cwd=REPO, timeout=60)
    rows = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [r["value"] for r in rows] == ["2024-02-16", "2024-02-08"]
    assert text[rows[1]["start"]:rows[1]["end"]] == rows[1]["text"]
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    assert run("dates", "--published", "2024-02-17", str(path)).stdout == result.stdout.decode()
    bad = run("dates", "--published", "2024-02-31", str(path))
    assert bad.returncode == 2 and "Traceback" not in bad.stderr
