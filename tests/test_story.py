"""A story is data: the default story and a second one (Sri Lanka 2024, with a type the
default lacks) are validated folders, and the figures, filters and exports follow them."""

import json
import shutil
import subprocess
import sys

import pandas as pd
import pytest
from conftest import HERE, REPO

from dashboard.story import DEFAULT_STORY_DIR, StoryError, load_story

SECOND = HERE / "data" / "stories" / "sri-lanka-2024"


@pytest.fixture
def broken(tmp_path):
    """A copy of the default story to break one file at a time."""
    target = tmp_path / "story"
    shutil.copytree(DEFAULT_STORY_DIR, target)
    return target


def _edit(path, change):
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data), encoding="utf-8")


def test_default_story_lists_the_briefs_types_in_order():
    story = load_story()
    assert story.type_names == ["election", "results", "coalition", "protest", "rigging_allegation", "legal",
                                "international", "government_formation", "statement", "other"]
    assert story.label("rigging_allegation") == "rigging allegation"
    assert story.tallies.results_authority == "ECP"
    assert "statement" not in story.undated_types and "protest" in story.undated_types


def test_second_story_has_its_own_type_and_actors():
    story = load_story(SECOND)
    assert "second_count" in story.type_names and "second_count" not in load_story().type_names
    assert story.label("second_count") == "second count" and story.colour("second_count") == "#EE7733"
    assert "NPP" in story.actor_names and "PTI" not in story.actor_names


def test_unknown_type_gets_a_label_and_a_colour_never_a_key_error():
    story = load_story()
    assert story.label("by_election") == "by election"
    assert story.colour("by_election").startswith("#")


@pytest.mark.parametrize("file, change, expected", [
    ("story.json", lambda d: d.pop("title"), "story.json: title: must be a non-empty string"),
    ("story.json", lambda d: d["types"][0].update(colour="purple"), "types[0].colour: 'purple' must be a colour"),
    ("story.json", lambda d: d["types"].append(dict(d["types"][0])), "types[10].name: 'election' is listed twice"),
    ("story.json", lambda d: d["tallies"].update(results_authority="Nobody"),
     "tallies.results_authority: 'Nobody' is not an actor"),
    ("actors.json", lambda d: d["people"][0].update(party="XYZ"), "people[0].party: 'XYZ' is not one of the parties"),
    ("actors.json", lambda d: d["parties"][0].update(aliases="PTI"), "parties[0].aliases: must be a list of strings"),
    ("event_types.json", lambda d: d["keywords"].update(bribery=["bribe"]),
     "keywords.bribery: 'bribery' is not an event type of this story"),
    ("event_types.json", lambda d: d["weights"].pop("head"), "weights.head: must be a number"),
    ("outlets.json", lambda d: d.update(outlets=[]), "outlets: must be an object"),
    ("story.json", lambda d: d["known_days"][0].update(date="9 May 2023"),
     "known_days[0].date: '9 May 2023' must be a date"),
    ("story.json", lambda d: d["known_days"][0].update(type="riot"), "known_days[0].type: 'riot' is not an event type"),
    ("story.json", lambda d: d.update(known_days=None), "known_days: must be a list of days"),
    ("story.json", lambda d: d["known_days"][0].update(about=5), "known_days[0].about: must be text"),
    ("event_types.json", lambda d: d["nouns"]["protest"].append("rally"), "is listed twice"),
    # (round 47: the matcher reads one level of groups; a nested one used to be split into broken readings)
    ("event_types.json", lambda d: d["verbs"]["legal"].append("(judges) (of the (Supreme Court|High Court))? (took oath)"),
     "a group inside a group"),
    ("event_types.json", lambda d: d.update(announced_on_types=["riot"]),
     "announced_on_types[0]: 'riot' is not an event type"),
    ("event_types.json", lambda d: d["doers"].update(bribery=["judge"]),
     "doers.bribery: 'bribery' is not an event type of this story"),
    ("event_types.json", lambda d: d["roles"].update(said=["bribery"]),
     "roles.said[0]: 'bribery' is not an event type of this story"),
    ("event_types.json", lambda d: d.update(government_side_lead_words="talks"),
     "government_side_lead_words: must be a list of strings"),
    ("story.json", lambda d: d["known_days"][0].update(kin_types=["riot"]),
     "known_days[0].kin_types[0]: 'riot' is not an event type"),
    ("story.json", lambda d: d["known_days"][0].update(type=None, kin_types=["election"]),
     "known_days[0].kin_types: a day with kin types needs a type of its own"),
    ("story.json", lambda d: d["known_days"][0].update(act_words="verdict"),
     "known_days[0].act_words: must be a list of strings"),
    ("story.json", lambda d: d["ongoing"][0].update(words=[]), "ongoing[0].words: must be a non-empty list"),
    ("story.json", lambda d: d["ongoing"][0].update(type="outage"), "ongoing[0].type: 'outage' is not an event type"),
    ("event_types.json", lambda d: d.update(government_side_patterns=["talks with (the"]),
     "government_side_patterns[0]: not a regular expression"),
])
def test_a_broken_file_is_one_line_naming_file_key_and_problem(broken, file, change, expected):
    _edit(broken / file, change)
    with pytest.raises(StoryError) as info:
        load_story(broken)
    message = str(info.value)
    assert "\n" not in message
    assert expected in message and file in message


