"""Corrections on the web: sign-in, the edit forms, /audit, and keeping every worker's
view corrected.  Plain Flask routes with server-rendered forms (every value escaped);
the Dash side only gets the links of `happening_controls`.

`register(app, server, live)` wires it all; the app's own after_request hook adds the
security headers to these pages as to every other.

Security: a session cookie (HttpOnly, SameSite=Lax, Secure when the request came over
HTTPS, also behind the PaaS router thanks to ProxyFix), a synchronizer CSRF token in the
session checked on every POST here (a token of our own rather than Flask-WTF, whose
CSRFProtect would also guard Dash's JSON callback posts, which write nothing), and the
store's lock-out after repeated failed sign-ins.
"""

from __future__ import annotations

import hmac
import json
import logging
import os
import secrets
import threading
import time
from urllib.parse import quote

import pandas as pd
from flask import abort, current_app, redirect, request, session
from flask.sessions import SecureCookieSessionInterface
from markupsafe import Markup, escape
from werkzeug.middleware.proxy_fix import ProxyFix

from ..corrections import CorrectionError, Report, Store, apply_corrections, correct, current_value, date_value
from ..schema import PRECISIONS, format_date

log = logging.getLogger(__name__)
CHECK_SECONDS = 2.0          # how often a worker asks the database for new corrections
SESSION_HOURS = 12
MERGE_WINDOW_DAYS = 14       # happenings offered as merge targets: this close in time
MAX_MERGE_CHOICES = 60


class SecureWhenHttps(SecureCookieSessionInterface):
    """The session cookie is Secure whenever the request came over HTTPS."""

    def get_cookie_secure(self, app) -> bool:
        return bool(app.config.get("SESSION_COOKIE_SECURE")) or request.is_secure


class Editing:
    """The corrections store and the live corpus it corrects."""

    def __init__(self, live, store: Store | None):
        self.live = live
        self.store = store
        self._lock = threading.Lock()
        self._corrected = None        # the corrected corpus now served
        self._original = None         # the parsed corpus it was made from
        self._version = None
        self._checked = 0.0

    @property
    def enabled(self) -> bool:
        return self.store is not None

    def has_editors(self) -> bool:
        try:
            return self.enabled and self.store.has_editors()
        except Exception:  # noqa: BLE001 - an unreachable database means read-only, not a 500
            log.exception("cannot read editor accounts")
            return False

    def sync(self, force: bool = False) -> None:
        """Serve the corrected corpus: again when the folder was reloaded (the live views
        hold a corpus we did not make) or when the database has new corrections."""
        if not self.enabled:
            return
        views = self.live.views
        if views is None:
            return  # the articles are still being read: nothing to correct yet
        reloaded = views.corpus is not self._corrected
        if not reloaded and not force and time.monotonic() - self._checked < CHECK_SECONDS:
            return
        with self._lock:
            views = self.live.views
            if views is None:
                return
            if views.corpus is not self._corrected:
                self._original = views.corpus
            try:
                version = self.store.version()
            except Exception:  # noqa: BLE001
                log.exception("cannot read the corrections; serving the previous view")
                return
            self._checked = time.monotonic()
            if views.corpus is self._corrected and version == self._version:
                return
            try:
                effective = self.store.effective()
            except Exception:  # noqa: BLE001
                log.exception("cannot read the corrections; serving the previous view")
                return
            if not effective and views.corpus is self._original:
                # nothing to correct: keep the views already built (at 100,000 events a rebuild costs)
                views.corpus.corrections = Report()
                self._corrected, self._version = views.corpus, version
                return
            fixed = apply_corrections(self._original, effective)
            fresh = type(views)(fixed, views.matcher, views.story)
            if self.live.views is views:  # not replaced by a folder reload meanwhile
                self.live.views = fresh
                self._corrected, self._version = fixed, version

    @property
    def corpus(self):
        return self.live.views.corpus


