"""Every column of the corpus's four tables, named once with its dtype and meaning.
The DataFrames, the JSONL/CSV writers and the command line's column lists all come
from here, and so does the one formatter of dates in the contract's form."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import pandas as pd

PRECISIONS = ("day", "week", "month", "year")  # finest first


@dataclass(frozen=True)
class Column:
    name: str
    dtype: str      # "str", "int64", "Int64" (nullable), "bool", "datetime", "category", "list", "object"
    meaning: str


ARTICLES = (
    Column("article", "str", "the file's path relative to the folder"),
    Column("id", "str", "stable article id, from the path"),
    Column("page", "str", "the app path of the article (built from the id by dashboard.urls)"),
    Column("title", "str", "headline"),
    Column("outlet", "str", "news outlet"),
    Column("published", "datetime", "publication date"),
    Column("published_from", "str", "where the publication date was found: `date line`, `front matter`, "
           "`html metadata`, `byline`, `dateline` (and `dateline + article years` / `+ weekdays` / `+ folder years` / `+ story calendar` "
           "when its year was missing), `text`, `foot of the page` (a date line just under the text), `url`, "
           "`html date guess`, `file name` (a whole date in "
           "the file's name, such as `2024-02-17 dawn.txt`), or, for a page that prints no date, `today in the text` "
           "(the day it calls today: \"today, November 24\", its year written with it, told by the weekday "
           "written with it, or by the story's happening of that day the page reports; or the day it counts whole years "
           "to from a day it writes in full: \"Tomorrow marks a year since 8th February, 2024\", or back to the story's day: "
           "\"A year ago today\"; the day before its \"tomorrow (Sunday, April 21)\"; a weekday an exact count from a day it "
           "names: \"on Thursday, exactly three weeks after a February 8 vote\") or, last, `story calendar` "
           "(dated by the story's happening it reports)"),
    Column("dateline", "str", "the dateline's place"),
    Column("language", "str", "detected language code"),
    Column("n_events", "int64", "number of events"),
    Column("status", "str", "ok | warning | error"),
    Column("problems", "list", "plain-language problems"),
    Column("kind", "str", "text | html | unsupported | unreadable"),
    Column("size", "int64", "file size in bytes"),
)

EVENTS = (
    Column("event_id", "str", "stable id: article id, sentence text and cue"),
    Column("article", "str", "the file's path in the folder"),
    Column("date", "datetime", "first day of the period (a week's Monday); printed by precision"),
    Column("date_end", "datetime", "last day of the period"),
    Column("precision", "category", "day | week | month | year"),
    Column("date_source", "category", "text | publication"),
    Column("cue", "str", "the date expression as written"),
    Column("status", "category", "happened | planned"),
    Column("type", "category", "event type"),
    Column("trigger", "str", "the words that decided the type"),
    Column("actors", "list", "canonical actor names"),
    Column("sentence", "str", "the sentence that reports it"),
    Column("start", "int64", "offset of the sentence in the decoded source"),
    Column("end", "int64", "end offset of the sentence"),
    Column("happening", "str", "id of the happening this report belongs to"),
    Column("sources", "int64", "number of articles reporting the happening"),
    Column("page", "str", "the app path of the sentence (built by dashboard.urls)"),
    Column("corrected", "bool", "an editor changed this event"),
    Column("article_id", "str", "id of the article"),
    Column("cue_start", "Int64", "offset of the cue in the decoded source"),
    Column("cue_end", "Int64", "end offset of the cue"),
    Column("outlet", "str", "the article's outlet"),
    Column("published", "datetime", "the article's publication date"),
)

HAPPENINGS = (
    Column("happening_id", "str", "stable id, from its members' event ids"),
    Column("label", "str", "short 'who did what', at most 80 characters"),
    Column("type", "category", "event type"),
    Column("status", "category", "happened | planned"),
    Column("date", "datetime", "first day (the earliest date a source gives)"),
    Column("date_end", "datetime", "last day (the latest date a source gives)"),
    Column("precision", "category", "day | week | month | year"),
    Column("actors", "list", "canonical actor names of its reports"),
    Column("sources", "int64", "number of articles reporting it"),
    Column("outlets", "list", "outlets of those articles"),
    Column("articles", "list", "paths of those articles"),
    Column("event_ids", "list", "its reports (events)"),
    Column("first_reported", "datetime", "earliest publication date of its articles"),
    Column("disputed", "bool", "sources give different dates"),
    Column("dates_reported", "object", "each date a source gives, with its articles: [{date, articles}]"),
    Column("corrected", "bool", "an editor changed it"),
)

TALLIES = (
    Column("article", "str", "the file's path in the folder"),
    Column("article_id", "str", "id of the article"),
    Column("as_of", "datetime", "the date the tally is reported as of"),
    Column("party", "str", "canonical party (IND for independents)"),
    Column("seats", "Int64", "seats reported"),
    Column("basis", "str", "provisional, unofficial, official, announced so far"),
    Column("out_of", "Int64", "seats in the house, when given"),
    Column("counted", "Int64", "results counted so far, when given"),
    Column("reported_by", "str", "who reported it"),
    Column("sentence", "str", "the sentence that reports it"),
    Column("start", "int64", "offset of the sentence"),
    Column("end", "int64", "end offset of the sentence"),
    Column("page", "str", "the app path of the sentence (built by dashboard.urls)"),
)

TABLES = {"articles": ARTICLES, "events": EVENTS, "happenings": HAPPENINGS, "tallies": TALLIES}


def names(table: str) -> list[str]:
    return [c.name for c in TABLES[table]]


def dtype_of(table: str, name: str) -> str | None:
    return next((c.dtype for c in TABLES[table] if c.name == name), None)


def empty(table: str) -> pd.DataFrame:
    return apply(pd.DataFrame({c.name: pd.Series(dtype="object") for c in TABLES[table]}), table)


def apply(frame: pd.DataFrame, table: str) -> pd.DataFrame:
    """The table's columns, in order, each with its dtype.  Missing columns are an error
    (a KeyError), so a frame of the wrong shape never passes for a table."""
    frame = frame[names(table)].copy()
    for column in TABLES[table]:
        series = frame[column.name]
        if column.dtype == "datetime":
            frame[column.name] = pd.to_datetime(series)
        elif column.dtype == "category":
            frame[column.name] = series.astype("category")
        elif column.dtype in ("int64", "Int64"):
            frame[column.name] = series.astype(column.dtype)
        elif column.dtype == "bool":
            frame[column.name] = series.fillna(False).astype(bool)
        elif column.dtype == "list" and not all(isinstance(v, list) for v in series):
            frame[column.name] = pd.Series([_as_list(v) for v in series], index=frame.index, dtype="object")
    return frame


def markdown(table: str) -> str:
    """The table's columns as a Markdown table, for the README."""
    lines = ["| column | dtype | meaning |", "|---|---|---|"]
    lines += [f"| `{c.name}` | {c.dtype} | {c.meaning.replace('|', '/')} |" for c in TABLES[table]]
    return "\n".join(lines)


