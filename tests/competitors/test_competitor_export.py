"""The competitor table as CSV: every competitor, numbers as numbers,
formula-like text escaped."""

from __future__ import annotations

import csv
import io

from app.services.competitors import service as svc
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
    from app.services.exchange.header_words import english_header  # a Chinese plan's headers are Chinese

    read = csv.DictReader(io.StringIO(raw.decode("utf-8-sig")))
    rows = [{english_header(k, fields=True): v for k, v in r.items()} for r in read]
    assert [r["name"] for r in rows] == ["'=HYPERLINK(\"x\")", "栖云茶研"]
    assert rows[0]["market_share_pct"] == "12.5" and float(rows[0]["price_score"]) == 7
    assert rows[1]["is_own_brand"] == "yes" and rows[1]["positioning"] == "'-新中式"


def test_objectives_csv_lists_the_plans_objectives(plan_path, tmp_path, capsys):
    from app.services.overview import service as overview_service
    from app.services.plan.storage.plan_file import PlanFile

    with PlanFile.create(plan_path.with_name("Goals.stratdeck")) as plan:
        overview_service.add_objective(plan, "双11 GMV 1.2 亿")
        overview_service.add_objective(plan, "=1+1")
        path = plan.path
    out = tmp_path / "objectives.csv"
    code, _out, err = run(capsys, "export", str(path), "--format", "csv", "--part", "objectives", "-o", str(out))
    assert code == 0, err
    rows = list(csv.reader(io.StringIO(out.read_bytes().decode("utf-8-sig"))))
    assert rows[0] == ["目标", "衡量指标", "目标值"]  # headers in the plan's language (Chinese)
    assert [r[0] for r in rows[1:]] == ["双11 GMV 1.2 亿", "'=1+1"]
