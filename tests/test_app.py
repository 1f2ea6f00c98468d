"""Callback logic without a browser: filters, URL state, views and server routes."""

import time

import pytest

from dashboard.app import Views, create_app, csv_text, filters_from_values, values_from_filters
from dashboard.filters import Filters, apply, from_query


@pytest.fixture(scope="module")
def app(seeds_corpus):
    return create_app(corpus=seeds_corpus)


@pytest.fixture(scope="module")
def views(app):
    return app.live.views


def test_query_round_trip(views):
    f = Filters(actors=("PTI",), types=("protest", "coalition"), query="rigging", text_dated_only=True,
                lanes="actor")
    again = views.parse(f.to_query())
    assert again == f and again.notices == ()


def test_malformed_query_falls_back_with_notices(views):
    f = views.parse("?from=2024-02-31&actor=Nobody&type=party&lanes=diagonal&ev=nope&q=" + "x" * 5000)
    assert f.date_from is None and f.actors == () and f.types == () and f.lanes == "type"
    assert f.selected is None and len(f.query) <= 200
    assert len(f.notices) == 5, f.notices


def test_repeated_keys_are_bounded():
    f = from_query("?" + "&".join(f"type=protest&actor=A{i}" for i in range(100)), None, None)
    assert f.types == ("protest",) and len(f.actors) == 50
    assert any("first 50" in n for n in f.notices)
    huge = from_query("?" + "&".join(["type=protest"] * 5000), None, None)
    assert huge.types == ("protest",) and any("only the first" in n for n in huge.notices)


def test_party_filter_includes_its_people(seeds_corpus, views):
    events = seeds_corpus.events
    ppp = views.filtered(Filters(actors=("PPP",)))
    people = {"Bilawal Bhutto Zardari", "Asif Ali Zardari"}
    expected = events[events["actors"].map(lambda a: "PPP" in a or bool(people & set(a)))]
    assert set(ppp["event_id"]) == set(expected["event_id"]) and len(ppp) > 0


def test_filters_combine(seeds_corpus):
    events = seeds_corpus.events
    f = Filters(actors=("PTI",), types=("election",), text_dated_only=True)
    rows = apply(events, f)
    assert len(rows) > 0
    assert all("PTI" in a for a in rows["actors"]) and set(rows["type"]) == {"election"}
    assert set(rows["date_source"]) == {"text"}
    span = apply(events, Filters(date_from=__import__("datetime").date(2023, 8, 15)))
    assert "in August" in set(span["cue"])  # a month overlapping the range is kept


def test_view_draws_one_mark_per_happening(views, seeds_corpus):
    # PPP (with its people) and "coalition": the seeds have four coalition sentences naming
    # PPP or Bilawal Bhutto Zardari, all in the one Al Mayadeen article of 13 Feb about
    # the PPP and PML-N talks, so one happening from four reports.
    f = filters_from_values(None, None, ["PPP"], ["coalition"], [], "", [], "type")
    v = views.view(f)
    figure, rows, count, tallies, style = v["figure"], v["rows"], v["count"], v["tallies"], v["style"]
    marks = sum(len(t.x) for t in figure.data if t.mode == "markers")
    assert marks == len(rows) == 1
    assert rows[0]["date"] == "13 Feb 2024" and rows[0]["type"] == "coalition"
    assert count.startswith("1 happening from ") and count.endswith("(of 12)")
    assert set(tallies_party for t in tallies.data for tallies_party in [t.name.split(" · ")[0]]) == {"PPP"}
    assert style == []


