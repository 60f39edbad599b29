"""The house style of the paper: one font, black rulings, grey label shading.

Every piece of ``reports.paper`` draws with these, so that a new area's form
looks like the others without choosing anything.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from ..fonts import FONT, register_fonts

MARGIN = 15 * mm  # page margin, left, right and top
LINE = 0.6  # ruling width, points
HEADER_BG = colors.Color(0.92, 0.92, 0.92)  # label boxes and table headers
INK = colors.black
GREY_INK = colors.Color(0.4, 0.4, 0.4)  # printed handwriting guides, voided rows of a register
LIGHT_BG = colors.Color(0.96, 0.96, 0.96)  # subtotal and voided rows

_ALIGN = {"L": TA_LEFT, "C": TA_CENTER, "R": TA_RIGHT}


def markup(text: str) -> str:
    """Plain text made safe for a reportlab Paragraph (escaped, newlines kept)."""
    return escape(text).replace("\n", "<br/>")


def style(size: float = 10, align: str = "L", leading: float | None = None) -> ParagraphStyle:
    """A paragraph style in the form font that wraps Chinese anywhere."""
    register_fonts()
    return ParagraphStyle(
        f"wqy-{size}-{align}",
        fontName=FONT,
        fontSize=size,
        leading=leading or size * 1.3,
        alignment=_ALIGN[align[0].upper()],
        wordWrap="CJK",
    )


def hard_space(points: float, size: float) -> str:
    """About ``points`` of blank space in text of ``size`` points: no-break spaces, which a
    Paragraph keeps (it collapses ordinary and ideographic ones); the font's is 0.26 em."""
    return "\xa0" * max(1, round(points / (0.26 * size)))
