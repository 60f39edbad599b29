"""The signatures never stand alone on a page (签字栏不单独成页): they keep a table's last rows.

A form that ends with a table, a note and the signature rows would, when the
table fills the page, put the signatures alone on the next one, where nobody
sees what they sign. ``KeepWithRows`` holds the last table and everything
after it: when they do not fit together, the page turns before the table's
last ``ROWS`` rows, which go over with the signatures (under the repeated
header row).
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import CondPageBreak, Flowable, Table

from .tables import LongTable

ROWS = 2  # the table's rows that go along with the signatures


class KeepWithRows(Flowable):
    """``table`` and the ``tail`` after it (notes, signatures) kept together as the module says.

    ``page_height``: the height of a whole frame; a block taller than that is left to flow
    as it will (it can never be kept together).
    """

    def __init__(self, table: Flowable, tail: Sequence[Flowable], page_height: float,
                 rows: int = ROWS) -> None:
        super().__init__()
        self.table = table
        self.tail = [f for f in tail if not isinstance(f, CondPageBreak)]
        self.page_height, self.rows = page_height, rows
        self._sizes: list[tuple[float, float]] = []

    def _parts(self) -> list[Flowable]:
        return [self.table, *self.tail]

    def _tail_height(self, avail_width: float, avail_height: float) -> float:
        return sum(f.wrap(avail_width, avail_height)[1] + f.getSpaceBefore() + f.getSpaceAfter()
                   for f in self.tail)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._sizes = [f.wrap(avail_width, avail_height) for f in self._parts()]
        self.width = avail_width
        self.height = sum(h + f.getSpaceBefore() + f.getSpaceAfter()
                          for f, (_, h) in zip(self._parts(), self._sizes, strict=True))
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        table = self.table
        if not isinstance(table, Table):  # a long table: its first chunk, the rest kept on
            parts = table.split(avail_width, avail_height)
            if not parts:  # not one row of it here: the table (and its tail) on the next page
                return []
            if len(parts) < 2:
                return [*parts, *self.tail]
            return [parts[0], KeepWithRows(parts[1], self.tail, self.page_height, self.rows)]
        _, table_h = table.wrap(avail_width, avail_height)
        tail_h = self._tail_height(avail_width, avail_height)
        if table_h + tail_h <= avail_height:
            return [table, *self.tail]
        heights = list(table._rowHeights)
        header = table.repeatRows if isinstance(table.repeatRows, int) else len(table.repeatRows)
        last = sum(heights[-self.rows:]) + sum(heights[:header])
        if last + tail_h > self.page_height:  # never fits one page: let it flow
            return [*table.split(avail_width, avail_height), *self.tail]
        keep, used = 0, 0.0
        for n, h in enumerate(heights[: len(heights) - self.rows], start=1):
            if used + h > avail_height:
                break
            keep, used = n, used + h
        if keep <= header:  # not one row of it here: all of it on the next page
            return []
        parts = table.split(avail_width, used + 0.01)
        if len(parts) < 2:
            return []
        return [parts[0], KeepWithRows(parts[1], self.tail, self.page_height, self.rows)]

    def draw(self) -> None:
        y = self.height
        for f, (_, h) in zip(self._parts(), self._sizes, strict=True):
            y -= f.getSpaceBefore() + h
            f.drawOn(self.canv, 0, y)
            y -= f.getSpaceAfter()


def keep_signatures(story: list[Flowable], page_height: float,
                    is_signature: type) -> list[Flowable]:
    """The story with its last table and what follows it held together (KeepWithRows), when
    signatures (``is_signature`` flowables) follow that table."""
    tables = [i for i, f in enumerate(story) if isinstance(f, Table | LongTable)]
    if not tables:
        return story
    at = tables[-1]
    tail = story[at + 1:]
    if not any(isinstance(f, is_signature) for f in tail):
        return story
    return [*story[:at], KeepWithRows(story[at], tail, page_height)]

