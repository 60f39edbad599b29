"""The vendors' defects part's paper and exports (see reports.vendors).

pdf kinds:  ``work-ticket NUMBER``      报事单: the defect, its deadline, the vendor's reply
                                        (回复) and the re-inspection (复查: 合格 / 不合格, the
                                        new deadline), signed 报事人 / 外判单位签收 / 复查人;
                                        blank boxes to fill in by hand while not yet done
            ``late-defects RANGE``      未按期整改清单 for the client representative (客户代表 /
                                        业委会): every late defect whose deadline falls in
                                        RANGE (``YYYY-MM`` or ``YYYY-MM-DD..YYYY-MM-DD``)
exports:    ``defects``                 every defect (the list's columns)

Paper is Chinese.
"""

from __future__ import annotations

import calendar
import datetime as dt

from reportlab.lib.units import mm
from reportlab.platypus import Table, TableStyle

from models import clock, settings, vendors
from models.errors import DomainError, ValidationError
from models.i18n import QT_TRANSLATE_NOOP

from ..catalogue import write_list
from ..kinds import ExportKind, PdfKind
from ..paper import (
    TIME_GUIDE,
    Choices,
    FormDocument,
    grid_commands,
    guide,
    label_cell,
    person,
    value_cell,
)

__all__ = ["late_defects_pdf", "late_period", "work_ticket_pdf"]

VERDICTS = ("合格", "不合格")


def _when(moment: dt.datetime | None) -> str:
    return f"{moment:%Y-%m-%d %H:%M}" if moment else ""


def _late_words(defect) -> str:
    minutes = vendors.defect_late_minutes(defect)
    if minutes is None:
        return "逾期" if defect.late else ""
    return "逾期 " + vendors.late_duration_text(minutes, _zh)


def _zh(_context: str, text: str) -> str:
    """The duration's words on paper (always Chinese)."""
    return {"{days} d {hours} h": "{days}天{hours}小时", "{hours} h {minutes} min":
            "{hours}小时{minutes}分", "{minutes} min": "{minutes}分钟"}.get(text, text)


def _grid(rows: list[list[object]], width: float, heights: list[float]) -> Table:
    """label | value rows where a value may be a flowable (the 合格 / 不合格 boxes)."""
    label_w = 24 * mm
    value_w = (width - 2 * label_w) / 2
    commands = list(grid_commands())
    for y, row in enumerate(rows):
        if len(row) == 2:
            commands.append(("SPAN", (1, y), (3, y)))
    data = [[label_cell(c) if x % 2 == 0 else (c if not isinstance(c, (str, type(None)))
                                               else value_cell(c or "")) for x, c in
             enumerate(row)] + [""] * (4 - len(row)) for row in rows]
    table = Table(data, colWidths=[label_w, value_w, label_w, value_w], rowHeights=heights,
                  hAlign="LEFT")
    table.setStyle(TableStyle(commands))
    return table


def work_ticket_pdf(defect_id: int) -> bytes:
    """报事单 on A4: what is wrong and by when, the vendor's reply, the re-inspection."""
    d = vendors.get_defect(defect_id)
    if d.kind != vendors.TICKET:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DomainError", "{number} is a minor fault, fixed within the hour: it has no work "
            "ticket."), number=d.number, status="")
    doc = FormDocument("报事单", settings.office_name(), number=d.number, date=d.found_at.date())
    source = f"考评表 {d.evaluation.number}" if d.evaluation_id else "日常巡查"
    doc.fields([
        [("外判单位", d.vendor.name), ("现场负责人", d.vendor.lead)],
        [("发现时间", _when(d.found_at)), ("地点", d.place)],
        [("来源", source), ("报事人", person(d.created_by))],
        [("问题描述", d.text)],
        [("整改期限", f"{_when(d.due_at)} 前完成并回复管理处")],
    ], min_height_mm=9)
    doc.heading("外判单位回复（完成后填写，负责人签字交回管理处）")
    replied = d.replied_at is not None
    doc.add(lambda width: [_grid([
        ["处理情况", d.reply if replied else ""],
        ["完成时间", _when(d.replied_at) if replied else guide(TIME_GUIDE), "负责人签字", ""],
    ], width, [22 * mm, 10 * mm])])
    doc.heading("复查（管理处填写）")
    inspected = d.status in (vendors.FIXED, vendors.FAILED_AGAIN)
    chosen = {vendors.FIXED: "合格", vendors.FAILED_AGAIN: "不合格"}.get(d.status)
    redo = d.redo_by if d.status == vendors.FAILED_AGAIN else None
    doc.add(lambda width: [_grid([
        ["复查结果", Choices(VERDICTS, chosen=chosen), "复查人",
         d.reinspected_by if inspected else ""],
        ["复查时间", _when(d.reinspected_at) if inspected else guide(TIME_GUIDE),
         "重新整改期限", _when(redo) if redo else ""],
        ["逾期情况", _late_words(d) or ("按期完成" if d.status == vendors.FIXED else "")],
    ], width, [10 * mm, 10 * mm, 10 * mm])])
    doc.paragraph("说明：清洁公司须按本单规定的时间完成并回复管理处；未按期整改的，"
                  "按合同有关条款扣罚，并报客户代表 / 业委会。", size=9)
    doc.signatures([("报事人", person(d.created_by)), "外判单位签收",
                    ("复查人", d.reinspected_by if inspected else "")], space_mm=8)
    return doc.build()


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "Give the period as YYYY-MM or YYYY-MM-DD..YYYY-MM-DD."),
            field="range") from None


