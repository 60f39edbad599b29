"""The house's arrows point one way: gui -> reports -> models, and Qt stays in gui.

Two independent guards, so the rule holds even where one of them is missing:
import-linter runs the contracts in pyproject.toml ([tool.importlinter]), and
a plain AST scan looks at every import statement in models/ and reports/.
The contracts also keep each area's modules behind its package (models.<area>,
reports.<area>, gui.<area>: what its __init__ offers). On grimp's graph, no
module imports itself back through others (late imports count), and the core
imports no area. Each guard is also shown a deliberately broken copy and must
refuse it.
"""

from __future__ import annotations

import ast
import importlib.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
QT_PACKAGES = {"PySide6", "shiboken6", "PySide2", "shiboken2", "PyQt5", "PyQt6", "qtpy", "sip"}
# package -> top-level names it must never import
FORBIDDEN = {
    "models": QT_PACKAGES | {"reports", "gui"},
    "reports": QT_PACKAGES | {"gui"},
}


def _module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imported_top_levels(path: Path, root: Path) -> list[tuple[int, str]]:
    """(line, top-level package) for each import in a file, relative imports resolved.

    Counts ``import x``, ``from x import y``, ``from .. import x`` and
    ``importlib.import_module("x")`` / ``__import__("x")`` with a literal name;
    imports under ``if TYPE_CHECKING:`` count too (they still couple the layers).
    """
    module = _module_name(path, root)
    is_package = path.name == "__init__.py"
    package_parts = module.split(".") if is_package else module.split(".")[:-1]
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name.split(".")[0]) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level == 0:
                found.append((node.lineno, (node.module or "").split(".")[0]))
                continue
            base = package_parts[: len(package_parts) - (node.level - 1)]
            if node.level - 1 > len(package_parts):
                base = []
            full = base + (node.module.split(".") if node.module else [])
            if full:
                found.append((node.lineno, full[0]))
            else:  # "from .. import gui" at the top: the names themselves are packages
                found += [(node.lineno, alias.name.split(".")[0]) for alias in node.names]
        elif (
            isinstance(node, ast.Call)
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
            and (
                (isinstance(node.func, ast.Attribute) and node.func.attr == "import_module")
                or (isinstance(node.func, ast.Name) and node.func.id in ("import_module", "__import__"))
            )
        ):
            found.append((node.lineno, node.args[0].value.lstrip(".").split(".")[0]))
    return found


def layer_violations(root: Path) -> list[str]:
    """Every forbidden import in root/models and root/reports, as 'file:line imports X'."""
    problems = []
    for package, forbidden in FORBIDDEN.items():
        for path in sorted((root / package).rglob("*.py")):
            for line, name in imported_top_levels(path, root):
                if name in forbidden:
                    rel = path.relative_to(root).as_posix()
                    problems.append(f"{rel}:{line} imports {name} (forbidden in {package}/)")
    return problems


def lint_imports_command() -> list[str] | None:
    """How to run import-linter with this interpreter's environment, or None."""
    bindir = Path(sys.executable).parent
    for name in ("lint-imports", "lint-imports.exe"):
        if (bindir / name).is_file():
            return [str(bindir / name)]
    if importlib.util.find_spec("importlinter") is not None:
        code = "import sys; from importlinter.cli import lint_imports_command as c; sys.exit(c())"
        return [sys.executable, "-c", code]
    return None


def run_lint_imports(root: Path) -> subprocess.CompletedProcess:
    """import-linter over ``root`` with root's pyproject.toml; the packages come from root."""
    command = lint_imports_command()
    if command is None:
        pytest.skip("import-linter is not installed in this environment (the AST tests still run)")
    env = dict(os.environ, PYTHONPATH=str(root), PYTHONIOENCODING="utf-8", NO_COLOR="1")
    return subprocess.run(
        [*command, "--config", str(root / "pyproject.toml"), "--no-cache", "--no-logo"],
        cwd=root, env=env, capture_output=True, text=True, encoding="utf-8", errors="replace",
        timeout=300,
    )


def test_import_linter_contracts_are_kept():
    result = run_lint_imports(ROOT)
    output = result.stdout + result.stderr
    assert result.returncode == 0, f"import-linter: a contract is broken:\n{output}"
    assert "0 broken" in output, output


def test_models_and_reports_never_import_qt_or_higher_layers():
    problems = layer_violations(ROOT)
    assert not problems, "layering broken:\n" + "\n".join(problems)


def test_the_packages_are_where_the_scan_looks():
    """A scan over nothing would pass vacuously."""
    for package in ("models", "reports", "gui"):
        assert (ROOT / package / "__init__.py").is_file(), package
    assert len(list((ROOT / "models").rglob("*.py"))) > 3


# --- the guards refuse a broken tree -------------------------------------------------------

