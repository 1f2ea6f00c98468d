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
    # --- corrections (issue 13): every reading command shows corrected values unless --original
    if not getattr(args, "original", False):
        from .corrections import corrected

        corpus = corrected(corpus, warn=lambda message: print(f"warning: {message}", file=sys.stderr))
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


# --- corrections (issue 13) ------------------------------------------------------------

def _database_command(handler):
    """A database that cannot be reached or used is one line and exit status 2."""
    import functools

    @functools.wraps(handler)
    def run(args) -> int:
        from sqlalchemy.exc import SQLAlchemyError

        try:
            return handler(args)
        except SQLAlchemyError as exc:
            from .corrections.db import default_url

            reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0][:200]
            print(f"error: the corrections database {_safe_url(default_url())} cannot be used: {reason}",
                  file=sys.stderr)
            return EXIT_USAGE
    return run


def _store():
    from .corrections import Store

    store = Store()
    store.upgrade()
    return store


@_database_command
def cmd_correct(args) -> int:
    """One change per option given, all checked before any is recorded."""
    from .corrections import CorrectionError, correct, current_value, date_value
    from .story import default_story

    corpus = _load(args)
    target = args.event_id
    is_happening = bool((corpus.happenings["happening_id"] == target).any())
    kind = "happening" if is_happening else "event"
    hidden = corpus.corrections.hidden
    known = is_happening or (corpus.events["event_id"] == target).any() or (hidden["event_id"] == target).any()
    if not known:
        print(f"error: unknown event id {target!r}", file=sys.stderr)
        return EXIT_USAGE
    happening = target if is_happening else next(iter(corpus.events.loc[corpus.events["event_id"] == target,
                                                                         "happening"]), None)
    wanted = []
    try:
        if args.date or args.precision:
            wanted.append((kind, target, "date", date_value(args.date, args.precision,
                                                            current_value(corpus, kind, target, "date"))))
        for name in ("type", "status", "actors"):
            if getattr(args, name) is not None:
                wanted.append((kind, target, name, getattr(args, name)))
        if args.label is not None:
            if happening is None:
                raise CorrectionError("a hidden event has no happening to label")
            wanted.append(("happening", happening, "label", args.label))
        if args.hide is not None:
            if is_happening:
                raise CorrectionError("--hide is for events")
            wanted.append(("event", target, "hide", args.hide))
        if args.split:
            wanted.append(("event", target, "split", True))
        if args.merge_into:
            wanted.append(("happening", happening, "merge", {"into": args.merge_into}))
        if not wanted:
            raise CorrectionError("nothing to change: give --date, --precision, --type, --status, --actors, "
                                  "--label, --hide, --split or --merge-into")
        store = _store()
        types = set(default_story().type_names)
        from .corrections.service import check_note, check_value
        for k, _target, name, value in wanted:  # all checked first: a bad option records nothing
            check_value(k, name, value, types)
        check_note(args.note)
        for k, t, name, value in wanted:
            change = correct(store, corpus, k, t, name, value, args.by, args.note, types=types)
            print(json.dumps(change.as_dict(), ensure_ascii=False))
    except CorrectionError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    return 0


@_database_command
def cmd_revert(args) -> int:
    from .corrections import CorrectionError

    try:
        change = _store().revert(args.change_id, args.by, args.note)
    except CorrectionError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    print(json.dumps(change.as_dict(), ensure_ascii=False))
    return 0


EDIT_COLUMNS = ["id", "at", "by", "target_kind", "target_id", "field", "before", "after", "note", "reverted_of",
                "conflict", "active"]


@_database_command
def cmd_edits(args) -> int:
    from .corrections import Store

    store = Store()
    rows = store.list_changes(args.by, args.target) if store.exists() else []
    if args.format == "csv":
        rows = [{**r, "before": json.dumps(r["before"], ensure_ascii=False),
                 "after": json.dumps(r["after"], ensure_ascii=False)} for r in rows]
    write_records(rows, args.format, columns=EDIT_COLUMNS)
    return 0


