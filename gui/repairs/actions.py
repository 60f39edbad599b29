"""What can be done to a repair order, shared by the tab's toolbar and the order dialog.

Which steps there are, and which a user may take on an order now, is declared
once in models (``repairs.ORDER_STEPS``): the operations check it, and
``allowed(user, action, order)`` asks it to enable the buttons. The operation
still decides, and its refusal is shown to the clerk. Each handler returns
True when something was written; ``OrderActions.changed`` then tells the tab
to refresh. Opening an order (its dialog) is ``order_dialog.open_order``.

A step the user's role lacks but another's has (the engineer's 接单 at the
clerk's desk) is offered too (``offered``); its handler asks who acts
(gui.widgets.vouch) and runs the operation as them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from models import repairs
from models.errors import DomainError
from models.people import User
from reports.paper import person

from ..errors import show_error
from ..widgets import modal, print_preview
from ..widgets.vouch import acting_user
from ..widgets.worker import run_with_progress
from . import forms

_s = repairs.steps  # the step names, as models declares them
NEW, OPEN, EDIT, DISPATCH, ACCEPT = _s.NEW, _s.OPEN, _s.EDIT, _s.DISPATCH, _s.ACCEPT
COMPLETE, CHECK, SEND_BACK, CALL_BACK = _s.COMPLETE, _s.CHECK, _s.SEND_BACK, _s.CALL_BACK
CANCEL, PAPER, PRINT, MONTHLY = _s.CANCEL, _s.PAPER, _s.PRINT, _s.MONTHLY
# The toolbar's order, left to right: the declaration's. NEW and MONTHLY need no order.
STEPS = repairs.ORDER_STEPS
ORDER_ACTIONS = tuple(name for name in STEPS.names() if STEPS[name].on_record)


def allowed(user: User, action: str, order: repairs.RepairOrder | None) -> bool:
    """Whether the button for ``action`` should be enabled for this user and order."""
    return STEPS.allows(user, action, order)


class OrderActions(QObject):
    """The handlers behind the buttons; ``changed(order id)`` after every write."""

    changed = Signal(int)

    def __init__(self, user: User, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.user = user

    def texts(self) -> dict[str, str]:
        """The buttons' words."""
        return {
            NEW: self.tr("New"),
            OPEN: self.tr("Open"),
            EDIT: self.tr("Edit…"),
            DISPATCH: self.tr("Dispatch…"),
            ACCEPT: self.tr("Accept"),
            COMPLETE: self.tr("Complete…"),
            CHECK: self.tr("Check (pass)"),
            SEND_BACK: self.tr("Send back…"),
            CALL_BACK: self.tr("Call back…"),
            CANCEL: self.tr("Cancel…"),
            PAPER: self.tr("Paper returned"),
            PRINT: self.tr("Print service order"),
            MONTHLY: self.tr("Monthly report…"),
        }

    def tips(self) -> dict[str, str]:
        return {
            NEW: self.tr("Register a new repair order (Ctrl+N)"),
            OPEN: self.tr("Open the order: details, timeline, earlier orders (Enter)"),
            DISPATCH: self.tr("Hand the order to engineering and print its service order"),
            ACCEPT: self.tr("Engineering takes the order: it is now in progress"),
            COMPLETE: self.tr("Engineering reports the work done"),
            CHECK: self.tr("The completed work passes the check"),
            SEND_BACK: self.tr("The work is not right: back to engineering with the reason"),
            CALL_BACK: self.tr("Record the customer's verdict"),
            CANCEL: self.tr("Cancel an order not yet completed, with the reason"),
            PAPER: self.tr("Engineering brought back the signed paper copy (all selected orders)"),
            PRINT: self.tr("Print the 工程服务单 (two copies on one sheet)"),
            MONTHLY: self.tr("Print the monthly repair report"),
        }

    def allowed(self, action: str, order: repairs.RepairOrder | None) -> bool:
        return allowed(self.user, action, order)

    def offered(self, order: repairs.RepairOrder | None) -> list[str]:
        """The steps the user may take on ``order``, and those another may take at this desk."""
        return STEPS.offered(self.user, order)

    def run(self, action: str, parent: QWidget, order_ids: Sequence[int]) -> bool:
        """Do ``action`` on the first of ``order_ids`` (paper returned: on all of them).

        OPEN is not here: the order dialog opens itself (``order_dialog.open_order``).
        """
        if action == NEW:
            return self.new_order(parent) is not None
        if action == MONTHLY:
            self.monthly_report(parent)
            return False
        if not order_ids:
            return False
        if action == PAPER:
            return self.paper_returned(parent, order_ids)
        handler: Callable[[QWidget, int], bool] = {
            EDIT: self.edit,
            DISPATCH: self.dispatch,
            ACCEPT: self.accept,
            COMPLETE: self.complete,
            CHECK: self.check,
            SEND_BACK: self.send_back,
            CALL_BACK: self.call_back,
            CANCEL: self.cancel,
            PRINT: self.print_service_order,
        }[action]
        return handler(parent, order_ids[0])

    # --- helpers ----------------------------------------------------------------------

    def _order(self, parent: QWidget, order_id: int) -> repairs.RepairOrder | None:
        try:
            return repairs.get_order(order_id)
        except DomainError as exc:
            show_error(parent, exc)
            return None

    def _permitted(self, parent: QWidget, step: str) -> bool:
        """The operation's own role check, asked before a form is typed in vain."""
        try:
            STEPS.require_permission(self.user, step)
        except DomainError as exc:
            show_error(parent, exc)
            return False
        return True

    def _actor(self, parent: QWidget, step: str, order: repairs.RepairOrder) -> User | None:
        """Who takes ``step``: the user, or one who may and signs at this desk; or nobody."""
        return acting_user(parent, STEPS, self.user, step, order, self.texts()[step],
                           self.tr("Repair order {number}").format(number=order.number))

    def _form_step(self, parent: QWidget, order_id: int, step: str, make_form) -> bool:
        order = self._order(parent, order_id)
        actor = self._actor(parent, step, order) if order is not None else None
        if actor is None:
            return False
        form = make_form(actor, order, parent)
        saved = modal.run_form(form) is not None
        if saved:
            self.changed.emit(order_id)
        return saved

    def _confirmed_step(self, parent: QWidget, order_id: int, step: str, question: str,
                        operation: Callable[[User], object]) -> bool:
        order = self._order(parent, order_id)
        actor = self._actor(parent, step, order) if order is not None else None
        if actor is None:
            return False
        answer = QMessageBox.question(parent, self.tr("Repair order {number}").format(
            number=order.number), question.format(number=order.number))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            operation(actor)
        except DomainError as exc:
            show_error(parent, exc)
            return False
        self.changed.emit(order_id)
        return True

    # --- the handlers -----------------------------------------------------------------

    def new_order(self, parent: QWidget) -> repairs.RepairOrder | None:
        """登记: the keyboard-first form; the new order, or None."""
        if not self._permitted(parent, NEW):
            return None
        form = forms.order_form(self.user, parent)
        order = modal.run_form(form)
        if order is not None:
            self.changed.emit(order.id)
        return order

    def edit(self, parent: QWidget, order_id: int) -> bool:
        return self._form_step(parent, order_id, EDIT,
                               lambda user, order, p: forms.order_form(user, p, order))

    def dispatch(self, parent: QWidget, order_id: int) -> bool:
        done = self._form_step(parent, order_id, DISPATCH, forms.dispatch_form)
        if done:
            order = repairs.get_order(order_id)
            answer = QMessageBox.question(
                parent, self.tr("Print the service order"),
                self.tr("Order {number} is dispatched to {engineer}. Print its service order "
                        "now?").format(number=order.number, engineer=order.engineer))
            if answer == QMessageBox.StandardButton.Yes:
                self.print_service_order(parent, order_id)
        return done

    def accept(self, parent: QWidget, order_id: int) -> bool:
        return self._confirmed_step(
            parent, order_id, ACCEPT, self.tr("Engineering accepts order {number} now?"),
            lambda by: repairs.accept(order_id, by=by))

    def complete(self, parent: QWidget, order_id: int) -> bool:
        return self._form_step(parent, order_id, COMPLETE, forms.complete_form)

    def check(self, parent: QWidget, order_id: int) -> bool:
        return self._confirmed_step(
            parent, order_id, CHECK,
            self.tr("The work on order {number} passes the check? The customer is called "
                    "back next."),
            lambda by: repairs.check(order_id, by=by))

    def send_back(self, parent: QWidget, order_id: int) -> bool:
        return self._form_step(parent, order_id, SEND_BACK, forms.send_back_form)

    def call_back(self, parent: QWidget, order_id: int) -> bool:
        return self._form_step(parent, order_id, CALL_BACK, forms.call_back_form)

    def cancel(self, parent: QWidget, order_id: int) -> bool:
        return self._form_step(parent, order_id, CANCEL, forms.cancel_form)

    def paper_returned(self, parent: QWidget, order_ids: Sequence[int]) -> bool:
        """回单: the signed paper copies of the selected orders are back."""
        orders = repairs.get_orders(order_ids)
        actor = self._actor(parent, PAPER, orders[0]) if orders else None
        if actor is None:
            return False
        numbers = "、".join(o.number for o in orders[:10]) + ("…" if len(orders) > 10 else "")
        answer = QMessageBox.question(
            parent, self.tr("Paper returned"),
            self.tr("Mark the signed paper copy returned for %n order(s): {numbers}?", "",
                    len(orders)).format(numbers=numbers))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        done = False
        for order in orders:
            try:
                repairs.mark_paper_returned(order.id, by=actor)
            except DomainError as exc:
                show_error(parent, exc)
                break
            done = True
            self.changed.emit(order.id)
        return done

    def print_service_order(self, parent: QWidget, order_id: int) -> bool:
        """工程服务单: preview, then print or save. Once work or a callback is recorded, the
        clerk chooses: the form with what is recorded, or a blank one to write on by hand.
        Writes nothing, so returns False."""
        from reports.repairs import recorded, service_order_pdf

        order = self._order(parent, order_id)
        if order is None:
            return False
        blank = False
        if recorded(order):
            chosen = self.ask_which_service_order(parent, order)
            if chosen is None:
                return False
            blank = chosen
        title = (self.tr("Blank service order {number}") if blank
                 else self.tr("Service order {number}")).format(number=order.number)
        print_preview.preview_built(parent, lambda: service_order_pdf(order_id, blank=blank),
                                    title, f"{order.number}.pdf")
        return False

    def ask_which_service_order(self, parent: QWidget, order: repairs.RepairOrder
                                ) -> bool | None:
        """True for a blank form, False for the one filled in as recorded, None: cancelled."""
        box = QMessageBox(parent)
        box.setObjectName("serviceOrderChoice")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Print the service order"))
        box.setText(self.tr("Order {number} has its work recorded. Print the service order "
                            "with what is recorded, or blank to fill in by hand?")
                    .format(number=order.number))
        filled = box.addButton(self.tr("As recorded"), QMessageBox.ButtonRole.AcceptRole)
        filled.setObjectName("asRecorded")
        blank = box.addButton(self.tr("Blank, for handwriting"), QMessageBox.ButtonRole.YesRole)
        blank.setObjectName("blankForm")
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(filled)
        modal.run_dialog(box)
        clicked = box.clickedButton()
        box.deleteLater()
        return True if clicked is blank else False if clicked is filled else None

    def monthly_report(self, parent: QWidget) -> None:
        """工程维修月报: pick the month, build the PDF in a worker, preview it."""
        from reports.repairs import monthly_report_pdf

        def build(values: dict) -> bytes | None:
            month = str(values["month"])
            try:
                return run_with_progress(form, self.tr("Preparing the monthly report…"),
                                         lambda _progress: monthly_report_pdf(
                                             month, prepared_by=person(self.user)))
            except DomainError:
                raise  # the form shows it beside the month
            except Exception as exc:  # noqa: BLE001 - every failure reaches the clerk
                print_preview.report_failure(form, exc)
                return None

        form = forms.month_form(build, parent)
        try:
            pdf = form.result_record if modal.run_dialog(form) else None
            month = str(form.fields["month"].value())
        finally:
            form.deleteLater()
        if pdf:
            print_preview.preview_pdf(
                parent, pdf, self.tr("Monthly repair report {month}").format(month=month),
                f"工程维修月报-{month}.pdf")
