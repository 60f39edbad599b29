"""The Qt bindings must not leak or steal references: a big office makes millions of calls.

PySide6 6.12.0 on Python 3.11 took one reference from None on every binding call
that returns None, and one from True on every Python-side emit; the interpreter
aborted (none_dealloc / bool_dealloc) after tens of thousands of calls, e.g. on the
2nd-4th showing of the 收发存汇总表 on ten years of data. pyproject.toml excludes
that combination and requirements.lock pins a sound one; these tests fail if a
venv ever holds an unsound one again. (On 3.12+ None and True are immortal.)
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

CALLS = 100_000


def _run(body: str) -> str:
    """Run in a child: an unsound binding aborts the interpreter, which must not take pytest."""
    script = textwrap.dedent(body)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, encoding="utf-8",
                            timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout.strip()


def test_none_returning_binding_calls_keep_nones_reference_count():
    out = _run(f"""
        import sys
        from PySide6.QtCore import QObject
        o = QObject()
        o.setObjectName("x")
        before = sys.getrefcount(None)
        for _ in range({CALLS}):
            o.setObjectName("x")
        print(sys.getrefcount(None) - before)
    """)
    assert out == "0", f"{CALLS} None-returning calls changed None's refcount by {out}"


def test_python_side_emits_keep_trues_reference_count():
    out = _run(f"""
        import sys
        from PySide6.QtCore import QObject, Signal

        class O(QObject):
            s = Signal(int)

        o = O()
        o.s.connect(lambda v: None)
        o.s.emit(0)
        before = sys.getrefcount(True)
        for i in range({CALLS}):
            o.s.emit(i)
        print(sys.getrefcount(True) - before)
    """)
    assert out == "0", f"{CALLS} emits changed True's refcount by {out}"
