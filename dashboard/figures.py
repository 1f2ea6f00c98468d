"""Plotly figures from corpus DataFrames: plain functions shared by the app, the CLI
export and notebooks.

    from dashboard import load_corpus, figures
    corpus = load_corpus("seeds")
    figures.timeline(corpus.events, lanes="actor").show()
    figures.tallies(corpus.tallies).show()
"""

from __future__ import annotations

import html
import math

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from .story import Story, default_story

PARTY_COLORS = ["#117733", "#332288", "#CC6677", "#DDCC77", "#88CCEE", "#AA4499", "#44AA99", "#882255",
                "#999933", "#9E9E9E"]
BASIS_SYMBOLS = {"provisional": "circle", "unofficial": "square", "official": "diamond",
                 "announced so far": "triangle-up", "reported": "x"}
BASIS_DASH = {"provisional": "solid", "unofficial": "dash", "official": "solid", "announced so far": "dot",
              "reported": "dashdot"}
MAX_POINTS = 1500     # above this, the timeline shows counts per day or week and lane
NO_ACTOR = "(no actor named)"
FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"


def plain(text: str, limit: int | None = None) -> str:
    """Article text for plotly labels: escaped, so markup in an article shows as text."""
    text = " ".join(str(text).split())
    if limit and len(text) > limit:
        text = text[: limit - 1] + "…"
    return html.escape(text, quote=False)


def date_text(start: pd.Timestamp, precision: str) -> str:
    if precision == "year":
        return f"{start.year}"
    if precision == "month":
        return start.strftime("%B %Y")
    return start.strftime("%d %b %Y").lstrip("0")


def lane_of(events: pd.DataFrame, lanes: str, story: Story) -> pd.Series:
    if lanes == "actor":
        return events["actors"].str[0].fillna(NO_ACTOR).astype(object)
    return events["type"].astype(str).map(story.label)


def marker_size(sources: pd.Series) -> pd.Series:
    return 9 + 5 * sources.clip(lower=1).map(math.log2)


def _outline(rows: pd.DataFrame, colour: str, width: float = 1.5) -> dict:
    """A thin black outline marks the events and happenings an editor corrected."""
    if "corrected" not in rows or not rows["corrected"].any():
        return dict(width=width, color=colour)
    corrected = rows["corrected"].to_numpy(dtype=bool)
    return dict(width=np.where(corrected, width + 1, width), color=np.where(corrected, CORRECTED_OUTLINE, colour))


CORRECTED_OUTLINE = "#111111"


def _hover(events: pd.DataFrame, story: Story) -> list[str]:
    return [
        f"<b>{date_text(e.date, e.precision)}</b> · {plain(story.label(e.type))}"
        f"{' · ' + plain(', '.join(e.actors), 60) if len(e.actors) else ''}"
        f"{' · ' + str(e.sources) + ' sources' if e.sources > 1 else ''}"
        f"{' · dated by publication' if e.date_source == 'publication' else ''}"
        f"{' · corrected' if getattr(e, 'corrected', False) else ''}<br>{plain(e.sentence, 110)}"
        for e in events.itertuples()]


def lane_positions(events: pd.DataFrame, lane: pd.Series, x: pd.Series,
                   lane_order: list[str] | None = None) -> tuple[pd.Series, list[str]]:
    """Numeric y for each event: its lane's row, spread a little when several events of
    one lane fall on the same day, so that every event stays visible and clickable.
    `lane_order` fixes the order of the lanes (the story's type order); by default the
    busiest lane comes first."""
    if lane.empty:
        return pd.Series(dtype=float), []
    counts = lane.value_counts()
    if lane_order is not None:
        order = [name for name in lane_order if name in counts.index]
        order += sorted(set(counts.index) - set(order))
    else:
        order = sorted(counts.index, key=lambda name: (name == NO_ACTOR, -counts[name], name))
    row = {name: len(order) - 1 - i for i, name in enumerate(order)}  # first lane on top
    base = lane.map(row).astype(float)
    day = x.dt.floor("D")
    rank = day.groupby([lane, day]).rank(method="first") - 1
    size = day.groupby([lane, day]).transform("size")
    step = (0.7 / size).clip(upper=0.18)
    return base + (rank - (size - 1) / 2) * step, order


