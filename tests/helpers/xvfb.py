"""A real X display for the tests that need a real window: Xvfb, a child desk on it, xdotool.

Offscreen Qt has no pointer that rests anywhere, so what a hovering mouse does
to a view (QAbstractItemView asks QCursor::pos() whenever it scrolls) is only
seen on a real display. ``XDisplay`` starts ``Xvfb :N`` (N free, 20–99), waits
for its socket and stops it again; ``start_child`` runs a Python module of the
project on it (DISPLAY=:N, QT_QPA_PLATFORM=xcb) and ``wait_for_line`` reads what
the child reports; ``XDisplay.xdotool`` moves the real pointer and types into
the focused window. ``missing_tools`` says why this cannot run here (no Xvfb,
no xdotool), for a clear skip. Everything is bounded by timeouts.
"""

from __future__ import annotations

import os
import queue
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FIRST, LAST = 20, 99  # the displays the helpers of this project pick from


def missing_tools() -> str | None:
    """Why a real-window test cannot run here, or None."""
    lacking = [tool for tool in ("Xvfb", "xdotool") if shutil.which(tool) is None]
    if lacking:
        return (f"{' and '.join(lacking)} not installed (apt-get install xvfb xdotool; "
                ".ci/run installs them)")
    return None


def in_ci() -> bool:
    """True under CI (.ci/run sets FRONTDESK_CI; most CI services set CI)."""
    return any(os.environ.get(name, "").strip().lower() not in ("", "0", "false", "no")
               for name in ("FRONTDESK_CI", "CI"))


def _free(number: int) -> bool:
    return not (Path(f"/tmp/.X{number}-lock").exists()
                or Path(f"/tmp/.X11-unix/X{number}").exists())


class XDisplay:
    """``Xvfb :N`` for as long as the ``with`` block (or until ``stop()``)."""

    def __init__(self, width: int = 1600, height: int = 1000, start_timeout: float = 10) -> None:
        self.size = (width, height)
        self.start_timeout = start_timeout
        self.number: int | None = None
        self.process: subprocess.Popen | None = None

    @property
    def name(self) -> str:
        return f":{self.number}"

    def env(self, **extra: str) -> dict[str, str]:
        """The environment of a program on this display (Qt on xcb, not offscreen)."""
        env = dict(os.environ, DISPLAY=self.name, QT_QPA_PLATFORM="xcb", **extra)
        env.pop("WAYLAND_DISPLAY", None)
        return env

    def start(self) -> XDisplay:
        start = FIRST + os.getpid() % (LAST - FIRST + 1)  # desks started together spread out
        candidates = [FIRST + (start - FIRST + step) % (LAST - FIRST + 1)
                      for step in range(LAST - FIRST + 1)]
        for number in candidates:
            if not _free(number):
                continue
            process = subprocess.Popen(
                ["Xvfb", f":{number}", "-screen", "0", f"{self.size[0]}x{self.size[1]}x24",
                 "-nolisten", "tcp", "-noreset"],
                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            socket = Path(f"/tmp/.X11-unix/X{number}")
            deadline = time.monotonic() + self.start_timeout
            while time.monotonic() < deadline and process.poll() is None \
                    and not socket.exists():
                time.sleep(0.05)
            if process.poll() is None and socket.exists():
                self.number, self.process = number, process
                return self
            process.kill()
            process.wait(5)
        raise RuntimeError("no X display between :20 and :99 could be started")

    def stop(self) -> None:
        """Stop the Xvfb this object started (and only that one)."""
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)
        self.process = None

    def __enter__(self) -> XDisplay:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def xdotool(self, *args: str, timeout: float = 20) -> str:
        """Run ``xdotool ARGS`` on this display (commands may be chained); its output."""
        result = subprocess.run(["xdotool", *args], env=self.env(), capture_output=True,
                                text=True, encoding="utf-8", timeout=timeout)
        if result.returncode != 0:
            raise RuntimeError(f"xdotool {' '.join(args[:6])}…: {result.stderr.strip()}")
        return result.stdout

    def pointer(self) -> tuple[int, int]:
        """Where the real pointer is (xdotool getmouselocation)."""
        fields = dict(part.split(":") for part in self.xdotool("getmouselocation").split()
                      if ":" in part)
        return int(fields["x"]), int(fields["y"])


class Child:
    """A Python module of the project running on a display; its stdout read line by line."""

    def __init__(self, display: XDisplay, module: str, *args: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", module, *args], cwd=ROOT, env=display.env(),
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8")
        self.lines: queue.Queue[str] = queue.Queue()
        self.seen: list[str] = []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.put(line.rstrip("\n"))

    def wait_for_line(self, prefix: str, timeout: float = 15) -> str:
        """The first line the child prints that starts with ``prefix`` (else a clear failure)."""
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0 or (self.process.poll() is not None and self.lines.empty()):
                break
            try:
                line = self.lines.get(timeout=min(left, 0.2))
            except queue.Empty:
                continue
            self.seen.append(line)
            if line.startswith(prefix):
                return line
        raise AssertionError(f"the child never printed {prefix!r}: {self.report()}")

    def finish(self, timeout: float = 10) -> int:
        """Wait for the child to end (killed when it does not); its exit code."""
        try:
            return self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(5)
            raise AssertionError(f"the child did not end in {timeout} s: "
                                 f"{self.report()}") from None

    def report(self) -> str:
        """What the child printed so far (read or not) and, once it ended, its stderr."""
        while not self.lines.empty():
            self.seen.append(self.lines.get_nowait())
        if self.process.poll() is None:
            return f"still running; printed {self.seen}"
        stderr = self.process.stderr.read() if self.process.stderr else ""
        return f"exit {self.process.returncode}; printed {self.seen}; stderr {stderr[-2000:]}"

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(5)


def start_child(display: XDisplay, module: str, *args: str) -> Child:
    return Child(display, module, *args)
