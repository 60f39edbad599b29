"""The storeroom's paper read back as a clerk reads it (pdftotext): 入库单 and 出库单 two to a
sheet (and continued over several sheets), the blind 盘点表, the 物料盘点记录表, the
收发存汇总表, the registers, the 物品申购表, and the `pdf` kinds of the command line."""

from __future__ import annotations

import datetime as dt
import os
import re
import subprocess
import sys
from decimal import Decimal as D
from pathlib import Path

import pytest

from models import warehouse
from models.errors import DomainError, NotFound, ValidationError
from reports import documents
from reports.warehouse import (
    count_sheet_pdf,
    issue_register_pdf,
    issue_slip_pdf,
    purchase_request_pdf,
    receipt_pdf,
    receipt_register_pdf,
    stock_summary_pdf,
    stocktake_record_pdf,
)
from tests.helpers.storeroom import issue_lines, make_item, receive_lines

ROOT = Path(__file__).resolve().parents[3]
HALF = ("-W", "596", "-H", "421")  # an A4 portrait half, in points


def receive(staff, lines, day=None, confirm=True, **values):
    """lines: [(item, qty, unit price)], delivered with note SH-0301."""
    return receive_lines(staff, lines, day, confirm, **{"delivery_note": "SH-0301", **values})


def issue(staff, lines, day=None, sign=True, **values):
    """lines: [(item, qty)], to change a tap."""
    return issue_lines(staff, lines, day, sign, **{"purpose": "更换水龙头", **values})


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def pages(text: str) -> int:
    return text.count("\f")


def rows_of(text: str) -> list[str]:
    """The text's lines with runs of blanks made one space: a table row reads as its cells."""
    return [re.sub(r"\s+", " ", line).strip() for line in text.splitlines()]


def stamps(pdf_text, pdf: bytes, word: str) -> int:
    """How many 草稿 / 已作废 stamps: drawn as one spaced run, read in drawing order."""
    return [line.strip() for line in pdf_text(pdf, layout=False).splitlines()].count(
        " ".join(word))


def half(pdf_text, pdf: bytes, page: int, top: bool) -> str:
    y = "0" if top else "421"
    return flat(pdf_text(pdf, "-f", str(page), "-l", str(page), "-x", "0", "-y", y, *HALF))


# --- 入库单 -------------------------------------------------------------------------------


def test_a_confirmed_receipt_prints_twice_on_one_sheet(staff, clock, pdf_text, pdf_fonts):
    screws = make_item(staff["keeper"], spec="M4×20")
    tape = make_item(staff["keeper"], code="DL001", name="绝缘胶布", unit="卷", category="电料")
    receipt = receive(staff, [(screws, 3, "1005.07"), (tape, "2.5", "0.3456")])
    pdf = receipt_pdf(receipt.id)
    text = pdf_text(pdf)
    assert pages(text) == 1
    body = flat(text)
    assert body.count(receipt.number) == 2 and body.count("入库单") == 2
    assert body.count("测试物业服务中心") == 2 and body.count("2026年03月10日") == 2
    for label in ("来源", "供应商", "送货单号", "序号", "编码", "名称", "规格", "单位", "数量",
                  "单价", "金额", "备注", "合计", "金额大写", "经手人", "仓管员", "经理"):
        assert body.count(label) >= 2, label
    assert body.count("公司集中采购") == 2 and body.count("华强五金") == 2
    assert body.count("SH-0301") == 2 and body.count("已确认") == 2
    rows = rows_of(text)
    # unit prices to one number of decimals (the column's most); 盒 and 卷 are not added up
    assert rows.count("1 WJ001 十字螺丝 M4×20 盒 3 1,005.0700 3,015.21") == 2
    assert rows.count("2 DL001 绝缘胶布 卷 2.5 0.3456 0.86") == 2
    assert body.count("合计3,016.07") == 2
    assert body.count("人民币叁仟零壹拾陆元零柒分") == 2
    # confirmed: who confirmed and when, beside the 经理 line; the storekeeper who received
    assert body.count("经理：周志华") == 2 and body.count("2026-03-1009:00") == 2
    assert body.count("仓管员：赵桂英") == 2
    assert "草稿" not in body and "作废" not in body
    assert stamps(pdf_text, pdf, "草稿") == stamps(pdf_text, pdf, "已作废") == 0
    top, bottom = half(pdf_text, pdf, 1, True), half(pdf_text, pdf, 1, False)
    for part, label in ((top, "仓库存根"), (bottom, "财务联")):
        assert label in part and receipt.number in part and "经手人" in part
        assert "人民币叁仟零壹拾陆元零柒分" in part
    assert "财务联" not in top and "仓库存根" not in bottom
    assert pdf_fonts(pdf) and all(emb == "yes" for _, emb, _ in pdf_fonts(pdf))


