"""Two forms to an A4 sheet (一式两联): each half a whole copy, a dashed cut line between.

The 工程服务单 prints 客服部存根 above and 工程部联 below; the 入库单 and 出库单
print each of their sheets that way (``copies``).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Protocol

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    FrameBreak,
    KeepInFrame,
    PageTemplate,
    Spacer,
)

from ..fonts import FONT, register_fonts
from .styles import MARGIN

HALF_MARGIN = 10 * mm  # around each half of a two-up sheet
CUT_CAPTION = "沿此线裁开"


class Printable(Protocol):
    """What two_up needs of a form (a FormDocument): its title and a fresh story."""

    title: str

    def story(self, copy_label: str | None = None,
              width: float | None = None) -> list[Flowable]: ...


def draw_cut_line(c: Canvas, x1: float, x2: float, y: float, caption: str = CUT_CAPTION) -> None:
    """Draw a dashed horizontal cut line from x1 to x2 at y, captioned in the middle."""
    c.saveState()
    c.setFont(FONT, 7)
    gap = stringWidth(caption, FONT, 7) + 4 * mm if caption else 0
    mid = (x1 + x2) / 2
    c.setDash(4, 3)
    c.setLineWidth(0.5)
    c.setStrokeColor(colors.Color(0.35, 0.35, 0.35))
    c.line(x1, y, mid - gap / 2, y)
    c.line(mid + gap / 2, y, x2, y)
    if caption:
        c.setFillColor(colors.Color(0.35, 0.35, 0.35))
        c.drawCentredString(mid, y - 2.4, caption)
    c.restoreState()


def two_up(forms: Sequence[Printable], copy_labels: Sequence[str] | None = None) -> bytes:
    """Forms two to an A4 portrait sheet, each shrunk to fit its half, dashed cut line between.

    ``copy_labels`` (one per form) override each form's own copy_label.
    """
    register_fonts()
    w, h = A4
    fw, fh = w - 2 * MARGIN, h / 2 - 2 * HALF_MARGIN
    pad = {"leftPadding": 0, "rightPadding": 0, "topPadding": 0, "bottomPadding": 0}
    frames = [
        Frame(MARGIN, h / 2 + HALF_MARGIN, fw, fh, id="top", **pad),
        Frame(MARGIN, HALF_MARGIN, fw, fh, id="bottom", **pad),
    ]

    def cut(canvas: Canvas, doc: BaseDocTemplate) -> None:
        draw_cut_line(canvas, 6 * mm, w - 6 * mm, h / 2)

    buf = io.BytesIO()
    title = forms[0].title if forms else ""
    doc = BaseDocTemplate(buf, pagesize=A4, title=title, creator="FrontDesk",
                          initialFontName=FONT)
    doc.addPageTemplates([PageTemplate("two-up", frames, onPage=cut)])
    story: list[Flowable] = []
    for i, form in enumerate(forms):
        label = copy_labels[i] if copy_labels else None
        story.append(KeepInFrame(fw, fh, form.story(label, fw), mode="shrink", hAlign="CENTER"))
        if i < len(forms) - 1:
            story.append(FrameBreak())
    doc.build(story or [Spacer(1, 1)])
    return buf.getvalue()


def copies(sheets: Sequence[Printable], copy_labels: Sequence[str]) -> bytes:
    """Every sheet of a document once per copy label (仓库存根 / 财务联), the copies of one
    sheet together: a two-label document prints each sheet top and bottom of one A4."""
    return two_up([sheet for sheet in sheets for _ in copy_labels],
                  copy_labels=list(copy_labels) * len(sheets))
