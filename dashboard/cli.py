"""Command line: maps options onto the loader, the exporters and the server.
Data goes to stdout, progress and warnings to stderr."""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import date
from pathlib import Path

from . import settings
from .records import to_records, write_records

EXIT_USAGE = 2


def _load(args):
    from .corpus import CorpusError, load_corpus
    from .progress import Progress
    from .story import StoryError

    started = time.perf_counter()
    progress = Progress()
    try:
        corpus = load_corpus(args.seeds, story=getattr(args, "story", None), use_cache=not args.no_cache,
                             progress=progress)
    except (CorpusError, StoryError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE) from None
    progress.finish()
    troubled = corpus.articles[corpus.articles["status"] != "ok"]
    print(f"{len(corpus.events)} events, {len(corpus.happenings)} happenings, {len(corpus.tallies)} tallies "
          f"in {time.perf_counter() - started:.2f} s", file=sys.stderr)
    for row in troubled.itertuples():
        print(f"{row.status}: {row.article}: {'; '.join(row.problems)}", file=sys.stderr)
    args.read_summary = corpus.read_summary  # main() writes it last: the end of every reading command
    return corpus


def cmd_table(args) -> int:
    from . import schema

    corpus = _load(args)
    columns = schema.names(args.command)
    write_records(to_records(getattr(corpus, args.command)[columns], args.command), args.format, columns=columns)
    return 0


def cmd_dates(args) -> int:
    from .dates import find_dates
    from .reading import decode

    try:
        published = date.fromisoformat(args.published)
    except ValueError:
        print(f"error: --published must be a date such as 2024-02-14, not {args.published!r}", file=sys.stderr)
        return EXIT_USAGE
    if args.file:
        try:
            raw = Path(args.file).read_bytes()
        except OSError as exc:
            print(f"error: cannot read {args.file}: {exc.strerror}", file=sys.stderr)
            return EXIT_USAGE
    else:
        raw = sys.stdin.buffer.read()
    text, problem = decode(raw)
    if text is None:
        print(f"error: {problem}", file=sys.stderr)
        return EXIT_USAGE
    if problem:
        print(f"warning: {problem}", file=sys.stderr)
    for mention in find_dates(text, published, language=args.language):
        sys.stdout.write(json.dumps(mention.as_dict(), ensure_ascii=False) + "\n")
    return 0


def cmd_serve(args) -> int:
    from dataclasses import replace

    from .app import create_app

    settings.use_cache_folder()  # where `build` left a prebuilt corpus, if it did
    # The one place (with the WSGI entry) the web settings are read; options override them.
    web = replace(settings.Settings.from_environ(), articles_folder=args.seeds, story_folder=args.story,
                  use_cache=not args.no_cache)
    # Binds at once: the articles are read in the background (or loaded prebuilt).
    app = create_app(web, background=True)
    if not args.debug:  # (debug mode's reloader runs the app in a child process, which starts its own)
        app.live.start()
    app.run(host=args.host, port=args.port, debug=args.debug)
    return 0


def cmd_build(args) -> int:
    """Parse ahead of time (a PaaS release or build step): the web process then loads the
    assembled corpus in seconds instead of parsing at boot."""
    from .reading import folder_signature

    folder = settings.use_cache_folder()
    args.no_cache = False
    signature = ""
    if args.seeds.is_dir():  # (a missing folder is _load's one-line error)
        print(f"building the parsed corpus of {args.seeds} in {folder}", file=sys.stderr)
        signature = folder_signature(args.seeds)
    corpus = _load(args)  # its last line says what it read
    settings.mark_prebuilt(args.seeds, signature, len(corpus.articles))
    return 0


def cmd_export(args) -> int:
    from .export import ExportError, export_chart

    corpus = _load(args)
    try:
        written = export_chart(corpus, Path(args.out), date_from=args.date_from, date_to=args.date_to,
                               actors=args.actor, types=args.type, outlets=args.outlet, query=args.q, width=args.width,
                               height=args.height, scale=args.scale, html_mode=args.html_mode, story=corpus.story)
    except ExportError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    print(f"wrote {written}", file=sys.stderr)
    return 0