def register(app, server, live) -> Editing:
    """Routes, session settings and the per-request sync of corrections."""
    store = None
    try:
        store = Store()
        store.upgrade()  # migrations at boot
    except Exception:  # noqa: BLE001 - the dashboard still serves, read-only
        log.exception("the corrections database cannot be used; the dashboard is read-only")
        store = None
    editing = Editing(live, store)
    server.extensions["editing"] = editing
    server.wsgi_app = ProxyFix(server.wsgi_app, x_for=1, x_proto=1)
    server.secret_key = os.environ.get("DASHBOARD_SECRET_KEY") or (store.secret_key() if store else
                                                                    secrets.token_hex(32))
    server.session_interface = SecureWhenHttps()
    server.config.update(SESSION_COOKIE_NAME="timeline_session", SESSION_COOKIE_HTTPONLY=True,
                         SESSION_COOKIE_SAMESITE="Lax", PERMANENT_SESSION_LIFETIME=SESSION_HOURS * 3600)

    editing.sync(force=True)  # at boot: with gunicorn's preload, workers start from the corrected view
    if store is not None:
        store.engine.dispose()  # no database connection crosses gunicorn's fork

    @server.before_request
    def corrections_in_force():
        if not request.path.startswith(("/_dash-component-suites", "/assets", "/_favicon")):
            editing.sync()

    @server.route("/signin", methods=["GET", "POST"])
    def signin():
        next_path = _local(request.values.get("next"))
        if request.method == "GET":
            return _page("Sign in", _signin_form(editing, next_path))
        _check_csrf()
        if not editing.enabled:
            abort(403)
        name = request.form.get("name", "")
        user = editing.store.sign_in(name, request.form.get("password", ""), request.remote_addr or "?")
        if user is None:
            return _page("Sign in", _signin_form(editing, next_path, error=(
                "Wrong name or password, or too many failed attempts (then wait 15 minutes).")), 401)
        session.clear()  # a fresh session: no fixation
        session.permanent = True
        session["user"] = user
        session["csrf"] = secrets.token_urlsafe(32)
        return redirect(next_path)

    @server.route("/signout", methods=["POST"])
    def signout():
        _check_csrf()
        session.clear()
        return redirect("/")

    @server.route("/edit/<kind>/<target_id>", methods=["GET", "POST"])
    def edit(kind, target_id):
        if kind not in ("event", "happening"):
            abort(404)
        if request.method == "POST":
            _check_csrf()
            _require_editor()
        elif not _editor():
            return redirect(f"/signin?next={quote(request.full_path.rstrip('?'))}")
        editing.sync(force=True)
        corpus = editing.corpus
        row = _row(corpus, kind, target_id)
        if row is None:
            abort(404)
        if request.method == "GET":
            return _page(f"Correct this {kind}", _edit_form(editing, kind, row))
        try:
            made = _apply_form(editing, kind, target_id, row)
        except CorrectionError as exc:
            return _page(f"Correct this {kind}", _edit_form(editing, kind, row, error=str(exc)), 400)
        editing.sync(force=True)
        back = f"/?ev={quote(target_id)}" if kind == "event" else _happening_link(editing.corpus, target_id)
        log.info("%s made %d corrections of %s %s", _editor(), made, kind, target_id)
        return redirect(back)

    @server.route("/audit")
    def audit():
        if not _editor():
            return redirect(f"/signin?next={quote(request.full_path.rstrip('?'))}")
        editing.sync(force=True)
        return _page("Corrections", _audit_page(editing, request.args.get("by") or None,
                                                request.args.get("target") or None))

    @server.route("/audit/revert/<int:change_id>", methods=["POST"])
    def revert(change_id):
        _check_csrf()
        user = _require_editor()
        try:
            editing.store.revert(change_id, user, request.form.get("note", ""))
        except CorrectionError as exc:
            return _page("Corrections", Markup(f"<p class='notice'>{escape(str(exc))}</p>"
                                               "<p><a href='/audit'>Back to the corrections</a></p>"), 400)
        editing.sync(force=True)
        return redirect("/audit")

    return editing


