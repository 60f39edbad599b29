"""Print any list as the clerk sees it (列表打印): the current filter, the rows, 共 N 条."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from models import clock

from .paper import FormDocument, auto_weights, format_value

# Wider than this (in half-width characters of the widest cells) turns the page.
PORTRAIT_MAX_COLUMNS = 7
PORTRAIT_MAX_WIDTH = 110


def list_pdf(
    title: str,
    office_name: str,
    headers: list[str],
    rows: Iterable[Sequence],
    filter_text: str = "",
    col_widths: list[float] | None = None,
    *,
    printed_at: dt.datetime | None = None,
) -> bytes:
    """The list on the form base: landscape when it has many or wide columns.

    ``filter_text`` says which filter produced the list (blank: 全部记录);
    ``col_widths`` are relative weights; ``printed_at`` defaults to now.
    """
    data = [list(r) for r in rows]
    printed_at = printed_at or clock.now()
    sample = [[format_value(v) for v in r] for r in data[:200]]
    weights = col_widths or auto_weights(headers, sample)
    wide = len(headers) > PORTRAIT_MAX_COLUMNS or sum(weights) > PORTRAIT_MAX_WIDTH
    if col_widths:  # explicit weights carry no absolute width: decide on the count alone
        wide = len(headers) > PORTRAIT_MAX_COLUMNS
    doc = FormDocument(title, office_name, date=printed_at.date(), landscape=wide)
    doc.paragraph(
        f"筛选条件：{filter_text.strip() or '全部记录'}　　"
        f"打印时间：{printed_at:%Y-%m-%d %H:%M}",
        size=9,
    )
    doc.spacer(1.5)
    doc.table(headers, data, col_widths=weights)
    doc.paragraph(f"共 {len(data)} 条", size=10)
    return doc.build()
