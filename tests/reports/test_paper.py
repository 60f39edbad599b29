"""The paper core (reports.paper) read back as a clerk reads it: the form base, fonts, two-up
copies, documents continued over sheets, stamps, signature rows, totals and 大写."""

from __future__ import annotations

import datetime as dt
import re
import sys
from decimal import Decimal

import pytest

from reports import fonts, resources
from reports.paper import (
    DRAFT_STAMP,
    VOID_STAMP,
    FormDocument,
    LongTable,
    Sheet,
    amount_in_words,
    cancellation_text,
    copies,
    cut,
    format_value,
    rmb_words,
    sheet_rows,
    total_row,
    two_up,
    words_row,
)

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


def test_a_long_half_page_form_is_not_lost(pdf_text):
    """Too long for half a sheet: each copy prints whole on pages of its own."""
    doc = FormDocument("物料出库单", OFFICE, number="CK1")
    doc.table(["序号", "物料"], [[i, f"物料{i}"] for i in range(1, 41)])
    pages = pdf_text(doc.build_two_up()).strip("\f").split("\f")
    assert "".join(pages).count("物料40") == 2
    first = next(i for i, page in enumerate(pages) if "第二联" in page)
    assert all("第二联" not in page for page in pages[:first]) and "第一联" in pages[0]


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


@pytest.mark.parametrize(
    ("amount", "words"),
    [
        # 整 closes an amount without fen, whether it ends in 元 or in 角
        ("8", "捌元整"), ("80.00", "捌拾元整"), ("80.3", "捌拾元叁角整"),
        # a run of zeros reads as one 零, also across the 万 and 亿 groups; trailing ones are silent
        ("10001", "壹万零壹元整"), ("100100", "壹拾万零壹佰元整"), ("1000000", "壹佰万元整"),
        ("101000000.00", "壹亿零壹佰万元整"), ("20000.30", "贰万元叁角整"),
        # 角 and 分: a missing 角 between 元 and 分 is read 零; no 元 when there are none
        ("3.07", "叁元零柒分"), ("3.70", "叁元柒角整"), ("3.77", "叁元柒角柒分"), ("0.07", "柒分"),
    ],
)
def test_amount_in_words_rules(amount, words):
    assert amount_in_words(amount) == words
    assert rmb_words(Decimal(amount)) == "人民币" + words


# --- documents continued over sheets ------------------------------------------------------

LINE_HEADERS = ["序号", "物料", "数量", "金额"]


def _sheet_document(sheet: Sheet, per_sheet: int) -> FormDocument:
    """A small lines document the way the 入库单 is built: one FormDocument per sheet."""
    doc = FormDocument("领用单", OFFICE, number="LY20261122-0001", date=dt.date(2026, 11, 22))
    doc.fields([[("状态", sheet.mark("已确认"))]], min_height_mm=7)
    rows = [[str(n), f"物料{n}号", str(n), f"{n}.00"] for n in sheet.lines]
    page = sum(sheet.lines)
    doc.table(LINE_HEADERS, sheet_rows(
        sheet, rows, len(LINE_HEADERS), per_sheet, span=2,
        subtotal={2: str(page), 3: f"{page}.00"}, total={2: "210", 3: "210.00"},
        words=rmb_words(210)), [1, 4, 2, 2], "CLRR", min_height_mm=5.6)
    doc.signatures(["经手人", ("仓管员", "赵桂英", "2026-11-22 09:00")], space_mm=5)
    return doc


def test_cut_gives_every_document_its_sheets_and_says_which_continue():
    sheets = cut(list(range(1, 21)), 8)
    assert [(s.number, s.count, len(s.lines)) for s in sheets] == [(1, 3, 8), (2, 3, 8), (3, 3, 4)]
    assert [s.last for s in sheets] == [False, False, True]
    assert sheets[0].mark("已确认") == "已确认（第 1 张 / 共 3 张，续下张）"
    assert sheets[2].mark("已确认") == "已确认（第 3 张 / 共 3 张）"
    (only,) = cut([], 8)
    assert only.lines == [] and only.mark("草稿") == "草稿"  # one sheet, nothing to say


def test_sheet_rows_pad_each_sheet_and_total_on_the_last():
    first, last = cut(list(range(1, 11)), 8)
    common = {"span": 2, "subtotal": {2: "小"}, "total": {2: "合"}, "words": "人民币壹元整"}
    body = sheet_rows(first, [["1"]] * 8, 4, 8, **common)
    assert [r[0] for r in body[8:]] == ["本张小计", "金额大写"] and body[9][2] == "见第 2 张合计"
    body = sheet_rows(last, [["9"], ["10"]], 4, 8, **common)
    assert len(body) == 8 + 3 and body[2:8] == [[""] * 4] * 6  # padded to a full sheet
    assert [r[0] for r in body[8:]] == ["本张小计", "合　计", "金额大写"]
    assert body[9][2] == "合" and body[10][2] == "人民币壹元整"
    (single,) = cut([1], 8)
    assert [r[0] for r in sheet_rows(single, [["1"]], 4, 8, **common)[8:]] == ["合　计", "金额大写"]