# --- for the Dash detail panel ------------------------------------------------------------

def happening_controls(views, happening) -> list:
    """The corrections part of the detail panel of one happening (the timeline draws
    happenings): a mark when it or one of its reports was corrected, edit links for a
    signed-in editor (the happening, and each report), otherwise how to sign in."""
    from dash import html

    happening_id = str(happening["happening_id"] if "happening_id" in happening else happening.name)
    events = views.corpus.events
    reports = events[events["happening"] == happening_id]
    try:
        editing = current_app.extensions.get("editing")
    except RuntimeError:  # outside a request (tests, notebooks)
        return []
    items = []
    if bool(happening.get("corrected", False)) or bool(reports["corrected"].any()):
        items.append(html.P("✎ Corrected by an editor", className="notice corrected-mark", id="detail-corrected"))
    if editing is None or reports.empty:
        return items
    first = str(reports.iloc[0]["event_id"])
    user = _editor()
    if user:
        links = [html.A("Correct this happening", href=f"/edit/happening/{quote(happening_id)}",
                        className="button small", id="edit-happening")]
        for n, event_id in enumerate(reports["event_id"], start=1):
            links += [" ", html.A(f"Correct report {n}" if len(reports) > 1 else "Correct this report",
                                  href=f"/edit/event/{quote(str(event_id))}", className="button small",
                                  id="edit-event" if n == 1 else f"edit-event-{n}")]
        links += [" ", html.A("All corrections", href="/audit", className="button small")]
        items.append(html.P(links, className="edit-controls"))
        items.append(html.P(f"Signed in as {user}", className="hint"))
    elif editing.has_editors():
        items.append(html.P(html.A("Sign in to correct this happening", href=f"/signin?next=/?ev={quote(first)}",
                                   id="signin-link"), className="hint"))
    else:
        items.append(html.P("Read-only: no editor account exists yet (python -m dashboard user add NAME).",
                            className="hint", id="read-only"))
    return items


# --- helpers --------------------------------------------------------------------------------

def _editor() -> str | None:
    try:
        return session.get("user")
    except RuntimeError:
        return None


def _require_editor() -> str:
    user = _editor()
    if not user:
        abort(403)
    return user


def _csrf_token() -> str:
    if "csrf" not in session:
        session["csrf"] = secrets.token_urlsafe(32)
    return session["csrf"]


def _check_csrf() -> None:
    """Every write carries the session's token; a post from another site has none."""
    sent, kept = request.form.get("csrf_token", ""), session.get("csrf", "")
    if not kept or not sent or not hmac.compare_digest(str(sent), str(kept)):
        abort(403)


def _local(path: str | None) -> str:
    """Only a path of this site to go back to (never //elsewhere or a scheme)."""
    if not path or not path.startswith("/") or path.startswith("//") or "\\" in path:
        return "/"
    return path


def _row(corpus, kind: str, target_id: str) -> dict | None:
    frame, key = (corpus.events, "event_id") if kind == "event" else (corpus.happenings, "happening_id")
    rows = frame[frame[key] == target_id]
    return None if rows.empty else rows.iloc[0].to_dict()


def _happening_link(corpus, happening_id: str) -> str:
    events = corpus.events[corpus.events["happening"] == happening_id]
    return f"/?ev={quote(events.iloc[0]['event_id'])}" if len(events) else "/"


def _date_text(value: dict) -> str:
    return format_date(value["date"], value["precision"])


