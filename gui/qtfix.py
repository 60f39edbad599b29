"""A guard against a PySide6 6.12.0 bug that can abort the program on Python 3.11.

PySide6 6.12.0's ``SignalInstance.emit`` returns ``True`` without owning a
reference to it. On Python 3.12+ True is immortal and nothing happens; on 3.11
every emit from Python code takes one reference from True, and after a few
thousand emits the interpreter stops with "bool_dealloc: deallocating True".
(6.11.3 is clean, but QtPdf for 6.11 only comes inside PySide6-Addons.)

``protect_booleans()`` probes for the bug and, only when present, gives True
and False a vast reserve of references, which makes them as good as immortal,
as Python 3.12 does for real. It runs once, when ``gui`` is first imported.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal

RESERVE = 1 << 40  # a trillion emits


class _Probe(QObject):
    ping = Signal()


def emit_drops_true() -> bool:
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(8):
        probe.ping.emit()
    return sys.getrefcount(True) <= before - 4


def protect_booleans() -> bool:
    """Apply the guard if this PySide6 needs it; return whether it was applied."""
    if sys.version_info >= (3, 12) or not emit_drops_true():
        return False
    for obj in (True, False):
        ctypes.c_ssize_t.from_address(id(obj)).value += RESERVE
    return True
