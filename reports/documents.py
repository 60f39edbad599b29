"""Every printable document and export of the program: the registries, filled from the areas.

``load_all()`` registers the office's own lists (reports.catalogue), then the
``PDF_KINDS`` and ``EXPORT_KINDS`` of each built area's reports package
(``reports.<name>``, the areas named in models.areas); main.py and the GUI
then look them up here.
"""

from __future__ import annotations

import importlib
import importlib.util

from models import areas

from .kinds import (  # noqa: F401 - looked up here by main.py and the tests
    EXPORTS,
    PDF_KINDS,
    ExportKind,
    PdfKind,
    Translate,
    register,
    register_export,
    register_pdf,
)


def area_packages() -> list:
    """The reports package of each built area that has one, in the areas' order."""
    names = [f"{__package__}.{name}" for name in areas.built()]
    return [importlib.import_module(name) for name in names if importlib.util.find_spec(name)]


def load_all() -> None:
    """Make every kind known: the office's own lists, then each area's paper and exports."""
    from . import catalogue  # noqa: F401 - registers the office's lists (users, audit)

    for package in area_packages():
        register(*getattr(package, "PDF_KINDS", ()), *getattr(package, "EXPORT_KINDS", ()))
