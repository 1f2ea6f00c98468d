"""The corrections database: its URL, engine, tables and migrations.

SQLite by default (a file beside the cache folder, in WAL mode so readers never wait for
a writer), PostgreSQL when $DATABASE_URL names one.  The schema is created and changed
only by the Alembic migrations in `alembic/`, run by `upgrade()`.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import JSON, Boolean, DateTime, ForeignKey, Integer, String, Text, create_engine, event, inspect
from sqlalchemy.engine import Engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

HERE = Path(__file__).resolve().parent
MIGRATIONS = HERE / "alembic"


def default_url() -> str:
    """$DATABASE_URL (Heroku's `postgres://` spelled for SQLAlchemy and psycopg 3), else
    a SQLite file beside the cache folder."""
    url = (os.environ.get("DATABASE_URL") or "").strip()
    if not url:
        from ..cache import cache_dir

        return f"sqlite:///{cache_dir() / 'corrections.sqlite'}"
    return normalise_url(url)


def normalise_url(url: str) -> str:
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def sqlite_path(url: str) -> Path | None:
    """The file of a SQLite URL (None for other databases and in-memory SQLite)."""
    if not url.startswith("sqlite:///") or url in ("sqlite:///", "sqlite:///:memory:"):
        return None
    return Path(url[len("sqlite:///"):])


def make_engine(url: str) -> Engine:
    path = sqlite_path(url)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": 30, "check_same_thread": False})
        _sqlite_transactions(engine)
        return engine
    connect_args = {"connect_timeout": 10} if url.startswith("postgresql") else {}  # within the 60 s boot limit
    return create_engine(url, pool_pre_ping=True, pool_size=2, max_overflow=3, connect_args=connect_args)


def _sqlite_transactions(engine: Engine) -> None:
    """WAL, foreign keys, and transactions SQLAlchemy controls: pysqlite's own implicit
    BEGIN is turned off so that a writer can take the write lock first (BEGIN IMMEDIATE)
    and read the state it is about to change without another writer slipping in."""
    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection, _record):
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def on_begin(connection):
        immediate = connection.get_execution_options().get("write_lock")
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def now() -> datetime:
    """UTC, without a zone: stored the same way by SQLite and PostgreSQL."""
    return datetime.now(UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    pass


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=now)


class Change(Base):
    """One correction: who changed which field of which event or happening, from what to
    what, and why.  A revert is a change too (`reverted_of`)."""
    __tablename__ = "changes"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=now, index=True)
    by: Mapped[str] = mapped_column(String(80), index=True)
    target_kind: Mapped[str] = mapped_column(String(16))           # event | happening
    target_id: Mapped[str] = mapped_column(String(160), index=True)
    field: Mapped[str] = mapped_column(String(16))                 # date, type, status, actors, label, hide, merge, split
    before: Mapped[object] = mapped_column(JSON, nullable=True)
    after: Mapped[object] = mapped_column(JSON, nullable=True)     # None: the loader's own value
    note: Mapped[str] = mapped_column(Text, default="")
    reverted_of: Mapped[int | None] = mapped_column(ForeignKey("changes.id"), nullable=True)
    # the editor saw another value than the one it replaced: someone changed it meanwhile
    conflict: Mapped[bool] = mapped_column(Boolean, default=False)

    def as_dict(self) -> dict:
        return {"id": self.id, "at": self.at.isoformat(timespec="seconds") + "Z", "by": self.by,
                "target_kind": self.target_kind, "target_id": self.target_id, "field": self.field,
                "before": self.before, "after": self.after, "note": self.note, "reverted_of": self.reverted_of,
                "conflict": bool(self.conflict)}


class SignInFailure(Base):
    """A failed sign-in, for the lock-out (per account and per address)."""
    __tablename__ = "sign_in_failures"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account: Mapped[str] = mapped_column(String(80), index=True)
    address: Mapped[str] = mapped_column(String(64), index=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=now, index=True)


class Secret(Base):
    """The session-signing key when $DASHBOARD_SECRET_KEY is not set: made once and shared
    by every worker and dyno through the database."""
    __tablename__ = "secrets"
    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(String(200))


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Run the migrations up to `revision` (idempotent)."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def is_current(engine: Engine) -> bool:
    """The tables exist (the migrations have run)."""
    return inspect(engine).has_table("changes")
