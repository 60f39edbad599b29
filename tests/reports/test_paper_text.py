"""Text on paper as a clerk reads it: numbers and dates never break inside a cell, a cell
taller than a page is cut with "…" instead of failing the print, the signatures never stand
alone on a page, and a copy too long for half a sheet prints whole rather than in small print."""

from __future__ import annotations

import re

import pytest

from reports.fonts import FONT, register_fonts
from reports.listing import list_pdf
from reports.paper import FormDocument

OFFICE = "测试物业服务中心"
NUMBER = "BX20261201-0003"
# an 8,000-character change of a count: more than fits on a page in any column
COUNTS = "；".join(f"BG{i:03d} 实盘数量：（空）→ {i % 17}" for i in range(400))


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def pages_of(text: str) -> list[str]:
    return text.strip("\f").split("\f")


def test_a_number_in_a_narrow_column_is_never_broken(pdf_text):
    """The column is given a 20th of the width; its numbers still read whole."""
    doc = FormDocument("报修单", OFFICE)
    rows = [[f"BX20261201-{n:04d}", "卫生间水龙头持续漏水，地面积水，影响正常办公" * 2]
            for n in range(1, 6)]
    doc.table(["单号", "报修内容"], rows, col_widths=[1, 20])
    text = pdf_text(doc.build())
    for n in range(1, 6):
        assert f"BX20261201-{n:04d}" in text, text


def test_a_date_or_code_inside_wrapping_chinese_moves_whole_to_the_next_line():
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from reports.paper.textbox import break_lines

    register_fonts()
    text = "客户于2026-11-28 15:12来电，报修单号BX20261201-0003，单价2.6433元/米"
    for chars in range(6, 30):
        width = stringWidth("客" * chars, FONT, 9)
        lines = break_lines(text, width, 9)
        assert "".join(lines).replace(" ", "") == text.replace(" ", "")
        for run in ("2026-11-28", "15:12", NUMBER, "2.6433"):
            if stringWidth(run, FONT, 9) <= width:
                assert any(run in line for line in lines), (chars, lines)
        assert all(not line.startswith(("，", "。")) for line in lines), lines


def test_a_moment_keeps_its_time_on_its_date_line_in_a_printed_list(pdf_text):
    """A list of many columns (the repairs list): 报修时间 2026-03-10 09:00 on one line, not
    the time under the date, and 1203室 whole, not 室 under 1203."""
    headers = ["Number", "Reported", "Status", "Overdue", "Urgency", "Category", "Department",
               "Room", "Reporter", "Phone", "Content", "Engineer", "Completed at",
               "Callback result"]
    rows = [[f"BX20260310-{n:04d}", "2026-03-10 09:00", "Registered", "", "Normal", "水",
             "财务部", "1203室", "王芳", "8012", f"漏水{n:03d}号，楼上渗水到楼下天花板", "刘海波",
             "2026-03-11 10:30", "Satisfied"] for n in range(1, 31)]
    text = pdf_text(list_pdf("报修单", OFFICE, headers, rows))
    assert text.count("2026-03-10 09:00") == 30 and text.count("2026-03-11 10:30") == 30
    assert text.count("1203室") == 30  # a short text (a room, a name) is never wrapped


def test_a_number_wider_than_its_box_is_printed_smaller_not_broken(pdf_text):
    doc = FormDocument("出库单", OFFICE)
    code = "WJ" + "0" * 22 + "37"  # wider than its box at 10 points
    doc.fields([[("编号", code), ("单价", "2.6433"), ("金额", "7.93")]])
    assert code in pdf_text(doc.build())


def test_a_cell_taller_than_a_page_is_cut_with_an_ellipsis(pdf_text):
    """A table row cannot continue over a page: the cell keeps what fits and ends in "…",
    and the rows around it print (reportlab would raise LayoutError)."""
    doc = FormDocument("操作日志", OFFICE)
    doc.table(["时间", "操作", "变更内容"],
              [["2026-11-30 16:25", "开始盘点", "盘点月份：2026-11"],
               ["2026-11-30 16:26", "录入盘点数", COUNTS],
               ["2026-11-30 16:27", "审批盘点", "状态：盘点中 → 已审批"]])
    text = pdf_text(doc.build())
    assert "…" in text and "审批盘点" in text and "开始盘点" in text
    assert flat(COUNTS[:300]) in flat(text) and flat(COUNTS[-40:]) not in flat(text)


