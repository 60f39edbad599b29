"""The registries of printable documents (`main.py pdf KIND NUMBER`) and exports (`main.py export NAME`).

Each area's reports package lists its kinds (``PDF_KINDS``, ``EXPORT_KINDS``);
``documents.load_all()`` registers them here, and main.py and the GUI look
them up afterwards. This module imports no area, so that areas can import it
without a cycle. Translating headers is
the caller's business: writers receive a ``translate(context, text)`` function
so that reports/ stays free of Qt.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

Translate = Callable[[str, str], str]


@dataclass(frozen=True)
class PdfKind:
    name: str
    help: str
    render: Callable[[str], bytes]  # document number -> PDF bytes (DomainError if unknown)


@dataclass(frozen=True)
class ExportKind:
    name: str
    help: str
    # (target path, options, translate) -> number of rows written
    write: Callable[[Path, dict, Translate], int]
    options: list[tuple[str, str]] = field(default_factory=list)  # (--flag, help)


PDF_KINDS: dict[str, PdfKind] = {}
EXPORTS: dict[str, ExportKind] = {}


def register(*kinds: PdfKind | ExportKind) -> None:
    """Make kinds known (reports.documents.load_all registers each area's)."""
    for kind in kinds:
        (PDF_KINDS if isinstance(kind, PdfKind) else EXPORTS)[kind.name] = kind


def register_pdf(kind: PdfKind) -> None:
    PDF_KINDS[kind.name] = kind


def register_export(kind: ExportKind) -> None:
    EXPORTS[kind.name] = kind
