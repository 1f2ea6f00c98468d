"""Corpus DataFrames as plain records, JSON lines or CSV: the contract's output form,
shared by the CLI and the dashboard's download.  Columns come from `schema`."""

from __future__ import annotations

import csv
import json
import math
import sys

from .schema import format_date


def to_records(frame, kind: str) -> list[dict]:
    """Rows of a corpus DataFrame in the contract's plain JSON form: an event's or a
    happening's `date` by its precision, every other date as YYYY-MM-DD."""
    by_precision = kind in ("events", "happenings")
    records = []
    for row in frame.to_dict("records"):
        out = {}
        for key, value in row.items():
            if key == "date" and by_precision:
                value = format_date(value, str(row["precision"]))
            elif hasattr(value, "isoformat"):
                value = None if value != value else value.date().isoformat()  # NaT != NaT
            elif isinstance(value, float) and math.isnan(value):
                value = None
            elif value is not None and type(value).__name__ == "NAType":
                value = None
            elif hasattr(value, "item"):
                value = value.item()
            out[key] = value
        records.append(out)
    return records


def _csv_cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        value = "; ".join(_list_item(v) for v in value)
    text = str(value)
    # A cell that starts like a formula is shown as text by spreadsheets.
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") and not _is_number(text) else text


def _list_item(value) -> str:
    if isinstance(value, dict):  # dates_reported: "2024-05-14: a.txt, b.txt"
        return f"{value.get('date')}: {', '.join(value.get('articles', []))}"
    return str(value)


def _is_number(text: str) -> bool:
    try:
        float(text)
        return True
    except ValueError:
        return False


def write_records(records: list[dict], fmt: str, out=None, columns: list[str] | None = None) -> None:
    out = out or sys.stdout
    if fmt == "jsonl":
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
        return
    columns = columns or (list(records[0]) if records else [])
    writer = csv.writer(out)
    writer.writerow(columns)
    for record in records:
        writer.writerow([_csv_cell(record.get(c)) for c in columns])
