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

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from models import settings, warehouse
from models.people import User
from models.warehouse import (
    APPROVED,
    CANCELLED,
    DRAFT,
    SELF,
    SUBMITTED,
    IssueLine,
    PurchaseRequestLine,
    ReceiptLine,
    fmt_money,
    fmt_qty,
)

from ..fonts import FONT
from ..forms import (
    HEADER_BG,
    INK,
    LINE,
    FormDocument,
    SignatureRow,
    amount_in_words,
    markup,
    style,
    two_up,
)

RECEIPT_COPIES = ("仓库存根", "财务联")
ISSUE_COPIES = ("仓库存根", "领料部门联")
LINES_PER_SHEET = 8  # lines in one half-page copy; more continue on the next sheet
LINE_HEADERS = ["序号", "编码", "名称", "规格", "单位", "数量", "单价", "金额", "备注"]
LINE_WEIGHTS = [3, 7, 14, 8, 3.5, 5.5, 6, 7, 8]
LINE_ALIGN = "CLLLCRRRL"
STAMP_GREY = colors.Color(0.45, 0.45, 0.45)
RECEIPT_STATUS = {DRAFT: "草稿（未确认，不作入库凭证）", SUBMITTED: "已确认", CANCELLED: "已作废"}
SLIP_STATUS = {DRAFT: "草稿（当值未签字，不得发料）", SUBMITTED: "已签字", CANCELLED: "已作废"}
UNSIGNED = "（当值签字后按移动加权平均成本计算）"
REQUEST_STATUS = {DRAFT: "待审批", APPROVED: "已批准", CANCELLED: "已作废"}


# --- shared pieces (also used by warehouse_sheets) ----------------------------------


def fmt_price(value: object) -> str:
    """A unit price or cost on paper: two decimals, up to four when it has them (0.3456)."""
    if value is None or value == "":
        return ""
    text = f"{Decimal(str(value)).quantize(Decimal('0.0001')):,.4f}"
    for _ in range(2):
        if text.endswith("0"):
            text = text[:-1]
    return text


def person(user: User | None) -> str:
    """A user as paper names them: the full name, else the login; blank for nobody."""
    if user is None:
        return ""
    return user.full_name or user.login


def when(moment: dt.datetime | None) -> str:
    return f"{moment:%Y-%m-%d %H:%M}" if moment else ""


def words(amount: Decimal) -> str:
    """人民币 + 大写, as it is written under a total."""
    return f"人民币{amount_in_words(amount)}"


class SignedRow(SignatureRow):
    """Signature lines that also print, on the 日期 rule, when a person signed in the system.

    ``signers`` are (label, name, moment): name and moment may be blank.
    """

    def __init__(self, signers: Sequence[tuple[str, str, str]], width: float | None = None):
        super().__init__([(label, name) for label, name, _ in signers], True, width)
        self.moments = [moment for _, _, moment in signers]

    def draw(self) -> None:
        super().draw()
        c = self.canv
        slot = self.width / max(len(self.labels), 1)
        label_w = max(stringWidth(f"{lb}：", FONT, 10) for lb, _ in self.labels)
        c.setFont(FONT, 9)
        for i, moment in enumerate(self.moments):
            if moment:
                c.drawString(i * slot + label_w + 2 * mm, self.height - 15 * mm, moment)


def signed(doc: FormDocument, signers: Sequence[tuple[str, str, str]]) -> None:
    doc.add(lambda width: [Spacer(1, 5 * mm), SignedRow(signers, width)])


class Stamp(Flowable):
    """A large outlined 草稿 / 已作废 across the copy, drawn translucent over what is printed.

    Takes no room: placed last, it draws ``rise`` above where it stands.
    """

    _ZEROSIZE = 1  # reportlab skips drawing a zero-height flowable unless told

    def __init__(self, text: str, rise: float, size: float = 64) -> None:
        super().__init__()
        self.text, self.rise, self.size = text, rise, size

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, 0

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        c.setFillColor(STAMP_GREY)
        c.setStrokeColor(STAMP_GREY)
        c.setFillAlpha(0.18)
        c.setStrokeAlpha(0.6)
        c.setLineWidth(1.2)
        spacing = self.size * 0.4
        text_w = stringWidth(self.text, FONT, self.size) + spacing * (len(self.text) - 1)
        c.translate(self.width / 2, self.rise)
        c.rotate(12)
        obj = c.beginText(-text_w / 2, -self.size * 0.35)
        obj.setFont(FONT, self.size)
        obj.setCharSpace(spacing)
        obj.setTextRenderMode(2)
        obj.textOut(self.text)
        c.drawText(obj)
        pad = self.size * 0.25
        c.setLineWidth(3)
        c.roundRect(-text_w / 2 - pad, -self.size * 0.35 - pad, text_w + 2 * pad,
                    self.size + 2 * pad - self.size * 0.1, 6, stroke=1, fill=0)
        c.restoreState()


