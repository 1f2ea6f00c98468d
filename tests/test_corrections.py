"""Corrections: recorded with who/when/before/after, applied on top of the parsed corpus,
revertible, kept when their event is gone; against SQLite and a real PostgreSQL."""

import io
import json
import sys
import threading

import pandas as pd
import postgres
import pytest

from dashboard import load_corpus
from dashboard.corrections import CorrectionError, Store, apply_corrections, correct, date_value, split_id

# Two outlets report one protest (a Monday in a Wednesday article, and "February 12");
# one of them also reports a planned hearing, the other a coalition deal.
ARTICLES = {
    "dawn-protest.txt": "title: Workers rally against result delays\noutlet: Dawn\n date 2024-02-14\n\n"
                        "LAHORE: Hundreds of PTI workers protested outside the ECP office on Monday against the "
                        "delay in results.\n\nThe PPP and the PML-N agreed to form a coalition government on "
                        "February 13, party leaders said.\n",
    "tribune-protest.txt": "title: Protest at election office\noutlet: Express Tribune\n date 2024-02-13\n\n"
                           "LAHORE: PTI supporters staged a protest outside the ECP office on February 12 over "
                           "delayed results.\n\nThe Supreme Court will hear the petition on February 20, the "
                           "court said.\n",
}


@pytest.fixture(scope="module")
def postgres_url():
    if postgres.binaries() is None:
        pytest.skip("PostgreSQL's initdb/pg_ctl are not installed (scripts/test.sh installs Debian's postgresql)")
    with postgres.cluster() as url:
        yield url


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request, tmp_path):
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'corrections.sqlite'}"
    else:
        url = request.getfixturevalue("postgres_url")
    store = Store(url)
    if request.param == "postgresql":  # one cluster per module: start every test from empty tables
        from sqlalchemy import MetaData

        meta = MetaData()
        meta.reflect(store.engine)
        meta.drop_all(store.engine)
    store.upgrade()
    yield store
    store.engine.dispose()


@pytest.fixture
def folder(tmp_path):
    root = tmp_path / "articles"
    root.mkdir()
    for name, text in ARTICLES.items():
        (root / name).write_text(text, encoding="utf-8")
    return root


@pytest.fixture
def corpus(folder):
    return load_corpus(folder, use_cache=False)


def event_with(corpus, words: str) -> pd.Series:
    rows = corpus.events[corpus.events["sentence"].str.contains(words, regex=False)]
    assert len(rows) == 1, words
    return rows.iloc[0]


def test_a_change_is_recorded_with_before_and_after_and_applied(store, corpus):
    deal = event_with(corpus, "agreed to form a coalition")
    correct(store, corpus, "event", deal["event_id"], "date", date_value("2024-02-15", None), "ayesha", "wrong day")
    correct(store, corpus, "event", deal["event_id"], "type", "government_formation", "ayesha")
    trail = store.list_changes()
    assert [c["field"] for c in trail] == ["type", "date"]  # newest first
    assert trail[1]["before"] == {"date": "2024-02-13", "date_end": "2024-02-13", "precision": "day"}
    assert trail[1]["after"] == {"date": "2024-02-15", "date_end": "2024-02-15", "precision": "day"}
    assert trail[1]["by"] == "ayesha" and trail[1]["note"] == "wrong day"
    assert trail[0]["before"] == "coalition" and trail[0]["after"] == "government_formation"

    fixed = apply_corrections(corpus, store.effective())
    row = event_with(fixed, "agreed to form a coalition")
    assert row["date"] == pd.Timestamp("2024-02-15") and row["type"] == "government_formation"
    assert bool(row["corrected"])
    happening = fixed.happenings[fixed.happenings["happening_id"] == row["happening"]].iloc[0]
    assert happening["date"] == pd.Timestamp("2024-02-15") and bool(happening["corrected"])
    # the parsed corpus (what --original prints) is unchanged
    original = event_with(corpus, "agreed to form a coalition")
    assert original["date"] == pd.Timestamp("2024-02-13") and original["type"] == "coalition"
    assert not bool(original["corrected"])
    assert not event_with(fixed, "Supreme Court")["corrected"]


