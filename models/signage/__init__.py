"""Sign requests (标识申请): the public API of the signage tab.

Customer service makes and keeps every sign in the building (seed 002 §十一;
docs/domain.md, "Signs"). The parts, one module each:

- ``signage.base``        the kinds, the registry's table (Sign), its states, new_sign;
- ``signage.registry``    部门标识管理一览表: the list by department, the .xlsx import;
- ``signage.requests``    标识申请表: written application → approval → making → installed;
- ``signage.inspections`` quarterly inspections, corrections, not-found and work-site signs.

Import this package, not its modules: ``from models import signage``. Each part names
what it offers in ``__all__`` and the descriptor's pieces: ``TABLES``, ``SEEDERS``,
``DEMO_STEPS``, ``STEPS``, ``check()``.
"""

from __future__ import annotations

from ..area import Area
from ..db import Migration
from . import inspections, registry, requests
from .base import (  # noqa: F401 - the public API
    DEFAULT_KINDS,
    IN_USE,
    REMOVED,
    STATE_LABELS,
    TO_FIX,
    WORK_SITE_KINDS,
    Sign,
    SignKind,
    kinds,
    seed_kinds,
)
from .inspections import *  # noqa: F401,F403 - named in each part's __all__
from .registry import *  # noqa: F401,F403
from .requests import *  # noqa: F401,F403

PARTS = (registry, requests, inspections)

TABLES = (SignKind, Sign, *(table for part in PARTS for table in part.TABLES))


def _seed() -> None:
    seed_kinds()
    for part in PARTS:
        for seeder in part.SEEDERS:
            seeder()


def _v7_signage(database) -> None:
    database.create_tables(TABLES)
    _seed()


def check_signage() -> list[str]:
    """Every part's invariants, for ``main.py check``."""
    return [problem for part in PARTS for problem in part.check()]


# What the signage area gives the program (models.areas reads it).
AREA = Area(
    "signage",
    tables=TABLES,
    migrations=(Migration(7, "signage: signs, requests, inspections", _v7_signage),),
    seeders=(_seed,),
    demo_steps=tuple(step for part in PARTS for step in part.DEMO_STEPS),
    check=check_signage,
    steps=tuple(steps for part in PARTS for steps in part.STEPS),
)
