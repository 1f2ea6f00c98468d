"""The parse cache: unchanged files come from it; changes, additions, deletions,
corruption and a new loader version are all noticed."""

import shutil

import pytest
from conftest import SEEDS

import dashboard.cache as cache
from dashboard import load_corpus


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.setenv("DASHBOARD_CACHE_DIR", str(tmp_path / "cache"))
    target = tmp_path / "articles"
    shutil.copytree(SEEDS, target)
    return target


@pytest.fixture
def parsed_files(monkeypatch):
    """Names of the files each load really parsed."""
    seen = []
    from dashboard import corpus as corpus_module

    original = corpus_module.parse_article

    def spy(source, matcher=None):
        seen.append(source.relpath)
        return original(source, matcher)

    monkeypatch.setattr(corpus_module, "parse_article", spy)
    return seen


def test_unchanged_files_come_from_the_cache(folder, parsed_files):
    first = load_corpus(folder)
    assert len(parsed_files) == 5
    parsed_files.clear()
    second = load_corpus(folder)
    assert parsed_files == []
    assert second.events.equals(first.events)


def test_change_add_delete(folder, parsed_files):
    load_corpus(folder)
    parsed_files.clear()
    changed = folder / "004_b03c4911561bffbe.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + "\nPTI held a rally on Sunday in Lahore.\n", encoding="utf-8")
    (folder / "new.txt").write_text(" date 2024-03-01 PTI protested on Friday against rigging.\n", encoding="utf-8")
    (folder / "000_051e9cf969fe149c.txt").unlink()
    corpus = load_corpus(folder)
    assert sorted(parsed_files) == ["004_b03c4911561bffbe.txt", "new.txt"]
    assert "000_051e9cf969fe149c.txt" not in set(corpus.articles["article"])
    assert "2024-11-03" in set(corpus.events["date"].dt.date.astype(str))
    assert "new.txt" in set(corpus.events["article"])


def test_corrupt_cache_is_rebuilt_with_a_warning(folder, parsed_files, capsys):
    first = load_corpus(folder)
    for path in cache.cache_dir().iterdir():  # the per-article cache and the assembled corpus
        path.write_bytes(path.read_bytes()[:100])  # truncated
    parsed_files.clear()
    corpus = load_corpus(folder)
    assert len(parsed_files) == 5 and corpus.events.equals(first.events)
    assert "could not be read" in capsys.readouterr().err


def test_corrupt_assembled_cache_alone_falls_back_to_the_article_cache(folder, parsed_files, capsys):
    first = load_corpus(folder)
    cache.cache_path(folder).with_suffix(".corpus.pickle").write_bytes(b"not a pickle")
    parsed_files.clear()
    corpus = load_corpus(folder)
    assert parsed_files == [] and corpus.events.equals(first.events)
    assert "could not be read" in capsys.readouterr().err


def test_new_loader_version_rebuilds(folder, parsed_files, monkeypatch, capsys):
    load_corpus(folder)
    parsed_files.clear()
    monkeypatch.setattr("dashboard.corpus.LOADER_VERSION", "test-bump")
    load_corpus(folder)
    assert len(parsed_files) == 5
    assert "another loader version" in capsys.readouterr().err


def test_no_cache_reads_everything(folder, parsed_files):
    load_corpus(folder)
    parsed_files.clear()
    load_corpus(folder, use_cache=False)
    assert len(parsed_files) == 5


def test_progress_is_silent_off_a_terminal_and_shows_on_one(tmp_path):
    import io

    from dashboard.progress import Progress

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    quiet, loud = io.StringIO(), Terminal()
    for stream in (quiet, loud):
        progress = Progress(stream, min_items=3)
        progress.start(5)
        for _ in range(5):
            progress.advance()
        progress.finish()
    assert quiet.getvalue() == ""
    assert "5/5" in loud.getvalue()