@_database_command
def cmd_user(args) -> int:
    import getpass

    from .corrections import CorrectionError

    if sys.stdin.isatty():
        password = getpass.getpass(f"password for {args.name}: ")
        again = getpass.getpass("again: ")
    else:  # scripts and tests: the password on the first line (and the same again on the second, if given)
        lines = sys.stdin.read().splitlines()
        password = lines[0] if lines else ""
        again = lines[1] if len(lines) > 1 else password
    if password != again:
        print("error: the passwords differ", file=sys.stderr)
        return EXIT_USAGE
    try:
        _store().add_user(args.name, password)
    except CorrectionError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    print(f"added editor {args.name}", file=sys.stderr)
    return 0


@_database_command
def cmd_db(args) -> int:
    from .corrections import Store

    store = Store()
    store.upgrade()
    print(f"database is up to date: {_safe_url(store.url)}", file=sys.stderr)
    return 0


def _safe_url(url: str) -> str:
    """A database URL without its password, for messages."""
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


def _correction_parsers(sub, seeds_option) -> None:
    correct = sub.add_parser("correct", help="correct one event (or happening): one change per option")
    seeds_option(correct)
    correct.add_argument("event_id", help="an event id (or a happening id)")
    correct.add_argument("--date", help="2024-02-09, 2024-02, 2024 or 2024-W07")
    correct.add_argument("--precision", help="day, week, month or year")
    correct.add_argument("--type")
    correct.add_argument("--status", help="happened or planned")
    correct.add_argument("--actors", help="comma-separated canonical names (empty: none)")
    correct.add_argument("--label", help="the label of the event's happening")
    correct.add_argument("--hide", metavar="REASON", help="hide an event that is not news")
    correct.add_argument("--split", action="store_true", help="split the event out of its happening")
    correct.add_argument("--merge-into", metavar="HAPPENING_ID", help="merge the event's happening into another")
    correct.add_argument("--by", required=True, help="who makes the correction")
    correct.add_argument("--note", default="")
    revert = sub.add_parser("revert", help="undo one correction (the revert is itself recorded)")
    revert.add_argument("change_id", type=int)
    revert.add_argument("--by", required=True)
    revert.add_argument("--note", default="")
    edits = sub.add_parser("edits", help="print the audit trail of corrections, newest first")
    edits.add_argument("--format", choices=["jsonl", "csv"], default="jsonl")
    edits.add_argument("--by", help="only this person's changes")
    edits.add_argument("--target", help="only changes of this event or happening")
    user = sub.add_parser("user", help="editor accounts")
    user_sub = user.add_subparsers(dest="action", required=True)
    add = user_sub.add_parser("add", help="add an editor (password asked on the terminal)")
    add.add_argument("name")
    database = sub.add_parser("db", help="the corrections database")
    database.add_argument("action", choices=["upgrade"], help="run the migrations")


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
        if name in ("events", "happenings"):  # corrections (issue 13)
            p.add_argument("--original", action="store_true", help="the loader's own output, without corrections")

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
    _correction_parsers(sub, seeds_option)  # corrections (issue 13)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        args = parser.parse_args(["serve", *(argv or [])])
    handlers = {"serve": cmd_serve, "events": cmd_table, "happenings": cmd_table, "articles": cmd_table,
                "tallies": cmd_table, "dates": cmd_dates, "export": cmd_export, "story": cmd_story, "build": cmd_build,
                "correct": cmd_correct, "revert": cmd_revert, "edits": cmd_edits, "user": cmd_user, "db": cmd_db}
    try:
        status = handlers[args.command](args)
    except BrokenPipeError:  # `... | head` closed the pipe; not an error
        return 0
    except KeyboardInterrupt:
        return 130
    if getattr(args, "read_summary", None):
        print(args.read_summary, file=sys.stderr)
    return status
