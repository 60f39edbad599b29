"""The reception log (来访登记): the desk's daily registers — the public API of the reception tab.

The registers, one module each, each with its tables, operations, steps, list,
demo and check (docs/domain.md, "Reception"):

- ``reception.visitors``    来访登记: appointments and walk-ins, on site, signed out;
- ``reception.calls``       来电记录: every call, routed without retyping (报修 → a repair
                            order, 建议 → a suggestion, 投诉 → marked to register);
- ``reception.complaints``  客户投诉: judged, assigned, answered, called back until satisfied;
- ``reception.consultations`` 意见咨询: weekly by phone, quarterly on site, followed up, reviewed;
- ``reception.suggestions`` 建议/意见: confirmed, sent, acknowledged, the month's summary;
- ``reception.lostfound``   拾遗: found items, loss reports, claims, disposal;
- ``reception.surveys``     满意度调查: two a year, the forms entered, the result compared;

and ``reception.privacy``: ID numbers masked, personal data purged after a set period.
Import this package, not its modules:

    from models import reception
    visit = reception.register_visit({...}, by=clerk)

Each register module names what it offers in ``__all__`` and the pieces the area's
descriptor takes: ``TABLES``, ``SEEDERS``, ``DEMO_STEPS``, ``STEPS``, ``check()``.
"""

from __future__ import annotations

from ..area import Area
from ..db import Migration
from . import (
    callbacks_counters,
    calls,
    complaints,
    consultations,
    lostfound,
    suggestions,
    surveys,
    visitors,
)
from .callbacks_counters import QUEUE_SHOWS as CALLBACK_QUEUE_SHOWS  # noqa: F401 - the view
from .calls import *  # noqa: F401,F403 - the public API, named in each module's __all__
from .complaints import *  # noqa: F401,F403
from .consultations import *  # noqa: F401,F403
from .counters import Counter, join_counters  # noqa: F401 - the tab's counters
from .counters import gather as _gather_counters
from .lostfound import *  # noqa: F401,F403
from .privacy import *  # noqa: F401,F403
from .suggestions import *  # noqa: F401,F403
from .surveys import *  # noqa: F401,F403
from .visitors import *  # noqa: F401,F403

# The registers in the tab's order; each contributes its parts to the descriptor.
REGISTERS = (visitors, calls, complaints, suggestions, lostfound, consultations, surveys)

TABLES = tuple(table for register in REGISTERS for table in register.TABLES)
# Whose counters the tab shows, in its sub-views' order (回访's queue is a core module).
COUNTED = (visitors, calls, complaints, suggestions, lostfound, callbacks_counters,
           consultations, surveys)


def tab_counters() -> tuple[Counter, ...]:
    """What the tab counts (each register's ``COUNTERS``, then those joined; counters.py)."""
    return _gather_counters(COUNTED)


# The registers each migration brought (a file made before a register came gets its tables
# from that register's migration; a new file gets every table at once).
V6_REGISTERS = (visitors, calls, suggestions, lostfound)
V8_REGISTERS = (complaints,)
V10_REGISTERS = (consultations,)
V11_REGISTERS = (surveys,)


def _seed(registers: tuple = REGISTERS) -> None:
    for register in registers:
        for seeder in register.SEEDERS:
            seeder()


def _v6_reception(database) -> None:
    database.create_tables([table for register in V6_REGISTERS for table in register.TABLES])
    _seed(V6_REGISTERS)


def _v8_complaints(database) -> None:
    database.create_tables([table for register in V8_REGISTERS for table in register.TABLES])
    _seed(V8_REGISTERS)


def _v10_consultations(database) -> None:
    database.create_tables([table for register in V10_REGISTERS for table in register.TABLES])
    _seed(V10_REGISTERS)


def _v11_surveys(database) -> None:
    database.create_tables([table for register in V11_REGISTERS for table in register.TABLES])
    _seed(V11_REGISTERS)


def _v12_complaint_callbacks(database) -> None:
    """The complaints' callbacks move to the one callback table (core migration 9), in its
    verdict codes; the complaints' own last verdicts are rewritten to the same codes."""
    from .complaints_callbacks import move_old_callbacks

    move_old_callbacks(database)


def check_reception() -> list[str]:
    """Every register's invariants, for ``main.py check``."""
    return [problem for register in REGISTERS for problem in register.check()]


# What the reception area gives the program (models.areas reads it).
AREA = Area(
    "reception",
    tables=TABLES,
    migrations=(Migration(6, "reception: visitors, calls, suggestions, lost and found",
                          _v6_reception),
                Migration(8, "reception: complaints", _v8_complaints),
                Migration(10, "reception: consultations", _v10_consultations),
                Migration(11, "reception: surveys", _v11_surveys),
                Migration(12, "reception: complaints' callbacks into the callback table",
                          _v12_complaint_callbacks)),
    seeders=(_seed,),
    demo_steps=tuple(step for register in REGISTERS for step in register.DEMO_STEPS),
    check=check_reception,
    steps=tuple(steps for register in REGISTERS for steps in register.STEPS),
)
