"""Two years of the demo office's storeroom (仓库): items, receipts, issue slips, stocktakes.

Unlike the repair orders, the storeroom is made with its own operations
(``models.warehouse``) under a simulated clock (``models.clock.running``), so the
demo obeys every rule the clerks meet and ``main.py check`` proves it. Events
(a delivery drafted, confirmed; a slip drafted, signed; a count started,
entered, approved) wait in a queue by time and run in order; each day adds its
own, and an event may queue later ones. Stock is read before it is issued:
nothing is asked for that the shelf does not hold.
"""

from __future__ import annotations

import datetime as dt
import functools
import heapq
import itertools
import math
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from .. import (
    clock,
    repairs,  # its demo's jobs; its demo step runs first (models.areas): slips name its orders
)
from ..db import database
from ..demo import DemoContext
from ..repairs import CANCELLED as REPAIR_CANCELLED
from . import base, docs, items, ledger, report
from . import stocktake as counting
from .demo_data import (  # noqa: F401 - the tables
    BATCH_FACTOR,
    CATALOGUE,
    DEPARTMENTS,
    EXTRA_PART,
    FINAL_DAYS,
    FRACTIONAL,
    HOLIDAYS,
    LINES_A_SLIP,
    LOCAL_SUPPLIERS,
    PURPOSES,
    RECEIVERS,
    REPAIR_PARTS,
    SLIPS_A_DAY,
    SUPPLIERS,
    VARIANCES,
)

MINUTE = dt.timedelta(minutes=1)
DAY = dt.timedelta(days=1)


@dataclass
class _Order:
    """The few fields of a repair order that its issue slip needs."""

    id: int
    engineer: str
    materials: str
    location: str
    content: str
    accepted_at: dt.datetime


@dataclass
class Entry:
    """One item of the catalogue, and how the storeroom uses it."""

    code: str
    name: str
    spec: str
    unit: str
    category: str
    location: str
    price: Decimal
    use: float  # per month
    batch: float  # the usual quantity on one issue line
    users: str
    flags: str
    new_month: int | None
    safety: Decimal
    id: int = 0
    rate: float = 0.0  # what the general slips take a month (see _fit_uses)
    retired: bool = False  # a phased-out item whose shelf ran empty: out of use

    @property
    def fractional(self) -> bool:
        return self.unit in FRACTIONAL

    def rounded(self, q: float) -> Decimal:
        """A quantity as the shelf gives it: whole units, or half metres / kilograms."""
        if self.fractional:
            return base.qty(max(0.5, round(q * 2) / 2))
        return base.qty(max(1, round(q)))

    def pack(self, q: float) -> Decimal:
        """What is bought: whole units, metres by ten, kilograms by five."""
        step = 10 if self.unit == "米" else 5 if self.unit == "公斤" else 1
        return base.qty(max(step, math.ceil(q / step) * step))


def catalogue() -> list[Entry]:
    """CATALOGUE read into entries, coded by category (WJ001 …) and shelved eight a shelf."""
    entries: list[Entry] = []
    category = prefix = shelf = users = ""
    count = 0
    for raw in CATALOGUE.strip().splitlines():
        if raw.startswith("["):
            category, prefix, shelf, users = raw.strip("[]").split()
            count = 0
            continue
        name, specs, unit, prices, uses, batch, *rest = raw.split("|")
        flags = rest[0] if rest else ""
        specs_l = specs.split(",")
        prices_l = prices.split(",") * (len(specs_l) if "," not in prices else 1)
        uses_l = uses.split(",") * (len(specs_l) if "," not in uses else 1)
        new = re.search(r"N(\d+)", flags)
        who = "".join(c for c in flags if c in DEPARTMENTS) or users
        for spec, price, use in zip(specs_l, prices_l, uses_l, strict=True):
            count += 1
            use_f = float(use)
            safety = 0 if "旧" in flags else max(1, math.ceil(use_f * 0.3))
            if unit in FRACTIONAL:
                safety = math.ceil(safety / 5) * 5
            entries.append(Entry(
                f"{prefix}{count:03d}", name, spec, unit, category,
                f"{shelf}-{(count - 1) // 8 + 1:02d}", Decimal(price), use_f, float(batch), who,
                flags, int(new.group(1)) if new else None, base.qty(safety)))
    return entries


