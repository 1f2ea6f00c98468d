"""Charts for reports: each format written and checked, filters change what is exported."""

import re
import subprocess
import sys

import pytest
from conftest import REPO

from dashboard.export import ExportError, export_chart, export_figures, parse_filters, timeline_for_report


def run_export(*args):
    return subprocess.run([sys.executable, "-m", "dashboard", "export", *args], cwd=REPO, capture_output=True,
                          text=True, timeout=180)


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    """Every format from the CLI, once for all events and once filtered to PTI elections."""
    out = tmp_path_factory.mktemp("export")
    for suffix in ("html", "png", "svg", "pdf"):
        for name, extra in (("all", []), ("pti", ["--actor", "PTI", "--type", "election"])):
            result = run_export("--out", str(out / f"{name}.{suffix}"), *extra)
            assert result.returncode == 0, result.stderr
            assert "Traceback" not in result.stderr
    return out


def test_png_svg_pdf_are_real_files(exported):
    assert (exported / "all.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    svg = (exported / "all.svg").read_text(encoding="utf-8")
    assert re.match(r"\s*<svg\b", svg) and "</svg>" in svg
    assert (exported / "all.pdf").read_bytes()[:5] == b"%PDF-"


def test_pdf_metadata_title_is_the_chart_title(exported):
    from pypdf import PdfReader

    # the default title of a report is the story's: "Pakistan election 2024: news timeline"
    assert PdfReader(exported / "all.pdf").metadata.title == "Pakistan election 2024: news timeline"


def test_html_holds_the_plot_offline(exported):
    page = (exported / "all.html").read_text(encoding="utf-8")
    assert 'id="news-timeline-chart"' in page and "Plotly.newPlot" in page
    assert re.findall(r"<script[^>]*\bsrc=", page) == []  # plotly.js is inlined: no network script
    assert "Sources:" in page and "Al Mayadeen English" in page


def test_filters_change_what_is_exported(exported):
    everything = (exported / "all.svg").read_text(encoding="utf-8")
    pti = (exported / "pti.svg").read_text(encoding="utf-8")
    assert everything.count('class="point ') > pti.count('class="point ') > 0
    assert "actors PTI; types election" in pti
    assert "none (all events)" in everything


def test_html_is_deterministic_and_has_snippet_and_cdn_modes(seeds_corpus, tmp_path):
    a, b = tmp_path / "a.html", tmp_path / "b.html"
    export_chart(seeds_corpus, a, types=["coalition"])
    export_chart(seeds_corpus, b, types=["coalition"])
    assert a.read_bytes() == b.read_bytes()
    snippet = tmp_path / "s.html"
    export_chart(seeds_corpus, snippet, html_mode="div")
    text = snippet.read_text(encoding="utf-8")
    assert "<html" not in text and 'id="news-timeline-chart"' in text
    cdn = tmp_path / "c.html"
    export_chart(seeds_corpus, cdn, html_mode="cdn")
    assert re.search(r"<script[^>]*src=\"https://cdn\.plot\.ly", cdn.read_text(encoding="utf-8"))


def test_many_charts_in_one_call(seeds_corpus, tmp_path):
    items = []
    for kind in ("election", "coalition", "protest"):
        fig, sources = timeline_for_report(seeds_corpus, parse_filters(seeds_corpus, types=[kind]))
        items.append((fig, sources, tmp_path / f"{kind}.png"))
    written = export_figures(items)
    assert [p.read_bytes()[:4] for p in written] == [b"\x89PNG"] * 3


def test_bad_arguments_are_clear(seeds_corpus, tmp_path):
    with pytest.raises(ExportError, match="use .html"):
        export_chart(seeds_corpus, tmp_path / "x.docx")
    with pytest.raises(ExportError, match="must be a date"):
        export_chart(seeds_corpus, tmp_path / "x.html", date_from="yesterday")
    with pytest.raises(ExportError, match="folder not found"):
        export_chart(seeds_corpus, tmp_path / "missing" / "x.html")
    result = run_export("--out", str(tmp_path / "x.png"), "--type", "nonsense")
    assert result.returncode == 2 and "unknown event type" in result.stderr


def test_article_text_is_escaped_in_exports(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "x.txt").write_text(
        " date 2024-02-14 ISLAMABAD: PTI on Tuesday held a protest <img src=x onerror=alert(1)> in Lahore "
        "against the rigging of the polls, its leaders said.\n", encoding="utf-8")
    out = tmp_path / "x.html"
    result = run_export("--seeds", str(folder), "--out", str(out))
    assert result.returncode == 0, result.stderr
    page = out.read_text(encoding="utf-8")
    assert "<img src=x" not in page and "&lt;img src=x" in page
