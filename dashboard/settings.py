"""Deployment settings, read from environment variables, with defaults that work
with no settings at all.  The CLI, the app factory and `cache.cache_dir()` read them."""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
REPO_DIR = PACKAGE_DIR.parent
DEFAULT_ARTICLES = REPO_DIR / "seeds"


def articles_folder() -> Path:
    """$DASHBOARD_ARTICLES, else the seeds shipped with the repository."""
    return Path(os.environ.get("DASHBOARD_ARTICLES") or DEFAULT_ARTICLES)


def story_folder() -> Path | None:
    """$DASHBOARD_STORY, else None: the Pakistan 2024 story shipped in the package."""
    configured = os.environ.get("DASHBOARD_STORY")
    return Path(configured) if configured else None


def site_title() -> str:
    return os.environ.get("DASHBOARD_TITLE") or "Pakistan election 2024: news timeline"


def embed_frame_ancestors() -> str:
    """Who may put /embed in an iframe (CSP frame-ancestors); everything else is not framable."""
    return os.environ.get("DASHBOARD_FRAME_ANCESTORS") or "*"


def reload_seconds() -> float | None:
    """How often page loads look for changed article files ($DASHBOARD_RELOAD_SECONDS;
    'off' or a negative number turns the check off)."""
    raw = os.environ.get("DASHBOARD_RELOAD_SECONDS", "10").strip().lower()
    try:
        value = float(raw)
    except ValueError:
        return None
    return None if value < 0 else value