def _as_list(value) -> list:
    """The contract promises Python lists (of Python values, not numpy scalars)."""
    if isinstance(value, list):
        return value
    if hasattr(value, "tolist"):
        return value.tolist()
    if value is None or isinstance(value, float):  # missing
        return []
    return list(value)


# --- dates -------------------------------------------------------------------------

def format_date(value, precision: str) -> str:
    """The contract's form of a date: '2024-02-08' (day, and a week's Monday), '2023-08'
    (month) or '2022' (year).  `value` is a date, a Timestamp or an ISO string."""
    if precision == "week":
        value = week_bounds(value)[0]
    iso = _as_date(value).isoformat()
    return {"month": iso[:7], "year": iso[:4]}.get(precision, iso)


def week_bounds(value) -> tuple[date, date]:
    """Monday and Sunday of the week of `value` (a date in it, or an ISO week: 2024-W07)."""
    text = str(value)
    if "-W" in text:
        year, week = text.split("-W")
        first = date.fromisocalendar(int(year), int(week[:2]), 1)
    else:
        day = _as_date(value)
        first = day - timedelta(days=day.weekday())
    return first, first + timedelta(days=6)


def _as_date(value) -> date:
    if isinstance(value, pd.Timestamp):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value)
    if len(text) == 4:
        return date(int(text), 1, 1)
    if len(text) == 7:
        return date(int(text[:4]), int(text[5:7]), 1)
    return date.fromisoformat(text[:10])