def test_a_draft_receipt_is_stamped_and_unconfirmed(staff, clock, pdf_text):
    screws = make_item(staff["keeper"])
    receipt = receive(staff, [(screws, 4, "2.5")], confirm=False)
    pdf = receipt_pdf(receipt.id)
    body = flat(pdf_text(pdf))
    assert body.count("草稿（未确认，不作入库凭证）") == 2
    assert stamps(pdf_text, pdf, "草稿") == 2  # across each copy
    assert "周志华" not in body and "已确认" not in body
    assert body.count("人民币壹拾元整") == 2  # a receipt's prices are known from the start


def test_an_own_purchase_names_its_request_and_a_cancelled_receipt_says_why(
        staff, clock, pdf_text):
    screws = make_item(staff["keeper"])
    request = warehouse.save_request({"requested_by": "刘海波"},
                                     [{"item": screws.id, "qty": 5, "unit_price": "2"}],
                                     by=staff["keeper"])
    warehouse.approve_request(request.id, by=staff["manager"])
    receipt = receive(staff, [(screws, 5, "2")], source=warehouse.SELF,
                      purchase_request=request.number)
    clock.advance(hours=2)
    warehouse.cancel_receipt(receipt.id, "供应商送错型号", by=staff["manager"])
    pdf = receipt_pdf(receipt.id)
    body = flat(pdf_text(pdf))
    assert body.count(f"自行采购（申购单号{request.number}）") == 2
    assert body.count("状态已作废") == 2 and stamps(pdf_text, pdf, "已作废") == 2
    assert body.count("周志华2026-03-1011:00原因：供应商送错型号") == 2
    assert body.count("经理：周志华") == 2  # it was confirmed before it was cancelled


def test_thirty_lines_continue_on_four_sheets_each_still_two_up(staff, clock, pdf_text):
    items = [make_item(staff["keeper"], code=f"WL{i:03d}", name=f"物料{i}号") for i in range(30)]
    receipt = receive(staff, [(item, i + 1, "1.10") for i, item in enumerate(items)])
    pdf = receipt_pdf(receipt.id)
    text = pdf_text(pdf)
    assert pages(text) == 4
    sheets = text.split("\f")[:4]
    for k, sheet in enumerate(sheets, start=1):
        body = flat(sheet)
        assert body.count(f"第{k}张/共4张") == 2 and body.count(receipt.number) == 2
        assert body.count("本张小计") == 2 and body.count("经手人") == 2
        first, last = 8 * (k - 1), min(8 * k, 30)
        for i in range(30):
            assert body.count(f"WL{i:03d}") == (2 if first <= i < last else 0), (k, i)
        qty = sum(range(first + 1, last + 1))
        assert body.count(f"本张小计{qty}{D(qty) * D('1.10'):,.2f}") == 2
        if k < 4:
            assert body.count("见第4张合计") == 2 and "人民币" not in body
    assert flat(sheets[3]).count("合计465511.50") == 2
    assert flat(sheets[3]).count("人民币伍佰壹拾壹元伍角整") == 2
    # every half of every sheet holds a whole copy down to its signatures
    for page in range(1, 5):
        for top in (True, False):
            part = half(pdf_text, pdf, page, top)
            assert receipt.number in part and "经理：周志华" in part
            assert ("仓库存根" if top else "财务联") in part


# --- 出库单 -------------------------------------------------------------------------------


