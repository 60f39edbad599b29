"""The demo office (示例物业服务中心): realistic Chinese data for trying the program.

`build_demo(path, seed)` makes a new file: the people here, then each area's
demo steps (its AREA's ``demo_steps``, in the areas' order: the warehouse's
issue slips name the repair orders made before them), each adding two years
of its own records. Every demo user's password is DEMO_PASSWORD; the GUI
opens the demo as DEMO_MANAGER.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from . import areas, clock, people, schema, settings
from . import db as dbmod
from .errors import DomainError
from .i18n import QT_TRANSLATE_NOOP

DEMO_OFFICE = "恒信大厦物业服务中心"
DEMO_PASSWORD = "demo1234"
DEMO_MANAGER = "jingli"

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬燕鹏辉建国志华海波宁晨晓东雪梅春林文斌俊峰婷欣怡浩然子涵宇轩佳琪"

# (login, full name, department, roles)
DEMO_USERS = [
    ("admin", "系统管理员", "客服部", {people.ADMIN}),
    (DEMO_MANAGER, "周志华", "客服部", {people.MANAGER}),
    ("wenyuan", "李晓燕", "客服部", {people.CLERK}),
    ("wenyuan2", "陈静", "客服部", {people.CLERK}),
    ("dangzhi", "张建国", "客服部", {people.DUTY}),
    ("gongcheng", "刘海波", "工程部", {people.ENGINEERING}),
    ("cangguan", "赵桂英", "客服部", {people.STOREKEEPER}),
]


@dataclass
class DemoContext:
    """What a demo step gets: the random source, the users by login, the span of time."""

    rng: random.Random
    users: dict[str, people.User]
    start: dt.date
    end: dt.date
    extra: dict = field(default_factory=dict)

    def person_name(self) -> str:
        return self.rng.choice(SURNAMES) + "".join(
            self.rng.choice(GIVEN) for _ in range(self.rng.choice((1, 2)))
        )

    def phone(self) -> str:
        return "1" + self.rng.choice("3589") + "".join(self.rng.choice("0123456789") for _ in range(9))


DemoStep = Callable[[DemoContext], None]


def demo_steps() -> list[DemoStep]:
    """Every built area's demo steps, in the areas' order."""
    return [step for area in areas.load() for step in area.demo_steps]


def demo_manager() -> people.User | None:
    """The demo office's manager (DEMO_MANAGER), whom the GUI opens the demo as; None if absent."""
    return people.User.get_or_none(people.User.login == DEMO_MANAGER)


def build_demo(
    path: str | Path,
    seed: int = 1,
    today: dt.date | None = None,
    progress: Callable[[int, int, str], None] | None = None,
    years: int = 2,
    steps: list[DemoStep] | None = None,
) -> people.User:
    """Create the demo office in a new file at ``path``; return its manager.

    ``years`` of records up to ``today``; ``steps`` (default: every area's, demo_steps())
    chooses whose records, for the benchmarks that want one tab's ten years.
    """
    steps = demo_steps() if steps is None else steps
    path = Path(path)
    if path.exists() and path.stat().st_size > 0:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DomainError", "{path} already exists; the demo office is only built in a new file."
            ),
            path=str(path),
        )
    schema.install()  # a door of its own (benchmarks, screenshots): the whole schema
    dbmod.open_database(path)
    today = today or clock.today()
    try:
        start = today.replace(year=today.year - years)
    except ValueError:  # 29 February
        start = today.replace(year=today.year - years, day=28)
    ctx = DemoContext(random.Random(seed), {}, start, today)
    total = 1 + len(steps)
    if progress:
        progress(0, total, "people")
    with dbmod.database.atomic():
        admin = settings.set_up_office(DEMO_OFFICE, "admin", "系统管理员", DEMO_PASSWORD)
        ctx.users["admin"] = admin
        for name in ("财务部", "行政部"):
            people.save_department(admin, name)
        deps = {d.name: d for d in people.departments()}
        for login, name, dep, roles in DEMO_USERS[1:]:
            user = people.create_user(login, name, DEMO_PASSWORD, roles, by=admin, department=deps[dep])
            user.must_change_password = False
            user.save()
            ctx.users[login] = user
    for n, step in enumerate(steps, start=1):
        if progress:
            progress(n, total, step.__name__)
        with dbmod.database.atomic():
            step(ctx)
    if progress:
        progress(total, total, "done")
    return ctx.users[DEMO_MANAGER]
