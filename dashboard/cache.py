"""Parse only what changed.  One cache file per articles folder, keyed by each file's
content hash and by a fingerprint of the loader (its version and data files), so a
new loader or an edited actor list re-reads everything.  A cache that cannot be
read is rebuilt with a warning, never trusted."""

from __future__ import annotations

import hashlib
import os
import pickle
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from .actors import ActorMatcher, default_matcher
from .progress import Progress
from .reading import SourceFile

PARALLEL_MIN_FILES = 200


def usable_cores() -> int:
    """Cores this process may run on (a PaaS dyno or `taskset` may allow fewer than exist)."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def cache_dir() -> Path:
    configured = os.environ.get("DASHBOARD_CACHE_DIR")
    if configured:
        return Path(configured)
    return Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "news-timeline"


def loader_fingerprint() -> str:
    from .corpus import LOADER_VERSION

    digest = hashlib.sha1(LOADER_VERSION.encode())
    for path in sorted((Path(__file__).parent).glob("[ds]*/**/*.json")):
        digest.update(path.read_bytes())
    return digest.hexdigest()


def cache_path(folder: Path) -> Path:
    return cache_dir() / f"{hashlib.sha1(str(folder.resolve()).encode()).hexdigest()[:16]}.pickle"


def content_key(source: SourceFile) -> str:
    raw = source.content_bytes or b""
    return hashlib.sha1(raw + f"|{source.kind}|{source.size}|{source.problems}".encode()).hexdigest()


def corpus_key(sources: list[SourceFile], keys: list[str]) -> str:
    """One digest for the whole folder's contents."""
    digest = hashlib.sha1()
    for source, key in zip(sources, keys):
        digest.update(f"{source.relpath}\0{key}\0".encode())
    return digest.hexdigest()


def load_assembled(folder: Path, key: str, warn):
    """The whole corpus as it was assembled last time, if no file has changed since."""
    stored = _load(cache_path(folder).with_suffix(".corpus.pickle"), loader_fingerprint(), warn)
    if stored.get("key") != key:
        return None
    corpus = stored["corpus"]
    corpus.folder = folder
    return corpus


def save_assembled(folder: Path, key: str, corpus, warn) -> None:
    _save(cache_path(folder).with_suffix(".corpus.pickle"), loader_fingerprint(), {"key": key, "corpus": corpus}, warn)


def _load(path: Path, fingerprint: str, warn) -> dict:
    if not path.exists():
        return {}
    try:
        with path.open("rb") as handle:
            stored = pickle.load(handle)
        if not isinstance(stored, dict) or stored.get("fingerprint") != fingerprint:
            warn("cache was made by another loader version; rebuilding it")
            return {}
        return stored["entries"]
    except Exception as exc:  # truncated, corrupt or foreign file
        warn(f"cache file {path} could not be read ({type(exc).__name__}); rebuilding it")
        return {}


def _save(path: Path, fingerprint: str, entries: dict, warn) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".tmp{os.getpid()}")
        with tmp.open("wb") as handle:
            pickle.dump({"fingerprint": fingerprint, "entries": entries}, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)  # atomic: a reader never sees half a cache
    except OSError as exc:
        warn(f"cache could not be written ({exc.strerror}); the next start reads everything again")


def _parse_one(source: SourceFile):
    from .corpus import parse_article

    return parse_article(source)


def parse_all(folder: Path, sources: list[SourceFile], matcher: ActorMatcher, progress: Progress, *,
              use_cache: bool = True, workers: int | None = None, keys: list[str] | None = None) -> list:
    """ParsedArticle for every source, in the order given."""
    from .corpus import parse_article

    fingerprint = loader_fingerprint()
    path = cache_path(folder)
    entries = _load(path, fingerprint, progress.warn) if use_cache else {}
    keys = keys or [content_key(s) for s in sources]
    for source in sources:
        source.content_bytes = None  # only needed for the keys; not worth sending to workers
    results: list = [None] * len(sources)
    todo = []
    for i, (source, key) in enumerate(zip(sources, keys)):
        hit = entries.get(source.relpath)
        if hit and hit[0] == key:
            results[i] = hit[1]
        else:
            todo.append(i)
    workers = workers or usable_cores()
    custom_matcher = matcher is not default_matcher()
    progress.start(len(todo))
    if len(todo) >= PARALLEL_MIN_FILES and workers > 1 and not custom_matcher:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            for i, parsed in zip(todo, pool.map(_parse_one, (sources[i] for i in todo), chunksize=32)):
                results[i] = parsed
                progress.advance()
    else:
        for i in todo:
            results[i] = parse_article(sources[i], matcher)
            progress.advance()
    if use_cache and (todo or len(entries) != len(sources)):
        _save(path, fingerprint, {s.relpath: (k, r) for s, k, r in zip(sources, keys, results)}, progress.warn)
    return results
