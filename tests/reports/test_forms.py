"""The paper-form base, the list printout and the user list, read back as a clerk reads them."""

from __future__ import annotations

import datetime as dt
import re
import sys
from decimal import Decimal

import pytest

from reports import fonts, resources
from reports.listing import list_pdf
from reports.paper import FormDocument, LongTable, amount_in_words, format_value, two_up

OFFICE = "测试物业服务中心"


def flat(text: str) -> str:
    """pdftotext text without any whitespace: wrapped cells read as one string."""
    return re.sub(r"\s+", "", text)


def page_size(pdf: bytes) -> tuple[float, float]:
    m = re.search(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]", pdf)
    assert m
    return float(m.group(1)), float(m.group(2))


def service_order() -> FormDocument:
    doc = FormDocument("工程服务单", OFFICE, number="BX20261122-0001", date=dt.date(2026, 11, 22))
    doc.fields([
        [("报修时间", dt.datetime(2026, 11, 22, 9, 30)), ("报修部门", "客服部")],
        [("报修人", "张三"), ("电话", "13800138000")],
        [("报修内容", "3号楼12层男卫生间水龙头漏水")],
    ])
    doc.fields([[("维修结果", "")]], min_height_mm=18)
    doc.signatures(["客服文员", "工程部", "验收人"])
    return doc


# --- font and resources ---------------------------------------------------------------


def test_font_and_licence_are_bundled():
    assert resources.font_path().is_file()
    licence = resources.font_path().with_name("LICENSE-wqy-microhei.txt").read_text("utf-8")
    assert "Apache License" in licence and "WenQuanYi" in licence


