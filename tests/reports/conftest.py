"""Reading printed forms back the way a clerk would: poppler's pdftotext, pdffonts, pdftoppm."""

from __future__ import annotations

import itertools
import re
import shutil
import subprocess

import pytest

_counter = itertools.count()


def need(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        pytest.skip(f"{tool} (poppler-utils) is not installed; cannot read the PDF back")
    return path


@pytest.fixture
def pdf_file(tmp_path):
    """pdf_file(bytes) -> path of the PDF written into the test's folder."""

    def _write(pdf: bytes):
        path = tmp_path / f"form{next(_counter)}.pdf"
        path.write_bytes(pdf)
        return path

    return _write


@pytest.fixture
def pdf_text(pdf_file):
    """pdf_text(bytes, *extra_args, layout=True) -> the text pdftotext reads from the PDF.

    layout=False gives the drawing order instead, where a wrapped cell reads as one run.
    """

    def _text(pdf: bytes, *args: str, layout: bool = True) -> str:
        tool = need("pdftotext")
        out = subprocess.run(
            [tool, "-layout" if layout else "-raw", *args, str(pdf_file(pdf)), "-"],
            capture_output=True, text=True, encoding="utf-8", check=True,
        )
        return out.stdout

    return _text


@pytest.fixture
def pdf_fonts(pdf_file):
    """pdf_fonts(bytes) -> [(name, emb, sub)] as pdffonts lists them."""

    def _fonts(pdf: bytes) -> list[tuple[str, str, str]]:
        tool = need("pdffonts")
        out = subprocess.run([tool, str(pdf_file(pdf))], capture_output=True, text=True, encoding="utf-8",
                             check=True).stdout
        fonts = []
        for line in out.splitlines()[2:]:
            m = re.match(r"(\S+)\s+.*?\s(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$", line)
            if m:
                fonts.append((m.group(1), m.group(2), m.group(3)))
        return fonts

    return _fonts


@pytest.fixture
def pdf_gray_rows(pdf_file, tmp_path):
    """pdf_gray_rows(bytes, page=1, dpi=72) -> (width, height, rows of 0-255 grey pixels)."""

    def _render(pdf: bytes, page: int = 1, dpi: int = 72):
        tool = need("pdftoppm")
        stem = tmp_path / f"page{next(_counter)}"
        subprocess.run([tool, "-gray", "-r", str(dpi), "-f", str(page), "-l", str(page),
                        "-singlefile", str(pdf_file(pdf)), str(stem)], check=True)
        data = (stem.with_suffix(".pgm")).read_bytes()
        header = re.match(rb"P5\s+(\d+)\s+(\d+)\s+255\s", data)
        assert header, "pdftoppm -gray should write an 8-bit PGM"
        w, h = int(header.group(1)), int(header.group(2))
        pixels = data[header.end():]
        return w, h, [pixels[y * w:(y + 1) * w] for y in range(h)]

    return _render
