"""The vendors' month part's paper and exports (see reports.vendors).

pdf kinds:  ``vendor-settlement NUMBER``   月度考评结算表: the scores and how the month's
                                           score is made, the counts, the band, every line
                                           with its reason, fee − reduction − deductions =
                                           payable with 大写; 考评人, 经理（审核）, 外判单位（确认）
            ``vendor-year YYYY/VENDOR``    年度考评汇总表: a vendor's twelve months and the
                                           score-trend chart (VENDOR: its id or its name)
exports:    ``vendor-month [--from --to]`` every settlement of the months in the range
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from reportlab.lib.units import mm

from models import settings, vendors
from models.errors import NotFound, ValidationError
from models.i18n import QT_TRANSLATE_NOOP

from .. import xlsx
from ..kinds import ExportKind, PdfKind
from ..paper import (
    DRAFT_STAMP,
    FormDocument,
    bar_chart,
    chinese_month,
    format_value,
    person,
    rmb_words,
    total_row,
    words_row,
)

__all__ = ["settlement_pdf", "write_months", "year_pdf"]


def _yuan(value) -> str:
    return f"{Decimal(value):,.2f}"


def _one(value) -> str:
    return f"{Decimal(value):.1f}"


def _pct(value) -> str:
    return f"{Decimal(value).normalize():f}%"


def settlement_pdf(settlement_id: int) -> bytes:
    """月度考评结算表: everything a clerk needs to check the payable by hand."""
    s = vendors.get_settlement(settlement_id)
    lines = vendors.settlement_lines(s.id)
    figures = _counts(s)
    doc = FormDocument("月度考评结算表", settings.office_name(), number=s.number,
                       date=(s.approved_at or s.created_at).date())
    doc.fields([[("外判单位", s.vendor.name), ("服务类别", s.vendor.kind.name)],
                [("合同编号", s.contract.number), ("考评月份", chinese_month(s.month))],
                [("考评期间", f"{s.starts_on} 至 {s.ends_on}"), ("合同月费", f"{_yuan(s.monthly_fee)} 元")]],
               min_height_mm=7.5)
    doc.heading("一、月度得分", keep_mm=40)
    both = figures["daily"] and figures["systematic"]
    formula = (f"（{_one(s.daily_average)} + {_one(s.systematic_average)}）÷ 2 = {_one(s.score)}"
               if both else f"{_one(s.score)}（{s.note}）")
    doc.table(["项目", "份数", "平均分", "说明"], [
        ["日常考评（日检）", str(figures["daily"]), _one(s.daily_average) if figures["daily"] else "—",
         "已确认的日检表得分的平均数"],
        ["系统考评（含月检）", str(figures["systematic"]),
         _one(s.systematic_average) if figures["systematic"] else "—",
         "已确认的系统考评、月检表得分的平均数"],
        ["月度得分", "", _one(s.score), formula],
    ], [40, 16, 20, 90], "LCCL", font_size=9.5)
    doc.heading("二、检查不合格次数与档次", keep_mm=35)
    alert = "已通报服务中心经理及公司技术部" if s.alert else "未达通报次数"
    doc.fields([[("日检不合格", f"{s.failed_daily} 次（满{vendors.DAILY_LIMIT}次起每次扣款）"),
                 ("周检不合格", f"{s.failed_weekly} 次（满{vendors.WEEKLY_LIMIT}次起每次扣款）")],
                [("通报", alert), ("档次", f"得分≥{_one(s.band_from)}分，扣减月费{_pct(s.band_pct)}"
                                     + ("，书面警告" if s.warning else ""))]],
               min_height_mm=7.5)
    doc.heading("三、扣减明细", keep_mm=40)
    body = [[str(n), vendors.CLAUSE_LABELS.paper(line.clause), line.reason, _yuan(line.amount)]
            for n, line in enumerate(lines, start=1)]
    last = f"第2–{len(lines)}项" if len(lines) > 2 else ("第2项" if len(lines) == 2 else "无")
    body.append(total_row("档次扣减（第1项）", {3: _yuan(s.band_reduction)}, 4, span=3))
    body.append(total_row(f"扣款合计（{last}）", {3: _yuan(s.deductions)}, 4, span=3,
                          rule=False))
    body.append(total_row(f"应付金额 = {_yuan(s.monthly_fee)} − {_yuan(s.band_reduction)} − "
                          f"{_yuan(s.deductions)}", {3: _yuan(s.payable)}, 4, span=3))
    body.append(words_row("金额大写", rmb_words(s.payable), 4, label_span=2))
    doc.table(["序号", "项目", "事由", "金额（元）"], body, [10, 26, 110, 26], "CLLR",
              font_size=9)
    if Decimal(s.monthly_fee) - Decimal(s.band_reduction) - Decimal(s.deductions) < 0:
        doc.paragraph("扣减超过月费，应付金额按零计。", size=9)
    if s.note and both:
        doc.paragraph(s.note, size=9)
    doc.need(30)
    approved = s.approved_at.strftime("%Y-%m-%d") if s.approved_at else ""
    signed = s.vendor_signed_on.isoformat() if s.vendor_signed_on else ""
    doc.signatures([("考评人", person(s.created_by), s.created_at.strftime("%Y-%m-%d")),
                    ("经理（审核）", person(s.approved_by), approved),
                    ("外判单位（确认）", s.vendor_signed_by, signed)], space_mm=8)
    doc.stamp(DRAFT_STAMP if s.status == vendors.DRAFT else None, rise_mm=90)
    return doc.build()


def _counts(s) -> dict:
    """How many sheets each average was made of (the sheet prints them)."""
    sheets = vendors.Evaluation.select(vendors.Evaluation.kind).where(
        (vendors.Evaluation.vendor == s.vendor_id)
        & (vendors.Evaluation.status == vendors.CONFIRMED)
        & (vendors.Evaluation.done_on >= s.starts_on) & (vendors.Evaluation.done_on <= s.ends_on))
    kinds = [e.kind for e in sheets]
    return {"daily": kinds.count(vendors.DAILY),
            "systematic": sum(kinds.count(k) for k in vendors.SYSTEMATIC_KINDS)}


def _vendor_and_year(text: str) -> tuple[vendors.Vendor, int]:
    year, _, who = str(text).strip().partition("/")
    try:
        number = int(year)
    except ValueError:
        number = 0
    vendor = vendors.Vendor.get_or_none(
        (vendors.Vendor.id == int(who)) if who.isdigit() else (vendors.Vendor.name == who.strip()))
    if not 2000 <= number <= 2100:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "{text} is not a year and a vendor; write it as 2026/1."),
            field="year", text=str(text)[:40])
    if vendor is None:
        raise NotFound(QT_TRANSLATE_NOOP("DomainError", "There is no vendor {vendor}."),
                       vendor=who[:40])
    return vendor, number


def year_pdf(vendor_id: int, year: int) -> bytes:
    """年度考评汇总表: the twelve months of one vendor and the trend of the month's score."""
    vendor = vendors.Vendor.get_by_id(vendor_id)
    rows = vendors.year_rows(vendor.id, year)
    doc = FormDocument("外判单位年度考评汇总表", settings.office_name(), number=f"{year}年度",
                       date=None, landscape=True)
    doc.fields([[("外判单位", vendor.name), ("服务类别", vendor.kind.name),
                 ("年度", f"{year}年")]], min_height_mm=7.5)
    body, totals = [], {"fee": Decimal("0"), "band": Decimal("0"), "ded": Decimal("0"),
                        "pay": Decimal("0")}
    for row in rows:
        s = row.settlement
        if s is None:
            body.append([chinese_month(row.month), "", "", "", "", "", "", "", "", "未结算"])
            continue
        totals["fee"] += Decimal(s.monthly_fee)
        totals["band"] += Decimal(s.band_reduction)
        totals["ded"] += Decimal(s.deductions)
        totals["pay"] += Decimal(s.payable)
        body.append([chinese_month(s.month), _one(s.daily_average), _one(s.systematic_average),
                     _one(s.score), str(s.failed_daily), str(s.failed_weekly),
                     _yuan(s.monthly_fee), _yuan(s.band_reduction), _yuan(s.deductions),
                     _yuan(s.payable) + (" 警告" if s.warning else "")
                     + ("" if s.status != vendors.DRAFT else " 草稿")])
    body.append(total_row("全年合计", {6: _yuan(totals["fee"]), 7: _yuan(totals["band"]),
                                     8: _yuan(totals["ded"]), 9: _yuan(totals["pay"])}, 10,
                          span=6))
    doc.table(["月份", "日检平均", "系统平均", "月度得分", "日检不合格", "周检不合格",
               "月费", "档次扣减", "扣款", "应付"], body,
              [20, 16, 16, 16, 16, 16, 22, 20, 20, 26], "CCCCCCRRRR", font_size=8.5)
    scores = [float(r.settlement.score) if r.settlement else 0.0 for r in rows]
    doc.add(lambda width: [bar_chart([f"{int(r.month[5:])}月" for r in rows],
                                     [("月度得分", scores)], width=width, height=50 * mm,
                                     value_format="{:.1f}", title=f"{year}年月度得分走势")])
    doc.signatures([("制表", "", ""), ("经理", "", "")], with_date=False, space_mm=3)
    return doc.build()


