"""What keeps the app safe and steady: the content security policy and headers, the
request guards (dashboard/guards.py: sizes, callback values, unknown paths), and
Dash's first-request set-up done before any request."""

from __future__ import annotations

import re

from dash import Dash
from flask import request

from .. import guards, urls

ARTICLE_PATH = re.compile(r"^/article/([a-z0-9-]{1,80})$")
# and /article/ID; any other page path is a 404
PAGE_PATHS = frozenset({urls.TIMELINE, urls.PROBLEMS, urls.EMBED, urls.CHRONOLOGY})
# What each input of the page's callbacks holds: any other value is a crafted request (400).
VALUE_CHECKS = {**{(i, "value"): guards.is_text for i in ("f-from", "f-to", "f-q", "f-lanes")},
                **{(i, "value"): guards.is_text_list for i in ("f-actors", "f-types", "f-outlets", "f-dated")},
                ("selected", "data"): guards.is_text, ("main-url", "search"): guards.is_text,
                ("zoom", "data"): guards.is_text_list, ("report-figure", "data"): guards.is_mapping,
                ("viewport", "data"): guards.is_count}


def setup_dash_now(app: Dash) -> None:
    """Dash finishes its set-up (the list of scripts it may serve) on the first request
    of each process, and marks it done before it is: a second first request arriving
    meanwhile gets a 500 for react or the renderer, and the visitor a blank page.  Done
    here, once, before any request; with gunicorn's preload_app, before the workers fork,
    so every worker (a respawned one too) starts with it done."""
    app._setup_server()
    if not app.registered_paths.get("dash"):
        raise RuntimeError("Dash set-up did not register its scripts; the Dash version may have changed")


def content_security_policy(app: Dash, frame_ancestors: str) -> str:
    """A policy the app works under: scripts only from this server plus Dash's own inline
    scripts by hash; plotly needs inline styles and data:/blob: images for downloads."""
    scripts = " ".join(["'self'", *app.csp_hashes()])
    return (f"default-src 'self'; script-src {scripts}; style-src 'self' 'unsafe-inline'; "
            "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
            f"base-uri 'self'; form-action 'self'; frame-ancestors {frame_ancestors}")


def install(app: Dash, live, frame_ancestors: str) -> None:
    """Headers on every answer, the article 404, the background re-read, the guards."""
    server = app.server
    policy = content_security_policy(app, "'self'")
    embed_policy = content_security_policy(app, frame_ancestors)

    @server.after_request
    def security_headers(response):
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        # Only /embed may be framed, and only where the operator allows.
        embed = request.path == urls.EMBED
        response.headers["Content-Security-Policy"] = embed_policy if embed else policy
        if not embed:
            response.headers["X-Frame-Options"] = "SAMEORIGIN"
        return response

    @server.before_request
    def unknown_article_is_404():
        path = request.path
        if request.method == "GET" and not path.startswith(("/_dash-component-suites", "/assets", "/_favicon")):
            live.refresh()  # cheap: a due re-read (or the first read) runs in the background
        if path.startswith("/article/") or path.startswith("/article%2F"):
            m = ARTICLE_PATH.match(path)
            views = live.views
            if not m or (views is not None and views.corpus.article(m.group(1)) is None):
                return guards.not_found_response()
        return None

    guards.install(app, PAGE_PATHS, ARTICLE_PATH, VALUE_CHECKS)
