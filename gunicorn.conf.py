"""Production settings for the web process (Heroku, Render and other PaaS).
Every value can be overridden by the platform's environment."""

import os
from pathlib import Path

# The router sends traffic to $PORT on all interfaces.
bind = f"0.0.0.0:{os.environ.get('PORT', '8000')}"

# Workers: $WEB_CONCURRENCY, as PaaS dynos set it from their memory size.
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
threads = int(os.environ.get("GUNICORN_THREADS", "2"))

# `python -m dashboard build` (the release or build step) writes the parsed corpus to
# build/ in the repository, unless $DASHBOARD_CACHE_DIR names another folder; the web
# process reads it from the same place.
os.environ.setdefault("DASHBOARD_CACHE_DIR", str(Path(__file__).resolve().parent / "build"))

# Import the app once in the master, then fork: Dash's set-up is done before any worker
# exists, and a prebuilt corpus is loaded once and shared copy-on-write.  Without a
# prebuilt corpus nothing is read here: each worker reads the articles in the
# background and answers at once (the router allows 60 s for boot).
preload_app = True


def post_fork(server, worker):
    from dashboard.app import get_app

    get_app().live.start_in_worker()


# Below the router's 30 s request limit, so a stuck request is ended by us and
# logged, not cut by the router.
timeout = 25
graceful_timeout = 20
keepalive = 5

# Refuse oversized request lines and headers early.
limit_request_line = 8190
limit_request_fields = 100

# Access and error logs to stdout/stderr, where the platform collects them.
accesslog = "-"
errorlog = "-"
loglevel = os.environ.get("LOG_LEVEL", "info")