def test_a_document_continued_over_sheets_prints_each_sheet_in_both_copies(pdf_text):
    sheets = cut(list(range(1, 21)), 8)
    pdf = copies([_sheet_document(s, 8) for s in sheets], ("仓库存根", "财务联"))
    text = pdf_text(pdf)
    pages = text.split("\f")[:3]
    assert text.count("\f") == 3
    for k, page in enumerate(pages, start=1):
        body = flat(page)
        assert body.count("LY20261122-0001") == 2 and body.count(f"第{k}张/共3张") == 2
        assert body.count("本张小计") == 2 and body.count("仓管员：赵桂英") == 2
        assert body.count("2026-11-2209:00") == 2  # when the storekeeper signed
        assert ("续下张" in body) == (k < 3) and ("见第3张合计" in body) == (k < 3)
    assert flat(pages[0]).count("本张小计3636.00") == 2  # 1 + … + 8
    assert flat(pages[2]).count("合计210210.00") == 2
    assert flat(pages[2]).count("人民币贰佰壹拾元整") == 2 and "人民币" not in flat(pages[0])
    width, height = page_size(pdf)
    for page in (1, 3):
        for y, label in ((0, "仓库存根"), (int(height / 2), "财务联")):
            half = flat(pdf_text(pdf, "-f", str(page), "-l", str(page), "-x", "0", "-y", str(y),
                                 "-W", str(int(width)), "-H", str(int(height / 2))))
            assert label in half and "经手人" in half and "LY20261122-0001" in half


# --- stamps, signatures, totals -------------------------------------------------------------


def _stamp_runs(pdf_text, pdf: bytes, word: str) -> int:
    """Stamps are drawn letter-spaced in one run: read them in drawing order."""
    return [line.strip() for line in pdf_text(pdf, layout=False).splitlines()].count(" ".join(word))


def test_a_stamp_lies_translucent_across_the_form(pdf_text, pdf_gray_rows):
    def form(word):
        doc = FormDocument("物品申购表", OFFICE, number="SG1")
        doc.fields([[("状态", "已作废")], [("作废", cancellation_text(_Cancelled()))]])
        doc.stamp(word, rise_mm=-30)
        doc.table(["序号", "名称"], [[str(i), "灯管"] for i in range(1, 13)], [1, 4], "CL")
        return doc.build()

    plain, stamped = form(None), form(VOID_STAMP)
    assert _stamp_runs(pdf_text, plain, VOID_STAMP) == 0
    assert _stamp_runs(pdf_text, stamped, VOID_STAMP) == 1
    assert cancellation_text(_Cancelled()) == "周志华 2026-03-10 11:00　原因：送错型号"
    assert "作废周志华2026-03-1011:00原因：送错型号" in flat(pdf_text(stamped))
    assert flat(pdf_text(stamped)).count("灯管") == 12  # everything under it still reads
    w, h, before = pdf_gray_rows(plain)
    _, _, after = pdf_gray_rows(stamped)
    changed = [(a, b) for row_a, row_b in zip(before, after, strict=True)
               for a, b in zip(row_a, row_b, strict=True) if a != b]
    assert len(changed) > 2000  # a large mark …
    assert min(b for a, b in changed if a == 255) > 120  # … in grey, over white paper


class _Cancelled:
    cancelled_by = type("U", (), {"full_name": "周志华", "login": "jingli"})()
    cancelled_at = dt.datetime(2026, 3, 10, 11, 0)
    cancel_reason = "送错型号"


def test_a_draft_stamp_on_each_copy_and_none_without_a_word(pdf_text):
    doc = FormDocument("入库单", OFFICE, number="RK1")
    doc.table(["序号", "名称"], [[str(i), "灯管"] for i in range(1, 9)], [1, 4], "CL")
    doc.signatures(["经手人"]).stamp(DRAFT_STAMP, rise_mm=50)  # over the lines above
    assert _stamp_runs(pdf_text, doc.build_two_up(("仓库存根", "财务联")), DRAFT_STAMP) == 2
    bare = FormDocument("入库单", OFFICE).stamp("", rise_mm=50).stamp(None, rise_mm=50)
    assert _stamp_runs(pdf_text, bare.build(), DRAFT_STAMP) == 0


def test_signature_rows_print_names_and_when_they_signed(pdf_text):
    doc = FormDocument("物料盘点记录表", OFFICE)
    doc.signatures(["盘点人", ("复盘人", "刘海波"), ("审批（经理）", "周志华", "2026-03-31 07:00"),
                    ("监盘人", "", "")])
    lines = [re.sub(r"\s+", " ", line).strip() for line in pdf_text(doc.build()).splitlines()]
    names = next(line for line in lines if "盘点人：" in line)
    assert names == "盘点人： 复盘人： 刘海波 审批（经理）： 周志华 监盘人："
    dates = next(line for line in lines if line.count("日期：") == 4)
    assert dates == "日期： 日期： 日期： 2026-03-31 07:00 日期："


def test_total_and_words_rows_read_across_their_spans(pdf_text):
    doc = FormDocument("物品申购表", OFFICE)
    rows = [["1", "灯管", "支", "4", "10.00"], ["2", "开关", "个", "2", "5.50"],
            total_row("合　计", {3: "6", 4: "15.50"}, 5, span=3),
            words_row("预计金额大写", rmb_words("15.50"), 5)]
    doc.table(["序号", "名称", "单位", "数量", "金额"], rows, [1, 4, 1, 1, 2], "CLCRR")
    lines = [re.sub(r"\s+", " ", line).strip() for line in pdf_text(doc.build()).splitlines()]
    assert "合 计 6 15.50" in lines
    assert "预计金额大写 人民币壹拾伍元伍角整" in lines
