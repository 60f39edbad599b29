"""The storeroom's documents on paper: 入库单, 出库单 (two copies to a sheet), 物品申购表.

A receipt or an issue slip prints like the service order: one A4 portrait
sheet, the same copy twice (入库单: 仓库存根 / 财务联; 出库单: 仓库存根 / 领料部门联)
with a dashed cut line between. A copy has room for LINES_PER_SHEET lines;
a longer document continues on further sheets, each still two-up, each copy
saying 第 k 张 / 共 K 张 and carrying its own 本张小计, the last one the 合计 and
the 大写. A draft prints with a 草稿 stamp, a cancelled document with 已作废
and who cancelled it, when and why. Paper is always Chinese.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal

from models import settings, warehouse
from models.warehouse import (
    CANCELLED,
    DRAFT,
    SELF,
    fmt_money,
    fmt_qty,
)

from ..paper import (
    DRAFT_STAMP,
    VOID_STAMP,
    FormDocument,
    Sheet,
    cancellation_text,
    copies,
    cut,
    format_value,
    person,
    rmb_words,
    sheet_rows,
    total_row,
    words_row,
)

RECEIPT_COPIES = ("仓库存根", "财务联")
ISSUE_COPIES = ("仓库存根", "领料部门联")
LINES_PER_SHEET = 8  # lines in one half-page copy; more continue on the next sheet
LINE_HEADERS = ["序号", "编码", "名称", "规格", "单位", "数量", "单价", "金额", "备注"]
LINE_WEIGHTS = [3, 7, 14, 8, 3.5, 5.5, 6, 7, 8]
LINE_ALIGN = "CLLLCRRRL"
QTY_COLUMN, AMOUNT_COLUMN = 5, 7
UNSIGNED = "（当值签字后按移动加权平均成本计算）"
STAMPS = {DRAFT: DRAFT_STAMP, CANCELLED: VOID_STAMP}  # what a document's state prints across it


def price_places(values: Iterable[object]) -> int:
    """The decimals a column of unit prices needs: two, up to four when one of them has
    them (0.3456), the same for every line of the paper."""
    places = 2
    for value in values:
        if value is None or value == "":
            continue
        digits = f"{Decimal(str(value)).quantize(Decimal('0.0001')):.4f}".rstrip("0")
        places = max(places, len(digits.split(".")[1]) if "." in digits else 0)
    return places


def fmt_price(value: object, places: int | None = None) -> str:
    """A unit price or cost on paper: ``places`` decimals (price_places of its column);
    alone, two, up to four when it has them."""
    if value is None or value == "":
        return ""
    places = price_places([value]) if places is None else places
    return f"{Decimal(str(value)).quantize(Decimal('0.0001')):,.{places}f}"


def one_unit(lines: Iterable) -> bool:
    """Whether the lines' quantities share one unit, so that they may be added up
    (个 and 米 are never summed)."""
    return len({line.item.unit for line in lines}) <= 1


def cancel_fields(record) -> list[list[tuple[str, str]]]:
    """Once cancelled, a 作废 row: who, when, why."""
    if record.status != CANCELLED:
        return []
    return [[("作废", cancellation_text(record))]]


def _figures(qty: Decimal | None, amount: Decimal | None) -> dict[int, str]:
    """The 数量 and 金额 of a 小计 / 合计 row (blank where unknown, or not to be added up)."""
    return {QTY_COLUMN: fmt_qty(qty), AMOUNT_COLUMN: fmt_money(amount)}


def _in_copies(title: str, record, lines: list, copy_labels: Sequence[str],
               fields: Callable[[Sheet], list], row: Callable[[object], list[str]],
               amount: Callable[[list], Decimal | None], total: Decimal | None, words: str,
               signers: list[tuple[str, str, str]]) -> bytes:
    """A lines document (入库单, 出库单) as sheets of LINES_PER_SHEET lines, each sheet in
    every copy: its fields, its lines table with 本张小计 / 合计 / 大写 (quantities added up
    only when every line has the same unit), the signatures and the stamp of the
    document's state."""
    summed = one_unit(lines)
    total_qty = sum((line.qty for line in lines), Decimal(0)) if summed else None
    sheets = []
    for sheet in cut(lines, LINES_PER_SHEET):
        doc = FormDocument(title, settings.office_name(), number=record.number, date=record.date)
        doc.fields(fields(sheet), min_height_mm=7)
        body = sheet_rows(
            sheet, [row(line) for line in sheet.lines], len(LINE_HEADERS), LINES_PER_SHEET,
            span=QTY_COLUMN,
            subtotal=_figures(sum((ln.qty for ln in sheet.lines), Decimal(0)) if summed else None,
                              amount(sheet.lines)),
            total=_figures(total_qty, total), words=words)
        doc.spacer(2)
        doc.table(LINE_HEADERS, body, LINE_WEIGHTS, LINE_ALIGN, min_height_mm=5.6)
        doc.signatures(signers, space_mm=5)
        doc.stamp(STAMPS.get(record.status), rise_mm=50)
        sheets.append(doc)
    return copies(sheets, copy_labels)


