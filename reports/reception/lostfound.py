"""拾遗 on paper and in spreadsheets (see reports.reception).

pdf kinds:  ``found-item NUMBER``   失物移交记录表 (one found item, its hand-over signed)
            ``claim NUMBER``        失物认领表 (one claim, signed by the owner)
            ``unclaimed YYYY-MM``   未认领失物汇总 (the month's, for the property director)
exports:    ``lost-found``, ``loss-reports``, ``claims`` (the lists as the clerk sees them;
            claims with the ID number masked)

ID numbers are printed masked (the claim keeps its masked form); paper is Chinese.
"""

from __future__ import annotations

import datetime as dt

from models import reception, settings
from models.reception import Claim, FoundItem

from ..catalogue import write_list
from ..kinds import ExportKind, PdfKind
from ..paper import FormDocument, chinese_month, format_value

__all__ = ["claim_pdf", "claim_pdf_by_number", "found_item_pdf", "found_item_pdf_by_number",
           "unclaimed_pdf"]

UNCLAIMED_HEADERS = ["序号", "单号", "拾获日期", "物品名称", "款式", "型号", "数量", "拾获地点",
                     "拾遗人", "鉴定价值（元）", "存放位置", "现状（至今）"]


def _yes_no(value: bool) -> str:
    return "是" if value else "否"


def _value(item: FoundItem) -> str:
    return "未鉴定" if item.value is None else f"{item.value:.2f} 元"


def _item_rows(item: FoundItem) -> list[list[tuple[str, object]]]:
    return [
        [("物品名称", item.item_name), ("数量", item.quantity)],
        [("款式", item.style), ("型号", item.model)],
        [("拾获日期", item.found_on), ("拾获地点", item.place)],
    ]


def found_item_document(item: FoundItem) -> FormDocument:
    """失物移交记录表: the finder hands the item over, the office signs for it."""
    doc = FormDocument("失物移交记录表", settings.office_name(), number=item.number,
                       date=item.found_on)
    doc.fields([
        [("拾遗人", item.finder), ("联系电话", item.finder_phone)],
        [("本公司员工", _yes_no(item.finder_is_staff)), ("现状", reception.ITEM_STATUS.paper(
            item.status))],
        *_item_rows(item),
        [("鉴定价值", _value(item)), ("存放位置", item.storage)],
        [("签收人", item.handed_to), ("签收时间", item.handed_at)],
        [("备注", item.note)],
    ], min_height_mm=8.5)
    record = reception.claim_of(item)
    if record is not None:
        doc.heading("认领情况")
        doc.fields([[("认领单号", record.number), ("认领时间", record.claimed_at)],
                    [("失主", record.owner), ("证件号码", record.id_masked)]])
    if item.status == reception.DISPOSED:
        doc.heading("处置情况")
        doc.fields([[("处置时间", item.disposed_at), ("批准人", item.disposed_by.full_name)],
                    [("处置原因", item.dispose_reason)]])
    doc.signatures([("移交人（拾遗人）", item.finder),
                    ("签收人", item.handed_to, format_value(item.handed_at))])
    doc.paragraph("本表复印一份存档，原件连同失物一起保存。", size=8)
    doc.stamp("已处置" if item.status == reception.DISPOSED else None, rise_mm=60)
    return doc


def found_item_pdf(item_id: int) -> bytes:
    return found_item_document(reception.get_found_item(item_id)).build()


def found_item_pdf_by_number(number: str) -> bytes:
    return found_item_pdf(reception.found_item_by_number(number).id)


def claim_document(record: Claim) -> FormDocument:
    """失物认领表: what was handed out, to whom, on which ID (masked), signed by the owner."""
    item = record.item
    doc = FormDocument("失物认领表", settings.office_name(), number=record.number,
                       date=record.claimed_at.date())
    doc.heading("失物")
    doc.fields([[("失物单号", item.number), ("存放位置", item.storage)], *_item_rows(item)],
               min_height_mm=8.5)
    doc.heading("失主")
    doc.fields([
        [("失主姓名", record.owner), ("联系电话", record.phone)],
        [("证件类型", reception.ID_TYPES.paper(record.id_type)), ("证件号码", record.id_masked)],
        [("认领时间", record.claimed_at), ("经办人", record.handled_by)],
        [("报失单号", record.loss_report.number if record.loss_report else "")],
    ], min_height_mm=8.5)
    doc.paragraph("本人已凭有效身份证明认领上述物品，物品完好无误。", size=10)
    doc.signatures([("失主签名", ""), ("经办人", record.handled_by,
                                     format_value(record.claimed_at))])
    return doc


def claim_pdf(claim_id: int) -> bytes:
    return claim_document(reception.get_claim(claim_id)).build()


def claim_pdf_by_number(number: str) -> bytes:
    return claim_pdf(reception.claim_by_number(number).id)


def unclaimed_rows(items: list[FoundItem]) -> list[list[object]]:
    return [[n, item.number, item.found_on, item.item_name, item.style, item.model,
             item.quantity, item.place, item.finder,
             "" if item.value is None else f"{item.value:.2f}", item.storage,
             reception.ITEM_STATUS.paper(item.status)]
            for n, item in enumerate(items, start=1)]


def unclaimed_pdf(month: str, prepared_by: str = "", date: dt.date | None = None) -> bytes:
    """未认领失物汇总 for YYYY-MM: the items found in the month still unclaimed at its end,
    for the property director's review (物业主任审核); landscape A4."""
    first, last, items = reception.unclaimed_for_month(month)
    doc = FormDocument("未认领失物汇总", settings.office_name(), date=date, landscape=True)
    doc.paragraph(f"统计月份：{chinese_month(first)}（{first:%Y-%m-%d} 至 {last:%Y-%m-%d} 拾获，"
                  f"月末尚无失主认领的失物），共 {len(items)} 件。", size=10)
    doc.table(UNCLAIMED_HEADERS, unclaimed_rows(items),
              col_widths=[1, 3.2, 2.2, 2.4, 2.4, 2.4, 1.1, 3, 2.2, 2, 3, 1.6],
              align="CLCLLLRLLRLC")
    doc.paragraph(f"保管期限：拾获后 {reception.disposal_months()} 个月；期满仍无人认领的，"
                  "经经理批准后处置。请通知失主尽快到客服部办理认领手续。", size=8)
    doc.need(30)
    doc.signatures([("制表人", prepared_by), "物业主任审核"])
    return doc.build()


def _write_claims(target, options, translate) -> int:
    return write_list(reception.CLAIM_LIST, target, translate)


PDF_KINDS: tuple = (
    PdfKind("found-item", "失物移交记录表 (a found item) by number", found_item_pdf_by_number),
    PdfKind("claim", "失物认领表 (a claim) by number", claim_pdf_by_number),
    PdfKind("unclaimed", "未认领失物汇总 (the month's unclaimed items), YYYY-MM", unclaimed_pdf),
)
EXPORT_KINDS: tuple = (
    ExportKind("lost-found", "the found items (失物移交记录)",
               lambda target, options, translate: write_list(reception.FOUND_LIST, target,
                                                             translate)),
    ExportKind("loss-reports", "the loss reports (报失登记)",
               lambda target, options, translate: write_list(reception.LOSS_LIST, target,
                                                             translate)),
    ExportKind("claims", "the claims (失物认领), ID numbers masked", _write_claims),
)
