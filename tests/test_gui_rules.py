"""gui/ holds no rules: no SQL, no transactions, no permission checks, no copied limits.

An AST scan of every module under gui/ (docs/architecture.md, "How a record
travels"). What it refuses:

- importing peewee, or opening a connection of its own (``sqlite3.connect``);
- building or running a query: ``.where(``, ``.get_or_none(``, ``.get_by_id(``,
  ``.order_by(``, ``.group_by(``, ``.tuples(``, ``.dicts(``, ``.execute_sql(``, and
  ``.select(`` on anything but the widget itself (a view's own ``self.select(id)``);
- a transaction: ``atomic(`` / ``.transaction(`` in any form;
- a permission decided in the GUI: ``.can(`` (steps come from models' declarations,
  ``Steps.allowed``);
- a length limit written as a number: ``max_length=<int>``, ``setMaxLength(<int>)``,
  or a module or class constant ``…LENGTH = <int>`` (a form
  takes the model field's, ``FieldSpec(field=...)`` or ``values.limit_of``).

The scan is shown a deliberately broken module and must refuse each line of it.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QUERY_METHODS = {"where", "get_or_none", "get_by_id", "order_by", "group_by", "tuples", "dicts",
                 "execute_sql"}
TRANSACTIONS = {"atomic", "transaction", "savepoint", "manual_commit"}
LIMIT_NAME = re.compile(r"LENGTH$")  # a field's length (HISTORY_LIMIT = 50 rows is no such)


def _int_literal(node: ast.AST | None) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, int) \
        and not isinstance(node.value, bool)


def _limit_constants(tree: ast.Module) -> list[tuple[int, str]]:
    """``REASON_LENGTH = 100`` at module or class level."""
    found = []
    bodies = [tree.body] + [n.body for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]
    for body in bodies:
        for node in body:
            targets = node.targets if isinstance(node, ast.Assign) else \
                [node.target] if isinstance(node, ast.AnnAssign) else []
            for target in targets:
                if isinstance(target, ast.Name) and LIMIT_NAME.search(target.id) \
                        and _int_literal(node.value):
                    found.append((node.lineno, f"a limit written as a number: {target.id}"))
    return found


def rule_breaks(source: str) -> list[tuple[int, str]]:
    """(line, what) for every rule the module's source breaks."""
    tree = ast.parse(source)
    found = _limit_constants(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, "imports peewee") for a in node.names
                      if a.name.split(".")[0] == "peewee"]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 \
                and (node.module or "").split(".")[0] == "peewee":
            found.append((node.lineno, "imports peewee"))
        elif isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else \
                func.id if isinstance(func, ast.Name) else ""
            receiver = ast.unparse(func.value) if isinstance(func, ast.Attribute) else ""
            if name in TRANSACTIONS:
                found.append((node.lineno, f"opens a transaction: {name}()"))
            elif isinstance(func, ast.Attribute) and name in QUERY_METHODS:
                found.append((node.lineno, f"queries: .{name}()"))
            elif isinstance(func, ast.Attribute) and name == "select" and receiver != "self":
                found.append((node.lineno, f"queries: {receiver}.select()"))
            elif isinstance(func, ast.Attribute) and name == "connect" and receiver == "sqlite3":
                found.append((node.lineno, "opens a connection: sqlite3.connect()"))
            elif isinstance(func, ast.Attribute) and name == "can":
                found.append((node.lineno, f"decides a permission: {receiver}.can()"))
            elif name == "setMaxLength" and node.args and _int_literal(node.args[0]):
                found.append((node.lineno, "a limit written as a number: setMaxLength"))
            for keyword in node.keywords:
                if keyword.arg == "max_length" and _int_literal(keyword.value):
                    found.append((node.lineno, "a limit written as a number: max_length="))
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            for arg, default in zip(reversed(node.args.args + node.args.kwonlyargs),
                                    reversed(node.args.defaults + node.args.kw_defaults),
                                    strict=False):
                if arg.arg == "max_length" and _int_literal(default):
                    found.append((node.lineno, "a limit written as a number: max_length="))
    return sorted(found)


def gui_rule_breaks(root: Path) -> list[str]:
    problems = []
    for path in sorted((root / "gui").rglob("*.py")):
        for line, what in rule_breaks(path.read_text(encoding="utf-8")):
            problems.append(f"{path.relative_to(root)}:{line} {what}")
    return problems


def test_gui_holds_no_sql_no_transaction_no_permission_check_and_no_copied_limit():
    assert gui_rule_breaks(ROOT) == []


BROKEN = '''
import peewee
from peewee import fn
import sqlite3
from models import db as dbmod, repairs
REASON_LENGTH = 100


class Form:
    NAME_LENGTH = 20

    def show(self, user, editor, order_id):
        rows = repairs.RepairOrder.select().where(repairs.RepairOrder.id == order_id)
        order = repairs.RepairOrder.get_or_none(repairs.RepairOrder.id == order_id)
        other = repairs.RepairOrder.get_by_id(order_id)
        names = rows.order_by(repairs.RepairOrder.number).group_by(1).tuples()
        with dbmod.database.atomic():
            pass
        dbmod.database.execute_sql("DELETE FROM repair_order")
        sqlite3.connect("office.sqlite")
        if user.can("settings.manage"):
            editor.setMaxLength(30)
        return FieldSpec("name", "Name", max_length=40)

    def select(self, record_id):
        self.select(record_id)  # a view selecting its own row is no query


def editor(max_length: int = 20):
    pass
'''


def test_the_scan_refuses_each_broken_line():
    found = [what for _line, what in rule_breaks(BROKEN)]
    assert found == [
        "imports peewee", "imports peewee", "a limit written as a number: REASON_LENGTH",
        "a limit written as a number: NAME_LENGTH",
        "queries: .where()", "queries: repairs.RepairOrder.select()",
        "queries: .get_or_none()", "queries: .get_by_id()",
        "queries: .group_by()", "queries: .order_by()", "queries: .tuples()",
        "opens a transaction: atomic()", "queries: .execute_sql()",
        "opens a connection: sqlite3.connect()", "decides a permission: user.can()",
        "a limit written as a number: setMaxLength",
        "a limit written as a number: max_length=",
        "a limit written as a number: max_length=",
    ]
