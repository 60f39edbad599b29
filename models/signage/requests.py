"""标识申请表 (sign requests): draft → submitted → approved/rejected → in production → installed; cancel.

The package's ``__init__`` gathers ``__all__`` and the descriptor's parts below.
"""

from __future__ import annotations

__all__: list[str] = []

TABLES: tuple = ()
SEEDERS: tuple = ()
DEMO_STEPS: tuple = ()
STEPS: tuple = ()


def check() -> list[str]:
    """This part's invariants broken, in plain sentences (empty: sound)."""
    return []
