"""One command to set up and run FrontDesk, its tests or its bundle (Windows and Linux).

    python scripts/dev.py run [main.py args...]    start FrontDesk
    python scripts/dev.py test [pytest args...]    run the tests (Qt offscreen)
    python scripts/dev.py bundle                   build dist/FrontDesk with PyInstaller
    python scripts/dev.py lock                     re-resolve requirements.lock (after editing
                                                   the dependencies in pyproject.toml)

Each command makes sure that ``.venv`` exists in the repository, that the
dependencies listed in pyproject.toml are installed in it (runtime, plus the
``test`` or ``build`` extra) at exactly the versions pinned in requirements.lock,
and that the translations are compiled. The pip step is skipped when nothing
changed since the last one, so a second run starts at once. Standard library
only: this runs before anything is installed.
"""

from __future__ import annotations

import hashlib
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
STAMP = VENV / "frontdesk-deps.json"
LOCK = ROOT / "requirements.lock"
EXTRAS_FOR = {"run": [], "test": ["test"], "bundle": ["build"], "lock": []}
USAGE = __doc__.split("\n\n")[1]


def say(text: str) -> None:
    print(f"[dev] {text}", flush=True)


def venv_python() -> Path:
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def ensure_venv() -> Path:
    """Create .venv (with pip) unless a working one is there; return its python."""
    python = venv_python()
    if python.exists():
        return python
    if VENV.exists():
        say(f"{VENV.name} has no python; remove it and run again")
        raise SystemExit(1)
    say(f"creating {VENV.name} with Python {platform.python_version()}")
    result = subprocess.run([sys.executable, "-m", "venv", str(VENV)])
    if result.returncode != 0 or not python.exists():
        if sys.platform.startswith("linux"):
            say("could not create the venv; on Debian/Ubuntu: sudo apt-get install python3-venv")
        raise SystemExit(1)
    return python


def read_project() -> dict:
    """pyproject.toml's [project] table (tomllib is imported late: the version check comes first)."""
    import tomllib

    with (ROOT / "pyproject.toml").open("rb") as fh:
        return tomllib.load(fh)["project"]


def read_requirements(extras: list[str]) -> list[str]:
    """The runtime dependencies from pyproject.toml plus the given extras."""
    project = read_project()
    requirements = list(project.get("dependencies", []))
    optional = project.get("optional-dependencies", {})
    for extra in extras:
        if extra not in optional:
            say(f"pyproject.toml has no [{extra}] extra")
            raise SystemExit(1)
        requirements += optional[extra]
    return requirements


def _fingerprint(python: Path) -> str:
    """What the stamp compares: the dependency lists, the lock file and the venv's Python."""
    project = read_project()
    spec = {
        "dependencies": project.get("dependencies", []),
        "optional": project.get("optional-dependencies", {}),
        "lock": LOCK.read_text(encoding="utf-8") if LOCK.exists() else "",
        "python": str(python.resolve()),
    }
    return hashlib.sha256(json.dumps(spec, sort_keys=True).encode()).hexdigest()


