"""The WSGI entry: `dashboard.app:server` for gunicorn (built on first access from the
environment's settings), and the names scripts and tests import.  The web app itself
lives in dashboard/web/ (see its __init__ for the tour)."""

from __future__ import annotations

from .web.app import create_app, get_app, page_layout
from .web.components import highlight, joined, not_found, user_text
from .web.live import LiveCorpus, LoadProgress, one_reader_at_a_time
from .web.security import content_security_policy, setup_dash_now
from .web.views import Views, csv_text, sort_rows, table_rows, zoom_window
from .web.widgets import filters_from_values, values_from_filters


def __getattr__(name: str):
    # `from dashboard.app import server` (gunicorn) builds the app on first use.
    if name == "app":
        return get_app()
    if name == "server":
        return get_app().server
    raise AttributeError(name)


__all__ = ["create_app", "get_app", "page_layout", "Views", "LiveCorpus", "LoadProgress", "one_reader_at_a_time",
           "content_security_policy", "setup_dash_now", "csv_text", "sort_rows", "table_rows", "zoom_window",
           "filters_from_values", "values_from_filters", "highlight", "joined", "not_found", "user_text"]