def test_month_precision_covers_the_month(store, corpus):
    hearing = event_with(corpus, "Supreme Court")
    correct(store, corpus, "event", hearing["event_id"], "date", date_value("2024-03", None), "bilal")
    row = event_with(apply_corrections(corpus, store.effective()), "Supreme Court")
    assert (row["date"], row["date_end"], row["precision"]) == (pd.Timestamp("2024-03-01"),
                                                                pd.Timestamp("2024-03-31"), "month")


def test_a_revert_is_a_change_and_restores_the_loaders_value(store, corpus):
    hearing = event_with(corpus, "Supreme Court")
    first = correct(store, corpus, "event", hearing["event_id"], "status", "happened", "ayesha")
    undo = store.revert(first.id, "bilal")
    assert undo.reverted_of == first.id and undo.before == "happened" and undo.after is None
    assert event_with(apply_corrections(corpus, store.effective()), "Supreme Court")["status"] == "planned"
    assert not event_with(apply_corrections(corpus, store.effective()), "Supreme Court")["corrected"]
    trail = store.list_changes()
    assert [(c["id"], c["active"]) for c in trail] == [(undo.id, True), (first.id, False)]
    with pytest.raises(CorrectionError):
        store.revert(first.id, "bilal")
    store.revert(undo.id, "ayesha")  # reverting the revert redoes the change
    assert event_with(apply_corrections(corpus, store.effective()), "Supreme Court")["status"] == "happened"


def test_hidden_event_leaves_the_view_and_its_happening(store, corpus):
    report = event_with(corpus, "Hundreds of PTI workers")
    correct(store, corpus, "event", report["event_id"], "hide", "duplicate wire copy", "ayesha")
    fixed = apply_corrections(corpus, store.effective())
    assert len(fixed.events) == len(corpus.events) - 1
    assert list(fixed.corrections.hidden["event_id"]) == [report["event_id"]]
    assert fixed.corrections.hidden["hidden_reason"].tolist() == ["duplicate wire copy"]
    protest = fixed.happenings[fixed.happenings["happening_id"] == report["happening"]].iloc[0]
    assert protest["sources"] == 1 and protest["event_ids"] == [event_with(corpus, "PTI supporters")["event_id"]]
    assert event_with(fixed, "PTI supporters")["sources"] == 1


def test_merge_two_happenings_and_split_a_report_out(store, corpus):
    deal, hearing = event_with(corpus, "coalition"), event_with(corpus, "Supreme Court")
    correct(store, corpus, "happening", hearing["happening"], "merge", {"into": deal["happening"]}, "ayesha")
    fixed = apply_corrections(corpus, store.effective())
    assert len(fixed.happenings) == len(corpus.happenings) - 1
    merged = fixed.happenings[fixed.happenings["happening_id"] == deal["happening"]].iloc[0]
    assert sorted(merged["event_ids"]) == sorted([deal["event_id"], hearing["event_id"]])
    assert merged["sources"] == 2 and bool(merged["corrected"])
    assert event_with(fixed, "Supreme Court")["happening"] == deal["happening"]

    report = event_with(corpus, "Hundreds of PTI workers")
    correct(store, fixed, "event", report["event_id"], "split", True, "bilal")
    fixed = apply_corrections(corpus, store.effective())
    alone = fixed.happenings[fixed.happenings["happening_id"] == split_id(report["event_id"])].iloc[0]
    assert alone["event_ids"] == [report["event_id"]] and alone["sources"] == 1
    rest = fixed.happenings[fixed.happenings["happening_id"] == report["happening"]].iloc[0]
    assert rest["event_ids"] == [event_with(corpus, "PTI supporters")["event_id"]]


def test_happening_fields_reach_its_reports(store, corpus):
    protest = event_with(corpus, "PTI supporters")["happening"]
    correct(store, corpus, "happening", protest, "label", "PTI protest at the ECP in Lahore", "ayesha")
    correct(store, corpus, "happening", protest, "type", "rigging_allegation", "ayesha")
    fixed = apply_corrections(corpus, store.effective())
    row = fixed.happenings[fixed.happenings["happening_id"] == protest].iloc[0]
    assert row["label"] == "PTI protest at the ECP in Lahore" and row["type"] == "rigging_allegation"
    members = fixed.events[fixed.events["happening"] == protest]
    assert len(members) == 2 and set(members["type"]) == {"rigging_allegation"} and members["corrected"].all()


