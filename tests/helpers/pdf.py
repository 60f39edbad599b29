"""Printed paper read back the way a clerk would: poppler's pdftotext, pdffonts, pdftoppm.

The ``pdf_file``, ``pdf_text``, ``pdf_fonts`` and ``pdf_gray_rows`` fixtures
(tests/conftest.py) write into the test's folder and call these; the GUI tests call
``flat_pdf_text`` and ``pdf_words`` on what the print preview was given.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest


def need(tool: str) -> str:
    """The path of a poppler tool; the test is skipped where it is not installed."""
    path = shutil.which(tool)
    if path is None:
        pytest.skip(f"{tool} (poppler-utils) is not installed; cannot read the PDF back")
    return path


def text_of(path: Path, *args: str, layout: bool = True) -> str:
    """pdftotext of the file: laid out as printed, or (layout=False) in drawing order."""
    out = subprocess.run(
        [need("pdftotext"), "-layout" if layout else "-raw", *args, str(path), "-"],
        capture_output=True, text=True, encoding="utf-8", check=True,
    )
    return out.stdout


def fonts_of(path: Path) -> list[tuple[str, str, str]]:
    """[(name, emb, sub)] as pdffonts lists them."""
    out = subprocess.run([need("pdffonts"), str(path)], capture_output=True, text=True,
                         encoding="utf-8", check=True).stdout
    fonts = []
    for line in out.splitlines()[2:]:
        m = re.match(r"(\S+)\s+.*?\s(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$", line)
        if m:
            fonts.append((m.group(1), m.group(2), m.group(3)))
    return fonts


def gray_rows_of(path: Path, stem: Path, page: int = 1, dpi: int = 72):
    """(width, height, rows of 0-255 grey pixels) of one page, rendered by pdftoppm."""
    subprocess.run([need("pdftoppm"), "-gray", "-r", str(dpi), "-f", str(page), "-l", str(page),
                    "-singlefile", str(path), str(stem)], check=True)
    data = (stem.with_suffix(".pgm")).read_bytes()
    header = re.match(rb"P5\s+(\d+)\s+(\d+)\s+255\s", data)
    assert header, "pdftoppm -gray should write an 8-bit PGM"
    w, h = int(header.group(1)), int(header.group(2))
    pixels = data[header.end():]
    return w, h, [pixels[y * w:(y + 1) * w] for y in range(h)]


def flat_pdf_text(pdf: bytes, tmp_path: Path) -> str:
    """The printed text with every space and line break taken out (Chinese lines are
    spaced out when justified)."""
    path = tmp_path / "printed.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True,
                         text=True, encoding="utf-8").stdout
    return "".join(out.split())


def pdf_words(pdf: bytes, tmp_path: Path) -> tuple[str, list[str]]:
    """(the text without spaces, the words as pdftotext -layout separates them)."""
    path = tmp_path / "printed.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True,
                         capture_output=True, text=True, encoding="utf-8").stdout
    return "".join(out.split()), out.split()