def test_whole_view_counts_what_is_drawn(views):
    # 12 happenings in the seeds, counted by hand from the five texts: the 2022 ouster
    # campaign, Khan's arrest (August 2023), the 8 Feb election (4 articles), the mobile
    # network shut down "on election day" (8 Feb, Al Mayadeen), the US statement (9 Feb), Khan
    # ruling out alliances and the PPP/PML-N talks (13 Feb), JI declining PTI's offer (14 Feb),
    # PTI and JI joining hands (16 Feb), the protest called for 17 Feb and the party meeting on
    # 19 Feb (both planned), PTI's hopes in the new US administration (7 Nov 2024).  25
    # sentences report them (one names the election only by its year: "their lead in the
    # general elections 2024").
    v = views.view(Filters())
    assert v["count"] == "12 happenings from 25 reports"
    marks = sum(len(t.x) for t in v["figure"].data if t.mode == "markers")
    assert marks == 12
    x_range = [str(x)[:4] for x in v["figure"].layout.xaxis.range]
    assert x_range[0] <= "2022" and x_range[1] == "2024"   # the whole extent, 2022 to November 2024
    election = [r for r in views.view(Filters(types=("election",)))["rows"]]
    assert len(election) == 1 and election[0]["outlets"].startswith("4 sources")


def test_empty_view_says_what_to_do(views):
    v = views.view(Filters(query="no such words anywhere"))
    figure, rows, count = v["figure"], v["rows"], v["count"]
    assert rows == [] and "Nothing matches" in count
    assert any("Nothing matches" in a.text for a in figure.layout.annotations)


def test_values_and_filters_agree():
    f = Filters(actors=("JI",), types=("coalition",), query="KP", lanes="actor")
    assert filters_from_values(*values_from_filters(f)) == f


def test_clicks_select_only_real_happenings(views, seeds_corpus):
    happening_id = seeds_corpus.happenings["happening_id"].iloc[0]
    assert views.clicked("timeline", {"points": [{"customdata": happening_id}]}, None) == happening_id
    assert views.clicked("table", None, {"row_id": happening_id}) == happening_id
    event = seeds_corpus.events.iloc[0]   # an old link to a report opens its happening
    assert views.clicked("table", None, {"row_id": event["event_id"]}) == event["happening"]
    assert views.clicked("timeline", {"points": [{"customdata": "<script>"}]}, None) is None


def test_detail_lists_every_report_with_cue_trigger_and_link(views, seeds_corpus):
    h = seeds_corpus.happenings
    election = h[h["type"] == "election"].iloc[0]
    children = views.detail(election["happening_id"], "?type=election")
    text = str(children)
    # 9 sentences in 4 articles report the 8 Feb election (counted in the seed texts; one names it
    # by its year only, "the general elections 2024")
    sources = [c for c in children if getattr(c, "id", None) == "detail-sources"][0]
    assert len(sources.children) == 9
    assert "9 reports in 4 articles" in text
    assert "className='cue'" in text and "className='trigger'" in text
    assert "back=type%3Delection" in text and "?hl=" in text


def test_csv_download_is_filtered_and_safe(views):
    csv = csv_text(views.filtered(Filters(types=("protest",))))
    lines = csv.strip().splitlines()
    assert lines[0].startswith("event_id,") and len(lines) == 1 + 1  # one protest sentence in the seeds


def test_routes(app, seeds_corpus):
    client = app.server.test_client()
    health = client.get("/healthz").get_json()
    assert health["articles"] == 5 and health["events"] == len(seeds_corpus.events)
    assert client.get("/article/nope-000000").status_code == 404
    assert client.get("/article/../../etc/passwd").status_code == 404
    aid = seeds_corpus.articles["id"].iloc[0]
    assert client.get(f"/article/{aid}").status_code == 200
    assert client.get("/").status_code == 200


def test_reader_highlights_the_sentence(views, seeds_corpus):
    e = seeds_corpus.events[seeds_corpus.events["cue"] == "in August"].iloc[0]
    page = views.article_page(e["article_id"], f"?hl={e['start']}-{e['end']}")
    text = str(page)
    assert "id='hl'" in text or 'id="hl"' in text
    assert e["sentence"][:40] in text


def test_empty_folder_says_where_to_put_articles(tmp_path):
    from dashboard import load_corpus

    views = Views(load_corpus(tmp_path))
    page = views.main_page("")
    assert page.id == "empty-corpus" and str(tmp_path) in str(page)


