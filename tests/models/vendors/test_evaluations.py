"""Evaluations (考评表): drafted from a template, scored, submitted, signed, ruled, cancelled."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest

from models import audit, people, vendors
from models.errors import DomainError, PermissionDenied, ValidationError
from models.listing import ListFilter, count
from tests.helpers.vendors_evaluations import make_cleaning_vendor

pytestmark = pytest.mark.usefixtures("clock")


def _items(ev):
    return vendors.evaluation_items(ev.id)


def _draft(staff, **kw):
    vendor = kw.pop("vendor", None) or make_cleaning_vendor(staff["manager"])
    return vendors.new_evaluation(staff["clerk"], vendor=vendor, **kw)


def test_a_sheet_copies_its_template_and_keeps_its_copy(staff):
    ev = _draft(staff)
    assert ev.number.startswith("KP20260310-")
    assert ev.status == vendors.DRAFT and ev.kind == vendors.DAILY
    assert ev.contract.number.startswith("WB-2026") and ev.by_name == "李晓燕"
    item = vendors.CriteriaItem.get(vendors.CriteriaItem.template == ev.template,
                                    vendors.CriteriaItem.seq == 1)
    item.text, item.points = "改过的标准", Decimal("5")
    item.save()
    copied = _items(ev)
    assert [(i.seq, i.text, i.points, i.serious_item) for i in copied][:3] == [
        (1, "地面光亮无污渍", Decimal("40"), False), (2, "无异味、无积水", Decimal("30"), False),
        (3, "轿厢干净，按键无污", Decimal("20"), True)]
    weekly = vendors.new_evaluation(staff["clerk"], vendor=ev.vendor, kind=vendors.WEEKLY)
    assert [i.points for i in _items(weekly)] == [Decimal("60"), Decimal("40")]


def test_a_sheet_of_a_kind_without_its_own_template_uses_setups_fallback(staff):
    """Setup's template_for: the seeded month-end sheet (月检) for cleaning's monthly and
    systematic checks; a greening vendor (a daily sheet only) is evaluated on its daily one."""
    cleaning = make_cleaning_vendor(staff["manager"])
    monthly = vendors.new_evaluation(staff["clerk"], vendor=cleaning, kind=vendors.MONTHLY)
    systematic = vendors.new_evaluation(staff["clerk"], vendor=cleaning,
                                        kind=vendors.SYSTEMATIC)
    assert monthly.template.name == systematic.template.name == "清洁服务质量月检表"
    assert sum(i.points for i in _items(systematic)) == 100
    greening = vendors.save_vendor(staff["manager"], {"name": "绿源", "kind": vendors.GREENING})
    weekly = vendors.new_evaluation(staff["clerk"], vendor=greening, kind=vendors.WEEKLY)
    assert (weekly.template.name, weekly.contract) == ("绿化考评记录", None)


def test_no_template_of_the_kind_is_refused(staff, table_snapshot):
    """A kind added on the Settings page has no criteria sheet until the manager sets one up."""
    vendors.save_kind(staff["manager"], "保安服务")
    vendor = vendors.save_vendor(staff["manager"], {"name": "平安保安公司", "kind": "保安服务"})
    before = table_snapshot()
    with pytest.raises(ValidationError, match="criteria sheet"):
        vendors.new_evaluation(staff["clerk"], vendor=vendor, kind=vendors.DAILY)
    assert table_snapshot() == before


def test_points_off_and_the_score(staff, table_snapshot):
    ev = _draft(staff)
    first, second, *_ = _items(ev)
    vendors.score_items(ev.id, {first.id: {"points_off": "3.5", "problem": "有污渍"},
                                second.id: {"passed": True}}, staff["clerk"])
    assert vendors.get_evaluation(ev.id).score == Decimal("96.5")
    before = table_snapshot()
    with pytest.raises(ValidationError, match="worth 30 points"):
        vendors.score_items(ev.id, {second.id: {"points_off": 31}}, staff["clerk"])
    with pytest.raises(ValidationError, match="type the points off"):
        vendors.score_items(ev.id, {second.id: {"passed": False, "problem": "脏"}},
                            staff["clerk"])
    with pytest.raises(PermissionDenied):
        vendors.score_items(ev.id, {second.id: {"points_off": 1}}, staff["keeper"])
    assert table_snapshot() == before
    vendors.score_items(ev.id, {first.id: {"passed": True}}, staff["clerk"])
    again = _items(ev)[0]
    assert (again.passed, again.points_off, again.problem) == (True, 0, "")
    assert vendors.get_evaluation(ev.id).score == 100


def test_submit_needs_the_problem_then_locks_the_sheet(staff, table_snapshot, clock):
    ev = _draft(staff)
    first = _items(ev)[0]
    vendors.score_items(ev.id, {first.id: {"points_off": 5}}, staff["clerk"])
    before = table_snapshot()
    with pytest.raises(ValidationError, match="note the problem"):
        vendors.submit_evaluation(ev.id, staff["clerk"])
    assert table_snapshot() == before
    vendors.score_items(ev.id, {first.id: {"problem": "大堂地面有污渍"}}, staff["clerk"])
    done = vendors.submit_evaluation(ev.id, staff["clerk"])
    assert (done.status, done.score, done.failed, done.serious) == (
        vendors.SUBMITTED, Decimal("95"), True, False)
    assert done.fix_by == clock() + dt.timedelta(hours=24)
    assert done.problems == "1.大堂地面有污渍"
    # no deadline typed: the defects part sees none, so the item is a minor fault (1 hour)
    defect = vendors.Defect.get(vendors.Defect.evaluation == ev.id)
    assert (defect.item_id, defect.kind, defect.due_at) == (
        first.id, vendors.MINOR, clock() + dt.timedelta(hours=1))
    with pytest.raises(DomainError, match="only a draft can be changed"):
        vendors.score_items(ev.id, {first.id: {"passed": True}}, staff["clerk"])
    row = audit.AuditEntry.select().where(audit.AuditEntry.action == "evaluation.submit").get()
    assert row.record_label == ev.number


def test_a_sheet_that_passes_everything_is_not_failed(staff):
    ev = vendors.submit_evaluation(_draft(staff).id, staff["duty"])
    assert (ev.score, ev.failed, ev.serious, ev.fix_by) == (100, False, False, None)


def test_serious_by_item_and_by_the_contracts_line(staff):
    vendor = make_cleaning_vendor(staff["manager"])
    ev = vendors.new_evaluation(staff["clerk"], vendor=vendor)
    lift = _items(ev)[2]
    vendors.score_items(ev.id, {lift.id: {"points_off": 1, "problem": "按键脏"}}, staff["clerk"])
    assert vendors.submit_evaluation(ev.id, staff["clerk"]).serious  # a serious item
    ev2 = vendors.new_evaluation(staff["clerk"], vendor=vendor)
    a, b, _c, _d = _items(ev2)
    vendors.score_items(ev2.id, {a.id: {"points_off": 25, "problem": "脏"},
                                 b.id: {"points_off": 20, "problem": "臭"}}, staff["clerk"])
    done = vendors.submit_evaluation(ev2.id, staff["clerk"])
    assert (done.score, done.serious) == (Decimal("55"), True)  # under 60
    assert vendors.serious_open_count() == 2


def test_the_defects_part_is_called_inside_the_submit(staff, table_snapshot, monkeypatch):
    from models.vendors import defects as defects_part
    seen = []

    def opener(ev, by):
        seen.append((ev.number, ev.status, by.login))
        raise DomainError("defects refused")

    monkeypatch.setattr(defects_part, "open_from_evaluation", opener, raising=False)
    ev = _draft(staff)
    vendors.score_items(ev.id, {_items(ev)[0].id: {"points_off": 2, "problem": "脏"}},
                        staff["clerk"])
    before = table_snapshot()
    with pytest.raises(DomainError, match="defects refused"):
        vendors.submit_evaluation(ev.id, staff["clerk"])
    assert seen == [(ev.number, vendors.SUBMITTED, "clerk")]
    assert table_snapshot() == before  # one transaction: the sheet is still a draft


def _submitted(staff, off=5):
    ev = _draft(staff)
    vendors.score_items(ev.id, {_items(ev)[0].id: {"points_off": off, "problem": "有污渍"}},
                        staff["clerk"])
    return vendors.submit_evaluation(ev.id, staff["clerk"])


def test_the_vendor_agrees_and_the_sheet_is_locked(staff, table_snapshot, clock):
    ev = _submitted(staff)
    before = table_snapshot()
    with pytest.raises(ValidationError, match="Name who signs"):
        vendors.confirm_evaluation(ev.id, staff["clerk"], signer=" ", agrees=True)
    with pytest.raises(ValidationError, match="between the evaluation"):
        vendors.confirm_evaluation(ev.id, staff["clerk"], signer="王秀兰", agrees=True,
                                   signed_on=dt.date(2026, 3, 9))
    assert table_snapshot() == before
    done = vendors.confirm_evaluation(ev.id, staff["clerk"], signer="王秀兰", agrees=True)
    assert (done.status, done.signed_by, done.signed_on, done.agrees) == (
        vendors.CONFIRMED, "王秀兰", clock().date(), True)
    before = table_snapshot()
    with pytest.raises(DomainError, match="confirmed or cancelled sheet cannot be cancelled"):
        vendors.cancel_evaluation(ev.id, "错了", staff["manager"])
    with pytest.raises(DomainError, match="only a sheet waiting for the vendor"):
        vendors.confirm_evaluation(ev.id, staff["clerk"], signer="王秀兰", agrees=False,
                                   objection="不同意")
    assert table_snapshot() == before


def test_an_objection_is_amended_by_the_manager(staff, table_snapshot):
    ev = _submitted(staff, off=10)
    before = table_snapshot()
    with pytest.raises(ValidationError, match="objection"):
        vendors.confirm_evaluation(ev.id, staff["clerk"], signer="王秀兰", agrees=False)
    assert table_snapshot() == before
    objected = vendors.confirm_evaluation(ev.id, staff["clerk"], signer="王秀兰", agrees=False,
                                          objection="检查时正在作业")
    assert objected.status == vendors.OBJECTED
    item = _items(ev)[0]
    before = table_snapshot()
    with pytest.raises(PermissionDenied):
        vendors.rule_on_objection(ev.id, staff["clerk"], ruling="维持")
    with pytest.raises(ValidationError, match="ruling"):
        vendors.rule_on_objection(ev.id, staff["manager"], ruling="")
    assert table_snapshot() == before
    ruled = vendors.rule_on_objection(ev.id, staff["manager"], ruling="部分属实，改扣4分",
                                      amend={item.id: {"points_off": 4}})
    assert (ruled.status, ruled.score, ruled.failed, ruled.ruled_by.login) == (
        vendors.CONFIRMED, Decimal("96"), True, "boss")
    row = audit.AuditEntry.select().where(audit.AuditEntry.action == "evaluation.rule").get()
    changes = json.loads(row.changes)
    assert changes["item 1"] == [[False, "10.0", "有污渍"], [False, "4.0", "有污渍"]]
    assert changes["result"] == [["90.0", True, False], ["96.0", True, False]]


def test_an_objection_upheld_keeps_the_score(staff):
    ev = _submitted(staff)
    vendors.confirm_evaluation(ev.id, staff["clerk"], signer="王秀兰", agrees=False,
                               objection="不同意")
    ruled = vendors.rule_on_objection(ev.id, staff["manager"], ruling="维持原考评")
    assert (ruled.status, ruled.score) == (vendors.CONFIRMED, Decimal("95"))


def test_cancel_by_the_manager_with_a_reason(staff, table_snapshot):
    ev = _submitted(staff)
    before = table_snapshot()
    with pytest.raises(PermissionDenied):
        vendors.cancel_evaluation(ev.id, "录错了", staff["clerk"])
    with pytest.raises(ValidationError, match="Say why"):
        vendors.cancel_evaluation(ev.id, "", staff["manager"])
    assert table_snapshot() == before
    done = vendors.cancel_evaluation(ev.id, "录错了单位", staff["manager"])
    assert (done.status, done.cancel_reason, done.cancelled_by.login) == (
        vendors.CANCELLED, "录错了单位", "boss")
    draft = _draft(staff, vendor=ev.vendor)
    assert vendors.cancel_evaluation(draft.id, "重复", staff["clerk"]).status == vendors.CANCELLED


def test_a_serious_failure_is_open_until_its_defects_are_fixed(staff, clock):
    """Submitting opens the defects (the defects part): the serious item a work ticket due at
    the sheet's deadline, the other failed item a minor fault; the serious failure stays
    open until every defect of the sheet is fixed (the ticket replied to and re-inspected)."""
    ev = _draft(staff)
    first, _second, lift, _fourth = _items(ev)
    vendors.score_items(ev.id, {lift.id: {"points_off": 20, "problem": "轿厢脏"},
                                first.id: {"points_off": 2, "problem": "地面有水渍"}},
                        staff["clerk"])
    ev = vendors.submit_evaluation(ev.id, staff["clerk"])
    assert vendors.serious_open_ids() == [ev.id]
    made = {d.item_id: d for d in vendors.Defect.select().where(
        vendors.Defect.evaluation == ev.id)}
    ticket, minor = made.pop(lift.id), made.pop(first.id)
    assert made == {}
    assert (ticket.kind, ticket.due_at, ticket.text) == (vendors.TICKET, ev.fix_by, "轿厢脏")
    assert (minor.kind, minor.due_at) == (vendors.MINOR, clock() + dt.timedelta(hours=1))
    clock.advance(minutes=30)
    vendors.fix_minor(minor.id, staff["clerk"])
    assert vendors.serious_open_count() == 1  # the ticket is not fixed yet
    clock.advance(hours=3)
    vendors.record_reply(ticket.id, "已清洁轿厢", staff["clerk"])
    assert vendors.serious_open_count() == 1  # replied, not yet re-inspected
    vendors.reinspect(ticket.id, True, staff["duty"])
    assert vendors.serious_open_count() == 0
    flt = ListFilter(extra={"serious": "open"})
    assert count(vendors.EVALUATION_LIST, flt) == 0
    assert count(vendors.EVALUATION_LIST, ListFilter(extra={"serious": "all"})) == 1


def test_the_list_searches_number_and_vendor_and_filters(staff, make_user):
    a = _submitted(staff)
    other = make_cleaning_vendor(staff["manager"], name="另一家保洁公司", lead="李")
    b = vendors.new_evaluation(staff["clerk"], vendor=other, kind=vendors.WEEKLY)
    spec = vendors.EVALUATION_LIST
    assert count(spec, ListFilter(text="另一家")) == 1
    assert count(spec, ListFilter(text=a.number)) == 1
    assert count(spec, ListFilter(extra={"kind": vendors.WEEKLY})) == 1
    assert count(spec, ListFilter(extra={"vendor": a.vendor_id})) == 1
    assert count(spec, ListFilter(status=vendors.DRAFT)) == 1
    assert vendors.check_vendors() == []
    director = make_user(people.DIRECTOR, login="dir")
    assert vendors.EVALUATION_STEPS.allowed(director, b) == ["open", "print", "blank"]


def test_the_demo_step_makes_every_kind_of_sheet(db, make_user):
    """A month of the demo (the whole two years is bench/'s business), after setup's step
    made the four vendors: daily rounds on working days for the four, cleaning's weekly
    and month-end checks, systematic ones for the others, the last days waiting for the
    vendor's signature; every failed item has its defect (the defects part, on submit)."""
    import random

    from peewee import fn

    from models.demo import DemoContext
    from models.vendors.evaluations_demo import add_evaluations
    from models.vendors.setup_demo import add_vendors

    users = {"wenyuan": make_user(people.CLERK, login="wenyuan", full_name="李晓燕"),
             "jingli": make_user(people.MANAGER, login="jingli", full_name="周志华")}
    start, end = dt.date(2026, 2, 1), dt.date(2026, 2, 28)
    add_vendors(DemoContext(random.Random(1), users, start, end))
    add_evaluations(DemoContext(random.Random(1), users, start, end))
    ev = vendors.Evaluation
    assert vendors.Vendor.select().count() == 4
    working = sum(1 for n in range((end - start).days + 1)
                  if (start + dt.timedelta(days=n)).weekday() < 5)
    assert ev.select().where(ev.kind == vendors.DAILY).count() == 4 * working
    cleaning = vendors.Vendor.select().join(vendors.VendorKind).where(
        vendors.VendorKind.name == vendors.CLEANING).get()
    assert ev.select().where(ev.vendor == cleaning, ev.kind == vendors.MONTHLY).count() == 1
    assert ev.select().where(ev.vendor == cleaning, ev.kind == vendors.WEEKLY).count() == 4
    assert ev.select().where(ev.vendor != cleaning, ev.kind == vendors.SYSTEMATIC).count() == 6
    assert ev.select().where(ev.status == vendors.DRAFT).count() == 0
    assert ev.select().where(ev.failed).count() > 0
    assert ev.select().where(ev.status == vendors.SUBMITTED,
                             ev.done_on < end - dt.timedelta(days=2)).count() == 0
    item, defect = vendors.EvaluationItem, vendors.Defect
    assert defect.select().where(defect.evaluation.is_null(False)).count() > 0
    assert item.select().join(ev).where(~item.passed, ~fn.EXISTS(
        defect.select().where(defect.item == item.id))).count() == 0
    assert vendors.check_vendors() == []


def test_the_drafts_heading_and_its_deadline(staff, table_snapshot, clock):
    ev = _draft(staff)
    before = table_snapshot()
    with pytest.raises(ValidationError, match="考评人"):
        vendors.update_evaluation(ev.id, staff["clerk"], by_name=" ")
    with pytest.raises(ValidationError, match="after today"):
        vendors.update_evaluation(ev.id, staff["clerk"], done_on=dt.date(2026, 3, 11))
    assert table_snapshot() == before
    vendors.update_evaluation(ev.id, staff["clerk"], problems="电梯间有污渍",
                              fix_by=clock() + dt.timedelta(hours=4))
    vendors.score_items(ev.id, {_items(ev)[0].id: {"points_off": 1, "problem": "脏"}},
                        staff["clerk"])
    done = vendors.submit_evaluation(ev.id, staff["clerk"])
    assert (done.problems, done.fix_by) == ("电梯间有污渍", clock() + dt.timedelta(hours=4))
    # the officer's deadline asks for a work ticket, due then (the defects part's rule)
    defect = vendors.Defect.get(vendors.Defect.evaluation == ev.id)
    assert (defect.kind, defect.due_at) == (vendors.TICKET, done.fix_by)
    with pytest.raises(DomainError, match="only a draft can be changed"):
        vendors.update_evaluation(ev.id, staff["clerk"], problems="改")
