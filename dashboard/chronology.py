"""The chronology: happenings as a dated list, the "timeline of events" box a newspaper
prints, as rows, Markdown or CSV.  Pure data: the /chronology page and its downloads
use it, and so can a notebook."""

from __future__ import annotations

import io

import pandas as pd

from .figures import date_text
from .records import write_records
from .story import Story, default_story

COLUMNS = ["date", "label", "type", "status", "sources", "outlets", "disputed_dates"]


def when(h) -> str:
    """'8 Feb 2024', 'February 2024', '14 May 2024 – 15 May 2024' for a happening row."""
    start, end = pd.Timestamp(h["date"]), pd.Timestamp(h["date_end"])
    if h["precision"] == "week":
        return f"week of {date_text(start, 'day')}"
    if h["precision"] == "day" and end > start:
        return f"{date_text(start, 'day')} – {date_text(end, 'day')}"
    return date_text(start, h["precision"])


def _disputed(h, outlet_of: dict | None = None) -> str:
    """'2024-02-20 (Dawn); 2024-02-21 (Reuters)': who gives which date, by outlet where known."""
    if not h.get("disputed"):
        return ""
    parts = []
    for item in h.get("dates_reported") or []:
        if isinstance(item, dict) and item.get("date"):
            names = item.get("outlets") or item.get("articles") or []
            if outlet_of:  # a reader cites outlets, not file names
                names = list(dict.fromkeys(outlet_of.get(str(n)) or str(n) for n in names))
            parts.append(f"{item['date']} ({', '.join(str(n) for n in names)})" if names else str(item["date"]))
    return "; ".join(parts)


def rows(happenings: pd.DataFrame, story: Story | None = None, outlet_of: dict | None = None) -> list[dict]:
    """One plain row per happening, oldest first (a period sorts at its start); `outlet_of`
    (article path -> outlet) names the sources of disputed dates by outlet."""
    story = story or default_story()
    ordered = happenings.sort_values(["date", "date_end", "label"], kind="stable")
    out = []
    for _, h in ordered.iterrows():
        outlets = [str(o) for o in (h.get("outlets") if isinstance(h.get("outlets"), (list, tuple)) else [])]
        out.append({"id": h["happening_id"], "date": when(h), "label": str(h["label"]),
                    "type": story.label(h["type"]), "status": str(h["status"]), "sources": int(h["sources"]),
                    "outlets": outlets, "disputed_dates": _disputed(h, outlet_of)})
    return out


def _md_cell(text: str) -> str:
    # a Markdown table cell: no line breaks, and pipes escaped
    return " ".join(str(text).split()).replace("|", "\\|")


def outlets_by_article(articles: pd.DataFrame) -> dict:
    """article path -> outlet name, for the articles whose outlet is known."""
    if articles is None or articles.empty or "outlet" not in articles:
        return {}
    return {str(a): str(o) for a, o in zip(articles["article"], articles["outlet"]) if isinstance(o, str) and o}


def markdown(happenings: pd.DataFrame, *, title: str, filters: str, story: Story | None = None,
             outlet_of: dict | None = None) -> str:
    lines = [f"# {_md_cell(title)}", "", f"Filters: {_md_cell(filters)}", "",
             "| Date | What happened | Type | Status | Sources |", "|---|---|---|---|---|"]
    for r in rows(happenings, story, outlet_of):
        sources = ", ".join(r["outlets"]) or f"{r['sources']} article{'s' if r['sources'] != 1 else ''}"
        date = r["date"] + (f" (sources disagree: {r['disputed_dates']})" if r["disputed_dates"] else "")
        lines.append("| " + " | ".join(_md_cell(c) for c in (date, r["label"], r["type"], r["status"], sources)) + " |")
    return "\n".join(lines) + "\n"


def csv_text(happenings: pd.DataFrame, story: Story | None = None, outlet_of: dict | None = None) -> str:
    buffer = io.StringIO()
    write_records(rows(happenings, story, outlet_of), "csv", buffer, columns=COLUMNS)
    return buffer.getvalue()