def test_bad_input_is_refused(store, corpus):
    event_id = event_with(corpus, "Supreme Court")["event_id"]
    with pytest.raises(CorrectionError, match="unknown event"):
        correct(store, corpus, "event", "no-such-event", "type", "legal", "ayesha")
    with pytest.raises(CorrectionError, match="not a date"):
        date_value("2024-02-30", None)
    with pytest.raises(CorrectionError, match="unknown type"):
        correct(store, corpus, "event", event_id, "type", "party", "ayesha", types={"legal", "protest"})
    with pytest.raises(CorrectionError, match="reason"):
        correct(store, corpus, "event", event_id, "hide", "  ", "ayesha")
    with pytest.raises(CorrectionError, match="who"):
        correct(store, corpus, "event", event_id, "status", "happened", "")
    assert store.list_changes() == []


def test_corrections_survive_a_reread_and_a_cache_rebuild(store, folder, corpus):
    deal = event_with(corpus, "coalition")
    correct(store, corpus, "event", deal["event_id"], "actors", ["PPP", "PML-N", "MQM-P"], "ayesha")
    (folder / "later.txt").write_text("title: Later\noutlet: Dawn\n date 2024-02-16\n\nThe ECP announced "
                                      "final results on Thursday.\n", encoding="utf-8")
    for use_cache in (True, False):
        fixed = apply_corrections(load_corpus(folder, use_cache=use_cache), store.effective())
        assert event_with(fixed, "coalition")["actors"] == ["PPP", "PML-N", "MQM-P"]
        assert fixed.corrections.orphaned == []


def test_a_correction_whose_event_is_gone_is_kept_as_orphaned(store, folder, corpus):
    hearing = event_with(corpus, "Supreme Court")
    change = correct(store, corpus, "event", hearing["event_id"], "type", "statement", "ayesha")
    text = ARTICLES["tribune-protest.txt"].replace("will hear the petition", "will hear the appeal")
    (folder / "tribune-protest.txt").write_text(text, encoding="utf-8")
    fixed = apply_corrections(load_corpus(folder, use_cache=False), store.effective())
    assert [(o["change_id"], o["target_id"]) for o in fixed.corrections.orphaned] == [(change.id, hearing["event_id"])]
    assert [c["id"] for c in store.list_changes()] == [change.id]  # never dropped
    assert event_with(fixed, "will hear the appeal")["type"] == "legal"


