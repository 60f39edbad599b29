"""The 客户投诉处理通知单 read back: two copies on ONE A4 sheet whatever the texts' length
(a long summary wraps, then is cut with "…" and the copy says so), the department's and
the callback's boxes filled once recorded."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from models import reception
from reports import documents
from reports.reception import complaint_notice_pdf
from tests.helpers.complaints import phone_values, to_signed


def flat(text: str) -> str:
    return "".join(text.split())


def keep(pdf: bytes, name: str) -> None:
    """With FRONTDESK_KEEP_PDF=<folder>, the notice is kept there to be looked at."""
    folder = os.environ.get("FRONTDESK_KEEP_PDF")
    if folder:
        Path(folder, name).write_bytes(pdf)


def copies(text: str) -> tuple[str, str]:
    """The top and bottom copies of the sheet (the cut line's caption between them)."""
    top, bottom = text.split("沿此线裁开")
    return top, bottom


def test_a_new_complaint_prints_both_copies_on_one_sheet(staff, clock, pdf_text):
    c = reception.register_complaint(phone_values(), by=staff["clerk"])
    pdf = complaint_notice_pdf(c.id)
    keep(pdf, "notice-new.pdf")
    text = pdf_text(pdf)
    assert text.count("\f") == 1  # one page
    top, bottom = copies(text)
    assert "客服部存根" in top and "责任部门联" in bottom
    for copy in (flat(top), flat(bottom)):
        assert copy.count("客户投诉处理通知单") == 1 and "TS20260310-0001" in copy
        assert "2026年03月10日" in copy and "王先生" in copy and "13800138000" in copy
        assert "电话" in copy and "空调报修两天仍未修好" in copy and "今天内修好" in copy
        # required by: contact in 30 min, remedy in 3 days, resolved in 2 days
        assert "联系时限2026-03-1009:30" in copy and "答复时限2026-03-1309:00" in copy
        assert "完成时限2026-03-1209:00" in copy
        for box in ("补救措施", "纠正措施", "计划完成", "完成时间", "负责人签字", "回访结果",
                    "回访人", "客户意见", "客户签字"):
            assert box in copy, box
        assert "满意基本满意不满意" in copy  # tick boxes for the callback
        assert "未印完" not in copy


def test_the_longest_texts_are_cut_and_say_so_and_still_one_sheet(staff, clock, pdf_text):
    clerk, manager = staff["clerk"], staff["manager"]
    summary = "业主反映" + "楼上卫生间漏水渗到天花板，物业多次上门未能解决，" * 40
    c = reception.register_complaint(phone_values(
        summary=summary[:1000], request=("要求" + "尽快彻底维修并赔偿损失，" * 45)[:500],
        customer="王" * 50, unit="星河科技有限公司" * 12, room="A座1208-1210"), by=clerk)
    to_signed(c, clerk, manager)
    reception.record_complaint_contact(c.id, clerk)
    reception.answer_complaint_remedy(c.id, clerk, "已派人检修。" * 160, "建立巡检制度。" * 140)
    reception.mark_complaint_done(c.id, clerk)
    reception.call_back_complaint(c.id, clerk, reception.CALLBACK_DISSATISFIED,
                                  "还是漏水，" * 100)
    pdf = complaint_notice_pdf(c.id)
    keep(pdf, "notice-long.pdf")
    text = pdf_text(pdf)
    assert text.count("\f") == 1  # the long texts did not push the second copy away
    top, bottom = copies(text)
    assert "客服部存根" in top and "责任部门联" in bottom
    for copy in (flat(top), flat(bottom)):
        assert "TS20260310-0001" in copy and "业主反映楼上卫生间漏水" in copy
        assert ("注：投诉人、单位/房间、投诉内容、客户要求、补救措施、纠正措施、客户意见较长，"
                "此处未印完") in copy
        assert "全文见客户投诉登记表" in copy
        assert "…" in copy and "不满意" in copy and "曾回访不满意重办1次" in copy
    assert summary[:1000] not in flat(text)  # cut indeed


def test_a_reopened_then_closed_complaint_prints_the_last_callback(staff, clock, pdf_text):
    clerk, manager = staff["clerk"], staff["manager"]
    c = to_signed(reception.register_complaint(phone_values(), by=clerk), clerk, manager)
    reception.record_complaint_contact(c.id, clerk)
    reception.answer_complaint_remedy(c.id, clerk, "更换空调压缩机")
    reception.mark_complaint_done(c.id, clerk)
    reception.call_back_complaint(c.id, clerk, reception.CALLBACK_DISSATISFIED, "又坏了")
    reception.answer_complaint_remedy(c.id, clerk, "整机更换", "建立报修超时提醒",
                                      correction_due=dt.date(2026, 3, 20))
    reception.mark_complaint_done(c.id, clerk)
    reception.call_back_complaint(c.id, clerk, reception.CALLBACK_SATISFIED, "修好了",
                                  by_name="李晓燕")
    documents.load_all()
    pdf = documents.PDF_KINDS["complaint-notice"].render("TS20260310-0001")
    keep(pdf, "notice-closed.pdf")
    text = pdf_text(pdf)
    assert text.count("\f") == 1
    for copy in (flat(part) for part in copies(text)):
        assert "整机更换" in copy and "修好了" in copy and "又坏了" not in copy
        assert "李晓燕" in copy and "曾回访不满意重办1次" in copy
        assert "工程部" in copy and "刘海波" in copy and "2026-03-20" in copy
