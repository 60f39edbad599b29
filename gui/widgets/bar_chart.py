"""A grouped bar chart painted with QPainter (no QtCharts: the bundle stays lean).

The screen's twin of reports.paper.charts.bar_chart: categories along the bottom,
one bar per series in each group, a legend above, the value over each bar when
there is room, grid lines at five steps of a round top.

    chart = BarChart(self)
    chart.set_data(["供电", "供水"], [("2026上半年", [92.0, 88.5])], value_format="{:.0f}%")
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from reports.paper import nice_top

SERIES_COLOURS = ("#3f6fb5", "#e08a2e", "#5a9e4b", "#b5473f", "#7d5ca8", "#8c8c8c")


class BarChart(QWidget):
    """Grouped vertical bars; ``set_data`` replaces what it shows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.categories: list[str] = []
        self.series: list[tuple[str, list[float]]] = []
        self.value_format = "{:g}"
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(160)

    def set_data(self, categories: Sequence[str], series: Sequence[tuple[str, Sequence[float]]],
                 value_format: str = "{:g}") -> None:
        self.categories = [str(c) for c in categories]
        self.series = [(str(name), [float(v) for v in values]) for name, values in series]
        self.value_format = value_format
        self.setAccessibleDescription("; ".join(
            f"{name}: " + ", ".join(f"{c} {value_format.format(v)}"
                                    for c, v in zip(self.categories, values, strict=False))
            for name, values in self.series))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(max(360, 60 * max(len(self.categories), 1)), 260)

    def _text(self, value: float) -> str:
        return self.value_format.format(value)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        try:
            self._paint(painter)
        finally:
            painter.end()

    def _paint(self, painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.base())
        ink = palette.text().color()
        metrics = QFontMetrics(self.font())
        line = metrics.height()
        top = max((v for _, values in self.series for v in values), default=0.0)
        top = nice_top(top)
        axis_width = max(metrics.horizontalAdvance(self._text(top * k / 5)) for k in range(6)) + 8
        legend_height = line + 6 if self.series else 0
        plot = QRectF(axis_width + 4, legend_height + line / 2 + 4,
                      self.width() - axis_width - 12,
                      self.height() - legend_height - line * 1.5 - 14)
        if plot.width() <= 10 or plot.height() <= 10:
            return
        # the legend
        x = plot.left()
        for index, (name, _) in enumerate(self.series):
            painter.fillRect(QRectF(x, 4, line * 0.8, line * 0.8),
                             QColor(SERIES_COLOURS[index % len(SERIES_COLOURS)]))
            painter.setPen(ink)
            painter.drawText(QRectF(x + line, 0, metrics.horizontalAdvance(name) + 4, line + 4),
                             Qt.AlignmentFlag.AlignVCenter, name)
            x += line + metrics.horizontalAdvance(name) + 16
        # grid and value axis
        grid = QColor(ink)
        grid.setAlpha(40)
        for k in range(6):
            y = plot.bottom() - plot.height() * k / 5
            painter.setPen(QPen(grid if k else ink, 1))
            painter.drawLine(int(plot.left()), int(y), int(plot.right()), int(y))
            painter.setPen(ink)
            painter.drawText(QRectF(0, y - line / 2, axis_width, line),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             self._text(top * k / 5))
        if not self.categories:
            return
        group = plot.width() / len(self.categories)
        bars = max(len(self.series), 1)
        bar = max(group * 0.8 / bars, 1.0)
        show_values = bar >= metrics.horizontalAdvance(self._text(top)) * 0.9
        for c, name in enumerate(self.categories):
            left = plot.left() + c * group + group * 0.1
            for s, (_, values) in enumerate(self.series):
                value = values[c] if c < len(values) else 0.0
                height = plot.height() * value / top
                rect = QRectF(left + s * bar, plot.bottom() - height, bar - 1, height)
                painter.fillRect(rect, QColor(SERIES_COLOURS[s % len(SERIES_COLOURS)]))
                if show_values and value:
                    painter.setPen(ink)
                    painter.drawText(QRectF(rect.left() - 10, rect.top() - line, rect.width() + 20,
                                            line), Qt.AlignmentFlag.AlignCenter, self._text(value))
            label = metrics.elidedText(name, Qt.TextElideMode.ElideRight, int(group) - 2)
            painter.setPen(ink)
            painter.drawText(QRectF(plot.left() + c * group, plot.bottom() + 4, group, line + 4),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, label)