def test_two_editors_at_once_are_both_recorded_and_the_later_wins(store, corpus):
    event_id = event_with(corpus, "coalition")["event_id"]
    start = threading.Barrier(2)
    errors = []

    def edit(person, kind):
        try:
            start.wait()
            correct(store, corpus, "event", event_id, "type", kind, person, seen="coalition")
        except Exception as exc:  # reported below
            errors.append(exc)
    threads = [threading.Thread(target=edit, args=args) for args in (("ayesha", "statement"), ("bilal", "legal"))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert errors == []
    trail = store.list_changes()  # newest first
    assert len(trail) == 2 and {c["by"] for c in trail} == {"ayesha", "bilal"}
    later, earlier = trail
    assert later["before"] == earlier["after"]  # the later one saw what it replaced...
    assert later["conflict"] and not earlier["conflict"]  # ...and it is marked as replacing a change made meanwhile
    assert event_with(apply_corrections(corpus, store.effective()), "coalition")["type"] == later["after"]


def test_sign_in_and_lock_out(store):
    store.add_user("ayesha", "a long enough password")
    with pytest.raises(CorrectionError):
        store.add_user("ayesha", "another long password")
    with pytest.raises(CorrectionError):
        store.add_user("short", "123")
    assert store.sign_in("ayesha", "a long enough password", "10.0.0.1") == "ayesha"
    for _ in range(5):
        assert store.sign_in("ayesha", "wrong password", "10.0.0.2") is None
    assert store.sign_in("ayesha", "a long enough password", "10.0.0.3") is None  # the account is locked
    assert store.locked("someone", "10.0.0.2")                                     # and so is the address
    assert not store.locked("someone", "10.0.0.9")
    assert store.secret_key() == store.secret_key() and len(store.secret_key()) == 64


# --- the command line (SQLite through DATABASE_URL) -----------------------------------------

def run_cli(monkeypatch, capsys, argv, stdin=""):
    from dashboard.cli import main

    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    status = main(argv)
    out, err = capsys.readouterr()
    return status, out, err


def test_cli_correct_edits_original_and_errors(monkeypatch, capsys, tmp_path, folder):
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'cli.sqlite'}")
    seeds = ["--seeds", str(folder)]
    _, out, _ = run_cli(monkeypatch, capsys, ["events", *seeds])
    deal = next(json.loads(line) for line in out.splitlines() if "coalition government" in line)
    status, out, _ = run_cli(monkeypatch, capsys, ["correct", deal["event_id"], "--date", "2024-02-15", "--type",
                                                   "legal", "--by", "ayesha", "--note", "court deal", *seeds])
    assert status == 0 and len(out.splitlines()) == 2
    _, out, _ = run_cli(monkeypatch, capsys, ["events", *seeds])
    row = next(json.loads(line) for line in out.splitlines() if deal["event_id"] in line)
    assert (row["date"], row["type"], row["corrected"]) == ("2024-02-15", "legal", True)
    _, out, _ = run_cli(monkeypatch, capsys, ["events", "--original", *seeds])
    row = next(json.loads(line) for line in out.splitlines() if deal["event_id"] in line)
    assert (row["date"], row["type"], row["corrected"]) == ("2024-02-13", "coalition", False)
    _, out, _ = run_cli(monkeypatch, capsys, ["happenings", *seeds])
    assert any(json.loads(line)["corrected"] and json.loads(line)["type"] == "legal" for line in out.splitlines())

    _, out, _ = run_cli(monkeypatch, capsys, ["edits"])
    trail = [json.loads(line) for line in out.splitlines()]
    assert [(c["field"], c["by"], c["note"]) for c in trail] == [("type", "ayesha", "court deal"),
                                                                  ("date", "ayesha", "court deal")]
    _, out, _ = run_cli(monkeypatch, capsys, ["edits", "--format", "csv"])
    assert out.splitlines()[0].startswith("id,at,by,target_kind,target_id,field,before,after,note")

    for bad in (["no-such-id", "--type", "legal"], [deal["event_id"], "--date", "2024-02-31"],
                [deal["event_id"], "--type", "party"], [deal["event_id"]]):
        status, out, err = run_cli(monkeypatch, capsys, ["correct", *bad, "--by", "ayesha", *seeds])
        assert status == 2 and out == ""
        assert len([line for line in err.splitlines() if line.startswith("error: ")]) == 1
    _, out, _ = run_cli(monkeypatch, capsys, ["edits"])
    assert len(out.splitlines()) == 2  # nothing recorded by the bad ones


def test_cli_user_add_reads_the_password_twice(monkeypatch, capsys, tmp_path):
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'users.sqlite'}")
    assert run_cli(monkeypatch, capsys, ["user", "add", "ayesha"], "one long password\nanother password\n")[0] == 2
    assert run_cli(monkeypatch, capsys, ["user", "add", "ayesha"], "one long password\none long password\n")[0] == 0
    assert Store().sign_in("ayesha", "one long password", "127.0.0.1") == "ayesha"
    assert run_cli(monkeypatch, capsys, ["db", "upgrade"])[0] == 0


def test_heroku_database_url_is_spelled_for_psycopg(monkeypatch):
    from dashboard.corrections.db import default_url

    monkeypatch.setenv("DATABASE_URL", "postgres://u:p@db.example.com:5432/app")
    assert default_url() == "postgresql+psycopg://u:p@db.example.com:5432/app"
    monkeypatch.delenv("DATABASE_URL")
    assert default_url().startswith("sqlite:///") and default_url().endswith("corrections.sqlite")


def test_corrected_marks_get_a_black_outline(corpus, store):
    from dashboard import figures

    deal = event_with(corpus, "coalition")
    correct(store, corpus, "event", deal["event_id"], "type", "legal", "ayesha")
    fixed = apply_corrections(corpus, store.effective())

    def outline_of(fig, key):
        for trace in fig.data:
            ids = list(trace.customdata) if trace.customdata is not None else []
            if key in ids and trace.mode == "markers":
                colours = trace.marker.line.color
                return colours if isinstance(colours, str) else list(colours)[ids.index(key)]
        return None
    assert outline_of(figures.timeline(fixed.events), deal["event_id"]) == "#111111"
    assert outline_of(figures.timeline(fixed.events), event_with(fixed, "Supreme Court")["event_id"]) != "#111111"
    assert outline_of(figures.happenings_timeline(fixed.happenings), deal["happening"]) == "#111111"
