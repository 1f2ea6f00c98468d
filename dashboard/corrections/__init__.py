"""Analyst corrections: kept in a database (SQLAlchemy; SQLite by default, PostgreSQL
through $DATABASE_URL), applied on top of the parsed corpus.  No Dash here.

    store = Store()                      # $DATABASE_URL, or a SQLite file beside the cache
    store.upgrade()                      # migrations
    correct(store, corpus, "event", event_id, "type", "protest", by="ayesha", note="...")
    corpus = apply_corrections(corpus, store.effective())
"""

from .apply import Report, apply_corrections, correct, current_value
from .service import CorrectionError, Store, date_value, split_id

apply_change = correct  # the name the design notes use: one code path for the CLI and the web form


def corrected(corpus, store: Store | None = None, warn=None):
    """`corpus` with the corrections in the database applied (the corpus itself when the
    database holds none or cannot be read; `warn` is told why)."""
    store = store or Store()
    try:
        if not store.exists():
            return apply_corrections(corpus, {})
        return apply_corrections(corpus, store.effective())
    except Exception as exc:  # a database that cannot be read must not stop reading the articles
        if warn:
            reason = (str(getattr(exc, "orig", None) or exc).strip().splitlines() or [type(exc).__name__])[0][:200]
            warn(f"corrections could not be read from the database ({reason}); showing the loader's output")
        return apply_corrections(corpus, {})


__all__ = ["CorrectionError", "Report", "Store", "apply_change", "apply_corrections", "correct", "corrected", "current_value",
           "date_value", "split_id"]
