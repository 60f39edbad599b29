"""Spreadsheets (导出 Excel): any table to .xlsx, streamed so ten years of rows fit.

openpyxl's write-only mode writes each row as it comes and keeps nothing, so a
generator over a million-row query is exported in constant memory. Dates stay
real Excel dates, money stays numbers; headers are Chinese, bold and frozen.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import BinaryIO

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

Sheet = tuple[str, Sequence[str], Iterable[Sequence]]
Progress = Callable[[int], object]

DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
TIME_FORMAT = "hh:mm"
MONEY_FORMAT = "#,##0.00"
MIN_WIDTH, MAX_WIDTH = 6, 60
SAMPLE_ROWS = 200  # rows looked at to size the columns
PROGRESS_EVERY = 1000

_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="E8E8E8")
_HEADER_ALIGN = Alignment(horizontal="center", vertical="center")
_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


def write_table(
    target: str | Path | BinaryIO,
    title: str,
    headers: list[str],
    rows: Iterable[Sequence],
    col_widths: list[float] | None = None,
    *,
    progress: Progress | None = None,
) -> int:
    """Write one sheet named after ``title``; returns the number of data rows.

    ``col_widths`` are Excel character widths; None sizes columns from the
    header and the first rows. ``progress(rows_done)`` is called every
    PROGRESS_EVERY rows; a worker cancels by raising from it (nothing is saved).
    """
    return write_sheets(target, [(title, headers, rows)], [col_widths], progress=progress)[0]


def write_sheets(
    target: str | Path | BinaryIO,
    sheets: list[Sheet],
    col_widths: list[list[float] | None] | None = None,
    *,
    progress: Progress | None = None,
) -> list[int]:
    """Write several tables, one sheet each (a report with several parts); row counts back."""
    wb = Workbook(write_only=True)
    used: set[str] = set()
    counts: list[int] = []
    try:
        for index, (title, headers, rows) in enumerate(sheets):
            widths = col_widths[index] if col_widths and index < len(col_widths) else None
            ws = wb.create_sheet(sheet_title(title, used))
            done = sum(counts)

            def sheet_progress(n: int, done: int = done) -> None:
                if progress is not None:
                    progress(done + n)

            counts.append(_write_sheet(ws, list(headers), rows, widths, sheet_progress))
        if not sheets:
            wb.create_sheet("Sheet1")
    except BaseException:
        _discard(wb)
        raise
    wb.save(str(target) if isinstance(target, Path) else target)
    return counts


def _discard(wb: Workbook) -> None:
    """A failed or cancelled export: close the half-written sheets, delete their temp files."""
    for ws in wb.worksheets:
        try:
            ws.close()
        except Exception:  # cleaning up after the real error, which propagates
            pass
        out = getattr(getattr(ws, "_writer", None), "out", None)
        if isinstance(out, str):
            Path(out).unlink(missing_ok=True)


def sheet_title(title: str, used: set[str] | None = None) -> str:
    """A legal, unique sheet name: no []:*?/\\, no edge apostrophes, at most 31 characters."""
    name = _FORBIDDEN.sub("_", ILLEGAL_CHARACTERS_RE.sub("", title)).strip().strip("'")
    name = name[:31].strip() or "Sheet"
    if name.lower() == "history":  # reserved by Excel
        name = "History_"
    used = used if used is not None else set()
    candidate, n = name, 1
    while candidate.lower() in used:
        n += 1
        suffix = f" ({n})"
        candidate = name[: 31 - len(suffix)] + suffix
    used.add(candidate.lower())
    return candidate


def _write_sheet(ws, headers: list[str], rows: Iterable[Sequence], widths, progress) -> int:
    rows = iter(rows)
    sample = list(itertools.islice(rows, SAMPLE_ROWS))
    for i, width in enumerate(widths or _auto_widths(headers, sample), start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.freeze_panes = "A2"
    header_cells = []
    for text in headers:
        cell = WriteOnlyCell(ws, value=_clean_text(str(text)))
        cell.font, cell.fill, cell.alignment = _HEADER_FONT, _HEADER_FILL, _HEADER_ALIGN
        header_cells.append(cell)
    ws.append(header_cells)
    styles: dict[str, object] = {}
    count = 0
    for row in itertools.chain(sample, rows):
        ws.append([_cell(ws, value, styles) for value in row])
        count += 1
        if count % PROGRESS_EVERY == 0:
            progress(count)
    progress(count)
    return count


def _cell(ws, value: object, styles: dict[str, object]) -> object:
    """A value as Excel should hold it; a styled WriteOnlyCell only where a format is needed."""
    if value is None or isinstance(value, int | float) and not isinstance(value, bool):
        return value
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, str):
        value = _clean_text(value)
        if value.startswith("="):  # text typed by a clerk is never a formula
            cell = WriteOnlyCell(ws, value=value)
            cell.data_type = "s"
            return cell
        return value
    fmt = None
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            value = value.astimezone().replace(tzinfo=None)
        fmt = DATETIME_FORMAT
    elif isinstance(value, dt.date):
        fmt = DATE_FORMAT
    elif isinstance(value, dt.time):
        fmt = TIME_FORMAT
    elif isinstance(value, Decimal):
        if not value.is_finite():
            return str(value)
        fmt = MONEY_FORMAT if value.as_tuple().exponent == -2 else None
    else:
        return _clean_text(str(value))
    cell = WriteOnlyCell(ws, value=value)
    if fmt:
        if fmt not in styles:  # one shared style per format: cheaper than setting it per cell
            cell.number_format = fmt
            styles[fmt] = cell._style
        cell._style = styles[fmt]
    return cell


def _clean_text(text: str) -> str:
    return ILLEGAL_CHARACTERS_RE.sub("", text)


def _width_of(value: object) -> int:
    if isinstance(value, dt.datetime):
        return 16
    if isinstance(value, dt.date):
        return 10
    text = "" if value is None else str(value)
    longest = max(text.split("\n"), key=len) if text else ""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in longest)


def _auto_widths(headers: list[str], sample: list[Sequence]) -> list[float]:
    widths = [_width_of(h) for h in headers]
    for row in sample:
        for i, value in enumerate(row[: len(widths)]):
            widths[i] = max(widths[i], _width_of(value))
    return [float(min(max(w + 2, MIN_WIDTH), MAX_WIDTH)) for w in widths]
