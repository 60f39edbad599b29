"""客户投诉 on paper and in a spreadsheet (see reports.reception).

pdf kinds:  ``complaint-notice NUMBER``  客户投诉处理通知单, two copies on one A4 (客服部存根 /
                                         责任部门联; complaints_notice); its number is the
                                         register's
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
from ..paper import FormDocument
from .complaints_notice import (
    complaint_notice_document,
    complaint_notice_pdf,
    complaint_notice_pdf_by_number,
)

__all__ = ["complaint_notice_document", "complaint_notice_pdf", "complaint_notice_pdf_by_number",
           "complaint_register_pdf", "parse_range"]

REGISTER_HEADERS = ["序号", "投诉登记表号", "投诉时间", "投诉方式", "投诉人", "单位/房间", "联系电话",
                    "性质", "投诉内容", "级别", "责任部门", "处理结果", "回访结果", "状态"]


def _paper(vocabulary, code: str) -> str:
    return vocabulary.paper(code) if code else ""


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
