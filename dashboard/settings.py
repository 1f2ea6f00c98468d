"""Deployment settings: one frozen `Settings` value, built from the environment in one
place (`Settings.from_environ`, called by the CLI and the WSGI entry) and passed
explicitly to `create_app(settings)`.  Defaults work with no settings at all.  The
helpers below read single variables for the CLI's option defaults and the cache."""

from __future__ import annotations

import json
import os
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
REPO_DIR = PACKAGE_DIR.parent
DEFAULT_ARTICLES = REPO_DIR / "seeds"


@dataclass(frozen=True)
class Settings:
    """Everything the web app needs to know about its deployment."""

    articles_folder: Path = DEFAULT_ARTICLES
    story_folder: Path | None = None        # None: the Pakistan 2024 story shipped in the package
    cache_dir: Path | None = None           # None: the cache module's default
    title: str | None = None                # None: the story's own title
    frame_ancestors: str = "*"              # who may put /embed in an iframe (CSP frame-ancestors)
    reload_seconds: float | None = 10.0     # how often page loads look for changed files; None: never
    use_cache: bool = True
    database_url: str | None = None         # room for the editors' store (corrections)
    secret_key: str | None = None

    @classmethod
    def from_environ(cls, environ: Mapping[str, str] | None = None) -> Settings:
        """The one place the web settings are read from environment variables."""
        env = os.environ if environ is None else environ
        cache = env.get("DASHBOARD_CACHE_DIR")
        story = env.get("DASHBOARD_STORY")
        return cls(articles_folder=Path(env.get("DASHBOARD_ARTICLES") or DEFAULT_ARTICLES),
                   story_folder=Path(story) if story else None,
                   cache_dir=Path(cache) if cache else None,
                   title=env.get("DASHBOARD_TITLE") or None,
                   frame_ancestors=env.get("DASHBOARD_FRAME_ANCESTORS") or "*",
                   reload_seconds=_seconds(env.get("DASHBOARD_RELOAD_SECONDS", "10")),
                   database_url=env.get("DATABASE_URL") or None,
                   secret_key=env.get("DASHBOARD_SECRET_KEY") or None)


def _seconds(raw: str) -> float | None:
    try:
        value = float(str(raw).strip().lower())
    except ValueError:
        return None  # 'off'
    return None if value < 0 else value


def articles_folder() -> Path:
    """$DASHBOARD_ARTICLES, else the seeds shipped with the repository."""
    return Path(os.environ.get("DASHBOARD_ARTICLES") or DEFAULT_ARTICLES)


def story_folder() -> Path | None:
    """$DASHBOARD_STORY, else None: the Pakistan 2024 story shipped in the package."""
    configured = os.environ.get("DASHBOARD_STORY")
    return Path(configured) if configured else None




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
