"""The competitor table as CSV: every competitor, numbers as numbers,
formula-like text escaped."""

from __future__ import annotations

import csv
import io

from app.services import competitor_service as svc
from tests.cli_support import run


def test_competitor_csv_lists_every_competitor_and_escapes_formulas(new_plan, plan_path, tmp_path, capsys):
    svc.add_competitor(new_plan, {"name": "=HYPERLINK(\"x\")", "market_share_pct": 12.5, "price_score": 7})
    svc.add_competitor(new_plan, {"name": "栖云茶研", "is_own_brand": True, "positioning": "-新中式"})
    new_plan.close()
    out = tmp_path / "competitors.csv"
    code, _out, err = run(capsys, "export", str(plan_path), "--format", "csv", "--part", "competitors", "-o", str(out))
    assert code == 0, err
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert [r["name"] for r in rows] == ["'=HYPERLINK(\"x\")", "栖云茶研"]
    assert rows[0]["market_share_pct"] == "12.5" and float(rows[0]["price_score"]) == 7
    assert rows[1]["is_own_brand"] == "yes" and rows[1]["positioning"] == "'-新中式"