def _page(title: str, body, status: int = 200):
    user = _editor()
    account = (Markup("Signed in as <b>{}</b> · <a href='/audit'>corrections</a> · "
                      "<form method='post' action='/signout' class='inline'>{}"
                      "<button type='submit' class='linkish'>sign out</button></form>").format(user, _csrf_field())
               if user else Markup("<a href='/signin'>Sign in</a>"))
    html_text = Markup(
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>"
        "<meta name='viewport' content='width=device-width, initial-scale=1'>"
        "<title>{title}</title><link rel='stylesheet' href='/assets/style.css'>"
        "<style>.edit-page{{max-width:760px;margin:20px auto}} .edit-page label{{display:block;margin-top:10px;"
        "font-weight:600}} .edit-page input[type=text],.edit-page select,.edit-page textarea{{width:100%;"
        "padding:6px;box-sizing:border-box}} .audit td,.audit th{{padding:4px 6px;border-bottom:1px solid #d8dde3;"
        "vertical-align:top;text-align:left}} form.inline{{display:inline}} .linkish{{background:none;border:0;"
        "color:#1f5fbf;cursor:pointer;padding:0;font:inherit;text-decoration:underline}} .error{{color:#9a4b00}}"
        "</style></head><body><div class='edit-page'>"
        "<p><a href='/'>← Back to the timeline</a> · {account}</p>"
        "<section class='panel'><h2>{title}</h2>{body}</section></div></body></html>"
    ).format(title=title, account=account, body=body)
    return current_app.response_class(str(html_text), status=status, mimetype="text/html")


def _csrf_field() -> Markup:
    return Markup("<input type='hidden' name='csrf_token' value='{}'>").format(_csrf_token())


def _signin_form(editing: Editing, next_path: str, error: str | None = None) -> Markup:
    if not editing.has_editors():
        return Markup("<p id='read-only'>This dashboard is read-only: no editor account exists. "
                      "An operator creates one with <code>python -m dashboard user add NAME</code>.</p>")
    return Markup(
        "{error}<form method='post' action='/signin' id='signin-form'>{csrf}"
        "<input type='hidden' name='next' value='{next}'>"
        "<label for='name'>Name</label><input type='text' id='name' name='name' autocomplete='username' required>"
        "<label for='password'>Password</label>"
        "<input type='password' id='password' name='password' autocomplete='current-password' required>"
        "<p><button type='submit' class='button' id='signin-submit'>Sign in</button></p></form>"
    ).format(error=Markup("<p class='error' role='alert'>{}</p>").format(error) if error else "",
             csrf=_csrf_field(), next=next_path)


def _options(values, chosen) -> Markup:
    return Markup("").join(Markup("<option value='{v}'{s}>{label}</option>").format(
        v=v, label=label, s=Markup(" selected") if v == chosen else "") for v, label in values)


def _edit_form(editing: Editing, kind: str, row: dict, error: str | None = None) -> Markup:
    corpus = editing.corpus
    views = editing.live.views
    target_id = row["event_id"] if kind == "event" else row["happening_id"]
    seen = {name: current_value(corpus, kind, target_id, name) for name in ("date", "type", "status", "actors")}
    if kind == "happening":
        seen["label"] = current_value(corpus, kind, target_id, "label")
    types = [(t, views.story.label(t)) for t in views.story.type_names]
    if seen["type"] not in {t for t, _ in types}:
        types.append((seen["type"], seen["type"]))
    parts = [Markup("<p class='error' role='alert'>{}</p>").format(error) if error else Markup("")]
    if kind == "event":
        parts.append(Markup("<blockquote class='quote' dir='auto'>{}</blockquote>").format(row["sentence"]))
    else:
        parts.append(Markup("<p>{} · {} reports in {} articles</p>").format(
            row["label"], len(row["event_ids"]), row["sources"]))
    parts.append(Markup("<form method='post' id='edit-form'>{csrf}<input type='hidden' name='seen' value='{seen}'>"
                        "<label for='date'>Date (2024-02-09, 2024-02, 2024 or 2024-W07)</label>"
                        "<input type='text' id='date' name='date' value='{date}'>"
                        "<label for='precision'>Precision</label><select id='precision' name='precision'>{precisions}"
                        "</select><label for='type'>Type</label><select id='type' name='type'>{types}</select>"
                        "<label for='status'>Status</label><select id='status' name='status'>{statuses}</select>"
                        "<label for='actors'>Actors (comma-separated)</label>"
                        "<input type='text' id='actors' name='actors' value='{actors}'>").format(
        csrf=_csrf_field(), seen=json.dumps(seen), date=_date_text(seen["date"]),
        precisions=_options([(p, p) for p in PRECISIONS], seen["date"]["precision"]),
        types=_options(types, seen["type"]),
        statuses=_options([("happened", "happened"), ("planned", "planned")], seen["status"]),
        actors=", ".join(seen["actors"])))
    if kind == "happening":
        parts.append(Markup("<label for='label'>Label (at most 80 characters)</label>"
                            "<input type='text' id='label' name='label' maxlength='80' value='{}'>"
                            "<label for='merge'>Merge another happening into this one</label>"
                            "<select id='merge' name='merge'>"
                            "<option value=''>(no merge)</option>{}</select>").format(
            seen["label"], _options(_merge_choices(corpus, row), "")))
    else:
        parts.append(Markup("<label for='hide'>Hide this event (not news): reason</label>"
                            "<input type='text' id='hide' name='hide' maxlength='200' value=''>"
                            "<label><input type='checkbox' name='split' value='1' id='split'> "
                            "Split this report out of its happening</label>"))
    parts.append(Markup("<label for='note'>Note (optional)</label>"
                        "<textarea id='note' name='note' maxlength='500' rows='2'></textarea>"
                        "<p><button type='submit' class='button' id='edit-submit'>Save corrections</button></p>"
                        "</form>"))
    return Markup("").join(parts)


