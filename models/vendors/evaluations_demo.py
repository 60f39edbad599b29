"""The demo office's evaluations: two years of daily rounds (working days) for the four
vendors, cleaning's weekly checks, two systematic evaluations a month (cleaning's second
is the month-end full check 月检), a few failures, objections and serious failures.

When the setup part is not there (no ``contract_on`` / ``template_for``), this step makes
the four vendors, their contracts and criteria sheets itself, so it works before and after
the merge. Deterministic: its own random source, seeded from a string.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from .. import clock
from . import evaluations_ops as ops
from .base import (
    CLEANING,
    DAILY,
    GARBAGE,
    GREENING,
    MONTHLY,
    PEST,
    SYSTEMATIC,
    WEEKLY,
    Contract,
    CriteriaItem,
    CriteriaTemplate,
    Evaluation,
    Vendor,
    VendorKind,
)

# (sheet name, the items: area, standard, points, serious), points adding to 100
SHEETS = {
    (CLEANING, DAILY): ("清洁服务日检查表", [
        ("大堂", "地面光亮无污渍、无垃圾", 10, False), ("楼层", "走廊地面、踢脚线干净", 10, False),
        ("卫生间", "无异味、无积水，洁具干净，用品齐全", 15, True),
        ("玻璃", "门窗玻璃明亮无手印", 10, False), ("电梯", "轿厢、按键、门槽干净", 10, False),
        ("楼梯", "扶手、台阶无灰尘", 10, False), ("垃圾桶", "及时清倒，桶身干净", 10, False),
        ("墙面", "墙面、消防设施无灰尘蛛网", 5, False), ("停车场", "地面无垃圾油污", 10, False),
        ("外围", "广场、道路无垃圾杂物", 10, False)]),
    (CLEANING, WEEKLY): ("清洁服务周检表", [
        ("公共区域", "灯具、风口、天花无积尘", 20, False), ("卫生间", "洁具除垢、地漏清洁", 20, False),
        ("玻璃", "高处玻璃、指示牌擦拭", 15, False), ("电梯", "轿厢不锈钢保养", 15, False),
        ("垃圾房", "冲洗消毒，无异味", 15, False), ("外围", "排水沟、绿化带内垃圾清理", 15, False)]),
    (CLEANING, MONTHLY): ("清洁服务质量月检表", [
        ("大堂", "石材地面养护", 15, False), ("楼层", "地毯清洗、地面打蜡", 15, False),
        ("卫生间", "整体清洁消毒", 15, True), ("玻璃", "外墙及高处玻璃", 10, False),
        ("电梯", "轿厢及机房外围", 10, False), ("垃圾", "垃圾分类与清运配合", 10, False),
        ("人员", "着装、工具、作业规范", 15, False), ("记录", "清洁记录齐全", 10, False)]),
    (GREENING, DAILY): ("绿化考评记录", [
        ("完整率", "植物完整率达标，无缺株死株", 25, True), ("浇水", "按时浇水，无干旱", 15, False),
        ("修剪", "修剪整齐，无徒长枝", 15, False), ("施肥", "按时施肥", 10, False),
        ("病虫害", "无明显病虫害", 15, False), ("除草", "绿地无杂草", 10, False),
        ("保洁", "绿地内无垃圾", 10, False)]),
    (PEST, DAILY): ("病媒生物防治考评记录", [
        ("鼠类", "公共区域无鼠迹", 25, True), ("蟑螂", "无蟑螂活动痕迹", 20, False),
        ("蚊蝇", "蚊蝇密度达标", 20, False), ("毒饵站", "毒饵站完好、按时补投", 20, False),
        ("记录", "消杀记录齐全", 15, False)]),
    (GARBAGE, DAILY): ("垃圾清运记录", [
        ("清运", "按时清运，日产日清", 30, True), ("垃圾房", "清运后垃圾房清洁", 20, False),
        ("车辆", "车辆密闭，无撒漏", 15, False), ("分类", "分类收运", 20, False),
        ("作业", "作业时间、噪音符合要求", 15, False)]),
}
# (name, kind, lead, monthly fee)
VENDORS = (("洁美清洁服务有限公司", CLEANING, "王秀兰", Decimal("86000")),
           ("绿源园林绿化工程有限公司", GREENING, "陈建华", Decimal("32000")),
           ("安康病媒生物防治有限公司", PEST, "刘志强", Decimal("9800")),
           ("城洁垃圾清运有限公司", GARBAGE, "黄国平", Decimal("15000")))
PROBLEMS = ("有积尘", "有污渍", "未及时清理", "有垃圾杂物", "不符合标准", "有异味", "记录缺漏")
OBJECTIONS = ("检查时正在作业，尚未完成", "该区域不属于合同范围", "已当场整改完毕")


def make_template(kind: VendorKind, evaluation_kind: str, name: str,
                  items: list[tuple[str, str, int, bool]]) -> CriteriaTemplate:
    """A criteria sheet made directly (before the setup part offers its own)."""
    template = CriteriaTemplate.create(name=name, kind=kind, evaluation_kind=evaluation_kind)
    CriteriaItem.insert_many([{"template": template.id, "seq": n, "area": area, "text": text,
                               "points": Decimal(points), "serious": serious}
                              for n, (area, text, points, serious) in enumerate(items, 1)]
                             ).execute()
    return template


def _set_up(start: dt.date, end: dt.date) -> None:
    for (kind_name, ev_kind), (name, items) in SHEETS.items():
        make_template(VendorKind.get(VendorKind.name == kind_name), ev_kind, name, items)
    for n, (name, kind_name, lead, fee) in enumerate(VENDORS, 1):
        kind = VendorKind.get(VendorKind.name == kind_name)
        vendor = Vendor.create(name=name, kind=kind, lead=lead, contact=lead,
                               phone=f"1380000{n:04d}")
        Contract.create(number=f"WB-{start.year}-{n:02d}", vendor=vendor, starts_on=start,
                        ends_on=end + dt.timedelta(days=365), monthly_fee=fee,
                        per_failed_check=Decimal("500"), per_late_defect=Decimal("200"),
                        per_missed_treatment=Decimal("1000"), serious_below=Decimal("60"))


def _moment(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute))


def _sheet(rng: random.Random, vendor: Vendor, kind: str, day: dt.date, officer, by_name: str,
           present: str, fail_rate: float, end: dt.date, serious: bool = False) -> None:
    """One sheet through the operations: drafted, scored, submitted, signed (or objected)."""
    at = _moment(day, rng.choice((9, 10, 14, 15)), rng.choice((0, 15, 30, 45)))
    with clock.running(lambda: at):
        contract = ops.contract_for(vendor, day)
        template = ops.template_for_sheet(vendor, kind, contract) \
            or ops.template_for_sheet(vendor, DAILY, contract)
        ev = ops.new_evaluation(officer, vendor=vendor, kind=kind, done_at=at, by_name=by_name,
                                vendor_present=present, template=template)
        items = ops.evaluation_items(ev.id)
        changes = {}
        if serious:
            item = next((i for i in items if i.serious_item), items[0])
            changes[item.id] = {"points_off": item.points, "problem": "严重不符合标准，影响业户",
                                "ticket": True}
        elif rng.random() < fail_rate:
            for item in rng.sample(items, rng.choice((1, 1, 1, 2))):
                if item.serious_item:
                    continue
                off = Decimal(rng.randint(1, max(1, int(item.points) // 2)))
                changes[item.id] = {"points_off": off, "problem": rng.choice(PROBLEMS)}
        if changes:
            ops.score_items(ev.id, changes, officer)
        ops.submit_evaluation(ev.id, officer)
    if day >= end - dt.timedelta(days=2):
        return  # the last days' sheets wait for the vendor's signature
    signed = _moment(day, 17) if rng.random() < 0.9 else _moment(day + dt.timedelta(days=1), 9)
    with clock.running(lambda: signed):
        ev = Evaluation.get_by_id(ev.id)
        objects = ev.failed and rng.random() < 0.08
        ops.confirm_evaluation(ev.id, officer, signer=vendor.lead or present, agrees=not objects,
                               signed_on=signed.date(),
                               objection=rng.choice(OBJECTIONS) if objects else "")
    return ev.id if objects else None


def _weekday(day: dt.date) -> dt.date:
    while day.weekday() >= 5:
        day -= dt.timedelta(days=1)
    return day


def _working_days(start: dt.date, end: dt.date):
    day = start
    while day <= end:
        if day.weekday() < 5:
            yield day
        day += dt.timedelta(days=1)


def add_evaluations(ctx) -> None:
    """Two years of sheets for every vendor, up to the demo's last day."""
    from . import setup as setup_part
    rng = random.Random("vendors.evaluations demo")
    start, end = ctx.start, ctx.end
    if getattr(setup_part, "contract_on", None) is None \
            or getattr(setup_part, "template_for", None) is None:
        if not Vendor.select().exists():
            _set_up(start, end)
    vendors = list(Vendor.select().where(Vendor.active).order_by(Vendor.id))
    if not vendors:
        return
    officers = [u for u in (ctx.users.get("wenyuan"), ctx.users.get("wenyuan2"),
                            ctx.users.get("dangzhi")) if u is not None]
    manager = ctx.users.get("jingli") or officers[0]
    if not officers:
        return
    objected: list[int] = []
    serious_days = {_weekday(end - dt.timedelta(days=200)), _weekday(end - dt.timedelta(days=9))}
    for day in _working_days(start, end):
        for vendor in vendors:
            officer = officers[day.toordinal() % len(officers)]
            serious = day in serious_days and vendor.kind.name == CLEANING
            objected.append(_sheet(rng, vendor, DAILY, day, officer, officer.full_name,
                                   "", 0.06, end, serious=serious))
    for vendor in vendors:
        kind_name = vendor.kind.name
        day = start
        while day <= end:
            month_end = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1) \
                - dt.timedelta(days=1)
            days = [d for d in _working_days(day, min(month_end, end))]
            if kind_name == CLEANING:
                for week in sorted({d.isocalendar()[:2] for d in days}):
                    pick = rng.choice([d for d in days if d.isocalendar()[:2] == week])
                    objected.append(_sheet(rng, vendor, WEEKLY, pick, officers[0],
                                           officers[0].full_name, vendor.lead, 0.15, end))
            mid = [d for d in days if 10 <= d.day <= 18]
            if mid:
                objected.append(_sheet(rng, vendor, SYSTEMATIC, rng.choice(mid), manager,
                                       manager.full_name, vendor.lead, 0.2, end))
            if days and month_end <= end:  # the month's last working day
                last = days[-1]
                if kind_name == CLEANING:
                    objected.append(_sheet(
                        rng, vendor, MONTHLY, last, manager,
                        f"{manager.full_name}、技术部、客服助理", vendor.lead, 0.3, end))
                else:
                    objected.append(_sheet(rng, vendor, SYSTEMATIC, last, manager,
                                           manager.full_name, vendor.lead, 0.2, end))
            day = month_end + dt.timedelta(days=1)
    _rule(rng, [i for i in objected if i], manager, end)


def _rule(rng: random.Random, objected: list[int], manager, end: dt.date) -> None:
    """The manager rules on every objection but the last one; some are amended."""
    for n, ev_id in enumerate(objected[:-1]):
        ev = Evaluation.get_by_id(ev_id)
        when = _moment(min(ev.signed_on + dt.timedelta(days=1), end), 11)
        with clock.running(lambda when=when: when):
            if n % 2:
                item = next(i for i in ops.evaluation_items(ev.id) if not i.passed)
                ops.rule_on_objection(ev.id, manager, ruling="经复核，情况属实，改为合格",
                                      amend={item.id: {"passed": True}})
            else:
                ops.rule_on_objection(ev.id, manager, ruling="经现场复核，维持原考评")

