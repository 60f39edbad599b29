"""What an area (one tab's records and rules) contributes to the program: its descriptor.

An area's package ends its ``__init__`` with one ``AREA = Area(...)``; the one
list of areas (models.areas) finds it there by the area's name. The descriptor
is plain data, read when the core needs it: models.schema takes the tables,
migrations and seeders, models.demo the demo steps, models.checks the check.
Importing an area changes no list of the core. The area's paper and exports
(``reports.<name>``) and its tab and settings page (``gui.<name>``) are named
in their own layers' packages; models.areas says how to add an area.

    AREA = Area(
        "repairs",
        tables=(RepairCategory, RepairOrder, RepairEvent),
        migrations=(Migration(2, "repair orders", _v2_repairs),),
        seeders=(seed_categories,),
        demo_steps=(add_repair_orders,),
        check=check_repairs,
        steps=(ORDER_STEPS,),
    )
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from peewee import Model

from .db import Migration
from .steps import Steps


@dataclass(frozen=True)
class Area:
    """One area's part of the program's models.

    ``tables``: created together, in this order, on a new file (peewee orders
    them by their foreign keys). ``migrations``: bring an older file up to
    them; their versions are numbered in the program's one sequence (an area
    added later takes the next free number). ``seeders``: fill a new file's
    lists (categories, …), inside the creating transaction. ``demo_steps``:
    each adds the demo office's records, in the list's order, after the
    earlier areas' steps. ``check``: the area's invariants for ``main.py
    check``, a list of problems in plain sentences (empty: sound), reported
    under the area's name. ``steps``: the step declarations of its records
    (models.steps), for whoever lists them.
    """

    name: str
    tables: tuple[type[Model], ...] = ()
    migrations: tuple[Migration, ...] = ()
    seeders: tuple[Callable[[], None], ...] = ()
    demo_steps: tuple[Callable[..., None], ...] = ()
    check: Callable[[], list[str]] | None = None
    steps: tuple[Steps, ...] = ()