def _merge_choices(corpus, row: dict) -> list[tuple[str, str]]:
    h = corpus.happenings
    if pd.isna(row["date"]):
        return []
    near = h[((h["date"] - row["date"]).abs() <= pd.Timedelta(days=MERGE_WINDOW_DAYS))
             & (h["happening_id"] != row["happening_id"])].head(MAX_MERGE_CHOICES)
    return [(r.happening_id, f"{format_date(r.date, str(r.precision))} · {r.label}") for r in near.itertuples()]


def _apply_form(editing: Editing, kind: str, target_id: str, row: dict) -> int:
    """Record the fields the editor changed (compared with what the form showed)."""
    form = request.form
    user = _require_editor()
    try:
        seen = json.loads(form.get("seen") or "{}")
    except ValueError:
        seen = {}
    if not isinstance(seen, dict):
        seen = {}
    corpus = editing.corpus
    types = set(editing.live.views.story.type_names)
    note = form.get("note", "")
    wanted = []
    shown_date = seen.get("date") or current_value(corpus, kind, target_id, "date")
    date_text, precision = form.get("date", "").strip(), form.get("precision") or None
    if date_text != _date_text(shown_date) or precision != shown_date["precision"]:
        # a new date with the precision left as shown: the date's own form says it (2024-03 is a month)
        same_precision = precision == shown_date["precision"]
        wanted.append(("date", date_value(date_text, None if same_precision else precision, shown_date)))
    for name in ("type", "status"):
        if form.get(name) and form.get(name) != seen.get(name):
            wanted.append((name, form[name]))
    actors = [a.strip() for a in form.get("actors", "").split(",") if a.strip()]
    if "actors" in form and actors != seen.get("actors"):
        wanted.append(("actors", actors))
    if kind == "happening":
        label = " ".join(form.get("label", "").split())
        if label and label != seen.get("label"):
            wanted.append(("label", label))
        if form.get("merge"):  # another happening merged into this one, which keeps its id and fields
            wanted.append(("merge", {"into": target_id, "from": form["merge"]}))
    else:
        if form.get("hide", "").strip():
            wanted.append(("hide", form["hide"]))
        if form.get("split"):
            wanted.append(("split", True))
    if not wanted:
        raise CorrectionError("nothing was changed")
    from ..corrections.service import check_note, check_value
    for name, value in wanted:  # all checked before any is recorded
        check_value(kind, name, value, types)
    check_note(note)
    for name, value in wanted:
        if name == "merge":
            correct(editing.store, corpus, kind, value["from"], "merge", {"into": target_id}, user, note)
            continue
        correct(editing.store, corpus, kind, target_id, name, value, user, note, types=types,
                **({"seen": seen[name]} if name in seen else {}))
    return len(wanted)


