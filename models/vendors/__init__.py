"""Outsourced-vendor scoring (外判考评): the public API of the vendors tab.

The service center pays its cleaning, greening, pest-control and garbage vendors by
their score (seed 002 §十三, §十八; 000 第3篇; docs/domain.md, "Vendors"). The parts,
one module each:

- ``vendors.base``        the permissions, the words and every table of the area;
- ``vendors.setup``       vendors, contracts (fee, deduction clauses, fee bands), criteria;
- ``vendors.evaluations`` daily rounds, weekly / systematic / month-end checks, confirmation;
- ``vendors.defects``     整改: minor faults, work tickets, re-inspection, late ones deducted;
- ``vendors.pest``        pest-control treatments, their callbacks, the density report;
- ``vendors.month``       月度考评结算: the month's score, deductions and payable amount.

Import this package, not its modules: ``from models import vendors``. Each part names
what it offers in ``__all__`` and the descriptor's pieces: ``TABLES``, ``SEEDERS``,
``DEMO_STEPS``, ``STEPS``, ``check()``.
"""

from __future__ import annotations

from ..area import Area
from ..db import Migration
from . import defects, evaluations, month, pest, setup
from .base import *  # noqa: F401,F403 - the words and tables (base.__all__)
from .base import TABLES as BASE_TABLES
from .base import seed_kinds
from .counters import *  # noqa: F401,F403 - the tab's counters (counters.__all__)
from .defects import *  # noqa: F401,F403 - named in each part's __all__
from .evaluations import *  # noqa: F401,F403
from .month import *  # noqa: F401,F403
from .pest import *  # noqa: F401,F403
from .setup import *  # noqa: F401,F403

PARTS = (setup, evaluations, defects, pest, month)

TABLES = (*BASE_TABLES, *(table for part in PARTS for table in part.TABLES))


def _seed() -> None:
    seed_kinds()
    for part in PARTS:
        for seeder in part.SEEDERS:
            seeder()


def _v14_vendors(database) -> None:
    database.create_tables(TABLES)
    _seed()


def check_vendors() -> list[str]:
    """Every part's invariants, for ``main.py check``."""
    return [problem for part in PARTS for problem in part.check()]


# What the vendors area gives the program (models.areas reads it).
AREA = Area(
    "vendors",
    tables=TABLES,
    migrations=(Migration(14, "vendors: contracts, evaluations, defects, pest control, months",
                          _v14_vendors),),
    seeders=(_seed,),
    demo_steps=tuple(step for part in PARTS for step in part.DEMO_STEPS),
    check=check_vendors,
    steps=tuple(steps for part in PARTS for steps in part.STEPS),
)
