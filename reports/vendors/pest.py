"""Pest control's paper and exports (see reports.vendors).

pdf kinds:  ``pest-record YYYY-MM``  病媒生物防治记录表: a month's treatments (every contractor),
            when, where, the agent, the operator, the contractor's signature, the callback;
            the month's count of scheduled treatments against the two due; signed 客服部 /
            承包商 (§十八 3.3: the settlement of the month is checked against it)
exports:    ``pest-control``         every treatment (the list's columns)
"""

from __future__ import annotations

import datetime as dt

from models import settings, vendors
from models.errors import ValidationError
from models.i18n import QT_TRANSLATE_NOOP

from ..catalogue import write_list
from ..kinds import ExportKind, PdfKind
from ..paper import FormDocument

__all__ = ["pest_record_pdf"]


def _month(text: str) -> tuple[dt.date, dt.date]:
    try:
        first = dt.date.fromisoformat(f"{(text or '').strip()}-01")
    except ValueError:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "{value} is not a month (write it as 2026-03)."), field="month",
            value=(text or "")[:20]) from None
    following = (first + dt.timedelta(days=32)).replace(day=1)
    return first, following - dt.timedelta(days=1)


def _callback(t) -> str:
    if t.status != vendors.TREATMENT_DONE:
        return ""
    if not t.verdict:
        return "待回访"
    return f"{vendors.CALLBACK_STATE.zh(t.verdict)} {t.called_back_at:%m-%d}"


def pest_record_pdf(month: str) -> bytes:
    """病媒生物防治记录表 of ``month`` (YYYY-MM), A4 landscape."""
    first, last = _month(month)
    T = vendors.PestTreatment  # noqa: N806
    rows = list(T.select().where(
        (T.status != vendors.TREATMENT_CANCELLED)
        & (((T.done_at >= dt.datetime.combine(first, dt.time.min))
            & (T.done_at < dt.datetime.combine(last + dt.timedelta(days=1), dt.time.min)))
           | (T.done_at.is_null() & (T.planned_on >= first) & (T.planned_on <= last))))
        .order_by(T.planned_on, T.id))
    doc = FormDocument("病媒生物防治记录表", settings.office_name(), date=last, landscape=True)
    doc.paragraph(f"月份：{first.year}年{first.month:02d}月")
    doc.table(
        ["序号", "编号", "类别", "施药时间", "施药区域", "药剂", "操作人", "承包商签名", "回访",
         "备注"],
        [[i, t.number, vendors.TREATMENT_KINDS.paper(t.kind),
          f"{t.done_at:%Y-%m-%d %H:%M}" if t.done_at else f"{t.planned_on:%Y-%m-%d}（待施药）",
          t.areas, t.agent, t.operator, t.signed_by, _callback(t),
          (f"返工：{t.redo_of.number}" if t.redo_of_id else t.request_text)[:40]]
         for i, t in enumerate(rows, 1)],
        col_widths=[4, 13, 5, 13, 11, 16, 7, 9, 11, 15], align="CLCLLLLLLL", min_height_mm=8)
    for vendor in vendors.pest_vendors(active_only=False):
        done = len(vendors.treatments_in(vendor.id, first, last))
        missed = vendors.missed_treatments(vendor.id, first, last)
        doc.paragraph(f"{vendor.name}：本月定期消杀 {done} 次（应 {vendors.PER_MONTH} 次）"
                      + (f"，缺 {missed} 次" if missed else ""))
    doc.signatures([("客服部检查", ""), ("承包商", "")])
    return doc.build()


PDF_KINDS: tuple = (
    PdfKind("pest-record", "病媒生物防治记录表 (a month's pest-control treatments) by YYYY-MM",
            pest_record_pdf),
)
EXPORT_KINDS: tuple = (
    ExportKind("pest-control", "every pest-control treatment (消杀记录)",
               lambda target, options, translate: write_list(vendors.TREATMENT_LIST, target,
                                                             translate)),
)
