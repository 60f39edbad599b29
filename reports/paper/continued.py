"""A document longer than its paper: cut into sheets, each one saying it continues.

A copy of the 入库单 has room for a fixed number of lines; a longer document
continues on further sheets, each copy saying 第 k 张 / 共 K 张（续下张）, each
with its own 本张小计, the last with the 合计 and the amount in words, the
others pointing to it (见第 K 张合计). (A whole-page form continues by itself:
FormDocument repeats a table's header and runs a header over later pages.)
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from .tables import total_row, words_row


@dataclass(frozen=True)
class Sheet:
    """One sheet of a document cut into sheets: which one of how many, and its lines."""

    number: int
    count: int
    lines: list

    @property
    def last(self) -> bool:
        return self.number == self.count

    def mark(self, text: str) -> str:
        """``text`` (the 状态) with 第 k 张 / 共 K 张 on a document of several sheets."""
        if self.count > 1:
            text += f"（第 {self.number} 张 / 共 {self.count} 张{'' if self.last else '，续下张'}）"
        return text


def cut(lines: Sequence, per_sheet: int) -> list[Sheet]:
    """The lines ``per_sheet`` to a sheet; a document without lines still has its one sheet."""
    chunks = [list(lines[i:i + per_sheet]) for i in range(0, len(lines), per_sheet)] or [[]]
    return [Sheet(k, len(chunks), chunk) for k, chunk in enumerate(chunks, start=1)]


def sheet_rows(
    sheet: Sheet,
    rows: Sequence[Sequence[object]],
    columns: int,
    per_sheet: int,
    *,
    span: int,
    subtotal: Mapping[int, str],
    total: Mapping[int, str],
    words: str,
    words_label: str = "金额大写",
) -> list[Sequence[object]]:
    """A sheet's lines table body: its ``rows`` padded with blank lines to ``per_sheet``;
    本张小计 (``subtotal`` {column: text}) when there are several sheets; on the last sheet
    合计 (``total``) and ``words``, on the others 见第 K 张合计. Totals' labels span ``span``
    columns."""
    body: list[Sequence[object]] = [list(r) for r in rows]
    body += [[""] * columns for _ in range(per_sheet - len(rows))]
    if sheet.count > 1:
        body.append(total_row("本张小计", subtotal, columns, span, rule=False))
    if sheet.last:
        body.append(total_row("合　计", total, columns, span))
        body.append(words_row(words_label, words, columns))
    else:
        body.append(words_row(words_label, f"见第 {sheet.count} 张合计", columns))
    return body

