"""Ruled tables and label | value grids in the house style.

A table's rows are lists of cell values; a row that needs its own look (a 合计
under a heavier rule, a 小计 on grey, the 金额大写 line, a voided line in grey
ink) is a ``Row``, which carries its style commands wherever the row lands,
also when a long table is handed to reportlab a chunk at a time.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal

from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Table, TableStyle

from ..fonts import FONT
from .styles import HEADER_BG, INK, LINE
from .text import display_width, format_value
from .textbox import LEADING, TextBox, break_lines, widest_run

Commands = list[tuple]
_NAMES = {"L": "LEFT", "C": "CENTER", "R": "RIGHT"}
EMPTY = "（无记录）"


class Row(list):
    """A table row with its own style commands: ``commands(y)`` for the row at index y."""

    def __init__(self, values: Sequence[object],
                 commands: Callable[[int], Commands] = lambda y: []) -> None:
        super().__init__(values)
        self.commands = commands


def total_row(label: str, figures: Mapping[int, str], columns: int, span: int | None = None,
              *, rule: bool = True, shade: Color | None = None) -> Row:
    """A 小计 / 合计 row: ``figures`` {column: text} in their columns; the label centred across
    the first ``span`` columns (None: left in column 0 as it is); ``rule`` draws the heavier
    line above it, ``shade`` fills it."""
    values: list[object] = [""] * columns
    values[0] = label
    for column, text in figures.items():
        values[column] = text

    def commands(y: int) -> Commands:
        out: Commands = []
        if span is not None:
            out += [("SPAN", (0, y), (span - 1, y)), ("ALIGN", (0, y), (span - 1, y), "CENTER")]
        if shade is not None:
            out.append(("BACKGROUND", (0, y), (-1, y), shade))
        if rule:
            out.append(("LINEABOVE", (0, y), (-1, y), LINE * 1.6, INK))
        return out

    return Row(values, commands)


def words_row(label: str, text: str, columns: int, label_span: int = 2) -> Row:
    """The 金额大写 line: a shaded label over ``label_span`` columns, the words across the rest."""
    values = [label] + [""] * (label_span - 1) + [text] + [""] * (columns - label_span - 1)
    a, b = label_span - 1, label_span
    return Row(values, lambda y: [
        ("SPAN", (0, y), (a, y)), ("SPAN", (b, y), (-1, y)),
        ("ALIGN", (0, y), (a, y), "CENTER"), ("ALIGN", (b, y), (-1, y), "LEFT"),
        ("BACKGROUND", (0, y), (a, y), HEADER_BG)])


def shaded_row(values: Sequence[object], background: Color, ink: Color | None = None) -> Row:
    """A row on a tint (and in another ink): a voided line that stays on the paper to be seen."""
    def commands(y: int) -> Commands:
        out: Commands = [("TEXTCOLOR", (0, y), (-1, y), ink)] if ink is not None else []
        return out + [("BACKGROUND", (0, y), (-1, y), background)]

    return Row(values, commands)


PADDING = 3  # left and right inside a ruled table's cell
V_PADDING = 2.5  # above and below
SHORT_TEXT = 8  # half-widths: a cell this short is never wrapped (room, name, status)


def cell(text: str, width: float, size: float = 9, align: str = "L",
         max_height: float | None = None) -> object:
    """A table cell: plain text when it fits (fast), else a TextBox that wraps (numbers and
    dates whole) and, taller than ``max_height`` points, is cut with "…"."""
    if "\n" not in text and stringWidth(text, FONT, size) <= width - 2 * PADDING:
        return text
    return TextBox(text, size, align, max_height=max_height)


def fitted_widths(weights: Sequence[float], width: float, texts: Sequence[Sequence[object]],
                  size: float, cap: float = 0.35) -> list[float]:
    """Column widths in proportion to ``weights``, each at least as wide as the widest number,
    date or code its ``texts`` (columns of the first rows) hold, and as a short text
    (1203室, 王芳: at most SHORT_TEXT half-widths) whole, so that none breaks
    (a column never takes more than ``cap`` of the width for that)."""
    total = sum(weights) or 1
    widths = [width * w / total for w in weights]
    needs = [0.0] * len(widths)
    for row in texts:
        for i, text in enumerate(row[: len(widths)]):
            if isinstance(text, str) and text:
                whole = ("\n" not in text and display_width(text) <= SHORT_TEXT)
                run = stringWidth(text, FONT, size) if whole else \
                    widest_run(text, size, moments=True)
                needs[i] = max(needs[i], run + 2 * PADDING + 1)
    needs = [min(n, width * cap) for n in needs]
    short = {i for i, (w, n) in enumerate(zip(widths, needs, strict=True)) if w < n}
    if not short or sum(needs[i] for i in short) >= width:
        return widths
    spare = width - sum(needs[i] for i in short)
    rest = sum(w for i, w in enumerate(widths) if i not in short)
    # the others give up room in proportion, never below their own need
    for _ in range(len(widths)):
        scale = spare / rest if rest else 1
        low = {i for i, w in enumerate(widths)
               if i not in short and w * scale < needs[i]}
        if not low:
            break
        short |= low
        spare = width - sum(needs[i] for i in short)
        rest = sum(w for i, w in enumerate(widths) if i not in short)
        if spare <= 0 or rest <= 0:
            return [width * w / total for w in weights]
    return [needs[i] if i in short else w * spare / rest for i, w in enumerate(widths)]


def auto_weights(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> list[float]:
    """Column weights from the header and the first rows; long text is capped and wraps."""
    weights = [float(max(display_width(h), 4)) for h in headers]
    for row in rows[:200]:
        for i, text in enumerate(row[: len(weights)]):
            weights[i] = max(weights[i], min(display_width(text), 40))
    return weights


def align_codes(
    headers: Sequence[str], rows: Sequence[Sequence[object]], align: Sequence[str] | str | None
) -> list[str]:
    """L/C/R per column: as given ("LCR" or ["left", ...]), else numbers right, text left."""
    if align is not None:
        codes = [a[0].upper() for a in align]
        return (codes + ["L"] * len(headers))[: len(headers)]
    codes = []
    for i in range(len(headers)):
        sample = [r[i] for r in rows[:200] if i < len(r) and r[i] not in (None, "")]
        numeric = sample and all(
            isinstance(v, int | float | Decimal) and not isinstance(v, bool) for v in sample
        )
        codes.append("R" if numeric else "L")
    return codes


def ruled(
    headers: Sequence[str],
    rows: Sequence[Sequence[object]],
    weights: Sequence[float],
    align: Sequence[str],
    width: float,
    size: float = 9,
    min_height: float | None = None,
    max_height: float | None = None,
) -> Flowable:
    """A ruled table of any length, ``width`` wide: grey header repeated on every page, columns
    as wide as their ``weights`` (and as their numbers need, fitted_widths), text cells
    wrapping when too long; ``min_height`` (points) for rows left to write in; a row never
    taller than ``max_height`` (the page's height: a taller cell is cut with "…"). No rows
    prints （无记录）."""
    headers, rows = list(headers), list(rows)
    widths = fitted_widths(weights, width, [headers, *rows[:500]], size)
    cap = None
    if max_height is not None:  # room for the repeated header row and the row's padding
        header_lines = max((len(c.lines) if isinstance(c, TextBox) else 1 for c in
                            _laid_out(headers, widths, size)), default=1)
        cap = max_height - (header_lines * size * LEADING + 2 * V_PADDING) - 2 * V_PADDING - 2

    def make(chunk: list[Sequence[object]]) -> Table:
        return _table(headers, chunk, widths, list(align), size, min_height, cap)

    return make(rows) if len(rows) <= LongTable.CHUNK else LongTable(make, rows)


def table_pages(headers: Sequence[str], sample: Sequence[Sequence[str]], total: int,
                weights: Sequence[float], width: float, page_height: float,
                first_page_top: float, size: float = 9, after: float = 0) -> int:
    """How many pages a ruled table of ``total`` rows takes, its rows judged by ``sample``
    (their texts) laid out as ``ruled`` lays them out (fitted widths, the same line breaks,
    cut at a page, the header repeated), without rendering: the first page begins
    ``first_page_top`` down, ``after`` points follow the last row."""
    widths = fitted_widths(weights, width, [list(headers), *sample[:500]], size)

    def height(row: Sequence[str]) -> float:
        lines = 1
        for text, w in zip(row, widths, strict=False):
            inner = w - 2 * PADDING
            if "\n" in text or stringWidth(text, FONT, size) > inner:
                lines = max(lines, len(break_lines(text, inner, size)))
        return min(lines * size * LEADING, page_height - 4 * size * LEADING) + 2 * V_PADDING

    header = height(list(headers))
    heights = [height(r) for r in sample] or [size * LEADING + 2 * V_PADDING]
    pages, used = 1, first_page_top + header
    for i in range(max(total, 0)):
        h = heights[i % len(heights)]
        if used + h > page_height:
            pages, used = pages + 1, header
        used += h
    return pages + (1 if used + after > page_height else 0)


class LongTable(Flowable):
    """A table of any length that costs the same per page.

    reportlab re-measures every remaining row at each page split (quadratic on
    a long list); this hands it CHUNK rows at a time, more than fit on a page.
    """

    CHUNK = 150

    def __init__(self, make: Callable[[list], Table], rows: list) -> None:
        super().__init__()
        self.make, self.rows = make, rows

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        # Never fits one page (CHUNK rows of at least one line each): always split.
        self.width, self.height = avail_width, len(self.rows) * 12.0
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        parts = self.make(self.rows[: self.CHUNK]).split(avail_width, avail_height)
        if len(parts) < 2:
            return parts
        done = len(parts[0]._cellvalues) - 1  # the first part repeats the header row
        rest = self.rows[done:]
        return [parts[0], self.make(rest) if len(rest) <= self.CHUNK else LongTable(self.make, rest)]

    def draw(self) -> None:  # pragma: no cover - always split before drawing
        raise AssertionError("LongTable is drawn through its parts")


def _laid_out(headers: list[str], widths: list[float], size: float) -> list[object]:
    out = [cell(h, widths[i], size, "C") for i, h in enumerate(headers)]
    for i, c in enumerate(out):
        if isinstance(c, TextBox):
            c.wrap(widths[i] - 2 * PADDING, 0)
    return out


def _table(headers: list[str], rows: list[Sequence[object]], widths: list[float],
           align: list[str], size: float, min_height: float | None,
           max_height: float | None = None) -> Table:
    n = len(headers)
    data: list[list[object]] = [[cell(h, widths[i], size, "C") for i, h in enumerate(headers)]]
    commands: Commands = [
        ("FONT", (0, 0), (-1, -1), FONT, size, size * 1.3),
        ("GRID", (0, 0), (-1, -1), LINE, INK),
        ("BOX", (0, 0), (-1, -1), LINE * 1.6, INK),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_BG),
        ("ALIGN", (0, 0), (-1, 0), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), V_PADDING),
        ("BOTTOMPADDING", (0, 0), (-1, -1), V_PADDING),
    ]
    commands += [("ALIGN", (i, 1), (i, -1), _NAMES[code]) for i, code in enumerate(align)]
    for y, row in enumerate(rows, start=1):
        values = (list(row) + [""] * n)[:n]
        data.append([cell(v, widths[i], size, align[i], max_height) if isinstance(v, str) else v
                     for i, v in enumerate(values)])
        if isinstance(row, Row):
            commands += row.commands(y)
    if not rows:
        data.append([EMPTY] + [""] * (n - 1))
        commands += [("SPAN", (0, 1), (-1, 1)), ("ALIGN", (0, 1), (-1, 1), "CENTER")]
    heights = [0.0] + [min_height] * (len(data) - 1) if min_height else None
    return Table(data, colWidths=widths, repeatRows=1, style=TableStyle(commands), hAlign="LEFT",
                 minRowHeights=heights)


# --- label | value grids ------------------------------------------------------------


def label_cell(text: str, size: float = 10) -> TextBox:
    """A label box's text, centred (the box is shaded by the grid)."""
    return TextBox(text, size, "C")


def value_cell(value: object, size: float = 10, max_height: float | None = None) -> TextBox:
    """A value box's text, as format_value prints the value; wraps (numbers whole); cut
    with "…" when taller than ``max_height`` points."""
    return TextBox(format_value(value), size, "L", max_height=max_height)


def grid_commands() -> Commands:
    """The rulings of a label | value grid: thin inside, heavier round, text centred upright."""
    return [
        ("GRID", (0, 0), (-1, -1), LINE, INK),
        ("BOX", (0, 0), (-1, -1), LINE * 1.6, INK),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]


def fields_table(
    rows: Sequence[Sequence[tuple[str, object]]],
    width: float,
    min_height_mm: float = 8,
    label_width_mm: float | None = None,
    max_height: float | None = None,
) -> Table:
    """A ruled grid of ``label | value`` boxes; a short row's last value spans to the end;
    a value taller than ``max_height`` points is cut with "…"."""
    size = 10
    pairs = max((len(r) for r in rows), default=1)
    labels = [lb for r in rows for lb, _ in r]
    label_w = (
        label_width_mm * mm
        if label_width_mm
        else max([stringWidth(lb, FONT, size) for lb in labels] + [12 * mm]) + 14
    )
    value_w = (width - pairs * label_w) / pairs
    widths = [label_w, value_w] * pairs
    data: list[list[object]] = []
    commands: Commands = [("FONT", (0, 0), (-1, -1), FONT, size), *grid_commands()]
    for y, row in enumerate(rows):
        cells: list[object] = []
        for x, (label, value) in enumerate(row):
            cells += [label_cell(label, size), value_cell(value, size, max_height)]
            commands.append(("BACKGROUND", (2 * x, y), (2 * x, y), HEADER_BG))
        if len(row) < pairs:
            commands.append(("SPAN", (len(cells) - 1, y), (-1, y)))
            cells += [""] * (2 * pairs - len(cells))
        data.append(cells)
    return Table(data, colWidths=widths, rowHeights=None, style=TableStyle(commands), hAlign="LEFT",
                 minRowHeights=[min_height_mm * mm] * len(data))
