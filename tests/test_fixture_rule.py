"""The suite's fixtures are defined once and reached by name, never by import.

A fixture used across modules lives in a conftest file (tests/conftest.py for all,
tests/gui/conftest.py for the GUI's); one used by a single module may stay in it. So:

- no fixture name is defined twice anywhere under tests/ (no copies, no overrides);
- tests/helpers/ holds plain helpers only, no fixtures;
- no module imports from a test module (``test_*.py``), nor imports a fixture by name.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

TESTS = Path(__file__).resolve().parent


def _fixture_name(node: ast.AST) -> str | None:
    """The fixture a function definition makes (its ``name=`` if given), else None."""
    if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
        return None
    for decorator in node.decorator_list:
        call = decorator if isinstance(decorator, ast.Call) else None
        target = call.func if call else decorator
        if ast.unparse(target) in ("pytest.fixture", "fixture"):
            for keyword in call.keywords if call else []:
                if keyword.arg == "name" and isinstance(keyword.value, ast.Constant):
                    return str(keyword.value.value)
            return node.name
    return None


def _imports(tree: ast.Module) -> list[tuple[int, str, list[str]]]:
    """(line, module, names) of every import; ``import a.b`` gives ("a.b", [])."""
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            out.append((node.lineno, "." * node.level + (node.module or ""),
                        [alias.name for alias in node.names]))
        elif isinstance(node, ast.Import):
            out.extend((node.lineno, alias.name, []) for alias in node.names)
    return out


def _is_module(root: Path, package: str, name: str) -> bool:
    """Whether ``from package import name`` names a module of the tree (tests.helpers.clock)."""
    if not package.startswith("tests"):
        return False
    folder = root.joinpath(*package.split(".")[1:])
    return (folder / f"{name}.py").is_file() or (folder / name / "__init__.py").is_file()


def violations(root: Path) -> list[str]:
    """Every breach of the rule in the test tree at ``root``, one line each."""
    trees = {path: ast.parse(path.read_text(encoding="utf-8")) for path in sorted(root.rglob("*.py"))}
    defined: dict[str, list[str]] = defaultdict(list)
    problems = []
    for path, tree in trees.items():
        where = path.relative_to(root).as_posix()
        for node in ast.walk(tree):
            name = _fixture_name(node)
            if name is None:
                continue
            defined[name].append(f"{where}:{node.lineno}")
            if where.startswith("helpers/"):
                problems.append(f"{where}:{node.lineno} defines fixture {name!r} in tests/helpers")
    problems += [f"fixture {name!r} is defined {len(places)} times: {', '.join(places)}"
                 for name, places in sorted(defined.items()) if len(places) > 1]
    for path, tree in trees.items():
        where = path.relative_to(root).as_posix()
        for line, module, names in _imports(tree):
            parts = module.lstrip(".").split(".")
            if any(part.startswith("test_") for part in parts) or any(
                    n.startswith("test_") for n in names):
                problems.append(f"{where}:{line} imports from a test module ({module})")
            if module.startswith(("tests", ".")):
                for name in sorted(set(names) & set(defined)):
                    if not _is_module(root, module, name):
                        problems.append(f"{where}:{line} imports fixture {name!r} by name")
    return problems


def test_every_fixture_is_defined_once_and_no_test_module_is_imported():
    assert violations(TESTS) == []


def test_the_rule_names_each_kind_of_breach(tmp_path):
    files = {
        "conftest.py": "import pytest\n\n@pytest.fixture\ndef staff():\n    return 1\n",
        "a/test_one.py": "import pytest\n\n@pytest.fixture\ndef staff():\n    return 2\n\n"
                         "def helper():\n    return 3\n",
        "b/test_two.py": "from pytest import fixture\n\n@fixture(name='clock')\ndef _c():\n    pass\n\n"
                         "@fixture(scope='module')\ndef clock():\n    pass\n",
        "c/test_three.py": "from tests.a.test_one import helper\nfrom tests.a import test_one\n",
        "d/test_four.py": "from tests.conftest import staff  # noqa: F401\n",
        "helpers/tools.py": "import pytest\n\n@pytest.fixture\ndef office():\n    pass\n",
        "e/test_fine.py": "from tests.helpers import tools\nfrom tests.helpers.tools import x\n\n"
                          "def test_x(staff):\n    pass\n",
        "helpers/staff.py": "def storeroom_staff():\n    pass\n",
        "f/test_module_named_like_a_fixture.py": "from tests.helpers import staff\n",
    }
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    assert violations(tmp_path) == [
        "helpers/tools.py:4 defines fixture 'office' in tests/helpers",
        "fixture 'clock' is defined 2 times: b/test_two.py:4, b/test_two.py:8",
        "fixture 'staff' is defined 2 times: a/test_one.py:4, conftest.py:4",
        "c/test_three.py:1 imports from a test module (tests.a.test_one)",
        "c/test_three.py:2 imports from a test module (tests.a)",
        "d/test_four.py:1 imports fixture 'staff' by name",
    ]
