"""Speed and memory of the loader and the server, measured against baselines in the
same run (these machines are shared and noisy: compare ratios, not absolute times).

    python scripts/benchmark.py [--articles 10000] [--write BENCHMARKS.md]
    python scripts/benchmark.py --scaling [--sentences 1000 2000 5000 10000 20000]
        [--corpus-sizes 1000 2000 4000] [--boot-sizes 10000 30000] [--write BENCHMARKS.md]

Measures: cold ingest (one process and all cores), warm start from the cache, the
same files through dateparser.search.search_dates, peak memory of a server process at
100,000 events, filter-change latency p50/p95 at 10,000 and 100,000 events, figure
JSON size, page load in headless Chromium, and the Procfile web process boot time on
one core.

--scaling measures how cost grows instead: parse time of one single-paragraph article
against its number of dated sentences (linear means 20k costs 20 times 1k), cold
ingest against the number of articles, and the Procfile web process on one core at
large corpora, with and without a corpus prebuilt by `python -m dashboard build`: the
time until it answers and until it serves the corpus.  It writes (or replaces) the
"## Scaling" section of the --write file."""

from __future__ import annotations

import argparse
import json
import logging
import os
import platform
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "scripts"))

import pandas as pd  # noqa: E402
import plotly.io as pio  # noqa: E402
from make_corpus import make_corpus  # noqa: E402

from dashboard import load_corpus  # noqa: E402
from dashboard.app import Views, create_app  # noqa: E402
from dashboard.corpus import Corpus  # noqa: E402
from dashboard.filters import Filters  # noqa: E402
from dashboard.story import default_story  # noqa: E402

CHROMIUM = os.environ.get("DASH_TEST_CHROMEPATH", "/usr/bin/chromium")


def timed(fn):
    started = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - started


def fresh_cache() -> str:
    path = tempfile.mkdtemp(prefix="bench-cache-")
    os.environ["DASHBOARD_CACHE_DIR"] = path
    return path


def search_dates_rate(files: list[Path], languages: list[str] | None) -> float:
    """The naive baseline: dateparser's search over each whole file (the first call,
    which loads dateparser's data, is not counted)."""
    from dateparser.search import search_dates

    texts = [f.read_text(encoding="utf-8", errors="replace") for f in files]
    search_dates(texts[0], languages=languages)
    _, seconds = timed(lambda: [search_dates(t, languages=languages) for t in texts])
    return len(texts) / seconds


def seeds_ratio(rounds: int = 10) -> dict:
    """The repository's own seed articles: our parser and search_dates(languages=['en'])."""
    from dateparser.search import search_dates

    from dashboard.corpus import parse_article
    from dashboard.reading import discover

    sources = discover(REPO / "seeds")
    texts = [s.text for s in sources]
    [parse_article(s) for s in sources], [search_dates(t, languages=["en"]) for t in texts]  # warm both
    _, ours = timed(lambda: [parse_article(s) for _ in range(rounds) for s in sources])
    _, theirs = timed(lambda: [search_dates(t, languages=["en"]) for t in texts for _ in range(2)])
    return {"ours": rounds * len(sources) / ours, "baseline": 2 * len(texts) / theirs}


STAGES = {  # where parse time goes: our functions, by the stage they belong to
    "date expressions (find and resolve)": ("dates.py", "find_dates"),
    "events: typing and actors": ("events.py", "sentence_events"),
    "actor search": ("actors.py", "find"),
    "page layout and boilerplate": ("layout.py", "analyse"),
    "seat tallies": ("tallies.py", "read"),
    "sentence splitting": ("sentences.py", "split_sentences"),
    "tokenising": ("phrases.py", "tokenize"),
}


