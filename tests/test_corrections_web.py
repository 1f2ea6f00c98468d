"""Corrections on the web, through Flask's test client: who may edit, CSRF, cookies,
lock-out, the edit form reaching the served view, /audit and its reverts."""

import html
import json
import re

import pytest
from flask import session
from test_corrections import ARTICLES

from dashboard.corrections import CorrectionError, Store

PASSWORD = "a long enough password"


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """One app for the module, on its own SQLite database."""
    from dashboard import load_corpus
    from dashboard.app import create_app

    root = tmp_path_factory.mktemp("web-corrections")
    folder = root / "articles"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    mp = pytest.MonkeyPatch()
    mp.setenv("DATABASE_URL", f"sqlite:///{root / 'web.sqlite'}")
    mp.delenv("DASHBOARD_SECRET_KEY", raising=False)
    app = create_app(corpus=load_corpus(folder, use_cache=False), reload_seconds=None)
    yield app
    mp.undo()


def token(page_text: str) -> str:
    return re.search(r"name='csrf_token' value='([^']+)'", page_text).group(1)


def sign_in(client, name="ayesha", password=PASSWORD, **headers):
    if password == PASSWORD:  # the account exists whichever test runs first
        try:
            Store().add_user(name, PASSWORD)
        except CorrectionError:
            pass
    page = client.get("/signin")
    return client.post("/signin", data={"name": name, "password": password, "csrf_token": token(page.text),
                                        "next": "/audit"}, headers=headers)


def event_id_with(app, words):
    events = app.live.views.corpus.events
    return events[events["sentence"].str.contains(words, regex=False)].iloc[0]["event_id"]


def detail_ids(app, event_id, user=None) -> str:
    """The detail panel as the Dash callback builds it, for a viewer or an editor."""
    with app.server.test_request_context("/"):
        if user:
            session["user"] = user
        return json.dumps(app.live.views.detail(event_id, extra_controls=app.detail_controls),
                          default=lambda c: c.to_plotly_json())


def test_without_an_editor_account_the_app_says_it_is_read_only(served):
    page = served.server.test_client().get("/signin")
    assert page.status_code == 200 and "read-only" in page.text and "<form method='post' action='/signin'" not in page.text
    panel = detail_ids(served, event_id_with(served, "Supreme Court"))
    assert "read-only" in panel.lower() and "edit-event" not in panel


def test_viewers_see_no_edit_controls_and_forged_posts_are_refused(served):
    sign_in(served.server.test_client())  # an editor account exists (signed in elsewhere)
    event_id = event_id_with(served, "Supreme Court")
    viewer = served.server.test_client()
    panel = detail_ids(served, event_id)
    assert "edit-event" not in panel and "Sign in to correct" in panel
    assert "edit-event" in detail_ids(served, event_id, user="ayesha")
    # no session at all
    assert viewer.post(f"/edit/event/{event_id}", data={"type": "protest"}).status_code == 403
    assert viewer.post("/audit/revert/1", data={}).status_code == 403
    # a session, but a token from nowhere or none
    viewer.get("/signin")
    assert viewer.post(f"/edit/event/{event_id}", data={"type": "protest", "csrf_token": "guess"}).status_code == 403
    editor = served.server.test_client()
    assert sign_in(editor).status_code == 302
    assert editor.post(f"/edit/event/{event_id}", data={"type": "protest"}).status_code == 403
    assert editor.post("/signout", data={}).status_code == 403
    assert viewer.get("/audit").status_code == 302  # editors only: sent to sign in
    assert Store().list_changes() == []


def test_session_cookie_flags_and_security_headers(served):
    client = served.server.test_client()
    page = client.get("/signin")
    assert "frame-ancestors 'self'" in page.headers["Content-Security-Policy"]
    assert page.headers["X-Content-Type-Options"] == "nosniff"
    signed = sign_in(client)
    cookie = signed.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie and "Secure" not in cookie
    behind_router = served.server.test_client()
    cookie = sign_in(behind_router, **{"X-Forwarded-Proto": "https"}).headers["Set-Cookie"]
    assert "Secure" in cookie


def test_repeated_failures_lock_the_account_out(served):
    Store().add_user("bilal", PASSWORD)
    client = served.server.test_client()
    for _ in range(5):
        assert sign_in(client, "bilal", "not the password", **{"X-Forwarded-For": "203.0.113.7"}).status_code == 401
    locked = sign_in(client, "bilal", PASSWORD, **{"X-Forwarded-For": "198.51.100.1"})
    assert locked.status_code == 401 and "too many failed attempts" in locked.text


