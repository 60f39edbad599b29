"""The 标识申请表 on paper (draft, approved and installed, rejected, cancelled) and the
`sign-requests` export."""

from __future__ import annotations

import openpyxl
import pytest

from models import signage
from reports import documents as kinds
from reports import signage as paper
from tests.helpers.sign_requests import (
    department,
    in_production,
    request_values,
    sign_staff,
    wall_sign,
)


@pytest.fixture
def req_paper(make_user, clock):
    department()
    kinds.load_all()
    return sign_staff(make_user)


def test_a_draft_prints_with_its_fields_the_sketch_box_and_the_four_signatures(
        req_paper, pdf_text):
    request = signage.save_request(request_values(), by=req_paper["clerk"])
    text = pdf_text(paper.sign_request_pdf(request.id))
    assert "标识申请表" in text.replace(" ", "")
    for words in ( request.number, "财务部", "王芳", "办公室", "财务部 综合办公室",
                  "A座 12F 1201", "新设办公室", "示意图", "草稿", "申请人", "部门负责人", "客服部",
                  "服务中心批准"):
        assert words in text, words


def test_an_installed_replacement_prints_the_approval_the_making_and_the_new_number(
        req_paper, pdf_text):
    clerk, manager = req_paper["clerk"], req_paper["manager"]
    old = wall_sign(clerk)
    request = signage.request_replacement(old.id, by=clerk, reason="标识破损")
    signage.submit_request(request.id, by=clerk)
    signage.approve_request(request.id, by=manager)
    signage.start_production(request.id, by=clerk)
    signage.install_request(request.id, installed_by="标识公司 刘师傅", by=clerk)
    text = pdf_text(kinds.PDF_KINDS["sign-request"].render(request.number))
    assert "同意，经物业服务中心批准" in text and "周志华" in text
    assert f"{old.number}" in text and "安装后撤除" in text
    assert "标识公司 刘师傅" in text and "登记编号 BS-00002" in text
    assert "草稿" not in text


def test_rejected_and_cancelled_requests_say_why(req_paper, pdf_text):
    clerk, manager = req_paper["clerk"], req_paper["manager"]
    rejected = signage.save_request(request_values(), by=clerk)
    signage.submit_request(rejected.id, by=clerk)
    signage.reject_request(rejected.id, "该位置已有同类标识", by=manager)
    text = pdf_text(paper.sign_request_pdf(rejected.id))
    assert "不同意" in text and "该位置已有同类标识" in text and "未批准" in text
    made = in_production(clerk, manager)
    signage.cancel_request(made.id, "办公室调整取消", by=manager)
    text = pdf_text(paper.sign_request_pdf(made.id))
    assert "已作废" in text and "办公室调整取消" in text


def test_the_export_writes_every_request(req_paper, tmp_path):
    signage.save_request(request_values(), by=req_paper["clerk"])
    in_production(req_paper["clerk"], req_paper["manager"], text="第2会议室")
    target = tmp_path / "r.xlsx"
    assert kinds.EXPORTS["sign-requests"].write(target, {}, lambda _c, text: text) == 2
    rows = list(openpyxl.load_workbook(target).worksheets[0].iter_rows(values_only=True))
    assert rows[0][:3] == ("Number", "Date", "Status")
    assert sorted(r[2] for r in rows[1:]) == ["Draft", "In production"]
