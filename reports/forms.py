"""The paper-form base every printed form uses (表单底版).

A form is built as a list of parts, then rendered::

    doc = FormDocument("工程服务单", office_name, number="BX20261122-0003", date=today)
    doc.fields([[("报修部门", "客服部"), ("报修人", "张三")], [("维修内容", text)]])
    doc.table(["序号", "物料", "数量"], rows, col_widths=[1, 5, 2], align="CLR")
    doc.signatures(["经手人", "仓管员", "经理"])
    pdf = doc.build()                                  # A4 pages, "第 1 页 / 共 N 页"
    pdf = doc.build_two_up(("客服部存根", "工程部联"))  # two copies on one sheet, cut line
    pdf = two_up([receipt1, receipt2, receipt3])       # different forms, two to a sheet

Parts are stored as factories, not flowables, so one document can be rendered
several times (full page, half page) without reportlab's split state leaking.
"""

from __future__ import annotations

import datetime as dt
import io
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from decimal import ROUND_HALF_UP, Decimal
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.pagesizes import landscape as _landscape
from reportlab.lib.styles import ParagraphStyle
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
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from models import clock

from .fonts import FONT, register_fonts

MARGIN = 15 * mm
BOTTOM_MARGIN = 18 * mm  # room for the page number
HALF_MARGIN = 10 * mm  # around each half of a two-up sheet
LINE = 0.6  # ruling width, points
HEADER_BG = colors.Color(0.92, 0.92, 0.92)
INK = colors.black

Factory = Callable[[float], list[Flowable]]
_ALIGN = {"L": TA_LEFT, "C": TA_CENTER, "R": TA_RIGHT}


# --- text helpers -------------------------------------------------------------------


def format_value(value: object) -> str:
    """How a value reads on paper: dates as yyyy-mm-dd [hh:mm], booleans 是/否, None blank."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%Y-%m-%d")
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, float):
        return f"{value:f}".rstrip("0").rstrip(".")
    return str(value)


def display_width(text: str) -> int:
    """Width in half-width units: a Chinese character counts two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


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


def chinese_date(value: dt.date) -> str:
    """2026年03月05日 (and the time for a datetime), built from the fields: on Windows under
    Python < 3.13, strftime with non-ASCII text raises UnicodeEncodeError on non-Chinese code pages."""
    text = f"{value.year:04d}年{value.month:02d}月{value.day:02d}日"
    if isinstance(value, dt.datetime):
        text += f" {value.hour:02d}:{value.minute:02d}"
    return text


def chinese_month(value: dt.date) -> str:
    """2026年03月"""
    return f"{value.year:04d}年{value.month:02d}月"


def _date_text(value: dt.date | str | None) -> str:
    if value is None:
        value = clock.today()
    if isinstance(value, dt.date):
        return chinese_date(value)
    return value if value else "      年    月    日"


