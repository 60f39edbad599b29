"""拾遗 on paper and in spreadsheets, read back: the hand-over record, the claim form (ID
masked), the month's unclaimed list; the command line's `export lost-found` and
`pdf unclaimed`."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from models import reception
from models.errors import NotFound, ValidationError
from reports import documents
from reports.reception import claim_pdf, claim_pdf_by_number, found_item_pdf, unclaimed_pdf
from tests.helpers.lostfound import ID_CARD, claim_values, found_wallet, lost_wallet

ROOT = Path(__file__).resolve().parents[3]
MASKED = "110101********1234"
pytestmark = pytest.mark.clock_at(dt.datetime(2026, 4, 2, 10, 0))


def flat(text: str) -> str:
    return "".join(text.split())


@pytest.fixture
def lf_march(staff, clock):
    """A wallet claimed on 1 April against a loss report, an umbrella still kept."""
    clerk = staff["clerk"]
    report = lost_wallet(clerk, lost_at=dt.datetime(2026, 3, 9, 18, 30))
    wallet = found_wallet(clerk)
    umbrella = found_wallet(clerk, item_name="雨伞", style="蓝色折叠", model="天堂伞",
                            found_on=dt.date(2026, 3, 21), finder="访客张三", value=None)
    record = reception.claim(wallet.id, claim_values(
        loss_report=report.id, claimed_at=dt.datetime(2026, 4, 1, 9, 30)), by=staff["duty"])
    return {"wallet": wallet, "umbrella": umbrella, "claim": record, "report": report}


def test_the_hand_over_record_shows_the_finder_and_who_signed(lf_march, pdf_text):
    text = flat(pdf_text(found_item_pdf(lf_march["wallet"].id)))
    for word in ("失物移交记录表", "测试物业服务中心", "SW20260310-0001", "拾遗人", "保洁员王秀兰",
                 "13800001111", "本公司员工是", "黑色钱包", "真皮短款", "七匹狼", "A座1楼大堂",
                 "300.00元", "客服部失物柜A格", "签收人", "李晓燕", "认领情况", "RL20260401-0001",
                 "王芳", MASKED, "第1页/共1页"):
        assert word in text, word
    assert ID_CARD not in text


def test_the_claim_form_prints_the_id_masked_and_a_line_for_the_owner(lf_march, pdf_text):
    text = flat(pdf_text(claim_pdf(lf_march["claim"].id)))
    assert text == flat(pdf_text(claim_pdf_by_number("RL20260401-0001")))
    for word in ("失物认领表", "RL20260401-0001", "SW20260310-0001", "黑色钱包", "失主姓名",
                 "王芳", "证件类型", "身份证", "证件号码", MASKED, "13912345678",
                 "2026-04-0109:30", "经办人", "张建国", "报失单号", lf_march["report"].number,
                 "失主签名"):
        assert word in text, word
    assert ID_CARD not in text and "19900307" not in text
    with pytest.raises(NotFound):
        claim_pdf_by_number("RL20000101-0001")


def test_the_months_unclaimed_list_for_the_property_director(lf_march, pdf_text):
    text = flat(pdf_text(unclaimed_pdf("2026-03", prepared_by="李晓燕")))
    assert "未认领失物汇总" in text and "2026年03月" in text and "共2件" in text
    assert "SW20260321-0001" in text and "雨伞" in text and "天堂伞" in text
    assert "SW20260310-0001" in text  # claimed in April: unclaimed when March ended
    assert "已认领" in text and "待认领" in text
    assert "物业主任审核" in text and "制表人" in text and "6个月" in text
    empty = flat(pdf_text(unclaimed_pdf("2026-02")))
    assert "共0件" in empty and "（无记录）" in empty
    with pytest.raises(ValidationError):
        unclaimed_pdf("March")


def test_the_claims_export_holds_only_the_masked_id(lf_march, tmp_path):
    documents.load_all()
    target = tmp_path / "claims.xlsx"
    rows = documents.EXPORTS["claims"].write(target, {}, lambda context, text: text)
    assert rows == 1
    cells = [str(v) for row in openpyxl.load_workbook(target).active.iter_rows(values_only=True)
             for v in row]
    assert MASKED in cells and not any(ID_CARD in c for c in cells)
    assert {"found-item", "claim", "unclaimed"} <= set(documents.PDF_KINDS)
    assert {"lost-found", "loss-reports", "claims"} <= set(documents.EXPORTS)


def run(*args: str) -> subprocess.CompletedProcess:
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
        encoding="utf-8", env=dict(os.environ, QT_QPA_PLATFORM="offscreen"), timeout=180,
        cwd=ROOT)
    assert result.returncode == 0, f"{result.stdout}\n{result.stderr}"
    return result


def test_cli_export_lost_found_and_pdf_unclaimed(lf_march, db_path, tmp_path, pdf_text):
    from models import db as dbmod

    dbmod.close_database()
    out = tmp_path / "found.xlsx"
    assert run("--db", str(db_path), "export", "lost-found", "-o", str(out)).stdout.startswith(
        "2 rows")
    rows = list(openpyxl.load_workbook(out).active.iter_rows(values_only=True))
    assert rows[1][0] == "SW20260321-0001" and rows[2][0] == "SW20260310-0001"
    pdf = tmp_path / "month.pdf"
    run("--db", str(db_path), "pdf", "unclaimed", "2026-03", "-o", str(pdf))
    assert "SW20260321-0001" in flat(pdf_text(pdf.read_bytes()))
