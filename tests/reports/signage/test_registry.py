"""The registry on paper and in spreadsheets: a department's 部门标识管理一览表, the import
template read back, the `signs` export."""

from __future__ import annotations

import openpyxl
import pytest

from models import signage
from models.errors import DomainError
from reports import documents as kinds
from reports import signage as paper
from tests.helpers.sign_requests import department, sign_staff, wall_sign


@pytest.fixture
def reg_paper(make_user, clock):
    department()
    department("行政部")
    kinds.load_all()
    return sign_staff(make_user)


def test_the_registry_of_a_department_lists_its_signs_on_the_walls(reg_paper, pdf_text):
    clerk = reg_paper["clerk"]
    wall_sign(clerk)
    wall_sign(clerk, text="财务部 经理室", room="1210", state="待整改")
    gone = wall_sign(clerk, text="财务部 旧门牌", room="1299")
    signage.update_sign(gone.id, {"state": signage.REMOVED}, by=clerk)
    wall_sign(clerk, department="行政部", text="行政部 档案室")
    text = pdf_text(paper.sign_registry_pdf("财务部"))
    assert "部门标识管理一览表" in text and "财务部" in text
    assert "财务部 档案室" in text and "财务部 经理室" in text and "待整改" in text
    assert "旧门牌" not in text and "行政部 档案室" not in text
    assert "2 项（在用 1 项，待整改 1 项）" in text
    assert "部门负责人" in text and "客服部" in text
    with pytest.raises(DomainError, match="There is no department"):
        paper.sign_registry_pdf("不存在部")
    empty = pdf_text(kinds.PDF_KINDS["sign-registry"].render("行政部"))
    assert "行政部 档案室" in empty


def test_the_template_is_read_back_and_a_file_without_its_columns_is_refused(
        reg_paper, tmp_path):
    template = tmp_path / "t.xlsx"
    paper.write_sign_template(template)
    assert paper.read_sign_workbook(template) == []  # the example row is skipped
    book = openpyxl.load_workbook(template)
    assert book.sheetnames == ["标识导入", "说明"]
    sheet = book.worksheets[0]
    sheet.append(["", "办公室", "财务部 档案室", "财务部", "A座", "12F", 1205, 2.0, "", "",
                  None, None])
    book.save(template)
    ((row, values),) = paper.read_sign_workbook(template)
    assert row == 3
    assert values["room"] == "1205" and values["quantity"] == 2 and values["number"] is None
    assert [s.room for s in signage.import_signs([(row, values)], by=reg_paper["clerk"])] == [
        "1205"]

    bare = tmp_path / "bare.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["编号", "标识内容"])
    book.save(bare)
    with pytest.raises(DomainError, match="no column headed 类别、责任部门"):
        paper.read_sign_workbook(bare)
    junk = tmp_path / "junk.xlsx"
    junk.write_text("not a workbook")
    with pytest.raises(DomainError, match="cannot be read as an Excel workbook"):
        paper.read_sign_workbook(junk)


def test_the_signs_export_writes_every_sign(reg_paper, tmp_path):
    wall_sign(reg_paper["clerk"])
    wall_sign(reg_paper["clerk"], text="财务部 经理室")
    target = tmp_path / "signs.xlsx"
    assert kinds.EXPORTS["signs"].write(target, {}, lambda _c, text: text) == 2
    rows = list(openpyxl.load_workbook(target).worksheets[0].iter_rows(values_only=True))
    assert rows[0][:4] == ("Number", "Department", "Kind", "Sign text")
    assert [r[3] for r in rows[1:]] == ["财务部 档案室", "财务部 经理室"]
