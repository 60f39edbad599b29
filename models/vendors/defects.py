"""整改 (defects fixed within an hour or by a work ticket 报事单 with its deadline, the vendor's reply, the re-inspection; late ones always deducted).

The part's modules: ``defects_ops`` (the steps, recording, fixing, the re-inspection, the
lateness sweep, ``open_from_evaluation`` for the evaluations part), ``defects_lists`` (the
list, lateness in SQL, the tab's counters, the late defects of a period for the client
representative), ``defects_demo``. The package's ``__init__`` gathers ``__all__`` and the
descriptor's parts below.
"""

from __future__ import annotations

from . import defects_lists, defects_ops
from .defects_demo import add_defects
from .defects_lists import *  # noqa: F401,F403 - named in each module's __all__
from .defects_ops import *  # noqa: F401,F403
from .defects_ops import check  # noqa: F401 - this part's invariants

__all__: list[str] = [*defects_ops.__all__, *defects_lists.__all__]

TABLES: tuple = ()  # (the area's tables are all in base.py)
SEEDERS: tuple = ()
DEMO_STEPS: tuple = (add_defects,)
STEPS: tuple = (defects_ops.DEFECT_STEPS,)
