"""The repair orders on paper and in spreadsheets, read back as a clerk reads them.

The 工程服务单 (two copies on one sheet), the 工程维修月报 against a month built
by hand, and the command line's `pdf repair`, `export repairs`, `export repair-month`.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from models import repairs
from models.errors import DomainError
from reports import documents
from reports.repairs import (
    monthly_report_pdf,
    monthly_report_sheets,
    service_order_pdf,
    service_order_pdf_by_number,
)

ROOT = Path(__file__).resolve().parents[3]
T = dt.datetime
CLOCK = T(2026, 11, 5, 12, 0)  # "now" while the month is built: every step in the past
pytestmark = pytest.mark.clock_at(CLOCK)  # where the ``clock`` fixture stands

ORDER_LABELS = [
    "工程服务单", "报修时间", "来源", "类别", "报修部门", "房间/位置", "报修人", "联系电话",
    "紧急程度", "派工时间", "报修内容", "以下由工程部填写", "接单人", "接单时间", "完工时间",
    "维修情况", "所用材料", "维修人签字", "报修人验收签字", "回访结果", "满意", "基本满意",
    "不满意", "回访人",
]


def flat(text: str) -> str:
    """pdftotext text without whitespace: wrapped cells read as one string."""
    return re.sub(r"\s+", "", text)


def pages(text: str) -> int:
    """pdftotext ends every page with a form feed."""
    return text.count("\f")


def category(name: str) -> int:
    return next(c.id for c in repairs.categories() if c.name == name)


def order(by, reported_at: T, cat: str, department: str, content: str, **extra):
    values = {"reported_at": reported_at, "category": category(cat),
              "department_name": department, "location": "1203室", "reporter": "张三",
              "phone": "8123", "content": content, **extra}
    return repairs.register(values, by=by)


def worked(by, o, dispatched: T, accepted: T, completed: T | None = None):
    repairs.dispatch(o.id, "刘海波", by=by, at=dispatched)
    repairs.accept(o.id, by=by, at=accepted)
    if completed is not None:
        repairs.complete(o.id, "换了阀门", by=by, materials="阀门1个", completed_at=completed)
        repairs.check(o.id, by=by, at=completed + dt.timedelta(hours=1))


def build_october(by) -> dict[str, object]:
    """October 2026 by hand, with one order either side of the month:

    o1 紧急 水 财务部: accepted after 20 min, done after 2 h (on time), 满意.
    o2 一般 电 财务部: accepted after 2 h, done after 72 h (late: 48 h allowed), 基本满意.
    o3 一般 水 人事部: accepted after 1 h, done after 5 h, 不满意: reopened, 处理中.
    o4 一般 空调 行政部: cancelled the same day.
    o5 一般 网络 行政部: reported 10-30, dispatched, accepted 11-02: open at month end.
    """
    o1 = order(by, T(2026, 10, 3, 9, 0), "水", "财务部", "卫生间水管爆裂",
               urgency=repairs.URGENT, urgent_cause="漏水淹及办公区")
    worked(by, o1, T(2026, 10, 3, 9, 10), T(2026, 10, 3, 9, 20), T(2026, 10, 3, 11, 0))
    repairs.call_back(o1.id, repairs.SATISFIED, by=by, at=T(2026, 10, 4, 10, 0))
    o2 = order(by, T(2026, 10, 10, 10, 0), "电", "财务部", "插座没电")
    worked(by, o2, T(2026, 10, 10, 10, 30), T(2026, 10, 10, 12, 0), T(2026, 10, 13, 10, 0))
    repairs.call_back(o2.id, repairs.BASICALLY_SATISFIED, by=by, at=T(2026, 10, 14, 10, 0))
    o3 = order(by, T(2026, 10, 11, 8, 0), "水", "人事部", "水龙头滴水")
    worked(by, o3, T(2026, 10, 11, 8, 30), T(2026, 10, 11, 9, 0), T(2026, 10, 11, 13, 0))
    repairs.call_back(o3.id, repairs.UNSATISFIED, by=by, comment="还在滴水",
                      at=T(2026, 10, 12, 9, 0))
    o4 = order(by, T(2026, 10, 20, 9, 0), "空调", "行政部", "空调不制冷")
    repairs.cancel(o4.id, "报修人自行处理", by=by, at=T(2026, 10, 20, 10, 0))
    o5 = order(by, T(2026, 10, 30, 10, 0), "网络", "行政部", "网口不通")
    worked(by, o5, T(2026, 10, 30, 10, 30), T(2026, 11, 2, 10, 0))
    order(by, T(2026, 9, 30, 23, 59), "水", "财务部", "九月的单")
    order(by, T(2026, 11, 1, 0, 0), "水", "财务部", "十一月的单")
    return {"o1": o1, "o5": o5}


def urgent_order(by):
    o = order(by, T(2026, 11, 4, 9, 0), "水", "博远咨询有限公司", "茶水间进水软管爆裂，地面积水",
              urgency=repairs.URGENT, urgent_cause="漏水淹及机房门口")
    return repairs.dispatch(o.id, "马志强", by=by, at=T(2026, 11, 4, 9, 5))


# --- 工程服务单 ------------------------------------------------------------------------


def test_service_order_reads_back_both_copies_on_one_sheet(admin, clock, pdf_text):
    o = urgent_order(admin)
    pdf = service_order_pdf(o.id)
    text = pdf_text(pdf)
    assert pages(text) == 1
    body = flat(text)
    assert body.count(o.number) == 2
    assert body.count("茶水间进水软管爆裂，地面积水") == 2
    assert body.count("漏水淹及机房门口") == 2  # the urgency's cause
    assert body.count("紧急") >= 2 and body.count("马志强") == 2
    assert body.count("2026-11-0409:05") == 2  # the dispatch time
    assert "测试物业服务中心" in body
    for label in ORDER_LABELS:
        assert body.count(label) >= 2, label
    # each half of the sheet holds one whole copy, its last row included
    top = flat(pdf_text(pdf, "-x", "0", "-y", "0", "-W", "596", "-H", "421"))
    bottom = flat(pdf_text(pdf, "-x", "0", "-y", "421", "-W", "596", "-H", "421"))
    for half, label in ((top, "客服部存根"), (bottom, "工程部联")):
        assert label in half and o.number in half
        assert "回访结果" in half and "回访人" in half
    assert "工程部联" not in top and "客服部存根" not in bottom


def test_service_order_has_a_cut_line_across_the_middle(admin, clock, pdf_gray_rows):
    o = urgent_order(admin)
    w, h, rows = pdf_gray_rows(service_order_pdf(o.id))
    middle = rows[h // 2]
    dark = sum(1 for px in middle if px < 160)
    assert w * 0.3 < dark < w * 0.9  # dashed: ink and gaps across the sheet
    # a blank band either side of the cut (and its caption): neither copy runs into it
    for y in list(range(h // 2 - 25, h // 2 - 6)) + list(range(h // 2 + 7, h // 2 + 25)):
        assert min(rows[y]) > 200, y


def test_registered_order_leaves_engineering_blank(admin, clock, pdf_text):
    o = order(admin, T(2026, 11, 4, 9, 0), "电", "人事部", "灯管闪烁")
    body = flat(pdf_text(service_order_pdf(o.id)))
    assert body.count(o.number) == 2 and body.count("灯管闪烁") == 2
    assert "一般" in body and "刘海波" not in body and "马志强" not in body
    assert "紧急原因" not in body


def test_service_order_by_number(admin, clock, pdf_text):
    o = urgent_order(admin)
    assert o.number in pdf_text(service_order_pdf_by_number(o.number))
    with pytest.raises(DomainError):
        service_order_pdf_by_number("BX20000101-9999")


# --- 工程维修月报 ----------------------------------------------------------------------


def test_monthly_report_figures_against_a_month_built_by_hand(admin, clock, pdf_text):
    build_october(admin)
    text = pdf_text(monthly_report_pdf("2026-10", prepared_by="李文员", date=dt.date(2026, 11, 5)))
    body = flat(text)
    assert "工程维修月报" in body and "2026年10月" in body and "李文员" in body
    for figure in ("报修总数5单", "已取消1单", "有效工单4单", "其中紧急1单", "已完工2单",
                   "月末未完结2单", "按时完工1单", "超时完工1单", "按时完工率50.0%",
                   # accept: (1/3 + 2 + 1 + 72) / 4 h; complete: (2 + 72) / 2 h
                   "平均接单时长18.8小时", "平均完工时长37.0小时", "回访满意率66.7%"):
        assert figure in body, figure
    lines = [re.sub(r"\s+", " ", line).strip() for line in text.splitlines()]
    for row in ("水 2 50.0", "电 1 25.0", "空调 0 0.0", "网络 1 25.0", "合计 4 100.0",
                "财务部 2 50.0", "人事部 1 25.0", "行政部 1 25.0",
                "满意 1 33.3", "基本满意 1 33.3", "不满意 1 33.3", "合计 3 100.0"):
        assert row in lines, row
    assert "制表人" in body and "审核人（经理）" in body


def test_monthly_report_sheets_give_the_same_figures(admin, clock):
    build_october(admin)
    sheets = {title: (headers, rows) for title, headers, rows in
              monthly_report_sheets("2026-10", lambda c, t: t)}
    assert list(sheets) == ["2026-10 汇总", "按类别", "回访满意度", "按部门"]
    summary = {label: value for label, value, _ in sheets["2026-10 汇总"][1]}
    assert summary == {
        "报修总数": 5, "已取消": 1, "有效工单": 4, "其中紧急": 1, "已完工": 2, "月末未完结": 2,
        "按时完工": 1, "超时完工": 1, "按时完工率": 50.0, "平均接单时长": 18.8,
        "平均完工时长": 37.0, "回访满意率": 66.7,
    }
    assert ["水", 2, 50.0] in sheets["按类别"][1] and sheets["按类别"][1][-1] == ["合计", 4, 100.0]
    assert sheets["按部门"][1] == [["财务部", 2, 50.0], ["人事部", 1, 25.0], ["行政部", 1, 25.0],
                                 ["合计", 4, 100.0]]
    assert sheets["回访满意度"][1][-1] == ["合计", 3, 100.0]


def test_an_empty_month_prints_dashes_not_errors(admin, clock, pdf_text):
    body = flat(pdf_text(monthly_report_pdf("2025-01")))
    assert "报修总数0单" in body and "平均接单时长—" in body and "回访满意率—" in body
    assert "尚无回访" in body


@pytest.mark.parametrize("month", ["", "2026-13", "2026/10", "10-2026"])
def test_a_malformed_month_is_refused(admin, month):
    with pytest.raises(DomainError):
        monthly_report_pdf(month)
    with pytest.raises(DomainError):
        monthly_report_sheets(month, lambda c, t: t)


def test_kinds_are_registered():
    documents.load_all()
    assert documents.PDF_KINDS["repair"].render is service_order_pdf_by_number
    assert {"repairs", "repair-month"} <= set(documents.EXPORTS)
    assert documents.EXPORTS["repair-month"].options == [("--month", "YYYY-MM")]


# --- the command line ----------------------------------------------------------------


def run(*args: str, check: bool = True) -> subprocess.CompletedProcess:
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True, encoding="utf-8",
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"), timeout=180, cwd=ROOT,
    )
    if check and result.returncode != 0:
        raise AssertionError(f"exit {result.returncode}\n{result.stdout}\n{result.stderr}")
    return result


@pytest.fixture
def october_file(db, db_path, admin, clock):
    """A database file holding the October month, closed for the subprocess to open."""
    orders = build_october(admin)
    urgent = urgent_order(admin)
    from models import db as dbmod

    dbmod.close_database()
    return db_path, {"o1": orders["o1"].number, "urgent": urgent.number}


def test_cli_pdf_repair(october_file, tmp_path, pdf_text):
    path, numbers = october_file
    out = tmp_path / "order.pdf"
    run("--db", str(path), "pdf", "repair", numbers["urgent"], "-o", str(out))
    text = pdf_text(out.read_bytes())
    assert pages(text) == 1
    body = flat(text)
    assert body.count(numbers["urgent"]) == 2 and body.count("茶水间进水软管爆裂") == 2
    assert "客服部存根" in body and "工程部联" in body
    missing = run("--db", str(path), "pdf", "repair", "BX20000101-9999", "-o",
                  str(tmp_path / "none.pdf"), check=False)
    assert missing.returncode == 2 and not (tmp_path / "none.pdf").exists()


def test_cli_export_repairs(october_file, tmp_path):
    import openpyxl

    path, numbers = october_file
    out = tmp_path / "orders.xlsx"
    result = run("--db", str(path), "export", "repairs", "-o", str(out))
    assert result.stdout.startswith("8 rows")
    ws = openpyxl.load_workbook(out).active
    rows = list(ws.iter_rows(values_only=True))
    assert len(rows) == 1 + 8
    assert rows[1][0] == numbers["urgent"]  # newest first
    assert numbers["o1"] in {r[0] for r in rows[1:]}
    assert isinstance(rows[1][1], dt.datetime)
    # what became of each order: 完工时间 and 回访结果 (in the desk's language, here English)
    run("--db", str(path), "--lang", "en", "export", "repairs", "-o", str(out))
    rows = list(openpyxl.load_workbook(out).active.iter_rows(values_only=True))
    done, verdict = rows[0].index("Completed at"), rows[0].index("Callback result")
    o1 = next(r for r in rows[1:] if r[0] == numbers["o1"])
    assert o1[done] == dt.datetime(2026, 10, 3, 11, 0) and o1[verdict] == "Satisfied"
    assert next(r for r in rows[1:] if r[0] == numbers["urgent"])[verdict] in ("", None)


def test_cli_export_repair_month(october_file, tmp_path):
    import openpyxl

    path, _ = october_file
    out = tmp_path / "month.xlsx"
    run("--db", str(path), "export", "repair-month", "--month", "2026-10", "-o", str(out))
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["2026-10 汇总", "按类别", "回访满意度", "按部门"]
    summary = {r[0]: r[1] for r in wb["2026-10 汇总"].iter_rows(min_row=2, values_only=True)}
    assert summary["报修总数"] == 5 and summary["超时完工"] == 1
    assert summary["回访满意率"] == 66.7
    for month in (None, "2026-13"):
        bad = tmp_path / "bad.xlsx"
        args = ["--db", str(path), "export", "repair-month", "-o", str(bad)]
        result = run(*args, *(["--month", month] if month else []), check=False)
        assert result.returncode == 2 and "YYYY-MM" in result.stderr
        assert not bad.exists()
