"""Print any list as the clerk sees it (列表打印): the current filter, the rows, 共 N 条.

A long list is hundreds of pages: ``estimate_pages`` says how many from a
sample of its rows, before anything is rendered (the same column widths and
line breaking as the printout), so that the desk can ask first.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence

from reportlab.lib.units import mm

from models import clock

from .paper import FormDocument, auto_weights, format_value, table_pages

# Wider than this (in half-width characters of the widest cells) turns the page.
PORTRAIT_MAX_COLUMNS = 7
PORTRAIT_MAX_WIDTH = 110
FONT_SIZE = 9  # the rows' (FormDocument.table's default)
# What the first page carries above the table: office, title, 单号/日期 line, the filter line.
FIRST_PAGE_TOP = 25 * mm + 2 * mm + 1.5 * mm + 10 * 1.3 + 1.5 * mm

Progress = Callable[[int], object]  # called with each page number as it is laid out


def layout(headers: Sequence[str], sample: Sequence[Sequence[object]],
           col_widths: Sequence[float] | None = None) -> tuple[list[float], bool]:
    """(column weights, landscape) for the list: landscape when many or wide columns."""
    texts = [[format_value(v) for v in r] for r in sample[:200]]
    weights = list(col_widths or auto_weights(headers, texts))
    wide = len(headers) > PORTRAIT_MAX_COLUMNS or sum(weights) > PORTRAIT_MAX_WIDTH
    if col_widths:  # explicit weights carry no absolute width: decide on the count alone
        wide = len(headers) > PORTRAIT_MAX_COLUMNS
    return weights, wide


def list_pdf(
    title: str,
    office_name: str,
    headers: list[str],
    rows: Iterable[Sequence],
    filter_text: str = "",
    col_widths: list[float] | None = None,
    *,
    printed_at: dt.datetime | None = None,
    progress: Progress | None = None,
) -> bytes:
    """The list on the form base: landscape when it has many or wide columns.

    ``filter_text`` says which filter produced the list (blank: 全部记录);
    ``col_widths`` are relative weights; ``printed_at`` defaults to now; ``progress``
    hears each page as it is laid out (and may stop the printout by raising).
    """
    data = [list(r) for r in rows]
    printed_at = printed_at or clock.now()
    weights, wide = layout(headers, data, col_widths)
    doc = FormDocument(title, office_name, date=printed_at.date(), landscape=wide)
    doc.paragraph(
        f"筛选条件：{filter_text.strip() or '全部记录'}　　"
        f"打印时间：{printed_at:%Y-%m-%d %H:%M}",
        size=9,
    )
    doc.spacer(1.5)
    doc.table(headers, data, col_widths=weights)
    doc.paragraph(f"共 {len(data)} 条", size=10)
    return doc.build(progress=progress)


def estimate_pages(headers: Sequence[str], sample: Sequence[Sequence[object]], total: int,
                   col_widths: Sequence[float] | None = None) -> int:
    """How many pages ``total`` rows print on, judged by ``sample`` (the first rows) laid
    out as list_pdf lays them out (paper.table_pages); nothing is rendered."""
    weights, wide = layout(headers, sample, col_widths)
    doc = FormDocument("", "", landscape=wide)
    texts = [[format_value(v) for v in r] for r in sample]
    return table_pages(headers, texts, total, weights, doc.content_width, doc.body_height,
                       FIRST_PAGE_TOP, FONT_SIZE, after=1.5 * mm + 13)