def _fit_uses(entries: list[Entry]) -> None:
    """Each item's monthly rate: the catalogue's uses give the proportions (and the stock
    the storeroom keeps), the slips a day (SLIPS_A_DAY) the volume."""
    lines = {letter: sum(e.use / e.batch / len(e.users) for e in entries if letter in e.users)
             for letter in DEPARTMENTS}
    mean = sum(n * w for n, w in zip(*LINES_A_SLIP, strict=True)) / sum(LINES_A_SLIP[1])
    factor = {letter: SLIPS_A_DAY[letter] * 21.7 * mean / lines[letter] * BATCH_FACTOR[letter]
              for letter in lines}
    for e in entries:
        e.rate = sum(e.use / len(e.users) * factor[letter] for letter in e.users)


def _working(day: dt.date) -> bool:
    """The storeroom opens Monday to Friday, except on New Year's, May Day and National Day."""
    return day.weekday() < 5 and (day.month, day.day) not in HOLIDAYS


def _next_working(day: dt.date) -> dt.date:
    day += DAY
    while not _working(day):
        day += DAY
    return day


def _last_working(month_start: dt.date) -> dt.date:
    day = base.parse_month(base.month_of(month_start))[1] - DAY
    while not _working(day):
        day -= DAY
    return day


def add_warehouse(ctx: DemoContext, now: dt.datetime | None = None) -> None:
    """Two years of the storeroom, from ctx.start to now, with the manager's drafts waiting."""
    end_at = now or (clock.now() if ctx.end == clock.today()
                     else dt.datetime.combine(ctx.end, dt.time(17, 30)))
    store = _Store(ctx, end_at)
    with clock.running(store.clock):
        store.run()