def _copy_tree(tmp_path: Path) -> Path:
    root = tmp_path / "copy"
    for package in ("models", "reports", "gui"):
        shutil.copytree(ROOT / package, root / package, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy2(ROOT / "pyproject.toml", root / "pyproject.toml")
    return root


BROKEN = {
    "models/_qt_leak.py": "from PySide6.QtCore import QObject\n",
    "models/_up_leak.py": "from .. import gui\n",
    "reports/_gui_leak.py": "from gui import errors\n",
    "reports/_shiboken_leak.py": "import importlib\nimportlib.import_module('shiboken6')\n",
}


def test_the_ast_scan_catches_each_kind_of_leak(tmp_path):
    root = _copy_tree(tmp_path)
    for rel, text in BROKEN.items():
        (root / rel).write_text(text, encoding="utf-8")
    problems = "\n".join(layer_violations(root))
    assert "models/_qt_leak.py:1 imports PySide6" in problems
    assert "models/_up_leak.py:1 imports gui" in problems
    assert "reports/_gui_leak.py:1 imports gui" in problems
    assert "reports/_shiboken_leak.py:2 imports shiboken6" in problems


def test_import_linter_catches_a_qt_import_in_models(tmp_path):
    root = _copy_tree(tmp_path)
    assert run_lint_imports(root).returncode == 0, "the untouched copy should pass"
    (root / "models" / "_qt_leak.py").write_text(BROKEN["models/_qt_leak.py"], encoding="utf-8")
    (root / "reports" / "_gui_leak.py").write_text(BROKEN["reports/_gui_leak.py"], encoding="utf-8")
    result = run_lint_imports(root)
    output = result.stdout + result.stderr
    assert result.returncode != 0, output
    assert "BROKEN" in output, output
    assert "models._qt_leak" in output and "reports._gui_leak" in output, output


# --- areas through their public API; no import cycles ---------------------------------------

AREA_LEAKS = {
    # another area's module, not its package
    "models/warehouse/_leak.py": "from ..repairs.base import RepairOrder  # noqa: F401\n",
    # an area's models module from the GUI
    "gui/_models_leak.py": "from models.warehouse import lists  # noqa: F401\n",
    # an area's tab module, not its package
    "gui/_tab_leak.py": "from gui.warehouse.tab import WarehouseTab  # noqa: F401\n",
    # an area's paper module, not its package
    "reports/_paper_leak.py": "from reports.repairs.service_order import COPY_LABELS  # noqa: F401\n",
}


def test_import_linter_catches_a_reach_into_an_areas_modules(tmp_path):
    root = _copy_tree(tmp_path)
    for rel, text in AREA_LEAKS.items():
        (root / rel).write_text(text, encoding="utf-8")
    result = run_lint_imports(root)
    output = result.stdout + result.stderr
    assert result.returncode != 0, output
    for importer, imported in (("models.warehouse._leak", "models.repairs.base"),
                               ("gui._models_leak", "models.warehouse.lists"),
                               ("gui._tab_leak", "gui.warehouse.tab"),
                               ("reports._paper_leak", "reports.repairs.service_order")):
        assert f"{importer} -> {imported}" in output, output
    assert "Contracts: 3 kept, 4 broken." in output, output


def project_graph(root: Path) -> dict[str, list[str]]:
    """grimp's graph of models, reports and gui under ``root``: module -> what it imports.

    Late imports inside functions count too. Built in a child interpreter, so that the
    packages are the ones under ``root`` (a broken copy), not this process's.
    """
    if importlib.util.find_spec("grimp") is None:
        pytest.skip("grimp (import-linter's graph) is not installed in this environment")
    code = (
        "import json, grimp\n"
        "g = grimp.build_graph('models', 'reports', 'gui', cache_dir=None)\n"
        "print(json.dumps({m: sorted(g.find_modules_directly_imported_by(m)) for m in g.modules}))\n"
    )
    env = dict(os.environ, PYTHONPATH=str(root), PYTHONIOENCODING="utf-8")
    out = subprocess.run([sys.executable, "-c", code], cwd=root, env=env, capture_output=True,
                         text=True, encoding="utf-8", timeout=300, check=True).stdout
    return json.loads(out)


def import_cycles(graph: dict[str, list[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []
    counter = 0
    for start in sorted(graph):
        if start in index:
            continue
        work = [(start, iter(graph.get(start, ())))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, edges = work[-1]
            for target in edges:
                if target not in graph:
                    continue
                if target not in index:
                    index[target] = low[target] = counter
                    counter += 1
                    stack.append(target)
                    on_stack.add(target)
                    work.append((target, iter(graph.get(target, ()))))
                    break
                if target in on_stack:
                    low[node] = min(low[node], index[target])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    group = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        group.append(member)
                        if member == node:
                            break
                    if len(group) > 1:
                        groups.append(sorted(group))
    return groups


def test_no_import_cycles_among_the_projects_modules():
    """Not even through a late import inside a function (grimp counts those too)."""
    cycles = import_cycles(project_graph(ROOT))
    assert not cycles, "import cycles:\n" + "\n".join(" <-> ".join(c) for c in cycles)


def test_the_cycle_finder_finds_a_late_import_cycle(tmp_path):
    root = _copy_tree(tmp_path)
    (root / "models" / "_one.py").write_text("from . import _two  # noqa: F401\n", encoding="utf-8")
    (root / "models" / "_two.py").write_text(
        "def later():\n    from . import _three  # noqa: F401\n", encoding="utf-8")
    (root / "models" / "_three.py").write_text("from . import _one  # noqa: F401\n",
                                               encoding="utf-8")
    assert import_cycles(project_graph(root)) == [["models._one", "models._three", "models._two"]]


def test_the_core_names_no_area():
    """Only an area's own packages import it: adding one touches nothing of the core.

    (models.areas lists the areas by name; the registry readers import them by that name.)
    """
    from models import areas

    graph = project_graph(ROOT)
    names = set(areas.built())

    def area_of(module: str) -> str | None:
        parts = module.split(".")
        return parts[1] if len(parts) > 1 and parts[1] in names else None

    leaks = [f"{importer} -> {imported}" for importer, targets in sorted(graph.items())
             if area_of(importer) is None
             for imported in targets if area_of(imported) is not None]
    assert not leaks, "the core imports an area:\n" + "\n".join(leaks)
    assert names >= {"repairs", "warehouse"}  # not vacuous
