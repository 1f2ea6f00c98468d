"""The parse cache: unchanged files come from it; changes, additions, deletions,
corruption, an edit to the loader's own code and a custom actor list are all noticed,
and nothing in the cache folder is ever executed."""

import gzip
import json
import pickle
import shutil
import subprocess
import sys

import pytest
from conftest import REPO, SEEDS

import dashboard.cache as cache
from dashboard import load_corpus
from dashboard.actors import DEFAULT_ACTORS, ActorMatcher


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
    assert (first.parsed, first.from_cache) == (5, 0)
    parsed_files.clear()
    second = load_corpus(folder)
    assert parsed_files == []
    assert (second.parsed, second.from_cache) == (0, 5)
    assert second.read_summary == "read 5 files: 0 parsed, 5 from cache"
    for table in ("articles", "events", "happenings", "tallies"):
        assert getattr(second, table).equals(getattr(first, table)), table
    assert second.texts == first.texts and second.paragraphs == first.paragraphs


def test_change_add_delete(folder, parsed_files):
    load_corpus(folder)
    parsed_files.clear()
    changed = folder / "004_b03c4911561bffbe.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + "\nPTI held a rally on Sunday in Lahore.\n", encoding="utf-8")
    (folder / "new.txt").write_text(" date 2024-03-01 PTI protested on Friday against rigging.\n", encoding="utf-8")
    (folder / "000_051e9cf969fe149c.txt").unlink()
    corpus = load_corpus(folder)
    assert sorted(parsed_files) == ["004_b03c4911561bffbe.txt", "new.txt"]
    assert (corpus.parsed, corpus.from_cache) == (2, 3)  # 004 and new.txt; 001, 002, 003 unchanged
    assert "000_051e9cf969fe149c.txt" not in set(corpus.articles["article"])
    assert "2024-11-03" in set(corpus.events["date"].dt.date.astype(str))
    assert "new.txt" in set(corpus.events["article"])


def test_truncated_cache_is_rebuilt_with_a_warning(folder, parsed_files, capsys):
    first = load_corpus(folder)
    for path in cache.cache_dir().iterdir():  # the per-article entries and the assembled corpus
        path.write_bytes(path.read_bytes()[:100])
    parsed_files.clear()
    corpus = load_corpus(folder)
    assert len(parsed_files) == 5 and corpus.events.equals(first.events)
    assert "could not be read" in capsys.readouterr().err


def test_corrupt_assembled_cache_alone_falls_back_to_the_article_cache(folder, parsed_files, capsys):
    first = load_corpus(folder)
    (corpus_file,) = cache.cache_dir().glob("*.corpus.arrow")
    corpus_file.write_bytes(b"not an arrow file")
    parsed_files.clear()
    corpus = load_corpus(folder)
    assert parsed_files == [] and corpus.events.equals(first.events)
    assert "could not be read" in capsys.readouterr().err


def test_cache_files_of_the_wrong_shape_are_rebuilt_with_a_warning(folder, parsed_files, capsys):
    first = load_corpus(folder)
    (entries,) = cache.cache_dir().glob("*.entries.json.gz")
    (corpus_file,) = cache.cache_dir().glob("*.corpus.arrow")
    entries.write_bytes(gzip.compress(json.dumps(["a", "list", "not", "a", "cache"]).encode()))
    corpus_file.unlink()
    parsed_files.clear()
    corpus = load_corpus(folder)
    assert len(parsed_files) == 5 and corpus.events.equals(first.events)
    assert "not in the expected shape" in capsys.readouterr().err

    # Right envelope, but an entry whose parsed article is not one: that file is read again.
    stored = json.loads(gzip.decompress(entries.read_bytes()))
    stored["entries"]["001_50c01fac60ecce8f.txt"][1] = {"article": "no", "events": 3}
    entries.write_bytes(gzip.compress(json.dumps(stored).encode()))
    next(cache.cache_dir().glob("*.corpus.arrow")).unlink()
    parsed_files.clear()
    corpus = load_corpus(folder)
    assert parsed_files == ["001_50c01fac60ecce8f.txt"] and corpus.events.equals(first.events)
    assert "wrong shape" in capsys.readouterr().err


def test_cached_values_of_the_wrong_type_are_read_again(folder, parsed_files, capsys):
    first = load_corpus(folder)
    (entries,) = cache.cache_dir().glob("*.entries.json.gz")
    stored = json.loads(gzip.decompress(entries.read_bytes()))
    events = stored["entries"]["002_1b141ca8dc9f4861.txt"][1]["events"]
    events[0]["date"] = 5  # the right keys, a value no date can be
    entries.write_bytes(gzip.compress(json.dumps(stored).encode()))
    next(cache.cache_dir().glob("*.corpus.arrow")).unlink()
    parsed_files.clear()
    corpus = load_corpus(folder)
    assert len(parsed_files) == 5 and corpus.events.equals(first.events)
    assert "could not be assembled" in capsys.readouterr().err
    parsed_files.clear()
    load_corpus(folder)
    assert parsed_files == []  # and the entries were written afresh