def cmd_story(args) -> int:
    from .story import StoryError, load_story

    try:
        story = load_story(args.check)
    except StoryError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    print(f"ok: {story.folder}: '{story.title}', {len(story.types)} event types, "
          f"{len(story.actor_names)} actors, {len(story.outlet_names)} outlets")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m dashboard", description=(
        "News-event timeline: read a folder of articles, print their events, or serve the dashboard."))
    sub = parser.add_subparsers(dest="command")

    def seeds_option(p):
        p.add_argument("--seeds", type=Path, default=settings.articles_folder(),
                       help="folder of articles (default: %(default)s, or $DASHBOARD_ARTICLES)")
        p.add_argument("--no-cache", action="store_true", help="read every file afresh")
        p.add_argument("--story", type=Path, default=settings.story_folder(),
                       help="story folder: actors, event types, outlets (default: the Pakistan 2024 story, "
                            "or $DASHBOARD_STORY)")

    serve = sub.add_parser("serve", help="serve the dashboard")
    seeds_option(serve)
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8050)
    serve.add_argument("--debug", action="store_true", help="Dash debug mode, for development only")

    for name, what in (("events", "dated events"), ("happenings", "happenings: the events of several reports merged"),
                       ("articles", "every file and its problems"), ("tallies", "seat tallies as reported")):
        p = sub.add_parser(name, help=f"print {what}")
        seeds_option(p)
        p.add_argument("--format", choices=["jsonl", "csv"], default="jsonl")

    export = sub.add_parser("export", help="write the timeline chart to .html, .png, .svg, .pdf or .json")
    seeds_option(export)
    export.add_argument("--out", required=True, help="file to write; the format follows the extension")
    export.add_argument("--from", dest="date_from", help="first date (YYYY-MM-DD)")
    export.add_argument("--to", dest="date_to", help="last date (YYYY-MM-DD)")
    export.add_argument("--actor", action="append", default=[], help="keep events naming this actor (repeatable)")
    export.add_argument("--type", action="append", default=[], help="keep events of this type (repeatable)")
    export.add_argument("--outlet", action="append", default=[], help="keep events reported by this outlet (repeatable)")
    export.add_argument("--q", help="keep events whose sentence holds this text")
    export.add_argument("--width", type=int, default=1200)
    export.add_argument("--height", type=int, default=700)
    export.add_argument("--scale", type=float, default=1.0)
    export.add_argument("--html-mode", choices=["inline", "cdn", "div"], default="inline",
                        help="HTML only: plotly.js inlined (works offline), from a CDN, or a <div> snippet")

    build = sub.add_parser("build", help="parse ahead of time, so that the web process boots in seconds")
    build.add_argument("--seeds", type=Path, default=settings.articles_folder(),
                       help="folder of articles (default: %(default)s, or $DASHBOARD_ARTICLES)")
    build.add_argument("--story", type=Path, default=settings.story_folder(),
                       help="story folder (default: the Pakistan 2024 story, or $DASHBOARD_STORY)")

    dates = sub.add_parser("dates", help="every date expression in a text (stdin without FILE)")
    dates.add_argument("--published", required=True, help="publication date, YYYY-MM-DD")
    dates.add_argument("--language", help="language folder of the text (en, ur...); default: by its script")
    dates.add_argument("file", nargs="?")
    story = sub.add_parser("story", help="validate a story folder")
    story.add_argument("--check", required=True, type=Path, metavar="DIR", help="the story folder to validate")
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        args = parser.parse_args(["serve", *(argv or [])])
    handlers = {"serve": cmd_serve, "events": cmd_table, "happenings": cmd_table, "articles": cmd_table,
                "tallies": cmd_table, "dates": cmd_dates, "export": cmd_export, "story": cmd_story, "build": cmd_build}
    try:
        status = handlers[args.command](args)
    except BrokenPipeError:  # `... | head` closed the pipe; not an error
        return 0
    except KeyboardInterrupt:
        return 130
    if getattr(args, "read_summary", None):
        print(args.read_summary, file=sys.stderr)
    return status
