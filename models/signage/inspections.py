"""标识检查 (inspections): quarterly rounds, blind sheets, results by keyboard, corrections, not-found signs, work-site signs.

The part's modules: ``inspections_base`` (tables, words, steps), ``inspections_ops``
(rounds, results, closing, corrections), ``inspections_queries`` (lists, lateness, the
quarter's record), ``inspections_work`` (work-site signs), ``inspections_demo``.
The package's ``__init__`` gathers ``__all__`` and the descriptor's parts below.
"""

from __future__ import annotations

from . import inspections_base, inspections_ops, inspections_queries, inspections_work
from .inspections_demo import add_inspections
from .inspections_ops import *  # noqa: F401,F403 - named in each module's __all__
from .inspections_ops import check  # noqa: F401 - this part's invariants
from .inspections_queries import *  # noqa: F401,F403
from .inspections_work import *  # noqa: F401,F403

__all__ = [*inspections_ops.__all__, *inspections_queries.__all__, *inspections_work.__all__]

TABLES: tuple = inspections_base.TABLES
SEEDERS: tuple = ()
DEMO_STEPS: tuple = (add_inspections,)
STEPS: tuple = inspections_base.STEPS
