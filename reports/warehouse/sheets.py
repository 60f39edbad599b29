"""The storeroom's sheets on paper: the blind count sheet (盘点表), the 物料盘点记录表, the
monthly 收发存汇总表 and the registers 物料入库记录表 / 物料出库记录表.

Whole A4 pages with 第 N 页 / 共 M 页; the wide ones landscape. Quantities
are written with fmt_qty, money with two decimals; quantities are never
added up across items (their units differ), money always is.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from models import settings, warehouse
from models.errors import ValidationError
from models.i18n import QT_TRANSLATE_NOOP
from models.listing import ListFilter, ListSpec, iter_rows
from models.people import User
from models.vocabulary import Vocabulary
from models.warehouse import CANCELLED, COUNTING, Stocktake, fmt_money, fmt_qty

from ..paper import (
    GREY_INK,
    LIGHT_BG,
    VOID_STAMP,
    FormDocument,
    cancellation_text,
    chinese_month,
    format_value,
    hard_space,
    person,
    rmb_words,
    shaded_row,
    total_row,
)
from .forms import fmt_price, price_places

GAP = hard_space(21, 10)  # between two facts on one line


def scope_text(stocktake: Stocktake) -> str:
    """全部 / 类别 X / 货位 Y (both when both were chosen)."""
    parts = []
    if stocktake.scope_category is not None:
        parts.append(f"类别 {stocktake.scope_category.name}")
    if stocktake.scope_location:
        parts.append(f"货位 {stocktake.scope_location}")
    return "，".join(parts) or "全部"


def _kind_text(stocktake: Stocktake) -> str:
    return "季度全盘" if stocktake.quarterly else "月度盘点"


def _cancelled(doc: FormDocument, stocktake: Stocktake) -> None:
    """A cancelled stocktake's sheets say so: a 已作废 stamp over the table, and why."""
    if stocktake.status == CANCELLED:
        doc.paragraph(f"已作废：{cancellation_text(stocktake)}", size=9)
        doc.stamp(VOID_STAMP, rise_mm=-45)


def _signers(doc: FormDocument, stocktake: Stocktake, *approval: tuple[str, str, str]) -> None:
    doc.need(30)
    doc.signatures([("盘点人", stocktake.counted_by, ""), ("复盘人", stocktake.recounted_by, ""),
                    ("监盘人", stocktake.supervised_by, ""), *approval], space_mm=5)


# --- 盘点表 (blind) ------------------------------------------------------------------------

COUNT_HEADERS = ["序号", "编码", "名称", "规格", "单位", "货位", "实盘数量", "备注"]
COUNT_WEIGHTS = [10, 22, 38, 26, 11, 17, 24, 32]  # mm on A4 portrait


def count_sheet_pdf(stocktake_id: int) -> bytes:
    """盘点表 for counting the shelves blind: in shelf order (货位, 编码), a box for the count
    and nothing of the books; signed 盘点人 / 复盘人 / 监盘人."""
    stocktake = warehouse.get_stocktake(stocktake_id)
    rows = warehouse.count_rows(stocktake_id)
    doc = FormDocument("物料盘点表", settings.office_name(), number=stocktake.number,
                       date=stocktake.frozen_at.date(),
                       copy_label="季度全盘" if stocktake.quarterly else None)
    doc.fields([[("盘点月份", chinese_month(stocktake.month)),
                 ("盘点范围", scope_text(stocktake))],
                [("盘点类型", _kind_text(stocktake)), ("品项数", f"{len(rows)} 项")],
                [("开始时间", format_value(stocktake.frozen_at)), ("盘点时间", "")]],
               min_height_mm=7.5)
    _cancelled(doc, stocktake)
    doc.paragraph("按货位逐一清点，如实填写实盘数量（盲盘：本表不列账存）；"
                  "数量有涂改的，由盘点人在备注栏签名。", size=9)
    body = [[str(r.no), r.item.code, r.item.name, r.item.spec, r.item.unit, r.line.location,
             "", ""] for r in rows]
    doc.spacer(2)
    doc.table(COUNT_HEADERS, body, COUNT_WEIGHTS, "CLLLCCRL", font_size=10, min_height_mm=8)
    _signers(doc, stocktake)
    return doc.build()


# --- 物料盘点记录表 ------------------------------------------------------------------------

