"""One schema names every column: the DataFrames, the writers and the command line
agree with it, and dates print in the contract's form."""

import csv
import io
import json
import subprocess
import sys
from datetime import date

import pandas as pd
import pytest
from conftest import REPO, SEEDS

from dashboard import schema
from dashboard.records import to_records, write_records


@pytest.mark.parametrize("table", ["articles", "events", "happenings", "tallies"])
def test_frames_have_the_schema_columns_and_dtypes(seeds_corpus, table):
    frame = getattr(seeds_corpus, table)
    assert list(frame.columns) == schema.names(table)
    for column in schema.TABLES[table]:
        dtype = frame[column.name].dtype
        if column.dtype == "datetime":
            assert pd.api.types.is_datetime64_any_dtype(dtype), column.name
        elif column.dtype == "category":
            assert isinstance(dtype, pd.CategoricalDtype), column.name
        elif column.dtype in ("int64", "Int64", "bool"):
            assert str(dtype) == column.dtype, column.name
        elif column.dtype == "list":
            assert all(isinstance(v, list) for v in frame[column.name]), column.name


def test_empty_tables_have_the_columns_too():
    for table in schema.TABLES:
        assert list(schema.empty(table).columns) == schema.names(table)


def test_every_column_has_a_meaning_and_one_name():
    for table, columns in schema.TABLES.items():
        names = [c.name for c in columns]
        assert len(names) == len(set(names)), table
        assert all(c.meaning for c in columns)
    # the contract's event and happening columns
    assert {"event_id", "article", "date", "date_end", "precision", "date_source", "cue", "status", "type",
            "trigger", "actors", "sentence", "start", "end", "happening", "sources", "page",
            "corrected"} <= set(schema.names("events"))
    assert "cluster" not in schema.names("events")
    assert schema.names("happenings") == [
        "happening_id", "label", "type", "status", "date", "date_end", "precision", "actors", "sources", "outlets",
        "articles", "event_ids", "first_reported", "disputed", "dates_reported", "corrected"]


@pytest.mark.parametrize(("value", "precision", "expected"), [
    (date(2024, 2, 8), "day", "2024-02-08"),
    ("2024-02-14", "week", "2024-02-12"),        # a Wednesday: the week's Monday
    ("2024-W07", "week", "2024-02-12"),
    (pd.Timestamp("2023-08-01"), "month", "2023-08"),
    ("2023-08", "month", "2023-08"),
    ("2022", "year", "2022"),
])
def test_one_date_formatter(value, precision, expected):
    assert schema.format_date(value, precision) == expected


def test_week_bounds_are_monday_to_sunday():
    assert schema.week_bounds("2024-02-18") == (date(2024, 2, 12), date(2024, 2, 18))


def test_event_records_print_date_by_precision_and_date_end_as_a_day():
    frame = pd.DataFrame({"date": [pd.Timestamp("2023-08-01"), pd.Timestamp("2024-02-12")],
                          "date_end": [pd.Timestamp("2023-08-31"), pd.Timestamp("2024-02-18")],
                          "precision": ["month", "week"]})
    records = to_records(frame, "events")
    assert [(r["date"], r["date_end"]) for r in records] == [("2023-08", "2023-08-31"), ("2024-02-12", "2024-02-18")]


def test_dates_reported_in_csv_are_readable():
    out = io.StringIO()
    write_records([{"dates_reported": [{"date": "2024-05-14", "articles": ["a.txt"]},
                                       {"date": "2024-05-15", "articles": ["b.txt", "c.txt"]}]}], "csv", out)
    rows = list(csv.reader(io.StringIO(out.getvalue())))
    assert rows == [["dates_reported"], ["2024-05-14: a.txt; 2024-05-15: b.txt, c.txt"]]


@pytest.mark.parametrize("command", ["events", "happenings", "articles", "tallies"])
def test_the_command_line_prints_the_schema_columns(command, tmp_path):
    env = {"DASHBOARD_CACHE_DIR": str(tmp_path), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    jsonl = subprocess.run([sys.executable, "-m", "dashboard", command, "--seeds", str(SEEDS)], cwd=REPO,
                           capture_output=True, text=True, timeout=120, env=env)
    assert jsonl.returncode == 0, jsonl.stderr
    first = json.loads(jsonl.stdout.splitlines()[0])
    assert list(first) == schema.names(command)
    assert jsonl.stderr.rstrip().splitlines()[-1] == "read 5 files: 5 parsed, 0 from cache"
    table = subprocess.run([sys.executable, "-m", "dashboard", command, "--seeds", str(SEEDS), "--format", "csv"],
                           cwd=REPO, capture_output=True, text=True, timeout=120, env=env)
    assert next(csv.reader(io.StringIO(table.stdout))) == schema.names(command)
    assert table.stderr.rstrip().splitlines()[-1] == "read 5 files: 0 parsed, 5 from cache"


def test_readme_lists_the_schemas_columns():
    """The README's table of columns is generated from the schema and kept in step with it."""
    import sys

    from conftest import REPO

    sys.path.insert(0, str(REPO / "scripts"))
    from readme_tables import block

    assert block() in (REPO / "README.md").read_text(encoding="utf-8"), "run python scripts/readme_tables.py"
