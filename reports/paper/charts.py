"""A grouped bar chart for the paper (满意度调查's comparison, 投诉分析 by nature and month).

reportlab's own chart (reportlab.graphics), no other library: a Flowable that sits
in a story like a table. Bars are grouped by category, one colour per series,
printed in grey tones that survive a black-and-white office printer (and a hatch-free
legend beside the series' names); each bar carries its value when there is room.

    story.append(bar_chart(["供电", "供水"], [("2026上半年", [92.0, 88.5]),
                                            ("2026下半年", [94.0, 90.0])],
                           width=170 * mm, height=70 * mm, value_format="{:.1f}%"))
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.platypus import Flowable

from ..fonts import FONT, register_fonts

# Grey tones first (black-and-white printers), told apart by lightness.
SERIES_FILLS = (
    colors.HexColor("#3c3c3c"),
    colors.HexColor("#9a9a9a"),
    colors.HexColor("#d2d2d2"),
    colors.HexColor("#6a6a6a"),
    colors.HexColor("#bcbcbc"),
    colors.HexColor("#1e1e1e"),
)


class _ChartFlowable(Flowable):
    """A Drawing wrapped so platypus keeps it whole on one page."""

    def __init__(self, drawing: Drawing) -> None:
        super().__init__()
        self.drawing = drawing
        self.width, self.height = drawing.width, drawing.height

    def wrap(self, available_width, available_height):
        return self.width, self.height

    def draw(self) -> None:
        self.drawing.drawOn(self.canv, 0, 0)


def nice_top(value: float) -> float:
    """The axis's top: the next 1/2/2.5/5 × 10ⁿ at or above the largest bar."""
    if value <= 0:
        return 1.0
    magnitude = 10 ** (len(str(int(value))) - 1) if value >= 1 else 1.0
    for step in (1, 2, 2.5, 5, 10):
        if step * magnitude >= value:
            return step * magnitude
    return 10 * magnitude


def bar_chart(categories: Sequence[str], series: Sequence[tuple[str, Sequence[float]]],
              width: float, height: float, *, value_format: str = "{:g}",
              title: str = "") -> Flowable:
    """Grouped vertical bars: ``series`` is [(name, one value per category), ...]."""
    register_fonts()
    drawing = Drawing(width, height)
    legend_height = 14 if len(series) > 1 else 0
    title_height = 16 if title else 0
    label_room = 16 if max((len(c) for c in categories), default=0) <= 4 else 28
    chart = VerticalBarChart()
    chart.x, chart.y = 34, label_room + legend_height
    chart.width = width - chart.x - 6
    chart.height = height - chart.y - title_height - 12
    data = [[float(v) for v in values] for _, values in series] or [[0.0] * len(categories)]
    chart.data = data
    chart.categoryAxis.categoryNames = [str(c) for c in categories]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7 if label_room > 16 else 8
    if label_room > 16:  # long names: turned a little so neighbours never overlap
        chart.categoryAxis.labels.angle = 30
        chart.categoryAxis.labels.boxAnchor = "ne"
        chart.categoryAxis.labels.dx = 4
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    top = nice_top(max((v for row in data for v in row), default=0.0))
    chart.valueAxis.valueMin, chart.valueAxis.valueMax = 0, top
    chart.valueAxis.valueStep = top / 5
    chart.valueAxis.labelTextFormat = lambda v: value_format.format(v)
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#e0e0e0")
    chart.barSpacing, chart.groupSpacing = 1, 8
    for index in range(len(data)):
        chart.bars[index].fillColor = SERIES_FILLS[index % len(SERIES_FILLS)]
        chart.bars[index].strokeColor = colors.black
        chart.bars[index].strokeWidth = 0.3
    bars = max(len(categories) * len(data), 1)
    if chart.width / bars >= 14:  # room for the numbers over the bars
        chart.barLabelFormat = lambda v: value_format.format(v) if v else ""
        chart.barLabels.fontName = FONT
        chart.barLabels.fontSize = 6
        chart.barLabels.nudge = 5
    drawing.add(chart)
    if title:
        drawing.add(String(width / 2, height - 12, title, fontName=FONT, fontSize=10,
                           textAnchor="middle"))
    if legend_height:
        legend = Legend()
        legend.fontName, legend.fontSize = FONT, 8
        legend.x, legend.y = chart.x, 9
        legend.alignment = "right"
        legend.columnMaximum = 1
        legend.deltax = max(60, max(len(name) for name, _ in series) * 9 + 24)
        legend.dx = legend.dy = 7
        legend.colorNamePairs = [(SERIES_FILLS[i % len(SERIES_FILLS)], name)
                                 for i, (name, _) in enumerate(series)]
        legend.strokeColor = colors.black
        legend.strokeWidth = 0.3
        drawing.add(legend)
    return _ChartFlowable(drawing)
