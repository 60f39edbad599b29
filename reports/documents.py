"""Every printable document and export of the program: the registries, filled by the areas.

``load_all()`` imports each area's reports package (the list below), which
registers its `pdf` kinds and exports in ``reports.kinds``; main.py and the
GUI then look them up here.
"""

from __future__ import annotations

from .kinds import (  # noqa: F401 - looked up here by main.py and the tests
    EXPORTS,
    PDF_KINDS,
    ExportKind,
    PdfKind,
    Translate,
    register_export,
    register_pdf,
)


def load_all() -> None:
    """Import every module that registers kinds: the office's own lists, then each area."""
    from . import catalogue, repairs, warehouse  # noqa: F401
