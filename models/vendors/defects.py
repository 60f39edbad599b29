"""整改 (defects fixed within an hour or by a work ticket 报事单 with its deadline, the vendor's reply, the re-inspection; late ones always deducted).

The package's ``__init__`` gathers ``__all__`` and the descriptor's parts below.
"""

from __future__ import annotations

__all__: list[str] = []

TABLES: tuple = ()  # (the area's tables are all in base.py)
SEEDERS: tuple = ()
DEMO_STEPS: tuple = ()
STEPS: tuple = ()


def check() -> list[str]:
    """This part's invariants broken, in plain sentences (empty: sound)."""
    return []
