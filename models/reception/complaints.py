"""客户投诉 (complaints): the numbered register and handling notice, judged, assigned, answered,
called back until the customer is satisfied (seed 002 §十九–二十二; docs/domain.md).

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
