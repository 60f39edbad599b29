"""The storeroom's spreadsheets: the 收发存汇总表 workbook read back with openpyxl, the items
import template filled in and imported, broken files refused, and the `export` kinds."""

from __future__ import annotations

import datetime as dt
import io
import os
import subprocess
import sys
from decimal import Decimal as D
from pathlib import Path

import openpyxl
import pytest

from models import warehouse
from models.errors import DomainError, ValidationError
from reports import documents
from reports.warehouse import read_import_workbook, write_import_template, write_stock_summary
from tests.helpers.storeroom import issue, make_item, receive

ROOT = Path(__file__).resolve().parents[3]
IDENTITY = list(zip(range(4, 16, 2), ["期初", "入库", "出库", "盘盈", "盘亏", "期末"], strict=True))


def english(context: str, text: str) -> str:
    return text


def build_march(staff, clock) -> None:
    """February: 10 screws at 2.00. March: 5 more at 2.60, 2 issued to 客服部 (4.40),
    3 to 工程部 then cancelled, 2.5 m of cable at 3.333; at the count one screw is lost
    and a metre of cable found."""
    keeper = staff["keeper"]
    screws = make_item(keeper, location="A-01")
    cable = make_item(keeper, code="DL001", name="电缆", unit="米", category="电料",
                      location="A-02")
    clock.set(dt.datetime(2026, 2, 20, 9, 0))
    receive(staff, screws, 10, "2")
    clock.set(dt.datetime(2026, 3, 10, 9, 0))
    receive(staff, screws, 5, "2.6")
    receive(staff, cable, "2.5", "3.333")
    issue(staff, screws, 2, department="客服部")
    slip = issue(staff, screws, 3)
    warehouse.cancel_issue_slip(slip.id, "领错", by=staff["manager"])
    clock.set(dt.datetime(2026, 3, 30, 9, 0))
    stocktake = warehouse.start_stocktake("2026-03", by=keeper)
    lines = {r.item.code: r.line.id for r in warehouse.count_rows(stocktake.id)}
    warehouse.enter_counts(stocktake.id, {
        lines["WJ001"]: {"counted_qty": "12", "recount_qty": "12", "reason": "丢失"},
        lines["DL001"]: {"counted_qty": "3.5", "recount_qty": "3.5", "reason": "未入账余料"},
    }, by=keeper)
    warehouse.approve_stocktake(stocktake.id, by=staff["manager"])


# --- 收发存汇总表.xlsx ----------------------------------------------------------------------


def test_the_stock_summary_workbook_balances_row_by_row(staff, clock, tmp_path):
    build_march(staff, clock)
    out = tmp_path / "summary.xlsx"
    assert write_stock_summary(out, "2026-03") == 2
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["收发存汇总表", "类别合计", "部门领用"]
    ws = wb["收发存汇总表"]
    rows = list(ws.iter_rows(values_only=True))
    assert list(rows[0]) == warehouse.SUMMARY_HEADERS and len(rows[0]) == 16
    assert len(rows) == 3
    for row in rows[1:]:
        for value in row[4:]:
            assert isinstance(value, int | float), row  # numbers, not text
        q = [D(str(row[i])) for i, _ in IDENTITY]
        v = [D(str(row[i + 1])) for i, _ in IDENTITY]
        assert q[0] + q[1] - q[2] + q[3] - q[4] == q[5], row
        assert v[0] + v[1] - v[2] + v[3] - v[4] == v[5], row
    by_code = {r[0]: r for r in rows[1:]}
    assert by_code["WJ001"] == ("WJ001", "十字螺丝", None, "盒", 10, 20, 5, 13, 2, 4.4, 0, 0,
                                1, 2.2, 12, 26.4)
    assert by_code["DL001"][4:] == (0, 0, 2.5, 8.33, 0, 0, 1, 3.33, 0, 0, 3.5, 11.66)
    for column in "FHJLNP":  # money keeps two places
        assert ws[f"{column}2"].number_format == "#,##0.00", column
    categories = list(wb["类别合计"].iter_rows(values_only=True))
    assert categories[0] == ("类别", "期初金额", "入库金额", "出库金额", "盘盈金额", "盘亏金额",
                             "期末金额")
    assert categories[1] == ("五金", 20, 13, 4.4, 0, 2.2, 26.4)
    assert categories[-1] == ("合计", 20, 21.33, 4.4, 3.33, 2.2, 38.06)
    departments = list(wb["部门领用"].iter_rows(values_only=True))
    assert departments == [("领料部门", "领料单数", "领用金额"), ("客服部", 1, 4.4), ("合计", 1, 4.4)]


