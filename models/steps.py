"""Steps (操作): who may take which step on a record, in which states — declared once per area.

An area declares, for each kind of record, the steps a clerk can take on it
(its toolbar's buttons, its menus): the permission it needs, the states of the
record it applies in, and any further condition on the record. The area's
operations check against the declaration (``require``), and the GUI enables
its buttons from it (``allowed``), so the two cannot drift apart:

    REPAIR_STEPS = steps.declare(RepairOrder, [
        Step("dispatch", DISPATCH, states=(REGISTERED,), refusal=QT_TRANSLATE_NOOP(
            "DomainError", "Order {number} is {status}; only a registered order can be "
            "dispatched.")),
        ...], status_label=status_label)

    REPAIR_STEPS.require(by, "dispatch")         # the role, before anything is read
    order = get_order(order_id)
    REPAIR_STEPS.require_state("dispatch", order)  # the state, with the operation's message
    steps.allowed_steps(user, order)              # ["open", "dispatch", "cancel", "print", ...]

A refusal is the DomainError the operation has always raised: PermissionDenied
naming the (first) permission, or the step's own message with the record's
``{number}`` and ``{status}``. Rules that need more than the record (stock on
hand, a closed month) stay in the operation. See docs/architecture.md.

A step declared ``vouch=True`` (a signature: 签字, 确认, 批准, a repair order's
steps) may be taken at someone else's desk: when the user logged in there may
not take it but another role may (``roles_for``), the desk offers it
(``vouchable``, ``offered``) and asks that role's holder for their login and
password (``people.vouch``); the operation then runs as them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from . import people
from .errors import DomainError
from .i18n import Translatable
from .people import User

# A permission, one of several (any will do; the first is named when none is held), or none.
Permission = str | tuple[str, ...] | None


@dataclass(frozen=True)
class Rule:
    """A further condition on the record (beyond its state), and the refusal when it fails."""

    holds: Callable[[Any], bool]
    refusal: str  # a DomainError template; {number} and {status} are the record's


@dataclass(frozen=True)
class Step:
    """One step on a kind of record.

    ``permission`` may also be a function of the record (a draft is ended by whoever
    writes drafts, a submitted document only by the manager). ``states`` None: any
    state. ``refusal``: the message when the record is in another state. A step
    with ``on_record=False`` (New, Start a stocktake) needs no record and ignores it.
    ``vouch``: someone who may take it can do so at another's desk with their login
    and password (a step on a record only).
    """

    name: str
    permission: Permission | Callable[[Any], Permission] = None
    states: tuple[str, ...] | None = None
    refusal: str = ""
    rules: tuple[Rule, ...] = ()
    on_record: bool = True
    vouch: bool = False  # another role's holder may take it at this desk (people.vouch)

    def permission_for(self, record: Any) -> Permission:
        if callable(self.permission):
            if record is None:
                raise ValueError(f"step {self.name!r}: its permission depends on the record")
            return self.permission(record)
        return self.permission


def _held(permissions: set[str], wanted: Permission) -> bool:
    if wanted is None:
        return True
    if isinstance(wanted, str):
        return wanted in permissions
    return any(p in permissions for p in wanted)


def require_permission(user: User | None, wanted: Permission) -> None:
    """Refused (PermissionDenied naming the first) unless ``user`` holds one of ``wanted`` now."""
    if wanted is None:
        return
    if isinstance(wanted, str):
        people.require(user, wanted)
    elif not any(user is not None and user.can(p) for p in wanted):
        people.require(user, wanted[0])


def roles_holding(wanted: Permission) -> list[str]:
    """The roles whose permissions satisfy ``wanted``, in people.ROLES order (none for None)."""
    if wanted is None:
        return []
    return [role for role in people.ROLES
            if _held(people.ROLE_PERMISSIONS.get(role, set()), wanted)]


def permissions_now(user: User | None) -> set[str]:
    """What ``user`` may do as the file says now (one read, as ``User.can`` does)."""
    if user is None:
        return set()
    user.reread_access()
    return user.permissions() if user.active else set()


class Steps:
    """The steps of one kind of record, in the order a toolbar shows them."""

    def __init__(self, steps: Iterable[Step],
                 status_label: Callable[[str], Translatable | str] = str) -> None:
        self.steps: dict[str, Step] = {}
        for step in steps:
            if step.name in self.steps:
                raise ValueError(f"step {step.name!r} is declared twice")
            self.steps[step.name] = step
        self.status_label = status_label

    def __getitem__(self, name: str) -> Step:
        return self.steps[name]

    def __contains__(self, name: object) -> bool:
        return name in self.steps

    def names(self) -> list[str]:
        return list(self.steps)

    # --- asking -----------------------------------------------------------------------

    def refusal(self, name: str, record: Any) -> DomainError | None:
        """Why ``record``'s state (or a rule) does not allow the step, or None."""
        step = self.steps[name]
        if not step.on_record:
            return None
        if step.states is not None and record.status not in step.states:
            return self._refuse(step.refusal, record)
        for rule in step.rules:
            if not rule.holds(record):
                return self._refuse(rule.refusal, record)
        return None

    def _refuse(self, template: str, record: Any) -> DomainError:
        return DomainError(template, number=record.number,
                           status=self.status_label(record.status))

    def allowed(self, user: User | None, record: Any = None) -> list[str]:
        """The steps ``user`` may take on ``record`` now (None: nothing selected)."""
        return [name for name, own in self._open_steps(user, record) if own]

    def vouchable(self, user: User | None, record: Any = None) -> list[str]:
        """The steps ``user`` may not take on ``record`` but someone of another role may take
        at this desk (declared ``vouch``; the record's state allows them now)."""
        return [name for name, own in self._open_steps(user, record) if not own]

    def offered(self, user: User | None, record: Any = None) -> list[str]:
        """What a desk offers ``user`` on ``record``: the steps allowed, and those another
        may take here (``vouchable``), in the declaration's order."""
        return [name for name, _own in self._open_steps(user, record)]

    def _open_steps(self, user: User | None, record: Any) -> list[tuple[str, bool]]:
        """(step, True when ``user`` holds its permission) for each step the record's state
        allows and that ``user`` may take or another role may take here. One read of access."""
        held = permissions_now(user)
        active = user is not None and bool(user.active)
        out = []
        for step in self.steps.values():
            if step.on_record and record is None:
                continue
            wanted = step.permission_for(record if step.on_record else None)
            own = _held(held, wanted)
            if not own and not (active and step.vouch and step.on_record
                                and roles_holding(wanted)):
                continue
            if self.refusal(step.name, record) is None:
                out.append((step.name, own))
        return out

    def allows(self, user: User | None, name: str, record: Any = None) -> bool:
        return name in self.allowed(user, record)

    def permits(self, user: User | None, name: str, record: Any = None) -> bool:
        """Does ``user`` hold the step's permission (whatever the record's state)?"""
        step = self.steps[name]
        return _held(permissions_now(user), step.permission_for(record if step.on_record
                                                                 else None))

    def roles_for(self, name: str, record: Any = None) -> list[str]:
        """The roles that may take step ``name`` (on ``record``, when its permission depends
        on it), in people.ROLES order; none when the step needs no permission."""
        step = self.steps[name]
        return roles_holding(step.permission_for(record if step.on_record else None))

    def may_vouch(self, name: str, record: Any = None) -> bool:
        """Whether someone of a role that may take the step could take it at another's desk."""
        step = self.steps[name]
        return step.vouch and step.on_record and bool(self.roles_for(name, record))

    # --- refusing -----------------------------------------------------------------------

    def require_permission(self, user: User | None, name: str, record: Any = None) -> None:
        """The step's role check alone (for ``record`` when the permission depends on it)."""
        step = self.steps[name]
        require_permission(user, step.permission_for(record if step.on_record else None))

    def require_state(self, name: str, record: Any) -> None:
        """The step's state and rules on ``record``, with the operation's message."""
        problem = self.refusal(name, record)
        if problem is not None:
            raise problem

    def require(self, user: User | None, name: str, record: Any = None) -> None:
        """The role, then (given the record) its state: what the operation refuses first."""
        self.require_permission(user, name, record)
        if record is not None:
            self.require_state(name, record)


# --- the declarations, by the record's class -------------------------------------------

DECLARED: dict[type, Steps] = {}


def declare(model: type, steps: Sequence[Step],
            status_label: Callable[[str], Translatable | str] = str) -> Steps:
    """The steps of ``model``'s records (its area declares them once, at import)."""
    table = Steps(steps, status_label)
    DECLARED[model] = table
    return table


def steps_of(record_or_model: Any) -> Steps:
    model = record_or_model if isinstance(record_or_model, type) else type(record_or_model)
    for cls in model.__mro__:
        if cls in DECLARED:
            return DECLARED[cls]
    raise LookupError(f"no steps are declared for {model.__name__}")


def allowed_steps(user: User | None, record: Any, model: type | None = None) -> list[str]:
    """The steps ``user`` may take on ``record`` (of ``model`` when nothing is selected)."""
    return steps_of(model or record).allowed(user, record)


def require_step(user: User | None, step: str, record: Any, model: type | None = None) -> None:
    """Refused with the operation's own DomainError unless ``user`` may take ``step``."""
    steps_of(model or record).require(user, step, record)
