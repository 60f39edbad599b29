"""``export callbacks``: the register of callbacks made, as the list shows it, in words."""

from __future__ import annotations

import datetime as dt

import openpyxl

from models import callbacks
from reports.reception import EXPORT_KINDS
from tests.helpers.callbacks import an_engineer, checked_order, done_complaint


def test_the_register_exports_every_kind_in_words(staff, make_user, clock, tmp_path):
    engineer = an_engineer(make_user)
    clerk = staff["clerk"]
    c = done_complaint(staff)
    order = checked_order(clerk, engineer)
    callbacks.record_callback("complaint", c.id, {
        "verdict": "", "promised_at": clock.now + dt.timedelta(hours=2), "words": "稍后回复"},
        clerk)
    callbacks.record_callback("repair", order.id, {"verdict": callbacks.UNSATISFIED,
                                                   "words": "还在漏"}, clerk)
    (kind,) = [k for k in EXPORT_KINDS if k.name == "callbacks"]
    target = tmp_path / "callbacks.xlsx"
    assert kind.write(target, {}, lambda _context, text: text) == 2
    sheet = openpyxl.load_workbook(target).active
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    header = next(r for r in rows if "Verdict" in r)
    body = [dict(zip(header, r, strict=False)) for r in rows[rows.index(header) + 1:]]
    assert {(r["Kind"], r["Number"], r["Verdict"]) for r in body} == {
        ("Complaint", c.number, "Cannot answer now"), ("Repair order", order.number, "Unsatisfied")}
