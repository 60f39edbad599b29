"""Text on paper that wraps the way a clerk reads it (文本框): Chinese anywhere, numbers never.

reportlab's CJK wrapping breaks between any two characters, also inside a
number, a date or a code (BX20261201-000 / 3). Here a line breaks between
Chinese characters and at spaces, but a run of Latin letters, digits and
-:/., (``RUN``) stays whole: it moves to the next line, and a run wider than
the whole box makes the box's font smaller (down to ``min_size``) rather than
break it; only a run too wide even then is cut across lines. A date with its
time (``MOMENT``) stays on one line where the line can hold both. Closing
punctuation never starts a line (it hangs at the end of the previous one),
opening punctuation never ends one.

A ``TextBox`` is the flowable every piece of ``reports.paper`` prints text
with (table cells, label | value boxes, free paragraphs, grey guides). Given
``max_height`` it never grows taller than that: the lines that fit are kept
and the last ends in "…" (a cell taller than a page cannot be printed at
all; reportlab would raise LayoutError). As a free paragraph it splits
across pages by lines.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reportlab.lib.colors import Color
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from ..fonts import FONT, register_fonts

# What never breaks inside a cell: numbers, codes, dates, times, and masked ID numbers and
# phones (110101********1234, 139****1234).
RUN = re.compile(r"(?:[A-Za-z0-9\-:/._%*]|,(?=[0-9]))+")
# A moment (2026-03-10 09:00) keeps its time on its date's line where the line is wide
# enough for both; in a narrower one it breaks at its space, never inside the date.
MOMENT = re.compile(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}(?::\d{2})?(?![0-9])")
_SPACES = " \t\u3000"  # where a line may break; no-break spaces (hard_space) are kept
_PLAIN = re.compile(RUN.pattern + r"|\xa0+|[ \t\u3000]+|.", re.S)
_TOKEN = re.compile(MOMENT.pattern + "|" + _PLAIN.pattern, re.S)
CANNOT_START = frozenset("，。、；：！？）》」』】〕〉…,.;:!?)]}%")
CANNOT_END = frozenset("（《「『【〔〈([{")
ELLIPSIS = "…"
LEADING = 1.3  # a line's height in font sizes, as the house style's paragraphs


def widest_run(text: str, size: float, font: str = FONT, moments: bool = False) -> float:
    """The width (points) of the widest run that must stay on one line (a number, a date);
    with ``moments``, a date with its time counts as one (a table column sized for it)."""
    runs = [m.group(0) for m in RUN.finditer(text)]
    if moments:
        runs += [m.group(0) for m in MOMENT.finditer(text)]
    return max((stringWidth(run, font, size) for run in runs), default=0.0)


def _tokens(text: str, width: float, size: float, font: str) -> list[str]:
    """The pieces a line is made of: a moment whole where it fits the width, else its parts."""
    out: list[str] = []
    for token in _TOKEN.findall(text):
        if " " in token and MOMENT.fullmatch(token) and \
                stringWidth(token, font, size) > width + 0.01:
            out.extend(_PLAIN.findall(token))
        else:
            out.append(token)
    return out


def break_lines(text: str, width: float, size: float, font: str = FONT) -> list[str]:
    """``text`` as the lines it prints in ``width`` points at ``size``: newlines kept, runs
    whole (see the module docstring); a run wider than ``width`` is cut by characters."""
    register_fonts()
    out: list[str] = []
    for paragraph in text.split("\n"):
        out.extend(_break(paragraph, width, size, font))
    return out


def _break(text: str, width: float, size: float, font: str) -> list[str]:
    lines: list[str] = []
    current, used = "", 0.0  # used: the width of ``current`` without its trailing spaces
    pending = ""  # spaces after ``current``, printed only when something follows them
    for token in _tokens(text, width, size, font):
        w = stringWidth(token, font, size)
        if token[0] in _SPACES:
            if current:
                pending += token
            continue
        gap = stringWidth(pending, font, size) if pending else 0.0
        if not current or used + gap + w <= width + 0.01:
            if w > width + 0.01 and len(token) > 1:  # wider than the box: cut it, last resort
                current, used = _cut_run(token, width, size, font, lines, current + pending)
            else:
                current += pending + token
                used += gap + w
            pending = ""
            continue
        if token in CANNOT_START:  # hangs at the end of the line rather than starting one
            current += token
            used += w
            pending = ""
            continue
        carry = ""
        while current and current[-1] in CANNOT_END:  # an opening bracket goes along
            carry, current = current[-1] + carry, current[:-1]
        if current.strip(_SPACES):
            lines.append(current.rstrip(_SPACES))
        pending = ""
        if w > width + 0.01 and len(token) > 1:
            current, used = _cut_run(token, width, size, font, lines, carry)
        else:
            current = carry + token
            used = stringWidth(current, font, size)
    if current.strip(_SPACES) or not lines:
        lines.append(current.rstrip(_SPACES))
    return lines


def _cut_run(run: str, width: float, size: float, font: str, lines: list[str],
             before: str) -> tuple[str, float]:
    """A run too wide for any line, cut by characters; returns the unfinished last line."""
    current = before
    used = stringWidth(current, font, size)
    for ch in run:
        w = stringWidth(ch, font, size)
        if used + w > width + 0.01 and current.strip(_SPACES):
            lines.append(current.rstrip(_SPACES))
            current, used = "", 0.0
        current += ch
        used += w
    return current, used


def cut_to(lines: Sequence[str], count: int, width: float, size: float,
           font: str = FONT) -> list[str]:
    """The first ``count`` lines, the last one ending in "…" (shortened until it fits)."""
    kept = list(lines[:max(count, 1)])
    last = kept[-1].rstrip(_SPACES)
    while last and stringWidth(last + ELLIPSIS, font, size) > width:
        last = last[:-1]
    kept[-1] = last + ELLIPSIS
    return kept


class TextBox(Flowable):
    """Plain text (no markup) wrapped to the width it is given; see the module docstring.

    ``min_size`` (default 70% of ``size``): how far the font may shrink so that the
    widest number or date fits on one line; ``max_height`` (points): taller text is cut
    with "…"; ``color``: the ink (grey for printed guides).
    """

    def __init__(self, text: str, size: float = 10, align: str = "L",
                 leading: float | None = None, color: Color | None = None,
                 max_height: float | None = None, min_size: float | None = None,
                 lines: list[str] | None = None) -> None:
        super().__init__()
        self.text = text
        self.size, self.align = size, align[0].upper()
        self.leading_ratio = (leading / size) if leading else LEADING
        self.color = color
        self.max_height = max_height
        self.min_size = min_size if min_size is not None else size * 0.7
        self._given = lines  # the lines of a part split off an earlier box
        self.lines: list[str] = []
        self.font_size = size
        self.cut = False  # the text did not fit max_height: its end is "…"

    @property
    def leading(self) -> float:
        return self.font_size * self.leading_ratio

    def _layout(self, width: float) -> None:
        if self._given is not None:
            self.lines = self._given
            return
        size = self.size
        widest = widest_run(self.text, size)
        if widest > width and widest > 0:  # smaller, so that every number stays whole
            size = max(self.min_size, size * width / widest)
        self.font_size = size
        self.lines = break_lines(self.text, width, size)
        if self.max_height is not None:
            fit = max(1, int((self.max_height + 0.01) // self.leading))
            if len(self.lines) > fit:
                self.lines = cut_to(self.lines, fit, width, size)
                self.cut = True

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        if getattr(self, "_laid_out_at", None) != avail_width:
            self._layout(max(avail_width, 1.0))
            self._laid_out_at = avail_width
        self.width = avail_width
        self.height = len(self.lines) * self.leading
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        """A free paragraph across pages: the lines that fit here, the rest on the next."""
        self.wrap(avail_width, avail_height)
        fit = int((avail_height + 0.01) // self.leading)
        if fit <= 0:
            return []
        if fit >= len(self.lines):
            return [self]
        return [self._part(self.lines[:fit]), self._part(self.lines[fit:])]

    def _part(self, lines: list[str]) -> TextBox:
        part = TextBox(self.text, self.font_size, self.align, self.leading, self.color,
                       min_size=self.font_size, lines=lines)
        return part

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        if self.color is not None:
            c.setFillColor(self.color)
        c.setFont(FONT, self.font_size)
        y = self.height - self.font_size
        for line in self.lines:
            if self.align == "C":
                c.drawCentredString(self.width / 2, y, line)
            elif self.align == "R":
                c.drawRightString(self.width, y, line)
            else:
                c.drawString(0, y, line)
            y -= self.leading
        c.restoreState()