def late_period(text: str) -> tuple[dt.date, dt.date]:
    """(first, last day) of ``YYYY-MM`` or ``YYYY-MM-DD..YYYY-MM-DD``."""
    text = str(text or "").strip()
    if ".." in text:
        first, last = (_day(part) for part in text.split("..", 1))
    else:
        first = _day(f"{text}-01") if len(text) == 7 else _day(text)
        last = first.replace(day=calendar.monthrange(first.year, first.month)[1]) \
            if len(text) == 7 else first
    if last < first:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "The period ends before it starts."), field="range")
    return first, last


HEADERS = ["序号", "单号", "外判单位", "类别", "发现时间", "地点", "问题", "整改期限",
           "完成时间", "逾期", "状态"]


def late_defects_pdf(period: str, prepared_by: str = "", date: dt.date | None = None) -> bytes:
    """未按期整改清单: the late defects of a period, by vendor, each deducted per the contract."""
    first, last = late_period(period)
    rows = vendors.late_defects(first, last)
    doc = FormDocument("未按期整改清单", settings.office_name(), date=date or clock.today(),
                       landscape=True)
    counts: dict[str, int] = {}
    for d in rows:
        counts[d.vendor.name] = counts.get(d.vendor.name, 0) + 1
    summary = "；".join(f"{name} {n} 项" for name, n in counts.items()) or "无"
    doc.paragraph(f"期间：{first:%Y-%m-%d} 至 {last:%Y-%m-%d}（整改期限在此期间），"
                  f"未按期整改共 {len(rows)} 项：{summary}。以上各项均按合同条款扣罚，"
                  "报客户代表 / 业委会。", size=10)
    doc.table(HEADERS, [
        [n, d.number, d.vendor.name, vendors.DEFECT_KINDS.paper(d.kind), _when(d.found_at),
         d.place, d.text, _when(d.due_at), _when(d.fixed_at), _late_words(d),
         vendors.DEFECT_STATUS.paper(d.status)] for n, d in enumerate(rows, start=1)],
        col_widths=[0.8, 2.8, 3.4, 1.3, 2.6, 1.8, 4.4, 2.6, 2.6, 2.6, 1.6],
        align="CLLCLLLLLLC", font_size=8)
    doc.need(25)
    doc.signatures([("制表", prepared_by), "经理审核", "客户代表 / 业委会签收"])
    return doc.build()


PDF_KINDS: tuple = (
    PdfKind("work-ticket", "报事单 (a vendor's work ticket) by number",
            lambda number: work_ticket_pdf(vendors.defect_by_number(number).id)),
    PdfKind("late-defects", "未按期整改清单 (late vendor defects, for the client "
            "representative) for YYYY-MM or YYYY-MM-DD..YYYY-MM-DD", late_defects_pdf),
)
EXPORT_KINDS: tuple = (
    ExportKind("defects", "the vendors' defects (整改)",
               lambda target, options, translate: write_list(vendors.DEFECT_LIST, target,
                                                             translate)),
)
