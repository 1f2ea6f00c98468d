"""Score the loader on a folder of articles against a hand-annotated gold file.

    python scripts/score.py --seeds tests/data/dev --gold tests/data/dev_events.jsonl [--misses] [--json]

Prints the bars of issue 10 (dates found, text-dated events at an annotated date, types, statuses,
publication dates), the happenings pair rates of issue 11 and the not-events that appear; with
--misses, each miss (file, date, cue, and what was found instead) for error analysis."""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO), str(REPO / "tests")]

from scoring import read_gold, score  # noqa: E402

BARS = [("dates_found", "gold events found at their date and precision", "found", "gold_events"),
        ("text_dated_at_annotated", "text-dated events at an annotated date", "at_annotated", "text_dated"),
        ("types_right", "types right among matched events", None, "typed"),
        ("statuses_right", "statuses right among matched events", None, "statused"),
        ("published_right", "publication dates right", "published_right_count", "articles"),
        ("happenings_same", "same gold happening, same loader happening", None, "same_pairs"),
        ("happenings_apart", "different gold happenings kept apart", None, "apart_pairs")]


def _percent(value) -> str:
    return "  n/a" if value is None else f"{value:6.1%}"


def print_scores(result: dict, out=sys.stdout) -> None:
    for key, text, right, total in BARS:
        value = result[key]
        count = f"{result[right]}/{result[total]}" if right else f"of {result[total]}"
        print(f"{_percent(value)}  {text} ({count})", file=out)
    print(f"{result['not_events_violated']:>6}  not-events found (of {result['not_events']})", file=out)


def print_misses(misses: dict, out=sys.stdout) -> None:
    sections = {
        "dates": lambda m: f"{m['file']}: {m['date']} ({m['precision']}, {m['status']}) cue {m['cue']!r}"
                           f" -> found instead {m['instead'] or 'nothing with that cue'}",
        "extra": lambda m: f"{m['file']}: {m['date']} ({m['precision']}) cue {m['cue']!r} in {m['sentence']!r}",
        "types": lambda m: f"{m['file']}: {m['date']} cue {m['cue']!r} gold {m['gold']} got {m['got']}",
        "statuses": lambda m: f"{m['file']}: {m['date']} cue {m['cue']!r} gold {m['gold']} got {m['got']}",
        "published": lambda m: f"{m['file']}: gold {m['gold']} got {m['got']} (from {m['from']})",
        "happenings_split": lambda m: f"{m['happening']}: {m['a']} | {m['b']}",
        "happenings_merged": lambda m: f"{m['happenings']}: {m['a']} | {m['b']}",
        "not_events": lambda m: f"{m['file']}: {m['date']} ({m['why']}) cue {m['cue']!r} in {m['sentence']!r}",
    }
    for name, line in sections.items():
        print(f"\n== {name} ({len(misses[name])})", file=out)
        for miss in misses[name]:
            print("  " + line(miss), file=out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", required=True, help="folder of articles")
    parser.add_argument("--gold", required=True, help="gold JSONL, one record per article")
    parser.add_argument("--misses", action="store_true", help="list every miss")
    parser.add_argument("--json", action="store_true", help="print the result as JSON instead")
    args = parser.parse_args(argv)
    if not Path(args.seeds).is_dir() or not Path(args.gold).is_file():
        print("error: --seeds must be a folder and --gold a file", file=sys.stderr)
        return 2
    # never read or write the user's cache
    os.environ.setdefault("DASHBOARD_CACHE_DIR", tempfile.mkdtemp(prefix="score-cache-"))
    from dashboard import load_corpus

    result = score(load_corpus(args.seeds, use_cache=False), read_gold(args.gold))
    if args.json:
        print(json.dumps(result if args.misses else {k: v for k, v in result.items() if k != "misses"},
                         ensure_ascii=False, indent=1, default=str))
        return 0
    print_scores(result)
    if args.misses:
        print_misses(result["misses"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
