"""A hostile corpus: every command and the server survive it, every file is listed
with its status and problems, and article text is only ever shown as text."""

import json
import os
import shutil
import subprocess
import sys

import pytest
from conftest import REPO, SEEDS

XSS = ("<script>alert('script')</script> <img src=x onerror=alert('img')> "
       "[click here](javascript:alert('md'))")


def make_hostile_folder(root):
    root.mkdir(parents=True)
    (root / "binary.txt").write_bytes(os.urandom(4096).replace(b"\xff\xfe", b"ab"))
    (root / "zero.txt").write_bytes(b"")
    (root / "invalid-utf8.txt").write_bytes(b" date 2024-02-14 PTI on Friday \xc3\x28 protested \xa0\xa1 in Lahore.\n")
    (root / "utf16.txt").write_bytes(" date 2024-02-14 PTI held talks with JI on Tuesday about a coalition.\n"
                                     .encode("utf-16"))
    line = " date 2024-02-14 ISLAMABAD: PTI on Tuesday announced a protest against rigging, leaders said.\n"
    with (root / "fifty-megabytes.txt").open("w", encoding="utf-8") as handle:
        block = line * 1000
        for _ in range(50 * 1024 * 1024 // len(block) + 1):
            handle.write(block)
    (root / "million-lines.txt").write_text("".join(f"l{i}\n" for i in range(1_000_000)), encoding="utf-8")
    deep = root.joinpath(*[f"d{i}" for i in range(60)])
    deep.mkdir(parents=True)
    (deep / "deep.txt").write_text(line, encoding="utf-8")
    os.symlink(".", root / "loop")
    (root / "Café report — نتائج 2024.txt").write_text(line, encoding="utf-8")
    (root / "page.html").write_text(
        "<html><head><title>Hostile <b>page</b></title><script>alert('head')</script></head><body>"
        "<article><h1>Protest in Lahore</h1><p>ISLAMABAD: PTI on Tuesday announced a protest against rigging in "
        "Lahore, leaders said, and <a href='javascript:alert(1)'>this link</a> is hostile.</p>"
        "<p>The party said it would also go to court over the results of the February 8 elections.</p>"
        "</article><script>alert('body')</script></body></html>", encoding="utf-8")
    (root / "xss.txt").write_text(
        f" date 2024-02-14 ISLAMABAD: PTI on Tuesday staged a protest {XSS} against rigging, its leaders said.\n",
        encoding="utf-8")
    (root / "dates.txt").write_text(
        " date 2024-02-14 The court met on February 31, 2024 and again in the year 99999, and on 2024-13-45.\n",
        encoding="utf-8")
    seed = (SEEDS / "001_50c01fac60ecce8f.txt").read_text(encoding="utf-8")
    (root / "copy-a.txt").write_text(seed, encoding="utf-8")
    (root / "copy-b.txt").write_text(seed, encoding="utf-8")
    near = seed.replace("ISLAMABAD:", "Site header\n\nISLAMABAD:").replace("Read More:", "See also:")
    (root / "copy-near.txt").write_text(near + "\nOne more paragraph added by another outlet.\n", encoding="utf-8")
    return root


def every_file(root) -> set[str]:
    names = set()
    for dirpath, dirnames, filenames in os.walk(root):
        rel = os.path.relpath(dirpath, root)
        for name in filenames + [d for d in dirnames if os.path.islink(os.path.join(dirpath, d))]:
            names.add(name if rel == "." else f"{rel}/{name}")
    return names


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    return make_hostile_folder(tmp_path_factory.mktemp("hostile") / "articles")


def run(*args, **kwargs):
    return subprocess.run([sys.executable, "-m", "dashboard", *args], cwd=REPO, capture_output=True, text=True,
                          timeout=300, **kwargs)


def test_every_command_survives_and_lists_every_file(hostile, tmp_path):
    result = run("articles", "--seeds", str(hostile), "--no-cache")
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr[-2000:]
    rows = {r["article"]: r for r in map(json.loads, result.stdout.splitlines())}
    assert every_file(hostile) <= set(rows), every_file(hostile) - set(rows)
    for row in rows.values():
        assert row["status"] in {"ok", "warning", "error"}
        assert row["status"] == "ok" or row["problems"], row
    assert rows["zero.txt"]["status"] == "error" and rows["binary.txt"]["status"] == "error"
    assert "windows-1252" in " ".join(rows["invalid-utf8.txt"]["problems"]).lower()
    assert "only the first" in " ".join(rows["fifty-megabytes.txt"]["problems"])
    assert "same text as copy-a.txt" in " ".join(rows["copy-b.txt"]["problems"])
    assert "near copy" in " ".join(rows["copy-near.txt"]["problems"])
    assert rows["copy-b.txt"]["n_events"] == 0 and rows["copy-a.txt"]["n_events"] > 0
    assert "impossible date" in " ".join(rows["dates.txt"]["problems"])
    assert any(name.startswith("Café report") for name in rows)
    for command in ("events", "tallies"):
        out = run(command, "--seeds", str(hostile), "--format", "csv")
        assert out.returncode == 0 and "Traceback" not in out.stderr
    events = run("events", "--seeds", str(hostile)).stdout
    assert "99999" not in events
    export = run("export", "--seeds", str(hostile), "--out", str(tmp_path / "x.html"))
    assert export.returncode == 0, export.stderr
    page = (tmp_path / "x.html").read_text(encoding="utf-8")
    assert "<img src=x" not in page and "<script>alert('script')" not in page


def test_csv_cells_cannot_run_as_formulas(tmp_path):
    folder = tmp_path / "a"
    folder.mkdir()
    (folder / "f.txt").write_text(" date 2024-02-14 =HYPERLINK(\"http://x\") PTI on Tuesday staged a protest.\n",
                                  encoding="utf-8")
    out = run("events", "--seeds", str(folder), "--format", "csv")
    assert ",'=HYPERLINK" in out.stdout or "\"'=HYPERLINK" in out.stdout


def test_fifty_megabyte_file_stays_within_the_memory_bound(tmp_path):
    """Files are read up to their first 2 MB, so one huge file costs little."""
    folder = tmp_path / "big"
    folder.mkdir()
    line = " date 2024-02-14 ISLAMABAD: PTI on Tuesday announced a protest against rigging, leaders said.\n"
    with (folder / "big.txt").open("w", encoding="utf-8") as handle:
        for _ in range(50 * 1024 * 1024 // (len(line) * 1000) + 1):
            handle.write(line * 1000)
    code = (f"import sys; sys.path[:0] = [{str(REPO)!r}, {str(REPO / 'scripts')!r}]\n"
            "from dashboard import load_corpus\nfrom benchmark import peak_rss_mb\n"
            f"load_corpus({str(folder)!r}, use_cache=False)\nprint(peak_rss_mb())")
    baseline = subprocess.run([sys.executable, "-c", code.replace(str(folder), str(REPO / "seeds"))],
                              capture_output=True, text=True, timeout=300)
    big = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    base_mb, big_mb = float(baseline.stdout.split()[-1]), float(big.stdout.split()[-1])
    print(f"peak memory: seeds {base_mb:.0f} MB, one 50 MB file {big_mb:.0f} MB")
    assert big_mb - base_mb < 150


@pytest.mark.browser
def test_hostile_text_is_shown_as_text_and_runs_nothing(hostile, browser):
    from conftest import serve

    from dashboard import load_corpus
    from dashboard.app import create_app

    app = create_app(corpus=load_corpus(hostile, use_cache=False))
    server, base = serve(app)
    views = app.live.views
    xss_id = views.corpus.articles.set_index("article").at["xss.txt", "id"]
    try:
        context = browser.new_context()
        page = context.new_page()
        problems = []
        page.on("dialog", lambda d: (problems.append(f"dialog: {d.message}"), d.dismiss()))
        page.on("pageerror", lambda e: problems.append(str(e)))
        page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
        page.goto(base + f"/article/{xss_id}")
        page.wait_for_selector("#article-text p")
        text = page.locator("#article-text").inner_text()
        assert "<script>alert('script')</script>" in text and "<img src=x onerror=alert('img')>" in text
        assert page.locator("#article-text img, #article-text script").count() == 0
        hrefs = page.eval_on_selector_all("a[href]", "as => as.map(a => a.getAttribute('href'))")
        assert all(h.startswith(("/", "http://", "https://")) for h in hrefs), hrefs
        page.goto(base + "/?q=protest")
        page.wait_for_selector("#table td")
        # the table lists labels; the detail panel shows the sentences
        page.locator("#table td", has_text="staged a protest").first.click()
        page.wait_for_selector("#detail-sources li")
        assert "<img src=x" in page.locator("#detail").inner_text()
        page.goto(base + "/problems")
        page.wait_for_selector("#problems-table")
        assert "copy-b.txt" in page.locator("#problems-table").inner_text()
        page.wait_for_timeout(500)
        assert problems == []
        context.close()
    finally:
        server.shutdown()
    shutil.rmtree(hostile, ignore_errors=True)
