"""The storeroom's forms as a clerk checks them on paper: quantities added up only where they
share a unit, unit prices to one number of decimals, a draft 物品申购表 stamped 草稿 with who
asks for it, and the registers and the summary signed 制表人 by the user who prints them."""

from __future__ import annotations

import datetime as dt
import re

from models import clock as program_clock
from models import warehouse
from reports.warehouse import (
    issue_register_pdf,
    issue_slip_pdf,
    purchase_request_pdf,
    receipt_pdf,
    receipt_register_pdf,
    stock_summary_pdf,
)
from tests.helpers.storeroom import issue_lines, make_item, receive_lines


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def rows_of(text: str) -> list[str]:
    return [re.sub(r"\s+", " ", line).strip() for line in text.splitlines()]


def stamps(pdf_text, pdf: bytes, word: str) -> int:
    return [line.strip() for line in pdf_text(pdf, layout=False).splitlines()].count(
        " ".join(word))


def test_quantities_of_one_unit_add_up_and_of_two_units_do_not(staff, clock, pdf_text):
    screws = make_item(staff["keeper"])
    nuts = make_item(staff["keeper"], code="WJ002", name="螺母")  # 盒 too
    wire = make_item(staff["keeper"], code="DL001", name="电线", unit="米", category="电料")
    boxes = receive_lines(staff, [(screws, 3, "2"), (nuts, 4, "1")])
    assert flat(pdf_text(receipt_pdf(boxes.id))).count("合计710.00") == 2
    mixed = receive_lines(staff, [(screws, 3, "2"), (wire, "2.5", "4")])
    body = flat(pdf_text(receipt_pdf(mixed.id)))
    assert body.count("合计16.00") == 2 and "5.5" not in body  # 3 盒 + 2.5 米 is nothing
    slip = issue_lines(staff, [(screws, 1), (wire, "0.5")])
    body = flat(pdf_text(issue_slip_pdf(slip.id)))
    assert "合计" in body and "1.5" not in body


def test_unit_prices_print_with_one_number_of_decimals(staff, clock, pdf_text):
    screws = make_item(staff["keeper"])
    tape = make_item(staff["keeper"], code="DL001", name="绝缘胶布", unit="卷", category="电料")
    receipt = receive_lines(staff, [(screws, 2, "1.5"), (tape, 1, "0.3456")])
    rows = rows_of(pdf_text(receipt_pdf(receipt.id)))
    assert rows.count("1 WJ001 十字螺丝 盒 2 1.5000 3.00") == 2
    assert rows.count("2 DL001 绝缘胶布 卷 1 0.3456 0.35") == 2
    plain = receive_lines(staff, [(screws, 2, "1.5")])
    assert rows_of(pdf_text(receipt_pdf(plain.id))).count("1 WJ001 十字螺丝 盒 2 1.50 3.00") == 2
    today = program_clock.today()
    register = rows_of(pdf_text(receipt_register_pdf(today, today)))
    prices = [row.split()[-3] for row in register if " WJ001 " in row or " DL001 " in row]
    assert prices and all(re.fullmatch(r"\d+\.\d{4}", p) for p in prices), prices


def test_a_draft_purchase_request_says_draft_and_who_asks(staff, clock, pdf_text):
    screws = make_item(staff["keeper"], safety_stock="10")
    wire = make_item(staff["keeper"], code="DL001", name="电线", unit="米", category="电料",
                     safety_stock="50")
    receive_lines(staff, [(screws, 1, "2.5"), (wire, 5, "1.2")])
    request = warehouse.draft_request_from_low_stock(by=staff["keeper"])
    assert request.requested_by == ""  # drafted from the low-stock list: nobody typed a name
    pdf = purchase_request_pdf(request.id)
    text = pdf_text(pdf)
    body = flat(text)
    assert stamps(pdf_text, pdf, "草稿") == 1
    assert "申购人赵桂英" in body and "申购人：赵桂英" in body
    drawn = rows_of(pdf_text(pdf, layout=False))  # the stamp lies across the laid-out rows
    assert f"合 计 {warehouse.fmt_money(request.total)}" in drawn  # no 盒 + 米 quantity
    warehouse.approve_request(request.id, by=staff["manager"])
    assert stamps(pdf_text, purchase_request_pdf(request.id), "草稿") == 0


def test_the_registers_and_the_summary_are_signed_by_who_prints_them(staff, clock, pdf_text):
    screws = make_item(staff["keeper"])
    receive_lines(staff, [(screws, 5, "2")])
    issue_lines(staff, [(screws, 1)])
    today = program_clock.today()
    month = warehouse.month_of(today)
    for pdf in (receipt_register_pdf(today, today, by=staff["manager"]),
                issue_register_pdf(today, today, by=staff["manager"]),
                stock_summary_pdf(month, by=staff["manager"])):
        assert "制表人：周志华" in flat(pdf_text(pdf))
    # nobody named (the command line's `pdf`): a blank 制表人 to sign by hand
    assert "制表人：审核人" in flat(pdf_text(receipt_register_pdf(today, today)))
    assert isinstance(today, dt.date)