def test_a_malformed_month_writes_nothing(staff, clock, tmp_path):
    out = tmp_path / "bad.xlsx"
    for month in ("", "2026-13", "03-2026"):
        with pytest.raises(ValidationError, match="YYYY-MM"):
            write_stock_summary(out, month)
    assert not out.exists()


# --- the items import ---------------------------------------------------------------------


def test_template_fill_read_import_round_trip(staff, clock):
    buf = io.BytesIO()
    write_import_template(buf)
    wb = openpyxl.load_workbook(io.BytesIO(buf.getvalue()))
    ws = wb.worksheets[0]
    assert [c.value for c in ws[1]] == [h for h, _ in warehouse.IMPORT_COLUMNS]
    assert ws.max_row == 2  # one example row
    notes = wb["说明"]
    explained = [r[0] for r in notes.iter_rows(min_row=2, values_only=True)]
    assert all(h in explained for h, _ in warehouse.IMPORT_COLUMNS)
    assert all(c.name in explained for c in warehouse.categories())
    ws.append(["007", "膨胀螺丝", "M8", "个", "五金", "A-03", 50, 100, 0.35])
    ws.append([None] * 9)  # a blank row in between is skipped
    ws.append(["  DL100 ", "网线", None, "米", "电料", None, None, 305, None])
    filled = io.BytesIO()
    wb.save(filled)
    filled.seek(0)
    rows = read_import_workbook(filled)
    assert [n for n, _ in rows] == [3, 5]  # the untouched example (row 2) is skipped
    assert rows[0][1] == {"code": "007", "name": "膨胀螺丝", "spec": "M8", "unit": "个",
                          "category": "五金", "location": "A-03", "safety_stock": 50,
                          "opening_qty": 100, "opening_price": 0.35}
    assert rows[1][1]["code"] == "DL100" and rows[1][1]["spec"] is None
    items = warehouse.import_items(rows, by=staff["keeper"])
    assert [(i.code, i.qty, i.value, i.safety_stock) for i in items] == [
        ("007", D("100"), D("35.00"), D("50")), ("DL100", D("305"), D("0.00"), D("0"))]
    assert warehouse.get_item(items[0].id).category.name == "五金"


def _workbook(rows: list[list[object]], title: str = "物品") -> io.BytesIO:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = title
    for row in rows:
        ws.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    buf.seek(0)
    return buf


def test_headers_map_in_any_order_with_spaces_and_a_title_line(tmp_path):
    source = _workbook([
        ["物品档案（2026年3月）"],
        [" 名称 ", "备用", "编码", "类别", "单位 ", "期初数量"],
        ["扳手", "x", 1001, "五金", "把", 2.0],
        ["十字螺丝（示例行，不导入）", None, "示例-WJ001", "五金", "盒", 99],  # left in
        ["  ", None, None, None, None, None],
        ["\u3000钳子\u3000", None, "1002", "五金", "把", "3.5"],
    ])
    path = tmp_path / "items.xlsx"
    path.write_bytes(source.getvalue())
    assert read_import_workbook(path) == [
        (3, {"name": "扳手", "code": "1001", "category": "五金", "unit": "把", "opening_qty": 2}),
        (6, {"name": "钳子", "code": "1002", "category": "五金", "unit": "把",
             "opening_qty": "3.5"}),
    ]


def test_a_changed_example_row_is_read(staff):
    buf = io.BytesIO()
    write_import_template(buf)
    wb = openpyxl.load_workbook(io.BytesIO(buf.getvalue()))
    wb.worksheets[0]["A2"] = "WJ900"
    out = io.BytesIO()
    wb.save(out)
    out.seek(0)
    assert [(n, v["code"]) for n, v in read_import_workbook(out)] == [(2, "WJ900")]


@pytest.mark.parametrize("missing", ["编码", "名称", "单位", "类别"])
def test_a_missing_required_header_is_named(missing):
    headers = [h for h, _ in warehouse.IMPORT_COLUMNS if h != missing]
    with pytest.raises(DomainError) as err:
        read_import_workbook(_workbook([headers, ["x"] * len(headers)]))
    assert missing in str(err.value) and "template" in err.value.template


