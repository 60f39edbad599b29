"""拾遗's rules: found items signed for, loss reports answered, claims against a masked ID,
disposal after the period; every refusal leaves the file as it was."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest

from models import audit, listing, reception
from models.errors import DomainError, NotFound, PermissionDenied, ValidationError
from tests.helpers.lostfound import (
    ID_CARD,
    claim_values,
    found_wallet,
    lost_wallet,
    wallet_values,
)

MASKED = "110101********1234"


def refused(table_snapshot, error, call, *args, **kwargs) -> DomainError:
    before = table_snapshot()
    with pytest.raises(error) as caught:
        call(*args, **kwargs)
    assert table_snapshot() == before
    return caught.value


def last_audit() -> audit.AuditEntry:
    return audit.AuditEntry.select().order_by(audit.AuditEntry.id.desc()).get()


# --- found items ------------------------------------------------------------------


def test_a_found_item_brought_to_the_office_is_signed_for_at_once(staff, clock):
    item = found_wallet(staff["clerk"])
    assert item.number == "SW20260310-0001"
    assert item.status == reception.UNCLAIMED
    assert (item.handed_to, item.handed_at) == ("李晓燕", clock.now)
    assert item.value == Decimal("300.00") and item.storage == "客服部失物柜A格"
    row = last_audit()
    assert row.action == "lostfound.found" and row.record_label == item.number


def test_a_department_hands_an_item_over_later_and_the_office_signs(staff, clock):
    item = found_wallet(staff["duty"], handed_to="", storage="")
    assert item.status == reception.TO_SIGN and item.handed_at is None
    assert reception.ITEM_STEPS.allowed(staff["clerk"], item) == [
        "new_item", "sign", "print_item", "unclaimed_month"]
    clock.advance(hours=2)
    signed = reception.sign_for(item.id, by=staff["clerk"], storage="客服部保险柜", value="50")
    assert signed.status == reception.UNCLAIMED
    assert (signed.handed_to, signed.handed_at) == ("李晓燕", clock.now)
    assert signed.value == Decimal("50.00")
    assert last_audit().action == "lostfound.sign"


def test_signing_twice_or_without_a_storage_place_is_refused(staff, table_snapshot):
    item = found_wallet(staff["clerk"], handed_to="", storage="")
    refused(table_snapshot, ValidationError, reception.sign_for, item.id, by=staff["clerk"])
    reception.sign_for(item.id, by=staff["clerk"], storage="A格")
    error = refused(table_snapshot, DomainError, reception.sign_for, item.id,
                    by=staff["clerk"], storage="B格")
    assert "not yet signed for" in str(error)


@pytest.mark.parametrize("change", [
    {"item_name": ""}, {"finder": " "}, {"place": ""}, {"quantity": 0},
    {"found_on": dt.date(2026, 3, 11)}, {"value": "-1"}, {"storage": ""},
    {"item_name": "钱" * 61},
])
def test_a_found_item_needs_its_facts(staff, clock, table_snapshot, change):
    refused(table_snapshot, ValidationError, reception.register_found,
            wallet_values(**change), by=staff["clerk"])


def test_only_the_desk_registers_and_only_the_manager_disposes(staff, clock, table_snapshot):
    refused(table_snapshot, PermissionDenied, reception.register_found, wallet_values(),
            by=staff["keeper"])
    item = found_wallet(staff["duty"])  # the duty officer registers too
    for user in (staff["clerk"], staff["duty"]):
        refused(table_snapshot, PermissionDenied, reception.dispose, item.id, "过期",
                by=user)
    assert reception.ITEM_STEPS.allowed(staff["keeper"], item) == ["print_item",
                                                                   "unclaimed_month"]
    assert "dispose" not in reception.ITEM_STEPS.allowed(staff["clerk"], item)


# --- loss reports and matching ------------------------------------------------------


def test_a_loss_report_is_answered_once(staff, clock, table_snapshot):
    report = lost_wallet(staff["clerk"])
    assert report.number == "BS20260310-0001" and report.status == reception.REPORTED
    refused(table_snapshot, ValidationError, reception.answer, report.id, " ",
            by=staff["clerk"])
    answered = reception.answer(report.id, "已回复：暂未找到", by=staff["duty"])
    assert answered.status == reception.NOT_RECOVERED and answered.answered_at == clock.now
    error = refused(table_snapshot, DomainError, reception.recover, report.id,
                    by=staff["clerk"])
    assert "already been answered" in str(error)
    refused(table_snapshot, PermissionDenied, reception.report_loss, {}, by=staff["keeper"])


def test_a_loss_report_needs_owner_phone_item_and_a_past_time(staff, clock, table_snapshot):
    from tests.helpers.lostfound import loss_values

    for change in ({"owner": ""}, {"phone": ""}, {"item_name": ""}, {"lost_at": None},
                   {"lost_at": dt.datetime(2026, 3, 11, 9, 0)}):
        refused(table_snapshot, ValidationError, reception.report_loss, loss_values(**change),
                by=staff["clerk"])


def test_names_match_on_their_kind_words_not_on_colours():
    assert reception.name_words("黑色钱包") == {"钱包"}
    assert reception.names_match("黑色钱包", "钱包")
    assert reception.names_match("华为手机", "手机一部")
    assert reception.names_match("AirPods earphones", "airpods")
    assert not reception.names_match("黑色钱包", "黑色雨伞")
    assert not reception.names_match("钥匙", "钱包")


def test_dates_are_near_from_two_weeks_before_to_a_day_after():
    found = dt.date(2026, 3, 20)
    assert reception.dates_near(found, dt.datetime(2026, 3, 6, 8, 0))
    assert not reception.dates_near(found, dt.datetime(2026, 3, 5, 23, 0))
    assert reception.dates_near(found, dt.date(2026, 3, 21))
    assert not reception.dates_near(found, dt.date(2026, 3, 22))


def test_a_new_found_item_points_to_the_open_loss_reports_it_may_answer(staff, clock):
    wallet = lost_wallet(staff["clerk"])
    lost_wallet(staff["clerk"], item_name="雨伞", owner="李雷")
    old = lost_wallet(staff["clerk"], owner="韩梅", lost_at=dt.datetime(2026, 2, 1, 9, 0))
    answered = lost_wallet(staff["clerk"], owner="赵六")
    reception.answer(answered.id, "未找到", by=staff["clerk"])
    item = found_wallet(staff["clerk"])
    assert [r.id for r in reception.matching_reports(item)] == [wallet.id]
    assert [i.id for i in reception.candidate_items(wallet)] == [item.id]
    assert reception.candidate_items(old) == []
    assert reception.is_match(item, wallet) and not reception.is_match(item, old)


# --- claims ---------------------------------------------------------------------------


def test_the_owner_claims_against_an_id_kept_masked(staff, clock):
    report = lost_wallet(staff["clerk"])
    item = found_wallet(staff["clerk"])
    clock.advance(hours=3)
    record = reception.claim(item.id, claim_values(loss_report=report.id), by=staff["duty"])
    assert record.number == "RL20260310-0001"
    assert (record.id_number, record.id_masked) == (ID_CARD, MASKED)
    assert record.handled_by == "张建国" and record.claimed_at == clock.now
    assert reception.get_found_item(item.id).status == reception.CLAIMED
    report = reception.get_loss_report(report.id)
    assert report.status == reception.RECOVERED and report.found_item_id == item.id
    row = last_audit()
    assert row.action == "lostfound.claim"
    assert ID_CARD not in row.changes and json.loads(row.changes)["id_number"] == MASKED
    every = "".join(r.changes for r in audit.AuditEntry.select())
    assert ID_CARD not in every
    rows = list(listing.export_rows(reception.CLAIM_LIST))
    assert MASKED in rows[0] and ID_CARD not in [str(v) for v in rows[0]]
    assert reception.lostfound.check() == []


def test_a_claim_is_refused_without_an_id_or_before_signing_or_twice(staff, clock,
                                                                     table_snapshot):
    unsigned = found_wallet(staff["clerk"], handed_to="", storage="")
    refused(table_snapshot, DomainError, reception.claim, unsigned.id, claim_values(),
            by=staff["clerk"])
    item = found_wallet(staff["clerk"])
    for change in ({"id_number": ""}, {"id_number": "11010119900307123"},
                   {"id_number": "11010119900307123Y"}, {"owner": ""}, {"id_type": "x"},
                   {"id_type": "passport", "id_number": "E1"},
                   {"claimed_at": dt.datetime(2026, 3, 9, 9, 0)}):
        refused(table_snapshot, ValidationError, reception.claim, item.id, claim_values(**change),
                by=staff["clerk"])
    refused(table_snapshot, PermissionDenied, reception.claim, item.id, claim_values(),
            by=staff["keeper"])
    reception.claim(item.id, claim_values(id_number="110101 19900307123x"), by=staff["clerk"])
    assert reception.claim_of(item).id_number == "11010119900307123X"
    refused(table_snapshot, DomainError, reception.claim, item.id, claim_values(),
            by=staff["clerk"])
    refused(table_snapshot, NotFound, reception.claim, 99999, claim_values(), by=staff["clerk"])


def test_an_answered_loss_report_cannot_be_tied_to_a_claim(staff, clock, table_snapshot):
    report = lost_wallet(staff["clerk"])
    reception.answer(report.id, "未找到", by=staff["clerk"])
    item = found_wallet(staff["clerk"])
    refused(table_snapshot, ValidationError, reception.claim, item.id,
            claim_values(loss_report=report.id), by=staff["clerk"])


# --- disposal --------------------------------------------------------------------------


def test_disposal_waits_for_the_period_and_needs_a_reason(staff, clock, table_snapshot):
    item = found_wallet(staff["clerk"])  # found 2026-03-10: disposable from 2026-09-10
    assert reception.disposable_from(item) == dt.date(2026, 9, 10)
    clock.set(dt.datetime(2026, 9, 9, 17, 0))
    error = refused(table_snapshot, ValidationError, reception.dispose, item.id, "过期",
                    by=staff["manager"])
    assert "from 2026-09-10" in str(error) and "6 months" in str(error)
    clock.set(dt.datetime(2026, 9, 10, 9, 0))
    refused(table_snapshot, ValidationError, reception.dispose, item.id, "", by=staff["manager"])
    done = reception.dispose(item.id, "超期无人认领，交公司处理", by=staff["manager"])
    assert done.status == reception.DISPOSED and done.disposed_by_id == staff["manager"].id
    refused(table_snapshot, DomainError, reception.dispose, item.id, "again",
            by=staff["manager"])
    refused(table_snapshot, DomainError, reception.claim, item.id, claim_values(),
            by=staff["clerk"])
    assert reception.lostfound.check() == []


def test_the_period_is_an_office_setting(staff, admin, clock, table_snapshot):
    assert reception.disposal_months() == reception.DEFAULT_PERIOD_MONTHS == 6
    refused(table_snapshot, PermissionDenied, reception.set_disposal_period, 3,
            by=staff["manager"])
    for bad in (0, 61, "3", True):
        refused(table_snapshot, ValidationError, reception.set_disposal_period, bad, by=admin)
    assert reception.set_disposal_period(3, by=admin) == 3
    item = found_wallet(staff["clerk"])
    assert reception.disposable_from(item) == dt.date(2026, 6, 10)
    assert reception.add_months(dt.date(2026, 8, 31), 6) == dt.date(2027, 2, 28)


# --- the month's unclaimed items ---------------------------------------------------------


def test_the_months_unclaimed_are_those_still_kept_when_it_ended(staff, clock):
    clock.set(dt.datetime(2026, 4, 10, 9, 0))
    clerk = staff["clerk"]
    kept = found_wallet(clerk, found_on=dt.date(2026, 3, 2))
    claimed_in_march = found_wallet(clerk, found_on=dt.date(2026, 3, 5), item_name="雨伞")
    claimed_in_april = found_wallet(clerk, found_on=dt.date(2026, 3, 31), item_name="钥匙")
    unsigned = found_wallet(clerk, found_on=dt.date(2026, 3, 20), handed_to="", storage="")
    found_wallet(clerk, found_on=dt.date(2026, 4, 1), item_name="手机")
    found_wallet(clerk, found_on=dt.date(2026, 2, 28), item_name="工牌")
    reception.claim(claimed_in_march.id, claim_values(claimed_at=dt.datetime(2026, 3, 31, 17, 0)),
                    by=clerk)
    reception.claim(claimed_in_april.id, claim_values(claimed_at=dt.datetime(2026, 4, 1, 9, 0)),
                    by=clerk)
    first, last, items = reception.unclaimed_for_month("2026-03")
    assert (first, last) == (dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    assert [i.id for i in items] == [kept.id, unsigned.id, claimed_in_april.id]
    with pytest.raises(ValidationError):
        reception.unclaimed_for_month("2026-13")


# --- lists ---------------------------------------------------------------------------------


def test_the_lists_filter_by_state_and_search_name_phone_room(staff, clock):
    clerk = staff["clerk"]
    found_wallet(clerk)
    found_wallet(clerk, item_name="雨伞", finder="访客张三", finder_phone="13700002222",
                 finder_is_staff=False, handed_to="", storage="")
    lost_wallet(clerk)
    lost_wallet(clerk, owner="李雷", phone="13600003333", room="2201", item_name="钥匙")

    def keys(spec, **flt):
        return [r[0] for r in listing.fetch_page(spec, listing.ListFilter(**flt)).rows]

    assert len(keys(reception.FOUND_LIST, status=reception.TO_SIGN)) == 1
    assert len(keys(reception.FOUND_LIST, text="13700002222")) == 1
    assert len(keys(reception.FOUND_LIST, extra={"staff": True})) == 1
    assert len(keys(reception.LOSS_LIST, text="2201")) == 1
    assert len(keys(reception.LOSS_LIST, text="王芳")) == 1
    assert len(keys(reception.LOSS_LIST, text="13600003333")) == 1
    assert len(keys(reception.LOSS_LIST, status=reception.REPORTED)) == 2
