"""The demo storeroom: two believable years made by the operations, and books that balance.

Built once for the module (fixed seed, fixed today); each test reopens the file.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict

import pytest

from models import checks, demo, warehouse
from models import db as dbmod
from models.audit import AuditEntry
from models.people import User
from models.repairs.base import CANCELLED as REPAIR_CANCELLED
from models.repairs.base import RepairOrder
from models.warehouse import base

TODAY = dt.date(2026, 11, 20)  # not the real today: the end is then 17:30, not now
START = dt.date(2024, 11, 20)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("warehouse-demo") / "demo.sqlite"
    demo.build_demo(path, seed=1, today=TODAY)  # (its time: bench/README.md, "The demo office")
    dbmod.close_database()
    return path


@pytest.fixture
def built(demo_file):
    dbmod.open_database(demo_file)
    return demo_file


def months_between(first: str, last: str) -> list[str]:
    out, month = [], first
    while month <= last:
        out.append(month)
        month = base.month_of(base.parse_month(month)[1])
    return out


def working_days(start: dt.date, end: dt.date) -> list[dt.date]:
    return [start + dt.timedelta(days=n) for n in range((end - start).days + 1)
            if (start + dt.timedelta(days=n)).weekday() < 5]


def logins() -> dict[int, str]:
    return {u.id: u.login for u in User.select()}


def test_the_demo_builds_and_passes_every_check(built):
    assert checks.run_checks() == []
    assert warehouse.check_warehouse() == []


def test_about_300_items_across_the_categories_most_with_opening_stock(built):
    items = list(warehouse.Item.select())
    assert 280 <= len(items) <= 320
    per_category = Counter(i.category.name for i in items)
    assert set(per_category) == set(warehouse.DEFAULT_CATEGORIES)
    assert min(per_category.values()) >= 10, per_category
    assert len({(i.name, i.spec) for i in items}) == len(items)
    assert all(i.unit and i.location and i.spec for i in items)
    assert sum(i.safety_stock > 0 for i in items) > 0.9 * len(items)
    by_name = {(i.name, i.spec): i for i in items}
    for name, spec, unit in [("十字螺丝", "M4×20", "盒"), ("LED灯管", "T8 1.2m 18W", "支"),
                             ("角阀", "DN15 冷水", "个"), ("垃圾袋", "80×100", "卷"),
                             ("A4复印纸", "70g", "包"), ("劳保手套", "线手套", "双")]:
        assert by_name[name, spec].unit == unit
    opened = {e.item_id for e in warehouse.StockEntry.select().where(
        warehouse.StockEntry.kind == warehouse.K_OPENING)}
    assert len(opened) > 0.8 * len(items)
    # Items added later, and one being phased out that left use once its shelf was empty.
    assert warehouse.Item.select().where(warehouse.Item.created_at > dt.datetime(2025, 3, 1)).count()
    gone = list(warehouse.Item.select().where(~warehouse.Item.active))
    assert gone and all(i.qty == 0 for i in gone)


def test_receipts_in_most_weeks_confirmed_by_the_manager(built):
    users = logins()
    receipts = list(warehouse.Receipt.select())
    submitted = [r for r in receipts if r.status == warehouse.SUBMITTED]
    weeks = {r.date.isocalendar()[:2] for r in submitted}
    all_weeks = {d.isocalendar()[:2] for d in working_days(START, TODAY - dt.timedelta(days=21))}
    assert len(weeks & all_weeks) > 0.85 * len(all_weeks)
    assert {users[r.created_by_id] for r in receipts} == {"cangguan"}
    assert {users[r.submitted_by_id] for r in submitted} == {"jingli"}
    sources = Counter(r.source for r in submitted)
    assert sources[warehouse.CENTRAL] > 5 * sources[warehouse.SELF] > 0
    for receipt in submitted:
        if receipt.source == warehouse.SELF:
            request = receipt.purchase_request
            assert request.status == warehouse.APPROVED and request.approved_at <= receipt.submitted_at
    cancelled = [r for r in receipts if r.status == warehouse.CANCELLED]
    assert any(r.submitted_at is None for r in cancelled)  # drafts thrown away
    assert any(r.submitted_at is not None for r in cancelled)  # confirmed, then cancelled
    assert all(r.cancel_reason for r in cancelled)
    statuses = Counter(r.status for r in warehouse.PurchaseRequest.select())
    assert statuses[warehouse.APPROVED] > 5 and statuses[warehouse.CANCELLED]
    # A believable spend: a few thousand yuan a month.
    spend = defaultdict(int)
    for r in submitted:
        spend[base.month_of(r.date)] += r.total
    months = months_between("2024-12", "2026-10")
    average = sum(spend[m] for m in months) / len(months)
    assert 1500 < average < 8000, average


def test_issue_slips_on_most_working_days_signed_by_the_duty_officer(built):
    users = logins()
    slips = list(warehouse.IssueSlip.select())
    signed = [s for s in slips if s.status == warehouse.SUBMITTED]
    days = {s.date for s in signed}
    workdays = working_days(START + dt.timedelta(days=2), TODAY)
    assert len(days & set(workdays)) > 0.7 * len(workdays)
    assert all(s.date.weekday() < 5 for s in signed)
    assert {users[s.signed_by_id] for s in signed} == {"dangzhi"}
    lines = Counter(line.slip_id for line in warehouse.IssueLine.select())
    assert {lines[s.id] for s in slips} <= {1, 2, 3, 4}
    departments = Counter(s.department.name for s in signed)
    assert set(departments) >= {"工程部", "客服部", "清洁部", "秩维部"}
    assert all(s.receiver and s.purpose for s in slips)
    for_repairs = [s for s in signed if s.repair_order_id]
    assert len(for_repairs) > 100
    assert len(for_repairs) > 0.4 * departments["工程部"]
    for slip in for_repairs:
        order = slip.repair_order
        assert slip.department.name == "工程部" and order.status != REPAIR_CANCELLED
        assert order.accepted_at.date() == slip.date and order.accepted_at <= slip.created_at
    assert warehouse.repair_material_cost(for_repairs[0].repair_order_id) > 0
    cancelled = [s for s in slips if s.status == warehouse.CANCELLED]
    assert any(s.signed_at is None for s in cancelled) and any(s.signed_at for s in cancelled)
    assert RepairOrder.select().count() > 5000


def test_a_stocktake_every_month_quarterly_in_the_quarter_end_months(built):
    takes = list(warehouse.Stocktake.select().order_by(warehouse.Stocktake.month))
    months = months_between(base.month_of(START), "2026-10")
    assert [t.month for t in takes] == months
    assert all(t.status == warehouse.APPROVED for t in takes)
    assert [t.month for t in takes if t.quarterly] == [m for m in months if m[5:] in
                                                    ("03", "06", "09", "12")]
    assert warehouse.closed_through() == "2026-10"
    full = [t for t in takes if t.scope_category_id is None and not t.scope_location]
    assert len(full) > 0.6 * len(takes)
    assert any(t.scope_category_id for t in takes) and any(t.scope_location for t in takes)
    items = warehouse.Item.select().count()
    for take in full:
        assert take.lines.count() > 0.9 * items
        assert take.counted_at.date() == take.frozen_at.date()
        assert base.month_of(take.frozen_at) == take.month and take.frozen_at.day >= 24
    lines = list(warehouse.StocktakeLine.select())
    varied = [line for line in lines if line.gain_qty or line.loss_qty]
    assert len(varied) >= 10 and all(line.reason for line in varied)
    assert {line.reason for line in varied} >= {"破损报废", "计量误差"}
    assert any(line.gain_qty for line in varied) and any(line.loss_qty for line in varied)
    recounted = [line for line in lines if line.recount_qty is not None]
    assert any(line.recount_qty != line.counted_qty for line in recounted)  # the recount stood
    assert len({(t.counted_by, t.supervised_by) for t in takes}) >= 2


def test_the_books_balance_every_month_and_carry_over(built):
    first = base.month_of(warehouse.StockEntry.select().order_by(warehouse.StockEntry.at).first().at)
    previous: dict[int, tuple] = {}
    for month in months_between(first, base.month_of(TODAY)):
        summary = warehouse.month_summary(month)
        assert summary.total.balanced(), month
        assert all(row.balanced() for row in summary.rows), month
        for _name, figures in summary.by_category:
            assert figures.balanced(), month
        opening = {r.item_id: (r.opening_qty, r.opening_value) for r in summary.rows
                   if r.opening_qty or r.opening_value}
        assert opening == {k: v for k, v in previous.items() if v != (0, 0)}, month
        previous = {r.item_id: (r.closing_qty, r.closing_value) for r in summary.rows}
    now = {i.id: (i.qty, i.value) for i in warehouse.Item.select() if i.qty or i.value}
    assert {k: v for k, v in previous.items() if v != (0, 0)} == now


def test_drafts_wait_for_the_user_and_some_items_run_low(built):
    month = base.month_of(TODAY)
    drafts = warehouse.Receipt.select().where(warehouse.Receipt.status == warehouse.DRAFT)
    assert drafts.count() >= 1 and all(base.month_of(r.date) == month for r in drafts)
    slips = warehouse.IssueSlip.select().where(warehouse.IssueSlip.status == warehouse.DRAFT)
    assert slips.count() >= 1 and all(base.month_of(s.date) == month for s in slips)
    assert warehouse.Stocktake.select().where(warehouse.Stocktake.month == month).count() == 0
    assert warehouse.open_stocktake() is None
    assert len(warehouse.low_stock()) >= 3
    assert warehouse.Item.select().where(warehouse.Item.qty < 0).count() == 0


def test_the_audit_log_has_the_simulated_times(built):
    end = dt.datetime.combine(TODAY, dt.time(17, 30))
    rows = AuditEntry.select().where(AuditEntry.entity.in_(["receipt", "issue_slip", "stocktake"]))
    assert rows.count() > 1500
    assert all(dt.datetime.combine(START, dt.time()) <= r.at <= end for r in rows)
    created = {r.record_id: r.at for r in rows.where(AuditEntry.action == "receipt.create")}
    for receipt in warehouse.Receipt.select():
        assert created[receipt.id] == receipt.created_at


def test_after_the_demo_the_program_runs_on_the_machines_clock_again(built):
    """The storeroom ran under its simulated clock (models.clock.running) and gave it back."""
    from models import clock

    assert abs(clock.now() - dt.datetime.now()) < dt.timedelta(seconds=2)
