"""Files on disk -> decoded text.  Every file found is returned, readable or not,
with its problems in plain words; nothing here raises for bad input."""

from __future__ import annotations

import hashlib
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
# An article is a few kilobytes; beyond this we read a prefix so one huge file
# cannot take the memory or the time of the whole corpus.
MAX_READ_BYTES = 2 * 1024 * 1024
SKIPPED_DIRS = {".git", "__pycache__", ".dashboard-cache"}
# Characters that are invisible or change the direction of the text around them: in a
# file name they can make "report\u202egnp.exe" look like "reportexe.png".  The
# zero-width (non-)joiners are left out: Urdu and Persian names need them.
INVISIBLE = frozenset("\u061c\u200b\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063"
                      "\u2064\u2066\u2067\u2068\u2069\ufeff")


@dataclass
class SourceFile:
    """One file of the folder: where it is, and its decoded text when it has one."""

    path: Path                # absolute
    relpath: str              # relative to the folder, with forward slashes
    kind: str                 # text | html | unsupported | unreadable
    text: str | None = None   # decoded text (for HTML: the raw markup)
    size: int = 0
    problems: list[str] = field(default_factory=list)
    fatal: bool = False       # True when there is nothing to read
    content_bytes: bytes | None = None


def human_size(n: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n:.1f} GB"


def walk(folder: Path):
    """(path, relpath, problem) for every file below `folder`, in a stable order.

    Nothing outside the folder is ever read: every symbolic link is resolved, and one
    whose real path lies outside the folder is listed with a problem, not followed.  A
    link to a file or folder inside the folder is listed too, and not followed either:
    what it points at is read once, under its own name.  Dangling links and loops come
    with a problem."""
    root = folder.resolve()
    stack: list[tuple[Path, str]] = [(root, "")]
    while stack:  # a stack, not recursion: deep folders cannot exhaust Python's recursion limit
        directory, rel = stack.pop()
        try:
            entries = sorted(os.scandir(directory), key=lambda e: e.name)
        except OSError as exc:
            yield directory, rel or ".", f"folder cannot be listed ({exc.strerror})"
            continue
        subfolders = []
        for entry in entries:
            child_rel = f"{rel}/{entry.name}" if rel else entry.name
            child = Path(entry.path)
            if entry.is_symlink():
                yield child, child_rel, link_problem(child, child_rel, root)
                continue
            try:
                is_dir = entry.is_dir(follow_symlinks=False)
            except OSError:
                is_dir = False
            if is_dir:
                if entry.name not in SKIPPED_DIRS:
                    subfolders.append((child, child_rel))
                continue
            yield child, child_rel, None
        stack.extend(reversed(subfolders))


def link_problem(link: Path, rel: str, root: Path) -> str:
    """Why a symbolic link below `root` is listed but not read, in plain words."""
    try:
        target = link.resolve(strict=True)
    except (OSError, RuntimeError):
        return "symbolic link that points nowhere or loops; skipped"
    what = "folder" if target.is_dir() else "file"
    try:
        inside = target.relative_to(root)
    except ValueError:
        return f"link to a {what} outside the articles folder; not read"
    if any(part in SKIPPED_DIRS for part in inside.parts):
        return f"link into a folder that is never read ({'/'.join(inside.parts)}); not read"
    if what == "folder" and (not inside.parts or PurePosixPath(rel).is_relative_to(inside.as_posix())):
        return "link to a folder that holds it (a loop); not followed"
    name = inside.as_posix() or "."
    return f"link to the {what} {name} of this folder, which is read under its own name; not read twice"


def discover(folder: Path) -> list[SourceFile]:
    """Every file below `folder`, read; unreadable ones with their problem."""
    sources = [_broken(path, rel, problem) if problem else read_file(path, rel) for path, rel, problem in walk(folder)]
    for source in sources:
        hidden = invisible_characters(source.relpath)
        if hidden:
            source.problems.append("the file name holds invisible or direction-changing characters "
                                   f"({', '.join(hidden)}), so it may not look like what it is")
    return sources


def invisible_characters(text: str) -> list[str]:
    """The invisible or direction-changing characters in `text`, as U+XXXX, in order of first use."""
    return list(dict.fromkeys(f"U+{ord(ch):04X}" for ch in text if ch in INVISIBLE))