def cell(text: str, width: float, size: float = 9, align: str = "L") -> object:
    """A table cell: plain text when it fits, a wrapping Paragraph when it does not."""
    if "\n" not in text and stringWidth(text, FONT, size) <= width - 6:
        return text
    return Paragraph(markup(text), style(size, align))


def ruled(
    headers: Sequence[str],
    rows: Sequence[Sequence[object]],
    weights: Sequence[float],
    align: str,
    width: float,
    size: float = 9,
    extra: Sequence[tuple] = (),
    min_height: float | None = None,
) -> Table:
    """A ruled table in the house style (grey header repeated on each page); ``extra``
    style commands for spans and shading; text cells wrap when too long."""
    total = sum(weights)
    widths = [width * w / total for w in weights]
    data: list[list[object]] = [[cell(h, widths[i], size, "C") for i, h in enumerate(headers)]]
    for row in rows:
        data.append([cell(v, widths[i], size, align[i]) if isinstance(v, str) else v
                     for i, v in enumerate(row)])
    names = {"L": "LEFT", "C": "CENTER", "R": "RIGHT"}
    commands: list[tuple] = [
        ("FONT", (0, 0), (-1, -1), FONT, size, size * 1.3),
        ("GRID", (0, 0), (-1, -1), LINE, INK),
        ("BOX", (0, 0), (-1, -1), LINE * 1.6, INK),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_BG),
        ("ALIGN", (0, 0), (-1, 0), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    commands += [("ALIGN", (i, 1), (i, -1), names[a]) for i, a in enumerate(align)]
    commands += list(extra)
    heights = [0.0] + [min_height or 0.0] * len(rows)
    return Table(data, colWidths=widths, repeatRows=1, style=TableStyle(commands),
                 hAlign="LEFT", minRowHeights=heights)


def total_rows(label: str, qty: Decimal | None, amount: Decimal | None, columns: int,
               qty_col: int, amount_col: int) -> list[object]:
    row: list[object] = [""] * columns
    row[0] = label
    row[qty_col] = fmt_qty(qty) if qty is not None else ""
    row[amount_col] = fmt_money(amount) if amount is not None else ""
    return row


# --- 入库单 / 出库单: lines cut into sheets ----------------------------------------------


def _sheets(lines: list) -> list[list]:
    return [lines[i:i + LINES_PER_SHEET] for i in range(0, len(lines), LINES_PER_SHEET)] or [[]]


def _lines_part(rows: list[list[str]], page_qty: Decimal, page_amount: Decimal | None,
                total_qty: Decimal, total_amount: Decimal | None, sheet: int, sheets: int,
                unpriced: str = ""):
    """The lines table of one copy: its lines padded to a full sheet, 本张小计 when the
    document runs over several sheets, and on the last sheet 合计 and 金额大写."""
    n = len(LINE_HEADERS)
    body = [list(r) for r in rows] + [[""] * n for _ in range(LINES_PER_SHEET - len(rows))]
    extra: list[tuple] = []
    y = len(body) + 1
    if sheets > 1:
        body.append(total_rows("本张小计", page_qty, page_amount, n, 5, 7))
        extra += [("SPAN", (0, y), (4, y)), ("ALIGN", (0, y), (4, y), "CENTER")]
        y += 1
    last = sheet == sheets
    if last:
        body.append(total_rows("合　计", total_qty, total_amount, n, 5, 7))
        extra += [("SPAN", (0, y), (4, y)), ("ALIGN", (0, y), (4, y), "CENTER"),
                  ("LINEABOVE", (0, y), (-1, y), LINE * 1.6, INK)]
        y += 1
        big = words(total_amount) if total_amount is not None else unpriced
        body.append(["金额大写", "", big] + [""] * (n - 3))
    else:
        body.append(["金额大写", "", f"见第 {sheets} 张合计"] + [""] * (n - 3))
    extra += [("SPAN", (0, y), (1, y)), ("SPAN", (2, y), (-1, y)),
              ("ALIGN", (0, y), (1, y), "CENTER"), ("ALIGN", (2, y), (-1, y), "LEFT"),
              ("BACKGROUND", (0, y), (1, y), HEADER_BG)]
    return lambda width: [ruled(LINE_HEADERS, body, LINE_WEIGHTS, LINE_ALIGN, width,
                                extra=extra, min_height=5.6 * mm)]


def status_text(status: str, sheet: int = 1, sheets: int = 1) -> str:
    """The 状态 value, with 第 k 张 / 共 K 张 on a document of several sheets."""
    if sheets > 1:
        status += f"（第 {sheet} 张 / 共 {sheets} 张{'，续下张' if sheet < sheets else ''}）"
    return status


def cancel_fields(record) -> list[list[tuple[str, str]]]:
    """Once cancelled, a 作废 row: who, when, why."""
    if record.status != CANCELLED:
        return []
    return [[("作废", f"{person(record.cancelled_by)} {when(record.cancelled_at)}"
                      f"　原因：{record.cancel_reason}")]]


def _stamp(doc: FormDocument, status: str) -> None:
    text = {DRAFT: "草稿", CANCELLED: "已作废"}.get(status)
    if text:
        doc.add(lambda width: [Stamp(text, rise=50 * mm)])


def receipt_pdf(receipt_id: int) -> bytes:
    """入库单: two copies (仓库存根 / 财务联) per A4 sheet, continuing on further sheets."""
    receipt = warehouse.get_receipt(receipt_id)
    lines = list(ReceiptLine.select(ReceiptLine, warehouse.Item).join(warehouse.Item)
                 .where(ReceiptLine.receipt == receipt).order_by(ReceiptLine.line_no))
    source = warehouse.SOURCE_ZH.get(receipt.source, receipt.source)
    if receipt.source == SELF and receipt.purchase_request is not None:
        source += f"（申购单号 {receipt.purchase_request.number}）"
    confirmed = receipt.submitted_at is not None
    total_qty = sum((line.qty for line in lines), Decimal(0))
    chunks = _sheets(lines)
    docs = []
    for sheet, chunk in enumerate(chunks, start=1):
        doc = FormDocument("入库单", settings.office_name(), number=receipt.number,
                           date=receipt.date)
        status = status_text(RECEIPT_STATUS.get(receipt.status, receipt.status), sheet,
                             len(chunks))
        fields = [[("来源", source), ("供应商", receipt.supplier)],
                  [("送货单号", receipt.delivery_note), ("状态", status)]]
        if receipt.note:
            fields.append([("备注", receipt.note)])
        fields += cancel_fields(receipt)
        doc.fields(fields, min_height_mm=7)
        rows = [[str(line.line_no), line.item.code, line.item.name, line.item.spec,
                 line.item.unit, fmt_qty(line.qty), fmt_price(line.unit_price),
                 fmt_money(line.amount), line.note] for line in chunk]
        doc.spacer(2)
        doc.add(_lines_part(rows, sum((ln.qty for ln in chunk), Decimal(0)),
                            sum((ln.amount for ln in chunk), Decimal(0)),
                            total_qty, receipt.total, sheet, len(chunks)))
        signed(doc, [("经手人", "", ""), ("仓管员", receipt.received_by, ""),
                     ("经理", person(receipt.submitted_by) if confirmed else "",
                      when(receipt.submitted_at))])
        _stamp(doc, receipt.status)
        docs += [doc, doc]
    return two_up(docs, copy_labels=RECEIPT_COPIES * len(chunks))


def issue_slip_pdf(slip_id: int) -> bytes:
    """出库单 (领料单): two copies (仓库存根 / 领料部门联) per A4 sheet, continuing as needed.

    Unit cost and amount are known once the duty officer signed (the moving
    average at that moment); a draft leaves them blank.
    """
    slip = warehouse.get_issue_slip(slip_id)
    lines = list(IssueLine.select(IssueLine, warehouse.Item).join(warehouse.Item)
                 .where(IssueLine.slip == slip).order_by(IssueLine.line_no))
    costed = slip.signed_at is not None
    total_qty = sum((line.qty for line in lines), Decimal(0))
    chunks = _sheets(lines)
    docs = []
    for sheet, chunk in enumerate(chunks, start=1):
        doc = FormDocument("出库单", settings.office_name(), number=slip.number, date=slip.date)
        purpose = [("用途", slip.purpose)]
        if slip.repair_order is not None:
            purpose.append(("报修单号", slip.repair_order.number))
        status = status_text(SLIP_STATUS.get(slip.status, slip.status), sheet, len(chunks))
        fields = [[("领料部门", slip.department.name), ("领料人", slip.receiver)], purpose,
                  [("状态", status), ("备注", slip.note)] if slip.note else [("状态", status)]]
        fields += cancel_fields(slip)
        doc.fields(fields, min_height_mm=7)
        rows = [[str(line.line_no), line.item.code, line.item.name, line.item.spec,
                 line.item.unit, fmt_qty(line.qty),
                 fmt_price(line.unit_cost) if costed else "",
                 fmt_money(line.amount) if costed else "", line.note] for line in chunk]
        doc.spacer(2)
        doc.add(_lines_part(rows, sum((ln.qty for ln in chunk), Decimal(0)),
                            sum((ln.amount for ln in chunk), Decimal(0)) if costed else None,
                            total_qty, slip.total if costed else None, sheet, len(chunks),
                            UNSIGNED if slip.status == DRAFT else "（未经签字，不计成本）"))
        signed(doc, [("领料人", "", ""), ("仓管员", person(slip.created_by), ""),
                     ("当值", person(slip.signed_by) if costed else "", when(slip.signed_at))])
        _stamp(doc, slip.status)
        docs += [doc, doc]
    return two_up(docs, copy_labels=ISSUE_COPIES * len(chunks))


# --- 物品申购表 -------------------------------------------------------------------------

REQUEST_HEADERS = ["序号", "编码", "名称", "规格", "单位", "现有库存", "安全库存", "申购数量",
                   "预计单价", "预计金额", "备注"]
REQUEST_WEIGHTS = [9, 18, 30, 20, 9, 15, 15, 15, 15, 18, 16]  # mm on A4 portrait


def purchase_request_pdf(request_id: int) -> bytes:
    """物品申购表 on A4: the lines with today's stock beside the safety stock, the estimated
    total in figures and 大写, signed 申购人 / 仓管员 / 经理（审批）."""
    request = warehouse.get_request(request_id)
    lines = list(PurchaseRequestLine.select(PurchaseRequestLine, warehouse.Item)
                 .join(warehouse.Item).where(PurchaseRequestLine.request == request)
                 .order_by(PurchaseRequestLine.line_no))
    doc = FormDocument("物品申购表", settings.office_name(), number=request.number,
                       date=request.date)
    department = request.department.name if request.department is not None else ""
    doc.fields([[("申购部门", department), ("申购人", request.requested_by)],
                [("申购原因", request.reason)],
                [("状态", REQUEST_STATUS.get(request.status, request.status))],
                *cancel_fields(request)],
               min_height_mm=8)
    if request.status == CANCELLED:
        doc.add(lambda width: [Stamp("已作废", rise=-30 * mm)])
    rows: list[list[object]] = [
        [str(line.line_no), line.item.code, line.item.name, line.item.spec, line.item.unit,
         fmt_qty(line.item.qty), fmt_qty(line.item.safety_stock), fmt_qty(line.qty),
         fmt_price(line.unit_price), fmt_money(line.amount), line.note]
        for line in lines
    ]
    n = len(REQUEST_HEADERS)
    y = len(rows) + 1
    rows.append(total_rows("合　计", sum((ln.qty for ln in lines), Decimal(0)), request.total,
                           n, 7, 9))
    rows.append(["预计金额大写", "", words(request.total)] + [""] * (n - 3))
    extra = [("SPAN", (0, y), (6, y)), ("ALIGN", (0, y), (6, y), "CENTER"),
             ("LINEABOVE", (0, y), (-1, y), LINE * 1.6, INK),
             ("SPAN", (0, y + 1), (1, y + 1)), ("SPAN", (2, y + 1), (-1, y + 1)),
             ("BACKGROUND", (0, y + 1), (1, y + 1), HEADER_BG),
             ("ALIGN", (2, y + 1), (-1, y + 1), "LEFT")]
    doc.spacer(3)
    doc.add(lambda width: [ruled(REQUEST_HEADERS, rows, REQUEST_WEIGHTS, "CLLLCRRRRRL", width,
                                 extra=extra, min_height=7 * mm)])
    doc.paragraph("注：现有库存、安全库存为本表打印时的数量；预计单价、金额以实际采购为准。", size=8)
    approved = request.approved_at is not None
    signed(doc, [("申购人", request.requested_by, ""), ("仓管员", person(request.created_by), ""),
                 ("经理（审批）", person(request.approved_by) if approved else "",
                  when(request.approved_at))])
    return doc.build()
