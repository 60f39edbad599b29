"""An office with something behind every counter of the vendors tab (and something that
each counter must NOT count), made through the parts' own operations where they have them."""

from __future__ import annotations

import datetime as dt

from models import people, vendors
from tests.helpers.vendors_evaluations import make_cleaning_vendor
from tests.helpers.vendors_month import make_contract, make_evaluation, make_vendor
from tests.helpers.vendors_pest import pest_vendor

# what each counter shows once counted_office has run
EXPECTED = {"serious_open": 1, "waiting_signature": 2, "objections": 1, "due_today": 2,
            "late": 1, "density_overdue": 2, "months_waiting": 1}


def _sheet(clerk: people.User, vendor: vendors.Vendor, fail: dict[int, int]) -> vendors.Evaluation:
    """A daily round submitted with the items numbered in ``fail`` losing those points."""
    ev = vendors.new_evaluation(clerk, vendor=vendor)
    items = {i.seq: i for i in vendors.evaluation_items(ev.id)}
    vendors.score_items(ev.id, {items[seq].id: {"points_off": off, "problem": "不洁"}
                                for seq, off in fail.items()}, clerk)
    return vendors.submit_evaluation(ev.id, clerk)


def counted_office(staff: dict[str, people.User], clock) -> dict[str, object]:
    """At 10 March 2026 11:00: a serious failure open (its lift item: a ticket due tomorrow),
    a sheet objected to (its minor fault due at 10:00: late), a passed sheet waiting for the
    signature, a ticket due at 17:00 today and one due on the 14th; a pest contractor since
    January 2025 without density reports (2025H1, 2025H2 overdue); a vendor's February with
    four failed daily rounds computed (waiting for the manager) and its January (one failed:
    not waiting)."""
    clerk, manager = staff["clerk"], staff["manager"]
    vendor = make_cleaning_vendor(manager)
    serious = _sheet(clerk, vendor, {3: 20})
    objected = _sheet(clerk, vendor, {1: 5})
    vendors.confirm_evaluation(objected.id, clerk, signer="王秀兰", agrees=False,
                               objection="当时已清洁")
    _sheet(clerk, vendor, {})
    for due in (dt.datetime(2026, 3, 10, 17, 0), dt.datetime(2026, 3, 14, 17, 0)):
        vendors.record_defect({"vendor": vendor.id, "kind": vendors.TICKET, "place": "外围",
                               "text": "道路有垃圾", "found_at": None, "due_at": due}, by=clerk)
    clock.advance(hours=2)
    pest_vendor(since=dt.datetime(2025, 1, 6, 9, 0))
    monthly = make_vendor("鑫洁环境服务有限公司")
    contract = make_contract(monthly)
    for day in range(2, 8):
        make_evaluation(monthly, vendors.DAILY, dt.date(2026, 2, day), "90" if day < 6 else "100",
                        clerk, contract=contract)
    make_evaluation(monthly, vendors.DAILY, dt.date(2026, 1, 12), "90", clerk, contract=contract)
    february = vendors.compute_month(monthly.id, "2026-02", clerk)
    january = vendors.compute_month(monthly.id, "2026-01", clerk)
    assert february.alert and not january.alert
    return {"vendor": vendor, "serious": serious, "objected": objected,
            "february": february, "january": january}
