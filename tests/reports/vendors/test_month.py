"""月度考评结算表 and the yearly sheet on paper; the vendor-month export."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from models import vendors
from reports import vendors as paper
from tests.helpers import vendors_month as vm

pytestmark = pytest.mark.usefixtures("clock")


@pytest.fixture
def settled(make_user, clock):
    crew = vm.month_crew(make_user)
    clock.set(dt.datetime(2026, 4, 2, 10))
    vendor, _contract = vm.cleaning_march(crew["clerk"])
    for day in (16, 17):  # two more failed: four, the failed-check clause applies
        vm.make_evaluation(vendor, vendors.DAILY, dt.date(2026, 3, day), "96", crew["clerk"])
    s = vendors.compute_month(vendor.id, "2026-03", crew["clerk"])
    return crew, vendor, s


def test_the_settlement_sheet_lets_a_clerk_check_the_payable(settled, pdf_text, clock):
    crew, vendor, s = settled
    text = pdf_text(paper.settlement_pdf(s.id))
    assert "月度考评结算表" in text and s.number in text and "2026-03-01 至 2026-03-31" in text
    # 22 daily rounds: (18 × 100 + 92 + 88 + 96 + 96) / 22 = 98.7; (95 + 90) / 2 = 92.5
    assert "（98.7 + 92.5）÷ 2 = 95.6" in text
    assert "日检不合格" in text and "4 次" in text and "已通报服务中心经理及公司技术部" in text
    assert text.count("每次200.00元") == 4 and "扣款合计（第2–6项）" in text
    assert "应付金额 = 30,000.00 − 0.00 − 900.00" in text and "29,100.00" in text
    assert "人民币贰万玖仟壹佰元整" in text
    assert "考评人" in text and "经理（审核）" in text and "外判单位（确认）" in text
    vendors.approve(s.id, crew["manager"])
    vendors.confirm(s.id, "孙丽", dt.date(2026, 4, 3), crew["clerk"])
    text = pdf_text(paper.settlement_pdf(s.id))
    assert "孙丽" in text and "2026-04-03" in text and "周志华" in text and "李晓燕" in text


def test_the_year_sheet_and_the_export(settled, pdf_text, tmp_path):
    _crew, vendor, s = settled
    text = pdf_text(paper.year_pdf(vendor.id, 2026))
    assert "年度考评汇总表" in text and "2026年03月" in text and "未结算" in text
    assert "月度得分走势" in text and "全年合计" in text
    target = tmp_path / "m.xlsx"
    assert paper.write_months(target, {"date_from": "2026-03", "date_to": "2026-03"},
                              lambda c, t: t) == 1
    sheet = openpyxl.load_workbook(target).active
    row = [c.value for c in next(sheet.iter_rows(min_row=2, max_row=2))]
    assert row[0] == s.number and row[15] == 29100.0 and vendors.Defect.get(vendors.Defect.late).number in row[-1]
    assert paper.write_months(tmp_path / "n.xlsx", {"date_from": "2026-04"}, lambda c, t: t) == 0


def test_the_kinds_are_registered_for_main_py(settled, pdf_text):
    from models.errors import DomainError
    from reports import documents, kinds

    documents.load_all()
    _crew, vendor, s = settled
    assert "月度考评结算表" in pdf_text(kinds.PDF_KINDS["vendor-settlement"].render(s.number))
    assert "年度考评汇总表" in pdf_text(kinds.PDF_KINDS["vendor-year"].render(f"2026/{vendor.id}"))
    assert "年度考评汇总表" in pdf_text(kinds.PDF_KINDS["vendor-year"].render(f"2026/{vendor.name}"))
    for bad in ("2026", "x/1", "2026/无此单位"):
        with pytest.raises(DomainError):
            kinds.PDF_KINDS["vendor-year"].render(bad)
    with pytest.raises(DomainError):
        kinds.PDF_KINDS["vendor-settlement"].render("JS-000000-00")
    assert "vendor-month" in kinds.EXPORTS