def _year_by_text(text: str) -> bytes:
    vendor, year = _vendor_and_year(text)
    return year_pdf(vendor.id, year)


def _month_option(text: str | None, default: str) -> str:
    if not text:
        return default
    text = str(text).strip()
    return vendors.clean_month(text[:7])


def write_months(target: Path, options: dict, translate) -> int:
    """Every settlement of the months from --from to --to (YYYY-MM or a date in it)."""
    first = _month_option(options.get("date_from"), "0000-00")
    last = _month_option(options.get("date_to"), "9999-99")
    query = (vendors.Settlement.select().join(vendors.Vendor)
             .where((vendors.Settlement.month >= first) & (vendors.Settlement.month <= last))
             .order_by(vendors.Settlement.month, vendors.Vendor.name))
    rows = []
    for s in query:
        reasons = "；".join(f"{line.reason} {line.amount}" for line in vendors.settlement_lines(s.id)
                           if line.clause != vendors.BAND)
        rows.append([s.number, s.month, s.vendor.name, format_value(s.starts_on),
                     format_value(s.ends_on), float(s.daily_average),
                     float(s.systematic_average), float(s.score), s.failed_daily,
                     s.failed_weekly, "是" if s.alert else "", float(s.monthly_fee),
                     float(s.band_pct), float(s.band_reduction), float(s.deductions),
                     float(s.payable), vendors.SETTLEMENT_STATUS.paper(s.status),
                     person(s.approved_by), s.vendor_signed_by, reasons])
    return xlsx.write_table(target, "月度考评结算", [
        "编号", "月份", "外判单位", "起", "止", "日检平均", "系统平均", "月度得分", "日检不合格",
        "周检不合格", "通报", "月费", "档次扣减%", "档次扣减", "扣款", "应付", "状态", "审核",
        "单位确认", "扣款事由"], rows)


PDF_KINDS: tuple = (
    PdfKind("vendor-settlement", "月度考评结算表 (a vendor's month) by settlement number",
            lambda number: settlement_pdf(vendors.settlement_by_number(number).id)),
    PdfKind("vendor-year", "外判单位年度考评汇总表 (a vendor's year with the trend), YYYY/VENDOR",
            lambda text: _year_by_text(text)),
)
EXPORT_KINDS: tuple = (
    ExportKind("vendor-month", "the vendors' monthly settlements (月度考评结算)", write_months,
               options=[("--from", "YYYY-MM: from this month"),
                        ("--to", "YYYY-MM: up to this month")]),
)