RECORD_HEADERS = ["序号", "编码", "名称", "规格", "单位", "账面数量", "实盘数量", "盘盈数量",
                  "盘盈金额", "盘亏数量", "盘亏金额", "原因"]
RECORD_WEIGHTS = [10, 22, 40, 26, 11, 19, 19, 17, 19, 17, 19, 48]  # mm on A4 landscape


def _blank_zero(value: Decimal, money: bool = False) -> str:
    if not value:
        return ""
    return fmt_money(value) if money else fmt_qty(value)


UNAPPROVED_STAMP = "未审批"


def stocktake_record_pdf(stocktake_id: int, by: User | None) -> bytes:
    """物料盘点记录表 (landscape): per line the books (what they expect at the count), the
    count, the gain or loss in quantity and value and the reason; totals; the freeze and
    count times; 盘点人 / 复盘人 / 监盘人 and the manager's approval. Until approval only the
    manager gets it (warehouse.record_rows), stamped 未审批."""
    rows = warehouse.record_rows(stocktake_id, by=by)
    stocktake = warehouse.get_stocktake(stocktake_id)
    doc = FormDocument("物料盘点记录表", settings.office_name(), number=stocktake.number,
                       date=(stocktake.counted_at or stocktake.frozen_at).date(), landscape=True,
                       copy_label="季度全盘" if stocktake.quarterly else None)
    doc.fields([
        [("盘点月份", chinese_month(stocktake.month)), ("盘点范围", scope_text(stocktake)),
         ("盘点类型", _kind_text(stocktake))],
        [("账面冻结", format_value(stocktake.frozen_at)),
         ("实盘时间", format_value(stocktake.counted_at)),
         ("状态", warehouse.STOCKTAKE_STATUS_LABELS.paper(stocktake.status))],
    ], min_height_mm=7.5)
    _cancelled(doc, stocktake)
    if stocktake.status == COUNTING:
        doc.stamp(UNAPPROVED_STAMP, rise_mm=-45)
    body: list[list[object]] = [
        [str(r.no), r.item.code, r.item.name, r.item.spec, r.item.unit, fmt_qty(r.expected),
         "" if r.final is None else fmt_qty(r.final), _blank_zero(r.gain_qty),
         _blank_zero(r.gain_amount, True), _blank_zero(r.loss_qty),
         _blank_zero(r.loss_amount, True), r.line.reason]
        for r in rows
    ]
    gains = sum((r.gain_amount for r in rows), Decimal(0))
    losses = sum((r.loss_amount for r in rows), Decimal(0))
    body.append(total_row("合　计", {8: fmt_money(gains), 10: fmt_money(losses)},
                          len(RECORD_HEADERS), span=5))
    doc.spacer(2)
    doc.table(RECORD_HEADERS, body, RECORD_WEIGHTS, "CLLLCRRRRRRL", min_height_mm=6.5)
    n_gain = sum(1 for r in rows if r.gain_qty)
    n_loss = sum(1 for r in rows if r.loss_qty)
    net = gains - losses
    net_text = f"净盘盈 {fmt_money(net)} 元" if net >= 0 else f"净盘亏 {fmt_money(-net)} 元"
    doc.paragraph(f"共 {len(rows)} 项；盘盈 {n_gain} 项，金额 {fmt_money(gains)} 元；"
                  f"盘亏 {n_loss} 项，金额 {fmt_money(losses)} 元；{net_text}"
                  f"（{rmb_words(abs(net))}）。", size=9)
    if stocktake.status == COUNTING:
        doc.paragraph("尚未审批：账面数量含开始盘点后至实盘时的出入库；盘盈盘亏金额按当前移动加权"
                      "平均单价估算，以经理审批时记账金额为准。", size=8)
    if stocktake.note:
        doc.paragraph(f"备注：{stocktake.note}", size=9)
    approved = stocktake.approved_at is not None
    _signers(doc, stocktake, ("审批（经理）", person(stocktake.approved_by) if approved else "",
                              format_value(stocktake.approved_at)))
    return doc.build()


# --- 收发存汇总表 ------------------------------------------------------------------------

SUMMARY_WEIGHTS = [18, 36, 18, 9] + [15.5] * 12  # mm on A4 landscape (267 in all)
DEPARTMENT_HEADERS = ["领料部门", "领料单数", "领用金额"]


