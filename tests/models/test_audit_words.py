"""The audit log reads in words: every table, field and value a writing operation records is
named by the area that owns it (models.audit.declare), in the desk's language, so that no
manager meets "repair_order", "roles: storekeeper", "status: draft → submitted" or "∅"."""

from __future__ import annotations

import datetime as dt
import re

from models import audit, clock, listing, people, repairs, settings, warehouse
from models.audit import AuditEntry
from tests.helpers.repairs import new_order
from tests.helpers.storeroom import issue, make_item, receive


def marked(context: str, text: str) -> str:
    """A translation that shows what was translated: «text»."""
    return f"«{text}»"


def an_office_day(admin, staff, repair_staff) -> None:
    """Every kind of writing operation of the office's tabs once (and some twice)."""
    settings.set_office_name("恒信大厦物业服务中心", by=admin)
    user = people.create_user("xiaoli", "李小丽", "secret12", {people.CLERK}, by=admin)
    people.set_roles(user.id, {people.CLERK, people.DUTY}, by=admin)
    people.update_user(user.id, admin, "李晓丽", None)
    people.set_active(user.id, False, by=admin)
    repairs.set_deadlines(repairs.URGENT, 20, 240, by=admin)
    clerk, eng = repair_staff["clerk"], repair_staff["eng"]
    order = new_order(clerk)
    repairs.update_order(order.id, {"location": "1205室", "urgency": repairs.URGENT,
                                    "urgent_cause": "漏水到楼下"}, by=clerk)
    repairs.dispatch(order.id, "刘海波", by=clerk)
    repairs.mark_paper_returned(order.id, by=clerk)
    repairs.accept(order.id, by=eng)
    repairs.complete(order.id, "更换阀芯", by=eng, materials="阀芯1个")
    repairs.send_back(order.id, "仍然滴水", by=clerk)
    repairs.complete(order.id, "更换龙头", by=eng)
    repairs.check(order.id, by=clerk)
    repairs.call_back(order.id, repairs.UNSATISFIED, by=clerk, comment="太慢")
    repairs.cancel(new_order(clerk).id, "报修人取消", by=clerk)
    screws = make_item(staff["keeper"], safety_stock="5")
    warehouse.update_item(screws.id, {"location": "A-01", "safety_stock": "2"}, by=staff["keeper"])
    receipt = receive(staff, screws, 10, "2.35")
    warehouse.cancel_receipt(receive(staff, screws, 1, confirm=False).id, "送错", by=staff["keeper"])
    issue(staff, screws, 2, repair_order=order.number)
    request = warehouse.save_request({"date": clock.today(), "department": "工程部",
                                      "reason": "库存不足"},
                                     [{"item": screws.id, "qty": 5, "unit_price": "2.4"}],
                                     by=staff["keeper"])
    warehouse.approve_request(request.id, by=staff["manager"])
    stocktake = warehouse.start_stocktake(warehouse.month_of(clock.today()), by=staff["keeper"])
    row = warehouse.count_rows(stocktake.id)[0]
    warehouse.enter_counts(stocktake.id, {row.line.id: {"counted_qty": "7", "recount_qty": "7.5",
                                                        "reason": "破损"}}, by=staff["keeper"])
    warehouse.update_stocktake(stocktake.id, {"counted_by": "赵桂英", "note": "月末盘点"},
                               by=staff["keeper"])
    warehouse.approve_stocktake(stocktake.id, by=staff["manager"])
    assert receipt.number


def test_every_table_and_field_an_office_day_records_is_named(admin, staff, repair_staff, clock):
    clock.set(dt.datetime(2026, 3, 31, 9, 0))
    an_office_day(admin, staff, repair_staff)
    unnamed = set()
    for entry in AuditEntry.select():
        if entry.entity not in audit.TABLES:
            unnamed.add((entry.action, entry.entity))
        for key in entry.changes_dict():
            if audit._field(entry.entity, key)[1] is None:
                unnamed.add((entry.action, key))
    assert unnamed == set()


def test_an_office_days_log_reads_in_words_on_screen_in_exports_and_on_paper(
        admin, staff, repair_staff, clock):
    """The list's cells (what the screen shows, the export writes and the paper prints)
    pass every table, field and code through the translation, and show no internal key."""
    clock.set(dt.datetime(2026, 3, 31, 9, 0))
    an_office_day(admin, staff, repair_staff)
    spec = audit.audit_list()
    keys = ["action", "entity", "label", "changes"]
    rows = list(listing.export_rows(spec, keys=keys, translate=marked))
    assert rows
    raw = {"repair_order", "issue_slip", "purchase_request", "stocktake", "receipt", "user",
           "office_name", "storekeeper", "draft", "submitted", "∅", "counted_qty", "full_name",
           "unsatisfied", "counting"}
    for action, table, _record, changes in rows:
        assert table.startswith("«") and table.endswith("»"), table
        for word in raw:
            assert not re.search(rf"(?<![«\w]){word}(?![»\w])", changes + " " + table), \
                (word, action, changes)
    def changes(action: str, record: str = "") -> str:
        """Every Changes cell of the action's rows (of ``record``), one after another."""
        return "\n".join(c for a, _t, r, c in rows if a == f"«{action}»" and record in r)

    assert changes("Roles changed", "xiaoli") == "««Roles»: «Clerk» → «Clerk»«, »«Duty officer»»"
    assert "««Status»: «Draft» → «Signed»»" in changes("Issue slip signed")
    assert "««Office name»: 测试物业服务中心 → 恒信大厦物业服务中心»" in changes(
        "Setting changed", "«Office name»")
    assert changes("Setting changed", "«Minutes to accept an urgent order»") == \
        "««Minutes to accept an urgent order»: «(blank)» → 20»"
    assert "««Verdict»: «Unsatisfied»»" in changes("Customer called back")
    assert "««Department»: 工程部»" in changes("Issue slip drafted")  # by name, not by id
    assert "««Repair order»: BX20260331-0001»" in changes("Issue slip drafted")
    assert "««Category»: 五金»" in changes("Item added")
    assert "«WJ001 «Counted quantity»: «(blank)» → 7»" in changes("Counts entered")
    assert "«WJ001 «Recounted quantity»: «(blank)» → 7.5»" in changes("Counts entered")
    assert "««Urgency»: «Normal» → «Urgent»»" in changes("Repair order changed")
    assert "««Source»: «Company central purchase»»" in changes("Receipt drafted")


def test_changes_read_as_a_line():
    assert audit.describe_changes('{"office_name": [null, "恒信"]}', table="office_setting") \
        == "Office name: (blank) → 恒信"
    assert (
        audit.describe_changes('{"roles": [["clerk"], ["clerk", "duty"]]}', table="user")
        == "Roles: Clerk → Clerk, Duty officer"
    )
    assert (
        audit.describe_changes('{"full_name": "赵桂英", "roles": ["admin", "manager"]}',
                               table="user")
        == "Full name: 赵桂英; Roles: Administrator, Manager"
    )
    # the list's column carries its table in front of the JSON
    assert audit.describe_changes(f"receipt{audit.SEP}" + '{"status": ["draft", "submitted"]}') \
        == "Status: Draft → Confirmed"
    # an undeclared key or table reads as stored rather than being lost
    assert audit.describe_changes('{"x": 1}', table="nowhere") == "x: 1"
    assert audit.table_name("nowhere") == "nowhere"
