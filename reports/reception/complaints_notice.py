"""客户投诉处理通知单: one complaint on paper, two copies to an A4 sheet (客服部存根 / 责任部门联).

Each copy is one ruled grid, sized to its half sheet (as the 工程服务单): the complaint
(number and date in the header; received, channel, level; customer, phone, unit/room;
nature, department, responsible; the summary and what the customer asks; the deadlines
— 要求时限), then below the shaded bar what the department fills in (remedy, corrective
action and its date, done at, the department head's signature), then the callback
(result, by whom, the customer's words and signature). What is recorded prints; the
rest is left for handwriting.

Every box has a fixed most lines, so no text can push the second copy onto another
sheet: a long summary (or request, remedy, …) wraps, and what does not fit is cut with
"…", and a last line of the copy says which box was cut and that the register (客户投诉登记表)
prints it whole. A one-line box (the customer, the unit and room) takes two lines of smaller
print before it is cut.
"""

from __future__ import annotations

import datetime as dt

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table, TableStyle

from models import reception, settings
from models.reception import Complaint

from ..paper import (
    HEADER_BG,
    INK,
    LINE,
    TIME_GUIDE,
    Choices,
    FormDocument,
    TextBox,
    format_value,
    grid_commands,
    guide,
    label_cell,
    value_cell,
)

COPY_LABELS = ("客服部存根", "责任部门联")
SIZE = 10  # the values' print
NOTE_SIZE = 7.5
BAR_SIZE = 8
SMALL = 7  # a one-line box too long for SIZE: two lines of this
PAD = 2  # points above and below a box's text
SIDE_PAD = 4  # points left and right (grid_commands)
ROW = 6.5 * mm  # a one-line row
LABELS_MM = (20, 22, 20)  # the three label columns; the values share the rest
VERDICT_WORDS = tuple(reception.COMPLAINT_VERDICTS.paper(v) for v in reception.COMPLAINT_VERDICTS)


def _paper(vocabulary, code: str) -> str:
    return vocabulary.paper(code) if code else ""


def _leading(size: float = SIZE) -> float:
    return size * 1.3


class _Grid:
    """The rows of one copy's grid as they are added: cells, heights, spans, bars."""

    def __init__(self, width: float) -> None:
        labels = [w * mm for w in LABELS_MM]
        value = (width - sum(labels)) / 3
        self.widths = [w for label in labels for w in (label, value)]
        self.rows: list[list[object]] = []
        self.heights: list[float] = []
        self.spans: list[tuple[int, int, int]] = []
        self.bars: list[int] = []
        self.top_aligned: list[int] = []
        self.cut: list[str] = []  # the labels of the boxes whose text was cut

    def inner(self, first: int, last: int) -> float:
        """The text width of a value box spanning columns first..last."""
        return sum(self.widths[first:last + 1]) - 2 * SIDE_PAD

    def text(self, label: str, value: object, first: int, last: int, lines: int) -> object:
        """A value box of at most ``lines`` lines; a one-line box takes two lines of smaller
        print first; what still does not fit is cut with "…" (and noted, see ``note``)."""
        text = format_value(value)
        if not text:
            return ""
        width = self.inner(first, last)
        box = value_cell(text, SIZE, lines * _leading())
        box.wrap(width, 10_000)
        if box.cut and lines == 1:
            box = value_cell(text, SMALL, 2 * _leading(SMALL))
            box.wrap(width, 10_000)
        if box.cut:
            self.cut.append(label)
        return box

    def note(self) -> None:
        """The last row, when some box was cut: which, and where the whole text is."""
        if self.cut:
            words = "、".join(self.cut)
            self.add([TextBox(f"注：{words}较长，此处未印完（…），全文见客户投诉登记表。",
                              NOTE_SIZE, "L")], 5 * mm, spans=((0, 5),))

    def add(self, cells: list[object], height: float, spans: tuple = (),
            top: bool = False) -> None:
        y = len(self.rows)
        self.rows.append(cells + [""] * (6 - len(cells)))
        self.heights.append(height)
        self.spans += [(y, first, last) for first, last in spans]
        if top:
            self.top_aligned.append(y)

    def bar(self, text: str) -> None:
        self.bars.append(len(self.rows))
        self.add([TextBox(text, BAR_SIZE, "C")], 5 * mm, spans=((0, 5),))

    def table(self) -> Table:
        commands = [
            *grid_commands(),
            ("TOPPADDING", (0, 0), (-1, -1), PAD),
            ("BOTTOMPADDING", (0, 0), (-1, -1), PAD),
        ]
        for y, row in enumerate(self.rows):
            if y in self.bars:
                commands += [("BACKGROUND", (0, y), (-1, y), HEADER_BG),
                             ("LINEABOVE", (0, y), (-1, y), LINE * 1.6, INK)]
                continue
            for x in range(0, 6, 2):
                if isinstance(row[x], TextBox) and row[x].align == "C":
                    commands.append(("BACKGROUND", (x, y), (x, y), HEADER_BG))
        for y in self.top_aligned:
            commands.append(("VALIGN", (1, y), (-1, y), "TOP"))
        for y, first, last in self.spans:
            commands.append(("SPAN", (first, y), (last, y)))
        # hAlign LEFT: a centred table drifts right when two_up shrinks the copy to fit
        return Table(self.rows, colWidths=self.widths, style=TableStyle(commands),
                     minRowHeights=self.heights, hAlign="LEFT")