def _figure_cells(figures: warehouse.Figures, item: bool) -> list[str]:
    """期初 and 期末 always; a movement (入库 出库 盘盈 盘亏) on an item's row only when there
    was one, so that what moved stands out. Quantities on item rows only."""
    out = []
    values = figures.values()
    for i, value in enumerate(values):
        is_qty = i % 2 == 0
        movement = 2 <= i < 10
        if item and movement and not values[i - i % 2] and not values[i - i % 2 + 1]:
            out.append("")
        elif is_qty:
            out.append(fmt_qty(value) if item else "")
        else:
            out.append(fmt_money(value))
    return out


def summary_body(summary: warehouse.StockSummary) -> list[list[object]]:
    """The table body: item rows, a 小计 after each category (on grey), the 合计 last."""
    subtotals = dict(summary.by_category)
    body: list[list[object]] = []
    rows = summary.rows
    for i, row in enumerate(rows):
        body.append([row.code, row.name, row.spec, row.unit, *_figure_cells(row, True)])
        if i == len(rows) - 1 or rows[i + 1].category != row.category:
            figures = _figure_cells(subtotals[row.category], False)
            body.append(total_row(f"{row.category} 小计", dict(enumerate(figures, start=4)),
                                  4 + len(figures), span=4, rule=False, shade=LIGHT_BG))
    figures = _figure_cells(summary.total, False)
    body.append(total_row("合　计", dict(enumerate(figures, start=4)), 4 + len(figures), span=4,
                          shade=LIGHT_BG))
    return body


def stock_summary_pdf(month: str, prepared_by: str = "", *, by: User | None = None,
                      empty: bool = False) -> bytes:
    """收发存汇总表 of YYYY-MM (landscape): one row per item under the 16 SUMMARY_HEADERS,
    a 小计 per category, the 合计, then 部门领用; signed 制表人 (the user ``by`` who prints
    it, or ``prepared_by``) / 审核人. ``empty``: the items with no stock and no movement
    too (warehouse.month_summary), as on screen.

    A malformed month raises ValidationError.
    """
    summary = warehouse.month_summary(month, empty)
    doc = FormDocument("收发存汇总表", settings.office_name(), landscape=True)
    doc.paragraph(f"统计月份：{chinese_month(summary.month)}{GAP}金额单位：元", size=10)
    doc.spacer(1)
    doc.table(warehouse.SUMMARY_HEADERS, summary_body(summary), SUMMARY_WEIGHTS,
              "LLLC" + "R" * 12, font_size=8)
    doc.paragraph("统计口径：按记账日期；入库含期初导入及入库冲销，出库含出库冲销（消耗只按出库单计）；"
                  "期初 + 入库 − 出库 + 盘盈 − 盘亏 = 期末。各类小计及合计只计金额。", size=8)
    doc.heading("部门领用", keep_mm=40)
    departments: list[list[object]] = [[d.department, str(d.slips), fmt_money(d.value)]
                                       for d in summary.by_department]
    departments.append(total_row(
        "合　计", {1: str(sum(d.slips for d in summary.by_department)),
                  2: fmt_money(sum((d.value for d in summary.by_department), Decimal(0)))}, 3))
    doc.table(DEPARTMENT_HEADERS, departments, [40, 25, 35], "LRR", share=0.5)
    doc.need(30)
    doc.signatures([("制表人", person(by) or prepared_by, ""), ("审核人", "", "")], space_mm=5)
    return doc.build()


# --- 物料入库记录表 / 物料出库记录表 ------------------------------------------------------


def check_range(date_from: dt.date | None, date_to: dt.date | None) -> None:
    if date_from is not None and date_to is not None and date_from > date_to:
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "The first day {first} is after the last day {last}."),
            field="date_from", first=date_from.isoformat(), last=date_to.isoformat())


_FORMATS = {"date": "date", "qty": "qty", "unit_price": "price", "unit_cost": "price",
            "amount": "money"}


def _register_text(key: str, value: object, statuses: Vocabulary, places: int = 2) -> str:
    kind = _FORMATS.get(key, "")
    return (statuses.paper(value) if key == "status"
            else fmt_qty(value) if kind == "qty"
            else fmt_price(value, places) if kind == "price"
            else "" if value is None
            else fmt_money(value) if kind == "money"
            else f"{value:%Y-%m-%d}" if kind == "date"
            else str(value))


