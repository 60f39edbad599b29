"""Vendors, contracts, fee bands and criteria templates: the setup part's rules."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from models import audit, listing, vendors
from models.errors import PermissionDenied, ValidationError
from models.listing import ListFilter
from tests.helpers.vendors_setup import (
    cleaning_vendor,
    contract_data,
    items_adding_to,
    setup_staff,
    vendor_data,
)


@pytest.fixture
def vstaff(make_user, clock):
    return setup_staff(make_user)


def _actions() -> list[str]:
    return [e.action for e in audit.AuditEntry.select().order_by(audit.AuditEntry.id)]


# --- the seeded templates ----------------------------------------------------------


def test_a_new_office_has_the_seeds_templates_each_adding_to_100(db):
    for kind, sheet, name in [(vendors.CLEANING, vendors.DAILY, "清洁服务日检查表"),
                              (vendors.CLEANING, vendors.WEEKLY, "清洁服务周检表"),
                              (vendors.CLEANING, vendors.MONTHLY, "清洁服务质量月检表"),
                              (vendors.GREENING, vendors.DAILY, "绿化考评记录"),
                              (vendors.PEST, vendors.DAILY, "病媒生物防治考评记录"),
                              (vendors.GARBAGE, vendors.DAILY, "垃圾清运记录")]:
        template = vendors.template_for(kind, sheet)
        assert template is not None and template.name == name
        assert vendors.points_total(template) == Decimal("100")
    areas = {i.area for i in vendors.items_of(vendors.template_for(vendors.CLEANING, "daily"))}
    assert {"楼层公共区域", "卫生间", "玻璃", "电梯", "垃圾桶"} <= areas
    greening = [i.area for i in vendors.items_of(vendors.template_for(vendors.GREENING, "daily"))]
    assert greening[:3] == ["完整率", "浇水", "修剪"]
    assert vendors.check_vendors() == []


def test_template_for_falls_back_to_the_kinds_other_sheets(db):
    monthly = vendors.template_for(vendors.CLEANING, vendors.MONTHLY)
    assert vendors.template_for(vendors.CLEANING, vendors.SYSTEMATIC) == monthly
    daily = vendors.template_for(vendors.GREENING, vendors.DAILY)
    assert vendors.template_for(vendors.GREENING, vendors.SYSTEMATIC) == daily
    assert vendors.template_for(vendors.GREENING, vendors.WEEKLY) == daily
    assert vendors.template_for("特殊设备", vendors.DAILY) is None
    assert vendors.template_for("无此类别", vendors.DAILY) is None
    assert vendors.template_for(vendors.CLEANING, "nightly") is None
    kind = vendors.VendorKind.get(vendors.VendorKind.name == vendors.GREENING)
    assert vendors.template_for(kind, vendors.DAILY) == daily
    assert vendors.template_for(kind.id, vendors.WEEKLY) == daily


def test_copy_items_is_what_an_evaluation_keeps(db):
    template = vendors.template_for(vendors.CLEANING, vendors.DAILY)
    copied = vendors.copy_items(template)
    assert len(copied) == len(vendors.items_of(template))
    first = copied[0]
    assert set(first) <= {f for f in vendors.EvaluationItem._meta.fields}
    assert (first["seq"], first["area"], first["passed"], first["points_off"]) == (
        1, "楼层公共区域", True, Decimal("0"))
    assert sum(c["points"] for c in copied) == 100
    assert any(c["serious_item"] for c in copied)


# --- vendors and kinds -------------------------------------------------------------


def test_the_manager_adds_and_changes_a_vendor_audited(vstaff):
    vendor = vendors.save_vendor(vstaff["manager"], vendor_data())
    assert (vendor.kind.name, vendor.lead, vendor.active) == (vendors.CLEANING, "陈领班", True)
    vendors.save_vendor(vstaff["manager"], vendor_data(lead="赵主管", active=False), vendor.id)
    again = vendors.get_vendor(vendor.id)
    assert (again.lead, again.active) == ("赵主管", False)
    assert _actions()[-2:] == ["vendor.create", "vendor.update"]
    entry = audit.AuditEntry.select().order_by(audit.AuditEntry.id.desc()).get()
    assert entry.changes_dict()["lead"] == ["陈领班", "赵主管"]
    assert vendors.vendors() == [] and vendors.vendors(active_only=False) == [again]


@pytest.mark.parametrize("who, data, error", [
    ("clerk", vendor_data(), PermissionDenied),
    ("manager", vendor_data(name=" "), ValidationError),
    ("manager", vendor_data(kind="无此类别"), ValidationError),
    ("manager", vendor_data(name="洁美环境服务有限公司"), ValidationError),  # taken
])
def test_a_refused_vendor_writes_nothing(vstaff, table_snapshot, who, data, error):
    vendors.save_vendor(vstaff["manager"], vendor_data())
    before = table_snapshot()
    with pytest.raises(error):
        vendors.save_vendor(vstaff[who], data)
    assert table_snapshot() == before


def test_the_kinds_are_an_editable_list_and_one_out_of_use_is_refused(vstaff, table_snapshot):
    kind = vendors.save_kind(vstaff["manager"], "电梯维保")
    assert kind.name in [k.name for k in vendors.kinds()]
    vendors.save_kind(vstaff["manager"], "电梯维保", kind.id, active=False)
    assert kind.name not in [k.name for k in vendors.kinds()]
    before = table_snapshot()
    with pytest.raises(ValidationError):
        vendors.save_vendor(vstaff["manager"], vendor_data(kind="电梯维保"))
    with pytest.raises(PermissionDenied):
        vendors.save_kind(vstaff["clerk"], "安保")
    assert table_snapshot() == before
    assert vendors.move_kind(vstaff["manager"], kind.id, -1).sort_order < len(vendors.kinds(False))


# --- contracts ---------------------------------------------------------------------


def test_a_contract_gets_the_default_bands_and_is_the_one_on_its_days(vstaff):
    vendor, contract = cleaning_vendor(vstaff["manager"])
    assert contract.monthly_fee == Decimal("68000.00")
    assert (contract.per_failed_check, contract.per_failed_check_pct) == (Decimal("500"), False)
    rows = vendors.band_rows(contract)
    assert [(r["from_score"], r["to_score"], r["reduction_pct"], r["warning"]) for r in rows] == [
        (90, 100, 0, False), (80, 90, 3, False), (70, 80, 8, False), (0, 70, 15, True)]
    assert vendors.band_for(contract, Decimal("89.9")).reduction_pct == 3
    assert vendors.band_for(contract, Decimal("90")).reduction_pct == 0
    assert vendors.band_for(contract, Decimal("0")).warning
    assert vendors.contract_on(vendor.id, dt.date(2026, 1, 1)) == contract
    assert vendors.contract_on(vendor.id, dt.date(2027, 12, 31)) == contract
    assert vendors.contract_on(vendor.id, dt.date(2025, 12, 31)) is None
    assert vendors.contract_on(vendor.id, dt.date(2028, 1, 1)) is None
    later = vendors.save_contract(vstaff["manager"], vendor.id, contract_data(
        number="WB-2028-001", starts_on=dt.date(2028, 1, 1), ends_on=dt.date(2028, 12, 31)))
    assert vendors.contract_on(vendor.id, dt.date(2028, 6, 1)) == later
    assert vendors.contracts_of(vendor.id) == [later, contract]


def test_a_percentage_clause_is_a_percentage_of_the_fee(vstaff):
    vendor = vendors.save_vendor(vstaff["manager"], vendor_data(name="安康", kind=vendors.PEST))
    contract = vendors.save_contract(vstaff["manager"], vendor.id, contract_data(
        per_missed_treatment="5", per_missed_treatment_pct=True))
    assert (contract.per_missed_treatment, contract.per_missed_treatment_pct) == (5, True)
    with pytest.raises(ValidationError):
        vendors.save_contract(vstaff["manager"], vendor.id, contract_data(
            number="X", starts_on=dt.date(2030, 1, 1), ends_on=dt.date(2030, 2, 1),
            per_late_defect="120", per_late_defect_pct=True))


@pytest.mark.parametrize("over", [
    {"number": ""},
    {"ends_on": dt.date(2025, 12, 31)},  # before it starts
    {"number": "WB-2026-001", "starts_on": dt.date(2030, 1, 1), "ends_on": dt.date(2030, 6, 1)},
    {"number": "WB-2027-009", "starts_on": dt.date(2027, 6, 1), "ends_on": dt.date(2028, 6, 1)},
    {"monthly_fee": "0"},
    {"monthly_fee": "abc"},
    {"serious_below": "101"},
    {"template": "greening"},  # another kind's template
])
def test_a_refused_contract_writes_nothing(vstaff, table_snapshot, over):
    vendor, _contract = cleaning_vendor(vstaff["manager"])
    if over.get("template") == "greening":
        over = {"number": "N-1", "starts_on": dt.date(2030, 1, 1), "ends_on": dt.date(2030, 2, 1),
                "template": vendors.template_for(vendors.GREENING, vendors.DAILY).id}
    before = table_snapshot()
    with pytest.raises(ValidationError):
        vendors.save_contract(vstaff["manager"], vendor.id, contract_data(**over))
    with pytest.raises(PermissionDenied):
        vendors.save_contract(vstaff["clerk"], vendor.id, contract_data(number="N-2"))
    assert table_snapshot() == before


# --- fee bands -----------------------------------------------------------------------


def _band(low, high, pct, warning=False):
    return {"from_score": low, "to_score": high, "reduction_pct": pct, "warning": warning}


def test_bands_are_replaced_when_they_cover_0_to_100_once(vstaff):
    _vendor, contract = cleaning_vendor(vstaff["manager"])
    vendors.save_bands(vstaff["manager"], contract.id, [
        _band("95", "100", "0"), _band("85", "95", "2"), _band("0", "85", "10", True)])
    assert [(r["from_score"], r["to_score"], r["reduction_pct"])
            for r in vendors.band_rows(contract)] == [(95, 100, 0), (85, 95, 2), (0, 85, 10)]
    entry = audit.AuditEntry.select().where(
        audit.AuditEntry.action == "vendor_contract.bands").get()
    assert entry.changes_dict()["bands"][1][0] == ["95.0", "0.00", False]


@pytest.mark.parametrize("bands, message", [
    ([], "needs its fee bands"),
    ([_band("90", "100", "0"), _band("0", "80", "15")], "from 80 to 90 without a band"),
    ([_band("90", "100", "0"), _band("0", "95", "15")], "overlap from 90 to 95"),
    ([_band("90", "100", "0"), _band("10", "90", "15")], "from 0 to 10 without a band"),
    ([_band("90", "99", "0"), _band("0", "90", "15")], "from 99 to 100 without a band"),
    ([_band("90", "100", "5"), _band("0", "90", "1")], "lower score"),
    ([_band("90", "100", "0"), _band("0", "90", "101")], "too large"),
    ([_band("90", "90", "0"), _band("0", "90", "1")], "higher score"),
])
def test_bands_with_a_gap_or_an_overlap_are_refused(vstaff, table_snapshot, bands, message):
    _vendor, contract = cleaning_vendor(vstaff["manager"])
    before = table_snapshot()
    with pytest.raises(ValidationError) as refused:
        vendors.save_bands(vstaff["manager"], contract.id, bands)
    assert message in str(refused.value)
    assert table_snapshot() == before


# --- templates: versions ------------------------------------------------------------


def test_editing_a_template_makes_a_new_version_and_moves_its_contracts(vstaff):
    _vendor, contract = cleaning_vendor(vstaff["manager"])
    old = vendors.template_for(vendors.CLEANING, vendors.DAILY)
    old_items = [(i.text, i.points) for i in vendors.items_of(old)]
    new = vendors.save_template(vstaff["manager"], {
        "name": "清洁服务日检查表", "items": items_adding_to("40", "35.5", "24.5", serious=1)},
        old.id)
    assert (new.version, new.replaces_id, new.evaluation_kind, new.kind_id) == (
        2, old.id, vendors.DAILY, old.kind_id)
    assert vendors.template_for(vendors.CLEANING, vendors.DAILY) == new
    assert [(i.text, i.points) for i in vendors.items_of(old)] == old_items  # kept
    assert not vendors.get_template(old.id).active
    assert vendors.get_contract(contract.id).template_id == new.id
    assert [i.serious for i in vendors.items_of(new)] == [False, True, False]
    entry = audit.AuditEntry.select().where(
        audit.AuditEntry.action == "criteria_template.update").get()
    assert entry.changes_dict()["contracts"] == ["WB-2026-001"]
    with pytest.raises(ValidationError):  # the replaced version is not edited again
        vendors.save_template(vstaff["manager"], {"name": "x", "items": items_adding_to("100")},
                              old.id)


def test_a_new_template_for_a_kind_without_one(vstaff):
    made = vendors.save_template(vstaff["manager"], {
        "name": "特殊设备巡检表", "kind": "特殊设备", "evaluation_kind": vendors.DAILY,
        "items": items_adding_to("50", "50")})
    assert vendors.template_for("特殊设备", vendors.SYSTEMATIC) == made
    assert made in vendors.templates()


@pytest.mark.parametrize("data, message", [
    ({"items": items_adding_to("50", "49.9")}, "add to 99.9, not 100"),
    ({"items": items_adding_to("60", "50")}, "add to 110, not 100"),
    ({"items": []}, "needs its items"),
    ({"items": [{"text": "", "points": "100"}]}, "no standard"),
    ({"items": items_adding_to("50.05", "49.95")}, "decimal places"),
    ({"items": items_adding_to("0", "100")}, "more than zero"),
    ({"name": "", "items": items_adding_to("100")}, "name is required"),
    ({"evaluation_kind": "nightly", "items": items_adding_to("100")}, "Choose the sheet"),
])
def test_a_template_not_adding_to_100_is_refused(vstaff, table_snapshot, data, message):
    data = {"name": "表", "kind": "特殊设备", "evaluation_kind": vendors.DAILY, **data}
    before = table_snapshot()
    with pytest.raises(ValidationError) as refused:
        vendors.save_template(vstaff["manager"], data)
    assert message in str(refused.value)
    with pytest.raises(PermissionDenied):
        vendors.save_template(vstaff["clerk"], {**data, "items": items_adding_to("100")})
    assert table_snapshot() == before


# --- the list and the export ----------------------------------------------------------


def test_the_list_shows_each_vendor_with_todays_contract(vstaff, clock):
    clock.set(dt.datetime(2026, 3, 10, 9, 0))
    vendor, _contract = cleaning_vendor(vstaff["manager"])
    vendors.save_vendor(vstaff["manager"], vendor_data(name="城净垃圾清运", kind=vendors.GARBAGE))
    rows = [tuple(r) for r in listing.export_rows(vendors.VENDOR_LIST,
                                                  keys=["name", "contract", "monthly_fee"])]
    assert rows == [("城净垃圾清运", None, None), ("洁美环境服务有限公司", "WB-2026-001",
                                                  Decimal("68000.00"))]
    found = list(listing.export_rows(vendors.VENDOR_LIST, ListFilter(text="WB-2026"),
                                     keys=["name"]))
    assert found == [["洁美环境服务有限公司"]]
    clock.set(dt.datetime(2028, 3, 10, 9, 0))  # the contract has ended
    rows = list(listing.export_rows(vendors.VENDOR_LIST, keys=["name", "contract"]))
    assert ["洁美环境服务有限公司", None] in rows
    assert vendor.id


def test_the_demo_step_gives_four_vendors_two_year_contracts_and_default_templates(vstaff):
    import random

    from models.demo import DemoContext
    from models.vendors.setup_demo import add_vendors

    ctx = DemoContext(random.Random(3), {"jingli": vstaff["manager"]}, dt.date(2024, 3, 10),
                      dt.date(2026, 3, 10))
    add_vendors(ctx)
    made = vendors.vendors()
    assert sorted(v.kind.name for v in made) == sorted(
        [vendors.CLEANING, vendors.GREENING, vendors.PEST, vendors.GARBAGE])
    for vendor in made:
        for day in (ctx.start, ctx.end, dt.date(2025, 2, 28)):
            contract = vendors.contract_on(vendor.id, day)
            assert contract is not None, (vendor.name, day)
        assert contract.template == vendors.template_for(vendor.kind.name, vendors.DAILY)
        assert contract.template is not None and len(vendors.band_rows(contract)) == 4
        assert (contract.ends_on - contract.starts_on).days >= 2 * 365
    assert vendors.check_vendors() == []
    names = [(v.name, v.contact, v.lead) for v in made]
    vendors.FeeBand.delete().execute()  # again, after other steps drew from the shared source
    vendors.Contract.delete().execute()
    vendors.Vendor.delete().execute()
    add_vendors(DemoContext(random.Random(99), {"jingli": vstaff["manager"]}, ctx.start, ctx.end))
    assert [(v.name, v.contact, v.lead) for v in vendors.vendors()] == names


def test_the_vendors_export(vstaff, tmp_path):
    import openpyxl

    from reports import documents

    documents.load_all()
    cleaning_vendor(vstaff["manager"])
    target = tmp_path / "vendors.xlsx"
    assert documents.EXPORTS["vendors"].write(target, {}, lambda _c, text: text) == 1
    rows = list(openpyxl.load_workbook(target).worksheets[0].iter_rows(values_only=True))
    assert rows[0][:3] == ("Vendor", "Kind", "Contact")
    assert rows[1][:2] == ("洁美环境服务有限公司", vendors.CLEANING)


def test_check_names_a_template_off_100_overlapping_contracts_and_a_contract_without_bands(
        vstaff):
    vendor, contract = cleaning_vendor(vstaff["manager"])
    assert vendors.check_vendors() == []
    vendors.Contract.create(number="X-1", vendor=vendor, starts_on=dt.date(2027, 6, 1),
                            ends_on=dt.date(2028, 6, 1), monthly_fee=1)
    item = vendors.items_of(vendors.template_for(vendors.GARBAGE, vendors.DAILY))[0]
    item.points = 1
    item.save()
    problems = vendors.check_vendors()
    assert "vendor contract X-1: no fee bands" in problems
    assert "vendor contracts WB-2026-001 and X-1 overlap" in problems
    assert any("垃圾清运记录 v1: points add to 76.0, not 100" in p for p in problems)
    assert contract.id