def _audit_page(editing: Editing, person: str | None, target: str | None) -> Markup:
    store = editing.store
    rows = store.list_changes(person, target)
    people = sorted({c.by for c in store.changes()})
    filters = Markup(
        "<form method='get' action='/audit' id='audit-filters'><label for='by'>Person</label>"
        "<select id='by' name='by'><option value=''>(everyone)</option>{people}</select>"
        "<label for='target'>Event or happening id</label><input type='text' id='target' name='target' value='{target}'>"
        "<p><button type='submit' class='button'>Filter</button> <a href='/audit'>clear</a></p></form>"
    ).format(people=_options([(p, p) for p in people], person), target=target or "")
    body = [filters, Markup("<p>{} changes, newest first.</p>").format(len(rows))]
    lines = []
    for r in rows:
        if r["target_kind"] == "event":
            where = Markup("<a href='/?ev={q}'>{id}</a>").format(q=quote(r["target_id"]), id=r["target_id"])
        else:
            where = Markup("happening {}").format(r["target_id"])
        state = "in force" if r["active"] else "reverted"
        if r["reverted_of"]:
            state = f"revert of #{r['reverted_of']}" + ("" if r["active"] else " (reverted)")
        button = Markup("")
        if r["active"]:
            button = Markup("<form method='post' action='/audit/revert/{id}' class='inline'>{csrf}"
                            "<button type='submit' class='button small revert' id='revert-{id}'>Revert</button>"
                            "</form>").format(id=r["id"], csrf=_csrf_field())
        conflict = Markup(" <b title='another change was made between display and save'>⚠ changed meanwhile</b>") \
            if r["conflict"] else ""
        lines.append(Markup(
            "<tr id='change-{id}'><td>#{id}</td><td>{at}</td><td>{by}</td><td>{where}</td><td>{field}</td>"
            "<td>{before}</td><td>{after}</td><td>{note}</td><td>{state}{conflict}</td><td>{button}</td></tr>"
        ).format(id=r["id"], at=r["at"], by=r["by"], where=where, field=r["field"], before=_shown(r["before"]),
                 after=_shown(r["after"]), note=r["note"], state=state, conflict=conflict, button=button))
    body.append(Markup("<table class='audit' id='audit-table'><thead><tr><th>#</th><th>When (UTC)</th><th>Who</th>"
                       "<th>What</th><th>Field</th><th>Before</th><th>After</th><th>Note</th><th>State</th><th></th>"
                       "</tr></thead><tbody>{}</tbody></table>").format(Markup("").join(lines)))
    orphaned = getattr(getattr(editing.corpus, "corrections", None), "orphaned", [])
    body.append(Markup("<h3 id='orphaned'>Orphaned corrections ({})</h3>").format(len(orphaned)))
    if orphaned:
        body.append(Markup("<p>Their event or happening is no longer in the articles (deleted, or its sentence "
                           "was edited). They are kept, and apply again if it comes back.</p>"
                           "<ul id='orphaned-list'>{}</ul>").format(Markup("").join(
            Markup("<li>#{} · {} {} · {}: {}</li>").format(o["change_id"], o["target_kind"], o["target_id"],
                                                          o["field"], o["why"]) for o in orphaned)))
    else:
        body.append(Markup("<p>None.</p>"))
    return Markup("").join(body)


def _shown(value) -> str:
    """A stored value as short text: dates by their precision, lists joined."""
    if value is None:
        return "(loader's value)"
    if isinstance(value, dict) and set(value) >= {"date", "precision"}:
        return f"{_date_text(value)} ({value['precision']})"
    if isinstance(value, dict):
        return ", ".join(f"{k}: {v}" for k, v in value.items())
    if isinstance(value, list):
        return ", ".join(map(str, value)) or "(none)"
    return str(value)