def ensure_dependencies(python: Path, extras: list[str]) -> None:
    """pip install the requirements unless the stamp says they are in place already.

    The stamp keeps the fingerprint and the extras installed under it; when
    pyproject changes, the extras installed before are brought up to date too.
    """
    fingerprint = _fingerprint(python)
    try:
        stamp = json.loads(STAMP.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        stamp = {}
    installed = set(stamp.get("extras", [])) if stamp.get("fingerprint") == fingerprint else set()
    if stamp.get("fingerprint") == fingerprint and set(extras) <= installed:
        return
    wanted = sorted(set(extras) | set(stamp.get("extras", [])))
    requirements = read_requirements(wanted)
    label = " + ".join(["runtime", *wanted])
    say(f"installing dependencies ({label}): {len(requirements)} packages; the first time takes a while")
    started = time.monotonic()
    if not LOCK.exists():
        say(f"{LOCK.name} is missing; run: python scripts/dev.py lock")
        raise SystemExit(1)
    # The lock is a constraints file: whatever pip installs, it installs at the pinned version.
    command = [str(python), "-m", "pip", "install", "--disable-pip-version-check", "--quiet",
               "--constraint", str(LOCK)]
    result = subprocess.run([*command, *requirements], cwd=ROOT)
    if result.returncode != 0:
        say("pip failed; see above")
        raise SystemExit(result.returncode)
    remove_stale(python)
    STAMP.write_text(
        json.dumps({"fingerprint": fingerprint, "extras": wanted, "requirements": requirements}, indent=1),
        encoding="utf-8",
    )
    say(f"dependencies ready ({time.monotonic() - started:.0f} s)")


# Run by the venv's own Python: pip's vendored `packaging` evaluates the lock's markers.
_STALE = r"""
import re, sys
from importlib import metadata
from pip._vendor.packaging.markers import Marker
from pip._vendor.packaging.utils import canonicalize_name
here, elsewhere = set(), set()
for line in open(sys.argv[1], encoding="utf-8"):
    if not line.strip() or line.startswith((" ", "#")):
        continue
    spec, _, marker = line.partition(";")
    name = canonicalize_name(re.split(r"[=<>! ]", spec.strip())[0])
    (here if not marker.strip() or Marker(marker.strip()).evaluate() else elsewhere).add(name)
dists = {canonicalize_name(d.metadata["Name"]): d for d in metadata.distributions()}
stale = sorted((elsewhere - here) & set(dists))
def tops(d):
    return {str(f).split("/")[0] for f in d.files or [] if "/" in str(f) and ".dist-info" not in str(f)}
shared = set().union(*(tops(dists[n]) for n in stale)) if stale else set()
sharing = sorted(n for n, d in dists.items() if n not in stale and tops(d) & shared)
print(" ".join(stale))
print(" ".join(sharing))
"""


def remove_stale(python: Path) -> None:
    """Uninstall what the lock pins only for other Pythons or platforms (e.g. PySide6-Pdf 6.12,
    whose QtPdf would shadow PySide6-Addons' on Python 3.11) after the lock changed."""
    out = subprocess.run([str(python), "-c", _STALE, str(LOCK)], cwd=ROOT, capture_output=True,
                         text=True, encoding="utf-8")
    lines = out.stdout.splitlines() if out.returncode == 0 else []
    stale = lines[0].split() if lines else []
    sharing = lines[1].split() if len(lines) > 1 else []
    if not stale:
        return
    say("removing what the lock does not pin for this Python: " + ", ".join(stale))
    subprocess.run([str(python), "-m", "pip", "uninstall", "--yes", "--quiet", *stale],
                   cwd=ROOT, check=True)
    if sharing:  # their files lived in the same folders, and the uninstall took them too
        say("reinstalling what shared their folders: " + ", ".join(sharing))
        subprocess.run([str(python), "-m", "pip", "install", "--disable-pip-version-check",
                        "--quiet", "--force-reinstall", "--no-deps", "--constraint", str(LOCK),
                        *sharing], cwd=ROOT, check=True)


def ensure_translations(python: Path) -> None:
    """Compile the .ts catalogues when a .qm is missing or older than its .ts."""
    folder = ROOT / "resources" / "translations"
    stale = [
        ts for ts in sorted(folder.glob("*.ts"))
        if not ts.with_suffix(".qm").exists()
        or ts.with_suffix(".qm").stat().st_mtime < ts.stat().st_mtime
    ]
    if not stale:
        return
    say("building translations: " + ", ".join(ts.name for ts in stale))
    result = subprocess.run([str(python), str(ROOT / "scripts" / "build_translations.py")], cwd=ROOT)
    if result.returncode != 0:
        raise SystemExit(result.returncode)


def prepare(command: str) -> Path:
    python = ensure_venv()
    if command == "lock":  # resolving needs only pip; the lock may not exist yet
        return python
    ensure_dependencies(python, EXTRAS_FOR[command])
    ensure_translations(python)
    return python


def run(python: Path, args: list[str]) -> int:
    say("starting FrontDesk")
    return subprocess.run([str(python), str(ROOT / "main.py"), *args], cwd=ROOT).returncode


def test(python: Path, args: list[str]) -> int:
    say("running the tests (QT_QPA_PLATFORM=offscreen)")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONIOENCODING="utf-8")
    code = subprocess.run([str(python), "-m", "pytest", *args], cwd=ROOT, env=env).returncode
    say("tests passed" if code == 0 else f"pytest exited with {code}")
    return code


def lock(python: Path, args: list[str]) -> int:
    """Resolve every dependency and extra of pyproject.toml for all platforms into requirements.lock.

    uv resolves for Python 3.11 and newer at once (markers keep the Python-specific
    pins apart); it is installed into .venv for this only. Review the diff, run the
    tests, commit pyproject.toml and requirements.lock together.
    """
    subprocess.run([str(python), "-m", "pip", "install", "--disable-pip-version-check",
                    "--quiet", "uv"], cwd=ROOT, check=True)
    uv = VENV / ("Scripts/uv.exe" if os.name == "nt" else "bin/uv")
    command = [str(uv), "pip", "compile", "pyproject.toml", "--universal", "--python-version",
               "3.11", "--all-extras", "--no-header", "--quiet", "-o", str(LOCK), *args]
    code = subprocess.run(command, cwd=ROOT).returncode
    if code == 0:
        text = LOCK.read_text(encoding="utf-8")
        LOCK.write_text(LOCK_HEADER + text, encoding="utf-8")
        say(f"{LOCK.name} written; the next run installs from it")
    return code


LOCK_HEADER = """\
# The exact versions every FrontDesk environment installs: `dev.py run`, `dev.py test`,
# CI and the bundle (pip install --constraint requirements.lock ...).
# Made by `python scripts/dev.py lock` from pyproject.toml; do not edit by hand.
"""


def bundle(python: Path, args: list[str]) -> int:
    return subprocess.run([str(python), str(ROOT / "scripts" / "build_bundle.py"), *args], cwd=ROOT).returncode


def main(argv: list[str]) -> int:
    if sys.version_info < (3, 11):  # noqa: UP036 - this runs under whatever Python was typed
        print(f"FrontDesk needs Python 3.11 or newer; this is {platform.python_version()}", file=sys.stderr)
        return 1
    if not argv or argv[0] not in EXTRAS_FOR:
        print(USAGE)
        return 0 if argv and argv[0] in ("-h", "--help", "help") else 2
    command, args = argv[0], argv[1:]
    try:
        python = prepare(command)
        return {"run": run, "test": test, "bundle": bundle, "lock": lock}[command](python, args)
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
