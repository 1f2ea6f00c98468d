"""The wiring: `create_app(settings)` builds the Dash app (layout, routes, callbacks,
security) for one Settings value.  `get_app()` builds the process's app once, from the
environment (the WSGI entry, dashboard/app.py, hands its `server` to gunicorn)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from urllib.parse import urlsplit

from dash import Dash, dcc, html
from flask import Response, has_request_context, jsonify, request

from .. import settings as settings_module
from .. import urls
from ..corpus import LOADER_VERSION, Corpus, CorpusError, load_corpus
from ..settings import Settings
from ..story import StoryError, load_story
from . import callbacks, editing, security
from .live import LiveCorpus, LoadProgress
from .pages import chronology

ASSETS = settings_module.REPO_DIR / "assets"

# Every page declares its language (screen readers pick their voice by it).
INDEX_STRING = """<!DOCTYPE html>
<html lang="en">
    <head>
        {%metas%}
        <title>{%title%}</title>
        {%favicon%}
        {%css%}
    </head>
    <body>
        {%app_entry%}
        <footer>
            {%config%}
            {%scripts%}
            {%renderer%}
        </footer>
    </body>
</html>"""


def create_app(settings: Settings | None = None, *, folder=None, corpus: Corpus | None = None,
               use_cache: bool | None = None, reload_seconds: float | None = None, background: bool = False,
               extra_controls: Callable | None = None) -> Dash:
    """Build the Dash app for `settings` (or an already loaded corpus).  The keyword
    arguments `folder`, `use_cache` and `reload_seconds` override the settings (tests and
    scripts use them).  With `background`, the folder is read in a background thread
    started by `app.live.start()` (or the first request) and the app answers at once; a
    prebuilt corpus (`python -m dashboard build`) is loaded here instead, since that takes
    seconds.  `extra_controls(views, happening)` adds components to the detail panel."""
    if settings is not None and not isinstance(settings, Settings):
        folder, settings = folder or settings, None  # the earlier create_app(folder, ...)
    settings = settings or Settings.from_environ()
    overrides = {k: v for k, v in (("articles_folder", Path(folder) if folder else None), ("use_cache", use_cache),
                                   ("reload_seconds", reload_seconds)) if v is not None}
    if corpus is not None and not folder:
        overrides["articles_folder"] = Path(corpus.folder)
    settings = replace(settings, **overrides)
    folder = settings.articles_folder
    try:
        story = corpus.story if corpus is not None else load_story(settings.story_folder)
    except StoryError as exc:
        raise SystemExit(f"error: {exc}") from None
    title = settings.title or story.title
    if corpus is None:
        if not folder.exists():
            raise SystemExit(f"error: folder not found: {folder}")
        if not folder.is_dir():
            raise SystemExit(f"error: not a folder: {folder}")
        if not background or settings_module.prebuilt_is_fresh(folder):
            progress = LoadProgress(0)
            try:
                corpus = load_corpus(folder, story=story, use_cache=settings.use_cache, progress=progress,
                                     cache_dir=settings.cache_dir)
            except CorpusError as exc:
                raise SystemExit(f"error: {exc}") from None
            if background:  # the web process: say what it read, as the reading commands do
                print(progress.summary(len(corpus.articles)), file=sys.stderr, flush=True)
    live = LiveCorpus(corpus.folder if corpus is not None else folder, use_cache=settings.use_cache,
                      interval=settings.reload_seconds, corpus=corpus, story=story, title=title,
                      cache_dir=settings.cache_dir)
    app = Dash(__name__, assets_folder=str(ASSETS), title=title, update_title=None,
               suppress_callback_exceptions=True, serve_locally=True)
    app.index_string = INDEX_STRING
    app.live, app.settings = live, settings
    app.detail_controls = extra_controls or editing.happening_controls
    # A function, so every page load shows the corpus as it is now.
    app.layout = lambda: page_layout(live)
    callbacks.register(app, live)
    register_routes(app, live)
    editing.register(app, app.server, live)  # corrections: sign-in, edit forms, /audit, corrected views
    security.install(app, live, settings.frame_ancestors)
    security.setup_dash_now(app)
    return app


def register_routes(app: Dash, live: LiveCorpus) -> None:
    """Every Flask route beside Dash's pages.  Features that add routes (the editors'
    pages) register them here."""
    server = app.server

    @server.route("/healthz")
    def healthz():
        status = live.status()
        code = {"ok": 200, "loading": 200, "error": 503}[status["status"]]
        return jsonify(**status, loader_version=LOADER_VERSION), code

    @server.route(urls.CHRONOLOGY + ".md")
    @server.route(urls.CHRONOLOGY + ".csv")
    def chronology_download():
        views = live.views
        if views is None:
            return Response("The articles are still being read; try again in a moment.\n", 503,
                            mimetype="text/plain")
        kind = "md" if request.path.endswith(".md") else "csv"
        text, media = chronology.download(views, "?" + request.query_string.decode("utf-8", "replace")[:20000],
                                          kind)
        response = Response(text, mimetype=media.split(";")[0])
        response.headers["Content-Type"] = media
        response.headers["Content-Disposition"] = f'attachment; filename="chronology.{kind}"'
        return response


def page_layout(live: LiveCorpus) -> html.Div:
    views = live.views
    title = live.title or (views.title if views is not None else "News timeline")
    header = [html.H1(dcc.Link(title, href=urls.TIMELINE))]
    if views is not None and _from_embed():
        return html.Div([dcc.Location(id="url", refresh=False), html.Main(id="page")], className="app embedded")
    if views is None:
        return html.Div([html.Header(header, className="app-header"), html.Div([
            html.H2("Loading the articles"),
            html.P(live.loading_text(), id="loading-status", role="status"),
            html.P("This page opens the timeline by itself when they are read.", className="hint"),
            dcc.Interval(id="loading-tick", interval=1000), dcc.Store(id="loading-done", data=False),
        ], className="panel empty-state", id="loading")], className="app")
    return html.Div([
        dcc.Location(id="url", refresh=False),
        html.Header([*header, views.summary()], className="app-header"),
        html.Main(id="page"),
    ], className="app")


def _from_embed() -> bool:
    """The layout is fetched by the page's script: its referrer is the page's own URL.
    /embed shows no site header (the chart alone, for an iframe)."""
    if not has_request_context() or not request.referrer:
        return False
    return urlsplit(request.referrer).path == urls.EMBED


_app: Dash | None = None


def get_app() -> Dash:
    """The process's app, built once from the environment's settings."""
    global _app
    if _app is None:
        _app = create_app(Settings.from_environ(), background=True)
    return _app
