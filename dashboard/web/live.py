"""The corpus the app serves: read in a background thread (pages show "Loading n of N
articles" meanwhile), then read again when the folder changes.  Requests never wait
for a read."""

from __future__ import annotations

import fcntl
import hashlib
import logging
import os
import sys
import threading
import time
from contextlib import contextmanager
from pathlib import Path

from .. import settings
from ..cache import cache_dir
from ..corpus import Corpus, CorpusError, load_corpus
from ..progress import Progress
from ..reading import folder_signature, walk
from .views import Views

log = logging.getLogger(__name__)


class LoadProgress(Progress):
    """Counts for the "Loading n of N articles" state: N files in the folder, n read so
    far (files the cache already holds count as read as soon as parsing starts)."""

    def __init__(self, files: int):
        super().__init__()
        self.files, self.done, self.parsed = files, 0, 0

    def start(self, total: int) -> None:
        self.done = max(self.files - total, 0)
        super().start(total)

    def advance(self, n: int = 1) -> None:
        self.done += n
        self.parsed += n
        super().advance(n)

    def summary(self, articles: int) -> str:
        return f"read {articles} files: {self.parsed} parsed, {max(articles - self.parsed, 0)} from cache"


class LiveCorpus:
    """The corpus the app serves.  Read in a background thread, so the server answers at
    once whatever the corpus size (pages say "Loading n of N articles" meanwhile), then
    read again when the folder changes: checked on page loads, at most every `interval`
    seconds (None: never), also in the background.  Requests never wait for a read: they
    keep the corpus they had until the new one is ready."""

    def __init__(self, folder, *, use_cache: bool = True, interval: float | None = None,
                 corpus: Corpus | None = None, story=None, title: str | None = None, cache_dir=None):
        self.folder = Path(folder)
        self.story, self.title, self.cache_dir = story, title, cache_dir
        self.use_cache = use_cache
        self.interval = interval
        self.views: Views | None = self.make_views(corpus) if corpus is not None else None
        self.progress: LoadProgress | None = None
        self.failure: str | None = None
        self._lock = threading.Lock()
        self._again = False  # a re-check was asked for while a read ran
        self._reader: tuple[int, threading.Thread] | None = None  # (process id, thread)
        self._checked = time.monotonic()
        self._signature = self._sign() if corpus is not None else None

    def make_views(self, corpus: Corpus) -> Views:
        return Views(corpus, title=self.title)

    def _load(self, progress=None) -> Corpus:
        return load_corpus(self.folder, story=self.story, use_cache=self.use_cache, progress=progress,
                           cache_dir=self.cache_dir)

    @property
    def ready(self) -> bool:
        return self.views is not None

    def status(self) -> dict:
        """What /healthz says: loading (with counts) until the first read is done."""
        if self.views is not None:
            corpus = self.views.corpus
            return {"status": "ok", "articles": int(len(corpus.articles)), "events": int(len(corpus.events))}
        if self.failure:
            return {"status": "error", "error": self.failure}
        progress = self.progress
        return {"status": "loading", "articles_read": progress.done if progress else 0,
                "articles_total": progress.files if progress else None}

    def loading_text(self) -> str:
        progress = self.progress
        if self.failure:
            return f"The articles could not be read: {self.failure}"
        if progress is None:
            return "Looking at the articles folder (or waiting for another worker that reads it)…"
        return f"Loading {progress.done} of {progress.files} articles…"

    def start_in_worker(self, wait_seconds: float = 15) -> None:
        """After gunicorn forks a worker: start reading, and when the cache holds this very
        corpus (loading takes seconds), wait for it before the worker takes requests, so a
        respawned or restarted worker serves the timeline, not the loading page."""
        self.start()
        if self.views is None and self.use_cache and settings.prebuilt_is_fresh(self.folder):
            self.wait(wait_seconds)

    def start(self) -> None:
        """Begin the first read in this process, unless it is done or under way.  Called
        after gunicorn forks a worker and on every request, so a respawned worker reads too."""
        if self.views is None and self.failure is None:
            self._in_background(self._first_read)

    def refresh(self) -> Views | None:
        """The corpus to serve now; starts a re-read in the background when due."""
        if self.views is None:
            self.start()
            return None
        if self.interval is not None and time.monotonic() - self._checked >= self.interval:
            self._checked = time.monotonic()
            self._in_background(self._read_if_changed)
        return self.views

    def wait(self, timeout: float | None = None) -> None:
        """Until the read under way (if any) is over: for tests and scripts."""
        reader = self._reader
        if reader is not None and reader[0] == os.getpid():
            reader[1].join(timeout)

    def _in_background(self, target) -> None:
        with self._lock:
            reader = self._reader  # a thread of the parent process does not run in a forked child
            if reader is not None and reader[0] == os.getpid() and reader[1].is_alive():
                # A check asked for while one runs may concern files changed after that one
                # looked: the running thread checks once more before it ends.
                self._again = target == self._read_if_changed or self._again
                return
            self._again = False
            thread = threading.Thread(target=self._run, args=(target,), name="corpus-reader", daemon=True)
            self._reader = (os.getpid(), thread)
            thread.start()

    def _run(self, target) -> None:
        target()
        while True:
            with self._lock:
                if not self._again:
                    return
                self._again = False
            self._read_if_changed()

    def _sign(self):
        try:
            return folder_signature(self.folder) if self.folder.is_dir() else None
        except OSError:
            return None

    def _first_read(self) -> None:
        try:
            # One process of the machine reads at a time (gunicorn workers start together):
            # the others wait, then find the articles in the cache and load them in seconds.
            with one_reader_at_a_time(self.folder if self.use_cache else None):
                self.progress = LoadProgress(sum(1 for _ in walk(self.folder)))
                signature = self._sign()
                corpus = self._load(self.progress)
                self.progress.finish()
            views = self.make_views(corpus)
        except Exception as exc:  # noqa: BLE001 - a failed read is shown on the page and /healthz, not lost
            self.failure = str(exc) or type(exc).__name__
            log.error("could not read the articles: %s", self.failure)
            return
        self._signature, self.views = signature, views
        if self.use_cache:  # the next worker or start loads this corpus in seconds
            settings.mark_prebuilt(self.folder, signature, len(corpus.articles))
        print(self.progress.summary(len(corpus.articles)), file=sys.stderr, flush=True)

    def _read_if_changed(self) -> None:
        signature = self._sign()
        if signature is None or signature == self._signature:
            return
        try:
            corpus = self._load()
            views = self.make_views(corpus)
        except (CorpusError, OSError) as exc:
            log.warning("could not reload the articles (%s); still serving the previous ones", exc)
            return
        self.views, self._signature = views, signature
        if self.use_cache:  # a worker started from now on loads this corpus in seconds
            settings.mark_prebuilt(self.folder, signature, len(corpus.articles))
        log.info("articles changed; now serving %d articles, %d events", len(corpus.articles), len(corpus.events))


@contextmanager
def one_reader_at_a_time(folder: Path | None):
    """An exclusive lock on the cache folder for reading `folder` (None: no lock)."""
    handle = None
    if folder is not None:
        try:
            cache = cache_dir()
            cache.mkdir(parents=True, exist_ok=True)
            handle = open(cache / f"reading-{hashlib.sha1(str(folder.resolve()).encode()).hexdigest()[:12]}.lock", "w")
            fcntl.flock(handle, fcntl.LOCK_EX)
        except OSError:
            handle = None  # an unwritable cache folder: read without waiting for anyone
    try:
        yield
    finally:
        if handle is not None:
            handle.close()  # releases the lock
