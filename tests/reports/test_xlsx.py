"""Spreadsheet export: written by reports.xlsx, read back with openpyxl."""

from __future__ import annotations

import datetime as dt
import io
import re
import time
import zipfile
from decimal import Decimal

import openpyxl
import pytest

from reports.xlsx import sheet_title, write_sheets, write_table

HEADERS = ["单号", "报修时间", "日期", "金额", "备注", "启用", "空"]


def sample_rows():
    return [
        ["BX0001", dt.datetime(2026, 11, 22, 9, 30), dt.date(2026, 11, 22), Decimal("1234.50"),
         "=HYPERLINK(\"http://x\")", True, None],
        ["BX0002", dt.datetime(2026, 11, 23, 14, 5, tzinfo=dt.UTC), dt.date(2026, 11, 23),
         Decimal("3"), "卫生间水龙头漏水\x07", False, None],
    ]


def test_write_table_reads_back(tmp_path):
    target = tmp_path / "报修.xlsx"
    count = write_table(target, "客户报修登记表", HEADERS, iter(sample_rows()))
    assert count == 2
    wb = openpyxl.load_workbook(target)
    assert wb.sheetnames == ["客户报修登记表"]
    ws = wb.active
    assert [c.value for c in ws[1]] == HEADERS
    assert all(c.font.b for c in ws[1])
    assert ws.freeze_panes == "A2"
    a2, b2, c2, d2, e2, f2, g2 = ws[2]
    assert a2.value == "BX0001"
    assert isinstance(b2.value, dt.datetime) and b2.value == dt.datetime(2026, 11, 22, 9, 30)
    assert b2.number_format == "yyyy-mm-dd hh:mm"
    assert isinstance(c2.value, dt.datetime) and c2.value.date() == dt.date(2026, 11, 22)
    assert c2.number_format == "yyyy-mm-dd"
    assert d2.value == 1234.5 and d2.data_type == "n" and d2.number_format == "#,##0.00"
    assert e2.data_type == "s" and e2.value.startswith("=HYPERLINK")  # never a formula
    assert f2.value == "是" and g2.value is None
    row3 = [c.value for c in ws[3]]
    assert row3[1].tzinfo is None  # Excel has no time zones: local wall time
    assert row3[3] == 3 and row3[4] == "卫生间水龙头漏水"  # control character dropped
    assert ws.column_dimensions["A"].width >= 6
    assert ws.column_dimensions["E"].width > ws.column_dimensions["A"].width


def test_write_table_to_a_stream_with_given_widths():
    buf = io.BytesIO()
    assert write_table(buf, "列表", ["甲", "乙"], [[1, 2]], col_widths=[30, 8]) == 1
    ws = openpyxl.load_workbook(io.BytesIO(buf.getvalue())).active
    assert ws.column_dimensions["A"].width == 30 and ws.column_dimensions["B"].width == 8
    assert [c.value for c in ws[2]] == [1, 2]


def test_empty_table_still_has_its_header(tmp_path):
    target = tmp_path / "empty.xlsx"
    assert write_table(target, "空表", ["甲", "乙"], []) == 0
    ws = openpyxl.load_workbook(target).active
    assert [c.value for c in ws[1]] == ["甲", "乙"] and ws.max_row == 1


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("用户权限一览表", "用户权限一览表"),
        ("a/b\\c:d*e?f[g]h", "a_b_c_d_e_f_g_h"),
        ("'quoted'", "quoted"),
        ("", "Sheet"),
        ("History", "History_"),
        ("一二三四五六七八九十" * 4, "一二三四五六七八九十" * 3 + "一"),
    ],
)
def test_sheet_titles_follow_excels_rules(title, name):
    assert sheet_title(title) == name
    assert len(sheet_title(title)) <= 31


def test_write_sheets_makes_one_sheet_per_table_with_unique_names(tmp_path):
    target = tmp_path / "月报.xlsx"
    counts = write_sheets(target, [
        ("入库", ["物料", "数量"], [["灯管", 3]]),
        ("出库", ["物料", "数量"], [["灯管", 1], ["水龙头", 2]]),
        ("入库", ["物料"], []),
    ])
    assert counts == [1, 2, 0]
    wb = openpyxl.load_workbook(target)
    assert wb.sheetnames == ["入库", "出库", "入库 (2)"]
    assert wb["出库"]["A3"].value == "水龙头"


def test_cancelling_through_progress_leaves_no_file(tmp_path):
    target = tmp_path / "cancelled.xlsx"
    seen = []

    class Cancelled(Exception):
        pass

    def progress(done: int) -> None:
        seen.append(done)
        if done >= 2000:
            raise Cancelled

    rows = ([i, "x"] for i in range(10_000))
    with pytest.raises(Cancelled):
        write_table(target, "t", ["n", "s"], rows, progress=progress)
    assert seen == [1000, 2000]
    assert not target.exists()


@pytest.mark.slow
def test_hundred_thousand_rows_stream(tmp_path):
    """A generator is written as it comes; 100,000 rows take seconds, not minutes."""
    total = 100_000
    pulled = 0

    def rows():
        nonlocal pulled
        start = dt.datetime(2016, 1, 1, 8, 0)
        for i in range(total):
            pulled += 1
            yield [i, f"客户{i}", start + dt.timedelta(minutes=i), Decimal("12.50")]

    target = tmp_path / "big.xlsx"
    began = time.perf_counter()
    assert write_table(target, "十年记录", ["序号", "客户", "时间", "金额"], rows()) == total
    elapsed = time.perf_counter() - began
    assert pulled == total
    assert elapsed < 120, f"100,000 rows took {elapsed:.0f} s"
    with zipfile.ZipFile(target) as zf:
        xml = zf.read("xl/worksheets/sheet1.xml")
    assert xml.count(b"<row ") == total + 1
    assert re.search(rb'<row r="%d"' % (total + 1), xml)
    ws = openpyxl.load_workbook(target, read_only=True).active
    first = next(ws.iter_rows(min_row=2, max_row=2, values_only=True))
    assert first == (0, "客户0", dt.datetime(2016, 1, 1, 8, 0), 12.5)
