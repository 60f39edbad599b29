"""投诉分析 on paper and in a workbook (seed 002 §二十一 6.0; models reception.complaints_analysis).

pdf kind:   ``complaint-analysis PERIOD``  客户投诉分析 of a half-year (``2026H1``, ``2026H2``)
                                           or a year (``2026``): the recurring problems
                                           first, then the tables and the chart by month
export:     ``complaint-analysis --from YYYY-MM-DD --to YYYY-MM-DD`` (default: this
            half-year): the same tables, one sheet each

Paper and the workbook are Chinese (an exported printed report always is).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.units import mm

from models import clock, reception, settings
from models.errors import ValidationError
from models.i18n import QT_TRANSLATE_NOOP

from .. import xlsx
from ..kinds import ExportKind, PdfKind, Translate
from ..paper import FormDocument, bar_chart

__all__ = ["analysis_sheets", "chart_series", "complaint_analysis_pdf", "period_title",
           "write_analysis"]

DEADLINES_PAPER = {
    "judge": "当日报告客服部长",
    "contact": "首次联系客户",
    "onsite": "紧急投诉人员到场",
    "remedy": "答复补救措施",
    "resolve": "一般投诉处理完成",
    "callback": "完成当日回访",
}
CHART_SERIES = 6  # the paper chart's grey tones
RECURRING_HEADERS = ["序号", "地点/房间", "投诉性质", "次数", "投诉登记表号", "研究结论及解决办法"]
SCOPE = ("统计口径：本期内受理的投诉（不论何时处理）；已取消的投诉只计入取消件数，不计入其他各项；"
         "反复出现的问题指同一地点（房间，无房间时为单位）同一性质的成立或未判定投诉本期内 2 次及以上；"
         "按时指该步骤不晚于投诉登记时记下的时限，超时含已过时限仍未办理的；"
         "回访按次数计，同一投诉多次回访各计一次；满意率 =（满意 + 基本满意）÷ 回访次数。")


def period_title(start: dt.date, end: dt.date) -> str:
    """2026年上半年 / 2026年下半年 / 2026年度, or the dates."""
    name = reception.analysis_period_name(start, end)
    if name.endswith("H1"):
        return f"{start.year}年上半年"
    if name.endswith("H2"):
        return f"{start.year}年下半年"
    if name == str(start.year):
        return f"{start.year}年度"
    return f"{start:%Y-%m-%d} 至 {end:%Y-%m-%d}"


def _percent(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f}%"


def _share(count: int, total: int) -> str:
    return _percent(count / total if total else None)


def _words(vocabulary, code: str) -> str:
    return vocabulary.paper(code) if code in vocabulary else (code or "—")


def recurring_rows(a) -> list[list[object]]:
    return [[n, r.place, _words(reception.COMPLAINT_NATURES, r.nature), r.count,
             "、".join(r.numbers), ""] for n, r in enumerate(a.recurring, start=1)]


def count_rows(pairs: Sequence[tuple[str, int]], total: int, vocabulary=None,
               blank: str = "（未分派）") -> list[list[object]]:
    out: list[list[object]] = []
    for code, count in pairs:
        word = _words(vocabulary, code) if vocabulary is not None else (code or blank)
        out.append([word, count, _share(count, total)])
    if out:
        out.append(["合计", total, _share(total, total)])
    return out


def month_headers(a) -> list[str]:
    return ["投诉性质", *month_names(a), "合计"]


def month_rows(a) -> list[list[object]]:
    out: list[list[object]] = []
    for code, counts in a.by_nature_month.items():
        out.append([_words(reception.COMPLAINT_NATURES, code), *counts, sum(counts)])
    if out:
        sums = [sum(column) for column in zip(*a.by_nature_month.values(), strict=True)]
        out.append(["合计", *sums, sum(sums)])
    return out


def deadline_rows(a) -> list[list[object]]:
    return [[DEADLINES_PAPER[r.key], r.on_time, r.late, _percent(r.rate)] for r in a.deadlines]


def verdict_rows(a) -> list[list[object]]:
    out = [[reception.COMPLAINT_VERDICTS.paper(code), a.verdicts.get(code, 0),
            _share(a.verdicts.get(code, 0), a.callbacks)] for code in reception.COMPLAINT_VERDICTS]
    out.append(["合计", a.callbacks, _share(a.callbacks, a.callbacks)])
    return out


def summary_text(a) -> str:
    text = (f"分析期间：{a.start:%Y-%m-%d} 至 {a.end:%Y-%m-%d}。受理投诉 {a.total} 件"
            + (f"（另已取消 {a.cancelled} 件）" if a.cancelled else "")
            + f"，其中成立 {a.valid} 件、不成立 {a.not_valid} 件"
            + (f"、未判定 {a.not_judged} 件" if a.not_judged else "")
            + f"；重办 {a.reopened} 件（共 {a.times_reopened} 次）；回访 {a.callbacks} 次，"
            f"满意率 {_percent(a.satisfaction)}；反复出现的问题 {len(a.recurring)} 项。")
    return text


def chart_series(a, names=None, rest: str = "其余性质") -> list[tuple[str, list[float]]]:
    """The chart's series, one per nature by month: the CHART_SERIES - 1 most frequent
    natures and the rest summed (one colour each stays readable); ``names(code)``: words."""
    names = names or (lambda code: _words(reception.COMPLAINT_NATURES, code))
    items = list(a.by_nature_month.items())  # most frequent first (analyse orders them)
    if len(items) > CHART_SERIES:
        kept, others = items[:CHART_SERIES - 1], items[CHART_SERIES - 1:]
        summed = [sum(column) for column in zip(*(c for _code, c in others), strict=True)]
        items = [*kept, ("", summed)]
    return [(names(code) if code else rest, [float(n) for n in counts]) for code, counts in items]


def month_names(a) -> list[str]:
    return [f"{int(m[5:])}月" for m in a.months]


def _chart(a, width: float):
    return bar_chart(month_names(a), chart_series(a), width, 75 * mm,
                     title="各月投诉件数（按性质）")


def _keep(rows: Sequence) -> float:
    """The heading's keep (mm): a short table stays whole with it, a long one its first rows."""
    return min(14 + 6.5 * (len(rows) + 1), 80)


