"""Two forms to an A4 sheet (一式两联): each half a whole copy, a dashed cut line between.

The 工程服务单 prints 客服部存根 above and 工程部联 below; the 入库单 and 出库单
print each of their sheets that way (``copies``). A copy a little taller than
its half is shrunk to fit (to SHRINK_FLOOR at most, as the forms always were);
one much taller (a long 报修内容, a long note) is not shrunk into small print:
it prints at full size on a whole page of its own, and so does each copy.
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
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
)
from reportlab.platypus.flowables import _listWrapOn

from ..fonts import FONT, register_fonts
from .styles import MARGIN

HALF_MARGIN = 10 * mm  # around each half of a two-up sheet
SHRINK_FLOOR = 0.9  # a copy needing smaller print than this takes a whole page instead
CUT_CAPTION = "沿此线裁开"


class Printable(Protocol):
    """What two_up needs of a form (a FormDocument): its title and a fresh story."""

    title: str

    def story(self, copy_label: str | None = None,
              width: float | None = None, *, keep: bool = False) -> list[Flowable]: ...


def fits(story: list[Flowable], width: float, height: float,
         floor: float = SHRINK_FLOOR) -> bool:
    """Whether the flowables stack into ``width`` x ``height`` points, shrunk to ``floor``
    of their size at most."""
    w, h = _listWrapOn(story, width, Canvas(io.BytesIO()))
    return w * floor <= width + 0.5 and h * floor <= height + 0.5


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
    """Forms two to an A4 portrait sheet, dashed cut line between; a form too tall for its
    half on a whole page of its own instead (never shrunk, see the module docstring).

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
    whole = Frame(MARGIN, HALF_MARGIN + 8 * mm, fw, h - MARGIN - HALF_MARGIN - 8 * mm,
                  id="whole", **pad)

    def cut(canvas: Canvas, doc: BaseDocTemplate) -> None:
        draw_cut_line(canvas, 6 * mm, w - 6 * mm, h / 2)

    buf = io.BytesIO()
    title = forms[0].title if forms else ""
    doc = BaseDocTemplate(buf, pagesize=A4, title=title, creator="FrontDesk",
                          initialFontName=FONT)
    labels = [copy_labels[i] if copy_labels else None for i in range(len(forms))]
    halves = [fits(form.story(label, fw), fw, fh) for form, label in zip(forms, labels,
                                                                          strict=True)]
    templates = [PageTemplate("two-up", frames, onPage=cut), PageTemplate("whole", [whole])]
    doc.addPageTemplates(templates if not halves or halves[0] else templates[::-1])
    story: list[Flowable] = []
    page = ""  # what the current sheet holds: "", "top", "both" (two halves) or "whole"
    for form, label, half in zip(forms, labels, halves, strict=True):
        if half:
            if page == "whole":
                story += [NextPageTemplate("two-up"), PageBreak()]
            elif page:
                story.append(FrameBreak())  # the bottom half, or the next sheet's top
            story.append(KeepInFrame(fw, fh, form.story(label, fw), mode="shrink",
                                     hAlign="CENTER"))
            page = "both" if page == "top" else "top"
        else:
            if page:
                story += [NextPageTemplate("whole"), PageBreak()]
            story += form.story(label, fw, keep=True)
            page = "whole"
    doc.build(story or [Spacer(1, 1)])
    return buf.getvalue()


def copies(sheets: Sequence[Printable], copy_labels: Sequence[str]) -> bytes:
    """Every sheet of a document once per copy label (仓库存根 / 财务联), the copies of one
    sheet together: a two-label document prints each sheet top and bottom of one A4."""
    return two_up([sheet for sheet in sheets for _ in copy_labels],
                  copy_labels=list(copy_labels) * len(sheets))
