"""Reading a filled-in import template (.xlsx) back: the items' and the signs' imports.

The clerk fills in the template's first sheet, one record per row under a row of
headers (a title line or two above them is forgiven). ``read_template`` finds the
headers by their Chinese names, keeps the columns it knows, skips empty rows and the
template's example row, and gives (spreadsheet row number, {key: value}) for the
area's all-or-nothing import to check. A file that is no workbook, or lacks a required
column, is a DomainError the clerk can read.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, BinaryIO

from openpyxl import load_workbook

from models.errors import DomainError
from models.i18n import QT_TRANSLATE_NOOP

HEADER_ROWS_LOOKED_AT = 10  # a title line or two above the headers is forgiven

Row = tuple[int, dict]


def read_template(source: str | Path | BinaryIO, columns: Sequence[tuple[str, str]],
                  required: Sequence[str], anchor: str, value: Callable[[str, Any], Any],
                  is_example: Callable[[dict], bool]) -> list[Row]:
    """The rows of the first sheet under its headers. ``columns``: (header, key) in the
    template's order; ``required``: headers that must be there; ``anchor``: the header that
    marks the header row; ``value(key, cell)``: a cell as the import takes it."""
    try:
        wb = load_workbook(source, read_only=True, data_only=True)
    except Exception as exc:  # whatever the file is, the clerk hears that it is not a workbook
        raise _unreadable(exc) from None
    try:
        return _read_rows(wb, columns, required, anchor, value, is_example)
    except DomainError:
        raise
    except Exception as exc:  # a damaged sheet inside a zip that opened
        raise _unreadable(exc) from None
    finally:
        wb.close()


def _unreadable(exc: Exception) -> DomainError:
    return DomainError(
        QT_TRANSLATE_NOOP("DomainError", "The file cannot be read as an Excel workbook (.xlsx): "
                          "{problem}"),
        problem=str(exc) or type(exc).__name__)


def _read_rows(wb, columns_known, required, anchor, value, is_example) -> list[Row]:
    ws = wb.worksheets[0] if wb.worksheets else None
    rows = ws.iter_rows(values_only=True) if ws is not None else iter(())
    keys_by_header = dict(columns_known)
    columns: dict[int, str] = {}
    header_row = 0
    for number, row in enumerate(rows, start=1):
        texts = [str(v).strip() if v is not None else "" for v in row]
        if anchor in texts:
            header_row = number
            for index, text in enumerate(texts):
                if text in keys_by_header and keys_by_header[text] not in columns.values():
                    columns[index] = keys_by_header[text]
            break
        if number >= HEADER_ROWS_LOOKED_AT:
            break
    found = {header for header, key in columns_known if key in columns.values()}
    missing = [h for h in required if h not in found]
    if missing:
        raise DomainError(
            QT_TRANSLATE_NOOP("DomainError", "The first sheet has no column headed {headers}; "
                              "start from the import template."),
            headers="、".join(missing))
    out: list[Row] = []
    for number, row in enumerate(rows, start=header_row + 1):
        values = {key: value(key, row[index] if index < len(row) else None)
                  for index, key in columns.items()}
        if all(v is None for v in values.values()):
            continue
        if is_example(values):
            continue  # the template's example row, left in
        out.append((number, values))
    return out
