"""The register of callbacks made (回访记录), exported: ``export callbacks``, the list as shown.

Every kind of case's callbacks (complaints, repair orders, …: models.callbacks), with the
verdict, the promised answer, the follow-up and the manager's review.
"""

from __future__ import annotations

from models import callback_queue

from ..catalogue import write_list
from ..kinds import ExportKind

__all__: list[str] = []

PDF_KINDS: tuple = ()
EXPORT_KINDS: tuple = (
    ExportKind("callbacks", "the register of callbacks made (回访记录)",
               lambda target, options, translate: write_list(callback_queue.CALLBACK_LIST,
                                                             target, translate)),
)
