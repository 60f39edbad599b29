"""The screen's bar chart (gui.widgets.bar_chart.BarChart) as a clerk sees it."""

from __future__ import annotations

from PySide6.QtGui import QColor

from gui.widgets.bar_chart import SERIES_COLOURS, BarChart


def _columns_of(image, colour: QColor) -> list[int]:
    """How many pixels of ``colour`` each column of the image holds."""
    return [sum(1 for y in range(image.height()) if image.pixelColor(x, y) == colour)
            for x in range(image.width())]


def _tallest_runs(counts: list[int]) -> list[int]:
    runs: list[int] = []
    for x, count in enumerate(counts):
        if count and x and counts[x - 1]:
            runs[-1] = max(runs[-1], count)
        elif count:
            runs.append(count)
    return runs


def test_bars_in_proportion_and_one_colour_per_series(qtbot) -> None:
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.resize(500, 300)
    chart.set_data(["甲", "乙", "丙"], [("上次", [10, 5, 0]), ("本次", [4, 8, 2])])
    image = chart.grab().toImage()
    first = _tallest_runs(_columns_of(image, QColor(SERIES_COLOURS[0])))
    second = _tallest_runs(_columns_of(image, QColor(SERIES_COLOURS[1])))
    legend = 1  # each series' swatch in the legend is a short run of its own
    assert len(first) == 2 + legend and len(second) == 3 + legend
    bars_first, bars_second = first[legend:], second[legend:]
    assert abs(bars_first[0] / bars_first[1] - 2) < 0.1
    assert abs(bars_second[1] / bars_second[0] - 2) < 0.1
    assert abs(bars_second[0] / bars_first[0] - 0.4) < 0.05
    assert "上次: 甲 10, 乙 5, 丙 0" in chart.accessibleDescription()


def test_empty_and_tiny_charts_paint(qtbot) -> None:
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.resize(300, 200)
    chart.grab()
    chart.set_data([], [])
    chart.grab()
    chart.resize(20, 20)
    chart.set_data(["甲"], [("件数", [3])])
    assert not chart.grab().isNull()