def test_a_planted_pickle_is_never_executed(folder, tmp_path, seeds_corpus):
    """Every file name the cache uses holds a pickle whose loading would create a marker
    file; a fresh process loads the folder (as gunicorn would) and must not run it."""
    marker = tmp_path / "pwned"

    class Payload:
        def __reduce__(self):
            return (open, (str(marker), "w"))

    bomb = pickle.dumps(Payload())
    cache_folder = tmp_path / "cache"
    load_corpus(folder)  # learn the names the cache uses
    names = [p.name for p in cache_folder.iterdir()]
    for name in names:
        (cache_folder / name).write_bytes(bomb)
        (cache_folder / name.replace(".arrow", ".pickle").replace(".json.gz", ".pickle")).write_bytes(bomb)
    (cache_folder / "corpus.pickle").write_bytes(bomb)
    result = subprocess.run(
        [sys.executable, "-m", "dashboard", "events", "--seeds", str(folder)],
        cwd=REPO, capture_output=True, text=True, timeout=120,
        env={"DASHBOARD_CACHE_DIR": str(cache_folder), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    assert not marker.exists()
    assert "could not be read" in result.stderr
    assert result.stderr.rstrip().splitlines()[-1] == "read 5 files: 5 parsed, 0 from cache"
    assert len(result.stdout.splitlines()) == len(seeds_corpus.events)  # every event, read afresh


def test_editing_a_loader_source_file_reparses_everything(folder, parsed_files, monkeypatch, tmp_path, capsys):
    """The fingerprint covers the loader's own code: a copy of a module stands in for it."""
    module = tmp_path / "tallies_copy.py"
    module.write_text((REPO / "dashboard" / "tallies.py").read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.setattr(cache, "loader_files", lambda: [*cache._imported_modules(), module])
    load_corpus(folder)
    parsed_files.clear()
    load_corpus(folder)
    assert parsed_files == []
    module.write_text(module.read_text(encoding="utf-8") + "\n# an edited rule\n", encoding="utf-8")
    corpus = load_corpus(folder)
    assert len(parsed_files) == 5 and (corpus.parsed, corpus.from_cache) == (5, 0)
    assert "another loader" in capsys.readouterr().err


def test_the_loader_fingerprint_covers_its_modules_and_data():
    names = {p.name for p in cache.loader_files()}
    # modules the loader imports, directly or through others, and its data files
    assert {"corpus.py", "dates.py", "events.py", "tallies.py", "layout.py", "actors.py", "phrases.py",
            "sentences.py", "reading.py", "happenings.py", "schema.py", "actors.json",
            "event_types.json"} <= names
    assert "app.py" not in names and "figures.py" not in names  # presentation is not the loader


def test_a_custom_actor_list_does_not_poison_the_default_run(folder, tmp_path, parsed_files):
    custom = tmp_path / "actors.json"
    data = json.loads(DEFAULT_ACTORS.read_text(encoding="utf-8"))
    for entry in data["parties"] + data["people"]:  # this list calls JI by its full name
        for key in ("name", "party"):
            if entry.get(key) == "JI":
                entry[key] = "Jamaat-e-Islami"
    custom.write_text(json.dumps(data), encoding="utf-8")
    default = load_corpus(folder)
    with_custom = load_corpus(folder, matcher=ActorMatcher(custom))
    assert not any("JI" in actors for actors in with_custom.events["actors"])
    assert any("Jamaat-e-Islami" in actors for actors in with_custom.events["actors"])
    parsed_files.clear()
    again = load_corpus(folder)
    assert parsed_files == []  # the default run's files are still there
    assert any("JI" in actors for actors in again.events["actors"])
    assert again.events.equals(default.events)
    parsed_files.clear()
    load_corpus(folder, matcher=ActorMatcher(custom))
    assert parsed_files == []  # and so are the custom list's


def test_an_explicit_cache_dir(folder, tmp_path):
    elsewhere = tmp_path / "build-cache"
    load_corpus(folder, cache_dir=elsewhere)
    assert sorted(p.name.split(".", 1)[1] for p in elsewhere.iterdir()) == ["corpus.arrow", "entries.json.gz"]
    assert load_corpus(folder, cache_dir=elsewhere).from_cache == 5


def test_no_cache_reads_everything(folder, parsed_files):
    load_corpus(folder)
    parsed_files.clear()
    corpus = load_corpus(folder, use_cache=False)
    assert len(parsed_files) == 5 and (corpus.parsed, corpus.from_cache) == (5, 0)


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



def test_a_corpus_read_from_the_cache_holds_one_string_per_actor_name(folder):
    """Memory at 100,000 events: an actor's name is one object however many events and happenings name
    it (the values themselves are as parsed)."""
    first = load_corpus(folder)
    second = load_corpus(folder)
    assert second.from_cache == 5
    names = [a for table in (second.events, second.happenings) for actors in table["actors"] for a in actors]
    assert len(names) > len(set(names))  # the seeds name PTI in many events
    assert len({id(a) for a in names}) == len(set(names))
    assert sorted(map(sorted, second.events["actors"])) == sorted(map(sorted, first.events["actors"]))


def test_an_assembled_cache_of_the_right_key_but_wrong_tables_reads_the_folder_again(folder, parsed_files, capsys):
    """The folder's texts are let go before the cached corpus is read (memory); when it then turns out
    unusable, the folder is read again and the articles come from their own cache."""
    import pyarrow as pa

    first = load_corpus(folder)
    (corpus_file,) = cache.cache_dir().glob("*.corpus.arrow")
    outer = pa.ipc.open_file(pa.memory_map(str(corpus_file))).read_all()
    meta = outer.schema.metadata
    store = cache.Store(folder, meta[b"fingerprint"].decode())
    assert store.corpus_path == corpus_file and store.holds_tables(meta[b"key"].decode())
    assert not store.holds_tables("another folder's key")
    store.save_tables(meta[b"key"].decode(), {"articles": pa.table({"nothing": [1]})})
    parsed_files.clear()
    corpus = load_corpus(folder)
    assert parsed_files == [] and corpus.events.equals(first.events) and corpus.texts == first.texts
    assert "not in the expected shape" in capsys.readouterr().err
    assert (corpus.parsed, corpus.from_cache) == (0, 5)
