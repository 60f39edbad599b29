"""建议/意见 on paper and the calls' and suggestions' exports, read back; the command line's
``pdf suggestion-month``, ``export calls`` and ``export suggestions``."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

from models import reception
from reports.reception import suggestion_list_pdf, suggestion_month_pdf

ROOT = Path(__file__).resolve().parents[3]
pytestmark = pytest.mark.clock_at(dt.datetime(2026, 3, 2, 9, 0))


def run(*args: str) -> subprocess.CompletedProcess:
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True,
                            text=True, encoding="utf-8", timeout=180, cwd=ROOT,
                            env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert result.returncode == 0, result.stdout + result.stderr
    return result


@pytest.fixture
def suggestions_of_march(repair_staff, clock):
    """Two suggestions of March's summary (one closed by the 28th), one of April's, a call."""
    clerk, duty = repair_staff["clerk"], repair_staff["duty"]
    done = reception.register_suggestion({"source": "box", "person": "李明", "content":
                                          "建议茶水间增加微波炉", "department": "客服部"}, by=clerk)
    for take in (lambda: reception.confirm_suggestion(done.id, by=duty),
                 lambda: reception.send_suggestion(done.id, by=clerk),
                 lambda: reception.acknowledge_suggestion(done.id, "赵主管", clock.now.date(),
                                                          by=clerk),
                 lambda: reception.record_suggestion_result(done.id, "已增加微波炉", by=clerk)):
        clock.advance(minutes=30)
        take()
    clock.set(dt.datetime(2026, 3, 10, 10, 0))
    reception.register_call({"caller": "王伟", "phone": "13800001111", "kind": "suggestion",
                             "content": "建议大堂增加座椅", "department": "工程部"}, by=clerk)
    clock.set(dt.datetime(2026, 3, 27, 10, 0))
    reception.register_suggestion({"source": "wechat", "person": "周", "content": "四月的"},
                                  by=clerk)
    clock.set(dt.datetime(2026, 3, 30, 10, 0))


def test_the_month_summary_counts_and_lists(suggestions_of_march, pdf_text):
    text = pdf_text(suggestion_month_pdf("2026-03", date=dt.date(2026, 3, 28)))
    flat = " ".join(text.split())
    assert "建议/意见月度汇总表" in flat and "客户代表" in flat
    assert "2026-02-26 至 2026-03-25" in flat and "截至 2026-03-28" in flat
    tight = flat.replace(" ", "")
    assert "登记总数2条" in tight and "已处理1条" in tight and "未处理1条" in tight
    assert "意见箱 1" in flat and "来电 1" in flat
    assert "建议茶水间增加微波炉" in flat and "建议大堂增加座椅" in flat
    assert "赵主管" in flat and "已增加微波炉" in flat
    assert "四月的" not in flat


def test_the_register_for_a_date_range(suggestions_of_march, pdf_text):
    text = " ".join(pdf_text(suggestion_list_pdf(dt.date(2026, 3, 1), dt.date(2026, 3, 31)))
                    .split())
    assert "建议/意见记录表" in text and "共 3 条" in text and "四月的" in text


def test_cli_exports_and_month(suggestions_of_march, db_path, tmp_path, pdf_text):
    import openpyxl

    from models import db as dbmod

    dbmod.close_database()
    out = tmp_path / "month.pdf"
    run("--db", str(db_path), "pdf", "suggestion-month", "2026-03", "-o", str(out))
    assert "建议/意见月度汇总表" in pdf_text(out.read_bytes())
    for name, rows in (("calls", 1), ("suggestions", 3)):
        target = tmp_path / f"{name}.xlsx"
        result = run("--db", str(db_path), "export", name, "-o", str(target))
        assert result.stdout.startswith(f"{rows} row")
        sheet = openpyxl.load_workbook(target).active
        assert sheet.max_row == rows + 1
