"""The vendors' paper and spreadsheets: what the vendors area offers.

One module per part (setup, evaluations, defects, pest, month), each naming its
``PDF_KINDS`` and ``EXPORT_KINDS``; this package gathers them for
reports.documents (``main.py pdf`` / ``export``). Paper is always Chinese.
Import this package, not its modules.
"""

from __future__ import annotations

from . import defects, evaluations, month, pest, setup
from .defects import *  # noqa: F401,F403 - the GUI's entry points, named in each __all__
from .evaluations import *  # noqa: F401,F403
from .month import *  # noqa: F401,F403
from .pest import *  # noqa: F401,F403
from .setup import *  # noqa: F401,F403

_PARTS = (setup, evaluations, defects, pest, month)
PDF_KINDS = tuple(kind for part in _PARTS for kind in part.PDF_KINDS)
EXPORT_KINDS = tuple(kind for part in _PARTS for kind in part.EXPORT_KINDS)
