"""The canvas list is the one place canvases are registered: every registry
reads it, and each canvas's declaration agrees with the schema."""

from __future__ import annotations

import subprocess
import sys

from app.services.canvas_list import CANVASES, all_catalogues, canvas
from app.services.exchange import exports
from app.services.plan import schema
from app.services.plan.problems import providers


def test_every_table_belongs_to_exactly_one_canvas_in_schema_order():
    """Each canvas lists its tables in schema order. The schema keeps parents
    first, so a canvas whose tables link to later canvases' rows (Strategy &
    actions: initiatives to campaigns, budget lines, KPIs, risks) has its
    tables after theirs although it comes earlier in the navigator."""
    from app.models.registry import TABLE_MODELS
    from app.services.canvas_list import declared_tables

    declared = declared_tables()
    order = [model.__tablename__ for model in TABLE_MODELS]
    assert len(declared) == len(set(declared))
    for declaration in CANVASES:
        assert [t for t in order if t in declaration.tables] == list(declaration.tables)
    assert sorted(declared) == sorted(order)
    assert sorted(order) == sorted(t.name for t in schema.tables())


def test_canvas_keys_are_unique_and_found_by_key():
    keys = [c.key for c in CANVASES]
    assert len(keys) == len(set(keys))
    assert canvas("calendar").key == "calendar"


def test_summary_lines_name_real_tables():
    tables = {t.name for t in schema.tables()}
    for c in CANVASES:
        for _label, pairs in c.summary:
            assert {table for table, _noun in pairs} <= tables


def test_registries_read_the_declarations():
    assert [p.__name__ for p in providers()][:3] == ["overview_findings", "swot_findings", "persona_findings"]
    exports.load()
    assert {"objectives", "swot", "calendar", "budget", "risks"} <= set(exports.TABLE_PARTS)
    from app.services.deck.registry import registered

    assert [s.key for s in registered()][:2] == ["changes", "overview"]  # "What changed since …" first
    assert {c.area for c in all_catalogues()} >= {c.key for c in CANVASES}


def test_reading_the_list_imports_no_canvas_code():
    code = (
        "import sys, app.services.canvas_list as c;"
        "loaded=[m for m in sys.modules if m.startswith('app.services.') and m.count('.') > 2"
        " and not m.endswith('.canvas') and not m.startswith('app.services.plan.')];"
        "print(loaded)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_a_canvas_declared_in_the_first_form_still_works():
    from app.services.plan.canvas import Canvas
    from app.services.swot import export, messages, problems

    old = Canvas(
        key="swot",
        tables=("swot_item",),
        rules=lambda: [problems.swot_findings],
        exports=lambda: [export],
        messages=lambda: [messages.MESSAGES],
    )
    assert old.rules() == [problems.swot_findings] and old.exports() == [export] and old.deck() == ()
    assert old.messages() == [messages.MESSAGES]


def test_asking_for_the_deck_sections_imports_no_exporter():
    """A canvas's ``parts`` name its exporters, deck sections and
    catalogues; asking for one kind imports only that kind (a PDF export
    does not pay for the CSV/XLSX exporters)."""
    import subprocess
    import sys
    from pathlib import Path

    code = (
        "import sys; from app.services.canvas_list import CANVASES; [c.deck() for c in CANVASES]; "
        "print(sorted(m for m in sys.modules if m.rsplit('.', 1)[-1] in ('export', 'exchange', 'playbook_pdf') "
        "and m.startswith('app.services.') and m != 'app.services.exchange'))"
    )
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=root, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


def test_finding_problems_loads_no_editing_service_or_exporter():
    """Opening a plan runs every rule provider; they read rows through the
    kernel and their canvas's rules, so the canvases' editing services and
    the exporters load only when an editor or an export needs them."""
    import subprocess
    import sys
    from pathlib import Path

    editing = [f"app.services.{c}.service" for c in ("overview", "swot", "personas", "competitors", "initiatives",
                                                      "budget", "risks")]
    code = (
        "import sys; from app.services.plan import problems; problems.providers(); "
        f"print(sorted(m for m in {editing + ['app.services.risks.playbooks', 'app.services.exchange.exports']!r} "
        "if m in sys.modules))"
    )
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=root, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"