def _lines_height(lines: int) -> float:
    return lines * _leading() + 2 * PAD


def _when(value: dt.datetime | None, blank: Flowable | str = "") -> object:
    return value_cell(value, SIZE) if value else blank


def notice_grid(c: Complaint, width: float) -> tuple[Table, list[str]]:
    """One copy's grid, and the labels of the boxes whose text did not fit (cut with …)."""
    g = _Grid(width)
    L, V = label_cell, (lambda value: value_cell(value, SIZE))  # noqa: N806 - kinds of cell
    place = " ".join(part for part in (c.unit, c.room) if part)
    g.add([L("投诉时间"), V(c.received_at), L("投诉方式"),
           V(_paper(reception.COMPLAINT_CHANNELS, c.channel)), L("级别"),
           V(_paper(reception.COMPLAINT_LEVELS, c.level))], ROW)
    g.add([L("投诉人"), g.text("投诉人", c.customer, 1, 1, 1), L("联系电话"), V(c.phone),
           L("单位/房间"), g.text("单位/房间", place, 5, 5, 1)], ROW)
    g.add([L("性质"), V(_paper(reception.COMPLAINT_NATURES, c.nature)), L("责任部门"),
           g.text("责任部门", c.department, 3, 3, 1), L("责任人"),
           g.text("责任人", c.responsible, 5, 5, 1)], ROW)
    g.add([L("投诉内容"), g.text("投诉内容", c.summary, 1, 5, 3)], 12 * mm, spans=((1, 5),),
          top=True)
    g.add([L("客户要求"), g.text("客户要求", c.request, 1, 5, 1)], ROW, spans=((1, 5),))
    g.add([L("联系时限"), V(c.contact_due), L("答复时限"), V(c.remedy_due), L("完成时限"),
           V(c.resolve_due) if c.resolve_due else V("—")], ROW)
    g.add([L("签收人"), g.text("签收人", c.signed_by, 1, 1, 1), L("签收时间"),
           _when(c.signed_at, guide(TIME_GUIDE))], ROW, spans=((3, 5),))
    g.bar("以下由责任部门填写（处理完毕，负责人签字后交回客服部）")
    g.add([L("补救措施"), g.text("补救措施", c.remedy, 1, 5, 2)], _lines_height(2),
          spans=((1, 5),), top=True)
    g.add([L("纠正措施"), g.text("纠正措施", c.correction, 1, 3, 1), "", "", L("计划完成"),
           V(c.correction_due) if c.correction_due else ""], ROW, spans=((1, 3),))
    g.add([L("完成时间"), _when(c.done_at, guide(TIME_GUIDE)), L("负责人签字")], 8 * mm,
          spans=((3, 5),))
    again = f"；曾回访不满意重办 {c.times_reopened} 次" if c.times_reopened else ""
    g.bar(f"回访（客服部填写{again}）")
    last = reception.complaint_callbacks(c)[-1:] if c.id else []
    chosen = _paper(reception.COMPLAINT_VERDICTS, last[0].verdict) if last else None
    result = Choices(VERDICT_WORDS, SIZE, chosen=chosen)
    g.add([L("回访结果"), result, "", "", L("回访人"), V(last[0].by_name if last else "")], ROW,
          spans=((1, 3),))
    g.add([L("客户意见"), g.text("客户意见", last[0].words if last else "", 1, 3, 1), "", "",
           L("客户签字")], 8 * mm, spans=((1, 3),))
    g.note()
    return g.table(), g.cut


def complaint_notice_document(c: Complaint) -> FormDocument:
    """One copy of the 客户投诉处理通知单, ready to be built two-up (see the module docstring)."""
    doc = FormDocument("客户投诉处理通知单", settings.office_name(), number=c.number,
                       date=c.received_at.date())
    doc.add(lambda width: [notice_grid(c, width)[0]])
    return doc


def complaint_notice_pdf(complaint_id: int) -> bytes:
    """The notice on one A4 sheet: 客服部存根 above, 责任部门联 below, cut line between."""
    return complaint_notice_document(reception.get_complaint(complaint_id)).build_two_up(
        COPY_LABELS)


def complaint_notice_pdf_by_number(number: str) -> bytes:
    return complaint_notice_pdf(reception.complaint_by_number(number).id)
