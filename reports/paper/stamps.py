"""The stamps of a document's life on paper: 草稿 across a draft, 已作废 across a cancelled one.

A draft may be printed to be checked, never taken for the binding paper; a
cancelled document is never deleted and prints with who cancelled it, when
and why (``cancellation_text``).
"""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from ..fonts import FONT
from .text import format_value, person

DRAFT_STAMP = "草稿"
VOID_STAMP = "已作废"
STAMP_GREY = colors.Color(0.45, 0.45, 0.45)


class Stamp(Flowable):
    """A large outlined word across the form, drawn translucent over what is printed.

    Takes no room: placed after a part, it draws ``rise`` points above where it
    stands (negative: below, over what follows).
    """

    _ZEROSIZE = 1  # reportlab skips drawing a zero-height flowable unless told

    def __init__(self, text: str, rise: float, size: float = 64) -> None:
        super().__init__()
        self.text, self.rise, self.size = text, rise, size

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, 0

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        c.setFillColor(STAMP_GREY)
        c.setStrokeColor(STAMP_GREY)
        c.setFillAlpha(0.18)
        c.setStrokeAlpha(0.6)
        c.setLineWidth(1.2)
        spacing = self.size * 0.4
        text_w = stringWidth(self.text, FONT, self.size) + spacing * (len(self.text) - 1)
        c.translate(self.width / 2, self.rise)
        c.rotate(12)
        obj = c.beginText(-text_w / 2, -self.size * 0.35)
        obj.setFont(FONT, self.size)
        obj.setCharSpace(spacing)
        obj.setTextRenderMode(2)
        obj.textOut(self.text)
        c.drawText(obj)
        pad = self.size * 0.25
        c.setLineWidth(3)
        c.roundRect(-text_w / 2 - pad, -self.size * 0.35 - pad, text_w + 2 * pad,
                    self.size + 2 * pad - self.size * 0.1, 6, stroke=1, fill=0)
        c.restoreState()


def cancellation_text(record: Any) -> str:
    """Who cancelled a document, when and why: 周志华 2026-03-10 11:00　原因：送错型号.

    Reads the lifecycle's fields ``cancelled_by``, ``cancelled_at``, ``cancel_reason``.
    """
    return (f"{person(record.cancelled_by)} {format_value(record.cancelled_at)}"
            f"　原因：{record.cancel_reason}")