def receipt_pdf(receipt_id: int) -> bytes:
    """入库单: two copies (仓库存根 / 财务联) per A4 sheet, continuing on further sheets."""
    receipt = warehouse.get_receipt(receipt_id)
    lines = warehouse.lines_of(receipt)
    source = warehouse.SOURCE_LABELS.paper(receipt.source)
    if receipt.source == SELF and receipt.purchase_request is not None:
        source += f"（申购单号 {receipt.purchase_request.number}）"
    confirmed = receipt.submitted_at is not None
    places = price_places(line.unit_price for line in lines)

    def fields(sheet: Sheet) -> list:
        status = sheet.mark(warehouse.RECEIPT_STATUS_LABELS.paper(receipt.status))
        rows = [[("来源", source), ("供应商", receipt.supplier)],
                [("送货单号", receipt.delivery_note), ("状态", status)]]
        if receipt.note:
            rows.append([("备注", receipt.note)])
        return rows + cancel_fields(receipt)

    return _in_copies(
        "入库单", receipt, lines, RECEIPT_COPIES, fields,
        lambda line: [str(line.line_no), line.item.code, line.item.name, line.item.spec,
                      line.item.unit, fmt_qty(line.qty), fmt_price(line.unit_price, places),
                      fmt_money(line.amount), line.note],
        lambda chunk: sum((ln.amount for ln in chunk), Decimal(0)),
        receipt.total, rmb_words(receipt.total),
        [("经手人", "", ""), ("仓管员", receipt.received_by, ""),
         ("经理", person(receipt.submitted_by) if confirmed else "",
          format_value(receipt.submitted_at))])


def issue_slip_pdf(slip_id: int) -> bytes:
    """出库单 (领料单): two copies (仓库存根 / 领料部门联) per A4 sheet, continuing as needed.

    Unit cost and amount are known once the duty officer signed (the moving
    average at that moment); a draft leaves them blank.
    """
    slip = warehouse.get_issue_slip(slip_id)
    lines = warehouse.lines_of(slip)
    costed = slip.signed_at is not None
    places = price_places(line.unit_cost for line in lines) if costed else 2

    def fields(sheet: Sheet) -> list:
        purpose = [("用途", slip.purpose)]
        if slip.repair_order is not None:
            purpose.append(("报修单号", slip.repair_order.number))
        status = sheet.mark(warehouse.SLIP_STATUS_LABELS.paper(slip.status))
        return [[("领料部门", slip.department.name), ("领料人", slip.receiver)], purpose,
                [("状态", status), ("备注", slip.note)] if slip.note else [("状态", status)],
                *cancel_fields(slip)]

    return _in_copies(
        "出库单", slip, lines, ISSUE_COPIES, fields,
        lambda line: [str(line.line_no), line.item.code, line.item.name, line.item.spec,
                      line.item.unit, fmt_qty(line.qty),
                      fmt_price(line.unit_cost, places) if costed else "",
                      fmt_money(line.amount) if costed else "", line.note],
        lambda chunk: sum((ln.amount for ln in chunk), Decimal(0)) if costed else None,
        slip.total if costed else None,
        rmb_words(slip.total) if costed
        else UNSIGNED if slip.status == DRAFT else "（未经签字，不计成本）",
        [("领料人", "", ""), ("仓管员", person(slip.created_by), ""),
         ("当值", person(slip.signed_by) if costed else "", format_value(slip.signed_at))])


# --- 物品申购表 -------------------------------------------------------------------------

REQUEST_HEADERS = ["序号", "编码", "名称", "规格", "单位", "现有库存", "安全库存", "申购数量",
                   "预计单价", "预计金额", "备注"]
REQUEST_WEIGHTS = [9, 18, 30, 20, 9, 15, 15, 15, 15, 18, 16]  # mm on A4 portrait


def purchase_request_pdf(request_id: int) -> bytes:
    """物品申购表 on A4: the lines with today's stock beside the safety stock, the estimated
    total in figures and 大写, signed 申购人 / 仓管员 / 经理（审批）. A draft carries 草稿;
    its 申购人 is who asked, else the storekeeper who drafted it."""
    request = warehouse.get_request(request_id)
    lines = warehouse.lines_of(request)
    doc = FormDocument("物品申购表", settings.office_name(), number=request.number,
                       date=request.date)
    department = request.department.name if request.department is not None else ""
    requester = request.requested_by or person(request.created_by)
    doc.fields([[("申购部门", department), ("申购人", requester)],
                [("申购原因", request.reason)],
                [("状态", warehouse.REQUEST_STATUS_LABELS.paper(request.status))],
                *cancel_fields(request)],
               min_height_mm=8)
    doc.stamp(STAMPS.get(request.status), rise_mm=-30)
    n = len(REQUEST_HEADERS)
    places = price_places(line.unit_price for line in lines)
    rows: list[list[object]] = [
        [str(line.line_no), line.item.code, line.item.name, line.item.spec, line.item.unit,
         fmt_qty(line.item.qty), fmt_qty(line.item.safety_stock), fmt_qty(line.qty),
         fmt_price(line.unit_price, places), fmt_money(line.amount), line.note]
        for line in lines
    ]
    qty_total = fmt_qty(sum((ln.qty for ln in lines), Decimal(0))) if one_unit(lines) else ""
    rows.append(total_row("合　计", {7: qty_total, 9: fmt_money(request.total)}, n, span=7))
    rows.append(words_row("预计金额大写", rmb_words(request.total), n))
    doc.spacer(3)
    doc.table(REQUEST_HEADERS, rows, REQUEST_WEIGHTS, "CLLLCRRRRRL", min_height_mm=7)
    doc.paragraph("注：现有库存、安全库存为本表打印时的数量；预计单价、金额以实际采购为准。", size=8)
    approved = request.approved_at is not None
    doc.signatures([("申购人", requester, ""), ("仓管员", person(request.created_by), ""),
                    ("经理（审批）", person(request.approved_by) if approved else "",
                     format_value(request.approved_at))], space_mm=5)
    return doc.build()