def focus_range(x: pd.Series) -> list | None:
    """The stretch of time holding the middle 80% of events, when the whole span is much
    longer: a story's coverage bunches up, and a few old references should not squash it.
    A span of a few days is widened to two weeks, so the axis never shows hours."""
    if x.empty:
        return None
    if x.max() - x.min() < pd.Timedelta(days=14):
        centre = x.min() + (x.max() - x.min()) / 2
        return [centre - pd.Timedelta(days=7), centre + pd.Timedelta(days=7)]
    if len(x) < 5:
        return None
    low, high = x.quantile(0.1), x.quantile(0.9)
    span = x.max() - x.min()
    if span < pd.Timedelta(days=120) or (high - low) > span * 0.6:
        return None
    pad = max(pd.Timedelta(days=5), (high - low) * 0.15)
    return [low - pad, high + pad]


def bin_size(x: pd.Series, lanes: int) -> str:
    """'D' or 'W': the finest bins that keep the number of markers near MAX_POINTS."""
    days = max((x.max() - x.min()).days + 1, 1)
    return "D" if days * max(lanes, 1) <= MAX_POINTS else "W"


def _lay_out_timeline(fig: go.Figure, order: list[str], *, title: str | None, height: int | None,
                      x_range: list | None = None, slider: bool = False) -> go.Figure:
    """Layout shared by the event and count views: lanes as rows, time on x, zoom on x only."""
    fig.update_layout(
        title=dict(text=plain(title)) if title else None,
        height=height or max(340, 150 + 46 * max(len(order), 1)),
        margin=dict(l=10, r=10, t=50 if title else 16, b=30), font=dict(family=FONT, size=13),
        plot_bgcolor="white", paper_bgcolor="white", hovermode="closest", dragmode="zoom",
        legend=dict(orientation="h", yanchor="bottom", y=1.0, xanchor="left", x=0, title_text=""),
        uirevision="timeline")
    fig.update_xaxes(type="date", showgrid=True, gridcolor="#eee", zeroline=False, range=x_range,
                     rangeslider=dict(visible=slider, thickness=0.07))
    fig.update_yaxes(tickmode="array", tickvals=list(range(len(order) - 1, -1, -1)), ticktext=order,
                     range=[-0.6, max(len(order), 1) - 0.4], showgrid=True, gridcolor="#f3f3f3",
                     zeroline=False, automargin=True, fixedrange=True)
    return fig


def _mark_selected(fig: go.Figure, ids: pd.Series, selected: str | None, x: pd.Series, y: pd.Series) -> None:
    """An arrow at the selected mark, when it is drawn."""
    if selected is None or not len(ids) or selected not in set(ids):
        return
    index = ids.index[ids == selected][0]
    fig.add_annotation(x=x.at[index], y=y.at[index], text="selected", showarrow=True, arrowhead=2,
                       ax=0, ay=-34, font=dict(size=11), bgcolor="rgba(255,255,255,0.85)")


def _say_in_the_middle(fig: go.Figure, text: str) -> None:
    fig.add_annotation(text=text, showarrow=False, xref="paper", yref="paper", x=0.5, y=0.5,
                       font=dict(size=16, color="#555"))