def test_an_issue_slip_prints_costs_only_once_signed(staff, clock, pdf_text):
    from models import repairs

    screws = make_item(staff["keeper"], spec="M4×20")
    receive(staff, [(screws, 10, "2.35")])
    category = repairs.RepairCategory.get(repairs.RepairCategory.name == "水")
    order = repairs.register({"location": "1203室", "content": "水龙头漏水",
                              "category": category}, by=staff["manager"])
    slip = issue(staff, [(screws, 2)], sign=False, repair_order=order.number, note="急用")
    pdf = issue_slip_pdf(slip.id)
    body = flat(pdf_text(pdf))
    assert body.count(slip.number) == 2 and body.count("出库单") == 2
    for label in ("领料部门", "领料人", "用途", "报修单号", "仓管员", "当值", "金额大写"):
        assert body.count(label) >= 2, label
    assert body.count("工程部") == 2 and body.count("刘海波") == 2
    assert body.count("更换水龙头") == 2 and body.count(order.number) == 2
    assert stamps(pdf_text, pdf, "草稿") == 2 and "4.70" not in body and "2.35" not in body
    assert body.count("当值签字后按移动加权平均成本计算") == 2
    assert "张建国" not in body
    top, bottom = half(pdf_text, pdf, 1, True), half(pdf_text, pdf, 1, False)
    assert "仓库存根" in top and "领料部门联" in bottom and "领料部门联" not in top

    clock.advance(minutes=30)
    warehouse.sign_issue_slip(slip.id, by=staff["duty"])
    pdf = issue_slip_pdf(slip.id)
    text = pdf_text(pdf)
    body = flat(text)
    assert stamps(pdf_text, pdf, "草稿") == 0
    assert rows_of(text).count("1 WJ001 十字螺丝 M4×20 盒 2 2.35 4.70") == 2
    assert body.count("备注急用") == 2  # the slip's note
    assert body.count("合计24.70") == 2 and body.count("人民币肆元柒角整") == 2
    assert body.count("当值：张建国") == 2 and body.count("2026-03-1009:30") == 2
    assert body.count("仓管员：赵桂英") == 2 and body.count("已签字") == 2
    assert "草稿" not in body


def test_a_cancelled_issue_slip_is_stamped(staff, clock, pdf_text):
    screws = make_item(staff["keeper"])
    receive(staff, [(screws, 10, "2")])
    slip = issue(staff, [(screws, 3)])
    warehouse.cancel_issue_slip(slip.id, "领错了", by=staff["manager"])
    pdf = issue_slip_pdf(slip.id)
    body = flat(pdf_text(pdf))
    assert body.count("状态已作废") == 2 and stamps(pdf_text, pdf, "已作废") == 2
    assert body.count("原因：领错了") == 2
    assert body.count("人民币陆元整") == 2  # it was signed: its cost stays on the paper


# --- 盘点表 and 物料盘点记录表 ---------------------------------------------------------------


def test_the_count_sheet_is_blind_in_shelf_order_with_page_numbers(staff, clock, pdf_text):
    keeper = staff["keeper"]
    a = make_item(keeper, code="CS-B", name="球阀", unit="个", category="水暖", location="B-01")
    b = make_item(keeper, code="CS-A", name="水龙头", unit="个", category="水暖", location="B-01")
    c = make_item(keeper, code="CS-C", name="灯管", unit="支", category="电料", location="A-07")
    for i in range(40):  # enough lines for a second page
        make_item(keeper, code=f"ZZ{i:02d}", name="备件", location="C-01")
    receive(staff, [(a, 137, "1"), (b, 89, "2"), (c, 4242, "3")])
    clock.set(dt.datetime(2026, 3, 30, 9, 0))
    stocktake = warehouse.start_stocktake("2026-03", by=keeper, quarterly=True,
                                          counted_by="赵桂英", recounted_by="刘海波",
                                          supervised_by="孙监盘")
    text = pdf_text(count_sheet_pdf(stocktake.id))
    body = flat(text)
    assert pages(text) == 2 and "第 1 页 / 共 2 页" in text and "第 2 页 / 共 2 页" in text
    assert stocktake.number in body and "2026年03月" in body and "季度全盘" in body
    assert "盘点范围全部" in body
    for header in ("序号", "编码", "名称", "规格", "单位", "货位", "实盘数量", "备注"):
        assert header in body, header
    words = " ".join(rows_of(text)).split()
    for book in ("137", "89", "4242"):  # the book quantities, nowhere
        assert book not in words, book
    assert "账面数量" not in body and "合计" not in body
    rows = rows_of(text)
    assert rows.index("1 CS-C 灯管 支 A-07") < rows.index("2 CS-A 水龙头 个 B-01") \
        < rows.index("3 CS-B 球阀 个 B-01")
    assert "盘点人：赵桂英" in body and "复盘人：刘海波" in body and "监盘人：孙监盘" in body
    assert flat(text.split("\f")[1]).count("盘点人") == 1  # signed once, at the end


