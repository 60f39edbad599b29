"""Tests, the program and the bundle run the versions in requirements.lock, no others."""

from __future__ import annotations

import re
import tomllib
from importlib import metadata
from pathlib import Path

from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent


def _pins(other: set[str] | None = None) -> dict[str, str]:
    """{name: version} of the lock lines whose markers hold on this interpreter;
    names pinned only for other interpreters or platforms go into ``other``."""
    pins = {}
    other = set() if other is None else other
    for line in (ROOT / "requirements.lock").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith((" ", "#")):
            continue
        spec, _, marker = line.partition(";")
        name, version = re.fullmatch(r"\s*([A-Za-z0-9_.-]+)==(\S+)\s*", spec).groups()
        if marker.strip() and not Marker(marker.strip()).evaluate():
            other.add(canonicalize_name(name))
            continue
        pins[canonicalize_name(name)] = version
    other -= set(pins)
    return pins


def _project_requirements() -> list[Requirement]:
    with (ROOT / "pyproject.toml").open("rb") as fh:
        project = tomllib.load(fh)["project"]
    names = list(project["dependencies"])
    for extra in project["optional-dependencies"].values():
        names += extra
    return [Requirement(r) for r in names]


def test_every_dependency_is_pinned_in_the_lock():
    pins = _pins()
    for req in _project_requirements():
        if req.marker is not None and not req.marker.evaluate():
            continue
        name = canonicalize_name(req.name)
        assert name in pins, f"{req.name} is not in requirements.lock: run scripts/dev.py lock"
        assert req.specifier.contains(pins[name], prereleases=True), (
            f"requirements.lock pins {name}=={pins[name]}, pyproject asks {req.specifier}")


def test_what_is_installed_is_what_the_lock_pins():
    elsewhere: set[str] = set()
    pins = _pins(elsewhere)
    required = _installed_requirements()
    wrong = []
    for dist in metadata.distributions():
        name = canonicalize_name(dist.metadata["Name"])
        if name in elsewhere:
            wrong.append(f"{name} {dist.version} (the lock pins it only for other Pythons)")
        if name in pins and name in required and dist.version != pins[name]:
            wrong.append(f"{name} {dist.version} (lock: {pins[name]})")
    for req in _project_requirements():
        if req.marker is not None and not req.marker.evaluate():
            continue
        try:
            metadata.version(req.name)
        except metadata.PackageNotFoundError:
            if canonicalize_name(req.name) in {"pyinstaller"}:
                continue  # the build extra is installed only for the bundle
            wrong.append(f"{req.name} is not installed")
    assert not wrong, "installed versions differ from requirements.lock: " + ", ".join(wrong)


def _installed_requirements() -> set[str]:
    """The names pulled in by what pyproject asks for and is installed (the venv's own
    bootstrap pip/setuptools stay out unless something requires them)."""
    seen: set[str] = set()
    todo = [r for r in _project_requirements() if r.marker is None or r.marker.evaluate()]
    while todo:
        req = todo.pop()
        name = canonicalize_name(req.name)
        if name in seen:
            continue
        try:
            dist = metadata.distribution(req.name)
        except metadata.PackageNotFoundError:
            continue
        seen.add(name)
        for text in dist.requires or []:
            sub = Requirement(text)
            if sub.marker is None or sub.marker.evaluate({"extra": ""}):
                todo.append(sub)
    return seen


def test_the_known_bad_pyside_is_excluded_on_python_311():
    reqs = [r for r in _project_requirements() if canonicalize_name(r.name) == "pyside6-essentials"]
    env311 = {"python_version": "3.11", "python_full_version": "3.11.7"}
    applying = [r for r in reqs if r.marker is None or r.marker.evaluate(env311)]
    assert applying and not any(r.specifier.contains("6.12.0") for r in applying)
