"""Signals emitted from Python thousands of times must not bring the program down."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def test_many_emits_do_not_abort_the_interpreter():
    script = textwrap.dedent(
        """
        import gui  # applies the guard
        from PySide6.QtCore import QObject, Signal

        class O(QObject):
            s = Signal(int)

        o = O()
        o.s.connect(lambda v: None)
        for i in range(20000):
            o.s.emit(i)
        print("alive")
        """
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "alive"
