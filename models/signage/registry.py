"""部门标识管理一览表 (the sign registry): the list, the .xlsx import of the signs already on the walls, editing a sign's place and state.

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
