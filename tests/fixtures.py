"""Small synthetic frames for tests that should not depend on the loader."""

import pandas as pd


def happenings_frame(rows: list[dict]) -> pd.DataFrame:
    """Happenings in the contract's shape; each row needs happening_id, label, type, date and
    may set date_end, precision, status, sources, outlets, disputed, dates_reported."""
    records = []
    for r in rows:
        records.append({
            "happening_id": r["happening_id"], "label": r["label"], "type": r["type"],
            "status": r.get("status", "happened"), "date": pd.Timestamp(r["date"]),
            "date_end": pd.Timestamp(r.get("date_end", r["date"])), "precision": r.get("precision", "day"),
            "actors": r.get("actors", []), "sources": r.get("sources", 1), "outlets": r.get("outlets", []),
            "articles": r.get("articles", []), "event_ids": r.get("event_ids", []),
            "first_reported": pd.Timestamp(r.get("first_reported", r["date"])),
            "disputed": r.get("disputed", False), "dates_reported": r.get("dates_reported", []),
            "corrected": False})
    return pd.DataFrame(records)