def test_security_headers_and_request_limits(app, monkeypatch, seeds_corpus):
    client = app.server.test_client()
    page = client.get("/")
    csp = page.headers["Content-Security-Policy"]
    assert page.headers["X-Content-Type-Options"] == "nosniff" and page.headers["Referrer-Policy"]
    assert "script-src 'self' 'sha256-" in csp and "frame-ancestors 'self'" in csp and "'unsafe-eval'" not in csp
    assert page.headers["X-Frame-Options"] == "SAMEORIGIN"
    embed = client.get("/embed?type=election")
    assert "X-Frame-Options" not in embed.headers
    too_big = client.post("/_dash-update-component", data=b"x" * (2 * 1024 * 1024), content_type="application/json")
    assert too_big.status_code == 413

    monkeypatch.setenv("DASHBOARD_FRAME_ANCESTORS", "https://reports.example.org")
    framed = create_app(corpus=seeds_corpus).server.test_client().get("/embed")
    assert "frame-ancestors https://reports.example.org" in framed.headers["Content-Security-Policy"]


def test_live_corpus_picks_up_added_and_deleted_files(tmp_path):
    import shutil

    from conftest import SEEDS

    from dashboard import load_corpus

    folder = tmp_path / "articles"
    shutil.copytree(SEEDS, folder)
    app = create_app(corpus=load_corpus(folder), reload_seconds=0)
    client = app.server.test_client()
    assert client.get("/healthz").get_json()["articles"] == 5
    (folder / "new.txt").write_text(" date 2024-03-01 PTI held a rally on Friday in Lahore.\n", encoding="utf-8")
    (folder / "000_051e9cf969fe149c.txt").unlink()
    client.get("/")  # starts the re-read in the background and answers from the corpus it has
    app.live.wait(60)
    articles = set(app.live.views.corpus.articles["article"])
    assert "new.txt" in articles and "000_051e9cf969fe149c.txt" not in articles


def test_the_request_that_triggers_a_reload_does_not_wait_for_it(tmp_path):
    import shutil

    from conftest import SEEDS

    from dashboard import load_corpus

    folder = tmp_path / "articles"
    shutil.copytree(SEEDS, folder)
    app = create_app(corpus=load_corpus(folder, use_cache=False), reload_seconds=0, use_cache=False)
    client = app.server.test_client()
    body = (SEEDS / "000_051e9cf969fe149c.txt").read_text(encoding="utf-8")
    for i in range(40):  # seconds of parsing: 40 new articles, read without the cache
        (folder / f"copy-{i}.txt").write_text(body + f"\nNote {i}.\n", encoding="utf-8")
    started = time.perf_counter()
    health = client.get("/healthz").get_json()
    waited = time.perf_counter() - started
    assert health["status"] == "ok" and health["articles"] == 5  # the previous corpus, at once
    assert waited < 0.5, waited
    app.live.wait(120)
    assert client.get("/healthz").get_json()["articles"] == 45


def test_a_folder_that_breaks_during_reload_keeps_the_old_corpus(tmp_path):
    import shutil

    from conftest import SEEDS

    from dashboard import load_corpus

    folder = tmp_path / "articles"
    shutil.copytree(SEEDS, folder)
    app = create_app(corpus=load_corpus(folder), reload_seconds=0)
    shutil.rmtree(folder)
    client = app.server.test_client()
    client.get("/healthz")
    app.live.wait(60)
    assert client.get("/healthz").get_json()["articles"] == 5


def test_tally_chart_says_when_the_chosen_party_has_no_tallies(views):
    pti = views.view(Filters(actors=("PTI",)))["tallies"]
    assert "No tallies name PTI" in pti.layout.title.text
    assert {t.name.split(" · ")[0] for t in pti.data} >= {"IND", "PML-N", "PPP"}
    ppp = views.view(Filters(actors=("Bilawal Bhutto Zardari",)))["tallies"]
    assert ppp.layout.title.text is None and {t.name.split(" · ")[0] for t in ppp.data} == {"PPP"}
