"""The calls register's exports (see reports.reception): ``export calls``, the list as shown."""

from __future__ import annotations

from models import reception

from ..catalogue import write_list
from ..kinds import ExportKind

__all__: list[str] = []

PDF_KINDS: tuple = ()
EXPORT_KINDS: tuple = (
    ExportKind("calls", "the calls register (来电记录)",
               lambda target, options, translate: write_list(reception.CALL_LIST, target,
                                                             translate)),
)
