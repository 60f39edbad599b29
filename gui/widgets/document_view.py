"""The list of one kind of binding document and its steps toolbar (models.documents).

``DocumentView`` shows the list, enables the steps models allow the user on
the selected document (its ``steps``: a models.steps declaration, usually
``documents.lifecycle_steps``), and runs them: New and Open show the
document's form (a DocumentForm; a draft opens for editing when the user may
edit it, anything else read-only with its steps as buttons); Submit (confirm,
sign, approve), Cancel (作废, with the reason) and Print act on the selected
document. A subclass names its list, its steps, its form, its submitting
question and its PDF (the storeroom's: gui/warehouse/receipts_view.py and its
neighbours).

Every step has its key (gui.widgets.toolbar.STEP_KEYS), on the toolbar and on
the read-only form's buttons. A signature the user may not give but another
role may (the duty officer's 签字 at the storekeeper's desk) is offered too:
Submit and Cancel ask who acts (gui.widgets.vouch.acting_user), and while the
step runs ``self.user`` is the one who signs, so a subclass's operations
(``by=self.user``) run as them; ``desk_user`` stays the one logged in.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import QLabel, QMessageBox, QSizePolicy, QVBoxLayout, QWidget

from models import documents
from models.errors import DomainError
from models.listing import ListSpec
from models.people import User
from models.steps import Steps

from ..errors import show_error
from . import modal, print_preview
from .document_form import DocumentForm
from .list_view import ListView, RereadWhenShownAgain
from .record_form import FieldSpec, RecordForm
from .toolbar import give_key, offer_steps, text_toolbar, view_shortcut
from .vouch import acting_user

NEW, OPEN, EDIT, SUBMIT, CANCEL, PRINT = (documents.NEW, documents.OPEN, documents.EDIT,
                                          documents.SUBMIT, documents.CANCEL, documents.PRINT)
CANCELLED_GREY = "#777777"


def cancelled_grey(values: dict[str, Any]) -> QColor | None:
    """Cancelled documents in grey."""
    return QColor(CANCELLED_GREY) if values.get("status") == documents.CANCELLED else None


class DocumentView(RereadWhenShownAgain, QWidget):
    """A list of one kind of document, and the steps on the selected one.

    The toolbar offers what ``steps`` allows the user on the selected document
    (the operation still decides, and its refusal is shown). A subclass names its
    list (``spec``), its ``steps``, the toolbar's buttons in order (``actions_order``),
    its form, its submitting step and its PDF.
    """

    kind = ""
    spec: ListSpec
    steps: Steps
    actions_order: tuple[str, ...] = (NEW, OPEN, SUBMIT, CANCEL, PRINT)
    form_steps: tuple[str, ...] = (SUBMIT, CANCEL, PRINT)  # buttons on a read-only form

    def __init__(self, user: User, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user  # who acts: the desk's user, or the signer while a step runs
        self.desk_user = user
        self.list = ListView(self.spec, self, row_style=cancelled_grey)
        self.list.setObjectName(f"{self.kind}List")
        self.add_filters()
        self.list.activated.connect(self.open_document)
        self.list.currentChanged.connect(lambda _id: self.update_actions())
        self.list.table.selectionModel().selectionChanged.connect(
            lambda *_a: self.update_actions())

        texts = self.action_texts()
        self.toolbar, self.qactions = text_toolbar(
            self, f"{self.kind}Toolbar",
            [(action, *texts[action], lambda a=action: self.run(a))
             for action in self.actions_order])
        view_shortcut(self, QKeySequence.StandardKey.Refresh, self.refresh)

        self.selected_label = QLabel(self)
        self.selected_label.setObjectName("selectedDocument")
        spacer = QWidget(self.toolbar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self.toolbar.addWidget(self.selected_label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.list, 1)
        self.update_actions()

    def list_view(self) -> ListView:
        return self.list

    # --- what a subclass says -------------------------------------------------------

    def action_texts(self) -> dict[str, tuple[str, str]]:
        """action -> (button text, tooltip)."""
        raise NotImplementedError

    def add_filters(self) -> None:
        """The view's own filters (status and dates are built into the list)."""

    def get_document(self, doc_id: int) -> Any:
        raise NotImplementedError

    def build_form(self, doc: Any | None, editable: bool) -> DocumentForm:
        raise NotImplementedError

    def submit(self, parent: QWidget, doc: Any) -> bool:
        """Confirm / sign / approve, after asking."""
        raise NotImplementedError

    def cancel_operation(self, doc_id: int, reason: str) -> Any:
        raise NotImplementedError

    def cancel_intro(self, doc: Any) -> str:
        return ""

    def pdf(self, doc_id: int) -> bytes:
        raise NotImplementedError

    def title_of(self, doc: Any) -> str:
        raise NotImplementedError

    def status_text(self, status: str) -> str:
        raise NotImplementedError

    # --- enabling -------------------------------------------------------------------

    def current_document(self) -> Any | None:
        doc_id = self.list.current_id()
        if doc_id is None:
            return None
        try:
            return self.get_document(doc_id)
        except DomainError:
            return None

    def update_actions(self) -> None:
        doc = self.current_document()
        offer_steps(self.qactions, self.steps, self.user, doc)
        self.selected_label.setText(
            "" if doc is None else self.tr("{number}: {status}").format(
                number=doc.number, status=self.status_text(doc.status)))

    # --- running ----------------------------------------------------------------------

    def run(self, action: str) -> bool:
        """A toolbar button: the step on the selected document; True when it wrote."""
        if action == NEW:
            return self.new_document() is not None
        doc_id = self.list.current_id()
        if doc_id is None:
            return False
        return self.run_on(action, doc_id, self)

    def run_on(self, action: str, doc_id: int, parent: QWidget) -> bool:
        handler = {OPEN: self.open_document, SUBMIT: self.submit_document,
                   CANCEL: self.cancel_document, PRINT: self.print_document}[action]
        done = handler(doc_id, parent)
        self.update_actions()
        return done

    def _document(self, parent: QWidget, doc_id: int) -> Any | None:
        try:
            return self.get_document(doc_id)
        except DomainError as exc:
            show_error(parent, exc)
            return None

    def _permitted(self, parent: QWidget, step: str, doc: Any = None) -> bool:
        """The operation's own role check for ``step`` (on ``doc``), asked before a question
        is answered or a form typed in vain."""
        try:
            self.steps.require_permission(self.user, step, doc)
        except DomainError as exc:
            show_error(parent, exc)
            return False
        return True

    def _actor(self, parent: QWidget, step: str, doc: Any) -> Any | None:
        """Who takes ``step`` on ``doc`` here: the user, or one who may and signs at this desk
        (gui.widgets.vouch); None when nobody does."""
        return acting_user(parent, self.steps, self.user, step, doc,
                           self.action_texts()[step][0], self.title_of(doc))

    @contextmanager
    def acting_as(self, actor: User) -> Iterator[None]:
        """``self.user`` is ``actor`` while one step runs (a subclass's operations take
        ``by=self.user``); then the desk's user again."""
        self.user = actor
        try:
            yield
        finally:
            self.user = self.desk_user

    def _changed(self, doc_id: int) -> None:
        self.refresh()
        self.select(doc_id)

    def run_form(self, form: DocumentForm) -> Any | None:
        """Show a document form; the saved document, or None."""
        record = modal.run_form(form)
        if record is not None:
            self._changed(record.id)
            return record
        return None

    def new_document(self) -> Any | None:
        if not self._permitted(self, NEW):
            return None
        return self.run_form(self.build_form(None, True))

    def open_document(self, doc_id: int, parent: QWidget | None = None) -> bool:
        """A draft opens for editing (when the user may edit it); anything else read-only
        with the steps it allows."""
        doc = self._document(parent or self, doc_id)
        if doc is None:
            return False
        allowed = self.steps.allowed(self.user, doc)
        editable = EDIT in allowed
        form = self.build_form(doc, editable)
        if not editable:
            texts = self.action_texts()
            offered = self.steps.offered(self.user, doc)
            for action in self.form_steps:
                if action in offered:
                    button = form.add_action(action, texts[action][0],
                                             lambda p, a=action: self.run_on(a, doc_id, p))
                    give_key(button, action, *texts[action])
        written = self.run_form(form) is not None
        if not editable:  # a step run from the read-only form wrote (or not)
            self._changed(doc_id)
        return written

    def ask(self, parent: QWidget, title: str, question: str) -> bool:
        answer = QMessageBox.question(parent, title, question)
        return answer == QMessageBox.StandardButton.Yes

    def do(self, parent: QWidget, doc_id: int, operation: Callable[[], object]) -> bool:
        """Run ONE operation; show its refusal; refresh after it wrote."""
        try:
            operation()
        except DomainError as exc:
            show_error(parent, exc)
            return False
        self._changed(doc_id)
        return True

    def submit_document(self, doc_id: int, parent: QWidget | None = None) -> bool:
        parent = parent or self
        doc = self._document(parent, doc_id)
        actor = self._actor(parent, SUBMIT, doc) if doc is not None else None
        if actor is None:
            return False
        with self.acting_as(actor):
            return self.submit(parent, doc)

    def cancel_document(self, doc_id: int, parent: QWidget | None = None) -> bool:
        """作废 with the reason; who may depends on the document's state (the steps say)."""
        parent = parent or self
        doc = self._document(parent, doc_id)
        actor = self._actor(parent, CANCEL, doc) if doc is not None else None
        if actor is None:
            return False
        fields = [FieldSpec("reason", self.tr("Reason"), "multiline", required=True,
                            field=self.spec.model.cancel_reason)]
        with self.acting_as(actor):
            form = RecordForm(self.tr("Cancel {title}").format(title=self.title_of(doc)),
                              fields, lambda v: self.cancel_operation(doc_id, v["reason"]),
                              parent, intro=self.cancel_intro(doc),
                              save_text=self.tr("Cancel the document"))
            form.setObjectName("cancelForm")
            done = modal.run_form(form) is not None
        if done:
            self._changed(doc_id)
        return done

    def print_document(self, doc_id: int, parent: QWidget | None = None) -> bool:
        """The printed form in the preview. Writes nothing, so returns False."""
        parent = parent or self
        doc = self._document(parent, doc_id)
        if doc is None:
            return False
        print_preview.preview_built(parent, lambda: self.pdf(doc_id), self.title_of(doc),
                                    f"{doc.number}.pdf")
        return False

    # --- the list ---------------------------------------------------------------------

    def refresh(self) -> None:
        self.list.refresh()
        self.update_actions()

    def select(self, doc_id: int) -> bool:
        """Make ``doc_id`` the one selected row, if it is among the rows read so far."""
        if not self.list.select_only(doc_id):
            return False
        self.update_actions()
        return True
