"""What the ten-year benchmarks share: their command line, the timer and the verdict table."""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path


def arguments(doc: str, file_name: str, argv: list[str] | None) -> argparse.Namespace:
    """``--db`` (default: ``file_name`` in the temp folder, made anew) and ``--runs``.

    Desk settings go to a temporary folder so a benchmark never touches the desk's own.
    A benchmark is a door of the program: models.db is given the schema here.
    """
    from models import schema

    schema.install()
    parser = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    parser.add_argument("--db", type=Path, default=Path(tempfile.gettempdir()) / file_name)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    os.environ.setdefault("FRONTDESK_SETTINGS_DIR", tempfile.mkdtemp(prefix="fd-bench-"))
    if args.db.exists():
        args.db.unlink()
    return args


def timed(fn: Callable[[], object], runs: int) -> float:
    """The median of ``runs`` calls of ``fn``, in milliseconds."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def verdict(results: dict[str, float], targets: dict[str, float], problems: list[str]) -> bool:
    """Print each measure against its target; True when all pass and ``check`` found nothing."""
    ok = not problems
    print(f"{'measure':45} {'median ms':>10} {'target':>8}")
    for name, ms in results.items():
        target = targets[name]
        passed = ms <= target
        ok = ok and passed
        print(f"{name:45} {ms:10.1f} {target:8} {'PASS' if passed else 'FAIL'}")
    if problems:
        print("check found problems:", *problems[:5], sep="\n  ")
    return ok
