"""客户投诉 on paper and in a spreadsheet, read back: the notice two copies on one A4, the
register for a period; `export complaints`."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from models import reception
from models.errors import NotFound, ValidationError
from reports import documents
from reports.reception import complaint_notice_pdf, complaint_register_pdf, parse_range
from tests.helpers.complaints import phone_values, to_signed


def flat(text: str) -> str:
    return "".join(text.split())


def test_the_notice_prints_two_copies_on_one_sheet(staff, clock, pdf_text):
    c = to_signed(reception.register_complaint(phone_values(), by=staff["clerk"]),
                  staff["clerk"], staff["manager"])
    text = flat(pdf_text(complaint_notice_pdf(c.id)))
    assert text.count("客户投诉处理通知单") == 2
    assert "客服部存根" in text and "责任部门联" in text
    assert text.count("TS20260310-0001") == 2
    assert text.count("空调报修两天仍未修好") == 2 and text.count("13800138000") == 2
    assert "电话" in text and "工程部" in text and "负责人签字" in text
    assert "客户签字" in text and "满意基本满意不满意" in text  # drawn tick boxes
    assert "2026-03-1309:00" in text  # the remedy is due in 3 days


def test_the_notice_shows_the_callback_once_made(staff, clock, pdf_text):
    clerk = staff["clerk"]
    c = to_signed(reception.register_complaint(phone_values(), by=clerk), clerk,
                  staff["manager"])
    reception.record_complaint_contact(c.id, clerk)
    reception.answer_complaint_remedy(c.id, clerk, "更换空调压缩机", "建立报修超时提醒")
    reception.mark_complaint_done(c.id, clerk)
    reception.call_back_complaint(c.id, clerk, "satisfied", "很好")
    text = flat(pdf_text(complaint_notice_pdf(c.id)))
    assert text.count("更换空调压缩机") == 2 and "□满意" not in text and "满意" in text


def test_the_register_for_a_month_or_a_range(staff, clock, pdf_text):
    reception.register_complaint(phone_values(), by=staff["clerk"])
    reception.register_complaint(phone_values(customer="李女士"), by=staff["clerk"])
    clock.set(dt.datetime(2026, 4, 1, 9, 0))
    reception.register_complaint(phone_values(customer="赵先生"), by=staff["clerk"])
    text = flat(pdf_text(complaint_register_pdf("2026-03")))
    assert "客户投诉登记表" in text and "共2件" in text and "赵先生" not in text
    documents.load_all()
    text = flat(pdf_text(documents.PDF_KINDS["complaint-register"].render(
        "2026-03-10..2026-04-01")))
    assert "共3件" in text and "赵先生" in text
    assert parse_range("2026-03-10") == (dt.date(2026, 3, 10),) * 2
    with pytest.raises(ValidationError):
        parse_range("2026-04-01..2026-03-01")
    with pytest.raises(ValidationError):
        parse_range("March")


def test_the_kinds_are_registered(staff, clock, tmp_path):
    documents.load_all()
    with pytest.raises(NotFound):
        documents.PDF_KINDS["complaint-notice"].render("TS20260310-0099")
    reception.register_complaint(phone_values(), by=staff["clerk"])
    target = tmp_path / "c.xlsx"
    rows = documents.EXPORTS["complaints"].write(target, {}, lambda _c, text: text)
    assert rows == 1
    sheet = openpyxl.load_workbook(target).active
    assert "TS20260310-0001" in [cell.value for cell in sheet[2]]
