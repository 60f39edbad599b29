"""Windows pitfalls a Linux machine can catch: text without an encoding, strftime with Chinese.

On Windows the locale encoding is a code page (cp936 on a Chinese desk, cp1252 on
others), so ``open()``/``read_text()`` without ``encoding=`` read and write other
bytes than on Linux, and under Python < 3.13 ``strftime("%Y年")`` raises
UnicodeEncodeError on a non-Chinese code page. Dates on paper are built from the
fields (reports.paper.chinese_date); every text file names its encoding.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = ("main.py", "models", "reports", "gui", "scripts", "bench", "tests", "resources")
TEXT_CALLS = {"read_text", "write_text"}
SUBPROCESS = {"run", "Popen", "check_output", "check_call", "call"}


def python_files():
    for name in FOLDERS:
        path = ROOT / name
        yield from [path] if path.is_file() else sorted(path.rglob("*.py"))


def _keywords(call: ast.Call) -> set[str]:
    return {k.arg for k in call.keywords if k.arg}


def _const(node) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def problems_in(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    found = []
    where = lambda node: f"{path.relative_to(ROOT)}:{node.lineno}"  # noqa: E731
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            args = [_const(a) for a in node.args]
            if name in ("strftime", "strptime") and any(a and not a.isascii() for a in args):
                found.append(f"{where(node)}: {name} with non-ASCII text")
            if name == "open" and isinstance(func, ast.Name):
                mode = args[1] if len(args) > 1 else _const(next(
                    (k.value for k in node.keywords if k.arg == "mode"), None)) or "r"
                if "b" not in mode and "encoding" not in _keywords(node):
                    found.append(f"{where(node)}: open() without encoding=")
            if name in TEXT_CALLS and not node.args[:1] and "encoding" not in _keywords(node):
                found.append(f"{where(node)}: {name}() without encoding=")
            if (name in SUBPROCESS and isinstance(func, ast.Attribute)
                    and getattr(func.value, "id", "") == "subprocess"
                    and _keywords(node) & {"text", "universal_newlines"}
                    and "encoding" not in _keywords(node)):
                found.append(f"{where(node)}: subprocess.{name}(text=True) without encoding=")
        if isinstance(node, ast.FormattedValue) and isinstance(node.format_spec, ast.JoinedStr):
            spec = "".join(_const(v) or "" for v in node.format_spec.values)
            if "%" in spec and not spec.isascii():
                found.append(f"{where(node)}: date format spec with non-ASCII text {spec!r}")
    return sorted(found, key=lambda p: int(p.split(":")[1]))


def test_no_strftime_with_chinese_and_no_text_file_without_an_encoding():
    problems = [p for path in python_files() for p in problems_in(path)]
    assert not problems, "\n".join(problems)


def test_the_checker_itself_finds_each_pitfall(tmp_path, monkeypatch):
    sample = tmp_path / "sample.py"
    sample.write_text(
        'import subprocess\n'
        'a = d.strftime("%Y年%m月")\n'
        'b = f"{d:%Y年}"\n'
        'c = open("x.txt")\n'
        'e = p.read_text()\n'
        'f = subprocess.run(["x"], text=True)\n'
        'ok = open("x", "rb"), p.read_text("utf-8"), d.strftime("%Y-%m"), f"{d:%Y-%m}"\n',
        encoding="utf-8")
    monkeypatch.setattr(sys.modules[__name__], "ROOT", tmp_path)
    found = problems_in(sample)
    assert [p.split(": ", 1)[0] for p in found] == [f"sample.py:{n}" for n in (2, 3, 4, 5, 6)]