def test_a_count_sheet_names_its_scope(staff, clock, pdf_text):
    keeper = staff["keeper"]
    make_item(keeper, code="DL001", name="灯管", category="电料", location="A-01")
    make_item(keeper, code="WJ001", name="螺丝", category="五金", location="A-01")
    stocktake = warehouse.start_stocktake("2026-03", by=keeper, category="电料")
    body = flat(pdf_text(count_sheet_pdf(stocktake.id)))
    assert "盘点范围类别电料" in body and "月度盘点" in body and "季度全盘" not in body
    assert "DL001" in body and "WJ001" not in body
    warehouse.cancel_stocktake(stocktake.id, "范围选错", by=keeper)
    other = warehouse.start_stocktake("2026-03", by=keeper, location="A-01")
    assert "盘点范围货位A-01" in flat(pdf_text(count_sheet_pdf(other.id)))
    pdf = count_sheet_pdf(stocktake.id)
    assert "原因：范围选错" in flat(pdf_text(pdf)) and stamps(pdf_text, pdf, "已作废") == 1


def _counted_stocktake(staff, clock):
    keeper = staff["keeper"]
    screws = make_item(keeper, location="A-02")
    tape = make_item(keeper, code="DL001", name="绝缘胶布", unit="卷", category="电料",
                     location="A-01")
    gloves = make_item(keeper, code="LB001", name="手套", unit="双", category="劳保",
                       location="B-01")
    receive(staff, [(screws, 10, "2"), (tape, 4, "5"), (gloves, 6, "3")],
            day=dt.date(2026, 3, 2))
    clock.set(dt.datetime(2026, 3, 30, 9, 0))
    stocktake = warehouse.start_stocktake("2026-03", by=keeper, counted_by="赵桂英",
                                          recounted_by="刘海波", supervised_by="孙监盘")
    clock.advance(hours=1)
    issue(staff, [(screws, 2)])  # after the freeze: the books expect 8
    clock.advance(hours=1)
    lines = {r.item.code: r.line.id for r in warehouse.count_rows(stocktake.id)}
    warehouse.enter_counts(stocktake.id, {
        lines["DL001"]: {"counted_qty": "4"},
        lines["WJ001"]: {"counted_qty": "9", "recount_qty": "9", "reason": "上次出库少发"},
        lines["LB001"]: {"counted_qty": "5", "recount_qty": "5", "reason": "破损报废"},
    }, by=keeper)
    return stocktake


