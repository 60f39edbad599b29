"""The storeroom's people and documents for tests, made through the real operations.

``staff`` fixtures call ``storeroom_staff``; a document helper saves a draft and,
unless asked not to, has it confirmed (receipt, by the manager) or signed (issue
slip, by the duty officer), dated ``day`` or the operations' today.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from models import people, warehouse
from models.warehouse import base


def storeroom_staff(make_user) -> dict[str, people.User]:
    """storekeeper, manager, duty officer and clerk."""
    return {
        "keeper": make_user(people.STOREKEEPER, login="keeper", full_name="赵桂英"),
        "manager": make_user(people.MANAGER, login="boss", full_name="周志华"),
        "duty": make_user(people.DUTY, login="duty", full_name="张建国"),
        "clerk": make_user(people.CLERK, login="clerk", full_name="李晓燕"),
    }


def make_item(keeper, code="WJ001", name="十字螺丝", unit="盒", category="五金", **values):
    return warehouse.create_item({"code": code, "name": name, "unit": unit,
                                  "category": category, **values}, by=keeper)


def receive_lines(staff, lines, day: dt.date | None = None, confirm: bool = True,
                  **values: Any) -> warehouse.Receipt:
    """A receipt of ``lines`` [(item, qty, unit price)]."""
    receipt = warehouse.save_receipt(
        {"date": day or base.today(), "supplier": "华强五金", "delivery_note": "SH-1", **values},
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
        {"date": day or base.today(), "department": "工程部", "receiver": "刘海波",
         "purpose": "维修", **values},
        [{"item": item.id, "qty": qty} for item, qty in lines], by=staff["keeper"])
    if sign:
        slip = warehouse.sign_issue_slip(slip.id, by=staff["duty"])
    return slip


def issue(staff, item, qty, day: dt.date | None = None, sign: bool = True,
          **values: Any) -> warehouse.IssueSlip:
    """An issue slip of one line."""
    return issue_lines(staff, [(item, qty)], day, sign, **values)
