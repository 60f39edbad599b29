"""The repair orders on paper: the 工程服务单 (two copies to a sheet) and the 工程维修月报.

Paper is always Chinese, whatever the desk's language, so the labels here are
Chinese and the codes go through repairs' *_ZH dictionaries. Registers
``pdf repair NUMBER``, ``export repairs`` and ``export repair-month --month``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Table, TableStyle

from models import repairs, settings
from models.repairs import MonthlyReport, RepairOrder

from .. import xlsx
from ..catalogue import write_list
from ..documents import ExportKind, PdfKind, Translate, register_export, register_pdf
from ..fonts import FONT
from ..forms import HEADER_BG, INK, LINE, FormDocument, chinese_month, format_value, markup, style

COPY_LABELS = ("客服部存根", "工程部联")
NO_DEPARTMENT = "（未填写）"
GUIDE = colors.Color(0.4, 0.4, 0.4)  # the grey of printed handwriting guides
URGENT_BG = colors.Color(0.8, 0.8, 0.8)  # darker than the labels' grey: 紧急 stands out


def _gap(points: float, size: float) -> str:
    """About ``points`` of blank space in text of ``size`` points: no-break spaces, which a
    Paragraph keeps (it collapses ordinary and ideographic ones); the font's is 0.26 em."""
    return "\xa0" * max(1, round(points / (0.26 * size)))


# Printed on blank time boxes: room for two handwritten digits before each unit.
TIME_GUIDE = _gap(15, 9).join(["", "月", "日", "时", "分"])
VERDICTS = ("满意", "基本满意", "不满意")


class Choices(Flowable):
    """□ 满意  □ 基本满意  □ 不满意: drawn boxes big enough for a tick (the font's □ is
    small and sits high), each followed by its word."""

    def __init__(self, options: Sequence[str], size: float = 10, gap: float = 10 * mm) -> None:
        super().__init__()
        self.options, self.size, self.gap = list(options), size, gap

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width, self.height = avail_width, self.size * 1.3
        return self.width, self.height

    def draw(self) -> None:
        c, box = self.canv, self.size * 1.05
        c.setLineWidth(LINE)
        c.setFont(FONT, self.size)
        x, base = 0.0, (self.height - self.size) / 2 + self.size * 0.12
        for option in self.options:
            c.rect(x, base - self.size * 0.12, box, box)
            x += box + 3
            c.drawString(x, base, option)
            x += stringWidth(option, FONT, self.size) + self.gap


# --- 工程服务单 ------------------------------------------------------------------------


def _guide(text: str, size: float = 9, align: str = "R") -> Paragraph:
    """Grey printed guide text in a box left for handwriting."""
    pstyle = style(size, align)
    pstyle.textColor = GUIDE
    return Paragraph(markup(text), pstyle)


def _time_or_guide(value: dt.datetime | None) -> object:
    return Paragraph(markup(format_value(value)), style(10)) if value else _guide(TIME_GUIDE)


