"""Parse only what changed, and never trust what is on disk.

Two files per articles folder (and per actor list, so a run with a custom list never
replaces the default run's files):
- `<folder>-<actors>.entries.json.gz`: each file's parsed article, under the hash of
  the file's bytes;
- `<folder>-<actors>.corpus.arrow`: the assembled tables, under one hash of every file,
  for a fast start when nothing changed.
Both carry a fingerprint of everything that can change the loader's output: the source
of every module the loader imports and its data and language files.  The formats are
JSON and Arrow, which hold data and cannot run code; files are written to a temporary
name and renamed, so a reader never sees half a file.  A file that is unreadable, of
another version or of the wrong shape is rebuilt with a warning.

This module knows nothing of articles: `corpus` decides what the entries and tables are.
"""

from __future__ import annotations

import ast
import gzip
import hashlib
import json
import os
import threading
from collections.abc import Callable
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path

import pyarrow as pa

PACKAGE = Path(__file__).parent
LOADER_ENTRY = PACKAGE / "corpus.py"
# Folders of data the loader reads (absent ones are skipped).
DATA_FOLDERS = ("data", "languages", "stories")
FORMAT = 2  # of the files below; bumped when their layout changes

Warn = Callable[[str], None]


def cache_dir() -> Path:
    configured = os.environ.get("DASHBOARD_CACHE_DIR")
    if configured:
        return Path(configured)
    return Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "news-timeline"


# One thread parses the modules at a time: CPython 3.11's ast.parse is not safe in two threads at
# once ("AST constructor recursion depth mismatch", seen in a web worker whose threads asked together).
# (a forked child gets a fresh lock: a thread of the parent may have held it when it forked)
_PARSING = threading.Lock()
os.register_at_fork(after_in_child=lambda: globals().__setitem__("_PARSING", threading.Lock()))


def _imported_modules() -> tuple[Path, ...]:
    with _PARSING:
        return _imported_modules_once()


@lru_cache(maxsize=1)
def _imported_modules_once() -> tuple[Path, ...]:
    """The package's modules the loader imports, followed from corpus.py."""
    found: list[Path] = []
    todo = [LOADER_ENTRY]
    while todo:
        path = todo.pop()
        if path in found or not path.exists():
            continue
        found.append(path)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level == 1:
                if node.module:
                    todo.append(PACKAGE / f"{node.module.split('.')[0]}.py")
                else:  # from . import x
                    todo.extend(PACKAGE / f"{alias.name}.py" for alias in node.names)
    return tuple(sorted(found))