def test_the_stocktake_record_while_counting_and_once_approved(staff, clock, pdf_text):
    stocktake = _counted_stocktake(staff, clock)
    pdf = stocktake_record_pdf(stocktake.id, by=staff["manager"])
    text = pdf_text(pdf)
    body = flat(text)
    assert "物料盘点记录表" in body and "盘点中（未审批）" in body and "周志华" not in body
    assert "审批（经理）" in body and "尚未审批" in body
    assert stamps(pdf_text, pdf, "未审批") == 1  # across the table: not the approved record
    for blind in ("keeper", "clerk", "duty"):  # the count is blind: the books are not shown
        with pytest.raises(DomainError, match="only the manager may print"):
            stocktake_record_pdf(stocktake.id, by=staff[blind])
    clock.advance(hours=20)
    warehouse.approve_stocktake(stocktake.id, by=staff["manager"])
    pdf = stocktake_record_pdf(stocktake.id, by=staff["clerk"])  # approved: anyone
    assert stamps(pdf_text, pdf, "未审批") == 0
    assert re.search(rb"/MediaBox \[ 0 0 841\.\d+ 595\.\d+ \]", pdf)  # landscape
    text = pdf_text(pdf)
    body = flat(text)
    for header in ("序号", "编码", "名称", "规格", "单位", "账面数量", "实盘数量", "盘盈数量",
                   "盘盈金额", "盘亏数量", "盘亏金额", "原因"):
        assert header in body, header
    rows = rows_of(text)
    assert "1 DL001 绝缘胶布 卷 4 4" in rows
    assert "2 WJ001 十字螺丝 盒 8 9 1 2.00 上次出库少发" in rows
    assert "3 LB001 手套 双 6 5 1 3.00 破损报废" in rows
    assert "合计2.003.00" in body and "净盘亏1.00元（人民币壹元整）" in body
    assert "账面冻结2026-03-3009:00" in body and "实盘时间2026-03-3011:00" in body
    assert "盘点人：赵桂英" in body and "复盘人：刘海波" in body and "监盘人：孙监盘" in body
    assert "审批（经理）：周志华" in body and "2026-03-3107:00" in body
    assert "已审批" in body and "尚未审批" not in body
    assert "第 1 页 / 共 1 页" in text


# --- 收发存汇总表 --------------------------------------------------------------------------


def _march(staff, clock):
    """February: 10 screws at 2.00. March: 5 more at 2.60, 3 issued and the slip cancelled,
    2 issued to 客服部 (4.40); 4 rolls of tape at 5.00."""
    keeper = staff["keeper"]
    screws = make_item(keeper)
    tape = make_item(keeper, code="DL001", name="绝缘胶布", unit="卷", category="电料")
    clock.set(dt.datetime(2026, 2, 20, 9, 0))
    receive(staff, [(screws, 10, "2")])
    clock.set(dt.datetime(2026, 3, 10, 9, 0))
    receive(staff, [(screws, 5, "2.6"), (tape, 4, "5")])
    slip = issue(staff, [(screws, 3)])
    issue(staff, [(screws, 2)], department="客服部")
    warehouse.cancel_issue_slip(slip.id, "领错", by=staff["manager"])


def test_the_stock_summary_against_a_month_built_by_hand(staff, clock, pdf_text):
    _march(staff, clock)
    pdf = stock_summary_pdf("2026-03", prepared_by="赵桂英")
    assert re.search(rb"/MediaBox \[ 0 0 841\.\d+ 595\.\d+ \]", pdf)
    text = pdf_text(pdf)
    body = flat(text)
    assert "收发存汇总表" in body and "统计月份：2026年03月" in body
    assert "".join(warehouse.SUMMARY_HEADERS) in body  # the 16 columns, in order
    rows = rows_of(text)
    assert "WJ001 十字螺丝 盒 10 20.00 5 13.00 2 4.40 13 28.60" in rows
    assert "DL001 绝缘胶布 卷 0 0.00 4 20.00 4 20.00" in rows
    flat_rows = [flat(r) for r in rows]
    assert "五金小计20.0013.004.400.000.0028.60" in flat_rows
    assert "电料小计0.0020.000.000.000.0020.00" in flat_rows
    assert "合计20.0033.004.400.000.0048.60" in flat_rows
    assert "部门领用" in body and "客服部14.40" in flat_rows and "合计14.40" in flat_rows
    assert "制表人：赵桂英" in body and "审核人" in body
    assert "第 1 页 / 共 1 页" in text


def test_an_empty_month_and_a_malformed_one(staff, clock, pdf_text):
    body = flat(pdf_text(stock_summary_pdf("2025-01")))
    assert "（无记录）" not in body and "合计0.000.000.000.000.000.00" in body
    for month in ("", "2026-13", "2026/03"):
        with pytest.raises(ValidationError):
            stock_summary_pdf(month)


