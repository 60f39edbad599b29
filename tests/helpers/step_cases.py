"""Checking an area's step declaration against its operations, case by case (no tests here).

For each step × user × record, ``Tally.check`` compares three answers: the
office's rule as the test states it (who may, in which states: written out
independently of the declaration), the declaration's (``allowed`` and
``require``), and the operation's, run inside a savepoint that is rolled back.
An allowed step must succeed; a step not allowed must be refused with exactly
the DomainError the declaration names (the role's or the state's).
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import contextmanager
from typing import Any

from models.db import database
from models.errors import DomainError
from models.steps import Steps


def refusal(call: Callable[[], object]) -> DomainError | None:
    try:
        call()
    except DomainError as exc:
        return exc
    return None


@contextmanager
def rolled_back():
    """Whatever is written inside is undone afterwards (a transaction, or a savepoint in one)."""
    with database.atomic() as txn:
        try:
            yield
        finally:
            txn.rollback()


def attempt(operation: Callable[[], object]) -> DomainError | None:
    with rolled_back():
        return refusal(operation)


class Tally:
    """The cases checked, and how each step came out (allowed / refused)."""

    def __init__(self) -> None:
        self.problems: list[str] = []
        self.outcomes: dict[str, set[bool]] = {}
        self.cases = 0

    def check(self, steps: Steps, name: str, user: Any, record: Any,
              operation: Callable[[], object], situation: str, rule: bool) -> None:
        """``rule``: may ``user`` take the step here, as the office's rules say."""
        self.cases += 1
        on = record if steps[name].on_record else None
        who = sorted(user.roles) if user.active else [*sorted(user.roles), "disabled"]
        where = f"{name} by {who} on {situation}"
        allowed = name in steps.allowed(user, on)
        expected = refusal(lambda: steps.require(user, name, on))
        self.outcomes.setdefault(name, set()).add(allowed)
        if allowed != rule:
            self.problems.append(f"{where}: allowed={allowed}, the office's rule says {rule}")
        if allowed != (expected is None):
            self.problems.append(f"{where}: allowed={allowed} but require says {expected!r}")
            return
        got = attempt(operation)
        if allowed and got is not None:
            self.problems.append(f"{where}: allowed, but the operation refused: {got}")
        elif not allowed and got is None:
            self.problems.append(f"{where}: not allowed ({expected}), but the operation did it")
        elif not allowed and (type(got) is not type(expected) or str(got) != str(expected)):
            self.problems.append(f"{where}: the operation refused with {type(got).__name__} "
                                 f"{got!s}, the declaration with {type(expected).__name__} "
                                 f"{expected!s}")