def test_an_editor_corrects_through_the_form_and_reverts_on_audit(served):
    editor = served.server.test_client()
    sign_in(editor)
    event_id = event_id_with(served, "agreed to form a coalition")
    form = editor.get(f"/edit/event/{event_id}")
    assert form.status_code == 200 and "agreed to form a coalition" in form.text
    seen = html.unescape(re.search(r"name='seen' value='([^']+)'", form.text).group(1))
    sent = editor.post(f"/edit/event/{event_id}", data={
        "csrf_token": token(form.text), "seen": seen, "date": "2024-02-16", "precision": "day", "type": "legal",
        "status": "happened", "actors": "PPP, PML-N", "note": "<b>from the court file</b>"})
    assert sent.status_code == 302 and sent.headers["Location"] == f"/?ev={event_id}"
    row = served.live.views.corpus.events.set_index("event_id").loc[event_id]
    assert (str(row["date"].date()), row["type"], bool(row["corrected"])) == ("2024-02-16", "legal", True)
    assert "detail-corrected" in detail_ids(served, event_id)

    audit = editor.get("/audit")
    assert audit.status_code == 200 and audit.text.count("<tr id='change-") == 2  # actors were left as shown
    assert "&lt;b&gt;from the court file&lt;/b&gt;" in audit.text and "<b>from the court file" not in audit.text
    date_change = next(c for c in Store().list_changes() if c["field"] == "date")
    reverted = editor.post(f"/audit/revert/{date_change['id']}", data={"csrf_token": token(audit.text)})
    assert reverted.status_code == 302
    row = served.live.views.corpus.events.set_index("event_id").loc[event_id]
    assert str(row["date"].date()) == "2024-02-13" and row["type"] == "legal"
    filtered = editor.get("/audit?by=nobody")
    assert filtered.text.count("<tr id='change-") == 0


def happening_form(editor, happening_id, **changes):
    form = editor.get(f"/edit/happening/{happening_id}")
    assert form.status_code == 200
    seen = html.unescape(re.search(r"name='seen' value='([^']+)'", form.text).group(1))
    shown = json.loads(seen)
    data = {"csrf_token": token(form.text), "seen": seen, "date": shown["date"]["date"],
            "precision": shown["date"]["precision"], "type": shown["type"], "status": shown["status"],
            "actors": ", ".join(shown["actors"]), "label": shown["label"], **changes}
    return form, editor.post(f"/edit/happening/{happening_id}", data=data)


def test_happening_form_relabels_and_merges_and_audit_lists_orphans(served):
    editor = served.server.test_client()
    sign_in(editor)
    events = served.live.views.corpus.events
    protest = events[events["sentence"].str.contains("PTI supporters")].iloc[0]["happening"]
    hearing = events[events["sentence"].str.contains("Supreme Court")].iloc[0]["happening"]
    assert happening_form(editor, hearing, label="Hearing of the petition")[1].status_code == 302
    form, sent = happening_form(editor, protest, label="PTI protest at the ECP", merge=hearing)
    assert f"value='{hearing}'" in form.text and sent.status_code == 302  # offered as a merge target
    happenings = served.live.views.corpus.happenings.set_index("happening_id")
    assert hearing not in happenings.index
    assert happenings.loc[protest, "label"] == "PTI protest at the ECP" and happenings.loc[protest, "sources"] == 2
    assert len(happenings.loc[protest, "event_ids"]) == 3
    audit = editor.get("/audit").text
    # the hearing's label no longer has a happening to apply to: kept, and listed
    assert "Orphaned corrections (1)" in audit and f"happening {hearing} · label" in audit


def test_every_worker_and_a_folder_reload_serve_the_corrections(tmp_path):
    """Two workers (each its own live corpus) share one database: a change made through one
    reaches the other at its next check, and survives the folder being read again."""
    from dashboard import load_corpus
    from dashboard.app import LiveCorpus, Views
    from dashboard.web.editing import Editing

    folder = tmp_path / "articles"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    store = Store(f"sqlite:///{tmp_path / 'shared.sqlite'}")
    store.upgrade()
    workers = [Editing(LiveCorpus(folder, corpus=load_corpus(folder, use_cache=False)), store) for _ in range(2)]
    for worker in workers:
        worker.sync(force=True)
    corpus = workers[0].corpus
    event_id = corpus.events[corpus.events["sentence"].str.contains("Supreme Court")].iloc[0]["event_id"]
    from dashboard.corrections import correct

    correct(store, corpus, "event", event_id, "status", "happened", "ayesha")
    workers[1].sync(force=True)
    assert workers[1].corpus.events.set_index("event_id").loc[event_id, "status"] == "happened"
    reread = workers[1].live
    reread.views = Views(load_corpus(folder, use_cache=False))  # what LiveCorpus does when files change
    workers[1].sync()
    assert workers[1].corpus.events.set_index("event_id").loc[event_id, "status"] == "happened"
    store.engine.dispose()