def complaint_analysis_pdf(period: str, prepared_by: str = "",
                           date: dt.date | None = None) -> bytes:
    """客户投诉分析 of ``2026H1`` / ``2026H2`` / ``2026``: recurring problems first."""
    a = reception.complaints_analysis_of(period)
    doc = FormDocument(f"客户投诉分析（{period_title(a.start, a.end)}）", settings.office_name(),
                       date=date)
    doc.paragraph(summary_text(a), size=10)
    doc.heading("一、反复出现的问题（应组织有关部门深入探讨并找出解决办法）", keep_mm=30)
    if a.recurring:
        doc.table(RECURRING_HEADERS, recurring_rows(a), col_widths=[1, 2.4, 2, 1.1, 5.5, 5],
                  align="CLCRLL", font_size=9, min_height_mm=12)
    else:
        doc.paragraph("本期没有同一地点同一性质反复出现的投诉。")
    rows = count_rows(a.by_nature, a.total, reception.COMPLAINT_NATURES)
    doc.heading("二、按投诉性质", keep_mm=_keep(rows))
    doc.table(["投诉性质", "件数", "占比"], rows, col_widths=[3, 2, 2], align="CRR", share=0.6)
    if a.by_nature_month:
        doc.heading("三、各月投诉性质分布", keep_mm=90)
        doc.add(lambda width: [_chart(a, width)])
        doc.spacer(3)
        doc.table(month_headers(a), month_rows(a), align="L" + "R" * (len(a.months) + 1),
                  font_size=8)
    else:
        doc.heading("三、各月投诉性质分布", keep_mm=20)
        doc.paragraph("本期没有投诉。")
    for title, head, rows, align in (
            ("四、按被投诉部门", "被投诉部门", count_rows(a.by_department, a.total), "LRR"),
            ("五、按投诉方式", "投诉方式",
             count_rows(a.by_channel, a.total, reception.COMPLAINT_CHANNELS), "CRR"),
            ("六、按投诉级别", "级别", count_rows(a.by_level, a.total, reception.COMPLAINT_LEVELS),
             "CRR")):
        doc.heading(title, keep_mm=_keep(rows))
        doc.table([head, "件数", "占比"], rows, col_widths=[3, 2, 2], align=align, share=0.6)
    rows = deadline_rows(a)
    doc.heading("七、时限执行情况", keep_mm=_keep(rows))
    doc.table(["时限", "按时", "超时", "按时率"], rows, col_widths=[4, 2, 2, 2], align="LRRR",
              share=0.7)
    rows = verdict_rows(a)
    doc.heading("八、回访满意度", keep_mm=_keep(rows))
    doc.table(["回访结果", "次数", "占比"], rows, col_widths=[3, 2, 2], align="CRR", share=0.6)
    doc.paragraph(SCOPE, size=8)
    doc.need(25)
    doc.signatures([("分析人", prepared_by), "客服部长审核"])
    return doc.build()


