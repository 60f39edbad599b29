"""标识检查表 (blind), 季度检查记录 and the sign-inspections export, read back."""

from __future__ import annotations

import openpyxl
import pytest

from models import people, signage
from models.errors import ValidationError
from reports import documents
from reports.signage import inspection_sheet_pdf, quarter_record_pdf, write_inspections
from tests.helpers.signs import make_signs

pytestmark = pytest.mark.usefixtures("clock")


@pytest.fixture(autouse=True)
def _sign_kinds_loaded():
    documents.load_all()


@pytest.fixture
def paper_clerk(make_user):
    return make_user(people.CLERK, login="kf", full_name="李晓燕")


def _closed_round(paper_clerk, failed=None):
    signs = make_signs(4)
    rnd = signage.start_round(paper_clerk, inspector="李晓燕")
    lines = signage.round_lines(rnd.id)
    failed = failed or {}
    signage.enter_results(rnd.id, {line.id: {"result": failed.get(line.no, "ok"),
                                             "remark": "字迹褪色" if line.no in failed else ""}
                                   for line in lines}, paper_clerk)
    signage.close_round(rnd.id, paper_clerk)
    return rnd, signs


def test_the_sheet_prints_blind_with_the_tick_columns(paper_clerk, pdf_text):
    make_signs(3)
    rnd = signage.start_round(paper_clerk, inspector="李晓燕")
    line = signage.round_lines(rnd.id)[0]
    signage.enter_results(rnd.id, {line.id: {"result": "damaged", "remark": "裂缝很明显"}}, paper_clerk)
    text = pdf_text(inspection_sheet_pdf(rnd.id))
    assert "标识检查表" in text.replace(" ", "")
    for word in (rnd.number, "合格", "不清楚", "损坏", "缺失", "位置不当",
                 "内容不合理", "备注", "检查情况说明", "办公室1", "A座 3F 301", "部门负责人"):
        assert word in text
    assert "裂缝很明显" not in text and "√" not in text.split("打“√”")[1]
    assert documents.PDF_KINDS["sign-inspection-sheet"].render(rnd.number)[:4] == b"%PDF"


def test_the_quarter_record(paper_clerk, pdf_text):
    rnd, signs = _closed_round(paper_clerk, failed={2: "unclear"})
    corr = signage.Correction.get()
    signage.update_correction(corr.id, {"action": "重新喷印"}, paper_clerk)
    text = pdf_text(quarter_record_pdf("2026-q1"))
    assert "季度检查记录" in text.replace(" ", "")
    for word in ("2026年第1季度", "序号", "位置", "标识", "结果", "问题", "措施",
                 "期限", "完成", "检查人", "不清楚", "字迹褪色", "重新喷印", "2026-03-17",
                 signs[1].number):
        assert word in text, word
    with pytest.raises(ValidationError):
        quarter_record_pdf("2026-Q5")
    assert "没有已完成的检查" in pdf_text(documents.PDF_KINDS["sign-quarter"].render("2025-Q4"))


def test_the_export(paper_clerk, tmp_path):
    _closed_round(paper_clerk, failed={1: "missing"})
    target = tmp_path / "out.xlsx"
    assert write_inspections(target, {}, lambda c, t: t) == 4
    rows = list(openpyxl.load_workbook(target).active.iter_rows(values_only=True))
    header = next(i for i, r in enumerate(rows) if r and r[0] == "季度")
    assert rows[header][:4] == ("季度", "序号", "位置", "标识")
    assert [r[4] for r in rows[header + 1:]].count("缺失") == 1
    assert write_inspections(tmp_path / "none.xlsx", {"date_to": "2025-12-31"},
                             lambda c, t: t) == 0
    assert "sign-inspections" in documents.EXPORTS
