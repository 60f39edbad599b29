"""The vendors' evaluations part's paper and exports (see reports.vendors)."""

from __future__ import annotations

__all__: list[str] = []

PDF_KINDS: tuple = ()
EXPORT_KINDS: tuple = ()
