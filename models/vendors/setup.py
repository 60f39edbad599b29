"""外判单位、合同与考评标准 (vendors, contracts with their fee bands and deduction clauses, criteria templates with the seeds' defaults).

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
