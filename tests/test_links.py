"""Symbolic links never take the loader out of the articles folder, and file names
cannot disguise themselves with invisible or direction-changing characters."""

import json
import os

import pytest

from dashboard import load_corpus
from dashboard.app import create_app

SECRET = "Zebra-Quokka secret outside text"
ARTICLE = (" date 2024-02-14 ISLAMABAD: The Pakistan Tehreek-e-Insaf (PTI) on Friday announced a countrywide "
           "protest against the results of the February 8 elections, its leaders said.\n")


@pytest.fixture(scope="module")
def linked(tmp_path_factory):
    root = tmp_path_factory.mktemp("links")
    outside = root / "outside"
    (outside / "folder").mkdir(parents=True)
    (outside / "secret.txt").write_text(f" date 2024-02-14 {SECRET}. PTI protested on Friday.\n", encoding="utf-8")
    (outside / "folder" / "inner.txt").write_text(f" date 2024-02-14 {SECRET} in a folder. PTI met on Monday.\n",
                                                  encoding="utf-8")
    articles = root / "articles"
    (articles / "real").mkdir(parents=True)
    (articles / "real" / "story.txt").write_text(ARTICLE, encoding="utf-8")
    os.symlink(outside / "secret.txt", articles / "leak.txt")                # file, out, absolute
    os.symlink("../outside/secret.txt", articles / "relative-leak.txt")      # file, out, relative
    os.symlink(outside / "folder", articles / "leaked-folder")               # folder, out
    os.symlink("real/story.txt", articles / "alias.txt")                     # file, in
    os.symlink("real", articles / "alias-folder")                            # folder, in
    os.symlink("..", articles / "real" / "up")                               # folder, in: a loop
    os.symlink("/etc/passwd", articles / "passwd.txt")
    (articles / "report\u202egnp.txt").write_text(ARTICLE, encoding="utf-8")
    (articles / "report\u202egnp.exe").write_bytes(b"MZ not an article")
    return articles


@pytest.fixture(scope="module")
def corpus(linked):
    return load_corpus(linked, use_cache=False)


def test_links_out_of_the_folder_are_listed_and_never_read(corpus):
    rows = corpus.articles.set_index("article")
    for name, what in (("leak.txt", "file"), ("relative-leak.txt", "file"), ("leaked-folder", "folder"),
                       ("passwd.txt", "file")):
        assert rows.at[name, "problems"] == [f"link to a {what} outside the articles folder; not read"], name
        assert rows.at[name, "n_events"] == 0
    assert not any(a.startswith("leaked-folder/") for a in rows.index)
    everything = json.dumps(list(corpus.texts.values())) + " ".join(corpus.events["sentence"])
    assert "Zebra-Quokka" not in everything and "root:" not in everything


def test_links_inside_the_folder_are_listed_and_their_target_read_once(corpus):
    rows = corpus.articles.set_index("article")
    assert rows.at["alias.txt", "problems"] == [
        "link to the file real/story.txt of this folder, which is read under its own name; not read twice"]
    assert "link to the folder real of this folder" in rows.at["alias-folder", "problems"][0]
    assert "(a loop)" in rows.at["real/up", "problems"][0]
    assert rows.at["real/story.txt", "status"] == "ok" and rows.at["real/story.txt", "n_events"] >= 1
    assert not any(a.startswith(("alias-folder/", "real/up/")) for a in rows.index)
    assert set(corpus.events["article"]) == {"real/story.txt", "report\u202egnp.txt"}


def test_reader_and_callbacks_never_serve_outside_text(corpus):
    app = create_app(corpus=corpus, reload_seconds=None)
    client = app.server.test_client()
    rows = corpus.articles.set_index("article")
    for name in ("leak.txt", "relative-leak.txt", "passwd.txt", "leaked-folder"):
        page = client.get(f"/article/{rows.at[name, 'id']}")
        assert "Zebra-Quokka" not in page.get_data(as_text=True)
        shown = str(app.live.views.article_page(rows.at[name, "id"], None).to_plotly_json())
        assert "Zebra-Quokka" not in shown and "root:" not in shown
    shown = str(app.live.views.view(app.live.views.parse("?q=Zebra"))["rows"])
    assert "Zebra" not in shown


def test_a_direction_changing_file_name_is_isolated_and_shown_marked(corpus):
    from dashboard.app import Views

    rows = corpus.articles.set_index("article")
    name = "report\u202egnp.txt"
    assert rows.at[name, "status"] == "warning"
    assert "invisible or direction-changing characters (U+202E)" in " ".join(rows.at[name, "problems"])
    views = Views(corpus)
    problems = views.problems_page().to_plotly_json()
    cells = [str(c) for c in _find(problems, "Td")]
    assert any("report\u27e8U+202E\u27e9gnp.txt" in c for c in cells)
    assert any("report\u27e8U+202E\u27e9gnp.exe" in c for c in cells)
    exe = " ".join(rows.at["report\u202egnp.exe", "problems"])
    assert "unsupported file type" in exe and "direction-changing characters (U+202E)" in exe
    assert not any(name in c for c in cells)  # never shown raw on this page
    assert all("Bdi(" in c for c in cells if "report" in c)  # and isolated from its neighbours
    reader = str(views.article_page(rows.at[name, "id"], None).to_plotly_json())
    assert "report\u27e8U+202E\u27e9gnp.txt" in reader and "Bdi(" in reader


def _find(node, kind):
    """Every component of type `kind` in a plotly-json tree."""
    found = []
    if isinstance(node, dict):
        if node.get("type") == kind:
            found.append(node)
        for value in node.get("props", {}).values():
            found += _find(value, kind)
    elif isinstance(node, (list, tuple)):
        for item in node:
            found += _find(item, kind)
    elif hasattr(node, "to_plotly_json"):
        found += _find(node.to_plotly_json(), kind)
    return found


def test_names_titles_and_outlets_are_isolated_in_the_detail_panel(corpus):
    from dashboard.app import Views

    views = Views(corpus)
    event = corpus.events[corpus.events["article"] == "report\u202egnp.txt"].iloc[0]
    sources = _find(views.detail(event["event_id"]), "Link")
    assert sources and all(type(link["props"]["children"]).__name__ == "Bdi" for link in sources)
