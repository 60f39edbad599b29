"""The sign registry (部门标识管理一览表): editing a sign, the kinds, the import, the list."""

from __future__ import annotations

import datetime as dt

import pytest

from models import audit, listing, signage
from models.errors import NotFound, PermissionDenied, ValidationError
from models.listing import ListFilter
from models.warehouse import ImportRefused
from tests.helpers.sign_requests import department, sign_staff, wall_sign


@pytest.fixture
def reg(make_user, clock):
    return sign_staff(make_user)


def _row(**over):
    row = {"kind": "会议室", "text": "第3会议室", "department": "财务部", "building": "A座",
           "floor": "3F", "room": "320", "quantity": "2", "size": "300×120mm",
           "material": "不锈钢", "set_up_on": "2023-06-01", "state": "在用"}
    row.update(over)
    return row


# --- the import ---------------------------------------------------------------------


def test_the_import_creates_every_row_numbered_and_audited(reg):
    department()
    signs = signage.import_signs([(2, _row()), (3, _row(number="A-001", state="待整改")),
                                  (4, _row(text="第4会议室", quantity=None, state=None,
                                           set_up_on=dt.date(2022, 1, 5)))], by=reg["clerk"])
    assert [s.number for s in signs] == ["BS-00001", "A-001", "BS-00002"]
    first = signage.get_sign(signs[0].id)
    assert (first.kind.name, first.department.name, first.quantity, first.set_up_on,
            first.state, first.source) == ("会议室", "财务部", 2, dt.date(2023, 6, 1),
                                           signage.IN_USE, signage.IMPORTED)
    assert signage.get_sign(signs[1].id).state == signage.TO_FIX
    assert signage.get_sign(signs[2].id).quantity == 1
    entry = audit.AuditEntry.select().where(audit.AuditEntry.action == "sign.import").get()
    assert entry.record_label == "3"


def test_an_import_with_bad_rows_names_each_and_writes_nothing(reg, table_snapshot):
    department()
    wall_sign(reg["clerk"], number="BS-00007")
    before = table_snapshot()
    rows = [
        (2, _row()),
        (3, _row(kind="灯箱")),
        (4, _row(text="")),
        (5, _row(department="不存在部")),
        (6, _row(number="BS-00007")),
        (7, _row(number="X-1")),
        (8, _row(number="X-1")),
        (9, _row(quantity="两块")),
        (10, _row(set_up_on="2099-01-01")),
        (11, _row(state="坏了")),
        (12, _row(number="BS-12")),
    ]
    with pytest.raises(ImportRefused) as refused:
        signage.import_signs(rows, by=reg["clerk"])
    problems = {p.row: (p.message.field, str(p.message)) for p in refused.value.problems}
    assert sorted(problems) == [3, 4, 5, 6, 8, 9, 10, 11, 12]
    assert problems[3] == ("kind", "There is no sign kind 灯箱.")
    assert problems[4] == ("text", "Say what the sign reads.")
    assert problems[5] == ("department", "There is no department 不存在部.")
    assert problems[6] == ("number", "Sign BS-00007 is already in the registry.")
    assert problems[8] == ("number", "The number X-1 is also on row 7.")
    assert problems[9][0] == "quantity"
    assert problems[10] == ("set_up_on", "The date 2099-01-01 is in the future.")
    assert problems[11][0] == "state"
    assert problems[12][0] == "number"
    assert table_snapshot() == before


def test_an_empty_file_and_a_kind_out_of_use_are_refused(reg, table_snapshot):
    department()
    kind = signage.SignKind.get(signage.SignKind.name == "法庭")
    signage.save_kind(reg["clerk"], "法庭", kind.id, active=False)
    before = table_snapshot()
    with pytest.raises(ValidationError, match="holds no signs"):
        signage.import_signs([], by=reg["clerk"])
    with pytest.raises(ImportRefused) as refused:
        signage.import_signs([(2, _row(kind="法庭"))], by=reg["clerk"])
    assert str(refused.value.problems[0].message) == "The sign kind 法庭 is no longer in use."
    assert table_snapshot() == before


def test_only_customer_service_imports(reg, table_snapshot):
    before = table_snapshot()
    with pytest.raises(PermissionDenied):
        signage.import_signs([(2, _row())], by=reg["duty"])
    assert table_snapshot() == before


# --- editing a sign -----------------------------------------------------------------


