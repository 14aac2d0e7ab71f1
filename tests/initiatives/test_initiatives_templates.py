"""Every template and both samples carry pillars, initiatives, RACI and
checkpoints, and a new plan made from them raises no Strategy & actions
finding (each initiative has an owner, a KPI and one accountable party)."""

from __future__ import annotations

import pytest

from app.services.initiatives import checkpoints, matrix, service
from app.services.plan import samples, templates
from app.services.plan.problems import collect_findings
from app.services.plan.storage.plan_file import PlanFile


def _check(path):
    with PlanFile.open(path, read_only=True) as plan:
        assert service.list_pillars(plan) and service.list_initiatives(plan)
        assert matrix.list_parties(plan) and matrix.list_cells(plan) and checkpoints.list_checkpoints(plan)
        assert [f for f in collect_findings(plan) if f.canvas == "initiatives"] == []
        return sum(c["planned"] for c in service.costs(plan).values())


@pytest.mark.parametrize("key", templates.ORDER)
@pytest.mark.parametrize("language", ["zh", "en"])
def test_templates_carry_strategy_and_actions(tmp_path, key, language):
    _check(templates.create_from_template(key, language, tmp_path / f"{key}.stratdeck"))


@pytest.mark.parametrize("language", ["zh", "en"])
def test_samples_carry_strategy_and_actions_with_costs(tmp_path, language):
    assert _check(samples.create_demo_plan(language, tmp_path)) > 0
