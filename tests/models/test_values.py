"""The shared value cleaners (models/values.py), and the refusals they bring to operations."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from models import checks, people, repairs, values, warehouse
from models.errors import NotFound, ValidationError
from models.repairs.base import RepairOrder
from models.warehouse.base import QTY_PLACES, Receipt

UTC = dt.UTC


@pytest.mark.parametrize("text, field, expected", [
    ("  王芳  ", RepairOrder.reporter, "王芳"),
    ("行一\r\n行二\r行三\u2028行四", RepairOrder.content, "行一\n行二\n行三\n行四"),
    ("a\tb", RepairOrder.content, "a\tb"),
    ("👨\u200d👩", RepairOrder.content, "👨\u200d👩"),  # a joined emoji keeps its joiner
    (None, RepairOrder.reporter, ""),
    ("x" * 50, RepairOrder.reporter, "x" * 50),
])
def test_clean_text_keeps_what_a_field_may_hold(text, field, expected):
    assert values.clean_text(text, field) == expected


@pytest.mark.parametrize("text, field, message", [
    ("x" * 51, RepairOrder.reporter, "at most 50 characters"),
    ("x" * 100_000, RepairOrder.content, "at most 1000 characters"),
    ("a\nb", RepairOrder.reporter, "cannot be kept"),
    ("a\tb", RepairOrder.reporter, "cannot be kept"),
    ("a\x00b", RepairOrder.content, "cannot be kept"),
    ("a\x1bb", RepairOrder.content, "cannot be kept"),
    ("a\ud800b", RepairOrder.content, "cannot be kept"),
    ("a\u200bb", RepairOrder.reporter, "cannot be kept"),
    ("a\ue000b", RepairOrder.reporter, "cannot be kept"),
])
def test_clean_text_refuses_what_no_field_may_hold(text, field, message):
    with pytest.raises(ValidationError, match=message) as info:
        values.clean_text(text, field)
    assert info.value.field == field.name


def test_lengths_come_from_the_model_fields():
    assert RepairOrder.location.max_length == 100 and RepairOrder.content.max_length == 1000
    assert Receipt.note.max_length == 500 and warehouse.Item.code.max_length == 30


@pytest.mark.parametrize("raw, expected", [
    ("12.5", Decimal("12.500")), (3, Decimal("3.000")), (2.5, Decimal("2.500")),
    ("1,000", Decimal("1000.000")), (-0.0, Decimal("0.000")), ("99999999", Decimal("99999999")),
])
def test_clean_decimal_takes_ordinary_numbers(raw, expected):
    number = values.clean_decimal(raw, "qty", QTY_PLACES, positive=False, maximum=Decimal(99999999))
    assert number == expected and number.as_tuple().exponent == -3 and not number.is_signed()


@pytest.mark.parametrize("raw, message", [
    (1e30, "too large"), (10**30, "too large"), ("123456789012345678901234567890", "too large"),
    (Decimal("1E+999999"), "too large"), (float("nan"), "not a number"),
    (Decimal("sNaN"), "not a number"), (float("inf"), "not a number"), ("-inf", "not a number"),
    ("9" * 100_000, "not a number"), (True, "not a number"), ("", "not a number"),
    ("1e-30", "decimal places"), ("0.0001", "decimal places"), (-1, "cannot be negative"),
    ("１２\ud800", "not a number"),
])
def test_clean_decimal_refuses_what_is_no_quantity(raw, message):
    with pytest.raises(ValidationError, match=message) as info:
        values.clean_decimal(raw, "qty", QTY_PLACES, positive=False, maximum=Decimal(99999999))
    assert len(info.value.text()) < 100
    info.value.text().encode("utf-8")  # printable: no lone surrogate quoted back


@pytest.mark.parametrize("raw, ok", [(1, True), (2**63 - 1, True), (0, False), (-1, False),
                                     (2**63, False), (10**30, False), (True, False),
                                     ("12", False)])
def test_an_id_is_an_int_sqlite_can_hold(raw, ok):
    assert (values.as_id(raw) == raw) if ok else values.as_id(raw) is None
    if not ok:
        with pytest.raises(NotFound, match="gone"):
            values.clean_id(raw, "gone")


@pytest.mark.parametrize("moment, message", [
    (dt.datetime(999, 12, 31, 23, 59), "0999-12-31 is outside the years 2000 to 2099"),
    (dt.datetime(1, 1, 1), "outside the years"), (dt.datetime(9999, 12, 31), "outside"),
    (dt.datetime(1999, 12, 31, 23, 59, 59), "outside"), (dt.datetime(2100, 1, 1), "outside"),
    (dt.datetime(2026, 3, 1, tzinfo=UTC), "without a time zone"),
    (dt.date(2026, 3, 1), "Give the date and time"),
])
def test_clean_datetime_refuses_other_years_and_time_zones(moment, message):
    with pytest.raises(ValidationError, match=message):
        values.clean_datetime(moment, "at")


def test_clean_datetime_and_date_take_the_office_years():
    assert values.clean_datetime(dt.datetime(2000, 1, 1, 0, 0, 0, 5), "at") == dt.datetime(2000, 1, 1)
    assert values.clean_date(dt.datetime(2099, 12, 31, 23, 59), "date") == dt.date(2099, 12, 31)
    with pytest.raises(ValidationError, match="outside"):
        values.clean_date(dt.date(1999, 12, 31), "date")
    with pytest.raises(ValidationError, match="time zone"):
        values.clean_date(dt.datetime(2026, 3, 1, tzinfo=UTC), "date")


def test_shown_quotes_a_value_short_and_printable():
    assert values.shown("a\ud800b\x00") == "a\ufffdb\ufffd"
    assert values.shown("x" * 100) == "x" * 30 + "…"


# --- the refusals reach the operations ------------------------------------------------


@pytest.fixture
def clerk(make_user):
    return make_user(people.CLERK, login="clerk")


def test_a_report_time_in_year_999_is_refused_and_check_stays_clean(clerk, table_snapshot):
    """It used to be accepted, and then `check` broke on the stored year."""
    before = table_snapshot()
    with pytest.raises(ValidationError, match="outside the years 2000 to 2099") as info:
        repairs.register({"reported_at": dt.datetime(999, 1, 1, 9, 0), "location": "1203室",
                          "content": "漏水", "category": 1}, by=clerk)
    assert info.value.field == "reported_at"
    assert table_snapshot() == before
    assert checks.run_checks() == []


def test_an_aware_report_time_is_refused_not_shifted(clerk, table_snapshot):
    before = table_snapshot()
    with pytest.raises(ValidationError, match="without a time zone"):
        repairs.register({"reported_at": dt.datetime(2026, 3, 1, 9, tzinfo=UTC),
                          "location": "1203室", "content": "漏水", "category": 1}, by=clerk)
    assert table_snapshot() == before


def test_hostile_ids_and_numbers_in_the_storeroom_are_refused(make_user, table_snapshot):
    keeper = make_user(people.STOREKEEPER, login="keeper")
    item = warehouse.create_item({"code": "WJ1", "name": "螺丝", "unit": "盒", "category": "五金"},
                                 by=keeper)
    before = table_snapshot()
    with pytest.raises(NotFound):
        warehouse.update_item(2**63, {"name": "x"}, by=keeper)
    with pytest.raises(ValidationError, match="too large"):
        warehouse.save_receipt({"supplier": "华强"}, [{"item": item.id, "qty": 1e30,
                                                      "unit_price": 1}], by=keeper)
    with pytest.raises(ValidationError, match="not a number"):
        warehouse.save_receipt({"supplier": "华强"}, [{"item": item.id, "qty": 1,
                                                      "unit_price": float("nan")}], by=keeper)
    with pytest.raises(ValidationError, match="cannot be kept"):
        warehouse.save_receipt({"supplier": "华\ud800强"}, [{"item": item.id, "qty": 1,
                                                            "unit_price": 1}], by=keeper)
    with pytest.raises(ValidationError, match="Give the month"):
        warehouse.start_stocktake("9999-12-01", by=keeper)
    with pytest.raises(ValidationError, match="outside the years"):
        warehouse.start_stocktake("9999-12", by=keeper)
    assert table_snapshot() == before
