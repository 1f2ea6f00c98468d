"""One Filters, three codecs (URL, widgets, CLI) sharing one set of checks."""

from datetime import date

import pytest

from dashboard.filters import FilterError, Filters, checked, from_cli, from_query
from dashboard.settings import Settings
from dashboard.web.widgets import filters_from_values, values_from_filters

TYPES = ["election", "protest", "coalition"]


def test_zoom_is_kept_in_the_url():
    f = Filters(types=("protest",), zoom=(date(2024, 2, 1), date(2024, 2, 20)))
    assert "zoom=2024-02-01..2024-02-20" in f.to_query()
    again = from_query(f.to_query(), known_types=TYPES)
    assert again == f and again.notices == ()


def test_a_bad_zoom_is_a_notice_not_a_crash():
    f = from_query("?zoom=2024-02-20..2024-02-01", known_types=TYPES)
    assert f.zoom is None and f.notices == ("the zoom range was empty; the whole extent is shown",)
    f = from_query("?zoom=yesterday", known_types=TYPES)
    assert f.zoom is None and len(f.notices) == 1


def test_widgets_and_url_give_the_same_notices():
    # the page used to drop a bad date silently; now both codecs say the same thing
    widgets = filters_from_values("2024-02-31", None, [], ["party"], [], "", [], "type", known_types=TYPES)
    url = from_query("?from=2024-02-31&type=party", known_types=TYPES)
    assert widgets == url == Filters()
    assert widgets.notices == url.notices and len(url.notices) == 2
    assert "not a date" in url.notices[0] and "unknown type 'party'" in url.notices[1]


def test_widget_codec_round_trip():
    f = Filters(actors=("JI",), types=("coalition",), outlets=("Dawn",), query="KP", lanes="actor")
    assert filters_from_values(*values_from_filters(f), known_types=TYPES) == f


def test_cli_codec_names_the_option():
    with pytest.raises(FilterError, match=r"^--from must be a date such as 2024-02-08, not 'soon'$"):
        from_cli(date_from="soon", known_types=TYPES)
    with pytest.raises(FilterError, match=r"^--outlet unknown outlet 'The Times'; choose from Dawn, Geo News$"):
        from_cli(outlets=["The Times"], known_outlets={"Dawn", "Geo News"}, known_types=TYPES)
    with pytest.raises(FilterError, match="--type unknown event type 'party'"):
        from_cli(types=["party"], known_types=TYPES)
    assert from_cli(outlets=["Dawn"], known_outlets={"Dawn"}, known_types=TYPES).outlets == ("Dawn",)


def test_from_after_to_is_refused_everywhere():
    f, problems = checked(date_from="2024-03-01", date_to="2024-02-01", known_types=TYPES)
    assert f.date_from is None and f.date_to is None and problems[0][0] == "from"
    with pytest.raises(FilterError, match="--from is after --to"):
        from_cli(date_from="2024-03-01", date_to="2024-02-01", known_types=TYPES)


def test_settings_from_the_environment_in_one_place(tmp_path):
    s = Settings.from_environ({"DASHBOARD_ARTICLES": str(tmp_path), "DASHBOARD_TITLE": "Votes",
                               "DASHBOARD_RELOAD_SECONDS": "off", "DASHBOARD_FRAME_ANCESTORS": "https://a.example"})
    assert (s.articles_folder, s.title, s.reload_seconds, s.frame_ancestors) == (tmp_path, "Votes", None,
                                                                                "https://a.example")
    default = Settings.from_environ({})
    assert default.title is None and default.reload_seconds == 10.0 and default.story_folder is None


def test_export_filters_by_outlet_and_names_a_bad_one(tmp_path):
    import json
    import subprocess
    import sys

    from conftest import REPO, SEEDS

    def export(*args):
        return subprocess.run([sys.executable, "-m", "dashboard", "export", "--seeds", str(SEEDS), *args],
                              capture_output=True, text=True, cwd=REPO, timeout=120)

    bad = export("--out", str(tmp_path / "x.json"), "--outlet", "The Times")
    assert bad.returncode == 2
    assert [line for line in bad.stderr.splitlines() if line.startswith("error:")] == [
        "error: --outlet unknown outlet 'The Times'; choose from ARY News, Al Mayadeen English"]
    good = export("--out", str(tmp_path / "ary.json"), "--outlet", "ARY News")
    assert good.returncode == 0, good.stderr
    caption = [a["text"] for a in json.loads((tmp_path / "ary.json").read_text())["layout"]["annotations"]
               if a.get("name") == "caption"][0]
    # ARY News published one seed article (14 Feb): JI declining PTI's offer, and its
    # mentions of the 8 Feb election, in two languages
    assert "outlets ARY News" in caption and "in 1 article" in caption