def auto_weights(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> list[float]:
    """Column weights from the header and the first rows; long text is capped and wraps."""
    weights = [float(max(display_width(h), 4)) for h in headers]
    for row in rows[:200]:
        for i, text in enumerate(row[: len(weights)]):
            weights[i] = max(weights[i], min(display_width(text), 40))
    return weights


def _scale(weights: Sequence[float], width: float) -> list[float]:
    total = sum(weights) or 1
    return [width * w / total for w in weights]


def draw_bold_centred(
    canvas: Canvas, x: float, y: float, text: str, size: float, spacing: float = 0
) -> None:
    """Centred heading text, letters ``spacing`` apart; the font has no bold face, so the
    outline is stroked to thicken it."""
    width = stringWidth(text, FONT, size) + spacing * max(len(text) - 1, 0)
    canvas.saveState()
    canvas.setLineWidth(size * 0.035)
    obj = canvas.beginText(x - width / 2, y)
    obj.setFont(FONT, size)
    obj.setCharSpace(spacing)
    obj.setTextRenderMode(2)  # fill and stroke
    obj.textOut(text)
    canvas.drawText(obj)
    canvas.restoreState()


def draw_spaced_centred(canvas: Canvas, x: float, y: float, text: str, size: float) -> None:
    """Centred text whose spaces are half an em wide (the font's own space is too narrow
    for 第 1 页 to read, and for pdftotext to keep, as separate words)."""
    tokens = text.split(" ")
    gap = size / 2
    total = sum(stringWidth(t, FONT, size) for t in tokens) + gap * (len(tokens) - 1)
    canvas.setFont(FONT, size)
    pos = x - total / 2
    for token in tokens:
        canvas.drawString(pos, y, token)
        pos += stringWidth(token, FONT, size) + gap


# --- flowables ----------------------------------------------------------------------


class _FixedWidth(Flowable):
    """Takes the content width it was built for, so that a form shrunk into half a page
    (KeepInFrame) shrinks evenly with its fixed-width tables."""

    def __init__(self, width: float | None = None) -> None:
        super().__init__()
        self.fixed_width = width

    def _take(self, avail_width: float) -> float:
        self.width = min(avail_width, self.fixed_width or avail_width)
        return self.width


class FormHeader(_FixedWidth):
    """Office name (large, centred), form title, copy label, 单号 and 日期 line."""

    def __init__(
        self,
        office: str,
        title: str,
        number: str | None,
        date: str,
        copy_label: str | None,
        width: float | None = None,
    ) -> None:
        super().__init__(width)
        self.office, self.title, self.number = office, title, number
        self.date, self.copy_label = date, copy_label

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._take(avail_width)
        self.height = (9 if self.office else 0) * mm + 9 * mm + 7 * mm
        return self.width, self.height

    def draw(self) -> None:
        c, w = self.canv, self.width
        y = self.height
        if self.office:
            y -= 7 * mm
            draw_bold_centred(c, w / 2, y, self.office, 16)
            y -= 2 * mm
        y -= 6.5 * mm
        spacing = 14 * 0.4 if len(self.title) <= 6 else 0  # short titles spaced, as on paper
        draw_bold_centred(c, w / 2, y, self.title, 14, spacing)
        if self.copy_label:
            c.setFont(FONT, 9)
            tw = stringWidth(self.copy_label, FONT, 9)
            c.setLineWidth(LINE)
            c.rect(w - tw - 4 * mm, y - 1.6 * mm, tw + 4 * mm, 6 * mm)
            c.drawString(w - tw - 2 * mm, y, self.copy_label)
        c.setFont(FONT, 10)
        y = 1.8 * mm
        if self.number:
            c.drawString(0, y, f"单号：{self.number}")
        c.drawRightString(w, y, f"日期：{self.date}")


class SignatureRow(_FixedWidth):
    """Signature lines: each label with a rule to sign on, and a 日期 rule below it."""

    def __init__(
        self,
        labels: Sequence[str | tuple[str, str]],
        with_date: bool = True,
        width: float | None = None,
    ) -> None:
        super().__init__(width)
        self.labels = [(lb, "") if isinstance(lb, str) else lb for lb in labels]
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


class CutLine(Flowable):
    """A dashed cut line across the frame, with a small 裁剪线 caption in a gap."""

    def __init__(self, caption: str = "沿此线裁开") -> None:
        super().__init__()
        self.caption = caption

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width, self.height = avail_width, 4 * mm
        return self.width, self.height

    def draw(self) -> None:
        draw_cut_line(self.canv, 0, self.width, self.height / 2, self.caption)


def draw_cut_line(c: Canvas, x1: float, x2: float, y: float, caption: str = "沿此线裁开") -> None:
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


# --- the document -------------------------------------------------------------------


class FormDocument:
    """A printed form: header, then parts added in order; render with build() or two-up."""

    def __init__(
        self,
        title: str,
        office_name: str,
        number: str | None = None,
        date: dt.date | str | None = None,
        landscape: bool = False,
        copy_label: str | None = None,
    ) -> None:
        """``date`` None prints today; "" leaves 年 月 日 blanks to fill in by hand."""
        register_fonts()
        self.title, self.office_name, self.number = title, office_name, number
        self.date = _date_text(date)
        self.landscape = landscape
        self.copy_label = copy_label
        self.pagesize = _landscape(A4) if landscape else A4
        self._parts: list[Factory] = []

    # parts -------------------------------------------------------------------------

    def add(self, factory: Factory) -> FormDocument:
        """Escape hatch: ``factory(width)`` returns fresh flowables for the content width."""
        self._parts.append(factory)
        return self

    def spacer(self, height_mm: float = 4) -> FormDocument:
        return self.add(lambda width: [Spacer(1, height_mm * mm)])

    def paragraph(self, text: str, size: float = 10, align: str = "L") -> FormDocument:
        """Free text (plain, not markup); wraps Chinese; keeps newlines."""
        return self.add(
            lambda width: [Spacer(1, 1.5 * mm), Paragraph(markup(text), style(size, align))]
        )

    def heading(self, text: str) -> FormDocument:
        """A small section heading above a grid or table."""
        return self.add(
            lambda width: [Spacer(1, 2 * mm), Paragraph(markup(text), style(11)), Spacer(1, 1 * mm)]
        )

    def fields(
        self,
        rows: Sequence[Sequence[tuple[str, object]]],
        min_height_mm: float = 8,
        label_width_mm: float | None = None,
    ) -> FormDocument:
        """A ruled grid of ``label | value`` boxes; a short row's last value spans to the end."""
        return self.add(lambda width: [_fields_table(rows, width, min_height_mm, label_width_mm)])

    def table(
        self,
        headers: Sequence[str],
        rows: Iterable[Sequence[object]],
        col_widths: Sequence[float] | None = None,
        align: Sequence[str] | str | None = None,
        font_size: float = 9,
    ) -> FormDocument:
        """A ruled table whose header row repeats on every page.

        ``col_widths`` are relative weights (scaled to the page width); ``align``
        is one of L/C/R per column ("LCR" or ["left", ...]); numbers default right.
        """
        values = [list(r) for r in rows]
        align_codes = _align_codes(headers, values, align)
        texts = [[format_value(v) for v in r] for r in values]
        return self.add(
            lambda width: [
                _ruled_table(list(headers), texts, width, col_widths, align_codes, font_size)
            ]
        )

    def signatures(
        self, labels: Sequence[str | tuple[str, str]], with_date: bool = True
    ) -> FormDocument:
        """经手人 ____ 仓管员 ____ …; a label may be (label, name) to print the name on the rule."""
        return self.add(lambda width: [Spacer(1, 6 * mm), SignatureRow(labels, with_date, width)])

    # rendering ---------------------------------------------------------------------

    def story(self, copy_label: str | None = None, width: float | None = None) -> list[Flowable]:
        """Fresh flowables: header and parts, for a frame ``width`` wide."""
        width = width or self.pagesize[0] - 2 * MARGIN
        label = copy_label if copy_label is not None else self.copy_label
        out: list[Flowable] = [
            FormHeader(self.office_name, self.title, self.number, self.date, label, width),
            Spacer(1, 2 * mm),
        ]
        for part in self._parts:
            out.extend(part(width))
        return out

    def build(self) -> bytes:
        """Whole pages (A4) with a running header on later pages and 第 x 页 / 共 N 页."""
        buf = io.BytesIO()
        w, h = self.pagesize
        frame = Frame(MARGIN, BOTTOM_MARGIN, w - 2 * MARGIN, h - MARGIN - BOTTOM_MARGIN, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        doc = BaseDocTemplate(buf, pagesize=self.pagesize, title=self.title,
                              author=self.office_name, creator="FrontDesk",
                          initialFontName=FONT)
        doc.addPageTemplates([
            PageTemplate("first", [frame], autoNextPageTemplate="later"),
            PageTemplate("later", [frame], onPage=self._running_header),
        ])
        doc.build(self.story(), canvasmaker=NumberedCanvas)
        return buf.getvalue()

    def build_two_up(self, copy_labels: Sequence[str] = ("第一联", "第二联")) -> bytes:
        """The same form twice on one A4 sheet (e.g. 客服部存根 / 工程部联), cut line between."""
        return two_up([self, self], copy_labels=copy_labels)

    def _running_header(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        w, h = self.pagesize
        canvas.saveState()
        canvas.setFont(FONT, 8)
        canvas.drawString(MARGIN, h - MARGIN + 3 * mm, f"{self.office_name}  {self.title}")
        if self.number:
            canvas.drawRightString(w - MARGIN, h - MARGIN + 3 * mm, f"单号：{self.number}")
        canvas.restoreState()


class NumberedCanvas(Canvas):
    """Two-pass page numbers: keep every page's state, then stamp 第 x 页 / 共 N 页 on save."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            w = self._pagesize[0]
            draw_spaced_centred(self, w / 2, 9 * mm, f"第 {self._pageNumber} 页 / 共 {total} 页", 9)
            super().showPage()
        super().save()


def two_up(forms: Sequence[FormDocument], copy_labels: Sequence[str] | None = None) -> bytes:
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


# --- tables -------------------------------------------------------------------------


def _align_codes(
    headers: Sequence[str], rows: Sequence[Sequence[object]], align: Sequence[str] | str | None
) -> list[str]:
    if align is not None:
        codes = [a[0].upper() for a in align]
        return (codes + ["L"] * len(headers))[: len(headers)]
    codes = []
    for i in range(len(headers)):
        sample = [r[i] for r in rows[:200] if i < len(r) and r[i] not in (None, "")]
        numeric = sample and all(
            isinstance(v, int | float | Decimal) and not isinstance(v, bool) for v in sample
        )
        codes.append("R" if numeric else "L")
    return codes


def _cell(text: str, width: float, pstyle: ParagraphStyle) -> str | Paragraph:
    """Plain strings are fast; only text that must wrap becomes a Paragraph."""
    if "\n" not in text and stringWidth(text, FONT, pstyle.fontSize) <= width:
        return text
    return Paragraph(markup(text), pstyle)


def _ruled_table(
    headers: list[str],
    texts: list[list[str]],
    width: float,
    col_widths: Sequence[float] | None,
    align: list[str],
    font_size: float,
) -> Flowable:
    widths = _scale(col_widths or auto_weights(headers, texts), width)

    def make(chunk: list[list[str]]) -> Table:
        return _table_chunk(headers, chunk, widths, align, font_size)

    return make(texts) if len(texts) <= LongTable.CHUNK else LongTable(make, texts)


class LongTable(Flowable):
    """A table of any length that costs the same per page.

    reportlab re-measures every remaining row at each page split (quadratic on
    a long list); this hands it CHUNK rows at a time, more than fit on a page.
    """

    CHUNK = 150

    def __init__(self, make: Callable[[list[list[str]]], Table], rows: list[list[str]]) -> None:
        super().__init__()
        self.make, self.rows = make, rows

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        # Never fits one page (CHUNK rows of at least one line each): always split.
        self.width, self.height = avail_width, len(self.rows) * 12.0
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        parts = self.make(self.rows[: self.CHUNK]).split(avail_width, avail_height)
        if len(parts) < 2:
            return parts
        done = len(parts[0]._cellvalues) - 1  # the first part repeats the header row
        rest = self.rows[done:]
        return [parts[0], self.make(rest) if len(rest) <= self.CHUNK else LongTable(self.make, rest)]

    def draw(self) -> None:  # pragma: no cover - always split before drawing
        raise AssertionError("LongTable is drawn through its parts")


def _table_chunk(
    headers: list[str],
    texts: list[list[str]],
    widths: list[float],
    align: list[str],
    font_size: float,
) -> Table:
    n = len(headers)
    pad = 3
    head_style = style(font_size, "C")
    styles = {code: style(font_size, code) for code in "LCR"}
    data: list[list[object]] = [
        [_cell(h, widths[i] - 2 * pad, head_style) for i, h in enumerate(headers)]
    ]
    for row in texts:
        row = (row + [""] * n)[:n]
        data.append([_cell(t, widths[i] - 2 * pad, styles[align[i]]) for i, t in enumerate(row)])
    commands = [
        ("FONT", (0, 0), (-1, -1), FONT, font_size, font_size * 1.3),
        ("GRID", (0, 0), (-1, -1), LINE, INK),
        ("BOX", (0, 0), (-1, -1), LINE * 1.6, INK),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_BG),
        ("ALIGN", (0, 0), (-1, 0), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), pad),
        ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    names = {"L": "LEFT", "C": "CENTER", "R": "RIGHT"}
    commands += [("ALIGN", (i, 1), (i, -1), names[code]) for i, code in enumerate(align)]
    if not texts:
        data.append(["（无记录）"] + [""] * (n - 1))
        commands += [("SPAN", (0, 1), (-1, 1)), ("ALIGN", (0, 1), (-1, 1), "CENTER")]
    return Table(data, colWidths=widths, repeatRows=1, style=TableStyle(commands), hAlign="LEFT")


def _fields_table(
    rows: Sequence[Sequence[tuple[str, object]]],
    width: float,
    min_height_mm: float,
    label_width_mm: float | None,
) -> Table:
    size = 10
    pairs = max((len(r) for r in rows), default=1)
    labels = [lb for r in rows for lb, _ in r]
    label_w = (
        label_width_mm * mm
        if label_width_mm
        else max([stringWidth(lb, FONT, size) for lb in labels] + [12 * mm]) + 14
    )
    value_w = (width - pairs * label_w) / pairs
    widths = [label_w, value_w] * pairs
    label_style, value_style = style(size, "C"), style(size, "L")
    data, commands = [], [
        ("FONT", (0, 0), (-1, -1), FONT, size),
        ("GRID", (0, 0), (-1, -1), LINE, INK),
        ("BOX", (0, 0), (-1, -1), LINE * 1.6, INK),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    for y, row in enumerate(rows):
        cells: list[object] = []
        for x, (label, value) in enumerate(row):
            cells += [
                Paragraph(markup(label), label_style),
                Paragraph(markup(format_value(value)), value_style),
            ]
            commands.append(("BACKGROUND", (2 * x, y), (2 * x, y), HEADER_BG))
        if len(row) < pairs:
            commands.append(("SPAN", (len(cells) - 1, y), (-1, y)))
            cells += [""] * (2 * pairs - len(cells))
        data.append(cells)
    return Table(data, colWidths=widths, rowHeights=None, style=TableStyle(commands), hAlign="LEFT",
                 minRowHeights=[min_height_mm * mm] * len(data))


# --- money in words -----------------------------------------------------------------

_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_SMALL_UNITS = ("仟", "佰", "拾", "")
_GROUP_UNITS = ("", "万", "亿", "万亿")


def amount_in_words(amount: Decimal | int | str) -> str:
    """Chinese capital numerals for money (大写金额): 1005.07 -> 壹仟零伍元零柒分.

    Rounded half-up to the fen; up to 9999万亿. 元 part omitted when zero
    (0.05 -> 伍分); "整" when there are no fen.
    """
    value = Decimal(str(amount)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    if value < 0:
        return "负" + amount_in_words(-value)
    fen_total = int(value * 100)
    yuan, jiao, fen = fen_total // 100, fen_total // 10 % 10, fen_total % 10
    if yuan >= 10**16:
        raise ValueError(f"amount too large for 大写: {amount}")
    if fen_total == 0:
        return "零元整"
    out = ""
    if yuan:
        out = _integer_words(yuan) + "元"
    if jiao:
        out += _DIGITS[jiao] + "角"
    if fen:
        if yuan and not jiao:
            out += "零"
        out += _DIGITS[fen] + "分"
    else:
        out += "整"
    return out


def _integer_words(n: int) -> str:
    groups = []
    while n:
        groups.append(n % 10000)
        n //= 10000
    out, pending_zero = "", False
    for index in range(len(groups) - 1, -1, -1):
        group = groups[index]
        if group == 0:
            pending_zero = bool(out)
            continue
        if out and (pending_zero or group < 1000):
            out += "零"
        unit = _GROUP_UNITS[index]
        if index == 3 and groups[2]:
            unit = "万"  # 12,3456亿 reads 壹拾贰万叁仟肆佰伍拾陆亿: the 亿 is shared
        out += _group_words(group) + unit
        pending_zero = False
    return out


def _group_words(group: int) -> str:
    """Four digits, inner zeros read once, trailing zeros silent: 1005 -> 壹仟零伍."""
    out, zero = "", False
    for digit, unit in zip(f"{group:04d}", _SMALL_UNITS, strict=True):
        if digit == "0":
            zero = bool(out)
            continue
        if zero:
            out += "零"
            zero = False
        out += _DIGITS[int(digit)] + unit
    return out
