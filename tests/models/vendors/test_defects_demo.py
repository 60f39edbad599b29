"""The defects' demo step: the sheets' defects handled, faults between the rounds, some
tickets failed again, some late; sound for `check`."""

from __future__ import annotations

import datetime as dt
import random

from models import clock as program_clock
from models import numbering, vendors
from models.db import database
from models.demo import DemoContext
from models.vendors.defects_demo import add_defects
from tests.helpers.vendors_defects import defect_staff, submitted_sheet, vendor


def _run(make_user, clock) -> list[tuple]:
    staff = defect_staff(make_user)
    clock.set(dt.datetime(2026, 1, 5, 10, 0))
    sheet = submitted_sheet(staff["clerk"], at=dt.datetime(2026, 1, 5, 9, 30),
                            failed=((1, False), (3, True)))
    assert sheet.defects.count() == 2
    clock.set(dt.datetime(2026, 3, 10, 12, 0))
    ctx = DemoContext(random.Random(1), {"wenyuan": staff["clerk"]}, dt.date(2026, 1, 5),
                      dt.date(2026, 3, 10))
    with database.atomic():
        add_defects(ctx)
    return [(d.kind, d.found_at, d.due_at, d.status, d.late, d.fixed_at)
            for d in vendors.Defect.select().order_by(vendors.Defect.id)]


def test_the_demo_handles_the_sheets_defects_and_adds_its_own(make_user, clock):
    vendor()
    vendor("绿源园林绿化有限公司", vendors.GREENING)
    rows = _run(make_user, clock)
    assert len(rows) > 8
    kinds = {k for k, *_ in rows}
    assert kinds == {vendors.MINOR, vendors.TICKET}
    assert rows[0][3] == vendors.FIXED and rows[1][3] == vendors.FIXED  # the sheet's two
    late = [r for r in rows if r[4]]
    assert 0 < len(late) < len(rows) / 2
    assert any(r[3] != vendors.FIXED for r in rows)  # the last days' still open
    assert vendors.Defect.select().where(vendors.Defect.status == vendors.FAILED_AGAIN).count() \
        or vendors.Defect.select().where(vendors.Defect.redo_by.is_null(False)).count()
    # everything past its deadline and not fixed is marked; fixed late ones are too
    with program_clock.running(lambda: dt.datetime(2026, 3, 10, 12, 0)):
        assert vendors.mark_late() == 0
    assert vendors.check_vendors() == [] and numbering.check_numbers() == []
    assert all(f is None or f <= dt.datetime(2026, 3, 10, 17, 30) for *_, f in rows)


def test_the_demo_without_vendors_adds_nothing(make_user, clock):
    ctx = DemoContext(random.Random(1), {"wenyuan": defect_staff(make_user)["clerk"]},
                      dt.date(2026, 1, 1), dt.date(2026, 3, 1))
    with database.atomic():
        add_defects(ctx)
    assert vendors.Defect.select().count() == 0
