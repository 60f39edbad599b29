"""客户投诉分析 on paper and in a workbook, read back: the recurring problems before every
table, the chart's series, the on-time rates; `pdf complaint-analysis 2026H1` and
`export complaint-analysis`, several sheets."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from models import reception
from models.errors import ValidationError
from reports import documents
from reports.reception import analysis_sheets, chart_series, complaint_analysis_pdf, period_title
from tests.helpers.complaints_analysis import a_first_half


def flat(text: str) -> str:
    return "".join(text.split())


def test_the_half_year_prints_the_recurring_problems_first(staff, clock, pdf_text):
    half = a_first_half(staff, clock)
    documents.load_all()
    text = flat(pdf_text(documents.PDF_KINDS["complaint-analysis"].render("2026H1")))
    assert "客户投诉分析（2026年上半年）" in text
    assert "受理投诉6件（另已取消1件）" in text and "满意率50.0%" in text
    first = text.index("一、反复出现的问题")
    assert first < text.index("二、按投诉性质") < text.index("七、时限执行情况")
    recurring = text[first:text.index("二、按投诉性质")]
    assert "1208" in recurring and "维修" in recurring
    assert half["closed"].number in recurring and half["late"].number in recurring
    assert "华信律师事务所" in recurring and half["urgent2"].number in recurring
    assert half["invalid"].number not in recurring
    assert "各月投诉件数（按性质）" in text  # the chart's title
    assert "首次联系客户1233.3%" in text  # 1 on time, 2 late
    assert "紧急投诉人员到场1150.0%" in text


def test_a_year_and_an_empty_period(staff, clock, pdf_text):
    half = a_first_half(staff, clock)
    text = flat(pdf_text(complaint_analysis_pdf("2026")))
    assert "客户投诉分析（2026年度）" in text and half["second_half"].number in text
    text = flat(pdf_text(complaint_analysis_pdf("2025H2")))
    assert "本期没有同一地点同一性质反复出现的投诉" in text and "本期没有投诉" in text
    with pytest.raises(ValidationError):
        complaint_analysis_pdf("2026-06")


def test_the_chart_keeps_five_natures_and_sums_the_rest(staff, clock):
    a_first_half(staff, clock)
    for nature in ("power", "water", "fire", "greening"):
        reception.register_complaint({"customer": "钱先生", "summary": "问题", "nature": nature,
                                      "received_at": dt.datetime(2026, 6, 3, 9, 0)},
                                     by=staff["clerk"])
    a = reception.complaints_analysis_of("2026H1")
    series = chart_series(a)
    assert len(a.by_nature_month) == 7 and len(series) == 6
    assert series[0] == ("维修", [1.0, 0.0, 1.0, 1.0, 0.0, 0.0])
    assert series[-1][0] == "其余性质" and sum(series[-1][1]) == 2  # two of the single ones


def test_the_export_has_one_sheet_per_table(staff, clock, tmp_path):
    half = a_first_half(staff, clock)
    documents.load_all()
    target = tmp_path / "analysis.xlsx"
    rows = documents.EXPORTS["complaint-analysis"].write(
        target, {"date_from": "2026-01-01", "date_to": "2026-06-30"}, lambda _c, text: text)
    wb = openpyxl.load_workbook(target)
    assert wb.sheetnames[:2] == ["2026年上半年 汇总", "反复出现的问题"]
    assert len(wb.sheetnames) == len(analysis_sheets(reception.complaints_analysis_of("2026H1")))
    recurring = list(wb["反复出现的问题"].iter_rows(values_only=True))
    assert recurring[1][1:4] == ("1208", "维修", 2)
    assert half["closed"].number in recurring[1][4]
    assert rows == sum(ws.max_row - 1 for ws in wb.worksheets)
    with pytest.raises(ValidationError):
        documents.EXPORTS["complaint-analysis"].write(target, {"date_from": "2026/01/01"},
                                                      lambda _c, text: text)


def test_the_period_titles():
    assert period_title(dt.date(2026, 7, 1), dt.date(2026, 12, 31)) == "2026年下半年"
    assert period_title(dt.date(2026, 1, 1), dt.date(2026, 3, 31)) == "2026-01-01 至 2026-03-31"