def test_resource_dir_inside_a_pyinstaller_bundle(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.resource_dir() == tmp_path / "resources"
    assert resources.font_path() == tmp_path / "resources" / "fonts" / "wqy-microhei.ttc"


def test_register_fonts_is_idempotent():
    fonts.register_fonts()
    fonts.register_fonts()
    from reportlab.pdfbase import pdfmetrics

    assert pdfmetrics.getFont(fonts.FONT).face.name == b"WenQuanYiMicroHei"


def test_font_is_embedded_as_a_subset_and_nothing_else(pdf_fonts):
    listed = pdf_fonts(service_order().build())
    assert len(listed) == 1, listed
    name, emb, sub = listed[0]
    assert "WenQuanYiMicroHei" in name and (emb, sub) == ("yes", "yes")


# --- the form base ----------------------------------------------------------------------


def test_header_fields_and_signatures_read_back(pdf_text):
    text = pdf_text(service_order().build())
    assert OFFICE in text
    assert "工程服务单" in flat(text)  # short titles are letter-spaced
    assert "单号：BX20261122-0001" in text
    assert "日期：2026年11月22日" in text
    assert "3号楼12层男卫生间水龙头漏水" in text
    assert "2026-11-22 09:30" in text
    for label in ("客服文员：", "工程部：", "验收人：", "日期："):
        assert label in text
    assert "第 1 页 / 共 1 页" in text


def test_two_page_table_repeats_its_header_and_numbers_pages(pdf_text):
    doc = FormDocument("物料出库记录表", OFFICE, number="CK20261122-0003")
    rows = [[i, f"不锈钢水龙头{i}号", "个", Decimal("2"), Decimal("35.50")] for i in range(1, 61)]
    doc.table(["序号", "物料名称", "单位", "数量", "单价"], rows, col_widths=[1, 5, 1, 1.5, 1.5])
    pdf = doc.build()
    text = pdf_text(pdf)
    pages = text.split("\f")
    assert "第 1 页 / 共 2 页" in pages[0]
    assert "第 2 页 / 共 2 页" in pages[1]
    assert all("物料名称" in page for page in pages[:2])  # header row on both pages
    assert "不锈钢水龙头60号" in pages[1]
    assert OFFICE in pages[1] and "CK20261122-0003" in pages[1]  # running header


def test_long_chinese_text_wraps_inside_its_cell(pdf_text):
    long = "客户反映三号楼十二层男卫生间水龙头持续漏水，地面积水，影响正常办公，请工程部尽快派人处理并回复。"
    doc = FormDocument("工程服务单", OFFICE)
    doc.table(["序号", "内容", "状态"], [[1, long, "待处理"]], col_widths=[1, 4, 1])
    doc.paragraph("备注：<b>不是标记</b> & 原样打印\n第二行")
    pdf = doc.build()
    text = pdf_text(pdf, layout=False)
    assert long in flat(text)  # every character printed, none clipped
    lines = pdf_text(pdf).splitlines()
    assert sum(1 for line in lines if any(ch in line for ch in long)) >= 2  # it did wrap
    assert "备注：<b>不是标记</b> & 原样打印" in text
    assert "第二行" in text


def test_long_table_keeps_every_row_in_order(pdf_text):
    rows = [[f"R{i:04d}", "客服部"] for i in range(LongTable.CHUNK * 3 + 7)]
    doc = FormDocument("列表", OFFICE)
    doc.table(["编号", "部门"], rows)
    text = pdf_text(doc.build())
    assert re.findall(r"R(\d{4})", text) == [f"{i:04d}" for i in range(len(rows))]
    pages = text.strip("\f").split("\f")
    assert all("编号" in page for page in pages)


def test_empty_table_says_so(pdf_text):
    doc = FormDocument("列表", OFFICE)
    doc.table(["编号", "部门"], [])
    assert "（无记录）" in pdf_text(doc.build())


def test_blank_date_leaves_room_to_write_it_by_hand(pdf_text):
    text = pdf_text(FormDocument("标识申请表", OFFICE, date="").build())
    assert re.search(r"日期：\s+年\s+月\s+日", text)


def test_landscape_form():
    w, h = page_size(FormDocument("列表", OFFICE, landscape=True).build())
    assert w > h


# --- two copies on one sheet ------------------------------------------------------------


def test_service_order_prints_two_copies_on_one_sheet_with_a_cut_line(pdf_text, pdf_gray_rows):
    pdf = service_order().build_two_up(("客服部存根", "工程部联"))
    text = pdf_text(pdf)
    assert text.count("\f") == 1  # one sheet
    width, height = page_size(pdf)
    top = pdf_text(pdf, "-x", "0", "-y", "0", "-W", str(int(width)), "-H", str(int(height / 2)))
    bottom = pdf_text(pdf, "-x", "0", "-y", str(int(height / 2)), "-W", str(int(width)),
                      "-H", str(int(height / 2)))
    for half, label, other in ((top, "客服部存根", "工程部联"), (bottom, "工程部联", "客服部存根")):
        assert OFFICE in half and "BX20261122-0001" in half and "报修内容" in half
        assert label in half and other not in half
    assert "沿此线裁开" in text
    # The cut line is dashed: along the middle row, ink and paper alternate many times.
    w, h, rows = pdf_gray_rows(pdf)
    middle = min(rows[h // 2 - 1: h // 2 + 2], key=lambda row: sum(row))
    ink = [px < 200 for px in middle[: w // 3]]
    switches = sum(1 for a, b in zip(ink, ink[1:], strict=False) if a != b)
    assert switches > 20


def test_two_up_puts_different_forms_two_to_a_sheet(pdf_text):
    slips = []
    for n in range(1, 4):
        doc = FormDocument("物料入库单", OFFICE, number=f"RK20261122-000{n}")
        doc.table(["物料", "数量"], [["灯管", n]])
        doc.signatures(["经手人", "仓管员", "经理"])
        slips.append(doc)
    text = pdf_text(two_up(slips))
    pages = text.strip("\f").split("\f")
    assert len(pages) == 2
    assert "RK20261122-0001" in pages[0] and "RK20261122-0002" in pages[0]
    assert "RK20261122-0003" in pages[1]


def test_a_long_half_page_form_is_shrunk_not_lost(pdf_text):
    doc = FormDocument("物料出库单", OFFICE, number="CK1")
    doc.table(["序号", "物料"], [[i, f"物料{i}"] for i in range(1, 41)])
    text = pdf_text(doc.build_two_up())
    assert text.count("\f") == 1
    assert text.count("物料40") == 2


# --- values and money ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (None, ""),
        (True, "是"),
        (dt.date(2026, 1, 2), "2026-01-02"),
        (dt.datetime(2026, 1, 2, 3, 4, 5), "2026-01-02 03:04"),
        (Decimal("12.50"), "12.50"),
        (Decimal("1E+3"), "1000"),
        (2.5, "2.5"),
        (3, "3"),
    ],
)
def test_format_value(value, text):
    assert format_value(value) == text


@pytest.mark.parametrize(
    ("amount", "words"),
    [
        ("1234.50", "壹仟贰佰叁拾肆元伍角整"),
        ("0.05", "伍分"),
        ("100", "壹佰元整"),
        ("1005.07", "壹仟零伍元零柒分"),
        ("0", "零元整"),
        ("10", "壹拾元整"),
        ("0.5", "伍角整"),
        ("0.56", "伍角陆分"),
        ("1.05", "壹元零伍分"),
        ("30003", "叁万零叁元整"),
        ("200100", "贰拾万零壹佰元整"),
        ("1010101.01", "壹佰零壹万零壹佰零壹元零壹分"),
        ("100000000", "壹亿元整"),
        ("100010000", "壹亿零壹万元整"),
        ("100001000", "壹亿零壹仟元整"),
        ("1000000001", "壹拾亿零壹元整"),
        ("1000000000000", "壹万亿元整"),
        ("1000100000000", "壹万零壹亿元整"),
        ("12345678901234.56", "壹拾贰万叁仟肆佰伍拾陆亿柒仟捌佰玖拾万壹仟贰佰叁拾肆元伍角陆分"),
        ("-12.3", "负壹拾贰元叁角整"),
        ("99.995", "壹佰元整"),  # rounded half up to the fen
        ("-0.001", "零元整"),
    ],
)
def test_amount_in_words(amount, words):
    assert amount_in_words(Decimal(amount)) == words


def test_amount_in_words_refuses_absurd_amounts():
    with pytest.raises(ValueError):
        amount_in_words(Decimal("1E16"))


# --- list printout --------------------------------------------------------------------------


def test_list_pdf_says_filter_print_time_and_count(pdf_text):
    rows = [[f"BX{i:04d}", "客服部", dt.datetime(2026, 11, 22, 9, i % 60), "已完成"] for i in range(75)]
    pdf = list_pdf("客户报修登记表", OFFICE, ["单号", "部门", "报修时间", "状态"], iter(rows),
                   filter_text="状态=已完成", printed_at=dt.datetime(2026, 11, 22, 14, 5))
    w, h = page_size(pdf)
    assert w < h  # four columns fit upright
    text = pdf_text(pdf)
    assert "客户报修登记表" in text and OFFICE in text
    assert "筛选条件：状态=已完成" in text
    assert "打印时间：2026-11-22 14:05" in text
    assert "共 75 条" in text.split("\f")[-2]
    assert "第 1 页 / 共 2 页" in text


def test_list_pdf_turns_the_page_for_many_columns(pdf_text):
    headers = [f"列{i}" for i in range(10)]
    pdf = list_pdf("宽表", OFFICE, headers, [[f"值{i}" for i in range(10)]])
    w, h = page_size(pdf)
    assert w > h
    text = pdf_text(pdf)
    assert "筛选条件：全部记录" in text and "共1条" in flat(text)


# --- the user list ---------------------------------------------------------------------------


def test_users_pdf(admin, make_user, pdf_text):
    from models import people
    from reports.users import ROLE_NAMES_ZH, users_pdf

    assert set(ROLE_NAMES_ZH) == set(people.ROLES)
    make_user(people.CLERK, full_name="张三")
    gone = make_user(people.STOREKEEPER, people.DUTY, login="wang", full_name="王五")
    people.set_active(gone.id, False, admin)
    people.authenticate("admin", "admin123")

    text = pdf_text(users_pdf(prepared_by="王经理", date=dt.date(2026, 11, 22)))
    assert "测试物业服务中心" in text and "用户权限一览表" in text
    admin_line = next(line for line in text.splitlines() if " admin " in line)
    assert "王经理" in admin_line and "经理、管理员" in admin_line and "启用" in admin_line
    assert re.search(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}", admin_line)  # last login
    clerk_line = next(line for line in text.splitlines() if "张三" in line)
    assert "客服文员" in clerk_line and "从未登录" in clerk_line
    wang_line = next(line for line in text.splitlines() if "王五" in line)
    assert "当值、仓管员" in wang_line and "停用" in wang_line
    assert text.index("张三") < text.index("王五")  # disabled users last
    assert "共 3 个用户，其中启用 2 个、停用 1 个。" in text
    assert "制表人：" in text and "王经理" in text and "审核人（经理）：" in text
    assert "第 1 页 / 共 1 页" in text
