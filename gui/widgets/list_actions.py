"""Export a list to .xlsx and print it: the same two actions for every list, off the GUI thread.

A long list asks before it prints: the whole filter may be hundreds of pages
(estimated from its first rows before anything is rendered,
reports.listing.estimate_pages), where the clerk may want only the rows on the
screen. A printout or export that fails says so (print_preview.report_failure).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from models import clock, listing, settings
from reports.listing import estimate_pages, list_pdf

from ..desk import desk_settings
from . import modal, print_preview
from .list_view import ListView
from .print_preview import build_in_worker, report_failure, safe_file_name
from .worker import Progress, run_with_progress

translate = QCoreApplication.translate  # literal contexts, for lupdate to read

LONG_LIST_PAGES = 20  # a printout longer than this asks first
SAMPLE_ROWS = 200  # the rows the estimate is judged by



def export_list(parent: QWidget, view: ListView, title: str) -> int | None:
    """Ask where, then write the filtered list with its visible columns; None if abandoned."""
    stamp = clock.now().strftime("%Y%m%d-%H%M")
    folder = Path(str(desk_settings().value("export/folder", str(Path.home()))))
    default = str(folder / safe_file_name(f"{title}-{stamp}", "list.xlsx", ".xlsx"))
    file_name, _ = QFileDialog.getSaveFileName(
        parent, translate("ListActions", "Export the list"), default,
        translate("ListActions", "Excel workbooks (*.xlsx)")
    )
    if not file_name:
        return None
    if not file_name.lower().endswith(".xlsx"):
        file_name += ".xlsx"
    desk_settings().setValue("export/folder", str(Path(file_name).parent))

    def work(progress):
        return view.export_xlsx(file_name, progress=lambda n: progress.report(n, 0, ""))

    try:
        return run_with_progress(parent, translate("ListActions", "Exporting…"), work)
    except Exception as exc:  # noqa: BLE001 - every failure reaches the clerk
        report_failure(parent, exc, exporting=True)
        return None


def list_total(view: ListView) -> int:
    """The rows of the list's filter (counted now if the background count is not back)."""
    total = view.model.total()
    return total if total >= 0 else listing.count(view.spec, view.model.filter())


def choose_rows(parent: QWidget, view: ListView) -> tuple[int | None, int] | None:
    """How much of a long list to print: (None, pages) for all of it, (rows, pages) for
    the rows on the screen, None when the clerk cancelled. A short list prints whole
    without asking."""
    headers, sample = view.visible_rows_for_print(SAMPLE_ROWS)
    total = list_total(view)
    pages = estimate_pages(headers, sample, total)
    if pages <= LONG_LIST_PAGES:
        return None, pages
    shown = min(max(view.model.loaded(), 1), total)
    box = QMessageBox(parent)
    box.setObjectName("longListQuestion")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("ListActions", "Print a long list"))
    box.setText(translate("ListActions",
                          "The whole list is about {pages} pages ({rows} rows).").format(
        pages=pages, rows=total))
    box.setInformativeText(translate("ListActions",
                                     "Print only the rows on the screen, or all of them?"))
    screen = box.addButton(translate("ListActions", "Print the {n} rows on screen")
                           .format(n=shown),
                           QMessageBox.ButtonRole.AcceptRole)
    screen.setObjectName("printShown")
    whole = box.addButton(translate("ListActions", "Print all ({pages} pages)")
                          .format(pages=pages),
                          QMessageBox.ButtonRole.YesRole)
    whole.setObjectName("printAll")
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(screen)
    modal.run_dialog(box)
    clicked = box.clickedButton()
    box.deleteLater()
    if clicked is screen:
        return shown, estimate_pages(headers, sample, shown)
    if clicked is whole:
        return None, pages
    return None


def list_pdf_bytes(view: ListView, title: str, limit: int | None = None,
                   progress: Progress | None = None, pages: int = 0) -> bytes:
    """The list's printout: its first ``limit`` rows (None: all), pages reported to
    ``progress`` (the worker's, which stops the printout when the clerk cancels)."""
    headers, rows = view.visible_rows_for_print(limit)

    def page_done(page: int) -> None:
        if progress is not None:
            progress.check()
            progress.report(page, max(pages, page),
                            translate("ListActions", "Page {page} of about {pages}…")
                            .format(page=page, pages=pages)
                            if pages else "")

    return list_pdf(title, settings.office_name(), headers, rows, view.filter_description(),
                    progress=page_done)


def print_list(parent: QWidget, view: ListView, title: str) -> None:
    """Print the filtered list (preview first, where the clerk picks the printer); a long
    one asks first whether all of it or the rows on the screen."""
    try:
        chosen = choose_rows(parent, view)
    except Exception as exc:  # noqa: BLE001 - every failure reaches the clerk
        report_failure(parent, exc)
        return
    if chosen is None:
        return
    limit, pages = chosen
    pdf = build_in_worker(parent, lambda p: list_pdf_bytes(view, title, limit, p, pages))
    if pdf is not None:
        print_preview.preview_pdf(parent, pdf, title, f"{title}.pdf")
