"""The one code path for corrections: validate, record, revert, list; editor accounts
and the sign-in lock-out.  Used by the command line and the web form alike.

A change stores the value it replaced (`before`, read inside the same write transaction,
so two editors changing one field at once are both recorded, the later one replacing the
earlier one's value) and the value it sets (`after`; None means "the loader's own value").
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import delete, func, select, text
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from .. import schema
from . import db

FIELDS = {
    "event": ("date", "type", "status", "actors", "hide", "split"),
    "happening": ("date", "type", "status", "actors", "label", "merge"),
}
STATUSES = ("happened", "planned")
MAX_NOTE = 500
MAX_LABEL = 80
MAX_ACTORS = 20
LOCKOUT_FAILURES = 5
LOCKOUT_WINDOW = timedelta(minutes=15)
MIN_PASSWORD = 10
_UNSEEN = object()


class CorrectionError(ValueError):
    """Bad input for a correction: shown to the user as one line."""


@dataclass(frozen=True)
class Effective:
    """The value a field has now, and the change that set it."""
    change_id: int
    value: object


class Store:
    """The corrections database behind one engine."""

    def __init__(self, url: str | None = None, *, engine: Engine | None = None):
        self.url = url or db.default_url()
        self.engine = engine or db.make_engine(self.url)

    def upgrade(self) -> None:
        db.upgrade(self.engine)

    def exists(self) -> bool:
        """Whether there is anything to read (a SQLite file that was never made holds nothing)."""
        path = db.sqlite_path(self.url)
        if path is not None and not path.exists():
            return False
        return db.is_current(self.engine)

    def session(self, *, write: bool = False) -> Session:
        bind = self.engine
        if write and self.engine.dialect.name == "sqlite":
            # one writer at a time, holding the lock from its first read
            bind = self.engine.execution_options(write_lock=True)
        return Session(bind=bind, expire_on_commit=False)

    def _lock_writers(self, session: Session) -> None:
        """Writers of corrections take turns, so each reads the value it replaces."""
        if self.engine.dialect.name == "postgresql":
            session.execute(text("SELECT pg_advisory_xact_lock(726354)"))

    # --- changes -----------------------------------------------------------------------

    def changes(self) -> list[db.Change]:
        with self.session() as s:
            return list(s.scalars(select(db.Change).order_by(db.Change.id)))

    def version(self) -> tuple[int, int]:
        """Changes when any correction is added: cheap enough to ask on every request."""
        with self.session() as s:
            last, count = s.execute(select(func.max(db.Change.id), func.count(db.Change.id))).one()
        return int(last or 0), int(count)

    def record(self, kind: str, target_id: str, field: str, value, by: str, note: str = "", *,
               current=None, seen=_UNSEEN, reverted_of: int | None = None) -> db.Change:
        """Store one change.  `current` is the value shown when no correction exists (the
        loader's, or what the corrected view shows); `seen` is what the editor saw."""
        with self.session(write=True) as s, s.begin():
            self._lock_writers(s)
            existing = _effective(list(s.scalars(select(db.Change).where(
                db.Change.target_kind == kind, db.Change.target_id == target_id, db.Change.field == field)
                .order_by(db.Change.id))))
            key = (kind, target_id, field)
            before = existing[key].value if key in existing else current
            change = db.Change(at=db.now(), by=by, target_kind=kind, target_id=target_id, field=field,
                               before=before, after=value, note=note or "", reverted_of=reverted_of,
                               conflict=seen is not _UNSEEN and _plain(seen) != _plain(before))
            s.add(change)
        return change

    def revert(self, change_id: int, by: str, note: str = "") -> db.Change:
        """Undo one change: a new change that sets its field to what it would be had the
        reverted change never been made (a revert of a revert redoes it)."""
        with self.session() as s:
            target = s.get(db.Change, change_id)
            if target is None:
                raise CorrectionError(f"there is no change #{change_id}")
            trail = list(s.scalars(select(db.Change).where(
                db.Change.target_kind == target.target_kind, db.Change.target_id == target.target_id,
                db.Change.field == target.field).order_by(db.Change.id)))
        key = (target.target_kind, target.target_id, target.field)
        if any(c.reverted_of == change_id and _active(trail).get(c.id) for c in trail):
            raise CorrectionError(f"change #{change_id} is already reverted")
        simulated = trail + [db.Change(id=10**12, target_kind=key[0], target_id=key[1], field=key[2],
                                       after=None, reverted_of=change_id)]
        after = _effective(simulated).get(key)
        return self.record(*key, after.value if after else None, by, note or f"revert #{change_id}",
                           reverted_of=change_id, current=target.before)

    def list_changes(self, person: str | None = None, target: str | None = None) -> list[dict]:
        """The trail, newest first, each change with `active` (it is not undone)."""
        trail = self.changes()
        active = _active(trail)
        rows = []
        for change in reversed(trail):
            if person and change.by != person:
                continue
            if target and target not in (change.target_id, _merge_into(change)):
                continue
            rows.append({**change.as_dict(), "active": active.get(change.id, True)})
        return rows

    def effective(self) -> dict[tuple[str, str, str], Effective]:
        """(kind, target id, field) -> the value in force, for every corrected field."""
        return _effective(self.changes())

    # --- editors -----------------------------------------------------------------------

    def add_user(self, name: str, password: str) -> None:
        from argon2 import PasswordHasher

        name = name.strip()
        if not name or len(name) > 80 or any(c.isspace() for c in name):
            raise CorrectionError("a user name is 1 to 80 characters without spaces")
        if len(password) < MIN_PASSWORD:
            raise CorrectionError(f"a password has at least {MIN_PASSWORD} characters")
        with self.session() as s, s.begin():
            if s.scalar(select(db.User).where(db.User.name == name)) is not None:
                raise CorrectionError(f"there is already a user named {name!r}")
            s.add(db.User(name=name, password_hash=PasswordHasher().hash(password), created_at=db.now()))

    def has_editors(self) -> bool:
        if not self.exists():
            return False
        with self.session() as s:
            return bool(s.scalar(select(func.count(db.User.id))))

    def locked(self, name: str, address: str) -> bool:
        since = db.now() - LOCKOUT_WINDOW
        with self.session() as s:
            by_account = s.scalar(select(func.count(db.SignInFailure.id)).where(
                db.SignInFailure.account == name, db.SignInFailure.at > since))
            by_address = s.scalar(select(func.count(db.SignInFailure.id)).where(
                db.SignInFailure.address == address, db.SignInFailure.at > since))
        return by_account >= LOCKOUT_FAILURES or by_address >= LOCKOUT_FAILURES

    def sign_in(self, name: str, password: str, address: str) -> str | None:
        """The user's name when the password is right and neither the account nor the
        address is locked out; a failure is counted."""
        from argon2 import PasswordHasher
        from argon2.exceptions import Argon2Error

        name, address = (name or "").strip()[:80], (address or "?")[:64]
        if self.locked(name, address):
            return None
        with self.session() as s:
            user = s.scalar(select(db.User).where(db.User.name == name))
        hasher = PasswordHasher()
        try:
            # an unknown name costs as much as a wrong password
            ok = hasher.verify(user.password_hash if user else _DUMMY_HASH, password or "") and user is not None
        except Argon2Error:
            ok = False
        with self.session() as s, s.begin():
            if ok:
                s.execute(delete(db.SignInFailure).where(db.SignInFailure.account == name))
            else:
                s.add(db.SignInFailure(account=name, address=address, at=db.now()))
        return name if ok else None

    def secret_key(self) -> str:
        """The session-signing key, made once and shared through the database."""
        with self.session() as s, s.begin():
            row = s.get(db.Secret, "session")
            if row is None:
                row = db.Secret(name="session", value=secrets.token_hex(32))
                s.add(row)
        with self.session() as s:  # another worker may have won the race: read what was kept
            return s.get(db.Secret, "session").value


_DUMMY_HASH = "$argon2id$v=19$m=65536,t=3,p=4$0YZSb34e5AdwfDmWaPonAw$4WT4kKAIoH2rq9YUEYb8CwQoCS4MJphN4gVM8qMt/AU"


def _plain(value):
    import json

    return json.dumps(value, sort_keys=True, default=str)


def _merge_into(change: db.Change) -> str | None:
    return change.after.get("into") if change.field == "merge" and isinstance(change.after, dict) else None


def _active(trail: list[db.Change]) -> dict[int, bool]:
    """A change is in force unless a revert in force undid it (reverts come later, so
    deciding from the newest back settles every revert before what it reverts)."""
    active: dict[int, bool] = {}
    undone: set[int] = set()
    for change in sorted(trail, key=lambda c: c.id, reverse=True):
        active[change.id] = change.id not in undone
        if active[change.id] and change.reverted_of is not None:
            undone.add(change.reverted_of)
    return active


def _effective(trail: list[db.Change]) -> dict[tuple[str, str, str], Effective]:
    """The latest change in force of every field; a field whose changes are all undone
    has the loader's value again (it is left out)."""
    active = _active(trail)
    result: dict[tuple[str, str, str], Effective] = {}
    for change in sorted(trail, key=lambda c: c.id):
        if change.reverted_of is None and active[change.id]:
            result[(change.target_kind, change.target_id, change.field)] = Effective(change.id, change.after)
    for key in [k for k, v in result.items() if v.value is None]:
        del result[key]
    return result


# --- values: what the command line and the form send, checked once ----------------------

def date_value(text: str | None, precision: str | None, current: dict | None = None) -> dict:
    """{date, date_end, precision} as ISO days from '2024-02-09', '2024-02', '2024' or
    '2024-W07' and a precision (by default, the one the text's form says)."""
    text = (text or "").strip()
    if not text:
        if not current:
            raise CorrectionError("give a date")
        text = current["date"]
    if precision and precision not in schema.PRECISIONS:
        raise CorrectionError(f"precision must be one of {', '.join(schema.PRECISIONS)}, not {precision!r}")
    form = "week" if "-W" in text else {4: "year", 7: "month"}.get(len(text), "day")
    precision = precision or (form if text != (current or {}).get("date") else current.get("precision", form))
    try:
        day = schema._as_date(text) if form != "week" else schema.week_bounds(text)[0]
        if form == "day" and len(text) != 10:
            raise ValueError
    except (ValueError, IndexError):
        raise CorrectionError(f"not a date: {text!r} (use 2024-02-09, 2024-02, 2024 or 2024-W07)") from None
    first, last = _period(day, precision)
    return {"date": first.isoformat(), "date_end": last.isoformat(), "precision": precision}


def _period(day: date, precision: str) -> tuple[date, date]:
    if precision == "week":
        return schema.week_bounds(day)
    if precision == "month":
        following = date(day.year + day.month // 12, day.month % 12 + 1, 1)
        return day.replace(day=1), following - timedelta(days=1)
    if precision == "year":
        return date(day.year, 1, 1), date(day.year, 12, 31)
    return day, day


def check_value(kind: str, field: str, value, types: set[str] | None = None):
    """The value in its stored form, or CorrectionError."""
    if kind not in FIELDS:
        raise CorrectionError(f"a correction is of an event or a happening, not {kind!r}")
    if field not in FIELDS[kind]:
        raise CorrectionError(f"{kind}s have no correctable field {field!r}")
    if field == "type":
        value = str(value or "").strip()
        if not value or (types and value not in types):
            raise CorrectionError(f"unknown type {value!r}" + (f" (one of {', '.join(sorted(types))})" if types else ""))
    elif field == "status":
        if value not in STATUSES:
            raise CorrectionError(f"status must be happened or planned, not {value!r}")
    elif field == "actors":
        names = [a.strip() for a in (value.split(",") if isinstance(value, str) else value or [])]
        value = list(dict.fromkeys(a[:80] for a in names if a))
        if len(value) > MAX_ACTORS:
            raise CorrectionError(f"at most {MAX_ACTORS} actors")
    elif field == "label":
        value = " ".join(str(value or "").split())
        if not value or len(value) > MAX_LABEL:
            raise CorrectionError(f"a label is 1 to {MAX_LABEL} characters")
    elif field == "hide":
        reason = " ".join(str(value or "").split())
        if not reason:
            raise CorrectionError("hiding an event needs a reason")
        value = {"reason": reason[:200]}
    elif field == "date":
        if not isinstance(value, dict) or set(value) != {"date", "date_end", "precision"}:
            raise CorrectionError("a date correction is {date, date_end, precision}")
    elif field == "merge":
        into = str((value or {}).get("into") if isinstance(value, dict) else value or "").strip()
        if not into:
            raise CorrectionError("merge into which happening?")
        if isinstance(value, dict) and value.get("from"):  # the form's "merge that one into this one"
            return {"into": into, "from": str(value["from"])}
        value = {"into": into}
    elif field == "split":
        value = {"split": True}
    return value


def check_note(note: str | None) -> str:
    note = " ".join((note or "").split())
    if len(note) > MAX_NOTE:
        raise CorrectionError(f"a note is at most {MAX_NOTE} characters")
    return note


def split_id(event_id: str) -> str:
    """The id of the happening an event split out of its happening becomes."""
    return "h" + hashlib.sha1(f"split\0{event_id}".encode()).hexdigest()[:12]
