"""One desk of several writing to the same file: ``python -m tests.reliability.desk``.

    python -m tests.reliability.desk PATH DESK TAG SECONDS ACKS SEED [deferred]

opens the FrontDesk file PATH as the staff of desk DESK (made by
``tests.reliability.trials.prepare``) and, for SECONDS, does what a busy office
does, through the real operations: users and their roles, office settings,
departments and item categories, items, repair orders registered and
dispatched, receipts drafted and confirmed, issue slips drafted and signed,
the open stocktake's note. After each operation has returned (its
transaction committed) it appends one JSON line to ACKS, flushed at once, so
that a parent which kills this process knows every commit it was told about.
TAG makes this run's names unique (logins, item codes) across runs on the
same file. ``deferred`` (bench/desks_bench.py's comparison) begins the
transactions that do not ask for IMMEDIATE themselves with a plain BEGIN, as
before FrontDeskDatabase: what a desk saw then.

Lines: ``{"kind": "ready"}`` once the file is open; an acknowledgement
``{"kind": ..., "action": <the audit action>, "by": <login>, "seq": n, ...}``
per committed operation; ``{"kind": "refused", ...}`` when the office's rules
refused (only "not enough stock" is expected: desks issue the same items);
``{"kind": "error", ...}`` for anything else, which is an error reaching a
clerk.
"""

from __future__ import annotations

import json
import random
import sys
import time
from collections.abc import Callable
from typing import IO, Any

PASSWORD = "secret-123"
SHARED_ITEMS = ("GX001", "GX002", "GX003", "GX004")  # every desk receives and issues these
STOCKTAKE_CATEGORY = "劳保"  # the open stocktake counts the one item of this category
ROLE_SETS = (("clerk",), ("clerk", "engineering"))


def staff_logins(desk: int) -> dict[str, str]:
    """The logins of a desk's own staff: the audit log tells the desks apart by them."""
    return {"admin": f"admin{desk}", "keeper": f"keeper{desk}", "manager": f"boss{desk}",
            "duty": f"duty{desk}", "clerk": f"clerk{desk}"}


