"""Charts for reports: the timeline of a filtered view as HTML, PNG, SVG or PDF, each
carrying its provenance (filters, corpus date, the articles behind the points).

PNG/SVG/PDF go through kaleido, which drives a Chromium: $BROWSER_PATH, or Debian's
/usr/bin/chromium when that is installed.  Several charts exported together share one
browser (`export_figures`)."""

from __future__ import annotations

import html
import logging
import os
import re
import textwrap
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio

from . import figures
from .corpus import Corpus
from .filters import FilterError, Filters, apply, from_cli
from .story import Story, default_story

FORMATS = {".html", ".htm", ".png", ".svg", ".pdf", ".json"}
DIV_ID = "news-timeline-chart"   # fixed, so the same view exports to the same bytes
CAPTION_SOURCES = 8   # citations written in the caption; every one is in the HTML and JSON
CAPTION_PX = 13       # caption font size at 1200 px wide
DEBIAN_CHROMIUM = "/usr/bin/chromium"


class ExportError(Exception):
    """Bad export arguments, in words a user can act on."""


def parse_filters(corpus: Corpus, *, date_from=None, date_to=None, actors=(), types=(), outlets=(), query=None,
                  story: Story | None = None) -> Filters:
    """The CLI codec of Filters (filters.from_cli): a bad value is an ExportError naming its option."""
    known_outlets = {o for o in corpus.events["outlet"] if isinstance(o, str)} if len(corpus.events) else set()
    try:
        return from_cli(date_from=date_from, date_to=date_to, actors=actors, types=types, outlets=outlets,
                        query=query, known_outlets=known_outlets if outlets else None,
                        known_types=(story or default_story()).type_names)
    except FilterError as exc:
        raise ExportError(str(exc)) from None


def describe(f: Filters, story: Story | None = None) -> str:
    parts = []
    if f.date_from or f.date_to:
        parts.append(f"dates {f.date_from or '…'} to {f.date_to or '…'}")
    if f.actors:
        parts.append("actors " + ", ".join(f.actors))
    if f.outlets:
        parts.append("outlets " + ", ".join(f.outlets))
    if f.types:
        parts.append("types " + ", ".join((story or default_story()).label(t) for t in f.types))
    if f.query:
        parts.append(f"text “{f.query}”")
    if f.text_dated_only:
        parts.append("only events dated in the text")
    return "; ".join(parts) or "none (all events)"


def cited_articles(corpus: Corpus, events: pd.DataFrame) -> pd.DataFrame:
    """The article rows behind the plotted events, newest first."""
    names = set(events["article"])
    rows = corpus.articles[corpus.articles["article"].isin(names)]
    return rows.sort_values(["published", "article"], ascending=[False, True], na_position="last", kind="stable")


def citation(row) -> str:
    """'Dawn: "Headline" (17 Feb 2024)'; the file name only when the article has no title."""
    title = row["title"] if isinstance(row["title"], str) and row["title"].strip() else None
    bits = [f"{row['outlet']}: " if isinstance(row["outlet"], str) and row["outlet"].strip() else ""]
    bits.append(f"“{title}”" if title else row["article"])
    if not pd.isna(row["published"]):
        bits.append(f" ({figures.date_text(pd.Timestamp(row['published']), 'day')})")
    return "".join(bits)


def sources_of(corpus: Corpus, events: pd.DataFrame) -> list[str]:
    """One citation line per article behind the plotted events."""
    return [citation(row) for _, row in cited_articles(corpus, events).iterrows()]


def happenings_of(corpus: Corpus, events: pd.DataFrame) -> pd.DataFrame:
    """The happenings that the selected events report: a happening is shown when any of
    its reports passes the filters."""
    chosen = set(events["happening"])
    return corpus.happenings[corpus.happenings["happening_id"].isin(chosen)]


def caption_lines(f: Filters, happenings: pd.DataFrame, events: pd.DataFrame, cited: pd.DataFrame,
                  *, story: Story | None = None, width: int = 1200, font_px: int = CAPTION_PX) -> list[str]:
    """The caption under a report's chart, wrapped to the picture's width (plain text:
    the caller escapes it).  It says what is drawn, from what, and with which filters."""
    latest = cited["published"].dropna()
    latest_text = f", the latest published {figures.date_text(pd.Timestamp(latest.max()), 'day')}" if len(latest) else ""
    outlets = sorted({o for o in cited["outlet"] if isinstance(o, str) and o.strip()})
    counts = (f"{figures.plural(len(happenings), 'happening')} from {figures.plural(len(events), 'report')} in "
              f"{figures.plural(len(cited), 'article')}{latest_text}"
              + (f"; {figures.plural(len(outlets), 'outlet')}: {', '.join(outlets)}" if outlets else "") + ".")
    citations = [citation(row) for _, row in cited.head(CAPTION_SOURCES).iterrows()]
    more = len(cited) - len(citations)
    sources = "Sources: " + ("; ".join(citations) if citations else "none") + (
        f"; and {figures.plural(more, 'more article')}" if more > 0 else "") + "."
    legend = "Filled marks happened, hollow ones were announced; bars are periods or dates the sources disagree on."
    chars = max(40, int((width - 30) / (0.56 * font_px)))
    lines = []
    for paragraph in (f"Filters: {describe(f, story)}. {counts}", sources, legend):
        lines += textwrap.wrap(paragraph, chars, break_long_words=True) or [""]
    return lines


