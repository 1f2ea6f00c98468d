"""The loader scored on the hand-annotated seeds, by the bars of the brief."""

import pytest

from dashboard.corpus import date_label


def _text_events(corpus, article):
    events = corpus.events[(corpus.events["article"] == article) & (corpus.events["date_source"] == "text")]
    return [(date_label(e.date, e.precision), e.precision, e.type, e.sentence) for e in events.itertuples()]


def test_every_gold_event_found_at_its_date_and_precision(seeds_corpus, gold):
    missing = []
    for record in gold:
        found = {(d, p) for d, p, _, _ in _text_events(seeds_corpus, record["file"])}
        for event in record["events"]:
            if (event["date"], event["precision"]) not in found:
                missing.append((record["file"], event["date"], event["cue"]))
    assert missing == []


def test_at_most_one_extra_date_in_ten(seeds_corpus, gold):
    extra, total = [], 0
    for record in gold:
        allowed = {(e["date"], e["precision"]) for e in record["events"] + record.get("optional", [])}
        dates = {(d, p) for d, p, _, _ in _text_events(seeds_corpus, record["file"])}
        total += len(dates)
        extra += [(record["file"], d) for d in dates - allowed]
    assert total > 0
    assert len(extra) <= total / 10, extra


def test_no_boilerplate_date_or_sentence(seeds_corpus, gold):
    for record in gold:
        events = seeds_corpus.events[seeds_corpus.events["article"] == record["file"]]
        labels = {date_label(e.date, e.precision) for e in events.itertuples()}
        for not_event in record.get("not_events", []):
            assert not_event["date"] not in labels, (record["file"], not_event)
        for phrase in record.get("boilerplate_phrases", []):
            hits = [s for s in events["sentence"] if phrase.lower() in s.lower()]
            assert hits == [], (phrase, hits)


def test_types_right_for_nine_in_ten(seeds_corpus, gold):
    right = wrong = 0
    wrong_cases = []
    for record in gold:
        events = _text_events(seeds_corpus, record["file"])
        for gold_event in record["events"]:
            for d, p, kind, sentence in events:
                if (d, p) == (gold_event["date"], gold_event["precision"]):
                    if kind in gold_event["types"]:
                        right += 1
                    else:
                        wrong += 1
                        wrong_cases.append((record["file"], d, kind, sentence[:60]))
    assert right + wrong > 0
    assert right / (right + wrong) >= 0.9, wrong_cases


def test_all_fourteen_tallies_found(seeds_corpus, gold):
    tallies = seeds_corpus.tallies
    expected = [(record["file"], tally["as_of"], party, seats)
                for record in gold for tally in record.get("tallies", [])
                for party, seats in tally["seats"].items()]
    assert len(expected) == 14
    got = {(t.article, t.as_of.date().isoformat(), t.party, t.seats) for t in tallies.itertuples()}
    assert [e for e in expected if e not in got] == []


def test_tally_basis_and_out_of(seeds_corpus):
    t = seeds_corpus.tallies
    provisional = t[(t["basis"] == "provisional")]
    assert set(provisional["party"]) == {"IND", "PML-N", "PPP"}
    assert set(provisional["counted"]) == {157} and set(provisional["out_of"]) == {265}
    assert set(provisional["reported_by"]) == {"ECP"}
    unofficial = t[(t["basis"] == "unofficial")]
    assert dict(zip(unofficial["party"], unofficial["seats"])) == {"IND": 91, "PML-N": 64, "PPP": 50}
    assert set(unofficial["reported_by"]) == {"Geo News"}


@pytest.mark.parametrize("field", ["published", "title", "outlet", "dateline"])
def test_article_metadata_matches_gold(seeds_corpus, gold, field):
    articles = seeds_corpus.articles.set_index("article")
    checked = 0
    for record in gold:
        if field not in record:
            continue
        value = articles.at[record["file"], field]
        if field == "published":
            value = value.date().isoformat()
        assert value == record[field], (record["file"], field)
        checked += 1
    assert checked >= 1


def test_gold_actors_named(seeds_corpus, gold):
    """Actors the sentence itself names are found (coreference like 'both parties' is not)."""
    events = seeds_corpus.events
    friday = events[(events["cue"] == "Friday")].iloc[0]
    assert {"PTI", "JI", "ECP"} <= set(friday["actors"])
    ousted = events[events["cue"] == "in 2022"].iloc[0]
    assert "PTI" in ousted["actors"] and "Imran Khan" in ousted["actors"]


def test_same_happening_in_several_articles_is_one_cluster(seeds_corpus):
    events = seeds_corpus.events
    election = events[(events["date"] == "2024-02-08") & (events["type"] == "election")]
    assert election["happening"].nunique() == 1
    assert set(election["sources"]) == {election["article"].nunique()}
    assert election["article"].nunique() >= 4


def test_offsets_point_into_the_source_file(seeds_corpus):
    from dashboard.settings import DEFAULT_ARTICLES

    for e in seeds_corpus.events.itertuples():
        text = (DEFAULT_ARTICLES / e.article).read_text(encoding="utf-8")
        assert text[e.start:e.end] == e.sentence
        if e.date_source == "text":
            assert text[e.cue_start:e.cue_end] == e.cue


def test_urdu_passages_are_typed_too():
    from dashboard.events import classify

    sentence = "تحریک انصاف نے 8 فروری 2024ء کے انتخابات کے نتائج مسترد کر دیے"
    start = sentence.index("8 فروری")
    kind, scores = classify(sentence, (start, start + len("8 فروری 2024ء")), [])
    assert kind == "election" and scores["election"] > scores.get("results", 0)
