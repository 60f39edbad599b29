"""The reception log on paper and in spreadsheets: what the reception area offers.

One module per register (visitors, calls, suggestions, lostfound), each naming its
``PDF_KINDS`` and ``EXPORT_KINDS``; this package gathers them for
reports.documents (``main.py pdf`` / ``export``). Paper is always Chinese.
Import this package, not its modules.
"""

from __future__ import annotations

from . import (
    callbacks,
    calls,
    complaints,
    complaints_analysis,
    consultations,
    lostfound,
    suggestions,
    surveys,
    visitors,
)
from .calls import *  # noqa: F401,F403 - the GUI's entry points, named in each __all__
from .complaints import *  # noqa: F401,F403
from .complaints_analysis import *  # noqa: F401,F403
from .consultations import *  # noqa: F401,F403
from .lostfound import *  # noqa: F401,F403
from .suggestions import *  # noqa: F401,F403
from .surveys import *  # noqa: F401,F403
from .visitors import *  # noqa: F401,F403

_REGISTERS = (visitors, calls, complaints, complaints_analysis, suggestions, lostfound,
              callbacks, consultations, surveys)

# What this area prints and exports (reports.documents.load_all registers them).
PDF_KINDS = tuple(kind for register in _REGISTERS for kind in register.PDF_KINDS)
EXPORT_KINDS = tuple(kind for register in _REGISTERS for kind in register.EXPORT_KINDS)
