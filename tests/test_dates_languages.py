"""Language folders are data, validated on load: a broken folder names its file and key."""

import json
import shutil
from datetime import date

import pytest

from dashboard import languages
from dashboard.dates import find_dates
from dashboard.sentences import split_sentences


def copy_language(tmp_path, code="en"):
    folder = tmp_path / code
    shutil.copytree(languages.HERE / code, folder)
    return folder


def edit(folder, name, change):
    path = folder / name
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def test_shipped_languages_are_valid():
    assert {"en", "ur"} <= set(languages.available())
    for code in languages.available():
        assert languages.validate(languages.HERE / code)["months"]


def test_missing_list_names_file_and_key(tmp_path):
    folder = copy_language(tmp_path)
    edit(folder, "relative.json", lambda d: d.pop("units"))
    with pytest.raises(languages.LanguageError, match=r"relative\.json: key 'units': missing"):
        languages.validate(folder)


def test_keys_added_later_may_be_left_out_of_an_older_folder(tmp_path):
    # A folder written before these keys existed still loads: they read as empty lists.
    folder = copy_language(tmp_path)
    edit(folder, "relative.json", lambda d: (d.pop("background_nouns"), d.pop("noun_links")))
    edit(folder, "tense.json", lambda d: d.pop("verb_prefixes"))
    data = languages.validate(folder)
    assert data["background_nouns"] == [] and data["noun_links"] == [] and data["verb_prefixes"] == []
    edit(folder, "relative.json", lambda d: d.update(noun_links="of"))
    with pytest.raises(languages.LanguageError, match=r"relative\.json: key 'noun_links': must be"):
        languages.validate(folder)


def test_the_clauses_file_may_be_left_out_and_is_validated_when_given(tmp_path):
    folder = copy_language(tmp_path)
    (folder / "clauses.json").unlink()
    data = languages.validate(folder)
    assert data["modals"] == [] and data["prepositions"] == []
    copy = copy_language(tmp_path / "again")
    edit(copy, "clauses.json", lambda d: d.update(modals="will"))
    with pytest.raises(languages.LanguageError, match=r"clauses\.json: key 'modals': must be"):
        languages.validate(copy)


def test_the_event_typer_reads_its_clause_words_from_the_language_folders():
    from dashboard import events
    english, urdu = languages.load("en"), languages.load("ur")
    assert events.MODALS == set(english["modals"]) and "will" in events.MODALS
    assert events.FUTURE_APART == set(urdu["future_words_apart"]) and "گا" in events.FUTURE_APART
    assert events.CLAUSE_WORDS == set(english["clause_words"]) | set(urdu["clause_words"])


def test_a_count_of_days_needs_its_ordinal_group(tmp_path):
    folder = copy_language(tmp_path)
    edit(folder, "relative.json", lambda d: d.update(nth_day_patterns=[r"for a (\w+) day"]))
    with pytest.raises(languages.LanguageError, match=r"relative\.json: key 'nth_day_patterns': .* needs a group 'nth'"):
        languages.validate(folder)


def test_wrong_type_names_file_and_key(tmp_path):
    folder = copy_language(tmp_path)
    edit(folder, "calendar.json", lambda d: d.update(weekdays=["monday"] * 6))
    with pytest.raises(languages.LanguageError, match=r"calendar\.json: key 'weekdays': must be"):
        languages.validate(folder)


def test_a_month_left_out_is_refused(tmp_path):
    folder = copy_language(tmp_path)
    edit(folder, "calendar.json", lambda d: d["months"].pop("december") and d["months"].pop("dec"))
    with pytest.raises(languages.LanguageError, match="months"):
        languages.validate(folder)


def test_missing_file_and_bad_json(tmp_path):
    folder = copy_language(tmp_path)
    (folder / "tense.json").unlink()
    with pytest.raises(languages.LanguageError, match=r"tense\.json: file missing"):
        languages.validate(folder)
    folder = copy_language(tmp_path, "ur")
    (folder / "sentences.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(languages.LanguageError, match=r"sentences\.json: not readable JSON"):
        languages.validate(folder)


def test_unknown_language_code_falls_back_to_the_script():
    found = find_dates("The court met on Monday.", date(2024, 2, 14), language="xx")
    assert [m.value for m in found] == ["2024-02-12"]
    assert find_dates("The court met on Monday.", date(2024, 2, 14), language="und")[0].language == "en"


def test_abbreviations_come_from_the_language_folder():
    text = "Mr. Khan arrived on Nov. 13 in Lahore. He left."
    assert [text[s:e] for s, e in split_sentences(text, 0, len(text))] == [
        "Mr. Khan arrived on Nov. 13 in Lahore.", "He left."]
