"""The visitors' paper and export: the 访客单, the 来访登记表, the spreadsheet; IDs masked."""

from __future__ import annotations

import openpyxl
import pytest

from models import reception
from models.errors import NotFound, ValidationError
from reports import documents
from reports import reception as paper
from tests.helpers.clock import T0

ID = "110101199003071234"


def new_visit(by, **values) -> reception.Visit:
    who = reception.VisitIdentity.get(reception.VisitIdentity.name == "上级领导").id
    base = {"visitor": "王小明", "company": "市税务局", "phone": "13912345678", "identity": who,
            "host_department": "财务部", "host_person": "孙丽", "purpose": "检查工作",
            "id_number": ID}
    return reception.register_visit({**base, **values}, by=by)


def test_the_slip_prints_both_copies_with_the_id_masked(staff, clock, pdf_text):
    visit = new_visit(staff["clerk"])
    text = pdf_text(paper.visitor_slip_pdf(visit.id))
    for word in ("访客单", "前台存根", "访客联", visit.number, "王小明", "市税务局",
                 "上级领导", "财务部 孙丽", "检查工作", "被访人签字", "110101********1234"):
        assert word in text, word
    assert ID not in text
    assert text.count(visit.number) == 2


def test_the_day_register_lists_the_day_and_has_the_signature_row(staff, clock, pdf_text):
    clerk = staff["clerk"]
    first = new_visit(clerk)
    reception.notify_host(first.id, by=clerk)
    reception.sign_in(first.id, by=clerk)
    second = new_visit(clerk, visitor="李四", id_number="")
    clock.advance(days=1)
    new_visit(clerk, visitor="赵六")
    text = pdf_text(documents.PDF_KINDS["visitor-day"].render(f"{T0:%Y-%m-%d}"))
    for word in ("来 访 登 记 表", first.number, second.number, "王小明", "李四",
                 "110101********1234", "在访", "共 2 批来访", "当值签字", "登记人"):
        assert word in text, word
    assert ID not in text and "赵六" not in text
    today = pdf_text(documents.PDF_KINDS["visitor-day"].render("today"))
    assert "赵六" in today
    with pytest.raises(ValidationError):
        paper.visitor_day_pdf("yesterday")


def test_the_slip_by_number_and_an_unknown_number(staff, clock, pdf_text):
    visit = new_visit(staff["clerk"])
    assert visit.number in pdf_text(documents.PDF_KINDS["visitor-slip"].render(visit.number))
    with pytest.raises(NotFound):
        documents.PDF_KINDS["visitor-slip"].render("FK20990101-0001")


def test_the_export_never_holds_an_id_in_full(staff, clock, tmp_path):
    new_visit(staff["clerk"])
    target = tmp_path / "visits.xlsx"
    kind = documents.EXPORTS["visitors"]
    assert kind.write(target, {}, lambda context, text: text) == 1
    cells = [str(c) for row in openpyxl.load_workbook(target).active.iter_rows(values_only=True)
             for c in row if c is not None]
    assert "王小明" in cells and ID not in " ".join(cells)


@pytest.fixture(autouse=True)
def _kinds():
    documents.load_all()
