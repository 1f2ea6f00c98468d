"""Deployment settings, read from environment variables, with defaults that work
with no settings at all.  The CLI, the app factory and `cache.cache_dir()` read them."""

from __future__ import annotations

import json
import os
import time
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


# --- the prebuilt corpus ------------------------------------------------------------------

def cache_folder() -> Path:
    """Where `build` and the web process keep parsed articles: $DASHBOARD_CACHE_DIR, else
    the repository's build/ folder (ignored by git), so that a build step's output ships
    with the code."""
    return Path(os.environ.get("DASHBOARD_CACHE_DIR") or REPO_DIR / "build")


def use_cache_folder() -> Path:
    """Point this process's cache (dashboard.cache reads $DASHBOARD_CACHE_DIR) at `cache_folder()`."""
    folder = cache_folder()
    os.environ["DASHBOARD_CACHE_DIR"] = str(folder)
    return folder


def _manifest() -> Path:
    """Next to the cache this process really uses (it may differ from `cache_folder()`
    in a process that did not call `use_cache_folder()`)."""
    from .cache import cache_dir

    return cache_dir() / "prebuilt.json"


def mark_prebuilt(folder: Path, signature: str, articles: int) -> None:
    """Record that the cache holds the assembled corpus of `folder` as it was when its
    files had `signature` (names, sizes and times: see reading.folder_signature)."""
    path = _manifest()
    try:
        entries = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    except (OSError, ValueError):
        entries = {}
    entries[str(Path(folder).resolve())] = {"signature": signature, "loader": _loader(), "articles": articles,
                                            "built": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".tmp{os.getpid()}")
        tmp.write_text(json.dumps(entries, indent=1), encoding="utf-8")
        os.replace(tmp, path)  # atomic: two workers may finish at once
    except OSError:
        pass  # only a hint: without it the next start reads in the background


def prebuilt_is_fresh(folder: Path) -> bool:
    """True when the cache holds the assembled corpus of `folder` and no file of it has
    been added, removed or touched since: loading it then takes seconds, not minutes."""
    from .reading import folder_signature

    try:
        entry = json.loads(_manifest().read_text(encoding="utf-8")).get(str(Path(folder).resolve()))
        return bool(entry) and entry.get("loader") == _loader() and entry.get("signature") == folder_signature(Path(folder))
    except (OSError, ValueError, AttributeError):
        return False


def _loader() -> str:
    """What made the cache: a new loader or story data makes the prebuilt corpus stale."""
    from .corpus import LOADER_VERSION

    try:
        from .cache import loader_fingerprint

        return str(loader_fingerprint())
    except (ImportError, TypeError):  # the cache names it differently: the version alone
        return LOADER_VERSION
