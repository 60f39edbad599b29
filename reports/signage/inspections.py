"""The signage inspections part's paper and exports (see reports.signage)."""

from __future__ import annotations

__all__: list[str] = []

PDF_KINDS: tuple = ()
EXPORT_KINDS: tuple = ()