def loader_files() -> list[Path]:
    """Every file whose content can change what the loader makes of an article."""
    files = list(_imported_modules())
    for folder in DATA_FOLDERS:
        files += sorted(p for p in (PACKAGE / folder).rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    return files


def fingerprint(*extra: str) -> str:
    """A digest of the loader's code and data, plus `extra` (such as the actor list's key)."""
    digest = hashlib.sha256(f"format {FORMAT}\0".encode())
    for path in loader_files():
        name = path.relative_to(PACKAGE).as_posix() if path.is_relative_to(PACKAGE) else path.name
        digest.update(f"{name}\0".encode())
        digest.update(path.read_bytes())
    for item in extra:
        digest.update(f"\0{item}".encode())
    return digest.hexdigest()


def loader_fingerprint() -> str:
    """The digest of the loader's code and data alone (a prebuilt corpus records it)."""
    return fingerprint()


def content_key(source) -> str:
    """A digest of one file's bytes and of what reading it found."""
    raw = source.content_bytes or b""
    return hashlib.sha256(raw + f"|{source.kind}|{source.size}|{source.problems}".encode()).hexdigest()


def corpus_key(relpaths: list[str], keys: list[str]) -> str:
    """One digest for the whole folder's contents."""
    digest = hashlib.sha256()
    for relpath, key in zip(relpaths, keys):
        digest.update(f"{relpath}\0{key}\0".encode())
    return digest.hexdigest()


REPOSITORY = Path(__file__).resolve().parent.parent


def folder_key(folder: Path) -> str:
    """What names a folder's cache files: its path inside the repository when it is there
    ("seeds"), so a corpus prebuilt where a PaaS compiles the app (a temporary folder) is
    found where the app then runs; else its absolute path."""
    resolved = Path(folder).resolve()
    try:
        return "repo:" + resolved.relative_to(REPOSITORY).as_posix()
    except ValueError:
        return str(resolved)


class Store:
    """The cache files of one folder read with one actor list."""

    def __init__(self, folder: Path, fingerprint: str, *, variant: str = "default",
                 directory: Path | None = None, warn: Warn = lambda message: None):
        stem = hashlib.sha256(folder_key(folder).encode()).hexdigest()[:16]
        variant_tag = "default" if variant == "default" else hashlib.sha256(variant.encode()).hexdigest()[:12]
        base = Path(directory) if directory is not None else cache_dir()
        self.entries_path = base / f"{stem}-{variant_tag}.entries.json.gz"
        self.corpus_path = base / f"{stem}-{variant_tag}.corpus.arrow"
        self.fingerprint = fingerprint
        self.warn = warn

    # --- per-file entries: {relpath: (content key, parsed article as plain data)} ----

    def load_entries(self) -> dict[str, tuple[str, dict]]:
        path = self.entries_path
        if not path.exists():
            return {}
        try:
            with gzip.open(path, "rb") as handle:
                stored = json.loads(handle.read(), object_hook=_from_json)
        except Exception as exc:  # truncated, corrupt or foreign file: rebuilt, never trusted
            self.warn(f"cache file {path} could not be read ({type(exc).__name__}); rebuilding it")
            return {}
        if not (isinstance(stored, dict) and isinstance(stored.get("entries"), dict)
                and stored.get("format") == FORMAT):
            self.warn(f"cache file {path} is not in the expected shape; rebuilding it")
            return {}
        if stored.get("fingerprint") != self.fingerprint:
            self.warn("cache was made by another loader (its code or data changed); rebuilding it")
            return {}
        entries = {}
        for relpath, entry in stored["entries"].items():
            if isinstance(entry, list) and len(entry) == 2 and isinstance(entry[0], str) and isinstance(entry[1], dict):
                entries[relpath] = (entry[0], entry[1])
        return entries

    def save_entries(self, entries: dict[str, tuple[str, dict]]) -> None:
        stored = {"format": FORMAT, "fingerprint": self.fingerprint,
                  "entries": {relpath: [key, plain] for relpath, (key, plain) in entries.items()}}
        try:
            data = gzip.compress(json.dumps(stored, ensure_ascii=False, default=_to_json).encode("utf-8"),
                                 compresslevel=1)
        except (TypeError, ValueError) as exc:
            self.warn(f"parsed articles could not be cached ({exc}); the next start reads everything again")
            return
        self._write(self.entries_path, data)

    # --- the assembled corpus: named tables under one key for the whole folder ------

    def holds_tables(self, key: str) -> bool:
        """Whether the assembled corpus stored is the one of `key` (reads only the file's schema)."""
        try:
            with pa.memory_map(str(self.corpus_path)) as source:
                meta = pa.ipc.open_file(source).schema.metadata or {}
        except Exception:  # missing, truncated, corrupt or foreign: load_tables says which
            return self.corpus_path.exists()
        return meta.get(b"format") == str(FORMAT).encode() and meta.get(b"fingerprint") == self.fingerprint.encode() \
            and meta.get(b"key") == key.encode()

    def load_tables(self, key: str) -> dict[str, pa.Table] | None:
        path = self.corpus_path
        if not path.exists():
            return None
        try:
            with pa.memory_map(str(path)) as source:
                outer = pa.ipc.open_file(source).read_all()
            meta = {k.decode(): v.decode() for k, v in (outer.schema.metadata or {}).items()}
            if meta.get("format") != str(FORMAT) or outer.column_names != ["name", "data"]:
                self.warn(f"cache file {path} is not in the expected shape; rebuilding it")
                return None
            if meta.get("fingerprint") != self.fingerprint or meta.get("key") != key:
                return None  # another loader or other files: the entries say what to parse
            tables = {}
            for name, data in zip(outer.column("name").to_pylist(), outer.column("data").chunks[0] if
                                  outer.num_rows else []):
                tables[name] = pa.ipc.open_stream(data.as_buffer()).read_all()
            return tables
        except Exception as exc:  # truncated, corrupt or foreign file
            self.warn(f"cache file {path} could not be read ({type(exc).__name__}); rebuilding it")
            return None

    def save_tables(self, key: str, tables: dict[str, pa.Table]) -> None:
        blobs = []
        for table in tables.values():
            sink = pa.BufferOutputStream()
            with pa.ipc.new_stream(sink, table.schema) as writer:
                writer.write_table(table)
            blobs.append(sink.getvalue().to_pybytes())
        outer = pa.table({"name": pa.array(list(tables), pa.string()), "data": pa.array(blobs, pa.large_binary())})
        outer = outer.replace_schema_metadata({"format": str(FORMAT), "fingerprint": self.fingerprint, "key": key})
        sink = pa.BufferOutputStream()
        with pa.ipc.new_file(sink, outer.schema) as writer:
            writer.write_table(outer)
        self._write(self.corpus_path, sink.getvalue().to_pybytes())

    def _write(self, path: Path, data: bytes) -> None:
        tmp = path.with_name(f"{path.name}.tmp{os.getpid()}")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp.write_bytes(data)
            os.replace(tmp, path)  # atomic: a reader never sees half a file
        except OSError as exc:
            self.warn(f"cache could not be written ({exc.strerror}); the next start reads everything again")
            tmp.unlink(missing_ok=True)


def _to_json(value):
    """Dates and bytes in the cache's JSON; `_from_json` turns them back."""
    if hasattr(value, "isoformat"):
        return {"$date": value.isoformat()}
    if isinstance(value, bytes):
        return {"$hex": value.hex()}
    if isinstance(value, (set, frozenset, tuple)):
        return list(value)
    raise TypeError(f"{type(value).__name__} cannot be cached")


def _from_json(obj: dict):
    """Undo `_to_json` while reading (only dates and bytes: nothing else is rebuilt)."""
    if len(obj) == 1:
        if "$date" in obj:
            text = obj["$date"]
            return date.fromisoformat(text) if len(text) == 10 else datetime.fromisoformat(text)
        if "$hex" in obj:
            return bytes.fromhex(obj["$hex"])
    return obj
