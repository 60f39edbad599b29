"""Boxes left to fill in by hand: grey printed guides (月 日 时 分) and tick boxes (□ 满意).

Engineering writes on the service order, the customer ticks a verdict; the
next forms (complaint notices, evaluations) have the same kind of boxes.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from ..fonts import FONT
from .styles import GREY_INK, LINE, hard_space
from .textbox import TextBox

# Printed on blank time boxes: room for two handwritten digits before each unit.
TIME_GUIDE = hard_space(15, 9).join(["", "月", "日", "时", "分"])


def guide(text: str, size: float = 9, align: str = "R") -> TextBox:
    """Grey printed guide text in a box left for handwriting."""
    return TextBox(text, size, align, color=GREY_INK)


class Choices(Flowable):
    """□ 满意  □ 基本满意  □ 不满意: drawn boxes big enough for a tick (the font's □ is
    small and sits high), each followed by its word; ``chosen`` (one of the options) is
    printed ticked, as recorded in the program."""

    def __init__(self, options: Sequence[str], size: float = 10, gap: float = 10 * mm,
                 chosen: str | None = None) -> None:
        super().__init__()
        self.options, self.size, self.gap = list(options), size, gap
        self.chosen = chosen

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width, self.height = avail_width, self.size * 1.3
        return self.width, self.height

    def draw(self) -> None:
        c, box = self.canv, self.size * 1.05
        c.setLineWidth(LINE)
        c.setFont(FONT, self.size)
        x, base = 0.0, (self.height - self.size) / 2 + self.size * 0.12
        for option in self.options:
            bottom = base - self.size * 0.12
            c.rect(x, bottom, box, box)
            if option == self.chosen:  # a tick: ✓ drawn, the font has none
                c.setLineWidth(LINE * 2)
                c.lines([(x + box * 0.18, bottom + box * 0.5, x + box * 0.42, bottom + box * 0.2),
                         (x + box * 0.42, bottom + box * 0.2, x + box * 0.85, bottom + box * 0.88)])
                c.setLineWidth(LINE)
            x += box + 3
            c.drawString(x, base, option)
            x += stringWidth(option, FONT, self.size) + self.gap
