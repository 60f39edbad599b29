"""The signage inspections part's paper and exports (see reports.signage).

pdf kinds:  ``sign-inspection-sheet ROUND``  标识检查表, blind: tick columns 合格 / 不清楚 /
                                            损坏 / 缺失 / 位置不当 / 内容不合理, a remarks line
            ``sign-quarter YYYY-Qn``         季度检查记录: 序号, 位置, 标识, 结果, 问题, 措施,
                                            期限, 完成, 检查人
exports:    ``sign-inspections [--from --to]``  every inspected line with its correction, by quarter
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from models import settings, signage
from models.errors import ValidationError
from models.i18n import QT_TRANSLATE_NOOP

from .. import xlsx
from ..kinds import ExportKind, PdfKind
from ..paper import FormDocument, format_value

__all__ = ["inspection_sheet_pdf", "quarter_record_pdf", "write_inspections"]

SHEET_HEADERS = ["序号", "编号", "标识内容", "位置", "合格", "不清楚", "损坏", "缺失",
                 "位置不当", "内容不合理", "备注"]
SHEET_WEIGHTS = [9, 18, 48, 34, 12, 13, 12, 12, 15, 17, 40]  # mm on A4 landscape


def _place(sign) -> str:
    return " ".join(p for p in (sign.building, sign.floor, sign.room) if p)


def _scope(rnd) -> str:
    return rnd.department.name if rnd.department_id else "全楼"


def inspection_sheet_pdf(round_id: int) -> bytes:
    """标识检查表 for walking the building: every sign of the round, the tick columns empty
    (blind, whatever has been typed already), a line for remarks, the signatures."""
    rnd = signage.get_round(round_id)
    lines = signage.round_lines(rnd.id)
    doc = FormDocument("标识检查表", settings.office_name(), number=rnd.number,
                       date=rnd.started_at.date(), landscape=True,
                       copy_label=signage.ROUND_KIND_LABELS.paper(rnd.kind))
    doc.fields([[("检查范围", _scope(rnd)), ("季度", rnd.quarter),
                 ("标识数", f"{len(lines)} 块")],
                [("检查人", rnd.inspector), ("检查日期", ""), ("", "")]], min_height_mm=7.5)
    doc.paragraph("逐块查看，在相应栏内打“√”；不合格的在备注栏写明情况（缺失的写明最后所见位置）。",
                  size=9)
    body = [[str(line.no), line.sign.number, line.sign.text, _place(line.sign),
             "", "", "", "", "", "", ""] for line in lines]
    doc.spacer(2)
    doc.table(SHEET_HEADERS, body, SHEET_WEIGHTS, "CLLLCCCCCCL", font_size=9, min_height_mm=7)
    doc.need(45)
    doc.spacer(2)
    doc.fields([[("检查情况说明", "")]], min_height_mm=18)  # the line for remarks, to write on
    doc.signatures([("检查人", rnd.inspector, ""), ("部门负责人", "", ""), ("客服部", "", "")],
                   space_mm=6)
    return doc.build()


QUARTER_HEADERS = ["序号", "位置", "标识", "结果", "问题", "措施", "期限", "完成", "检查人"]
QUARTER_WEIGHTS = [10, 34, 55, 16, 36, 42, 20, 20, 16]


def _quarter(text: str) -> str:
    text = str(text).strip().upper()
    try:
        signage.quarter_bounds(text)
    except (ValueError, IndexError):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "{quarter} is not a quarter; write it as 2026-Q1."),
            field="quarter", quarter=text[:20]) from None
    return text


def quarter_record_pdf(quarter: str) -> bytes:
    """季度检查记录: every closed round's lines of the quarter (the failed ones with their
    correction, deadline and done date), and whether the quarter was inspected in full."""
    quarter = _quarter(quarter)
    rows = signage.quarter_rows(quarter)
    cover = signage.coverage(quarter)
    failed = sum(1 for r in rows if r.result != "合格")
    year, q = quarter.split("-Q")
    doc = FormDocument("标识季度检查记录", settings.office_name(), date=None, landscape=True)
    doc.fields([[("季度", f"{year}年第{q}季度"), ("应检标识", f"{cover.signs} 块"),
                 ("已检标识", f"{cover.inspected} 块"),
                 ("全面检查", "是" if cover.full else ("否" if cover.finished else "进行中"))],
                [("检查记录", f"{len(rows)} 条"), ("不合格", f"{failed} 条"),
                 ("逾期未整改", f"{sum(1 for r in rows if r.late)} 条"), ("", "")]],
               min_height_mm=7.5)
    body = [[str(r.no), r.place, r.sign, r.result, r.problem, r.action, format_value(r.due),
             format_value(r.done), r.inspector] for r in rows]
    if not body:
        body = [["", "", "本季度没有已完成的检查", "", "", "", "", "", ""]]
    doc.spacer(2)
    doc.table(QUARTER_HEADERS, body, QUARTER_WEIGHTS, "CLLCLLCCC", font_size=9)
    doc.signatures([("制表", "", ""), ("客服部负责人", "", ""), ("服务中心", "", "")],
                   space_mm=6)
    return doc.build()


def _day(text: str | None, default: dt.date) -> dt.date:
    if not text:
        return default
    try:
        return dt.date.fromisoformat(str(text).strip())
    except ValueError:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "{date} is not a date; write it as 2026-03-31."),
            field="date", date=str(text)[:20]) from None


def write_inspections(target: Path, options: dict, translate) -> int:
    """Every inspected line with its correction, of the quarters that overlap --from/--to."""
    first = _day(options.get("date_from"), dt.date.min)
    last = _day(options.get("date_to"), dt.date.max)
    quarters = [q for q in sorted({r.quarter for r in signage.InspectionRound.select(
        signage.InspectionRound.quarter).distinct()})
        if signage.quarter_bounds(q)[0] <= last and signage.quarter_bounds(q)[1] >= first]
    rows = [[quarter, *[format_value(v) for v in (r.no, r.place, r.sign, r.result, r.problem,
                                                   r.action, r.due, r.done, r.inspector)],
             "逾期" if r.late else ""]
            for quarter in quarters for r in signage.quarter_rows(quarter)]
    return xlsx.write_table(target, "标识检查记录", ["季度", *QUARTER_HEADERS, "逾期"], rows)


PDF_KINDS: tuple = (
    PdfKind("sign-inspection-sheet", "标识检查表 (blind inspection sheet) by round number",
            lambda number: inspection_sheet_pdf(signage.round_by_number(number).id)),
    PdfKind("sign-quarter", "标识季度检查记录 (the quarter's inspection record), YYYY-Qn",
            quarter_record_pdf),
)
EXPORT_KINDS: tuple = (
    ExportKind("sign-inspections", "the sign inspections with their corrections (标识检查记录)",
               write_inspections, options=[("--from", "YYYY-MM-DD: quarters from the one it falls in"),
                        ("--to", "YYYY-MM-DD: quarters up to the one it falls in")]),
)
