"""The complaints register's paper and exports (see reports.reception)."""

from __future__ import annotations

__all__: list[str] = []

PDF_KINDS: tuple = ()
EXPORT_KINDS: tuple = ()