def test_a_sign_is_corrected_and_audited(reg, clock):
    sign = wall_sign(reg["clerk"])
    signage.update_sign(sign.id, {"room": "1206", "size": "320×100mm", "material": "亚克力",
                                  "state": signage.TO_FIX}, by=reg["clerk"])
    sign = signage.get_sign(sign.id)
    assert (sign.room, sign.size, sign.material, sign.state) == (
        "1206", "320×100mm", "亚克力", signage.TO_FIX)
    entry = audit.AuditEntry.select().where(audit.AuditEntry.action == "sign.update").get()
    assert "room: 1205 → 1206" in audit.describe_changes(entry.changes)
    assert signage.update_sign(sign.id, {"room": "1206"}, by=reg["clerk"]).room == "1206"
    assert audit.AuditEntry.select().where(audit.AuditEntry.action == "sign.update").count() == 1


def test_a_sign_taken_down_gets_the_day_and_stays_removed(reg, clock, table_snapshot):
    sign = wall_sign(reg["clerk"])
    signage.update_sign(sign.id, {"state": signage.REMOVED}, by=reg["clerk"])
    assert signage.get_sign(sign.id).removed_on == clock.now.date()
    before = table_snapshot()
    with pytest.raises(ValidationError, match="has been removed; a new sign comes through"):
        signage.update_sign(sign.id, {"state": signage.IN_USE}, by=reg["clerk"])
    assert table_snapshot() == before


@pytest.mark.parametrize("values, field", [
    ({"text": " "}, "text"),
    ({"quantity": 0}, "quantity"),
    ({"quantity": "1000"}, "quantity"),
    ({"state": "broken"}, "state"),
    ({"room": "x" * 41}, "room"),
])
def test_a_bad_correction_is_refused_and_writes_nothing(reg, values, field, table_snapshot):
    sign = wall_sign(reg["clerk"])
    before = table_snapshot()
    with pytest.raises(ValidationError) as refused:
        signage.update_sign(sign.id, values, by=reg["clerk"])
    assert refused.value.field == field
    assert table_snapshot() == before


def test_who_may_edit_a_sign_and_a_sign_that_is_gone(reg, table_snapshot):
    sign = wall_sign(reg["clerk"])
    before = table_snapshot()
    with pytest.raises(PermissionDenied):
        signage.update_sign(sign.id, {"room": "1"}, by=reg["duty"])
    with pytest.raises(NotFound):
        signage.update_sign(999, {"room": "1"}, by=reg["clerk"])
    with pytest.raises(NotFound):
        signage.sign_by_number("BS-99999")
    assert table_snapshot() == before


# --- the kinds ----------------------------------------------------------------------


def test_the_kinds_are_seeded_and_kept_by_customer_service(reg, admin, table_snapshot):
    assert [k.name for k in signage.kinds()][:3] == ["楼层", "法庭", "会议室"]
    kind = signage.save_kind(reg["clerk"], "导向牌")
    assert kind in signage.kinds()
    signage.move_kind(admin, kind.id, -1)
    assert [k.name for k in signage.kinds()][-2:] == ["导向牌", "其他"]
    before = table_snapshot()
    with pytest.raises(PermissionDenied):
        signage.save_kind(reg["duty"], "灯箱")
    with pytest.raises(ValidationError, match="already exists"):
        signage.save_kind(reg["clerk"], "楼层")
    assert table_snapshot() == before


# --- the list -----------------------------------------------------------------------


def test_the_list_filters_by_department_kind_state_place_and_searches(reg):
    dep = department()
    other = department("行政部")
    wall_sign(reg["clerk"])
    wall_sign(reg["clerk"], department="行政部", kind="会议室", text="第5会议室", floor="5F",
              room="520", state="待整改")

    def numbers(**extra):
        flt = ListFilter(text=extra.pop("text", ""), status=extra.pop("status", None),
                         extra=extra)
        page = listing.fetch_page(signage.SIGN_LIST, flt, None, None, 50)
        return [row[signage.SIGN_LIST.index_of("number") + 1] for row in page.rows]

    assert numbers() == ["BS-00001", "BS-00002"]
    assert numbers(department=dep.id) == ["BS-00001"]
    assert numbers(department=other.id, kind=signage.SignKind.get(name="会议室").id) == [
        "BS-00002"]
    assert numbers(status=signage.TO_FIX) == ["BS-00002"]
    assert numbers(floor="5F") == ["BS-00002"]
    assert numbers(building="A座") == ["BS-00001", "BS-00002"]
    assert numbers(text="520") == ["BS-00002"]
    assert numbers(text="档案") == ["BS-00001"]
    assert numbers(text="BS-00002") == ["BS-00002"]
    assert signage.sign_floors() == ["12F", "5F"]
    assert [s.number for s in signage.department_signs(other.id)] == ["BS-00002"]
    assert signage.check_signage() == []