def _order_grid(order: RepairOrder, width: float) -> Table:
    """The ruled grid of one copy: six columns (label, value) x 3, spans for long values.

    The top part is printed from the order; below the shaded 以下由工程部填写 bar
    the boxes are left for handwriting (engineer and times printed when known).
    """
    labels = [21 * mm, 28 * mm, 21 * mm]  # the middle one holds 报修人验收签字 on one line
    value_w = (width - sum(labels)) / 3
    widths = [w for label_w in labels for w in (label_w, value_w)]
    lab, val = style(10, "C"), style(10)

    def L(text: str) -> Paragraph:  # noqa: N802 - reads as a cell kind
        return Paragraph(markup(text), lab)

    def V(value: object) -> Paragraph:  # noqa: N802
        return Paragraph(markup(format_value(value)), val)

    urgent = order.urgency == repairs.URGENT
    urgency = (Paragraph("★ 紧急", style(13, "L", leading=15)) if urgent
               else V(repairs.URGENCY_ZH.get(order.urgency, order.urgency)))
    rows: list[list[object]] = [
        [L("报修时间"), V(order.reported_at), L("来源"),
         V(repairs.SOURCE_ZH.get(order.source, order.source)), L("类别"), V(order.category.name)],
        [L("报修部门"), V(order.department_name), L("房间/位置"), V(order.location),
         L("报修人"), V(order.reporter)],
        [L("联系电话"), V(order.phone), L("紧急程度"), urgency, L("派工时间"),
         V(order.dispatched_at)],
    ]
    heights = [7 * mm] * 3
    spans: list[tuple[int, int, int]] = []  # (row, first column, last column)
    urgent_row = None
    if urgent:
        urgent_row = len(rows)
        rows.append([L("紧急原因"), V(order.urgent_cause), "", "", "", ""])
        heights.append(7 * mm)
        spans.append((urgent_row, 1, 5))
    rows.append([L("报修内容"), V(order.content), "", "", "", ""])
    heights.append(12 * mm)
    spans.append((len(rows) - 1, 1, 5))
    bar = len(rows)
    rows.append([Paragraph("以下由工程部填写（完工后经报修人验收签字，交回客服部）",
                           style(9, "C")), "", "", "", "", ""])
    heights.append(5.5 * mm)
    spans.append((bar, 0, 5))
    rows += [
        [L("接单人"), V(order.engineer), L("接单时间"), _time_or_guide(order.accepted_at),
         L("完工时间"), _guide(TIME_GUIDE)],
        [L("维修情况"), "", "", "", "", ""],
        [L("所用材料"), "", "", "", "", ""],
        [L("维修人签字"), "", L("报修人验收签字"), "", "", ""],
        [L("回访结果"), Choices(VERDICTS), "", "",
         L("回访人"), ""],
    ]
    # an order without the 紧急原因 row gives its room to 维修情况: same height either way
    heights += [9 * mm, (18 if urgent else 25) * mm, 11 * mm, 10 * mm, 8 * mm]
    first_blank = bar + 1
    spans += [(first_blank + 1, 1, 5), (first_blank + 2, 1, 5), (first_blank + 3, 3, 5),
              (first_blank + 4, 1, 3)]
    commands = [
        ("GRID", (0, 0), (-1, -1), LINE, INK),
        ("BOX", (0, 0), (-1, -1), LINE * 1.6, INK),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("BACKGROUND", (0, bar), (-1, bar), HEADER_BG),
        ("LINEABOVE", (0, bar), (-1, bar), LINE * 1.6, INK),
        # the handwritten paragraphs start at the top of their box
        ("VALIGN", (1, first_blank + 1), (-1, first_blank + 2), "TOP"),
    ]
    for y in range(len(rows)):
        if y == bar:
            continue
        for x in range(0, 6, 2):
            if isinstance(rows[y][x], Paragraph):
                commands.append(("BACKGROUND", (x, y), (x, y), HEADER_BG))
    for y, x1, x2 in spans:
        commands.append(("SPAN", (x1, y), (x2, y)))
    if urgent:  # 紧急 stands out: a heavy box round the urgency and its cause
        commands += [("BACKGROUND", (3, 2), (3, 2), URGENT_BG),
                     ("BOX", (3, 2), (3, 2), LINE * 3, INK),
                     ("BOX", (1, urgent_row), (5, urgent_row), LINE * 3, INK)]
    # hAlign LEFT: a centred table drifts right when two_up shrinks the copy to fit
    return Table(rows, colWidths=widths, style=TableStyle(commands), minRowHeights=heights,
                 hAlign="LEFT")


def service_order_document(order: RepairOrder) -> FormDocument:
    """One copy of the 工程服务单, ready to be built two-up."""
    when = order.dispatched_at or order.reported_at
    doc = FormDocument("工程服务单", settings.office_name(), number=order.number,
                       date=when.date())
    doc.add(lambda width: [_order_grid(order, width)])
    return doc


def service_order_pdf(order_id: int) -> bytes:
    """The 工程服务单 on one A4 sheet: 客服部存根 above, 工程部联 below, cut line between."""
    order = repairs.get_order(order_id)
    return service_order_document(order).build_two_up(COPY_LABELS)


def service_order_pdf_by_number(number: str) -> bytes:
    """As service_order_pdf, by 工程服务单号 (NotFound when there is no such order)."""
    return service_order_pdf(repairs.get_by_number(number).id)


# --- 工程维修月报 ----------------------------------------------------------------------


def _pct(part: int, whole: int) -> float | None:
    return round(100 * part / whole, 1) if whole else None


