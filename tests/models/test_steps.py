"""models.steps: a declaration answers who may take which step on a record, and refuses with
the operation's own messages (the areas' declarations are checked against their operations
in tests/models/<area>/test_steps.py)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from models import people, steps
from models.errors import DomainError, PermissionDenied
from models.i18n import QT_TRANSLATE_NOOP
from models.steps import Rule, Step, Steps

WRITE, APPROVE = people.KEEP_STORE, people.APPROVE

WRONG_STATE = QT_TRANSLATE_NOOP("DomainError", "{number} is {status}; only a draft can be changed.")
ALREADY = QT_TRANSLATE_NOOP("DomainError", "{number} is already cancelled.")


def doc(status: str = "draft", **more) -> SimpleNamespace:
    return SimpleNamespace(number="T-1", status=status, **more)


TABLE = Steps([
    Step("new", WRITE, on_record=False),
    Step("open"),
    Step("edit", WRITE, states=("draft",), refusal=WRONG_STATE),
    Step("approve", (APPROVE, WRITE), states=("draft",), refusal=WRONG_STATE),
    Step("cancel", lambda d: (WRITE, APPROVE) if d.status == "draft" else APPROVE,
         states=("draft", "submitted"), refusal=ALREADY),
    Step("stamp", None, rules=(
        Rule(lambda d: d.status != "cancelled", WRONG_STATE),
        Rule(lambda d: not d.stamped, QT_TRANSLATE_NOOP(
            "DomainError", "The paper copy of order {number} has already been returned.")),
    )),
], status_label=str.upper)


@pytest.fixture
def step_users(make_user):
    return {"keeper": make_user(people.STOREKEEPER), "boss": make_user(people.MANAGER),
            "clerk": make_user(people.CLERK)}


def refusal(call) -> DomainError | None:
    try:
        call()
    except DomainError as exc:
        return exc
    return None


def test_allowed_follows_permission_state_and_rules_in_the_declarations_order(step_users):
    keeper, boss, clerk = step_users["keeper"], step_users["boss"], step_users["clerk"]
    draft = doc(stamped=False)
    assert TABLE.allowed(keeper, draft) == ["new", "open", "edit", "approve", "cancel", "stamp"]
    assert TABLE.allowed(boss, draft) == ["open", "approve", "cancel", "stamp"]
    assert TABLE.allowed(clerk, draft) == ["open", "stamp"]
    assert TABLE.allowed(boss, doc("submitted", stamped=True)) == ["open", "cancel"]
    assert TABLE.allowed(keeper, doc("submitted", stamped=False)) == ["new", "open", "stamp"]
    assert TABLE.allowed(boss, doc("cancelled", stamped=False)) == ["open"]
    # Nothing selected: only what needs no record.
    assert TABLE.allowed(keeper, None) == ["new"]
    assert TABLE.allowed(boss, None) == []
    assert TABLE.allows(keeper, "edit", draft) and not TABLE.allows(keeper, "edit", None)


def test_require_refuses_with_the_permission_first_then_the_state(step_users):
    keeper, clerk = step_users["keeper"], step_users["clerk"]
    wrong_role = refusal(lambda: TABLE.require(clerk, "edit", doc("submitted")))
    assert isinstance(wrong_role, PermissionDenied)
    assert "keep the storeroom" in str(wrong_role)
    wrong_state = refusal(lambda: TABLE.require(keeper, "edit", doc("submitted")))
    assert type(wrong_state) is DomainError
    assert str(wrong_state) == "T-1 is SUBMITTED; only a draft can be changed."
    assert refusal(lambda: TABLE.require(keeper, "edit", doc())) is None
    # Without the record only the role is asked (the operation reads the record after).
    assert refusal(lambda: TABLE.require(keeper, "edit")) is None
    assert isinstance(refusal(lambda: TABLE.require(clerk, "edit")), PermissionDenied)
    assert refusal(lambda: TABLE.require_state("edit", doc("cancelled"))) is not None


def test_any_of_several_permissions_will_do_and_the_first_is_named(step_users):
    assert refusal(lambda: TABLE.require(step_users["keeper"], "approve", doc())) is None
    assert refusal(lambda: TABLE.require(step_users["boss"], "approve", doc())) is None
    denied = refusal(lambda: TABLE.require(step_users["clerk"], "approve", doc()))
    assert isinstance(denied, PermissionDenied) and "approve and confirm" in str(denied)


def test_a_permission_that_depends_on_the_record_needs_the_record(step_users):
    keeper, boss = step_users["keeper"], step_users["boss"]
    assert refusal(lambda: TABLE.require(keeper, "cancel", doc())) is None
    denied = refusal(lambda: TABLE.require(keeper, "cancel", doc("submitted")))
    assert isinstance(denied, PermissionDenied) and "approve and confirm" in str(denied)
    # A cancelled document: the role for its state first, then "already cancelled".
    assert isinstance(refusal(lambda: TABLE.require(keeper, "cancel", doc("cancelled"))),
                      PermissionDenied)
    assert str(refusal(lambda: TABLE.require(boss, "cancel", doc("cancelled")))) == \
        "T-1 is already cancelled."
    assert TABLE.permits(keeper, "cancel", doc()) and not TABLE.permits(keeper, "cancel",
                                                                        doc("submitted"))
    with pytest.raises(ValueError):
        TABLE.require_permission(keeper, "cancel")


def test_rules_refuse_in_their_order_with_their_own_message(step_users):
    clerk = step_users["clerk"]
    assert str(refusal(lambda: TABLE.require(clerk, "stamp", doc("cancelled", stamped=True)))) \
        == "T-1 is CANCELLED; only a draft can be changed."
    assert "already been returned" in str(
        refusal(lambda: TABLE.require(clerk, "stamp", doc(stamped=True))))


def test_a_disabled_account_may_take_no_step_and_is_told_so(step_users, admin):
    keeper = step_users["keeper"]
    people.set_active(keeper.id, False, by=admin)
    assert TABLE.allowed(keeper, doc(stamped=False)) == ["open", "stamp"]
    assert isinstance(refusal(lambda: TABLE.require(keeper, "edit", doc())),
                      people.AccountDisabled)
    assert TABLE.allowed(None, None) == []
    assert isinstance(refusal(lambda: TABLE.require(None, "new")), PermissionDenied)


def test_a_step_is_declared_once():
    with pytest.raises(ValueError, match="declared twice"):
        Steps([Step("open"), Step("open")])


def test_the_declarations_are_found_by_the_records_class(step_users):
    from models import repairs, warehouse

    assert steps.steps_of(warehouse.Receipt) is warehouse.RECEIPT_STEPS
    assert steps.steps_of(repairs.RepairOrder) is repairs.ORDER_STEPS
    receipt = warehouse.Receipt(number="RK1", status=warehouse.DRAFT)
    assert "submit" in steps.allowed_steps(step_users["boss"], receipt)
    assert steps.allowed_steps(step_users["keeper"], None, warehouse.Receipt) == ["new"]
    with pytest.raises(PermissionDenied):
        steps.require_step(step_users["keeper"], "submit", receipt)
    with pytest.raises(LookupError):
        steps.steps_of(people.Department)
