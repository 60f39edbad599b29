"""整改 on paper: the 报事单 before and after the vendor's reply and the re-inspection, the
late defects of a month for the client representative, and the `defects` export."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from models import vendors
from models.errors import DomainError, ValidationError
from reports import documents as kinds
from reports import vendors as paper
from tests.helpers.vendors_defects import defect_staff, defect_values, vendor


@pytest.fixture
def dp(make_user, clock):
    vendor()
    kinds.load_all()
    return defect_staff(make_user)


def _ticket(clerk, **over):
    values = defect_values(kind=vendors.TICKET, place="外围广场", text="石材地面大面积污渍，需机洗",
                           due_at=dt.datetime(2026, 3, 11, 17, 0))
    values.update(over)
    return vendors.record_defect(values, by=clerk)


def test_a_new_ticket_prints_the_defect_its_deadline_and_blank_boxes(dp, pdf_text):
    ticket = _ticket(dp["clerk"])
    text = pdf_text(kinds.PDF_KINDS["work-ticket"].render(ticket.number))
    assert "报事单" in text.replace(" ", "")
    for words in (ticket.number, "洁美清洁服务有限公司", "陈领班", "外围广场", "石材地面大面积污渍",
                  "2026-03-11 17:00 前完成并回复管理处", "日常巡查", "外判单位回复", "复查结果",
                  "合格", "不合格", "报事人", "外判单位签收", "复查人", "李晓燕"):
        assert words in text, words
    assert "逾期" not in text.replace("逾期情况", "").replace("未按期", "")


def test_a_ticket_failed_again_then_late_prints_the_reply_the_new_deadline_and_how_late(
        dp, clock, pdf_text):
    clerk = dp["clerk"]
    ticket = _ticket(clerk)
    clock.set(dt.datetime(2026, 3, 11, 15, 0))
    vendors.record_reply(ticket.id, "已安排机洗完毕", by=clerk)
    clock.set(dt.datetime(2026, 3, 12, 9, 0))
    vendors.reinspect(ticket.id, False, by=clerk, inspected_by="张建国",
                      new_due_at=dt.datetime(2026, 3, 12, 17, 0))
    text = pdf_text(paper.work_ticket_pdf(ticket.id))
    for words in ("已安排机洗完毕", "2026-03-11 15:00", "张建国", "2026-03-12 09:00",
                  "2026-03-12 17:00", "逾期 16小时0分"):
        assert words in text, words


def test_a_minor_fault_has_no_ticket(dp):
    minor = vendors.record_defect(defect_values(), by=dp["clerk"])
    with pytest.raises(DomainError, match="no work ticket"):
        paper.work_ticket_pdf(minor.id)


def test_the_late_defects_of_a_month_for_the_client_representative(dp, clock, pdf_text):
    clerk = dp["clerk"]
    other = vendor("绿源园林绿化有限公司", vendors.GREENING)
    late = vendors.record_defect(defect_values(text="地面有污渍"), by=clerk)
    on_time = vendors.record_defect(defect_values(text="玻璃门有手印"), by=clerk)
    green = vendors.record_defect(defect_values(vendor=other.id, text="草坪杂草未除"), by=clerk)
    clock.advance(minutes=30)
    vendors.fix_minor(on_time.id, by=clerk)
    clock.advance(hours=2)
    vendors.fix_minor(late.id, by=clerk)
    vendors.mark_late()
    assert vendors.get_defect(green.id).late
    text = pdf_text(kinds.PDF_KINDS["late-defects"].render("2026-03"))
    assert "未按期整改清单" in text.replace(" ", "")
    for words in ("2026-03-01 至 2026-03-31", "未按期整改共 2 项", "地面有污渍", "草坪杂草未除",
                  "逾期 1小时30分", "客户代表 / 业委会签收", "经理审核"):
        assert words in text, words
    assert "玻璃门有手印" not in text
    text = pdf_text(paper.late_defects_pdf("2026-04-01..2026-04-30"))
    assert "未按期整改共 0 项" in text
    with pytest.raises(ValidationError):
        paper.late_defects_pdf("三月")


def test_the_export_writes_every_defect(dp, tmp_path):
    vendors.record_defect(defect_values(), by=dp["clerk"])
    _ticket(dp["clerk"])
    target = tmp_path / "d.xlsx"
    assert kinds.EXPORTS["defects"].write(target, {}, lambda _c, text: text) == 2
    rows = list(openpyxl.load_workbook(target).worksheets[0].iter_rows(values_only=True))
    assert rows[0][:5] == ("Number", "Found", "Vendor", "Kind", "Status")
    assert sorted(r[3] for r in rows[1:]) == ["Minor (1 hour)", "Work ticket"]
