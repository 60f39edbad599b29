"""Print preview (打印预览): show a form's PDF, print it to the chosen printer, or save it.

reports/ makes the PDF bytes; this module never changes them. Printing renders
each page with QtPdf and paints it, at true scale, onto the printer's whole
paper (the forms carry their own margins), so a form prints the same on any
desk. The last printer used is remembered per desk.

Nothing fails silently: a printout or an export that cannot be made is told to
the clerk (``report_failure``: a refusal in their words, a file that cannot be
written with the reason, anything else with the log file that holds the
traceback), by every print path (``preview_built``, ``build_in_worker``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRectF, QSize
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.errors import DomainError

from ..desk import desk_settings
from ..error_log import log, log_file
from ..errors import show_error
from .worker import Progress, run_with_progress

translate = QCoreApplication.translate  # literal contexts, for lupdate to read

MAX_RENDER_DPI = 300  # a 600-dpi A4 page would be a 140 MB image; 300 dpi prints crisply


class PrintFailed(RuntimeError):
    """The printer could not be opened or the PDF could not be read; the message is for the clerk."""


def load_pdf(pdf_bytes: bytes, parent=None) -> tuple[QPdfDocument, QBuffer]:
    """A QPdfDocument reading from a QBuffer; keep both alive as long as the document is used."""
    buffer = QBuffer(parent)
    buffer.setData(QByteArray(pdf_bytes))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument(parent)
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() == 0:
        raise PrintFailed(
            QCoreApplication.translate(
                "PrintPreviewDialog", "The document could not be read (error: {error})."
            ).format(error=document.error().name)
        )
    return document, buffer


def print_pdf(
    pdf_bytes: bytes,
    printer: QPrinter,
    from_page: int | None = None,
    to_page: int | None = None,
) -> int:
    """Print pages from_page..to_page (1-based, inclusive; None = first/last); return sheets printed.

    Copies: when the printer cannot make them itself (PDF output, some drivers)
    they are printed here, collated if the dialog asked for it.
    """
    document, buffer = load_pdf(pdf_bytes)
    try:
        count = document.pageCount()
        first = max(1, from_page or 1)
        last = min(count, to_page or count)
        pages = list(range(first - 1, last))
        if not pages:
            return 0
        copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
        if copies > 1 and printer.collateCopies():
            sequence = pages * copies
        else:
            sequence = [page for page in pages for _ in range(copies)]
        printer.setFullPage(True)
        painter = QPainter()
        if not painter.begin(printer):
            raise PrintFailed(
                QCoreApplication.translate(
                    "PrintPreviewDialog", "The printer {printer} could not be opened."
                ).format(printer=printer.printerName() or printer.outputFileName())
            )
        try:
            for n, page in enumerate(sequence):
                if n and not printer.newPage():
                    raise PrintFailed(
                        QCoreApplication.translate(
                            "PrintPreviewDialog", "The printer stopped while printing."
                        )
                    )
                _paint_page(painter, printer, document, page)
        finally:
            painter.end()
        return len(sequence)
    finally:
        document.close()
        buffer.close()


def _paint_page(painter: QPainter, printer: QPrinter, document: QPdfDocument, page: int) -> None:
    """One PDF page onto the whole paper: true size when it fits, scaled down when it does not."""
    target = QRectF(printer.paperRect(QPrinter.Unit.DevicePixel))
    points = document.pagePointSize(page)
    device_dpi = printer.resolution()
    width = points.width() * device_dpi / 72.0
    height = points.height() * device_dpi / 72.0
    scale = min(1.0, target.width() / width, target.height() / height)
    width, height = width * scale, height * scale
    render_dpi = min(device_dpi, MAX_RENDER_DPI)
    image = document.render(
        page,
        QSize(
            round(points.width() * render_dpi / 72.0), round(points.height() * render_dpi / 72.0)
        ),
    )
    left = target.left() + (target.width() - width) / 2
    top = target.top() + (target.height() - height) / 2 if scale < 1.0 else target.top()
    painter.drawImage(QRectF(left, top, width, height), image)


def safe_file_name(name: str, default: str = "document.pdf", suffix: str = ".pdf") -> str:
    """A file name Windows accepts (no <>:"/\\|?* or control characters), ending in ``suffix``."""
    name = re.sub(r'[<>:"/\\|?*\x00-\x1f]', "_", name).strip(" .") or default
    return name if name.lower().endswith(suffix) else f"{name}{suffix}"


class PrintPreviewDialog(QDialog):
    """The preview: all pages one under another, fitted to the width; Print, Save as PDF, Close."""

    def __init__(
        self,
        pdf_bytes: bytes,
        title: str,
        file_name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.pdf_bytes = bytes(pdf_bytes)
        self.title = title
        self.file_name = safe_file_name(file_name or title)
        self.setWindowTitle(self.tr("Print preview — {title}").format(title=title))
        self.resize(820, 900)
        # The buffer must outlive the document: both are children of the dialog.
        self.document, self._buffer = load_pdf(self.pdf_bytes, self)

        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

        count = self.document.pageCount()
        self.pages_label = QLabel(self.tr("%n page(s)", "", count))
        self.pages_label.setObjectName("pageCount")
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setObjectName("print")
        self.print_button.setDefault(True)
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.save_button.setObjectName("saveAs")
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("close")
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_as)
        self.close_button.clicked.connect(self.reject)

        bar = QHBoxLayout()
        bar.addWidget(self.pages_label)
        bar.addStretch(1)
        for button in (self.print_button, self.save_button, self.close_button):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(bar)
        self.print_button.setFocus()

    def page_count(self) -> int:
        return self.document.pageCount()

    # --- printing ---------------------------------------------------------------

    def make_printer(self) -> QPrinter:
        """A high-resolution A4 printer, on the desk's last printer if it is still there."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        last = str(desk_settings().value("print/printer", "") or "")
        if last and last in QPrinterInfo.availablePrinterNames():
            printer.setPrinterName(last)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        size = self.document.pagePointSize(0)
        landscape = size.width() > size.height()
        printer.setPageOrientation(
            QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
        )
        printer.setDocName(self.title)
        printer.setFromTo(1, self.page_count())
        return printer

    def print_document(self) -> bool:
        """Ask for printer, pages and copies; print; True when something was printed."""
        printer = self.make_printer()
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print {title}").format(title=self.title))
        dialog.setMinMax(1, self.page_count())
        option = QAbstractPrintDialog.PrintDialogOption
        dialog.setOptions(
            option.PrintToFile
            | option.PrintPageRange
            | option.PrintCurrentPage
            | option.PrintShowPageSize
            | option.PrintCollateCopies
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        first, last = self._chosen_pages(printer)
        try:
            print_pdf(self.pdf_bytes, printer, first, last)
        except PrintFailed as exc:
            QMessageBox.warning(self, self.tr("Cannot print"), str(exc))
            return False
        if printer.outputFormat() == QPrinter.OutputFormat.NativeFormat:
            store = desk_settings()
            store.setValue("print/printer", printer.printerName())
            store.sync()
        return True

    def _chosen_pages(self, printer: QPrinter) -> tuple[int | None, int | None]:
        mode = printer.printRange()
        if mode == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            return printer.fromPage(), printer.toPage() or None
        if mode == QPrinter.PrintRange.CurrentPage:
            current = self.view.pageNavigator().currentPage() + 1
            return current, current
        return None, None

    # --- saving -----------------------------------------------------------------

    def save_as(self) -> Path | None:
        """Write the exact PDF bytes where the clerk says; remember that folder."""
        store = desk_settings()
        folder = str(store.value("print/save_folder", "") or Path.home())
        suggested = str(Path(folder) / self.file_name)
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), suggested, self.tr("PDF documents (*.pdf)")
        )
        if not path:
            return None
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:
            target.write_bytes(self.pdf_bytes)
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Cannot save"),
                self.tr("The file {path} could not be written: {reason}").format(
                    path=target, reason=exc.strerror or exc
                ),
            )
            return None
        store.setValue("print/save_folder", str(target.parent))
        store.sync()
        return target


def preview_pdf(parent: QWidget | None, pdf_bytes: bytes, title: str, file_name: str = "") -> None:
    """Show the preview modally (returns after Close); a PDF that cannot be read is reported."""
    try:
        dialog = PrintPreviewDialog(pdf_bytes, title, file_name, parent)
    except PrintFailed as exc:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("PrintPreviewDialog", "Cannot show the document"),
            str(exc),
        )
        return
    try:
        dialog.exec()
    finally:
        dialog.deleteLater()


def report_failure(parent: QWidget | None, exc: BaseException, exporting: bool = False) -> None:
    """A printout (or, ``exporting``, an export) that could not be made, told to the clerk:
    a refusal in their words; a file that cannot be written, with the reason; anything
    else with the log file, where its traceback is written."""
    title = (translate("PrintPreviewDialog", "Cannot export") if exporting
             else translate("PrintPreviewDialog", "Cannot print"))
    if isinstance(exc, DomainError):
        show_error(parent, exc, title)
        return
    if isinstance(exc, OSError):
        text = translate("PrintPreviewDialog", "The file could not be written: {reason}").format(
            reason=exc.strerror or exc)
    else:
        log.error("%s failed", "export" if exporting else "printout", exc_info=exc)
        what = (translate("PrintPreviewDialog", "The export could not be made ({error}).")
                if exporting
                else translate("PrintPreviewDialog", "The printout could not be made ({error})."))
        text = what.format(error=f"{type(exc).__name__}: {exc}"[:300]) + "\n\n" + translate(
            "PrintPreviewDialog",
            "Please tell your administrator and give them the log file:\n{path}").format(
            path=log_file())
    QMessageBox.warning(parent, title, text)


def preview_built(parent: QWidget | None, build: Callable[[], bytes], title: str,
                  file_name: str = "") -> bool:
    """Make a document's PDF with ``build`` and preview it; a refusal or a failure is shown
    instead (report_failure). True when the preview was shown."""
    try:
        pdf = build()
    except Exception as exc:  # noqa: BLE001 - every failure reaches the clerk
        report_failure(parent, exc)
        return False
    preview_pdf(parent, pdf, title, file_name)
    return True


def build_in_worker(parent: QWidget | None, build: Callable[[Progress], bytes],
                    text: str = "") -> bytes | None:
    """Make a long printout in a worker behind a progress dialog with Cancel; None when
    the clerk cancelled or it failed (the failure shown, report_failure)."""
    try:
        return run_with_progress(
            parent, text or translate("PrintPreviewDialog", "Preparing the printout…"), build)
    except Exception as exc:  # noqa: BLE001 - every failure reaches the clerk
        report_failure(parent, exc)
        return None
