"""The page-furniture data is read and checked in one place."""

import json

import pytest

from dashboard.layout import BoilerplateError, boilerplate, footer_markers, load_boilerplate


def _write(tmp_path, data):
    path = tmp_path / "boilerplate.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


MINIMAL = {"block_headings": ["most read"], "line_patterns": ["^advertisement$"]}


def test_the_shipped_file_passes_and_names_its_lists():
    data = boilerplate()
    assert "most read" in data["block_headings"]
    assert set(data["date_labels"]) == {"published", "updated", "saved"}


def test_a_missing_optional_list_is_empty(tmp_path):
    data = load_boilerplate(_write(tmp_path, MINIMAL))
    assert data["footer_markers"] == [] and data["not_datelines"] == [] and data["date_labels"] == {}


def test_a_missing_required_list_is_named(tmp_path):
    with pytest.raises(BoilerplateError, match="line_patterns: missing"):
        load_boilerplate(_write(tmp_path, {"block_headings": ["most read"]}))


def test_a_list_of_the_wrong_shape_is_named(tmp_path):
    with pytest.raises(BoilerplateError, match="footer_markers: must be a list of non-empty strings"):
        load_boilerplate(_write(tmp_path, {**MINIMAL, "footer_markers": "copyright"}))
    with pytest.raises(BoilerplateError, match="not_datelines: must be a list of non-empty strings"):
        load_boilerplate(_write(tmp_path, {**MINIMAL, "not_datelines": ["editorial", ""]}))
    with pytest.raises(BoilerplateError, match="date_labels.updated"):
        load_boilerplate(_write(tmp_path, {**MINIMAL, "date_labels": {"updated": [3]}}))


def test_a_bad_line_pattern_and_an_unknown_key_are_named(tmp_path):
    with pytest.raises(BoilerplateError, match="line_patterns: bad pattern"):
        load_boilerplate(_write(tmp_path, {**MINIMAL, "line_patterns": ["^(?:share$"]}))
    with pytest.raises(BoilerplateError, match="unknown key 'footer_marker'"):
        load_boilerplate(_write(tmp_path, {**MINIMAL, "footer_marker": ["copyright"]}))
    assert load_boilerplate(_write(tmp_path, {**MINIMAL, "_about": "comments are allowed"}))


def test_footer_markers_are_whole_words():
    rx = footer_markers()
    assert rx.search("Copyright 2024 Dawn")
    assert rx.search("©2024 Geo News")
    assert not rx.search("the commentator said")
