"""月度考评结算 (the month's score, counts, fee band, deductions and payable amount; the yearly sheet and the trend).

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