class _Store:
    """The storeroom's simulation: the queue of events, the clock, what drafts hold."""

    def __init__(self, ctx: DemoContext, end_at: dt.datetime) -> None:
        self.ctx, self.rng, self.end_at = ctx, ctx.rng, end_at
        self.keeper, self.manager = ctx.users["cangguan"], ctx.users["jingli"]
        self.duty = ctx.users["dangzhi"]
        self.entries = catalogue()
        _fit_uses(self.entries)
        self.by_name = {(e.name, e.spec): e for e in self.entries}
        self.by_id: dict[int, Entry] = {}
        self.now = dt.datetime.combine(ctx.start, dt.time(8, 0))
        self.queue: list[tuple[dt.datetime, int, Callable, tuple]] = []
        self.seq = itertools.count()
        self.reserved: dict[int, Decimal] = defaultdict(Decimal)  # drafts and counted losses
        self.incoming: dict[int, Decimal] = defaultdict(Decimal)  # drafted, not yet in
        self.slips = 0
        self.orders: dict[dt.date, list[_Order]] | None = None  # the repair orders by day
        self.deliveries = 0
        start_month = ctx.start.replace(day=1)
        # A few of each mishap, spread over the two years.
        self.cancel_draft_slips = set(self.rng.sample(range(40, 900), 6))
        self.cancel_signed_slips = set(self.rng.sample(range(40, 900), 3))
        self.cancel_draft_receipts = set(self.rng.sample(range(10, 150), 3))
        self.cancel_confirmed_receipts = set(self.rng.sample(range(10, 150), 2))
        self.requests = 0
        self.cancel_requests = set(self.rng.sample(range(2, 8), 2))
        # Stocktake scopes: quarterly in Mar/Jun/Sep/Dec, else mostly all items.
        months, day = [], start_month
        while day <= ctx.end:
            months.append(base.month_of(day))
            day = base.parse_month(base.month_of(day))[1]
        plain = [m for m in months[1:-1] if int(m[5:]) % 3]
        picked = self.rng.sample(plain, min(len(plain), 6))
        self.scopes = {m: "category" for m in picked[:4]} | {m: "location" for m in picked[4:]}
        self.stocktake_days = {m: _last_working(base.parse_month(m)[0]) for m in months[:-1]}
        self.start_month = start_month

    # --- the clock and the queue ------------------------------------------------------

    def clock(self) -> dt.datetime:
        return self.now

    def _set_clock(self, when: dt.datetime) -> None:
        self.now = when

    def at(self, when: dt.datetime, fn: Callable, *args) -> None:
        heapq.heappush(self.queue, (when.replace(microsecond=0), next(self.seq), fn, args))

    def run(self) -> None:
        day = self.ctx.start
        self.at(dt.datetime.combine(day, dt.time(8, 40)), self.open_books)
        while day <= self.end_at.date():
            self.plan_day(day)
            limit = min(dt.datetime.combine(day + DAY, dt.time()), self.end_at)
            while self.queue and self.queue[0][0] < limit:
                when, _n, fn, args = heapq.heappop(self.queue)
                self._set_clock(max(when, self.now))
                fn(*args)
            day += DAY
        self.queue.clear()
        self.finish()

    def time_on(self, day: dt.date, start: float, end: float) -> dt.datetime:
        """A moment between two hours of the day (9.5 = 9:30)."""
        minutes = self.rng.uniform(start * 60, end * 60)
        return dt.datetime.combine(day, dt.time()) + dt.timedelta(minutes=int(minutes),
                                                                  seconds=self.rng.randrange(60))

    # --- reading the shelf --------------------------------------------------------------

    def on_hand(self, ids: list[int]) -> dict[int, Decimal]:
        """What each item's shelf can still give: its stock less what drafts hold."""
        rows = database.execute_sql(
            f"SELECT id, qty FROM item WHERE id IN ({', '.join('?' * len(ids))})", ids)
        return {i: base.qty(q) - self.reserved[i] for i, q in rows}

    def live(self, entry: Entry) -> bool:
        return entry.id != 0 and self.by_id.get(entry.id) is entry and not entry.retired

    def season(self, entry: Entry) -> float:
        month = self.now.month
        if "夏" in entry.flags:
            return 3.0 if 5 <= month <= 9 else 0.15
        if "冬" in entry.flags:
            return 3.0 if month in (11, 12, 1, 2) else 0.15
        return 1.0

    # --- the days ---------------------------------------------------------------------

    def open_books(self) -> None:
        """The storekeeper imports the item list with the shelves' opening stock."""
        rows = []
        for n, e in enumerate(self.entries, start=2):
            if e.new_month is not None:
                continue
            opening = base.qty(0)
            if "旧" in e.flags:
                opening = e.rounded(max(2.0, e.rate * self.rng.uniform(8, 12)))
            elif self.rng.random() < 0.93:
                opening = e.rounded(float(e.safety) + e.use * self.rng.uniform(0.2, 0.6))
            rows.append((n, {"code": e.code, "name": e.name, "spec": e.spec, "unit": e.unit,
                             "category": e.category, "location": e.location,
                             "safety_stock": e.safety, "opening_qty": opening,
                             "opening_price": e.price}))
        for item in items.import_items(rows, by=self.keeper):
            entry = next(e for e in self.entries if e.code == item.code)
            entry.id = item.id
            self.by_id[item.id] = entry

    def plan_day(self, day: dt.date) -> None:
        rng = self.rng
        if day.day == 1 and day.month in (1, 7):  # price rises twice a year
            for e in self.entries:
                if rng.random() < 0.3:
                    e.price = base.price(e.price * Decimal(str(rng.uniform(1.02, 1.08))))
        months_in = (day.year - self.start_month.year) * 12 + day.month - self.start_month.month
        if not _working(day):
            return
        for e in self.entries:
            if e.new_month is not None and e.new_month == months_in and not e.id:
                self.at(self.time_on(day, 9, 10), self.new_item, e)
        final_days = self.end_at.date() - day < dt.timedelta(days=FINAL_DAYS)
        for supplier, categories, weekday, prefix in SUPPLIERS:
            if day.weekday() == weekday and not final_days:
                self.at(self.time_on(day, 9.5, 11), self.delivery, supplier, categories, prefix)
        if day.weekday() == 3 and not final_days and months_in and rng.random() < 0.2:
            self.at(self.time_on(day, 10, 11.5), self.request_purchase)
        month = base.month_of(day)
        counting = self.stocktake_days.get(month) == day
        last = 15.3 if counting else 17
        for letter, dep in DEPARTMENTS.items():
            rate = SLIPS_A_DAY[letter]
            n = int(rate) + (rng.random() < rate - int(rate))
            for _ in range(n):
                self.at(self.time_on(day, 8.5, last), self.issue, letter, dep)
        self.plan_repairs(day, last)
        if counting:
            self.at(self.time_on(day, 15.5, 15.8), self.start_count, month)

    def plan_repairs(self, day: dt.date, last: float) -> None:
        """工程部 takes the parts for some of the orders it starts that day."""
        if self.orders is None:
            self.orders = defaultdict(list)
            for row in database.execute_sql(
                    "SELECT id, engineer, materials, location, content, accepted_at "
                    "FROM repair_order WHERE accepted_at IS NOT NULL AND status != ? "
                    "AND materials != '' ORDER BY accepted_at", (REPAIR_CANCELLED,)):
                order = _Order(*row[:5], dt.datetime.fromisoformat(row[5]))
                self.orders[order.accepted_at.date()].append(order)
        start = dt.datetime.combine(day, dt.time(8))
        end = start + dt.timedelta(hours=last - 8)
        taken = 0
        for order in self.orders.get(day, []):
            if not start <= order.accepted_at < end:
                continue
            chance = 0.025 if "冷媒" in order.materials else 0.08
            if taken < 3 and self.rng.random() < chance:
                taken += 1
                self.at(order.accepted_at + self.rng.randrange(5, 30) * MINUTE,
                        self.repair_issue, order)

    # --- issue slips --------------------------------------------------------------------

    def issue(self, letter: str, dep: str) -> None:
        rng = self.rng
        pool = [e for e in self.entries if letter in e.users and self.live(e)]
        weights = [e.use / e.batch * self.season(e) for e in pool]
        wanted: list[Entry] = []
        for _ in range(rng.choices(*LINES_A_SLIP)[0]):
            pick = rng.choices(pool, weights)[0]
            if pick not in wanted:
                wanted.append(pick)
        lines = self.available([(e, e.batch * BATCH_FACTOR[letter] * rng.uniform(0.6, 1.4))
                                for e in wanted])
        if lines:
            self.draft_slip({"department": dep, "receiver": rng.choice(RECEIVERS[dep]),
                             "purpose": rng.choice(PURPOSES[dep])}, lines)

    def repair_issue(self, order) -> None:
        wanted = []
        for part in order.materials.replace(",", "，").split("，"):
            found = REPAIR_PARTS.get(part.strip())
            if found and (found[0], found[1]) in self.by_name:
                wanted.append((self.by_name[found[0], found[1]], found[2]))
        category = _repair_kinds().get(order.content, "")
        if category in EXTRA_PART and wanted and self.rng.random() < 0.3:
            wanted.append((self.by_name[EXTRA_PART[category]], 1))
        lines = self.available(wanted)
        if lines:
            self.draft_slip({"department": "工程部", "receiver": order.engineer or "刘海波",
                             "purpose": f"维修：{order.location} {order.content}"[:100],
                             "repair_order": order.id}, lines)

    def available(self, wanted: list[tuple[Entry, float]]) -> list[tuple[Entry, Decimal]]:
        """The lines the shelf can fill: the quantity asked, or what is left of it."""
        wanted = [(e, q) for e, q in wanted if self.live(e)]
        if not wanted:
            return []
        stock = self.on_hand([e.id for e, _q in wanted])
        lines = []
        for e, q in wanted:
            q = e.rounded(q)
            have = stock.get(e.id, base.qty(0))
            if q > have:
                q = have if e.fractional else base.qty(math.floor(have))
            if q > 0:
                lines.append((e, q))
        return lines

    def draft_slip(self, values: dict, lines: list[tuple[Entry, Decimal]]) -> None:
        self.slips += 1
        slip = docs.save_issue_slip(
            {"date": self.now.date(), **values},
            [{"item": e.id, "qty": q} for e, q in lines], by=self.keeper)
        for e, q in lines:
            self.reserved[e.id] += q
        later = self.now + self.rng.randrange(2, 12) * MINUTE
        if self.slips in self.cancel_draft_slips:
            reason = self.rng.choice(["领料人未来领取", "重复开单", "领用数量有误，重新开单"])
            self.at(later, self.cancel_draft_slip, slip.id, lines, reason)
        else:
            self.at(later, self.sign_slip, slip.id, lines, self.slips in self.cancel_signed_slips)

    def sign_slip(self, slip_id: int, lines: list[tuple[Entry, Decimal]], undo: bool) -> None:
        slip = docs.sign_issue_slip(slip_id, by=self.duty)
        for e, q in lines:
            self.reserved[e.id] -= q
        if undo:
            back = dt.datetime.combine(_next_working(slip.date), dt.time(9, 20))
            self.at(back + self.rng.randrange(0, 90) * MINUTE, self.return_slip, slip_id)
        for e, _q in lines:
            if "旧" in e.flags and base.get_item(e.id).qty == 0:
                items.update_item(e.id, {"active": False}, by=self.keeper)
                e.retired = True

    def cancel_draft_slip(self, slip_id: int, lines, reason: str) -> None:
        docs.cancel_issue_slip(slip_id, reason, by=self.keeper)
        for e, q in lines:
            self.reserved[e.id] -= q

    def return_slip(self, slip_id: int) -> None:
        """The manager cancels a signed slip: the goods came back unused."""
        slip = base.get_issue_slip(slip_id)
        if ledger.is_reversible(base.DOC_ISSUE, slip.id, slip.date):
            docs.cancel_issue_slip(
                slip_id, self.rng.choice(["物品未使用，退回仓库", "领错型号，原物退回"]),
                by=self.manager)

    # --- receipts ---------------------------------------------------------------------

    def needs(self, categories: tuple[str, ...]) -> list[tuple[Entry, Decimal]]:
        """What is at or under its safety stock, and how much brings it well above."""
        pool = [e for e in self.entries if e.category in categories and self.live(e)
                and "旧" not in e.flags]
        stock = self.on_hand([e.id for e in pool])
        out = []
        for e in pool:
            have = stock[e.id] + self.incoming[e.id]
            if have <= e.safety:
                out.append((e, e.pack(2 * float(e.safety) + e.rate * 1.5 - float(have))))
        return out

    def delivery(self, supplier: str, categories: tuple[str, ...], prefix: str) -> None:
        """The contracted supplier delivers what the company ordered; a line may be missing."""
        lines = [(e, q) for e, q in self.needs(categories) if self.rng.random() > 0.06]
        if len(lines) < 3 and not any(self.on_hand([e.id])[e.id] <= 0 for e, _q in lines):
            return
        self.deliveries += 1
        undo = self.deliveries in self.cancel_confirmed_receipts
        note = f"{prefix}{self.now:%y%m%d}{self.rng.randrange(1, 99):02d}"
        values = {"supplier": supplier, "delivery_note": note, "source": base.CENTRAL}
        if self.deliveries in self.cancel_draft_receipts:
            wrong = self.draft_receipt(values, lines[:-1] or lines)
            docs.cancel_receipt(wrong.id, "送货单与实物不符，作废重录", by=self.keeper)
            for e, q in lines[:-1] or lines:
                self.incoming[e.id] -= q
            self.at(self.now + self.rng.randrange(10, 40) * MINUTE, self.redraft, values, lines)
            return
        self.redraft(values, lines, undo=undo)

    def redraft(self, values: dict, lines: list[tuple[Entry, Decimal]],
                markup: float = 1.0, undo: bool = False) -> None:
        receipt = self.draft_receipt(values, lines, markup)
        wait = self.now + self.rng.randrange(60, 300) * MINUTE
        cap = dt.time(15, 20) if self.stocktake_days.get(base.month_of(self.now)) == \
            self.now.date() else dt.time(17, 20)
        wait = min(wait, dt.datetime.combine(self.now.date(), cap))
        self.at(max(wait, self.now + MINUTE), self.confirm, receipt.id, lines, undo)

    def draft_receipt(self, values: dict, lines, markup: float = 1.0):
        rng = self.rng
        receipt = docs.save_receipt(
            {"date": self.now.date(), **values},
            [{"item": e.id, "qty": q,
              "unit_price": base.price(e.price * Decimal(str(markup * rng.uniform(0.97, 1.03))))
              .quantize(base.MONEY_PLACES)} for e, q in lines], by=self.keeper)
        for e, q in lines:
            self.incoming[e.id] += q
        return receipt

    def confirm(self, receipt_id: int, lines, undo: bool) -> None:
        docs.confirm_receipt(receipt_id, by=self.manager)
        for e, q in lines:
            self.incoming[e.id] -= q
        if undo:
            self.at(self.now + self.rng.randrange(30, 90) * MINUTE, self.undo_receipt,
                    receipt_id, lines)

    def undo_receipt(self, receipt_id: int, lines) -> None:
        """The manager cancels a confirmed receipt (a wrong price) and it is entered again."""
        if not ledger.is_reversible(base.DOC_RECEIPT, receipt_id, self.now.date()):
            return
        try:
            receipt = docs.cancel_receipt(receipt_id, "单价录入错误，作废重开", by=self.manager)
        except ledger.NotEnoughStock:  # already issued from: leave it standing
            return
        self.redraft({"supplier": receipt.supplier, "delivery_note": receipt.delivery_note,
                      "source": base.CENTRAL, "note": f"更正 {receipt.number} 的单价"}, lines)

    # --- own purchases (自行采购 on a purchase request) --------------------------------

    def request_purchase(self) -> None:
        pool = [(e, q) for c in ("五金", "电料", "水暖", "其他", "清洁用品", "劳保", "办公用品")
                for e, q in self.needs((c,))]
        stock = self.on_hand([e.id for e, _q in pool])
        urgent = sorted((e for e, _q in pool if stock[e.id] < e.safety),
                        key=lambda e: stock[e.id] / e.safety)
        if not urgent:
            return
        lines = [(e, q) for e, q in pool if e in urgent[:self.rng.randint(1, 4)]]
        engineering = any(e.category in ("五金", "电料", "水暖", "其他") for e, _q in lines)
        request = docs.save_request(
            {"date": self.now.date(), "department": "工程部" if engineering else "客服部",
             "requested_by": self.rng.choice(RECEIVERS["工程部"]) if engineering else "赵桂英",
             "reason": self.rng.choice(["库存不足，维修急用", "集中采购未到货，急需补充",
                                        "用量增加，库存低于安全库存"])},
            [{"item": e.id, "qty": q, "unit_price": base.price(e.price * Decimal("1.1")),
              "note": f"库存 {base.fmt_qty(stock[e.id])}"} for e, q in lines], by=self.keeper)
        for e, q in lines:
            self.incoming[e.id] += q
        self.requests += 1
        refuse = self.requests in self.cancel_requests
        decide = self.time_on(self.now.date(), 15, 17)
        if self.rng.random() < 0.5:
            decide = self.time_on(_next_working(self.now.date()), 9, 10.5)
        self.at(max(decide, self.now + MINUTE), self.decide_request, request.id, lines, refuse)

    def decide_request(self, request_id: int, lines, refuse: bool) -> None:
        if refuse:
            docs.cancel_request(request_id, "公司集中采购已安排，不再自行采购", by=self.manager)
            for e, q in lines:
                self.incoming[e.id] -= q
            return
        request = docs.approve_request(request_id, by=self.manager)
        bought = _next_working(self.now.date())
        if self.rng.random() < 0.5:
            bought = _next_working(bought)
        self.at(self.time_on(bought, 13.5, 15), self.bring_in, request.number, lines)

    def bring_in(self, number: str, lines) -> None:
        for e, q in lines:
            self.incoming[e.id] -= q
        self.redraft({"source": base.SELF, "purchase_request": number,
                      "supplier": LOCAL_SUPPLIERS[lines[0][0].category],
                      "delivery_note": f"XS{self.now:%m%d}{self.rng.randrange(100, 999)}",
                      "note": "急用，自行采购"}, lines, markup=1.12)

    def new_item(self, e: Entry) -> None:
        item = items.create_item({"code": e.code, "name": e.name, "spec": e.spec,
                                    "unit": e.unit, "category": e.category,
                                    "location": e.location, "safety_stock": e.safety},
                                   by=self.keeper)
        e.id = item.id
        self.by_id[item.id] = e

    # --- the monthly count --------------------------------------------------------------

    def start_count(self, month: str) -> None:
        rng = self.rng
        quarterly = int(month[5:]) % 3 == 0
        scope: dict = {}
        if self.scopes.get(month) == "category":
            scope["category"] = rng.choice(["清洁用品", "电料", "五金", "办公用品"])
        elif self.scopes.get(month) == "location":
            shelves = sorted({e.location for e in self.entries if self.live(e)})
            scope["location"] = rng.choice(shelves)
        names = {"counted_by": "赵桂英", "recounted_by": rng.choice(["刘海波", "李晓燕"]),
                 "supervised_by": "张建国"}
        if quarterly:
            names = {"counted_by": "赵桂英、李晓燕", "recounted_by": "刘海波、王建军",
                     "supervised_by": "周志华"}
        stocktake = counting.start_stocktake(month, by=self.keeper, quarterly=quarterly,
                                            **scope, **names)
        self.at(self.now + rng.randrange(30, 60) * MINUTE, self.count, stocktake.id, quarterly)

    def count(self, stocktake_id: int, quarterly: bool) -> None:
        """Count every line; a few differ from the books, are recounted and explained."""
        rng = self.rng
        Line = base.StocktakeLine
        lines = list(Line.select(Line.id, Line.item).where(Line.stocktake == stocktake_id)
                     .tuples())
        shelf = base.Item.select(base.Item.id, base.Item.qty).where(
            base.Item.id.in_([i for _l, i in lines])).tuples()
        expected = dict(shelf)
        counts = {line_id: {"counted_qty": expected[item_id]} for line_id, item_id in lines}
        recounts: dict[int, dict] = {}
        n = rng.choices((0, 1, 2, 3, 4), (20, 35, 25, 12, 8))[0] + quarterly
        for line_id, item_id in rng.sample(lines, min(n, len(lines))):
            e, book = self.by_id[item_id], expected[item_id]
            if rng.random() < 0.3 and book >= 2:  # a miscount the recount puts right
                counts[line_id] = {"counted_qty": book - 1}
                recounts[line_id] = {"recount_qty": book}
                continue
            if e.fractional:
                diff = base.qty(rng.choice((-1, 1)) * rng.choice((0.5, 1, 1.5, 2)))
                reason = "计量误差"
            else:
                reason, sign = rng.choice(VARIANCES)
                diff = base.qty(sign * rng.randint(1, 2))
            if book + diff < 0 or (diff < 0 and book - self.reserved[item_id] + diff < 0):
                continue
            counts[line_id] = {"counted_qty": book + diff}
            recounts[line_id] = {"recount_qty": book + diff, "reason": reason}
            if diff < 0:
                self.reserved[item_id] -= diff  # the shelf holds less than the books say
        counting.enter_counts(stocktake_id, counts, by=self.keeper)
        recount_at = self.now + rng.randrange(15, 40) * MINUTE
        self.at(recount_at, self.recount, stocktake_id, recounts)

    def recount(self, stocktake_id: int, recounts: dict[int, dict]) -> None:
        if recounts:
            counting.enter_counts(stocktake_id, recounts, by=self.keeper)
        approve = self.now + self.rng.randrange(20, 50) * MINUTE
        next_morning = self.time_on(_next_working(self.now.date()), 9, 9.5)
        if self.rng.random() < 0.4 and next_morning < self.end_at:
            approve = next_morning
        self.at(approve, self.approve, stocktake_id)

    def approve(self, stocktake_id: int) -> None:
        stocktake = counting.approve_stocktake(stocktake_id, by=self.manager)
        for line in stocktake.lines:
            if line.loss_qty:
                self.reserved[line.item_id] -= line.loss_qty

    # --- the end: a few things waiting for the user -------------------------------------

    def final_moment(self, minutes: int) -> dt.datetime:
        """A little before the end, on the end's own day (its month is open)."""
        floor = dt.datetime.combine(self.end_at.date(), dt.time(0, 0, 1))
        return max(self.now, floor, self.end_at - minutes * MINUTE)

    def finish(self) -> None:
        """A receipt to confirm, an issue slip to sign, a purchase request to approve."""
        self._set_clock(self.final_moment(50))
        best = max(SUPPLIERS, key=lambda s: len(self.needs(s[1])))
        lines = self.needs(best[1]) or [
            (e, e.pack(float(e.safety))) for e in self.entries if e.category in best[1] and self.live(e)][:3]
        self.draft_receipt({"supplier": best[0], "source": base.CENTRAL,
                            "delivery_note": f"{best[3]}{self.now:%y%m%d}01"}, lines)
        self._set_clock(self.final_moment(20))
        pool = [e for e in self.entries if "洁" in e.users and self.live(e)]
        lines = self.available([(e, e.batch) for e in sorted(pool, key=lambda e: -e.use)[:3]])
        if lines:
            docs.save_issue_slip({"date": self.now.date(), "department": "清洁部",
                                     "receiver": "黄秀兰", "purpose": "日常保洁耗材"},
                                    [{"item": e.id, "qty": q} for e, q in lines], by=self.keeper)
        self._set_clock(self.final_moment(5))
        low = report.low_stock()
        if low:
            docs.draft_request_from_low_stock(self.keeper, department="工程部")


@functools.cache
def _repair_kinds() -> dict[str, str]:
    """The repair category (水, 电 ...) of each job the repairs demo makes."""
    kinds = {job[0]: cat for cat, jobs in repairs.DEMO_JOBS.items() for job in jobs}
    kinds.update({content: cat for cat, content, *_rest in repairs.DEMO_URGENT_JOBS})
    return kinds
