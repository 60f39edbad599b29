"""意见咨询 on paper and in a spreadsheet, read back: the 电话意见咨询记录 with its customers,
answers, follow-ups and the manager's review; `pdf consultation-record`, `export consultations`."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from models import callbacks, reception
from models.errors import NotFound
from reports import documents
from reports.reception import consultation_record_pdf

T0 = dt.datetime(2026, 3, 10, 9, 0)


def flat(text: str) -> str:
    return "".join(text.split())


def consult(staff, kind="phone") -> reception.Consultation:
    return reception.record_consultation({"kind": kind}, [
        {"unit": "立案庭", "room": "1203", "person": "王立新", "phone": "13800000001",
         "opinion": "走廊灯不亮", "promised_at": T0 + dt.timedelta(days=1)},
        {"unit": "执行局", "room": "805", "person": "李春梅", "phone": "13800000002"},
    ], by=staff["clerk"])


def test_the_record_prints_the_customers_and_waits_for_the_review(staff, clock, pdf_text):
    c = consult(staff)
    text = flat(pdf_text(consultation_record_pdf(c.id)))
    assert "电话意见咨询记录" in text and "ZX20260310-0001" in text
    assert "立案庭" in text and "王立新" in text and "13800000002" in text
    assert "走廊灯不亮" in text and "无意见" in text and "待答复" in text
    assert "2026-03-1109:00" in text  # the promised time
    assert "客服部长审核" in text and "2户，提出意见1条" in text


def test_the_record_shows_follow_ups_answers_and_the_review(staff, clock, pdf_text):
    c = consult(staff)
    line = reception.consultation_lines(c)[0]
    clock.advance(hours=5)
    reception.follow_up_consultation(line.id, staff["clerk"], "工程部当日更换灯管", "已解决")
    reception.answer_consultation(line.id, staff["clerk"], callbacks.SATISFIED, "好")
    reception.review_consultation(c.id, staff["manager"], "跟进及时")
    text = flat(pdf_text(consultation_record_pdf(c.id)))
    assert "工程部当日更换灯管" in text and "已解决" in text and "已答" in text and "复满意" in text
    assert "跟进及时" in text and "周志华" in text
    onsite = consult(staff, kind="onsite")
    assert "现场意见咨询记录" in flat(pdf_text(consultation_record_pdf(onsite.id)))


def test_the_kinds_by_number_and_the_export(staff, clock, pdf_text, tmp_path):
    consult(staff)
    documents.load_all()
    text = flat(pdf_text(documents.PDF_KINDS["consultation-record"].render("ZX20260310-0001")))
    assert "王立新" in text
    with pytest.raises(NotFound):
        documents.PDF_KINDS["consultation-record"].render("ZX20260310-0099")
    target = tmp_path / "consultations.xlsx"
    rows = documents.EXPORTS["consultations"].write(target, {}, lambda _c, text: text)
    assert rows == 2
    sheet = openpyxl.load_workbook(target).active
    values = [cell.value for row in sheet.iter_rows() for cell in row]
    assert "王立新" in values and "ZX20260310-0001" in values
