"""Vendors' defects in tests: who records them, a vendor, a submitted sheet with failed items.

Plain helpers (no fixtures). Before the merge the setup and evaluations parts are not
here, so the rows are made directly (VENDORS.md: "make Vendor/Contract/... rows directly").
"""

from __future__ import annotations

import datetime as dt

from models import numbering, people, vendors
from models.db import database


def defect_staff(make_user) -> dict[str, people.User]:
    """clerk 李晓燕 (the patrolling officer), manager 周志华, engineer 刘海波 (no vendor role)."""
    return {
        "clerk": make_user(people.CLERK, login="dclerk", full_name="李晓燕"),
        "manager": make_user(people.MANAGER, login="dboss", full_name="周志华"),
        "engineer": make_user(people.ENGINEERING, login="deng", full_name="刘海波"),
    }


def vendor(name: str = "洁美清洁服务有限公司", kind: str = vendors.CLEANING) -> vendors.Vendor:
    vendors.seed_kinds()
    row = vendors.Vendor.get_or_none(vendors.Vendor.name == name)
    if row is not None:
        return row
    return vendors.Vendor.create(name=name, kind=vendors.VendorKind.get(name=kind),
                                 contact="王经理", lead="陈领班")


def submitted_sheet(by: people.User, *, at: dt.datetime, failed=((2, False),),
                    fix_by: dt.datetime | None = None, of=None) -> vendors.Evaluation:
    """A daily sheet done at ``at`` with four items; ``failed``: (seq, serious) not passed.
    Submitted as the evaluations part does it: numbered as its sheets are (KPyyyymmdd-nnnn,
    so `check_numbers` holds), defects opened in the same transaction."""
    failed = dict(failed)
    with database.atomic():
        sheet = vendors.Evaluation.create(
            number=numbering.next_number(vendors.EVALUATION_PREFIX, at.date()), kind=vendors.DAILY, vendor=of or vendor(),
            done_on=at.date(), done_at=at, by_name=by.full_name, status=vendors.SUBMITTED,
            score=100 - 5 * len(failed), failed=bool(failed), fix_by=fix_by, created_by=by)
        for seq, (area, text) in enumerate([("大堂", "地面洁净无污渍"), ("卫生间", "无异味、无积水"),
                                            ("玻璃", "无手印"), ("楼梯", "扶手无积灰")], start=1):
            vendors.EvaluationItem.create(
                evaluation=sheet, seq=seq, area=area, text=text, points=25,
                serious_item=failed.get(seq, False), passed=seq not in failed,
                points_off=5 if seq in failed else 0,
                problem=f"{area}不合格" if seq in failed else "")
        vendors.open_from_evaluation(sheet, by)
    return sheet


def defect_values(**over) -> dict:
    values = {"vendor": vendor().id, "kind": vendors.MINOR, "place": "大堂",
              "text": "地面有污渍", "found_at": None, "due_at": None}
    values.update(over)
    return values
