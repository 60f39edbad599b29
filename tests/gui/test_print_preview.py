"""The print preview as a clerk uses it: see the pages, print them, save the PDF."""

from __future__ import annotations

import io
import re
import shutil
import subprocess

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog

from gui.widgets.print_preview import PrintPreviewDialog, print_pdf, safe_file_name


def make_pdf(pages: int = 2) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    sheet = canvas.Canvas(out, pagesize=A4)
    for n in range(1, pages + 1):
        sheet.setFont("Helvetica", 24)
        sheet.drawString(72, 760, f"Repair order - page {n} of {pages}")
        sheet.rect(72, 500, 450, 200)
        sheet.showPage()
    sheet.save()
    return out.getvalue()


def pdf_pages(path) -> int:
    tool = shutil.which("pdfinfo")
    if tool is None:
        pytest.skip("pdfinfo (poppler-utils) is not installed")
    info = subprocess.run([tool, str(path)], capture_output=True, text=True, encoding="utf-8", check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


def pdf_printer(path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_preview_shows_every_page(app, qtbot):
    dialog = PrintPreviewDialog(make_pdf(2), "Repair order", "R-0001.pdf")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.page_count() == 2
    assert dialog.pages_label.text() == "2 page(s)"
    assert "Repair order" in dialog.windowTitle()
    assert dialog.print_button.isVisible() and dialog.save_button.isVisible()


def test_print_pdf_prints_every_page(app, tmp_path):
    out = tmp_path / "打印输出.pdf"  # Chinese in the path, as on a clerk's desktop
    assert print_pdf(make_pdf(3), pdf_printer(out)) == 3
    assert pdf_pages(out) == 3


def test_print_pdf_honours_the_page_range_and_copies(app, tmp_path):
    out = tmp_path / "range.pdf"
    printer = pdf_printer(out)
    printer.setCopyCount(2)
    assert print_pdf(make_pdf(3), printer, from_page=2, to_page=3) == 4
    assert pdf_pages(out) == 4


def test_print_button_prints_what_the_dialog_chose(app, qtbot, tmp_path, monkeypatch):
    out = tmp_path / "chosen.pdf"

    def accept(self):
        # The clerk picks "print to file" and pages 2 to 2.
        printer = self.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setFromTo(2, 2)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    dialog = PrintPreviewDialog(make_pdf(2), "Repair order", "R-0001.pdf")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert pdf_pages(out) == 1


def test_print_cancelled_prints_nothing(app, qtbot, monkeypatch):
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    called = []
    monkeypatch.setattr("gui.widgets.print_preview.print_pdf", lambda *a: called.append(a))
    dialog = PrintPreviewDialog(make_pdf(1), "Visitor pass")
    qtbot.addWidget(dialog)
    assert dialog.print_document() is False
    assert called == []


def test_save_as_writes_the_exact_bytes(app, qtbot, tmp_path, monkeypatch):
    pdf = make_pdf(2)
    target = tmp_path / "维修单 R-0001"  # no suffix typed: .pdf is added
    offered = []

    def ask(parent, caption, suggested, filters):
        offered.append(suggested)
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    dialog = PrintPreviewDialog(pdf, "维修单", "维修单 R-0001.pdf")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = target.with_name("维修单 R-0001.pdf")
    assert saved.read_bytes() == pdf
    assert offered[0].endswith("维修单 R-0001.pdf")
    # The next save offers the same folder.
    dialog.save_as()
    assert offered[1] == str(tmp_path / "维修单 R-0001.pdf")


def test_save_as_cancelled_writes_nothing(app, qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: ("", ""))
    dialog = PrintPreviewDialog(make_pdf(1), "Visitor pass")
    qtbot.addWidget(dialog)
    assert dialog.save_as() is None


def test_file_names_are_safe_on_windows():
    assert safe_file_name('A/B: "x"?') == "A_B_ _x__.pdf"
    assert safe_file_name("领料单 2024-05") == "领料单 2024-05.pdf"
    assert safe_file_name("") == "document.pdf"
    assert safe_file_name("用户一览-20261123", "list.xlsx", ".xlsx") == "用户一览-20261123.xlsx"