def analysis_sheets(a) -> list[tuple[str, list[str], list[list[object]]]]:
    """The analysis's tables for a workbook, one sheet each, the paper's figures."""
    summary = [["分析期间", f"{a.start:%Y-%m-%d} 至 {a.end:%Y-%m-%d}"], ["受理投诉", a.total],
               ["已取消（不计入）", a.cancelled], ["成立", a.valid], ["不成立", a.not_valid],
               ["未判定", a.not_judged], ["重办件数", a.reopened], ["重办次数", a.times_reopened],
               ["回访次数", a.callbacks], ["满意率", _percent(a.satisfaction)],
               ["反复出现的问题", len(a.recurring)]]
    return [
        (f"{period_title(a.start, a.end)} 汇总", ["项目", "数值"], summary),
        ("反复出现的问题", RECURRING_HEADERS, recurring_rows(a)),
        ("按性质", ["投诉性质", "件数", "占比"],
         count_rows(a.by_nature, a.total, reception.COMPLAINT_NATURES)),
        ("各月按性质", month_headers(a), month_rows(a)),
        ("按部门", ["被投诉部门", "件数", "占比"], count_rows(a.by_department, a.total)),
        ("按方式", ["投诉方式", "件数", "占比"],
         count_rows(a.by_channel, a.total, reception.COMPLAINT_CHANNELS)),
        ("按级别", ["级别", "件数", "占比"], count_rows(a.by_level, a.total, reception.COMPLAINT_LEVELS)),
        ("时限", ["时限", "按时", "超时", "按时率"], deadline_rows(a)),
        ("回访满意度", ["回访结果", "次数", "占比"], verdict_rows(a)),
    ]


def write_analysis(target, start: dt.date, end: dt.date) -> int:
    """The analysis of ``start``..``end`` as a workbook; the rows written."""
    return sum(xlsx.write_sheets(target, analysis_sheets(reception.complaints_analysis(start,
                                                                                       end))))


def _day(text: str, field: str) -> dt.date:
    try:
        return dt.date.fromisoformat(str(text).strip())
    except ValueError:
        raise ValidationError(QT_TRANSLATE_NOOP("DomainError", "Give the dates as YYYY-MM-DD."),
                              field=field) from None


def _export(target: Path, options: dict, translate: Translate) -> int:
    """`export complaint-analysis --from --to`; without dates, the half-year of today."""
    first, last = options.get("date_from"), options.get("date_to")
    if first or last:
        start = _day(first or "", "date_from")
        end = _day(last or "", "date_to")
    else:
        today = clock.today()
        start, end = reception.analysis_period(f"{today.year}H{1 if today.month <= 6 else 2}")
    return write_analysis(target, start, end)


PDF_KINDS: tuple = (
    PdfKind("complaint-analysis", "客户投诉分析 (the complaint analysis) of a half-year "
            "2026H1 / 2026H2 or a year 2026, recurring problems first", complaint_analysis_pdf),
)
EXPORT_KINDS: tuple = (
    ExportKind("complaint-analysis", "the complaint analysis's tables (客户投诉分析)", _export,
               options=[("--from", "YYYY-MM-DD: first day (default: this half-year)"),
                        ("--to", "YYYY-MM-DD: last day")]),
)
