"""The program's version, read from pyproject.toml (or the bundle's VERSION file)."""

from __future__ import annotations

import sys
import tomllib
from functools import cache
from pathlib import Path


@cache
def app_version() -> str:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        version_file = Path(frozen_root) / "VERSION"
        if version_file.exists():
            return version_file.read_text(encoding="utf-8").strip()
    pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
    try:
        with pyproject.open("rb") as fh:
            return tomllib.load(fh)["project"]["version"]
    except (OSError, KeyError, tomllib.TOMLDecodeError):
        return "0.0.0"
