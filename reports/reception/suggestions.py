"""建议/意见 on paper: the 建议/意见记录表 for a date range and the month's summary for the
client representative (客户代表); ``export suggestions``, ``pdf suggestion-month YYYY-MM``,
``pdf suggestion-list YYYY-MM-DD:YYYY-MM-DD``. Always Chinese."""

from __future__ import annotations

import datetime as dt

from models import reception, settings
from models.errors import ValidationError
from models.i18n import QT_TRANSLATE_NOOP

from ..catalogue import write_list
from ..kinds import ExportKind, PdfKind
from ..paper import FormDocument, chinese_month

__all__: list[str] = ["suggestion_list_pdf", "suggestion_month_pdf"]

SOURCES = reception.SUGGESTION_SOURCE_LABELS
STATUSES = reception.SUGGESTION_STATUS_LABELS


def _day(value: dt.date | None) -> str:
    return f"{value:%Y-%m-%d}" if value else ""


def _when(value: dt.datetime | None) -> str:
    return f"{value:%m-%d %H:%M}" if value else ""


def _rows(records) -> list[list[object]]:
    return [[n, _when(r.received_at), SOURCES.paper(r.source), r.person, r.phone, r.content,
             r.department, f"{r.ack_name} {_day(r.ack_date)}".strip(), r.result or
             STATUSES.paper(r.status)] for n, r in enumerate(records, start=1)]


HEADERS = ["序号", "时间", "来源", "当事人", "电话", "建议/意见内容", "责任部门", "部门签收",
           "处理结果"]
WIDTHS = [1, 2.2, 1.8, 1.6, 2.6, 6, 2, 2.6, 4]


def suggestion_list_pdf(first: dt.date, last: dt.date) -> bytes:
    """建议/意见记录表: every suggestion received from ``first`` to ``last``."""
    records = reception.suggestions_between(first, last)
    doc = FormDocument("建议/意见记录表", settings.office_name(), landscape=True)
    doc.paragraph(f"登记期间：{first:%Y-%m-%d} 至 {last:%Y-%m-%d}，共 {len(records)} 条", size=10)
    doc.table(HEADERS, _rows(records), col_widths=WIDTHS, align="CLCLLLLLL")
    doc.need(25)
    doc.signatures(["当值确认", "客服部长"])
    return doc.build()


def _counts(counter, words=None) -> list[list[object]]:
    total = sum(counter.values())
    rows: list[list[object]] = [[words.paper(k) if words else k, n] for k, n in
                                sorted(counter.items(), key=lambda kv: -kv[1])]
    rows.append(["合计", total])
    return rows


def suggestion_month_pdf(month: str, date: dt.date | None = None) -> bytes:
    """The month's summary for the client representative: counts, then the list."""
    summary = reception.suggestion_month(month)
    doc = FormDocument("建议/意见月度汇总表", settings.office_name(), date=date, landscape=True)
    doc.paragraph(f"汇总月份：{chinese_month(summary.last)}（{summary.first:%Y-%m-%d} 至 "
                  f"{summary.last:%Y-%m-%d} 登记的建议/意见；处理结果截至 "
                  f"{summary.closed_by:%Y-%m-%d}）    报送：客户代表", size=10)
    doc.heading("一、汇总", keep_mm=25)
    doc.fields([[("登记总数", f"{len(summary.rows)} 条"), ("已处理", f"{summary.closed} 条"),
                 ("未处理", f"{summary.open} 条")]])
    doc.heading("二、按来源", keep_mm=30)
    doc.table(["来源", "条数"], _counts(summary.by_source, SOURCES), col_widths=[3, 2],
              align="CR")
    doc.heading("三、按责任部门", keep_mm=30)
    doc.table(["责任部门", "条数"], _counts(summary.by_department), col_widths=[3, 2],
              align="LR")
    doc.heading("四、按处理结果", keep_mm=30)
    doc.table(["处理结果", "条数"], [["已处理", summary.closed], ["未处理", summary.open],
                                  ["合计", len(summary.rows)]], col_widths=[3, 2], align="CR")
    doc.heading("五、明细", keep_mm=30)
    rows = _rows(summary.rows)
    for row, record in zip(rows, summary.rows, strict=True):
        if not summary.is_closed(record):
            row[-1] = f"{row[-1]}（未处理）" if record.result else "未处理"
    doc.table(HEADERS, rows, col_widths=WIDTHS, align="CLCLLLLLL")
    doc.need(25)
    doc.signatures(["制表人", "审核人（客服部长）", "客户代表签收"])
    return doc.build()


def _range_pdf(text: str) -> bytes:
    try:
        first, last = (dt.date.fromisoformat(part) for part in str(text).split(":"))
    except ValueError:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "Give the dates as YYYY-MM-DD:YYYY-MM-DD."), field="range") from None
    return suggestion_list_pdf(first, last)


PDF_KINDS: tuple = (
    PdfKind("suggestion-month", "建议/意见月度汇总 (for the client representative) YYYY-MM",
            lambda month: suggestion_month_pdf(month)),
    PdfKind("suggestion-list", "建议/意见记录表 YYYY-MM-DD:YYYY-MM-DD", _range_pdf),
)
EXPORT_KINDS: tuple = (
    ExportKind("suggestions", "the suggestions and opinions (建议/意见)",
               lambda target, options, translate: write_list(reception.SUGGESTION_LIST, target,
                                                             translate)),
)
