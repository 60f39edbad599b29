"""Export a list to .xlsx and print it: the same two actions for every list, off the GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from models import clock, settings
from models.errors import DomainError
from reports.listing import list_pdf

from ..desk import desk_settings
from ..errors import show_error
from .list_view import ListView
from .print_preview import preview_pdf, safe_file_name
from .worker import run_with_progress


def _tr(text: str) -> str:
    return QCoreApplication.translate("ListActions", text)


def export_list(parent: QWidget, view: ListView, title: str) -> int | None:
    """Ask where, then write the filtered list with its visible columns; None if abandoned."""
    stamp = clock.now().strftime("%Y%m%d-%H%M")
    folder = Path(str(desk_settings().value("export/folder", str(Path.home()))))
    default = str(folder / safe_file_name(f"{title}-{stamp}", "list.xlsx", ".xlsx"))
    file_name, _ = QFileDialog.getSaveFileName(
        parent, _tr("Export the list"), default, _tr("Excel workbooks (*.xlsx)")
    )
    if not file_name:
        return None
    if not file_name.lower().endswith(".xlsx"):
        file_name += ".xlsx"
    desk_settings().setValue("export/folder", str(Path(file_name).parent))

    def work(progress):
        return view.export_xlsx(file_name, progress=lambda n: progress.report(n, 0, ""))

    try:
        return run_with_progress(parent, _tr("Exporting…"), work)
    except (DomainError, OSError) as exc:
        show_error(parent, exc)
        return None


def list_pdf_bytes(view: ListView, title: str) -> bytes:
    headers, rows = view.visible_rows_for_print()
    return list_pdf(title, settings.office_name(), headers, rows, view.filter_description())


def print_list(parent: QWidget, view: ListView, title: str) -> None:
    """Print the filtered list (preview first, where the clerk picks the printer)."""
    try:
        pdf = run_with_progress(parent, _tr("Preparing the printout…"), lambda p: list_pdf_bytes(view, title))
    except DomainError as exc:
        show_error(parent, exc)
        return
    if pdf is not None:
        preview_pdf(parent, pdf, title, f"{title}.pdf")