def _register_pdf(title: str, spec: ListSpec, keys: list[str], headers: list[str],
                  weights: list[float], align: str, statuses: Vocabulary,
                  date_from: dt.date, date_to: dt.date, doc_word: str,
                  by: User | None = None) -> bytes:
    check_range(date_from, date_to)
    flt = ListFilter(date_from=date_from, date_to=date_to)
    body: list[list[object]] = []
    numbers: set[str] = set()
    cancelled: set[str] = set()
    total = Decimal(0)
    records = [dict(zip(keys, values, strict=True))
               for values in iter_rows(spec, flt, ("date", False), keys)]
    places = price_places(r[k] for r in records for k in keys if _FORMATS.get(k) == "price")
    for record in records:
        numbers.add(record["number"])
        if record["status"] == CANCELLED:
            cancelled.add(record["number"])
            if not record["amount"]:  # cancelled before it was signed: it never had a cost
                record.update({k: None for k in ("unit_cost", "amount") if k in record})
            texts = [_register_text(key, record[key], statuses, places) for key in keys]
            body.append(shaded_row(texts, LIGHT_BG, ink=GREY_INK))  # listed, not counted
        else:
            total += Decimal(str(record["amount"] or 0))
            body.append([_register_text(key, record[key], statuses, places) for key in keys])
    amount_col = keys.index("amount")
    body.append(total_row("合计（不含作废）", {amount_col: fmt_money(total)}, len(keys),
                          span=amount_col))
    doc = FormDocument(title, settings.office_name(), landscape=True)
    doc.paragraph(f"期间：{date_from:%Y-%m-%d} 至 {date_to:%Y-%m-%d}（按单据日期，含首尾两日）"
                  f"{GAP}金额单位：元", size=10)
    doc.spacer(1)
    doc.table(headers, body, weights, align, font_size=8)
    doc.paragraph(f"共 {len(numbers)} 张{doc_word}，其中已作废 {len(cancelled)} 张（灰底列出备查，"
                  f"不计入合计）；金额合计 {fmt_money(total)} 元（{rmb_words(total)}）。草稿不列入。",
                  size=9)
    doc.need(30)
    doc.signatures([("制表人", person(by), ""), ("审核人", "", "")], space_mm=5)
    return doc.build()


RECEIPT_REGISTER_KEYS = ["date", "number", "status", "supplier", "delivery_note", "code", "name",
                         "spec", "unit", "qty", "unit_price", "amount", "received_by"]
RECEIPT_REGISTER_HEADERS = ["日期", "入库单号", "状态", "供应商", "送货单号", "编码", "名称",
                            "规格", "单位", "数量", "单价", "金额", "仓管员"]
ISSUE_REGISTER_KEYS = ["date", "number", "status", "department", "receiver", "code", "name",
                       "spec", "unit", "qty", "unit_cost", "amount", "purpose", "repair_order"]
ISSUE_REGISTER_HEADERS = ["日期", "出库单号", "状态", "领料部门", "领料人", "编码", "名称", "规格",
                          "单位", "数量", "单位成本", "金额", "用途", "报修单号"]


def receipt_register_pdf(date_from: dt.date, date_to: dt.date, by: User | None = None) -> bytes:
    """物料入库记录表: every line of the confirmed and cancelled receipts dated in the range
    (both days included), cancelled ones marked and left out of the total; 制表人 the user
    ``by`` who prints it."""
    return _register_pdf("物料入库记录表", warehouse.RECEIPT_REGISTER, RECEIPT_REGISTER_KEYS,
                         RECEIPT_REGISTER_HEADERS,
                         [18, 28, 11, 28, 26, 16, 30, 18, 8, 13, 14, 17, 14], "CLCLLLLLCRRRL",
                         warehouse.RECEIPT_STATUS_LABELS, date_from, date_to, "入库单", by)


def issue_register_pdf(date_from: dt.date, date_to: dt.date, by: User | None = None) -> bytes:
    """物料出库记录表: every line of the signed and cancelled issue slips dated in the range
    (both days included), cancelled ones marked and left out of the total; 制表人 the user
    ``by`` who prints it."""
    return _register_pdf("物料出库记录表", warehouse.ISSUE_REGISTER, ISSUE_REGISTER_KEYS,
                         ISSUE_REGISTER_HEADERS,
                         [18, 28, 11, 16, 13, 17, 26, 17, 8, 13, 14, 16, 24, 27], "CLCLLLLLCRRRLL",
                         warehouse.SLIP_STATUS_LABELS, date_from, date_to, "出库单", by)
