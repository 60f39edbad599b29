"""The 工程维修月报: a month's repair figures on paper and as a workbook, the same figures."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from models import repairs, settings
from models.repairs import MonthlyReport

from .. import xlsx
from ..kinds import Translate
from ..paper import FormDocument, chinese_month

NO_DEPARTMENT = "（未填写）"


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
        [repairs.VERDICT_LABELS.paper(v), report.callbacks.get(v, 0), _pct(report.callbacks.get(v, 0), total)]
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


def monthly_report_pdf(month: str, prepared_by: str = "", date: dt.date | None = None) -> bytes:
    """The 工程维修月报 for YYYY-MM on A4: figures, by category, callbacks, by department,
    signed by 制表人 and 审核人（经理）. A malformed month raises ValidationError."""
    report = repairs.monthly_report(month)
    doc = FormDocument("工程维修月报", settings.office_name(), date=date)
    doc.paragraph(_month_title(report), size=10)
    doc.heading("一、汇总", keep_mm=35)  # a heading never ends a page alone
    items = [(label, f"{_num(value)} {unit}" if value is not None else "—")
             for label, value, unit in summary_items(report)]
    doc.fields([items[i:i + 3] for i in range(0, len(items), 3)], min_height_mm=7.5)
    doc.heading("二、按类别统计", keep_mm=35)
    doc.table(["类别", "单数", "占比（%）"], _paper_rows(category_rows(report)),
              col_widths=[3, 2, 2], align="CRR")
    doc.heading("三、回访满意度", keep_mm=35)
    doc.table(["回访评价", "次数", "占比（%）"], _paper_rows(callback_rows(report)),
              col_widths=[3, 2, 2], align="CRR")
    rate = summary_items(report)[-1][1]
    doc.paragraph(f"满意率 =（满意 + 基本满意）÷ 回访次数 = {_num(rate)}%" if rate is not None
                  else "满意率：本月报修的工单尚无回访。")
    doc.heading("四、按部门统计", keep_mm=35)
    doc.table(["报修部门", "单数", "占比（%）"], _paper_rows(department_rows(report)),
              col_widths=[3, 2, 2], align="LRR")
    doc.paragraph(
        "统计口径：本月内报修的工单（不论何时处理）；已取消的工单只计入报修总数与已取消，"
        "不计入其他各项；按时完工指完工时间不晚于完工时限；平均时长自报修时间起算；"
        "月末未完结指月末时仍为待派工、已派工或处理中；回访按次数计，同一工单多次回访各计一次。",
        size=8,
    )
    doc.need(30)  # the signatures stay under the figures
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
