"""Build dist/FrontDesk with PyInstaller and prove that it starts.

    python scripts/dev.py bundle          # the usual way: sets up .venv with the build extra
    .venv/bin/python scripts/build_bundle.py [--skip-build]

Steps: compile the translations, run ``pyinstaller --noconfirm build.spec``
with this interpreter, then run the built program's ``selftest`` offscreen in a
throw-away data and settings folder. A windowed Windows build has no stdout,
so the result is read from the file given to ``selftest --out``. Prints the
bundle's size. Exits non-zero when any step fails.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist" / "FrontDesk"
SELFTEST_TIMEOUT = 180  # seconds; a first start on a cold disk can be slow


def say(text: str) -> None:
    print(f"[bundle] {text}", flush=True)


def executable() -> Path:
    return DIST / ("FrontDesk.exe" if os.name == "nt" else "FrontDesk")


def build() -> None:
    if importlib.util.find_spec("PyInstaller") is None:
        raise SystemExit("PyInstaller is not installed here; use: python scripts/dev.py bundle")
    say("building translations")
    subprocess.run([sys.executable, str(ROOT / "scripts" / "build_translations.py")], check=True, cwd=ROOT)
    say("running pyinstaller --noconfirm build.spec (a few minutes)")
    started = time.monotonic()
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN", "build.spec"],
        check=True, cwd=ROOT,
    )
    say(f"pyinstaller done in {time.monotonic() - started:.0f} s")


def selftest() -> str:
    """Run ``FrontDesk selftest`` offscreen in a temporary home; return its OK line or raise."""
    exe = executable()
    if not exe.exists():
        raise SystemExit(f"{exe} is missing; the build did not produce it")
    with tempfile.TemporaryDirectory(prefix="frontdesk-bundle-") as tmp:
        out = Path(tmp) / "selftest.txt"
        env = dict(
            os.environ,
            QT_QPA_PLATFORM="offscreen",
            FRONTDESK_DATA_DIR=str(Path(tmp) / "data"),
            FRONTDESK_SETTINGS_DIR=str(Path(tmp) / "settings"),
        )
        say(f"running {exe.relative_to(ROOT)} selftest")
        try:
            result = subprocess.run(
                [str(exe), "selftest", "--out", str(out)],
                env=env, cwd=tmp, capture_output=True, text=True, encoding="utf-8", errors="replace",
                timeout=SELFTEST_TIMEOUT,
            )
        except subprocess.TimeoutExpired as exc:
            raise SystemExit(f"selftest did not finish within {SELFTEST_TIMEOUT} s") from exc
        written = out.read_text(encoding="utf-8").strip() if out.exists() else ""
        printed = (result.stdout or "").strip()
        line = written or printed
        if result.returncode != 0 or not line.startswith("OK"):
            details = "\n".join(filter(None, [printed, (result.stderr or "").strip(), written]))
            raise SystemExit(f"selftest FAILED (exit code {result.returncode}):\n{details}")
        return line


def cli_version() -> str:
    """The console twin (FrontDesk-cli) answers --version: commands print on a Windows console."""
    exe = DIST / ("FrontDesk-cli.exe" if os.name == "nt" else "FrontDesk-cli")
    if not exe.exists():
        raise SystemExit(f"{exe} is missing; the build did not produce it")
    result = subprocess.run([str(exe), "--version"], capture_output=True, text=True,
                            encoding="utf-8", errors="replace", timeout=SELFTEST_TIMEOUT)
    line = (result.stdout or "").strip()
    if result.returncode != 0 or not line.startswith("FrontDesk "):
        raise SystemExit(f"FrontDesk-cli --version FAILED (exit code {result.returncode}): "
                         f"{line} {(result.stderr or '').strip()}")
    return line


def folder_size(folder: Path) -> tuple[int, int]:
    """(bytes, files) under a folder."""
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files), len(files)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build dist/FrontDesk and smoke-test it.")
    parser.add_argument("--skip-build", action="store_true", help="only run the selftest on dist/")
    args = parser.parse_args(argv)
    try:
        if not args.skip_build:
            build()
    except subprocess.CalledProcessError as exc:
        say(f"failed: {' '.join(map(str, exc.cmd))} exited with {exc.returncode}")
        return 1
    line = selftest()
    say(f"selftest: {line}")
    say(f"console twin: {cli_version()}")
    size, count = folder_size(DIST)
    say(f"bundle: {DIST.relative_to(ROOT)} — {size / 1e6:.1f} MB in {count} files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
