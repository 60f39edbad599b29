"""The foundation's exports: `export users` and `export audit`, written as the GUI exports them."""

from __future__ import annotations

from pathlib import Path

from models import audit, people
from models.listing import ListSpec, export_rows

from . import xlsx
from .kinds import ExportKind, Translate, register


def write_list(spec: ListSpec, target: Path, translate: Translate) -> int:
    """Every row of a list, its visible columns with their translated headers."""
    columns = [c for c in spec.columns if c.visible]
    headers = [translate("Lists", c.header) for c in columns]
    rows = export_rows(spec, keys=[c.key for c in columns], translate=translate)
    return xlsx.write_table(target, translate("Lists", spec.title), headers, rows)


def list_export(name: str, help_text: str, spec_factory) -> ExportKind:
    return ExportKind(
        name, help_text, lambda target, options, translate: write_list(spec_factory(), target, translate)
    )


EXPORT_KINDS = (
    list_export("users", "the users (用户一览)", people.user_list),
    list_export("audit", "the audit log (操作日志)", audit.audit_list),
)
register(*EXPORT_KINDS)