def report_range(f: Filters) -> list | None:
    """Exactly the --from/--to days when given (from the start of the first to the end of the last)."""
    if not (f.date_from or f.date_to):
        return None
    return [pd.Timestamp(f.date_from) if f.date_from else None,
            pd.Timestamp(f.date_to) + pd.Timedelta(days=1) if f.date_to else None]


def timeline_for_report(corpus: Corpus, f: Filters, *, title: str | None = None, members=None,
                        events: pd.DataFrame | None = None, story: Story | None = None,
                        width: int = 1200) -> tuple[go.Figure, list[str]]:
    """The timeline of a view, one mark per happening, with a caption that says what it
    shows and where it comes from.  `events` are the rows `f` selects, when the caller
    already has them (the app keeps an index).  Returns the figure and the citations."""
    story = story or default_story()
    events = apply(corpus.events, f, members) if events is None else events
    happenings = happenings_of(corpus, events)
    cited = cited_articles(corpus, events)
    title = title or story.title
    x_range = report_range(f)
    if x_range is not None:
        whole = figures.data_range(happenings["date"], happenings["date_end"]) or [None, None]
        x_range = [x_range[0] if x_range[0] is not None else whole[0],
                   x_range[1] if x_range[1] is not None else whole[1]]
    fig = figures.happenings_timeline(happenings, lanes=f.lanes, title=title, story=story, x_range=x_range,
                                      width_px=width - 140)
    lines = caption_lines(f, happenings, events, cited, story=story, width=width)
    caption_px = len(lines) * round(CAPTION_PX * 1.45) + 12
    height = fig.layout.height or 400
    fig.update_layout(margin=dict(b=caption_px + 45), height=height + caption_px + 15,
                      meta={"sources": [citation(row) for _, row in cited.iterrows()]})
    fig.add_annotation(text="<br>".join(html.escape(line, quote=False) for line in lines), xref="paper",
                       yref="paper", x=0, y=0, yshift=-40, xanchor="left", yanchor="top", showarrow=False,
                       align="left", font=dict(size=CAPTION_PX, color="#333"), name="caption")
    fig.update_xaxes(rangeslider=dict(visible=False))  # no slider in a static picture
    return fig, [citation(row) for _, row in cited.iterrows()]


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
            raise ExportError(f"cannot write {path.name}: use .html, .png, .svg, .pdf or .json")
        if not path.parent.exists():
            raise ExportError(f"folder not found: {path.parent}")
        if suffix in (".html", ".htm"):
            path.write_text(html_document(fig, sources, html_mode), encoding="utf-8")
        elif suffix == ".json":
            # plotly's figure JSON; the citations ride along in layout.meta.sources
            path.write_text(pio.to_json(fig, pretty=False), encoding="utf-8")
        else:
            images.append((fig, path))
    if images:
        _use_system_chromium()
        # kaleido's browser driver logs, with a full traceback, each message from Chromium it could
        # not read and then ignores (seen under load); the image is still written.  A real failure
        # raises, and is reported as an ExportError below.
        logging.getLogger("choreographer").setLevel(logging.CRITICAL)
        try:
            pio.write_images([f for f, _ in images], [str(p) for _, p in images], width=width,
                             height=height or [f.layout.height for f, _ in images], scale=scale)
        except Exception as exc:  # kaleido reports a missing or broken browser in many ways
            raise ExportError(f"could not render the image with Chromium ({type(exc).__name__}: "
                              f"{str(exc)[:200]}); set BROWSER_PATH to a Chromium or install Debian's chromium") from None
        for fig, path in images:
            if path.suffix.lower() == ".pdf":
                _title_pdf(path, fig)
    return [p for _, _, p in items]


def _title_pdf(path: Path, fig: go.Figure) -> None:
    """Chromium names every PDF it prints "Kaleido-fier": a report's PDF carries its chart's title."""
    from pypdf import PdfReader, PdfWriter

    title = fig.layout.title.text if fig.layout.title and fig.layout.title.text else None
    if not title:
        return
    writer = PdfWriter(clone_from=PdfReader(path))
    writer.add_metadata({"/Title": html.unescape(re.sub(r"<[^>]+>", " ", title)).strip(),
                         "/Creator": "news-timeline dashboard"})
    with path.open("wb") as handle:
        writer.write(handle)


def export_chart(corpus: Corpus, out: Path, *, date_from=None, date_to=None, actors=(), types=(), outlets=(), query=None,
                 width: int = 1200, height: int | None = None, scale: float = 1.0, html_mode: str = "inline",
                 title: str | None = None, story: Story | None = None) -> Path:
    from .actors import ActorMatcher

    story = story or default_story()
    matcher = ActorMatcher(story.folder / "actors.json")
    f = parse_filters(corpus, date_from=date_from, date_to=date_to, actors=actors, types=types, outlets=outlets,
                      query=query, story=story)
    fig, sources = timeline_for_report(corpus, f, title=title, members=matcher.members, story=story, width=width)
    return export_figures([(fig, sources, Path(out))], width=width, height=height, scale=scale,
                          html_mode=html_mode)[0]
