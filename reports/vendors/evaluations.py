"""The vendors' evaluations part's paper and exports (see reports.vendors).

pdf kinds:  ``evaluation NUMBER``          考评表 as scored: items, points off, problems, the
                                           score, the deadline, the vendor's signature
                                           (agrees / objects), the manager's ruling
            ``evaluation-blank TEMPLATE``  the template's blank sheet to walk with (清洁服务
                                           日检查表 / 周检表 / 质量月检表, 绿化考评记录,
                                           垃圾清运记录): TEMPLATE is its id or its name
exports:    ``evaluations [--from --to]``  the sheets, and every item that lost points
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from models import settings, vendors
from models.errors import NotFound, ValidationError
from models.i18n import QT_TRANSLATE_NOOP
from models.listing import ListFilter, export_rows

from .. import xlsx
from ..kinds import ExportKind, PdfKind
from ..paper import DRAFT_STAMP, VOID_STAMP, FormDocument, cancellation_text, total_row

__all__ = ["blank_sheet_pdf", "evaluation_pdf", "template_by_ref", "write_evaluations"]

HEADERS = ["序号", "区域", "考评标准", "分值", "合格", "扣分", "存在问题"]
WEIGHTS = [10, 20, 68, 12, 12, 12, 56]
ALIGN = "CLLCCCL"


def _pts(value: Decimal) -> str:
    value = Decimal(value)
    return f"{value:.0f}" if value == value.to_integral_value() else f"{value:.1f}"


def _vendor_kind(ev) -> str:
    return vendors.EVALUATION_KINDS.zh(ev.kind)


def evaluation_pdf(evaluation_id: int) -> bytes:
    """考评表 as scored; a draft prints 草稿 across, a cancelled one 已作废 with why."""
    ev = vendors.get_evaluation(evaluation_id)
    items = vendors.evaluation_items(ev.id)
    title = ev.template.name if ev.template_id else f"{_vendor_kind(ev)}表"
    doc = FormDocument(title, settings.office_name(), number=ev.number, date=ev.done_on,
                       copy_label=_vendor_kind(ev))
    doc.fields([[("外判单位", ev.vendor.name), ("服务类别", ev.vendor.kind.name)],
                [("考评日期", f"{ev.done_at:%Y-%m-%d %H:%M}" if ev.done_at else
                  f"{ev.done_on:%Y-%m-%d}"), ("合同", ev.contract.number if ev.contract_id else "")],
                [("考评人", ev.by_name), ("单位在场人员", ev.vendor_present)]], min_height_mm=7.5)
    off = sum((i.points_off for i in items if not i.passed), Decimal("0"))
    body = [[str(i.seq), i.area, i.text + ("（严重项）" if i.serious_item else ""), _pts(i.points),
             "√" if i.passed else "", "" if i.passed else _pts(i.points_off),
             "" if i.passed else i.problem + ("（开报事单）" if i.ticket else "")]
            for i in items]
    body.append(total_row("合计", {3: _pts(sum((i.points for i in items), Decimal("0"))),
                                   5: _pts(off), 6: f"得分 {_pts(ev.score)}"}, len(HEADERS),
                          span=3))
    doc.spacer(2)
    doc.table(HEADERS, body, WEIGHTS, ALIGN, font_size=9, min_height_mm=6.5)
    verdict = "不合格" if ev.failed else "合格"
    if ev.serious:
        verdict = "严重不合格"
    doc.spacer(2)
    doc.fields([[("考评结果", f"{verdict}（{_pts(ev.score)} 分）"),
                 ("整改期限", f"{ev.fix_by:%Y-%m-%d %H:%M}" if ev.fix_by else "")],
                [("存在问题", ev.problems)]], min_height_mm=9)
    if ev.agrees is not None:
        signed = f"{ev.signed_by}  {ev.signed_on:%Y-%m-%d}"
        opinion = "同意" if ev.agrees else f"有异议：{ev.objection}"
        rows = [[("外判单位意见", opinion), ("签名日期", signed)]]
        if ev.ruled_at:
            rows.append([("经理裁定", ev.ruling), ("裁定", f"{ev.ruled_by.full_name}  "
                                                     f"{ev.ruled_at:%Y-%m-%d}")])
        doc.fields(rows, min_height_mm=9)
    elif ev.status == vendors.SUBMITTED:
        doc.fields([[("外判单位意见", "□ 同意　　□ 有异议："), ("签名日期", "")]],
                   min_height_mm=12)
    if ev.status == vendors.CANCELLED:
        doc.paragraph(cancellation_text(ev), size=9)
    doc.need(25)
    doc.signatures([("考评人", ev.by_name, ""), ("外判单位确认", ev.signed_by, ""),
                    ("经理", ev.ruled_by.full_name if ev.ruled_by_id else "", "")], space_mm=6)
    doc.stamp(DRAFT_STAMP if ev.status == vendors.DRAFT else
              VOID_STAMP if ev.status == vendors.CANCELLED else None, 60)
    return doc.build()


def template_by_ref(ref: str):
    """A criteria template by its id or its name (the newest active version of that name)."""
    text = str(ref).strip()
    query = vendors.CriteriaTemplate.select()
    found = None
    if text.isdigit():
        found = query.where(vendors.CriteriaTemplate.id == int(text)).first()
    if found is None and text:
        found = (query.where(vendors.CriteriaTemplate.name == text)
                 .order_by(vendors.CriteriaTemplate.active.desc(),
                           vendors.CriteriaTemplate.version.desc()).first())
    if found is None:
        raise NotFound(QT_TRANSLATE_NOOP("DomainError", "There is no criteria sheet {ref}."),
                       ref=text[:40])
    return found


def blank_sheet_pdf(template_id: int) -> bytes:
    """The template's sheet with nothing filled in: boxes to tick, points off to write."""
    template = vendors.CriteriaTemplate.get_by_id(template_id)
    items = list(vendors.CriteriaItem.select().where(vendors.CriteriaItem.template == template)
                 .order_by(vendors.CriteriaItem.seq))
    doc = FormDocument(template.name, settings.office_name(), date="",
                       copy_label=vendors.EVALUATION_KINDS.zh(template.evaluation_kind))
    doc.fields([[("外判单位", ""), ("服务类别", template.kind.name)],
                [("考评时间", "　　年　　月　　日　　时"), ("考评人", "")],
                [("单位在场人员", ""), ("标准版本", f"第 {template.version} 版")]],
               min_height_mm=8)
    doc.paragraph("逐项检查：合格的在“合格”栏打“√”；不合格的写明扣分（不超过该项分值）和存在问题。"
                  "标有“严重项”的不合格即为严重不合格，立即报物业总监。", size=9)
    body = [[str(i.seq), i.area, i.text + ("（严重项）" if i.serious else ""), _pts(i.points),
             "", "", ""] for i in items]
    body.append(total_row("合计", {3: _pts(sum((i.points for i in items), Decimal("0"))),
                                   6: "得分："}, len(HEADERS), span=3))
    doc.spacer(2)
    doc.table(HEADERS, body, WEIGHTS, ALIGN, font_size=9, min_height_mm=9)
    doc.spacer(2)
    doc.fields([[("存在问题", "")], [("整改期限", "　　月　　日　　时前"),
                                   ("外判单位意见", "□ 同意　□ 有异议")]], min_height_mm=12)
    doc.need(25)
    doc.signatures([("考评人", "", ""), ("外判单位确认", "", ""), ("经理", "", "")], space_mm=6)
    return doc.build()


