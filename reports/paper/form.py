"""The form base every printed form uses (表单底版): a header, parts in order, page numbers.

    doc = FormDocument("工程服务单", office_name, number="BX20261122-0003", date=today)
    doc.fields([[("报修部门", "客服部"), ("报修人", "张三")], [("维修内容", text)]])
    doc.table(["序号", "物料", "数量"], rows, col_widths=[1, 5, 2], align="CLR")
    doc.signatures(["经手人", ("仓管员", "赵桂英"), ("经理", "周志华", "2026-03-10 09:00")])
    doc.stamp(VOID_STAMP, rise_mm=50)
    pdf = doc.build()                                  # A4 pages, "第 1 页 / 共 N 页"
    pdf = doc.build_two_up(("客服部存根", "工程部联"))  # two copies on one sheet, cut line

Parts are stored as factories, not flowables, so one document can be rendered
several times (full page, half page) without reportlab's split state leaking.
A long document continues on further pages under a running header (office,
title, 单号), its tables repeating their header row.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Iterable, Sequence

from reportlab.lib.pagesizes import A4
from reportlab.lib.pagesizes import landscape as _landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    PageTemplate,
    Spacer,
)

from ..fonts import FONT, register_fonts
from .half_sheets import two_up
from .keep import keep_signatures
from .signatures import FixedWidth, SignatureRow, Signer
from .stamps import Stamp
from .styles import LINE, MARGIN
from .tables import Row, align_codes, auto_weights, fields_table, ruled
from .text import date_text, format_value
from .textbox import TextBox

BOTTOM_MARGIN = 18 * mm  # room for the page number

Factory = Callable[[float], list[Flowable]]


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


class FormHeader(FixedWidth):
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
        self.date = date_text(date)
        self.landscape = landscape
        self.copy_label = copy_label
        self.pagesize = _landscape(A4) if landscape else A4
        # a whole page's frame: nothing in a table or a grid may be taller (cut with "…")
        self.body_height = self.pagesize[1] - MARGIN - BOTTOM_MARGIN
        self.content_width = self.pagesize[0] - 2 * MARGIN
        self._parts: list[Factory] = []

    # parts -------------------------------------------------------------------------

    def add(self, factory: Factory) -> FormDocument:
        """Escape hatch: ``factory(width)`` returns fresh flowables for the content width."""
        self._parts.append(factory)
        return self

    def spacer(self, height_mm: float = 4) -> FormDocument:
        return self.add(lambda width: [Spacer(1, height_mm * mm)])

    def need(self, height_mm: float) -> FormDocument:
        """Turn the page first unless ``height_mm`` are left: what follows stays together."""
        return self.add(lambda width: [CondPageBreak(height_mm * mm)])

    def paragraph(self, text: str, size: float = 10, align: str = "L") -> FormDocument:
        """Free text (plain, not markup); wraps Chinese, keeps numbers whole and newlines;
        continues on the next page when long."""
        return self.add(lambda width: [Spacer(1, 1.5 * mm), TextBox(text, size, align)])

    def heading(self, text: str, keep_mm: float = 0) -> FormDocument:
        """A small section heading above a grid or table; with ``keep_mm`` it never ends a
        page alone (less than that left: the page turns first)."""
        if keep_mm:
            self.need(keep_mm)
        return self.add(
            lambda width: [Spacer(1, 2 * mm), TextBox(text, 11), Spacer(1, 1 * mm)]
        )

    def fields(
        self,
        rows: Sequence[Sequence[tuple[str, object]]],
        min_height_mm: float = 8,
        label_width_mm: float | None = None,
    ) -> FormDocument:
        """A ruled grid of ``label | value`` boxes; a short row's last value spans to the end
        (a value taller than a page is cut with "…")."""
        cap = self.body_height - 12 * mm  # the header above, the box's own padding
        return self.add(
            lambda width: [fields_table(rows, width, min_height_mm, label_width_mm, cap)])

    def table(
        self,
        headers: Sequence[str],
        rows: Iterable[Sequence[object]],
        col_widths: Sequence[float] | None = None,
        align: Sequence[str] | str | None = None,
        font_size: float = 9,
        min_height_mm: float | None = None,
        share: float = 1.0,
    ) -> FormDocument:
        """A ruled table of any length whose header row repeats on every page.

        ``col_widths`` are relative weights (scaled to ``share`` of the page width);
        ``align`` is one of L/C/R per column ("LCR" or ["left", ...]); numbers default
        right. Values print as format_value has them; a ``Row`` keeps its own style
        (合计, 小计, 大写 lines); ``min_height_mm`` leaves room to write in.
        """
        values = [list(r) if not isinstance(r, Row) else r for r in rows]
        codes = align_codes(headers, values, align)
        texts = [_texts(r) for r in values]
        weights = col_widths or auto_weights(headers, texts)
        height = min_height_mm * mm if min_height_mm else None
        return self.add(lambda width: [
            ruled(headers, texts, weights, codes, width * share, font_size, height,
                  self.body_height)])

    def signatures(
        self, signers: Sequence[Signer], with_date: bool = True, space_mm: float = 6
    ) -> FormDocument:
        """经手人 ____ 仓管员 ____ …; a signer may be (label, name) to print the name on the
        rule, or (label, name, moment) to print also when they signed in the program.
        On whole pages the signatures keep the last table's last rows (reports.paper.keep)."""
        return self.add(lambda width: [Spacer(1, space_mm * mm),
                                       SignatureRow(signers, with_date, width)])

    def stamp(self, word: str | None, rise_mm: float) -> FormDocument:
        """草稿 / 已作废 across the form, ``rise_mm`` above this point (negative: below);
        no word, no stamp."""
        if word:
            self.add(lambda width: [Stamp(word, rise=rise_mm * mm)])
        return self

    # rendering ---------------------------------------------------------------------

    def story(self, copy_label: str | None = None, width: float | None = None,
              *, keep: bool = False) -> list[Flowable]:
        """Fresh flowables: header and parts, for a frame ``width`` wide; ``keep``: the
        signatures held with the last table's last rows (pages that turn)."""
        width = width or self.pagesize[0] - 2 * MARGIN
        label = copy_label if copy_label is not None else self.copy_label
        out: list[Flowable] = [
            FormHeader(self.office_name, self.title, self.number, self.date, label, width),
            Spacer(1, 2 * mm),
        ]
        for part in self._parts:
            out.extend(part(width))
        return keep_signatures(out, self.body_height, SignatureRow) if keep else out

    def build(self, progress: Callable[[int], object] | None = None) -> bytes:
        """Whole pages (A4) with a running header on later pages and 第 x 页 / 共 N 页;
        ``progress(page)`` hears each page as it is laid out (raising from it stops)."""
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
        if progress is not None:
            doc.setProgressCallBack(lambda kind, value: progress(value) if kind == "PAGE"
                                    else None)
        doc.build(self.story(keep=True), canvasmaker=NumberedCanvas)
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


def _texts(row: Sequence[object]) -> list[object]:
    """A row's values as paper prints them; drawn cells stay, a Row keeps its style."""
    texts = [v if isinstance(v, Flowable) else format_value(v) for v in row]
    return Row(texts, row.commands) if isinstance(row, Row) else texts


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