def _period_lines(period: pd.DataFrame, y: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """x and y of one line per period (start, end, gap), to draw many periods as one trace."""
    xs = np.empty(3 * len(period), dtype=object)
    ys = np.empty(3 * len(period), dtype=object)
    xs[0::3], xs[1::3] = period["date"].to_numpy(), (period["date_end"] + pd.Timedelta(days=1)).to_numpy()
    ys[0::3] = ys[1::3] = y.loc[period.index].to_numpy()
    return xs, ys


def _type_lanes(story: Story, events: pd.DataFrame, lanes: str) -> list[str] | None:
    """Lane labels in the story's type order, when lanes are types."""
    if lanes != "type":
        return None
    return [story.label(t) for t in story.ordered(events["type"].astype(str).unique())]


def counts_timeline(events: pd.DataFrame, *, lanes: str = "type", title: str | None = None,
                    height: int | None = None, story: Story | None = None) -> go.Figure:
    """Too many events to draw one by one: one marker per day (or week) and lane, sized
    by the number of events; clicking one zooms the filters to that day or week."""
    story = story or default_story()
    lane = lane_of(events, lanes, story)
    # spans count at their start; the count view is about where the reporting is dense
    x = events["date"]
    freq = bin_size(x, lane.nunique())
    start = x.dt.floor("D") if freq == "D" else x.dt.to_period("W-SUN").dt.start_time
    per_type = (pd.DataFrame({"start": start.to_numpy(), "lane": lane.to_numpy(), "type": events["type"].astype(str).to_numpy()})
                .groupby(["lane", "start", "type"], observed=True).size().rename("k").reset_index())
    # each marker takes the colour of the most frequent type in its bin
    per_type = per_type.sort_values(["lane", "start", "k"], ascending=[True, True, False], kind="stable")
    grouped = per_type.drop_duplicates(["lane", "start"]).rename(columns={"type": "top"})
    grouped = grouped.assign(n=per_type.groupby(["lane", "start"], observed=True)["k"].transform("sum")
                             .loc[grouped.index]).reset_index(drop=True)
    width = pd.Timedelta(days=1 if freq == "D" else 7)
    grouped["mid"] = grouped["start"] + width / 2
    y, order = lane_positions(grouped.assign(precision="day"), grouped["lane"], grouped["mid"],
                              _type_lanes(story, events, lanes))
    fig = go.Figure()
    for kind in story.ordered(grouped["top"].unique()):
        rows = grouped[grouped["top"] == kind]
        if rows.empty:
            continue
        end = rows["start"] + width - pd.Timedelta(days=1)
        label = "day" if freq == "D" else "week"
        fig.add_trace(go.Scattergl(
            x=rows["mid"], y=y.loc[rows.index], mode="markers", name=plain(story.label(kind)),
            customdata=[f"range:{a.date()}:{b.date()}" for a, b in zip(rows["start"], end)],
            hovertext=[f"<b>{n} events</b> · {plain(str(lane_name))}<br>{label} of {a.date()} – click to zoom in"
                       for n, lane_name, a in zip(rows["n"], rows["lane"], rows["start"])],
            hovertemplate="%{hovertext}<extra></extra>",
            marker=dict(color=story.colour(kind), size=(6 + 3 * rows["n"].pow(0.5)).clip(upper=40).to_numpy(),
                        opacity=0.75), _validate=False))
    return _lay_out_timeline(fig, order, title=title, height=height)


def timeline(events: pd.DataFrame, *, lanes: str = "type", selected: str | None = None,
             title: str | None = None, height: int | None = None, story: Story | None = None) -> go.Figure:
    """Events on a time axis, one lane per type (or per first-named actor).

    Every event is one marker: at its day, or at the middle of its month or year,
    with a bar over the whole period so a month is not mistaken for a day.  Marker
    size grows with the number of articles in the event's happening; open markers are
    events dated only by the article's publication date.  The x axis opens on the
    busy period, with a range slider showing the whole span.  Above MAX_POINTS events
    it shows counts per day or week instead (`counts_timeline`), so the figure stays small."""
    if len(events) > MAX_POINTS:
        return counts_timeline(events, lanes=lanes, title=title, height=height, story=story)
    story = story or default_story()
    fig = go.Figure()
    lane = lane_of(events, lanes, story)
    spans_all = events["precision"] != "day"
    middle = events["date"] + (events["date_end"] + pd.Timedelta(days=1) - events["date"]) / 2
    x_all = events["date"].where(~spans_all, middle)
    y_all, order = lane_positions(events, lane, x_all, _type_lanes(story, events, lanes))
    scatter = go.Scatter  # at most MAX_POINTS points: SVG is fast enough
    for kind in story.ordered(events["type"].astype(str).unique()):
        rows = events[events["type"].astype(str) == kind]
        if rows.empty:
            continue
        spans = spans_all.loc[rows.index]
        if spans.any():
            period = rows[spans.to_numpy()]
            xs, ys = _period_lines(period, y_all)
            fig.add_trace(go.Scatter(x=xs, y=ys, mode="lines", line=dict(color=story.colour(kind), width=9),
                                     opacity=0.45, hoverinfo="skip", showlegend=False, legendgroup=kind,
                                     name=f"{plain(story.label(kind))} period", _validate=False))
        symbols = [
            ("diamond" if span else "circle") + ("-open" if source == "publication" else "")
            for span, source in zip(spans, rows["date_source"].astype(str))]
        fig.add_trace(scatter(
            x=x_all.loc[rows.index], y=y_all.loc[rows.index], mode="markers", name=plain(story.label(kind)),
            legendgroup=kind, customdata=rows["event_id"], hovertext=_hover(rows, story),
            hovertemplate="%{hovertext}<extra></extra>",
            marker=dict(color=story.colour(kind), size=marker_size(rows["sources"]).to_numpy(), symbol=symbols,
                        line=_outline(rows, story.colour(kind)), opacity=0.9),
            _validate=False))  # built from typed data here; plotly's per-string checks cost more than the rest
    _mark_selected(fig, events["event_id"], selected, x_all, y_all)
    if events.empty:
        _say_in_the_middle(fig, "No event matches these filters")
    focus = focus_range(x_all)
    narrowed = focus is not None and (focus[0] > x_all.min() or focus[1] < x_all.max())
    _lay_out_timeline(fig, order, title=title, height=height, x_range=focus, slider=bool(narrowed))
    return fig


def daily_tallies(tallies: pd.DataFrame) -> pd.DataFrame:
    """One row per party, basis and day: the median of that day's reports (most days
    have one), how many reports it summarises, and the page of the latest of them."""
    if tallies.empty:
        return tallies.assign(reports=pd.Series(dtype="int64"))
    keys = ["party", "basis", "as_of"]
    ordered = tallies.sort_values(keys + ["start"], kind="stable")
    grouped = ordered.groupby(keys, observed=True, sort=False)
    daily = grouped.agg(seats=("seats", "median"), reports=("seats", "size"), page=("page", "last"),
                        article=("article", "last"), reported_by=("reported_by", "last"),
                        counted=("counted", "last"), out_of=("out_of", "last")).reset_index()
    daily["seats"] = daily["seats"].round().astype("int64")
    return daily


def _tally_hovers(rows: pd.DataFrame) -> list[str]:
    """One label per point, built column-wise (a big corpus has thousands)."""
    source = rows["reported_by"].map(lambda v: f" ({plain(v)})" if isinstance(v, str) else "")
    counted = ["" if pd.isna(total) else f", {'?' if pd.isna(n) else int(n)} of {int(total)} seats counted"
               for n, total in zip(rows["counted"], rows["out_of"])]
    dates = rows["as_of"].dt.strftime("%Y-%m-%d")
    many = [f" (median of {k} reports)" if k > 1 else "" for k in rows["reports"]]
    return [f"<b>{plain(p)}: {int(n)} seats</b>{m}<br>{plain(b)}{src}{cnt}<br>as of {d} · {plain(a, 40)}"
            for p, n, m, b, src, cnt, d, a in zip(rows["party"], rows["seats"], many, rows["basis"], source,
                                                    counted, dates, rows["article"])]


BASIS_NAMES = {"solid": "solid", "dash": "dashed", "dot": "dotted", "dashdot": "dash-dot"}


def _end_labels(last: pd.DataFrame, span: float) -> list[float]:
    """y positions for the labels at the lines' ends, nudged apart so none overlap."""
    gap = max(span / 16, 1.0)
    ys: list[float] = []
    for y in last["seats"].astype(float):
        ys.append(y if not ys or y - ys[-1] >= gap else ys[-1] + gap)
    return ys


def tallies(tallies: pd.DataFrame, *, title: str | None = None, height: int = 460) -> go.Figure:
    """Seats per party as reported over time: one colour per party, one line per party
    and basis (provisional, unofficial...: the line style), each party named at the end
    of its line rather than in a legend.  Each point carries its article page in
    customdata; several reports on one day become one point at their median."""
    tallies = daily_tallies(tallies)
    fig = go.Figure()
    parties = list(tallies.groupby("party")["seats"].max().sort_values(ascending=False).index) if len(tallies) else []
    colors = {party: PARTY_COLORS[i % len(PARTY_COLORS)] for i, party in enumerate(parties)}
    for (party, basis), rows in tallies.groupby(["party", "basis"], sort=False):
        rows = rows.sort_values("as_of")
        hover = _tally_hovers(rows)
        fig.add_trace(go.Scatter(
            x=rows["as_of"], y=rows["seats"], mode="lines+markers", name=f"{plain(party)} · {plain(basis)}",
            customdata=rows["page"], hovertext=hover, hovertemplate="%{hovertext}<extra></extra>",
            line=dict(color=colors[party], dash=BASIS_DASH.get(basis, "solid"), width=2),
            marker=dict(symbol=BASIS_SYMBOLS.get(basis, "circle"), size=9, color=colors[party]),
            showlegend=False, _validate=False))
    if tallies.empty:
        fig.add_annotation(text="No seat tallies in these articles", showarrow=False, xref="paper",
                           yref="paper", x=0.5, y=0.5, font=dict(size=15, color="#555"))
    else:
        # each party named once, at the end of its latest line
        last = tallies.sort_values("as_of").groupby("party", sort=False).tail(1).sort_values("seats")
        for (_, row), y in zip(last.iterrows(), _end_labels(last, float(tallies["seats"].max()))):
            fig.add_annotation(x=row["as_of"], y=y, text=f"<b>{plain(row['party'])}</b> {int(row['seats'])}",
                               showarrow=False, xanchor="left", xshift=8, font=dict(size=12, color=colors[row["party"]]),
                               name="party")
        styles = sorted({b for b in tallies["basis"]}, key=lambda b: list(BASIS_DASH).index(b) if b in BASIS_DASH else 99)
        # short lines, so the key stays whole at phone width
        key = [f"{plain(b)}: {BASIS_NAMES.get(BASIS_DASH.get(b, 'solid'), 'solid')}" for b in styles]
        lines = ["Line style = basis of the count:"] + [" · ".join(key[i:i + 2]) for i in range(0, len(key), 2)]
        fig.add_annotation(text="<br>".join(lines), showarrow=False, xref="paper", yref="paper", x=0, y=0,
                           yshift=-38, xanchor="left", yanchor="top", align="left",
                           font=dict(size=12, color="#555"), name="basis")
    fig.update_layout(title=dict(text=plain(title)) if title else None, height=height,
                      margin=dict(l=10, r=90, t=40 if title else 16, b=110), font=dict(family=FONT, size=13),
                      plot_bgcolor="white", paper_bgcolor="white", hovermode="closest", showlegend=False,
                      uirevision="tallies")
    fig.update_xaxes(type="date", showgrid=True, gridcolor="#eee")
    fig.update_yaxes(title_text="seats", rangemode="tozero", showgrid=True, gridcolor="#eee")
    return fig


# --- happenings: one labelled mark per happening -----------------------------------

LABEL_CHARS = 38          # a label on the chart is cut to this many characters
LABEL_FONT_PX = 11
CHAR_PX = 0.58 * LABEL_FONT_PX   # average width of a character of the label font


def plural(n: int, word: str, many: str | None = None) -> str:
    """'1 happening', '2 happenings': counts in captions and headers read as English."""
    return f"{n} {word if n == 1 else (many or word + 's')}"


def happening_spans(happenings: pd.DataFrame) -> pd.Series:
    """True where a happening is drawn as a span: a week, month or year, a range of
    days, or sources that disagree on the day."""
    disputed = happenings["disputed"].astype(bool) if "disputed" in happenings else False
    return (happenings["precision"].astype(str) != "day") | disputed | (happenings["date_end"] > happenings["date"])


def _middle(happenings: pd.DataFrame) -> pd.Series:
    return happenings["date"] + (happenings["date_end"] + pd.Timedelta(days=1) - happenings["date"]) / 2


def data_range(start: pd.Series, end: pd.Series) -> list | None:
    """The whole extent of the data with a little room on each side (at least a week in all)."""
    if start.empty:
        return None
    low, high = start.min(), end.max() + pd.Timedelta(days=1)
    pad = max(pd.Timedelta(days=1), (high - low) * 0.04)
    if high - low < pd.Timedelta(days=7):
        pad = max(pad, (pd.Timedelta(days=7) - (high - low)) / 2)
    return [low - pad, high + pad]


def choose_labels(happenings: pd.DataFrame, x: pd.Series, lane_row: pd.Series, x_range: list,
                  width_px: float) -> dict:
    """Which happenings get their label written on the chart: the most reported first,
    each only if its text fits beside the labels already placed in its lane."""
    if happenings.empty or not x_range:
        return {}
    lo, hi = pd.Timestamp(x_range[0]), pd.Timestamp(x_range[1])
    scale = width_px / max((hi - lo).total_seconds(), 1.0)
    order = happenings.assign(_x=x).sort_values(["sources", "_x"], ascending=[False, True], kind="stable")
    placed: dict[int, list[tuple[float, float]]] = {}
    chosen = {}
    for index, row in order.iterrows():
        if not lo <= row["_x"] <= hi:
            continue
        text = short_label(row["label"])
        at = (row["_x"] - lo).total_seconds() * scale
        wide = len(text) * CHAR_PX + 10
        # centred over the mark, or running right of it (left edge) or left of it (right edge)
        placements = [(a, x) for a, x in (("center", at - wide / 2), ("left", at - 6), ("right", at - wide + 6))
                      if x >= 0 and x + wide <= width_px]
        if not placements:
            continue
        anchor, left = placements[0]
        lane_spans = placed.setdefault(int(lane_row.loc[index]), [])
        if any(left < b and left + wide > a for a, b in lane_spans):
            continue
        lane_spans.append((left, left + wide))
        chosen[index] = (text, anchor)
    return chosen


def short_label(label) -> str:
    text = " ".join(str(label or "").split())
    return text if len(text) <= LABEL_CHARS else text[:LABEL_CHARS - 1].rstrip() + "…"


def _dates_reported_text(value) -> str:
    """'14 May 2024 (1 source), 15 May 2024 (2 sources)' from the happening's dates_reported."""
    parts = []
    for item in value if isinstance(value, (list, tuple)) else []:
        if not isinstance(item, dict) or not item.get("date"):
            continue
        when = pd.Timestamp(str(item["date"])[:10])
        n = len(item.get("articles") or []) or 1
        parts.append(f"{date_text(when, 'day')} ({plural(n, 'source')})")
    return ", ".join(parts)


def _happening_hover(rows: pd.DataFrame, story: Story) -> list[str]:
    hovers = []
    for h in rows.itertuples():
        when = date_text(h.date, h.precision)
        if h.date_end > h.date and h.precision == "day":
            when = f"{date_text(h.date, 'day')} – {date_text(h.date_end, 'day')}"
        outlets = ", ".join(str(o) for o in (h.outlets if isinstance(h.outlets, (list, tuple)) else []))
        lines = [f"<b>{plain(h.label, 90)}</b>",
                 f"{when} · {plain(story.label(h.type))} · {'planned' if h.status == 'planned' else 'happened'}",
                 f"{plural(int(h.sources), 'source')}{': ' + plain(outlets, 80) if outlets else ''}"]
        if getattr(h, "disputed", False):
            lines.append("sources disagree on the date: " + plain(_dates_reported_text(h.dates_reported), 120))
        hovers.append("<br>".join(lines))
    return hovers


def happenings_timeline(happenings: pd.DataFrame, *, lanes: str = "type", selected: str | None = None,
                        title: str | None = None, height: int | None = None, story: Story | None = None,
                        x_range: list | None = None, width_px: float = 1000) -> go.Figure:
    """One mark per happening: at its day, or across its period (a week, a month, a range,
    or the days its sources disagree on); sized by its number of sources, coloured by
    type, hollow and dashed when it was only planned.  The most-reported happenings
    have their label written beside the mark where it fits; the rest show it on hover.
    The x axis shows the whole extent of the data unless `x_range` says otherwise."""
    story = story or default_story()
    if len(happenings) > MAX_POINTS:
        return counts_timeline(happenings, lanes=lanes, title=title, height=height, story=story)
    fig = go.Figure()
    spans_all = happening_spans(happenings) if len(happenings) else pd.Series(dtype=bool)
    x_all = happenings["date"].where(~spans_all, _middle(happenings)) if len(happenings) else happenings["date"]
    lane = lane_of(happenings, lanes, story)
    y_all, order = lane_positions(happenings, lane, x_all, _type_lanes(story, happenings, lanes))
    shown_range = x_range or data_range(happenings["date"], happenings["date_end"])
    lane_row = y_all.round() if len(happenings) else y_all
    labels = choose_labels(happenings, x_all, lane_row, shown_range, width_px)
    for kind in story.ordered(happenings["type"].astype(str).unique()):
        rows = happenings[happenings["type"].astype(str) == kind]
        colour = story.colour(kind)
        spans = spans_all.loc[rows.index]
        for planned in (False, True):
            period = rows[spans.to_numpy() & ((rows["status"] == "planned").to_numpy() == planned)]
            if period.empty:
                continue
            xs, ys = _period_lines(period, y_all)
            fig.add_trace(go.Scatter(x=xs, y=ys, mode="lines", opacity=0.5, hoverinfo="skip", showlegend=False,
                                     line=dict(color=colour, width=7, dash="dot" if planned else "solid"),
                                     legendgroup=kind, name=f"{plain(story.label(kind))} period", _validate=False))
        planned = (rows["status"] == "planned").to_numpy()
        symbols = [("diamond" if span else "circle") + ("-open" if p else "") for span, p in zip(spans, planned)]
        fig.add_trace(go.Scatter(
            x=x_all.loc[rows.index], y=y_all.loc[rows.index], mode="markers", name=plain(story.label(kind)),
            legendgroup=kind, customdata=rows["happening_id"], hovertext=_happening_hover(rows, story),
            hovertemplate="%{hovertext}<extra></extra>",
            marker=dict(color=colour, size=marker_size(rows["sources"]).to_numpy(), symbol=symbols,
                        line=_outline(rows, colour, width=2), opacity=0.9),
            _validate=False))
    # Labels are annotations, not trace text: the range slider's miniature stays clean.
    for index, (text, anchor) in labels.items():
        fig.add_annotation(x=x_all.at[index], y=y_all.at[index], text=plain(text), showarrow=False, yshift=15,
                           xanchor=anchor, font=dict(size=LABEL_FONT_PX, color="#333"), name="label")
    _mark_selected(fig, happenings["happening_id"], selected, x_all, y_all)
    if happenings.empty:
        _say_in_the_middle(fig, "Nothing matches these filters")
    _lay_out_timeline(fig, order, title=title, height=height, x_range=shown_range, slider=len(happenings) > 0)
    return fig