def _day(text: str | None) -> dt.date | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(str(text).strip())
    except ValueError:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "{date} is not a date; write it as 2026-03-31."),
            field="date", date=str(text)[:20]) from None


ITEM_HEADERS = ["考评单号", "日期", "外判单位", "序号", "区域", "考评标准", "分值", "扣分",
                "存在问题", "严重项"]


def _failed_items(first: dt.date | None, last: dt.date | None):
    ev, item = vendors.Evaluation, vendors.EvaluationItem
    query = (item.select(ev.number, ev.done_on, vendors.Vendor.name, item.seq, item.area,
                         item.text, item.points, item.points_off, item.problem,
                         item.serious_item)
             .join(ev, on=(item.evaluation == ev.id))
             .join(vendors.Vendor, on=(ev.vendor == vendors.Vendor.id))
             .where(~item.passed, ev.status != vendors.DRAFT))
    if first:
        query = query.where(ev.done_on >= first)
    if last:
        query = query.where(ev.done_on <= last)
    for row in query.order_by(ev.done_on, ev.number, item.seq).tuples().iterator():
        *head, serious = row
        yield [*head, "是" if serious else ""]


def write_evaluations(target: Path, options: dict, translate) -> int:
    """The sheets (as the list shows them) and every item that lost points, --from/--to."""
    spec = vendors.EVALUATION_LIST
    first, last = _day(options.get("date_from")), _day(options.get("date_to"))
    flt = ListFilter(date_from=first, date_to=last)
    columns = list(spec.columns)
    headers = [translate("Lists", c.header) for c in columns]
    rows = export_rows(spec, flt, keys=[c.key for c in columns], translate=translate)
    return xlsx.write_sheets(target, [
        (translate("Lists", spec.title), headers, rows),
        ("扣分项目", ITEM_HEADERS, _failed_items(first, last))])[0]


PDF_KINDS: tuple = (
    PdfKind("evaluation", "考评表 (a vendor's evaluation as scored) by number",
            lambda number: evaluation_pdf(vendors.evaluation_by_number(number).id)),
    PdfKind("evaluation-blank", "a criteria template's blank sheet (清洁服务日检查表…), "
            "by template id or name", lambda ref: blank_sheet_pdf(template_by_ref(ref).id)),
)
EXPORT_KINDS: tuple = (
    ExportKind("evaluations", "the vendors' evaluations and the items that lost points "
               "(外判考评记录)", write_evaluations,
               options=[("--from", "YYYY-MM-DD: sheets done from that day"),
                        ("--to", "YYYY-MM-DD: sheets done up to that day")]),
)
