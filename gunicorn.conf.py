"""Production settings for the web process (Heroku, Render and other PaaS).
Every value can be overridden by the platform's environment."""

import os

# The router sends traffic to $PORT on all interfaces.
bind = f"0.0.0.0:{os.environ.get('PORT', '8000')}"

# Workers: $WEB_CONCURRENCY, as PaaS dynos set it from their memory size.
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
threads = int(os.environ.get("GUNICORN_THREADS", "2"))

# Load the articles once in the master, then fork: workers share the corpus
# pages copy-on-write and boot instantly (the router allows 60 s for boot).
preload_app = True

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
