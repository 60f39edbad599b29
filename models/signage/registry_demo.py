"""The demo office's signs already on the walls (~600), as if imported once from a spreadsheet.

Two buildings (A座 15 floors, B座 10 floors, the B1 garage): on every floor the
floor sign and the offices' door signs, the fire-safety signs (escape exits,
fire doors, the fire telephone, the evacuation plan), a meeting room or two,
and here and there a machine room or a court; each kept by the department that
answers for it. Deterministic from the demo's random source.
"""

from __future__ import annotations

import datetime as dt

from .. import audit, clock
from ..db import database
from ..demo import DemoContext
from ..people import Department
from . import base
from .base import IMPORTED, IN_USE, Sign, SignKind

OFFICE_DEPARTMENTS = ("财务部", "行政部", "客服部", "工程部", "秩维部", "清洁部")
SIZES = {"楼层": "600×400mm", "办公室": "300×100mm", "会议室": "300×120mm",
         "消防安全逃生口": "360×145mm", "防火门出口": "300×150mm", "火警电话": "200×100mm",
         "消防疏散图": "A3", "机房重地": "300×200mm", "法庭": "800×200mm", "警示": "400×300mm",
         "其他": "300×200mm"}
MATERIALS = {"楼层": "亚克力", "办公室": "不锈钢", "会议室": "不锈钢", "消防安全逃生口": "PVC夜光",
             "防火门出口": "PVC夜光", "火警电话": "PVC", "消防疏散图": "亚克力", "机房重地": "铝板",
             "法庭": "钛金", "警示": "铝板", "其他": "PVC"}
ROOMS = ["综合办公室", "经理室", "档案室", "资料室", "值班室", "接待室", "财务室", "主任室",
         "文印室", "休息室", "更衣室", "储物间"]


def _place_rows(ctx: DemoContext) -> list[tuple[str, str, str, str, str, str, int]]:
    """(department, kind, text, building, floor, room, quantity) for every sign."""
    rng = ctx.rng
    rows = []
    for building, floors in (("A座", 15), ("B座", 10)):
        for floor in range(1, floors + 1):
            fl = f"{floor}F"
            rows.append(("客服部", "楼层", f"{building}{floor}层", building, fl, "电梯厅", 1))
            rows.append(("秩维部", "消防安全逃生口", "安全出口 EXIT", building, fl, "东侧楼梯间", 1))
            rows.append(("秩维部", "消防安全逃生口", "安全出口 EXIT", building, fl, "西侧楼梯间", 1))
            rows.append(("秩维部", "防火门出口", "防火门 请随手关闭", building, fl, "东侧楼梯间", 1))
            rows.append(("秩维部", "防火门出口", "防火门 请随手关闭", building, fl, "西侧楼梯间", 1))
            rows.append(("秩维部", "火警电话", "火警电话 119", building, fl, "电梯厅", 1))
            rows.append(("秩维部", "消防疏散图", f"{building}{floor}层消防疏散示意图", building, fl,
                         "电梯厅", 1))
            for n in range(rng.randint(13, 18)):
                dep = rng.choice(OFFICE_DEPARTMENTS)
                room = f"{floor}{n + 1:02d}"
                rows.append((dep, "办公室", f"{dep} {rng.choice(ROOMS)}", building, fl, room, 1))
            if floor % 3 == 0:
                rows.append(("行政部", "会议室", f"第{floor}会议室", building, fl, f"{floor}20", 1))
            if floor in (1, 8, 15):
                rows.append(("工程部", "机房重地", "机房重地 闲人免进", building, fl, "弱电间", 1))
                rows.append(("工程部", "机房重地", "配电房 非请勿入", building, fl, "配电间", 1))
            if building == "A座" and floor in (2, 3, 4):
                for court in (1, 2):
                    rows.append(("行政部", "法庭", f"第{(floor - 2) * 2 + court}审判庭", building,
                                 fl, f"{floor}0{court}", 1))
    for spot in ("车库入口", "车库出口", "B1电梯厅", "水泵房", "发电机房"):
        kind = "机房重地" if "房" in spot else "其他"
        dep = "工程部" if kind == "机房重地" else "秩维部"
        text = "机房重地 闲人免进" if kind == "机房重地" else f"{spot} 限高2.2米"
        rows.append((dep, kind, text, "B座", "B1", spot, 1))
    rows.append(("秩维部", "警示", "小心地滑", "A座", "1F", "大堂", 2))
    rows.append(("秩维部", "警示", "小心台阶", "B座", "1F", "门厅", 2))
    return rows


def add_signs(ctx: DemoContext) -> None:
    """The registry as the import left it, in one bulk insert with its audit row."""
    clerk = ctx.users["wenyuan"]
    deps = {d.name: d.id for d in Department.select()}
    for name in OFFICE_DEPARTMENTS:
        if name not in deps:
            deps[name] = Department.create(name=name, sort_order=len(deps) + 1).id
    kinds = {k.name: k.id for k in SignKind.select()}
    imported_at = dt.datetime.combine(ctx.start, dt.time(10, 0))
    rows = []
    for seq, (dep, kind, text, building, floor, room, qty) in enumerate(_place_rows(ctx), 1):
        set_up = ctx.start - dt.timedelta(days=ctx.rng.randint(60, 2000))
        rows.append({
            "number": f"{base.PREFIX}-{seq:05d}", "kind": kinds[kind], "text": text,
            "building": building, "floor": floor, "room": room, "department": deps[dep],
            "quantity": qty, "size": SIZES[kind], "material": MATERIALS[kind],
            "set_up_on": set_up, "state": IN_USE, "created_at": imported_at,
            "source": IMPORTED,
        })
    with database.atomic():
        for at in range(0, len(rows), 200):
            Sign.insert_many(rows[at:at + 200]).execute()
        with clock.running(lambda: imported_at):
            audit.record(clerk, "sign.import", "sign", None, str(len(rows)),
                         {"signs": len(rows), "numbers": [r["number"] for r in rows[:50]]})