def profile_breakdown(files: list[Path]) -> dict:
    """Share of single-process parse time per stage (cProfile, cumulative)."""
    import cProfile
    import pstats

    from dashboard.corpus import parse_article
    from dashboard.dates import parse_date_string
    from dashboard.reading import read_file

    sources = [read_file(f, f.name) for f in files]
    [parse_article(s) for s in sources[: len(sources) // 2]]  # warm the memos
    # dateparser loads its locale data at its first use, a fraction of a second once per process;
    # most dates no longer reach it, so the warm-up half may not have paid for it: pay it here,
    # not in the profiled half's page layout, where a rare fallback would call it first.
    parse_date_string("8 February 2024")
    profiler = cProfile.Profile()
    profiler.enable()
    for s in sources[len(sources) // 2:]:
        parse_article(s)
    profiler.disable()
    stats = pstats.Stats(profiler).stats
    total = next(v[3] for k, v in stats.items() if k[2] == "parse_article")
    shares = {}
    for stage, (filename, function) in STAGES.items():
        shares[stage] = sum(v[3] for k, v in stats.items() if k[0].endswith(filename) and k[2] == function) / total
    shares["per article (profiled)"] = total / (len(sources) - len(sources) // 2)
    return shares


def scaled_events(events: pd.DataFrame, n: int) -> pd.DataFrame:
    """Exactly n events: a sample, or copies with new ids spread over later weeks."""
    if len(events) >= n:
        return events.sample(n, random_state=1).reset_index(drop=True)
    parts, copy = [events], 1
    while sum(len(p) for p in parts) < n:
        shifted = events.copy()
        shifted["event_id"] = shifted["event_id"] + f"~{copy}"
        shifted["happening"] = shifted["happening"] + f"~{copy}"
        shifted["date"] = shifted["date"] + pd.Timedelta(weeks=copy)
        shifted["date_end"] = shifted["date_end"] + pd.Timedelta(weeks=copy)
        parts.append(shifted)
        copy += 1
    return pd.concat(parts, ignore_index=True).iloc[:n]


def random_filters(rng: random.Random, views: Views) -> Filters:
    actors = views.actor_names or ["PTI"]
    start = date(2024, 2, 1) + timedelta(days=rng.randrange(0, 90))
    return Filters(
        date_from=start if rng.random() < 0.4 else None,
        date_to=start + timedelta(days=rng.randrange(3, 60)) if rng.random() < 0.3 else None,
        actors=tuple(rng.sample(actors, rng.randrange(0, 3))),
        types=tuple(rng.sample(default_story().type_names, rng.randrange(0, 4))),
        query=rng.choice(["", "", "", "rigging", "court", "coalition government"]),
        text_dated_only=rng.random() < 0.3, lanes=rng.choice(["type", "type", "actor"]))


def latency(corpus: Corpus, n_events: int, rounds: int = 60) -> dict:
    """Server side of a filter change: filtering, figures, table page, JSON for the browser."""
    events = scaled_events(corpus.events, n_events)
    views = Views(Corpus(corpus.folder, corpus.articles, events, corpus.tallies, corpus.texts, corpus.paragraphs))
    rng = random.Random(3)
    times, sizes = [], []
    for i in range(rounds + 5):
        f = Filters() if i % 10 == 0 else random_filters(rng, views)
        started = time.perf_counter()
        v = views.view(f)
        figure_json = pio.to_json(v["figure"], validate=False)
        payload = figure_json + json.dumps(v["rows"]) + pio.to_json(v["tallies"], validate=False)
        elapsed = time.perf_counter() - started
        if i >= 5:  # the first calls warm caches
            times.append(elapsed * 1000)
            sizes.append(len(figure_json))
        if i == 0:
            all_events_size = len(figure_json)
        del payload
    times.sort()
    return {"events": len(events), "p50_ms": statistics.median(times),
            "p95_ms": times[int(0.95 * (len(times) - 1))], "max_figure_kb": max(sizes) / 1024,
            "all_events_figure_kb": all_events_size / 1024}


def memory_of_server_process(folder: Path, n_events: int) -> float:
    """Peak resident memory (MB) of a process that loads the corpus at n_events and serves views."""
    code = f"""
import sys
sys.path[:0] = [{str(REPO)!r}, {str(REPO / 'scripts')!r}]
from benchmark import latency, peak_rss_mb
from dashboard import load_corpus
corpus = load_corpus({str(folder)!r})
latency(corpus, {n_events}, rounds=20)
print(peak_rss_mb())
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=900, env=os.environ)
    if out.returncode != 0:
        raise RuntimeError(out.stderr[-2000:])
    return float(out.stdout.strip().splitlines()[-1])


def peak_rss_mb() -> float:
    """This process's peak resident memory.  VmHWM belongs to the process's own memory
    map; ru_maxrss would also count the parent's memory at fork time."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def bare_python_memory() -> float:
    code = (f"import sys; sys.path[:0] = [{str(REPO)!r}, {str(REPO / 'scripts')!r}]; import dashboard.app; "
            "from benchmark import peak_rss_mb; print(peak_rss_mb())")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=120)
    return float(out.stdout.strip().splitlines()[-1])


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def boot_seconds(folder: Path, cache: str) -> float:
    """Start the Procfile web command on one core; seconds until /healthz answers."""
    command = next(line.split(":", 1)[1].strip() for line in (REPO / "Procfile").read_text().splitlines()
                   if line.startswith("web:"))
    port = free_port()
    env = {**os.environ, "PORT": str(port), "WEB_CONCURRENCY": "1", "DASHBOARD_ARTICLES": str(folder),
           "DASHBOARD_CACHE_DIR": cache}
    taskset = ["taskset", "-c", "0"] if shutil.which("taskset") else []
    started = time.perf_counter()
    process = subprocess.Popen([*taskset, "bash", "-c", command], cwd=REPO, env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        while time.perf_counter() - started < 300:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2).read()
                return time.perf_counter() - started
            except OSError:
                time.sleep(0.2)
        return float("inf")
    finally:
        os.killpg(process.pid, 15)
        process.wait(timeout=30)


def page_load_seconds(corpus: Corpus) -> float:
    """Headless Chromium: from navigation to the timeline's markers on screen."""
    from playwright.sync_api import sync_playwright
    from werkzeug.serving import make_server

    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    app = create_app(corpus=corpus)
    server = make_server("127.0.0.1", 0, app.server, threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu",
                                                                        "--disable-background-networking"])
            page = browser.new_page()
            # drawn = plotly holds data and has painted it (SVG points or, for counts, WebGL)
            drawn = ("() => { const g = document.querySelector('#timeline .js-plotly-plot');"
                     " return !!(g && g.data && g.data.length && g.querySelector('.scatterlayer .point, .gl-container canvas'))"
                     " && !!document.querySelector('#table td'); }")
            page.goto(f"http://127.0.0.1:{server.server_port}/")  # warm the server's first render
            page.wait_for_function(drawn, timeout=60000)
            started = time.perf_counter()
            page.goto(f"http://127.0.0.1:{server.server_port}/?lanes=type")
            page.wait_for_function(drawn, timeout=60000)
            seconds = time.perf_counter() - started
            browser.close()
            return seconds
    finally:
        server.shutdown()


# --- scaling -------------------------------------------------------------------------

SCALING_ACTORS = ["PTI", "PML-N", "PPP", "JI", "the ECP", "MQM-P", "Imran Khan", "Bilawal Bhutto Zardari"]
SCALING_VERBS = ["met", "criticised", "wrote to", "held talks with", "protested against", "congratulated"]


def one_paragraph_article(sentences: int) -> str:
    """`sentences` short dated sentences in a single paragraph (the worst case for any
    work done per sentence over its paragraph's dates)."""
    rng = random.Random(sentences)
    parts = []
    for i in range(sentences):
        day = date(2023, 1, 1) + timedelta(days=i % 700)
        parts.append(f"{rng.choice(SCALING_ACTORS)} {rng.choice(SCALING_VERBS)} {rng.choice(SCALING_ACTORS)} "
                     f"on {day:%B} {day.day}, {day.year}.")
    return " date 2024-12-31\n\n" + " ".join(parts) + "\n"


def article_size_scaling(sizes: list[int]) -> list[dict]:
    from dashboard.corpus import parse_article
    from dashboard.reading import SourceFile

    warm = one_paragraph_article(1000)  # the first parse loads data files and fills memos for every date used
    parse_article(SourceFile(Path("warm.txt"), "warm.txt", "text", text=warm, size=len(warm)))
    rows = []
    for n in sizes:
        text = one_paragraph_article(n)
        source = SourceFile(Path(f"one-paragraph-{n}.txt"), f"one-paragraph-{n}.txt", "text", text=text,
                            size=len(text.encode()))
        parsed, seconds = timed(lambda source=source: parse_article(source))
        rows.append({"sentences": n, "kb": len(text.encode()) / 1024, "seconds": seconds,
                     "events": len(parsed.events), "problems": parsed.article["problems"]})
        print(f"  {n} sentences: {seconds:.2f} s, {len(parsed.events)} events", file=sys.stderr)
    return rows


def corpus_size_scaling(work: Path, sizes: list[int]) -> list[dict]:
    warm = make_corpus(work / "corpus-warm", 1000)
    load_corpus(warm, use_cache=False, workers=1)  # loads data files and fills memos
    rows = []
    for n in sizes:
        folder = make_corpus(work / f"corpus-{n}", n)
        _, seconds = timed(lambda folder=folder: load_corpus(folder, use_cache=False, workers=1))
        rows.append({"articles": n, "seconds": seconds})
        print(f"  {n} articles: {seconds:.1f} s", file=sys.stderr)
        shutil.rmtree(folder, ignore_errors=True)
    return rows


def web_process_times(folder: Path, cache: str, limit: float = 600) -> dict:
    """The Procfile web command (one worker) on one core: seconds until /healthz answers
    at all, and until it says the corpus is served."""
    command = next(line.split(":", 1)[1].strip() for line in (REPO / "Procfile").read_text().splitlines()
                   if line.startswith("web:"))
    port = free_port()
    env = {**os.environ, "PORT": str(port), "WEB_CONCURRENCY": "1", "DASHBOARD_ARTICLES": str(folder),
           "DASHBOARD_CACHE_DIR": cache}
    taskset = ["taskset", "-c", "0"] if shutil.which("taskset") else []
    started = time.perf_counter()
    process = subprocess.Popen([*taskset, "bash", "-c", command], cwd=REPO, env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL, start_new_session=True)
    times = {"answers_s": float("inf"), "serves_s": float("inf")}
    try:
        while time.perf_counter() - started < limit:
            try:
                body = json.loads(urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=5).read())
                elapsed = time.perf_counter() - started
                times["answers_s"] = min(times["answers_s"], elapsed)
                if body.get("status") == "ok":
                    times["serves_s"] = elapsed
                    return times
            except OSError:
                pass
            time.sleep(0.1)
        return times
    finally:
        os.killpg(process.pid, 15)
        process.wait(timeout=60)


def boot_scaling(work: Path, sizes: list[int]) -> list[dict]:
    rows = []
    taskset = ["taskset", "-c", "0"] if shutil.which("taskset") else []
    for n in sizes:
        folder = make_corpus(work / f"boot-{n}", n)
        print(f"  {n} articles, no prebuilt corpus...", file=sys.stderr)
        cold = web_process_times(folder, tempfile.mkdtemp(prefix="bench-cold-"))
        cache = tempfile.mkdtemp(prefix="bench-prebuilt-")
        print(f"  {n} articles, python -m dashboard build...", file=sys.stderr)
        env = {**os.environ, "DASHBOARD_CACHE_DIR": cache}
        _, build_s = timed(lambda folder=folder, env=env: subprocess.run(
            [*taskset, sys.executable, "-m", "dashboard", "build", "--seeds", str(folder)], cwd=REPO, env=env,
            capture_output=True, check=True, timeout=3600))
        print(f"  {n} articles, prebuilt...", file=sys.stderr)
        prebuilt = web_process_times(folder, cache)
        rows.append({"articles": n, "cold": cold, "build_s": build_s, "prebuilt": prebuilt})
        print(f"  {rows[-1]}", file=sys.stderr)
        shutil.rmtree(folder, ignore_errors=True)
        shutil.rmtree(cache, ignore_errors=True)
    return rows


def render_scaling(r: dict, command: str) -> str:
    lines = ["## Scaling", "", f"Measured {datetime.now(UTC):%Y-%m-%d %H:%M} UTC on {machine()}. Command: "
             f"`{command}`.", ""]
    if r.get("article"):
        first = r["article"][0]
        lines += ["Parse time of one article against its size: a single paragraph of short dated sentences "
                  "(\"PTI met PPP on March 3, 2023.\"), parsed once in one process. Linear cost means the "
                  "time ratio equals the size ratio.", "",
                  "| sentences | size | time | time ratio to the first | size ratio | events | problems |",
                  "|---|---|---|---|---|---|---|"]
        for row in r["article"]:
            lines.append(f"| {row['sentences']:,} | {row['kb']:.0f} KB | {row['seconds']:.2f} s | "
                         f"{row['seconds'] / first['seconds']:.1f}× | {row['sentences'] / first['sentences']:.0f}× | "
                         f"{row['events']:,} | {'; '.join(row['problems']) or '–'} |")
        last = r["article"][-1]
        lines += ["", f"{last['sentences']:,} sentences cost **{last['seconds'] / first['seconds']:.0f}×** the time of "
                  f"{first['sentences']:,} (linear: {last['sentences'] / first['sentences']:.0f}×).", ""]
    if r.get("corpus"):
        first = r["corpus"][0]
        lines += ["Cold ingest against corpus size (`scripts/make_corpus.py` articles, one process, no cache):", "",
                  "| articles | time | per article | time ratio | size ratio |", "|---|---|---|---|---|"]
        for row in r["corpus"]:
            lines.append(f"| {row['articles']:,} | {row['seconds']:.1f} s | {row['seconds'] / row['articles'] * 1000:.1f} ms"
                         f" | {row['seconds'] / first['seconds']:.1f}× | {row['articles'] / first['articles']:.0f}× |")
        lines.append("")
    if r.get("boot"):
        lines += ["The Procfile web process (one worker) on one core (`taskset -c 0`): seconds from start until "
                  "`/healthz` answers, and until it answers `\"status\": \"ok\"` (the corpus is served; before "
                  "that pages show \"Loading n of N articles\"). \"Prebuilt\" ran `python -m dashboard build` "
                  "first (its time on one core is given), as a release or build step would.", "",
                  "| articles | no prebuilt: answers | no prebuilt: serves | build step | prebuilt: answers "
                  "| prebuilt: serves | target |", "|---|---|---|---|---|---|---|"]
        for row in r["boot"]:
            cold, pre = row["cold"], row["prebuilt"]
            lines.append(f"| {row['articles']:,} | {cold['answers_s']:.1f} s | {cold['serves_s']:.1f} s | "
                         f"{row['build_s']:.0f} s | {pre['answers_s']:.1f} s | {pre['serves_s']:.1f} s | "
                         "answers < 60 s |")
        lines.append("")
    return "\n".join(lines)


def write_section(path: Path, section: str) -> None:
    """Put `section` (starting "## Title") in `path`, replacing a section of that title."""
    old = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    title = section.split("\n", 1)[0]
    if title in old:
        start = old.index(title)
        end = old.find("\n## ", start + len(title))
        old = old[:start] + old[end + 1:] if end != -1 else old[:start]
    path.write_text(old.rstrip("\n") + "\n\n" + section, encoding="utf-8")


def scaling_main(args) -> None:
    work = Path(tempfile.mkdtemp(prefix="bench-scaling-"))
    fresh_cache()
    results = {}
    try:
        if args.sentences:
            print("article size...", file=sys.stderr)
            results["article"] = article_size_scaling(args.sentences)
        if args.corpus_sizes:
            print("corpus size...", file=sys.stderr)
            results["corpus"] = corpus_size_scaling(work, args.corpus_sizes)
        if args.boot_sizes:
            print("boot...", file=sys.stderr)
            results["boot"] = boot_scaling(work, args.boot_sizes)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    section = render_scaling(results, " ".join(["python", "scripts/benchmark.py", *sys.argv[1:]]))
    print(section)
    if args.write:
        write_section(args.write, section)


def machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    mem = next((line.split()[1] for line in Path("/proc/meminfo").read_text().splitlines()
                if line.startswith("MemTotal")), "0")
    return f"{os.cpu_count()} cores ({cpu}), {int(mem) / 1024 / 1024:.0f} GiB, Python {platform.python_version()}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--baseline-sample", type=int, default=400)
    parser.add_argument("--write", type=Path, help="write the results as Markdown to this file")
    parser.add_argument("--skip-browser", action="store_true")
    parser.add_argument("--scaling", action="store_true", help="measure how cost grows (see above)")
    parser.add_argument("--sentences", type=int, nargs="*", default=[1000, 2000, 5000, 10000, 20000])
    parser.add_argument("--corpus-sizes", type=int, nargs="*", default=[1000, 2000, 4000])
    parser.add_argument("--boot-sizes", type=int, nargs="*", default=[10_000, 30_000])
    args = parser.parse_args()
    if args.scaling:
        scaling_main(args)
        return

    work = Path(tempfile.mkdtemp(prefix="bench-"))
    folder = make_corpus(work / "articles", args.articles)
    files = sorted(p for p in folder.rglob("*.txt") if p.stat().st_size > 0)
    seeds = load_corpus(REPO / "seeds", use_cache=False)
    results: dict = {"articles": args.articles}

    print("cold ingest, one process...", file=sys.stderr)
    fresh_cache()
    corpus, results["cold_1_s"] = timed(lambda: load_corpus(folder, workers=1))
    print("cold ingest, all cores...", file=sys.stderr)
    cache = fresh_cache()
    _, results["cold_all_s"] = timed(lambda: load_corpus(folder))
    print("warm start...", file=sys.stderr)
    _, results["warm_s"] = timed(lambda: load_corpus(folder))
    print("baseline: search_dates...", file=sys.stderr)
    sample = random.Random(5).sample(files, min(args.baseline_sample, len(files)))
    results["baseline_rate"] = search_dates_rate(sample, ["en"])
    results["baseline_default_rate"] = search_dates_rate(sample[: max(20, len(sample) // 5)], None)
    results["events"] = len(corpus.events)
    results["seeds"] = seeds_ratio()
    results["profile"] = profile_breakdown(sample[:400] if len(sample) >= 400 else files[:400])
    results["cold_1_rate"] = args.articles / results["cold_1_s"]
    results["cold_all_rate"] = args.articles / results["cold_all_s"]

    def step(name, fn):
        print(f"{name}...", file=sys.stderr)
        try:
            return fn()
        except Exception as exc:  # one failed measurement must not lose the others
            print(f"{name} failed: {exc!r}", file=sys.stderr)
            return float("nan")

    results["latency"] = step("filter latency", lambda: [latency(corpus, 10_000), latency(corpus, 100_000)])
    results["memory_bare_mb"] = step("memory, bare import", bare_python_memory)
    results["memory_100k_mb"] = step("memory at 100,000 events", lambda: memory_of_server_process(folder, 100_000))
    results["boot_seeds_s"] = step("boot on seeds", lambda: boot_seconds(REPO / "seeds", tempfile.mkdtemp()))
    results["boot_cold_s"] = step("boot, cold cache", lambda: boot_seconds(folder, tempfile.mkdtemp()))
    results["boot_warm_s"] = step("boot, warm cache", lambda: boot_seconds(folder, cache))
    if not args.skip_browser:
        results["page_seeds_s"] = step("page load, seeds", lambda: page_load_seconds(seeds))
        results["page_s"] = step("page load, corpus", lambda: page_load_seconds(corpus))
    print(json.dumps(results, default=str), file=sys.stderr)
    shutil.rmtree(work, ignore_errors=True)

    report = render(results, " ".join(["python", "scripts/benchmark.py", *sys.argv[1:]]))
    print(report)
    if args.write:
        # keep the load-test section (written from scripts/loadtest.py runs) when rewriting
        old = args.write.read_text(encoding="utf-8") if args.write.exists() else ""
        tail = old[old.index("\n## Load test"):] if "\n## Load test" in old else ""  # and what follows it
        args.write.write_text(report + tail, encoding="utf-8")


def render(r: dict, command: str) -> str:
    ratio = r["cold_1_rate"] / r["baseline_rate"]
    lines = [
        "# Benchmarks", "",
        f"Measured {datetime.now(UTC):%Y-%m-%d %H:%M} UTC on {machine()}.",
        f"Command: `{command}`. The corpus is made by `scripts/make_corpus.py` "
        f"({r['articles']:,} articles of 3–5 KB, {r['events']:,} events, about 1% broken files, "
        "30% with scraped-page boilerplate). Baselines are measured in the same run.", "",
        "## Ingest", "",
        "| measure | result | target |", "|---|---|---|",
        f"| cold ingest, one process | {r['cold_1_rate']:.0f} articles/s ({r['cold_1_s']:.1f} s) | well over 200/s |",
        f"| cold ingest, all cores | {r['cold_all_rate']:.0f} articles/s ({r['cold_all_s']:.1f} s) | |",
        f"| baseline: `search_dates(text, languages=['en'])` over a sample of the same files | {r['baseline_rate']:.1f} articles/s | |",
        f"| baseline: `search_dates(text)` (default, detects the language) | {r['baseline_default_rate']:.1f} articles/s | |",
        f"| one process vs the `languages=['en']` baseline | **{ratio:.0f}×** faster | ≥ 20× |",
        f"| all cores vs the `languages=['en']` baseline | **{r['cold_all_rate'] / r['baseline_rate']:.0f}×** faster | ≥ 20× |",
        f"| one process vs the default baseline | {r['cold_1_rate'] / r['baseline_default_rate']:.0f}× faster | |",
        f"| the seeds: one process vs `search_dates(text, languages=['en'])` | "
        f"{r['seeds']['ours']:.0f} vs {r['seeds']['baseline']:.1f} articles/s = **{r['seeds']['ours'] / r['seeds']['baseline']:.0f}×** | ≥ 20× |",
        f"| warm start from the cache | {r['warm_s']:.2f} s | < 2 s |",
        f"| Procfile web process on one core, seeds | {r['boot_seeds_s']:.1f} s to `/healthz` | |",
        f"| Procfile web process on one core, {r['articles']:,} articles, cold cache | {r['boot_cold_s']:.1f} s | < 60 s |",
        f"| Procfile web process on one core, {r['articles']:,} articles, warm cache | {r['boot_warm_s']:.1f} s | < 60 s |",
        "", "Where one process spends its parse time (cProfile, cumulative, over the second half of the "
        f"baseline sample; {r['profile']['per article (profiled)'] * 1000:.1f} ms per article under the profiler). "
        "Stages overlap: actor search and tokenising run inside events and tallies.", "",
        "| stage | share |", "|---|---|",
        *[f"| {stage} | {share:.0%} |" for stage, share in r["profile"].items() if stage != "per article (profiled)"],
        "", "## Serving", "",
        "Server side of a filter change (filter, build figures and the table page, serialise to JSON), "
        "60 random filter combinations:", "",
        "| events | p50 | p95 | largest figure sent | figure with no filter | target |", "|---|---|---|---|---|---|",
    ]
    for row in r["latency"]:
        lines.append(f"| {row['events']:,} | {row['p50_ms']:.0f} ms | {row['p95_ms']:.0f} ms | "
                     f"{row['max_figure_kb']:.0f} KB | {row['all_events_figure_kb']:.0f} KB | p95 < 150 ms, < 1 MB |")
    lines += ["", "| measure | result | target |", "|---|---|---|",
              f"| peak memory, process serving 100,000 events | {r['memory_100k_mb']:.0f} MB "
              f"(bare `import dashboard.app`: {r['memory_bare_mb']:.0f} MB) | < 500 MB |"]
    if "page_s" in r:
        lines += [f"| page load in headless Chromium, {r['articles']:,} articles | {r['page_s']:.2f} s "
                  f"(seeds: {r['page_seeds_s']:.2f} s) | |"]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()
