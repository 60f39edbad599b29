"""Signature rows (签字栏): a rule to sign on under each role, and a 日期 rule below it.

A signer is a label (经手人), or (label, name) to print who it is, or (label,
name, moment) to print also when they signed in the program (确认, 签字, 审批).
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from ..fonts import FONT
from .styles import LINE

Signer = str | tuple[str, str] | tuple[str, str, str]


class FixedWidth(Flowable):
    """Takes the content width it was built for, so that a form shrunk into half a page
    (KeepInFrame) shrinks evenly with its fixed-width tables."""

    def __init__(self, width: float | None = None) -> None:
        super().__init__()
        self.fixed_width = width

    def _take(self, avail_width: float) -> float:
        self.width = min(avail_width, self.fixed_width or avail_width)
        return self.width


class SignatureRow(FixedWidth):
    """The signers side by side, each with a rule to sign on and (``with_date``) a 日期 rule;
    a name prints on the signing rule, a moment on the 日期 rule."""

    def __init__(self, signers: Sequence[Signer], with_date: bool = True,
                 width: float | None = None) -> None:
        super().__init__(width)
        rows = [(s, "", "") if isinstance(s, str) else (*s, "")[:3] for s in signers]
        self.labels = [(label, name) for label, name, _ in rows]
        self.moments = [moment for _, _, moment in rows]
        self.with_date = with_date

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._take(avail_width)
        self.height = (18 if self.with_date else 10) * mm
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        slot = self.width / max(len(self.labels), 1)
        label_w = max(stringWidth(f"{lb}：", FONT, 10) for lb, _ in self.labels)
        c.setFont(FONT, 10)
        c.setLineWidth(LINE)
        lines = [("", self.height - 7 * mm)]
        if self.with_date:
            lines.append(("日期", self.height - 15 * mm))
        for i, (label, name) in enumerate(self.labels):
            x = i * slot
            x1, x2 = x + label_w, x + slot - 6 * mm
            for which, y in lines:
                text = f"{label}：" if not which else "日期："
                c.drawRightString(x1, y, text)
                c.line(x1 + 1 * mm, y - 1.2 * mm, x2, y - 1.2 * mm)
                if name and not which:
                    c.drawString(x1 + 2 * mm, y, name)
        if self.with_date and any(self.moments):
            c.setFont(FONT, 9)
            for i, moment in enumerate(self.moments):
                if moment:
                    c.drawString(i * slot + label_w + 2 * mm, self.height - 15 * mm, moment)
