"""A reprinted 工程服务单 shows what the program recorded (完工时间, 维修情况, 所用材料 with what
the storeroom issued for the order, 回访结果), and a blank one is still there for handwriting
(``blank=True``, ``main.py pdf repair-blank``)."""

from __future__ import annotations

import datetime as dt
import re
import subprocess

import pytest

from models import repairs
from reports import documents
from reports.repairs import recorded, service_order_pdf
from tests.helpers.repairs import new_order
from tests.helpers.storeroom import issue, make_item, receive

T = dt.datetime
pytestmark = pytest.mark.clock_at(T(2026, 11, 5, 12, 0))

WORK, MATERIALS, COMMENT = "更换阀芯并紧固接头", "生料带1卷", "师傅很细心"


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture
def finished(admin, staff, clock):
    """An order done, checked and called back (满意), two 角阀 issued for it by the store."""
    order = new_order(admin, reported_at=T(2026, 11, 4, 9, 0))
    repairs.dispatch(order.id, "刘海波", by=admin, at=T(2026, 11, 4, 9, 10))
    repairs.accept(order.id, by=admin, at=T(2026, 11, 4, 9, 30))
    valve = make_item(staff["keeper"], code="SN001", name="角阀", spec="DN15", unit="个",
                      category="水暖")
    receive(staff, valve, 5, "12.5")
    slip = issue(staff, valve, 2, repair_order=order.number)
    repairs.complete(order.id, WORK, by=admin, materials=MATERIALS,
                     completed_at=T(2026, 11, 4, 11, 30))
    repairs.check(order.id, by=admin, at=T(2026, 11, 4, 14, 0))
    repairs.call_back(order.id, repairs.SATISFIED, by=admin, comment=COMMENT,
                      at=T(2026, 11, 5, 10, 0))
    return repairs.get_order(order.id), slip


def test_a_reprinted_finished_order_shows_what_is_recorded(finished, admin, pdf_text):
    order, slip = finished
    assert recorded(order)
    text = pdf_text(service_order_pdf(order.id))
    assert text.count("\f") == 1  # still two copies on one sheet
    body = flat(text)
    for printed in (WORK, MATERIALS, COMMENT, f"仓库领料{slip.number}：角阀DN152个",
                    "2026-11-0411:30", "回访人王经理"):
        assert body.count(printed) == 2, printed
    assert "月日时分" not in body.replace("接单时间", "")  # no blank time left to write in


def test_the_verdict_is_ticked_in_its_box(finished, pdf_file, pdf_gray_rows):
    """The box before 满意 carries ink inside; those before 基本满意 and 不满意 do not."""
    order, _ = finished
    pdf = service_order_pdf(order.id)
    words = subprocess.run(["pdftotext", "-bbox", str(pdf_file(pdf)), "-"], check=True,
                           capture_output=True, text=True, encoding="utf-8").stdout
    boxes = {}
    for m in re.finditer(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">'
                         r"(满意|基本满意|不满意)</word>", words):
        boxes.setdefault(m.group(4), (float(m.group(1)), float(m.group(2)), float(m.group(3))))
    w, h, rows = pdf_gray_rows(pdf)

    def ink(word: str) -> int:
        x, top, bottom = boxes[word]
        middle = round((top + bottom) / 2)  # inside the box, clear of its top and bottom
        return sum(1 for y in range(middle - 2, middle + 3)
                   for px in rows[y][round(x) - 11:round(x) - 5] if px < 160)

    assert ink("满意") > 3 and ink("基本满意") == 0 and ink("不满意") == 0


def test_a_blank_one_is_there_for_handwriting(finished, db_path, pdf_text):
    order, slip = finished
    text = pdf_text(service_order_pdf(order.id, blank=True))
    body = flat(text)
    for gone in (WORK, MATERIALS, COMMENT, slip.number, "2026-11-0411:30"):
        assert gone not in body, gone
    assert body.count("月日时分") == 2  # 完工时间 to write in, on each copy
    assert body.count(order.number) == 2 and body.count("卫生间水龙头漏水") == 2
    documents.load_all()
    by_kind = documents.PDF_KINDS["repair-blank"].render(order.number)
    assert flat(pdf_text(by_kind)) == body


def test_a_dispatched_order_has_nothing_recorded_yet(admin, clock, pdf_text):
    order = new_order(admin)
    repairs.dispatch(order.id, "刘海波", by=admin)
    assert not recorded(repairs.get_order(order.id))
    assert flat(pdf_text(service_order_pdf(order.id))) == \
        flat(pdf_text(service_order_pdf(order.id, blank=True)))