# --- the registers ------------------------------------------------------------------------


def test_the_receipt_register_takes_both_end_days_and_marks_cancelled(staff, clock, pdf_text):
    clock.set(dt.datetime(2026, 4, 2, 9, 0))
    screws = make_item(staff["keeper"])
    outside = [receive(staff, [(screws, 1, "9.99")], day=dt.date(2026, 2, 28)),
               receive(staff, [(screws, 1, "8.88")], day=dt.date(2026, 4, 1))]
    first = receive(staff, [(screws, 2, "1.50")], day=dt.date(2026, 3, 1))
    last = receive(staff, [(screws, 3, "2.00")], day=dt.date(2026, 3, 31), supplier="远大建材")
    gone = receive(staff, [(screws, 4, "7.00")], day=dt.date(2026, 3, 15))
    warehouse.cancel_receipt(gone.id, "重复录入", by=staff["manager"])
    draft = receive(staff, [(screws, 5, "6.00")], day=dt.date(2026, 3, 16), confirm=False)
    text = pdf_text(receipt_register_pdf(dt.date(2026, 3, 1), dt.date(2026, 3, 31)))
    body = flat(text)
    assert "物料入库记录表" in body and "期间：2026-03-01至2026-03-31" in body
    assert first.number in body and last.number in body and gone.number in body
    assert all(doc.number not in body for doc in outside) and draft.number not in body
    rows = rows_of(text)
    assert f"2026-03-01 {first.number} 已确认 华强五金 SH-0301 WJ001 十字螺丝 盒 2 1.50 3.00 " \
           "赵桂英" in rows
    assert f"2026-03-15 {gone.number} 已作废 华强五金 SH-0301 WJ001 十字螺丝 盒 4 7.00 28.00 " \
           "赵桂英" in rows
    assert "合计（不含作废）9.00" in body  # 3.00 + 6.00
    assert "共3张入库单，其中已作废1张" in body and "人民币玖元整" in body
    assert [r for r in rows if r.startswith("2026-")][0].startswith("2026-03-01")
    with pytest.raises(ValidationError):
        receipt_register_pdf(dt.date(2026, 3, 31), dt.date(2026, 3, 1))


def test_the_issue_register(staff, clock, pdf_text):
    screws = make_item(staff["keeper"])
    receive(staff, [(screws, 10, "2")], day=dt.date(2026, 3, 1))
    kept = issue(staff, [(screws, 3)], day=dt.date(2026, 3, 2))
    undone = issue(staff, [(screws, 1)], day=dt.date(2026, 3, 3), department="客服部",
                   receiver="李晓燕")
    warehouse.cancel_issue_slip(undone.id, "退回", by=staff["manager"])
    never = issue(staff, [(screws, 1)], sign=False)
    warehouse.cancel_issue_slip(never.id, "不要了", by=staff["keeper"])
    issue(staff, [(screws, 1)], sign=False)  # a draft: not on the register
    text = pdf_text(issue_register_pdf(dt.date(2026, 3, 1), dt.date(2026, 3, 10)))
    rows = rows_of(text)
    assert f"2026-03-02 {kept.number} 已签字 工程部 刘海波 WJ001 十字螺丝 盒 3 2.00 6.00 " \
           "更换水龙头" in rows
    assert f"2026-03-03 {undone.number} 已作废 客服部 李晓燕 WJ001 十字螺丝 盒 1 2.00 2.00 " \
           "更换水龙头" in rows
    assert not any(never.number in row for row in rows)  # cancelled unsigned: it never counted
    body = flat(text)
    assert "合计（不含作废）6.00" in body and "共2张出库单，其中已作废1张" in body
    for header in ("日期", "出库单号", "状态", "领料部门", "领料人", "单位成本", "报修单号"):
        assert header in body


# --- 物品申购表 ---------------------------------------------------------------------------


