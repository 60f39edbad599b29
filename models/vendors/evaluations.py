"""考评 (daily rounds, weekly checks, systematic evaluations and the month-end check: the keyboard grid, the vendor's confirmation, objections ruled on, serious failures to the director).

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
