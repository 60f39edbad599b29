"""The paper's bar chart (reports.paper.bar_chart) read back: its words, its bars, one page."""

from __future__ import annotations

from io import BytesIO

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate

from reports.paper import bar_chart, nice_top
from tests.helpers.pdf import flat_pdf_text, gray_rows_of

ITEMS = ["供电管理", "供水管理", "消防安全管理", "卫生管理", "绿化管理", "公共设施管理",
         "维修服务", "特约服务", "专项服务", "服务态度"]


def _pdf(*flowables) -> bytes:
    out = BytesIO()
    SimpleDocTemplate(out, pagesize=A4).build(list(flowables))
    return out.getvalue()


def test_round_tops() -> None:
    assert [nice_top(v) for v in (0, 0.4, 1, 3, 7, 12, 96.5, 100, 240)] == [
        1, 1, 1, 5, 10, 20, 100, 100, 250]


def test_chart_prints_its_categories_series_and_values(tmp_path) -> None:
    chart = bar_chart(ITEMS, [("2025下半年", [92, 88, 90, 85, 77, 80, 91, 60, 70, 95]),
                              ("2026上半年", [94, 90, 91, 88, 81, 83, 90, 65, 72, 96])],
                      170 * mm, 75 * mm, value_format="{:.0f}%", title="分项满意率对比")
    text = flat_pdf_text(_pdf(chart), tmp_path)
    for name in ITEMS:  # long names print turned, which pdftotext reads in any order
        assert all(char in text for char in name)
    short = bar_chart(["一月", "二月"], [("服务态度", [3, 1]), ("维修", [5, 6])], 120 * mm, 60 * mm)
    assert "一月" in flat_pdf_text(_pdf(short), tmp_path)
    for word in ["2025下半年", "2026上半年", "分项满意率对比", "96%", "100%"]:
        assert word in text


def test_bars_are_drawn_in_proportion(tmp_path) -> None:
    """One series, a bar of 10 and a bar of 5: the first is drawn twice as tall."""
    path = tmp_path / "chart.pdf"
    path.write_bytes(_pdf(bar_chart(["甲", "乙"], [("件数", [10, 5])], 100 * mm, 80 * mm)))
    width, height, rows = gray_rows_of(path, tmp_path / "chart", dpi=100)
    fill = [sum(1 for y in range(height) if 45 <= rows[y][x] <= 75) for x in range(width)]
    runs: list[int] = []  # the tallest column of each run of bar columns (not text)
    for x, count in enumerate(fill):
        if count > 30 and x and fill[x - 1] > 30:
            runs[-1] = max(runs[-1], count)
        elif count > 30:
            runs.append(count)
    assert len(runs) == 2
    assert abs(runs[0] / runs[1] - 2) < 0.1


def test_no_data_still_prints(tmp_path) -> None:
    assert "件数" not in flat_pdf_text(_pdf(bar_chart(["甲"], [("件数", [0])], 80 * mm, 40 * mm)),
                                     tmp_path)
