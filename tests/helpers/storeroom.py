"""The storeroom's items and documents for tests, made through the real operations.

``staff`` is the storeroom's four (the ``staff`` fixture, tests/helpers/staff.py). A
document helper saves a draft and, unless asked not to, has it confirmed (receipt,
by the manager) or signed (issue slip, by the duty officer), dated ``day`` or the
program's today (models.clock).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from models import clock, warehouse


def make_item(keeper, code="WJ001", name="十字螺丝", unit="盒", category="五金", **values):
    return warehouse.create_item({"code": code, "name": name, "unit": unit,
                                  "category": category, **values}, by=keeper)


def receive_lines(staff, lines, day: dt.date | None = None, confirm: bool = True,
                  **values: Any) -> warehouse.Receipt:
    """A receipt of ``lines`` [(item, qty, unit price)]."""
    receipt = warehouse.save_receipt(
        {"date": day or clock.today(), "supplier": "华强五金", "delivery_note": "SH-1", **values},
        [{"item": item.id, "qty": qty, "unit_price": price} for item, qty, price in lines],
        by=staff["keeper"])
    if confirm:
        receipt = warehouse.confirm_receipt(receipt.id, by=staff["manager"])
    return receipt


def receive(staff, item, qty, unit_price="2.50", day: dt.date | None = None,
            confirm: bool = True, **values: Any) -> warehouse.Receipt:
    """A receipt of one line."""
    return receive_lines(staff, [(item, qty, unit_price)], day, confirm, **values)


def issue_lines(staff, lines, day: dt.date | None = None, sign: bool = True,
                **values: Any) -> warehouse.IssueSlip:
    """An issue slip of ``lines`` [(item, qty)] to 工程部 unless ``department`` says otherwise."""
    slip = warehouse.save_issue_slip(
        {"date": day or clock.today(), "department": "工程部", "receiver": "刘海波",
         "purpose": "维修", **values},
        [{"item": item.id, "qty": qty} for item, qty in lines], by=staff["keeper"])
    if sign:
        slip = warehouse.sign_issue_slip(slip.id, by=staff["duty"])
    return slip


def issue(staff, item, qty, day: dt.date | None = None, sign: bool = True,
          **values: Any) -> warehouse.IssueSlip:
    """An issue slip of one line."""
    return issue_lines(staff, [(item, qty)], day, sign, **values)


def on_hand(item) -> Decimal:
    """The quantity on the shelf, as the file has it now."""
    return warehouse.get_item(item.id).qty
