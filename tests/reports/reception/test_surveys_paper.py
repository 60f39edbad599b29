"""满意度调查 on paper and in the spreadsheet, read back: the result sheet (counts, rates, the
change since the previous survey, opinions, the chart), the blank form, ``export survey``."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook

from models import reception
from models.errors import DomainError
from reports import documents
from reports.reception import survey_form_pdf, survey_result_pdf

pytestmark = pytest.mark.clock_at(dt.datetime(2026, 6, 30, 9, 0))


@pytest.fixture
def two_surveys(repair_staff, clock):
    """Last November's (closed: item 1 half satisfied) and this May's (open, item 1 all)."""
    manager, clerk = repair_staff["manager"], repair_staff["clerk"]
    out = []
    for sent, rows in ((dt.date(2025, 11, 10), ["1111111111", "3333333333"]),
                       (dt.date(2026, 5, 10), ["1111111111", "2111111110", "0111111113"])):
        s = reception.create_survey({"title": f"{sent.year}年满意度调查", "sent_on": sent,
                                     "forms_sent": 5}, by=manager)
        reception.open_survey(s.id, by=manager)
        reception.save_survey_forms(s.id, [{"ratings": r, "company": "财务部",
                                            "opinion": "电梯等候太久" if n == 0 else ""}
                                           for n, r in enumerate(rows)], by=clerk)
        out.append(s)
    reception.close_survey(out[0].id, by=manager, remarks="工程部限期整改电梯")
    return [reception.get_survey(s.id) for s in out]


def test_the_result_sheet_reports_the_counts_rates_and_change(two_surveys, pdf_text):
    before, now = two_surveys
    text = pdf_text(survey_result_pdf(now.id))
    assert "客户满意度调查结果报告" in text and now.number in text
    assert "2026年上半年" in text and "录入中（截至打印时的统计）" in text
    assert "发放份数" in text and "回收份数" in text and "60.0%" in text  # 3 of 5
    row = next(line for line in text.splitlines() if "供电管理" in line).split()
    assert "100.0%" in row and "50.0%" in row and "+50.0" in row  # answered 2: both good
    attitude = next(line for line in text.splitlines() if "服务态度" in line).split()
    assert "50.0%" in attitude  # 满意, 未答, 不满意 → 1 of 2
    assert f"与上次调查（{before.number}，2025年下半年）对比" in text
    assert "电梯等候太久" in text and "客户意见（1 条）" in text
    assert "服务中心负责人" in text
    closed = pdf_text(survey_result_pdf(before.id))
    assert "工程部限期整改电梯" in closed and "无上次调查可比" in closed


def test_a_draft_has_no_result_sheet_and_the_form_prints(repair_staff, clock, pdf_text):
    s = reception.create_survey({"title": "2026年下半年", "sent_on": dt.date(2026, 6, 30),
                                 "forms_sent": 80}, by=repair_staff["manager"])
    with pytest.raises(DomainError, match="once it is open for entry"):
        survey_result_pdf(s.id)
    text = pdf_text(survey_form_pdf(s.number))
    assert "客户意见调查表" in text and "2026年上半年" in text
    for item in ("供电管理", "供水管理", "消防安全管理", "卫生管理", "绿化管理", "公共设施管理",
                 "维修服务", "特约服务", "专项服务", "服务态度"):
        assert item in text
    assert text.count("□满意") == 10


def test_the_kinds_are_registered_and_the_export_writes_both_sheets(two_surveys, tmp_path):
    documents.load_all()
    assert {"survey-result", "survey-form"} <= set(documents.PDF_KINDS)
    target = tmp_path / "s.xlsx"
    rows = documents.EXPORTS["survey"].write(target, {"date_from": None, "date_to": None},
                                             lambda _c, text: text)
    assert rows == 2 + 5
    wb = load_workbook(target)
    surveys, forms = wb.worksheets
    values = [[c.value for c in r] for r in surveys.iter_rows(min_row=2)]
    assert [v[0] for v in values] == [s.number for s in two_surveys]
    assert values[1][7:10] == [3, 60.0, pytest.approx(round(27 / 28 * 100, 1))]
    form_rows = [[c.value for c in r] for r in forms.iter_rows(min_row=2)]
    assert form_rows[0][4:6] == ["Satisfied", "Satisfied"] and form_rows[0][-1] == "电梯等候太久"
