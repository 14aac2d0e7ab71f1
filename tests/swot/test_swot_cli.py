"""SWOT & TOWS from the command line: ``stratdeck check`` prints the
canvas's findings; ``export --format csv --part swot|tows`` writes the tables."""

from __future__ import annotations

import csv
import io

from app.services.swot import service as svc
from app.services.swot import strategies as tows
from tests.cli_support import run


def _plan(new_plan):
    s1 = svc.add_item(new_plan, "S", "=Best taste", 5, "Blind test n=600").ids[0]
    t1 = svc.add_item(new_plan, "T", "Price war", 4, "Nielsen").ids[0]
    so = tows.add_strategy(new_plan, "SO", "Launch cold brew", "Taste lead").ids[0]
    tows.set_citations(new_plan, so, [s1, t1])
    return s1, t1, so


def test_check_prints_the_tows_findings(capsys, new_plan, plan_path):
    _plan(new_plan)
    new_plan.close()
    code, out, _err = run(capsys, "check", plan_path)
    assert code == 0
    assert "warning: [swot] TOWS strategy SO1 cites T1, a threat, which SO strategies do not pair." in out
    assert "info: [swot] TOWS strategy SO1 cites no opportunity." in out
    assert "info: [swot] The SWOT lists no weaknesses yet." in out


def test_csv_parts_list_items_and_strategies_with_their_citations(capsys, new_plan, plan_path, tmp_path):
    _plan(new_plan)
    new_plan.close()
    for part, header, first in (
        (
            "swot",
            ["label", "quadrant", "text", "weight", "evidence"],
            ["S1", "S", "'=Best taste", "5", "Blind test n=600"],
        ),
        (
            "tows",
            ["label", "kind", "text", "rationale", "cites", "cited_items"],
            ["SO1", "SO", "Launch cold brew", "Taste lead", "S1, T1", "S1 =Best taste\nT1 Price war"],
        ),
    ):
        target = tmp_path / f"{part}.csv"
        code, _out, err = run(capsys, "export", plan_path, "--format", "csv", "--part", part, "-o", target)
        assert code == 0, err
        rows = list(csv.reader(io.StringIO(target.read_bytes().decode("utf-8-sig"))))
        from app.services.exchange.header_words import english_header  # a Chinese plan's headers are Chinese

        assert [english_header(h, fields=True) for h in rows[0]] == header and rows[1] == first