def test_a_long_cell_in_a_printed_list_is_cut_and_the_list_prints(pdf_text):
    rows = [["2026-11-30 16:26", "cangguan", "录入盘点数", "盘点", "PD20261130-0001", COUNTS]]
    rows += [[f"2026-11-30 17:{n:02d}", "wenyuan", "登记报修", "报修单", f"BX20261130-{n:04d}",
              "报修时间：2026-11-30 17:00"] for n in range(1, 40)]
    text = pdf_text(list_pdf("操作日志", OFFICE, ["时间", "用户", "操作", "数据表", "记录",
                                                 "变更内容"], rows))
    assert "…" in text and "BX20261130-0039" in text and "共 40 条" in text


def test_a_value_box_taller_than_a_page_is_cut(pdf_text):
    doc = FormDocument("物料盘点记录表", OFFICE)
    doc.fields([[("备注", COUNTS)], [("状态", "盘点中")]])
    text = pdf_text(doc.build())
    assert "…" in text and "盘点中" in text


@pytest.mark.parametrize("notes", [0, 1])
def test_the_signatures_never_stand_alone_on_a_page(pdf_text, notes):
    """However many rows the table has, the page with the signatures shows its last rows."""
    for count in range(28, 52):
        doc = FormDocument("物料出库记录表", OFFICE)
        doc.table(["序号", "物料", "数量"], [[n, f"物料{n}号", "2"] for n in range(1, count + 1)],
                  col_widths=[1, 5, 1], min_height_mm=7)
        if notes:
            doc.paragraph("注：草稿不列入。")
        doc.need(30)
        doc.signatures([("制表人", "赵桂英", ""), ("审核人", "", "")])
        last = pages_of(pdf_text(doc.build()))[-1]
        assert "制表人" in last
        assert f"物料{count}号" in last and f"物料{count - 1}号" in last, (count, last)
        assert "序号" in last  # the header repeats over the rows carried along


def test_a_long_list_that_starts_where_no_row_fits_still_keeps_its_signatures(pdf_text):
    """Seen on the signs' quarter record (700 lines): a long table starting at the foot of a
    page, with not one row room there, gave reportlab its signatures instead (LayoutError)."""
    for gap in range(230, 262, 4):  # where the table starts: lower and lower on the page
        doc = FormDocument("标识季度检查记录", OFFICE)
        doc.spacer(gap)
        doc.table(["序号", "标识"], [[n, f"标识{n}"] for n in range(1, 401)], col_widths=[1, 5])
        doc.signatures([("制表", "", ""), ("服务中心", "", "")])
        pages = pages_of(pdf_text(doc.build()))
        assert "服务中心" in pages[-1] and "标识400" in pages[-1], gap


def test_a_copy_too_long_for_half_a_sheet_prints_whole_on_its_own_page(pdf_text):
    """A long 报修内容 is not shrunk into small print: each copy gets a page at full size."""
    long = "三号楼十二层男卫生间水龙头持续漏水，地面积水，影响正常办公，请尽快处理。" * 25
    doc = FormDocument("工程服务单", OFFICE, number=NUMBER)
    doc.fields([[("报修人", "孙丽晨"), ("电话", "18364052594")], [("报修内容", long)]])
    doc.signatures(["维修人签字", "报修人验收签字"])
    pdf = doc.build_two_up(("客服部存根", "工程部联"))
    pages = pages_of(pdf_text(pdf))
    assert len(pages) == 2
    assert "客服部存根" in pages[0] and "工程部联" not in pages[0] and "工程部联" in pages[1]
    assert all(flat(long) in flat(page) for page in pages_of(pdf_text(pdf, layout=False)))
    assert "沿此线裁开" not in "".join(pages)


def test_a_short_copy_still_shares_its_sheet(pdf_text):
    doc = FormDocument("工程服务单", OFFICE, number=NUMBER)
    doc.fields([[("报修内容", "卫生间水龙头漏水")]])
    pages = pages_of(pdf_text(doc.build_two_up(("客服部存根", "工程部联"))))
    assert len(pages) == 1 and "沿此线裁开" in pages[0]
