"""月度考评结算: the month's score, counts, band, deductions, payable; the document's steps."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from models import audit, numbering, vendors
from models.errors import DomainError, PermissionDenied, ValidationError
from tests.helpers import vendors_month as vm

pytestmark = pytest.mark.usefixtures("clock")

APRIL = dt.datetime(2026, 4, 2, 10, 0)


@pytest.fixture
def month_people(make_user):
    return vm.month_crew(make_user)


def _lines(settlement):
    return [(line.clause, line.amount) for line in vendors.settlement_lines(settlement.id)]


def test_the_done_means_month_reads_as_a_clerk_checks_it(month_people, clock):
    clock.set(APRIL)
    vendor, contract = vm.cleaning_march(month_people["clerk"])
    s = vendors.compute_month(vendor.id, "2026-03", month_people["clerk"])
    # daily: 18 × 100 + 92 + 88 = 1980 / 20 = 99.0; systematic (95 + 90) / 2 = 92.5
    assert (s.daily_average, s.systematic_average, s.score) == (
        Decimal("99.0"), Decimal("92.5"), Decimal("95.8"))
    assert (s.failed_daily, s.failed_weekly, s.alert, s.warning) == (2, 0, False, False)
    assert (s.starts_on, s.ends_on) == (dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    assert _lines(s) == [(vendors.BAND, Decimal("0.00")),
                         (vendors.PER_LATE_DEFECT, Decimal("100.00"))]
    assert (s.monthly_fee, s.band_reduction, s.deductions, s.payable) == (
        Decimal("30000.00"), Decimal("0.00"), Decimal("100.00"), Decimal("29900.00"))
    assert s.number == f"JS-202603-{vendor.id:02d}" and s.status == vendors.DRAFT
    assert s.created_by_id == month_people["clerk"].id and s.contract_id == contract.id
    late = vendors.Defect.get(vendors.Defect.late)  # the defect fixed late, by its number
    assert late.number in vendors.settlement_lines(s.id)[1].reason
    row = audit.AuditEntry.select().where(audit.AuditEntry.action == "vendor_settlement.compute").get()
    assert row.record_id == s.id
    assert vendors.check_vendors() == [] and numbering.check_numbers() == []


def test_four_failed_daily_checks_deduct_every_one_and_tell_the_manager(month_people, clock):
    clock.set(APRIL)
    vendor = vm.make_vendor()
    vm.make_contract(vendor, per_failed_check="1.5", check_pct=True)  # 1.5 % of 30000 = 450
    for day in range(2, 5):
        vm.make_evaluation(vendor, vendors.DAILY, dt.date(2026, 3, day), "90", month_people["clerk"])
    vm.make_evaluation(vendor, vendors.WEEKLY, dt.date(2026, 3, 6), "90", month_people["clerk"])
    s = vendors.compute_month(vendor.id, "2026-03", month_people["clerk"])
    assert (s.failed_daily, s.failed_weekly, s.alert, s.deductions) == (3, 1, False, 0)
    assert vendors.alerts_waiting() == 0
    vm.make_evaluation(vendor, vendors.DAILY, dt.date(2026, 3, 9), "95", month_people["clerk"])
    s = vendors.compute_month(vendor.id, "2026-03", month_people["clerk"])
    assert (s.failed_daily, s.alert) == (4, True)
    assert _lines(s)[1:] == [(vendors.PER_FAILED_CHECK, Decimal("450.00"))] * 4
    assert s.deductions == Decimal("1800.00") and vendors.alerts_waiting() == 1
    # the weekly one alone (1 < 2) is not deducted; a second brings both in
    vm.make_evaluation(vendor, vendors.WEEKLY, dt.date(2026, 3, 13), "80", month_people["clerk"])
    s = vendors.compute_month(vendor.id, "2026-03", month_people["clerk"])
    assert s.failed_weekly == 2 and len(_lines(s)) == 1 + 4 + 2
    assert "周检不合格" in vendors.settlement_lines(s.id)[-1].reason


def test_the_band_by_score_and_its_warning(month_people, clock):
    clock.set(APRIL)
    vendor = vm.make_vendor()
    contract = vm.make_contract(vendor, fee="10000")
    vm.make_evaluation(vendor, vendors.DAILY, dt.date(2026, 3, 2), "70", month_people["clerk"])
    vm.make_evaluation(vendor, vendors.SYSTEMATIC, dt.date(2026, 3, 3), "59", month_people["clerk"])
    s = vendors.compute_month(vendor.id, "2026-03", month_people["clerk"])
    assert s.score == Decimal("64.5") and s.warning and s.band_pct == Decimal("15")
    band = vendors.band_for(contract, s.score)  # setup's reading of the table agrees
    assert (band.from_score, band.reduction_pct, band.warning) == (s.band_from, s.band_pct, True)
    assert s.band_reduction == Decimal("1500.00") and s.payable == Decimal("8500.00")
    assert "书面警告" in vendors.settlement_lines(s.id)[0].reason
    other = vm.make_vendor(name="绿源园林")
    # no bands (setup never saves one so — its check says so —, but a month read from such
    # a file settles by the default table)
    vm.make_contract(other, fee="10000", bands=())
    vm.make_evaluation(other, vendors.DAILY, dt.date(2026, 3, 2), "85", month_people["clerk"])
    s = vendors.compute_month(other.id, "2026-03", month_people["clerk"])
    assert (s.score, s.band_pct, s.band_reduction) == (Decimal("85.0"), Decimal("3"),
                                                       Decimal("300.00"))
    assert "系统考评" in s.note  # one side had no sheet: the score is the other's


def test_a_pest_month_with_one_scheduled_treatment_done_misses_one(month_people, clock):
    clock.set(APRIL)
    vendor = vm.make_vendor(name="安康消杀", kind_name=vendors.PEST)
    vm.make_contract(vendor, per_missed_treatment="600")
    vm.make_evaluation(vendor, vendors.SYSTEMATIC, dt.date(2026, 3, 20), "96", month_people["clerk"])
    at = dt.datetime(2026, 3, 10, 19, 0)
    vm.make_treatment(vendor, at, month_people["clerk"])
    vm.make_treatment(vendor, at, month_people["clerk"], kind=vendors.ON_REQUEST)
    vm.make_treatment(vendor, at, month_people["clerk"], status="planned")
    vm.make_treatment(vendor, dt.datetime(2026, 4, 1, 19, 0), month_people["clerk"])
    s = vendors.compute_month(vendor.id, "2026-03", month_people["clerk"])
    assert _lines(s)[1:] == [(vendors.PER_MISSED_TREATMENT, Decimal("600.00"))]
    assert "缺第2次" in vendors.settlement_lines(s.id)[1].reason


def test_payable_never_goes_below_nothing(month_people, clock):
    clock.set(APRIL)
    vendor = vm.make_vendor()
    vm.make_contract(vendor, fee="1000", per_late_defect="400")
    vm.make_evaluation(vendor, vendors.DAILY, dt.date(2026, 3, 2), "100", month_people["clerk"])
    for day in (3, 4, 5):
        vm.make_defect(vendor, dt.datetime(2026, 3, day, 9), month_people["clerk"])
    s = vendors.compute_month(vendor.id, "2026-03", month_people["clerk"])
    assert s.deductions == Decimal("1200.00") and s.payable == Decimal("0.00")


def test_the_26th_to_25th_period_is_an_office_setting(month_people, admin, clock):
    clock.set(APRIL)
    vendor = vm.make_vendor()
    vm.make_contract(vendor)
    vm.make_evaluation(vendor, vendors.DAILY, dt.date(2026, 2, 26), "80", month_people["clerk"])
    vm.make_evaluation(vendor, vendors.DAILY, dt.date(2026, 3, 26), "60", month_people["clerk"])
    assert vendors.compute_month(vendor.id, "2026-03", month_people["clerk"]).score == Decimal("60.0")
    with pytest.raises(PermissionDenied):
        vendors.set_period_kind(vendors.FROM_26TH, month_people["clerk"])
    vendors.set_period_kind(vendors.FROM_26TH, admin)
    s = vendors.compute_month(vendor.id, "2026-03", month_people["clerk"])
    assert (s.starts_on, s.ends_on, s.score) == (dt.date(2026, 2, 26), dt.date(2026, 3, 25),
                                                 Decimal("80.0"))
    assert vendors.month_of(dt.date(2026, 3, 26)) == "2026-04"


def test_nothing_to_score_and_no_contract_are_refused(month_people, clock, table_snapshot):
    clock.set(APRIL)
    vendor = vm.make_vendor()
    before = table_snapshot()
    with pytest.raises(ValidationError, match="no contract"):
        vendors.compute_month(vendor.id, "2026-03", month_people["clerk"])
    vm.make_contract(vendor)
    vm.make_evaluation(vendor, vendors.WEEKLY, dt.date(2026, 3, 2), "100", month_people["clerk"])
    before = table_snapshot()
    with pytest.raises(ValidationError, match="nothing to score"):
        vendors.compute_month(vendor.id, "2026-03", month_people["clerk"])
    with pytest.raises(ValidationError):
        vendors.compute_month(vendor.id, "2026-13", month_people["clerk"])
    with pytest.raises(PermissionDenied):
        vendors.compute_month(vendor.id, "2026-03", month_people["director"])
    assert table_snapshot() == before


def test_the_manager_approves_and_it_freezes(month_people, clock, table_snapshot):
    clock.set(APRIL)
    vendor, _contract = vm.cleaning_march(month_people["clerk"])
    s = vendors.compute_month(vendor.id, "2026-03", month_people["clerk"])
    before = table_snapshot()
    with pytest.raises(PermissionDenied):
        vendors.approve(s.id, month_people["clerk"])
    with pytest.raises(PermissionDenied):
        vendors.approve(s.id, month_people["duty"])
    assert table_snapshot() == before
    # a sheet confirmed since: the draft is stale, approval refused until recomputed
    vm.make_evaluation(vendor, vendors.DAILY, dt.date(2026, 3, 31), "60", month_people["clerk"])
    before = table_snapshot()
    with pytest.raises(ValidationError, match="recompute"):
        vendors.approve(s.id, month_people["manager"])
    assert table_snapshot() == before
    s = vendors.compute_month(vendor.id, "2026-03", month_people["clerk"])
    assert s.daily_average == Decimal("97.1") and s.failed_daily == 3  # 2040 / 21
    clock.advance(hours=2)
    s = vendors.approve(s.id, month_people["manager"])
    assert s.status == vendors.APPROVED and s.approved_by_id == month_people["manager"].id
    vm.make_evaluation(vendor, vendors.DAILY, dt.date(2026, 3, 30), "50", month_people["clerk"])
    before = table_snapshot()
    with pytest.raises(DomainError, match="no longer recomputed"):
        vendors.compute_month(vendor.id, "2026-03", month_people["manager"])
    with pytest.raises(DomainError, match="only a draft"):
        vendors.approve(s.id, month_people["manager"])
    assert table_snapshot() == before
    assert vendors.get_settlement(s.id).payable == Decimal("29900.00")


def test_the_vendor_confirms_the_approved_month(month_people, clock, table_snapshot):
    clock.set(APRIL)
    vendor, _contract = vm.cleaning_march(month_people["clerk"])
    s = vendors.compute_month(vendor.id, "2026-03", month_people["clerk"])
    before = table_snapshot()
    with pytest.raises(DomainError, match="approved settlement"):
        vendors.confirm(s.id, "孙丽", dt.date(2026, 4, 3), month_people["clerk"])
    assert table_snapshot() == before
    vendors.approve(s.id, month_people["manager"])
    before = table_snapshot()
    with pytest.raises(ValidationError, match="signs for the vendor"):
        vendors.confirm(s.id, "  ", dt.date(2026, 4, 3), month_people["clerk"])
    with pytest.raises(ValidationError, match="before the manager"):
        vendors.confirm(s.id, "孙丽", dt.date(2026, 4, 1), month_people["clerk"])
    with pytest.raises(PermissionDenied):
        vendors.confirm(s.id, "孙丽", dt.date(2026, 4, 3), month_people["director"])
    assert table_snapshot() == before
    s = vendors.confirm(s.id, "孙丽", dt.date(2026, 4, 3), month_people["clerk"])
    assert (s.status, s.vendor_signed_by, s.vendor_signed_on) == (
        vendors.VENDOR_CONFIRMED, "孙丽", dt.date(2026, 4, 3))
    with pytest.raises(DomainError, match="once"):
        vendors.confirm(s.id, "孙丽", dt.date(2026, 4, 3), month_people["clerk"])
    assert vendors.SETTLEMENT_STEPS.allowed(month_people["manager"], s) == ["compute", "print", "year_sheet"]


def test_the_year_and_the_trend(month_people, clock):
    clock.set(dt.datetime(2026, 7, 2, 9))
    vendor = vm.make_vendor()
    vm.make_contract(vendor)
    for month, score in ((1, "90"), (3, "80"), (6, "70")):
        vm.make_evaluation(vendor, vendors.DAILY, dt.date(2026, month, 5), score, month_people["clerk"])
        vendors.compute_month(vendor.id, f"2026-{month:02d}", month_people["clerk"])
    rows = vendors.year_rows(vendor.id, 2026)
    assert [r.month for r in rows][:2] == ["2026-01", "2026-02"] and len(rows) == 12
    assert [r.settlement is not None for r in rows[:6]] == [True, False, True, False, False, True]
    trend = vendors.trend(vendor.id, "2026-06")
    assert len(trend) == 12 and trend[0] == ("2025-07", None) and trend[-1] == ("2026-06", 70.0)