def _hours(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


def summary_items(report: MonthlyReport) -> list[tuple[str, int | float | None, str]]:
    """(label, value, unit) of the month's headline figures; None where nothing counts.

    The PDF and the workbook both print these, so they always agree.
    """
    return [
        ("报修总数", report.reported, "单"),
        ("已取消", report.cancelled, "单"),
        ("有效工单", report.counted, "单"),
        ("其中紧急", report.urgent, "单"),
        ("已完工", report.completed, "单"),
        ("月末未完结", report.open_at_month_end, "单"),
        ("按时完工", report.completed_on_time, "单"),
        ("超时完工", report.completed_late, "单"),
        ("按时完工率", _pct(report.completed_on_time, report.completed), "%"),
        ("平均接单时长", _hours(report.avg_hours_to_accept), "小时"),
        ("平均完工时长", _hours(report.avg_hours_to_complete), "小时"),
        ("回访满意率", None if report.satisfaction_rate is None
         else round(100 * report.satisfaction_rate, 1), "%"),
    ]


def _share_rows(pairs: Sequence[tuple[str, int]], total: int) -> list[list[object]]:
    rows: list[list[object]] = [[name or NO_DEPARTMENT, n, _pct(n, total)] for name, n in pairs]
    rows.append(["合计", sum(n for _, n in pairs), _pct(sum(n for _, n in pairs), total)])
    return rows


def category_rows(report: MonthlyReport) -> list[list[object]]:
    """类别, 单数, 占比(%) — every category, then 合计."""
    return _share_rows(report.by_category, report.counted)


def department_rows(report: MonthlyReport) -> list[list[object]]:
    """部门, 单数, 占比(%) — most orders first, then 合计."""
    return _share_rows(report.by_department, report.counted)


def callback_rows(report: MonthlyReport) -> list[list[object]]:
    """评价, 次数, 占比(%) — 满意, 基本满意, 不满意, then 合计."""
    total = report.callback_total
    rows: list[list[object]] = [
        [repairs.VERDICT_ZH[v], report.callbacks.get(v, 0), _pct(report.callbacks.get(v, 0), total)]
        for v in (repairs.SATISFIED, repairs.BASICALLY_SATISFIED, repairs.UNSATISFIED)
    ]
    rows.append(["合计", total, _pct(total, total)])
    return rows


def _num(value: int | float | None) -> str:
    if value is None:
        return "—"
    return f"{value:.1f}" if isinstance(value, float) else str(value)


def _paper_rows(rows: list[list[object]]) -> list[list[object]]:
    """Table rows for paper: the percentage column as text (— when there is no base)."""
    return [[name, n, _num(share)] for name, n, share in rows]


def _month_title(report: MonthlyReport) -> str:
    last = report.end - dt.timedelta(days=1)
    return (f"统计月份：{chinese_month(report.start)}（{report.start:%Y-%m-%d} 至 {last:%Y-%m-%d} "
            "报修的工单）")


def _section(doc: FormDocument, title: str) -> None:
    """A numbered heading that never ends a page alone: less than 35 mm left, turn first."""
    doc.add(lambda width: [CondPageBreak(35 * mm)])
    doc.heading(title)


def monthly_report_pdf(month: str, prepared_by: str = "", date: dt.date | None = None) -> bytes:
    """The 工程维修月报 for YYYY-MM on A4: figures, by category, callbacks, by department,
    signed by 制表人 and 审核人（经理）. A malformed month raises ValidationError."""
    report = repairs.monthly_report(month)
    doc = FormDocument("工程维修月报", settings.office_name(), date=date)
    doc.paragraph(_month_title(report), size=10)
    _section(doc, "一、汇总")
    items = [(label, f"{_num(value)} {unit}" if value is not None else "—")
             for label, value, unit in summary_items(report)]
    doc.fields([items[i:i + 3] for i in range(0, len(items), 3)], min_height_mm=7.5)
    _section(doc, "二、按类别统计")
    doc.table(["类别", "单数", "占比（%）"], _paper_rows(category_rows(report)),
              col_widths=[3, 2, 2], align="CRR")
    _section(doc, "三、回访满意度")
    doc.table(["回访评价", "次数", "占比（%）"], _paper_rows(callback_rows(report)),
              col_widths=[3, 2, 2], align="CRR")
    rate = summary_items(report)[-1][1]
    doc.paragraph(f"满意率 =（满意 + 基本满意）÷ 回访次数 = {_num(rate)}%" if rate is not None
                  else "满意率：本月报修的工单尚无回访。")
    _section(doc, "四、按部门统计")
    doc.table(["报修部门", "单数", "占比（%）"], _paper_rows(department_rows(report)),
              col_widths=[3, 2, 2], align="LRR")
    doc.paragraph(
        "统计口径：本月内报修的工单（不论何时处理）；已取消的工单只计入报修总数与已取消，"
        "不计入其他各项；按时完工指完工时间不晚于完工时限；平均时长自报修时间起算；"
        "月末未完结指月末时仍为待派工、已派工或处理中；回访按次数计，同一工单多次回访各计一次。",
        size=8,
    )
    doc.add(lambda width: [CondPageBreak(30 * mm)])  # the signatures stay under the figures
    doc.signatures([("制表人", prepared_by), "审核人（经理）"])
    return doc.build()


def monthly_report_sheets(
    month: str, translate: Translate | None = None
) -> list[tuple[str, list[str], list[list[object]]]]:
    """The monthly report's tables for a workbook, one sheet each, the PDF's figures.

    Headers are Chinese: the export of a printed report is always Chinese
    (``translate`` is accepted for the export interface and not needed).
    """
    report = repairs.monthly_report(month)
    summary = [[label, value, unit] for label, value, unit in summary_items(report)]
    return [
        (f"{report.month} 汇总", ["项目", "数值", "单位"], summary),
        ("按类别", ["类别", "单数", "占比(%)"], category_rows(report)),
        ("回访满意度", ["回访评价", "次数", "占比(%)"], callback_rows(report)),
        ("按部门", ["报修部门", "单数", "占比(%)"], department_rows(report)),
    ]


def write_month(target: Path, options: dict, translate: Translate) -> int:
    """`export repair-month --month YYYY-MM`: the report's tables; a bad month writes nothing."""
    sheets = monthly_report_sheets(options.get("month") or "", translate)
    return sum(xlsx.write_sheets(target, sheets))


register_pdf(PdfKind("repair", "工程服务单 (repair service order) by number",
                     service_order_pdf_by_number))
register_export(ExportKind(
    "repairs", "the repair orders (报修单列表)",
    lambda target, options, translate: write_list(repairs.ORDER_LIST, target, translate),
))
register_export(ExportKind(
    "repair-month", "the monthly repair report's tables (工程维修月报)", write_month,
    options=[("--month", "YYYY-MM")],
))