def test_invalid_json_names_the_line(broken):
    (broken / "outlets.json").write_text('{"outlets": {\n  "Dawn": ["Dawn"],\n}', encoding="utf-8")
    with pytest.raises(StoryError, match=r"outlets.json: line 3: not valid JSON"):
        load_story(broken)


def test_story_check_command(broken):
    ok = subprocess.run([sys.executable, "-m", "dashboard", "story", "--check", str(SECOND)], cwd=REPO,
                        capture_output=True, text=True)
    assert ok.returncode == 0 and "6 event types" in ok.stdout
    (broken / "actors.json").unlink()
    bad = subprocess.run([sys.executable, "-m", "dashboard", "story", "--check", str(broken)], cwd=REPO,
                         capture_output=True, text=True)
    assert bad.returncode == 2
    assert bad.stderr.strip().count("\n") == 0 and "actors.json: file missing" in bad.stderr
    assert "Traceback" not in bad.stderr


def _events(types):
    n = len(types)
    return pd.DataFrame({
        "event_id": [f"e{i}" for i in range(n)], "date": pd.to_datetime(["2024-09-21"] * n),
        "date_end": pd.to_datetime(["2024-09-21"] * n), "precision": ["day"] * n, "date_source": ["text"] * n,
        "type": types, "actors": [["NPP"]] * n, "sentence": ["A sentence."] * n, "sources": [1] * n})


def test_figure_draws_the_second_storys_type_with_its_colour_and_label():
    from dashboard import figures

    story = load_story(SECOND)
    fig = figures.timeline(_events(["second_count", "election", "second_count"]), story=story)
    traces = {t.name: t for t in fig.data if t.mode == "markers"}
    assert set(traces) == {"second count", "election"}
    assert traces["second count"].marker.color == "#EE7733"
    assert len(traces["second count"].x) == 2
    # lanes follow the story's order: election first (top), then second count
    assert list(fig.layout.yaxis.ticktext) == ["election", "second count"]


def test_a_type_the_story_does_not_list_is_still_drawn():
    from dashboard import figures

    fig = figures.timeline(_events(["election", "by_election"]))
    names = {t.name for t in fig.data if t.mode == "markers"}
    assert names == {"election", "by election"}


def test_filters_accept_the_storys_types_only():
    from dashboard.filters import from_query

    story = load_story(SECOND)
    f = from_query("?type=second_count&type=protest", known_types=story.type_names)
    assert f.types == ("second_count",)
    assert any("protest" in n for n in f.notices)


# --- the second story end to end -------------------------------------------------------

ARTICLES = HERE / "data" / "sri-lanka-articles"


@pytest.fixture(scope="module")
def lanka():
    from dashboard import load_corpus

    return load_corpus(ARTICLES, story=SECOND, use_cache=False)


def test_second_story_events_use_its_actors_and_its_own_type(lanka):
    events = lanka.events
    # count.txt: "Sri Lanka counted second preference votes on Sunday" (22 Sept 2024)
    counted = events[events["cue"] == "on Sunday"]
    assert "second_count" in set(counted["type"])
    assert str(counted[counted["type"] == "second_count"]["date"].iloc[0].date()) == "2024-09-22"
    # swearing-in.txt: "Anura Kumara Dissanayake was sworn in as president on Monday"
    sworn = events[(events["article"] == "swearing-in.txt") & (events["cue"] == "on Monday")].iloc[0]
    assert {"Anura Kumara Dissanayake", "NPP"} <= set(sworn["actors"]) and sworn["type"] == "government_formation"
    assert not any("PTI" in a for a in events["actors"])
    assert lanka.story.title == "Sri Lanka presidential election 2024"


def test_second_story_chart_filters_and_export(lanka, tmp_path):
    from dashboard import figures
    from dashboard.export import export_chart, parse_filters

    fig = figures.happenings_timeline(lanka.happenings, story=lanka.story)
    marks = {t.name: t for t in fig.data if t.mode == "markers"}
    assert "second count" in marks and marks["second count"].marker.color == "#EE7733"
    f = parse_filters(lanka, types=["second_count"], story=lanka.story)
    assert f.types == ("second_count",)
    out = export_chart(lanka, tmp_path / "lanka.html", types=["second_count"], story=lanka.story)
    page = out.read_text(encoding="utf-8")
    assert "second count" in page and "Sri Lanka presidential election 2024" in page


def test_second_story_has_cache_files_of_its_own(tmp_path):
    from dashboard import load_corpus

    cache = tmp_path / "cache"
    load_corpus(ARTICLES, story=SECOND, cache_dir=cache)
    load_corpus(ARTICLES, cache_dir=cache)  # the same folder under the default story
    again = load_corpus(ARTICLES, story=SECOND, cache_dir=cache)
    assert again.from_cache == 3 and "second_count" in set(again.events["type"])


def test_cli_reads_the_story_option_and_refuses_a_broken_story(broken):
    ok = subprocess.run([sys.executable, "-m", "dashboard", "events", "--seeds", str(ARTICLES), "--story", str(SECOND),
                         "--no-cache"], cwd=REPO, capture_output=True, text=True)
    assert ok.returncode == 0 and '"type": "second_count"' in ok.stdout
    _edit(broken / "story.json", lambda d: d["types"][0].update(colour="nope"))
    bad = subprocess.run([sys.executable, "-m", "dashboard", "events", "--seeds", str(ARTICLES), "--story", str(broken)],
                         cwd=REPO, capture_output=True, text=True)
    assert bad.returncode == 2 and bad.stderr.strip().count("\n") == 0 and "types[0].colour" in bad.stderr
