"""客户投诉 on paper and in a spreadsheet (see reports.reception).

pdf kinds:  ``complaint-notice NUMBER``  客户投诉处理通知单, two copies on one A4 (客服部存根 /
                                         责任部门联); its number is the register's
            ``complaint-register RANGE`` 客户投诉登记表: RANGE is a month ``YYYY-MM``, a day
                                         ``YYYY-MM-DD`` or ``YYYY-MM-DD..YYYY-MM-DD``
exports:    ``complaints`` (the list as the clerk sees it)

Paper is Chinese.
"""

from __future__ import annotations

import datetime as dt

from models import reception, repairs, settings
from models.errors import ValidationError
from models.i18n import QT_TRANSLATE_NOOP
from models.reception import Complaint

from ..catalogue import write_list
from ..kinds import ExportKind, PdfKind
from ..paper import FormDocument, format_value

__all__ = ["complaint_notice_document", "complaint_notice_pdf", "complaint_notice_pdf_by_number",
           "complaint_register_pdf", "parse_range"]

COPY_LABELS = ("客服部存根", "责任部门联")
LABEL_MM = 22  # one label width for every grid of the notice, so their rulings line up
CHOICES = "□ 满意    □ 基本满意    □ 不满意"
REGISTER_HEADERS = ["序号", "投诉登记表号", "投诉时间", "投诉方式", "投诉人", "单位/房间", "联系电话",
                    "性质", "投诉内容", "级别", "责任部门", "处理结果", "回访结果", "状态"]


def _paper(vocabulary, code: str) -> str:
    return vocabulary.paper(code) if code else ""


def _when(value) -> str:
    return format_value(value) if value else ""


def complaint_notice_document(c: Complaint) -> FormDocument:
    """One copy of the 客户投诉处理通知单 (the top printed, the department's part left to fill
    in by hand unless already recorded)."""
    doc = FormDocument("客户投诉处理通知单", settings.office_name(), number=c.number,
                       date=c.received_at.date())
    place = " ".join(part for part in (c.unit, c.room) if part)
    doc.fields([
        [("投诉时间", c.received_at), ("投诉方式", _paper(reception.COMPLAINT_CHANNELS, c.channel)),
         ("级别", _paper(reception.COMPLAINT_LEVELS, c.level))],
        [("投诉人", c.customer), ("联系电话", c.phone), ("单位/房间", place)],
        [("性质", _paper(reception.COMPLAINT_NATURES, c.nature)), ("责任部门", c.department),
         ("责任人", c.responsible)],
        [("投诉内容", c.summary)],
        [("客户要求", c.request)],
        [("要求时限", f"首次联系 {_when(c.contact_due)}；答复补救措施 {_when(c.remedy_due)}"
                     + (f"；处理完成 {_when(c.resolve_due)}" if c.resolve_due else ""))],
        [("签收人", c.signed_by), ("签收时间", _when(c.signed_at))],
    ], min_height_mm=7.5, label_width_mm=LABEL_MM)
    doc.heading("以下由责任部门填写（处理完毕交回客服部）")
    doc.fields([[("补救措施", c.remedy)]], min_height_mm=16, label_width_mm=LABEL_MM)
    doc.fields([
        [("纠正措施", c.correction), ("计划完成", c.correction_due or "")],
        [("完成时间", _when(c.done_at)), ("负责人签字", "")],
    ], min_height_mm=9, label_width_mm=LABEL_MM)
    doc.heading("回访")
    last = reception.complaint_callbacks(c)[-1:] if c.id else []
    result = _paper(reception.COMPLAINT_VERDICTS, last[0].verdict) if last else CHOICES
    doc.fields([
        [("回访结果", result), ("回访人", last[0].by_name if last else "")],
        [("客户意见", last[0].words if last else ""), ("客户签字", "")],
    ], min_height_mm=8, label_width_mm=LABEL_MM)
    return doc


def complaint_notice_pdf(complaint_id: int) -> bytes:
    """The notice on one A4 sheet: 客服部存根 above, 责任部门联 below, cut line between."""
    return complaint_notice_document(reception.get_complaint(complaint_id)).build_two_up(
        COPY_LABELS)


def complaint_notice_pdf_by_number(number: str) -> bytes:
    return complaint_notice_pdf(reception.complaint_by_number(number).id)


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "Give the period as YYYY-MM, YYYY-MM-DD or "
            "YYYY-MM-DD..YYYY-MM-DD."), field="range") from None


def parse_range(text: str) -> tuple[dt.date, dt.date]:
    """(first, last day) of ``YYYY-MM``, ``YYYY-MM-DD`` or ``YYYY-MM-DD..YYYY-MM-DD``."""
    text = str(text or "").strip()
    if ".." in text:
        first, last = (_day(part) for part in text.split("..", 1))
    elif len(text) == 7:
        start, end = repairs.month_bounds(text)
        first, last = start.date(), end.date() - dt.timedelta(days=1)
    else:
        first = last = _day(text)
    if last < first:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "The period ends before it starts."), field="range")
    return first, last


def register_rows(rows: list[Complaint]) -> list[list[object]]:
    out = []
    for n, c in enumerate(rows, start=1):
        place = " ".join(part for part in (c.unit, c.room) if part)
        result = c.remedy or c.explanation or c.cancel_reason
        out.append([n, c.number, c.received_at, _paper(reception.COMPLAINT_CHANNELS, c.channel),
                    c.customer, place, c.phone, _paper(reception.COMPLAINT_NATURES, c.nature), c.summary,
                    _paper(reception.COMPLAINT_LEVELS, c.level), c.department, result,
                    _paper(reception.COMPLAINT_VERDICTS, c.verdict),
                    reception.COMPLAINT_STATUS.paper(c.status)])
    return out


def complaint_register_pdf(period: str, prepared_by: str = "",
                           date: dt.date | None = None) -> bytes:
    """客户投诉登记表 for a period: every complaint received in it, oldest first; landscape."""
    first, last = parse_range(period)
    rows = reception.complaint_register_rows(first, last)
    doc = FormDocument("客户投诉登记表", settings.office_name(), date=date, landscape=True)
    doc.paragraph(f"登记期间：{first:%Y-%m-%d} 至 {last:%Y-%m-%d}，共 {len(rows)} 件。", size=10)
    doc.table(REGISTER_HEADERS, register_rows(rows),
              col_widths=[0.9, 3.2, 3.1, 1.6, 1.6, 2.2, 2.4, 1.6, 5, 1, 1.6, 3.5, 1.6, 1.4],
              align="CLLCLLLCLCLLCC", font_size=8)
    doc.need(25)
    doc.signatures([("登记人", prepared_by), "客服部长审核"])
    return doc.build()


PDF_KINDS: tuple = (
    PdfKind("complaint-notice", "客户投诉处理通知单 (a complaint's handling notice) by number, "
            "two copies on one A4", complaint_notice_pdf_by_number),
    PdfKind("complaint-register", "客户投诉登记表 (the complaint register) for YYYY-MM, "
            "YYYY-MM-DD or YYYY-MM-DD..YYYY-MM-DD", complaint_register_pdf),
)
EXPORT_KINDS: tuple = (
    ExportKind("complaints", "the complaints (客户投诉登记)",
               lambda target, options, translate: write_list(reception.COMPLAINT_LIST, target,
                                                             translate)),
)
