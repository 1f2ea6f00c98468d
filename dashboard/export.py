"""Charts for reports: the timeline of a filtered view as HTML, PNG, SVG or PDF, each
carrying its provenance (filters, corpus date, the articles behind the points).

PNG/SVG/PDF go through kaleido, which drives a Chromium: $BROWSER_PATH, or Debian's
/usr/bin/chromium when that is installed.  Several charts exported together share one
browser (`export_figures`)."""

from __future__ import annotations

import html
import os
import re
from datetime import date
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio

from . import figures
from .corpus import Corpus, date_label
from .filters import Filters, apply
from .story import Story, default_story

FORMATS = {".html", ".htm", ".png", ".svg", ".pdf"}
DIV_ID = "news-timeline-chart"   # fixed, so the same view exports to the same bytes
CAPTION_SOURCES = 6
DEBIAN_CHROMIUM = "/usr/bin/chromium"


class ExportError(Exception):
    """Bad export arguments, in words a user can act on."""


def parse_filters(corpus: Corpus, *, date_from=None, date_to=None, actors=(), types=(), query=None,
                  story: Story | None = None) -> Filters:
    def as_date(value, name):
        if not value:
            return None
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise ExportError(f"--{name} must be a date such as 2024-02-08, not {value!r}") from None

    known = (story or default_story()).type_names
    unknown_types = [t for t in types if t not in known]
    if unknown_types:
        raise ExportError(f"unknown event type {unknown_types[0]!r}; choose from {', '.join(known)}")
    return Filters(as_date(date_from, "from"), as_date(date_to, "to"), tuple(actors), tuple(types), (),
                   (query or "").strip())


def describe(f: Filters, story: Story | None = None) -> str:
    parts = []
    if f.date_from or f.date_to:
        parts.append(f"dates {f.date_from or '…'} to {f.date_to or '…'}")
    if f.actors:
        parts.append("actors " + ", ".join(f.actors))
    if f.types:
        parts.append("types " + ", ".join((story or default_story()).label(t) for t in f.types))
    if f.query:
        parts.append(f"text “{f.query}”")
    if f.text_dated_only:
        parts.append("only events dated in the text")
    return "; ".join(parts) or "none (all events)"


def sources_of(corpus: Corpus, events: pd.DataFrame) -> list[str]:
    """One citation line per article behind the plotted events."""
    articles = corpus.articles.set_index("article")
    lines = []
    for name in sorted(set(events["article"])):
        row = articles.loc[name]
        bits = [row["title"] if isinstance(row["title"], str) else name]
        if isinstance(row["outlet"], str):
            bits.append(row["outlet"])
        if not pd.isna(row["published"]):
            bits.append(date_label(row["published"], "day"))
        lines.append(" · ".join(bits) + (f" ({name})" if isinstance(row["title"], str) else ""))
    return lines


def corpus_date(corpus: Corpus) -> str:
    published = corpus.articles["published"].dropna()
    return date_label(published.max(), "day") if len(published) else "unknown"


def timeline_for_report(corpus: Corpus, f: Filters, *, title: str | None = None, members=None,
                        events: pd.DataFrame | None = None, story: Story | None = None) -> tuple[go.Figure, list[str]]:
    """The timeline of a view with a caption that says what it shows and where it comes from.
    `events` are the rows `f` selects, when the caller already has them (the app keeps an index)."""
    events = apply(corpus.events, f, members) if events is None else events
    title = title or "Timeline of events"
    fig = figures.timeline(events, lanes=f.lanes, title=title, story=story)
    sources = sources_of(corpus, events)
    shown = "; ".join(figures.plain(s, 90) for s in sources[:CAPTION_SOURCES])
    more = f"; and {len(sources) - CAPTION_SOURCES} more" if len(sources) > CAPTION_SOURCES else ""
    caption = (f"Filters: {figures.plain(describe(f, story))}. {len(events)} events from {len(sources)} articles "
               f"(latest published {corpus_date(corpus)}).<br>Sources: {shown or 'none'}{more}")
    height = fig.layout.height or 400
    fig.update_layout(margin=dict(b=110), height=height + 70)
    fig.add_annotation(text=caption, xref="paper", yref="paper", x=0, y=0, yshift=-75, xanchor="left",
                       yanchor="top", showarrow=False, align="left", font=dict(size=10, color="#444"))
    fig.update_xaxes(rangeslider=dict(visible=False))  # no slider in a static picture
    return fig, sources


def _use_system_chromium() -> None:
    if not os.environ.get("BROWSER_PATH") and Path(DEBIAN_CHROMIUM).exists():
        os.environ["BROWSER_PATH"] = DEBIAN_CHROMIUM


def html_document(fig: go.Figure, sources: list[str], mode: str = "inline") -> str:
    """Standalone HTML (plotly.js inlined: works offline), or with a CDN script, or a
    <div> snippet for pasting into a page.  The source list follows the chart as text."""
    include = {"inline": True, "cdn": "cdn", "div": False}[mode]
    markup = pio.to_html(fig, include_plotlyjs=include, full_html=mode != "div", div_id=DIV_ID,
                         config={"displaylogo": False, "responsive": True})
    items = "".join(f"<li>{html.escape(s)}</li>" for s in sources)
    footer = f'<footer class="news-timeline-sources"><p>Sources:</p><ol>{items}</ol></footer>'
    if mode == "div":
        return markup + footer
    return re.sub(r"</body>", lambda _: footer + "</body>", markup, count=1)


def export_figures(items: list[tuple[go.Figure, list[str], Path]], *, width: int = 1200, height: int | None = None,
                   scale: float = 1.0, html_mode: str = "inline") -> list[Path]:
    """Write several charts; the images share one browser session."""
    images = []
    for fig, sources, path in items:
        suffix = path.suffix.lower()
        if suffix not in FORMATS:
            raise ExportError(f"cannot write {path.name}: use .html, .png, .svg or .pdf")
        if not path.parent.exists():
            raise ExportError(f"folder not found: {path.parent}")
        if suffix in (".html", ".htm"):
            path.write_text(html_document(fig, sources, html_mode), encoding="utf-8")
        else:
            images.append((fig, path))
    if images:
        _use_system_chromium()
        try:
            pio.write_images([f for f, _ in images], [str(p) for _, p in images], width=width,
                             height=height or [f.layout.height for f, _ in images], scale=scale)
        except Exception as exc:  # kaleido reports a missing or broken browser in many ways
            raise ExportError(f"could not render the image with Chromium ({type(exc).__name__}: "
                              f"{str(exc)[:200]}); set BROWSER_PATH to a Chromium or install Debian's chromium") from None
    return [p for _, _, p in items]


def export_chart(corpus: Corpus, out: Path, *, date_from=None, date_to=None, actors=(), types=(), query=None,
                 width: int = 1200, height: int | None = None, scale: float = 1.0, html_mode: str = "inline",
                 title: str | None = None, story: Story | None = None) -> Path:
    from .actors import ActorMatcher

    story = story or default_story()
    matcher = ActorMatcher(story.folder / "actors.json")
    f = parse_filters(corpus, date_from=date_from, date_to=date_to, actors=actors, types=types, query=query,
                      story=story)
    fig, sources = timeline_for_report(corpus, f, title=title, members=matcher.members, story=story)
    return export_figures([(fig, sources, Path(out))], width=width, height=height, scale=scale,
                          html_mode=html_mode)[0]
