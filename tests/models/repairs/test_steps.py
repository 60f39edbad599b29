"""The repair order's steps as declared (repairs.ORDER_STEPS) agree with the office's rules
and with the operations: for every step × role × state, the toolbar's answer is the
operation's (it succeeds, or it is refused with the declaration's own message)."""

from __future__ import annotations

from models import people, repairs
from models.repairs import steps as s
from tests.helpers.step_cases import Tally, rolled_back

STEPS = repairs.ORDER_STEPS


def registered(clerk):
    return repairs.register({"location": "B座1203", "content": "水龙头漏水",
                             "category": repairs.categories()[0].id}, by=clerk)


# How to bring a new order into each situation (the clerk and engineering do it).
SITUATIONS = {
    "registered": [],
    "dispatched": ["dispatch"],
    "dispatched, paper back": ["dispatch", "paper"],
    "in progress": ["dispatch", "accept"],
    "completed": ["dispatch", "accept", "complete"],
    "checked": ["dispatch", "accept", "complete", "check"],
    "called back": ["dispatch", "accept", "complete", "check", "call_back"],
    "cancelled": ["cancel"],
    "cancelled, paper out": ["dispatch", "cancel"],
}


# The office's rules (docs/domain.md, "Repair orders"), written out here on their own: step -> (the roles that
# may take it, the situations it applies in; None: any, or no order needed).
CLERKS, ENGINEERS = {people.CLERK, people.MANAGER}, {people.ENGINEERING, people.MANAGER}
# The duty officer takes a report and hands it to engineering (§二 3.7), paper copy and all.
TAKE_REPORTS = CLERKS | {people.DUTY}
NOT_ACCEPTED = {"registered", "dispatched", "dispatched, paper back"}
# The paper copy is out with engineering from the dispatch until it is returned (回单).
RULES = {
    s.NEW: (TAKE_REPORTS, None),
    s.EDIT: (TAKE_REPORTS, NOT_ACCEPTED),
    s.DISPATCH: (TAKE_REPORTS, {"registered"}),
    s.PAPER: (TAKE_REPORTS, {"dispatched", "in progress", "completed", "checked", "called back"}),
    s.ACCEPT: (ENGINEERS, {"dispatched", "dispatched, paper back"}),
    s.COMPLETE: (ENGINEERS, {"in progress"}),
    s.CHECK: (CLERKS, {"completed"}),
    s.SEND_BACK: (CLERKS, {"completed"}),
    s.CALL_BACK: (CLERKS, {"checked"}),
    s.CANCEL: (CLERKS, NOT_ACCEPTED | {"in progress"}),
}


def rule(name: str, user, situation: str) -> bool:
    roles, situations = RULES[name]
    return (user.active and bool(user.roles & roles)
            and (situations is None or situation in situations))


def operations(order_id: int | None, user, category_id: int) -> dict:
    """Each step's operation, with values it accepts."""
    return {
        s.NEW: lambda: repairs.register({"location": "A101", "content": "灯不亮",
                                         "category": category_id}, by=user),
        s.EDIT: lambda: repairs.update_order(order_id, {"content": "灯不亮了"}, by=user),
        s.DISPATCH: lambda: repairs.dispatch(order_id, "刘海波", by=user),
        s.PAPER: lambda: repairs.mark_paper_returned(order_id, by=user),
        s.ACCEPT: lambda: repairs.accept(order_id, by=user),
        s.COMPLETE: lambda: repairs.complete(order_id, "换了阀芯", by=user),
        s.CHECK: lambda: repairs.check(order_id, by=user),
        s.SEND_BACK: lambda: repairs.send_back(order_id, "还在漏", by=user),
        s.CALL_BACK: lambda: repairs.call_back(order_id, repairs.SATISFIED, by=user),
        s.CANCEL: lambda: repairs.cancel(order_id, "住户自己修好了", by=user),
    }


def advance(order, step: str, clerk, eng) -> None:
    {"dispatch": lambda: repairs.dispatch(order.id, "刘海波", by=clerk),
     "paper": lambda: repairs.mark_paper_returned(order.id, by=clerk),
     "accept": lambda: repairs.accept(order.id, by=eng),
     "complete": lambda: repairs.complete(order.id, "换了阀芯", by=eng),
     "check": lambda: repairs.check(order.id, by=clerk),
     "call_back": lambda: repairs.call_back(order.id, repairs.SATISFIED, by=clerk),
     "cancel": lambda: repairs.cancel(order.id, "不修了", by=clerk)}[step]()


def test_every_step_role_and_state_agrees_with_the_operation(make_user, admin):
    users = [make_user(role, login=f"u_{role}") for role in people.ROLES]
    users.append(make_user(people.MANAGER, people.CLERK, login="gone"))
    users[-1] = people.set_active(users[-1].id, False, by=admin)
    clerk = next(u for u in users if u.roles == {people.CLERK})
    eng = next(u for u in users if u.roles == {people.ENGINEERING})
    category = repairs.categories()[0].id
    tally = Tally()
    for user in users:  # steps that need no order
        tally.check(STEPS, s.NEW, user, None, operations(None, user, category)[s.NEW], "nothing",
                    rule(s.NEW, user, "nothing"))
    for situation, path in SITUATIONS.items():
        with rolled_back():
            order = registered(clerk)
            for step in path:
                advance(order, step, clerk, eng)
            order = repairs.get_order(order.id)
            for user in users:
                for name, operation in operations(order.id, user, category).items():
                    if name != s.NEW:
                        tally.check(STEPS, name, user, order, operation, situation,
                                    rule(name, user, situation))
    assert tally.problems == []
    assert tally.cases == len(users) * (1 + 9 * len(SITUATIONS))
    # Every step with an operation was both allowed and refused somewhere: the test can fail.
    assert all(outcome == {True, False} for outcome in tally.outcomes.values()), tally.outcomes
    # The steps without an operation: opening and printing an order, the monthly report.
    order = registered(clerk)
    for user in users:
        allowed = STEPS.allowed(user, order)
        assert {s.OPEN, s.PRINT, s.MONTHLY} <= set(allowed)
        assert set(STEPS.allowed(user, None)) <= {s.NEW, s.MONTHLY}
