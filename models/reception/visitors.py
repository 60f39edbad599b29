"""来访登记 (visitors): appointments and walk-ins, told, on site, signed out.

The register's tables, operations, steps, list, demo step and check; the package's
``__init__`` gathers ``__all__`` and the descriptor's parts below.
"""

from __future__ import annotations

__all__: list[str] = []

TABLES: tuple = ()
SEEDERS: tuple = ()
DEMO_STEPS: tuple = ()
STEPS: tuple = ()


def check() -> list[str]:
    """This register's invariants broken, in plain sentences (empty: sound)."""
    return []