class Desk:
    """A desk's staff, what it made in this run, and its mix of operations."""

    def __init__(self, desk: int, tag: str, rng: random.Random, out: IO[str]) -> None:
        from models import people, warehouse

        self.tag, self.rng, self.out = tag, rng, out
        self.staff = {role: people.User.get(people.User.login == login)
                      for role, login in staff_logins(desk).items()}
        self.shared = [warehouse.Item.get(warehouse.Item.code == c).id for c in SHARED_ITEMS]
        open_count = warehouse.open_stocktake()
        self.stocktake = open_count.id if open_count is not None else None
        self.seq = 0
        self.users: list[int] = []
        self.items: list[int] = []
        self.orders: list[int] = []
        self.ops: list[tuple[int, Callable[[], None]]] = [
            (1, self.new_user), (3, self.roles), (3, self.setting), (1, self.department),
            (1, self.category), (3, self.new_item), (3, self.rename_item), (4, self.repair),
            (3, self.dispatch), (3, self.receipt), (5, self.issue), (2, self.stocktake_note),
        ]

    # --- writing the side file ----------------------------------------------------

    def emit(self, kind: str, **fields: Any) -> None:
        self.out.write(json.dumps({"kind": kind, **fields}, ensure_ascii=False) + "\n")
        self.out.flush()

    def ack(self, kind: str, action: str, by: str, **fields: Any) -> None:
        self.emit(kind, action=action, by=self.staff[by].login, seq=self.seq, **fields)

    # --- the operations -----------------------------------------------------------

    def new_user(self) -> None:
        from models import people

        login = f"{self.tag}u{self.seq}"
        user = people.create_user(login, f"测试{self.seq}", PASSWORD, {people.CLERK},
                                  by=self.staff["admin"])
        self.users.append(user.id)
        self.ack("user", "user.create", "admin", login=login, id=user.id)

    def roles(self) -> None:
        from models import people

        if not self.users:
            return self.new_user()
        user_id = self.rng.choice(self.users)
        roles = self.rng.choice(ROLE_SETS)
        people.set_roles(user_id, roles, by=self.staff["admin"])
        self.ack("roles", "user.roles", "admin", id=user_id, roles=sorted(roles))

    def setting(self) -> None:
        from models import settings

        key = f"desk.{self.tag}"
        settings.put(key, str(self.seq), by=self.staff["admin"])
        self.ack("setting", "setting.change", "admin", key=key)

    def department(self) -> None:
        from models import people

        name = f"{self.tag}部{self.seq}"
        people.save_department(self.staff["admin"], name)
        self.ack("department", "department.create", "admin", name=name)

    def category(self) -> None:
        from models import warehouse

        name = f"{self.tag}类{self.seq}"
        warehouse.save_category(self.staff["keeper"], name)
        self.ack("category", "item_category.create", "keeper", name=name)

    def new_item(self) -> None:
        from models import warehouse

        code = f"{self.tag}-{self.seq}"
        item = warehouse.create_item({"code": code, "name": f"物料{self.seq}", "unit": "个",
                                      "category": "五金"}, by=self.staff["keeper"])
        self.items.append(item.id)
        self.ack("item", "item.create", "keeper", code=code, id=item.id)

    def rename_item(self) -> None:
        from models import warehouse

        if not self.items:
            return self.new_item()
        item_id = self.rng.choice(self.items)
        warehouse.update_item(item_id, {"name": f"物料 {self.seq}"}, by=self.staff["keeper"])
        self.ack("item_name", "item.update", "keeper", id=item_id)

    def repair(self) -> None:
        from models import repairs

        category = repairs.RepairCategory.get(repairs.RepairCategory.name == "水")
        order = repairs.register({"source": repairs.PHONE, "department_name": "财务部",
                                  "location": f"{1200 + self.seq % 99}室", "reporter": "王芳",
                                  "phone": "8012", "category": category,
                                  "content": "卫生间水龙头漏水"}, by=self.staff["clerk"])
        self.orders.append(order.id)
        self.ack("repair", "repair.register", "clerk", number=order.number, id=order.id)

    def dispatch(self) -> None:
        from models import repairs

        if not self.orders:
            return self.repair()
        order_id = self.orders.pop(self.rng.randrange(len(self.orders)))
        repairs.dispatch(order_id, "刘海波", by=self.staff["clerk"])
        self.ack("dispatch", "repair.dispatch", "clerk", id=order_id)

    def receipt(self) -> None:
        from models import warehouse

        item_id = self.rng.choice(self.shared)
        receipt = warehouse.save_receipt(
            {"supplier": "华强五金", "delivery_note": f"SH-{self.tag}-{self.seq}"},
            [{"item": item_id, "qty": self.rng.randint(5, 20), "unit_price": "2.50"}],
            by=self.staff["keeper"])
        self.ack("receipt", "receipt.create", "keeper", number=receipt.number, id=receipt.id)
        self.seq += 1
        warehouse.confirm_receipt(receipt.id, by=self.staff["manager"])
        self.ack("confirmed", "receipt.confirm", "manager", number=receipt.number, id=receipt.id)

    def issue(self) -> None:
        from models import warehouse

        item_id = self.rng.choice(self.shared)
        slip = warehouse.save_issue_slip(
            {"department": "工程部", "receiver": "刘海波", "purpose": "维修"},
            [{"item": item_id, "qty": self.rng.randint(1, 12)}], by=self.staff["keeper"])
        self.ack("issue", "issue_slip.create", "keeper", number=slip.number, id=slip.id)
        self.seq += 1
        warehouse.sign_issue_slip(slip.id, by=self.staff["duty"])
        self.ack("signed", "issue_slip.sign", "duty", number=slip.number, id=slip.id)

    def stocktake_note(self) -> None:
        from models import warehouse

        if self.stocktake is None:
            return self.setting()
        note = f"{self.tag} {self.seq}"
        warehouse.update_stocktake(self.stocktake, {"note": note}, by=self.staff["keeper"])
        self.ack("stocktake", "stocktake.update", "keeper", id=self.stocktake, note=note)

    # --- the loop -----------------------------------------------------------------

    def run(self, seconds: float) -> None:
        from models.errors import DomainError
        from models.warehouse import NotEnoughStock

        weights = [w for w, _op in self.ops]
        deadline = time.monotonic() + seconds
        # every kind once first (in a shuffled order), so that a slow, loaded machine still
        # meets each kind of operation at least once; then the weighted mix
        first = [op for _w, op in self.ops]
        self.rng.shuffle(first)
        while time.monotonic() < deadline:
            op = first.pop() if first else self.rng.choices(self.ops, weights)[0][1]
            self.seq += 1
            try:
                op()
            except NotEnoughStock as exc:
                self.emit("refused", op=op.__name__, message=str(exc))
            except DomainError as exc:
                self.emit("error", op=op.__name__, type=type(exc).__name__, message=str(exc))
            except Exception as exc:  # noqa: BLE001 - every other failure is what we count
                self.emit("error", op=op.__name__, type=type(exc).__name__, message=str(exc))


def main(argv: list[str]) -> int:
    path, desk, tag, seconds, acks, seed = argv[:6]
    from models import db as dbmod
    from models import schema

    schema.install()

    with open(acks, "a", encoding="utf-8") as out:
        dbmod.open_database(path, create=False)
        if argv[6:] == ["deferred"]:
            dbmod.database.obj._lock_type = None  # peewee's own default: BEGIN (deferred)
        desk_ = Desk(int(desk), tag, random.Random(int(seed)), out)
        desk_.emit("ready")
        desk_.run(float(seconds))
    dbmod.close_database()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
