"""The list printout (列表打印) and the user list, read back as a clerk reads them."""

from __future__ import annotations

import datetime as dt
import re

from reports.listing import list_pdf

OFFICE = "测试物业服务中心"


def flat(text: str) -> str:
    """pdftotext text without any whitespace: wrapped cells read as one string."""
    return re.sub(r"\s+", "", text)


def page_size(pdf: bytes) -> tuple[float, float]:
    m = re.search(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]", pdf)
    assert m
    return float(m.group(1)), float(m.group(2))


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