def test_the_purchase_request(staff, clock, pdf_text):
    screws = make_item(staff["keeper"], spec="M4×20", safety_stock="10")
    receive(staff, [(screws, 3, "2.5")])
    request = warehouse.save_request(
        {"department": "工程部", "requested_by": "刘海波", "reason": "三月维修备料"},
        [{"item": screws.id, "qty": 17, "unit_price": "2.5", "note": "急"}], by=staff["keeper"])
    text = pdf_text(purchase_request_pdf(request.id))
    body = flat(text)
    assert "物品申购表" in body and request.number in body and "第 1 页 / 共 1 页" in text
    assert "申购部门工程部" in body and "申购人刘海波" in body and "三月维修备料" in body
    for header in ("编码", "名称", "规格", "单位", "现有库存", "安全库存", "申购数量", "预计单价",
                   "预计金额", "备注"):
        assert header in body, header
    assert "1 WJ001 十字螺丝 M4×20 盒 3 10 17 2.50 42.50 急" in rows_of(text)
    assert "合计1742.50" in body and "人民币肆拾贰元伍角整" in body
    assert "待审批" in body and "周志华" not in body
    for caption in ("申购人：刘海波", "仓管员：赵桂英", "经理（审批）："):
        assert caption in body
    clock.advance(hours=3)
    warehouse.approve_request(request.id, by=staff["manager"])
    body = flat(pdf_text(purchase_request_pdf(request.id)))
    assert "已批准" in body and "经理（审批）：周志华" in body and "2026-03-1012:00" in body


# --- the command line ---------------------------------------------------------------------


def test_pdf_kinds_render_by_number(staff, clock, pdf_text):
    documents.load_all()
    screws = make_item(staff["keeper"])
    receipt = receive(staff, [(screws, 10, "2")])
    slip = issue(staff, [(screws, 1)])
    request = warehouse.save_request({}, [{"item": screws.id, "qty": 1, "unit_price": 1}],
                                     by=staff["keeper"])
    stocktake = warehouse.start_stocktake("2026-03", by=staff["keeper"])
    for kind, number, title in (("receipt", receipt.number, "入库单"),
                                ("issue-slip", slip.number, "出库单"),
                                ("purchase-request", request.number, "物品申购表"),
                                ("count-sheet", stocktake.number, "物料盘点表")):
        body = flat(pdf_text(documents.PDF_KINDS[kind].render(f" {number} ")))
        assert number in body and title in body, kind
        with pytest.raises(NotFound):
            documents.PDF_KINDS[kind].render("XX20990101-0001")
    # no one is signed in at the command line: the record (book quantities) once approved only
    with pytest.raises(DomainError, match="only the manager"):
        documents.PDF_KINDS["stocktake"].render(stocktake.number)
    line = warehouse.count_rows(stocktake.id)[0].line
    warehouse.enter_counts(stocktake.id, {line.id: {"counted_qty": "9"}}, by=staff["keeper"])
    warehouse.approve_stocktake(stocktake.id, by=staff["manager"])
    body = flat(pdf_text(documents.PDF_KINDS["stocktake"].render(stocktake.number)))
    assert stocktake.number in body and "物料盘点记录表" in body and "未审批" not in body


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "--lang", "en", *args],
                          capture_output=True, text=True, encoding="utf-8", timeout=180, cwd=ROOT,
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))


def test_cli_pdf_receipt_and_a_missing_number(staff, clock, db_path, tmp_path, pdf_text):
    from models import db as dbmod

    screws = make_item(staff["keeper"])
    number = receive(staff, [(screws, 10, "2")]).number
    dbmod.close_database()
    out = tmp_path / "receipt.pdf"
    result = run("--db", str(db_path), "pdf", "receipt", number, "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert flat(pdf_text(out.read_bytes())).count(number) == 2
    missing = run("--db", str(db_path), "pdf", "issue-slip", "CK20990101-0001", "-o",
                  str(tmp_path / "none.pdf"))
    assert missing.returncode == 2 and "There is no document CK20990101-0001" in missing.stderr
    assert not (tmp_path / "none.pdf").exists()


def test_domain_errors_of_the_paper_are_domain_errors(staff, clock):
    with pytest.raises(DomainError):
        issue_register_pdf(dt.date(2026, 3, 2), dt.date(2026, 3, 1))
