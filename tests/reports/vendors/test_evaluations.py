"""考评表 as scored, the templates' blank sheets and the evaluations export, read back."""

from __future__ import annotations

import openpyxl
import pytest

from models import vendors
from models.errors import NotFound
from reports import documents, kinds
from reports.vendors import blank_sheet_pdf, evaluation_pdf, template_by_ref, write_evaluations
from tests.helpers.vendors_evaluations import make_cleaning_vendor

pytestmark = pytest.mark.usefixtures("clock")


@pytest.fixture(autouse=True)
def _kinds_loaded():
    documents.load_all()


def _objected_sheet(staff):
    vendor = make_cleaning_vendor(staff["manager"])
    ev = vendors.new_evaluation(staff["clerk"], vendor=vendor, vendor_present="王秀兰")
    first, second, *_ = vendors.evaluation_items(ev.id)
    vendors.score_items(ev.id, {first.id: {"points_off": 6, "problem": "大堂地面有水渍"},
                                second.id: {"passed": True}}, staff["clerk"])
    vendors.submit_evaluation(ev.id, staff["clerk"])
    vendors.confirm_evaluation(ev.id, staff["clerk"], signer="王秀兰", agrees=False,
                               objection="检查时正在拖地")
    vendors.rule_on_objection(ev.id, staff["manager"], ruling="部分属实，改扣2分",
                              amend={first.id: {"points_off": 2}})
    return vendors.get_evaluation(ev.id)


def test_the_sheet_prints_its_items_score_signature_and_ruling(staff, pdf_text):
    ev = _objected_sheet(staff)
    text = pdf_text(evaluation_pdf(ev.id), layout=False)
    assert "清洁服务日检查表" in text and ev.number in text
    assert "洁美清洁服务有限公司" in text and "李晓燕" in text
    assert "大堂地面有水渍" in text and "得分 98" in text
    assert "轿厢干净，按键无污（严重项）" in text
    assert "有异议：检查时正在拖地" in text and "部分属实，改扣2分" in text
    assert "不合格（98 分）" in text and "周志华" in text


def test_a_draft_prints_draft_and_a_cancelled_one_why(staff, pdf_text):
    vendor = make_cleaning_vendor(staff["manager"])
    ev = vendors.new_evaluation(staff["clerk"], vendor=vendor)
    assert "草 稿" in pdf_text(evaluation_pdf(ev.id), layout=False).splitlines()
    vendors.cancel_evaluation(ev.id, "重复录入", staff["manager"])
    text = pdf_text(evaluation_pdf(ev.id), layout=False)
    assert "已 作 废" in text.splitlines() and "重复录入" in text


def test_the_blank_sheet_by_name_or_id(staff, pdf_text):
    make_cleaning_vendor(staff["manager"])
    template = template_by_ref("清洁服务周检表")
    assert template_by_ref(str(template.id)).id == template.id
    text = pdf_text(kinds.PDF_KINDS["evaluation-blank"].render("清洁服务周检表"))
    assert "清洁服务周检表" in text and "灯具风口无积尘" in text and "冲洗消毒" in text
    assert "得分：" in text and "外判单位确认" in text
    assert "大堂" not in pdf_text(blank_sheet_pdf(template.id))
    with pytest.raises(NotFound):
        template_by_ref("没有这张表")


def test_the_export_has_the_sheets_and_the_items_that_lost_points(staff, tmp_path):
    ev = _objected_sheet(staff)
    vendors.new_evaluation(staff["clerk"], vendor=ev.vendor)  # a draft: a sheet, no items
    target = tmp_path / "ev.xlsx"
    assert write_evaluations(target, {}, lambda ctx, text: text) == 2
    book = openpyxl.load_workbook(target)
    sheets = book.worksheets
    rows = list(sheets[1].iter_rows(values_only=True))
    assert rows[0][:4] == ("考评单号", "日期", "外判单位", "序号")
    assert [(r[0], r[3], r[7], r[8]) for r in rows[1:]] == [(ev.number, 1, 2, "大堂地面有水渍")]
    assert "evaluations" in kinds.EXPORTS and "evaluation" in kinds.PDF_KINDS
