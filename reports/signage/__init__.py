"""Signs on paper and in spreadsheets: what the signage area offers.

One module per part (registry, requests, inspections), each naming its ``PDF_KINDS``
and ``EXPORT_KINDS``; this package gathers them for reports.documents (``main.py
pdf`` / ``export``). Paper is always Chinese. Import this package, not its modules.
"""

from __future__ import annotations

from . import inspections, registry, requests
from .inspections import *  # noqa: F401,F403 - the GUI's entry points, named in each __all__
from .registry import *  # noqa: F401,F403
from .requests import *  # noqa: F401,F403

_PARTS = (registry, requests, inspections)

# What this area prints and exports (reports.documents.load_all registers them).
PDF_KINDS = tuple(kind for part in _PARTS for kind in part.PDF_KINDS)
EXPORT_KINDS = tuple(kind for part in _PARTS for kind in part.EXPORT_KINDS)
