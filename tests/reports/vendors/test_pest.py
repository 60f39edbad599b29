"""The 病媒生物防治记录表 on paper (a month's treatments and its count) and the `pest-control`
export."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from models import callbacks, vendors
from models.errors import ValidationError
from reports import documents as kinds
from tests.helpers.vendors_pest import done_treatment, pest_staff, pest_vendor

D = dt.date


@pytest.fixture
def pest_paper(make_user, clock):
    kinds.load_all()
    staff = pest_staff(make_user)
    vendor = pest_vendor()
    clock.set(dt.datetime(2026, 3, 20, 21, 0))
    a = done_treatment(vendor, staff["clerk"], D(2026, 3, 12))
    callbacks.record_callback("pest", a.id, {"verdict": callbacks.SATISFIED,
                                             "made_at": dt.datetime(2026, 3, 13, 10)},
                              by=staff["clerk"])
    vendors.plan_treatment({"vendor": vendor.id, "planned_on": D(2026, 3, 26)},
                           by=staff["clerk"])
    return {**staff, "vendor": vendor, "done": a}


def test_the_month_record_lists_its_treatments_and_the_count_short_of_two(pest_paper,
                                                                         pdf_text):
    text = pdf_text(kinds.PDF_KINDS["pest-record"].render("2026-03"))
    flat = text.replace(" ", "")
    assert "病媒生物防治记录表" in flat
    for words in (pest_paper["done"].number, "2026-03-1218:30", "溴氰菊酯", "郑海涛",
                  "绿城马经理", "满意03-13", "2026-03-26（待施药）",
                  "本月定期消杀1次（应2次），缺1次", "客服部检查", "承包商"):
        assert words in flat, words
    with pytest.raises(ValidationError):
        kinds.PDF_KINDS["pest-record"].render("2026-3x")


def test_the_export_writes_every_treatment(pest_paper, tmp_path):
    target = tmp_path / "p.xlsx"
    assert kinds.EXPORTS["pest-control"].write(target, {}, lambda _c, text: text) == 2
    rows = list(openpyxl.load_workbook(target).worksheets[0].iter_rows(values_only=True))
    assert rows[0][:3] == ("Number", "Kind", "Status")
    assert sorted(r[2] for r in rows[1:]) == ["Done", "Planned"]
