"""病媒生物防治 (pest-control treatments twice a month and on request, their callbacks in the one queue, the half-yearly density report).

Seed 002 §十八. The modules of the part:

- ``pest_calendar``  the office's working-day calendar (holidays, 调休) and office hours;
- ``pest_ops``       treatments planned / asked for / done / cancelled, the callback source;
- ``pest_lists``     the treatments' list, ``treatments_in`` and ``missed_treatments``;
- ``pest_density``   the contractor's half-yearly density report, overdue ones;
- ``pest_demo``      two years of the demo office's treatments.

The package's ``__init__`` gathers ``__all__`` and the descriptor's parts below.
"""

from __future__ import annotations

from . import pest_calendar, pest_density, pest_lists, pest_ops
from .base import PestTreatment
from .pest_calendar import *  # noqa: F401,F403
from .pest_demo import add_pest_control
from .pest_density import *  # noqa: F401,F403
from .pest_density import DENSITY_STEPS
from .pest_lists import *  # noqa: F401,F403
from .pest_ops import *  # noqa: F401,F403
from .pest_ops import PEST_STEPS, REDO, TREATMENT_CANCELLED, TREATMENT_DONE

__all__: list[str] = [*pest_calendar.__all__, *pest_ops.__all__, *pest_lists.__all__,
                      *pest_density.__all__]

TABLES: tuple = ()  # (the area's tables are all in base.py)
SEEDERS: tuple = ()
DEMO_STEPS: tuple = (add_pest_control,)
STEPS: tuple = (PEST_STEPS, DENSITY_STEPS)


def check() -> list[str]:
    """This part's invariants broken, in plain sentences (empty: sound)."""
    problems = []
    T = PestTreatment  # noqa: N806
    for t in T.select().where((T.status == TREATMENT_DONE) & T.done_at.is_null()):
        problems.append(f"{t.number}: done, but no time done")
    for t in T.select().where((T.verdict != "") & (T.status != TREATMENT_DONE)):
        problems.append(f"{t.number}: called back, but not done")
    for t in T.select().where((T.kind == REDO) & T.redo_of.is_null()):
        problems.append(f"{t.number}: a redo that redoes nothing")
    for t in T.select().where((T.status == TREATMENT_CANCELLED) & (T.redo_of.is_null(False))):
        problems.append(f"{t.number}: the redo of an unsatisfied callback was cancelled")
    return problems