def show_invisible(text: str) -> str:
    """`text` with each invisible or direction-changing character written out, e.g. ⟨U+202E⟩."""
    return "".join(f"\u27e8U+{ord(ch):04X}\u27e9" if ch in INVISIBLE else ch for ch in text)


def folder_signature(folder: Path) -> str:
    """Changes when a file below `folder` is added, removed, resized or touched; reads no
    file.  A digest, the same in every process (it is stored by the prebuilt corpus)."""
    digest = hashlib.sha1()
    for path, rel, problem in walk(folder):
        try:
            st = path.lstat()
            digest.update(f"{rel}\0{st.st_size}\0{st.st_mtime_ns}\0{problem}\0".encode("utf-8", "replace"))
        except OSError:
            digest.update(f"{rel}\0-1\0{problem}\0".encode("utf-8", "replace"))
    return digest.hexdigest()


def _broken(path: Path, rel: str, problem: str) -> SourceFile:
    return SourceFile(path, rel, "unreadable", problems=[problem], fatal=True)


def read_file(path: Path, relpath: str) -> SourceFile:
    suffix = path.suffix.lower()
    try:
        st = path.stat()
    except OSError as exc:
        return _broken(path, relpath, f"file cannot be read ({exc.strerror})")
    if not stat.S_ISREG(st.st_mode):
        return _broken(path, relpath, "not a regular file (device, socket or pipe); skipped")
    source = SourceFile(path, relpath, "text", size=st.st_size)
    if suffix in HTML_SUFFIXES:
        source.kind = "html"
    elif suffix not in TEXT_SUFFIXES:
        source.kind = "unsupported"
        label = suffix or "no extension"
        source.problems.append(f"unsupported file type ({label}); only .txt, .md, .html and .htm are read")
        source.fatal = True
        return source
    try:
        # O_NOFOLLOW: a file swapped for a link after the folder was listed is not read.
        with os.fdopen(os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0)), "rb") as handle:
            raw = handle.read(MAX_READ_BYTES + 1)
    except OSError as exc:
        return _broken(path, relpath, f"file cannot be read ({exc.strerror})")
    if len(raw) > MAX_READ_BYTES:
        raw = raw[:MAX_READ_BYTES]
        source.problems.append(
            f"file is {human_size(st.st_size)}; only the first {human_size(MAX_READ_BYTES)} were read")
    source.content_bytes = raw
    if not raw.strip():
        source.problems.append("empty file" if not raw else "file holds only blank space")
        source.fatal = True
        return source
    text, problem = decode(raw)
    if text is None:
        source.problems.append(problem)
        source.fatal = True
        return source
    if problem:
        source.problems.append(problem)
    source.text = text
    if source.kind == "text" and looks_like_html(text):
        source.kind = "html"
        source.problems.append("HTML page saved with a text extension; read as HTML")
    return source


def decode(raw: bytes) -> tuple[str | None, str | None]:
    """(text, problem).  UTF-8 (with or without BOM) and UTF-16 with BOM are read as
    they are; anything else falls back to Windows-1252 with a warning."""
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="replace"), None
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        body = raw[: len(raw) - (len(raw) % 2)]
        return body.decode("utf-16", errors="replace"), None
    if b"\x00" in raw[:8192]:
        return None, "binary file, not text (it holds NUL bytes); skipped"
    try:
        return raw.decode("utf-8"), None
    except UnicodeDecodeError as exc:
        # A prefix cut in the middle of a character is not an encoding problem.
        if exc.start >= len(raw) - 3 and exc.reason == "unexpected end of data":
            return raw[: exc.start].decode("utf-8"), None
    text = raw.decode("cp1252", errors="replace")
    controls = sum(1 for ch in text[:4096] if ord(ch) < 32 and ch not in "\r\n\t\f")
    if controls > 0.1 * min(len(text), 4096):
        return None, "binary file, not text; skipped"
    return text, "not valid UTF-8; read as Windows-1252, so some characters may be wrong"


def looks_like_html(text: str) -> bool:
    head = text[:1024].lstrip().lower()
    return head.startswith(("<!doctype html", "<html", "<?xml")) or ("<body" in head and "</" in head)
