"""考评 (daily rounds, weekly checks, systematic evaluations and the month-end check: the keyboard grid, the vendor's confirmation, objections ruled on, serious failures to the director).

The part's modules: ``evaluations_steps`` (the document's steps, numbers, audit words),
``evaluations_ops`` (drafting, scoring, submitting, signing, ruling, cancelling),
``evaluations_lists`` (the list, serious failures open), ``evaluations_demo``.
The package's ``__init__`` gathers ``__all__`` and the descriptor's parts below.
"""

from __future__ import annotations

from . import evaluations_lists, evaluations_ops, evaluations_steps
from .evaluations_demo import add_evaluations
from .evaluations_lists import *  # noqa: F401,F403 - named in each module's __all__
from .evaluations_ops import *  # noqa: F401,F403
from .evaluations_steps import *  # noqa: F401,F403

__all__ = [*evaluations_steps.__all__, *evaluations_ops.__all__, *evaluations_lists.__all__]

TABLES: tuple = ()  # (the area's tables are all in base.py)
SEEDERS: tuple = ()
DEMO_STEPS: tuple = (add_evaluations,)
STEPS: tuple = evaluations_steps.STEPS


def check() -> list[str]:
    """This part's invariants broken, in plain sentences (empty: sound)."""
    from peewee import JOIN, Case, fn

    from .base import DRAFT, Evaluation, EvaluationItem
    item = EvaluationItem
    off = fn.COALESCE(fn.SUM(Case(None, [(~item.passed, item.points_off)], 0)), 0)
    failed = fn.COALESCE(fn.MAX(Case(None, [(~item.passed, 1)], 0)), 0)
    rows = (Evaluation.select(Evaluation.number, Evaluation.score, Evaluation.failed,
                              off.alias("off"), failed.alias("any_failed"))
            .join(item, JOIN.LEFT_OUTER, on=(item.evaluation == Evaluation.id))
            .where(Evaluation.status != DRAFT).group_by(Evaluation.id).tuples())
    problems = []
    for number, score, was_failed, points_off, any_failed in rows:
        expected = max(0.0, 100.0 - float(points_off))
        if abs(float(score) - expected) > 0.05 or bool(was_failed) != bool(any_failed):
            problems.append(f"evaluation {number}: score {score} / failed {bool(was_failed)}, "
                            f"its items say {expected:.1f} / {bool(any_failed)}")
    return problems