def test_a_broken_file_is_refused(tmp_path):
    for data in (b"", b"not a workbook at all", b"PK\x03\x04broken zip"):
        with pytest.raises(DomainError) as err:
            read_import_workbook(io.BytesIO(data))
        assert "Excel workbook" in str(err.value)
    text = tmp_path / "items.xlsx"
    text.write_text("编码,名称,单位,类别\nA1,螺丝,个,五金\n", encoding="utf-8")
    with pytest.raises(DomainError, match="Excel workbook"):
        read_import_workbook(text)
    with pytest.raises(DomainError, match="Excel workbook"):
        read_import_workbook(tmp_path / "nowhere.xlsx")
    with pytest.raises(DomainError, match="编码、名称、单位、类别"):
        read_import_workbook(_workbook([]))


# --- the export kinds ---------------------------------------------------------------------


def test_export_kinds(staff, clock, tmp_path):
    documents.load_all()
    screws = make_item(staff["keeper"])
    clock.set(dt.datetime(2026, 3, 31, 9, 0))
    early = receive(staff, screws, 10, "2", day=dt.date(2026, 3, 1))
    late = receive(staff, screws, 5, "3", day=dt.date(2026, 3, 31))
    issue(staff, screws, 4)
    exports = documents.EXPORTS
    assert exports["stock-summary"].options == [("--month", "YYYY-MM")]
    assert [flag for flag, _ in exports["receipts"].options] == ["--from", "--to"]

    out = tmp_path / "items.xlsx"
    assert exports["items"].write(out, {}, english) == 1
    rows = list(openpyxl.load_workbook(out).active.iter_rows(values_only=True))
    assert rows[0][:3] == ("Code", "Name", "Specification") and rows[1][0] == "WJ001"

    out = tmp_path / "receipts.xlsx"
    everything = {"month": None, "date_from": None, "date_to": None}
    assert exports["receipts"].write(out, everything, english) == 2
    rows = list(openpyxl.load_workbook(out).active.iter_rows(values_only=True))
    assert [r[1] for r in rows[1:]] == [early.number, late.number]
    only_last = {**everything, "date_from": "2026-03-31", "date_to": "2026-03-31"}
    assert exports["receipts"].write(out, only_last, english) == 1
    assert exports["issue-slips"].write(tmp_path / "slips.xlsx", everything, english) == 1
    for bad in ({**everything, "date_from": "2026-3-x"},
                {**everything, "date_from": "2026-04-01", "date_to": "2026-03-01"}):
        with pytest.raises(ValidationError):
            exports["receipts"].write(tmp_path / "bad.xlsx", bad, english)
    assert not (tmp_path / "bad.xlsx").exists()

    assert exports["stock-summary"].write(tmp_path / "s.xlsx", {"month": "2026-03"}, english) == 1
    with pytest.raises(ValidationError, match="YYYY-MM"):
        exports["stock-summary"].write(tmp_path / "none.xlsx", {"month": None}, english)
    assert not (tmp_path / "none.xlsx").exists()


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "--lang", "en", *args],
                          capture_output=True, text=True, encoding="utf-8", timeout=180, cwd=ROOT,
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))


def test_cli_stock_summary_needs_its_month(staff, clock, db_path, tmp_path):
    from models import db as dbmod

    build_march(staff, clock)
    dbmod.close_database()
    out = tmp_path / "summary.xlsx"
    result = run("--db", str(db_path), "export", "stock-summary", "--month", "2026-03", "-o",
                 str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("2 rows")
    assert openpyxl.load_workbook(out).sheetnames == ["收发存汇总表", "类别合计", "部门领用"]
    bad = tmp_path / "bad.xlsx"
    result = run("--db", str(db_path), "export", "stock-summary", "-o", str(bad))
    assert result.returncode == 2 and "YYYY-MM" in result.stderr and not bad.exists()
    result = run("--db", str(db_path), "export", "receipts", "--from", "2026-03-10", "--to",
                 "2026-03-10", "-o", str(tmp_path / "r.xlsx"))
    assert result.returncode == 0 and result.stdout.startswith("2 rows"), result.stderr
